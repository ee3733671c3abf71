//! Filling official fillable PDFs (AcroForms).
//!
//! lopdf sets the values; Debian's `qpdf --generate-appearances` then draws
//! them, so the result prints the same in every viewer, not only in those
//! that draw fields themselves. The fields stay editable in the per-form
//! files (a volunteer can correct a line); the package is flattened.
//! Forms that carry an XFA copy of themselves lose it, so viewers use the
//! AcroForm values we set rather than the empty XFA data.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use lopdf::{Dictionary, Document, Object, ObjectId, StringFormat};

use crate::Error;

/// A value for one field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// Text for a text field.
    Text(String),
    /// A checkbox, checked or not.
    Check(bool),
}

/// One terminal field of a form: its full name and where it lives.
#[derive(Clone, Debug)]
struct Field {
    name: String,
    id: ObjectId,
    /// The widget annotations (the field itself when it has no kids).
    widgets: Vec<ObjectId>,
}

fn form_err(form: &str, message: impl std::fmt::Display) -> Error {
    Error::Form {
        form: form.into(),
        message: message.to_string(),
    }
}

fn resolve<'a>(doc: &'a Document, obj: &'a Object) -> Option<&'a Object> {
    doc.dereference(obj).ok().map(|(_, o)| o)
}

fn dict<'a>(doc: &'a Document, obj: &'a Object) -> Option<&'a Dictionary> {
    resolve(doc, obj).and_then(|o| o.as_dict().ok())
}

/// Every terminal field with its full dotted name, as PDF tools show it.
fn fields(doc: &Document) -> Vec<Field> {
    let mut out = Vec::new();
    let Ok(catalog) = doc.catalog() else {
        return out;
    };
    let Some(acro) = catalog.get(b"AcroForm").ok().and_then(|o| dict(doc, o)) else {
        return out;
    };
    let Some(list) = acro
        .get(b"Fields")
        .ok()
        .and_then(|o| resolve(doc, o))
        .and_then(|o| o.as_array().ok())
    else {
        return out;
    };
    let mut stack: Vec<(ObjectId, String, u8)> = list
        .iter()
        .rev()
        .filter_map(|o| o.as_reference().ok())
        .map(|id| (id, String::new(), 0))
        .collect();
    while let Some((id, parent, depth)) = stack.pop() {
        let Ok(d) = doc.get_dictionary(id) else {
            continue;
        };
        let own = d
            .get(b"T")
            .ok()
            .and_then(|o| o.as_str().ok())
            .map(decode_text);
        let name = match own {
            Some(t) if parent.is_empty() => t,
            Some(t) => format!("{parent}.{t}"),
            None => parent.clone(),
        };
        let kids: Vec<ObjectId> = d
            .get(b"Kids")
            .ok()
            .and_then(|o| resolve(doc, o))
            .and_then(|o| o.as_array().ok())
            .map(|a| a.iter().filter_map(|o| o.as_reference().ok()).collect())
            .unwrap_or_default();
        let kid_fields = kids
            .iter()
            .any(|k| doc.get_dictionary(*k).is_ok_and(|kd| kd.has(b"T")));
        if kid_fields && depth < 32 {
            for k in kids.into_iter().rev() {
                stack.push((k, name.clone(), depth + 1));
            }
        } else {
            let widgets = if kids.is_empty() { vec![id] } else { kids };
            out.push(Field { name, id, widgets });
        }
    }
    // Some forms (CR-400) leave fields out of /Fields and reach them only
    // through the pages' widget annotations; viewers show them, so do we.
    let known: std::collections::HashSet<ObjectId> = out
        .iter()
        .flat_map(|f| f.widgets.iter().copied().chain([f.id]))
        .collect();
    for page in doc.get_pages().into_values() {
        let Some(annots) = doc
            .get_dictionary(page)
            .ok()
            .and_then(|p| p.get(b"Annots").ok())
            .and_then(|o| resolve(doc, o))
            .and_then(|o| o.as_array().ok())
        else {
            continue;
        };
        for id in annots.iter().filter_map(|o| o.as_reference().ok()) {
            if known.contains(&id) {
                continue;
            }
            let Ok(d) = doc.get_dictionary(id) else {
                continue;
            };
            if d.get(b"Subtype").ok().and_then(|o| o.as_name().ok()) != Some(b"Widget".as_slice()) {
                continue;
            }
            // The field is the widget itself when it has a name, else its
            // parent; the full name joins the names up the /Parent chain.
            let field = if d.has(b"T") {
                id
            } else {
                match d.get(b"Parent").ok().and_then(|o| o.as_reference().ok()) {
                    Some(p) => p,
                    None => continue,
                }
            };
            if out.iter().any(|f| f.id == field) {
                if let Some(f) = out.iter_mut().find(|f| f.id == field)
                    && !f.widgets.contains(&id)
                {
                    f.widgets.push(id);
                }
                continue;
            }
            let mut parts = Vec::new();
            let mut cur = Some(field);
            let mut depth = 0;
            while let Some(c) = cur
                && depth < 32
            {
                let Ok(cd) = doc.get_dictionary(c) else {
                    break;
                };
                if let Some(t) = cd.get(b"T").ok().and_then(|o| o.as_str().ok()) {
                    parts.push(decode_text(t));
                }
                cur = cd.get(b"Parent").ok().and_then(|o| o.as_reference().ok());
                depth += 1;
            }
            parts.reverse();
            out.push(Field {
                name: parts.join("."),
                id: field,
                widgets: vec![id],
            });
        }
    }
    out
}

/// PDF text string to Rust: UTF-16BE with a byte-order mark, or one byte a
/// character.
fn decode_text(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        let units: Vec<u16> = rest
            .chunks_exact(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        bytes.iter().map(|&b| b as char).collect()
    }
}

/// Rust to a PDF text string: plain bytes for ASCII, UTF-16BE otherwise.
fn encode_text(s: &str) -> Object {
    if s.is_ascii() {
        Object::String(s.as_bytes().to_vec(), StringFormat::Literal)
    } else {
        let mut bytes = vec![0xFE, 0xFF];
        for unit in s.encode_utf16() {
            bytes.extend_from_slice(&unit.to_be_bytes());
        }
        Object::String(bytes, StringFormat::Hexadecimal)
    }
}

/// The "on" appearance state of a checkbox widget (often `/Yes` or `/On`,
/// sometimes `/1`).
fn on_state(doc: &Document, widget: ObjectId) -> Option<Vec<u8>> {
    let d = doc.get_dictionary(widget).ok()?;
    let ap = dict(doc, d.get(b"AP").ok()?)?;
    let normal = dict(doc, ap.get(b"N").ok()?)?;
    normal
        .iter()
        .map(|(k, _)| k.clone())
        .find(|k| k.as_slice() != b"Off")
}

/// The full names of a form's fields.
pub fn field_names(pdf: &[u8]) -> Result<Vec<String>, Error> {
    let doc = Document::load_mem(pdf).map_err(|e| form_err("PDF", e))?;
    Ok(fields(&doc).into_iter().map(|f| f.name).collect())
}

/// Read every field's value back: text as written, checkboxes as `on` or
/// `off`.
pub fn read_values(pdf: &[u8]) -> Result<BTreeMap<String, String>, Error> {
    let doc = Document::load_mem(pdf).map_err(|e| form_err("PDF", e))?;
    let mut out = BTreeMap::new();
    for f in fields(&doc) {
        let Ok(d) = doc.get_dictionary(f.id) else {
            continue;
        };
        let value = match d.get(b"V").ok().and_then(|o| resolve(&doc, o)) {
            Some(Object::String(bytes, _)) => decode_text(bytes),
            Some(Object::Name(n)) if n.as_slice() == b"Off" => "off".into(),
            Some(Object::Name(_)) => "on".into(),
            _ => continue,
        };
        out.entry(f.name).or_insert(value);
    }
    Ok(out)
}

/// Set `values` (by full field name) in the form `pdf`. Names the form does
/// not have are returned, so a wrong field map is caught rather than
/// printing a blank.
pub fn set_values(
    form: &str,
    pdf: &[u8],
    values: &BTreeMap<String, Value>,
) -> Result<(Document, Vec<String>), Error> {
    let mut doc = Document::load_mem(pdf).map_err(|e| form_err(form, e))?;
    let all = fields(&doc);
    let mut unknown = Vec::new();
    for (name, value) in values {
        let targets: Vec<&Field> = all.iter().filter(|f| &f.name == name).collect();
        if targets.is_empty() {
            unknown.push(name.clone());
            continue;
        }
        for field in targets {
            match value {
                Value::Text(text) => {
                    if let Ok(Object::Dictionary(d)) = doc.get_object_mut(field.id) {
                        d.set("V", encode_text(text));
                    }
                }
                Value::Check(on) => {
                    let states: Vec<(ObjectId, Option<Vec<u8>>)> = field
                        .widgets
                        .iter()
                        .map(|w| (*w, on_state(&doc, *w)))
                        .collect();
                    let field_on = states
                        .iter()
                        .find_map(|(_, s)| s.clone())
                        .unwrap_or_else(|| b"Yes".to_vec());
                    let v = if *on { field_on } else { b"Off".to_vec() };
                    if let Ok(Object::Dictionary(d)) = doc.get_object_mut(field.id) {
                        d.set("V", Object::Name(v));
                    }
                    for (w, state) in states {
                        let s = match (&state, on) {
                            (Some(s), true) => s.clone(),
                            _ => b"Off".to_vec(),
                        };
                        if let Ok(Object::Dictionary(d)) = doc.get_object_mut(w) {
                            d.set("AS", Object::Name(s));
                        }
                    }
                }
            }
        }
    }
    let acro_ref = doc
        .catalog()
        .ok()
        .and_then(|c| c.get(b"AcroForm").ok())
        .and_then(|o| o.as_reference().ok());
    let acro = match acro_ref {
        Some(id) => doc
            .get_object_mut(id)
            .ok()
            .and_then(|o| o.as_dict_mut().ok()),
        None => doc
            .catalog_mut()
            .ok()
            .and_then(|c| c.get_mut(b"AcroForm").ok())
            .and_then(|o| o.as_dict_mut().ok()),
    };
    if let Some(acro) = acro {
        acro.remove(b"XFA");
        acro.set("NeedAppearances", Object::Boolean(true));
    }
    default_fonts(&mut doc, &all);
    Ok((doc, unknown))
}

/// Fonts named in the fields' default appearances (`/ArialMT 9 Tf`) but
/// missing from the form's resources get a standard font of the same
/// shape, so appearance generation can draw the text (CR-400 names Arial
/// and ships no font for it).
fn default_fonts(doc: &mut Document, all: &[Field]) {
    let mut names: Vec<Vec<u8>> = Vec::new();
    let acro_da = doc
        .catalog()
        .ok()
        .and_then(|c| c.get(b"AcroForm").ok())
        .and_then(|o| dict(doc, o))
        .and_then(|a| a.get(b"DA").ok())
        .and_then(|o| o.as_str().ok())
        .map(<[u8]>::to_vec);
    let das = all
        .iter()
        .filter_map(|f| {
            doc.get_dictionary(f.id)
                .ok()
                .and_then(|d| d.get(b"DA").ok())
                .and_then(|o| o.as_str().ok())
                .map(<[u8]>::to_vec)
        })
        .chain(acro_da);
    for da in das {
        let text = String::from_utf8_lossy(&da).into_owned();
        let mut words = text.split_whitespace();
        while let Some(w) = words.next() {
            if let Some(name) = w.strip_prefix('/')
                && words.clone().nth(1) == Some("Tf")
                && !names.iter().any(|n| n == name.as_bytes())
            {
                names.push(name.as_bytes().to_vec());
            }
        }
    }
    let present: Vec<Vec<u8>> = doc
        .catalog()
        .ok()
        .and_then(|c| c.get(b"AcroForm").ok())
        .and_then(|o| dict(doc, o))
        .and_then(|a| a.get(b"DR").ok())
        .and_then(|o| dict(doc, o))
        .and_then(|dr| dr.get(b"Font").ok())
        .and_then(|o| dict(doc, o))
        .map(|f| f.iter().map(|(k, _)| k.clone()).collect())
        .unwrap_or_default();
    let missing: Vec<Vec<u8>> = names.into_iter().filter(|n| !present.contains(n)).collect();
    if missing.is_empty() {
        return;
    }
    let mut added = Vec::new();
    for name in missing {
        let lower = String::from_utf8_lossy(&name).to_ascii_lowercase();
        let base: &[u8] = if lower.contains("zapf") || lower.contains("dingbat") {
            b"ZapfDingbats"
        } else if lower.contains("bold") {
            b"Helvetica-Bold"
        } else {
            b"Helvetica"
        };
        let mut font = Dictionary::new();
        font.set("Type", Object::Name(b"Font".to_vec()));
        font.set("Subtype", Object::Name(b"Type1".to_vec()));
        font.set("BaseFont", Object::Name(base.to_vec()));
        if base != b"ZapfDingbats" {
            font.set("Encoding", Object::Name(b"WinAnsiEncoding".to_vec()));
        }
        added.push((name, doc.add_object(font)));
    }
    // Find (or make) the /DR /Font dictionary and add the fonts to it.
    let acro_id = doc
        .catalog()
        .ok()
        .and_then(|c| c.get(b"AcroForm").ok())
        .and_then(|o| o.as_reference().ok());
    let dr_ref = acro_id
        .and_then(|id| doc.get_dictionary(id).ok())
        .and_then(|a| a.get(b"DR").ok())
        .and_then(|o| o.as_reference().ok());
    let font_ref = dr_ref
        .and_then(|id| doc.get_dictionary(id).ok())
        .and_then(|dr| dr.get(b"Font").ok())
        .and_then(|o| o.as_reference().ok());
    if let Some(id) = font_ref {
        if let Ok(Object::Dictionary(fonts)) = doc.get_object_mut(id) {
            for (name, font) in added {
                fonts.set(name, Object::Reference(font));
            }
        }
        return;
    }
    let dr_dict = match (dr_ref, acro_id) {
        (Some(id), _) => doc
            .get_object_mut(id)
            .ok()
            .and_then(|o| o.as_dict_mut().ok()),
        (None, Some(id)) => match doc
            .get_object_mut(id)
            .ok()
            .and_then(|o| o.as_dict_mut().ok())
        {
            Some(a) => {
                if !a.has(b"DR") {
                    a.set("DR", Dictionary::new());
                }
                a.get_mut(b"DR").ok().and_then(|o| o.as_dict_mut().ok())
            }
            None => None,
        },
        (None, None) => None,
    };
    if let Some(dr) = dr_dict {
        if !dr.has(b"Font") {
            dr.set("Font", Dictionary::new());
        }
        if let Ok(Object::Dictionary(fonts)) = dr.get_mut(b"Font") {
            for (name, font) in added {
                fonts.set(name, Object::Reference(font));
            }
        }
    }
}

/// Serialize a document.
pub fn save(form: &str, doc: &mut Document) -> Result<Vec<u8>, Error> {
    let mut out = Vec::new();
    doc.save_to(&mut out).map_err(|e| form_err(form, e))?;
    Ok(out)
}

/// Run qpdf on `input`, writing `output`. qpdf exits 3 when it succeeded
/// with warnings (common with official forms); that is success.
pub fn qpdf(args: &[&str], input: &Path, output: &Path) -> Result<(), Error> {
    let result = Command::new("qpdf")
        .args(args)
        .arg(input)
        .arg(output)
        .output()
        .map_err(|e| Error::Qpdf(format!("cannot run qpdf (install Debian's qpdf): {e}")))?;
    match result.status.code() {
        Some(0 | 3) => Ok(()),
        _ => Err(Error::Qpdf(
            String::from_utf8_lossy(&result.stderr).trim().to_string(),
        )),
    }
}

/// Draw the field values into the page (appearance streams), keeping the
/// fields; with `flatten`, merge them into the page for good.
pub fn appearances(pdf: &[u8], flatten: bool, work: &Path) -> Result<Vec<u8>, Error> {
    let input = work.join("in.pdf");
    let output = work.join("out.pdf");
    std::fs::write(&input, pdf).map_err(|e| Error::io(&input, e))?;
    let mut args = vec!["--generate-appearances"];
    if flatten {
        args.push("--flatten-annotations=print");
    }
    qpdf(&args, &input, &output)?;
    std::fs::read(&output).map_err(|e| Error::io(&output, e))
}

/// Courier at 10 pt on 13 pt lines: fixed width, so wrapping is exact
/// without font metrics.
const OVERLAY_SIZE: f32 = 10.0;
const OVERLAY_LEADING: f32 = 13.0;

/// Wrap paragraphs into the lines that fit a rectangle (a blank line
/// between paragraphs); what does not fit comes back as paragraphs for a
/// continuation page.
pub fn fit(paragraphs: &[String], rect: [f32; 4]) -> (Vec<String>, Vec<String>) {
    let [x0, y0, x1, y1] = rect;
    let per_line = ((x1 - x0) / (OVERLAY_SIZE * 0.6)).floor().max(10.0) as usize;
    let max_lines = ((y1 - y0) / OVERLAY_LEADING).floor() as usize;
    let mut lines: Vec<String> = Vec::new();
    for (i, p) in paragraphs.iter().enumerate() {
        if !lines.is_empty() {
            lines.push(String::new());
        }
        let wrapped = wrap(p, per_line);
        if lines.len() + wrapped.len() > max_lines {
            let room = max_lines.saturating_sub(lines.len());
            lines.extend(wrapped[..room].iter().cloned());
            let mut rest = Vec::new();
            let tail = wrapped[room..].join(" ");
            if !tail.is_empty() {
                rest.push(tail);
            }
            rest.extend(paragraphs[i + 1..].iter().cloned());
            return (lines, rest);
        }
        lines.extend(wrapped);
    }
    (lines, Vec::new())
}

/// Write lines (from [`fit`]) into a rectangle of page `page` (1-based).
pub fn overlay_text(
    doc: &mut Document,
    page: u32,
    rect: [f32; 4],
    lines: &[String],
) -> Result<(), Error> {
    let [x0, _, _, y1] = rect;
    let items: Vec<(f32, f32, String)> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            (
                x0,
                y1 - OVERLAY_SIZE - OVERLAY_LEADING * i as f32,
                l.clone(),
            )
        })
        .collect();
    draw(doc, page, &items)
}

/// Write text at points of page `page` (1-based), each `(x, y, text)` in
/// PDF points from the bottom left. The page's own drawing is wrapped in
/// `q ... Q` first, so whatever state it leaves (scaling, spacing) cannot
/// distort ours. Characters outside Latin-1 print as `?`: court papers are
/// filed in English, and the standard Courier font has no other glyphs.
pub fn draw(doc: &mut Document, page: u32, items: &[(f32, f32, String)]) -> Result<(), Error> {
    let page_id = *doc
        .get_pages()
        .get(&page)
        .ok_or_else(|| form_err("PDF", format!("no page {page}")))?;
    let mut font = Dictionary::new();
    font.set("Type", Object::Name(b"Font".to_vec()));
    font.set("Subtype", Object::Name(b"Type1".to_vec()));
    font.set("BaseFont", Object::Name(b"Courier".to_vec()));
    font.set("Encoding", Object::Name(b"WinAnsiEncoding".to_vec()));
    let font = doc.add_object(font);
    let mut content = format!("BT /CsOverlay {OVERLAY_SIZE} Tf 0 Tc 0 Tw 100 Tz 0 g ").into_bytes();
    for (x, y, text) in items {
        content.extend_from_slice(format!("1 0 0 1 {x} {y} Tm (").as_bytes());
        for ch in text.chars() {
            let b = u32::from(ch);
            let byte = if b < 256 { b as u8 } else { b'?' };
            if matches!(byte, b'(' | b')' | b'\\') {
                content.push(b'\\');
            }
            content.push(byte);
        }
        content.extend_from_slice(b") Tj ");
    }
    content.extend_from_slice(b"ET");
    add_font_resource(doc, page_id, font)?;
    // Wrap the page's own content streams in q ... Q, then add ours.
    let before = doc.add_object(lopdf::Stream::new(Dictionary::new(), b"q\n".to_vec()));
    let after = doc.add_object(lopdf::Stream::new(Dictionary::new(), b"\nQ\n".to_vec()));
    let mine = doc.add_object(lopdf::Stream::new(Dictionary::new(), content));
    let mut contents: Vec<Object> = vec![Object::Reference(before)];
    contents.extend(
        doc.get_page_contents(page_id)
            .into_iter()
            .map(Object::Reference),
    );
    contents.push(Object::Reference(after));
    contents.push(Object::Reference(mine));
    if let Ok(Object::Dictionary(p)) = doc.get_object_mut(page_id) {
        p.set("Contents", Object::Array(contents));
    }
    Ok(())
}

fn add_font_resource(doc: &mut Document, page_id: ObjectId, font: ObjectId) -> Result<(), Error> {
    // Resources may be inline or a reference; fonts likewise.
    let res_ref = doc
        .get_dictionary(page_id)
        .ok()
        .and_then(|p| p.get(b"Resources").ok())
        .and_then(|o| o.as_reference().ok());
    let resources = match res_ref {
        Some(id) => doc.get_object_mut(id),
        None => doc.get_or_create_resources(page_id),
    }
    .map_err(|e| form_err("PDF", e))?;
    let resources = resources.as_dict_mut().map_err(|e| form_err("PDF", e))?;
    let fonts_ref = resources
        .get(b"Font")
        .ok()
        .and_then(|o| o.as_reference().ok());
    if fonts_ref.is_none() {
        if !resources.has(b"Font") {
            resources.set("Font", Dictionary::new());
        }
        if let Ok(Object::Dictionary(fonts)) = resources.get_mut(b"Font") {
            fonts.set("CsOverlay", Object::Reference(font));
        }
        return Ok(());
    }
    if let Some(id) = fonts_ref
        && let Ok(Object::Dictionary(fonts)) = doc.get_object_mut(id)
    {
        fonts.set("CsOverlay", Object::Reference(font));
    }
    Ok(())
}

/// Greedy word wrap to `width` characters; long words are cut.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word = word.to_string();
        while word.chars().count() > width {
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            let head: String = word.chars().take(width).collect();
            word = word.chars().skip(width).collect();
            lines.push(head);
        }
        let needed = if line.is_empty() { 0 } else { 1 } + word.chars().count();
        if line.chars().count() + needed > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_within_width() {
        let lines = wrap("one two three four five six seven", 9);
        assert!(lines.iter().all(|l| l.chars().count() <= 9), "{lines:?}");
        assert_eq!(lines.join(" "), "one two three four five six seven");
        assert_eq!(wrap("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
    }

    #[test]
    fn fit_carries_the_rest_over() {
        let paras: Vec<String> = (0..30)
            .map(|i| format!("Paragraph {i} has some words in it."))
            .collect();
        let (lines, rest) = fit(&paras, [0.0, 0.0, 300.0, 130.0]);
        assert_eq!(lines.len(), 10);
        assert!(!rest.is_empty());
        let (all, none) = fit(&paras[..2], [0.0, 0.0, 300.0, 130.0]);
        assert_eq!(all.len(), 3);
        assert!(none.is_empty());
    }

    #[test]
    fn text_strings_round_trip() {
        for s in ["PEOPLE v. LOPEZ", "María Núñez", "陈美玲"] {
            let Object::String(bytes, _) = encode_text(s) else {
                panic!("not a string")
            };
            assert_eq!(decode_text(&bytes), s);
        }
    }
}
