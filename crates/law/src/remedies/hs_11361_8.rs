//! HS 11361.8 — Proposition 64 dismissal, sealing or redesignation.
//!
//! * (a)–(b): a person "currently serving a sentence" for HS 11357, 11358,
//!   11359, 11360 or 11362.1 conduct may petition for recall or dismissal.
//! * (e)–(f): a person who has completed the sentence may apply to have the
//!   conviction dismissed and sealed (conduct now legal) or redesignated a
//!   misdemeanor or infraction.
//! * The court presumes the petitioner eligible unless the opposing party
//!   shows otherwise by clear and convincing evidence; then it shall grant.
//! * HS 11361.9 (AB 1793, 2018): DOJ identified eligible convictions for
//!   prosecutors' review; unchallenged cases were to be dismissed, sealed or
//!   redesignated by the courts (AB 1706: orders by March 1, 2023). So a
//!   conviction before Nov 9, 2016 may already be relieved.
//!
//! Felony exceptions for 11358–11360 (a super strike or PC 290 prior, two or
//! more prior convictions for the same section, sales to minors) may keep an
//! offense a felony after redesignation [K]; those cases go to review.

use super::Rule;
use super::pc_1203_4::section_msg;
use crate::analysis::{Analysis, Registrant};
use crate::catalog::TableId;
use crate::remedy::{Cite, Determination, Msg, Outcome, RemedyId};

const A: Cite = Cite::v("Health & Saf. Code, § 11361.8, subd. (a)");
const B: Cite = Cite::v2("Health & Saf. Code, § 11361.8, subds. (a)-(b)");
const F: Cite = Cite::v2("Health & Saf. Code, § 11361.8, subds. (e)-(f)");
const PRESUMPTION: Cite = Cite::v2("Health & Saf. Code, § 11361.8, subd. (b)");
const AUTO: Cite = Cite::v("Health & Saf. Code, § 11361.9");
const EXCEPTIONS: Cite = Cite::k("Health & Saf. Code, §§ 11358-11360 (felony exceptions)");
const OUTCOMES: Cite = Cite::k("Health & Saf. Code, §§ 11357-11360 (as amended by Prop. 64)");

/// Prop 64 took effect the day after the election.
const PROP64: jiff::civil::Date = jiff::civil::date(2016, 11, 9);

/// The rule as the rules page states it.
pub static RULE: Rule = Rule {
    remedy: RemedyId::Hs11361_8,
    automatic: false,
    summary: "rule-hs-11361-8",
    conditions: &[
        ("rule-hs-11361-8-offenses", A),
        ("rule-hs-11361-8-serving", B),
        ("rule-hs-11361-8-completed", F),
        ("rule-hs-11361-8-presumption", PRESUMPTION),
        ("rule-hs-11361-8-automatic", AUTO),
    ],
    forms: &["CR-400", "CR-401"],
};

/// HS 11361.8 for conviction `i`.
pub fn evaluate(a: &Analysis<'_>, i: usize) -> Option<Determination> {
    let c = &a.convictions[i];
    let m = c.lookup_original(TableId::Prop64, c.date);
    if !m.is_any() {
        return None;
    }
    let mut d = a.determination(RemedyId::Hs11361_8, Outcome::Eligible);
    if let Some(on) = c.granted(RemedyId::Hs11361_8) {
        d.outcome = Outcome::Granted;
        let msg = super::common::granted_msg(on);
        d.because(msg, A);
        return Some(d);
    }
    if c.date >= PROP64 {
        return None;
    }
    if let Some(e) = m.entry() {
        d.because(section_msg("r-11361-8-offense", c.section()), e.cite);
    }
    d.because(|| Msg::new("r-11361-8-before").date("date", c.date), A);
    let serving = c.completed.is_none_or(|done| done.on > a.as_of);
    d.because(
        || {
            Msg::new(if serving {
                "r-11361-8-serving"
            } else {
                "r-11361-8-completed"
            })
        },
        if serving { B } else { F },
    );
    d.because(outcome_msg(a, i), OUTCOMES);
    let exception_section = c
        .section()
        .is_some_and(|s| matches!(s.base_str(), "HS 11358" | "HS 11359" | "HS 11360"));
    let disqualified = a.super_strike(None).is_any()
        || a.registrant != Registrant::No
        || a.facts.registrant_290 == Some(true);
    if exception_section && disqualified {
        d.because(|| Msg::new("r-11361-8-felony-exception"), EXCEPTIONS);
        d.outcome = Outcome::NeedsReview;
    }
    if m.is_possible() {
        d.outcome = Outcome::NeedsReview;
    }
    d.mandatory = Some(true);
    d.because(|| Msg::new("r-11361-8-presumption"), PRESUMPTION);
    d.because(|| Msg::new("r-11361-9-may-have-acted"), AUTO);
    Some(d)
}

/// What the court is likely to do with the conviction, by section.
fn outcome_msg(a: &Analysis<'_>, i: usize) -> Msg {
    let c = &a.convictions[i];
    let base = c.section().map(|s| s.base_str()).unwrap_or("");
    match base {
        "HS 11357" => match c.facts.grams {
            Some(g) if g > 28.5 => Msg::new("r-11361-8-redesignate"),
            Some(_) => Msg::new("r-11361-8-dismiss"),
            None => Msg::new("r-11361-8-possession"),
        },
        "HS 11358" => match c.facts.plants {
            Some(p) if p > 6 => Msg::new("r-11361-8-redesignate"),
            Some(_) => Msg::new("r-11361-8-dismiss"),
            None => Msg::new("r-11361-8-cultivation"),
        },
        "HS 11362.1" => Msg::new("r-11361-8-dismiss"),
        _ => Msg::new("r-11361-8-redesignate"),
    }
}
