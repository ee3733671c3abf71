//! Remedy ids, determinations and the reasons that explain them.
//!
//! A determination never carries finished sentences: it carries message ids
//! with arguments ([`Msg`]) and a citation, and the caller renders them in
//! the reader's language (see the `i18n` crate). The ids are the stable
//! names of `shared/CONTRACT.md`.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use smallvec::SmallVec;

use crate::date::Date;
use crate::section::Section;

macro_rules! remedies {
    ($($variant:ident => $id:literal),* $(,)?) => {
        /// A remedy, by its id in `shared/CONTRACT.md`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum RemedyId {
            $(#[doc = $id] $variant,)*
        }

        impl RemedyId {
            /// Every remedy, in the contract's order.
            pub const ALL: &'static [RemedyId] = &[$(RemedyId::$variant,)*];

            /// The contract id, e.g. `pc-1203.4`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(RemedyId::$variant => $id,)*
                }
            }
        }

        impl FromStr for RemedyId {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                match s {
                    $($id => Ok(RemedyId::$variant),)*
                    other => Err(format!("unknown remedy id '{other}'")),
                }
            }
        }
    };
}

remedies! {
    Pc1203_4 => "pc-1203.4",
    Pc1203_4a => "pc-1203.4a",
    Pc1203_41 => "pc-1203.41",
    Pc1203_42 => "pc-1203.42",
    Pc1203_425 => "pc-1203.425",
    Pc17b => "pc-17b",
    Pc17d2 => "pc-17d2",
    Pc1170_18 => "pc-1170.18",
    Hs11361_8 => "hs-11361.8",
    Pc851_93 => "pc-851.93",
    Pc851_91 => "pc-851.91",
    Pc851_87 => "pc-851.87",
    Pc851_90 => "pc-851.90",
    Pc1000_4 => "pc-1000.4",
    Pc1001_9 => "pc-1001.9",
    Pc1203_43 => "pc-1203.43",
    Pc1203_45 => "pc-1203.45",
    Pc1203_49 => "pc-1203.49",
    Pc236_14 => "pc-236.14",
    Pc1473_7 => "pc-1473.7",
    Pc18_5 => "pc-18.5",
    Pc4852_01 => "pc-4852.01",
    Pardon => "pardon",
    Wic781 => "wic-781",
    Wic786 => "wic-786",
}

impl fmt::Display for RemedyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for RemedyId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RemedyId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// The outcome of a determination (CONTRACT.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Relief can be asked for, or is due automatically, on the as-of date.
    Eligible,
    /// It will be, on `eligible_on`, if nothing new happens.
    EligibleLater,
    /// The record lacks a fact that decides it.
    NeedsReview,
    /// Not available, for a reason worth telling the person.
    Ineligible,
    /// The record already shows this relief.
    Granted,
}

impl Outcome {
    /// The contract's name of the outcome.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Eligible => "eligible",
            Self::EligibleLater => "eligible_later",
            Self::NeedsReview => "needs_review",
            Self::Ineligible => "ineligible",
            Self::Granted => "granted",
        }
    }
}

/// How well a rule's source was checked (`shared/law/california.md`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Evidence {
    /// Read in a primary or official source.
    #[serde(rename = "V")]
    Verified,
    /// Found only in a secondary source: probably right, confirm.
    #[serde(rename = "V2")]
    Secondary,
    /// Background knowledge: a hypothesis to check.
    #[serde(rename = "K")]
    Unverified,
}

/// A citation to the law a reason rests on, with how well it was checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Cite {
    /// California style: `Pen. Code, § 1203.4, subd. (a)(1)`.
    pub text: &'static str,
    /// How well the rule was checked.
    pub evidence: Evidence,
}

impl Cite {
    /// A citation read in an official source.
    pub const fn v(text: &'static str) -> Self {
        Self {
            text,
            evidence: Evidence::Verified,
        }
    }

    /// A citation found only in a secondary source.
    pub const fn v2(text: &'static str) -> Self {
        Self {
            text,
            evidence: Evidence::Secondary,
        }
    }

    /// A citation resting on background knowledge.
    pub const fn k(text: &'static str) -> Self {
        Self {
            text,
            evidence: Evidence::Unverified,
        }
    }

    /// True when a reader should verify before relying on it.
    pub fn needs_verification(&self) -> bool {
        self.evidence != Evidence::Verified
    }
}

/// A value inserted into a message.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Arg {
    /// A date, rendered in the reader's style.
    Date(Date),
    /// A number.
    Number(i64),
    /// A code section.
    Section(Section),
    /// A remedy id.
    Remedy(RemedyId),
    /// Text from the record (a county, a case number).
    Text(Box<str>),
}

/// A message id with its arguments: the translatable unit of every
/// explanation the engine gives.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Msg {
    /// The Fluent message id.
    pub id: &'static str,
    /// Named arguments (most messages have at most two: kept inline).
    pub args: SmallVec<[(&'static str, Arg); 2]>,
}

impl Msg {
    /// A message without arguments.
    pub fn new(id: &'static str) -> Self {
        Self {
            id,
            args: SmallVec::new(),
        }
    }

    /// Add an argument.
    pub fn arg(mut self, name: &'static str, value: Arg) -> Self {
        self.args.push((name, value));
        self
    }

    /// Add a date argument.
    pub fn date(self, name: &'static str, d: Date) -> Self {
        self.arg(name, Arg::Date(d))
    }

    /// Add a text argument.
    pub fn text(self, name: &'static str, t: impl Into<String>) -> Self {
        self.arg(name, Arg::Text(t.into().into_boxed_str()))
    }

    /// Add a number argument.
    pub fn num(self, name: &'static str, n: i64) -> Self {
        self.arg(name, Arg::Number(n))
    }
}

/// A message, or a closure that builds one on demand.
pub trait IntoMsg {
    /// The message.
    fn into_msg(self) -> Msg;
}

impl IntoMsg for Msg {
    fn into_msg(self) -> Msg {
        self
    }
}

impl<F: FnOnce() -> Msg> IntoMsg for F {
    fn into_msg(self) -> Msg {
        self()
    }
}

/// One reason behind a determination.
#[derive(Clone, Debug, PartialEq)]
pub struct Reason {
    /// What to say.
    pub msg: Msg,
    /// The law it rests on.
    pub cite: Option<Cite>,
}

/// Which facts file key would decide a question.
pub type FactKey = &'static str;

/// What one remedy means for one count.
#[derive(Clone, Debug, PartialEq)]
pub struct Determination {
    /// Which remedy.
    pub remedy: RemedyId,
    /// The outcome.
    pub outcome: Outcome,
    /// For `eligible_later`, the first day it applies; for `eligible`, the
    /// day it became available when known.
    pub eligible_on: Option<Date>,
    /// `Some(true)`: the court "shall" grant; `Some(false)`: it "may".
    pub mandatory: Option<bool>,
    /// Granted by the state without a petition.
    pub automatic: bool,
    /// Why, with citations.
    pub reasons: Vec<Reason>,
    /// For `needs_review`, the facts that would decide it.
    pub missing_facts: Vec<FactKey>,
    /// Whether reasons are collected (see [`Explain`]).
    explain: bool,
}

/// How much a determination explains itself.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Explain {
    /// Every reason, with citations: what a person or a lawyer reads.
    #[default]
    Full,
    /// Outcomes, dates and missing facts only, no reasons: bulk runs over a
    /// state's records, where the outcome is the product and the reasons
    /// can be had again for any one person.
    Outcomes,
}

impl Determination {
    /// A determination with no reasons yet.
    pub fn new(remedy: RemedyId, outcome: Outcome) -> Self {
        Self::with(remedy, outcome, Explain::Full)
    }

    /// A determination that explains itself as much as `explain` asks.
    pub fn with(remedy: RemedyId, outcome: Outcome, explain: Explain) -> Self {
        let explain = explain == Explain::Full;
        Self {
            remedy,
            outcome,
            eligible_on: None,
            mandatory: None,
            automatic: false,
            // Most determinations carry four to seven reasons; six keeps the
            // allocation inside the allocator's fast small-size path.
            reasons: if explain {
                Vec::with_capacity(6)
            } else {
                Vec::new()
            },
            missing_facts: Vec::new(),
            explain,
        }
    }

    /// Add a reason. `msg` may be a closure, so that a message that costs
    /// something to build (one that carries a section) is built only when
    /// the determination explains itself.
    pub fn because(&mut self, msg: impl IntoMsg, cite: Cite) -> &mut Self {
        if self.explain {
            self.reasons.push(Reason {
                msg: msg.into_msg(),
                cite: Some(cite),
            });
        }
        self
    }

    /// Add a note with no citation of its own.
    pub fn note(&mut self, msg: impl IntoMsg) -> &mut Self {
        if self.explain {
            self.reasons.push(Reason {
                msg: msg.into_msg(),
                cite: None,
            });
        }
        self
    }

    /// Mark a fact as missing and the outcome as needing review.
    pub fn missing(&mut self, fact: FactKey) -> &mut Self {
        if !self.missing_facts.contains(&fact) {
            self.missing_facts.push(fact);
        }
        self
    }
}
