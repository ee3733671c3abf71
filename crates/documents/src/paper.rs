//! One document of a package, and how it becomes a PDF: the official form
//! filled when the forms folder has it (and a field map fits), otherwise a
//! generated document with the same content.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use serde_json::Value as Json;

use crate::Error;
use crate::acroform::{self, Value};
use crate::fieldmap::{self, FieldMap};
use crate::typeset::{self, Pdf};

/// Text written into a page area of an official form (the MC-031
/// declaration has no field for its body).
#[derive(Clone, Debug)]
pub struct Overlay {
    /// Page, from 1.
    pub page: u32,
    /// `[x0, y0, x1, y1]` in PDF points from the bottom left.
    pub rect: [f32; 4],
    /// Lines to write, already wrapped to the area ([`acroform::fit`]).
    pub lines: Vec<String>,
}

/// One filled copy of an official form (an attachment may need several).
#[derive(Clone, Debug, Default)]
pub struct Instance {
    /// Values by field-map key.
    pub values: BTreeMap<String, Value>,
    /// Body text written onto the page.
    pub overlay: Option<Overlay>,
    /// Short text stamped at points `(page, x, y, text)`, where a form
    /// has a line or box but no field.
    pub marks: Vec<(u32, f32, f32, String)>,
}

impl Instance {
    /// Set a text value (blank values are skipped).
    pub fn text(&mut self, key: impl Into<String>, value: impl Into<String>) {
        let value = value.into();
        if !value.trim().is_empty() {
            self.values.insert(key.into(), Value::Text(value));
        }
    }

    /// Set a checkbox.
    pub fn check(&mut self, key: impl Into<String>, on: bool) {
        self.values.insert(key.into(), Value::Check(on));
    }
}

/// A document to produce.
#[derive(Clone, Debug)]
pub struct Paper {
    /// Output file name (`CR-180-F123456.pdf`).
    pub file: String,
    /// The form it is (`CR-180`), or what its content is for generated
    /// papers (`CR-409`, `letter`, `instructions`).
    pub form: String,
    /// The court case it belongs to.
    pub case_number: Option<String>,
    /// Official form copies to fill, when the paper is an official form.
    pub official: Vec<Instance>,
    /// The generated equivalent: template and data.
    pub template: &'static str,
    /// The template's data.
    pub data: Json,
    /// Tag the generated PDF for screen readers (off only for very long
    /// tables, where it multiplies the size).
    pub tagged: bool,
}

impl Paper {
    /// A court paper of one case, named `<form>-<case>.pdf`, tagged for
    /// screen readers, generated from `template` when `official` is empty
    /// or the forms folder lacks the form.
    pub fn for_case(
        form: &str,
        case: &crate::court::Case<'_>,
        official: Vec<Instance>,
        template: &'static str,
        data: Json,
    ) -> Self {
        Self {
            file: format!("{form}-{}.pdf", case.slug()),
            form: form.to_string(),
            case_number: Some(case.number().to_string()),
            official,
            template,
            data,
            tagged: true,
        }
    }
}

/// A rendered paper.
#[derive(Clone, Debug)]
pub struct Rendered {
    /// The PDF (an official form keeps its fields, so it can be corrected).
    pub pdf: Pdf,
    /// The same with fields merged into the page, for the package; `None`
    /// when the PDF has no fields.
    pub flat: Option<Vec<u8>>,
    /// The official revision filled, or `None` when generated.
    pub revision: Option<String>,
}

/// The folder of official forms and the field maps that fit them.
#[derive(Debug, Default)]
pub struct Forms {
    dir: Option<PathBuf>,
    maps: Vec<FieldMap>,
    loaded: HashMap<String, Option<(Vec<u8>, FieldMap)>>,
    /// Forms present in the folder that no map fits.
    pub unmapped: BTreeSet<String>,
}

impl Forms {
    /// Official forms from `dir` (none when `None`): its own maps first,
    /// then the built-in ones.
    pub fn new(dir: Option<&Path>) -> Result<Self, Error> {
        let mut maps = match dir {
            Some(d) => FieldMap::load_dir(d)?,
            None => Vec::new(),
        };
        maps.extend(FieldMap::built_in());
        Ok(Self {
            dir: dir.map(Path::to_path_buf),
            maps,
            loaded: HashMap::new(),
            unmapped: BTreeSet::new(),
        })
    }

    /// Load the official forms these papers use, so rendering can run on
    /// several threads without touching the folder.
    pub fn prepare<'a>(
        &mut self,
        papers: impl IntoIterator<Item = &'a Paper>,
    ) -> Result<(), Error> {
        for p in papers {
            if !p.official.is_empty() {
                self.load(&p.form)?;
            }
        }
        Ok(())
    }

    /// The form's PDF and its map, when the folder has a copy a map fits.
    fn load(&mut self, form: &str) -> Result<(), Error> {
        if !self.loaded.contains_key(form) {
            let found = match &self.dir {
                Some(dir) => {
                    let path = dir.join(format!("{form}.pdf"));
                    match std::fs::read(&path) {
                        Ok(bytes) => {
                            let names: BTreeSet<String> =
                                acroform::field_names(&bytes)?.into_iter().collect();
                            match fieldmap::choose(&self.maps, form, &names) {
                                Some(map) => Some((bytes, map.clone())),
                                None => {
                                    self.unmapped.insert(form.to_string());
                                    None
                                }
                            }
                        }
                        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
                        Err(e) => return Err(Error::io(path, e)),
                    }
                }
                None => None,
            };
            self.loaded.insert(form.to_string(), found);
        }
        Ok(())
    }

    /// Render a paper: the official form when available (after
    /// [`Forms::prepare`]), else generated. `work` is a scratch folder of
    /// this paper's own.
    pub fn render(&self, paper: &Paper, work: &Path) -> Result<Rendered, Error> {
        std::fs::create_dir_all(work).map_err(|e| Error::io(work, e))?;
        if !paper.official.is_empty()
            && let Some(Some((pdf, map))) = self.loaded.get(&paper.form)
        {
            let mut parts = Vec::new();
            for (i, instance) in paper.official.iter().enumerate() {
                let named: BTreeMap<String, Value> = instance
                    .values
                    .iter()
                    .filter_map(|(k, v)| map.fields.get(k).map(|f| (f.clone(), v.clone())))
                    .collect();
                let (mut doc, unknown) = acroform::set_values(&paper.form, pdf, &named)?;
                if let Some(name) = unknown.first() {
                    return Err(Error::Form {
                        form: paper.form.clone(),
                        message: format!("the field map names `{name}`, which the PDF lacks"),
                    });
                }
                if let Some(o) = &instance.overlay {
                    acroform::overlay_text(&mut doc, o.page, o.rect, &o.lines)?;
                }
                for (page, x, y, text) in &instance.marks {
                    acroform::draw(&mut doc, *page, &[(*x, *y, text.clone())])?;
                }
                let bytes = acroform::save(&paper.form, &mut doc)?;
                // Several copies of one form would clash on field names when
                // joined: flatten each copy first.
                let flatten = paper.official.len() > 1;
                let part = work.join(format!("part-{i}.pdf"));
                let drawn = acroform::appearances(&bytes, flatten, work)?;
                std::fs::write(&part, drawn).map_err(|e| Error::io(&part, e))?;
                parts.push(part);
            }
            let (bytes, flat) = if parts.len() == 1 {
                let flat = work.join("flat.pdf");
                acroform::qpdf(&["--flatten-annotations=print"], &parts[0], &flat)?;
                (
                    std::fs::read(&parts[0]).map_err(|e| Error::io(&parts[0], e))?,
                    Some(std::fs::read(&flat).map_err(|e| Error::io(&flat, e))?),
                )
            } else {
                let out = work.join("joined.pdf");
                join(&parts, &out, false)?;
                (std::fs::read(&out).map_err(|e| Error::io(&out, e))?, None)
            };
            return Ok(Rendered {
                pdf: Pdf {
                    pages: map.pages * paper.official.len(),
                    bytes,
                },
                flat,
                revision: Some(map.revision.clone()),
            });
        }
        Ok(Rendered {
            pdf: typeset::render(paper.template, &paper.data, paper.tagged)?,
            flat: None,
            revision: None,
        })
    }
}

/// Join PDFs into one with qpdf; with `flatten`, fields become page
/// content so the result prints the same everywhere.
pub fn join(parts: &[PathBuf], out: &Path, flatten: bool) -> Result<(), Error> {
    let mut cmd = std::process::Command::new("qpdf");
    cmd.arg("--empty");
    if flatten {
        cmd.args(["--generate-appearances", "--flatten-annotations=print"]);
    }
    cmd.arg("--pages").args(parts).arg("--").arg(out);
    let result = cmd
        .output()
        .map_err(|e| Error::Qpdf(format!("cannot run qpdf (install Debian's qpdf): {e}")))?;
    match result.status.code() {
        Some(0 | 3) => Ok(()),
        _ => Err(Error::Qpdf(
            String::from_utf8_lossy(&result.stderr).trim().to_string(),
        )),
    }
}
