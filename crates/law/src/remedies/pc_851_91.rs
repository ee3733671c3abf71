//! PC 851.91 — a petition to seal an arrest that did not end in a
//! conviction.
//!
//! * (a)(1): an arrest "did not result in a conviction" when (A) the
//!   limitations period has run on every offense and no accusatory pleading
//!   was filed, or (B) a pleading was filed but, for every charge, there was
//!   no conviction and it cannot be refiled, an acquittal, or a conviction
//!   vacated on appeal.
//! * (a)(2): not if (A) the person may still be charged, (B) any charge is
//!   murder or another offense with no limitations period, unless the
//!   person was acquitted or found factually innocent, (C) the person
//!   intentionally evaded law enforcement, or (D) evaded prosecution by
//!   identity fraud and was charged with it.
//! * (c): granted "as a matter of right", except in the interest of justice
//!   where the arrest involved domestic violence, child abuse or elder abuse
//!   and the record shows a "pattern": two or more convictions, or five or
//!   more arrests, for separate offenses on separate occasions within three
//!   years of at least one other.
//!
//! Limitations periods used for "may still be charged": one year for a
//! misdemeanor (PC 802), three for a felony (PC 801), six for an offense
//! punishable by eight years or more (PC 800), none for offenses punishable
//! by death or life (PC 799) [K for the table of those offenses].

use super::Rule;
use crate::analysis::Analysis;
use crate::analysis::arrests::{Arrest, ArrestOutcome};
use crate::catalog::TableId;
use crate::date::{Date, add_years};
use crate::model::EventKind;
use crate::remedy::{Cite, Determination, Msg, Outcome, RemedyId};

const A1: Cite = Cite::v("Pen. Code, § 851.91, subd. (a)(1)");
const A2: Cite = Cite::v("Pen. Code, § 851.91, subd. (a)(2)");
const C: Cite = Cite::v("Pen. Code, § 851.91, subd. (c)");
const LIMITS: Cite = Cite::k("Pen. Code, §§ 799-802 (limitations periods)");
const REFILE: Cite = Cite::k("Pen. Code, § 851.91, subd. (a)(1)(B)(i) (cannot be refiled)");

/// The rule as the rules page states it.
pub static RULE: Rule = Rule {
    remedy: RemedyId::Pc851_91,
    automatic: false,
    summary: "rule-pc-851-91",
    conditions: &[
        ("rule-pc-851-91-no-conviction", A1),
        ("rule-pc-851-91-bars", A2),
        ("rule-pc-851-91-limits", LIMITS),
        ("rule-pc-851-91-right", C),
        ("rule-pc-851-91-pattern", C),
    ],
    forms: &["CR-409", "CR-410"],
};

/// PC 851.91 for one arrest.
pub fn evaluate(a: &Analysis<'_>, arrest: &Arrest<'_>) -> Option<Determination> {
    let mut d = a.determination(RemedyId::Pc851_91, Outcome::NeedsReview);
    if let Some((RemedyId::Pc851_91, on)) = arrest.granted {
        d.outcome = Outcome::Granted;
        d.because(super::common::granted_msg(on), C);
        return Some(d);
    }
    let ready: Date = match arrest.outcome {
        ArrestOutcome::Convicted
        | ArrestOutcome::Open
        | ArrestOutcome::DiversionPending
        | ArrestOutcome::DiversionCompleted(_) => return None,
        ArrestOutcome::Acquitted => {
            d.because(|| Msg::new("r-851-91-acquitted"), A1);
            arrest.date
        }
        _ if arrest.any_charge_in(a, TableId::NoLimitation) => {
            d.outcome = Outcome::Ineligible;
            d.because(|| Msg::new("r-851-91-no-limit"), A2);
            return Some(d);
        }
        ArrestOutcome::Dismissed(on) => {
            d.because(|| Msg::new("r-851-91-dismissed").date("date", on), A1);
            d.because(|| Msg::new("r-851-91-refile"), REFILE);
            on
        }
        ArrestOutcome::NoProceedings => {
            let eight = arrest.any_charge_in(a, TableId::EightYears);
            let years = if !arrest.felony {
                1
            } else if eight {
                6
            } else {
                3
            };
            let on = add_years(arrest.date, years);
            d.because(
                || {
                    Msg::new("r-851-91-limitations")
                        .num("years", i64::from(years))
                        .date("date", on)
                },
                LIMITS,
            );
            on
        }
    };
    // "As a matter of right", unless DV/child/elder abuse with a pattern.
    let dv = arrest.any_charge_in(a, TableId::DomesticAbuse);
    d.mandatory = Some(true);
    if dv && pattern(a) {
        d.mandatory = Some(false);
        d.because(|| Msg::new("r-851-91-pattern"), C);
    } else {
        d.because(|| Msg::new("r-851-91-as-of-right"), C);
    }
    super::common::available_from(&mut d, ready, a.as_of);
    Some(d)
}

/// Two or more convictions, or five or more arrests, on separate occasions
/// within three years of at least one other (PC 851.91(c)).
fn pattern(a: &Analysis<'_>) -> bool {
    let near = |dates: &[Date]| {
        dates
            .iter()
            .filter(|&&d| {
                dates
                    .iter()
                    .any(|&o| o != d && add_years(d.min(o), 3) >= d.max(o))
            })
            .count()
    };
    let mut convictions: Vec<Date> = a.convictions.iter().map(|c| c.date).collect();
    convictions.dedup();
    let mut arrests: Vec<Date> = a
        .history
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Arrest)
        .filter_map(|e| e.date.map(|d| d.latest()))
        .collect();
    arrests.sort();
    arrests.dedup();
    near(&convictions) >= 2 || near(&arrests) >= 5
}
