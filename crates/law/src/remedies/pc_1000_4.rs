//! PC 1000.4 — after completed deferred entry of judgment or drug
//! diversion under PC 1000, the arrest is deemed never to have occurred.
//!
//! * (a): on successful completion "the arrest upon which the [diversion]
//!   was based shall be deemed to have never occurred and the court may
//!   issue an order to seal the records pertaining to the arrest as
//!   described in Section 851.92"; the person may say they were not
//!   arrested or diverted, except on a peace-officer application.
//! * (b): the record "shall not, without the [person's] consent, be used in
//!   any way that could result in the denial of any employment, benefit,
//!   license, or certificate".
//!
//! The "deemed never occurred" effect comes by law; the sealing order is the
//! judge's choice ("may"). For a plea taken before 2018, PC 1203.43 is the
//! remedy that removes the plea itself.

use super::Rule;
use super::diversion::{self, Spec};
use crate::analysis::Analysis;
use crate::analysis::arrests::{Arrest, Program};
use crate::remedy::{Cite, Determination, RemedyId};

const A: Cite = Cite::k("Pen. Code, § 1000.4, subd. (a)");
const B: Cite = Cite::k("Pen. Code, § 1000.4, subd. (b)");

/// The rule as the rules page states it.
pub static RULE: Rule = Rule {
    remedy: RemedyId::Pc1000_4,
    automatic: false,
    summary: "rule-pc-1000-4",
    conditions: &[
        ("rule-pc-1000-4-who", A),
        ("rule-pc-1000-4-deemed", A),
        ("rule-diversion-may", A),
        ("rule-pc-1000-4-use", B),
    ],
    forms: &[],
};

const SPEC: Spec = Spec {
    remedy: RemedyId::Pc1000_4,
    programs: &[Program::Dej],
    cite: A,
    effect: "r-1000-4-effect",
};

/// PC 1000.4 for one arrest.
pub fn evaluate(a: &Analysis<'_>, arrest: &Arrest<'_>) -> Option<Determination> {
    diversion::evaluate(a, arrest, &SPEC)
}
