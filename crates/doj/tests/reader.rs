//! The reader and the history builder on the shapes the format notes list.

use doj::columns as col;
use doj::group::{Group, Streaming};

use doj::generate::line;

fn row(order: &str, charge: &str, extra: &[(usize, &str)]) -> String {
    let mut f = vec![
        (col::SUBJECT_ID, "S1"),
        (col::PRI_NAME, "SYNTHETIC,PERSON"),
        (col::PRI_DOB, "19800100"),
        (col::STP_EVENT_DATE, "20150300"),
        (col::STP_TYPE_DESCR, "COURT ACTION"),
        (col::STP_ORI_CNTY_NAME, "SACRAMENTO CO"),
        (col::CNT_ORDER, order),
        (col::OFN, "x"),
        (col::OFFENSE_DESCR, charge),
        (col::DISP_DESCR, "CONVICTED-PROBATION"),
        (col::CONV_STAT_DESCR, "MISDEMEANOR"),
    ];
    f.extend_from_slice(extra);
    line(&f)
}

fn people(text: &str) -> Vec<doj::group::Person> {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("f.dat");
    std::fs::write(&path, text).expect("write");
    let mut g = Streaming::new(&[path]);
    let mut out = Vec::new();
    while let Some(x) = g.next_group().expect("reads") {
        if let Group::Person(p) = x {
            out.push(p);
        }
    }
    out
}

#[test]
fn bom_header_crlf_and_no_final_newline() {
    let text = format!(
        "\u{feff}{}\r\n{}\r\n{}",
        col::NAMES.join(","),
        row("101001001000", "11357(C)HS-POSSESS MARIJUANA", &[]),
        row("101001002000", "220 PC- COMMIT MAYHEM", &[])
    );
    let p = people(&text);
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].rows.len(), 2);
    assert_eq!(p[0].rows[0].line, 2);
    assert_eq!(p[0].rows[1].line, 3);
}

#[test]
fn charges_dates_sentences_and_fillers() {
    let text = [
        row(
            "101001001000",
            "11357(C)HS-POSSESS MARIJUANA",
            &[
                (col::SENT_LOC_DESCR, "PROBATION"),
                (col::SENT_LENGTH, "2"),
                (col::SENT_TIME_CODE, "Y"),
            ],
        ),
        row(
            "101001001000",
            "11357(C)HS-POSSESS MARIJUANA",
            &[
                (col::SENT_LOC_DESCR, "JAIL"),
                (col::SENT_LENGTH, "10"),
                (col::SENT_TIME_CODE, "D"),
                (col::SENT_TIME_DESCR, "DAYS      "),
            ],
        ),
        row("101001002000", "664-11359 HS-ATTEMPT POSSESS FOR SALE", &[]),
        row("101001003000", "148 PC - RESISTING A PEACE OFFICER", &[]),
        row(
            "101001004000",
            "SEE COMMENT FOR CHARGE",
            &[(col::COMMENT_TEXT, ":CHRG 11358 HS")],
        ),
        row("101001005000", "NOT A CHARGE AT ALL", &[]),
    ]
    .join("\n");
    let p = people(&text);
    let (h, origin) = doj::history::build(&p[0].rows);
    let e = &h.events[0];
    assert_eq!(e.county.as_deref(), Some("SACRAMENTO"));
    assert_eq!(e.case_number, None, "\"x\" is a filler, not a case number");
    assert_eq!(e.date.map(|d| d.to_string()).as_deref(), Some("2015-03"));
    assert_eq!(
        h.person.dob.map(|d| d.to_string()).as_deref(),
        Some("1980-01")
    );
    let sections: Vec<Option<String>> = e
        .counts
        .iter()
        .map(|c| c.section.as_ref().map(|s| s.to_string()))
        .collect();
    assert_eq!(
        sections,
        vec![
            Some("HS 11357(c)".into()),
            Some("HS 11359".into()),
            Some("PC 148".into()),
            Some("HS 11358".into()),
            None
        ]
    );
    assert!(e.counts[1].attempted);
    assert_eq!(origin.charge_column(0, 3), Some("COMMENT_TEXT"));
    assert_eq!(
        e.counts[4].description.as_deref(),
        Some("NOT A CHARGE AT ALL"),
        "an unreadable charge keeps its text"
    );
    let sentence = e.counts[0].sentence.as_ref().expect("sentence");
    assert_eq!(sentence.text, "2 YEARS PROBATION, 10 DAYS JAIL");
    assert_eq!(
        origin.rows(0, 0),
        [0, 1],
        "both rows belong to the first count"
    );
}

#[test]
fn wrong_field_counts_and_bad_keys_are_line_errors() {
    let short = {
        let mut r = row("101001001000", "11357 HS-X", &[]);
        r.truncate(r.rfind(',').expect("fields"));
        r
    };
    let text = [
        row("101001001000", "11357 HS-X", &[]),
        short,
        row("1234", "11357 HS-X", &[]),
        row("101001002000", "11357 HS-X", &[]),
    ]
    .join("\n");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("f.dat");
    std::fs::write(&path, text).expect("write");
    let mut g = Streaming::new(&[path]);
    let mut errors = Vec::new();
    let mut rows = 0;
    while let Some(x) = g.next_group().expect("reads") {
        match x {
            Group::Person(p) => rows += p.rows.len(),
            Group::Error(e) => errors.push((e.line, e.reason)),
        }
    }
    assert_eq!(rows, 2);
    assert_eq!(errors.len(), 2);
    assert_eq!(errors[0].0, 2);
    assert!(errors[0].1.contains("94 fields"));
    assert_eq!(errors[1].0, 3);
    assert!(errors[1].1.contains("expected 12 digits"));
}

#[test]
fn records_cut_by_the_end_of_a_read_are_read_whole() {
    // Several megabytes, read a few at a time: some records (a quoted line
    // break in one of every seven, CRLF in others) straddle a read.
    let mut text = String::new();
    let mut expected = Vec::new();
    let mut line = 1u64;
    for i in 0..20_000 {
        let subject = format!("S{i:05}");
        let comment = if i % 7 == 0 {
            "FIRST\nSECOND, \"QUOTED\""
        } else {
            "ONE LINE"
        };
        let r = doj::generate::line(&[
            (col::SUBJECT_ID, &subject),
            (col::PRI_NAME, "SYNTHETIC,PERSON"),
            (col::CNT_ORDER, "101001001000"),
            (col::OFFENSE_DESCR, "11357(C)HS-POSSESS MARIJUANA"),
            (col::COMMENT_TEXT, comment),
            (col::STP_ORI_DESCR, &"PADDING ".repeat(40)),
        ]);
        expected.push((line, subject, r.clone(), comment));
        line += 1 + r.matches('\n').count() as u64;
        text.push_str(&r);
        text.push_str(if i % 3 == 0 { "\r\n" } else { "\n" });
    }
    assert!(text.len() > 9 << 20, "more than two reads");
    let p = people(&text);
    assert_eq!(p.len(), expected.len());
    for (person, (line, subject, raw, comment)) in p.iter().zip(&expected) {
        let r = &person.rows[0];
        assert_eq!((r.line, r.subject()), (*line, subject.as_bytes()));
        assert_eq!(r.raw(), raw.as_bytes());
        assert_eq!(r.get(col::COMMENT_TEXT), *comment);
        assert_eq!(r.get(col::PRI_NAME), "SYNTHETIC,PERSON");
    }
}

#[test]
fn a_record_longer_than_a_read_is_read_whole() {
    let long = "X".repeat(9 << 20);
    let text = [
        row("101001001000", "11357 HS-X", &[]),
        row("101001002000", "11357 HS-X", &[(col::COMMENT_TEXT, &long)]),
        row("101001003000", "11357 HS-X", &[]),
    ]
    .join("\n");
    let p = people(&text);
    assert_eq!(p.len(), 1);
    let lines: Vec<u64> = p[0].rows.iter().map(|r| r.line).collect();
    assert_eq!(lines, [1, 2, 3]);
    assert_eq!(p[0].rows[1].get(col::COMMENT_TEXT).len(), long.len());
}

mod robust {
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// Any bytes at all: the reader and grouping never panic, and every
        /// line read becomes a person's row or a line error.
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..4000), commas in 0usize..200) {
            let mut text = bytes;
            // Make 95-field lines likely sometimes.
            for i in 0..commas.min(text.len()) {
                if i % 3 == 0 { text[i] = b','; }
            }
            let dir = tempfile::tempdir().expect("tempdir");
            let path = dir.path().join("f.dat");
            std::fs::write(&path, &text).expect("write");
            let mut g = doj::group::Streaming::new(&[path]);
            let mut seen = 0u64;
            loop {
                match g.next_group() {
                    Ok(Some(doj::group::Group::Person(p))) => {
                        seen += p.rows.len() as u64;
                        let _ = doj::history::build(&p.rows);
                    }
                    Ok(Some(doj::group::Group::Error(_))) => seen += 1,
                    Ok(None) => break,
                    Err(doj::group::GroupError::NotGrouped { .. }) => return Ok(()),
                    Err(e) => panic!("{e}"),
                }
            }
            prop_assert_eq!(seen, g.lines());
        }
    }
}

/// Subjects in this order, one row each: how streaming grouping ends.
fn grouping(subjects: &[&str]) -> Result<usize, String> {
    let text: String = subjects
        .iter()
        .map(|s| {
            row(
                "101001001000",
                "11357(C)HS-POSSESS MARIJUANA",
                &[(col::SUBJECT_ID, s)],
            ) + "\n"
        })
        .collect();
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("f.dat");
    std::fs::write(&path, text).expect("write");
    let mut g = Streaming::new(&[path]);
    let mut people = 0;
    loop {
        match g.next_group() {
            Ok(Some(Group::Person(_))) => people += 1,
            Ok(Some(Group::Error(e))) => return Err(e.reason),
            Ok(None) => return Ok(people),
            Err(e) => return Err(e.to_string()),
        }
    }
}

#[test]
fn grouping_keeps_little_for_sorted_subjects_and_never_misses_a_repeat() {
    // Sorted as numbers (9 before 10): streamed.
    assert_eq!(grouping(&["9", "10", "11", "200"]), Ok(4));
    // Grouped but not sorted: streamed too.
    assert_eq!(grouping(&["5", "3", "8", "1", "9"]), Ok(5));
    // A subject back after others, inside the sorted run or after it.
    for order in [
        &["5", "7", "5"][..],
        &["5", "3", "8", "3"],
        &["5", "6", "3", "9", "3"],
    ] {
        let e = grouping(order).expect_err("a repeat");
        assert!(e.contains("not together"), "{order:?}: {e}");
    }
    // A new subject inside the sorted run cannot be told from a repeat
    // without keeping every subject: it sends the run through temporary
    // files (exact, only slower).
    assert!(grouping(&["5", "7", "9", "6"]).is_err());
}
