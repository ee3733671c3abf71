//! California record-clearance law as code.
//!
//! Given a person's criminal history ([`model::History`]), a day
//! ([`date::Date`]) and the facts the record cannot show ([`facts::Facts`]),
//! [`evaluate`] says for every conviction which remedies apply, why, from
//! when, and whether the court must or may grant them.
//!
//! The crate does no I/O and never reads the clock: the as-of date is always
//! passed in, and explanations are message ids that the caller renders
//! (see the `i18n` crate).
//!
//! * [`model`] — the record: person, events, counts, dispositions, sentences.
//! * [`catalog`] — the offense lists the statutes refer to, as dated tables.
//! * [`analysis`] — what the record means before any remedy looks at it.
//! * [`remedies`] — one module per remedy, each citing what it implements.
//! * [`report`] and [`plan`] — the answer, and what to do in which order.

pub mod analysis;
pub mod catalog;
pub mod date;
pub mod echo;
pub mod facts;
pub mod model;
pub mod plan;
pub mod remedies;
pub mod remedy;
pub mod report;
pub mod section;

pub use date::Date;
pub use facts::Facts;
pub use model::History;
pub use remedy::{Determination, Explain, Outcome, RemedyId};
pub use report::{Renderer, Report, evaluate, evaluate_with};
