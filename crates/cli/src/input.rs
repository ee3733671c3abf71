//! Reading the inputs: a record (file or stdin), a facts file, a date.
//!
//! Every error names the file, the line and the field at fault.

use std::io::Read;

use law::History;
use law::facts::Facts;

use crate::Failure;

/// The text of FILE, or of standard input for `-`.
pub fn read_text(path: &str) -> Result<String, Failure> {
    if path == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| Failure::Input(format!("<stdin>: cannot read: {e}")))?;
        return Ok(s);
    }
    let bytes =
        std::fs::read(path).map_err(|e| Failure::Input(format!("{path}: cannot read: {e}")))?;
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        Failure::Input(format!(
            "{path}: byte {offset}: not UTF-8 text (a PDF or image needs the RAP sheet reader)"
        ))
    })
}

/// Read a record: a RAP sheet as text, as a PDF (text layer, or a scan read
/// by OCR), as a photo (`.png`, `.jpg`), or the JSON history format that
/// `clearslate parse` prints.
pub fn read_history(path: &str) -> Result<History, Failure> {
    let name = display_name(path);
    let bytes = read_bytes(path)?;
    let looks_json = bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{');
    if looks_json {
        let text = String::from_utf8(bytes).map_err(|e| {
            Failure::Input(format!(
                "{name}: byte {}: not UTF-8",
                e.utf8_error().valid_up_to()
            ))
        })?;
        return parse_history(&name, &text);
    }
    let text =
        rapsheet::input::text_of(&bytes).map_err(|e| Failure::Input(format!("{name}: {e}")))?;
    rapsheet::parse(&text.text)
        .map(|p| p.history)
        .map_err(|e| Failure::Input(format!("{name}: {e}")))
}

/// The bytes of FILE, or of standard input for `-`.
fn read_bytes(path: &str) -> Result<Vec<u8>, Failure> {
    if path == "-" {
        let mut b = Vec::new();
        std::io::stdin()
            .read_to_end(&mut b)
            .map_err(|e| Failure::Input(format!("<stdin>: cannot read: {e}")))?;
        return Ok(b);
    }
    std::fs::read(path).map_err(|e| Failure::Input(format!("{path}: cannot read: {e}")))
}

/// Parse a JSON history, with the failing field's path and position.
pub fn parse_history(name: &str, text: &str) -> Result<History, Failure> {
    if !text.trim_start().starts_with('{') {
        return Err(Failure::Input(format!(
            "{name}: line 1: expected a JSON history (schema clearslate/history/v1)"
        )));
    }
    let de = &mut serde_json::Deserializer::from_str(text);
    let history: History = serde_path_to_error::deserialize(de).map_err(|e| {
        let inner = e.inner();
        Failure::Input(format!(
            "{name}: line {}, column {}: field `{}`: {}",
            inner.line(),
            inner.column(),
            e.path(),
            strip_position(&inner.to_string())
        ))
    })?;
    if history.schema != law::model::HISTORY_SCHEMA {
        return Err(Failure::Input(format!(
            "{name}: field `schema`: expected \"{}\", found \"{}\"",
            law::model::HISTORY_SCHEMA,
            history.schema
        )));
    }
    check_ids(name, &history)?;
    Ok(history)
}

/// Event and count ids must be unique: facts and reports refer to them.
fn check_ids(name: &str, h: &History) -> Result<(), Failure> {
    let mut seen = std::collections::HashSet::new();
    for (i, e) in h.events.iter().enumerate() {
        if !seen.insert(e.id.as_str()) {
            return Err(Failure::Input(format!(
                "{name}: field `events[{i}].id`: duplicate id \"{}\"",
                e.id
            )));
        }
        for (j, c) in e.counts.iter().enumerate() {
            if !seen.insert(c.id.as_str()) {
                return Err(Failure::Input(format!(
                    "{name}: field `events[{i}].counts[{j}].id`: duplicate id \"{}\"",
                    c.id
                )));
            }
        }
    }
    Ok(())
}

fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

/// Read a facts file (TOML). Unknown keys are errors.
pub fn read_facts(path: Option<&str>, history: &History) -> Result<Facts, Failure> {
    let Some(path) = path else {
        return Ok(Facts::default());
    };
    let text = read_text(path)?;
    let facts: Facts = toml::from_str(&text).map_err(|e| {
        let line = e
            .span()
            .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1)
            .unwrap_or(1);
        Failure::Input(format!("{path}: line {line}: {}", e.message()))
    })?;
    for id in facts.counts.keys() {
        let known = history
            .events
            .iter()
            .flat_map(|e| &e.counts)
            .any(|c| &c.id == id);
        if !known {
            let line = text
                .lines()
                .position(|l| l.contains(&format!("\"{id}\"")))
                .map_or(1, |n| n + 1);
            return Err(Failure::Input(format!(
                "{path}: line {line}: field `count.\"{id}\"`: no count with this id in the record"
            )));
        }
    }
    Ok(facts)
}

/// Parse `--as-of`.
pub fn parse_date(flag: &str, value: &str) -> Result<law::Date, Failure> {
    law::date::parse_iso(value).map_err(|e| Failure::Input(format!("{flag}: {e}")))
}

fn display_name(path: &str) -> String {
    if path == "-" {
        "<stdin>".into()
    } else {
        path.into()
    }
}
