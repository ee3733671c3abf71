//! `clearslate forms`: the papers for one person, or bulk motions.

use std::path::PathBuf;

use documents::{Options, Person, Report};
use i18n::Lang;

use crate::Failure;

/// Arguments of `forms`.
#[derive(clap::Args)]
pub struct Args {
    /// The person's report (`clearslate check --format json`).
    #[arg(
        long,
        value_name = "REPORT.json",
        required_unless_present = "bulk",
        requires = "person"
    )]
    report: Option<PathBuf>,
    /// What the record does not say: name, address, companies to write to.
    #[arg(long, value_name = "PERSON.toml")]
    person: Option<PathBuf>,
    /// A `clearslate bulk` output folder: make one motion per court.
    #[arg(long, value_name = "RUN_DIR", conflicts_with_all = ["report", "person"])]
    bulk: Option<PathBuf>,
    /// Where to write the papers.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// Language of the papers for the person (en, es); court papers are
    /// always in English.
    #[arg(long)]
    lang: Option<String>,
    /// Folder of official fillable PDFs (CR-180.pdf, ...).
    #[arg(long = "forms-dir", value_name = "DIR", env = "CLEARSLATE_FORMS_DIR")]
    forms_dir: Option<PathBuf>,
}

fn failure(e: documents::Error) -> Failure {
    if e.is_input() {
        Failure::Input(e.to_string())
    } else {
        Failure::Internal(e.into())
    }
}

/// Run `forms`.
pub fn run(args: Args) -> Result<(), Failure> {
    let manifest = if let Some(run) = &args.bulk {
        documents::bulk::motions(run, &args.out).map_err(failure)?
    } else {
        let (Some(report), Some(person)) = (&args.report, &args.person) else {
            return Err(Failure::Input(
                "--report and --person are needed (or --bulk)".into(),
            ));
        };
        let lang = match &args.lang {
            Some(tag) => Some(Lang::from_tag(tag).ok_or_else(|| {
                Failure::Input(format!("--lang {tag}: not a supported language (en, es)"))
            })?),
            None => None,
        };
        if let Some(dir) = &args.forms_dir
            && !dir.is_dir()
        {
            return Err(Failure::Input(format!(
                "--forms-dir {}: not a folder",
                dir.display()
            )));
        }
        let report = Report::load(report).map_err(failure)?;
        let person = Person::load(person).map_err(failure)?;
        let options = Options {
            forms_dir: args.forms_dir.clone(),
            lang,
        };
        documents::person_package(&report, &person, &args.out, &options).map_err(failure)?
    };
    let pages: usize = manifest.documents.iter().map(|d| d.pages).sum();
    eprintln!(
        "clearslate: wrote {} documents ({pages} pages) and package.pdf to {}",
        manifest.documents.len(),
        args.out.display()
    );
    for m in &manifest.missing {
        eprintln!("clearslate: missing: {m}");
    }
    for w in &manifest.warnings {
        eprintln!("clearslate: {w}");
    }
    Ok(())
}
