//! Writing a [`History`] back out as RAP sheet text, in the layout the DOJ
//! prints (`shared/formats/rap-sheet.md` §2–§7). Used by the synthetic sheet
//! generator and the round-trip tests: generate, render, parse, compare.

use std::fmt::Write;

use law::model::{Count, CustodyKind, Event, EventKind, History, Level};

/// Noise to mix into the text, as real sheets have it.
#[derive(Clone, Copy, Debug, Default)]
pub struct Noise {
    /// Put `Page n of m` lines inside counts.
    pub page_markers: bool,
    /// Use CRLF line endings.
    pub crlf: bool,
    /// Leave out the `- - - -` between events (keywords still separate them).
    pub drop_event_delimiters: bool,
}

/// The record's way of writing a section: `PC 496(a)` → `496(A) PC`.
pub fn section_text(c: &Count) -> Option<String> {
    let s = c.section.as_ref()?;
    let code = s.code();
    let rest = s.as_str()[code.len()..].trim().to_ascii_uppercase();
    let rest = if c.attempted {
        format!("664/{rest}")
    } else {
        rest
    };
    Some(format!("{rest} {code}"))
}

fn level_word(l: Level) -> &'static str {
    match l {
        Level::Felony => "FELONY",
        Level::Misdemeanor => "MISDEMEANOR",
        Level::Infraction => "INFRACTION",
    }
}

fn toc(l: Level) -> &'static str {
    match l {
        Level::Felony => "F",
        Level::Misdemeanor => "M",
        Level::Infraction => "I",
    }
}

fn compact(d: law::date::RecordDate) -> String {
    d.to_string().replace('-', "")
}

/// Render the whole sheet.
pub fn sheet(h: &History, noise: Noise) -> String {
    let mut out = String::new();
    let cii = h.person.cii.clone().unwrap_or_else(|| "A00000000".into());
    let last = h
        .person
        .names
        .first()
        .and_then(|n| n.split(',').next())
        .unwrap_or("UNKNOWN")
        .to_string();
    let printed = h
        .printed_on
        .map(compact)
        .unwrap_or_else(|| "20261123".into());
    let _ = writeln!(
        out,
        "RE: QHY.CA0190043.{}.{last:<14}DATE:{printed} TIME:09:00:00",
        &cii[1.min(cii.len())..]
    );
    let _ = writeln!(
        out,
        "RESTRICTED-DO NOT USE FOR EMPLOYMENT,LICENSING OR CERTIFICATION PURPOSES"
    );
    let _ = writeln!(out, "ATTN:SELF-HELP CENTER\n");
    let _ = writeln!(out, "**LIVE SCAN");
    let _ = writeln!(out, "CII/{cii}");
    let dob = h.person.dob.map(compact).unwrap_or_default();
    let _ = writeln!(
        out,
        "DOB/{dob} SEX/{} RAC/{}",
        h.person.sex.as_deref().unwrap_or("X"),
        h.person.race.as_deref().unwrap_or("UNKNOWN")
    );
    let _ = writeln!(out, "HGT/507 WGT/160 EYE/BRO HAIR/BLK POB/CA");
    for (i, name) in h.person.names.iter().enumerate() {
        if i == 0 {
            let _ = writeln!(out, "NAM/01 {name}");
        } else {
            let _ = writeln!(out, "    {:02} {name}", i + 1);
        }
    }
    out.push('\n');
    let mut cycle = 0;
    let mut first_in_cycle = true;
    for e in &h.events {
        if e.cycle != cycle {
            cycle = e.cycle;
            out.push_str("* * * *\n");
            first_in_cycle = true;
        }
        let keyword_separates = noise.drop_event_delimiters && e.kind != EventKind::Registration;
        if !first_in_cycle && !keyword_separates {
            out.push_str("- - - -\n");
        }
        event(&mut out, e, first_in_cycle, noise);
        if e.strike_banner {
            out.push_str("* * * * * * * * * * *\n**   POTENTIAL FELONY STRIKE ENTRY    **\n* * * * * * * * * * *\n");
        }
        first_in_cycle = false;
    }
    out.push_str("* * * END OF MESSAGE * * *\n");
    if noise.crlf {
        out = out.replace('\n', "\r\n");
    }
    out
}

fn keyword(e: &Event, first_in_cycle: bool) -> Option<String> {
    Some(match e.kind {
        EventKind::Arrest if e.detail.as_deref() == Some("supplemental_arrest") => {
            "SUPPLEMENTAL ARR:".into()
        }
        EventKind::Arrest => "ARR/DET/CITE:".into(),
        EventKind::Court => "COURT:".into(),
        EventKind::Custody => match e.custody {
            Some(CustodyKind::Prison) => "CUSTODY:CDC".into(),
            Some(CustodyKind::Youth) => "CUSTODY:CYA".into(),
            Some(CustodyKind::FederalOrOutOfState) => "CUSTODY:FED & OOS".into(),
            _ => "CUSTODY:JAIL".into(),
        },
        EventKind::Probation => "PROBATION:".into(),
        EventKind::Registration if first_in_cycle => "REGISTRATION:".into(),
        EventKind::Registration => return None,
        EventKind::Applicant => "APPLICANT:".into(),
        EventKind::Deceased => "DECEASED:".into(),
        EventKind::MentalHealth => "MENTAL HLTH CUS/SUPV".into(),
        EventKind::Other => e.text.clone().unwrap_or_else(|| "OTHER EVENT".into()),
    })
}

fn event(out: &mut String, e: &Event, first_in_cycle: bool, noise: Noise) {
    if let Some(k) = keyword(e, first_in_cycle) {
        let _ = writeln!(out, "{k:<22}NAM:01");
    }
    let date = e.date.map(compact).unwrap_or_default();
    let agency = e.agency.as_deref().unwrap_or("");
    let event_toc = e
        .counts
        .first()
        .and_then(|c| c.charge_level)
        .filter(|_| e.kind == EventKind::Arrest);
    match event_toc {
        Some(l) => {
            let _ = writeln!(out, "{date}  {agency:<32}TOC:{}", toc(l));
        }
        None => {
            let _ = writeln!(out, "{date}  {agency}");
        }
    }
    out.push('\n');
    let mut k = 0;
    while k < e.counts.len() {
        let c = &e.counts[k];
        // A range stands for several identical counts: print it once.
        let span = match &c.range {
            Some(r) => e.counts[k..]
                .iter()
                .take_while(|x| x.range.as_deref() == Some(r.as_str()))
                .count(),
            None => 1,
        };
        let number = match (&c.range, c.number) {
            (Some(r), _) => r.clone(),
            (None, Some(n)) => format!("{n:02}"),
            (None, None) => "01".into(),
        };
        let case = if k == 0 {
            e.case_number
                .as_deref()
                .map(|n| format!("     #{n}"))
                .unwrap_or_default()
        } else {
            String::new()
        };
        let _ = writeln!(out, "CNT:{number}{case}");
        if noise.page_markers && k % 2 == 1 {
            let _ = writeln!(out, "          Page {} of 9", k + 2);
        }
        count(out, c);
        k += span;
    }
}

fn count(out: &mut String, c: &Count) {
    for f in &c.flags {
        let _ = writeln!(out, "   -{f}");
    }
    match (section_text(c), &c.description) {
        (Some(s), Some(d)) => {
            let _ = writeln!(out, "  {s}-{d}");
        }
        (Some(s), None) => {
            let _ = writeln!(out, "  {s}-");
        }
        (None, Some(d)) => {
            let _ = writeln!(out, "  {d}");
        }
        (None, None) => {}
    }
    if let Some(d) = &c.disposition {
        let _ = writeln!(out, "*DISPO:{}", d.text.as_deref().unwrap_or("CONVICTED"));
        if let Some(l) = c.level {
            let _ = writeln!(out, "   CONV STATUS:{}", level_word(l));
        }
        if let Some(s) = &c.sentence {
            let _ = writeln!(out, "   SEN: {}", s.text);
        }
    }
    for t in &c.tags {
        let _ = writeln!(out, "   {t}");
    }
    for com in &c.comments {
        let _ = writeln!(out, "   COM: {com}");
    }
    for u in &c.updates {
        out.push('\n');
        let _ = writeln!(out, "{}", u.date.map(compact).unwrap_or_default());
        for d in &u.dispositions {
            let _ = writeln!(out, " DISPO:{}", d.text.as_deref().unwrap_or(""));
        }
        if let Some(s) = &u.sentence {
            let _ = writeln!(out, " SEN: {}", s.text);
        }
        for com in &u.comments {
            let _ = writeln!(out, " COM: {com}");
        }
    }
}
