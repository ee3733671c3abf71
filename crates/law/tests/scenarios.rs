//! Runs every scenario file in `tests/scenarios/`.
//!
//! A scenario file holds cases a lawyer can read: a short record, a day, and
//! the determinations expected. Events are numbered `e1`, `e2`, ... in the
//! order written and counts `e1.c1`, `e1.c2`, ...; expectations refer to
//! counts by those ids. Dispositions and sentences are written as the record
//! prints them and read by the same code the record readers use.
//!
//! ```toml
//! [[case]]
//! title = "Misdemeanor, probation completed"
//! as_of = "2026-11-23"
//! [[case.event]]
//! kind = "court"
//! date = "2014-06-30"
//! [[case.event.count]]
//! section = "PC 417(a)(1)"
//! disposition = "CONVICTED"
//! level = "misdemeanor"
//! sentence = "24 MONTHS PROBATION"
//! [[case.expect]]
//! count = "e1.c1"
//! remedy = "pc-1203.4"
//! outcome = "eligible"
//! mandatory = true
//! ```
//!
//! `[[case.reject]]` asserts a remedy is not eligible (now or later) for a
//! count; `[[case.absent]]` that it is not offered at all.

use std::collections::BTreeMap;
use std::path::Path;

use law::date::{RecordDate, parse_iso};
use law::facts::Facts;
use law::model::{
    Count, CustodyKind, Disposition, Event, EventKind, History, Level, Person, Sentence, Update,
};
use law::remedy::{Outcome, RemedyId};
use law::section::{Section, split_attempt};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(rename = "case")]
    cases: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    title: String,
    as_of: String,
    #[serde(default)]
    dob: Option<String>,
    #[serde(default)]
    facts: Option<toml::Value>,
    #[serde(default, rename = "event")]
    events: Vec<EventSpec>,
    #[serde(default)]
    expect: Vec<Expect>,
    #[serde(default)]
    reject: Vec<Target>,
    #[serde(default)]
    absent: Vec<Target>,
    /// The remedies of the plan's steps, in order (repeats collapsed).
    #[serde(default)]
    plan: Option<Vec<String>>,
    /// What may still be reported about a case.
    #[serde(default)]
    echo: Vec<EchoSpec>,
}

/// Expected data echo of one case, by the event it is reported under.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EchoSpec {
    event: String,
    /// `no`, `pending`, `until` or `yes`.
    now: String,
    #[serde(default)]
    until: Option<String>,
    #[serde(default)]
    status: Option<String>,
    #[serde(default)]
    employer_may_use: Option<bool>,
    /// What it becomes after relief: `no`, `until`, ... or `none` for no change.
    #[serde(default)]
    after: Option<String>,
    #[serde(default)]
    after_relief: Option<String>,
    #[serde(default)]
    reason: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EventSpec {
    kind: String,
    date: String,
    #[serde(default)]
    cycle: Option<u32>,
    #[serde(default)]
    agency: Option<String>,
    #[serde(default)]
    county: Option<String>,
    #[serde(default)]
    case: Option<String>,
    #[serde(default, rename = "count")]
    counts: Vec<CountSpec>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CountSpec {
    section: String,
    #[serde(default)]
    disposition: Option<String>,
    #[serde(default)]
    level: Option<String>,
    #[serde(default)]
    charge_level: Option<String>,
    #[serde(default)]
    sentence: Option<String>,
    #[serde(default)]
    comments: Vec<String>,
    #[serde(default)]
    updates: Vec<UpdateSpec>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UpdateSpec {
    date: String,
    dispo: String,
    #[serde(default)]
    sentence: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    count: String,
    remedy: String,
    outcome: String,
    #[serde(default)]
    as_of: Option<String>,
    #[serde(default)]
    eligible_on: Option<String>,
    #[serde(default)]
    mandatory: Option<bool>,
    #[serde(default)]
    automatic: Option<bool>,
    #[serde(default)]
    reason: Option<String>,
    #[serde(default)]
    missing: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Target {
    count: String,
    remedy: String,
    #[serde(default)]
    as_of: Option<String>,
}

fn level(s: &str) -> Level {
    match s {
        "felony" => Level::Felony,
        "misdemeanor" => Level::Misdemeanor,
        "infraction" => Level::Infraction,
        other => panic!("unknown level {other}"),
    }
}

/// Build the history a case describes.
fn history(case: &Case) -> History {
    let mut events = Vec::new();
    let mut cycle = 0;
    for (i, e) in case.events.iter().enumerate() {
        // A cycle starts with an arrest, as on a RAP sheet.
        if e.kind == "arrest" || i == 0 {
            cycle += 1;
        }
        let id = format!("e{}", i + 1);
        let (kind, custody) = match e.kind.as_str() {
            "arrest" => (EventKind::Arrest, None),
            "court" => (EventKind::Court, None),
            "jail" => (EventKind::Custody, Some(CustodyKind::Jail)),
            "prison" => (EventKind::Custody, Some(CustodyKind::Prison)),
            "probation" => (EventKind::Probation, None),
            "registration" => (EventKind::Registration, None),
            "deceased" => (EventKind::Deceased, None),
            other => panic!("unknown event kind {other}"),
        };
        let date: RecordDate = e.date.parse().expect("event date");
        let counts = e
            .counts
            .iter()
            .enumerate()
            .map(|(j, c)| {
                let (code, number) = c.section.split_once(' ').expect("CODE NUMBER");
                let (number, attempted) = split_attempt(number);
                Count {
                    id: format!("{id}.c{}", j + 1),
                    number: Some(j as u32 + 1),
                    range: None,
                    section: Some(Section::parse(&format!("{code} {number}")).expect("section")),
                    attempted,
                    charge: None,
                    description: None,
                    charge_level: c.charge_level.as_deref().map(level),
                    disposition: c.disposition.as_deref().map(Disposition::classify),
                    level: c.level.as_deref().map(level),
                    sentence: c.sentence.as_deref().map(Sentence::parse),
                    updates: c
                        .updates
                        .iter()
                        .map(|u| Update {
                            date: Some(u.date.parse().expect("update date")),
                            dispositions: vec![Disposition::classify(&u.dispo)],
                            sentence: u.sentence.as_deref().map(Sentence::parse),
                            comments: vec![],
                            line: None,
                            column: None,
                        })
                        .collect(),
                    flags: vec![],
                    tags: vec![],
                    comments: c.comments.clone(),
                    line: None,
                    column: None,
                }
            })
            .collect();
        events.push(Event {
            id,
            cycle: e.cycle.unwrap_or(cycle),
            kind,
            detail: None,
            custody,
            date: Some(date),
            agency: e.agency.clone(),
            county: e.county.clone(),
            case_number: e.case.clone(),
            counts,
            strike_banner: false,
            text: None,
            line: None,
            column: None,
        });
    }
    History {
        person: Person {
            names: vec!["SCENARIO,PERSON".into()],
            dob: case.dob.as_deref().map(|d| d.parse().expect("dob")),
            ..Person::default()
        },
        events,
        ..History::default()
    }
}

fn facts(case: &Case) -> Facts {
    match &case.facts {
        None => Facts::default(),
        Some(v) => v.clone().try_into().expect("facts"),
    }
}

fn check_file(path: &Path) -> (usize, Vec<String>) {
    let text = std::fs::read_to_string(path).expect("read scenario");
    let file: File = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("?")
        .to_string();
    let mut failures = Vec::new();
    let mut checked = 0;
    for case in &file.cases {
        let history = history(case);
        let facts = facts(case);
        let mut reports: BTreeMap<String, Vec<(String, law::Determination)>> = BTreeMap::new();
        let mut report_for = |as_of: &str| -> Vec<(String, law::Determination)> {
            reports
                .entry(as_of.to_string())
                .or_insert_with(|| {
                    let day = parse_iso(as_of).expect("as_of");
                    let report = law::evaluate(&history, day, &facts);
                    report
                        .counts
                        .iter()
                        .flat_map(|r| {
                            let id = history.events[r.event].counts[r.count].id.clone();
                            r.relief.iter().map(move |d| (id.clone(), d.clone()))
                        })
                        .collect()
                })
                .clone()
        };
        let here = |what: &str| format!("{name}: \"{}\": {what}", case.title);
        if let Some(expected) = &case.plan {
            checked += 1;
            let day = parse_iso(&case.as_of).expect("as_of");
            let report = law::evaluate(&history, day, &facts);
            let mut got: Vec<String> = Vec::new();
            for step in &report.plan.steps {
                let id = step.remedy.to_string();
                if got.last() != Some(&id) {
                    got.push(id);
                }
            }
            if &got != expected {
                failures.push(here(&format!("plan {got:?} (expected {expected:?})")));
            }
        }
        for x in &case.echo {
            checked += 1;
            let day = parse_iso(&case.as_of).expect("as_of");
            let report = law::evaluate(&history, day, &facts);
            let Some(got) = report
                .echo
                .iter()
                .find(|c| history.events[c.event].id == x.event)
            else {
                failures.push(here(&format!("{}: no data echo", x.event)));
                continue;
            };
            let mut problems = Vec::new();
            if got.now.may.as_str() != x.now {
                problems.push(format!("now {} (expected {})", got.now.may.as_str(), x.now));
            }
            if let Some(u) = &x.until {
                let until = match got.now.may {
                    law::echo::May::Until(d) => Some(d.to_string()),
                    _ => None,
                };
                if until.as_deref() != Some(u.as_str()) {
                    problems.push(format!("until {until:?} (expected {u})"));
                }
            }
            if let Some(st) = &x.status
                && got.now.status.map(|r| r.as_str()) != Some(st.as_str())
            {
                problems.push(format!("status {:?} (expected {st})", got.now.status));
            }
            if let Some(m) = x.employer_may_use
                && got.now.employer_may_use != m
            {
                problems.push(format!("employer_may_use {}", got.now.employer_may_use));
            }
            if let Some(after) = &x.after {
                let a = got.after.map(|(_, e)| e.may.as_str()).unwrap_or("none");
                if a != after {
                    problems.push(format!("after {a} (expected {after})"));
                }
            }
            if let Some(r) = &x.after_relief {
                let a = got.after.map(|(r, _)| r.as_str());
                if a != Some(r.as_str()) {
                    problems.push(format!("after_relief {a:?} (expected {r})"));
                }
            }
            if let Some(r) = &x.reason
                && !got.reasons.iter().any(|y| y.msg.id == r)
            {
                let ids: Vec<_> = got.reasons.iter().map(|y| y.msg.id).collect();
                problems.push(format!("no reason {r} (has {ids:?})"));
            }
            if !problems.is_empty() {
                failures.push(here(&format!("echo {}: {}", x.event, problems.join("; "))));
            }
        }
        for e in &case.expect {
            checked += 1;
            let remedy: RemedyId = e.remedy.parse().expect("remedy id");
            let as_of = e.as_of.as_deref().unwrap_or(&case.as_of);
            let all = report_for(as_of);
            let Some((_, d)) = all
                .iter()
                .find(|(id, d)| *id == e.count && d.remedy == remedy)
            else {
                failures.push(here(&format!(
                    "{} {} on {as_of}: no determination",
                    e.count, e.remedy
                )));
                continue;
            };
            let mut problems = Vec::new();
            if d.outcome.as_str() != e.outcome {
                problems.push(format!(
                    "outcome {} (expected {})",
                    d.outcome.as_str(),
                    e.outcome
                ));
            }
            if let Some(on) = &e.eligible_on {
                let got = d.eligible_on.map(|x| x.to_string());
                if got.as_deref() != Some(on.as_str()) {
                    problems.push(format!("eligible_on {got:?} (expected {on})"));
                }
            }
            if let Some(m) = e.mandatory
                && d.mandatory != Some(m)
            {
                problems.push(format!("mandatory {:?} (expected {m})", d.mandatory));
            }
            if let Some(a) = e.automatic
                && d.automatic != a
            {
                problems.push(format!("automatic {} (expected {a})", d.automatic));
            }
            if let Some(r) = &e.reason
                && !d.reasons.iter().any(|x| x.msg.id == r)
            {
                let ids: Vec<_> = d.reasons.iter().map(|x| x.msg.id).collect();
                problems.push(format!("no reason {r} (has {ids:?})"));
            }
            if let Some(m) = &e.missing
                && !d.missing_facts.contains(&m.as_str())
            {
                problems.push(format!("missing_facts {:?} lacks {m}", d.missing_facts));
            }
            if !problems.is_empty() {
                let ids: Vec<_> = d.reasons.iter().map(|x| x.msg.id).collect();
                problems.push(format!("reasons {ids:?}, missing {:?}", d.missing_facts));
                failures.push(here(&format!(
                    "{} {} on {as_of}: {}",
                    e.count,
                    e.remedy,
                    problems.join("; ")
                )));
            }
        }
        for t in &case.reject {
            checked += 1;
            let remedy: RemedyId = t.remedy.parse().expect("remedy id");
            let as_of = t.as_of.as_deref().unwrap_or(&case.as_of);
            let all = report_for(as_of);
            if let Some((_, d)) = all
                .iter()
                .find(|(id, d)| *id == t.count && d.remedy == remedy)
                && matches!(d.outcome, Outcome::Eligible | Outcome::EligibleLater)
            {
                failures.push(here(&format!(
                    "{} {}: {} but should not be",
                    t.count,
                    t.remedy,
                    d.outcome.as_str()
                )));
            }
        }
        for t in &case.absent {
            checked += 1;
            let remedy: RemedyId = t.remedy.parse().expect("remedy id");
            let as_of = t.as_of.as_deref().unwrap_or(&case.as_of);
            let all = report_for(as_of);
            if let Some((_, d)) = all
                .iter()
                .find(|(id, d)| *id == t.count && d.remedy == remedy)
            {
                failures.push(here(&format!(
                    "{} {}: offered ({}) but should be absent",
                    t.count,
                    t.remedy,
                    d.outcome.as_str()
                )));
            }
        }
    }
    (checked, failures)
}

#[test]
fn scenarios() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("scenario folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no scenario files");
    let mut total = 0;
    let mut failures = Vec::new();
    for f in &files {
        let (n, mut fails) = check_file(f);
        total += n;
        failures.append(&mut fails);
    }
    for f in &failures {
        eprintln!("FAIL {f}");
    }
    eprintln!(
        "{} assertions in {} files, {} failed",
        total,
        files.len(),
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} scenario assertions failed",
        failures.len()
    );
}
