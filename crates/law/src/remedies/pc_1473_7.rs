//! PC 1473.7 — motion to vacate a conviction that is legally invalid.
//!
//! * (a): a person "no longer in criminal custody" may move to vacate a
//!   conviction or sentence for (1) prejudicial error damaging their ability
//!   to meaningfully understand, defend against, or knowingly accept the
//!   actual or potential adverse immigration consequences of a plea of
//!   guilty or no contest; (2) newly discovered evidence of actual
//!   innocence; (3) a conviction or sentence sought or obtained on the basis
//!   of race, ethnicity or national origin (PC 745).
//! * (a)(1) finding "may, but need not, include a finding of ineffective
//!   assistance of counsel" (AB 2867, Stats. 2018, ch. 825).
//! * (b): an (a)(1) motion is timely "at any time" once out of custody, but
//!   may be found untimely if not filed with reasonable diligence after a
//!   notice to appear or a final removal order.
//! * Effective Jan 1, 2017.
//!
//! The engine can only point the way: whether there was prejudicial error
//! is for a court, on evidence the record does not hold. So for a
//! `noncitizen` it is always `needs_review` — a strong lead for counsel,
//! with what to gather — and never a promise.

use super::Rule;
use crate::analysis::Analysis;
use crate::remedy::{Cite, Determination, Msg, Outcome, RemedyId};

const A: Cite = Cite::v("Pen. Code, § 1473.7, subd. (a)");
const A1: Cite = Cite::v("Pen. Code, § 1473.7, subd. (a)(1)");
const B: Cite = Cite::v("Pen. Code, § 1473.7, subd. (b)");
const PICKERING: Cite = Cite::v("Matter of Pickering (BIA 2003) 23 I&N Dec. 621");

const EFFECTIVE: jiff::civil::Date = jiff::civil::date(2017, 1, 1);

/// The rule as the rules page states it.
pub static RULE: Rule = Rule {
    remedy: RemedyId::Pc1473_7,
    automatic: false,
    summary: "rule-pc-1473-7",
    conditions: &[
        ("rule-pc-1473-7-who", A),
        ("rule-pc-1473-7-grounds", A),
        ("rule-pc-1473-7-timely", B),
        ("rule-pc-1473-7-effect", PICKERING),
    ],
    forms: &[],
};

/// PC 1473.7 for conviction `i`.
pub fn evaluate(a: &Analysis<'_>, i: usize) -> Option<Determination> {
    if a.facts.noncitizen != Some(true) || a.as_of < EFFECTIVE {
        return None;
    }
    let c = &a.convictions[i];
    let mut d = a.determination(RemedyId::Pc1473_7, Outcome::NeedsReview);
    if let Some(on) = c.granted(RemedyId::Pc1473_7) {
        d.outcome = Outcome::Granted;
        d.because(super::common::granted_msg(on), A);
        return Some(d);
    }
    match c.facts.advised_immigration {
        Some(true) => {
            // Properly advised: the immigration ground is gone; innocence
            // and race-based grounds are for a lawyer to raise.
            return None;
        }
        Some(false) => {
            d.because(|| Msg::new("r-1473-7-not-advised"), A1);
        }
        None => {
            d.because(|| Msg::new("r-1473-7-ask-advice"), A1);
            d.missing("advised_immigration");
        }
    };
    d.because(|| Msg::new("r-1473-7-lead"), A);
    let custody_until = match a.facts.on_supervision {
        Some(true) => Some(None),
        _ => c
            .completed
            .filter(|done| done.on > a.as_of)
            .map(|done| Some(done.on)),
    };
    match custody_until {
        Some(Some(date)) => {
            d.because(|| Msg::new("r-1473-7-custody-until").date("date", date), A);
        }
        Some(None) => {
            d.because(|| Msg::new("r-1473-7-custody"), A);
        }
        None => {
            d.because(|| Msg::new("r-1473-7-out-of-custody"), A);
        }
    }
    d.because(|| Msg::new("r-1473-7-gather"), A1);
    d.because(|| Msg::new("r-1473-7-diligence"), B);
    d.because(|| Msg::new("r-1473-7-effect"), PICKERING);
    Some(d)
}
