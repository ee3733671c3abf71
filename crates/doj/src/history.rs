//! One person's rows as the history model the law engine reads, the same
//! model a RAP sheet produces (`shared/formats/doj-research-file.md` §4–§6).
//!
//! `CNT_ORDER` places each row: the first three digits are the cycle, the
//! first six the step (one event), all twelve the count. Several rows of one
//! count are its sentence components, attached by key, not by position.

use std::cell::RefCell;
use std::collections::HashMap;
use std::thread::LocalKey;

use law::date::RecordDate;
use law::model::{
    Count, Disposition, Event, EventKind, History, Level, Person as LawPerson, Sentence, Warning,
};
use rapsheet::charge::{parse_charge, toc_level};

use crate::columns as col;
use crate::reader::trim;
use crate::row::Row;

/// Where each count of the history came from, for output rows. Kept as
/// a few flat lists (one allocation each, not one per event and count).
#[derive(Clone, Debug, Default)]
pub struct Origin {
    /// The person's row indexes in history order: the rows of one count
    /// together, in input order.
    order: Vec<usize>,
    /// For each count (event by event), where its rows start in `order`.
    count_start: Vec<u32>,
    /// For each event, its first count's index in `count_start`.
    event_start: Vec<u32>,
    /// For each count, the column its charge was read from.
    columns: Vec<Option<&'static str>>,
}

impl Origin {
    /// The flat index of count `c` of event `e`.
    fn flat(&self, e: usize, c: usize) -> Option<usize> {
        let first = *self.event_start.get(e)? as usize;
        let end = self
            .event_start
            .get(e + 1)
            .map_or(self.count_start.len(), |&n| n as usize);
        (first + c < end).then_some(first + c)
    }

    /// The indexes (in the person's row list) of the rows of count `c` of
    /// event `e`.
    pub fn rows(&self, e: usize, c: usize) -> &[usize] {
        let Some(k) = self.flat(e, c) else {
            return &[];
        };
        let start = self.count_start[k] as usize;
        let end = self
            .count_start
            .get(k + 1)
            .map_or(self.order.len(), |&n| n as usize);
        &self.order[start..end]
    }

    /// The column the charge of count `c` of event `e` was read from.
    pub fn charge_column(&self, e: usize, c: usize) -> Option<&'static str> {
        self.flat(e, c).and_then(|k| self.columns[k])
    }
}

/// A per-thread cache of parsed texts: a research file repeats the same
/// charge, disposition and sentence texts on millions of rows.
/// (Hashed with foldhash: these keys are short and looked up several
/// times a row, where the standard hasher's cost shows.)
type Memo<V> = RefCell<HashMap<Box<str>, V, foldhash::fast::RandomState>>;

thread_local! {
    static CHARGES: Memo<Option<rapsheet::charge::Charge>> = RefCell::default();
    static DISPOSITIONS: Memo<Disposition> = RefCell::default();
    static SENTENCES: Memo<Sentence> = RefCell::default();
}

/// Entries a cache holds at most. Once full it takes no more: the texts
/// that repeat most come early and stay, and memory stays the same
/// however many rare texts a long file brings.
const MEMO_LIMIT: usize = 16_384;

fn memo<V: Clone + 'static>(
    cache: &'static LocalKey<Memo<V>>,
    key: &str,
    make: impl FnOnce(&str) -> V,
) -> V {
    cache.with(|c| {
        if let Some(v) = c.borrow().get(key) {
            return v.clone();
        }
        let v = make(key);
        let mut m = c.borrow_mut();
        if m.len() < MEMO_LIMIT {
            m.insert(key.into(), v.clone());
        }
        v
    })
}

/// The subject's history, and which rows each count came from.
pub fn build(rows: &[Row]) -> (History, Origin) {
    let keys: Vec<&[u8]> = rows.iter().map(Row::cnt_order).collect();
    let mut order: Vec<usize> = (0..rows.len()).collect();
    // Stable: rows of one count keep their input order.
    order.sort_by(|&a, &b| keys[a].cmp(keys[b]));

    let first = &rows[0];
    let mut warnings = Vec::new();
    let dob = first
        .value(col::PRI_DOB)
        .and_then(|d| RecordDate::parse_compact(&d).ok());
    let name = first.value(col::PRI_NAME).map(|n| n.into_owned());
    let same = |r: &Row, c: usize| trim(r.bytes(c)) == trim(first.bytes(c));
    if rows
        .iter()
        .any(|r| !same(r, col::PRI_NAME) || !same(r, col::PRI_DOB))
    {
        warnings.push(Warning {
            line: Some(first.line as u32),
            text: "rows of this person disagree on the name or date of birth".into(),
        });
    }
    let person = LawPerson {
        names: name.into_iter().collect(),
        cii: first.id_value(col::CII_NUMBER).map(|c| c.into_owned()),
        dob,
        sex: first.value(col::GENDER).map(|g| g.into_owned()),
        ..LawPerson::default()
    };

    let mut events: Vec<Event> = Vec::new();
    let mut origin = Origin {
        count_start: Vec::with_capacity(rows.len()),
        columns: Vec::with_capacity(rows.len()),
        ..Origin::default()
    };
    let mut step_key: &[u8] = b"";
    let mut count_key: &[u8] = b"";
    let mut cycles: Vec<&[u8]> = Vec::new();
    for (k, &i) in order.iter().enumerate() {
        let r = &rows[i];
        let key = keys[i];
        if events.is_empty() || key[..6] != step_key[..] {
            step_key = &key[..6];
            count_key = b"";
            if !cycles.contains(&&key[..3]) {
                cycles.push(&key[..3]);
            }
            events.push(event(r, events.len(), cycles.len() as u32, &mut warnings));
            origin.event_start.push(origin.count_start.len() as u32);
        }
        if key != count_key {
            count_key = key;
            let e = events.len() - 1;
            let n = events[e].counts.len();
            let (c, column) = count(r, &events[e].id, n);
            events[e].counts.push(c);
            origin.count_start.push(k as u32);
            origin.columns.push(column);
        }
    }
    origin.order = order;
    // Sentences and case numbers, from all rows of each count.
    let mut sentence = String::new();
    let mut case_numbers = String::new();
    for (e, event) in events.iter_mut().enumerate() {
        case_numbers.clear();
        for (c, count) in event.counts.iter_mut().enumerate() {
            let idx = origin.rows(e, c);
            sentence.clear();
            for &i in idx {
                sentence_part(&rows[i], &mut sentence);
            }
            if !sentence.is_empty() {
                count.sentence = Some(memo(&SENTENCES, &sentence, Sentence::parse));
            }
            for &i in idx {
                if let Some(ofn) = rows[i]
                    .id_value(col::OFN)
                    .or_else(|| rows[i].id_value(col::FE_NUM_CRT_CASE))
                    && !case_numbers.split("; ").any(|o| o == ofn)
                {
                    if !case_numbers.is_empty() {
                        case_numbers.push_str("; ");
                    }
                    case_numbers.push_str(&ofn);
                }
            }
        }
        if !case_numbers.is_empty() {
            event.case_number = Some(case_numbers.clone());
        }
    }
    let history = History {
        person,
        events,
        warnings,
        ..History::default()
    };
    (history, origin)
}

/// The event of a step, from its first row.
fn event(r: &Row, n: usize, cycle: u32, warnings: &mut Vec<Warning>) -> Event {
    let kind_text = r.get(col::STP_TYPE_DESCR);
    let (kind, text) = match kind_text.as_ref() {
        "ARREST/DETAINED/CITED" => (EventKind::Arrest, None),
        "COURT ACTION" => (EventKind::Court, None),
        "REGISTRATION" => (EventKind::Registration, None),
        "DECEASED" => (EventKind::Deceased, None),
        "" => (EventKind::Other, None),
        other => (EventKind::Other, Some(other.to_string())),
    };
    let date = [col::STP_EVENT_DATE, col::DISP_DATE, col::CYC_DATE]
        .iter()
        .enumerate()
        .find_map(|(k, &c)| {
            let v = r.value(c)?;
            match RecordDate::parse_compact(&v) {
                Ok(d) => {
                    if k > 0 {
                        warnings.push(Warning {
                            line: Some(r.line as u32),
                            text: format!("{}: no step date; used {}", col_name(c), col_name(c)),
                        });
                    }
                    Some(d)
                }
                Err(_) => {
                    warnings.push(Warning {
                        line: Some(r.line as u32),
                        text: format!("{}: \"{}\" is not a date", col_name(c), short(&v)),
                    });
                    None
                }
            }
        });
    let agency = r.value(col::STP_ORI_DESCR).map(|a| a.into_owned());
    let county = r
        .value(col::STP_ORI_CNTY_NAME)
        .map(|c| normalise_county(&c));
    let juvenile = agency.as_deref().is_some_and(|a| a.starts_with("CAJV"));
    Event {
        id: numbered(&["e"], n + 1),
        cycle,
        kind,
        detail: juvenile.then(|| "juvenile".to_string()),
        custody: None,
        date,
        agency,
        county,
        case_number: None,
        counts: Vec::new(),
        strike_banner: false,
        text,
        line: Some(r.line as u32),
        column: None,
    }
}

/// A county name compared as prosecutors type it: upper case, without a
/// `CO` or `COUNTY` suffix.
pub fn normalise_county(name: &str) -> String {
    let name = name.trim();
    let ends_with = |suffix: &str| {
        name.len() >= suffix.len()
            && name.as_bytes()[name.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
    };
    let cut = if ends_with(" COUNTY") {
        7
    } else if ends_with(" CO") {
        3
    } else {
        0
    };
    let mut out = name[..name.len() - cut].trim_end().to_string();
    out.make_ascii_uppercase();
    out
}

/// A count from its first row, and the column its charge came from.
fn count(r: &Row, event_id: &str, n: usize) -> (Count, Option<&'static str>) {
    let mut charge = None;
    let mut column = None;
    let mut raw_text: Option<std::borrow::Cow<'_, str>> = None;
    for (c, name) in [
        (col::CONV_OFFENSE_DESCR, "CONV_OFFENSE_DESCR"),
        (col::DISP_OFFENSE_DESCR, "DISP_OFFENSE_DESCR"),
        (col::OFFENSE_DESCR, "OFFENSE_DESCR"),
        (col::COMMENT_TEXT, "COMMENT_TEXT"),
    ] {
        let Some(v) = r.value(c) else { continue };
        if v.eq_ignore_ascii_case("SEE COMMENT FOR CHARGE") {
            continue;
        }
        // (`strip_prefix` in a loop, not `trim_start_matches("CHRG")`,
        // which builds a substring searcher for every row.)
        let mut text = v.trim_start_matches(':').trim_start();
        while let Some(rest) = text.strip_prefix("CHRG") {
            text = rest;
        }
        let text = text.trim_start_matches(['-', ' ']);
        if let Some(ch) = memo(&CHARGES, text, parse_offense) {
            charge = Some(ch);
            column = Some(name);
            break;
        }
        // The first text is kept as the description when none reads.
        if raw_text.is_none() {
            raw_text = Some(v);
        }
    }
    let level = [
        (&b"FELONY"[..], Level::Felony),
        (b"MISDEMEANOR", Level::Misdemeanor),
        (b"INFRACTION", Level::Infraction),
    ]
    .into_iter()
    .find(|(name, _)| trim(r.bytes(col::CONV_STAT_DESCR)).eq_ignore_ascii_case(name))
    .map(|(_, level)| level);
    let toc = r.value(col::OFFENSE_TOC).and_then(|t| toc_level(&t));
    let disposition = r
        .value(col::DISP_DESCR)
        .map(|d| memo(&DISPOSITIONS, &d, Disposition::classify));
    let (section, attempted, description) = match charge {
        Some(ch) => (ch.section, ch.attempted, ch.description),
        None => (None, false, raw_text.map(|t| t.into_owned())),
    };
    (
        Count {
            id: numbered(&[event_id, ".c"], n + 1),
            number: Some(n as u32 + 1),
            range: None,
            section,
            attempted,
            charge: None,
            description,
            charge_level: toc,
            disposition,
            level,
            sentence: None,
            updates: Vec::new(),
            flags: Vec::new(),
            tags: Vec::new(),
            comments: Vec::new(),
            line: Some(r.line as u32),
            column: None,
        },
        column,
    )
}

/// Read `11357(C)HS-POSSESS MARIJUANA`, `503 VC-TAKE CAR`, `220 PC- COMMIT
/// MAYHEM`, `664-11357(C) HS`, `11357A HS-POSSESSION`: the RAP sheet's
/// charge reader once the code is set apart.
fn parse_offense(text: &str) -> Option<rapsheet::charge::Charge> {
    let upper = text.to_ascii_uppercase();
    let b = upper.as_bytes();
    // "11357(C)HS-..." → "11357(C) HS-...": a code glued to the section.
    let mut spaced = String::with_capacity(upper.len() + 2);
    for (i, ch) in upper.char_indices() {
        let glued = i > 0
            && (b[i - 1].is_ascii_digit() || b[i - 1] == b')')
            && upper
                .get(i..i + 2)
                .is_some_and(|c| law::section::CODES.iter().any(|(k, _)| *k == c))
            && (i + 2 == b.len() || matches!(b[i + 2], b'-' | b' '));
        if glued {
            spaced.push(' ');
        }
        spaced.push(ch);
    }
    parse_charge(&spaced, true).or_else(|| parse_charge(&spaced, false))
}

/// One sentence component as the RAP sheet would print it (`90 DAYS
/// JAIL`), added to the sentence text after a comma.
fn sentence_part(r: &Row, out: &mut String) {
    let Some(kind) = r.value(col::SENT_LOC_DESCR) else {
        return;
    };
    if !out.is_empty() {
        out.push_str(", ");
    }
    let unit = match trim(r.bytes(col::SENT_TIME_CODE)) {
        b"D" | b"d" => Some("DAYS"),
        b"M" | b"m" => Some("MONTHS"),
        b"Y" | b"y" => Some("YEARS"),
        _ => None,
    };
    let length = r
        .value(col::SENT_LENGTH)
        .and_then(|l| l.parse::<u32>().ok());
    if let (Some(n), Some(u)) = (length, unit)
        && !kind.eq_ignore_ascii_case("FINE")
    {
        out.push_str(itoa::Buffer::new().format(n));
        out.push(' ');
        out.push_str(u);
        out.push(' ');
    }
    let start = out.len();
    out.push_str(&kind);
    out[start..].make_ascii_uppercase();
}

/// A prefix and a number (`e3`, `e3.c1`), in one allocation.
fn numbered(prefix: &[&str], n: usize) -> String {
    let mut itoa = itoa::Buffer::new();
    let digits = itoa.format(n);
    let len = prefix.iter().map(|p| p.len()).sum::<usize>() + digits.len();
    let mut id = String::with_capacity(len);
    for p in prefix {
        id.push_str(p);
    }
    id.push_str(digits);
    id
}

fn col_name(c: usize) -> &'static str {
    col::NAMES[c]
}

fn short(v: &str) -> String {
    v.chars().take(20).collect()
}
