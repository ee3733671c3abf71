//! PC 1203.4a — dismissal of a misdemeanor or infraction without probation.
//!
//! * (a): a person convicted of a misdemeanor "and not granted probation",
//!   or of an infraction, "shall, at any time after the lapse of one year
//!   from the date of pronouncement of judgment", be permitted to withdraw
//!   the plea and have the case dismissed if they (1) "fully complied with and
//!   performed the sentence of the court", (2) "are not then serving a
//!   sentence for an offense and are not under charge of commission of a
//!   crime", and (3) "have, since the pronouncement of judgment, lived an
//!   honest and upright life and have conformed to and obeyed the laws of the
//!   land".
//! * (b): when (3) is not met, the court "in its discretion and in the
//!   interest of justice, may grant" the same relief after the same year, if
//!   (1) and (2) are met.
//! * (d): not for misdemeanor PC 288(c), misdemeanor VC 42002.1, or
//!   infraction VC 42001.
//! * (e): unpaid restitution is no ground to deny.
//!
//! A felony redesignated a misdemeanor under Prop 47 is a misdemeanor "for
//! all purposes" and qualifies (People v. Khamvongsa (2017) 8 Cal.App.5th
//! 1239); the same reading is applied to 17(b) reductions [K].

use super::Rule;
use super::common::{Ready, Status, basis_note, settle};
use super::pc_1203_4::section_msg;
use crate::analysis::Analysis;
use crate::catalog::{Match, TableId};
use crate::date::add_years;
use crate::model::Level;
use crate::remedy::{Cite, Determination, Msg, Outcome, RemedyId};

const A: Cite = Cite::v("Pen. Code, § 1203.4a, subd. (a)");
const A2: Cite = Cite::v("Pen. Code, § 1203.4a, subd. (a)(2)");
const A3: Cite = Cite::v("Pen. Code, § 1203.4a, subd. (a)(3)");
const B: Cite = Cite::v("Pen. Code, § 1203.4a, subd. (b)");
const E: Cite = Cite::v("Pen. Code, § 1203.4a, subd. (e)");
const KHAMVONGSA: Cite =
    Cite::v("Pen. Code, § 1170.18, subd. (k); People v. Khamvongsa (2017) 8 Cal.App.5th 1239");
const REDUCED: Cite = Cite::k("Pen. Code, § 17, subd. (b) (misdemeanor \"for all purposes\")");

/// The rule as the rules page states it.
pub static RULE: Rule = Rule {
    remedy: RemedyId::Pc1203_4a,
    automatic: false,
    summary: "rule-pc-1203-4a",
    conditions: &[
        ("rule-pc-1203-4a-who", A),
        ("rule-pc-1203-4a-wait", A),
        ("rule-pc-1203-4a-status", A2),
        ("rule-pc-1203-4a-mandatory", A3),
        ("rule-pc-1203-4a-discretionary", B),
        (
            "rule-pc-1203-4a-excluded",
            Cite::v("Pen. Code, § 1203.4a, subd. (d)"),
        ),
        ("rule-restitution", E),
    ],
    forms: &["CR-180", "CR-181"],
};

/// PC 1203.4a for conviction `i`.
pub fn evaluate(a: &Analysis<'_>, i: usize) -> Option<Determination> {
    let c = &a.convictions[i];
    // Misdemeanors without probation; infractions with or without it.
    match c.level {
        Some(Level::Infraction) => {}
        Some(Level::Misdemeanor) if c.probation.is_none() => {}
        _ => return None,
    }
    let mut d = a.determination(RemedyId::Pc1203_4a, Outcome::NeedsReview);
    if let Some(on) = c.granted(RemedyId::Pc1203_4a) {
        d.outcome = Outcome::Granted;
        let msg = super::common::granted_msg(on);
        d.because(msg, A);
        return Some(d);
    }
    match c.lookup(TableId::Excluded1203_4a, a.as_of) {
        Match::Yes(e) => {
            d.outcome = Outcome::Ineligible;
            d.because(section_msg("r-1203-4a-excluded", c.section()), e.cite);
            return Some(d);
        }
        Match::Possible(e, cond) => {
            d.because(section_msg("r-1203-4a-maybe-excluded", c.section()), e.cite);
            d.note(|| Msg::new(cond.question()));
        }
        Match::No => {}
    }
    if c.original_level == Some(Level::Felony) {
        if c.granted(RemedyId::Pc1170_18).is_some() {
            d.because(|| Msg::new("r-1203-4a-after-prop47"), KHAMVONGSA);
        } else {
            d.because(|| Msg::new("r-1203-4a-after-17b"), REDUCED);
        }
    }

    let year_after = add_years(c.date, 1);
    d.because(
        || {
            Msg::new("r-1203-4a-one-year")
                .date("judgment", c.date)
                .date("date", year_after)
        },
        A,
    );
    let ready = match c.completed {
        Some(done) => {
            if done.on > c.date {
                d.because(|| Msg::new("r-sentence-completed").date("date", done.on), A);
                basis_note(&mut d, done);
            }
            Ready::On(year_after.max(done.on))
        }
        None => Ready::Unknown("sentence_completed_on"),
    };

    d.mandatory = match a.facts.honest_upright_life {
        Some(true) => {
            d.because(|| Msg::new("r-1203-4a-honest-life-facts"), A3);
            Some(true)
        }
        Some(false) => {
            d.because(|| Msg::new("r-1203-4a-discretionary"), B);
            Some(false)
        }
        None if a
            .convictions
            .iter()
            .any(|o| o.event_index != c.event_index && o.date > c.date) =>
        {
            d.because(|| Msg::new("r-1203-4a-later-conviction"), B);
            Some(false)
        }
        None if later_arrest(a, i) => {
            d.because(|| Msg::new("r-1203-4a-later-arrest"), A3);
            None
        }
        None => {
            d.because(|| Msg::new("r-1203-4a-clean-record"), A3);
            Some(true)
        }
    };
    settle(a, i, &mut d, ready, Status::NotServingOrCharged(A2));
    if d.mandatory.is_none() {
        d.missing("honest_upright_life");
    }
    d.because(|| Msg::new("r-restitution-not-a-bar"), E);
    Some(d)
}

fn later_arrest(a: &Analysis<'_>, i: usize) -> bool {
    let c = &a.convictions[i];
    a.history.events.iter().any(|e| {
        e.kind == crate::model::EventKind::Arrest
            && e.cycle != c.event.cycle
            && e.date.is_some_and(|d| d.earliest() > c.date)
    })
}
