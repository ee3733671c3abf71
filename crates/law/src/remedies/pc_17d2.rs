//! PC 17(d)(2) — a misdemeanor treated as an infraction.
//!
//! * 17(d): a violation of a section that makes an offense a misdemeanor is
//!   an infraction when (2) "the court, with the consent of the defendant,
//!   determines that the offense is an infraction", for the offenses PC
//!   19.8(a) lists. The Judicial Council's CR-180 offers it next to 17(b).
//! * Discretionary; no waiting period.

use super::Rule;
use super::pc_1203_4::section_msg;
use crate::analysis::Analysis;
use crate::catalog::{Match, TableId};
use crate::model::Level;
use crate::remedy::{Cite, Determination, Outcome, RemedyId};

const D2: Cite = Cite::v("Pen. Code, § 17, subd. (d)(2)");
const LIST: Cite = Cite::v2("Pen. Code, § 19.8, subd. (a)");

/// The rule as the rules page states it.
pub static RULE: Rule = Rule {
    remedy: RemedyId::Pc17d2,
    automatic: false,
    summary: "rule-pc-17d2",
    conditions: &[
        ("rule-pc-17d2-list", LIST),
        ("rule-pc-17d2-discretionary", D2),
    ],
    forms: &["CR-180", "CR-181"],
};

/// PC 17(d)(2) for conviction `i`.
pub fn evaluate(a: &Analysis<'_>, i: usize) -> Option<Determination> {
    let c = &a.convictions[i];
    if c.level != Some(Level::Misdemeanor) {
        return None;
    }
    let mut d = a.determination(RemedyId::Pc17d2, Outcome::Eligible);
    d.mandatory = Some(false);
    match c.lookup(TableId::Infraction19_8, a.as_of) {
        Match::Yes(e) => {
            d.because(section_msg("r-17d2-listed", c.section()), e.cite);
        }
        Match::Possible(e, _) => {
            d.outcome = Outcome::NeedsReview;
            d.because(section_msg("r-17d2-maybe-listed", c.section()), e.cite);
        }
        Match::No => return None,
    }
    d.because(crate::remedy::Msg::new("r-discretionary"), D2);
    Some(d)
}
