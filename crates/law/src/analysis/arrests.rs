//! Arrests and what became of them, for the arrest-relief remedies
//! (PC 851.93, 851.91) and completed deferred entry of judgment (PC 1203.43).

use super::Analysis;
use crate::date::Date;
use crate::model::{DispositionKind, Event, EventKind, Level, Outcome};
use crate::remedy::RemedyId;

/// What the record shows became of an arrest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArrestOutcome {
    /// No sign that charges were ever filed (or the prosecutor declined, or
    /// the person was released: detention only).
    NoProceedings,
    /// Charges were filed and every one was dismissed, on this day.
    Dismissed(Date),
    /// Found not guilty.
    Acquitted,
    /// Diversion or deferred entry of judgment completed (charges dismissed
    /// afterwards), on this day.
    DiversionCompleted(Date),
    /// Diversion granted and not (yet) shown completed.
    DiversionPending,
    /// A conviction resulted: no arrest relief.
    Convicted,
    /// Charges filed and no outcome shown.
    Open,
}

/// One arrest event and its outcome.
#[derive(Clone, Debug)]
pub struct Arrest<'a> {
    /// Index of the arrest event.
    pub event_index: usize,
    /// The arrest event.
    pub event: &'a Event,
    /// The arrest date (the latest day it can be).
    pub date: Date,
    /// Felony if any charge is a felony or of unknown level.
    pub felony: bool,
    /// The level is not printed for any charge.
    pub level_unknown: bool,
    /// What became of it.
    pub outcome: ArrestOutcome,
    /// The record already shows arrest relief.
    pub granted: Option<(RemedyId, Option<Date>)>,
    /// For diversion, which program the record names or implies.
    pub program: Option<Program>,
    /// The record names the program (it was not inferred from the charges).
    pub named_program: bool,
}

/// The diversion or deferred-entry program an arrest went to, which decides
/// the sealing statute (PC 851.87, 851.90, 1000.4, 1001.9).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Program {
    /// Deferred entry of judgment or drug diversion under PC 1000 (1000.8).
    Dej,
    /// Preguilty-plea drug court under PC 1000.5.
    DrugCourt,
    /// Misdemeanor diversion under PC 1001 to 1001.9.
    Misdemeanor,
    /// A prosecutor's prefiling diversion: diverted with no court case.
    Prefiling,
    /// Another program with its own rules (mental health PC 1001.36,
    /// judicial PC 1001.95, military PC 1001.80, ...).
    Other,
}

impl Program {
    /// The program a diversion disposition names, if it names one.
    fn named(statute: Option<&crate::section::Section>, text: Option<&str>) -> Option<Self> {
        if let Some(s) = statute.filter(|s| s.code() == "PC") {
            let n = s.number();
            return Some(match n {
                "1000" | "1000.1" | "1000.2" | "1000.3" | "1000.4" | "1000.8" => Self::Dej,
                "1000.5" => Self::DrugCourt,
                "1001" => Self::Misdemeanor,
                _ if n.len() == 6 && n.starts_with("1001.") => Self::Misdemeanor,
                _ => Self::Other,
            });
        }
        let text = text?.to_ascii_uppercase();
        (text.contains("DEJ") || text.contains("DEFERRED ENTRY")).then_some(Self::Dej)
    }

    /// The program implied by the charges when the record does not name
    /// one: PC 1000 covers the drug possession offenses it lists; other
    /// misdemeanors go to misdemeanor diversion.
    fn implied(event: &Event) -> Option<Self> {
        const DRUG: &[&str] = &[
            "11350", "11357", "11364", "11365", "11368", "11375", "11377", "11550", "11358",
        ];
        let drug = event.counts.iter().any(|c| {
            c.section
                .as_ref()
                .is_some_and(|s| s.code() == "HS" && DRUG.contains(&s.number()))
        });
        if drug {
            Some(Self::Dej)
        } else if !event.counts.is_empty()
            && event
                .counts
                .iter()
                .all(|c| matches!(c.charge_level, Some(Level::Misdemeanor | Level::Infraction)))
        {
            Some(Self::Misdemeanor)
        } else {
            None
        }
    }
}

/// Whether a diversion was completed, as far as the record and facts tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiversionState {
    /// Completed; the day, when the record shows it.
    Completed(Option<Date>),
    /// Granted; completion not shown and not answered.
    Unknown,
    /// Not completed (the facts say so).
    NotCompleted,
}

impl Arrest<'_> {
    /// The state of this arrest's diversion, if it went to one: the record
    /// first, then the `diversion_completed` fact on any of its counts.
    pub fn diversion(&self, a: &Analysis<'_>) -> Option<DiversionState> {
        match self.outcome {
            ArrestOutcome::DiversionCompleted(on) => Some(DiversionState::Completed(Some(on))),
            ArrestOutcome::DiversionPending => {
                let answers = self
                    .event
                    .counts
                    .iter()
                    .filter_map(|c| a.facts.count(&c.id).diversion_completed);
                Some(match answers.max() {
                    Some(true) => DiversionState::Completed(None),
                    Some(false) => DiversionState::NotCompleted,
                    None => DiversionState::Unknown,
                })
            }
            _ => None,
        }
    }

    /// Some charge of this arrest is listed in `table` as of the arrest
    /// date. Both arrest-relief statutes (PC 851.91, 851.93) lengthen their
    /// waits for the same offenses, so they ask this one question.
    pub fn any_charge_in(&self, a: &Analysis<'_>, table: crate::catalog::TableId) -> bool {
        self.event.counts.iter().any(|c| {
            c.section.as_ref().is_some_and(|section| {
                crate::catalog::lookup(
                    table,
                    crate::catalog::Offense {
                        section,
                        attempted: c.attempted,
                        level: c.charge_level,
                        facts: a.facts.count(&c.id),
                    },
                    self.date,
                )
                .is_any()
            })
        })
    }
}

/// Read every arrest of the record.
pub fn arrests<'a>(a: &Analysis<'a>) -> Vec<Arrest<'a>> {
    let h = a.history;
    let mut out = Vec::new();
    for (i, e) in h.events.iter().enumerate() {
        if e.kind != EventKind::Arrest || e.detail.as_deref() == Some("supplemental_arrest") {
            continue;
        }
        let Some(date) = e.date.map(|d| d.latest()) else {
            continue;
        };
        let level_unknown = e.counts.iter().all(|c| c.charge_level.is_none());
        let felony = level_unknown
            || e.counts
                .iter()
                .any(|c| c.charge_level == Some(Level::Felony));
        let court: smallvec::SmallVec<[&Event; 4]> = h
            .events
            .iter()
            .filter(|o| o.kind == EventKind::Court && o.cycle == e.cycle)
            .collect();
        let mut granted = None;
        for c in court.iter().flat_map(|o| &o.counts).chain(&e.counts) {
            for (d, disp) in c.history(None) {
                if disp.kind == DispositionKind::ReliefGranted
                    && let Some(r) = disp.remedy
                    && matches!(r, RemedyId::Pc851_93 | RemedyId::Pc851_91)
                {
                    granted = Some((r, d.map(|d| d.latest())));
                }
            }
        }
        let (outcome, mut program) = if court.iter().all(|o| o.counts.is_empty()) {
            arrest_only_outcome(e)
        } else {
            court_outcome(&court)
        };
        let named = program.is_some();
        if matches!(
            outcome,
            ArrestOutcome::DiversionCompleted(_) | ArrestOutcome::DiversionPending
        ) {
            program = program.or_else(|| Program::implied(e));
        } else {
            program = None;
        }
        let named_program = program.is_some() && named;
        out.push(Arrest {
            event_index: i,
            event: e,
            date,
            felony,
            level_unknown,
            outcome,
            granted,
            program,
            named_program,
        });
    }
    out
}

/// The outcome of an arrest with no court counts: a conviction entered on
/// the arrest itself, a prosecutor's (prefiling) diversion, or nothing.
fn arrest_only_outcome(e: &Event) -> (ArrestOutcome, Option<Program>) {
    if e.counts
        .iter()
        .any(|c| c.outcome() == Some(Outcome::Convicted))
    {
        return (ArrestOutcome::Convicted, None);
    }
    let mut diverted = false;
    let mut done: Option<Date> = None;
    for c in &e.counts {
        let mut this = false;
        for (d, disp) in c.history(e.date) {
            match disp.kind {
                DispositionKind::Diversion => this = true,
                DispositionKind::Dismissed | DispositionKind::SupervisionCompleted if this => {
                    done = done.max(d.map(|d| d.latest()));
                }
                _ => {}
            }
        }
        diverted |= this;
    }
    match (diverted, done) {
        (false, _) => (ArrestOutcome::NoProceedings, None),
        (true, Some(d)) => (
            ArrestOutcome::DiversionCompleted(d),
            Some(Program::Prefiling),
        ),
        (true, None) => (ArrestOutcome::DiversionPending, Some(Program::Prefiling)),
    }
}

/// The outcome of the court events of one cycle, and the diversion program
/// a disposition names.
fn court_outcome(court: &[&Event]) -> (ArrestOutcome, Option<Program>) {
    let mut program = None;
    let outcome = court_outcome_with(court, &mut program);
    (outcome, program)
}

fn court_outcome_with(court: &[&Event], program: &mut Option<Program>) -> ArrestOutcome {
    let mut any_open = false;
    let mut all_acquitted = true;
    let mut last_day: Option<Date> = None;
    let mut diversion: Option<Option<Date>> = None;
    for o in court {
        for c in &o.counts {
            let mut diverted = false;
            let mut done: Option<Date> = None;
            let mut dismissed: Option<Option<Date>> = None;
            let mut acquitted = false;
            for (d, disp) in c.history(o.date) {
                let day = d.map(|d| d.latest());
                match disp.kind {
                    DispositionKind::Convicted => return ArrestOutcome::Convicted,
                    DispositionKind::Diversion => {
                        diverted = true;
                        *program =
                            program.or(Program::named(disp.statute.as_ref(), disp.text.as_deref()));
                    }
                    DispositionKind::Dismissed | DispositionKind::SupervisionCompleted
                        if diverted =>
                    {
                        done = day
                    }
                    DispositionKind::Dismissed => dismissed = Some(day),
                    DispositionKind::Acquitted => acquitted = true,
                    _ => {}
                }
            }
            if diverted {
                diversion = Some(match (diversion.flatten(), done) {
                    (Some(a), Some(b)) => Some(a.max(b)),
                    (None, Some(b)) => Some(b),
                    _ => None,
                });
                all_acquitted = false;
            } else if acquitted {
            } else if let Some(day) = dismissed {
                all_acquitted = false;
                last_day = last_day.max(day);
            } else {
                any_open = true;
                all_acquitted = false;
            }
        }
    }
    match (diversion, any_open) {
        (Some(Some(d)), false) => ArrestOutcome::DiversionCompleted(d),
        (Some(_), _) => ArrestOutcome::DiversionPending,
        (None, true) => ArrestOutcome::Open,
        (None, false) if all_acquitted => ArrestOutcome::Acquitted,
        (None, false) => match last_day {
            Some(d) => ArrestOutcome::Dismissed(d),
            None => ArrestOutcome::Open,
        },
    }
}
