//! The reader never panics or hangs, whatever it is given.

use proptest::prelude::*;
use rand::{Rng, SeedableRng};

/// Lines a RAP sheet is made of, to build plausible-but-broken input.
const PIECES: &[&str] = &[
    "* * * *",
    "*",
    "* * *   * * *",
    "- - - -",
    "--",
    "COURT:",
    "ARR/DET/CITE:",
    "CUSTODY:JAIL",
    "REGISTRATION:",
    "NAM:01",
    "20040102  CASC SAN FRANCISCO CO",
    "19820231 CAPD X",
    "2004.0102",
    "CNT:01 #12345",
    "CNT:003-005",
    "CNT:0    1",
    "CNT:-1",
    "CNT:",
    "#",
    "496(A) PC-RECEIVE",
    "664/ PC-",
    "SEE COMMENT FOR CHARGE",
    "*DISPO:CONVICTED",
    "DISPO:",
    "DISP:DISCHARGED",
    "CONV STATUS:FELONY",
    "CONV STATUS:",
    "SEN: 3 YEARS PROBATION,",
    "SEN:",
    "IMP SEN SS",
    "COM: CHRG-",
    "COM: SEN-X",
    "TOC:F",
    "TOC:",
    "19960628",
    "00000000",
    "-WARRANT",
    "Page 2 of 29",
    "* * * END OF MESSAGE * * *",
    "CII/A12345678",
    "DOB/",
    "NAM/01 X,Y",
    "POTENTIAL FELONY STRIKE ENTRY",
    "NOTE: 8 POTENTIAL ENTRIES",
    "\u{c}",
    "\t\t",
    "é",
    "ﬁ",
    "SUPPLEMENTAL ARR:",
    "MENTAL HLTH CUS/SUPV",
    "INTERST COMP PAROLEE",
    "APPLICANT:",
    "",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn never_panics_on_rap_like_lines(picks in proptest::collection::vec((0..PIECES.len(), "[ .*#:,0-9A-Z]{0,6}"), 0..80)) {
        let text: String = picks
            .iter()
            .map(|(i, noise)| format!("{}{}\n", PIECES[*i], noise))
            .collect();
        let _ = rapsheet::parse(&text);
    }

    #[test]
    fn never_panics_on_any_text(text in ".{0,2000}") {
        let _ = rapsheet::parse(&text);
    }
}

#[test]
fn random_megabyte_is_rejected_with_a_clear_error() {
    let mut rng = rand::rngs::StdRng::seed_from_u64(42);
    let bytes: Vec<u8> = (0..1_000_000).map(|_| rng.random()).collect();
    let text = String::from_utf8_lossy(&bytes);
    let err = rapsheet::parse(&text).expect_err("random bytes are not a RAP sheet");
    assert!(err.message.contains("not a RAP sheet"), "{err}");
    assert_eq!(err.line, 1);
}

#[test]
fn a_dateless_event_is_reported_with_its_line() {
    let text = "X\n* * * *\nREGISTRATION:\n\nCNT:01\n  290 PC-REGISTRATION OF SEX OFFENDER\n* * * END OF MESSAGE * * *\n";
    let p = rapsheet::parse(text).expect("parses");
    let w = p
        .history
        .warnings
        .iter()
        .find(|w| w.text.contains("without a date"))
        .expect("warned");
    assert_eq!(w.line, Some(3));
}
