//! The `clearslate` binary as a user runs it: reports, exit codes, errors.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_clearslate"))
}

fn history(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../law/tests/histories")
        .join(name)
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("run clearslate")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A file in a fresh temporary folder.
fn temp_file(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "clearslate-cli-{}-{}",
        std::process::id(),
        name.replace('.', "-")
    ));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write temp file");
    path
}

#[test]
fn check_prints_a_readable_report() {
    let h = history("misdemeanor-probation.json");
    let o = run(&["check", "--as-of", "2026-11-23", h.to_str().expect("path")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.contains("ROOKWOOD,ALMA JUNE"), "{text}");
    assert!(
        text.contains("Dismissal after probation (PC 1203.4): You can ask now"),
        "{text}"
    );
    assert!(text.contains("The court must grant it"), "{text}");
    assert!(
        text.contains("[Pen. Code, § 1203.4, subd. (a)(1)]"),
        "{text}"
    );
    assert!(text.contains("What to do, in order"), "{text}");
}

#[test]
fn check_json_follows_the_contract() {
    let h = history("misdemeanor-probation.json");
    let o = run(&[
        "check",
        "--as-of",
        "2026-11-23",
        "--format",
        "json",
        h.to_str().expect("path"),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["schema"], "clearslate/report/v1");
    assert_eq!(v["as_of"], "2026-11-23");
    assert_eq!(v["person"]["cii"], "A50310072");
    let count = &v["events"][1]["counts"][0];
    assert_eq!(count["id"], "e2.c1");
    assert_eq!(count["section"], "PC 417(a)(1)");
    assert_eq!(count["disposition"], "convicted");
    assert_eq!(count["level"], "misdemeanor");
    let relief = count["relief"].as_array().expect("relief");
    let d = relief
        .iter()
        .find(|d| d["remedy"] == "pc-1203.4")
        .expect("1203.4");
    assert_eq!(d["outcome"], "eligible");
    assert_eq!(d["mandatory"], true);
    assert_eq!(d["automatic"], false);
    assert!(d["eligible_on"].is_null());
    let reason = &d["reasons"][0];
    assert!(
        reason["text"]
            .as_str()
            .is_some_and(|t| t.contains("probation"))
    );
    assert_eq!(reason["citation"], "Pen. Code, § 1203.4, subd. (a)(1)");
    let auto = relief
        .iter()
        .find(|d| d["remedy"] == "pc-1203.425")
        .expect("1203.425");
    assert_eq!(auto["automatic"], true);
    assert!(v["questions"].as_array().is_some());
    assert!(v["warnings"].as_array().is_some());
    assert_eq!(v["plan"]["steps"][0]["forms"][0], "CR-180");
}

#[test]
fn check_later_and_reads_stdin() {
    let text = std::fs::read_to_string(history("misdemeanor-probation.json")).expect("read");
    let mut child = bin()
        .args(["check", "--as-of", "2016-06-29", "--format", "json", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(text.as_bytes())
        .expect("write");
    let o = child.wait_with_output().expect("wait");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    let relief = v["events"][1]["counts"][0]["relief"]
        .as_array()
        .expect("relief")
        .clone();
    let d = relief
        .iter()
        .find(|d| d["remedy"] == "pc-1203.4")
        .expect("1203.4");
    assert_eq!(d["outcome"], "eligible_later");
    assert_eq!(d["eligible_on"], "2016-06-30");
}

#[test]
fn check_speaks_spanish() {
    let h = history("misdemeanor-probation.json");
    let o = run(&[
        "check",
        "--as-of",
        "2026-11-23",
        "--lang",
        "es",
        h.to_str().expect("path"),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(
        text.contains("Anulación después de la libertad condicional"),
        "{text}"
    );
    assert!(text.contains("30 de junio de 2016"), "{text}");
    let o = run(&["check", "--lang", "fr", h.to_str().expect("path")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--lang"), "{}", stderr(&o));
}

#[test]
fn facts_change_the_answer_and_typos_are_errors() {
    let h = history("typical.json");
    let h = h.to_str().expect("path");
    let facts = temp_file(
        "facts.toml",
        "noncitizen = true\n\n[count.\"e4.c1\"]\nprobation_violated = true\n",
    );
    let o = run(&[
        "check",
        "--as-of",
        "2026-11-23",
        "--format",
        "json",
        "--facts",
        facts.to_str().expect("p"),
        h,
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    let text = v.to_string();
    assert!(
        text.contains("imm-dismissal-no-help"),
        "noncitizen advice missing"
    );
    let notes = v["plan"]["notes"].as_array().expect("notes");
    assert!(
        notes
            .iter()
            .any(|n| n.as_str().is_some_and(|t| t.contains("immigration")))
    );

    let typo = temp_file(
        "typo.toml",
        "noncitizen = true\nhonest_uprigt_life = true\n",
    );
    let o = run(&["check", "--facts", typo.to_str().expect("p"), h]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("typo.toml: line 2") && err.contains("honest_uprigt_life"),
        "{err}"
    );

    let wrong_id = temp_file("wrong.toml", "[count.\"e99.c1\"]\ngrams = 3\n");
    let o = run(&["check", "--facts", wrong_id.to_str().expect("p"), h]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("e99.c1"), "{}", stderr(&o));
}

#[test]
fn bad_input_names_file_line_and_field() {
    let bad = temp_file(
        "bad.json",
        "{\n  \"schema\": \"clearslate/history/v1\",\n  \"events\": [\n    {\"id\": \"e1\", \"kind\": \"court\", \"date\": \"2019-02-30\"}\n  ]\n}\n",
    );
    let o = run(&["check", bad.to_str().expect("p")]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("bad.json: line 4"), "{err}");
    assert!(err.contains("events[0].date"), "{err}");
    assert!(err.contains("not a real calendar day"), "{err}");

    let dup = temp_file(
        "dup.json",
        "{\"schema\": \"clearslate/history/v1\", \"events\": [{\"id\": \"e1\", \"kind\": \"arrest\"}, {\"id\": \"e1\", \"kind\": \"court\"}]}",
    );
    let o = run(&["check", dup.to_str().expect("p")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("duplicate id"), "{}", stderr(&o));

    let o = run(&["check", "/no/such/file.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("/no/such/file.json"));

    let h = history("typical.json");
    let o = run(&["check", "--as-of", "2026-13-01", h.to_str().expect("p")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--as-of"));

    let o = run(&["frobnicate"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn parse_prints_the_history_it_read() {
    let h = history("typical.json");
    let o = run(&["parse", h.to_str().expect("p")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let printed: law::History = serde_json::from_slice(&o.stdout).expect("history json");
    let original: law::History =
        serde_json::from_str(&std::fs::read_to_string(&h).expect("read")).expect("parse");
    assert_eq!(printed, original);
}

#[test]
fn rules_page_cites_every_condition() {
    let o = run(&["rules"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    for remedy in [
        "pc-1203.4",
        "pc-1203.4a",
        "pc-1203.41",
        "pc-1203.42",
        "pc-1203.425",
        "pc-17b",
        "pc-17d2",
        "pc-1170.18",
        "hs-11361.8",
        "pc-18.5",
    ] {
        assert!(
            text.contains(&format!("id: {remedy}\n")),
            "{remedy} missing"
        );
    }
    assert!(text.contains("(Pen. Code, § 1203.4, subd. (b))"));
    assert!(text.contains("[verify]"));
    let o = run(&["rules", "--tables", "--lang", "es"]);
    assert_eq!(o.status.code(), Some(0));
    let text = stdout(&o);
    assert!(text.contains("Delitos graves serios"));
    assert!(text.contains("PC 288.5"));
}

fn shared_scenario(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/fixtures/scenarios")
        .join(name)
}

#[test]
fn check_reads_rap_sheet_text() {
    let sheet = shared_scenario("001-misdemeanor-probation-completed.txt");
    let o = run(&[
        "check",
        "--as-of",
        "2026-11-23",
        "--format",
        "json",
        sheet.to_str().expect("p"),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["person"]["cii"], "A50310072");
    assert_eq!(v["person"]["name"], "ROOKWOOD,ALMA JUNE");
    let court = &v["events"][1];
    assert_eq!(court["kind"], "court");
    assert_eq!(court["county"], "SONOMA");
    assert_eq!(court["case_number"], "SCR-14-2211");
    let relief = court["counts"][0]["relief"].as_array().expect("relief");
    assert!(
        relief
            .iter()
            .any(|d| d["remedy"] == "pc-1203.4" && d["outcome"] == "eligible")
    );

    let o = run(&["parse", sheet.to_str().expect("p")]);
    assert_eq!(o.status.code(), Some(0));
    let h: law::History = serde_json::from_slice(&o.stdout).expect("history");
    assert_eq!(h.events.len(), 2);
    assert_eq!(h.events[1].line, Some(19));
    assert_eq!(h.events[1].counts[0].line, Some(22));
}

#[test]
fn generated_sheets_are_checked_like_real_ones() {
    let o = run(&["gen", "rapsheet", "--seed", "11"]);
    assert_eq!(o.status.code(), Some(0));
    let again = run(&["gen", "rapsheet", "--seed", "11"]);
    assert_eq!(o.stdout, again.stdout, "the same seed gives the same sheet");
    let mut child = bin()
        .args(["check", "--as-of", "2026-11-23", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(&o.stdout)
        .expect("write");
    let out = child.wait_with_output().expect("wait");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn bytes_that_are_no_record_are_refused() {
    let junk = temp_file("junk.bin", "");
    std::fs::write(&junk, [0xff, 0xfe, 0x00, 0x81, 0x92]).expect("write");
    let o = run(&["check", junk.to_str().expect("p")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("junk.bin"), "{}", stderr(&o));
    let text = temp_file("letter.txt", "Dear court,\nplease help.\n");
    let o = run(&["check", text.to_str().expect("p")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("not a RAP sheet"), "{}", stderr(&o));
}

/// What a background-check company may still report, in the JSON report
/// (`events[].reporting`) and in the text report.
#[test]
fn check_reports_what_may_still_be_reported() {
    let path = history("typical.json");
    let p = path.to_str().expect("utf-8");
    let out = run(&["check", "--as-of", "2026-11-23", "--format", "json", p]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("json");
    let events = v["events"].as_array().expect("events");
    let reported: Vec<&serde_json::Value> = events
        .iter()
        .filter(|e| !e["reporting"].is_null())
        .collect();
    assert!(!reported.is_empty(), "no event carries `reporting`");
    for e in &reported {
        let now = &e["reporting"]["now"];
        let may = now["may_report"].as_str().expect("may_report");
        assert!(["no", "pending", "until", "yes"].contains(&may), "{may}");
        assert_eq!(now["until"].is_string(), may == "until");
        assert!(now["employer_may_use"].is_boolean());
        let reasons = e["reporting"]["reasons"].as_array().expect("reasons");
        assert!(
            reasons
                .iter()
                .all(|r| r["citation"].is_string() && r["text"].is_string())
        );
    }
    // The 2020 arrest never led to charges: it may not be reported, and
    // sealing would keep it that way.
    let arrest = events
        .iter()
        .find(|e| e["id"] == "e10")
        .expect("the 2020 arrest");
    assert_eq!(arrest["reporting"]["now"]["may_report"], "no");
    assert_eq!(arrest["reporting"]["now"]["employer_may_use"], false);
    let text = run(&["check", "--as-of", "2026-11-23", p]);
    assert!(stdout(&text).contains("What background checks may show"));
    let es = run(&["check", "--as-of", "2026-11-23", "--lang", "es", p]);
    assert!(stdout(&es).contains("Lo que pueden mostrar las verificaciones de antecedentes"));
}
