//! Generated documents: typst templates compiled in-process to PDF.
//!
//! Templates live in `templates/` and are compiled into the binary. Data
//! never becomes markup: each template reads its values from a virtual
//! `/data.json`, so a statement that contains `#`, `*` or `]` prints as
//! written and cannot change the document. Fonts are embedded in every PDF:
//! Libertinus Serif (Latin, including Vietnamese) ships inside the binary,
//! and Noto CJK is loaded from the system only when the text needs it.

use std::sync::OnceLock;

use serde_json::Value;
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;

use crate::Error;

/// The templates, by virtual path.
const TEMPLATES: &[(&str, &str)] = &[
    ("/lib.typ", include_str!("../templates/lib.typ")),
    ("/pleading.typ", include_str!("../templates/pleading.typ")),
    ("/letter.typ", include_str!("../templates/letter.typ")),
    ("/sheet.typ", include_str!("../templates/sheet.typ")),
];

/// Where Debian's `fonts-noto-cjk` puts its collections.
const CJK_FONTS: &[&str] = &[
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc",
];

/// A compiled PDF and its page count.
#[derive(Clone, Debug)]
pub struct Pdf {
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// How many pages it has.
    pub pages: usize,
}

struct FontSet {
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

impl FontSet {
    fn load(with_cjk: bool) -> Self {
        let mut fonts: Vec<Font> = typst_assets::fonts()
            .flat_map(|data| Font::iter(Bytes::new(data)))
            .collect();
        if with_cjk {
            for path in CJK_FONTS {
                if let Ok(data) = std::fs::read(path) {
                    fonts.extend(Font::iter(Bytes::new(data)));
                }
            }
        }
        Self {
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
        }
    }
}

fn fonts(with_cjk: bool) -> &'static FontSet {
    static LATIN: OnceLock<FontSet> = OnceLock::new();
    static WIDE: OnceLock<FontSet> = OnceLock::new();
    if with_cjk {
        WIDE.get_or_init(|| FontSet::load(true))
    } else {
        LATIN.get_or_init(|| FontSet::load(false))
    }
}

fn library() -> &'static LazyHash<Library> {
    static LIBRARY: OnceLock<LazyHash<Library>> = OnceLock::new();
    LIBRARY.get_or_init(|| LazyHash::new(Library::default()))
}

fn file_id(path: &str) -> Option<FileId> {
    let vpath = VirtualPath::new(path).ok()?;
    Some(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

/// True when the text holds characters only the CJK fonts have (Chinese,
/// Japanese kana, Korean Hangul).
fn needs_cjk(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c as u32,
            0x1100..=0x11FF | 0x2E80..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
    })
}

struct Job {
    main: FileId,
    sources: Vec<(FileId, Source)>,
    data: (FileId, Bytes),
    fonts: &'static FontSet,
}

impl World for Job {
    fn library(&self) -> &LazyHash<Library> {
        library()
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.fonts.book
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        self.sources
            .iter()
            .find(|(fid, _)| *fid == id)
            .map(|(_, s)| s.clone())
            .ok_or_else(|| FileError::NotFound(id.vpath().get_without_slash().into()))
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.data.0 {
            return Ok(self.data.1.clone());
        }
        self.source(id)
            .map(|s| Bytes::from_string(s.text().to_string()))
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.fonts.get(index).cloned()
    }

    /// Documents never read the clock: every date they print comes in with
    /// the data.
    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        None
    }
}

/// Typst's messages as one error (a template bug, never the data's fault).
fn diagnostics(diags: impl AsRef<[typst::diag::SourceDiagnostic]>) -> Error {
    Error::Typeset(
        diags
            .as_ref()
            .iter()
            .map(|d| d.message.to_string())
            .collect::<Vec<_>>()
            .join("; "),
    )
}

/// Compile `template` (a file in `templates/`, without the extension) with
/// `data` as its `/data.json`. `tagged` adds the structure screen readers
/// use; a 10,000-row exhibit is better without it (a twentieth the size).
pub fn render(template: &str, data: &Value, tagged: bool) -> Result<Pdf, Error> {
    let json = serde_json::to_string(data).map_err(|e| Error::Typeset(e.to_string()))?;
    let main_path = format!("/{template}.typ");
    let main = file_id(&main_path).ok_or_else(|| Error::Typeset(main_path.clone()))?;
    let data_id = file_id("/data.json").ok_or_else(|| Error::Typeset("data.json".into()))?;
    let sources = TEMPLATES
        .iter()
        .filter_map(|(path, text)| {
            let id = file_id(path)?;
            Some((id, Source::new(id, (*text).to_string())))
        })
        .collect();
    let job = Job {
        main,
        sources,
        data: (data_id, Bytes::from_string(json.clone())),
        fonts: fonts(needs_cjk(&json)),
    };
    let document: PagedDocument = typst::compile(&job).output.map_err(diagnostics)?;
    let options = typst_pdf::PdfOptions {
        ident: Smart::Custom(format!("clearslate/{template}")),
        tagged,
        ..Default::default()
    };
    let bytes = typst_pdf::pdf(&document, &options).map_err(diagnostics)?;
    Ok(Pdf {
        pages: document.pages().len(),
        bytes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_detection() {
        assert!(needs_cjk("陈美玲"));
        assert!(needs_cjk("김민준"));
        assert!(!needs_cjk("Nguyễn Thị Hương"));
        assert!(!needs_cjk("María López"));
    }
}
