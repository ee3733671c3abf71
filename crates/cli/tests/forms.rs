//! `clearslate forms`: every scenario's package with the official forms
//! from `../shared/forms`, read back three ways (field values, extracted
//! text, rendered pages), plus the bulk motions.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_clearslate"))
}

fn shared(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared")
        .join(rel)
}

fn ok(out: Output) -> Output {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

const PERSON: &str = r#"
name = "JORDAN AVERY REYES"
address = "1200 Fulton St, Apt 4"
city = "Fresno"
state = "CA"
zip = "93721"
phone = "559-555-0100"
language = "es"
[[background_check_company]]
name = "Example Screening Inc."
address = "PO Box 100, Austin, TX 78701"
[declaration]
today = "I work full time as a medical assistant and care for my mother."
why = "A dismissal would let me apply for a state license."
"#;

fn text_of(pdf: &Path) -> String {
    let out = ok(Command::new("pdftotext")
        .args(["-layout"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)"));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Render every page small and in gray; a page is blank when no pixel is
/// darker than light gray.
fn blank_pages(pdf: &Path, dir: &Path) -> Vec<String> {
    let prefix = dir.join("page");
    ok(Command::new("pdftoppm")
        .args(["-r", "20", "-gray"])
        .arg(pdf)
        .arg(&prefix)
        .output()
        .expect("pdftoppm"));
    let mut blank = Vec::new();
    for entry in std::fs::read_dir(dir).expect("dir") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "pgm") {
            let bytes = std::fs::read(&path).expect("pgm");
            // Skip the 4-token header: P5 width height maxval.
            let mut fields = 0;
            let mut start = 0;
            let mut in_token = false;
            for (i, b) in bytes.iter().enumerate() {
                let ws = b.is_ascii_whitespace();
                if !ws && !in_token {
                    in_token = true;
                } else if ws && in_token {
                    in_token = false;
                    fields += 1;
                    if fields == 4 {
                        start = i + 1;
                        break;
                    }
                }
            }
            if !bytes[start..].iter().any(|&p| p < 160) {
                blank.push(path.display().to_string());
            }
            std::fs::remove_file(&path).expect("remove");
        }
    }
    blank
}

#[test]
fn every_scenario_gets_a_package_that_reads_back() {
    let dir = tempfile::tempdir().expect("tmp");
    let person = dir.path().join("person.toml");
    std::fs::write(&person, PERSON).expect("person");
    let mut scenarios: Vec<PathBuf> = std::fs::read_dir(shared("fixtures/scenarios"))
        .expect("scenarios")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    scenarios.sort();
    assert!(scenarios.len() >= 15);
    let mut with_cr180 = 0;
    for sheet in &scenarios {
        let stem = sheet.file_stem().and_then(|s| s.to_str()).expect("stem");
        let expect =
            std::fs::read_to_string(sheet.with_extension("expect.toml")).unwrap_or_default();
        let as_of = expect
            .lines()
            .find_map(|l| l.strip_prefix("as_of = "))
            .map(|s| s.trim().trim_matches('"').to_string())
            .unwrap_or_else(|| "2026-11-23".into());
        let report = dir.path().join(format!("{stem}.json"));
        let out = ok(bin()
            .args(["check", "--format", "json", "--as-of", &as_of])
            .arg(sheet)
            .output()
            .expect("check"));
        std::fs::write(&report, &out.stdout).expect("report");
        let pkg = dir.path().join(stem);
        ok(bin()
            .arg("forms")
            .arg("--report")
            .arg(&report)
            .arg("--person")
            .arg(&person)
            .arg("--out")
            .arg(&pkg)
            .arg("--forms-dir")
            .arg(shared("forms"))
            .output()
            .expect("forms"));
        let manifest: Value =
            serde_json::from_slice(&std::fs::read(pkg.join("manifest.json")).expect("manifest"))
                .expect("json");
        let docs = manifest["documents"].as_array().expect("documents");
        assert_eq!(docs[0]["file"], "cover.pdf", "{stem}");
        let report_json: Value = serde_json::from_slice(&out.stdout).expect("report json");
        for d in docs {
            let file = pkg.join(d["file"].as_str().expect("file"));
            assert!(file.is_file(), "{stem}: {}", file.display());
            assert!(d["pages"].as_u64().expect("pages") >= 1);
            let form = d["form"].as_str().expect("form");
            if form == "CR-180" {
                with_cr180 += 1;
                assert_eq!(
                    d["generated"], false,
                    "{stem}: the official CR-180 was filled"
                );
                let bytes = std::fs::read(&file).expect("pdf");
                let values = documents::acroform::read_values(&bytes).expect("fields");
                let case = d["case_number"].as_str().expect("case");
                assert_eq!(
                    values.get("Field11").map(String::as_str),
                    Some("JORDAN AVERY REYES"),
                    "{stem}"
                );
                assert_eq!(
                    values.get("Field13").map(String::as_str),
                    Some(case),
                    "{stem}"
                );
                assert_eq!(
                    values.get("Field49").map(String::as_str),
                    Some("JORDAN AVERY REYES")
                );
                // At least one relief item is checked, or a count is marked
                // for reduction (item 8 has no checkbox).
                let items = [
                    "Field43", "Field51", "Field55", "Field57", "Field64", "Field66",
                ];
                let reduce = ["Field21", "Field22", "Field26", "Field27"];
                assert!(
                    items
                        .iter()
                        .any(|f| values.get(*f).map(String::as_str) == Some("on"))
                        || reduce
                            .iter()
                            .any(|f| values.get(*f).map(String::as_str) == Some("Yes")),
                    "{stem}: CR-180 asks for nothing: {values:?}"
                );
                // The first count row names a code section of the case.
                let section = values.get("Field19").cloned().unwrap_or_default();
                let sections: Vec<String> = report_json["events"]
                    .as_array()
                    .expect("events")
                    .iter()
                    .filter(|e| e["case_number"] == case)
                    .flat_map(|e| e["counts"].as_array().cloned().unwrap_or_default())
                    .filter_map(|c| c["section"].as_str().map(str::to_string))
                    .collect();
                assert!(
                    sections.iter().any(|s| s.ends_with(&section)),
                    "{stem}: row section {section:?} not in {sections:?}"
                );
            }
        }
        let text = text_of(&pkg.join("package.pdf"));
        assert!(text.contains("JORDAN AVERY REYES"), "{stem}");
        for d in docs {
            if let Some(case) = d["case_number"].as_str() {
                assert!(
                    text.contains(case),
                    "{stem}: {case} not in the package text"
                );
            }
        }
        if docs.iter().any(|d| d["form"] == "CR-180") {
            assert!(
                text.contains("1203.4"),
                "{stem}: statute missing from the text"
            );
        }
        let pages = pkg.join("pages");
        std::fs::create_dir_all(&pages).expect("pages dir");
        let blank = blank_pages(&pkg.join("package.pdf"), &pages);
        assert!(blank.is_empty(), "{stem}: blank pages {blank:?}");
    }
    assert!(with_cr180 >= 5, "only {with_cr180} scenarios had a CR-180");
}

fn package_for(sheet: &str, dir: &Path, forms: bool) -> Value {
    let person = dir.join("person.toml");
    std::fs::write(&person, PERSON).expect("person");
    let out = ok(bin()
        .args(["check", "--format", "json", "--as-of", "2026-11-23"])
        .arg(shared("fixtures/scenarios").join(sheet))
        .output()
        .expect("check"));
    let report = dir.join("report.json");
    std::fs::write(&report, &out.stdout).expect("report");
    let pkg = dir.join("pkg");
    let mut cmd = bin();
    cmd.arg("forms")
        .arg("--report")
        .arg(&report)
        .arg("--person")
        .arg(&person)
        .arg("--out")
        .arg(&pkg);
    if forms {
        cmd.arg("--forms-dir").arg(shared("forms"));
    } else {
        cmd.env_remove("CLEARSLATE_FORMS_DIR");
    }
    ok(cmd.output().expect("forms"));
    serde_json::from_slice(&std::fs::read(pkg.join("manifest.json")).expect("manifest"))
        .expect("json")
}

fn forms_in(manifest: &Value) -> Vec<String> {
    manifest["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .map(|d| d["form"].as_str().unwrap_or("").to_string())
        .collect()
}

#[test]
fn discretionary_relief_gets_a_declaration_and_arrest_only_gets_no_cr180() {
    let dir = tempfile::tempdir().expect("tmp");
    let m = package_for(
        "002-probation-violation-discretionary.txt",
        dir.path(),
        true,
    );
    let forms = forms_in(&m);
    assert!(forms.contains(&"MC-031".to_string()), "{forms:?}");
    assert!(forms.contains(&"CR-181".to_string()), "{forms:?}");
    let dir = tempfile::tempdir().expect("tmp");
    let m = package_for("012-dismissed-misdemeanor-arrest.txt", dir.path(), true);
    let forms = forms_in(&m);
    assert!(!forms.contains(&"CR-180".to_string()), "{forms:?}");
    assert!(forms.contains(&"CR-409".to_string()), "{forms:?}");
}

#[test]
fn without_the_official_forms_everything_is_generated() {
    let dir = tempfile::tempdir().expect("tmp");
    let m = package_for(
        "002-probation-violation-discretionary.txt",
        dir.path(),
        false,
    );
    let docs = m["documents"].as_array().expect("documents");
    assert!(docs.iter().all(|d| d["generated"] == true));
    assert!(forms_in(&m).contains(&"CR-180".to_string()));
    let text = text_of(&dir.path().join("pkg/package.pdf"));
    assert!(text.contains("PETITION FOR DISMISSAL"));
    assert!(text.contains("same content as Judicial Council form CR-180"));
    assert!(text.contains("I work full time as a medical assistant"));
}

#[test]
fn bad_person_file_names_the_line_and_field() {
    let dir = tempfile::tempdir().expect("tmp");
    let person = dir.path().join("person.toml");
    std::fs::write(&person, "name = \"A B\"\nadress = \"x\"\n").expect("person");
    let report = dir.path().join("r.json");
    std::fs::write(
        &report,
        r#"{"schema":"clearslate/report/v1","as_of":"2026-11-23","person":{},"events":[]}"#,
    )
    .expect("r");
    let out = bin()
        .arg("forms")
        .arg("--report")
        .arg(&report)
        .arg("--person")
        .arg(&person)
        .arg("--out")
        .arg(dir.path().join("o"))
        .output()
        .expect("forms");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("person.toml") && err.contains("line 2") && err.contains("adress"),
        "{err}"
    );
}

#[test]
fn bulk_motions_list_every_wanted_conviction_once() {
    let dir = tempfile::tempdir().expect("tmp");
    let extract = dir.path().join("x.csv");
    let out = ok(bin()
        .args(["gen", "doj", "--people", "400", "--seed", "9"])
        .output()
        .expect("gen"));
    std::fs::write(&extract, &out.stdout).expect("extract");
    let run = dir.path().join("run");
    ok(bin()
        .args(["bulk", "--as-of", "2026-11-23", "--input"])
        .arg(&extract)
        .arg("--out")
        .arg(&run)
        .output()
        .expect("bulk"));
    let motions = dir.path().join("motions");
    ok(bin()
        .arg("forms")
        .arg("--bulk")
        .arg(&run)
        .arg("--out")
        .arg(&motions)
        .output()
        .expect("forms"));
    let wanted = documents::bulk::read(&run).expect("read run");
    assert!(!wanted.is_empty());
    let manifest: Value =
        serde_json::from_slice(&std::fs::read(motions.join("manifest.json")).expect("manifest"))
            .expect("json");
    assert_eq!(
        manifest["documents"].as_array().expect("docs").len(),
        wanted.len()
    );
    for (county, rows) in &wanted {
        let slug = documents::court::file_slug(county).to_ascii_uppercase();
        let csv =
            std::fs::read_to_string(motions.join(format!("exhibit-{slug}.csv"))).expect("exhibit");
        assert_eq!(csv.lines().count(), rows.len() + 1, "{county}");
        let text = text_of(&motions.join(format!("motion-{slug}.pdf")));
        assert!(text.contains("EXHIBIT A"), "{county}");
        assert!(text.contains(&rows[0].case_number), "{county}");
    }
}
