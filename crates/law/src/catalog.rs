//! The offense catalog: the lists the statutes refer to, as dated tables.
//!
//! Every row names a section in normalised form (`PC 288(a)`), cites the
//! paragraph of the list that puts it there, and says how well that was
//! checked ([`Evidence`]). A row may depend on facts the record cannot show
//! ("personally used a weapon"); matching then answers
//! [`Match::Possible`] with the question to ask, and the remedy becomes
//! `needs_review` unless the facts file answers it.
//!
//! Matching understands subdivisions (a row `PC 288` covers `PC 288(c)(1)`;
//! a row `HS 11357(a)` does not cover `HS 11357(c)`, and a count recorded
//! only as `HS 11357` is a possible match) and attempts (PC 664): each table
//! says whether attempts are on its list.
//!
//! The tables are data: `clearslate rules --tables` prints them for review.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use crate::date::Date;
use crate::facts::CountFacts;
use crate::model::Level;
use crate::remedy::{Cite, Evidence, FactKey};
use crate::section::{Fit, Section, fnv1a};

mod tables;

/// A fact a row depends on that the code section alone does not show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cond {
    /// Nothing beyond the section.
    None,
    /// Only when the conviction is a felony.
    Felony,
    /// Only when the conviction is a misdemeanor.
    Misdemeanor,
    /// Only when the conviction is an infraction.
    Infraction,
    /// Committed by force, violence, duress, menace or fear.
    Force,
    /// Personal infliction of great bodily injury or personal use of a
    /// weapon or firearm, charged and proved.
    InjuryOrWeapon,
    /// For the benefit of a street gang (PC 186.22).
    Gang,
    /// A residential (first-degree) burglary, or one with a person present.
    Residential,
    /// Property or check value of $950 or less (Prop 47).
    Value950,
    /// A sexual purpose or intent that the section alone does not show.
    SexualIntent,
    /// Theft or embezzlement over $25,000.
    Value25000,
    /// The law is unsettled on whether the row belongs on the list.
    Unsettled,
}

impl Cond {
    /// The facts-file key that answers this condition, if any.
    pub fn fact(self) -> Option<FactKey> {
        match self {
            Cond::Value950 => Some("theft_value_usd"),
            Cond::InjuryOrWeapon | Cond::Force | Cond::Gang | Cond::Residential => {
                Some("serious_felony")
            }
            _ => None,
        }
    }

    /// The message id of the question that settles the condition.
    pub fn question(self) -> &'static str {
        match self {
            Cond::None | Cond::Felony | Cond::Misdemeanor | Cond::Infraction => "q-level",
            Cond::Force => "q-force",
            Cond::InjuryOrWeapon => "q-injury-or-weapon",
            Cond::Gang => "q-gang",
            Cond::Residential => "q-residential",
            Cond::Value950 => "q-theft-value",
            Cond::SexualIntent => "q-sexual-intent",
            Cond::Value25000 => "q-theft-value-25000",
            Cond::Unsettled => "q-unsettled",
        }
    }
}

/// One row of a table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The section in normalised form (`PC 288(a)`).
    pub section: &'static str,
    /// The paragraph of the list that puts it here.
    pub cite: Cite,
    /// A fact it depends on.
    pub cond: Cond,
    /// In force from this date (offenses added to a list later).
    pub from: Option<Date>,
}

/// Whether a table lists attempts to commit its offenses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Attempts {
    /// Attempts are on the list like the completed offense.
    Included,
    /// Attempts are not on the list.
    Excluded,
    /// Only the rows named in the table's `attempt_rows` include attempts.
    Only(&'static [&'static str]),
    /// The law is unclear: an attempt is a possible match, to review.
    Review,
}

/// The tables of the catalog.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TableId {
    /// Serious felonies, PC 1192.7(c) and 1192.8.
    Serious,
    /// Violent felonies, PC 667.5(c).
    Violent,
    /// "Super strikes", PC 667(e)(2)(C)(iv).
    SuperStrike,
    /// Offenses requiring sex-offender registration, PC 290(c).
    Registrable,
    /// Wobblers: punishable as a felony or a misdemeanor (PC 17(b)).
    Wobbler,
    /// Offenses Proposition 47 made misdemeanors (PC 1170.18).
    Prop47,
    /// New felonies of Proposition 36 (2024), not Prop 47 offenses.
    Prop36,
    /// Marijuana offenses Proposition 64 changed (HS 11361.8).
    Prop64,
    /// Felonies sentenced to county jail under PC 1170(h).
    Realignment,
    /// Vehicle Code 12810(a)–(e) offenses (PC 1203.4(c)).
    Vc12810,
    /// Offenses PC 1203.4(b) excludes.
    Excluded1203_4,
    /// Offenses PC 1203.4a(d) excludes.
    Excluded1203_4a,
    /// Misdemeanors PC 19.8(a) lets a court treat as infractions (PC 17(d)(2)).
    Infraction19_8,
    /// Offenses punishable by 8 years or more (PC 851.93(a)(2)(C)(ii)).
    EightYears,
    /// Offenses with their own probation length, outside the AB 1950 caps.
    ProbationCapExempt,
    /// Certificate of rehabilitation exclusions (PC 4852.01(c)).
    RehabilitationExcluded,
    /// Offenses with the nine-year period of rehabilitation (PC 4852.03).
    RehabilitationNineYears,
    /// Offenses with no limitations period (PC 799), for PC 851.91(a)(2)(B).
    NoLimitation,
    /// Domestic violence, child abuse and elder abuse (PC 851.91(c)).
    DomesticAbuse,
    /// Offenses listed in WIC 707(b) (juvenile sealing limits).
    Wic707b,
}

/// A table: a named list with its source.
pub struct Table {
    /// Which table.
    pub id: TableId,
    /// Message id of its title.
    pub title: &'static str,
    /// The statute that defines the list.
    pub cite: Cite,
    /// How attempts are treated.
    pub attempts: Attempts,
    /// The rows.
    pub entries: &'static [Entry],
}

/// The result of looking a count up in a table.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Match {
    /// On the list.
    Yes(&'static Entry),
    /// May be on the list: the question and the fact that would settle it.
    Possible(&'static Entry, Cond),
    /// Not on the list.
    No,
}

impl Match {
    /// True for [`Match::Yes`].
    pub fn is_yes(&self) -> bool {
        matches!(self, Match::Yes(_))
    }

    /// True for [`Match::Possible`].
    pub fn is_possible(&self) -> bool {
        matches!(self, Match::Possible(..))
    }

    /// True unless [`Match::No`].
    pub fn is_any(&self) -> bool {
        !matches!(self, Match::No)
    }

    /// The row matched, if any.
    pub fn entry(&self) -> Option<&'static Entry> {
        match self {
            Match::Yes(e) | Match::Possible(e, _) => Some(e),
            Match::No => None,
        }
    }
}

/// What the engine knows about a count when it looks it up.
#[derive(Clone, Copy, Debug)]
pub struct Offense<'a> {
    /// The section.
    pub section: &'a Section,
    /// An attempt (PC 664).
    pub attempted: bool,
    /// The level of the conviction, when known.
    pub level: Option<Level>,
    /// The facts file's answers about this count.
    pub facts: &'a CountFacts,
}

/// All tables.
pub fn tables() -> &'static [Table] {
    tables::ALL
}

/// One table.
pub fn table(id: TableId) -> &'static Table {
    tables::ALL
        .iter()
        .find(|t| t.id == id)
        .unwrap_or(&tables::ALL[0])
}

/// Rows by table and base section (`PC 288`), keyed by a hash of both so
/// that a lookup is one probe of a small hash table; the base string is
/// compared only on a hit. Rules look offenses up constantly.
static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let mut index = Index::default();
    for t in tables::ALL {
        for e in t.entries {
            let base = base_of(e.section);
            index
                .entry(key(t.id, fnv1a(base)))
                .or_default()
                .push((base, e));
        }
    }
    index
});

type Index = HashMap<u64, Vec<(&'static str, &'static Entry)>, BuildHasherDefault<Prehashed>>;

/// The index key: the base section's hash mixed with the table id.
fn key(id: TableId, base_hash: u64) -> u64 {
    base_hash ^ (id as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// The index keys are already hashes: pass them through.
#[derive(Default)]
struct Prehashed(u64);

impl Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 << 8) | u64::from(*b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

fn rows(id: TableId, section: &Section) -> impl Iterator<Item = &'static Entry> + '_ {
    let base = section.base_str();
    INDEX
        .get(&key(id, section.base_hash()))
        .into_iter()
        .flatten()
        .filter(move |(b, _)| *b == base)
        .map(|(_, e)| *e)
}

/// The tables that have a row for a section's base (`PC 288` for
/// `PC 288(c)(1)`), as a bit set by [`TableId`]. One probe answers "on no
/// list" for the many lookups that miss.
pub fn tables_of(section: &Section) -> u32 {
    type Bases = HashMap<u64, Vec<(&'static str, u32)>, BuildHasherDefault<Prehashed>>;
    static BASES: LazyLock<Bases> = LazyLock::new(|| {
        let mut m = Bases::default();
        for t in tables::ALL {
            for e in t.entries {
                let base = base_of(e.section);
                let slot = m.entry(fnv1a(base)).or_default();
                match slot.iter_mut().find(|(b, _)| *b == base) {
                    Some((_, bits)) => *bits |= 1 << t.id as u32,
                    None => slot.push((base, 1 << t.id as u32)),
                }
            }
        }
        m
    });
    let base = section.base_str();
    BASES
        .get(&section.base_hash())
        .and_then(|v| v.iter().find(|(b, _)| *b == base))
        .map_or(0, |(_, bits)| *bits)
}

/// Look an offense up in a table as the list stood on `on`.
pub fn lookup(id: TableId, offense: Offense<'_>, on: Date) -> Match {
    let t = table(id);
    let mut best = Match::No;
    for e in rows(id, offense.section) {
        if e.from.is_some_and(|from| on < from) {
            continue;
        }
        let fit = offense.section.fit_str(e.section);
        if fit == Fit::No {
            continue;
        }
        let attempt_ok = !offense.attempted
            || match t.attempts {
                Attempts::Included => true,
                Attempts::Excluded => false,
                Attempts::Only(rows) => rows.contains(&e.section),
                Attempts::Review => {
                    best = better(best, Match::Possible(e, Cond::None));
                    continue;
                }
            };
        if !attempt_ok {
            continue;
        }
        let m = match (fit, decide(e.cond, offense)) {
            (Fit::Yes, Some(true)) => Match::Yes(e),
            (_, Some(false)) => Match::No,
            (Fit::Possible, Some(true)) => Match::Possible(e, Cond::None),
            (_, None) => Match::Possible(e, e.cond),
            (Fit::No, _) => Match::No,
        };
        best = better(best, m);
    }
    best
}

fn better(a: Match, b: Match) -> Match {
    match (a, b) {
        (Match::Yes(_), _) => a,
        (_, Match::Yes(_)) => b,
        (Match::Possible(..), _) => a,
        _ => b,
    }
}

fn base_of(section: &str) -> &str {
    section.split('(').next().unwrap_or(section)
}

/// Decide a row's condition from the count: `Some(true)` met, `Some(false)`
/// not met, `None` unknown.
fn decide(cond: Cond, o: Offense<'_>) -> Option<bool> {
    match cond {
        Cond::None => Some(true),
        Cond::Felony => o.level.map(|l| l == Level::Felony),
        Cond::Misdemeanor => o.level.map(|l| l == Level::Misdemeanor),
        Cond::Infraction => o.level.map(|l| l == Level::Infraction),
        Cond::Value950 => o.facts.theft_value_usd.map(|v| v <= 950),
        Cond::Value25000 => o.facts.theft_value_usd.map(|v| v > 25_000),
        Cond::InjuryOrWeapon | Cond::Force | Cond::Gang | Cond::Residential => {
            o.facts.serious_felony.or(o.facts.violent_felony)
        }
        Cond::SexualIntent | Cond::Unsettled => None,
    }
}

impl Section {
    /// [`Section::fit`] against a catalog row written in normalised form.
    pub fn fit_str(&self, entry: &str) -> Fit {
        let s = self.as_str();
        if let Some(rest) = s.strip_prefix(entry) {
            if rest.is_empty() || rest.starts_with('(') {
                return Fit::Yes;
            }
        } else if let Some(rest) = entry.strip_prefix(s)
            && rest.starts_with('(')
        {
            return Fit::Possible;
        }
        Fit::No
    }
}

/// Every row's evidence, for the rules page.
pub fn evidence_of(e: &Entry) -> Evidence {
    e.cite.evidence
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn look(id: TableId, s: &str, attempted: bool, level: Option<Level>) -> Match {
        let section = Section::parse(s).expect(s);
        let facts = CountFacts::default();
        lookup(
            id,
            Offense {
                section: &section,
                attempted,
                level,
                facts: &facts,
            },
            date(2026, 11, 23),
        )
    }

    #[test]
    fn every_row_is_normalised() {
        for t in tables() {
            for e in t.entries {
                let parsed = Section::parse(e.section).expect(e.section);
                assert_eq!(parsed.as_str(), e.section, "{:?}", t.id);
            }
        }
    }

    #[test]
    fn subdivisions_and_attempts() {
        assert!(look(TableId::Excluded1203_4, "PC 288(c)(1)", false, None).is_yes());
        assert!(!look(TableId::Excluded1203_4, "PC 288.2", false, None).is_any());
        assert!(look(TableId::Prop64, "HS 11357(c)", false, None).is_yes());
        assert!(look(TableId::Violent, "PC 187(a)", true, Some(Level::Felony)).is_yes());
        assert!(!look(TableId::Violent, "PC 211", true, Some(Level::Felony)).is_any());
        assert!(look(TableId::Serious, "PC 211", true, Some(Level::Felony)).is_yes());
        assert!(look(TableId::Serious, "PC 245", false, Some(Level::Felony)).is_possible());
        assert!(
            look(
                TableId::Excluded1203_4,
                "PC 261.5(d)",
                false,
                Some(Level::Felony)
            )
            .is_yes()
        );
        assert!(
            !look(
                TableId::Excluded1203_4,
                "PC 261.5(d)",
                false,
                Some(Level::Misdemeanor)
            )
            .is_any()
        );
        assert!(look(TableId::Prop47, "PC 496(a)", false, Some(Level::Felony)).is_possible());
        assert!(look(TableId::Prop47, "HS 11350(a)", false, Some(Level::Felony)).is_yes());
    }

    #[test]
    fn dated_rows() {
        let section = Section::parse("PC 236.1(c)").expect("section");
        let facts = CountFacts::default();
        let o = Offense {
            section: &section,
            attempted: false,
            level: Some(Level::Felony),
            facts: &facts,
        };
        assert!(!lookup(TableId::Serious, o, date(2023, 12, 31)).is_any());
        assert!(lookup(TableId::Serious, o, date(2024, 1, 1)).is_any());
    }
}
