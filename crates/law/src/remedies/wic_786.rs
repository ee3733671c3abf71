//! WIC 786 — the juvenile court dismisses and seals on completed probation.
//!
//! * (a): when a ward "satisfactorily completes" probation (including
//!   probation under WIC 725 and informal supervision under WIC 654.2), the
//!   court "shall order the petition dismissed" and "order sealed all
//!   records pertaining to that dismissed petition" held by the court,
//!   law enforcement, probation and the Department of Justice. The arrest
//!   and proceedings are deemed not to have occurred.
//! * (d): not for a WIC 707(b) offense committed at 14 or older, unless
//!   the finding was dismissed or reduced to an offense not listed there.
//! * (e)(2): the person may ask for records held by other public agencies
//!   to be sealed too.
//!
//! "Satisfactory completion" is the same standard for dismissal and sealing
//! (In re A.V. (2017) 11 Cal.App.5th 697). A juvenile finding still on a
//! RAP sheet after probation ended is worth asking the court about.

use super::Rule;
use super::juvenile::{Bar707b, bar_707b};
use crate::analysis::Analysis;
use crate::remedy::{Cite, Determination, Msg, Outcome, RemedyId};

const A: Cite = Cite::v("Welf. & Inst. Code, § 786, subd. (a)");
const D: Cite = Cite::v("Welf. & Inst. Code, § 786, subd. (d)");
const E: Cite = Cite::v("Welf. & Inst. Code, § 786, subd. (e)(2)");

/// The rule as the rules page states it.
pub static RULE: Rule = Rule {
    remedy: RemedyId::Wic786,
    automatic: false,
    summary: "rule-wic-786",
    conditions: &[
        ("rule-wic-786-who", A),
        ("rule-wic-786-shall", A),
        ("rule-wic-707b", D),
        ("rule-wic-786-other-agencies", E),
    ],
    forms: &["JV-596"],
};

/// WIC 786 for sustained juvenile petition `k` (index into
/// [`Analysis::juvenile`]).
pub fn evaluate(a: &Analysis<'_>, k: usize) -> Option<Determination> {
    let j = &a.juvenile[k];
    let mut d = a.determination(RemedyId::Wic786, Outcome::NeedsReview);
    if let Some(on) = j.granted(RemedyId::Wic786) {
        d.outcome = Outcome::Granted;
        d.because(super::common::granted_msg(on), A);
        return Some(d);
    }
    d.mandatory = Some(true);
    d.because(|| Msg::new("r-juvenile-not-conviction"), A);
    match bar_707b(a, j) {
        Bar707b::Yes => {
            d.outcome = Outcome::Ineligible;
            d.because(|| Msg::new("r-wic-707b"), D);
            return Some(d);
        }
        Bar707b::AgeUnknown => {
            d.because(|| Msg::new("r-wic-707b-age"), D);
            return Some(d);
        }
        Bar707b::No => {}
    }
    let ready = match (&j.probation, j.facts.probation_completed) {
        (_, Some(false)) => {
            d.outcome = Outcome::Ineligible;
            d.because(|| Msg::new("r-wic-786-not-completed"), A);
            return Some(d);
        }
        (_, Some(true)) => {
            d.because(|| Msg::new("r-wic-786-completed"), A);
            Some(a.as_of)
        }
        (Some(p), None) if !p.revoked && p.end.is_some() => {
            let end = p.end.map(|e| e.on).unwrap_or(j.date);
            d.because(|| Msg::new("r-wic-786-probation-ends").date("date", end), A);
            Some(end)
        }
        _ => {
            d.because(|| Msg::new("r-wic-786-ask"), A);
            d.missing("probation_completed");
            None
        }
    };
    d.because(|| Msg::new("r-wic-786-shall"), A);
    d.because(|| Msg::new("r-wic-786-other-agencies"), E);
    if let Some(on) = ready {
        super::common::available_from(&mut d, on, a.as_of);
    }
    Some(d)
}
