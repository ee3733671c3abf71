//! PC 1001.9 — after completed misdemeanor diversion (PC 1001 to 1001.9),
//! the arrest is deemed never to have occurred.
//!
//! * (a): on successful completion "the arrest upon which the diversion was
//!   based shall be deemed to have never occurred and the court may issue an
//!   order to seal the records pertaining to the arrest as described in
//!   Section 851.92"; the person may say they were not arrested or
//!   diverted, except on a peace-officer application.
//! * (b): the record shall not, without consent, be used to deny any
//!   employment, benefit, license or certificate.

use super::Rule;
use super::diversion::{self, Spec};
use crate::analysis::Analysis;
use crate::analysis::arrests::{Arrest, Program};
use crate::remedy::{Cite, Determination, RemedyId};

const A: Cite = Cite::v("Pen. Code, § 1001.9, subd. (a)");
const B: Cite = Cite::v("Pen. Code, § 1001.9, subd. (b)");

/// The rule as the rules page states it.
pub static RULE: Rule = Rule {
    remedy: RemedyId::Pc1001_9,
    automatic: false,
    summary: "rule-pc-1001-9",
    conditions: &[
        ("rule-pc-1001-9-who", A),
        ("rule-pc-1000-4-deemed", A),
        ("rule-diversion-may", A),
        ("rule-pc-1000-4-use", B),
    ],
    forms: &[],
};

const SPEC: Spec = Spec {
    remedy: RemedyId::Pc1001_9,
    programs: &[Program::Misdemeanor],
    cite: A,
    effect: "r-1001-9-effect",
};

/// PC 1001.9 for one arrest.
pub fn evaluate(a: &Analysis<'_>, arrest: &Arrest<'_>) -> Option<Determination> {
    diversion::evaluate(a, arrest, &SPEC)
}
