//! Court forms, declarations, letters and bulk motions.
//!
//! Knowing you qualify is not relief: the papers must be filed, and the
//! old record must stop showing up. This crate turns a person's report
//! (`clearslate check --format json`) and the details the record lacks
//! (PERSON.toml) into a package of papers, and a bulk run into one motion
//! per court with its list of cases.
//!
//! * Official Judicial Council forms are filled when the forms folder has
//!   them (`paper`, `acroform`, `fieldmap`); otherwise a generated paper
//!   with the same content is made (`typeset`, typst templates).
//! * Court papers are in English; papers for the person (cover,
//!   instructions, notice) and the dispute letters follow the person's
//!   language through the Fluent catalogs.

pub mod acroform;
pub mod bulk;
pub mod court;
pub mod dismissal;
mod error;
pub mod fieldmap;
pub mod guide;
pub mod letters;
pub mod package;
pub mod paper;
pub mod person;
pub mod petitions;
pub mod report;
pub mod typeset;

pub use error::Error;
pub use package::{Manifest, Options, person_package};
pub use person::Person;
pub use report::Report;
