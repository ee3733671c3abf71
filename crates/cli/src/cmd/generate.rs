//! `clearslate gen`: synthetic data, reproducible from a seed. Never real
//! people.

use std::io::Write;

use clap::Subcommand;

use crate::Failure;

/// What to generate.
#[derive(Subcommand)]
pub enum What {
    /// A synthetic RAP sheet (text) on standard output.
    Rapsheet {
        /// The seed: the same seed gives the same sheet.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Also write the ground truth (the JSON history the reader should
        /// produce) to this file.
        #[arg(long, value_name = "FILE")]
        truth: Option<String>,
    },
}

/// Arguments of `gen`.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    what: What,
}

/// Run `gen`.
pub fn run(args: Args) -> Result<(), Failure> {
    match args.what {
        What::Rapsheet { seed, truth } => {
            let s = rapsheet::generate::rap_sheet(seed);
            if let Some(path) = truth {
                let json = serde_json::to_string_pretty(&s.history)?;
                std::fs::write(&path, json + "\n")
                    .map_err(|e| Failure::Input(format!("{path}: cannot write: {e}")))?;
            }
            let mut out = std::io::stdout().lock();
            out.write_all(s.text.as_bytes())?;
            Ok(())
        }
    }
}
