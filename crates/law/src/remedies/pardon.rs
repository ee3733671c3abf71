//! The Governor's pardon (Cal. Const., art. V, § 8; PC 4800 et seq.).
//!
//! * Through a certificate of rehabilitation (PC 4852.13), or by direct
//!   application. Direct applications are generally not considered until
//!   ten years after discharge from probation or parole with no further
//!   crime, a guideline the Governor may waive [V: application guide].
//! * People 4852.01(c) excludes from a certificate may still be pardoned
//!   "if there are extraordinary circumstances" (4852.01(d)).
//! * The Governor cannot pardon out-of-state or federal convictions.
//! * A full pardon means a background-check company may no longer report
//!   the conviction (Civ. Code 1786.18(a)(7)).
//!
//! Offered on the same convictions as the certificate (felonies and PC 290
//! misdemeanors), where it matters most.

use super::Rule;
use super::pc_4852_01;
use crate::analysis::Analysis;
use crate::date::add_years;
use crate::remedy::{Cite, Determination, Msg, Outcome, RemedyId};

const GUIDE: Cite =
    Cite::v("Office of the Governor, How to Apply for a Pardon (10-year guideline)");
const COR: Cite = Cite::k("Pen. Code, § 4852.13");
const D: Cite = Cite::v("Pen. Code, § 4852.01, subd. (d)");
const ICRAA: Cite = Cite::v("Civ. Code, § 1786.18, subd. (a)(7)");

/// The rule as the rules page states it.
pub static RULE: Rule = Rule {
    remedy: RemedyId::Pardon,
    automatic: false,
    summary: "rule-pardon",
    conditions: &[
        ("rule-pardon-routes", COR),
        ("rule-pardon-ten-years", GUIDE),
        ("rule-pardon-extraordinary", D),
        ("rule-pardon-reports", ICRAA),
    ],
    forms: &[],
};

/// A pardon for conviction `i`.
pub fn evaluate(a: &Analysis<'_>, i: usize) -> Option<Determination> {
    let c = &a.convictions[i];
    if !pc_4852_01::in_scope(c) {
        return None;
    }
    let mut d = a.determination(RemedyId::Pardon, Outcome::NeedsReview);
    d.mandatory = Some(false);
    if let Some(on) = c.granted(RemedyId::Pardon) {
        d.outcome = Outcome::Granted;
        d.mandatory = None;
        d.because(super::common::granted_msg(on), GUIDE);
        return Some(d);
    }
    if pc_4852_01::excluded(c) {
        d.because(|| Msg::new("r-pardon-extraordinary"), D);
    } else {
        d.because(|| Msg::new("r-pardon-via-cor"), COR);
    }
    let Some(done) = c.completed else {
        d.missing("sentence_completed_on");
        return Some(d);
    };
    // Ten years with no further crime: the clock restarts at any later
    // conviction.
    let later = a
        .convictions
        .iter()
        .filter(|o| o.date > done.on)
        .map(|o| o.date)
        .max();
    let start = later.map_or(done.on, |l| l.max(done.on));
    let on = add_years(start, 10);
    match later {
        Some(l) => {
            d.because(
                || {
                    Msg::new("r-pardon-ten-years-later")
                        .date("later", l)
                        .date("date", on)
                },
                GUIDE,
            );
        }
        None => {
            d.because(
                || {
                    Msg::new("r-pardon-ten-years")
                        .date("start", start)
                        .date("date", on)
                },
                GUIDE,
            );
        }
    };
    d.because(|| Msg::new("r-pardon-governor"), GUIDE);
    d.because(|| Msg::new("r-pardon-reports"), ICRAA);
    super::common::available_from(&mut d, on, a.as_of);
    Some(d)
}
