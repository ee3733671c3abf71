//! What the four diversion-sealing remedies (PC 851.87, 851.90, 1000.4,
//! 1001.9) share: each applies to one kind of program, once it is
//! completed, and leaves the sealing order to the judge ("may").

use crate::analysis::Analysis;
use crate::analysis::arrests::{Arrest, DiversionState, Program};
use crate::remedy::{Cite, Determination, Msg, Outcome, RemedyId};

/// One diversion-sealing remedy.
pub(crate) struct Spec {
    /// Which remedy.
    pub remedy: RemedyId,
    /// The programs it covers.
    pub programs: &'static [Program],
    /// The subdivision that grants it.
    pub cite: Cite,
    /// The message that says what it does.
    pub effect: &'static str,
}

/// Evaluate `spec` for one arrest.
pub(crate) fn evaluate(
    a: &Analysis<'_>,
    arrest: &Arrest<'_>,
    spec: &Spec,
) -> Option<Determination> {
    if let Some((remedy, on)) = arrest.granted
        && remedy == spec.remedy
    {
        let mut d = a.determination(spec.remedy, Outcome::Granted);
        d.because(super::common::granted_msg(on), spec.cite);
        return Some(d);
    }
    let state = arrest.diversion(a)?;
    let program = arrest.program?;
    if !spec.programs.contains(&program) {
        return None;
    }
    let mut d = a.determination(spec.remedy, Outcome::NeedsReview);
    d.mandatory = Some(false);
    if !named(arrest) {
        d.note(|| Msg::new("r-diversion-program-guess"));
    }
    match state {
        DiversionState::Completed(Some(on)) => {
            d.outcome = Outcome::Eligible;
            d.because(
                || Msg::new("r-diversion-completed-on").date("date", on),
                spec.cite,
            );
        }
        DiversionState::Completed(None) => {
            d.outcome = Outcome::Eligible;
            d.because(|| Msg::new("r-diversion-completed"), spec.cite);
        }
        DiversionState::Unknown => {
            d.because(|| Msg::new("r-diversion-not-shown"), spec.cite);
            d.missing("diversion_completed");
        }
        DiversionState::NotCompleted => {
            d.outcome = Outcome::Ineligible;
            d.because(|| Msg::new("r-diversion-not-completed"), spec.cite);
            return Some(d);
        }
    }
    d.because(|| Msg::new(spec.effect), spec.cite);
    d.because(|| Msg::new("r-diversion-judge-may-seal"), spec.cite);
    Some(d)
}

/// The record names the program on a disposition (rather than the engine
/// inferring it from the charges).
fn named(arrest: &Arrest<'_>) -> bool {
    arrest.named_program
}
