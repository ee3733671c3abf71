//! `changes.csv`: what became eligible since an earlier run (the DOJ
//! reviews its file monthly). Convictions are matched by subject, case
//! number, section and conviction date.

use std::collections::HashMap;
use std::path::Path;

use crate::run::RunError;

type Key = (String, String, String, String);

fn key(r: &csv::StringRecord, idx: &[usize; 4]) -> Key {
    let f = |i: usize| r.get(i).unwrap_or("").to_string();
    (f(idx[0]), f(idx[1]), f(idx[2]), f(idx[3]))
}

fn columns(h: &csv::StringRecord, names: &[&str]) -> Result<Vec<usize>, RunError> {
    names
        .iter()
        .map(|n| {
            h.iter()
                .position(|x| x == *n)
                .ok_or_else(|| RunError::Other(format!("convictions.csv has no column {n}")))
        })
        .collect()
}

/// Compare `previous` with `current` (both `convictions.csv`) into `out`.
pub fn write(previous: &Path, current: &Path, out: &Path) -> Result<(), RunError> {
    let other = |e: csv::Error| RunError::Other(e.to_string());
    let mut before: HashMap<Key, String> = HashMap::new();
    let mut prev = csv::Reader::from_path(previous)
        .map_err(|e| RunError::Other(format!("{}: {e}", previous.display())))?;
    let h = prev.headers().map_err(other)?.clone();
    let c = columns(
        &h,
        &[
            "subject_id",
            "case_number",
            "section",
            "conviction_date",
            "remedy",
            "outcome",
        ],
    )?;
    let k = [c[0], c[1], c[2], c[3]];
    for r in prev.records() {
        let r = r.map_err(other)?;
        let kk = key(&r, &k);
        let v = format!(
            "{}:{}",
            r.get(c[4]).unwrap_or(""),
            r.get(c[5]).unwrap_or("")
        );
        before.insert(kk, v);
    }
    let mut cur = csv::Reader::from_path(current).map_err(other)?;
    let h = cur.headers().map_err(other)?.clone();
    let c = columns(
        &h,
        &[
            "subject_id",
            "case_number",
            "section",
            "conviction_date",
            "remedy",
            "outcome",
            "county",
            "eligible_on",
            "action",
        ],
    )?;
    let k = [c[0], c[1], c[2], c[3]];
    let mut w = csv::Writer::from_path(out).map_err(other)?;
    w.write_record([
        "subject_id",
        "county",
        "case_number",
        "conviction_date",
        "section",
        "remedy",
        "before",
        "now",
        "eligible_on",
        "action",
    ])
    .map_err(other)?;
    for r in cur.records() {
        let r = r.map_err(other)?;
        let outcome = r.get(c[5]).unwrap_or("");
        if outcome != "eligible" {
            continue;
        }
        let was = before.get(&key(&r, &k)).map(String::as_str).unwrap_or("");
        let remedy = r.get(c[4]).unwrap_or("");
        if was == format!("{remedy}:eligible") {
            continue;
        }
        w.write_record([
            r.get(c[0]).unwrap_or(""),
            r.get(c[6]).unwrap_or(""),
            r.get(c[1]).unwrap_or(""),
            r.get(c[3]).unwrap_or(""),
            r.get(c[2]).unwrap_or(""),
            remedy,
            if was.is_empty() { "absent" } else { was },
            outcome,
            r.get(c[7]).unwrap_or(""),
            r.get(c[8]).unwrap_or(""),
        ])
        .map_err(other)?;
    }
    w.flush().map_err(|e| RunError::Other(e.to_string()))
}
