//! A county prosecutor's Proposition 64 policy
//! (`shared/formats/doj-research-file.md` §9): which felonies under HS
//! 11357–11360 to dismiss or reduce, and the "additional relief" rules that
//! turn a reduction into a dismissal. Read from TOML or from the
//! `eligibility_options.json` BEAR wrote; the rules apply in the order of
//! §9.2, first match wins.

use std::path::Path;

use jiff::civil::Date;
use serde::Deserialize;

/// What the policy asks for on one conviction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Dismiss (and seal).
    Dismiss,
    /// Reduce to a misdemeanor.
    Reduce,
    /// Nothing.
    None,
}

impl Action {
    /// The contract name.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Dismiss => "dismiss",
            Action::Reduce => "reduce",
            Action::None => "none",
        }
    }
}

/// A Prop 64 policy.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Policy {
    /// Sections (`11357`...) whose felonies are dismissed.
    pub dismiss: Vec<String>,
    /// Sections whose felonies are reduced.
    pub reduce: Vec<String>,
    /// Rule 3: under 21 at conviction.
    pub under_21: bool,
    /// Rule 4: this age or older on the as-of date (0: off).
    pub age_threshold: u32,
    /// Rule 5: conviction this many years ago or more (0: off).
    pub years_since_conviction: u32,
    /// Rule 6: no conviction in this many years (0: off).
    pub years_without_conviction: u32,
    /// Rule 7: every conviction is a Prop 64 one.
    pub only_prop64: bool,
    /// Rule 8: the person has died.
    pub deceased: bool,
}

/// A policy file that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum PolicyError {
    /// Unreadable.
    #[error("{path}: {msg}")]
    Read {
        /// The file.
        path: String,
        /// Why.
        msg: String,
    },
    /// A value out of range or inconsistent.
    #[error("{path}: {field}: {msg}")]
    Invalid {
        /// The file.
        path: String,
        /// The key at fault.
        field: &'static str,
        /// Why.
        msg: String,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TomlPolicy {
    #[serde(default)]
    dismiss: Vec<String>,
    #[serde(default)]
    reduce: Vec<String>,
    #[serde(default)]
    additional_relief: TomlRelief,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct TomlRelief {
    #[serde(default)]
    under_21: bool,
    #[serde(default)]
    age_threshold: u32,
    #[serde(default)]
    years_since_conviction: u32,
    #[serde(default)]
    years_without_conviction: u32,
    #[serde(default)]
    only_prop64: bool,
    #[serde(default)]
    deceased: bool,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct BearOptions {
    #[serde(default)]
    baseline_eligibility: BearBaseline,
    #[serde(default)]
    additional_relief: BearRelief,
}

#[derive(Deserialize, Default)]
struct BearBaseline {
    #[serde(default)]
    dismiss: Vec<String>,
    #[serde(default)]
    reduce: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct BearRelief {
    #[serde(default)]
    subject_under21_at_conviction: bool,
    #[serde(default)]
    subject_age_threshold: u32,
    #[serde(default)]
    dismiss_older_than_age_threshold: Option<bool>,
    #[serde(default)]
    years_since_conviction_threshold: u32,
    #[serde(default)]
    dismiss_years_since_conviction_threshold: Option<bool>,
    #[serde(default)]
    years_crime_free_threshold: u32,
    #[serde(default)]
    dismiss_years_crime_free_threshold: Option<bool>,
    #[serde(default)]
    subject_has_only_prop64_charges: bool,
    #[serde(default)]
    subject_is_deceased: bool,
}

const SECTIONS: &[&str] = &["11357", "11358", "11359", "11360"];

impl Policy {
    /// Read a policy: `.json` as BEAR's `eligibility_options.json`,
    /// anything else as TOML. Warnings (a threshold left beside a switched-off
    /// box, a section in neither list) are returned.
    pub fn load(path: &Path) -> Result<(Self, Vec<String>), PolicyError> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| PolicyError::Read {
            path: shown.clone(),
            msg: e.to_string(),
        })?;
        let json = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"));
        if json {
            Self::from_bear_json(&text, &shown)
        } else {
            Self::from_toml(&text, &shown)
        }
    }

    /// From the TOML form.
    pub fn from_toml(text: &str, path: &str) -> Result<(Self, Vec<String>), PolicyError> {
        let t: TomlPolicy = toml::from_str(text).map_err(|e| PolicyError::Read {
            path: path.to_string(),
            msg: e.to_string(),
        })?;
        let p = Policy {
            dismiss: t.dismiss,
            reduce: t.reduce,
            under_21: t.additional_relief.under_21,
            age_threshold: t.additional_relief.age_threshold,
            years_since_conviction: t.additional_relief.years_since_conviction,
            years_without_conviction: t.additional_relief.years_without_conviction,
            only_prop64: t.additional_relief.only_prop64,
            deceased: t.additional_relief.deceased,
        };
        let warnings = p.validate(path)?;
        Ok((p, warnings))
    }

    /// From BEAR's JSON. A `dismiss...` box present and false turns its
    /// rule off (gogen ignored the boxes).
    pub fn from_bear_json(text: &str, path: &str) -> Result<(Self, Vec<String>), PolicyError> {
        let b: BearOptions = serde_json::from_str(text).map_err(|e| PolicyError::Read {
            path: path.to_string(),
            msg: e.to_string(),
        })?;
        let r = b.additional_relief;
        let mut warnings = Vec::new();
        let gate = |flag: Option<bool>, value: u32, name: &str, warnings: &mut Vec<String>| {
            if flag == Some(false) {
                if value != 0 {
                    warnings.push(format!(
                        "{path}: {name} is {value} but its box is off: the rule is off"
                    ));
                }
                0
            } else {
                value
            }
        };
        let p = Policy {
            dismiss: b.baseline_eligibility.dismiss,
            reduce: b.baseline_eligibility.reduce,
            under_21: r.subject_under21_at_conviction,
            age_threshold: gate(
                r.dismiss_older_than_age_threshold,
                r.subject_age_threshold,
                "subjectAgeThreshold",
                &mut warnings,
            ),
            years_since_conviction: gate(
                r.dismiss_years_since_conviction_threshold,
                r.years_since_conviction_threshold,
                "yearsSinceConvictionThreshold",
                &mut warnings,
            ),
            years_without_conviction: gate(
                r.dismiss_years_crime_free_threshold,
                r.years_crime_free_threshold,
                "yearsCrimeFreeThreshold",
                &mut warnings,
            ),
            only_prop64: r.subject_has_only_prop64_charges,
            deceased: r.subject_is_deceased,
        };
        warnings.extend(p.validate(path)?);
        Ok((p, warnings))
    }

    /// The checks gogen made, and the section checks it did not.
    fn validate(&self, path: &str) -> Result<Vec<String>, PolicyError> {
        let bad = |field: &'static str, msg: String| PolicyError::Invalid {
            path: path.to_string(),
            field,
            msg,
        };
        if self.age_threshold != 0 && !(40..=65).contains(&self.age_threshold) {
            return Err(bad(
                "age_threshold",
                format!("{} (must be 0 or 40 to 65)", self.age_threshold),
            ));
        }
        for (v, f) in [
            (self.years_since_conviction, "years_since_conviction"),
            (self.years_without_conviction, "years_without_conviction"),
        ] {
            if v > 15 {
                return Err(bad(f, format!("{v} (must be 0 or 1 to 15)")));
            }
        }
        for (list, f) in [(&self.dismiss, "dismiss"), (&self.reduce, "reduce")] {
            for s in list {
                if !SECTIONS.contains(&s.as_str()) {
                    return Err(bad(
                        f,
                        format!(
                            "\"{s}\" is not one of 11357, 11358, 11359, 11360 (subdivisions are not chosen separately)"
                        ),
                    ));
                }
            }
        }
        if let Some(s) = self.dismiss.iter().find(|s| self.reduce.contains(s)) {
            return Err(bad("reduce", format!("\"{s}\" is in both lists")));
        }
        Ok(SECTIONS
            .iter()
            .filter(|s| {
                !self.dismiss.iter().any(|d| d == *s) && !self.reduce.iter().any(|r| r == *s)
            })
            .map(|s| format!("{path}: HS {s} is in neither list: its felonies get no action"))
            .collect())
    }

    /// Decide one Prop 64 conviction: the action, the rule id and gogen's
    /// reason text. `None` when the level is unknown (rule 1 cannot decide).
    pub fn decide(&self, c: &Prop64Conviction, p: &PersonFacts, as_of: Date) -> Option<Decision> {
        let level_felony = c.felony?;
        let d = |action, rule: &'static str, reason: String| {
            Some(Decision {
                action,
                rule,
                reason,
            })
        };
        if !level_felony {
            return d(
                Action::Dismiss,
                "misdemeanor",
                "Misdemeanor or Infraction".into(),
            );
        }
        if self.dismiss.iter().any(|s| s == c.section_number) {
            return d(
                Action::Dismiss,
                "dismiss_section",
                format!("Dismiss all HS {} convictions", c.section_number),
            );
        }
        if self.under_21
            && let (Some(dob), Some(on)) = (p.dob, c.date)
            && law::date::add_years(dob, 21) > on
        {
            return d(Action::Dismiss, "under_21", "21 years or younger".into());
        }
        if self.age_threshold > 0
            && let Some(dob) = p.dob
            && law::date::add_years(dob, self.age_threshold) <= as_of
        {
            return d(
                Action::Dismiss,
                "age_threshold",
                format!("{} years or older", self.age_threshold),
            );
        }
        if self.years_since_conviction > 0
            && c.date
                .is_some_and(|on| on <= minus_years(as_of, self.years_since_conviction))
        {
            return d(
                Action::Dismiss,
                "years_since_conviction",
                format!(
                    "Conviction occurred {} or more years ago",
                    self.years_since_conviction
                ),
            );
        }
        if self.years_without_conviction > 0
            && p.last_conviction
                .is_some_and(|last| last < minus_years(as_of, self.years_without_conviction))
        {
            return d(
                Action::Dismiss,
                "years_without_conviction",
                format!(
                    "No convictions in the past {} years",
                    self.years_without_conviction
                ),
            );
        }
        if self.only_prop64 && p.only_prop64 {
            return d(
                Action::Dismiss,
                "only_prop64",
                "Only has 11357-60 charges".into(),
            );
        }
        if self.deceased && p.deceased {
            return d(Action::Dismiss, "deceased", "Individual is deceased".into());
        }
        if self.reduce.iter().any(|s| s == c.section_number) {
            return d(
                Action::Reduce,
                "reduce_section",
                format!("Reduce all HS {} convictions", c.section_number),
            );
        }
        d(Action::None, "", String::new())
    }
}

fn minus_years(d: Date, n: u32) -> Date {
    d.checked_sub(jiff::Span::new().years(i64::from(n)))
        .unwrap_or(Date::MIN)
}

/// A Prop 64 conviction as the policy sees it.
#[derive(Clone, Debug)]
pub struct Prop64Conviction<'a> {
    /// `11357` ... `11360`.
    pub section_number: &'a str,
    /// Felony (`Some(true)`), not (`Some(false)`), unknown (`None`).
    pub felony: Option<bool>,
    /// The conviction date.
    pub date: Option<Date>,
}

/// What the policy needs to know about the person.
#[derive(Clone, Debug, Default)]
pub struct PersonFacts {
    /// Date of birth.
    pub dob: Option<Date>,
    /// The most recent conviction of any kind, anywhere.
    pub last_conviction: Option<Date>,
    /// Every conviction is under HS 11357–11360.
    pub only_prop64: bool,
    /// A `DECEASED` step.
    pub deceased: bool,
}

/// The policy's answer for one conviction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decision {
    /// What to ask for.
    pub action: Action,
    /// The `policy_rule` id.
    pub rule: &'static str,
    /// Reason text.
    pub reason: String,
}
