//! Charge lines: `496(A) PC-RECEIVE/ETC KNOWN STOLEN PROPERTY TOC:F.`
//! (`shared/formats/rap-sheet.md` §6.3–6.5).

use law::model::Level;
use law::section::{CODES, Section, split_attempt};

/// What a charge line holds.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Charge {
    /// The section, normalised; `None` for a free-text charge.
    pub section: Option<Section>,
    /// An attempt (PC 664).
    pub attempted: bool,
    /// The description after the section.
    pub description: Option<String>,
    /// A `TOC:` at the end of the line.
    pub toc: Option<Level>,
    /// The code was a known typo (`CP` for `PC`).
    pub code_typo: bool,
    /// A code the table does not know, kept as text.
    pub unknown_code: bool,
}

/// Read a level letter (`F`, `M`, `I`).
pub fn toc_level(letter: &str) -> Option<Level> {
    match letter.trim_ascii().trim_end_matches('.').chars().next()? {
        'F' => Some(Level::Felony),
        'M' => Some(Level::Misdemeanor),
        'I' => Some(Level::Infraction),
        _ => None,
    }
}

/// Split a trailing `TOC:x` off a line.
pub fn strip_toc(line: &str) -> (&str, Option<Level>) {
    // The last "TOC:": colons are few, so test each from the right.
    let b = line.as_bytes();
    let mut end = b.len();
    while let Some(i) = memchr::memrchr(b':', &b[..end]) {
        if i >= 3 && &b[i - 3..i] == b"TOC" {
            let level = toc_level(&line[i + 1..]);
            return (line[..i - 3].trim_ascii_end(), level);
        }
        end = i;
    }
    (line, None)
}

fn code_of(token: &str) -> Option<(&'static str, bool)> {
    let n = token.bytes().take_while(u8::is_ascii_alphabetic).count();
    let letters = &token[..n];
    if letters == "CP" {
        return Some(("PC", true));
    }
    CODES
        .iter()
        .find(|(c, _)| *c == letters)
        .map(|(c, _)| (*c, false))
}

fn sectionish(token: &str) -> bool {
    let t = token.trim_matches(|c: char| c == '.' || c == ',');
    !t.is_empty()
        && t.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '(' | ')' | '.' | ',' | '-' | '/'))
}

/// Parse a charge. `strict` requires the code to be followed by `-` (the
/// charge line's form); comments (`CHRG-484-487 (A) PC SECOND DEGREE`) allow
/// a space.
pub fn parse_charge(line: &str, strict: bool) -> Option<Charge> {
    let (line, toc) = strip_toc(line.trim_ascii());
    let line = line.trim_start_matches(['.', ',', '\'', ' ']);
    let tokens: smallvec::SmallVec<[&str; 24]> = line.split_ascii_whitespace().collect();
    if tokens.is_empty() || !tokens[0].starts_with(|c: char| c.is_ascii_digit() || c == '.') {
        return None;
    }
    for k in 1..tokens.len().min(8) {
        let tok = tokens[k];
        let Some((code, typo)) = code_of(tok) else {
            if !sectionish(tok) {
                return None;
            }
            continue;
        };
        let letters_len = tok.chars().take_while(|c| c.is_ascii_alphabetic()).count();
        let after = &tok[letters_len..];
        let dash = after.starts_with('-');
        let acceptable = if strict {
            dash
        } else {
            after.is_empty() || dash
        };
        if !acceptable {
            if sectionish(tok) {
                continue;
            }
            return None;
        }
        if !tokens[..k].iter().all(|t| sectionish(t)) {
            return None;
        }
        // A federal section is a title and a section: keep them apart.
        // (Tokens hold no spaces: joining without a separator is joining
        // with spaces and removing them.)
        let number: String = if code == "US" {
            tokens[..k].join("-")
        } else {
            tokens[..k].concat()
        };
        let number = number.trim_matches(|c: char| c == '.' || c == ',' || c == '-');
        let (number, attempted) = split_attempt(number);
        let description = {
            let mut d = after.trim_start_matches('-').to_string();
            for t in &tokens[k + 1..] {
                if !d.is_empty() {
                    d.push(' ');
                }
                d.push_str(t);
            }
            let t = d.trim_ascii().trim_end_matches('.').trim_ascii();
            if t.is_empty() {
                None
            } else if t.len() == d.len() {
                Some(d)
            } else {
                Some(t.to_string())
            }
        };
        let mut text = String::with_capacity(code.len() + 1 + number.len());
        text.push_str(code);
        text.push(' ');
        text.push_str(&number);
        let section = Section::parse(&text).ok();
        return Some(Charge {
            section,
            attempted,
            description,
            toc,
            code_typo: typo,
            unknown_code: false,
        });
    }
    None
}

/// A cheap test for a charge line's shape: a number, then a code token
/// followed by `-` (`496(A) PC-RECEIVE`). No allocation.
pub fn looks_like_charge(line: &str) -> bool {
    let t = line.trim_start_matches(['.', ',', '\'', ' ']);
    if !t.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    t.split_ascii_whitespace().skip(1).take(7).any(|tok| {
        code_of(tok).is_some_and(|_| {
            let n = tok.bytes().take_while(u8::is_ascii_alphabetic).count();
            tok[n..].starts_with('-')
        })
    })
}

/// The charge inside a `COM: ... CHRG-<section> <CODE> <description>` comment.
pub fn charge_in_comment(comment: &str) -> Option<Charge> {
    let i = comment.find("CHRG")?;
    let rest = comment[i + 4..].trim_start_matches(['-', ' ']);
    parse_charge(rest, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sec(line: &str) -> Option<String> {
        parse_charge(line, true)
            .and_then(|c| c.section)
            .map(|s| s.to_string())
    }

    #[test]
    fn charge_lines() {
        assert_eq!(
            sec("496 PC-RECEIVE/ETC KNOWN STOLEN PROPERTY"),
            Some("PC 496".into())
        );
        assert_eq!(
            sec("  496.3(A)(2) PC-RECEIVE/ETC"),
            Some("PC 496.3(a)(2)".into())
        );
        assert_eq!(sec("  .496. PC-RECEIVE/ETC"), Some("PC 496".into()));
        assert_eq!(
            sec("496 (A) (2) PC-RECEIVE/ETC"),
            Some("PC 496(a)(2)".into())
        );
        assert_eq!(
            sec("496,3(A)(2) PC-RECEIVE/ETC"),
            Some("PC 496.3(a)(2)".into())
        );
        assert_eq!(
            sec("537E(A) PC-BUY/SELL ARTICLES"),
            Some("PC 537e(a)".into())
        );
        assert_eq!(
            sec("11360(A) HS-SELL/FURNISH/ETC MARIJUANA/HASH"),
            Some("HS 11360(a)".into())
        );
        assert_eq!(
            sec("487(D) CP-GRAND THEFT:FIREARM/ANIMAL/ETC"),
            Some("PC 487(d)".into())
        );
        let c = parse_charge(
            "496.3(A)(2) PC-RECEIVE/ETC KNOWN STOLEN PROPERTY TOC:F.",
            true,
        )
        .expect("c");
        assert_eq!(c.toc, Some(Level::Felony));
        assert_eq!(
            c.description.as_deref(),
            Some("RECEIVE/ETC KNOWN STOLEN PROPERTY")
        );
        let c = parse_charge("664/487(A) PC-GRAND THEFT", true).expect("c");
        assert!(c.attempted);
        assert_eq!(c.section.map(|s| s.to_string()), Some("PC 487(a)".into()));
        assert_eq!(sec("TRAFFIC VIOLATION"), None);
        assert_eq!(sec("SEE COMMENT FOR CHARGE"), None);
        assert_eq!(
            sec("290 PC-REGISTRATION OF SEX OFFENDER"),
            Some("PC 290".into())
        );
    }

    #[test]
    fn comment_charges() {
        let c =
            charge_in_comment("CNT 01 CHRG-484-487 (A) PC SECOND DEGREE TOMFOOLERY").expect("c");
        assert_eq!(
            c.section.map(|s| s.to_string()),
            Some("PC 484-487(a)".into())
        );
        assert_eq!(c.description.as_deref(), Some("SECOND DEGREE TOMFOOLERY"));
        let c = charge_in_comment("CHRG 490,2 PC").expect("c");
        assert_eq!(c.section.map(|s| s.to_string()), Some("PC 490.2".into()));
        let c =
            charge_in_comment("CNT 01 CHRG-594(A)-(B) (2) (A) PC DEFRAUDING AN ARMADILLO TOC:F")
                .expect("c");
        assert_eq!(
            c.section.map(|s| s.to_string()),
            Some("PC 594(a)-(b)(2)(a)".into())
        );
        assert_eq!(c.toc, Some(Level::Felony));
    }
}
