//! Bulk motions for prosecutors: from a `clearslate bulk` run, one motion
//! per court (county) with its exhibit list of cases, as PDF and CSV.
//! Courts have accepted one motion signed by the presiding judge in place
//! of one petition per case (the way counties cleared cannabis convictions
//! under HS 11361.9).

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use serde_json::json;

use crate::Error;
use crate::court::{self, Caption, heading, para, signature, us_date};
use crate::package::{Document, Manifest};
use crate::paper::{self, Forms, Paper};

/// One row of `convictions.csv` (the columns a motion needs).
#[derive(Clone, Debug, Deserialize)]
pub struct Row {
    /// DOJ subject id.
    pub subject_id: String,
    /// County of the conviction.
    pub county: String,
    /// Court case number.
    pub case_number: String,
    /// Date of conviction.
    pub conviction_date: String,
    /// Code section.
    pub section: String,
    /// Felony, misdemeanor, infraction.
    pub level: String,
    /// Remedy id.
    pub remedy: String,
    /// Outcome.
    pub outcome: String,
    /// `dismiss`, `reduce`, `seal`, `none`.
    pub action: String,
    /// The policy rule that decided it.
    #[serde(default)]
    pub policy_rule: String,
}

/// Remedies the state grants without any motion.
const AUTOMATIC: &[&str] = &["pc-1203.425", "pc-851.93"];

/// The rows a motion asks for: relief open now, an action to take, and not
/// granted by the state on its own.
pub fn wanted(row: &Row) -> bool {
    row.outcome == "eligible" && row.action != "none" && !AUTOMATIC.contains(&row.remedy.as_str())
}

/// Read a run's `convictions.csv` and group the wanted rows by county.
pub fn read(run: &Path) -> Result<BTreeMap<String, Vec<Row>>, Error> {
    let path = run.join("convictions.csv");
    let mut reader = csv::Reader::from_path(&path).map_err(|e| Error::Input {
        file: path.clone(),
        message: e.to_string(),
    })?;
    let mut by_county: BTreeMap<String, Vec<Row>> = BTreeMap::new();
    for (i, record) in reader.deserialize::<Row>().enumerate() {
        let row = record.map_err(|e| Error::Input {
            file: path.clone(),
            message: format!("line {}: {e}", i + 2),
        })?;
        if wanted(&row) {
            by_county.entry(row.county.clone()).or_default().push(row);
        }
    }
    for rows in by_county.values_mut() {
        rows.sort_by(|a, b| {
            (&a.case_number, &a.conviction_date, &a.section).cmp(&(
                &b.case_number,
                &b.conviction_date,
                &b.section,
            ))
        });
    }
    Ok(by_county)
}

const EXHIBIT_COLUMNS: [&str; 9] = [
    "No.",
    "Case number",
    "Convicted",
    "Section",
    "Level",
    "Relief",
    "Action",
    "Policy rule",
    "DOJ subject",
];

fn exhibit_row(i: usize, r: &Row) -> Vec<String> {
    vec![
        (i + 1).to_string(),
        r.case_number.clone(),
        us_date(&r.conviction_date),
        r.section.clone(),
        r.level.clone(),
        r.remedy.clone(),
        r.action.clone(),
        r.policy_rule.clone(),
        r.subject_id.clone(),
    ]
}

fn slug(county: &str) -> String {
    court::file_slug(county).to_ascii_uppercase()
}

/// The motion for one county.
pub fn motion(county: &str, rows: &[Row], as_of: &str) -> Paper {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for r in rows {
        *counts.entry(r.action.as_str()).or_default() += 1;
    }
    let summary = counts
        .iter()
        .map(|(a, n)| format!("{n} to {a}"))
        .collect::<Vec<_>>()
        .join(", ");
    let blocks = vec![
        para(
            "1.",
            format!(
                "The People move the court to grant the record relief listed in Exhibit A for each of the {} convictions it lists ({summary}), under the statute named on each line (Health & Saf. Code, §§ 11361.8, 11361.9; Pen. Code, §§ 17(b), 1170.18, 1203.4, 1203.4a, 1203.41, 1203.42, as listed).",
                rows.len()
            ),
        ),
        para(
            "2.",
            "The People reviewed the state summary criminal history information of each person listed and found each conviction eligible for the relief shown as of the date below. Where the relief is a dismissal, the People ask that the plea, verdict or finding of guilt be set aside and the case dismissed; where it is a reduction, that the offense be designated as shown; where it is sealing, that the records be sealed.",
        ),
        para(
            "3.",
            "Each person listed may decline relief or ask to be heard. Relief granted does not restore firearm rights where the law bars them.",
        ),
        signature("PROSECUTING ATTORNEY", ""),
        heading("[PROPOSED] ORDER"),
        para(
            "",
            "Good cause appearing, IT IS ORDERED that the relief listed in Exhibit A is GRANTED for each conviction listed, and that the clerk report each disposition to the Department of Justice.",
        ),
        signature("PRESIDING JUDGE OF THE SUPERIOR COURT", ""),
        json!({"kind": "pagebreak"}),
        heading(format!(
            "EXHIBIT A — {} convictions, {county} County, reviewed as of {}",
            rows.len(),
            us_date(as_of)
        )),
        json!({
            "kind": "table",
            "columns": EXHIBIT_COLUMNS,
            "widths": ["0.5fr", "1.2fr", "1fr", "1.2fr", "1fr", "1.1fr", "0.8fr", "1.3fr", "1fr"],
            "size": 7.5,
            "rows": rows.iter().enumerate().map(|(i, r)| exhibit_row(i, r)).collect::<Vec<_>>(),
        }),
    ];
    let data = court::pleading_for(
        vec![format!(
            "DISTRICT ATTORNEY, COUNTY OF {}",
            county.to_uppercase()
        )],
        "THE PERSONS LISTED IN EXHIBIT A",
        &Caption {
            title: "MOTION AND [PROPOSED] ORDER FOR RECORD RELIEF",
            subtitle: "One motion for the convictions listed in Exhibit A",
            equivalent: None,
            county: Some(county),
            case_number: Some("(Various — see Exhibit A)"),
            dob: None,
        },
        blocks,
    );
    Paper {
        file: format!("motion-{}.pdf", slug(county)),
        form: "bulk-motion".into(),
        case_number: None,
        official: Vec::new(),
        template: "pleading",
        data,
        tagged: false,
    }
}

/// Make every county's motion (PDF) and exhibit (CSV) from a bulk run.
pub fn motions(run: &Path, out: &Path) -> Result<Manifest, Error> {
    let as_of = std::fs::read_to_string(run.join("summary.json"))
        .ok()
        .and_then(|s| serde_json::from_str::<serde_json::Value>(&s).ok())
        .and_then(|v| v["as_of"].as_str().map(str::to_string))
        .unwrap_or_default();
    let groups = read(run)?;
    std::fs::create_dir_all(out).map_err(|e| Error::io(out, e))?;
    let work = out.join(format!(".work-{}", std::process::id()));
    std::fs::create_dir_all(&work).map_err(|e| Error::io(&work, e))?;
    let forms = Forms::new(None)?;
    let mut manifest = Manifest::default();
    let mut parts = Vec::new();
    let result = (|| {
        for (county, rows) in &groups {
            let paper = motion(county, rows, &as_of);
            let rendered = forms.render(&paper, &work.join("motion"))?;
            let pdf = out.join(&paper.file);
            std::fs::write(work.join("m.pdf"), &rendered.pdf.bytes)
                .map_err(|e| Error::io(work.join("m.pdf"), e))?;
            std::fs::rename(work.join("m.pdf"), &pdf).map_err(|e| Error::io(&pdf, e))?;
            parts.push(pdf);
            let csv_name = format!("exhibit-{}.csv", slug(county));
            let tmp = work.join("e.csv");
            let mut w = csv::Writer::from_path(&tmp).map_err(|e| Error::Input {
                file: tmp.clone(),
                message: e.to_string(),
            })?;
            let io = |e: csv::Error| Error::Input {
                file: csv_name.clone().into(),
                message: e.to_string(),
            };
            w.write_record(EXHIBIT_COLUMNS).map_err(io)?;
            for (i, r) in rows.iter().enumerate() {
                w.write_record(exhibit_row(i, r)).map_err(io)?;
            }
            w.flush().map_err(|e| Error::io(&tmp, e))?;
            drop(w);
            std::fs::rename(&tmp, out.join(&csv_name))
                .map_err(|e| Error::io(out.join(&csv_name), e))?;
            manifest.documents.push(Document {
                file: paper.file.clone(),
                form: "bulk-motion".into(),
                case_number: None,
                pages: rendered.pdf.pages,
                revision: None,
                generated: true,
            });
        }
        if !parts.is_empty() {
            let joined = work.join("package.pdf");
            paper::join(&parts, &joined, false)?;
            std::fs::rename(&joined, out.join("package.pdf"))
                .map_err(|e| Error::io(out.join("package.pdf"), e))?;
        }
        let json =
            serde_json::to_vec_pretty(&manifest).map_err(|e| Error::Typeset(e.to_string()))?;
        std::fs::write(work.join("manifest.json"), json)
            .map_err(|e| Error::io(work.join("manifest.json"), e))?;
        std::fs::rename(work.join("manifest.json"), out.join("manifest.json"))
            .map_err(|e| Error::io(out.join("manifest.json"), e))
    })();
    let _ = std::fs::remove_dir_all(&work);
    result.map(|()| manifest)
}
