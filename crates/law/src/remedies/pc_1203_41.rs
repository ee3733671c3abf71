//! PC 1203.41 — dismissal of a felony sentenced to county jail under
//! 1170(h), or to state prison.
//!
//! * (a): "the court, in its discretion and in the interest of justice, may
//!   order" the plea withdrawn and the case dismissed — always
//!   discretionary.
//! * (a)(2): only "after the lapse of one year following the defendant's
//!   completion of the sentence" for a split sentence (1170(h)(5)(B)), or
//!   "two years" for a straight 1170(h)(5)(A) sentence or a state prison
//!   sentence.
//! * (a)(3): only if "not on parole or under supervision pursuant to
//!   [1170(h)(5)(B)], and is not serving a sentence for, on probation for, or
//!   charged with the commission of, an offense".
//! * (a)(6): for a felony that resulted in a state prison sentence, only if
//!   "that felony did not result in a requirement to register as a sex
//!   offender".
//! * (d): unpaid restitution is no ground to deny.
//!
//! State prison felonies came in with SB 731; the engine treats them as open
//! to petitions decided on or after Jan 1, 2023 [V2]. "Completion of the
//! sentence" for prison is read cautiously as discharge from parole.

use super::Rule;
use super::common::{Ready, Status, basis_note, not_before, settle};
use super::pc_1203_4::section_msg;
use crate::analysis::Analysis;
use crate::catalog::Match;
use crate::date::add_years;
use crate::model::{Level, Realignment};
use crate::remedy::{Cite, Determination, Msg, Outcome, RemedyId};

const A: Cite = Cite::v("Pen. Code, § 1203.41, subd. (a)");
const A2: Cite = Cite::v("Pen. Code, § 1203.41, subd. (a)(2)");
const A3: Cite = Cite::v("Pen. Code, § 1203.41, subd. (a)(3)");
const A6: Cite = Cite::v("Pen. Code, § 1203.41, subd. (a)(6)");
const D: Cite = Cite::v("Pen. Code, § 1203.41, subd. (d)");
const SB731: Cite = Cite::v2("Pen. Code, § 1203.41, subd. (a) (SB 731, Stats. 2022)");
const COMPLETION: Cite =
    Cite::k("Pen. Code, § 1203.41, subd. (a)(2) (completion of a prison sentence)");

/// SB 731 opened 1203.41 to state prison felonies for orders from this day [V2].
const PRISON_ROUTE: jiff::civil::Date = jiff::civil::date(2023, 1, 1);

/// The rule as the rules page states it.
pub static RULE: Rule = Rule {
    remedy: RemedyId::Pc1203_41,
    automatic: false,
    summary: "rule-pc-1203-41",
    conditions: &[
        ("rule-pc-1203-41-who", A),
        ("rule-pc-1203-41-wait", A2),
        ("rule-pc-1203-41-status", A3),
        ("rule-pc-1203-41-registration", A6),
        ("rule-pc-1203-41-prison", SB731),
        ("rule-restitution", D),
    ],
    forms: &["CR-180", "CR-181", "MC-031"],
};

/// PC 1203.41 for conviction `i`.
pub fn evaluate(a: &Analysis<'_>, i: usize) -> Option<Determination> {
    let c = &a.convictions[i];
    if c.level != Some(Level::Felony) || c.on_probation_track() {
        return None;
    }
    let prison = c.prison();
    if !prison && !c.realigned() {
        return None;
    }
    let mut d = a.determination(RemedyId::Pc1203_41, Outcome::NeedsReview);
    d.mandatory = Some(false);
    if let Some(on) = c.granted(RemedyId::Pc1203_41) {
        d.outcome = Outcome::Granted;
        d.mandatory = None;
        let msg = super::common::granted_msg(on);
        d.because(msg, A);
        return Some(d);
    }
    let years = if prison {
        match c.registrable {
            Match::Yes(_) => {
                d.outcome = Outcome::Ineligible;
                d.because(section_msg("r-1203-41-registration", c.section()), A6);
                return Some(d);
            }
            Match::Possible(_, cond) => {
                d.because(section_msg("r-1203-41-maybe-registration", c.section()), A6);
                d.note(|| Msg::new(cond.question()));
                d.missing("registrant_290");
            }
            Match::No => {}
        }
        d.because(|| Msg::new("r-1203-41-prison"), SB731);
        2
    } else if c.custody.realignment == Some(Realignment::Split) {
        d.because(|| Msg::new("r-1203-41-split"), A2);
        1
    } else {
        d.because(|| Msg::new("r-1203-41-straight"), A2);
        2
    };
    d.because(|| Msg::new("r-discretionary"), A);
    let ready = match c.completed {
        Some(done) => {
            let after = add_years(done.on, years);
            d.because(
                || {
                    Msg::new("r-wait-after-completion")
                        .date("completed", done.on)
                        .num("years", i64::from(years))
                        .date("date", after)
                },
                A2,
            );
            basis_note(&mut d, done);
            if prison {
                d.because(|| Msg::new("r-prison-completion-verify"), COMPLETION);
            }
            Ready::On(after)
        }
        None => {
            d.because(|| Msg::new("r-sentence-end-unknown"), A2);
            Ready::Unknown("sentence_completed_on")
        }
    };
    let ready = if prison {
        not_before(ready, PRISON_ROUTE)
    } else {
        ready
    };
    settle(a, i, &mut d, ready, Status::NotServingOrCharged(A3));
    d.because(|| Msg::new("r-restitution-not-a-bar"), D);
    Some(d)
}
