//! What the record means, before any remedy looks at it: each conviction
//! with its level, sentence, probation and the day its sentence ended, and
//! the whole-record facts the statutes ask about ("not then serving a
//! sentence for an offense, on probation for an offense, or charged with the
//! commission of an offense").
//!
//! Computed once per evaluation; every remedy reads it.

use smallvec::SmallVec;

pub mod arrests;

use crate::catalog::{self, Match, Offense, TableId};
use crate::date::{Date, Term, TermUnit, add_years};
use crate::facts::{CountFacts, Facts};
use crate::model::{
    Count, CustodyKind, DispositionKind, Event, EventKind, History, Level, PartKind, Realignment,
    Sentence,
};
use crate::remedy::{Determination, Explain, RemedyId};
use crate::section::Section;

/// Where a date the engine relies on came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// Printed on the record (a release, a discharge, an early termination).
    Record,
    /// The facts file.
    Facts,
    /// Computed from the sentence: start plus the term as pronounced.
    Sentence,
    /// Estimated (e.g. parole assumed to last its usual length): verify.
    Estimate,
}

/// A date and where it came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dated {
    /// The day.
    pub on: Date,
    /// Its source.
    pub basis: Basis,
}

/// Probation granted on a conviction.
#[derive(Clone, Debug, PartialEq)]
pub struct Probation {
    /// The day it was granted.
    pub start: Date,
    /// Its length, when printed.
    pub term: Option<Term>,
    /// The day it ended or ends, when known.
    pub end: Option<Dated>,
    /// The day an AB 1950 cap may have ended it earlier.
    pub cap_end: Option<Date>,
    /// Revoked at some point (even if reinstated).
    pub revoked: bool,
    /// Revoked and replaced by a jail or prison sentence.
    pub revoked_to_custody: bool,
    /// Terminated early by the court.
    pub terminated_early: bool,
    /// A later arrest or conviction falls inside the probation window.
    pub later_offense_inside: bool,
    /// A later conviction falls inside the probation window.
    pub later_conviction_inside: bool,
}

/// Custody served on a conviction.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Custody {
    /// The prison term, when a prison sentence was executed.
    pub prison: Option<Option<Term>>,
    /// The jail term (not as a condition of probation).
    pub jail: Option<Option<Term>>,
    /// 1170(h) realignment kind.
    pub realignment: Option<Realignment>,
    /// Mandatory supervision term for a split sentence.
    pub supervision_term: Option<Term>,
    /// Released or paroled, from a linked custody event.
    pub released: Option<Date>,
    /// Discharged (from prison, parole or supervision).
    pub discharged: Option<Date>,
}

/// One convicted count and what followed.
#[derive(Clone, Debug)]
pub struct Conviction<'a> {
    /// Index of the event in the history.
    pub event_index: usize,
    /// The court event.
    pub event: &'a Event,
    /// The count.
    pub count: &'a Count,
    /// The facts file's answers about the count.
    pub facts: &'a CountFacts,
    /// Judgment date (the court event's date; the latest day it can be).
    pub date: Date,
    /// False when the record gives only a year or a month.
    pub date_exact: bool,
    /// The level now, after any reduction or redesignation.
    pub level: Option<Level>,
    /// The level at conviction.
    pub original_level: Option<Level>,
    /// The level came from the charge (TOC), not the conviction status.
    pub level_from_charge: bool,
    /// The sentence in force (the last one pronounced).
    pub sentence: Option<&'a Sentence>,
    /// The sentence was printed on another count of the same case.
    pub sentence_derived: bool,
    /// The day the sentence in force was pronounced.
    pub sentenced_on: Date,
    /// Probation, when granted.
    pub probation: Option<Probation>,
    /// Custody and supervision.
    pub custody: Custody,
    /// The day the whole sentence ended (custody, parole, supervision,
    /// probation), when known.
    pub completed: Option<Dated>,
    /// The day the last probation or supervision for this conviction ended
    /// (the PC 1203.425(a)(1)(B)(iv)(II) anchor), when known.
    pub supervision_ended: Option<Dated>,
    /// No probation or supervision followed custody: the anchor is the release.
    pub no_supervision: bool,
    /// Relief the record already shows, with its date.
    pub granted: Vec<(RemedyId, Option<Date>)>,
    /// The offense, at conviction, on the serious felony list (PC 1192.7(c)).
    pub serious: Match,
    /// On the violent felony list (PC 667.5(c)).
    pub violent: Match,
    /// On the PC 290(c) registration list.
    pub registrable: Match,
    /// The tables that list the section at all ([`catalog::tables_of`]).
    pub tables: u32,
}

impl Conviction<'_> {
    /// The count's section, when readable.
    pub fn section(&self) -> Option<&Section> {
        self.count.section.as_ref()
    }

    /// The offense as the catalog sees it.
    pub fn offense(&self) -> Option<Offense<'_>> {
        self.count.section.as_ref().map(|section| Offense {
            section,
            attempted: self.count.attempted,
            level: self.level,
            facts: self.facts,
        })
    }

    /// Look the offense up in a table as it stood on `on`.
    pub fn lookup(&self, table: TableId, on: Date) -> Match {
        match self.offense() {
            Some(o) if self.tables & (1 << table as u32) != 0 => catalog::lookup(table, o, on),
            _ => Match::No,
        }
    }

    /// Like [`Conviction::lookup`], with the level at conviction.
    pub fn lookup_original(&self, table: TableId, on: Date) -> Match {
        match self.offense() {
            Some(mut o) if self.tables & (1 << table as u32) != 0 => {
                o.level = self.original_level;
                catalog::lookup(table, o, on)
            }
            _ => Match::No,
        }
    }

    /// The record already shows `remedy`.
    pub fn granted(&self, remedy: RemedyId) -> Option<Option<Date>> {
        self.granted
            .iter()
            .find(|(r, _)| *r == remedy)
            .map(|(_, d)| *d)
    }

    /// Probation was granted (and not replaced by custody on revocation).
    pub fn on_probation_track(&self) -> bool {
        self.probation
            .as_ref()
            .is_some_and(|p| !p.revoked_to_custody)
    }

    /// A state prison sentence was executed.
    pub fn prison(&self) -> bool {
        self.custody.prison.is_some()
    }

    /// A county jail felony term under 1170(h) (straight or split).
    pub fn realigned(&self) -> bool {
        self.custody.realignment.is_some()
    }
}

/// A possibly open case: an arrest or a charge with no outcome yet.
#[derive(Clone, Debug)]
pub struct OpenCase<'a> {
    /// The event.
    pub event: &'a Event,
    /// Its date.
    pub date: Date,
}

/// Whether the person must register under PC 290.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Registrant {
    /// The record shows a PC 290 registration, or a conviction that requires one.
    Yes,
    /// A conviction may require registration, depending on facts.
    Possible,
    /// Nothing on the record.
    No,
}

/// The analysed record.
pub struct Analysis<'a> {
    /// The history.
    pub history: &'a History,
    /// The facts file.
    pub facts: &'a Facts,
    /// The day of evaluation.
    pub as_of: Date,
    /// Every convicted count.
    pub convictions: Vec<Conviction<'a>>,
    /// Sustained juvenile petitions, read like convictions (sentence,
    /// probation) but never treated as one.
    pub juvenile: Vec<Conviction<'a>>,
    /// Arrests and charges that may still be open.
    pub open_cases: Vec<OpenCase<'a>>,
    /// PC 290 status.
    pub registrant: Registrant,
    /// The record shows a registration event for PC 290.
    pub registration_event: bool,
    /// How much determinations explain themselves.
    pub explain: Explain,
    /// For each conviction, whether it is a super strike (computed once:
    /// Prop 47 and Prop 64 ask it of every conviction for every other).
    pub strikes: Vec<Match>,
}

/// AB 1950's effective date (Stats. 2020, ch. 328).
pub const AB1950: Date = jiff::civil::date(2021, 1, 1);
/// How long an unknown parole is assumed to last, for estimates only.
const PAROLE_ESTIMATE_YEARS: u32 = 3;

impl<'a> Analysis<'a> {
    /// Analyse `history` as of `as_of`.
    pub fn new(history: &'a History, facts: &'a Facts, as_of: Date) -> Self {
        let mut convictions = Vec::new();
        let mut juvenile = Vec::new();
        for (i, event) in history.events.iter().enumerate() {
            if event.kind != EventKind::Court {
                continue;
            }
            // A juvenile court's finding is not a conviction (WIC 203): it
            // goes to the juvenile remedies only.
            let into = if event.is_juvenile() {
                &mut juvenile
            } else {
                &mut convictions
            };
            for count in &event.counts {
                if let Some(c) = conviction(history, i, event, count, facts) {
                    into.push(c);
                }
            }
        }
        mark_later_offenses(history, &mut convictions);
        let open_cases = open_cases(history, as_of);
        let registration_event = history.events.iter().any(|e| {
            e.kind == EventKind::Registration
                && e.counts.iter().any(|c| {
                    c.section.as_ref().is_some_and(|s| s.base_str() == "PC 290")
                        && !c
                            .updates
                            .iter()
                            .flat_map(|u| &u.dispositions)
                            .any(|d| d.kind == DispositionKind::RegistrationEnded)
                })
        }) || convictions.iter().any(|c| {
            c.sentence.is_some_and(|s| {
                s.parts
                    .iter()
                    .any(|p| p.kind == PartKind::Registration && p.text.contains("290"))
            })
        });
        let by_offense =
            convictions
                .iter()
                .map(|c| c.registrable)
                .fold(Registrant::No, |acc, m| match (acc, m) {
                    (Registrant::Yes, _) | (_, Match::Yes(_)) => Registrant::Yes,
                    (Registrant::Possible, _) | (_, Match::Possible(..)) => Registrant::Possible,
                    _ => Registrant::No,
                });
        let registrant = match facts.registrant_290 {
            Some(true) => Registrant::Yes,
            Some(false) => Registrant::No,
            None if registration_event => Registrant::Yes,
            None => by_offense,
        };
        let strikes = convictions
            .iter()
            .map(|c| c.lookup_original(TableId::SuperStrike, c.date))
            .collect();
        Self {
            history,
            facts,
            as_of,
            convictions,
            juvenile,
            open_cases,
            registrant,
            registration_event,
            strikes,
            explain: Explain::Full,
        }
    }

    /// A new determination for a remedy, explained as this analysis asks.
    pub fn determination(
        &self,
        remedy: RemedyId,
        outcome: crate::remedy::Outcome,
    ) -> Determination {
        Determination::with(remedy, outcome, self.explain)
    }

    /// The latest day any conviction other than `except` keeps the person
    /// serving a sentence or on probation, with `None` inside when one of
    /// them has no known end and may still be running.
    pub fn others_running_until(&self, except: usize) -> Running {
        let mut out = Running::default();
        for (i, c) in self.convictions.iter().enumerate() {
            if i == except || same_case(c, &self.convictions[except]) {
                continue;
            }
            match c.completed {
                Some(d) if d.on > self.as_of && out.until.is_none_or(|u| d.on > u) => {
                    out.until = Some(d.on);
                }
                Some(_) => {}
                None if recent(c.sentenced_on, self.as_of) => out.unknown = true,
                None => {}
            }
        }
        out
    }

    /// Convictions for a felony on a day within (`from`, `to`].
    pub fn felony_convictions_between(&self, from: Date, to: Date, except: usize) -> Option<Date> {
        self.convictions
            .iter()
            .enumerate()
            .filter(|(i, c)| *i != except && !same_case(c, &self.convictions[except]))
            .filter(|(_, c)| c.original_level == Some(Level::Felony))
            .map(|(_, c)| c.date)
            .filter(|d| *d > from && *d <= to)
            .min()
    }

    /// The person's `n`th birthday, when the date of birth is on the record
    /// (the earliest day it can be, for a partial date).
    pub fn birthday(&self, n: u32) -> Option<Date> {
        self.history.person.dob.map(|d| add_years(d.earliest(), n))
    }

    /// The day of the offense behind a count: the `offense_date` fact, else
    /// the arrest of the same cycle, else the event's own date. The flag
    /// says whether the day is the offense's own (the fact) or a later
    /// stand-in (the arrest or court date, which the offense cannot follow).
    pub fn offense_day(&self, event: &Event, count: &crate::model::Count) -> Option<(Date, bool)> {
        if let Some(d) = self.facts.count(&count.id).offense_date {
            return Some((d, true));
        }
        let arrest = self
            .history
            .events
            .iter()
            .filter(|e| e.kind == EventKind::Arrest && e.cycle == event.cycle)
            .filter_map(|e| e.date.map(|d| d.latest()))
            .min();
        arrest
            .or_else(|| event.date.map(|d| d.latest()))
            .map(|d| (d, false))
    }

    /// True when the person may still be charged in an open case.
    pub fn possibly_charged(&self) -> Option<bool> {
        match self.facts.pending_charges {
            Some(v) => Some(v),
            None if self.open_cases.is_empty() => Some(false),
            None => None,
        }
    }

    /// Any conviction but `except` is a super strike (PC 667(e)(2)(C)(iv)).
    pub fn super_strike(&self, except: Option<usize>) -> Match {
        let mut best = Match::No;
        for (i, m) in self.strikes.iter().enumerate() {
            if Some(i) == except {
                continue;
            }
            match m {
                Match::Yes(_) => return *m,
                Match::Possible(..) if !best.is_any() => best = *m,
                _ => {}
            }
        }
        best
    }

    /// A table match on any conviction but `except`, the strongest found.
    pub fn any_in(&self, table: TableId, except: Option<usize>) -> Match {
        let mut best = Match::No;
        for (i, c) in self.convictions.iter().enumerate() {
            if Some(i) == except {
                continue;
            }
            match c.lookup(table, c.date) {
                m @ Match::Yes(_) => return m,
                m @ Match::Possible(..) if !best.is_any() => best = m,
                _ => {}
            }
        }
        best
    }
}

/// Whether other sentences are still running.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Running {
    /// The last day one of them runs, when later than the as-of date.
    pub until: Option<Date>,
    /// One of them has no known end and may still be running.
    pub unknown: bool,
}

/// Two counts of the same court case.
fn same_case(a: &Conviction<'_>, b: &Conviction<'_>) -> bool {
    a.event_index == b.event_index
}

/// A sentence with no known end is treated as possibly running when it was
/// pronounced within this many years.
const UNKNOWN_END_HORIZON_YEARS: u32 = 10;

fn recent(d: Date, as_of: Date) -> bool {
    add_years(d, UNKNOWN_END_HORIZON_YEARS) > as_of
}

fn conviction<'a>(
    history: &'a History,
    event_index: usize,
    event: &'a Event,
    count: &'a Count,
    facts: &'a Facts,
) -> Option<Conviction<'a>> {
    let event_date = event.date?;
    let convicted_on = count
        .history(Some(event_date))
        .find(|(_, d)| d.kind == DispositionKind::Convicted)
        .map(|(date, _)| date.unwrap_or(event_date))?;
    let date = convicted_on.latest();
    let count_facts = facts.count(&count.id);

    let (original_level, level_from_charge) = match (count_facts.level, count.level) {
        (Some(l), _) | (None, Some(l)) => (Some(l), false),
        (None, None) => (count.charge_level, count.charge_level.is_some()),
    };
    let mut level = original_level;
    let mut granted = Vec::new();
    for (d, disp) in count.history(Some(event_date)) {
        let on = d.map(|d| d.latest());
        match disp.kind {
            DispositionKind::ReducedToMisdemeanor => {
                level = Some(Level::Misdemeanor);
                granted.push((RemedyId::Pc17b, on));
            }
            DispositionKind::ReliefGranted => {
                if let Some(r) = disp.remedy {
                    if matches!(r, RemedyId::Pc1170_18 | RemedyId::Pc17b) {
                        level = Some(Level::Misdemeanor);
                    }
                    granted.push((r, on));
                }
            }
            _ => {}
        }
    }

    // The sentence printed on the count, else the longest on the same case.
    let (mut sentence, mut sentence_derived) = match &count.sentence {
        Some(s) => (Some(s), false),
        None => (
            event
                .counts
                .iter()
                .filter_map(|c| c.sentence.as_ref())
                .max_by_key(|s| {
                    s.parts
                        .iter()
                        .filter_map(|p| p.term)
                        .map(|t| t.approx_days())
                        .sum::<u32>()
                }),
            true,
        ),
    };
    let first_sentence = sentence;
    let mut sentenced_on = date;

    // Probation and what happened to it.
    let mut probation = first_sentence
        .and_then(|s| s.probation())
        .map(|term| Probation {
            start: date,
            term,
            end: term.map(|t| Dated {
                on: t.end_from(date),
                basis: Basis::Sentence,
            }),
            cap_end: None,
            revoked: false,
            revoked_to_custody: false,
            terminated_early: false,
            later_offense_inside: false,
            later_conviction_inside: false,
        });
    for u in &count.updates {
        let on = u.date.map(|d| d.latest());
        for d in &u.dispositions {
            let Some(p) = probation.as_mut() else {
                continue;
            };
            match d.kind {
                DispositionKind::ProbationRevoked => p.revoked = true,
                DispositionKind::ProbationTerminated => {
                    if let Some(on) = on {
                        p.terminated_early = true;
                        p.end = Some(Dated {
                            on,
                            basis: Basis::Record,
                        });
                    }
                }
                _ => {}
            }
        }
        if let Some(s) = &u.sentence {
            sentence = Some(s);
            sentence_derived = false;
            if let Some(on) = on {
                sentenced_on = on;
            }
            if let Some(p) = probation.as_mut() {
                match s.probation() {
                    // A modified probation: a new end from the new order.
                    Some(Some(term)) => {
                        p.term = Some(term);
                        p.end = Some(Dated {
                            on: term.end_from(p.start),
                            basis: Basis::Sentence,
                        });
                    }
                    Some(None) => {}
                    None if s.prison().is_some() || s.jail().is_some() => {
                        p.revoked_to_custody = true;
                    }
                    None => {}
                }
            }
        }
    }
    if let Some(p) = probation.as_mut() {
        apply_probation_facts(p, count_facts);
        p.cap_end = ab1950_cap(p, level, count, count_facts, date);
    }

    // Custody.
    let sentence_now = sentence;
    let mut custody = Custody {
        realignment: sentence_now.and_then(|s| s.realignment),
        ..Custody::default()
    };
    let probation_track = probation.as_ref().is_some_and(|p| !p.revoked_to_custody);
    if let Some(s) = sentence_now
        && !probation_track
    {
        custody.prison = s.prison();
        custody.jail = s.jail();
        custody.supervision_term = s.part(PartKind::MandatorySupervision).and_then(|p| p.term);
    }
    // A felony jail term without probation after realignment is a 1170(h) term.
    if custody.realignment.is_none()
        && custody.jail.is_some()
        && custody.prison.is_none()
        && level == Some(Level::Felony)
        && sentenced_on >= REALIGNMENT_START
    {
        custody.realignment = Some(if custody.supervision_term.is_some() {
            Realignment::Split
        } else {
            Realignment::Straight
        });
    }
    link_custody(history, event_index, event, count, &mut custody);
    for u in &count.updates {
        for d in &u.dispositions {
            if d.kind == DispositionKind::SupervisionCompleted
                && let Some(on) = u.date
            {
                custody.discharged = Some(on.latest());
            }
        }
    }

    let (completed, supervision_ended, no_supervision) =
        completion(&probation, &custody, sentenced_on, count_facts);

    let tables = count.section.as_ref().map_or(0, catalog::tables_of);
    let listed = |table: TableId| match &count.section {
        Some(section) if tables & (1 << table as u32) != 0 => catalog::lookup(
            table,
            Offense {
                section,
                attempted: count.attempted,
                level: original_level,
                facts: count_facts,
            },
            date,
        ),
        _ => Match::No,
    };
    Some(Conviction {
        tables,
        serious: listed(TableId::Serious),
        violent: listed(TableId::Violent),
        registrable: listed(TableId::Registrable),
        event_index,
        event,
        count,
        facts: count_facts,
        date,
        date_exact: convicted_on.is_exact(),
        level,
        original_level,
        level_from_charge,
        sentence,
        sentence_derived: sentence_derived && sentence.is_some(),
        sentenced_on,
        probation,
        custody,
        completed,
        supervision_ended,
        no_supervision,
        granted,
    })
}

/// Realignment (PC 1170(h)) applies to people sentenced on or after this day.
pub const REALIGNMENT_START: Date = jiff::civil::date(2011, 10, 1);

fn apply_probation_facts(p: &mut Probation, f: &CountFacts) {
    if f.early_termination == Some(true) {
        p.terminated_early = true;
    }
    if f.probation_violated == Some(true) {
        p.revoked = true;
    }
}

/// The AB 1950 cap: 1 year for misdemeanors, 2 for felonies, for grants
/// still running on Jan 1, 2021, unless the offense sets its own length.
fn ab1950_cap(
    p: &Probation,
    level: Option<Level>,
    count: &Count,
    facts: &CountFacts,
    on: Date,
) -> Option<Date> {
    let term = p.term?;
    let end = p.end?.on;
    if end <= AB1950 || p.terminated_early {
        return None;
    }
    let cap_months = match level? {
        Level::Misdemeanor => 12,
        Level::Felony => 24,
        Level::Infraction => return None,
    };
    if term.months().unwrap_or(term.approx_days() / 30) <= cap_months {
        return None;
    }
    if let Some(section) = &count.section {
        let offense = Offense {
            section,
            attempted: count.attempted,
            level,
            facts,
        };
        if catalog::lookup(TableId::ProbationCapExempt, offense, on).is_any()
            || catalog::lookup(TableId::Violent, offense, on).is_yes()
        {
            return None;
        }
    }
    let capped = Term::new(cap_months, TermUnit::Months).end_from(p.start);
    Some(capped.max(AB1950))
}

/// Find custody events of the same case and read release and discharge.
///
/// A custody event belongs to the conviction when it is in the same cycle,
/// not before the court date, and names the case number; when none names
/// it, the only custody event of the cycle, or those listing the same
/// section.
fn link_custody(
    history: &History,
    event_index: usize,
    event: &Event,
    count: &Count,
    custody: &mut Custody,
) {
    let is_candidate = |(i, e): &(usize, &Event)| {
        *i != event_index
            && e.kind == EventKind::Custody
            && e.cycle == event.cycle
            && e.date.is_none_or(|d| event.date.is_none_or(|c| d >= c))
    };
    let case = event.case_number.as_deref().filter(|c| !c.is_empty());
    let mentions_case = |e: &Event| {
        case.is_some_and(|case| {
            e.counts.iter().any(|c| {
                c.tags
                    .iter()
                    .chain(&c.comments)
                    .any(|t| contains_ignoring_punctuation(t, case))
            })
        })
    };
    let same_section = |e: &Event| {
        e.counts
            .iter()
            .any(|c| c.section.is_some() && c.section == count.section)
    };
    // One pass to learn how to choose, one to read the chosen events.
    let (mut candidates, mut by_case) = (0, false);
    for (_, e) in history.events.iter().enumerate().filter(is_candidate) {
        candidates += 1;
        by_case |= mentions_case(e);
    }
    if candidates == 0 {
        return;
    }
    for (_, e) in history.events.iter().enumerate().filter(is_candidate) {
        let chosen = if by_case {
            mentions_case(e)
        } else {
            candidates == 1 || same_section(e)
        };
        if !chosen {
            continue;
        }
        if e.custody == Some(CustodyKind::Prison)
            && custody.prison.is_none()
            && custody.jail.is_none()
        {
            custody.prison = Some(None);
        }
        for c in &e.counts {
            for (d, disp) in c.history(e.date) {
                let Some(on) = d.map(|d| d.latest()) else {
                    continue;
                };
                match disp.kind {
                    DispositionKind::Released | DispositionKind::Paroled => {
                        custody.released = Some(custody.released.map_or(on, |r| r.min(on)));
                    }
                    DispositionKind::Discharged => {
                        custody.discharged = Some(custody.discharged.map_or(on, |r| r.max(on)));
                    }
                    _ => {}
                }
            }
        }
    }
}

/// True when `needle`'s letters and digits appear in order, contiguously,
/// among `hay`'s letters and digits, ignoring case (`#FCR-318877` is in
/// `SEN FROM: SOLANO CO CRT #FCR318877`). Kept off the heap: this runs for
/// every conviction.
fn contains_ignoring_punctuation(hay: &str, needle: &str) -> bool {
    fn alnum(s: &[u8]) -> impl Iterator<Item = u8> + '_ {
        s.iter()
            .copied()
            .filter(u8::is_ascii_alphanumeric)
            .map(|b| b.to_ascii_uppercase())
    }
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    let Some(first) = alnum(needle).next() else {
        return false;
    };
    (0..hay.len()).any(|i| {
        hay[i].to_ascii_uppercase() == first && {
            let mut h = alnum(&hay[i..]);
            alnum(needle).all(|n| h.next() == Some(n))
        }
    })
}

/// The day the whole sentence ended and the PC 1203.425(II) anchor.
fn completion(
    probation: &Option<Probation>,
    custody: &Custody,
    sentenced_on: Date,
    facts: &CountFacts,
) -> (Option<Dated>, Option<Dated>, bool) {
    if let Some(on) = facts.sentence_completed_on {
        let d = Some(Dated {
            on,
            basis: Basis::Facts,
        });
        return (d, d, false);
    }
    if let Some(p) = probation
        && !p.revoked_to_custody
    {
        let end = if facts.probation_completed == Some(true) {
            p.end.or(Some(Dated {
                on: sentenced_on,
                basis: Basis::Facts,
            }))
        } else {
            p.end
        };
        return (end, end, false);
    }
    if custody.prison.is_some() {
        if let Some(on) = custody.discharged {
            let d = Some(Dated {
                on,
                basis: Basis::Record,
            });
            return (d, d, false);
        }
        let released = custody
            .released
            .or_else(|| custody.prison.flatten().map(|t| t.end_from(sentenced_on)));
        let d = released.map(|r| Dated {
            on: add_years(r, PAROLE_ESTIMATE_YEARS),
            basis: Basis::Estimate,
        });
        return (d, d, false);
    }
    if custody.jail.is_some() {
        let released = match custody.released {
            Some(on) => Some(Dated {
                on,
                basis: Basis::Record,
            }),
            None => custody.jail.flatten().map(|t| Dated {
                on: t.end_from(sentenced_on),
                basis: Basis::Sentence,
            }),
        };
        if custody.realignment == Some(Realignment::Split) {
            let ms_end = match custody.discharged {
                Some(on) => Some(Dated {
                    on,
                    basis: Basis::Record,
                }),
                None => match (released, custody.supervision_term) {
                    (Some(r), Some(t)) => Some(Dated {
                        on: t.end_from(r.on),
                        basis: Basis::Sentence,
                    }),
                    _ => None,
                },
            };
            return (ms_end, ms_end, false);
        }
        return (released, released, true);
    }
    // A fine or other sentence with no custody and no probation: done at judgment.
    let d = Some(Dated {
        on: sentenced_on,
        basis: Basis::Sentence,
    });
    (d, d, true)
}

/// Mark probation grants that a later arrest or conviction falls inside.
fn mark_later_offenses(history: &History, convictions: &mut [Conviction<'_>]) {
    let conviction_dates: Vec<(usize, Date)> = convictions
        .iter()
        .map(|c| (c.event_index, c.date))
        .collect();
    for c in convictions.iter_mut() {
        let Some(p) = c.probation.as_mut() else {
            continue;
        };
        let Some(end) = p.end.map(|d| d.on) else {
            continue;
        };
        let start = p.start;
        let same_cycle = c.event.cycle;
        let inside = |d: Date| d > start && d < end;
        p.later_conviction_inside = conviction_dates
            .iter()
            .any(|(i, d)| *i != c.event_index && inside(*d));
        p.later_offense_inside = p.later_conviction_inside
            || history.events.iter().any(|e| {
                e.kind == EventKind::Arrest
                    && e.cycle != same_cycle
                    && e.date.is_some_and(|d| inside(d.earliest()))
            });
    }
}

/// Arrests with no court outcome, and court cases with undisposed counts,
/// recent enough that charges may still be pending: one year for a
/// misdemeanor arrest, three for a felony (PC 801, 802), measured from the
/// arrest.
fn open_cases(history: &History, as_of: Date) -> Vec<OpenCase<'_>> {
    let mut out = Vec::new();
    let disposed_cycles: SmallVec<[u32; 8]> = history
        .events
        .iter()
        .filter(|o| o.kind == EventKind::Court && o.counts.iter().any(|c| c.outcome().is_some()))
        .map(|o| o.cycle)
        .collect();
    for e in &history.events {
        let Some(date) = e.date else { continue };
        let date = date.latest();
        let open = match e.kind {
            EventKind::Arrest => {
                e.counts.iter().all(|c| c.outcome().is_none())
                    && !disposed_cycles.contains(&e.cycle)
            }
            EventKind::Court => {
                !e.counts.is_empty() && e.counts.iter().all(|c| c.outcome().is_none())
            }
            _ => false,
        };
        if !open {
            continue;
        }
        let felony = e
            .counts
            .iter()
            .any(|c| c.charge_level.is_none_or(|l| l == Level::Felony));
        let window = if felony { 3 } else { 1 };
        if add_years(date, window) > as_of {
            out.push(OpenCase { event: e, date });
        }
    }
    out
}
