//! PC 17(b) — a wobbler felony reduced to a misdemeanor.
//!
//! * (b): a crime punishable either by state prison or 1170(h) jail, or by
//!   fine or county jail (a "wobbler"), is a misdemeanor "for all purposes"
//!   (3) "When the court grants probation to a defendant and at the time of
//!   granting probation, or on application of the defendant or probation
//!   officer thereafter, the court declares the offense to be a
//!   misdemeanor." The current text has no "without imposition of sentence"
//!   qualifier.
//! * The court decides (People v. Superior Court (Alvarez) (1997) 14 Cal.4th
//!   968): discretionary. No waiting period: it may be asked for while on
//!   probation.
//! * Not for straight felonies, nor after a state prison or executed 1170(h)
//!   term.
//! * (e): it does not end a duty to register under PC 290.
//! * (f) (from Jan 1, 2026): unpaid restitution is no ground to deny.

use super::Rule;
use super::pc_1203_4::section_msg;
use crate::analysis::Analysis;
use crate::catalog::{Match, TableId};
use crate::model::Level;
use crate::remedy::{Cite, Determination, Msg, Outcome, RemedyId};

const B3: Cite = Cite::v("Pen. Code, § 17, subd. (b)(3)");
const ALVAREZ: Cite = Cite::v2(
    "Pen. Code, § 17, subd. (b); People v. Superior Court (Alvarez) (1997) 14 Cal.4th 968",
);
const E: Cite = Cite::v("Pen. Code, § 17, subd. (e)");
const F: Cite = Cite::v("Pen. Code, § 17, subd. (f)");
const NO_CUSTODY: Cite =
    Cite::v2("Pen. Code, § 17, subd. (b)(3) (not after a prison or executed 1170(h) term)");
const WOBBLER: Cite = Cite::v2("Pen. Code, § 17, subd. (b) (wobbler list)");
const SUBD_F: jiff::civil::Date = jiff::civil::date(2026, 1, 1);

/// The rule as the rules page states it.
pub static RULE: Rule = Rule {
    remedy: RemedyId::Pc17b,
    automatic: false,
    summary: "rule-pc-17b",
    conditions: &[
        ("rule-pc-17b-wobbler", WOBBLER),
        ("rule-pc-17b-probation", B3),
        ("rule-pc-17b-discretionary", ALVAREZ),
        ("rule-pc-17b-custody", NO_CUSTODY),
        ("rule-pc-17b-registration", E),
        ("rule-restitution", F),
    ],
    forms: &["CR-180", "CR-181"],
};

/// PC 17(b) for conviction `i`.
pub fn evaluate(a: &Analysis<'_>, i: usize) -> Option<Determination> {
    let c = &a.convictions[i];
    let mut d = a.determination(RemedyId::Pc17b, Outcome::NeedsReview);
    if let Some(on) = c.granted(RemedyId::Pc17b) {
        d.outcome = Outcome::Granted;
        let msg = match on {
            Some(date) => Msg::new("r-reduced-on").date("date", date),
            None => Msg::new("r-reduced"),
        };
        d.because(msg, B3);
        return Some(d);
    }
    if c.original_level != Some(Level::Felony) || c.level != Some(Level::Felony) {
        return None;
    }
    match (c.facts.wobbler, c.lookup_original(TableId::Wobbler, c.date)) {
        (Some(false), _) | (None, Match::No) => return None,
        (Some(true), _) => {
            d.because(section_msg("r-17b-wobbler-facts", c.section()), WOBBLER);
        }
        (None, Match::Yes(e)) => {
            d.because(section_msg("r-17b-wobbler", c.section()), e.cite);
        }
        (None, Match::Possible(e, _)) => {
            d.because(section_msg("r-17b-maybe-wobbler", c.section()), e.cite);
            d.missing("wobbler");
        }
    }
    if !c.on_probation_track() {
        if c.prison() || c.realigned() {
            d.outcome = Outcome::Ineligible;
            d.because(|| Msg::new("r-17b-custody"), NO_CUSTODY);
            return Some(d);
        }
        return None;
    }
    d.mandatory = Some(false);
    d.because(|| Msg::new("r-17b-probation"), B3);
    d.because(|| Msg::new("r-17b-any-time"), B3);
    d.because(|| Msg::new("r-discretionary"), ALVAREZ);
    if a.registration_event {
        d.because(|| Msg::new("r-17b-registration"), E);
    }
    if a.as_of >= SUBD_F {
        d.because(|| Msg::new("r-restitution-not-a-bar"), F);
    }
    d.outcome = if d.missing_facts.is_empty() {
        Outcome::Eligible
    } else {
        Outcome::NeedsReview
    };
    Some(d)
}
