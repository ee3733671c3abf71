//! PC 851.90 — sealing after drug diversion or deferred entry of judgment.
//!
//! * (a): when a person successfully completes a program under PC 1000.5
//!   (preguilty-plea drug court) or PC 1000 / 1000.8 (deferred entry of
//!   judgment, drug diversion), the judge "may order those records
//!   pertaining to the arrest to be sealed as described in Section 851.92",
//!   on any party's motion or the court's own, with notice to all parties.
//! * (a)(2)–(3): the person may then deny the arrest and the diversion,
//!   except on a peace-officer application.
//!
//! Text as amended by SB 393 (Stats. 2017, ch. 680, eff. Jan 1, 2018): no
//! "interests of justice" finding.

use super::Rule;
use super::diversion::{self, Spec};
use crate::analysis::Analysis;
use crate::analysis::arrests::{Arrest, Program};
use crate::remedy::{Cite, Determination, RemedyId};

const A: Cite = Cite::v("Pen. Code, § 851.90, subd. (a)(1)");
const B: Cite = Cite::v("Pen. Code, § 851.90, subds. (a)(2)-(3)");

/// The rule as the rules page states it.
pub static RULE: Rule = Rule {
    remedy: RemedyId::Pc851_90,
    automatic: false,
    summary: "rule-pc-851-90",
    conditions: &[
        ("rule-pc-851-90-who", A),
        ("rule-diversion-may", A),
        ("rule-diversion-effect", B),
    ],
    forms: &[],
};

const SPEC: Spec = Spec {
    remedy: RemedyId::Pc851_90,
    programs: &[Program::Dej, Program::DrugCourt],
    cite: A,
    effect: "r-851-90-effect",
};

/// PC 851.90 for one arrest.
pub fn evaluate(a: &Analysis<'_>, arrest: &Arrest<'_>) -> Option<Determination> {
    diversion::evaluate(a, arrest, &SPEC)
}
