//! A person's package: every paper their report supports, one PDF each,
//! `package.pdf` with all of them behind a cover page, and
//! `manifest.json`. Files are written under temporary names and renamed,
//! and the manifest comes last, so a crash never leaves a package that
//! looks complete.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use i18n::Lang;
use rayon::prelude::*;
use serde::Serialize;

use crate::court;
use crate::guide::{self, Entry};
use crate::paper::{self, Forms, Paper, Rendered};
use crate::person::Person;
use crate::report::Report;
use crate::{Error, dismissal, letters, petitions};

/// How to make a package.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Folder of official fillable PDFs (and extra field maps).
    pub forms_dir: Option<PathBuf>,
    /// Language of the papers for the person; else the person's own, else
    /// English. Court papers are always in English.
    pub lang: Option<Lang>,
}

/// One document in the manifest.
#[derive(Clone, Debug, Serialize)]
pub struct Document {
    /// File name in the output folder.
    pub file: String,
    /// The form (`CR-180`) or kind (`cover`, `dispute-letter`).
    pub form: String,
    /// Its case, if any.
    pub case_number: Option<String>,
    /// Page count.
    pub pages: usize,
    /// The official revision filled; absent when generated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revision: Option<String>,
    /// True when made as a generated equivalent.
    pub generated: bool,
}

/// `manifest.json`.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Manifest {
    /// The documents, in package order.
    pub documents: Vec<Document>,
    /// Person details a form needed and did not get.
    pub missing: Vec<String>,
    /// Anything the person or their helper should know about how the
    /// package was made.
    pub warnings: Vec<String>,
}

/// Papers by purpose, before rendering.
struct Plan {
    court: Vec<(Option<String>, Paper)>,
    missing: Vec<String>,
}

fn plan(report: &Report, person: &Person) -> Plan {
    let mut court = Vec::new();
    let mut no_statement = false;
    for case in court::cases(report) {
        let county = case.county().map(str::to_string);
        let mut add = |p: Paper| court.push((county.clone(), p));
        if let Some(p) = petitions::prop64(report, person, case.clone()) {
            add(p);
        }
        if let Some(p) = petitions::prop47(report, person, case.clone()) {
            add(p);
        }
        let (papers, lacks) = dismissal::papers(report, person, case.clone());
        no_statement |= lacks;
        papers.into_iter().for_each(&mut add);
        petitions::arrest_sealing(report, person, case)
            .into_iter()
            .for_each(add);
    }
    let mut missing: Vec<String> = Vec::new();
    if !court.is_empty() {
        missing.extend(person.missing_contact().into_iter().map(String::from));
        if report.person.dob.is_none() {
            missing.push("dob".into());
        }
    }
    if no_statement {
        missing.push("declaration".into());
    }
    Plan { court, missing }
}

fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let tmp = path.with_extension("partial");
    std::fs::write(&tmp, bytes).map_err(|e| Error::io(&tmp, e))?;
    std::fs::rename(&tmp, path).map_err(|e| Error::io(path, e))
}

/// A private scratch folder inside the output folder, removed on drop.
struct Scratch(PathBuf);

impl Scratch {
    fn new(out: &Path) -> Result<Self, Error> {
        let dir = out.join(format!(".work-{}", std::process::id()));
        std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        Ok(Self(dir))
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn title(lang: &Lang, p: &Paper) -> String {
    let name = match p.form.as_str() {
        "CR-180" => "Petition for Dismissal (CR-180)",
        "CR-181" => "Order for Dismissal (CR-181)",
        "MC-025" => "Attachment: more offenses (MC-025)",
        "MC-031" => "Declaration (MC-031)",
        "CR-400" => "Proposition 64 petition (CR-400)",
        "prop47" => "Proposition 47 petition",
        "CR-409" => "Petition to Seal Arrest (CR-409)",
        "CR-410" => "Order to Seal Arrest (CR-410)",
        "FW-001" => "Request to Waive Court Fees (FW-001)",
        "dispute-letter" => {
            return format!(
                "{}: {}",
                lang.text("doc-letter-subject"),
                p.data["recipient"][0].as_str().unwrap_or("")
            );
        }
        "notice" => return lang.text("doc-notice-title"),
        "instructions" => return p.data["title"].as_str().unwrap_or("").to_string(),
        other => other,
    };
    name.to_string()
}

/// Make the package for one person into `out`.
pub fn person_package(
    report: &Report,
    person: &Person,
    out: &Path,
    options: &Options,
) -> Result<Manifest, Error> {
    let lang = options
        .lang
        .clone()
        .or_else(|| person.language.as_deref().and_then(Lang::from_tag))
        .unwrap_or_else(Lang::english);
    std::fs::create_dir_all(out).map_err(|e| Error::io(out, e))?;
    let scratch = Scratch::new(out)?;
    let mut forms = Forms::new(options.forms_dir.as_deref())?;
    let Plan { court, mut missing } = plan(report, person);

    // Fee waivers and instructions, one per county with court papers.
    let mut counties: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut sealing: BTreeMap<String, bool> = BTreeMap::new();
    for (county, p) in &court {
        let county = county.clone().unwrap_or_default();
        let cases = counties.entry(county.clone()).or_default();
        if let Some(n) = &p.case_number
            && !cases.contains(n)
        {
            cases.push(n.clone());
        }
        *sealing.entry(county).or_default() |= p.form == "CR-409";
    }
    let mut fee_waivers = Vec::new();
    let mut guides = Vec::new();
    let mut waiver_incomplete = false;
    for (county, cases) in &counties {
        let (fw, complete) = petitions::fee_waiver(
            person,
            Some(county.as_str()).filter(|c| !c.is_empty()),
            cases,
        );
        waiver_incomplete |= !complete;
        fee_waivers.push(fw);
        guides.push(guide::instructions(
            person,
            if county.is_empty() { "?" } else { county },
            cases,
            sealing.get(county).copied().unwrap_or(false),
            true,
            &lang,
        ));
    }
    if waiver_incomplete {
        missing.push("fee_waiver".into());
    }
    let mut papers: Vec<Paper> = guides;
    papers.extend(court.into_iter().map(|(_, p)| p));
    papers.extend(fee_waivers);
    // Dispute letters go to companies that read English; the person's
    // own papers follow their language.
    papers.extend(letters::disputes(report, person, &Lang::english()));
    papers.extend(letters::notice(report, person, &lang));

    // Unique file names (two counties may reuse a case number).
    let mut seen = std::collections::BTreeSet::new();
    for p in &mut papers {
        let mut n = 2;
        let stem = p.file.trim_end_matches(".pdf").to_string();
        while !seen.insert(p.file.clone()) {
            p.file = format!("{stem}-{n}.pdf");
            n += 1;
        }
    }

    // Each paper renders on its own (qpdf runs dominate): use every core.
    forms.prepare(&papers)?;
    let results: Vec<Result<Rendered, Error>> = papers
        .par_iter()
        .enumerate()
        .map(|(i, p)| forms.render(p, &scratch.0.join(format!("p{i}"))))
        .collect();
    let mut rendered: Vec<(Paper, Rendered)> = Vec::new();
    for (p, r) in papers.into_iter().zip(results) {
        rendered.push((p, r?));
    }
    let generated = rendered
        .iter()
        .any(|(p, r)| !p.official.is_empty() && r.revision.is_none());
    let contents: Vec<Entry> = rendered
        .iter()
        .map(|(p, r)| Entry {
            title: title(&lang, p),
            case: p.case_number.clone().unwrap_or_default(),
            pages: r.pdf.pages,
        })
        .collect();
    let cover = guide::cover(report, person, &contents, &missing, generated, &lang);
    let cover_pdf = forms.render(&cover, &scratch.0.join("cover"))?;
    rendered.insert(0, (cover, cover_pdf));

    let mut manifest = Manifest {
        missing,
        ..Manifest::default()
    };
    for form in &forms.unmapped {
        manifest.warnings.push(format!(
            "{form}.pdf in the forms folder is a revision without a field map; a generated equivalent was used. Add a map (see maps/ in the documents crate) to fill it."
        ));
    }
    let mut parts = Vec::new();
    for (i, (p, r)) in rendered.iter().enumerate() {
        let path = out.join(&p.file);
        write_atomic(&path, &r.pdf.bytes)?;
        // The package takes the flattened copy: joining fillable forms is
        // slow in qpdf and their fields would clash.
        match &r.flat {
            Some(flat) => {
                let part = scratch.0.join(format!("flat-{i}.pdf"));
                std::fs::write(&part, flat).map_err(|e| Error::io(&part, e))?;
                parts.push(part);
            }
            None => parts.push(path),
        }
        manifest.documents.push(Document {
            file: p.file.clone(),
            form: p.form.clone(),
            case_number: p.case_number.clone(),
            pages: r.pdf.pages,
            revision: r.revision.clone(),
            generated: r.revision.is_none(),
        });
    }
    let joined = scratch.0.join("package.pdf");
    paper::join(&parts, &joined, false)?;
    std::fs::rename(&joined, out.join("package.pdf"))
        .map_err(|e| Error::io(out.join("package.pdf"), e))?;
    let json = serde_json::to_vec_pretty(&manifest).map_err(|e| Error::Typeset(e.to_string()))?;
    write_atomic(&out.join("manifest.json"), &json)?;
    Ok(manifest)
}

/// The cases of a report that get court papers (for callers that list
/// them without rendering).
pub fn filed_cases(report: &Report, person: &Person) -> Vec<String> {
    plan(report, person)
        .court
        .iter()
        .filter_map(|(_, p)| p.case_number.clone())
        .collect()
}
