//! Dispositions: what a court, prosecutor or agency did with a count.
//!
//! Both readers classify the printed text with [`Disposition::classify`], so
//! a RAP sheet's `CONV SET ASIDE & DISM PER 1203.4 PC` and a DOJ row's
//! disposition description end up as the same kind.

use aho_corasick::{AhoCorasick, MatchKind};
use serde::{Deserialize, Serialize};

use crate::remedy::RemedyId;
use crate::section::{CODES, Section};

/// What kind of disposition or update a `DISPO` line records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DispositionKind {
    /// Convicted.
    Convicted,
    /// Dismissed (`statute` names the section when printed: 1385, 1000.3...).
    Dismissed,
    /// Found not guilty.
    Acquitted,
    /// The prosecutor declined to file.
    ProsecutionRejected,
    /// Released, detention only (PC 849(b)).
    DetentionOnly,
    /// Sent to diversion or deferred entry of judgment (`statute` names the
    /// program: PC 1000, 1001.95...).
    Diversion,
    /// Probation revoked.
    ProbationRevoked,
    /// Probation reinstated after a revocation.
    ProbationReinstated,
    /// Probation terminated early (PC 1203.3).
    ProbationTerminated,
    /// Probation modified or extended.
    ProbationModified,
    /// Mandatory supervision or other supervision completed.
    SupervisionCompleted,
    /// Sentence modified (a new sentence usually follows).
    SentenceModified,
    /// Felony reduced to a misdemeanor (PC 17(b)).
    ReducedToMisdemeanor,
    /// Relief already granted (`remedy` says which).
    ReliefGranted,
    /// Paroled from custody.
    Paroled,
    /// Discharged from custody or parole.
    Discharged,
    /// Released from custody.
    Released,
    /// A registration duty ended.
    RegistrationEnded,
    /// A plea advisement or other note with no legal effect on relief.
    Informational,
    /// Anything else, kept verbatim.
    Other,
}

/// One disposition line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Disposition {
    /// The kind.
    pub kind: DispositionKind,
    /// For relief already granted, which remedy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remedy: Option<RemedyId>,
    /// The statute the line names, if any (`PC 1385`, `PC 1000.3`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statute: Option<Section>,
    /// The text as printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// Statutes whose mention on a disposition line means relief was granted,
/// longest first so that `1203.41` is not read as `1203.4`.
const RELIEF_STATUTES: &[(&str, RemedyId)] = &[
    ("1203.425", RemedyId::Pc1203_425),
    ("1203.41", RemedyId::Pc1203_41),
    ("1203.42", RemedyId::Pc1203_42),
    ("1203.43", RemedyId::Pc1203_43),
    ("1203.45", RemedyId::Pc1203_45),
    ("1203.49", RemedyId::Pc1203_49),
    ("1203.4A", RemedyId::Pc1203_4a),
    ("1203.4", RemedyId::Pc1203_4),
    ("1170.18", RemedyId::Pc1170_18),
    ("11361.8", RemedyId::Hs11361_8),
    ("11361.9", RemedyId::Hs11361_8),
    ("851.93", RemedyId::Pc851_93),
    ("851.91", RemedyId::Pc851_91),
    ("851.87", RemedyId::Pc851_87),
    ("851.90", RemedyId::Pc851_90),
    ("1000.4", RemedyId::Pc1000_4),
    ("1001.9", RemedyId::Pc1001_9),
    ("236.14", RemedyId::Pc236_14),
    ("1473.7", RemedyId::Pc1473_7),
    ("18.5", RemedyId::Pc18_5),
];

/// Words that, next to a relief statute, say the relief was granted.
const RELIEF_WORDS: &[&str] = &[
    "SET ASIDE",
    "SETASIDE",
    "DISM",
    "RELIEF",
    "REDESIGNAT",
    "RECLASSIF",
    "SEAL",
    "VACATE",
    "REDUCED",
    "RESENTENCED",
    "MODIFIED",
    "GRANTED",
];

/// Plea advisements and clerical notes that come as `DISPO` lines.
const INFORMATIONAL: &[&str] = &[
    "CHRGS&DIRECT",
    "DIRECT CONSEQUENCES",
    "WAIVED COUNSEL",
    "REPRESENTED BY COUNSEL",
    "RIGHT TO",
    "CONCURRED",
    "PLEA KNOWLEDGE",
    "CONVICTION CERT",
    "CLARIFICATION REQUESTED",
    "NO LONGER INTERESTED",
];

impl Disposition {
    /// A disposition of `kind` with no text.
    pub fn new(kind: DispositionKind) -> Self {
        Self {
            kind,
            remedy: None,
            statute: None,
            text: None,
        }
    }

    /// Classify a printed disposition (`PROBATION REVOKED`,
    /// `CONV SET ASIDE & DISM PER 1203.4 PC`, ...). Unknown text is kept as
    /// [`DispositionKind::Other`].
    pub fn classify(text: &str) -> Self {
        let upper = squeeze_upper(text);
        let statute = find_statute(&upper);
        let mut d = Self {
            kind: DispositionKind::Other,
            remedy: None,
            statute,
            text: Some(text.trim().to_string()),
        };
        let (kind, remedy) = kind_of(&upper);
        d.kind = kind;
        d.remedy = remedy;
        if d.kind == DispositionKind::Other && upper.contains(' ') {
            // OCR splits words ("CO  N VI CTE D"): try again without spaces.
            let compact: String = upper.chars().filter(|c| *c != ' ').collect();
            let (kind, remedy) = kind_of(&compact);
            d.kind = kind;
            d.remedy = remedy;
        }
        d
    }
}

/// Every phrase [`kind_of`] looks for, found in one pass over the text.
const PHRASES: &[&str] = &[
    "ACQUIT",
    "NOT GUILTY",
    "REDUCED TO MISD",
    "DECLARED MISD",
    "17(B)",
    "PROB",
    "REVOKED",
    "REINSTATED",
    "TERMINATED",
    "1203.3",
    "MODIFIED",
    "EXTENDED",
    "SUPERVISION",
    "COMPLETE",
    "SENTENCE MODIFIED",
    "RESENTENCED",
    "DETENTION ONLY",
    "849(B)",
    "849 (B)",
    "PROS REJ",
    "PROSECUTION REJECTED",
    "DA REJECT",
    "DEFERRED ENTRY",
    "DEJ",
    "DIVERSION",
    "DIVERTED",
    "DISMISS",
    "DISMSD",
    "CONVICTED",
    "CONVICTION",
    "SUSTAINED",
    "PAROLED",
    "DISCHARGED",
    "RELEASED",
    "NO LONGER REQUIRED TO REGISTER",
];

static FINDER: std::sync::LazyLock<AhoCorasick> = std::sync::LazyLock::new(|| {
    let all = PHRASES.iter().chain(INFORMATIONAL).chain(RELIEF_WORDS);
    AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        .build(all)
        .expect("a fixed list of short ASCII phrases always builds")
});

/// The index of a phrase in [`PHRASES`], at compile time.
const fn phrase_index(w: &str) -> usize {
    let mut i = 0;
    while i < PHRASES.len() {
        let p = PHRASES[i].as_bytes();
        let b = w.as_bytes();
        if p.len() == b.len() {
            let mut j = 0;
            while j < p.len() && p[j] == b[j] {
                j += 1;
            }
            if j == p.len() {
                return i;
            }
        }
        i += 1;
    }
    panic!("not a phrase of PHRASES")
}

/// The kind of an upper-cased disposition text, and the remedy it grants.
fn kind_of(upper: &str) -> (DispositionKind, Option<RemedyId>) {
    // Which phrases occur (overlapping matches: "SENTENCE MODIFIED" and
    // "MODIFIED" both count).
    let mut present = [false; 64];
    for m in FINDER.find_overlapping_iter(upper) {
        if let Some(p) = present.get_mut(m.pattern().as_usize()) {
            *p = true;
        }
    }
    // `has!("ACQUIT")`: whether a phrase occurs, its index found when the
    // code is compiled (a misspelled phrase does not compile).
    macro_rules! has {
        ($w:literal) => {
            present[const { phrase_index($w) }]
        };
    }
    let informational = (PHRASES.len()..PHRASES.len() + INFORMATIONAL.len()).any(|i| present[i]);
    let relief_word = (PHRASES.len() + INFORMATIONAL.len()
        ..PHRASES.len() + INFORMATIONAL.len() + RELIEF_WORDS.len())
        .any(|i| present[i]);
    let relief = if relief_word && upper.bytes().any(|b| b.is_ascii_digit()) {
        RELIEF_STATUTES
            .iter()
            .find(|(s, _)| mentions_number(upper, s))
            .map(|(_, r)| *r)
    } else {
        None
    };
    let kind = if informational {
        DispositionKind::Informational
    } else if has!("ACQUIT") || has!("NOT GUILTY") {
        DispositionKind::Acquitted
    } else if let Some(remedy) = relief {
        return (DispositionKind::ReliefGranted, Some(remedy));
    } else if has!("REDUCED TO MISD") || has!("DECLARED MISD") || has!("17(B)") {
        DispositionKind::ReducedToMisdemeanor
    } else if has!("PROB") && has!("REVOKED") {
        DispositionKind::ProbationRevoked
    } else if has!("REINSTATED") {
        DispositionKind::ProbationReinstated
    } else if has!("PROB") && (has!("TERMINATED") || has!("1203.3")) {
        DispositionKind::ProbationTerminated
    } else if has!("PROB") && (has!("MODIFIED") || has!("EXTENDED")) {
        DispositionKind::ProbationModified
    } else if has!("SUPERVISION") && (has!("COMPLETE") || has!("TERMINATED")) {
        DispositionKind::SupervisionCompleted
    } else if has!("SENTENCE MODIFIED") || has!("RESENTENCED") {
        DispositionKind::SentenceModified
    } else if has!("DETENTION ONLY") || has!("849(B)") || has!("849 (B)") {
        DispositionKind::DetentionOnly
    } else if has!("PROS REJ") || has!("PROSECUTION REJECTED") || has!("DA REJECT") {
        DispositionKind::ProsecutionRejected
    } else if (has!("DEFERRED ENTRY") || has!("DEJ") || has!("DIVERSION") || has!("DIVERTED"))
        && has!("COMPLETE")
    {
        // "DIVERSION COMPLETED": the program ended successfully.
        DispositionKind::SupervisionCompleted
    } else if has!("DEFERRED ENTRY") || has!("DEJ") || has!("DIVERSION") || has!("DIVERTED") {
        DispositionKind::Diversion
    } else if has!("DISMISS") || has!("DISMSD") {
        DispositionKind::Dismissed
    } else if has!("CONVICTED") || has!("CONVICTION") || has!("SUSTAINED") {
        DispositionKind::Convicted
    } else if has!("PAROLED") {
        DispositionKind::Paroled
    } else if has!("DISCHARGED") {
        DispositionKind::Discharged
    } else if has!("RELEASED") {
        DispositionKind::Released
    } else if has!("NO LONGER REQUIRED TO REGISTER") {
        DispositionKind::RegistrationEnded
    } else {
        DispositionKind::Other
    };
    (kind, None)
}

/// Upper-case and collapse runs of spaces, so that `Dismissed  per`
/// matches `DISMISSED PER`.
fn squeeze_upper(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(c.to_ascii_uppercase());
            space = false;
        }
    }
    out
}

/// True when `number` appears in `text` as a whole section number (not as
/// the start of a longer one: `1203.4` is not in `1203.41`).
fn mentions_number(text: &str, number: &str) -> bool {
    let mut from = 0;
    while let Some(i) = text[from..].find(number) {
        let start = from + i;
        let end = start + number.len();
        let before_ok = start == 0 || !text.as_bytes()[start - 1].is_ascii_alphanumeric();
        // "1203.4 PC" mentions 1203.4; "1203.41" and "1203.4A" do not.
        let after_ok = !text[end..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric());
        if before_ok && after_ok {
            return true;
        }
        from = end;
    }
    false
}

/// The first `NUMBER CODE` pair in a disposition line (`PER 1385 PC`).
fn find_statute(text: &str) -> Option<Section> {
    // Most dispositions name no statute: no digit, no section.
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut words = text.split_whitespace().peekable();
    while let Some(first) = words.next() {
        let Some(second) = words.peek() else { break };
        let number = first.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != ')');
        let n = second.bytes().take_while(u8::is_ascii_alphabetic).count();
        let code = &second[..n];
        if number.starts_with(|c: char| c.is_ascii_digit()) && CODES.iter().any(|(c, _)| *c == code)
        {
            let mut s = String::with_capacity(code.len() + 1 + number.len());
            s.push_str(code);
            s.push(' ');
            s.push_str(number);
            if let Ok(section) = Section::parse(&s) {
                return Some(section);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(t: &str) -> DispositionKind {
        Disposition::classify(t).kind
    }

    #[test]
    fn classifies_the_vocabulary() {
        assert_eq!(kind("CONVICTED"), DispositionKind::Convicted);
        assert_eq!(
            kind("DISMISSED/FURTHERANCE OF JUSTICE"),
            DispositionKind::Dismissed
        );
        assert_eq!(
            kind("1385 PC-DISMISSED/FURTHERANCE OF JUSTICE"),
            DispositionKind::Dismissed
        );
        assert_eq!(kind("PROS REJ-OTHER"), DispositionKind::ProsecutionRejected);
        assert_eq!(
            kind("RELEASED/DETENTION ONLY"),
            DispositionKind::DetentionOnly
        );
        assert_eq!(kind("PROBATION REVOKED"), DispositionKind::ProbationRevoked);
        assert_eq!(
            kind("PROBATION REINSTATED"),
            DispositionKind::ProbationReinstated
        );
        assert_eq!(
            kind("REDUCED TO MISDEMEANOR"),
            DispositionKind::ReducedToMisdemeanor
        );
        assert_eq!(kind("PAROLED"), DispositionKind::Paroled);
        assert_eq!(kind("DISCHARGED"), DispositionKind::Discharged);
        assert_eq!(
            kind("DEFENDANT WAIVED COUNSEL"),
            DispositionKind::Informational
        );
        assert_eq!(kind("SOMETHING NEW"), DispositionKind::Other);
        assert_eq!(kind("CO  N VI CTE D"), DispositionKind::Convicted);
        let d = Disposition::classify("DEFERRED ENTRY OF JUDGMENT PER 1000 PC");
        assert_eq!(d.kind, DispositionKind::Diversion);
        assert_eq!(d.statute.map(|s| s.to_string()), Some("PC 1000".into()));
        let d = Disposition::classify("DISMISSED PER 1000.3 PC");
        assert_eq!(d.kind, DispositionKind::Dismissed);
        assert_eq!(d.statute.map(|s| s.to_string()), Some("PC 1000.3".into()));
    }

    #[test]
    fn relief_already_granted() {
        let r = |t: &str| Disposition::classify(t).remedy;
        assert_eq!(
            r("CONV SET ASIDE & DISM PER 1203.4 PC"),
            Some(RemedyId::Pc1203_4)
        );
        assert_eq!(
            r("CONVICTION SET ASIDE & DISMISSED PER 1203.4 PC"),
            Some(RemedyId::Pc1203_4)
        );
        assert_eq!(
            r("CONV SET ASIDE & DISM PER 1203.4A PC"),
            Some(RemedyId::Pc1203_4a)
        );
        assert_eq!(
            r("CONV SET ASIDE & DISM PER 1203.41 PC"),
            Some(RemedyId::Pc1203_41)
        );
        assert_eq!(
            r("RELIEF GRANTED PER 1203.425 PC"),
            Some(RemedyId::Pc1203_425)
        );
        assert_eq!(
            r("REDESIGNATED MISDEMEANOR PER 1170.18 PC"),
            Some(RemedyId::Pc1170_18)
        );
        assert_eq!(
            r("DISMISSED AND SEALED PER 11361.8 HS"),
            Some(RemedyId::Hs11361_8)
        );
        assert_eq!(r("DISMISSED PER 1385 PC"), None);
    }
}
