//! WIC 781 — petition to seal juvenile records.
//!
//! * (a)(1)(A): five years or more after juvenile court jurisdiction ended,
//!   or at any time after the person turned 18, the person may petition to
//!   seal the records of the case; the court orders them sealed if it finds
//!   the person rehabilitated to its satisfaction.
//! * Not if, after juvenile jurisdiction ended, the person was convicted of
//!   a felony or of a misdemeanor involving moral turpitude.
//! * (a)(1)(D): records of a WIC 707(b) offense committed at 14 or older
//!   generally cannot be sealed, except for a person committed to the
//!   Division of Juvenile Facilities who reached 21 and completed
//!   supervision.
//! * Unpaid restitution turned into a civil judgment is no bar (SB 504,
//!   2015).
//!
//! Source for the details: the Clean Slate Clearinghouse summary [V] and
//! the statute's timing as commonly stated [K].

use super::Rule;
use super::juvenile::{Bar707b, bar_707b, jurisdiction_ended};
use crate::analysis::Analysis;
use crate::date::add_years;
use crate::model::Level;
use crate::remedy::{Cite, Determination, Msg, Outcome, RemedyId};

const A: Cite = Cite::k("Welf. & Inst. Code, § 781, subd. (a)(1)(A)");
const BAR: Cite = Cite::v("Welf. & Inst. Code, § 781, subd. (a)");
const D: Cite = Cite::v("Welf. & Inst. Code, § 781, subd. (a)(1)(D)");

/// The rule as the rules page states it.
pub static RULE: Rule = Rule {
    remedy: RemedyId::Wic781,
    automatic: false,
    summary: "rule-wic-781",
    conditions: &[
        ("rule-wic-781-when", A),
        ("rule-wic-781-bar", BAR),
        ("rule-wic-707b", D),
        ("rule-wic-781-judge", A),
    ],
    forms: &["JV-595"],
};

/// WIC 781 for sustained juvenile petition `k`.
pub fn evaluate(a: &Analysis<'_>, k: usize) -> Option<Determination> {
    let j = &a.juvenile[k];
    let mut d = a.determination(RemedyId::Wic781, Outcome::NeedsReview);
    if let Some(on) = j.granted(RemedyId::Wic781) {
        d.outcome = Outcome::Granted;
        d.because(super::common::granted_msg(on), A);
        return Some(d);
    }
    d.mandatory = Some(false);
    match bar_707b(a, j) {
        Bar707b::Yes => {
            d.outcome = Outcome::Ineligible;
            d.because(|| Msg::new("r-wic-707b"), D);
            d.note(|| Msg::new("r-wic-781-djf"));
            return Some(d);
        }
        Bar707b::AgeUnknown => {
            d.because(|| Msg::new("r-wic-707b-age"), D);
            return Some(d);
        }
        Bar707b::No => {}
    }
    let ended = jurisdiction_ended(j);
    let five = add_years(ended, 5);
    let ready = match a.birthday(18) {
        Some(adult) => five.min(adult).max(ended),
        None => five,
    };
    d.because(
        || {
            Msg::new("r-wic-781-when")
                .date("ended", ended)
                .date("date", ready)
        },
        A,
    );
    // Adult convictions after jurisdiction ended.
    let later = a.convictions.iter().filter(|c| c.date > ended);
    let mut review = false;
    for c in later {
        match c.original_level {
            Some(Level::Felony) => {
                d.outcome = Outcome::Ineligible;
                d.because(
                    || Msg::new("r-wic-781-later-felony").date("date", c.date),
                    BAR,
                );
                return Some(d);
            }
            Some(Level::Misdemeanor) | None => review = true,
            Some(Level::Infraction) => {}
        }
    }
    d.because(|| Msg::new("r-wic-781-judge"), A);
    if review {
        d.because(|| Msg::new("r-wic-781-moral-turpitude"), BAR);
        return Some(d);
    }
    super::common::available_from(&mut d, ready, a.as_of);
    Some(d)
}
