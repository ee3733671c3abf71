//! Photos and scans: generated sheets are printed to PDF, rendered to page
//! images, read back with Tesseract OCR and parsed. At least 95% of counts
//! must come back with the right section and disposition.
//!
//! Needs Debian's `tesseract-ocr` and `poppler-utils` (`.ci/run` installs
//! them); without them the test fails and says what is missing.

mod common;

use law::model::{DispositionKind, History};
use rapsheet::generate::rap_sheet;
use rapsheet::input::{Kind, text_of};

/// (section, first disposition kind) of every count, in record order.
fn keys(h: &History) -> Vec<(Option<String>, Option<DispositionKind>)> {
    h.events
        .iter()
        .flat_map(|e| e.counts.iter())
        .map(|c| {
            (
                c.section.as_ref().map(|s| s.to_string()),
                c.disposition.as_ref().map(|d| d.kind),
            )
        })
        .collect()
}

/// Counts of `want` found in `got` in order (longest common subsequence).
fn matched<T: PartialEq>(want: &[T], got: &[T]) -> usize {
    let mut table = vec![vec![0usize; got.len() + 1]; want.len() + 1];
    for i in 1..=want.len() {
        for j in 1..=got.len() {
            table[i][j] = if want[i - 1] == got[j - 1] {
                table[i - 1][j - 1] + 1
            } else {
                table[i - 1][j].max(table[i][j - 1])
            };
        }
    }
    table[want.len()][got.len()]
}

fn require_tools() {
    for tool in ["tesseract", "pdftoppm"] {
        assert!(
            common::have(tool),
            "{tool} is not installed: install Debian's tesseract-ocr and poppler-utils (.ci/run does)"
        );
    }
}

#[test]
fn ocr_reads_95_percent_of_counts() {
    require_tools();
    let (mut total, mut right) = (0, 0);
    for seed in 100..112 {
        let s = rap_sheet(seed);
        let pdf = common::pdf(&s.text.replace("\r\n", "\n"), 60, 3);
        let pages = common::page_images(&pdf, "png", 300);
        let texts: Vec<String> = pages
            .iter()
            .map(|png| {
                let t = text_of(png).expect("OCR reads the page");
                assert_eq!(t.kind, Kind::Image);
                t.text
            })
            .collect();
        let text = rapsheet::input::join_pages(&texts);
        let want = keys(&s.history);
        total += want.len();
        match rapsheet::parse(&text) {
            Ok(p) => right += matched(&want, &keys(&p.history)),
            Err(e) => eprintln!("seed {seed}: OCR text rejected: {e}"),
        }
    }
    let rate = right as f64 / total as f64;
    eprintln!(
        "OCR: {right} of {total} counts read with the right section and disposition ({:.1}%)",
        rate * 100.0
    );
    assert!(rate >= 0.95, "OCR rate {:.1}% is under 95%", rate * 100.0);
}

#[test]
fn scanned_pdfs_go_through_ocr() {
    require_tools();
    let s = rap_sheet(4);
    let pdf = common::pdf(&s.text.replace("\r\n", "\n"), 60, 3);
    let jpegs = common::page_images(&pdf, "jpeg", 150);
    let scan = common::scanned_pdf(&jpegs, 1275, 1650);
    let t = text_of(&scan).expect("the scan is read");
    assert_eq!(t.kind, Kind::PdfScan);
    let p = rapsheet::parse(&t.text).expect("the OCR text parses");
    assert!(!p.history.events.is_empty());
    let want = keys(&s.history);
    assert!(matched(&want, &keys(&p.history)) * 10 >= want.len() * 9);
}
