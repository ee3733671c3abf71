//! PC 1203.4 — dismissal after probation.
//!
//! * (a)(1): a person granted probation who "fulfilled the conditions of
//!   probation for the entire period of probation", or "has been discharged
//!   prior to the termination of the period of probation", "shall" be
//!   permitted to withdraw the plea and have the case dismissed; "in any
//!   other case" the court "may" do so "in its discretion and the interest of
//!   justice". Either way, only when the person is "not then serving a
//!   sentence for an offense, on probation for an offense, or charged with
//!   the commission of an offense" (any case, not only this one).
//! * (b): not for VC 42002.1 misdemeanors, PC 286(c), 287(c)/former
//!   288a(c), 288, 288.5, 289(j), 311.1, 311.2, 311.3, 311.11, felony
//!   261.5(d), or infractions (those go to 1203.4a).
//! * (c)(1)–(2): for VC 12810(a)–(e) offenses the mandatory route of (a) does
//!   not apply; the court may still grant relief in its discretion.
//! * (c)(3): unpaid restitution is no ground to deny or to find probation
//!   unfulfilled.
//!
//! Probation revoked and replaced by prison or 1170(h) jail goes to
//! 1203.41 / 1203.42 instead. The AB 1950 caps (PC 1203a, 1203.1) may have
//! ended a long grant early; that is flagged, not assumed.

use super::Rule;
use super::common::{Ready, Status, basis_note, settle};
use crate::analysis::Analysis;
use crate::catalog::{Match, TableId};
use crate::model::Level;
use crate::remedy::{Arg, Cite, Determination, Msg, Outcome, RemedyId};

const A1: Cite = Cite::v("Pen. Code, § 1203.4, subd. (a)(1)");
const C1: Cite = Cite::v("Pen. Code, § 1203.4, subd. (c)(1)");
const C3: Cite = Cite::v("Pen. Code, § 1203.4, subd. (c)(3)");
const CHANDLER: Cite =
    Cite::v2("Pen. Code, § 1203.4, subd. (a)(1); People v. Chandler (1988) 203 Cal.App.3d 782");
const AB1950: Cite = Cite::v2("Pen. Code, §§ 1203a, 1203.1 (AB 1950, Stats. 2020, ch. 328)");

/// The rule as the rules page states it.
pub static RULE: Rule = Rule {
    remedy: RemedyId::Pc1203_4,
    automatic: false,
    summary: "rule-pc-1203-4",
    conditions: &[
        ("rule-pc-1203-4-probation", A1),
        ("rule-pc-1203-4-mandatory", A1),
        ("rule-pc-1203-4-discretionary", A1),
        ("rule-pc-1203-4-status", A1),
        (
            "rule-pc-1203-4-excluded",
            Cite::v("Pen. Code, § 1203.4, subd. (b)"),
        ),
        ("rule-pc-1203-4-vc12810", C1),
        ("rule-restitution", C3),
        ("rule-ab1950", AB1950),
    ],
    forms: &["CR-180", "CR-181", "MC-031"],
};

/// PC 1203.4 for conviction `i`.
pub fn evaluate(a: &Analysis<'_>, i: usize) -> Option<Determination> {
    let c = &a.convictions[i];
    let p = c.probation.as_ref().filter(|p| !p.revoked_to_custody)?;
    if c.level == Some(Level::Infraction) {
        return None;
    }
    let mut d = a.determination(RemedyId::Pc1203_4, Outcome::NeedsReview);
    if let Some(on) = c.granted(RemedyId::Pc1203_4) {
        d.outcome = Outcome::Granted;
        d.mandatory = None;
        let msg = super::common::granted_msg(on);
        d.because(msg, A1);
        return Some(d);
    }
    match c.lookup(TableId::Excluded1203_4, a.as_of) {
        Match::Yes(e) => {
            d.outcome = Outcome::Ineligible;
            d.because(section_msg("r-1203-4-excluded", c.section()), e.cite);
            return Some(d);
        }
        Match::Possible(e, cond) => {
            d.because(section_msg("r-1203-4-maybe-excluded", c.section()), e.cite);
            d.note(|| Msg::new(cond.question()));
        }
        Match::No => {}
    }

    d.because(
        || Msg::new("r-1203-4-probation-granted").date("date", p.start),
        A1,
    );
    let ready = match p.end {
        Some(end) => {
            let id = if end.on <= a.as_of {
                "r-probation-ended"
            } else {
                "r-probation-ends"
            };
            d.because(|| Msg::new(id).date("date", end.on), A1);
            basis_note(&mut d, end);
            if let Some(cap) = p.cap_end.filter(|cap| *cap < end.on) {
                d.because(|| Msg::new("r-ab1950-cap").date("date", cap), AB1950);
            }
            Ready::On(end.on)
        }
        None if c.facts.probation_completed == Some(true) => {
            d.because(|| Msg::new("r-probation-completed-facts"), A1);
            Ready::On(p.start)
        }
        None => {
            d.because(|| Msg::new("r-probation-end-unknown"), A1);
            Ready::Unknown("probation_completed")
        }
    };

    d.mandatory = mandatory(a, i, &mut d);
    settle(a, i, &mut d, ready, Status::NotServingOrCharged(A1));
    if d.mandatory.is_none() {
        // Relief is open either way; the answer only decides "shall" or "may".
        d.missing("probation_violated");
    }
    d.because(|| Msg::new("r-restitution-not-a-bar"), C3);
    if c.sentence.is_some() && !p.revoked {
        d.note(|| Msg::new("r-1203-4-automatic-may-apply"));
    }
    Some(d)
}

/// "Shall" when probation was fulfilled or ended early; "may" otherwise.
fn mandatory(a: &Analysis<'_>, i: usize, d: &mut Determination) -> Option<bool> {
    let c = &a.convictions[i];
    let p = c.probation.as_ref()?;
    match c.lookup(TableId::Vc12810, a.as_of) {
        Match::Yes(e) => {
            d.because(section_msg("r-1203-4-vc12810", c.section()), e.cite);
            return Some(false);
        }
        Match::Possible(e, _) => {
            d.because(section_msg("r-1203-4-maybe-vc12810", c.section()), e.cite);
        }
        Match::No => {}
    }
    if p.terminated_early {
        d.because(|| Msg::new("r-1203-4-early-termination"), A1);
        return Some(true);
    }
    if p.revoked {
        d.because(|| Msg::new("r-1203-4-violation"), CHANDLER);
        return Some(false);
    }
    match c.facts.probation_violated {
        Some(true) => {
            d.because(|| Msg::new("r-1203-4-violation"), CHANDLER);
            return Some(false);
        }
        Some(false) => {
            d.because(|| Msg::new("r-1203-4-fulfilled-facts"), A1);
            return Some(true);
        }
        None => {}
    }
    if p.later_conviction_inside {
        d.because(
            || Msg::new("r-1203-4-conviction-during-probation"),
            CHANDLER,
        );
        return Some(false);
    }
    if p.later_offense_inside {
        d.because(|| Msg::new("r-1203-4-arrest-during-probation"), A1);
        return None;
    }
    d.because(|| Msg::new("r-1203-4-fulfilled"), A1);
    Some(true)
}

/// A message with the count's section as `section`, built only if asked for.
pub(crate) fn section_msg<'s>(
    id: &'static str,
    s: Option<&'s crate::section::Section>,
) -> impl FnOnce() -> Msg + 's {
    move || match s {
        Some(s) => Msg::new(id).arg("section", Arg::Section(s.clone())),
        None => Msg::new(id).text("section", "?"),
    }
}
