//! PC 236.14 — vacating arrests and convictions of a victim of human
//! trafficking.
//!
//! * (a): a person arrested for or convicted of any nonviolent offense
//!   (one not listed in PC 667.5(c)) committed while a victim of human
//!   trafficking may petition to vacate the conviction and seal and destroy
//!   the records of arrest and court.
//! * The petitioner shows by clear and convincing evidence that the arrest
//!   or conviction "was the direct result of being a victim of human
//!   trafficking"; the court then "shall" find that the person lacked the
//!   requisite intent and "shall" vacate the conviction "as invalid due to
//!   legal defect".
//! * Timing: "at any time after" the person is no longer a victim or has
//!   sought services (AB 2869, 2020) [V2]. The prosecutor has 45 days to
//!   respond.
//!
//! Being trafficked is never on the record. Without the `trafficking_victim`
//! fact the engine asks, on the offenses most often tied to trafficking
//! (prostitution and loitering with intent), rather than on every count.
//! Because the statute calls the vacatur a legal defect, it likely removes
//! the conviction for immigration purposes too.

use super::Rule;
use crate::analysis::Analysis;
use crate::analysis::arrests::{Arrest, ArrestOutcome};
use crate::catalog::{Match, TableId};
use crate::remedy::{Cite, Determination, Msg, Outcome, RemedyId};
use crate::section::{Fit, Section};

const A: Cite = Cite::v("Pen. Code, § 236.14, subd. (a)");
const SHALL: Cite =
    Cite::v("Pen. Code, § 236.14 (\"shall\" vacate as invalid due to legal defect)");
const TIMING: Cite = Cite::v2("Pen. Code, § 236.14 (AB 2869, Stats. 2020: at any time)");

/// Offenses on which the engine asks, when the fact is unknown.
const ASK_ON: &[&str] = &["PC 647(b)", "PC 653.22", "PC 653.23", "PC 647(a)"];

/// The rule as the rules page states it.
pub static RULE: Rule = Rule {
    remedy: RemedyId::Pc236_14,
    automatic: false,
    summary: "rule-pc-236-14",
    conditions: &[
        ("rule-pc-236-14-who", A),
        ("rule-trafficking-proof", SHALL),
        ("rule-pc-236-14-shall", SHALL),
        ("rule-pc-236-14-when", TIMING),
    ],
    forms: &[],
};

fn asked_on(section: &Section) -> bool {
    ASK_ON.iter().any(|e| section.fit_str(e) == Fit::Yes)
}

/// Start a determination from the `trafficking_victim` fact, or `None`
/// when the remedy is not to be offered.
fn start(a: &Analysis<'_>, asked: bool) -> Option<Determination> {
    let mut d = a.determination(RemedyId::Pc236_14, Outcome::NeedsReview);
    d.mandatory = Some(true);
    match a.facts.trafficking_victim {
        Some(false) => return None,
        None if !asked => return None,
        None => {
            d.because(|| Msg::new("r-trafficking-ask"), A);
            d.missing("trafficking_victim");
        }
        Some(true) => {
            d.because(|| Msg::new("r-trafficking-victim"), A);
        }
    }
    Some(d)
}

/// Finish: the proof, the "shall", and the outcome.
fn finish(d: &mut Determination) {
    d.because(|| Msg::new("r-trafficking-proof"), SHALL);
    d.because(|| Msg::new("r-236-14-shall"), SHALL);
    d.because(|| Msg::new("r-236-14-any-time"), TIMING);
    if d.missing_facts.is_empty() {
        d.outcome = Outcome::Eligible;
    }
}

/// PC 236.14 for conviction `i`.
pub fn evaluate(a: &Analysis<'_>, i: usize) -> Option<Determination> {
    let c = &a.convictions[i];
    let section = c.section()?;
    let mut d = start(a, asked_on(section))?;
    if let Some(on) = c.granted(RemedyId::Pc236_14) {
        let mut g = a.determination(RemedyId::Pc236_14, Outcome::Granted);
        g.because(super::common::granted_msg(on), SHALL);
        return Some(g);
    }
    match c.violent {
        Match::Yes(_) => {
            d.outcome = Outcome::Ineligible;
            d.missing_facts.clear();
            d.because(|| Msg::new("r-236-14-violent"), A);
            return Some(d);
        }
        Match::Possible(_, cond) => {
            d.because(|| Msg::new("r-236-14-maybe-violent"), A);
            if let Some(f) = cond.fact() {
                d.missing(f);
            }
        }
        Match::No => {
            d.because(|| Msg::new("r-236-14-nonviolent"), A);
        }
    }
    finish(&mut d);
    Some(d)
}

/// PC 236.14 for an arrest that did not end in a conviction.
pub fn evaluate_arrest(a: &Analysis<'_>, arrest: &Arrest<'_>) -> Option<Determination> {
    if matches!(
        arrest.outcome,
        ArrestOutcome::Convicted | ArrestOutcome::Open
    ) {
        return None;
    }
    let sections: Vec<&Section> = arrest
        .event
        .counts
        .iter()
        .filter_map(|c| c.section.as_ref())
        .collect();
    let mut d = start(a, sections.iter().any(|s| asked_on(s)))?;
    if arrest.any_charge_in(a, TableId::Violent) {
        d.outcome = Outcome::Ineligible;
        d.missing_facts.clear();
        d.because(|| Msg::new("r-236-14-violent"), A);
        return Some(d);
    }
    d.because(|| Msg::new("r-236-14-arrest"), A);
    finish(&mut d);
    Some(d)
}
