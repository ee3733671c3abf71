//! PC 1170.18 — Proposition 47 resentencing or redesignation.
//!
//! * (a)–(b): a person "currently serving a sentence" (including felony
//!   probation) for a felony that would be a misdemeanor under Prop 47 may
//!   petition for recall and resentencing; the court shall resentence unless
//!   it finds "an unreasonable risk of danger to public safety" ((c): a risk
//!   of a new super-strike offense).
//! * (f)–(g): a person who has completed the sentence may apply to have the
//!   felony "designated as misdemeanors"; the court "shall" designate.
//! * (i): not for a person with one or more prior convictions for a super
//!   strike (PC 667(e)(2)(C)(iv)) or an offense requiring PC 290(c)
//!   registration.
//! * (k): the result is a misdemeanor "for all purposes", except firearms.
//! * No deadline since SB 749 (Stats. 2023, ch. 633).
//!
//! The offenses: HS 11350, 11357, 11377; PC 459.5, 473, 476a, 490.2, 496,
//! 666, with the value ($950) where it matters. Proposition 36 (2024)
//! felonies (PC 666.1, HS 11395) are not Prop 47 offenses. Whether a
//! disqualifying conviction entered after the Prop 47 offense bars relief is
//! unsettled; it goes to review.

use super::Rule;
use super::pc_1203_4::section_msg;
use crate::analysis::{Analysis, Registrant};
use crate::catalog::{Cond, Match, TableId};
use crate::facts::CountFacts;
use crate::model::Level;
use crate::remedy::{Cite, Determination, Msg, Outcome, RemedyId};

const A: Cite = Cite::v("Pen. Code, § 1170.18, subd. (a)");
const B: Cite = Cite::v2("Pen. Code, § 1170.18, subds. (a)-(c)");
const F: Cite = Cite::v2("Pen. Code, § 1170.18, subds. (f)-(g)");
const I: Cite = Cite::v2("Pen. Code, § 1170.18, subd. (i)");
const K: Cite = Cite::v("Pen. Code, § 1170.18, subd. (k)");
const SB749: Cite = Cite::v("Pen. Code, § 1170.18, subd. (j) (SB 749, Stats. 2023, ch. 633)");
const LATER: Cite =
    Cite::k("Pen. Code, § 1170.18, subd. (i) (disqualifying conviction after the offense)");
const PROP36: Cite = Cite::k("Prop. 36 (Nov. 5, 2024)");

/// Prop 47 took effect the day after the election.
const PROP47: jiff::civil::Date = jiff::civil::date(2014, 11, 5);

/// The rule as the rules page states it.
pub static RULE: Rule = Rule {
    remedy: RemedyId::Pc1170_18,
    automatic: false,
    summary: "rule-pc-1170-18",
    conditions: &[
        ("rule-pc-1170-18-offenses", A),
        ("rule-pc-1170-18-value", A),
        ("rule-pc-1170-18-serving", B),
        ("rule-pc-1170-18-completed", F),
        ("rule-pc-1170-18-bars", I),
        ("rule-pc-1170-18-no-deadline", SB749),
        ("rule-pc-1170-18-prop36", PROP36),
        ("rule-pc-1170-18-effect", K),
    ],
    forms: &[],
};

/// PC 1170.18 for conviction `i`.
pub fn evaluate(a: &Analysis<'_>, i: usize) -> Option<Determination> {
    let c = &a.convictions[i];
    let mut d = a.determination(RemedyId::Pc1170_18, Outcome::NeedsReview);
    // Set when a legal question is open (a later or possible super strike,
    // an offense the list may or may not cover): review, whatever the facts.
    let mut review = false;
    if let Some(on) = c.granted(RemedyId::Pc1170_18) {
        d.outcome = Outcome::Granted;
        let msg = match on {
            Some(date) => Msg::new("r-redesignated-on").date("date", date),
            None => Msg::new("r-redesignated"),
        };
        d.because(msg, K);
        return Some(d);
    }
    if c.original_level != Some(Level::Felony) {
        return None;
    }
    if c.lookup_original(TableId::Prop36, c.date).is_any() {
        d.outcome = Outcome::Ineligible;
        d.because(section_msg("r-1170-18-prop36", c.section()), PROP36);
        return Some(d);
    }
    if c.date >= PROP47 {
        return None;
    }
    match c.lookup_original(TableId::Prop47, c.date) {
        Match::Yes(e) => {
            d.because(section_msg("r-1170-18-offense", c.section()), e.cite);
        }
        Match::Possible(e, Cond::Value950) => {
            d.because(section_msg("r-1170-18-offense-value", c.section()), e.cite);
            d.missing("theft_value_usd");
        }
        Match::Possible(e, _) => {
            d.because(section_msg("r-1170-18-maybe-offense", c.section()), e.cite);
            review = true;
        }
        Match::No => {
            // Over $950: say so rather than stay silent.
            let value = c.facts.theft_value_usd?;
            let unknown = CountFacts {
                theft_value_usd: None,
                ..c.facts.clone()
            };
            let mut o = c.offense()?;
            o.level = c.original_level;
            o.facts = &unknown;
            if crate::catalog::lookup(TableId::Prop47, o, c.date).is_possible() {
                d.outcome = Outcome::Ineligible;
                d.because(
                    || Msg::new("r-1170-18-value-over").num("value", i64::from(value)),
                    A,
                );
                return Some(d);
            }
            return None;
        }
    }
    if c.date_exact {
        d.because(|| Msg::new("r-1170-18-before").date("date", c.date), A);
    }

    // (i): super strikes and PC 290 registration.
    let earlier = |j: usize| a.convictions[j].date <= c.date;
    for (j, other) in a.convictions.iter().enumerate() {
        let strike = a.strikes[j];
        if j == i && !strike.is_any() {
            continue;
        }
        match strike {
            Match::Yes(_) if earlier(j) => {
                d.outcome = Outcome::Ineligible;
                d.because(section_msg("r-1170-18-super-strike", other.section()), I);
                return Some(d);
            }
            Match::Yes(_) => {
                d.because(
                    section_msg("r-1170-18-later-super-strike", other.section()),
                    LATER,
                );
                review = true;
            }
            Match::Possible(..) => {
                d.because(
                    section_msg("r-1170-18-maybe-super-strike", other.section()),
                    I,
                );
                review = true;
            }
            Match::No => {}
        }
    }
    match (a.facts.registrant_290, a.registrant) {
        (Some(true), _) | (None, Registrant::Yes) => {
            d.outcome = Outcome::Ineligible;
            d.because(|| Msg::new("r-1170-18-registrant"), I);
            return Some(d);
        }
        (None, Registrant::Possible) => {
            d.because(|| Msg::new("r-1170-18-maybe-registrant"), I);
            d.missing("registrant_290");
        }
        _ => {}
    }

    let serving = c.completed.is_none_or(|done| done.on > a.as_of);
    if serving {
        d.because(|| Msg::new("r-1170-18-resentencing"), B);
    } else {
        d.because(|| Msg::new("r-1170-18-redesignation"), F);
    }
    d.mandatory = Some(true);
    d.because(|| Msg::new("r-1170-18-no-deadline"), SB749);
    d.because(|| Msg::new("r-1170-18-effect"), K);
    d.outcome = if d.missing_facts.is_empty() && !review {
        Outcome::Eligible
    } else {
        Outcome::NeedsReview
    };
    Some(d)
}
