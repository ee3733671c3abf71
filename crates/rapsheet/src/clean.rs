//! Text clean-up before parsing (`shared/formats/rap-sheet.md` §10).
//!
//! The cleaner never changes the number of lines, so every position the
//! parser reports points at the input the user has. It upper-cases, maps
//! Unicode spaces, quotes and dashes to ASCII, removes form feeds, and fixes
//! the OCR confusions the format notes list, token by token, recording each
//! fix with its line and column.

/// One fix the cleaner made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Correction {
    /// 1-based line.
    pub line: u32,
    /// 1-based column (in characters) in the cleaned line.
    pub column: u32,
    /// What was there.
    pub from: String,
    /// What it became.
    pub to: String,
}

/// The cleaned text: one entry per input line, all held in one buffer.
#[derive(Clone, Debug, Default)]
pub struct Cleaned {
    /// Every cleaned line, each followed by `\n` (a line fixed by the
    /// token pass is appended again at the end, fixed).
    text: String,
    /// Where line `i + 1` sits in `text`.
    spans: Vec<(usize, usize)>,
    /// Every OCR fix made, in line order.
    pub corrections: Vec<Correction>,
}

impl Cleaned {
    /// The cleaned lines, in input order (line `i + 1`).
    pub fn lines(&self) -> Vec<&str> {
        self.spans.iter().map(|&(a, b)| &self.text[a..b]).collect()
    }

    /// Cleaned line `i + 1`.
    pub fn line(&self, i: usize) -> &str {
        let (a, b) = self.spans[i];
        &self.text[a..b]
    }

    /// How many lines there are.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// True when the text had no lines at all.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }
}

/// Whole-token OCR fixes: (seen, meant).
const TOKEN_FIXES: &[(&str, &str)] = &[
    ("TNFRACTION", "INFRACTION"),
    ("RESIN", "RESTN"),
    ("FINESS", "FINE SS"),
    ("ARR/PET/CITE:", "ARR/DET/CITE:"),
    ("▯RR/DET/CITE:", "ARR/DET/CITE:"),
    ("▯OURT:", "COURT:"),
    ("COURI:", "COURT:"),
    ("L05", "LOS"),
    ("NAM/@1", "NAM/01"),
];

/// Split into lines (LF, CRLF or lone CR) and clean each.
///
/// Lines are cleaned into one buffer; the OCR-confusion search then runs
/// once over the whole buffer (the phrases never hold a line break), and
/// only the lines it finds get the token-by-token pass.
pub fn clean(text: &str) -> Cleaned {
    let mut out = Cleaned {
        text: String::with_capacity(text.len() + 64),
        spans: Vec::with_capacity(text.len() / 40 + 1),
        corrections: Vec::new(),
    };
    // NUL, tabs, vertical tabs and form feeds are rare: look for them once,
    // not on every line.
    let b = text.as_bytes();
    let strip = memchr::memchr3(0, b'\t', 0x0b, b).is_some() || memchr::memchr(0x0c, b).is_some();
    for (i, raw) in split_lines(text).enumerate() {
        let start = out.text.len();
        clean_line_into(raw, strip, &mut out.text);
        if let Some(stars) = ocr_star_line(&out.text[start..]) {
            out.corrections.push(Correction {
                line: line_number(i),
                column: 1,
                from: out.text[start..].trim().to_string(),
                to: stars.clone(),
            });
            out.text.truncate(start);
            out.text.push_str(&stars);
        }
        out.spans.push((start, out.text.len()));
        out.text.push('\n');
    }
    let suspects = suspect_lines(&out.text, &out.spans);
    if !suspects.is_empty() {
        let star_fixes = out.corrections.len();
        for i in suspects {
            let (a, b) = out.spans[i];
            let fixed = fix_tokens(
                out.text[a..b].to_string(),
                line_number(i),
                &mut out.corrections,
            );
            let start = out.text.len();
            out.text.push_str(&fixed);
            out.spans[i] = (start, out.text.len());
        }
        if star_fixes > 0 {
            out.corrections.sort_by_key(|c| c.line);
        }
    }
    out
}

fn line_number(i: usize) -> u32 {
    u32::try_from(i + 1).unwrap_or(u32::MAX)
}

/// Lines of `text`, accepting `\n`, `\r\n` and a lone `\r` as breaks.
pub fn split_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    let mut done = text.is_empty();
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        match memchr::memchr2(b'\n', b'\r', rest.as_bytes()) {
            Some(i) => {
                let line = &rest[..i];
                let skip = if rest[i..].starts_with("\r\n") { 2 } else { 1 };
                rest = &rest[i + skip..];
                if rest.is_empty() {
                    done = true;
                }
                Some(line)
            }
            None => {
                done = true;
                Some(rest)
            }
        }
    })
}

fn map_char(c: char) -> Option<char> {
    Some(match c {
        '\u{c}' | '\u{0}' => return None,
        '\t' => ' ',
        c if c.is_whitespace() => ' ',
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{2032}' => '\'',
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{2033}' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        '\u{b7}' | '\u{2022}' => '.',
        'É' | 'È' | 'é' | 'è' => 'E',
        'Ç' | 'ç' => 'C',
        'Ó' | 'Ọ' | 'Ò' | 'ó' | 'ò' | 'ọ' => 'O',
        'Í' | 'Ì' | 'í' | 'ì' => 'I',
        'Á' | 'À' | 'á' | 'à' => 'A',
        'Ú' | 'ú' => 'U',
        c => c.to_ascii_uppercase(),
    })
}

/// ASCII bytes as the cleaner writes them: upper case, every kind of
/// whitespace a plain space.
const ASCII_MAP: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_whitespace() || c == 0x0b {
            b' '
        } else {
            c.to_ascii_uppercase()
        };
        b += 1;
    }
    t
};

/// Append the cleaned form of one raw line to `out`.
/// `strip`: the text holds NUL or form feeds (to be removed) or tabs.
fn clean_line_into(raw: &str, strip: bool, out: &mut String) {
    let start = out.len();
    if raw.is_ascii() {
        // The common case: plain ASCII needs only upper-casing and spaces,
        // byte by byte through a table; NUL and form feeds go.
        let map = |b: u8| char::from(ASCII_MAP[usize::from(b)]);
        if !strip {
            // Printable ASCII and spaces only: copy and upper-case in place.
            out.push_str(raw);
            out[start..].make_ascii_uppercase();
        } else {
            out.extend(raw.bytes().filter(|b| !matches!(b, 0 | 0x0c)).map(map));
        }
    } else {
        for c in raw.chars() {
            if c == '\u{fb01}' {
                out.push_str("FI");
            } else if let Some(m) = map_char(c) {
                out.push(m);
            }
        }
    }
    let kept = out[start..].trim_end().len();
    out.truncate(start + kept);
}

/// OCR reads a line of spaced asterisks (`* * * *`) as `* OK OK OX`: each
/// token is one star. Such a line becomes stars again, one per token.
fn ocr_star_line(s: &str) -> Option<String> {
    const LOOKALIKES: &[&str] = &[
        "*", "OK", "OX", "XK", "KK", "KF", "FK", "X", "K", "**", "*K", "K*", "X*", "*X", "0K", "0X",
    ];
    // Every look-alike is made of these characters: most lines are not.
    if !s
        .bytes()
        .all(|b| matches!(b, b'*' | b'O' | b'K' | b'X' | b'F' | b'0' | b' '))
    {
        return None;
    }
    let tokens: Vec<&str> = s.split_whitespace().collect();
    let all_lookalike = tokens.len() >= 2 && tokens.iter().all(|t| LOOKALIKES.contains(t));
    let some_not_star = tokens.iter().any(|t| *t != "*");
    let starlike = tokens.iter().any(|t| t.contains('*') || t.contains('K'));
    (all_lookalike && some_not_star && starlike).then(|| vec!["*"; tokens.len()].join(" "))
}

/// The lines (by index) that may hold one of the OCR confusions: only
/// they are worth the token-by-token pass. One search over the whole
/// cleaned buffer; a match past the line spans (an already fixed copy)
/// cannot occur because fixed copies are appended only afterwards.
fn suspect_lines(text: &str, spans: &[(usize, usize)]) -> Vec<usize> {
    static SUSPECTS: std::sync::LazyLock<aho_corasick::AhoCorasick> =
        std::sync::LazyLock::new(|| {
            // Leftmost-first lets the searcher use its SIMD prefilter
            // (standard semantics cannot); any match marks the line.
            aho_corasick::AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::LeftmostFirst)
                .build([
                    "CHT",
                    "CNI",
                    "COMVICT",
                    "STATIS",
                    "TNFRACTION",
                    "RESIN",
                    "FINESS",
                    "ARR/PET",
                    "COURI",
                    "L05",
                    "\u{25af}",
                ])
                .expect("a fixed list of short phrases always builds")
        });
    let mut out: Vec<usize> = Vec::new();
    for m in SUSPECTS.find_iter(text) {
        // The line holding the match: spans are sorted by start.
        let i = spans.partition_point(|&(a, _)| a <= m.start()) - 1;
        if out.last() != Some(&i) {
            out.push(i);
        }
    }
    out
}

/// Apply the token fixes and the keyword fixes that need a following colon.
fn fix_tokens(mut s: String, line: u32, fixes: &mut Vec<Correction>) -> String {
    // "CHT:", "CNI:" -> "CNT:" (only before a colon).
    for bad in ["CHT", "CNI"] {
        let mut from = 0;
        while let Some(i) = s[from..].find(bad) {
            let at = from + i;
            let before_ok = at == 0 || !s.as_bytes()[at - 1].is_ascii_alphanumeric();
            let rest = s[at + bad.len()..].trim_start();
            if before_ok && rest.starts_with(':') {
                record(fixes, line, &s, at, bad, "CNT");
                s.replace_range(at..at + bad.len(), "CNT");
            }
            from = at + bad.len();
        }
    }
    // "COMVICT..." -> "CONVICT...", "CONV STATIS." -> "CONV STATUS:".
    if let Some(at) = s.find("COMVICT") {
        record(fixes, line, &s, at, "COMVICT", "CONVICT");
        s.replace_range(at..at + 7, "CONVICT");
    }
    if let Some(at) = s.find("CONV STATIS") {
        let end = (at + "CONV STATIS".len() + 1).min(s.len());
        let from = s[at..end].to_string();
        record(fixes, line, &s, at, &from, "CONV STATUS:");
        s.replace_range(at..end, "CONV STATUS:");
    }
    // Whole-token fixes.
    let mut out = String::with_capacity(s.len());
    let mut col = 0;
    for (i, piece) in s.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
            col += 1;
        }
        let fixed = TOKEN_FIXES
            .iter()
            .find(|(bad, _)| piece == *bad || piece.strip_suffix(',') == Some(*bad))
            .map(|(bad, good)| piece.replacen(bad, good, 1));
        match fixed {
            Some(good) => {
                fixes.push(Correction {
                    line,
                    column: u32::try_from(col + 1).unwrap_or(u32::MAX),
                    from: piece.to_string(),
                    to: good.clone(),
                });
                out.push_str(&good);
            }
            None => out.push_str(piece),
        }
        col += piece.chars().count();
    }
    out
}

fn record(fixes: &mut Vec<Correction>, line: u32, s: &str, at: usize, from: &str, to: &str) {
    fixes.push(Correction {
        line,
        column: u32::try_from(s[..at].chars().count() + 1).unwrap_or(u32::MAX),
        from: from.to_string(),
        to: to.to_string(),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_line_count_and_fixes_ocr() {
        let text = "cnt:01 #1\r\n\u{c}CHT:02\rCOMVICTED\n\nSEN: 1 YR JL, RESIN, FINESS\nCONV STATIS.MISDEMEANOR";
        let c = clean(text);
        let lines = c.lines();
        assert_eq!(lines.len(), 6);
        assert_eq!(lines[0], "CNT:01 #1");
        assert_eq!(lines[1], "CNT:02");
        assert_eq!(lines[2], "CONVICTED");
        assert_eq!(lines[4], "SEN: 1 YR JL, RESTN, FINE SS");
        assert_eq!(lines[5], "CONV STATUS:MISDEMEANOR");
        assert!(
            c.corrections
                .iter()
                .any(|f| f.line == 5 && f.from == "RESIN,")
        );
        // RESINS is a word of its own: untouched.
        assert_eq!(clean("RESINS").line(0), "RESINS");
    }

    #[test]
    fn unicode_punctuation() {
        let c = clean("ARR\u{a0}–\u{201c}X\u{201d}\tÉ");
        assert_eq!(c.line(0), "ARR -\"X\" E");
    }
}
