//! The `check --format json` report, as the documents read it.
//!
//! Only the fields the papers need are read; the report may grow without
//! breaking this reader. The schema line is checked so that a different
//! file is refused with a clear message rather than half-read.

use std::path::Path;

use serde::Deserialize;

use crate::Error;

/// The schema this reader understands.
pub const SCHEMA: &str = "clearslate/report/v1";

/// A person's report.
#[derive(Clone, Debug, Deserialize)]
pub struct Report {
    /// Must be [`SCHEMA`].
    pub schema: String,
    /// The day the report was made for.
    pub as_of: String,
    /// Who the record is about.
    pub person: RecordPerson,
    /// The record's events, in order.
    pub events: Vec<Event>,
}

/// The person as the record names them.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct RecordPerson {
    /// Name as on the record (`LAST,FIRST`).
    pub name: Option<String>,
    /// State identification number.
    pub cii: Option<String>,
    /// Date of birth.
    pub dob: Option<String>,
}

/// One event (an arrest, a court case, ...).
#[derive(Clone, Debug, Deserialize)]
pub struct Event {
    /// Stable id within the report (`e3`).
    pub id: String,
    /// `arrest`, `court`, ...
    pub kind: String,
    /// The date, when the record gives a whole one.
    pub date: Option<String>,
    /// The agency (`CASC LOS ANGELES`).
    pub agency: Option<String>,
    /// The county.
    pub county: Option<String>,
    /// The case or booking number.
    pub case_number: Option<String>,
    /// The counts.
    #[serde(default)]
    pub counts: Vec<Count>,
    /// What background checks may report.
    pub reporting: Option<Reporting>,
}

/// One count of an event.
#[derive(Clone, Debug, Deserialize)]
pub struct Count {
    /// Stable id (`e3.c2`).
    pub id: String,
    /// Code and section (`PC 496`).
    pub section: Option<String>,
    /// The charge's words.
    pub description: Option<String>,
    /// `convicted`, `dismissed`, ...
    pub disposition: Option<String>,
    /// `felony`, `misdemeanor`, `infraction`.
    pub level: Option<String>,
    /// Relief determinations.
    #[serde(default)]
    pub relief: Vec<Determination>,
}

/// One remedy's determination for a count.
#[derive(Clone, Debug, Deserialize)]
pub struct Determination {
    /// Remedy id (`pc-1203.4`).
    pub remedy: String,
    /// `eligible`, `eligible_later`, `needs_review`, `ineligible`, `granted`.
    pub outcome: String,
    /// First day for `eligible_later`.
    pub eligible_on: Option<String>,
    /// "Shall" (true) or the court's discretion (false).
    pub mandatory: Option<bool>,
    /// Granted by the state without a petition.
    #[serde(default)]
    pub automatic: bool,
    /// Why.
    #[serde(default)]
    pub reasons: Vec<Reason>,
    /// Facts that would decide a `needs_review`.
    #[serde(default)]
    pub missing_facts: Vec<String>,
}

/// A reason with its message id.
#[derive(Clone, Debug, Deserialize)]
pub struct Reason {
    /// Message id (`r-1203-41-split`).
    #[serde(default)]
    pub id: String,
    /// The citation.
    pub citation: Option<String>,
}

/// What a background check may show about a case, now and after relief.
#[derive(Clone, Debug, Deserialize)]
pub struct Reporting {
    /// Today.
    pub now: Exposure,
    /// After the relief still open.
    pub after_relief: Option<Exposure>,
}

/// May a background-check company report the case.
#[derive(Clone, Debug, Deserialize)]
pub struct Exposure {
    /// `no`, `pending`, `until`, `yes`.
    pub may_report: String,
    /// For `until`: the last day.
    pub until: Option<String>,
    /// The relief that now governs how it is reported.
    pub status: Option<String>,
    /// The relief this exposure assumes (in `after_relief`).
    pub relief: Option<String>,
}

impl Report {
    /// Read a report file.
    pub fn load(path: &Path) -> Result<Self, Error> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        Self::parse(&text).map_err(|message| Error::Input {
            file: path.into(),
            message,
        })
    }

    /// Parse report JSON.
    pub fn parse(text: &str) -> Result<Self, String> {
        let report: Self = serde_json::from_str(text)
            .map_err(|e| format!("line {}, column {}: {e}", e.line(), e.column()))?;
        if report.schema != SCHEMA {
            return Err(format!(
                "field `schema`: expected \"{SCHEMA}\" (the output of `clearslate check --format json`), found \"{}\"",
                report.schema
            ));
        }
        Ok(report)
    }
}

impl Event {
    /// The counts convicted in this event.
    pub fn convicted(&self) -> impl Iterator<Item = &Count> {
        self.counts
            .iter()
            .filter(|c| c.disposition.as_deref() == Some("convicted"))
    }
}

impl Count {
    /// This count's determination for `remedy`, if any.
    pub fn relief(&self, remedy: &str) -> Option<&Determination> {
        self.relief.iter().find(|d| d.remedy == remedy)
    }

    /// The code (`PC`) and the section (`496(a)`), split as court forms
    /// want them.
    pub fn code_and_section(&self) -> (String, String) {
        match self.section.as_deref() {
            Some(s) => match s.split_once(' ') {
                Some((code, section)) => (code.to_string(), section.to_string()),
                None => (String::new(), s.to_string()),
            },
            None => (String::new(), String::new()),
        }
    }
}

impl Determination {
    /// Open now.
    pub fn is_eligible(&self) -> bool {
        self.outcome == "eligible"
    }

    /// Has a reason with this message id.
    pub fn has_reason(&self, id: &str) -> bool {
        self.reasons.iter().any(|r| r.id == id)
    }
}
