//! `clearslate parse`: print the record as the JSON history.

use std::io::Write;

use crate::{Failure, input};

/// Arguments of `parse`.
#[derive(clap::Args)]
pub struct Args {
    /// The record, or `-` for standard input.
    file: String,
}

/// Run `parse`.
pub fn run(args: Args) -> Result<(), Failure> {
    let history = input::read_history(&args.file)?;
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, &history)?;
    writeln!(out)?;
    Ok(())
}
