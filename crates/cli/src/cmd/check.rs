//! `clearslate check`: evaluate one person's record.

use std::io::Write;

use clap::ValueEnum;
use i18n::Lang;

use crate::{Failure, input, text};

/// Output formats.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Format {
    /// A readable report.
    Text,
    /// The JSON report of CONTRACT.md.
    Json,
}

/// Arguments of `check`.
#[derive(clap::Args)]
pub struct Args {
    /// The day to evaluate on (YYYY-MM-DD); default today.
    #[arg(long = "as-of", value_name = "DATE")]
    as_of: Option<String>,
    /// A TOML file of answers the record cannot give.
    #[arg(long, value_name = "FILE")]
    facts: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// Language of the text (en, es).
    #[arg(long, default_value = "en")]
    lang: String,
    /// The record: a JSON history, or `-` for standard input.
    file: String,
}

/// Run `check`.
pub fn run(args: Args) -> Result<(), Failure> {
    let lang = Lang::from_tag(&args.lang).ok_or_else(|| {
        Failure::Input(format!(
            "--lang: '{}' is not available (choose one of: {})",
            args.lang,
            i18n::SUPPORTED.join(", ")
        ))
    })?;
    let as_of = match &args.as_of {
        Some(v) => input::parse_date("--as-of", v)?,
        None => jiff::Zoned::now().date(),
    };
    let history = input::read_history(&args.file)?;
    let facts = input::read_facts(args.facts.as_deref(), &history)?;
    let report = law::evaluate(&history, as_of, &facts);
    let mut out = std::io::stdout().lock();
    match args.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &report.to_json(&lang))?;
            writeln!(out)?;
        }
        Format::Text => text::write_report(&mut out, &report, &lang)?,
    }
    Ok(())
}
