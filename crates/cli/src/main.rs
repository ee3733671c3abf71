//! `clearslate`: California record clearance from the command line.
//!
//! Exit codes (CONTRACT.md): 0 the command did its job, whatever the
//! eligibility outcome; 2 bad input or usage, with a message naming the
//! file, line and field; 1 an internal failure.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod cmd;
mod input;
mod text;

/// mimalloc: the engine allocates many small explanations; this allocator
/// makes bulk evaluation markedly faster than the system one.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Find the record clearance California law already gives.
#[derive(Parser)]
#[command(name = "clearslate", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Evaluate one person's record: which remedies apply, why, and from when.
    Check(cmd::check::Args),
    /// Print the record as the JSON history `check` reads (no evaluation).
    Parse(cmd::parse::Args),
    /// Print every remedy's rule in plain language, with citations.
    Rules(cmd::rules::Args),
    /// Evaluate a DOJ research file: every person, in bulk.
    Bulk(cmd::bulk::Args),
    /// Generate synthetic data (never real people).
    Gen(cmd::generate::Args),
    /// Make the court papers, letters and notices (or bulk motions).
    Forms(cmd::forms::Args),
    /// Run the web application.
    Serve(cmd::serve::Args),
}

/// A failure, split by whose fault it is.
#[derive(Debug)]
pub enum Failure {
    /// Bad input or usage: exit 2.
    Input(String),
    /// Something broke inside: exit 1.
    Internal(anyhow::Error),
    /// The reader stopped reading (`clearslate check ... | head`): not a failure.
    Closed,
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            return Failure::Closed;
        }
        Failure::Internal(e.into())
    }
}

impl From<serde_json::Error> for Failure {
    fn from(e: serde_json::Error) -> Self {
        if e.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe) {
            return Failure::Closed;
        }
        Failure::Internal(e.into())
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let result = match cli.command {
        Command::Check(args) => cmd::check::run(args),
        Command::Parse(args) => cmd::parse::run(args),
        Command::Rules(args) => cmd::rules::run(args),
        Command::Bulk(args) => cmd::bulk::run(args),
        Command::Gen(args) => cmd::generate::run(args),
        Command::Forms(args) => cmd::forms::run(args),
        Command::Serve(args) => cmd::serve::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Input(msg)) => {
            eprintln!("clearslate: {msg}");
            ExitCode::from(2)
        }
        Err(Failure::Closed) => ExitCode::SUCCESS,
        Err(Failure::Internal(e)) => {
            eprintln!("clearslate: internal error: {e:#}");
            ExitCode::from(1)
        }
    }
}
