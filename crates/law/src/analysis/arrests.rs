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
}

impl Arrest<'_> {
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
        let court: Vec<&Event> = h
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
        let outcome = if court.iter().all(|o| o.counts.is_empty()) {
            if e.counts
                .iter()
                .any(|c| c.outcome() == Some(Outcome::Convicted))
            {
                ArrestOutcome::Convicted
            } else {
                ArrestOutcome::NoProceedings
            }
        } else {
            court_outcome(&court)
        };
        out.push(Arrest {
            event_index: i,
            event: e,
            date,
            felony,
            level_unknown,
            outcome,
            granted,
        });
    }
    out
}

/// The outcome of the court events of one cycle.
fn court_outcome(court: &[&Event]) -> ArrestOutcome {
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
                    DispositionKind::Diversion => diverted = true,
                    DispositionKind::Dismissed if diverted => done = day,
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
