//! Every fragment in `shared/fixtures/rap-sheet-fragments` is fed at its
//! level and meets its manifest's expectation; where rap_sheet_parser's
//! recorded output (`.parsed.json`) and our model mean the same thing
//! (sections, dispositions, levels, sentence terms, dates, case numbers),
//! they agree. Known places where the recorded output is wrong are listed in
//! the fixtures' README and skipped here with the reason.

use std::path::{Path, PathBuf};

use law::date::{Term, TermUnit};
use law::model::{Count, DispositionKind, Level, PartKind, Sentence};
use serde_json::Value;

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/rap-sheet-fragments")
}

/// Fixtures whose recorded output the fixtures' README calls wrong, and why.
const RECORDED_OUTPUT_WRONG: &[(&str, &str)] = &[
    (
        "rsp_conviction_sentence_builder_L61_includes_date_given_to_builder.txt",
        "fed at the wrong level; the recorded section is garbage",
    ),
    (
        "rsp_sentence_grammar_parser_L19_parses_concurrent_jail_sentences_and_prison_ss_sentences.txt",
        "the recorded output loses the lengths of 1 YR PRISON SS and 1 YR JL CC",
    ),
];

/// Wrap a fragment so that it can be parsed as a whole sheet.
fn as_sheet(level: &str, text: &str, wrap: Option<&Value>) -> String {
    const HEAD: &str = "FRAGMENT\n* * * *\n";
    const END: &str = "\n* * * END OF MESSAGE * * *\n";
    match level {
        "sheet" => text.to_string(),
        "cycle" => {
            let w = wrap.expect("cycle fragments carry a wrap");
            let body = if w["trim_text"].as_bool() == Some(true) {
                text.trim()
            } else {
                text
            };
            format!(
                "{}{}{}",
                w["prefix"].as_str().unwrap_or(HEAD),
                body,
                w["suffix"].as_str().unwrap_or("\n")
            )
        }
        "event" => format!("{HEAD}{text}{END}"),
        "registration_event" => {
            if text.trim_start().starts_with("REGISTRATION") {
                format!("{HEAD}{text}{END}")
            } else {
                format!("{HEAD}REGISTRATION:         NAM:01\n{text}{END}")
            }
        }
        "count" => {
            if text.trim_start().starts_with(|c: char| c.is_ascii_digit()) && text.contains("CNT") {
                // Starts with its event's date line: read it as an event.
                format!("{HEAD}COURT:\n{text}{END}")
            } else {
                format!("{HEAD}COURT:\n19700101 CASC FRAGMENT\n\nCNT:01 #FRAGMENT\n{text}{END}")
            }
        }
        "disposition" | "update" => {
            let first = if level == "update" {
                "*DISPO:CONVICTED\n"
            } else {
                ""
            };
            format!(
                "{HEAD}COURT:\n19700101 CASC FRAGMENT\n\nCNT:01 #FRAGMENT\n  1 PC-FRAGMENT\n{first}{text}{END}"
            )
        }
        other => panic!("unknown level {other}"),
    }
}

fn term(v: &Value) -> Option<Term> {
    let obj = v.as_object()?;
    let (unit, n) = obj.iter().next()?;
    let n = u32::try_from(n.as_u64()?).ok()?;
    let unit = match unit.as_str() {
        "years" => TermUnit::Years,
        "months" => TermUnit::Months,
        "days" => TermUnit::Days,
        _ => return None,
    };
    (n > 0).then_some(Term::new(n, unit))
}

fn part_term(s: &Sentence, kind: PartKind) -> Option<Term> {
    s.parts.iter().find(|p| p.kind == kind).and_then(|p| p.term)
}

/// Compare a recorded sentence with ours where the recorded one has a length.
fn compare_sentence(theirs: &Value, ours: Option<&Sentence>, what: &str, out: &mut Vec<String>) {
    if theirs.is_null() {
        return;
    }
    for (key, kind) in [
        ("probation", PartKind::Probation),
        ("jail", PartKind::Jail),
        ("prison", PartKind::Prison),
    ] {
        if let Some(t) = term(&theirs[key]) {
            let mine = ours.and_then(|s| part_term(s, kind));
            if mine.map(|m| m.approx_days()) != Some(t.approx_days()) {
                out.push(format!("{what}: {key} {t:?} recorded, {mine:?} read"));
            }
        }
    }
}

fn level_letter(l: Option<Level>) -> Option<&'static str> {
    l.map(|l| match l {
        Level::Felony => "F",
        Level::Misdemeanor => "M",
        Level::Infraction => "I",
    })
}

/// Compare one recorded count with ours.
fn compare_count(
    theirs: &Value,
    ours: &Count,
    event_date: Option<String>,
    what: &str,
    out: &mut Vec<String>,
) {
    if let Some(cs) = theirs["code_section"].as_str() {
        let mine = ours
            .section
            .as_ref()
            .map(|s| s.to_string().to_ascii_uppercase().replace(' ', ""));
        let want = cs.to_ascii_uppercase().replace(' ', "");
        if mine.as_deref() != Some(want.as_str()) {
            out.push(format!("{what}: section {cs} recorded, {mine:?} read"));
        }
    }
    if theirs["flags"]
        .as_array()
        .is_some_and(|f| f.iter().any(|x| x == "-ATTEMPTED"))
        && !ours.attempted
    {
        out.push(format!("{what}: attempt recorded, not read"));
    }
    let dispositions = theirs["dispositions"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    if let Some(first) = dispositions.first() {
        let kind = ours.disposition.as_ref().map(|d| d.kind);
        let expected = match first["type"].as_str() {
            Some("convicted") => Some(DispositionKind::Convicted),
            Some("dismissed") => Some(DispositionKind::Dismissed),
            Some("prosecutor_rejected") => Some(DispositionKind::ProsecutionRejected),
            _ => None,
        };
        if expected.is_some() && kind != expected {
            out.push(format!(
                "{what}: disposition {:?} recorded, {kind:?} read",
                first["type"]
            ));
        }
        if let Some(sev) = first["severity"].as_str()
            && level_letter(ours.level) != Some(sev)
        {
            out.push(format!(
                "{what}: severity {sev} recorded, {:?} read",
                ours.level
            ));
        }
        if first["type"] == "convicted" {
            compare_sentence(&first["sentence"], ours.sentence.as_ref(), what, out);
        }
        let _ = event_date;
    }
    // Later recorded dispositions are updates; compare their kinds and dates.
    let ours_updates: Vec<_> = ours
        .updates
        .iter()
        .flat_map(|u| u.dispositions.iter().map(move |d| (u.date, d)))
        .collect();
    for (k, d) in dispositions.iter().skip(1).enumerate() {
        let Some((date, mine)) = ours_updates.get(k) else {
            out.push(format!("{what}: update {} recorded, not read", d["text"]));
            continue;
        };
        let expected = match d["type"].as_str() {
            Some("pc1203_dismissed") => Some(DispositionKind::ReliefGranted),
            Some("probation_revoked") => Some(DispositionKind::ProbationRevoked),
            Some("sentence_modified") => Some(DispositionKind::SentenceModified),
            Some("dismissed") => Some(DispositionKind::Dismissed),
            Some("convicted") => Some(DispositionKind::Convicted),
            _ => None,
        };
        if expected.is_some_and(|e| e != mine.kind) {
            out.push(format!(
                "{what}: update {:?} recorded, {:?} read",
                d["type"], mine.kind
            ));
        }
        if let Some(rd) = d["date"].as_str()
            && date.map(|x| x.to_string()).as_deref() != Some(rd)
        {
            out.push(format!("{what}: update date {rd} recorded, {date:?} read"));
        }
    }
}

/// Every recorded event of a sheet result, flattened.
fn recorded_events(result: &Value) -> Vec<Value> {
    result["cycles"]
        .as_array()
        .map(|cycles| {
            cycles
                .iter()
                .flat_map(|c| c["events"].as_array().cloned().unwrap_or_default())
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn fragments() {
    let manifest: Vec<Value> = serde_json::from_str(
        &std::fs::read_to_string(dir().join("manifest.json")).expect("manifest"),
    )
    .expect("manifest json");
    assert_eq!(manifest.len(), 153);
    let mut problems: Vec<String> = Vec::new();
    let mut compared = 0;
    for entry in &manifest {
        let file = entry["file"].as_str().expect("file");
        let level = entry["level"].as_str().expect("level");
        let expect = entry["expect"].as_str().expect("expect");
        let text = std::fs::read_to_string(dir().join(file)).expect("fragment");
        let recorded: Value = serde_json::from_str(
            &std::fs::read_to_string(dir().join(entry["parsed"].as_str().expect("parsed")))
                .expect("parsed"),
        )
        .expect("parsed json");
        let skip = RECORDED_OUTPUT_WRONG.iter().any(|(f, _)| *f == file);

        if level == "sentence" {
            let s = Sentence::parse(text.trim_end_matches('\n'));
            if !skip {
                compare_sentence(&recorded["result"], Some(&s), file, &mut problems);
                compared += 1;
            }
            continue;
        }
        let sheet = as_sheet(level, &text, entry.get("wrap"));
        let parsed = rapsheet::parse(&sheet);
        match expect {
            "reject" => {
                match parsed {
                    Err(e) => assert!(e.line >= 1 && !e.message.is_empty()),
                    Ok(_) => problems.push(format!("{file}: must be rejected")),
                }
                continue;
            }
            "report_error" => {
                match &parsed {
                    Ok(p)
                        if p.history
                            .warnings
                            .iter()
                            .any(|w| w.text.contains("without a date") && w.line.is_some()) => {}
                    Ok(_) => problems.push(format!("{file}: the dateless event is not reported")),
                    Err(e) => assert!(e.line > 1, "{file}: {e}"),
                }
                continue;
            }
            _ => {}
        }
        let parsed = match parsed {
            Ok(p) => p,
            Err(e) => {
                problems.push(format!("{file}: rejected: {e}"));
                continue;
            }
        };
        let h = &parsed.history;
        if expect == "warn_unknown_events"
            && !h.warnings.iter().any(|w| w.text.contains("unknown kind"))
        {
            problems.push(format!("{file}: placeholder events not reported"));
        }
        if expect == "stop_before_update" {
            let c = &h.events[0].counts[0];
            if c.disposition.is_none() || c.updates.len() != 1 {
                problems.push(format!("{file}: the disposition swallowed the update"));
            }
            continue;
        }
        if skip {
            continue;
        }
        let result = &recorded["result"];
        if result.is_null() {
            continue;
        }
        compared += 1;
        // Gather recorded counts with their event, and ours.
        let (their_events, wrapped_count) = match level {
            "sheet" | "cycle" => (recorded_events(result), false),
            "event" | "registration_event" if result.get("counts").is_some() => {
                (vec![result.clone()], false)
            }
            "count" | "disposition" | "update" => (vec![], true),
            _ => (recorded_events(result), false),
        };
        let ours: Vec<&law::model::Event> = h.events.iter().collect();
        if wrapped_count {
            let Some(c) = ours.first().and_then(|e| e.counts.first()) else {
                problems.push(format!("{file}: no count read"));
                continue;
            };
            match level {
                "count" => compare_count(result, c, None, file, &mut problems),
                "disposition" => {
                    let d = c.disposition.as_ref();
                    let expected = match result["type"].as_str() {
                        Some("convicted") => Some(DispositionKind::Convicted),
                        Some("dismissed") => Some(DispositionKind::Dismissed),
                        Some("prosecutor_rejected") => Some(DispositionKind::ProsecutionRejected),
                        _ => None,
                    };
                    if expected.is_some() && d.map(|d| d.kind) != expected {
                        problems.push(format!(
                            "{file}: disposition {:?} recorded, {:?} read",
                            result["type"],
                            d.map(|d| d.kind)
                        ));
                    }
                    if let Some(sev) = result["severity"].as_str()
                        && level_letter(c.level) != Some(sev)
                    {
                        problems.push(format!(
                            "{file}: severity {sev} recorded, {:?} read",
                            c.level
                        ));
                    }
                    compare_sentence(
                        &result["sentence"],
                        c.sentence.as_ref(),
                        file,
                        &mut problems,
                    );
                }
                _ => {
                    if c.updates.is_empty() {
                        problems.push(format!("{file}: update not read"));
                    }
                }
            }
            continue;
        }
        if ours.len() < their_events.len() {
            problems.push(format!(
                "{file}: {} events recorded, {} read",
                their_events.len(),
                ours.len()
            ));
        }
        for (k, (te, oe)) in their_events.iter().zip(&ours).enumerate() {
            let what = format!("{file} event {k}");
            if let Some(d) = te["date"].as_str()
                && oe.date.map(|x| x.to_string()).as_deref() != Some(d)
            {
                problems.push(format!("{what}: date {d} recorded, {:?} read", oe.date));
            }
            if let Some(cn) = te["case_number"].as_str()
                && oe.case_number.as_deref() != Some(cn)
            {
                problems.push(format!(
                    "{what}: case {cn} recorded, {:?} read",
                    oe.case_number
                ));
            }
            let their_counts = te["counts"].as_array().cloned().unwrap_or_default();
            if oe.counts.len() < their_counts.len() {
                problems.push(format!(
                    "{what}: {} counts recorded, {} read",
                    their_counts.len(),
                    oe.counts.len()
                ));
            }
            for (j, (tc, oc)) in their_counts.iter().zip(&oe.counts).enumerate() {
                compare_count(
                    tc,
                    oc,
                    te["date"].as_str().map(str::to_string),
                    &format!("{what} count {j}"),
                    &mut problems,
                );
            }
        }
    }
    for p in &problems {
        eprintln!("MISMATCH {p}");
    }
    eprintln!(
        "{compared} fragments compared, {} mismatches",
        problems.len()
    );
    assert!(
        problems.is_empty(),
        "{} fragment mismatches",
        problems.len()
    );
}
