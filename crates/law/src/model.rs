//! The record model: one person's criminal history as the record shows it.
//!
//! This is what `clearslate parse` prints and `clearslate check` reads
//! (schema `clearslate/history/v1`). It keeps what the record says, in record
//! order, with positions; it does not decide anything. The RAP sheet reader
//! and the DOJ file reader both produce it; the remedies read it through
//! [`crate::analysis`].

use serde::{Deserialize, Serialize};

use crate::date::RecordDate;
use crate::remedy::RemedyId;
use crate::section::Section;

mod disposition;
mod sentence;

pub use disposition::{Disposition, DispositionKind};
pub use sentence::{PartKind, Realignment, Sentence, SentencePart};

/// The schema name of a serialised [`History`].
pub const HISTORY_SCHEMA: &str = "clearslate/history/v1";

/// One person's record.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct History {
    /// Always [`HISTORY_SCHEMA`].
    #[serde(default = "schema")]
    pub schema: String,
    /// Who the record is about.
    #[serde(default)]
    pub person: Person,
    /// The day the record was printed, when it says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub printed_on: Option<RecordDate>,
    /// Events in the order of the record (not necessarily by date).
    #[serde(default)]
    pub events: Vec<Event>,
    /// Notices printed on the record that matter for review (identity theft,
    /// supervision status blocks), as plain text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notices: Vec<String>,
    /// What the reader skipped or guessed, with positions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<Warning>,
}

fn schema() -> String {
    HISTORY_SCHEMA.to_string()
}

impl Default for History {
    fn default() -> Self {
        Self {
            schema: schema(),
            person: Person::default(),
            printed_on: None,
            events: Vec::new(),
            notices: Vec::new(),
            warnings: Vec::new(),
        }
    }
}

/// Identification of the person.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Names as printed (`LAST,FIRST MIDDLE`), the first being the main one.
    #[serde(default)]
    pub names: Vec<String>,
    /// California Identification Index number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cii: Option<String>,
    /// Other CII numbers consolidated into this record.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_ciis: Vec<String>,
    /// Date of birth.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dob: Option<RecordDate>,
    /// Other dates of birth the record lists.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_dobs: Vec<RecordDate>,
    /// Sex as printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sex: Option<String>,
    /// Race as printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub race: Option<String>,
}

/// A problem the reader found, with its place in the input.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Warning {
    /// 1-based input line, when known.
    #[serde(default)]
    pub line: Option<u32>,
    /// What happened, in plain words (never whole record lines).
    pub text: String,
}

/// The kind of an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// Arrest, detention or citation (and supplemental arrests).
    Arrest,
    /// A court's action; the only kind whose dispositions are convictions.
    Court,
    /// Jail, prison, youth authority or federal custody.
    Custody,
    /// A probation department's entry.
    Probation,
    /// A registration (PC 290 sex offender, PC 457.1 arson, HS 11590 drug).
    Registration,
    /// A fingerprint check for a job or licence.
    Applicant,
    /// A coroner's report that the person died.
    Deceased,
    /// A mental-health commitment or supervision.
    MentalHealth,
    /// Anything else, kept with its text.
    Other,
}

impl EventKind {
    /// The `kind` the JSON report contract uses.
    pub fn contract_name(self) -> &'static str {
        match self {
            Self::Arrest => "arrest",
            Self::Court => "court",
            Self::Custody => "custody",
            Self::Probation => "probation",
            Self::Registration => "registration",
            Self::Applicant => "applicant",
            Self::Deceased | Self::MentalHealth | Self::Other => "other",
        }
    }
}

/// Where a person was held.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CustodyKind {
    /// County jail.
    Jail,
    /// State prison (CDC / CDCR).
    Prison,
    /// Youth authority (CYA / DJJ).
    Youth,
    /// Federal or out-of-state custody.
    FederalOrOutOfState,
}

/// One event of the record.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Stable id within the history: `e1`, `e2`, ...
    pub id: String,
    /// Which cycle (episode) of the record the event belongs to, from 1.
    #[serde(default)]
    pub cycle: u32,
    /// The event's kind.
    pub kind: EventKind,
    /// A finer kind when the record names one: `supplemental_arrest`,
    /// `detention`, `citation`, `interstate_parolee`, `juvenile`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// For custody events, where.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custody: Option<CustodyKind>,
    /// The event date.
    #[serde(default)]
    pub date: Option<RecordDate>,
    /// The agency as printed (`CASC LOS ANGELES`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency: Option<String>,
    /// The county the agency is in, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub county: Option<String>,
    /// The case number (by convention the first count's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case_number: Option<String>,
    /// The charges.
    #[serde(default)]
    pub counts: Vec<Count>,
    /// A `POTENTIAL FELONY STRIKE ENTRY` banner closed this event's cycle.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub strike_banner: bool,
    /// For events of unknown kind, the header as printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// 1-based input line of the event header.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// 1-based column of the event header.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
}

impl Event {
    /// A juvenile court event (agency `CAJV`, or marked so by the reader).
    pub fn is_juvenile(&self) -> bool {
        self.detail.as_deref() == Some("juvenile")
            || self
                .agency
                .as_deref()
                .is_some_and(|a| a.starts_with("CAJV"))
    }
}

/// Felony, misdemeanor or infraction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// An infraction.
    Infraction,
    /// A misdemeanor.
    Misdemeanor,
    /// A felony.
    Felony,
}

/// One charge and what became of it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Count {
    /// Stable id within the history: `e3.c2`.
    pub id: String,
    /// The count number printed on the record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<u32>,
    /// For a count printed as a range (`CNT:003-005`), the range text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range: Option<String>,
    /// The normalised section, e.g. `PC 496(a)`; the target for an attempt.
    #[serde(default)]
    pub section: Option<Section>,
    /// An attempt (PC 664) to commit `section`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub attempted: bool,
    /// The charge line as printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charge: Option<String>,
    /// The description printed after the section.
    #[serde(default)]
    pub description: Option<String>,
    /// The level of the charge as filed (TOC), which is not the conviction's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charge_level: Option<Level>,
    /// The original disposition.
    #[serde(default)]
    pub disposition: Option<Disposition>,
    /// The level of the conviction (`CONV STATUS`).
    #[serde(default)]
    pub level: Option<Level>,
    /// The sentence printed on this count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentence: Option<Sentence>,
    /// Later dated changes (probation revoked, reduced, set aside...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub updates: Vec<Update>,
    /// Flags printed on the count (`WARRANT`, `ATTEMPTED`...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<String>,
    /// Tagged lines (`SEN FROM`, `ARR BY`, `CRT #`...), as `TAG: text`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Comments, verbatim.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub comments: Vec<String>,
    /// 1-based input line of the count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// 1-based column of the count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
}

/// A dated change to a count.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Update {
    /// When it happened.
    #[serde(default)]
    pub date: Option<RecordDate>,
    /// Each `DISPO` line of the update, in order.
    #[serde(default)]
    pub dispositions: Vec<Disposition>,
    /// A new sentence that replaces the earlier one from this date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentence: Option<Sentence>,
    /// Comments, verbatim.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub comments: Vec<String>,
    /// 1-based input line of the update's date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// 1-based column of the update's date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
}

/// The disposition a count ends with, in the report contract's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Convicted (whatever relief followed).
    Convicted,
    /// Dismissed.
    Dismissed,
    /// Found not guilty.
    Acquitted,
    /// Prosecutor declined, or released without charges.
    NoCharges,
    /// Sent to diversion or deferred entry of judgment.
    Diversion,
    /// Something else.
    Other,
}

impl Count {
    /// Every disposition of the count with its date, in order: the original
    /// (dated by the event) and then each update's.
    pub fn history<'a>(
        &'a self,
        event_date: Option<RecordDate>,
    ) -> impl Iterator<Item = (Option<RecordDate>, &'a Disposition)> + 'a {
        self.disposition.iter().map(move |d| (event_date, d)).chain(
            self.updates
                .iter()
                .flat_map(|u| u.dispositions.iter().map(move |d| (u.date, d))),
        )
    }

    /// The count's outcome after all updates, as the report states it.
    pub fn outcome(&self) -> Option<Outcome> {
        let mut out = None;
        let mut diverted = false;
        for (_, d) in self.history(None) {
            let next = match d.kind {
                DispositionKind::Convicted => Some(Outcome::Convicted),
                DispositionKind::Dismissed if diverted => Some(Outcome::Diversion),
                DispositionKind::Dismissed => Some(Outcome::Dismissed),
                DispositionKind::Acquitted => Some(Outcome::Acquitted),
                DispositionKind::ProsecutionRejected | DispositionKind::DetentionOnly => {
                    Some(Outcome::NoCharges)
                }
                DispositionKind::Diversion => {
                    diverted = true;
                    Some(Outcome::Diversion)
                }
                DispositionKind::Other => out.or(Some(Outcome::Other)),
                _ => None,
            };
            if let Some(next) = next {
                out = Some(next);
            }
        }
        out
    }

    /// True when the record shows relief `remedy` already granted on this count.
    pub fn relief_granted(&self, remedy: RemedyId) -> Option<Option<RecordDate>> {
        self.history(None).find_map(|(date, d)| {
            (d.kind == DispositionKind::ReliefGranted && d.remedy == Some(remedy)).then_some(date)
        })
    }
}
