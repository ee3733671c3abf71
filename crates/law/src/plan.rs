//! The person-level plan: what to file, where, with which forms, in what
//! order.
//!
//! Order matters. Reductions that change a felony into a misdemeanor (Prop
//! 47, Prop 64, 17(b)) come before dismissals, because a redesignated
//! misdemeanor then qualifies for 1203.4a (People v. Khamvongsa) and a
//! dismissal's order can cite the lower level. For a noncitizen, remedies
//! that help with immigration come first and dismissals, which do not, come
//! after (`shared/law/california.md` §17). Automatic relief needs no filing:
//! it is listed last, as something to check.

use serde_json::{Value, json};
use smallvec::{SmallVec, smallvec};

use crate::analysis::Analysis;
use crate::date::Date;
use crate::model::History;
use crate::remedies;
use crate::remedy::{Msg, Outcome, RemedyId};
use crate::report::{CountResult, Renderer};

/// One step of the plan.
#[derive(Clone, Debug)]
pub struct Step {
    /// Which remedy.
    pub remedy: RemedyId,
    /// Its outcome for the counts of this step.
    pub outcome: Outcome,
    /// Index of the court event (the case) in the history.
    pub event: usize,
    /// Indexes of the counts it covers, in that event.
    pub counts: SmallVec<[usize; 2]>,
    /// Judicial Council forms to use.
    pub forms: &'static [&'static str],
    /// Whether the MC-031 declaration applies (discretionary relief).
    pub declaration: bool,
    /// When it can be filed, when later than the as-of date.
    pub when: Option<Date>,
    /// Granted by the state without filing.
    pub automatic: bool,
}

impl Step {
    /// The forms to file for this step.
    pub fn forms(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.forms
            .iter()
            .copied()
            .filter(|f| *f != "MC-031" || self.declaration)
    }

    /// What to do, in words, with the case's court and number.
    pub fn msg(&self, history: &History) -> Msg {
        let event = &history.events[self.event];
        // Every argument is always given ("none" when the record lacks it),
        // so each language's catalog can choose its own wording.
        let or_none = |v: &Option<String>| match v {
            Some(s) if !s.is_empty() => s.clone(),
            _ => "none".into(),
        };
        let id = if self.automatic {
            "plan-automatic"
        } else if self.outcome == Outcome::NeedsReview {
            "plan-review"
        } else {
            "plan-file"
        };
        let forms: Vec<&str> = self.forms().collect();
        let msg = remedies::remedy_msg(id, self.remedy)
            .text("court", or_none(&event.agency))
            .text("case", or_none(&event.case_number))
            .text("county", or_none(&event.county))
            .text(
                "forms",
                if forms.is_empty() {
                    "none".into()
                } else {
                    forms.join(", ")
                },
            );
        match self.when {
            Some(when) => msg.date("date", when),
            None => msg.text("date", "none"),
        }
    }
}

/// The plan.
#[derive(Clone, Debug, Default)]
pub struct Plan {
    /// The steps, in order.
    pub steps: Vec<Step>,
    /// Plan-level notes (immigration ordering, what to bring).
    pub notes: Vec<Msg>,
}

/// Where a remedy goes in the plan. Among reductions, the ones the court
/// "shall" grant (Prop 47, Prop 64) come before the discretionary ones.
fn rank(remedy: RemedyId, noncitizen: bool) -> u8 {
    use RemedyId::*;
    match (noncitizen, remedy) {
        (true, Pc1473_7 | Pc1203_43 | Pc236_14) => 0,
        (true, Pc1170_18) => 1,
        (true, Pc17b) => 2,
        (true, Hs11361_8 | Pc17d2) => 3,
        (true, Pc18_5) => 6,
        (false, Hs11361_8 | Pc1170_18) => 1,
        (false, Pc17b | Pc17d2) => 2,
        (false, Pc18_5) => 3,
        (_, Pc1203_425 | Pc851_93) => 9,
        (_, Pc1203_45) => 6,
        (_, Pc4852_01) => 7,
        (_, Pardon) => 8,
        (false, Pc236_14 | Pc1203_43 | Pc1473_7) => 4,
        _ => 5,
    }
}

fn outcome_rank(o: Outcome) -> u8 {
    match o {
        Outcome::Eligible => 0,
        Outcome::EligibleLater => 1,
        _ => 2,
    }
}

/// Build the plan from the determinations.
pub fn build(a: &Analysis<'_>, counts: &[CountResult]) -> Plan {
    let noncitizen = a.facts.noncitizen == Some(true);
    let mut steps: Vec<Step> = Vec::new();
    for r in counts {
        for d in &r.relief {
            if !matches!(
                d.outcome,
                Outcome::Eligible | Outcome::EligibleLater | Outcome::NeedsReview
            ) {
                continue;
            }
            if let Some(step) = steps
                .iter_mut()
                .find(|s| s.event == r.event && s.remedy == d.remedy && s.outcome == d.outcome)
            {
                step.counts.push(r.count);
                step.when = step.when.max(d.eligible_on);
                step.declaration |= d.mandatory == Some(false);
                continue;
            }
            let forms = remedies::rules()
                .iter()
                .find(|rule| rule.remedy == d.remedy)
                .map(|rule| rule.forms)
                .unwrap_or(&[]);
            steps.push(Step {
                remedy: d.remedy,
                outcome: d.outcome,
                event: r.event,
                counts: smallvec![r.count],
                forms,
                declaration: d.mandatory == Some(false),
                when: d.eligible_on,
                automatic: d.automatic,
            });
        }
    }
    steps.sort_by_key(|s| {
        (
            rank(s.remedy, noncitizen),
            outcome_rank(s.outcome),
            s.when,
            s.event,
        )
    });
    let mut notes = Vec::new();
    if noncitizen {
        notes.push(Msg::new("plan-note-immigration"));
    }
    if steps.iter().any(|s| {
        matches!(
            s.remedy,
            RemedyId::Pc1170_18 | RemedyId::Hs11361_8 | RemedyId::Pc17b
        )
    }) && steps.iter().any(|s| {
        matches!(
            s.remedy,
            RemedyId::Pc1203_4 | RemedyId::Pc1203_4a | RemedyId::Pc1203_41
        )
    }) {
        notes.push(Msg::new("plan-note-reduce-first"));
    }
    Plan { steps, notes }
}

impl Plan {
    /// The plan as JSON, rendered by `r`.
    pub fn to_json(&self, history: &History, r: &dyn Renderer) -> Value {
        json!({
            "steps": self.steps.iter().enumerate().map(|(i, s)| {
                let event = &history.events[s.event];
                json!({
                    "order": i + 1,
                    "remedy": s.remedy.as_str(),
                    "outcome": s.outcome.as_str(),
                    "event": event.id,
                    "case_number": event.case_number,
                    "county": event.county,
                    "court": event.agency,
                    "counts": s.counts.iter().map(|c| &event.counts[*c].id).collect::<Vec<_>>(),
                    "forms": s.forms().collect::<Vec<_>>(),
                    "when": s.when.map(|d| d.to_string()),
                    "automatic": s.automatic,
                    "text": r.render(&s.msg(history)),
                })
            }).collect::<Vec<_>>(),
            "notes": self.notes.iter().map(|n| r.render(n)).collect::<Vec<_>>(),
        })
    }
}
