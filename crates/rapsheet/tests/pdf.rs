//! PDFs with a text layer are read in Rust, multi-page, with the repeated
//! page headers removed; damaged PDFs are errors, not crashes.

mod common;

use rapsheet::generate::rap_sheet;
use rapsheet::input::{Kind, text_of};
use rapsheet::{comparable, parse};

#[test]
fn multi_page_pdfs_read_like_the_text() {
    for seed in 0..25 {
        let s = rap_sheet(seed);
        let bytes = common::pdf(&s.text.replace("\r\n", "\n"), 30, 3);
        let text = text_of(&bytes).expect("readable PDF");
        assert_eq!(text.kind, Kind::PdfText);
        let parsed =
            parse(&text.text).unwrap_or_else(|e| panic!("seed {seed}: {e}\n{}", text.text));
        assert_eq!(
            comparable(&parsed.history),
            comparable(&s.history),
            "seed {seed}: the PDF read differently from the text\n{}",
            text.text
        );
    }
}

#[test]
fn damaged_pdfs_are_errors() {
    let s = rap_sheet(3);
    let mut bytes = common::pdf(&s.text, 40, 3);
    bytes.truncate(bytes.len() / 2);
    assert!(text_of(&bytes).is_err());
    assert!(text_of(b"%PDF-1.4\n garbage").is_err());
}
