//! One person of a bulk run: their history evaluated by the law engine, the
//! county's Prop 64 policy applied, and what goes into each output.

use std::borrow::Cow;

use jiff::civil::Date;
use law::Explain;
use law::facts::Facts;
use law::model::{EventKind, Level, Outcome as CountOutcome};
use law::remedy::{Determination, Outcome, RemedyId};

use doj::columns as col;
use doj::group::Person;
use doj::history::build;

use crate::policy::{Action, PersonFacts, Policy, Prop64Conviction};

/// What a run applies to every person.
#[derive(Clone, Debug)]
pub struct Config {
    /// The day of evaluation.
    pub as_of: Date,
    /// Only convictions from this county (normalised), when set.
    pub county: Option<String>,
    /// The Prop 64 policy, when given.
    pub policy: Option<Policy>,
}

/// One row of `convictions.csv` (the subject id is the person's, in
/// [`PersonOut::subject_id`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConvRow {
    /// Input file index.
    pub file: u16,
    /// First input line of the count.
    pub line: u64,
    /// The count's id in the person's history (as in `results.csv`).
    pub count: String,
    /// County of the court.
    pub county: String,
    /// Case number(s).
    pub case_number: String,
    /// Conviction date (ISO, or the partial date as printed).
    pub conviction_date: String,
    /// Section, normalised, or the raw charge text.
    pub section: String,
    /// felony / misdemeanor / infraction / empty.
    pub level: &'static str,
    /// Chosen remedy id, or empty.
    pub remedy: &'static str,
    /// Its outcome, or empty.
    pub outcome: &'static str,
    /// dismiss / reduce / seal / none.
    pub action: &'static str,
    /// For eligible_later.
    pub eligible_on: String,
    /// Prop 64 policy rule.
    pub policy_rule: &'static str,
    /// Why, briefly (most reasons are fixed texts, never copied).
    pub reason: Cow<'static, str>,
    /// Every other remedy with its outcome (`pc-17b:eligible; ...`).
    pub other_remedies: String,
}

/// The person-level figures (each `true` counts the person once).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Impact {
    /// Has a felony conviction.
    pub had_felony: bool,
    /// ... and none left after relief (dismissed or reduced).
    pub no_felony_after: bool,
    /// Has a conviction.
    pub had_conviction: bool,
    /// ... and none left after relief.
    pub no_conviction_after: bool,
    /// Has a conviction in the 7 years before the as-of date.
    pub had_recent: bool,
    /// ... and none of those left after relief.
    pub no_recent_after: bool,
}

/// Everything one person contributes to the outputs.
#[derive(Clone, Debug, Default)]
pub struct PersonOut {
    /// DOJ subject id.
    pub subject_id: String,
    /// For each of the person's rows, by row index, the conviction (in
    /// `convictions`) whose columns it gets in `results.csv`.
    pub cols: Vec<Option<u32>>,
    /// Convictions in scope.
    pub convictions: Vec<ConvRow>,
    /// Every determination's (remedy, outcome), arrests included, in scope.
    pub determinations: Vec<(RemedyId, Outcome)>,
    /// Impact with the relief found (and the policy).
    pub impact: Impact,
    /// Impact if every Prop 64 conviction in scope were dismissed.
    pub impact_dismiss_all: Impact,
    /// Some relief applies to at least one conviction in scope.
    pub some_relief: bool,
    /// Has a conviction in scope.
    pub in_scope: bool,
    /// Race, gender and age group, for the breakdowns.
    pub race: String,
    /// Gender.
    pub gender: String,
    /// Age group on the as-of date.
    pub age_group: &'static str,
}

fn effect(r: RemedyId) -> Action {
    use RemedyId::*;
    match r {
        Pc17b | Pc17d2 | Pc1170_18 | Pc18_5 => Action::Reduce,
        Pc4852_01 | Pardon => Action::None,
        _ => Action::Dismiss,
    }
}

fn action_name(r: RemedyId, a: Action) -> &'static str {
    use RemedyId::*;
    match (a, r) {
        (
            Action::Dismiss,
            Pc1203_45 | Wic781 | Wic786 | Pc851_91 | Pc851_93 | Pc851_87 | Pc851_90,
        ) => "seal",
        (a, _) => a.as_str(),
    }
}

fn rank(d: &Determination) -> (u8, bool) {
    let o = match d.outcome {
        Outcome::Eligible => 0,
        Outcome::EligibleLater => 1,
        Outcome::NeedsReview => 2,
        Outcome::Granted => 3,
        Outcome::Ineligible => 4,
    };
    (o, !d.automatic)
}

fn age_group(dob: Option<Date>, as_of: Date) -> &'static str {
    // A date of birth after the day of evaluation is no age at all.
    let Some(dob) = dob.filter(|&d| d <= as_of) else {
        return "unknown";
    };
    // Birthdays by the engine's date rule (29 February → 1 March).
    let reached = |years| law::date::add_years(dob, years) <= as_of;
    match () {
        () if !reached(25) => "under 25",
        () if !reached(35) => "25-34",
        () if !reached(45) => "35-44",
        () if !reached(55) => "45-54",
        () if !reached(65) => "55-64",
        () => "65 and over",
    }
}

fn prop64_number(s: &law::section::Section) -> Option<&str> {
    (s.code() == "HS" && matches!(s.number(), "11357" | "11358" | "11359" | "11360"))
        .then(|| s.number())
}

/// Evaluate one person.
pub fn evaluate(person: &Person, cfg: &Config) -> PersonOut {
    let rows = &person.rows;
    rows.iter().for_each(doj::row::Row::warm);
    let (history, origin) = build(rows);
    let facts = Facts::default();
    let report = law::evaluate_with(&history, cfg.as_of, &facts, Explain::Outcomes);
    let mut out = PersonOut {
        cols: vec![None; rows.len()],
        race: rows[0]
            .value(col::RACE_DESCR)
            .unwrap_or_default()
            .into_owned(),
        gender: rows[0].value(col::GENDER).unwrap_or_default().into_owned(),
        age_group: age_group(history.person.dob.map(|d| d.earliest()), cfg.as_of),
        ..PersonOut::default()
    };
    out.subject_id = String::from_utf8_lossy(rows[0].subject()).into_owned();
    let in_scope = |county: Option<&str>| match &cfg.county {
        None => true,
        // The history builder already normalised the county.
        Some(want) => county == Some(want.as_str()),
    };

    // Every conviction, in scope or not, for the person-level figures.
    struct Conv {
        date: Option<Date>,
        felony: bool,
        prop64: bool,
        in_scope: bool,
        action: Action,
        now: bool,
    }
    let mut convs: Vec<Conv> = Vec::new();
    let convicted = |e: &law::model::Event, c: &law::model::Count| {
        e.kind == EventKind::Court
            && !e.is_juvenile()
            && c.outcome() == Some(CountOutcome::Convicted)
    };
    let last_conviction = history
        .events
        .iter()
        .filter(|e| e.counts.iter().any(|c| convicted(e, c)))
        .filter_map(|e| e.date.map(|d| d.latest()))
        .max();
    let all_prop64 = history.events.iter().all(|e| {
        e.counts
            .iter()
            .filter(|c| convicted(e, c))
            .all(|c| c.section.as_ref().and_then(prop64_number).is_some())
    });
    let pfacts = PersonFacts {
        dob: history.person.dob.map(|d| d.latest()),
        last_conviction,
        only_prop64: all_prop64,
        deceased: history.events.iter().any(|e| e.kind == EventKind::Deceased),
    };

    for r in &report.counts {
        let e = &history.events[r.event];
        if in_scope(e.county.as_deref()) {
            out.determinations
                .extend(r.relief.iter().map(|d| (d.remedy, d.outcome)));
        }
    }

    for (ei, e) in history.events.iter().enumerate() {
        for (ci, c) in e.counts.iter().enumerate() {
            if !convicted(e, c) {
                continue;
            }
            let scope = in_scope(e.county.as_deref());
            let level = c.level.or(c.charge_level);
            let date = e.date.map(|d| d.latest());
            let relief: &[Determination] = report
                .counts
                .iter()
                .find(|x| x.event == ei && x.count == ci)
                .map(|x| x.relief.as_slice())
                .unwrap_or(&[]);
            let prop64 = c.section.as_ref().and_then(prop64_number);
            let mut conv = Conv {
                date,
                felony: level == Some(Level::Felony),
                prop64: prop64.is_some(),
                in_scope: scope,
                action: Action::None,
                now: false,
            };
            if !scope {
                convs.push(conv);
                continue;
            }
            out.in_scope = true;
            let chosen = relief.iter().min_by_key(|d| rank(d));
            let mut row = ConvRow {
                file: rows[0].file,
                line: c.line.map_or(0, u64::from),
                count: c.id.clone(),
                county: e.county.clone().unwrap_or_default(),
                case_number: e.case_number.clone().unwrap_or_default(),
                conviction_date: e.date.map(|d| d.to_string()).unwrap_or_default(),
                section: c
                    .section
                    .as_ref()
                    .map(|s| s.to_string())
                    .or_else(|| c.description.clone())
                    .unwrap_or_default(),
                level: match level {
                    Some(Level::Felony) => "felony",
                    Some(Level::Misdemeanor) => "misdemeanor",
                    Some(Level::Infraction) => "infraction",
                    None => "",
                },
                remedy: "",
                outcome: "",
                action: "none",
                eligible_on: String::new(),
                policy_rule: "",
                reason: Cow::Borrowed(""),
                other_remedies: String::new(),
            };
            let policy_decision = match (&cfg.policy, prop64) {
                (Some(policy), Some(number)) => Some(policy.decide(
                    &Prop64Conviction {
                        section_number: number,
                        felony: level.map(|l| l == Level::Felony),
                        date,
                    },
                    &pfacts,
                    cfg.as_of,
                )),
                _ => None,
            };
            match policy_decision {
                Some(decision) => {
                    let engine = relief.iter().find(|d| d.remedy == RemedyId::Hs11361_8);
                    row.remedy = RemedyId::Hs11361_8.as_str();
                    row.outcome = engine.map_or("needs_review", |d| d.outcome.as_str());
                    match decision {
                        Some(dec) => {
                            row.action = dec.action.as_str();
                            row.policy_rule = dec.rule;
                            row.reason = Cow::Owned(dec.reason);
                            conv.action = dec.action;
                            conv.now = dec.action != Action::None;
                        }
                        None => {
                            row.outcome = "needs_review";
                            row.reason = Cow::Borrowed("the conviction level is not on the record");
                        }
                    }
                }
                None => {
                    if let Some(d) = chosen {
                        row.remedy = d.remedy.as_str();
                        row.outcome = d.outcome.as_str();
                        row.eligible_on = d.eligible_on.map(|x| x.to_string()).unwrap_or_default();
                        let a = effect(d.remedy);
                        if matches!(d.outcome, Outcome::Eligible | Outcome::EligibleLater) {
                            row.action = action_name(d.remedy, a);
                            conv.action = a;
                            conv.now = d.outcome == Outcome::Eligible;
                        } else if d.outcome == Outcome::Granted {
                            conv.action = a;
                            conv.now = true;
                        }
                        row.reason = reason(d);
                    }
                }
            }
            for d in relief.iter().filter(|d| d.remedy.as_str() != row.remedy) {
                let o = &mut row.other_remedies;
                if !o.is_empty() {
                    o.push_str("; ");
                }
                o.push_str(d.remedy.as_str());
                o.push(':');
                o.push_str(d.outcome.as_str());
            }
            if conv.action != Action::None && row.outcome != "granted" {
                out.some_relief = true;
            }
            let index = out.convictions.len() as u32;
            for &i in origin.rows(ei, ci) {
                out.cols[i] = Some(index);
            }
            out.convictions.push(row);
            convs.push(conv);
        }
    }

    let seven = cfg
        .as_of
        .checked_sub(jiff::Span::new().years(7))
        .unwrap_or(Date::MIN);
    let impact = |dismissed: &dyn Fn(&Conv) -> bool, reduced: &dyn Fn(&Conv) -> bool| {
        let felonies: Vec<&Conv> = convs.iter().filter(|c| c.felony).collect();
        let recent: Vec<&Conv> = convs
            .iter()
            .filter(|c| c.date.is_some_and(|d| d > seven && d <= cfg.as_of))
            .collect();
        Impact {
            had_felony: !felonies.is_empty(),
            no_felony_after: !felonies.is_empty()
                && felonies.iter().all(|c| dismissed(c) || reduced(c)),
            had_conviction: !convs.is_empty(),
            no_conviction_after: !convs.is_empty() && convs.iter().all(dismissed),
            had_recent: !recent.is_empty(),
            no_recent_after: !recent.is_empty() && recent.iter().all(|c| dismissed(c)),
        }
    };
    let dismissed = |c: &Conv| c.in_scope && c.now && c.action == Action::Dismiss;
    let reduced = |c: &Conv| c.in_scope && c.now && c.action == Action::Reduce;
    out.impact = impact(&dismissed, &reduced);
    let dismissed_all = |c: &Conv| dismissed(c) || (c.in_scope && c.prop64);
    let reduced_all = |c: &Conv| reduced(c) && !c.prop64;
    out.impact_dismiss_all = impact(&dismissed_all, &reduced_all);
    out
}

/// A short reason for a determination in a bulk run (no prose: the full
/// explanation is one `clearslate check` away).
fn reason(d: &Determination) -> Cow<'static, str> {
    Cow::Borrowed(match d.outcome {
        Outcome::NeedsReview if !d.missing_facts.is_empty() => {
            return Cow::Owned(format!("needs: {}", d.missing_facts.join(", ")));
        }
        Outcome::NeedsReview => "needs review",
        Outcome::Eligible | Outcome::EligibleLater if d.automatic => "automatic",
        Outcome::Eligible | Outcome::EligibleLater => match d.mandatory {
            Some(true) => "petition: the court must grant",
            Some(false) => "petition: the court may grant",
            None => "petition",
        },
        Outcome::Granted => "already granted",
        Outcome::Ineligible => "not eligible",
    })
}

#[cfg(test)]
mod tests {
    use super::age_group;
    use jiff::civil::date;

    #[test]
    fn an_age_group_changes_on_the_birthday_not_before() {
        let dob = Some(date(2001, 12, 7));
        assert_eq!(age_group(dob, date(2026, 12, 6)), "under 25");
        assert_eq!(age_group(dob, date(2026, 12, 7)), "25-34");
        assert_eq!(
            age_group(Some(date(1961, 1, 1)), date(2026, 1, 1)),
            "65 and over"
        );
        assert_eq!(age_group(None, date(2026, 1, 1)), "unknown");
        // A date of birth after the day of evaluation is no age at all.
        assert_eq!(
            age_group(Some(date(2026, 12, 8)), date(2026, 12, 7)),
            "unknown"
        );
    }

    #[test]
    fn a_leap_day_birthday_comes_on_the_first_of_march() {
        let dob = Some(date(2000, 2, 29));
        assert_eq!(age_group(dob, date(2025, 2, 28)), "under 25");
        assert_eq!(age_group(dob, date(2025, 3, 1)), "25-34");
        assert_eq!(age_group(dob, date(2024, 2, 29)), "under 25");
    }
}
