//! `clearslate rules`: every remedy's rule in plain language, with the law
//! behind each condition, for a lawyer to review.

use std::io::Write;

use i18n::Lang;
use law::catalog;
use law::remedies;

use crate::Failure;

/// Arguments of `rules`.
#[derive(clap::Args)]
pub struct Args {
    /// Language (en, es).
    #[arg(long, default_value = "en")]
    lang: String,
    /// Also print the offense lists with a citation for each row.
    #[arg(long)]
    tables: bool,
}

/// Run `rules`.
pub fn run(args: Args) -> Result<(), Failure> {
    let lang = Lang::from_tag(&args.lang)
        .ok_or_else(|| Failure::Input(format!("--lang: '{}' is not available", args.lang)))?;
    let mut out = std::io::stdout().lock();
    let verify = lang.text("verify");
    writeln!(out, "{}\n", lang.text("rules-title"))?;
    writeln!(out, "{}\n", lang.text("rules-intro"))?;
    for rule in remedies::rules() {
        writeln!(out, "## {}", lang.remedy(rule.remedy))?;
        writeln!(out, "id: {}", rule.remedy)?;
        writeln!(out, "{}", lang.text(rule.summary))?;
        if rule.automatic {
            writeln!(out, "{}", lang.text("rules-automatic"))?;
        }
        for (id, cite) in rule.conditions {
            let mark = if cite.needs_verification() {
                format!(" [{verify}]")
            } else {
                String::new()
            };
            writeln!(out, "  - {} ({}){mark}", lang.text(id), cite.text)?;
        }
        if !rule.forms.is_empty() {
            writeln!(
                out,
                "  {}: {}",
                lang.text("rules-forms"),
                rule.forms.join(", ")
            )?;
        }
        writeln!(out)?;
    }
    if args.tables {
        writeln!(out, "# {}\n", lang.text("rules-tables-title"))?;
        for t in catalog::tables() {
            writeln!(out, "## {} ({})", lang.text(t.title), t.cite.text)?;
            for e in t.entries {
                let mark = if e.cite.needs_verification() {
                    format!(" [{verify}]")
                } else {
                    String::new()
                };
                let cond = if e.cond == catalog::Cond::None {
                    String::new()
                } else {
                    format!(" — {}", lang.text(e.cond.question()))
                };
                let from = e.from.map(|d| format!(" (from {d})")).unwrap_or_default();
                writeln!(out, "  {:<16} {}{from}{mark}{cond}", e.section, e.cite.text)?;
            }
            writeln!(out)?;
        }
    }
    Ok(())
}
