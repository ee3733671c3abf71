//! The engine's answer for one person: every count with its determinations,
//! the questions that would settle what is open, warnings, and a plan.
//!
//! [`Report::to_json`] writes the contract's JSON (`clearslate/report/v1`)
//! with every message rendered by the caller's [`Renderer`].

use serde_json::{Value, json};

use crate::analysis::Analysis;
use crate::date::Date;
use crate::facts::Facts;
use crate::model::{History, Warning};
use crate::plan::{self, Plan};
use crate::remedies;
use crate::remedy::{Determination, Explain, FactKey, Msg, Outcome};

/// The schema name of the JSON report.
pub const REPORT_SCHEMA: &str = "clearslate/report/v1";

/// Turns messages into text in one language.
pub trait Renderer {
    /// The text of a message with its arguments.
    fn render(&self, msg: &Msg) -> String;
    /// The words for "verify" added to reasons that rest on unverified law.
    fn verify_label(&self) -> String {
        self.render(&Msg::new("verify"))
    }
}

/// A question for the person or their helper.
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    /// The facts-file key that answers it.
    pub fact: FactKey,
    /// The count it is about, or `None` for the person.
    pub count: Option<String>,
    /// The question.
    pub msg: Msg,
}

/// Determinations for one count.
#[derive(Clone, Debug)]
pub struct CountResult {
    /// Index of the event in the history.
    pub event: usize,
    /// Index of the count in the event.
    pub count: usize,
    /// What each remedy means for it.
    pub relief: Vec<Determination>,
}

/// The report.
pub struct Report<'a> {
    /// The history evaluated.
    pub history: &'a History,
    /// The day of evaluation.
    pub as_of: Date,
    /// Determinations per count, in record order (counts without any are absent).
    pub counts: Vec<CountResult>,
    /// Questions that would settle open determinations.
    pub questions: Vec<Question>,
    /// Warnings from reading the record and from the engine.
    pub warnings: Vec<Warning>,
    /// Engine notes about the record (message form).
    pub notes: Vec<Msg>,
    /// What to do, in order.
    pub plan: Plan,
    /// What may still be reported about each case.
    pub echo: Vec<crate::echo::CaseEcho>,
}

/// Evaluate a history on `as_of` with the given facts, every determination
/// explained.
pub fn evaluate<'a>(history: &'a History, as_of: Date, facts: &'a Facts) -> Report<'a> {
    evaluate_with(history, as_of, facts, Explain::Full)
}

/// Evaluate, explaining as much as `explain` asks: [`Explain::Outcomes`]
/// for bulk runs that need outcomes, dates and questions but not prose.
pub fn evaluate_with<'a>(
    history: &'a History,
    as_of: Date,
    facts: &'a Facts,
    explain: Explain,
) -> Report<'a> {
    let mut analysis = Analysis::new(history, facts, as_of);
    analysis.explain = explain;
    let mut counts: Vec<CountResult> = Vec::with_capacity(analysis.convictions.len());
    for (i, c) in analysis.convictions.iter().enumerate() {
        let relief = remedies::for_conviction(&analysis, i);
        if relief.is_empty() {
            continue;
        }
        let count = c
            .event
            .counts
            .iter()
            .position(|x| std::ptr::eq(x, c.count))
            .unwrap_or(0);
        counts.push(CountResult {
            event: c.event_index,
            count,
            relief,
        });
    }
    // Sustained juvenile petitions.
    for (k, j) in analysis.juvenile.iter().enumerate() {
        let relief = remedies::for_juvenile(&analysis, k);
        if relief.is_empty() {
            continue;
        }
        let count = j
            .event
            .counts
            .iter()
            .position(|x| std::ptr::eq(x, j.count))
            .unwrap_or(0);
        counts.push(CountResult {
            event: j.event_index,
            count,
            relief,
        });
    }
    // Arrests that did not end in a conviction, on the arrest's counts.
    let arrests = crate::analysis::arrests::arrests(&analysis);
    for arrest in &arrests {
        // Arrest relief is for arrests that did not end in a conviction.
        if arrest.outcome == crate::analysis::arrests::ArrestOutcome::Convicted
            && arrest.granted.is_none()
        {
            continue;
        }
        let relief = remedies::for_arrest(&analysis, arrest);
        if relief.is_empty() {
            continue;
        }
        for count in 0..arrest.event.counts.len() {
            counts.push(CountResult {
                event: arrest.event_index,
                count,
                relief: relief.clone(),
            });
        }
    }
    // Court counts that are not convictions (completed DEJ).
    for (ei, e) in history.events.iter().enumerate() {
        if e.kind != crate::model::EventKind::Court {
            continue;
        }
        for (ci, c) in e.counts.iter().enumerate() {
            if analysis
                .convictions
                .iter()
                .chain(&analysis.juvenile)
                .any(|x| std::ptr::eq(x.count, c))
            {
                continue;
            }
            let relief = remedies::for_court_count(&analysis, e, c);
            if !relief.is_empty() {
                counts.push(CountResult {
                    event: ei,
                    count: ci,
                    relief,
                });
            }
        }
    }
    counts.sort_by_key(|r| (r.event, r.count));

    let mut questions: Vec<Question> = Vec::new();
    for r in &counts {
        let id = &history.events[r.event].counts[r.count].id;
        for d in &r.relief {
            for fact in &d.missing_facts {
                let person = PERSON_FACTS.contains(fact);
                let q = Question {
                    fact,
                    count: (!person).then(|| id.clone()),
                    msg: Msg::new(question_id(fact)),
                };
                if !questions
                    .iter()
                    .any(|x| x.fact == q.fact && x.count == q.count)
                {
                    questions.push(q);
                }
            }
        }
    }

    let mut notes = Vec::new();
    let mut warnings = history.warnings.clone();
    for c in &analysis.convictions {
        if c.level.is_none() {
            warnings.push(Warning {
                line: c.count.line,
                text: format!(
                    "count {}: the conviction level is not on the record",
                    c.count.id
                ),
            });
            questions.push(Question {
                fact: "level",
                count: Some(c.count.id.clone()),
                msg: Msg::new("q-level"),
            });
        } else if c.level_from_charge {
            notes.push(Msg::new("n-level-from-charge").text("count", c.count.id.clone()));
        }
        if c.sentence_derived {
            notes.push(Msg::new("n-sentence-from-other-count").text("count", c.count.id.clone()));
        }
        if c.section().is_none() {
            warnings.push(Warning {
                line: c.count.line,
                text: format!("count {}: the code section could not be read", c.count.id),
            });
        }
    }
    if analysis.registration_event {
        notes.push(Msg::new("n-registrant"));
    }
    // Bulk runs (outcomes only) have no one to read a plan or the data echo.
    let (plan, echo) = match explain {
        Explain::Full => (
            plan::build(&analysis, &counts),
            crate::echo::build(&analysis, &counts, &arrests),
        ),
        Explain::Outcomes => (Plan::default(), Vec::new()),
    };
    Report {
        history,
        as_of,
        counts,
        questions,
        warnings,
        notes,
        plan,
        echo,
    }
}

/// Facts file keys that belong to the person rather than a count.
const PERSON_FACTS: &[FactKey] = &[
    "noncitizen",
    "on_supervision",
    "pending_charges",
    "honest_upright_life",
    "trafficking_victim",
    "ca_resident_since",
    "registrant_290",
];

/// The message id that asks for a fact.
pub fn question_id(fact: FactKey) -> &'static str {
    match fact {
        "noncitizen" => "q-noncitizen",
        "on_supervision" => "q-on-supervision",
        "pending_charges" => "q-pending-charges",
        "honest_upright_life" => "q-honest-upright-life",
        "trafficking_victim" => "q-trafficking-victim",
        "ca_resident_since" => "q-ca-resident-since",
        "registrant_290" => "q-registrant-290",
        "theft_value_usd" => "q-theft-value",
        "probation_violated" => "q-probation-violated",
        "probation_completed" => "q-probation-completed",
        "early_termination" => "q-early-termination",
        "plants" => "q-plants",
        "grams" => "q-grams",
        "sentence_completed_on" => "q-sentence-completed-on",
        "realignment_eligible" => "q-realignment-eligible",
        "serious_felony" => "q-serious-felony",
        "violent_felony" => "q-violent-felony",
        "wobbler" => "q-wobbler",
        "level" => "q-level",
        "diversion_completed" => "q-diversion-completed",
        "offense_date" => "q-offense-date",
        "advised_immigration" => "q-advised-immigration",
        _ => "q-other",
    }
}

impl Report<'_> {
    /// Determinations for a count id, if any.
    pub fn relief_of(&self, count_id: &str) -> &[Determination] {
        self.counts
            .iter()
            .find(|r| self.history.events[r.event].counts[r.count].id == count_id)
            .map(|r| r.relief.as_slice())
            .unwrap_or(&[])
    }

    /// The contract JSON, with every message rendered by `r`.
    pub fn to_json(&self, r: &dyn Renderer) -> Value {
        let person = &self.history.person;
        let verify = r.verify_label();
        let events: Vec<Value> = self
            .history
            .events
            .iter()
            .enumerate()
            .map(|(ei, e)| {
                let counts: Vec<Value> = e
                    .counts
                    .iter()
                    .enumerate()
                    .map(|(ci, c)| {
                        let relief: Vec<Value> = self
                            .counts
                            .iter()
                            .find(|x| x.event == ei && x.count == ci)
                            .map(|x| {
                                x.relief
                                    .iter()
                                    .map(|d| determination_json(d, r, &verify))
                                    .collect()
                            })
                            .unwrap_or_default();
                        json!({
                            "id": c.id,
                            "section": c.section.as_ref().map(|s| s.as_str()),
                            "attempted": c.attempted,
                            "description": c.description,
                            "disposition": c.outcome(),
                            "level": c.level.or(c.charge_level),
                            "relief": relief,
                        })
                    })
                    .collect();
                let reporting = self
                    .echo
                    .iter()
                    .find(|x| x.event == ei)
                    .map(|x| echo_json(x, r, &verify));
                json!({
                    "id": e.id,
                    "kind": e.kind.contract_name(),
                    "reporting": reporting,
                    "detail": e.detail,
                    "date": e.date.and_then(|d| d.date()).map(|d| d.to_string()),
                    "date_text": e.date.map(|d| d.to_string()),
                    "agency": e.agency,
                    "county": e.county,
                    "case_number": e.case_number,
                    "counts": counts,
                })
            })
            .collect();
        let questions: Vec<Value> = self
            .questions
            .iter()
            .map(|q| json!({"fact": q.fact, "count": q.count, "text": r.render(&q.msg)}))
            .collect();
        let mut warnings: Vec<Value> = self
            .warnings
            .iter()
            .map(|w| json!({"line": w.line, "text": w.text}))
            .collect();
        warnings.extend(
            self.notes
                .iter()
                .map(|n| json!({"line": Value::Null, "text": r.render(n)})),
        );
        json!({
            "schema": REPORT_SCHEMA,
            "as_of": self.as_of.to_string(),
            "person": {
                "name": person.names.first(),
                "cii": person.cii,
                "dob": person.dob.map(|d| d.to_string()),
            },
            "events": events,
            "questions": questions,
            "warnings": warnings,
            "plan": self.plan.to_json(self.history, r),
        })
    }
}

fn exposure_json(x: &crate::echo::Exposure) -> Value {
    json!({
        "may_report": x.may.as_str(),
        "until": match x.may {
            crate::echo::May::Until(d) => Some(d.to_string()),
            _ => None,
        },
        "status": x.status.map(|s| s.as_str()),
        "employer_may_use": x.employer_may_use,
    })
}

/// The data echo of one case: what may be reported now and after relief.
fn echo_json(x: &crate::echo::CaseEcho, r: &dyn Renderer, verify: &str) -> Value {
    let after = x.after.map(|(remedy, e)| {
        let mut v = exposure_json(&e);
        v["relief"] = json!(remedy.as_str());
        v
    });
    json!({
        "now": exposure_json(&x.now),
        "after_relief": after,
        "reasons": reasons_json(&x.reasons, r, verify),
    })
}

fn reasons_json(reasons: &[crate::remedy::Reason], r: &dyn Renderer, verify: &str) -> Vec<Value> {
    reasons
        .iter()
        .map(|reason| {
            let needs = reason.cite.is_some_and(|c| c.needs_verification());
            json!({
                "id": reason.msg.id,
                "text": r.render(&reason.msg),
                "citation": reason.cite.map(|c| c.text),
                "verify": needs,
                "verify_label": needs.then_some(verify),
            })
        })
        .collect()
}

fn determination_json(d: &Determination, r: &dyn Renderer, verify: &str) -> Value {
    let reasons = reasons_json(&d.reasons, r, verify);
    json!({
        "remedy": d.remedy.as_str(),
        "outcome": d.outcome.as_str(),
        "eligible_on": d.eligible_on.map(|x| x.to_string()),
        "mandatory": d.mandatory,
        "automatic": d.automatic,
        "reasons": reasons,
        "missing_facts": d.missing_facts,
    })
}

/// True when an outcome means relief is open now or later.
pub fn is_positive(o: Outcome) -> bool {
    matches!(o, Outcome::Eligible | Outcome::EligibleLater)
}
