//! PC 4852.01 et seq. — certificate of rehabilitation.
//!
//! * 4852.01(a): "a person convicted of a felony may file a petition".
//! * 4852.01(b): so may a person convicted of a misdemeanor PC 290 offense,
//!   or a felony 290 offense given probation, whose case was dismissed under
//!   PC 1203.4.
//! * 4852.01(c): not for people on mandatory life parole, under a death
//!   sentence, in military service, or convicted of PC 269, 286(c), 287(c),
//!   288, 288.5, 288.7, 289(j) or former 288a(c).
//! * 4852.03: the period of rehabilitation starts on discharge from custody
//!   or release on parole, PRCS, mandatory supervision or probation,
//!   whichever is sooner, and is five years' California residence plus two
//!   years (seven in all), four more for PC 187, 209, 219, 4500, 18755 or an
//!   offense punishable by life (nine), or five more for a PC 290 offense
//!   (ten).
//! * 4852.06: filed after the period, after any parole, probation, PRCS or
//!   supervision has ended, with five years' continuous California
//!   residence immediately before filing.
//! * A person granted probation first needs the PC 1203.4 dismissal
//!   [V: county guidance]. The court's decision is discretionary (4852.05:
//!   "honest and upright life ... sobriety and industry ... good moral
//!   character").
//!
//! A certificate is sent to the Governor as an application for a pardon.

use super::Rule;
use crate::analysis::{Analysis, Conviction};
use crate::catalog::TableId;
use crate::date::{Date, add_years};
use crate::model::Level;
use crate::remedy::{Cite, Determination, Msg, Outcome, RemedyId};

const A: Cite = Cite::v("Pen. Code, § 4852.01, subds. (a)-(b)");
const C: Cite = Cite::v("Pen. Code, § 4852.01, subd. (c)");
const PERIOD: Cite = Cite::v("Pen. Code, § 4852.03, subd. (a)");
const FILE: Cite = Cite::v("Pen. Code, § 4852.06");
const FIRST: Cite = Cite::v2("Pen. Code, § 4852.01 (probation cases: PC 1203.4 dismissal first)");
const CONDUCT: Cite = Cite::v2("Pen. Code, § 4852.05");

/// The rule as the rules page states it.
pub static RULE: Rule = Rule {
    remedy: RemedyId::Pc4852_01,
    automatic: false,
    summary: "rule-pc-4852-01",
    conditions: &[
        ("rule-pc-4852-01-who", A),
        ("rule-pc-4852-01-excluded", C),
        ("rule-pc-4852-01-period", PERIOD),
        ("rule-pc-4852-01-residence", FILE),
        ("rule-pc-4852-01-first", FIRST),
        ("rule-pc-4852-01-judge", CONDUCT),
    ],
    forms: &[],
};

/// The convictions a certificate (and a pardon through one) is about: a
/// felony, or a misdemeanor that requires PC 290 registration.
pub(crate) fn in_scope(c: &Conviction<'_>) -> bool {
    match c.level {
        Some(Level::Felony) => true,
        Some(Level::Misdemeanor) => c.registrable.is_yes(),
        _ => false,
    }
}

/// The offense is one 4852.01(c) excludes.
pub(crate) fn excluded(c: &Conviction<'_>) -> bool {
    c.lookup(TableId::RehabilitationExcluded, c.date).is_yes()
}

/// The day the period of rehabilitation starts, and whether it is the
/// record's own date.
fn period_start(c: &Conviction<'_>) -> Option<(Date, bool)> {
    if let Some(p) = &c.probation {
        return Some((p.start, true));
    }
    if let Some(r) = c.custody.released {
        return Some((r, true));
    }
    c.completed.map(|d| (d.on, false))
}

/// PC 4852.01 for conviction `i`.
pub fn evaluate(a: &Analysis<'_>, i: usize) -> Option<Determination> {
    let c = &a.convictions[i];
    if !in_scope(c) {
        return None;
    }
    let mut d = a.determination(RemedyId::Pc4852_01, Outcome::NeedsReview);
    d.mandatory = Some(false);
    if excluded(c) {
        d.outcome = Outcome::Ineligible;
        d.because(|| Msg::new("r-4852-excluded"), C);
        return Some(d);
    }
    let registrable = c.registrable.is_yes();
    if c.level == Some(Level::Misdemeanor) {
        d.because(|| Msg::new("r-4852-misdemeanor-290"), A);
    } else {
        d.because(|| Msg::new("r-4852-felony"), A);
    }
    let years = if registrable {
        10
    } else if c.lookup(TableId::RehabilitationNineYears, c.date).is_yes() {
        9
    } else {
        7
    };
    let mut ready: Option<Date> = None;
    match period_start(c) {
        Some((start, exact)) => {
            let end = add_years(start, years);
            d.because(
                || {
                    Msg::new("r-4852-period")
                        .num("years", i64::from(years))
                        .date("start", start)
                        .date("date", end)
                },
                PERIOD,
            );
            if !exact {
                d.note(|| Msg::new("r-date-estimated").date("date", start));
            }
            ready = Some(end);
        }
        None => {
            d.missing("sentence_completed_on");
        }
    }
    match c.completed {
        Some(done) => {
            d.because(
                || Msg::new("r-4852-supervision-over").date("date", done.on),
                FILE,
            );
            ready = ready.map(|r| r.max(done.on));
        }
        None => {
            d.missing("sentence_completed_on");
        }
    }
    match a.facts.ca_resident_since {
        Some(since) => {
            let five = add_years(since, 5);
            d.because(|| Msg::new("r-4852-residence").date("date", five), FILE);
            ready = ready.map(|r| r.max(five));
        }
        None => {
            d.because(|| Msg::new("r-4852-residence-ask"), FILE);
            d.missing("ca_resident_since");
        }
    }
    if c.probation.is_some() && c.granted(RemedyId::Pc1203_4).is_none() {
        d.because(|| Msg::new("r-4852-dismiss-first"), FIRST);
    }
    if let Some(later) = a
        .convictions
        .iter()
        .filter(|o| o.date > c.date && o.event_index != c.event_index)
        .map(|o| o.date)
        .max()
    {
        d.note(|| Msg::new("r-4852-later-conviction").date("date", later));
    }
    d.because(|| Msg::new("r-4852-judge"), CONDUCT);
    if d.missing_facts.is_empty()
        && let Some(on) = ready
    {
        super::common::available_from(&mut d, on, a.as_of);
    }
    Some(d)
}
