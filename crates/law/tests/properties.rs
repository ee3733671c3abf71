//! Properties every evaluation must keep, over generated histories.

use law::date::{Date, RecordDate, add_days};
use law::facts::Facts;
use law::model::{
    Count, CustodyKind, Disposition, Event, EventKind, History, Level, Person, Sentence, Update,
};
use law::remedy::Outcome;
use law::section::Section;
use proptest::prelude::*;

const SECTIONS: &[&str] = &[
    "PC 417(a)(1)",
    "PC 273.6(a)",
    "PC 459",
    "PC 496(a)",
    "PC 243(d)",
    "PC 288(c)(1)",
    "PC 187(a)",
    "PC 211",
    "PC 245(a)(4)",
    "PC 415",
    "PC 484(a)",
    "PC 148.9(a)",
    "PC 470(d)",
    "PC 25850(a)",
    "HS 11350(a)",
    "HS 11377(a)",
    "HS 11378",
    "HS 11360(a)",
    "HS 11357(c)",
    "VC 23152(a)",
    "VC 42001",
    "PC 261.5(d)",
    "PC 666.1",
    "PC 4600(a)",
    "PC 290",
    "PC 647(b)",
    "PC 653.22",
    "PC 488",
];
const DISPOSITIONS: &[&str] = &[
    "CONVICTED",
    "DISMISSED/FURTHERANCE OF JUSTICE",
    "PROS REJ-OTHER",
    "RELEASED/DETENTION ONLY",
    "DEFERRED ENTRY OF JUDGMENT PER 1000 PC",
    "ACQUITTED",
    "SOMETHING ELSE",
    "DIVERSION PER 1001.1 PC",
    "DIVERTED PER 1000.5 PC",
    "PETITION SUSTAINED",
    "PROSECUTOR DIVERSION",
];
const UPDATES: &[&str] = &[
    "PROBATION REVOKED",
    "PROBATION REINSTATED",
    "PROBATION TERMINATED EARLY PER 1203.3 PC",
    "REDUCED TO MISDEMEANOR",
    "CONV SET ASIDE & DISM PER 1203.4 PC",
    "RELEASED",
    "PAROLED",
    "DISCHARGED",
    "REDESIGNATED MISDEMEANOR PER 1170.18 PC",
    "SENTENCE MODIFIED",
    "DISMISSED PER 1000.3 PC",
    "DIVERSION COMPLETED",
    "ARREST SEALED PER 851.91 PC",
    "GRANTED FULL PARDON",
];
const SENTENCES: &[&str] = &[
    "24 MONTHS PROBATION, 5 DAYS JAIL",
    "3 YEARS PROBATION",
    "PROBATION",
    "16 MONTHS PRISON",
    "2 YEARS JAIL, 1170(H)(5)(A) PC",
    "18 MONTHS JAIL, 1170(H)(5)(B) PC, 18 MONTHS MANDATORY SUPERVISION",
    "FINE",
    "1 YEAR JAIL",
    "90 DAYS JAIL",
    "LIFE PRISON",
    "",
];

fn day(offset: u32) -> Date {
    add_days(jiff::civil::date(1975, 1, 1), offset)
}

/// A generated count: indexes into the pools, and a date offset for updates.
#[derive(Clone, Debug)]
struct GenCount {
    section: usize,
    attempted: bool,
    dispo: Option<usize>,
    level: Option<u8>,
    sentence: Option<usize>,
    updates: Vec<(u32, usize)>,
}

#[derive(Clone, Debug)]
struct GenEvent {
    kind: u8,
    offset: u32,
    partial: bool,
    counts: Vec<GenCount>,
}

fn gen_count() -> impl Strategy<Value = GenCount> {
    (
        0..SECTIONS.len(),
        any::<bool>(),
        proptest::option::of(0..DISPOSITIONS.len()),
        proptest::option::of(0u8..3),
        proptest::option::of(0..SENTENCES.len()),
        proptest::collection::vec((0u32..3000, 0..UPDATES.len()), 0..3),
    )
        .prop_map(
            |(section, attempted, dispo, level, sentence, updates)| GenCount {
                section,
                attempted: attempted && section % 5 == 0,
                dispo,
                level,
                sentence,
                updates,
            },
        )
}

fn gen_event() -> impl Strategy<Value = GenEvent> {
    (
        0u8..7,
        0u32..18_000,
        proptest::bool::weighted(0.05),
        proptest::collection::vec(gen_count(), 0..3),
    )
        .prop_map(|(kind, offset, partial, counts)| GenEvent {
            kind,
            offset,
            partial,
            counts,
        })
}

/// Cycles of events: an arrest, a court event, maybe custody.
fn gen_cycles() -> impl Strategy<Value = Vec<Vec<GenEvent>>> {
    proptest::collection::vec(proptest::collection::vec(gen_event(), 1..4), 0..6)
}

fn build(cycles: &[Vec<GenEvent>]) -> History {
    let numbered: Vec<(usize, &Vec<GenEvent>)> = cycles.iter().enumerate().collect();
    build_numbered(&numbered)
}

/// A person (date of birth) and the facts they might give.
#[derive(Clone, Debug)]
struct GenPerson {
    dob: Option<u32>,
    noncitizen: Option<bool>,
    trafficking_victim: Option<bool>,
    resident_since: Option<u32>,
}

fn gen_person() -> impl Strategy<Value = GenPerson> {
    (
        proptest::option::of(0u32..22_000),
        proptest::option::of(any::<bool>()),
        proptest::option::of(any::<bool>()),
        proptest::option::of(0u32..18_000),
    )
        .prop_map(
            |(dob, noncitizen, trafficking_victim, resident_since)| GenPerson {
                dob,
                noncitizen,
                trafficking_victim,
                resident_since,
            },
        )
}

/// Give the history its person and return the facts.
fn with_person(h: &mut History, p: &GenPerson) -> Facts {
    h.person.dob = p
        .dob
        .map(|d| RecordDate::exact(add_days(jiff::civil::date(1950, 1, 1), d)));
    Facts {
        noncitizen: p.noncitizen,
        trafficking_victim: p.trafficking_victim,
        ca_resident_since: p.resident_since.map(day),
        ..Facts::default()
    }
}

/// Build with each cycle's own number, so that ids and cycle numbers follow
/// a cycle when the order of cycles changes.
fn build_numbered(cycles: &[(usize, &Vec<GenEvent>)]) -> History {
    let mut events = Vec::new();
    for &(ci, cycle) in cycles {
        for (ei, g) in cycle.iter().enumerate() {
            // Ids are stable across reorderings of cycles.
            let id = format!("e{ci}x{ei}");
            let (kind, custody) = match g.kind {
                0 => (EventKind::Arrest, None),
                1 | 2 => (EventKind::Court, None),
                3 => (EventKind::Custody, Some(CustodyKind::Jail)),
                4 => (EventKind::Custody, Some(CustodyKind::Prison)),
                5 => (EventKind::Registration, None),
                _ => (EventKind::Court, None),
            };
            // Kind 6 is a juvenile court.
            let agency = (g.kind == 6).then(|| "CAJV LOS ANGELES".to_string());
            let date = day(g.offset);
            let date = if g.partial {
                RecordDate::from_parts(date.year(), date.month(), 0).expect("partial")
            } else {
                RecordDate::exact(date)
            };
            let counts = g
                .counts
                .iter()
                .enumerate()
                .map(|(j, c)| Count {
                    id: format!("{id}.c{j}"),
                    number: Some(j as u32 + 1),
                    range: None,
                    section: Section::parse(SECTIONS[c.section]).ok(),
                    attempted: c.attempted,
                    charge: None,
                    description: None,
                    charge_level: None,
                    disposition: c.dispo.map(|d| Disposition::classify(DISPOSITIONS[d])),
                    level: c.level.map(|l| match l {
                        0 => Level::Felony,
                        1 => Level::Misdemeanor,
                        _ => Level::Infraction,
                    }),
                    sentence: c.sentence.map(|s| Sentence::parse(SENTENCES[s])),
                    updates: c
                        .updates
                        .iter()
                        .map(|(off, u)| Update {
                            date: Some(RecordDate::exact(add_days(day(g.offset), *off))),
                            dispositions: vec![Disposition::classify(UPDATES[*u])],
                            sentence: None,
                            comments: vec![],
                            line: None,
                            column: None,
                        })
                        .collect(),
                    flags: vec![],
                    tags: vec![],
                    comments: vec![],
                    line: None,
                    column: None,
                })
                .collect();
            events.push(Event {
                id,
                cycle: ci as u32 + 1,
                kind,
                detail: None,
                custody,
                date: Some(date),
                agency,
                county: None,
                case_number: Some(format!("C{ci}")),
                counts,
                strike_banner: false,
                text: None,
                line: None,
                column: None,
            });
        }
    }
    History {
        person: Person::default(),
        events,
        ..History::default()
    }
}

/// One determination in a comparable form: count id, remedy, outcome,
/// eligible-on day, mandatory.
type Row = (String, String, Outcome, Option<Date>, Option<bool>);

/// Every determination, keyed by count id, in a comparable form.
fn outcomes(h: &History, as_of: Date, facts: &Facts) -> Vec<Row> {
    let report = law::evaluate(h, as_of, facts);
    let mut out: Vec<_> = report
        .counts
        .iter()
        .flat_map(|r| {
            let id = h.events[r.event].counts[r.count].id.clone();
            r.relief.iter().map(move |d| {
                (
                    id.clone(),
                    d.remedy.to_string(),
                    d.outcome,
                    d.eligible_on,
                    d.mandatory,
                )
            })
        })
        .collect();
    out.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
    out
}

/// The last day any event or update of the history falls on.
fn last_day(h: &History) -> Date {
    h.events
        .iter()
        .flat_map(|e| {
            e.date.iter().map(|d| d.latest()).chain(
                e.counts
                    .iter()
                    .flat_map(|c| c.updates.iter().filter_map(|u| u.date.map(|d| d.latest()))),
            )
        })
        .max()
        .unwrap_or_else(|| day(0))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn outcome_mode_decides_exactly_as_full_mode(cycles in gen_cycles(), person in gen_person(), extra in 0u32..4000) {
        let mut h = build(&cycles);
        let facts = with_person(&mut h, &person);
        let as_of = add_days(last_day(&h), extra);
        let strip = |r: law::Report<'_>| -> Vec<_> {
            r.counts
                .iter()
                .flat_map(|c| c.relief.iter().map(move |d| (c.event, c.count, d.remedy, d.outcome, d.eligible_on, d.mandatory, d.automatic, d.missing_facts.clone())))
                .collect()
        };
        let full = law::evaluate_with(&h, as_of, &facts, law::Explain::Full);
        let brief = law::evaluate_with(&h, as_of, &facts, law::Explain::Outcomes);
        prop_assert!(brief.counts.iter().all(|c| c.relief.iter().all(|d| d.reasons.is_empty())));
        prop_assert_eq!(strip(full), strip(brief));
    }

    #[test]
    fn evaluation_is_deterministic(cycles in gen_cycles(), person in gen_person(), extra in 0u32..5000) {
        let mut h = build(&cycles);
        let facts = with_person(&mut h, &person);
        let as_of = add_days(last_day(&h), extra);
        prop_assert_eq!(outcomes(&h, as_of, &facts), outcomes(&h, as_of, &facts));
    }

    #[test]
    fn a_later_day_never_takes_relief_back(cycles in gen_cycles(), person in gen_person(), a in 0u32..4000, b in 1u32..4000) {
        let mut h = build(&cycles);
        let facts = with_person(&mut h, &person);
        let early = add_days(last_day(&h), a);
        let late = add_days(early, b);
        let before = outcomes(&h, early, &facts);
        let after = outcomes(&h, late, &facts);
        for (id, remedy, outcome, ..) in &before {
            if *outcome != Outcome::Eligible {
                continue;
            }
            let later = after.iter().find(|x| &x.0 == id && &x.1 == remedy);
            prop_assert!(
                later.is_none_or(|x| x.2 != Outcome::EligibleLater),
                "{} {} eligible on {} but eligible_later on {}", id, remedy, early, late
            );
        }
    }

    #[test]
    fn the_order_of_unrelated_cases_changes_nothing(cycles in gen_cycles(), person in gen_person(), extra in 0u32..3000, seed in any::<u64>()) {
        let mut h = build(&cycles);
        let facts = with_person(&mut h, &person);
        let as_of = add_days(last_day(&h), extra);
        let mut shuffled: Vec<(usize, &Vec<GenEvent>)> = cycles.iter().enumerate().collect();
        // A deterministic permutation of whole cycles (cases).
        let n = shuffled.len();
        if n > 1 {
            shuffled.rotate_left((seed % n as u64) as usize);
            shuffled.reverse();
        }
        let mut h2 = build_numbered(&shuffled);
        with_person(&mut h2, &person);
        prop_assert_eq!(outcomes(&h, as_of, &facts), outcomes(&h2, as_of, &facts));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Once a case may no longer be reported, a later day never makes it
    /// reportable again; and every case the report lists is a real event.
    #[test]
    fn what_may_not_be_reported_stays_unreportable(cycles in gen_cycles(), person in gen_person(), a in 0u32..4000, b in 1u32..4000) {
        let mut h = build(&cycles);
        let facts = with_person(&mut h, &person);
        let early = add_days(last_day(&h), a);
        let late = add_days(early, b);
        let before = law::evaluate(&h, early, &facts);
        let after = law::evaluate(&h, late, &facts);
        for x in &before.echo {
            prop_assert!(x.event < h.events.len());
            if x.now.may != law::echo::May::No {
                continue;
            }
            let later = after.echo.iter().find(|y| y.event == x.event);
            prop_assert!(
                later.is_some_and(|y| y.now.may == law::echo::May::No),
                "{} not reportable on {} but reportable on {}", h.events[x.event].id, early, late
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// Arbitrary text in every field the engine reads never panics it.
    #[test]
    fn arbitrary_histories_never_panic(
        cycles in gen_cycles(),
        sentence in ".{0,60}",
        dispo in ".{0,40}",
        section in "[A-Z]{2} [0-9]{1,6}(\\.[0-9])?(\\([a-z0-9]\\)){0,3}",
        as_of in 0u32..25_000,
        noncitizen in any::<Option<bool>>(),
    ) {
        let mut h = build(&cycles);
        if let Some(c) = h.events.iter_mut().flat_map(|e| e.counts.iter_mut()).next() {
            c.sentence = Some(Sentence::parse(&sentence));
            c.updates.push(Update {
                date: None,
                dispositions: vec![Disposition::classify(&dispo)],
                sentence: Some(Sentence::parse(&sentence)),
                comments: vec![],
                line: None,
                column: None,
            });
            c.section = Section::parse(&section).ok();
        }
        let facts = Facts { noncitizen, ..Facts::default() };
        let report = law::evaluate(&h, day(as_of), &facts);
        let _ = report.plan.steps.len();
    }
}
