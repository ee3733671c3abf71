//! PC 1203.49 — dismissal of a PC 647(b) conviction for a victim of human
//! trafficking.
//!
//! * A person convicted of PC 647(b) who "has completed any term of
//!   probation" and shows by clear and convincing evidence that the
//!   conviction was the result of their status as a victim of human
//!   trafficking: the court "may" find so, order any of the relief of PC
//!   1203.4, and notify the Department of Justice.
//!
//! Whether the person was trafficked is never on the record: without the
//! `trafficking_victim` fact the answer is a question, not silence.

use super::Rule;
use crate::analysis::Analysis;
use crate::remedy::{Cite, Determination, Msg, Outcome, RemedyId};
use crate::section::Fit;

const CITE: Cite = Cite::v("Pen. Code, § 1203.49");

/// The rule as the rules page states it.
pub static RULE: Rule = Rule {
    remedy: RemedyId::Pc1203_49,
    automatic: false,
    summary: "rule-pc-1203-49",
    conditions: &[
        ("rule-pc-1203-49-who", CITE),
        ("rule-pc-1203-49-probation", CITE),
        ("rule-trafficking-proof", CITE),
        ("rule-pc-1203-49-may", CITE),
    ],
    forms: &["CR-180", "CR-181"],
};

/// PC 1203.49 for conviction `i`.
pub fn evaluate(a: &Analysis<'_>, i: usize) -> Option<Determination> {
    let c = &a.convictions[i];
    if c.section()?.fit_str("PC 647(b)") != Fit::Yes {
        return None;
    }
    let mut d = a.determination(RemedyId::Pc1203_49, Outcome::NeedsReview);
    if let Some(on) = c.granted(RemedyId::Pc1203_49) {
        d.outcome = Outcome::Granted;
        d.because(super::common::granted_msg(on), CITE);
        return Some(d);
    }
    d.mandatory = Some(false);
    match a.facts.trafficking_victim {
        Some(false) => return None,
        Some(true) => {
            d.because(|| Msg::new("r-trafficking-victim"), CITE);
        }
        None => {
            d.because(|| Msg::new("r-trafficking-ask"), CITE);
            d.missing("trafficking_victim");
        }
    };
    // Any term of probation completed.
    let mut ready = Some(c.date);
    if let Some(p) = &c.probation {
        match (c.facts.probation_completed, p.end) {
            (Some(false), _) => {
                d.outcome = Outcome::Ineligible;
                d.missing_facts.clear();
                d.because(|| Msg::new("r-1203-49-probation-not-done"), CITE);
                return Some(d);
            }
            (Some(true), _) => {
                d.because(|| Msg::new("r-1203-49-probation-done"), CITE);
            }
            (None, Some(end)) => {
                d.because(
                    || Msg::new("r-1203-49-probation-ends").date("date", end.on),
                    CITE,
                );
                ready = Some(end.on);
            }
            (None, None) => {
                d.missing("probation_completed");
                ready = None;
            }
        };
    }
    d.because(|| Msg::new("r-trafficking-proof"), CITE);
    d.because(|| Msg::new("r-1203-49-may"), CITE);
    if d.missing_facts.is_empty()
        && let Some(on) = ready
    {
        super::common::available_from(&mut d, on, a.as_of);
    }
    Some(d)
}
