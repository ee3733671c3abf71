//! PC 851.87 — sealing after a prosecutor's prefiling diversion.
//!
//! * (a): after successful completion of a prefiling diversion program run
//!   by the prosecutor, the person "may petition" the court that would have
//!   had jurisdiction, and the court "may order those records sealed as
//!   described in Section 851.92". The law-enforcement agency and the
//!   prosecutor are served and may ask for a hearing within 60 days.
//! * (a)(3)–(4), (b): afterwards the person may say they were not arrested,
//!   except on a peace-officer application.
//!
//! Since SB 393 (Stats. 2017, ch. 680, eff. Jan 1, 2018) there is no
//! two-year wait and no "furtherance of justice" finding.

use super::Rule;
use super::diversion::{self, Spec};
use crate::analysis::Analysis;
use crate::analysis::arrests::{Arrest, Program};
use crate::remedy::{Cite, Determination, RemedyId};

const A: Cite = Cite::v("Pen. Code, § 851.87, subd. (a)");
const B: Cite = Cite::v("Pen. Code, § 851.87, subds. (a)(3)-(4), (b)");

/// The rule as the rules page states it.
pub static RULE: Rule = Rule {
    remedy: RemedyId::Pc851_87,
    automatic: false,
    summary: "rule-pc-851-87",
    conditions: &[
        ("rule-pc-851-87-who", A),
        ("rule-diversion-may", A),
        ("rule-diversion-effect", B),
    ],
    forms: &[],
};

const SPEC: Spec = Spec {
    remedy: RemedyId::Pc851_87,
    programs: &[Program::Prefiling],
    cite: A,
    effect: "r-851-87-effect",
};

/// PC 851.87 for one arrest.
pub fn evaluate(a: &Analysis<'_>, arrest: &Arrest<'_>) -> Option<Determination> {
    diversion::evaluate(a, arrest, &SPEC)
}
