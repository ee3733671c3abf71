//! PC 1203.425 — automatic conviction relief by the Department of Justice.
//!
//! * (a)(1)(A): "Commencing October 1, 2024, and subject to an appropriation
//!   in the annual Budget Act, on a monthly basis", DOJ reviews its records
//!   and identifies people eligible for relief.
//! * (a)(1)(B): eligible only if (i) not required to register under PC 290;
//!   (ii) no active supervision record; (iii) the record does not show the
//!   person serving a sentence for any offense, and no pending charges; and
//!   (iv) the conviction meets one of:
//!   * (I)(ia): conviction on or after Jan 1, 1973, the person "was
//!     sentenced to probation" and "appears to have completed their term of
//!     probation without revocation";
//!   * (I)(ib): an infraction or misdemeanor not eligible under (ia), the
//!     sentence appears completed, and "at least one calendar year has
//!     elapsed since the date of judgment";
//!   * (II): a felony (other than one with probation completed without
//!     revocation), all terms of incarceration, probation, mandatory
//!     supervision, PRCS and parole completed, and "a period of four years
//!     has elapsed since the date on which the defendant completed probation
//!     or supervision for that conviction and during which the defendant was
//!     not convicted of a new felony offense"; not for a serious felony
//!     (1192.7(c)), a violent felony (667.5(c)), or a felony requiring PC 290
//!     registration.
//! * (a)(2)(A): DOJ "shall grant relief ... without requiring a petition" if
//!   the information is in its electronic records.
//! * (b)(1): a prosecutor or probation department may, no later than 90 days
//!   before eligibility, petition the court to block relief.
//!
//! The misdemeanor and probation prongs have run since July 1, 2022 [V2];
//! the felony prong since Oct 1, 2024. When no supervision followed custody,
//! the felony prong's four years are counted from release, flagged to verify.

use super::Rule;
use super::common::{Ready, Status, basis_note, not_before, settle};
use super::pc_1203_4::section_msg;
use crate::analysis::{Analysis, Registrant};
use crate::catalog::Match;
use crate::date::add_years;
use crate::model::Level;
use crate::remedy::{Cite, Determination, Msg, Outcome, RemedyId};

const A1A: Cite = Cite::v("Pen. Code, § 1203.425, subd. (a)(1)(A)");
const BI: Cite = Cite::v("Pen. Code, § 1203.425, subd. (a)(1)(B)(i)");
const BIII: Cite = Cite::v("Pen. Code, § 1203.425, subd. (a)(1)(B)(ii)-(iii)");
const IA: Cite = Cite::v("Pen. Code, § 1203.425, subd. (a)(1)(B)(iv)(I)(ia)");
const IB: Cite = Cite::v("Pen. Code, § 1203.425, subd. (a)(1)(B)(iv)(I)(ib)");
const II: Cite = Cite::v("Pen. Code, § 1203.425, subd. (a)(1)(B)(iv)(II)");
const A2A: Cite = Cite::v("Pen. Code, § 1203.425, subd. (a)(2)(A)");
const B1: Cite = Cite::v("Pen. Code, § 1203.425, subd. (b)(1)");
const ANCHOR: Cite =
    Cite::k("Pen. Code, § 1203.425, subd. (a)(1)(B)(iv)(II) (no supervision after custody)");
const START_MISDEMEANOR: Cite = Cite::v2("Pen. Code, § 1203.425 (operative July 1, 2022)");

const WINDOW: jiff::civil::Date = jiff::civil::date(1973, 1, 1);
/// Monthly review of the probation and misdemeanor prongs began [V2].
const PROGRAM_MISDEMEANOR: jiff::civil::Date = jiff::civil::date(2022, 7, 1);
/// The felony prong became operative (AB 168).
const PROGRAM_FELONY: jiff::civil::Date = jiff::civil::date(2024, 10, 1);

/// The rule as the rules page states it.
pub static RULE: Rule = Rule {
    remedy: RemedyId::Pc1203_425,
    automatic: true,
    summary: "rule-pc-1203-425",
    conditions: &[
        ("rule-pc-1203-425-monthly", A1A),
        ("rule-pc-1203-425-registrant", BI),
        ("rule-pc-1203-425-status", BIII),
        ("rule-pc-1203-425-ia", IA),
        ("rule-pc-1203-425-ib", IB),
        ("rule-pc-1203-425-ii", II),
        ("rule-pc-1203-425-electronic", A2A),
        ("rule-pc-1203-425-block", B1),
    ],
    forms: &[],
};

/// PC 1203.425 for conviction `i`.
pub fn evaluate(a: &Analysis<'_>, i: usize) -> Option<Determination> {
    let c = &a.convictions[i];
    let mut d = a.determination(RemedyId::Pc1203_425, Outcome::NeedsReview);
    d.automatic = true;
    if let Some(on) = c.granted(RemedyId::Pc1203_425) {
        d.outcome = Outcome::Granted;
        let msg = super::common::granted_msg(on);
        d.because(msg, A2A);
        return Some(d);
    }
    // Already dismissed by a court: nothing left for DOJ to grant.
    if [
        RemedyId::Pc1203_4,
        RemedyId::Pc1203_4a,
        RemedyId::Pc1203_41,
        RemedyId::Pc1203_42,
    ]
    .iter()
    .any(|r| c.granted(*r).is_some())
    {
        return None;
    }
    let level = c.level?;
    if c.date < WINDOW {
        d.outcome = Outcome::Ineligible;
        d.because(|| Msg::new("r-1203-425-before-1973"), IA);
        return Some(d);
    }
    d.mandatory = Some(true);
    match (a.facts.registrant_290, a.registrant) {
        (Some(true), _) | (None, Registrant::Yes) => {
            d.outcome = Outcome::Ineligible;
            d.because(|| Msg::new("r-1203-425-registrant"), BI);
            return Some(d);
        }
        (None, Registrant::Possible) => {
            d.because(|| Msg::new("r-1203-425-maybe-registrant"), BI);
            d.missing("registrant_290");
        }
        _ => {}
    }

    let completed_probation = c
        .probation
        .as_ref()
        .filter(|p| !p.revoked && !p.revoked_to_custody);
    let ready = if let Some(p) = completed_probation {
        d.because(|| Msg::new("r-1203-425-ia"), IA);
        match p.end {
            Some(end) => {
                let id = if end.on <= a.as_of {
                    "r-probation-ended"
                } else {
                    "r-probation-ends"
                };
                d.because(|| Msg::new(id).date("date", end.on), IA);
                basis_note(&mut d, end);
                not_before(Ready::On(end.on), PROGRAM_MISDEMEANOR)
            }
            None => Ready::Unknown("probation_completed"),
        }
    } else if matches!(level, Level::Misdemeanor | Level::Infraction) {
        let year_after = add_years(c.date, 1);
        d.because(|| Msg::new("r-1203-425-ib").date("date", year_after), IB);
        match c.completed {
            Some(done) => {
                if done.on > c.date {
                    d.because(
                        || Msg::new("r-sentence-completed").date("date", done.on),
                        IB,
                    );
                    basis_note(&mut d, done);
                }
                not_before(Ready::On(year_after.max(done.on)), PROGRAM_MISDEMEANOR)
            }
            None => Ready::Unknown("sentence_completed_on"),
        }
    } else {
        match felony_prong(a, i, &mut d) {
            Some(ready) => ready,
            None => return Some(d),
        }
    };
    if matches!(ready, Ready::On(day) if day <= PROGRAM_MISDEMEANOR) {
        d.because(|| Msg::new("r-1203-425-program-start"), START_MISDEMEANOR);
    }
    settle(a, i, &mut d, ready, Status::NotServingOrCharged(BIII));
    d.because(|| Msg::new("r-1203-425-automatic"), A2A);
    if d.outcome == Outcome::EligibleLater {
        d.because(|| Msg::new("r-1203-425-may-be-blocked"), B1);
    }
    Some(d)
}

/// Prong (II). `None` when the outcome is already final (ineligible).
fn felony_prong(a: &Analysis<'_>, i: usize, d: &mut Determination) -> Option<Ready> {
    let c = &a.convictions[i];
    d.because(|| Msg::new("r-1203-425-ii"), II);
    for (listed, fact, id) in [
        (c.serious, "serious_felony", "r-1203-425-serious"),
        (c.violent, "violent_felony", "r-1203-425-violent"),
        (c.registrable, "registrant_290", "r-1203-425-registrable"),
    ] {
        match listed {
            Match::Yes(e) => {
                d.outcome = Outcome::Ineligible;
                d.because(section_msg(id, c.section()), e.cite);
                return None;
            }
            Match::Possible(e, cond) => {
                d.because(section_msg("r-1203-425-maybe-listed", c.section()), e.cite);
                d.note(|| Msg::new(cond.question()));
                d.missing(fact);
            }
            Match::No => {}
        }
    }
    let Some(anchor) = c.supervision_ended else {
        d.because(|| Msg::new("r-sentence-end-unknown"), II);
        return Some(Ready::Unknown("sentence_completed_on"));
    };
    basis_note(d, anchor);
    if c.no_supervision {
        d.because(
            || Msg::new("r-1203-425-anchor-release").date("date", anchor.on),
            ANCHOR,
        );
    } else {
        d.because(|| Msg::new("r-1203-425-anchor").date("date", anchor.on), II);
    }
    let after = add_years(anchor.on, 4);
    if let Some(new) = a.felony_convictions_between(anchor.on, after, i) {
        d.outcome = Outcome::Ineligible;
        d.because(|| Msg::new("r-1203-425-new-felony").date("date", new), II);
        return None;
    }
    d.because(|| Msg::new("r-1203-425-four-years").date("date", after), II);
    Some(not_before(Ready::On(after), PROGRAM_FELONY))
}
