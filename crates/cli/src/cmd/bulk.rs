//! `clearslate bulk`: a DOJ research file, every person evaluated
//! (CONTRACT.md §2).

use std::path::PathBuf;

use crate::Failure;

/// Arguments of `bulk`.
#[derive(clap::Args)]
pub struct Args {
    /// A research file (`.dat` or `.csv`); repeat for several files of one
    /// data set.
    #[arg(long = "input", required = true, value_name = "FILE")]
    inputs: Vec<PathBuf>,
    /// The output folder.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// Only convictions from this county.
    #[arg(long)]
    county: Option<String>,
    /// The day to evaluate on (default: today).
    #[arg(long, value_name = "DATE")]
    as_of: Option<String>,
    /// The county prosecutor's Proposition 64 policy: TOML, or BEAR's
    /// `eligibility_options.json`.
    #[arg(long, value_name = "FILE")]
    policy: Option<PathBuf>,
    /// Worker threads (default: every core).
    #[arg(long)]
    threads: Option<usize>,
    /// An earlier run's output folder: also write `changes.csv`.
    #[arg(long, value_name = "DIR")]
    previous: Option<PathBuf>,
}

/// Run `bulk`.
pub fn run(args: Args) -> Result<(), Failure> {
    let as_of = match &args.as_of {
        Some(s) => law::date::parse_iso(s).map_err(|e| Failure::Input(format!("--as-of: {e}")))?,
        None => jiff::Zoned::now().date(),
    };
    for p in &args.inputs {
        if !p.is_file() {
            return Err(Failure::Input(format!("{}: no such file", p.display())));
        }
    }
    if let Some(prev) = &args.previous
        && !prev.join("convictions.csv").is_file()
    {
        return Err(Failure::Input(format!(
            "{}: no convictions.csv from an earlier run",
            prev.display()
        )));
    }
    if let Some(c) = &args.county {
        let want = doj::history::normalise_county(c);
        if !rapsheet::county::COUNTIES
            .iter()
            .any(|k| k.eq_ignore_ascii_case(&want))
        {
            return Err(Failure::Input(format!(
                "--county: \"{c}\" is not one of California's 58 counties"
            )));
        }
    }
    let policy = match &args.policy {
        Some(path) => {
            let (p, warnings) =
                bulk::Policy::load(path).map_err(|e| Failure::Input(e.to_string()))?;
            for w in warnings {
                eprintln!("clearslate: warning: {w}");
            }
            Some(p)
        }
        None => None,
    };
    let options = bulk::Options {
        inputs: args.inputs,
        out: args.out,
        config: bulk::Config {
            as_of,
            county: args.county.map(|c| doj::history::normalise_county(&c)),
            policy,
        },
        threads: args.threads,
        previous: args.previous,
        progress: true,
    };
    let started = std::time::Instant::now();
    let summary = bulk::run(&options).map_err(|e| match e {
        bulk::RunError::Input(e) => Failure::Input(e.to_string()),
        other => Failure::Internal(anyhow::anyhow!(other)),
    })?;
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "clearslate: {} lines ({} errors), {} people, {} convictions in scope, in {:.1} s ({:.0} lines/s)",
        summary.input_lines,
        summary.error_lines,
        summary.subjects,
        summary.convictions_in_scope,
        secs,
        summary.input_lines as f64 / secs.max(1e-9)
    );
    Ok(())
}
