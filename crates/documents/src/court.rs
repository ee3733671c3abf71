//! What every court paper shares: the court's name, the party box, the
//! caption, dates as courts write them, and the cases a report holds.

use serde_json::{Value as Json, json};

use crate::paper::Instance;
use crate::person::Person;
use crate::report::{Count, Determination, Event, Report};

/// "SUPERIOR COURT OF CALIFORNIA, COUNTY OF FRESNO".
pub fn court_name(county: Option<&str>) -> String {
    match county {
        Some(c) if !c.trim().is_empty() => {
            format!(
                "SUPERIOR COURT OF CALIFORNIA, COUNTY OF {}",
                c.trim().to_uppercase()
            )
        }
        _ => "SUPERIOR COURT OF CALIFORNIA, COUNTY OF ____________".into(),
    }
}

/// An ISO date as California courts write it: `04/20/2015`. Anything else
/// is returned as given.
pub fn us_date(iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 => format!("{m}/{d}/{y}"),
        _ => iso.to_string(),
    }
}

/// A self-represented petitioner writes this where an attorney would name
/// the client.
pub const IN_PRO_PER: &str = "In Pro Per (self-represented)";

/// Fill the party box (the petitioner, without an attorney).
pub fn party(inst: &mut Instance, person: &Person) {
    inst.text("party.name", &person.name);
    inst.text("party.street", person.address.clone().unwrap_or_default());
    inst.text("party.city", person.city.clone().unwrap_or_default());
    inst.text("party.state", person.state.clone().unwrap_or_default());
    inst.text("party.zip", person.zip.clone().unwrap_or_default());
    inst.text("party.phone", person.phone.clone().unwrap_or_default());
    inst.text("party.email", person.email.clone().unwrap_or_default());
    inst.text("party.attorney_for", IN_PRO_PER);
}

/// The party box's lines, for generated papers.
pub fn party_lines(person: &Person) -> Vec<String> {
    let mut lines = vec![person.name.clone()];
    lines.extend(person.address.clone());
    let city = person.city_line();
    if !city.is_empty() {
        lines.push(city);
    }
    if let Some(p) = &person.phone {
        lines.push(format!("Telephone: {p}"));
    }
    if let Some(e) = &person.email {
        lines.push(format!("E-mail: {e}"));
    }
    lines.push(format!("Attorney for: {IN_PRO_PER}"));
    lines
}

/// What a generated court paper needs besides its blocks.
pub struct Caption<'a> {
    /// The paper's title.
    pub title: &'a str,
    /// The line under the title (the statutes).
    pub subtitle: &'a str,
    /// The official form this paper stands in for, if any.
    pub equivalent: Option<&'a str>,
    /// County of the court.
    pub county: Option<&'a str>,
    /// The case number.
    pub case_number: Option<&'a str>,
    /// Date of birth, ISO.
    pub dob: Option<&'a str>,
}

/// The data of a generated court paper (`pleading.typ`) filed by the
/// person.
pub fn pleading(person: &Person, c: &Caption<'_>, blocks: Vec<Json>) -> Json {
    pleading_for(party_lines(person), &person.name, c, blocks)
}

/// The data of a generated court paper with any party and defendant.
pub fn pleading_for(
    party: Vec<String>,
    defendant: &str,
    c: &Caption<'_>,
    blocks: Vec<Json>,
) -> Json {
    json!({
        "title": c.title,
        "subtitle": c.subtitle,
        "lang": "en",
        "footer": format!("People v. {defendant} — {}", c.title),
        "equivalent": c.equivalent.map(|f| format!(
            "This paper has the same content as Judicial Council form {f}."
        )).unwrap_or_default(),
        "party_label": "ATTORNEY OR PARTY WITHOUT ATTORNEY",
        "party": party,
        "court": court_name(c.county),
        "caption": {
            "plaintiff": "PEOPLE OF THE STATE OF CALIFORNIA",
            "defendant": defendant,
            "dob_label": "Date of birth",
            "dob": c.dob.map(us_date).unwrap_or_default(),
            "case_label": "CASE NUMBER",
            "case_number": c.case_number.unwrap_or(""),
        },
        "blocks": blocks,
    })
}

/// A paragraph block.
pub fn para(number: &str, text: impl Into<String>) -> Json {
    json!({"kind": "para", "number": if number.is_empty() { Json::Null } else { json!(number) }, "text": text.into()})
}

/// A checkable item block with sub-items `(number, checked, text)`.
pub fn check(
    number: &str,
    checked: bool,
    text: &str,
    items: &[(&str, bool, &str)],
    note: &str,
) -> Json {
    json!({
        "kind": "check", "number": number, "checked": checked, "text": text,
        "items": items.iter().map(|(n, c, t)| json!({"number": n, "checked": c, "text": t})).collect::<Vec<_>>(),
        "note": note,
    })
}

/// A table block.
pub fn table(columns: &[&str], rows: Vec<Vec<String>>) -> Json {
    json!({"kind": "table", "columns": columns, "rows": rows})
}

/// A heading block.
pub fn heading(text: impl Into<String>) -> Json {
    json!({"kind": "heading", "text": text.into()})
}

/// A signature block.
pub fn signature(label: &str, name: &str) -> Json {
    json!({"kind": "signature", "date_label": "Date:", "label": label, "name": name})
}

/// The perjury declaration every petition ends with.
pub const PERJURY: &str = "I declare under penalty of perjury under the laws of the State of California that the foregoing is true and correct.";

/// A name made safe for a file name: letters and digits kept, every run of
/// anything else one `-` ("LOS ANGELES" gives `LOS-ANGELES`).
pub fn file_slug(raw: &str) -> String {
    raw.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// One court case of the report and its counts.
#[derive(Clone, Debug)]
pub struct Case<'a> {
    /// The court event.
    pub event: &'a Event,
}

impl<'a> Case<'a> {
    /// The case number, or a placeholder the person fills in.
    pub fn number(&self) -> &'a str {
        self.event.case_number.as_deref().unwrap_or("")
    }

    /// A file-name-safe form of the case number (or the event id).
    pub fn slug(&self) -> String {
        let raw = self
            .event
            .case_number
            .as_deref()
            .filter(|s| !s.trim().is_empty())
            .unwrap_or(&self.event.id);
        file_slug(raw)
    }

    /// The county.
    pub fn county(&self) -> Option<&'a str> {
        self.event.county.as_deref()
    }

    /// Counts with an eligible determination for any of `remedies`.
    pub fn eligible(&self, remedies: &[&str]) -> Vec<(&'a Count, &'a Determination)> {
        self.event
            .counts
            .iter()
            .filter_map(|c| {
                c.relief
                    .iter()
                    .find(|d| d.is_eligible() && remedies.contains(&d.remedy.as_str()))
                    .map(|d| (c, d))
            })
            .collect()
    }

    /// True when some count has an eligible determination for `remedy`.
    pub fn has(&self, remedy: &str) -> bool {
        !self.eligible(&[remedy]).is_empty()
    }

    /// Eligible determinations for `remedy`.
    pub fn determinations(&self, remedy: &str) -> Vec<&'a Determination> {
        self.eligible(&[remedy])
            .into_iter()
            .map(|(_, d)| d)
            .collect()
    }
}

/// The events of a report that can be filed on (court cases and, for
/// arrest sealing, arrests), in record order.
pub fn cases(report: &Report) -> Vec<Case<'_>> {
    report.events.iter().map(|event| Case { event }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_court_names() {
        assert_eq!(us_date("2015-04-20"), "04/20/2015");
        assert_eq!(us_date("2015"), "2015");
        assert_eq!(
            court_name(Some("Los Angeles")),
            "SUPERIOR COURT OF CALIFORNIA, COUNTY OF LOS ANGELES"
        );
    }
}
