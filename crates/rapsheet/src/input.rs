//! Getting text out of what people have: a text file, a PDF from DOJ, or a
//! phone photo of paper.
//!
//! * Text: used as is (after a UTF-8 check).
//! * PDF with a text layer: read in Rust, page by page, pages joined with a
//!   newline and the transmission header repeated at the top of later pages
//!   removed.
//! * Scans and photos (PNG, JPEG, or a PDF with no text layer): Tesseract OCR
//!   from the system (`tesseract`, and `pdftoppm` for PDF pages), then the
//!   same clean-up and parsing as any other text.

use std::path::Path;
use std::process::Command;

/// What the input was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Plain text.
    Text,
    /// A PDF with a text layer.
    PdfText,
    /// A PDF of page images, read by OCR.
    PdfScan,
    /// A PNG or JPEG photo or scan, read by OCR.
    Image,
}

/// Why no text could be had.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// Bytes that are no text, PDF or image this reader knows.
    #[error("byte {offset}: not UTF-8 text, a PDF, a PNG or a JPEG")]
    Unknown {
        /// Where the text stopped being UTF-8.
        offset: usize,
    },
    /// The PDF could not be read.
    #[error("the PDF could not be read: {0}")]
    Pdf(String),
    /// OCR is needed and not available or failed.
    #[error("{0}")]
    Ocr(String),
}

/// Text from an input, with what it was.
pub struct Text {
    /// The text.
    pub text: String,
    /// What the input was.
    pub kind: Kind,
}

/// What the bytes are, from their first bytes alone: a PDF (said to be
/// [`Kind::PdfText`]; whether it has a text layer shows only when it is
/// read), a PNG or JPEG image, or else text (whether it really is UTF-8 is
/// checked when it is read). Callers use it to send only PDFs and images, which are slow to
/// read, to a thread where blocking is fine.
pub fn kind_of(bytes: &[u8]) -> Kind {
    if bytes.starts_with(b"%PDF") {
        Kind::PdfText
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") || bytes.starts_with(&[0xff, 0xd8, 0xff]) {
        Kind::Image
    } else {
        Kind::Text
    }
}

/// Decide what the bytes are and get their text.
pub fn text_of(bytes: &[u8]) -> Result<Text, InputError> {
    match kind_of(bytes) {
        Kind::PdfText | Kind::PdfScan => match pdf_text(bytes)? {
            Some(text) => Ok(Text {
                text,
                kind: Kind::PdfText,
            }),
            None => Ok(Text {
                text: ocr_pdf(bytes)?,
                kind: Kind::PdfScan,
            }),
        },
        Kind::Image => {
            let ext = if bytes[0] == 0x89 { "png" } else { "jpg" };
            Ok(Text {
                text: ocr_image(bytes, ext)?,
                kind: Kind::Image,
            })
        }
        Kind::Text => match std::str::from_utf8(bytes) {
            Ok(t) => Ok(Text {
                text: t.trim_start_matches('\u{feff}').to_string(),
                kind: Kind::Text,
            }),
            Err(e) => Err(InputError::Unknown {
                offset: e.valid_up_to(),
            }),
        },
    }
}

/// The text layer of a PDF, or `None` when it has (almost) none.
pub fn pdf_text(bytes: &[u8]) -> Result<Option<String>, InputError> {
    // The PDF library may panic on a malformed file; a bad upload must be an
    // error, never a crash.
    let pages = std::panic::catch_unwind(|| pdf_extract::extract_text_from_mem_by_pages(bytes))
        .map_err(|_| InputError::Pdf("the file is damaged".into()))?
        .map_err(|e| InputError::Pdf(e.to_string()))?;
    let letters: usize = pages
        .iter()
        .map(|p| p.chars().filter(|c| c.is_alphanumeric()).count())
        .sum();
    if letters < 20 {
        return Ok(None);
    }
    Ok(Some(join_pages(&pages)))
}

/// Join pages with a newline, dropping a transmission header that repeats
/// at the top of later pages.
pub fn join_pages(pages: &[String]) -> String {
    let header: Vec<&str> = pages
        .first()
        .map(|p| {
            p.lines()
                .filter(|l| !l.trim().is_empty())
                .take(3)
                .filter(|l| {
                    let t = l.trim_start().to_ascii_uppercase();
                    t.starts_with("RE:")
                        || t.starts_with("RESTRICTED")
                        || t.starts_with("ATTN:")
                        || t.starts_with("TO:")
                })
                .map(str::trim)
                .collect()
        })
        .unwrap_or_default();
    let mut out = String::new();
    for (i, page) in pages.iter().enumerate() {
        let mut dropping = i > 0;
        for line in page.lines() {
            if dropping && (line.trim().is_empty() || header.contains(&line.trim())) {
                continue;
            }
            dropping = false;
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

fn scratch_dir() -> Result<tempfile::TempDir, InputError> {
    tempfile::Builder::new()
        .prefix("clearslate-ocr")
        .tempdir()
        .map_err(|e| InputError::Ocr(format!("cannot make a scratch folder: {e}")))
}

/// OCR one image with Tesseract.
pub fn ocr_image(bytes: &[u8], ext: &str) -> Result<String, InputError> {
    let dir = scratch_dir()?;
    let path = dir.path().join(format!("page.{ext}"));
    std::fs::write(&path, bytes)
        .map_err(|e| InputError::Ocr(format!("cannot write the image: {e}")))?;
    ocr_file(&path)
}

fn ocr_file(path: &Path) -> Result<String, InputError> {
    let out = Command::new("tesseract")
        .arg(path)
        .arg("stdout")
        .args(["--psm", "6", "-l", "eng"])
        .output()
        .map_err(|e| {
            InputError::Ocr(format!(
                "reading photos and scans needs Tesseract OCR (Debian package tesseract-ocr): {e}"
            ))
        })?;
    if !out.status.success() {
        return Err(InputError::Ocr("OCR could not read the image".into()));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// OCR a PDF of page images: each page rendered with `pdftoppm`, then read.
pub fn ocr_pdf(bytes: &[u8]) -> Result<String, InputError> {
    let dir = scratch_dir()?;
    let pdf = dir.path().join("scan.pdf");
    std::fs::write(&pdf, bytes)
        .map_err(|e| InputError::Ocr(format!("cannot write the PDF: {e}")))?;
    let status = Command::new("pdftoppm")
        .args(["-r", "300", "-png"])
        .arg(&pdf)
        .arg(dir.path().join("page"))
        .status()
        .map_err(|e| {
            InputError::Ocr(format!(
                "reading scanned PDFs needs pdftoppm (Debian package poppler-utils): {e}"
            ))
        })?;
    if !status.success() {
        return Err(InputError::Ocr(
            "the scanned PDF's pages could not be rendered".into(),
        ));
    }
    let mut pages: Vec<_> = std::fs::read_dir(dir.path())
        .map_err(|e| InputError::Ocr(e.to_string()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "png"))
        .collect();
    pages.sort();
    let texts: Vec<String> = pages
        .iter()
        .map(|p| ocr_file(p))
        .collect::<Result<_, _>>()?;
    Ok(join_pages(&texts))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_is_told_from_the_first_bytes() {
        assert_eq!(kind_of(b"%PDF-1.7\n"), Kind::PdfText);
        assert_eq!(kind_of(b"\x89PNG\r\n\x1a\n...."), Kind::Image);
        assert_eq!(kind_of(&[0xff, 0xd8, 0xff, 0xe0]), Kind::Image);
        assert_eq!(kind_of(b"RE: QHY.CA0000000\n"), Kind::Text);
        // Anything else is taken for text; reading it says if it is not.
        assert_eq!(kind_of(&[0xff, 0xfe, 0x00]), Kind::Text);
        assert_eq!(kind_of(b""), Kind::Text);
        assert!(matches!(
            text_of(&[0xff, 0xfe, 0x00]),
            Err(InputError::Unknown { offset: 0 })
        ));
    }
}
