//! PC 1203.42 — dismissal of a state prison sentence imposed before
//! realignment for an offense that would be a county-jail (1170(h)) felony
//! today.
//!
//! * (a): "If a defendant was sentenced prior to the implementation of the
//!   2011 Realignment Legislation for a crime for which the defendant would
//!   otherwise have been eligible for sentencing pursuant to subdivision (h)
//!   of Section 1170, the court, in its discretion and in the interest of
//!   justice, may order" relief.
//! * (a)(2): only "after the lapse of two years following the defendant's
//!   completion of the sentence".
//! * (a)(3): only if "not under supervised release, and is not serving a
//!   sentence for, on probation for, or charged with the commission of, an
//!   offense".
//! * (c): unpaid restitution is no ground to deny.
//!
//! In force from Jan 1, 2018 (AB 1115) [K for the date]. Realignment began
//! with sentences on Oct 1, 2011 (PC 1170(h)(7)). Since SB 731, 1203.41 also
//! covers most of these cases; 1203.42 has no registration bar of its own.

use super::Rule;
use super::common::{Ready, Status, basis_note, not_before, settle};
use super::pc_1203_4::section_msg;
use crate::analysis::{Analysis, REALIGNMENT_START};
use crate::catalog::{Match, TableId};
use crate::date::add_years;
use crate::model::Level;
use crate::remedy::{Cite, Determination, Msg, Outcome, RemedyId};

const A: Cite = Cite::v("Pen. Code, § 1203.42, subd. (a)");
const A2: Cite = Cite::v("Pen. Code, § 1203.42, subd. (a)(2)");
const A3: Cite = Cite::v("Pen. Code, § 1203.42, subd. (a)(3)");
const C: Cite = Cite::v("Pen. Code, § 1203.42, subd. (c)");
const H7: Cite = Cite::v2("Pen. Code, § 1170, subd. (h)(7)");
const IN_FORCE: jiff::civil::Date = jiff::civil::date(2018, 1, 1);

/// The rule as the rules page states it.
pub static RULE: Rule = Rule {
    remedy: RemedyId::Pc1203_42,
    automatic: false,
    summary: "rule-pc-1203-42",
    conditions: &[
        ("rule-pc-1203-42-who", A),
        ("rule-pc-1203-42-realignment", H7),
        ("rule-pc-1203-42-wait", A2),
        ("rule-pc-1203-42-status", A3),
        ("rule-restitution", C),
    ],
    forms: &["CR-180", "CR-181", "MC-031"],
};

/// PC 1203.42 for conviction `i`.
pub fn evaluate(a: &Analysis<'_>, i: usize) -> Option<Determination> {
    let c = &a.convictions[i];
    if c.level != Some(Level::Felony)
        || c.on_probation_track()
        || !c.prison()
        || c.sentenced_on >= REALIGNMENT_START
    {
        return None;
    }
    let mut d = a.determination(RemedyId::Pc1203_42, Outcome::NeedsReview);
    d.mandatory = Some(false);
    if let Some(on) = c.granted(RemedyId::Pc1203_42) {
        d.outcome = Outcome::Granted;
        d.mandatory = None;
        let msg = super::common::granted_msg(on);
        d.because(msg, A);
        return Some(d);
    }
    let realignable = match c.facts.realignment_eligible {
        Some(v) => Some(v),
        None => match c.lookup_original(TableId::Realignment, c.date) {
            Match::Yes(_) => Some(true),
            Match::Possible(..) => None,
            Match::No => {
                // Serious and violent felonies were never county-jail felonies.
                let strike = c.serious.is_yes() || c.violent.is_yes();
                if strike { Some(false) } else { None }
            }
        },
    };
    match realignable {
        Some(true) => {
            d.because(section_msg("r-1203-42-realignable", c.section()), H7);
        }
        Some(false) => return None,
        None => {
            d.because(
                section_msg("r-1203-42-realignable-unknown", c.section()),
                H7,
            );
            d.missing("realignment_eligible");
        }
    }
    d.because(
        || Msg::new("r-1203-42-before-realignment").date("date", c.sentenced_on),
        A,
    );
    d.because(|| Msg::new("r-discretionary"), A);
    let ready = match c.completed {
        Some(done) => {
            let after = add_years(done.on, 2);
            d.because(
                || {
                    Msg::new("r-wait-after-completion")
                        .date("completed", done.on)
                        .num("years", 2)
                        .date("date", after)
                },
                A2,
            );
            basis_note(&mut d, done);
            Ready::On(after)
        }
        None => {
            d.because(|| Msg::new("r-sentence-end-unknown"), A2);
            Ready::Unknown("sentence_completed_on")
        }
    };
    settle(
        a,
        i,
        &mut d,
        not_before(ready, IN_FORCE),
        Status::NotServingOrCharged(A3),
    );
    d.because(|| Msg::new("r-restitution-not-a-bar"), C);
    Some(d)
}
