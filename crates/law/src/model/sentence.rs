//! Sentences: probation, jail, prison, 1170(h) terms, fines, restitution.
//!
//! A printed sentence is a comma-separated list of parts
//! (`3 YEARS PROBATION, 30 DAYS JAIL, FINE, RESTN`). [`Sentence::parse`]
//! reads each part into a kind, an optional length and flags; a part with no
//! length ("PROBATION") is kept as present with the length not stated, never
//! as zero (`shared/formats/rap-sheet.md` §6.7).

use serde::{Deserialize, Serialize};
use smallvec::SmallVec;

use crate::date::{Term, TermUnit};

/// What a sentence part imposes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartKind {
    /// Probation (formal or summary).
    Probation,
    /// County jail (as a condition of probation, or a straight term).
    Jail,
    /// State prison.
    Prison,
    /// Mandatory supervision after a split 1170(h)(5)(B) term.
    MandatorySupervision,
    /// A fine.
    Fine,
    /// Restitution or a restitution fine.
    Restitution,
    /// Imposition of sentence suspended (probation without a pronounced term).
    ImpositionSuspended,
    /// An order to register (PC 290 and others).
    Registration,
    /// Anything else, kept as text.
    Other,
}

/// Which 1170(h) realignment sentence, when the record says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Realignment {
    /// PC 1170(h)(5)(A): the whole term in county jail.
    Straight,
    /// PC 1170(h)(5)(B): part in jail, the rest on mandatory supervision.
    Split,
    /// 1170(h) is named but not which kind.
    Unspecified,
}

/// One part of a sentence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SentencePart {
    /// What it imposes.
    pub kind: PartKind,
    /// Its length; `None` when the record gives none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub term: Option<Term>,
    /// Suspended (`SS`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub suspended: bool,
    /// Concurrent (`CC`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub concurrent: bool,
    /// A dollar amount printed with it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_usd: Option<u32>,
    /// The part as printed.
    pub text: String,
}

/// A sentence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sentence {
    /// The whole sentence as printed, continuation lines joined.
    pub text: String,
    /// Its parts.
    pub parts: Vec<SentencePart>,
    /// The 1170(h) realignment kind, when the sentence names it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub realignment: Option<Realignment>,
}

impl Sentence {
    /// Parse a printed sentence. Never fails: unreadable parts become
    /// [`PartKind::Other`] with their text.
    pub fn parse(text: &str) -> Self {
        let clean: String = text
            .chars()
            .filter(|c| *c != '\'')
            .map(|c| {
                if c == '\n' || c == '\t' {
                    ' '
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect();
        let mut squeezed = String::with_capacity(text.len());
        for w in text.split_whitespace() {
            if !squeezed.is_empty() {
                squeezed.push(' ');
            }
            squeezed.push_str(w);
        }
        let realignment = realignment_of(&clean);
        let mut parts = Vec::new();
        for raw in clean.split(',') {
            let part = raw.trim_ascii();
            if part.is_empty() {
                continue;
            }
            parse_part(part, &mut parts);
        }
        Self {
            text: squeezed,
            parts,
            realignment,
        }
    }

    /// The first part of `kind`.
    pub fn part(&self, kind: PartKind) -> Option<&SentencePart> {
        self.parts.iter().find(|p| p.kind == kind)
    }

    /// True when the sentence includes a part of `kind`.
    pub fn has(&self, kind: PartKind) -> bool {
        self.part(kind).is_some()
    }

    /// The probation term: present (`Some`), with its length if stated.
    pub fn probation(&self) -> Option<Option<Term>> {
        self.part(PartKind::Probation).map(|p| p.term)
    }

    /// The prison term, unless it was suspended.
    pub fn prison(&self) -> Option<Option<Term>> {
        self.parts
            .iter()
            .find(|p| p.kind == PartKind::Prison && !p.suspended)
            .map(|p| p.term)
    }

    /// The longest jail term that was not suspended.
    pub fn jail(&self) -> Option<Option<Term>> {
        let mut jail = self
            .parts
            .iter()
            .filter(|p| p.kind == PartKind::Jail && !p.suspended)
            .peekable();
        jail.peek()?;
        Some(jail.filter_map(|p| p.term).max_by_key(|t| t.approx_days()))
    }
}

fn realignment_of(text: &str) -> Option<Realignment> {
    // Compared without spaces ("1170 (H)(5)(B)", OCR's "MANDATORY SUPER
    // VISION"), on the stack for any ordinary sentence.
    // Few sentences mention either: a fast look for bytes each phrase must
    // hold ("(" for 1170(H); M, V and Y for the other, however OCR spaced
    // it) settles most before any copy is made.
    let b = text.as_bytes();
    let may_have_1170h = memchr::memchr(b'(', b).is_some();
    let may_have_ms = memchr::memchr(b'V', b).is_some()
        && memchr::memchr(b'Y', b).is_some()
        && memchr::memchr(b'M', b).is_some();
    if !may_have_1170h && !may_have_ms {
        return None;
    }
    let compact: SmallVec<[u8; 128]> = text.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    let has = |p: &[u8]| memchr::memmem::find(&compact, p).is_some();
    if !has(b"1170(H)") && !has(b"MANDATORYSUPERVISION") {
        None
    } else if has(b"1170(H)(5)(B)") || has(b"MANDATORYSUPERVISION") {
        Some(Realignment::Split)
    } else if has(b"1170(H)(5)(A)") {
        Some(Realignment::Straight)
    } else {
        Some(Realignment::Unspecified)
    }
}

fn unit_of(word: &str) -> Option<TermUnit> {
    match word {
        "Y" | "YR" | "YRS" | "YEAR" | "YEARS" => Some(TermUnit::Years),
        "M" | "MO" | "MOS" | "MON" | "MONTH" | "MONTHS" => Some(TermUnit::Months),
        "D" | "DA" | "DS" | "DAY" | "DAYS" | "DYS" => Some(TermUnit::Days),
        _ => None,
    }
}

fn kind_of(word: &str) -> Option<PartKind> {
    match word {
        "PROBATION" | "PROB" | "PRB" => Some(PartKind::Probation),
        "JAIL" | "JL" | "CJ" => Some(PartKind::Jail),
        "PRISON" | "CDC" | "CDCR" => Some(PartKind::Prison),
        "SUPERVISION" | "MS" => Some(PartKind::MandatorySupervision),
        "FINE" | "FN" | "FNSS" => Some(PartKind::Fine),
        "RESTN" | "RSTN" | "RESTITUTION" | "REST" => Some(PartKind::Restitution),
        "REGISTER" | "REGISTRATION" => Some(PartKind::Registration),
        _ => None,
    }
}

fn parse_part(part: &str, out: &mut Vec<SentencePart>) {
    let words: SmallVec<[&str; 16]> = part
        .split_ascii_whitespace()
        .map(|w| w.trim_matches(|c: char| c == '.' || c == ';' || c == ':'))
        .filter(|w| !w.is_empty())
        .collect();
    let suspended = words
        .iter()
        .any(|w| matches!(*w, "SS" | "SUSP" | "SUSPENDED" | "FNSS"));
    let concurrent = words
        .iter()
        .any(|w| matches!(*w, "CC" | "CONC" | "CONCURRENT"));
    let text = part.to_string();

    let has = |p: &[u8]| memchr::memmem::find(part.as_bytes(), p).is_some();
    if has(b"IMP SEN SS") || has(b"IMPOSITION") {
        out.push(SentencePart {
            kind: PartKind::ImpositionSuspended,
            term: None,
            suspended: true,
            concurrent,
            amount_usd: None,
            text,
        });
        return;
    }

    // A length: a number, then a unit glued ("36MOS") or in the next word.
    let mut term = None;
    for (i, w) in words.iter().enumerate() {
        let n = w.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 || w.starts_with('$') {
            continue;
        }
        let (digits, glued) = w.split_at(n);
        let unit = if glued.is_empty() {
            words.get(i + 1).and_then(|n| unit_of(n))
        } else {
            unit_of(glued)
        };
        if let (Some(unit), Ok(amount)) = (unit, digits.parse::<u32>()) {
            term = Some(Term::new(amount, unit));
            break;
        }
    }

    let kinds: SmallVec<[PartKind; 4]> = words.iter().filter_map(|w| kind_of(w)).collect();
    let amounts: SmallVec<[u32; 4]> = words
        .iter()
        .filter_map(|w| w.strip_prefix('$'))
        .filter_map(|n| n.replace(',', "").parse().ok())
        .collect();

    let is_money = |k: &PartKind| matches!(k, PartKind::Fine | PartKind::Restitution);
    if term.is_none() && kinds.len() > 1 && kinds.iter().all(is_money) {
        // "$971 FINE $420 RSTN": one part per money item.
        for (i, k) in kinds.iter().enumerate() {
            out.push(SentencePart {
                kind: *k,
                term: None,
                suspended,
                concurrent,
                amount_usd: amounts.get(i).copied(),
                text: text.clone(),
            });
        }
        return;
    }
    let kind = if words.contains(&"LIFE") {
        PartKind::Prison
    } else {
        // A lengthed part names its kind after the length; otherwise the first kind word.
        kinds
            .iter()
            .copied()
            .find(|k| !is_money(k) || term.is_none())
            .unwrap_or(PartKind::Other)
    };
    out.push(SentencePart {
        kind,
        term: if is_money(&kind) { None } else { term },
        suspended,
        concurrent,
        amount_usd: amounts.first().copied(),
        text,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(s: &Sentence) -> Vec<(PartKind, Option<Term>, bool)> {
        s.parts
            .iter()
            .map(|p| (p.kind, p.term, p.suspended))
            .collect()
    }

    #[test]
    fn reads_common_sentences() {
        let s = Sentence::parse("024 MONTHS PROBATION, 005 DAYS JAIL");
        assert_eq!(
            parts(&s),
            vec![
                (
                    PartKind::Probation,
                    Some(Term::new(24, TermUnit::Months)),
                    false
                ),
                (PartKind::Jail, Some(Term::new(5, TermUnit::Days)), false),
            ]
        );
        let s = Sentence::parse("3 YEARS PROBATION,6 MONTHS JAIL,\n IMP SEN SS");
        assert_eq!(s.parts.len(), 3);
        assert_eq!(s.parts[2].kind, PartKind::ImpositionSuspended);
        let s = Sentence::parse("1 YR PRISON SS, 1 YR JL CC");
        assert_eq!(s.parts[0].kind, PartKind::Prison);
        assert!(s.parts[0].suspended);
        assert!(s.prison().is_none());
        assert_eq!(s.jail(), Some(Some(Term::new(1, TermUnit::Years))));
        assert!(s.parts[1].concurrent);
        let s = Sentence::parse("36MOS PROBATION, PROBATION");
        assert_eq!(s.parts[0].term, Some(Term::new(36, TermUnit::Months)));
        assert_eq!(s.parts[1].term, None);
        let s = Sentence::parse("3 YR PROB, 6 MO JL WORK, $971 FINE $420 RSTN");
        assert_eq!(s.parts[0].kind, PartKind::Probation);
        assert_eq!(s.parts[1].kind, PartKind::Jail);
        assert_eq!(s.parts[2].amount_usd, Some(971));
        assert_eq!(s.parts[3].kind, PartKind::Restitution);
        assert_eq!(s.parts[3].amount_usd, Some(420));
    }

    #[test]
    fn realignment_terms() {
        let s = Sentence::parse("016 MONTHS JAIL, 1170(H)(5)(A) PC");
        assert_eq!(s.realignment, Some(Realignment::Straight));
        assert_eq!(s.jail(), Some(Some(Term::new(16, TermUnit::Months))));
        let s = Sentence::parse("3 YEARS JAIL, 1170(H)(5)(B) PC, 18 MONTHS MANDATORY SUPERVISION");
        assert_eq!(s.realignment, Some(Realignment::Split));
        assert_eq!(
            s.part(PartKind::MandatorySupervision).and_then(|p| p.term),
            Some(Term::new(18, TermUnit::Months))
        );
    }
}
