//! Bulk clearance of DOJ research files (`shared/CONTRACT.md` §2): every
//! person's history evaluated by the law engine on one day, the county's
//! Proposition 64 policy applied, and the outputs a prosecutor's office
//! works from: `results.csv`, `convictions.csv`, `summary.json`,
//! `errors.csv`, `convictions.xlsx`, `report.html` and, against an earlier
//! run, `changes.csv`.

pub mod changes;
pub mod html;
pub mod person;
pub mod policy;
pub mod run;
pub mod summary;
pub mod xlsx;

pub use person::Config;
pub use policy::Policy;
pub use run::{Options, RunError, run};
