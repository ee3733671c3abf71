//! What may still be reported: the "data echo" of a record after relief.
//!
//! Background-check companies copy court indexes and keep the copies. For
//! each case this module says what such a company may lawfully report, and
//! what an employer may ask about or use, now and after the relief the case
//! has or can get (`shared/law/california.md` §18):
//!
//! * Civ. Code 1786.18(a)(7): no records of arrest, indictment,
//!   information, misdemeanor complaint or conviction that, "from the date
//!   of disposition, release, or parole", are more than seven years old;
//!   never an arrest that did not end in a conviction (except pending
//!   judgment); never a conviction with a full pardon.
//! * Civ. Code 1786.28(b); 15 U.S.C. 1681e(b), 1681k(a): what is reported
//!   must be complete and up to date — a dismissed or reduced conviction
//!   only with its current status.
//! * PC 851.92(b)(5), (c): sealed arrest records go to no one but the
//!   person and criminal justice agencies; others who spread them face a
//!   civil penalty of $500 to $2,500 each time.
//! * Labor Code 432.7(a): an employer may not ask about or use an arrest
//!   that did not end in a conviction, a diversion, or a conviction that was
//!   judicially dismissed or sealed.
//! * HS 11361.7: old marijuana records are not "accurate, relevant, timely,
//!   or complete" for any purpose.
//!
//! The dispute letters of the documents crate are built from this.

use crate::analysis::Analysis;
use crate::analysis::arrests::{Arrest, ArrestOutcome};
use crate::date::{Date, add_years};
use crate::model::Level;
use crate::remedy::{Cite, Determination, Msg, Outcome, Reason, RemedyId};
use crate::report::CountResult;

const ICRAA_7: Cite = Cite::v("Civ. Code, § 1786.18, subd. (a)(7)");
const UP_TO_DATE: Cite =
    Cite::v("Civ. Code, § 1786.28, subd. (b); 15 U.S.C. §§ 1681e(b), 1681k(a)");
const VERIFY_30: Cite = Cite::v("Civ. Code, § 1786.18, subd. (c)");
const DISPUTE: Cite = Cite::v("15 U.S.C. § 1681i(a)(1)(A)");
const SEALED: Cite = Cite::v("Pen. Code, § 851.92, subds. (b)(5), (c)");
const EMPLOYER: Cite = Cite::v("Lab. Code, § 432.7, subd. (a)");
const FAIR_CHANCE: Cite = Cite::k("Gov. Code, § 12952");
const MARIJUANA: Cite = Cite::k("Health & Saf. Code, § 11361.7");
const JUVENILE: Cite = Cite::k("Welf. & Inst. Code, § 827; Lab. Code, § 432.7");
const ARREST_RELIEF: Cite = Cite::v("Pen. Code, § 851.93, subd. (c)");
const DOJ: Cite = Cite::v("Pen. Code, § 11105, subds. (k)-(p)");

/// Whether, and how long, a background-check company may report a case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum May {
    /// It may not be reported.
    No,
    /// It may be reported while the case is open.
    WhilePending,
    /// It may be reported until this day (seven years after disposition,
    /// release or parole).
    Until(Date),
    /// It may be reported; for how long is not known (release date
    /// unknown).
    Yes,
}

impl May {
    /// The contract name (`no`, `pending`, `until`, `yes`).
    pub fn as_str(self) -> &'static str {
        match self {
            May::No => "no",
            May::WhilePending => "pending",
            May::Until(_) => "until",
            May::Yes => "yes",
        }
    }
}

/// What may be done with a case's record at one moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Exposure {
    /// What a background-check company may report.
    pub may: May,
    /// When reported, the relief its current status must show.
    pub status: Option<RemedyId>,
    /// An employer may ask about it and use it (Labor Code 432.7).
    pub employer_may_use: bool,
}

/// The data echo of one case.
#[derive(Clone, Debug, PartialEq)]
pub struct CaseEcho {
    /// The event the case is reported under (court event for a
    /// conviction, arrest event otherwise).
    pub event: usize,
    /// Today.
    pub now: Exposure,
    /// After the relief the case can still get, with that relief.
    pub after: Option<(RemedyId, Exposure)>,
    /// Why, with the law.
    pub reasons: Vec<Reason>,
}

impl CaseEcho {
    fn because(&mut self, msg: Msg, cite: Cite) {
        self.reasons.push(Reason {
            msg,
            cite: Some(cite),
        });
    }
}

/// What relief does to reporting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Effect {
    /// Reduced: still a conviction, reported with its new level.
    Reduced,
    /// Dismissed: reported only with its status; employers may not use it.
    Dismissed,
    /// Vacated, sealed or pardoned: not reported at all.
    Gone,
}

fn effect(r: RemedyId) -> Option<Effect> {
    use RemedyId::*;
    match r {
        Pc17b | Pc17d2 | Pc1170_18 | Pc18_5 => Some(Effect::Reduced),
        Pc1203_4 | Pc1203_4a | Pc1203_41 | Pc1203_42 | Pc1203_425 | Pc1203_49 | Hs11361_8 => {
            Some(Effect::Dismissed)
        }
        Pc236_14 | Pc1473_7 | Pc1203_43 | Pc1203_45 | Pardon | Wic781 | Wic786 | Pc851_93
        | Pc851_91 | Pc851_87 | Pc851_90 | Pc1000_4 | Pc1001_9 => Some(Effect::Gone),
        Pc4852_01 => None,
    }
}

/// The strongest relief every one of `relief` lists (one list per count)
/// offers, among the outcomes `keep` accepts: the case is only as clear as
/// its least-relieved count.
fn case_effect(
    lists: &[&[Determination]],
    keep: impl Fn(Outcome) -> bool,
) -> Option<(Effect, RemedyId)> {
    let mut worst: Option<(Effect, RemedyId)> = None;
    for list in lists {
        let best = list
            .iter()
            .filter(|d| keep(d.outcome))
            .filter_map(|d| effect(d.remedy).map(|e| (e, d)))
            // The strongest effect; among equals, available soonest, then
            // the first listed (a petition before automatic relief).
            .min_by_key(|(e, d)| {
                (
                    std::cmp::Reverse(*e),
                    d.outcome != Outcome::Eligible,
                    d.eligible_on,
                )
            })
            .map(|(e, d)| (e, d.remedy))?;
        worst = Some(match worst {
            Some(w) if w.0 <= best.0 => w,
            _ => best,
        });
    }
    worst
}

/// The data echo of every case in the report.
pub fn build(a: &Analysis<'_>, counts: &[CountResult], arrests: &[Arrest<'_>]) -> Vec<CaseEcho> {
    let mut out = Vec::new();
    let relief_of = |event: usize, count: &crate::model::Count| -> &[Determination] {
        counts
            .iter()
            .find(|r| {
                r.event == event && std::ptr::eq(&a.history.events[r.event].counts[r.count], count)
            })
            .map(|r| r.relief.as_slice())
            .unwrap_or(&[])
    };
    // Convictions, one case per court event.
    let mut events: Vec<usize> = a.convictions.iter().map(|c| c.event_index).collect();
    events.dedup();
    for event in events {
        let case: Vec<_> = a
            .convictions
            .iter()
            .filter(|c| c.event_index == event)
            .collect();
        let lists: Vec<&[Determination]> = case.iter().map(|c| relief_of(event, c.count)).collect();
        out.push(conviction_echo(a, event, &case, &lists));
    }
    // Sustained juvenile petitions.
    let mut juvenile: Vec<usize> = a.juvenile.iter().map(|j| j.event_index).collect();
    juvenile.dedup();
    for event in juvenile {
        let mut e = CaseEcho {
            event,
            now: Exposure {
                may: May::No,
                status: None,
                employer_may_use: false,
            },
            after: None,
            reasons: Vec::new(),
        };
        e.because(Msg::new("echo-juvenile"), JUVENILE);
        out.push(e);
    }
    // Arrests that did not end in a conviction.
    for arrest in arrests {
        if arrest.outcome == ArrestOutcome::Convicted {
            continue;
        }
        let lists: Vec<&[Determination]> = arrest
            .event
            .counts
            .iter()
            .map(|c| relief_of(arrest.event_index, c))
            .collect();
        out.push(arrest_echo(arrest, &lists));
    }
    out.sort_by_key(|e| e.event);
    out
}

fn conviction_echo(
    a: &Analysis<'_>,
    event: usize,
    case: &[&crate::analysis::Conviction<'_>],
    lists: &[&[Determination]],
) -> CaseEcho {
    let mut e = CaseEcho {
        event,
        now: Exposure {
            may: May::Yes,
            status: None,
            employer_may_use: true,
        },
        after: None,
        reasons: Vec::new(),
    };
    // Seven years from disposition, release or parole.
    let mut anchor: Option<Date> = Some(Date::MIN);
    for c in case {
        let released = if c.prison() || c.custody.jail.is_some() {
            c.custody.released.or(c.completed.map(|d| d.on))
        } else {
            Some(c.date)
        };
        anchor = match (anchor, released) {
            (Some(x), Some(y)) => Some(x.max(y).max(c.date)),
            _ => None,
        };
    }
    let granted = case_effect(lists, |o| o == Outcome::Granted);
    let gone_now = matches!(granted, Some((Effect::Gone, _)));
    e.now.may = match anchor {
        _ if gone_now => May::No,
        Some(day) => {
            let until = add_years(day, 7);
            if until <= a.as_of {
                e.because(Msg::new("echo-conviction-old").date("date", day), ICRAA_7);
                May::No
            } else {
                e.because(
                    Msg::new("echo-conviction-seven-years").date("date", until),
                    ICRAA_7,
                );
                May::Until(until)
            }
        }
        None => {
            e.because(Msg::new("echo-conviction-release-unknown"), ICRAA_7);
            May::Yes
        }
    };
    // Old marijuana possession records (HS 11361.7).
    let marijuana = case.iter().all(|c| {
        c.section()
            .is_some_and(|s| s.code() == "HS" && matches!(s.number(), "11357" | "11360"))
            && c.level != Some(Level::Felony)
    });
    if marijuana && add_years(case[0].date, 2) <= a.as_of {
        e.because(Msg::new("echo-marijuana"), MARIJUANA);
        e.now.may = May::No;
        e.now.employer_may_use = false;
    }
    match granted {
        Some((Effect::Gone, r)) => {
            e.now.employer_may_use = false;
            e.because(gone_msg(r), gone_cite(r));
        }
        Some((Effect::Dismissed, r)) => {
            e.now.status = Some(r);
            e.now.employer_may_use = false;
            e.because(crate::remedies::remedy_msg("echo-status", r), UP_TO_DATE);
            e.because(Msg::new("echo-employer-dismissed"), EMPLOYER);
        }
        Some((Effect::Reduced, r)) => {
            e.now.status = Some(r);
            e.because(crate::remedies::remedy_msg("echo-status", r), UP_TO_DATE);
        }
        None => {}
    }
    if e.now.employer_may_use {
        e.because(Msg::new("echo-employer-fair-chance"), FAIR_CHANCE);
    }
    // After the relief still to come.
    let open = case_effect(lists, |o| {
        matches!(
            o,
            Outcome::Granted | Outcome::Eligible | Outcome::EligibleLater
        )
    });
    if let Some((effect, r)) = open
        && Some((effect, r)) != granted
        && granted.is_none_or(|(g, _)| effect > g)
    {
        let mut after = e.now;
        match effect {
            Effect::Gone => {
                after.may = May::No;
                after.status = None;
                after.employer_may_use = false;
            }
            Effect::Dismissed => {
                after.status = Some(r);
                after.employer_may_use = false;
            }
            Effect::Reduced => after.status = Some(r),
        }
        e.after = Some((r, after));
        e.because(crate::remedies::remedy_msg("echo-after", r), UP_TO_DATE);
    }
    if e.now.may != May::No || e.after.is_some() {
        e.because(Msg::new("echo-verify-30"), VERIFY_30);
        e.because(Msg::new("echo-dispute"), DISPUTE);
    }
    e.because(Msg::new("echo-doj"), DOJ);
    e
}

fn gone_msg(r: RemedyId) -> Msg {
    match r {
        RemedyId::Pardon => Msg::new("echo-pardon"),
        RemedyId::Pc236_14 | RemedyId::Pc1473_7 | RemedyId::Pc1203_43 => Msg::new("echo-vacated"),
        RemedyId::Pc851_93 => Msg::new("echo-arrest-relief"),
        _ => Msg::new("echo-sealed"),
    }
}

fn gone_cite(r: RemedyId) -> Cite {
    match r {
        RemedyId::Pardon | RemedyId::Pc236_14 | RemedyId::Pc1473_7 | RemedyId::Pc1203_43 => ICRAA_7,
        RemedyId::Pc851_93 => ARREST_RELIEF,
        _ => SEALED,
    }
}

fn arrest_echo(arrest: &Arrest<'_>, lists: &[&[Determination]]) -> CaseEcho {
    let mut e = CaseEcho {
        event: arrest.event_index,
        now: Exposure {
            may: May::No,
            status: None,
            employer_may_use: false,
        },
        after: None,
        reasons: Vec::new(),
    };
    match arrest.outcome {
        ArrestOutcome::Open | ArrestOutcome::DiversionPending => {
            e.now.may = May::WhilePending;
            e.because(Msg::new("echo-arrest-pending"), ICRAA_7);
        }
        _ => e.because(Msg::new("echo-arrest-no-conviction"), ICRAA_7),
    }
    e.because(Msg::new("echo-arrest-employer"), EMPLOYER);
    let granted = case_effect(lists, |o| o == Outcome::Granted);
    if let Some((Effect::Gone, r)) = granted {
        e.because(gone_msg(r), gone_cite(r));
    } else if let Some((Effect::Gone, r)) = case_effect(lists, |o| {
        matches!(o, Outcome::Eligible | Outcome::EligibleLater)
    }) {
        let after = Exposure {
            may: May::No,
            status: None,
            employer_may_use: false,
        };
        e.after = Some((r, after));
        e.because(crate::remedies::remedy_msg("echo-after", r), gone_cite(r));
        e.because(gone_msg(r), gone_cite(r));
    }
    if e.now.may == May::No {
        e.because(Msg::new("echo-dispute"), DISPUTE);
    }
    e
}
