//! The screener: a few questions, one a screen, with no record and no
//! account, ending in the remedies the law engine finds for a record like
//! the one described. The answers travel in the URL (hidden fields of GET
//! forms), so nothing is stored and no step needs JavaScript.
//!
//! The answers become a one-case history that `law::evaluate` reads like
//! any other: the screener has no rules of its own. Each kind of offense
//! stands for a typical code section; the page says plainly that this is a
//! first look and that the person's own record decides.

use askama::Template;
use axum::extract::Query;
use axum::http::HeaderMap;
use axum::response::Response;
use serde::Deserialize;
use serde_json::json;

use crate::lang::{self, Tr};
use crate::pages::html;
use crate::results::{self, Found};

/// The answers so far (all optional; unknown values are ignored).
#[derive(Clone, Debug, Default, Deserialize)]
pub struct Answers {
    lang: Option<String>,
    convicted: Option<String>,
    level: Option<String>,
    sentence: Option<String>,
    done: Option<String>,
    year: Option<String>,
    done_year: Option<String>,
    kind: Option<String>,
}

/// A question: its field, its words, and its choices (none: a year).
struct Question {
    field: &'static str,
    legend: &'static str,
    choices: &'static [(&'static str, &'static str)],
}

const CONVICTED: Question = Question {
    field: "convicted",
    legend: "web-q-convicted",
    choices: &[("yes", "web-a-yes"), ("no", "web-a-no")],
};
const LEVEL: Question = Question {
    field: "level",
    legend: "web-q-level",
    choices: &[
        ("felony", "web-a-felony"),
        ("misdemeanor", "web-a-misdemeanor"),
        ("infraction", "web-a-infraction"),
    ],
};
const SENTENCE: Question = Question {
    field: "sentence",
    legend: "web-q-sentence",
    choices: &[
        ("probation", "web-a-probation"),
        ("jail", "web-a-jail"),
        ("prison", "web-a-prison"),
        ("fine", "web-a-fine"),
    ],
};
const DONE: Question = Question {
    field: "done",
    legend: "web-q-done",
    choices: &[("yes", "web-a-yes"), ("no", "web-a-no")],
};
const YEAR: Question = Question {
    field: "year",
    legend: "web-q-year",
    choices: &[],
};
const DONE_YEAR: Question = Question {
    field: "done_year",
    legend: "web-q-done-year",
    choices: &[],
};
const KIND: Question = Question {
    field: "kind",
    legend: "web-q-kind",
    choices: &[
        ("cannabis", "web-a-cannabis"),
        ("theft", "web-a-theft"),
        ("drugs", "web-a-drugs"),
        ("other", "web-a-other"),
    ],
};

fn valid(q: &Question, value: Option<&str>, this_year: i16) -> bool {
    match value {
        None => false,
        Some(v) if q.choices.is_empty() => v
            .trim()
            .parse::<i16>()
            .is_ok_and(|y| (1940..=this_year).contains(&y)),
        Some(v) => q.choices.iter().any(|(c, _)| *c == v),
    }
}

impl Answers {
    fn get(&self, field: &str) -> Option<&str> {
        match field {
            "convicted" => self.convicted.as_deref(),
            "level" => self.level.as_deref(),
            "sentence" => self.sentence.as_deref(),
            "done" => self.done.as_deref(),
            "year" => self.year.as_deref(),
            "done_year" => self.done_year.as_deref(),
            "kind" => self.kind.as_deref(),
            _ => None,
        }
    }

    /// The questions this person is asked, in order, given what they said.
    fn path(&self) -> Vec<&'static Question> {
        let mut qs: Vec<&'static Question> = vec![&CONVICTED];
        if self.convicted.as_deref() == Some("yes") {
            qs.extend([&LEVEL, &KIND, &YEAR, &SENTENCE, &DONE]);
            if self.done.as_deref() == Some("yes") {
                qs.push(&DONE_YEAR);
            }
        }
        qs
    }

    /// The first question not yet validly answered, and its number.
    fn next(&self, this_year: i16) -> Option<(usize, &'static Question)> {
        self.path()
            .into_iter()
            .enumerate()
            .find(|(_, q)| !valid(q, self.get(q.field), this_year))
    }
}

/// A choice on a question page.
pub struct Choice {
    value: &'static str,
    label: String,
}

#[derive(Template)]
#[template(path = "screener.html")]
struct Page {
    tr: Tr,
    path: &'static str,
    number: usize,
    field: &'static str,
    legend: String,
    choices: Vec<Choice>,
    hidden: Vec<(&'static str, String)>,
    back: String,
    found: Vec<Found>,
    done: bool,
    convicted: bool,
}

/// The typical code section for a kind of offense at a level.
fn section(kind: &str, level: &str) -> Option<&'static str> {
    Some(match (kind, level) {
        ("cannabis", "felony") => "HS 11359",
        ("cannabis", _) => "HS 11357(c)",
        ("theft", "felony") => "PC 487(a)",
        ("theft", _) => "PC 484(a)",
        ("drugs", "felony") => "HS 11350(a)",
        ("drugs", _) => "HS 11377(a)",
        _ => return None,
    })
}

/// The answers as a history and facts for the law engine.
fn record(a: &Answers) -> Option<(law::History, law::facts::Facts)> {
    let level = a.level.as_deref()?;
    let kind = a.kind.as_deref()?;
    let year: i16 = a.year.as_deref()?.trim().parse().ok()?;
    let months = if level == "felony" { 36 } else { 12 };
    let part = match a.sentence.as_deref()? {
        "probation" => {
            json!({"kind": "probation", "term": {"amount": months, "unit": "months"}, "text": "PROBATION"})
        }
        "jail" => json!({"kind": "jail", "term": {"amount": 6, "unit": "months"}, "text": "JAIL"}),
        "prison" => {
            json!({"kind": "prison", "term": {"amount": 2, "unit": "years"}, "text": "PRISON"})
        }
        _ => json!({"kind": "fine", "text": "FINE"}),
    };
    let history = json!({
        "schema": "clearslate/history/v1",
        "person": {"names": ["SCREENER"]},
        "events": [{
            "id": "e1", "cycle": 1, "kind": "court", "date": format!("{year}-01-01"),
            "agency": "CASC", "counts": [{
                "id": "e1.c1", "section": section(kind, level), "disposition": {"kind": "convicted"},
                "level": level, "sentence": {"text": "SENTENCE", "parts": [part]},
            }],
        }],
    });
    let history: law::History = serde_json::from_value(history).ok()?;
    let mut facts = law::facts::Facts::default();
    let mut count = law::facts::CountFacts::default();
    let finished = a.done.as_deref() == Some("yes");
    if a.sentence.as_deref() == Some("probation") {
        count.probation_completed = Some(finished);
    }
    if finished
        && let Some(y) = a
            .done_year
            .as_deref()
            .and_then(|y| y.trim().parse::<i16>().ok())
    {
        // The end of the year they finished: never earlier than the truth.
        count.sentence_completed_on = jiff::civil::Date::new(y, 12, 31).ok();
    }
    if !finished {
        facts.on_supervision = Some(a.sentence.as_deref() != Some("fine"));
    }
    if kind == "theft" {
        count.theft_value_usd = Some(950);
    }
    facts.counts.insert("e1.c1".into(), count);
    Some((history, facts))
}

fn results(a: &Answers, tr: &Tr, lang: &i18n::Lang, today: law::Date) -> Vec<Found> {
    let Some((history, facts)) = record(a) else {
        return Vec::new();
    };
    let report = law::evaluate(&history, today, &facts);
    let mut words = results::Wording::new(tr, lang);
    report
        .counts
        .iter()
        .flat_map(|c| &c.relief)
        .filter(|d| results::shown(d))
        .map(|d| words.found(d))
        .collect()
}

/// `GET /screener`.
pub async fn screener(headers: HeaderMap, Query(a): Query<Answers>) -> Response {
    let lang = lang::choose(a.lang.as_deref(), &headers);
    let tr = Tr::new(lang.clone());
    let today = jiff::Zoned::now().date();
    let this_year = today.year();
    let path = a.path();
    let answered: Vec<(&'static str, String)> = path
        .iter()
        .filter(|q| valid(q, a.get(q.field), this_year))
        .map(|q| (q.field, a.get(q.field).unwrap_or("").trim().to_string()))
        .collect();
    let query = |pairs: &[(&'static str, String)]| {
        let mut s = String::from("/screener");
        for (i, (k, v)) in pairs.iter().enumerate() {
            s.push(if i == 0 { '?' } else { '&' });
            s.push_str(k);
            s.push('=');
            s.push_str(v);
        }
        s
    };
    match a.next(this_year) {
        Some((number, q)) => {
            let hidden: Vec<(&'static str, String)> = answered
                .iter()
                .filter(|(k, _)| path.iter().position(|p| p.field == *k) < Some(number))
                .cloned()
                .collect();
            let back = query(&hidden[..hidden.len().saturating_sub(1)]);
            html(Page {
                path: "/screener",
                number: number + 1,
                field: q.field,
                legend: tr.t(q.legend),
                choices: q
                    .choices
                    .iter()
                    .map(|(v, l)| Choice {
                        value: v,
                        label: tr.t(l),
                    })
                    .collect(),
                hidden,
                back,
                found: Vec::new(),
                done: false,
                convicted: false,
                tr,
            })
        }
        None => {
            let found = results(&a, &tr, &lang, today);
            let back = query(&answered[..answered.len().saturating_sub(1)]);
            html(Page {
                path: "/screener",
                number: path.len(),
                field: "",
                legend: String::new(),
                choices: Vec::new(),
                hidden: Vec::new(),
                back,
                found,
                done: true,
                convicted: a.convicted.as_deref() == Some("yes"),
                tr,
            })
        }
    }
}
