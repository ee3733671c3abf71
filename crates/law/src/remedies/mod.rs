//! One module per remedy. Each opens with the statute subdivisions it
//! implements, exposes a [`Rule`] for the rules page, and an `evaluate`
//! function that reads the [`Analysis`] and returns a determination for one
//! conviction, or nothing when the remedy does not apply to it at all.

use crate::analysis::Analysis;
use crate::remedy::{Cite, Determination, Msg, RemedyId};

pub(crate) mod common;
mod diversion;
pub mod hs_11361_8;
mod immigration;
mod juvenile;
pub mod pardon;
pub mod pc_1000_4;
pub mod pc_1001_9;
pub mod pc_1170_18;
pub mod pc_1203_4;
pub mod pc_1203_41;
pub mod pc_1203_42;
pub mod pc_1203_425;
pub mod pc_1203_43;
pub mod pc_1203_45;
pub mod pc_1203_49;
pub mod pc_1203_4a;
pub mod pc_1473_7;
pub mod pc_17b;
pub mod pc_17d2;
pub mod pc_18_5;
pub mod pc_236_14;
pub mod pc_4852_01;
pub mod pc_851_87;
pub mod pc_851_90;
pub mod pc_851_91;
pub mod pc_851_93;
pub mod wic_781;
pub mod wic_786;

/// A remedy's rule in plain language, for the rules page.
pub struct Rule {
    /// Which remedy.
    pub remedy: RemedyId,
    /// Granted by the state without a petition.
    pub automatic: bool,
    /// Message id of the one-paragraph summary.
    pub summary: &'static str,
    /// The conditions, each a message id with the law it rests on.
    pub conditions: &'static [(&'static str, Cite)],
    /// The court forms used, if any.
    pub forms: &'static [&'static str],
}

/// Every rule, in the order the rules page prints them.
pub fn rules() -> [&'static Rule; 25] {
    [
        &pc_1203_4::RULE,
        &pc_1203_4a::RULE,
        &pc_1203_41::RULE,
        &pc_1203_42::RULE,
        &pc_1203_425::RULE,
        &pc_17b::RULE,
        &pc_17d2::RULE,
        &pc_1170_18::RULE,
        &hs_11361_8::RULE,
        &pc_18_5::RULE,
        &pc_851_93::RULE,
        &pc_851_91::RULE,
        &pc_851_87::RULE,
        &pc_851_90::RULE,
        &pc_1000_4::RULE,
        &pc_1001_9::RULE,
        &pc_1203_43::RULE,
        &pc_1203_45::RULE,
        &pc_1203_49::RULE,
        &pc_236_14::RULE,
        &pc_1473_7::RULE,
        &pc_4852_01::RULE,
        &pardon::RULE,
        &wic_781::RULE,
        &wic_786::RULE,
    ]
}

type Evaluator = fn(&Analysis<'_>, usize) -> Option<Determination>;

/// The conviction remedies, in the order their determinations are listed.
const CONVICTION_REMEDIES: &[Evaluator] = &[
    pc_1203_4::evaluate,
    pc_1203_4a::evaluate,
    pc_1203_41::evaluate,
    pc_1203_42::evaluate,
    pc_1203_425::evaluate,
    pc_17b::evaluate,
    pc_17d2::evaluate,
    pc_1170_18::evaluate,
    hs_11361_8::evaluate,
    pc_18_5::evaluate,
    pc_1203_49::evaluate,
    pc_236_14::evaluate,
    pc_1473_7::evaluate,
    pc_4852_01::evaluate,
    pardon::evaluate,
];

/// Every determination for conviction `i`.
pub fn for_conviction(a: &Analysis<'_>, i: usize) -> Vec<Determination> {
    let mut out: Vec<Determination> = CONVICTION_REMEDIES.iter().filter_map(|f| f(a, i)).collect();
    // Sealing under 1203.45 builds on the 1203.4 or 1203.4a determination.
    if let Some(d) = pc_1203_45::evaluate(a, i, &out) {
        out.push(d);
    }
    advise(a, &mut out);
    if a.facts.noncitizen == Some(true) {
        immigration::lujan(a, i, &mut out);
    }
    out
}

/// Every determination for sustained juvenile petition `k`.
pub fn for_juvenile(a: &Analysis<'_>, k: usize) -> Vec<Determination> {
    let mut out: Vec<Determination> = [wic_786::evaluate(a, k), wic_781::evaluate(a, k)]
        .into_iter()
        .flatten()
        .collect();
    advise(a, &mut out);
    out
}

/// Add the immigration notes for a noncitizen.
fn advise(a: &Analysis<'_>, out: &mut [Determination]) {
    if a.facts.noncitizen == Some(true) {
        for d in out {
            immigration::advise(d);
        }
    }
}

/// Every determination for an arrest that did not end in a conviction
/// (PC 851.93, 851.91, the diversion sealings, 236.14).
pub fn for_arrest(
    a: &Analysis<'_>,
    arrest: &crate::analysis::arrests::Arrest<'_>,
) -> Vec<Determination> {
    let mut out: Vec<Determination> = [
        pc_851_93::evaluate(a, arrest),
        pc_851_91::evaluate(a, arrest),
        pc_851_87::evaluate(a, arrest),
        pc_851_90::evaluate(a, arrest),
        pc_1000_4::evaluate(a, arrest),
        pc_1001_9::evaluate(a, arrest),
        pc_236_14::evaluate_arrest(a, arrest),
    ]
    .into_iter()
    .flatten()
    .collect();
    advise(a, &mut out);
    out
}

/// Every determination for a court count that is not a conviction
/// (completed deferred entry of judgment: PC 1203.43).
pub fn for_court_count(
    a: &Analysis<'_>,
    event: &crate::model::Event,
    count: &crate::model::Count,
) -> Vec<Determination> {
    let mut out: Vec<Determination> = pc_1203_43::evaluate(a, event, count).into_iter().collect();
    advise(a, &mut out);
    out
}

/// A message naming a remedy, for plan steps and notes.
pub(crate) fn remedy_msg(id: &'static str, remedy: RemedyId) -> Msg {
    Msg::new(id).arg("remedy", crate::remedy::Arg::Remedy(remedy))
}
