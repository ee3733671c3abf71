//! The figures of a run: counts per remedy, section, county, and the
//! person-level impact, overall and by race, gender and age group.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use crate::person::{Impact, PersonOut};

/// Impact figures: people whose status changes.
#[derive(Clone, Copy, Debug, Default, Serialize, PartialEq, Eq)]
pub struct Figures {
    /// People with a felony conviction.
    pub subjects_with_felony: u64,
    /// ... left with none.
    pub subjects_no_felony_after: u64,
    /// People with a conviction.
    pub subjects_with_conviction: u64,
    /// ... left with none.
    pub subjects_no_conviction_after: u64,
    /// People with a conviction in the last 7 years.
    pub subjects_with_conviction_last_7_years: u64,
    /// ... left with none in that window.
    pub subjects_no_conviction_last_7_years_after: u64,
}

impl Figures {
    fn merge(&mut self, o: &Figures) {
        self.subjects_with_felony += o.subjects_with_felony;
        self.subjects_no_felony_after += o.subjects_no_felony_after;
        self.subjects_with_conviction += o.subjects_with_conviction;
        self.subjects_no_conviction_after += o.subjects_no_conviction_after;
        self.subjects_with_conviction_last_7_years += o.subjects_with_conviction_last_7_years;
        self.subjects_no_conviction_last_7_years_after +=
            o.subjects_no_conviction_last_7_years_after;
    }

    fn add(&mut self, i: &Impact) {
        self.subjects_with_felony += u64::from(i.had_felony);
        self.subjects_no_felony_after += u64::from(i.no_felony_after);
        self.subjects_with_conviction += u64::from(i.had_conviction);
        self.subjects_no_conviction_after += u64::from(i.no_conviction_after);
        self.subjects_with_conviction_last_7_years += u64::from(i.had_recent);
        self.subjects_no_conviction_last_7_years_after += u64::from(i.no_recent_after);
    }
}

/// One group of people (a race, a gender, an age group, a county).
#[derive(Clone, Copy, Debug, Default, Serialize, PartialEq, Eq)]
pub struct GroupFigures {
    /// People with a conviction in scope.
    pub subjects: u64,
    /// People some relief reaches.
    pub subjects_with_relief: u64,
    /// The impact figures for the group.
    #[serde(flatten)]
    pub impact: Figures,
}

impl GroupFigures {
    fn merge(&mut self, o: &GroupFigures) {
        self.subjects += o.subjects;
        self.subjects_with_relief += o.subjects_with_relief;
        self.impact.merge(&o.impact);
    }

    fn add(&mut self, p: &PersonOut) {
        self.subjects += 1;
        self.subjects_with_relief += u64::from(p.some_relief);
        self.impact.add(&p.impact);
    }
}

/// Per section: how many convictions, and the actions.
#[derive(Clone, Debug, Default, Serialize, PartialEq, Eq)]
pub struct SectionFigures {
    /// Convictions in scope.
    pub convictions: u64,
    /// By action (`dismiss`, `reduce`, `seal`, `none`).
    pub actions: BTreeMap<&'static str, u64>,
}

/// `summary.json`.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Summary {
    /// Schema name.
    pub schema: &'static str,
    /// The day of evaluation.
    pub as_of: String,
    /// The county scope, if any.
    pub county: Option<String>,
    /// The input files, in order.
    pub inputs: Vec<String>,
    /// Data lines read (header lines excluded).
    pub input_lines: u64,
    /// Lines in `results.csv`.
    pub result_lines: u64,
    /// Lines in `errors.csv`.
    pub error_lines: u64,
    /// People.
    pub subjects: u64,
    /// People with a conviction in scope.
    pub subjects_in_scope: u64,
    /// People some relief reaches.
    pub subjects_with_relief: u64,
    /// Convictions in scope.
    pub convictions_in_scope: u64,
    /// Determinations by remedy and outcome (arrests included).
    pub by_remedy: BTreeMap<&'static str, BTreeMap<&'static str, u64>>,
    /// Convictions in scope by section.
    pub by_section: BTreeMap<String, SectionFigures>,
    /// By county of conviction.
    pub by_county: BTreeMap<String, SectionFigures>,
    /// Convictions decided by each Prop 64 policy rule.
    pub policy_rules: BTreeMap<&'static str, u64>,
    /// The impact with the relief found.
    #[serde(flatten)]
    pub impact: Figures,
    /// The impact if every Prop 64 conviction in scope were dismissed.
    pub dismiss_all_prop64: Figures,
    /// By race, as the file records it.
    pub by_race: BTreeMap<String, GroupFigures>,
    /// By gender.
    pub by_gender: BTreeMap<String, GroupFigures>,
    /// By age group on the as-of date.
    pub by_age_group: BTreeMap<String, GroupFigures>,
    /// Figures of people added since the last merge, not yet sorted in.
    #[serde(skip)]
    pub(crate) pending: Pending,
}

type Fast<K, V> = HashMap<K, V, foldhash::fast::FixedState>;

/// The figures counted for every determination and conviction, kept in
/// hash maps while people are added (one lookup each, not a walk down a
/// sorted map of strings) and sorted into the summary's maps on merge.
#[derive(Clone, Debug, Default)]
pub(crate) struct Pending {
    by_remedy: Fast<(&'static str, &'static str), u64>,
    by_section: Fast<String, SectionFigures>,
    by_county: Fast<String, SectionFigures>,
}

/// Add each count of `from` to `into`'s.
fn merge_counts<K: Ord>(into: &mut BTreeMap<K, u64>, from: impl IntoIterator<Item = (K, u64)>) {
    for (k, n) in from {
        *into.entry(k).or_default() += n;
    }
}

fn merge_sections(
    into: &mut BTreeMap<String, SectionFigures>,
    from: impl IntoIterator<Item = (String, SectionFigures)>,
) {
    for (k, f) in from {
        let mine = into.entry(k).or_default();
        mine.convictions += f.convictions;
        merge_counts(&mut mine.actions, f.actions);
    }
}

fn merge_groups(into: &mut BTreeMap<String, GroupFigures>, from: BTreeMap<String, GroupFigures>) {
    for (k, f) in from {
        into.entry(k).or_default().merge(&f);
    }
}

impl Summary {
    /// Add the people counted in `other` (figures made in parallel, then
    /// put together; the run's own fields stay as they are).
    pub fn merge(&mut self, mut other: Summary) {
        self.settle();
        other.settle();
        self.subjects += other.subjects;
        self.subjects_in_scope += other.subjects_in_scope;
        self.subjects_with_relief += other.subjects_with_relief;
        self.convictions_in_scope += other.convictions_in_scope;
        for (r, by_outcome) in other.by_remedy {
            merge_counts(self.by_remedy.entry(r).or_default(), by_outcome);
        }
        merge_sections(&mut self.by_section, other.by_section);
        merge_sections(&mut self.by_county, other.by_county);
        merge_counts(&mut self.policy_rules, other.policy_rules);
        self.impact.merge(&other.impact);
        self.dismiss_all_prop64.merge(&other.dismiss_all_prop64);
        merge_groups(&mut self.by_race, other.by_race);
        merge_groups(&mut self.by_gender, other.by_gender);
        merge_groups(&mut self.by_age_group, other.by_age_group);
    }

    /// Sort the figures of the people added since the last merge into
    /// the summary's maps (`merge` does it for both summaries).
    pub fn settle(&mut self) {
        let pending = std::mem::take(&mut self.pending);
        for ((r, o), n) in pending.by_remedy {
            *self.by_remedy.entry(r).or_default().entry(o).or_default() += n;
        }
        merge_sections(&mut self.by_section, pending.by_section);
        merge_sections(&mut self.by_county, pending.by_county);
    }

    /// Add one person (the figures by remedy, section and county reach
    /// their maps on [`Summary::merge`] or [`Summary::settle`]).
    pub fn add(&mut self, p: &PersonOut) {
        self.subjects += 1;
        for (r, o) in &p.determinations {
            *self
                .pending
                .by_remedy
                .entry((r.as_str(), o.as_str()))
                .or_default() += 1;
        }
        for c in &p.convictions {
            self.convictions_in_scope += 1;
            for (map, key) in [
                (&mut self.pending.by_section, &c.section),
                (&mut self.pending.by_county, &c.county),
            ] {
                // Look up before inserting: most keys are already there.
                let f = match map.get_mut(key.as_str()) {
                    Some(f) => f,
                    None => map.entry(key.clone()).or_default(),
                };
                f.convictions += 1;
                *f.actions.entry(c.action).or_default() += 1;
            }
            if !c.policy_rule.is_empty() {
                *self.policy_rules.entry(c.policy_rule).or_default() += 1;
            }
        }
        if !p.in_scope {
            return;
        }
        self.subjects_in_scope += 1;
        self.subjects_with_relief += u64::from(p.some_relief);
        self.impact.add(&p.impact);
        self.dismiss_all_prop64.add(&p.impact_dismiss_all);
        let race = if p.race.is_empty() {
            "UNKNOWN"
        } else {
            &p.race
        };
        let gender = if p.gender.is_empty() {
            "UNKNOWN"
        } else {
            &p.gender
        };
        for (map, key) in [
            (&mut self.by_race, race),
            (&mut self.by_gender, gender),
            (&mut self.by_age_group, p.age_group),
        ] {
            // Look up before inserting: most keys are already there.
            match map.get_mut(key) {
                Some(f) => f.add(p),
                None => map.entry(key.to_string()).or_default().add(p),
            }
        }
    }
}
