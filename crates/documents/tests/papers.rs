//! The documents crate on hand-built reports: the MC-025 overflow, the
//! MC-031 continuation, field maps from the forms folder, CJK names, and
//! the letters' wording in English and Spanish (golden).

use std::path::{Path, PathBuf};

use clearslate_documents::{Options, Person, Report, acroform, letters, person_package};
use i18n::Lang;
use serde_json::{Value, json};

fn shared_forms() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/forms")
}

fn relief(remedy: &str, mandatory: bool, reason: &str) -> Value {
    json!({"remedy": remedy, "outcome": "eligible", "eligible_on": null, "mandatory": mandatory,
           "automatic": false, "reasons": [{"id": reason, "citation": "Pen. Code, § 1203.4"}],
           "missing_facts": []})
}

/// One court case with `n` misdemeanor counts, each eligible for 1203.4.
fn report_with_counts(n: usize, mandatory: bool) -> Report {
    report_with(n, mandatory, "r-1203-4-probation-granted")
}

/// The same, with the 1203.4 determination giving `reason`.
fn report_with(n: usize, mandatory: bool, reason: &str) -> Report {
    let counts: Vec<Value> = (1..=n)
        .map(|i| json!({
            "id": format!("e1.c{i}"), "section": format!("PC {}", 480 + i), "description": "SYNTHETIC OFFENSE",
            "disposition": "convicted", "level": "misdemeanor", "relief": [relief("pc-1203.4", mandatory, reason)],
        }))
        .collect();
    let v = json!({
        "schema": "clearslate/report/v1", "as_of": "2026-11-23",
        "person": {"name": "RIVERA,SAM", "cii": "A00000001", "dob": "1980-02-03"},
        "events": [
            {"id": "e1", "kind": "court", "date": "2016-05-04", "agency": "CASC FRESNO", "county": "FRESNO",
             "case_number": "F16-0042", "counts": counts, "reporting": {"now": {"may_report": "no", "until": null, "status": null}, "after_relief": null}},
            {"id": "e2", "kind": "arrest", "date": "2010-01-02", "agency": "CAPD FRESNO", "county": "FRESNO",
             "case_number": "10-77", "counts": [{"id": "e2.c1", "section": "PC 242", "description": "BATTERY",
             "disposition": null, "level": "misdemeanor", "relief": [{"remedy": "pc-851.93", "outcome": "granted", "eligible_on": null,
             "mandatory": true, "automatic": true, "reasons": [], "missing_facts": []}]}]},
        ],
    });
    Report::parse(&v.to_string()).expect("report")
}

fn person(name: &str) -> Person {
    Person::parse(&format!(
        "name = \"{name}\"\naddress = \"1 Main St\"\ncity = \"Fresno\"\nstate = \"CA\"\nzip = \"93721\"\nphone = \"559-555-0100\"\n\
         [[background_check_company]]\nname = \"Example Screening Inc.\"\naddress = \"PO Box 100, Austin, TX 78701\"\n"
    ))
    .expect("person")
}

fn forms_of(m: &clearslate_documents::Manifest) -> Vec<&str> {
    m.documents.iter().map(|d| d.form.as_str()).collect()
}

#[test]
fn twelve_counts_spill_onto_mc025() {
    let dir = tempfile::tempdir().expect("tmp");
    let report = report_with_counts(12, true);
    let options = Options {
        forms_dir: Some(shared_forms()),
        lang: None,
    };
    let m = person_package(&report, &person("SAM RIVERA"), dir.path(), &options).expect("package");
    let forms = forms_of(&m);
    assert!(forms.contains(&"MC-025"), "{forms:?}");
    assert!(
        m.warnings.is_empty(),
        "every shared form has a fitting map: {:?}",
        m.warnings
    );
    assert!(
        m.documents
            .iter()
            .filter(|d| d.form != "cover"
                && d.form != "instructions"
                && d.form != "dispute-letter"
                && d.form != "notice")
            .all(|d| !d.generated),
        "{:?}",
        m.documents
    );
    assert!(
        !forms.contains(&"MC-031"),
        "mandatory relief needs no declaration: {forms:?}"
    );
    let mc025 = std::fs::read(dir.path().join("MC-025-F16-0042.pdf")).expect("mc025");
    let values = acroform::read_values(&mc025).expect("fields");
    // Counts 6..12 are rows 1..7 of the attachment.
    assert_eq!(values.get("SECTION_0").map(String::as_str), Some("486"));
    assert_eq!(values.get("SECTION_6").map(String::as_str), Some("492"));
    assert_eq!(values.get("SECTION_7"), None);
    assert_eq!(
        values.get("CASE NUMBER").map(String::as_str),
        Some("F16-0042")
    );
    let cr180 = std::fs::read(dir.path().join("CR-180-F16-0042.pdf")).expect("cr180");
    let values = acroform::read_values(&cr180).expect("fields");
    assert_eq!(values.get("Field19").map(String::as_str), Some("481"));
    assert_eq!(values.get("Field39").map(String::as_str), Some("485"));
    assert_eq!(values.get("Field43").map(String::as_str), Some("on"));
    assert_eq!(values.get("Field44").map(String::as_str), Some("on"));
    // Three counts fit the form: no attachment.
    let dir = tempfile::tempdir().expect("tmp");
    let m = person_package(
        &report_with_counts(3, true),
        &person("SAM RIVERA"),
        dir.path(),
        &options,
    )
    .expect("package");
    assert!(!forms_of(&m).contains(&"MC-025"));
}

#[test]
fn a_long_statement_continues_on_more_mc031_pages() {
    let dir = tempfile::tempdir().expect("tmp");
    let mut p = person("SAM RIVERA");
    let long = "I have worked every day since my case and I take care of my family. ".repeat(60);
    p.declaration = Some(clearslate_documents::person::Statement {
        today: Some(long),
        ..Default::default()
    });
    let options = Options {
        forms_dir: Some(shared_forms()),
        lang: None,
    };
    let m =
        person_package(&report_with_counts(2, false), &p, dir.path(), &options).expect("package");
    let mc031 = m
        .documents
        .iter()
        .find(|d| d.form == "MC-031")
        .expect("MC-031");
    assert!(mc031.pages >= 2, "pages {}", mc031.pages);
    assert!(m.missing.is_empty() || !m.missing.contains(&"declaration".to_string()));
    // Without a statement the declaration is listed as missing.
    let dir = tempfile::tempdir().expect("tmp");
    let m = person_package(
        &report_with_counts(2, false),
        &person("SAM RIVERA"),
        dir.path(),
        &options,
    )
    .expect("package");
    assert!(
        m.missing.contains(&"declaration".to_string()),
        "{:?}",
        m.missing
    );
}

#[test]
fn a_map_in_the_forms_folder_wins_and_an_unmapped_revision_is_generated() {
    let forms = tempfile::tempdir().expect("forms");
    for f in ["CR-180.pdf", "CR-181.pdf"] {
        std::fs::copy(shared_forms().join(f), forms.path().join(f)).expect("copy");
    }
    let built_in =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("maps/CR-180.toml"))
            .expect("map");
    std::fs::write(
        forms.path().join("CR-180-local.toml"),
        built_in.replace("Rev. January 1, 2019", "Local copy"),
    )
    .expect("map");
    // A "newer revision" whose fields no map knows: a form with other names.
    std::fs::copy(
        shared_forms().join("MC-031.pdf"),
        forms.path().join("CR-181.pdf"),
    )
    .expect("copy");
    let dir = tempfile::tempdir().expect("tmp");
    let options = Options {
        forms_dir: Some(forms.path().to_path_buf()),
        lang: None,
    };
    let m = person_package(
        &report_with_counts(2, true),
        &person("SAM RIVERA"),
        dir.path(),
        &options,
    )
    .expect("package");
    let cr180 = m
        .documents
        .iter()
        .find(|d| d.form == "CR-180")
        .expect("CR-180");
    assert_eq!(cr180.revision.as_deref(), Some("Local copy"));
    let cr181 = m
        .documents
        .iter()
        .find(|d| d.form == "CR-181")
        .expect("CR-181");
    assert!(cr181.generated);
    assert!(
        m.warnings.iter().any(|w| w.contains("CR-181.pdf")),
        "{:?}",
        m.warnings
    );
    // A broken map names its file and line.
    std::fs::write(
        forms.path().join("bad.toml"),
        "form = \"X\"\npages = \"two\"\n",
    )
    .expect("bad");
    let err = person_package(
        &report_with_counts(2, true),
        &person("SAM RIVERA"),
        dir.path(),
        &options,
    )
    .expect_err("a broken map is refused");
    assert!(err.is_input());
    assert!(
        err.to_string().contains("bad.toml") && err.to_string().contains("line 2"),
        "{err}"
    );
}

#[test]
fn chinese_and_vietnamese_names_are_embedded() {
    let dir = tempfile::tempdir().expect("tmp");
    let m = person_package(
        &report_with_counts(1, true),
        &person("陈美玲 Nguyễn Thị Hương"),
        dir.path(),
        &Options::default(),
    )
    .expect("package");
    assert!(m.documents.iter().all(|d| d.generated));
    let fonts = std::process::Command::new("pdffonts")
        .arg(dir.path().join("CR-180-F16-0042.pdf"))
        .output()
        .expect("pdffonts");
    let fonts = String::from_utf8_lossy(&fonts.stdout);
    assert!(fonts.contains("NotoSerifCJK"), "{fonts}");
    assert!(
        fonts.lines().skip(2).all(|l| l.contains(" yes ")),
        "every font embedded: {fonts}"
    );
    let text = std::process::Command::new("pdftotext")
        .arg(dir.path().join("CR-180-F16-0042.pdf"))
        .arg("-")
        .output()
        .expect("pdftotext");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains("陈美玲") && text.contains("Nguyễn Thị Hương"),
        "{text}"
    );
}

/// The words of a letter's data, one block a line, for golden files.
fn words(data: &Value) -> String {
    let mut out = Vec::new();
    out.push(
        data["subject"]
            .as_str()
            .unwrap_or(data["title"].as_str().unwrap_or(""))
            .to_string(),
    );
    for b in data["blocks"].as_array().expect("blocks") {
        if let Some(t) = b["text"].as_str() {
            let n = b["number"].as_str().unwrap_or("");
            out.push(format!("{n} {t}").trim().to_string());
        }
        if let Some(items) = b["items"].as_array() {
            out.extend(
                items
                    .iter()
                    .filter_map(|i| i.as_str())
                    .map(|i| format!("- {i}")),
            );
        }
    }
    out.join("\n")
}

#[test]
fn letters_read_the_same_every_time_in_english_and_spanish() {
    let report = report_with_counts(2, true);
    let p = person("SAM RIVERA");
    for tag in ["en", "es"] {
        let lang = Lang::from_tag(tag).expect("lang");
        let dispute = letters::dispute_data(&report, &p, &p.background_check_company[0], &lang)
            .expect("letter");
        insta::assert_snapshot!(format!("dispute_{tag}"), words(&dispute));
        let notice = letters::notice_data(&report, &p, &lang).expect("notice");
        insta::assert_snapshot!(format!("notice_{tag}"), words(&notice));
    }
}

#[test]
fn cr180_item2_follows_how_probation_ended() {
    let options = Options {
        forms_dir: Some(shared_forms()),
        lang: None,
    };
    for (mandatory, reason, checked) in [
        (true, "r-1203-4-fulfilled", "Field44"),
        (true, "r-1203-4-early-termination", "Field45"),
        (false, "r-1203-4-violation", "Field46"),
    ] {
        let dir = tempfile::tempdir().expect("tmp");
        person_package(
            &report_with(1, mandatory, reason),
            &person("SAM RIVERA"),
            dir.path(),
            &options,
        )
        .expect("package");
        let cr180 = std::fs::read(dir.path().join("CR-180-F16-0042.pdf")).expect("cr180");
        let values = acroform::read_values(&cr180).expect("fields");
        for item in ["Field44", "Field45", "Field46"] {
            let want = if item == checked { "on" } else { "off" };
            assert_eq!(
                values.get(item).map(String::as_str),
                Some(want),
                "{reason}: {item}"
            );
        }
        assert_eq!(
            values.contains_key("Field47"),
            !mandatory,
            "{reason}: the interests-of-justice text points to the declaration"
        );
    }
}
