//! Code sections, normalised so that matching is a prefix test.
//!
//! A section is written `CODE NUMBER(SUB)(SUB)...`: `PC 496.3(a)(2)`,
//! `HS 11359(b)`, `VC 23152(a)`. The code is upper case, the number and the
//! subdivisions lower case, with no spaces. With that form, "`PC 288(a)` is a
//! `PC 288`" is a prefix test that stops at a `(` boundary, and
//! "`HS 11357(c)` is not `HS 11357(a)`" falls out of it.

use std::fmt;
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The code abbreviations a California record uses (see
/// `shared/formats/rap-sheet.md` §6.3), plus `US` for federal sections.
pub const CODES: &[(&str, &str)] = &[
    ("PC", "Penal Code"),
    ("HS", "Health and Safety Code"),
    ("VC", "Vehicle Code"),
    ("BP", "Business and Professions Code"),
    ("WI", "Welfare and Institutions Code"),
    ("GC", "Government Code"),
    ("CC", "Corporations Code"),
    ("CI", "Civil Code"),
    ("EC", "Education Code"),
    ("FA", "Food and Agricultural Code"),
    ("FC", "Financial Code"),
    ("FG", "Fish and Game Code"),
    ("HN", "Harbors and Navigation Code"),
    ("IC", "Insurance Code"),
    ("LC", "Labor Code"),
    ("MV", "Military and Veterans Code"),
    ("PR", "Public Resources Code"),
    ("RT", "Revenue and Taxation Code"),
    ("SH", "Streets and Highways Code"),
    ("UI", "Unemployment Insurance Code"),
    ("US", "United States Code"),
];

/// A normalised code section such as `PC 496(a)`.
///
/// Shared (`Arc`) because reasons carry the section of their count, and
/// cloning it must not allocate.
#[derive(Clone)]
pub struct Section(Arc<Inner>);

/// The shared part of a [`Section`]: one pointer to clone, however long.
struct Inner {
    text: Box<str>,
    /// Length of the base section (`PC 288` in `PC 288(c)(1)`).
    base: u16,
    /// FNV-1a hash of the base section, for catalog lookups.
    base_hash: u64,
}

impl PartialEq for Section {
    fn eq(&self, other: &Self) -> bool {
        self.0.text == other.0.text
    }
}

impl Eq for Section {}

impl std::hash::Hash for Section {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.text.hash(state);
    }
}

impl PartialOrd for Section {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Section {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.text.cmp(&other.0.text)
    }
}

/// FNV-1a: a tiny, fast hash for the short strings sections are.
pub(crate) fn fnv1a(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Why text could not be read as a section.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SectionError {
    /// No known code abbreviation.
    #[error("'{0}' has no known code (PC, HS, VC, ...)")]
    UnknownCode(String),
    /// The number part is missing or malformed.
    #[error("'{0}' has no section number")]
    NoNumber(String),
}

/// How a catalog entry relates to a count's section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fit {
    /// The section is the entry or one of its subdivisions.
    Yes,
    /// The record gives less detail than the entry needs (`HS 11357` for an
    /// entry `HS 11357(a)`): it may or may not be the entry.
    Possible,
    /// A different section.
    No,
}

impl Section {
    /// Wrap normalised text, remembering where the subdivisions start.
    fn new(text: String) -> Self {
        let base = text.find('(').unwrap_or(text.len());
        let base_hash = fnv1a(&text[..base]);
        Self(Arc::new(Inner {
            text: text.into_boxed_str(),
            base: u16::try_from(base).unwrap_or(u16::MAX),
            base_hash,
        }))
    }

    /// The hash of [`Section::base_str`], computed once.
    pub(crate) fn base_hash(&self) -> u64 {
        self.0.base_hash
    }

    /// Parse either the normalised form (`PC 496(a)`) or the record's form
    /// (`496 (A) PC`, `496,3(A)(2) PC`).
    pub fn parse(text: &str) -> Result<Self, SectionError> {
        let cleaned = text
            .trim()
            .trim_matches(|c: char| c == '.' || c == ',' || c == ';' || c == ':');
        let mut words = cleaned.split_whitespace();
        let (Some(first), last) = (words.next(), cleaned.split_whitespace().next_back()) else {
            return Err(SectionError::NoNumber(text.to_string()));
        };
        let code_of = |w: &str| {
            CODES
                .iter()
                .map(|(c, _)| *c)
                .find(|c| c.eq_ignore_ascii_case(w))
        };
        // The code first ("PC 496"), last ("496 PC") or glued ("PC496").
        let (code, rest): (&str, &str) = if let Some(c) = code_of(first) {
            (c, cleaned[first.len()..].trim_start())
        } else if let Some(c) = last.and_then(code_of) {
            (
                c,
                cleaned[..cleaned.len() - last.map_or(0, str::len)].trim_end(),
            )
        } else if let Some(c) = first.get(..2).and_then(code_of).filter(|_| first.len() > 2) {
            (c, &cleaned[2..])
        } else {
            return Err(SectionError::UnknownCode(text.to_string()));
        };
        let mut out = String::with_capacity(code.len() + 1 + rest.len());
        out.push_str(code);
        out.push(' ');
        for ch in rest.chars() {
            match ch {
                ',' => out.push('.'),
                c if c.is_ascii_alphanumeric() || matches!(c, '.' | '(' | ')' | '-' | '/') => {
                    out.push(c.to_ascii_lowercase())
                }
                _ => {}
            }
        }
        // Trim stray punctuation around the number.
        let number = out[code.len() + 1..].trim_matches(|c: char| c == '.' || c == '-' || c == '/');
        if !number.starts_with(|c: char| c.is_ascii_digit()) {
            return Err(SectionError::NoNumber(text.to_string()));
        }
        if number.len() != out.len() - code.len() - 1 {
            let number = number.to_string();
            out.truncate(code.len() + 1);
            out.push_str(&number);
        }
        Ok(Self::new(out))
    }

    /// The normalised text, e.g. `PC 496(a)`.
    pub fn as_str(&self) -> &str {
        &self.0.text
    }

    /// The code abbreviation, e.g. `PC`.
    pub fn code(&self) -> &str {
        self.0.text.split(' ').next().unwrap_or("")
    }

    /// The section number without subdivisions, e.g. `496.3`.
    pub fn number(&self) -> &str {
        let rest = self.0.text.split_once(' ').map(|(_, r)| r).unwrap_or("");
        rest.split('(').next().unwrap_or(rest)
    }

    /// True when the section has at least one subdivision.
    pub fn has_subdivision(&self) -> bool {
        self.0.text.contains('(')
    }

    /// The section with its subdivisions removed (`PC 288(c)(1)` → `PC 288`).
    pub fn base(&self) -> Section {
        Section::new(format!("{} {}", self.code(), self.number()))
    }

    /// How this section fits a catalog entry written in the same form.
    pub fn fit(&self, entry: &Section) -> Fit {
        self.fit_str(entry.as_str())
    }

    /// The section without subdivisions, as a slice (`PC 288` of `PC 288(c)`).
    pub fn base_str(&self) -> &str {
        self.0
            .text
            .get(..usize::from(self.0.base))
            .unwrap_or(&self.0.text)
    }

    /// A court-style citation of the section, e.g. `Pen. Code, § 496, subd. (a)`.
    pub fn citation(&self) -> String {
        let code = match self.code() {
            "PC" => "Pen. Code",
            "HS" => "Health & Saf. Code",
            "VC" => "Veh. Code",
            "BP" => "Bus. & Prof. Code",
            "WI" => "Welf. & Inst. Code",
            "GC" => "Gov. Code",
            "US" => "U.S.C.",
            other => other,
        };
        let rest = self.0.text.split_once(' ').map(|(_, r)| r).unwrap_or("");
        match rest.find('(') {
            Some(i) => format!("{code}, § {}, subd. {}", &rest[..i], &rest[i..]),
            None => format!("{code}, § {rest}"),
        }
    }
}

/// Split an attempt (PC 664) off a charge's section text.
///
/// Accepts every form the format notes list: `664/487(A)`, `664-487(A)`,
/// `664.487(A)`, `664487(A)`, `487(A)-664`, `487(A)/664`. The `664` is
/// stripped only when what remains is itself a section number; a lone
/// `664 PC` is an attempt whose target is unknown, returned as `PC 664`.
pub fn split_attempt(number: &str) -> (String, bool) {
    let n = number.trim();
    let digits = |s: &str| s.chars().take_while(|c| c.is_ascii_digit()).count();
    for sep in ['/', '-', '.'] {
        if let Some(rest) = n.strip_prefix("664").and_then(|r| r.strip_prefix(sep))
            && digits(rest) >= 2
        {
            return (rest.to_string(), true);
        }
        if let Some(rest) = n.strip_suffix("664").and_then(|r| r.strip_suffix(sep))
            && rest.starts_with(|c: char| c.is_ascii_digit())
        {
            return (rest.to_string(), true);
        }
    }
    // "664487(A)": glued; only when the rest is a plausible section (3+ digits).
    if let Some(rest) = n.strip_prefix("664")
        && digits(rest) >= 3
    {
        return (rest.to_string(), true);
    }
    (n.to_string(), false)
}

impl fmt::Display for Section {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.text)
    }
}

impl fmt::Debug for Section {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Section({})", self.0.text)
    }
}

impl Serialize for Section {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0.text)
    }
}

impl<'de> Deserialize<'de> for Section {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Section::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(t: &str) -> Section {
        Section::parse(t).expect(t)
    }

    #[test]
    fn normalises_record_forms() {
        assert_eq!(s("496 (A) (2) PC").as_str(), "PC 496(a)(2)");
        assert_eq!(s("496,3(A)(2) PC").as_str(), "PC 496.3(a)(2)");
        assert_eq!(s(".496. PC").as_str(), "PC 496");
        assert_eq!(s("537E(A) PC").as_str(), "PC 537e(a)");
        assert_eq!(s("HS 11359(b)").as_str(), "HS 11359(b)");
        assert_eq!(s("PC496(a)").as_str(), "PC 496(a)");
        assert_eq!(s("  pc 17(b)  ").as_str(), "PC 17(b)");
        assert!(Section::parse("496 XX").is_err());
        assert!(Section::parse("PC").is_err());
    }

    #[test]
    fn subdivision_matching() {
        assert_eq!(s("PC 288(a)").fit(&s("PC 288")), Fit::Yes);
        assert_eq!(s("PC 288").fit(&s("PC 288")), Fit::Yes);
        assert_eq!(s("PC 288.5").fit(&s("PC 288")), Fit::No);
        assert_eq!(s("HS 11357(c)").fit(&s("HS 11357(a)")), Fit::No);
        assert_eq!(s("HS 11357").fit(&s("HS 11357(a)")), Fit::Possible);
        assert_eq!(s("PC 261.5(d)").fit(&s("PC 261.5(d)")), Fit::Yes);
        assert_eq!(s("VC 23152(a)").fit(&s("PC 23152")), Fit::No);
    }

    #[test]
    fn attempts() {
        for form in [
            "664/487(a)",
            "664-487(a)",
            "664.487(a)",
            "664487(a)",
            "487(a)-664",
            "487(a)/664",
        ] {
            assert_eq!(split_attempt(form), ("487(a)".to_string(), true), "{form}");
        }
        assert_eq!(split_attempt("664"), ("664".to_string(), false));
        assert_eq!(split_attempt("664.1"), ("664.1".to_string(), false));
    }

    #[test]
    fn citations() {
        assert_eq!(
            s("PC 1203.4(a)(1)").citation(),
            "Pen. Code, § 1203.4, subd. (a)(1)"
        );
        assert_eq!(s("HS 11361.8").citation(), "Health & Saf. Code, § 11361.8");
    }
}
