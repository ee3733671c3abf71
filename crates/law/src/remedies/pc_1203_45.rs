//! PC 1203.45 — sealing a misdemeanor committed under 18.
//!
//! * (a): a person who was "under 18 years of age at the time of commission
//!   of a misdemeanor" and is eligible for, or has received, relief under
//!   PC 1203.4 or 1203.4a may petition to seal the record of conviction and
//!   the arrest and other records of the case. The court "may" grant it.
//! * (c): not for offenses requiring registration under PC 290, violations
//!   of Health and Safety Code Division 10 (HS 11000 et seq.), or
//!   misdemeanor Vehicle Code offenses relating to operating a vehicle (and
//!   local ordinances on operating, stopping, standing or parking).
//! * (d): not for a person convicted of more than one offense, unless one
//!   includes the other, or the others are misdemeanors under Vehicle Code
//!   Division 11, chapters 1–9, 12 or 13, other than VC 23103, 23104,
//!   23105, 23152, 23153 or 23220.
//! * (e): also offenses committed before March 7, 1973 by a person under 21.
//! * (f): unpaid restitution is not a ground for denial.
//!
//! Record sheets rarely print the offense date: the arrest date stands in
//! (the offense cannot come after it), and when the person turned 18 within
//! a year before the arrest the engine asks for the offense date. The
//! Vehicle Code ranges used for "operating a vehicle" (Division 11, VC
//! 21000–23336; licensing VC 12500–12951, 14601–14610; VC 2800–2818, 20001,
//! 20002) are the engine's reading [K].

use super::Rule;
use crate::analysis::Analysis;
use crate::date::{Date, add_years};
use crate::model::Level;
use crate::remedy::{Cite, Determination, Msg, Outcome, RemedyId};
use crate::section::Section;

const A: Cite = Cite::v("Pen. Code, § 1203.45, subd. (a)");
const C: Cite = Cite::v("Pen. Code, § 1203.45, subd. (c)");
const D: Cite = Cite::v("Pen. Code, § 1203.45, subd. (d)");
const E: Cite = Cite::v("Pen. Code, § 1203.45, subd. (e)");
const F: Cite = Cite::v("Pen. Code, § 1203.45, subd. (f)");
const VC_READING: Cite = Cite::k("Pen. Code, § 1203.45, subd. (c) (Vehicle Code driving offenses)");

/// Before this day, the age limit is 21 (subdivision (e)).
const UNDER_21_UNTIL: jiff::civil::Date = jiff::civil::date(1973, 3, 7);

/// The rule as the rules page states it.
pub static RULE: Rule = Rule {
    remedy: RemedyId::Pc1203_45,
    automatic: false,
    summary: "rule-pc-1203-45",
    conditions: &[
        ("rule-pc-1203-45-who", A),
        ("rule-pc-1203-45-first", A),
        ("rule-pc-1203-45-excluded", C),
        ("rule-pc-1203-45-one", D),
        ("rule-pc-1203-45-1973", E),
        ("rule-restitution", F),
    ],
    forms: &[],
};

/// A Vehicle Code offense relating to operating a vehicle [K].
fn driving(s: &Section) -> bool {
    s.code() == "VC"
        && number_in(
            s,
            &[
                (2800, 2818),
                (12500, 12951),
                (14601, 14610),
                (20001, 20002),
                (21000, 23336),
            ],
        )
}

/// A Vehicle Code misdemeanor that does not count toward the one-offense
/// limit (subdivision (d)(2)).
fn exempt_other(s: &Section) -> bool {
    const NOT_EXEMPT: &[&str] = &["23103", "23104", "23105", "23152", "23153", "23220"];
    s.code() == "VC" && number_in(s, &[(21000, 23336)]) && !NOT_EXEMPT.contains(&s.number())
}

fn number_in(s: &Section, ranges: &[(u32, u32)]) -> bool {
    let whole = s.number().split('.').next().unwrap_or("");
    whole
        .parse::<u32>()
        .is_ok_and(|n| ranges.iter().any(|&(lo, hi)| (lo..=hi).contains(&n)))
}

/// Under the age limit on `day`, as far as the record tells: `Some(true)`
/// certainly, `Some(false)` certainly not, `None` when the offense may have
/// come before the birthday.
fn young(a: &Analysis<'_>, day: Date, exact: bool) -> Option<bool> {
    let limit = if day < UNDER_21_UNTIL { 21 } else { 18 };
    let birthday = a.birthday(limit)?;
    if day < birthday {
        Some(true)
    } else if exact || add_years(birthday, 1) <= day {
        Some(false)
    } else {
        None
    }
}

/// PC 1203.45 for conviction `i`, given the determinations already made
/// for it (it needs 1203.4 or 1203.4a relief first).
pub fn evaluate(a: &Analysis<'_>, i: usize, prior: &[Determination]) -> Option<Determination> {
    let c = &a.convictions[i];
    if c.level != Some(Level::Misdemeanor) {
        return None;
    }
    let (day, exact) = a.offense_day(c.event, c.count)?;
    // Without a date of birth there is nothing to suspect.
    a.birthday(18)?;
    let under = young(a, day, exact);
    if under == Some(false) {
        return None;
    }
    let mut d = a.determination(RemedyId::Pc1203_45, Outcome::NeedsReview);
    if let Some(on) = c.granted(RemedyId::Pc1203_45) {
        d.outcome = Outcome::Granted;
        d.because(super::common::granted_msg(on), A);
        return Some(d);
    }
    d.mandatory = Some(false);
    if day < UNDER_21_UNTIL {
        d.because(|| Msg::new("r-1203-45-under-21"), E);
    }
    match under {
        Some(_) => {
            d.because(|| Msg::new("r-1203-45-under-18").date("date", day), A);
        }
        None => {
            d.because(|| Msg::new("r-1203-45-age-unclear").date("date", day), A);
            d.missing("offense_date");
        }
    }
    // Exclusions (c).
    let section = c.section();
    let excluded = if c.registrable.is_yes() {
        Some(("r-1203-45-excluded-290", C))
    } else if section.is_some_and(|s| s.code() == "HS" && number_in(s, &[(11000, 11999)])) {
        Some(("r-1203-45-excluded-drug", C))
    } else if section.is_some_and(driving) {
        Some(("r-1203-45-excluded-driving", VC_READING))
    } else {
        None
    };
    if let Some((id, cite)) = excluded {
        d.outcome = Outcome::Ineligible;
        d.missing_facts.clear();
        d.because(|| Msg::new(id), cite);
        return Some(d);
    }
    // The one-offense limit (d).
    let others = a
        .convictions
        .iter()
        .enumerate()
        .filter(|(j, o)| {
            *j != i
                && !o
                    .section()
                    .is_some_and(|s| o.level == Some(Level::Misdemeanor) && exempt_other(s))
        })
        .count();
    if others > 0 {
        d.outcome = Outcome::Ineligible;
        d.missing_facts.clear();
        d.because(
            || Msg::new("r-1203-45-more-than-one").num("count", others as i64 + 1),
            D,
        );
        return Some(d);
    }
    // Eligible for, or granted, 1203.4 or 1203.4a relief.
    let basis = prior
        .iter()
        .filter(|p| matches!(p.remedy, RemedyId::Pc1203_4 | RemedyId::Pc1203_4a))
        .min_by_key(|p| rank(p.outcome));
    match basis {
        None => {
            d.outcome = Outcome::Ineligible;
            d.because(|| Msg::new("r-1203-45-no-dismissal"), A);
        }
        Some(p) => {
            let msg = crate::remedies::remedy_msg("r-1203-45-with", p.remedy);
            d.because(msg, A);
            match p.outcome {
                Outcome::Granted | Outcome::Eligible => {
                    if d.missing_facts.is_empty() {
                        d.outcome = Outcome::Eligible;
                    }
                }
                Outcome::EligibleLater => {
                    if d.missing_facts.is_empty() {
                        d.outcome = Outcome::EligibleLater;
                        d.eligible_on = p.eligible_on;
                    }
                }
                Outcome::NeedsReview => {
                    for f in &p.missing_facts {
                        d.missing(f);
                    }
                }
                Outcome::Ineligible => {
                    d.outcome = Outcome::Ineligible;
                    d.missing_facts.clear();
                }
            }
        }
    }
    d.because(|| Msg::new("r-1203-45-may"), A);
    Some(d)
}

/// The strongest outcome first.
fn rank(o: Outcome) -> u8 {
    match o {
        Outcome::Granted => 0,
        Outcome::Eligible => 1,
        Outcome::EligibleLater => 2,
        Outcome::NeedsReview => 3,
        Outcome::Ineligible => 4,
    }
}
