//! PC 18.5 — a one-year misdemeanor sentence reduced to 364 days.
//!
//! * (a): every offense punishable by county jail up to one year is
//!   punishable by jail "for a period not to exceed 364 days", retroactively.
//! * (b): "A person who was sentenced to a term of one year in county jail
//!   prior to January 1, 2015, may submit an application before the trial
//!   court that entered the judgment of conviction in his or her case to
//!   have the term of the sentence modified to the maximum term specified in
//!   subdivision (a)."
//!
//! Whether the court must grant is not settled in our sources [K]; the
//! determination leaves `mandatory` empty. For immigration, such changes
//! made for rehabilitation or to avoid immigration consequences have no
//! effect after Matter of Thomas & Thompson (A.G. 2019).

use super::Rule;
use crate::analysis::Analysis;
use crate::model::Level;
use crate::remedy::{Cite, Determination, Msg, Outcome, RemedyId};

const A: Cite = Cite::v("Pen. Code, § 18.5, subd. (a)");
const B: Cite = Cite::v("Pen. Code, § 18.5, subd. (b)");
const CUTOFF: jiff::civil::Date = jiff::civil::date(2015, 1, 1);

/// The rule as the rules page states it.
pub static RULE: Rule = Rule {
    remedy: RemedyId::Pc18_5,
    automatic: false,
    summary: "rule-pc-18-5",
    conditions: &[("rule-pc-18-5-who", B), ("rule-pc-18-5-effect", A)],
    forms: &[],
};

/// PC 18.5 for conviction `i`.
pub fn evaluate(a: &Analysis<'_>, i: usize) -> Option<Determination> {
    let c = &a.convictions[i];
    if c.level != Some(Level::Misdemeanor) || c.sentenced_on >= CUTOFF {
        return None;
    }
    let one_year =
        c.sentence?.parts.iter().any(|p| {
            p.kind == crate::model::PartKind::Jail && p.term.is_some_and(|t| t.is_one_year())
        });
    if !one_year {
        return None;
    }
    let mut d = a.determination(RemedyId::Pc18_5, Outcome::Eligible);
    if let Some(on) = c.granted(RemedyId::Pc18_5) {
        d.outcome = Outcome::Granted;
        let msg = super::common::granted_msg(on);
        d.because(msg, B);
        return Some(d);
    }
    d.because(
        || Msg::new("r-18-5-one-year").date("date", c.sentenced_on),
        B,
    );
    d.because(|| Msg::new("r-18-5-effect"), A);
    let _ = a;
    Some(d)
}
