//! PC 1203.43 — withdrawing a deferred-entry-of-judgment plea.
//!
//! * (a)(1): the Legislature finds the statement in PC 1000.4 that a
//!   completed DEJ leaves no conviction "constitutes misinformation" for some
//!   defendants, "including all noncitizen defendants", so "the defendant's
//!   prior plea is invalid".
//! * (b): for DEJ granted on or after Jan 1, 1997, satisfactorily performed,
//!   with the charges dismissed under former PC 1000.3, the court "shall,
//!   upon request of the defendant, permit the defendant to withdraw the
//!   plea ... and ... dismiss". No waiting period.
//!
//! DEJ took a guilty plea until it became pretrial diversion without a plea
//! on Jan 1, 2018 (AB 208) [K for the date]; grants from then on have no plea
//! to withdraw. The relief matters above all for immigration: a completed DEJ
//! is still a conviction under federal law, a withdrawal for legal
//! invalidity is not.

use super::Rule;
use crate::analysis::Analysis;
use crate::date::Date;
use crate::model::{Count, DispositionKind, Event};
use crate::remedy::{Cite, Determination, Msg, Outcome, RemedyId};

const A: Cite = Cite::v2("Pen. Code, § 1203.43, subd. (a)(1)");
const B: Cite = Cite::v2("Pen. Code, § 1203.43, subd. (b)");
const AB208: Cite =
    Cite::k("Pen. Code, § 1000 (AB 208, Stats. 2017, ch. 778: no plea from Jan. 1, 2018)");

const FROM: jiff::civil::Date = jiff::civil::date(1997, 1, 1);
const UNTIL: jiff::civil::Date = jiff::civil::date(2018, 1, 1);

/// The rule as the rules page states it.
pub static RULE: Rule = Rule {
    remedy: RemedyId::Pc1203_43,
    automatic: false,
    summary: "rule-pc-1203-43",
    conditions: &[
        ("rule-pc-1203-43-who", B),
        ("rule-pc-1203-43-plea", AB208),
        ("rule-pc-1203-43-mandatory", B),
        ("rule-pc-1203-43-why", A),
    ],
    forms: &["CR-180", "CR-181"],
};

/// PC 1203.43 for one court count.
pub fn evaluate(a: &Analysis<'_>, event: &Event, count: &Count) -> Option<Determination> {
    let mut granted: Option<Date> = None;
    let mut completed: Option<Date> = None;
    for (d, disp) in count.history(event.date) {
        let day = d.map(|d| d.latest());
        match disp.kind {
            DispositionKind::Diversion
                if disp.statute.as_ref().is_none_or(|s| s.number() == "1000")
                    && disp.text.as_deref().is_none_or(|t| !t.contains("1001")) =>
            {
                granted = granted.or(day);
            }
            DispositionKind::Dismissed if granted.is_some() => completed = day.or(completed),
            DispositionKind::ReliefGranted if disp.remedy == Some(RemedyId::Pc1203_43) => {
                let mut d = a.determination(RemedyId::Pc1203_43, Outcome::Granted);
                d.because(super::common::granted_msg(day), B);
                return Some(d);
            }
            _ => {}
        }
    }
    let granted = granted?;
    if !(FROM..UNTIL).contains(&granted) {
        return None;
    }
    let completed = completed?;
    let mut d = a.determination(RemedyId::Pc1203_43, Outcome::Eligible);
    d.mandatory = Some(true);
    d.because(|| Msg::new("r-1203-43-dej").date("date", granted), B);
    d.because(
        || Msg::new("r-1203-43-completed").date("date", completed),
        B,
    );
    d.because(|| Msg::new("r-1203-43-shall"), B);
    d.because(|| Msg::new("r-1203-43-why"), A);
    Some(d)
}
