//! Answers to questions the record cannot answer (`--facts`, CONTRACT.md).
//!
//! Every key is optional; an unknown key is an error so that a typo is never
//! silently ignored. The CLI reads the TOML; this module only defines the
//! shape, so the engine stays free of I/O.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize};

use crate::date::{Date, parse_iso};
use crate::model::Level;

/// Person-level and count-level facts.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Facts {
    /// Not a U.S. citizen: immigration advice changes which remedies to prefer.
    #[serde(default)]
    pub noncitizen: Option<bool>,
    /// On parole, probation, PRCS or mandatory supervision now.
    #[serde(default)]
    pub on_supervision: Option<bool>,
    /// Charged with an offense in a case that is still open.
    #[serde(default)]
    pub pending_charges: Option<bool>,
    /// Has lived an honest and upright life and obeyed the law since
    /// judgment (PC 1203.4a(a)(3)).
    #[serde(default)]
    pub honest_upright_life: Option<bool>,
    /// Was a victim of human trafficking when the offenses happened.
    #[serde(default)]
    pub trafficking_victim: Option<bool>,
    /// Must register as a sex offender under PC 290.
    #[serde(default)]
    pub registrant_290: Option<bool>,
    /// Has lived in California since this date.
    #[serde(default, deserialize_with = "fact_date")]
    pub ca_resident_since: Option<Date>,
    /// Facts about one count, keyed by count id (`e3.c2`).
    #[serde(default, rename = "count")]
    pub counts: BTreeMap<String, CountFacts>,
}

/// Facts about one count.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountFacts {
    /// The level of the conviction when the record does not print it.
    #[serde(default)]
    pub level: Option<Level>,
    /// Value of the property, for the Prop 47 $950 threshold.
    #[serde(default)]
    pub theft_value_usd: Option<u32>,
    /// Probation was violated (even if later reinstated).
    #[serde(default)]
    pub probation_violated: Option<bool>,
    /// Probation was completed.
    #[serde(default)]
    pub probation_completed: Option<bool>,
    /// Probation was terminated early by the court (PC 1203.3).
    #[serde(default)]
    pub early_termination: Option<bool>,
    /// Number of cannabis plants (Prop 64 cultivation).
    #[serde(default)]
    pub plants: Option<u32>,
    /// Grams of cannabis (Prop 64 possession).
    #[serde(default)]
    pub grams: Option<f64>,
    /// The day the whole sentence (custody, parole, supervision) ended.
    #[serde(default, deserialize_with = "fact_date")]
    pub sentence_completed_on: Option<Date>,
    /// The offense would be sentenced to county jail under PC 1170(h) today.
    #[serde(default)]
    pub realignment_eligible: Option<bool>,
    /// The conviction is for a serious felony (PC 1192.7(c)): the record of
    /// conviction shows the facts (weapon use, great bodily injury) or not.
    #[serde(default)]
    pub serious_felony: Option<bool>,
    /// The offense is a wobbler (punishable as a felony or a misdemeanor).
    #[serde(default)]
    pub wobbler: Option<bool>,
    /// The court found it a violent felony (PC 667.5(c)).
    #[serde(default)]
    pub violent_felony: Option<bool>,
    /// The diversion or deferred entry of judgment was completed.
    #[serde(default)]
    pub diversion_completed: Option<bool>,
    /// The day of the offense, when the arrest date is not close enough
    /// (PC 1203.45: under 18 when it was committed).
    #[serde(default, deserialize_with = "fact_date")]
    pub offense_date: Option<Date>,
    /// Before the plea, the lawyer explained how it could affect
    /// immigration status (PC 1473.7(a)(1)).
    #[serde(default)]
    pub advised_immigration: Option<bool>,
}

impl Facts {
    /// The facts for one count (empty when none were given).
    pub fn count(&self, id: &str) -> &CountFacts {
        static EMPTY: CountFacts = CountFacts {
            level: None,
            theft_value_usd: None,
            probation_violated: None,
            probation_completed: None,
            early_termination: None,
            plants: None,
            grams: None,
            sentence_completed_on: None,
            realignment_eligible: None,
            serious_felony: None,
            violent_felony: None,
            wobbler: None,
            diversion_completed: None,
            offense_date: None,
            advised_immigration: None,
        };
        self.counts.get(id).unwrap_or(&EMPTY)
    }
}

/// Accept a date as a string (`"2001-05-01"`) or as a TOML date
/// (`2001-05-01`), which the TOML reader hands over as a one-entry map.
fn fact_date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
    struct V;
    impl<'de> serde::de::Visitor<'de> for V {
        type Value = Option<Date>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a date such as 2001-05-01")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
            parse_iso(v).map(Some).map_err(E::custom)
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> Result<Self::Value, A::Error> {
            let Some((_, value)) = map.next_entry::<String, String>()? else {
                return Err(serde::de::Error::custom("expected a date"));
            };
            parse_iso(&value)
                .map(Some)
                .map_err(serde::de::Error::custom)
        }
        fn visit_none<E>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D2: Deserializer<'de>>(self, d: D2) -> Result<Self::Value, D2::Error> {
            d.deserialize_any(V)
        }
    }
    d.deserialize_any(V)
}
