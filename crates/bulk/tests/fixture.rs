//! A hand-built research file: every Proposition 64 policy rule and their
//! precedence, and every reader quirk of `shared/formats/doj-research-file.md`
//! (a header with a trailing comma, padded fields, `00` dates, charges in
//! `COMMENT_TEXT`, a malformed line in the middle, a bad `CNT_ORDER`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use doj::columns as col;

use doj::generate::line;

/// A court conviction row.
#[allow(clippy::too_many_arguments)]
fn conviction(
    subject: &str,
    dob: &str,
    order: &str,
    date: &str,
    charge: &str,
    status: &str,
    toc: &str,
    county: &str,
) -> String {
    line(&[
        (col::SUBJECT_ID, subject),
        (col::PRI_NAME, "SYNTHETIC,PERSON"),
        (col::PRI_DOB, dob),
        (col::GENDER, "FEMALE"),
        (col::RACE_DESCR, "OTHER"),
        (col::STP_EVENT_DATE, date),
        (col::STP_TYPE_DESCR, "COURT ACTION"),
        (col::STP_ORI_DESCR, "CASC SACRAMENTO"),
        (col::STP_ORI_CNTY_NAME, county),
        (col::CNT_ORDER, order),
        (col::OFN, "1234"),
        (col::OFFENSE_DESCR, charge),
        (col::OFFENSE_TOC, toc),
        (col::DISP_DESCR, "CONVICTED"),
        (col::CONV_STAT_DESCR, status),
        (col::SENT_LOC_DESCR, "JAIL"),
        (col::SENT_LENGTH, "30"),
        (col::SENT_TIME_CODE, "D"),
        (col::END_OF_REC, "#"),
    ])
}

fn deceased(subject: &str, dob: &str) -> String {
    line(&[
        (col::SUBJECT_ID, subject),
        (col::PRI_NAME, "SYNTHETIC,PERSON"),
        (col::PRI_DOB, dob),
        (col::STP_EVENT_DATE, "20200101"),
        (col::STP_TYPE_DESCR, "DECEASED"),
        (col::CNT_ORDER, "199001001000"),
    ])
}

const POLICY: &str = r#"
dismiss = ["11357", "11358"]
reduce = ["11359", "11360"]

[additional_relief]
under_21 = true
age_threshold = 57
years_since_conviction = 10
years_without_conviction = 3
only_prop64 = true
deceased = true
"#;

fn fixture(dir: &Path) -> PathBuf {
    let mut header = col::NAMES.join(",");
    header.push(','); // the trailing comma of `extra_comma.csv`
    let mut lines = vec![header];
    // A: a misdemeanor is always dismissed.
    lines.push(conviction(
        "A",
        "19800101",
        "101001001000",
        "20150101",
        "11357(A) HS-POSSESS MARIJUANA",
        "MISDEMEANOR",
        "M",
        "SACRAMENTO",
    ));
    // B: a felony in the dismiss list; deceased too, but rule 2 comes first.
    lines.push(conviction(
        "B",
        "19800101",
        "101001001000",
        "20190101",
        "11358 HS-CULTIVATE MARIJUANA",
        "FELONY  ",
        "F",
        "SACRAMENTO",
    ));
    lines.push(deceased("B", "19800101"));
    // C: under 21 at conviction (and more than 10 years ago: rule 3 first).
    lines.push(conviction(
        "C",
        "19900101",
        "101001001000",
        "20090601",
        "11359 HS-POSSESS MARIJUANA FOR SALE",
        "FELONY",
        "F",
        "SACRAMENTO",
    ));
    // D: 57 or older on the as-of date.
    lines.push(conviction(
        "D",
        "19550101",
        "101001001000",
        "20150101",
        "11359 HS-POSSESS MARIJUANA FOR SALE",
        "FELONY",
        "F",
        "SACRAMENTO",
    ));
    // E: conviction 10 or more years ago.
    lines.push(conviction(
        "E",
        "19800101",
        "101001001000",
        "20080101",
        "11360(A) HS-SELL MARIJUANA",
        "FELONY",
        "F",
        "SACRAMENTO",
    ));
    // F: no conviction in the last 3 years.
    lines.push(conviction(
        "F",
        "19800101",
        "101001001000",
        "20160101",
        "11359 HS-POSSESS MARIJUANA FOR SALE",
        "FELONY",
        "F",
        "SACRAMENTO",
    ));
    // A malformed line in the middle: 94 fields.
    let mut short = conviction(
        "Z",
        "19800101",
        "101001001000",
        "20160101",
        "11359 HS-X",
        "FELONY",
        "F",
        "SACRAMENTO",
    );
    short.truncate(short.rfind(',').expect("fields"));
    lines.push(short);
    // G: only Prop 64 convictions; the charge is in the comment, and the
    // step date has a `00` day.
    lines.push(line(&[
        (col::SUBJECT_ID, "G"),
        (col::PRI_NAME, "SYNTHETIC,PERSON"),
        (col::PRI_DOB, "19800101"),
        (col::STP_EVENT_DATE, "20190100"),
        (col::STP_TYPE_DESCR, "COURT ACTION"),
        (col::STP_ORI_CNTY_NAME, "  SACRAMENTO  "),
        (col::CNT_ORDER, "101001001000"),
        (col::OFFENSE_DESCR, "SEE COMMENT FOR CHARGE"),
        (col::COMMENT_TEXT, "CHRG 11359 HS"),
        (col::OFFENSE_TOC, "F"),
        (col::DISP_DESCR, "CONVICTED"),
        (col::CONV_STAT_DESCR, "FELONY"),
    ]));
    // H: another conviction too, and deceased.
    lines.push(conviction(
        "H",
        "19800101",
        "101001001000",
        "20190101",
        "11359 HS-POSSESS MARIJUANA FOR SALE",
        "FELONY",
        "F",
        "SACRAMENTO",
    ));
    lines.push(conviction(
        "H",
        "19800101",
        "102001001000",
        "20190201",
        "459 PC-BURGLARY",
        "FELONY",
        "F",
        "SACRAMENTO",
    ));
    lines.push(deceased("H", "19800101"));
    // I: none of the additional rules: reduced.
    lines.push(conviction(
        "I",
        "19800101",
        "101001001000",
        "20190101",
        "11359 HS-POSSESS MARIJUANA FOR SALE",
        "FELONY",
        "F",
        "SACRAMENTO",
    ));
    lines.push(conviction(
        "I",
        "19800101",
        "102001001000",
        "20190201",
        "459 PC-BURGLARY",
        "FELONY",
        "F",
        "SACRAMENTO",
    ));
    // J: a bad CNT_ORDER (Excel-mangled): reported, not grouped.
    lines.push(conviction(
        "J",
        "19800101",
        "1.01001E+11",
        "20190101",
        "11359 HS-X",
        "FELONY",
        "F",
        "SACRAMENTO",
    ));
    // K: the level is unknown (status and type of charge blank).
    lines.push(conviction(
        "K",
        "19800101",
        "101001001000",
        "20190101",
        "11359 HS-POSSESS MARIJUANA FOR SALE",
        "",
        "",
        "SACRAMENTO",
    ));
    // L: another county: out of scope.
    lines.push(conviction(
        "L",
        "19800101",
        "101001001000",
        "20190101",
        "11359 HS-POSSESS MARIJUANA FOR SALE",
        "FELONY",
        "F",
        "YOLO",
    ));
    let path = dir.join("fixture.csv");
    std::fs::write(&path, lines.join("\r\n")).expect("write fixture");
    path
}

fn run(dir: &Path, inputs: Vec<PathBuf>, out: &str) -> bulk::summary::Summary {
    let policy_path = dir.join("policy.toml");
    std::fs::write(&policy_path, POLICY).expect("policy");
    let (policy, _) = bulk::Policy::load(&policy_path).expect("policy reads");
    bulk::run(&bulk::Options {
        inputs,
        out: dir.join(out),
        config: bulk::Config {
            as_of: jiff::civil::date(2020, 7, 1),
            county: Some("SACRAMENTO".into()),
            policy: Some(policy),
        },
        threads: Some(2),
        previous: None,
        progress: false,
    })
    .expect("run")
}

fn convictions(path: &Path) -> BTreeMap<String, BTreeMap<String, String>> {
    let mut r = csv::Reader::from_path(path).expect("convictions.csv");
    let h = r.headers().expect("header").clone();
    let mut out = BTreeMap::new();
    for rec in r.records() {
        let rec = rec.expect("record");
        let row: BTreeMap<String, String> = h
            .iter()
            .zip(rec.iter())
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let key = format!("{} {}", row["subject_id"], row["section"]);
        out.insert(key, row);
    }
    out
}

/// The workbook's Convictions sheet holds `convictions.csv` cell for cell
/// (the line number as a number), and its Summary sheet the figures.
fn workbook_is_the_csv(out: &Path) {
    use calamine::{Data, Reader, Xlsx, open_workbook};
    let mut book: Xlsx<_> = open_workbook(out.join("convictions.xlsx")).expect("workbook");
    let sheet = book.worksheet_range("Convictions").expect("Convictions");
    let mut csv = csv::Reader::from_path(out.join("convictions.csv")).expect("csv");
    let mut records = vec![csv.headers().expect("header").clone()];
    records.extend(csv.records().map(|r| r.expect("record")));
    let rows: Vec<&[Data]> = sheet.rows().collect();
    assert_eq!(rows.len(), records.len());
    for (row, record) in rows.iter().zip(&records) {
        let cells: Vec<String> = row
            .iter()
            .map(|d| match d {
                Data::Float(n) => format!("{n}"),
                Data::Empty => String::new(),
                other => other.to_string(),
            })
            .collect();
        assert_eq!(cells, record.iter().collect::<Vec<_>>());
    }
    let summary = book.worksheet_range("Summary").expect("Summary");
    assert!(
        summary
            .rows()
            .any(|r| r[0] == Data::String("People left with no felony".into()))
    );
}

#[test]
fn every_policy_rule_and_reader_quirk() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = fixture(dir.path());
    let summary = run(dir.path(), vec![input], "out");
    let out = dir.path().join("out");

    // Nothing is lost.
    assert_eq!(summary.input_lines, 17);
    assert_eq!(summary.error_lines, 2);
    assert_eq!(
        summary.result_lines + summary.error_lines,
        summary.input_lines
    );
    let errors = std::fs::read_to_string(out.join("errors.csv")).expect("errors.csv");
    assert!(errors.contains("94 fields, expected 95"), "{errors}");
    assert!(errors.contains("CNT_ORDER"), "{errors}");
    assert!(errors.contains(",9,"), "the short row is line 9: {errors}");
    let results = std::fs::read_to_string(out.join("results.csv")).expect("results.csv");
    assert_eq!(results.lines().count() as u64, 1 + summary.result_lines);

    let c = convictions(&out.join("convictions.csv"));
    let rule = |k: &str| {
        let row = c
            .get(k)
            .unwrap_or_else(|| panic!("no row {k}: {:?}", c.keys()));
        (row["action"].as_str(), row["policy_rule"].as_str())
    };
    assert_eq!(rule("A HS 11357(a)"), ("dismiss", "misdemeanor"));
    assert_eq!(rule("B HS 11358"), ("dismiss", "dismiss_section"));
    assert_eq!(rule("C HS 11359"), ("dismiss", "under_21"));
    assert_eq!(rule("D HS 11359"), ("dismiss", "age_threshold"));
    assert_eq!(rule("E HS 11360(a)"), ("dismiss", "years_since_conviction"));
    assert_eq!(rule("F HS 11359"), ("dismiss", "years_without_conviction"));
    assert_eq!(rule("G HS 11359"), ("dismiss", "only_prop64"));
    assert_eq!(rule("H HS 11359"), ("dismiss", "deceased"));
    assert_eq!(rule("I HS 11359"), ("reduce", "reduce_section"));
    assert_eq!(rule("K HS 11359"), ("none", ""));
    assert_eq!(c["K HS 11359"]["outcome"], "needs_review");
    assert!(
        !c.contains_key("L HS 11359"),
        "another county is out of scope"
    );
    // The `00` day is kept as a partial date.
    assert_eq!(c["G HS 11359"]["conviction_date"], "2019-01");

    // Impact: people left with no felony, no conviction.
    assert_eq!(summary.policy_rules.get("misdemeanor"), Some(&1));
    assert!(summary.impact.subjects_no_conviction_after >= 6);
    assert!(
        summary.dismiss_all_prop64.subjects_no_felony_after
            >= summary.impact.subjects_no_felony_after
    );
    for name in ["summary.json", "convictions.xlsx", "report.html"] {
        assert!(out.join(name).is_file(), "{name}");
    }
    workbook_is_the_csv(&out);
    let html = std::fs::read_to_string(out.join("report.html")).expect("report");
    assert!(html.contains("<svg") && !html.contains("<script"));
}

#[test]
fn a_person_split_across_files_is_one_person() {
    let dir = tempfile::tempdir().expect("tempdir");
    let whole = fixture(dir.path());
    let text = std::fs::read_to_string(&whole).expect("read");
    let lines: Vec<&str> = text.split("\r\n").collect();
    // H's rows are lines 11-13 (1-based, header first): the first two go
    // in the first file, the third at the end of the second, after other
    // people, so the reader must regroup (through temporary files).
    let first: Vec<&str> = lines[..12].to_vec();
    let mut second: Vec<&str> = lines[13..].to_vec();
    second.push(lines[12]);
    let a = dir.path().join("part1.csv");
    let b = dir.path().join("part2.csv");
    std::fs::write(&a, first.join("\n")).expect("part1");
    std::fs::write(&b, second.join("\n")).expect("part2");
    let split = run(dir.path(), vec![a.clone(), b.clone()], "split");
    // Regrouping through temporary files gives the same order every run.
    run(dir.path(), vec![a, b], "split-again");
    for name in ["results.csv", "convictions.csv", "summary.json"] {
        assert_eq!(
            std::fs::read(dir.path().join("split").join(name)).expect("first"),
            std::fs::read(dir.path().join("split-again").join(name)).expect("second"),
            "{name} differs between two runs"
        );
    }
    let one = run(dir.path(), vec![whole], "one");
    assert_eq!(split.subjects, one.subjects);
    assert_eq!(split.input_lines, one.input_lines);
    let strip = |m: BTreeMap<String, BTreeMap<String, String>>| {
        m.into_iter()
            .map(|(k, mut v)| {
                v.remove("input");
                v.remove("line");
                (k, v)
            })
            .collect::<BTreeMap<_, _>>()
    };
    assert_eq!(
        strip(convictions(&dir.path().join("split/convictions.csv"))),
        strip(convictions(&dir.path().join("one/convictions.csv")))
    );
}

#[test]
fn bear_options_and_bad_policies() {
    let json = r#"{"baselineEligibility":{"dismiss":["11357","11358"],"reduce":["11359","11360"]},
        "additionalRelief":{"subjectUnder21AtConviction":true,"subjectAgeThreshold":57,
        "yearsSinceConvictionThreshold":10,"subjectIsDeceased":true,"subjectHasOnlyProp64Charges":true}}"#;
    let (p, warnings) =
        bulk::Policy::from_bear_json(json, "eligibility_options.json").expect("reads");
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(p.age_threshold, 57);
    assert_eq!(p.years_without_conviction, 0);
    let off = r#"{"baselineEligibility":{"dismiss":["11357","11358","11359","11360"]},
        "additionalRelief":{"dismissYearsCrimeFreeThreshold":false,"yearsCrimeFreeThreshold":5}}"#;
    let (p, warnings) = bulk::Policy::from_bear_json(off, "x.json").expect("reads");
    assert_eq!(p.years_without_conviction, 0);
    assert_eq!(warnings.len(), 1);
    assert!(bulk::Policy::from_toml("dismiss = [\"11357(a)\"]", "p.toml").is_err());
    assert!(
        bulk::Policy::from_toml("dismiss = [\"11357\"]\nreduce = [\"11357\"]", "p.toml").is_err()
    );
    assert!(bulk::Policy::from_toml("[additional_relief]\nage_threshold = 30", "p.toml").is_err());
    assert!(bulk::Policy::from_toml("typo = 1", "p.toml").is_err());
}
