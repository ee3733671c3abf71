//! PC 851.93 — automatic arrest relief by the Department of Justice.
//!
//! * (a)(1): monthly, DOJ reviews its records and identifies arrests
//!   eligible for relief.
//! * (a)(2): the arrest occurred on or after Jan 1, 1973, and (A) it was a
//!   misdemeanor arrest and the charge was dismissed; (B) a misdemeanor
//!   arrest with no indication that proceedings were initiated, at least one
//!   calendar year since the arrest, and no conviction (or an acquittal);
//!   (C)(i) a felony arrest, no proceedings, at least three calendar years,
//!   no conviction (or an acquittal); (C)(ii) for an offense punishable by
//!   eight years or more, at least six years; or (D) the person successfully
//!   completed diversion or deferred entry of judgment relating to it.
//! * (b)(1): DOJ grants relief without a petition if the information is in
//!   its electronic records; (b)(3) the arrest is deemed not to have
//!   occurred.
//! * (g): operative Oct 1, 2024. The misdemeanor prongs ran from July 1,
//!   2022 [V2]; the felony prongs (C) came with SB 731.
//!
//! A dismissed felony is not covered by (A), which names misdemeanors; the
//! petition route (851.91) remains.

use super::Rule;
use super::common::{Ready, not_before};
use crate::analysis::Analysis;
use crate::analysis::arrests::{Arrest, ArrestOutcome};
use crate::catalog::TableId;
use crate::date::add_years;
use crate::remedy::{Cite, Determination, Msg, Outcome, RemedyId};

const A1: Cite = Cite::v("Pen. Code, § 851.93, subd. (a)(1)");
const A2A: Cite = Cite::v("Pen. Code, § 851.93, subd. (a)(2)(A)");
const A2B: Cite = Cite::v("Pen. Code, § 851.93, subd. (a)(2)(B)");
const A2C1: Cite = Cite::v("Pen. Code, § 851.93, subd. (a)(2)(C)(i)");
const A2C2: Cite = Cite::v("Pen. Code, § 851.93, subd. (a)(2)(C)(ii)");
const A2D: Cite = Cite::v("Pen. Code, § 851.93, subd. (a)(2)(D)");
const B: Cite = Cite::v("Pen. Code, § 851.93, subds. (b)(1), (b)(3)");
const START: Cite = Cite::v2("Pen. Code, § 851.93 (misdemeanor prongs operative July 1, 2022)");

const WINDOW: jiff::civil::Date = jiff::civil::date(1973, 1, 1);
const PROGRAM_MISDEMEANOR: jiff::civil::Date = jiff::civil::date(2022, 7, 1);
const PROGRAM_FELONY: jiff::civil::Date = jiff::civil::date(2024, 10, 1);

/// The rule as the rules page states it.
pub static RULE: Rule = Rule {
    remedy: RemedyId::Pc851_93,
    automatic: true,
    summary: "rule-pc-851-93",
    conditions: &[
        ("rule-pc-851-93-monthly", A1),
        ("rule-pc-851-93-a", A2A),
        ("rule-pc-851-93-b", A2B),
        ("rule-pc-851-93-c", A2C1),
        ("rule-pc-851-93-c2", A2C2),
        ("rule-pc-851-93-d", A2D),
        ("rule-pc-851-93-effect", B),
    ],
    forms: &[],
};

/// PC 851.93 for one arrest.
pub fn evaluate(a: &Analysis<'_>, arrest: &Arrest<'_>) -> Option<Determination> {
    let mut d = a.determination(RemedyId::Pc851_93, Outcome::NeedsReview);
    d.automatic = true;
    d.mandatory = Some(true);
    if let Some((RemedyId::Pc851_93, on)) = arrest.granted {
        d.outcome = Outcome::Granted;
        d.mandatory = None;
        d.because(super::common::granted_msg(on), B);
        return Some(d);
    }
    if arrest.date < WINDOW {
        return None;
    }
    let ready = match arrest.outcome {
        ArrestOutcome::Convicted | ArrestOutcome::Open | ArrestOutcome::DiversionPending => {
            return None;
        }
        ArrestOutcome::Dismissed(on) if !arrest.felony => {
            d.because(|| Msg::new("r-851-93-dismissed").date("date", on), A2A);
            not_before(Ready::On(on), PROGRAM_MISDEMEANOR)
        }
        ArrestOutcome::Dismissed(_) => return None,
        ArrestOutcome::DiversionCompleted(on) => {
            d.because(|| Msg::new("r-851-93-diversion").date("date", on), A2D);
            not_before(Ready::On(on), PROGRAM_MISDEMEANOR)
        }
        ArrestOutcome::NoProceedings | ArrestOutcome::Acquitted => {
            let eight_years = arrest.any_charge_in(a, TableId::EightYears);
            let (years, cite, id, start) = if !arrest.felony {
                (1, A2B, "r-851-93-misdemeanor-wait", PROGRAM_MISDEMEANOR)
            } else if eight_years {
                (6, A2C2, "r-851-93-eight-year-wait", PROGRAM_FELONY)
            } else {
                (3, A2C1, "r-851-93-felony-wait", PROGRAM_FELONY)
            };
            let on = add_years(arrest.date, years);
            if arrest.outcome == ArrestOutcome::Acquitted {
                d.because(|| Msg::new("r-851-93-acquitted"), cite);
            } else {
                d.because(|| Msg::new("r-851-93-no-charges"), cite);
            }
            d.because(
                || Msg::new(id).date("arrest", arrest.date).date("date", on),
                cite,
            );
            if arrest.level_unknown {
                d.note(|| Msg::new("r-851-93-level-unknown"));
            }
            not_before(Ready::On(on), start)
        }
    };
    if let Ready::On(on) = ready {
        super::common::available_from(&mut d, on, a.as_of);
        if on <= PROGRAM_MISDEMEANOR {
            d.because(|| Msg::new("r-851-93-program-start"), START);
        }
    }
    d.because(|| Msg::new("r-851-93-automatic"), B);
    Some(d)
}
