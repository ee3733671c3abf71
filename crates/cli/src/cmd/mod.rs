//! One module per subcommand.

pub mod bulk;
pub mod check;
pub mod forms;
pub mod generate;
pub mod parse;
pub mod rules;
pub mod serve;
