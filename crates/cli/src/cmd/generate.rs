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
    /// A synthetic DOJ research file extract (CSV) on standard output.
    Doj {
        /// How many people.
        #[arg(long, default_value_t = 100)]
        people: u32,
        /// The seed: the same seed gives the same extract.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Put every court case in this county.
        #[arg(long)]
        county: Option<String>,
        /// Leave out the header line.
        #[arg(long)]
        no_header: bool,
        /// Leave unused columns empty instead of filling them as DOJ-style
        /// extracts do (rows of about 280 bytes instead of 800).
        #[arg(long)]
        no_fillers: bool,
        /// About one line in N is malformed (0: none).
        #[arg(long, default_value_t = 5000)]
        malformed_every: u32,
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
        What::Doj {
            people,
            seed,
            county,
            no_header,
            no_fillers,
            malformed_every,
        } => {
            let options = doj::generate::Options {
                people,
                seed,
                county: county.map(|c| doj::history::normalise_county(&c)),
                header: !no_header,
                fillers: !no_fillers,
                malformed_every,
            };
            let mut out = std::io::BufWriter::with_capacity(1 << 20, std::io::stdout().lock());
            doj::generate::write(&mut out, &options)?;
            out.flush()?;
            Ok(())
        }
    }
}
