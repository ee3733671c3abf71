//! The RAP sheet parser: cleaned lines in, a [`History`] out.
//!
//! Line-oriented and single-pass at each level (`shared/formats/rap-sheet.md`
//! §13): the header region is read for identification, the body is split
//! into cycles at the cycle delimiters, each cycle into events at event
//! delimiters or event keywords, each event into counts at `CNT` lines, and
//! each count into its charge, disposition, sentence, comments and dated
//! updates. Nothing is dropped: an unknown event is kept as `other` with its
//! header, an unreadable count keeps its raw text, and everything skipped or
//! guessed becomes a warning with its line.

use law::date::RecordDate;
use law::model::{
    Count, CustodyKind, Disposition, DispositionKind, Event, EventKind, History, Level, Person,
    Sentence, Update, Warning,
};
use smallvec::SmallVec;

use crate::charge::{charge_in_comment, parse_charge, strip_toc, toc_level};
use crate::clean::{Correction, clean};
use crate::county::{County, county_of};

/// A sheet that cannot be read at all.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("line {line}, column {column}: {message}")]
pub struct ReadError {
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub column: u32,
    /// What is wrong, in plain words (never a whole record line).
    pub message: String,
}

/// A parsed sheet.
#[derive(Clone, Debug)]
pub struct Parsed {
    /// The record.
    pub history: History,
    /// Every OCR and typo fix the cleaner made.
    pub corrections: Vec<Correction>,
}

/// Parse RAP sheet text.
pub fn parse(text: &str) -> Result<Parsed, ReadError> {
    let cleaned = clean(text);
    let lines = cleaned.lines();
    let info: Vec<Line> = lines.iter().map(|l| Line::of(l)).collect();
    let mut p = Parser::new(&lines, &info);
    p.run()?;
    let history = p.history;
    Ok(Parsed {
        history,
        corrections: cleaned.corrections,
    })
}

type Lines<'a> = &'a [&'a str];

/// What a line is, worked out once: every level of the parser (cycles,
/// events, counts, count bodies) asks the same questions of the same lines.
#[derive(Clone, Copy, Debug, Default)]
struct Line<'a> {
    /// The line without surrounding spaces.
    t: &'a str,
    /// Nothing but spaces.
    blank: bool,
    /// Page furniture ([`is_page_marker`]).
    marker: bool,
    /// Blank or furniture: no record text.
    furniture: bool,
    /// Stars on a line of stars ([`stars`]).
    stars: Option<usize>,
    /// A `CNT:` line ([`is_count_line`]).
    count: bool,
    /// The line's tag ([`tag_of`]).
    tag: Option<&'static str>,
    /// A `DISPO:` line ([`dispo_text`]).
    dispo: bool,
    /// A line that starts with an update's date ([`update_date`]).
    dated: bool,
}

impl<'a> Line<'a> {
    fn of(line: &'a str) -> Self {
        let t = line.trim_ascii();
        if t.is_empty() {
            return Self {
                t,
                blank: true,
                furniture: true,
                ..Self::default()
            };
        }
        // The first letter after leading marks rules out most questions
        // (each test below is only asked where it could be true).
        let lead = t.trim_start_matches(['.', '\'', '*', ' ']);
        let first = lead.bytes().next().unwrap_or(0);
        let marker = matches!(first, b'P' | b'R' | b'A' | b'H' | b'F') && is_page_marker(t);
        Self {
            t,
            blank: false,
            marker,
            furniture: marker,
            stars: if matches!(first, 0 | b',') {
                stars(t)
            } else {
                None
            },
            count: first == b'C' && is_count_line(t),
            tag: if matches!(
                first,
                b'C' | b'S' | b'X' | b'A' | b'R' | b'P' | b'D' | b'W' | b'T'
            ) {
                tag_of(t)
            } else {
                None
            },
            dispo: first == b'D' && dispo_text(t).is_some(),
            dated: first.is_ascii_digit() && update_date(t).is_some(),
        }
    }
}

struct Parser<'a> {
    lines: Lines<'a>,
    info: &'a [Line<'a>],
    history: History,
    event_count: usize,
    banners: usize,
}

fn warn(h: &mut History, line: usize, text: impl Into<String>) {
    h.warnings.push(Warning {
        line: Some(line_no(line)),
        text: text.into(),
    });
}

fn line_no(i: usize) -> u32 {
    u32::try_from(i + 1).unwrap_or(u32::MAX)
}

fn column_of(line: &str) -> u32 {
    u32::try_from(line.len() - line.trim_ascii_start().len() + 1).unwrap_or(1)
}

/// A line that is only page furniture: `Page 2 of 29`, `Route Print`, a URL.
pub(crate) fn is_page_marker(line: &str) -> bool {
    let t = line
        .trim_ascii()
        .trim_matches(|c: char| c == '.' || c == '\'');
    if let Some(rest) = t.strip_prefix("PAGE") {
        let words: Vec<&str> = rest.split_ascii_whitespace().collect();
        return match words.as_slice() {
            [n] => n.chars().all(|c| c.is_ascii_digit()),
            [n, of, m] => {
                *of == "OF"
                    && n.chars().all(|c| c.is_ascii_digit())
                    && m.chars().all(|c| c.is_ascii_digit())
            }
            _ => false,
        };
    }
    t.starts_with("ROUTE ")
        || t.starts_with("RESTRICTED-DO NOT USE")
        || t.starts_with("ATTN:")
        || (t.starts_with("RE:") && t.contains("QHY"))
        || t.starts_with("HTTP://")
        || t.starts_with("HTTPS://")
        || t.starts_with("FILE://")
}

/// Stars on a line made only of stars and stray punctuation.
fn stars(line: &str) -> Option<usize> {
    // One pass over the bytes: stars counted, any other mark ends it.
    let mut n = 0;
    for b in line.bytes() {
        match b {
            b'*' => n += 1,
            b' ' | b'.' | b',' | b'\'' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => {}
            _ => return None,
        }
    }
    (n > 0).then_some(n)
}

/// Phrases the header is searched for on every line, built once:
/// `DATE:`, `TIME:`, `IDENTITY THEFT`, `CONSOLIDATED`.
static HEADER_FINDERS: std::sync::LazyLock<[memchr::memmem::Finder<'static>; 4]> =
    std::sync::LazyLock::new(|| {
        ["DATE:", "TIME:", "IDENTITY THEFT", "CONSOLIDATED"].map(memchr::memmem::Finder::new)
    });

fn is_end(line: &str) -> bool {
    static END: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("END OF MESSAGE"));
    END.find(line.as_bytes()).is_some()
}

fn is_event_delimiter(line: &str) -> bool {
    // Any other mark ends it at once (most lines fail on the first byte).
    let mut dashes = 0;
    for b in line.bytes() {
        match b {
            b'-' => dashes += 1,
            b' ' | b'\'' | b'.' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => {}
            _ => return false,
        }
    }
    dashes >= 2
}

/// What an event header line says.
#[derive(Clone, Debug)]
struct Keyword {
    kind: EventKind,
    detail: Option<&'static str>,
    custody: Option<CustodyKind>,
    /// Text after the keyword on the same line.
    rest: String,
}

/// Recognise an event keyword at the start of a line, after an optional
/// `NAM:nn`. Spaces and dots inside the keyword are tolerated.
fn keyword(line: &str) -> Option<Keyword> {
    // Most lines are not event headers: the first letter tells.
    let first = line.bytes().find(|b| {
        !matches!(
            b,
            b' ' | b'.' | b'\'' | b'*' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c
        )
    });
    if !matches!(
        first,
        Some(b'A' | b'S' | b'C' | b'P' | b'R' | b'M' | b'D' | b'I' | b'N')
    ) {
        return None;
    }
    let mut t = line.trim_ascii().trim_start_matches(['.', '\'', '*', ' ']);
    // "NAM:001 COURT:" (a NAM before the keyword).
    if let Some(rest) = t.strip_prefix("NAM:").or_else(|| t.strip_prefix("NAM;")) {
        let rest = rest.trim_ascii_start();
        let skip = rest.find(' ').unwrap_or(rest.len());
        t = rest[skip..].trim_ascii_start();
    }
    // A cheap first test: the first three letters of some keyword.
    let head: SmallVec<[u8; 3]> = t
        .bytes()
        .filter(|b| !matches!(b, b' ' | b'.' | b'*'))
        .take(3)
        .collect();
    if !matches!(
        head.as_slice(),
        b"ARR" | b"SUP" | b"COU" | b"CUS" | b"PRO" | b"REG" | b"APP" | b"MEN" | b"DEC" | b"INT"
    ) {
        return None;
    }
    // Compare without spaces and dots: "ARR / DET. / CITE:", "COURT :".
    let mut compact = String::new();
    let mut consumed;
    for (i, c) in t.char_indices() {
        if compact.len() >= 24 {
            break;
        }
        if c != ' ' && c != '.' && c != '*' {
            compact.push(if c == ';' { ':' } else { c });
        }
        consumed = i + c.len_utf8();
        let found = match_keyword(&compact);
        if let Some((kind, detail, needs_colon)) = found {
            let after = t[consumed..].trim_ascii_start();
            let (after, has_colon) =
                match after.strip_prefix(':').or_else(|| after.strip_prefix(';')) {
                    Some(a) => (a, true),
                    None => (after, compact.ends_with(':')),
                };
            if needs_colon && !has_colon {
                continue;
            }
            let mut kw = Keyword {
                kind,
                detail,
                custody: None,
                rest: after.trim_ascii().to_string(),
            };
            if kind == EventKind::Custody {
                let (what, rest) = kw
                    .rest
                    .split_once("NAM")
                    .map_or((kw.rest.as_str(), ""), |(a, b)| (a, b));
                let what = what.trim_ascii().trim_start_matches(':').trim_ascii();
                kw.custody = match what {
                    w if w.starts_with("JAIL") => Some(CustodyKind::Jail),
                    w if w.starts_with("CDC") => Some(CustodyKind::Prison),
                    w if w.starts_with("CYA") => Some(CustodyKind::Youth),
                    w if w.starts_with("FED") => Some(CustodyKind::FederalOrOutOfState),
                    _ => None,
                };
                kw.rest = if rest.is_empty() {
                    String::new()
                } else {
                    format!("NAM{rest}")
                };
            }
            return Some(kw);
        }
    }
    None
}

/// Keywords in compact form: (prefix, kind, detail, needs a colon).
fn match_keyword(compact: &str) -> Option<(EventKind, Option<&'static str>, bool)> {
    const KEYWORDS: &[(&str, EventKind, Option<&str>, bool)] = &[
        ("ARR/DET/CITE", EventKind::Arrest, None, false),
        (
            "SUPPLEMENTALARR",
            EventKind::Arrest,
            Some("supplemental_arrest"),
            false,
        ),
        ("COURT", EventKind::Court, None, true),
        ("CUSTODY", EventKind::Custody, None, true),
        ("PROBATION", EventKind::Probation, None, true),
        ("REGISTRATION", EventKind::Registration, None, false),
        ("APPLICANT", EventKind::Applicant, None, true),
        ("MENTALHLTHCUS/SUPV", EventKind::MentalHealth, None, false),
        ("DECEASED", EventKind::Deceased, None, true),
        (
            "INTERSTCOMPPAROLEE",
            EventKind::Other,
            Some("interstate_parolee"),
            false,
        ),
    ];
    let bare = compact.strip_suffix(':').unwrap_or(compact);
    KEYWORDS
        .iter()
        .find(|(k, ..)| bare == *k)
        .map(|(_, kind, detail, colon)| (*kind, *detail, *colon))
}

/// An 8-digit date token (stray periods allowed).
fn date_token(token: &str) -> Option<Result<RecordDate, law::date::DateError>> {
    let b = token.as_bytes();
    if !(8..=12).contains(&b.len()) || !b[0].is_ascii_digit() {
        return None;
    }
    let digits = b.iter().filter(|c| c.is_ascii_digit()).count();
    let periods = b.iter().filter(|c| **c == b'.').count();
    (digits == 8 && digits + periods == b.len()).then(|| RecordDate::parse_compact(token))
}

/// A line that is only a date (an update's date), maybe followed by `DISPO`.
fn update_date(line: &str) -> Option<(Result<RecordDate, law::date::DateError>, &str)> {
    let t = line.trim_ascii();
    let (first, rest) = t.split_once(' ').unwrap_or((t, ""));
    let date = date_token(first)?;
    let rest = rest.trim_ascii();
    (rest.is_empty() || dispo_text(rest).is_some()).then_some((date, rest))
}

/// The text of a `DISPO:` line (`*DISPO:`, `DISPO;`, `DI SP O:`, `DISP:`).
fn dispo_text(line: &str) -> Option<&str> {
    let t = line.trim_ascii().trim_start_matches(['*', '\'', '.', ' ']);
    if !t.starts_with("DI") {
        return None;
    }
    // Walk the keyword's letters, skipping spaces, up to the colon.
    let mut want = "DISPO".bytes().peekable();
    let mut matched = 0;
    for (i, b) in t.bytes().enumerate() {
        match b {
            b' ' => continue,
            b':' | b';' if matched >= 4 => return Some(t[i + 1..].trim_ascii()),
            _ => match want.next() {
                Some(w) if w == b => matched += 1,
                _ => return None,
            },
        }
    }
    None
}

/// `CONV STATUS:FELONY` and its OCR forms.
fn conv_status(line: &str) -> Option<Option<Level>> {
    if !line.trim_ascii_start().starts_with("CONV") {
        return None;
    }
    let compact: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    let rest = compact.strip_prefix("CONVSTATUS")?;
    let rest = rest.trim_start_matches([':', ';', '.']);
    Some(match rest {
        r if r.starts_with("FEL") => Some(Level::Felony),
        r if r.starts_with("MIS") => Some(Level::Misdemeanor),
        r if r.starts_with("INF") => Some(Level::Infraction),
        _ => None,
    })
}

/// A tagged line: `WORD:` or `WORD WORD #`. Returns the tag.
fn tag_of(line: &str) -> Option<&'static str> {
    let t = line.trim_ascii().trim_start_matches(['.', '\'', ' ']);
    const TAGS: &[&str] = &[
        "COM:",
        "COM;",
        "SEN:",
        "SEN;",
        "XSEN:",
        "SEN FROM:",
        "ARR BY:",
        "CRT #",
        "CRT#",
        "RECVD BY:",
        "ADR:",
        "CONV OF:",
        "PAROLED FROM:",
        "STATE INN#",
        "DCN:",
        "CITE ",
        "CITE#",
        "WARRANT #",
        "WARRANT NBR",
        "TOC:",
        "CONV STATUS",
        "CONV STAT",
    ];
    TAGS.iter().find(|tag| t.starts_with(**tag)).copied()
}

/// Which count number(s) a `CNT:` line gives, its range text, case number
/// and any charge on the same line.
struct CountLine {
    numbers: Vec<u32>,
    range: Option<String>,
    case: Option<String>,
    charge: Option<String>,
    warning: Option<String>,
}

/// The same answer as `count_line(line).is_some()`, without building
/// anything: most lines are asked, few are count lines.
fn is_count_line(line: &str) -> bool {
    let t = line.trim_ascii().trim_start_matches(['.', '\'', ' ']);
    let Some(rest) = t.strip_prefix("CNT") else {
        return false;
    };
    let rest = rest.trim_ascii_start();
    let Some(rest) = rest.strip_prefix(':').or_else(|| rest.strip_prefix(';')) else {
        return false;
    };
    let rest = rest.trim_ascii_start().trim_start_matches(['.', ' ']);
    let bytes = rest.as_bytes();
    let mut i =
        usize::from(rest.starts_with('-') && rest[1..].starts_with(|c: char| c.is_ascii_digit()));
    let (mut value, mut n_digits) = (0u64, 0usize);
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_digit() {
            value = value.saturating_mul(10).saturating_add(u64::from(b - b'0'));
            n_digits += 1;
            i += 1;
        } else if b == b' '
            && n_digits == 1
            && value == 0
            && rest[i..]
                .trim_ascii_start()
                .starts_with(|c: char| c.is_ascii_digit())
        {
            while i < bytes.len() && bytes[i] == b' ' {
                i += 1;
            }
        } else {
            break;
        }
    }
    n_digits > 0 && value <= u64::from(u32::MAX)
}

fn count_line(line: &str) -> Option<CountLine> {
    let t = line.trim_ascii().trim_start_matches(['.', '\'', ' ']);
    let rest = t.strip_prefix("CNT")?.trim_ascii_start();
    let rest = rest.strip_prefix(':').or_else(|| rest.strip_prefix(';'))?;
    let rest = rest.trim_ascii_start().trim_start_matches(['.', ' ']);
    let mut warning = None;
    // The number, perhaps split by OCR ("0    1"), or "-1".
    let mut digits = String::new();
    let mut i = 0;
    let bytes = rest.as_bytes();
    if rest.starts_with('-') && rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
        warning =
            Some("count number printed as a negative number; read as a positive one".to_string());
        i = 1;
    }
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_digit() {
            digits.push(b as char);
            i += 1;
        } else if b == b' '
            && digits == "0"
            && rest[i..]
                .trim_ascii_start()
                .starts_with(|c: char| c.is_ascii_digit())
        {
            // "CNT:0    1": an OCR split of "01".
            while i < bytes.len() && bytes[i] == b' ' {
                i += 1;
            }
            warning = Some("count number split by spaces; read as one number".to_string());
        } else {
            break;
        }
    }
    let first: u32 = digits.parse().ok()?;
    let mut numbers = vec![first];
    let mut range = None;
    let mut after = &rest[i..];
    if let Some(r) = after.strip_prefix('-') {
        let end_digits: String = r.chars().take_while(|c| c.is_ascii_digit()).collect();
        if let Ok(last) = end_digits.parse::<u32>()
            && last > first
            && last - first < 100
        {
            numbers = (first..=last).collect();
            range = Some(format!("{}-{}", digits, end_digits));
            after = &r[end_digits.len()..];
        }
    }
    let after = after.trim_ascii().trim_start_matches(['.', ' ']);
    let (case, charge) =
        if let Some(c) = after.strip_prefix('#').or_else(|| after.strip_prefix('*')) {
            (Some(clean_case(c)), None)
        } else if after.is_empty() {
            (None, None)
        } else {
            (None, Some(after.to_string()))
        };
    Some(CountLine {
        numbers,
        range,
        case: case.filter(|c| !c.is_empty()),
        charge,
        warning,
    })
}

/// A case number without periods and trailing punctuation (internal spaces kept).
fn clean_case(raw: &str) -> String {
    let no_periods: String = raw.chars().filter(|c| *c != '.').collect();
    no_periods
        .trim_ascii()
        .trim_end_matches(|c: char| !c.is_ascii_alphanumeric() && c != ')')
        .trim_ascii()
        .to_string()
}

impl<'a> Parser<'a> {
    fn new(lines: Lines<'a>, info: &'a [Line<'a>]) -> Self {
        Self {
            lines,
            info,
            history: History::default(),
            event_count: 0,
            banners: 0,
        }
    }

    fn run(&mut self) -> Result<(), ReadError> {
        let lines = self.lines;
        let info = self.info;
        // The body ends at END OF MESSAGE (or the end of the text).
        let end = lines.iter().position(|l| is_end(l)).unwrap_or(lines.len());
        if end == lines.len() {
            self.history.warnings.push(Warning {
                line: Some(line_no(lines.len().saturating_sub(1))),
                text: "no END OF MESSAGE line: the record may be incomplete".into(),
            });
        }
        let delimiters = self.delimiters(end);
        let Some(&(first, _)) = delimiters.first() else {
            if let Some(i) = lines.iter().position(|l| l.contains("RECORD ERROR")) {
                return Err(ReadError {
                    line: line_no(i),
                    column: column_of(lines[i]),
                    message:
                        "the DOJ replied with RECORD ERROR: this is an error reply, not a record"
                            .into(),
                });
            }
            return Err(ReadError {
                line: 1,
                column: 1,
                message: "not a RAP sheet: no cycle delimiter (a line \"* * * *\") was found"
                    .into(),
            });
        };
        self.header(0..first);
        let mut cycles: Vec<(usize, usize)> = Vec::new();
        for (k, &(_, body_start)) in delimiters.iter().enumerate() {
            let body_end = delimiters.get(k + 1).map_or(end, |d| d.0);
            cycles.push((body_start, body_end));
        }
        let mut cycle_no = 0;
        for (start, stop) in cycles {
            if self.is_trailer(start, stop) {
                self.trailer(start, stop);
                continue;
            }
            if (start..stop).all(|i| info[i].furniture) {
                continue;
            }
            cycle_no += 1;
            self.cycle(cycle_no, start, stop);
        }
        if cycle_no == 0 {
            let i = first;
            return Err(ReadError {
                line: line_no(i),
                column: 1,
                message: "the record has cycle delimiters but no events".into(),
            });
        }
        self.cross_checks();
        Ok(())
    }

    /// Cycle delimiters before `end`: (line of the delimiter, first line after it).
    fn delimiters(&self, end: usize) -> Vec<(usize, usize)> {
        let lines = self.lines;
        let info = self.info;
        let mut out = Vec::new();
        let mut i = 0;
        while i < end {
            let Some(n) = info[i].stars else {
                i += 1;
                continue;
            };
            // A vertical run of single stars: "*\n*\n*\n*".
            let mut j = i + 1;
            let mut total = n;
            if n <= 2 {
                while j < end && info[j].stars.is_some_and(|m| m <= 2) {
                    total += info[j].stars.unwrap_or(0);
                    j += 1;
                }
            }
            let next = (j..end).find(|&k| !info[k].blank);
            let followed_by_star =
                next.is_some_and(|k| lines[k].trim_ascii_start().starts_with('*'));
            let next_is_end = next.is_none_or(|k| is_end(lines[k]));
            if (3..=4).contains(&total) && !followed_by_star && !next_is_end {
                out.push((i, j));
            } else if (3..=4).contains(&total) && next_is_end {
                // "* * **" then END OF MESSAGE closes the last cycle.
                out.push((i, j));
            }
            i = j;
        }
        out
    }

    /// The header region: identification, print date, notices.
    fn header(&mut self, range: std::ops::Range<usize>) {
        let lines = self.lines;
        let info = self.info;
        let mut person = Person::default();
        let mut ciis: Vec<(usize, String)> = Vec::new();
        let mut in_names = false;
        for i in range.clone() {
            let l = lines[i];
            let t = info[i].t;
            if let Some(p) = HEADER_FINDERS[0].find(t.as_bytes())
                && (t.starts_with("RE:") || HEADER_FINDERS[1].find(t.as_bytes()).is_some())
            {
                let d: String = t[p + 5..].trim_ascii_start().chars().take(8).collect();
                if let Ok(d) = RecordDate::parse_compact(&d) {
                    self.history.printed_on = Some(d);
                }
            }
            if HEADER_FINDERS[2].find(t.as_bytes()).is_some() {
                self.history
                    .notices
                    .push("identity theft notice: some events may belong to someone else".into());
                warn(
                    &mut self.history,
                    i,
                    "the record carries an identity theft notice: some events may belong to someone else",
                );
            }
            if HEADER_FINDERS[3].find(t.as_bytes()).is_some() {
                self.history
                    .notices
                    .push("other CII numbers were consolidated into this record".into());
            }
            if t.starts_with("PROBATION:") || t.starts_with("PAROLE:") {
                let kind = if t.starts_with("PAROLE") {
                    "parole"
                } else {
                    "probation"
                };
                self.history
                    .notices
                    .push(format!("supervision status block ({kind}) in the header: the person may be under supervision"));
            }
            // Tagged fields, several per line.
            let mut names_line = false;
            for (tag, value) in tagged_fields(t) {
                match tag {
                    "CII" => ciis.push((
                        i,
                        value
                            .split_ascii_whitespace()
                            .next()
                            .unwrap_or("")
                            .to_string(),
                    )),
                    "DOB" => {
                        for (k, d) in value.split_ascii_whitespace().enumerate() {
                            if let Ok(d) = RecordDate::parse_compact(d) {
                                if person.dob.is_none() && k == 0 {
                                    person.dob = Some(d);
                                } else {
                                    person.other_dobs.push(d);
                                }
                            }
                        }
                    }
                    "SEX" => person.sex = value.split_ascii_whitespace().next().map(str::to_string),
                    "RAC" => person.race = Some(value.trim_ascii().to_string()),
                    "NAM" => {
                        names_line = true;
                        if let Some(name) = name_after_code(value) {
                            person.names.push(name);
                        }
                    }
                    _ => {}
                }
            }
            if names_line {
                in_names = true;
            } else if in_names {
                // Continuation names: "    02 SKYWALKER,LUKE".
                let indented = l.starts_with(' ');
                match name_after_code(t) {
                    Some(name) if indented && t.starts_with(|c: char| c.is_ascii_digit()) => {
                        person.names.push(name)
                    }
                    _ => in_names = false,
                }
            }
        }
        // The person's CII: letter plus 8 digits, in the identification block.
        let valid = |c: &str| {
            c.len() == 9
                && c.starts_with(|ch: char| ch.is_ascii_alphabetic())
                && c[1..].bytes().all(|b| b.is_ascii_digit())
        };
        for (_, c) in &ciis {
            if person.cii.is_none() && valid(c) {
                person.cii = Some(c.clone());
            } else if !c.is_empty() && person.cii.as_deref() != Some(c.as_str()) {
                person.other_ciis.push(c.clone());
            }
        }
        if person.cii.is_none()
            && let Some((i, _)) = ciis.first()
        {
            warn(
                &mut self.history,
                *i,
                "no CII number in the form letter plus 8 digits",
            );
        }
        self.history.person = person;
    }

    fn is_trailer(&self, start: usize, stop: usize) -> bool {
        /// Phrases of the notes DOJ prints after the last cycle, found in
        /// one pass over a line.
        static TRAILER_PHRASES: std::sync::LazyLock<aho_corasick::AhoCorasick> =
            std::sync::LazyLock::new(|| {
                aho_corasick::AhoCorasick::builder()
                    .match_kind(aho_corasick::MatchKind::LeftmostFirst)
                    .build([
                        "PROBATION FLAGS",
                        "FINGERPRINT IDENTIFICATION",
                        "POTENTIAL ENTRIES",
                        "POTENTIAL FELONY STRIKE",
                        "FOR DETAILS",
                        "ANNOTATED WITH",
                        "FOUND FOR THIS SUBJECT",
                    ])
                    .expect("a fixed list of phrases always builds")
            });
        let text: Vec<&str> = (start..stop)
            .map(|i| self.lines[i].trim_ascii())
            .filter(|t| !t.is_empty())
            .collect();
        !text.is_empty()
            && text.iter().all(|t| {
                t.starts_with('"')
                    || t.starts_with('*')
                    || t.starts_with("NOTE:")
                    || TRAILER_PHRASES.is_match(t)
            })
            && text.iter().any(|t| !t.starts_with('*'))
            && !text.iter().any(|t| keyword(t).is_some())
    }

    fn trailer(&mut self, start: usize, stop: usize) {
        for i in start..stop {
            let t = self.lines[i].trim_ascii();
            if let Some(rest) = t.strip_prefix("NOTE:") {
                let n: String = rest
                    .trim_ascii()
                    .chars()
                    .take_while(|c| c.is_ascii_digit())
                    .collect();
                if let Ok(n) = n.parse::<usize>()
                    && rest.contains("POTENTIAL")
                    && n != self.banners
                {
                    warn(
                        &mut self.history,
                        i,
                        format!(
                            "the record notes {n} potential felony strike entries but {} were found: something may be missing",
                            self.banners
                        ),
                    );
                }
            }
        }
    }

    /// One cycle: split into events at delimiters and keywords.
    fn cycle(&mut self, cycle: u32, start: usize, stop: usize) {
        let lines = self.lines;
        let info = self.info;
        let first_text = (start..stop).find(|&i| !info[i].furniture);
        let registration = first_text.is_some_and(|i| {
            let compact: String = lines[i].chars().filter(|c| *c != ' ').collect();
            compact.starts_with("REGISTRATION")
        });
        // Event boundaries.
        let mut chunks: Vec<(usize, usize)> = Vec::new();
        let mut chunk_start = start;
        let mut banner_lines: Vec<usize> = Vec::new();
        for i in start..stop {
            let l = &lines[i];
            let banner =
                l.trim_ascii_start().starts_with('*') && l.contains("POTENTIAL FELONY STRIKE");
            if info[i].stars.is_some_and(|n| n >= 5) || banner {
                if l.contains("POTENTIAL FELONY STRIKE") {
                    banner_lines.push(i);
                }
                continue;
            }
            if is_event_delimiter(l) {
                chunks.push((chunk_start, i));
                chunk_start = i + 1;
            } else if i > chunk_start
                && let Some(kw) = keyword(l)
                && (chunk_start..i).any(|k| !info[k].furniture && !info[k].t.starts_with("NAM"))
                && !(registration && kw.kind == EventKind::Registration)
            {
                chunks.push((chunk_start, i));
                chunk_start = i;
            }
        }
        chunks.push((chunk_start, stop));
        let before = self.history.events.len();
        for (a, b) in chunks {
            let has_text = (a..b).any(|i| {
                let t = info[i].t;
                !info[i].furniture
                    && info[i].stars.is_none()
                    && !t.contains("VCIN")
                    && !t.starts_with("**")
            });
            if has_text {
                self.event(cycle, a, b, registration);
            }
        }
        if !banner_lines.is_empty() {
            self.banners += banner_lines.len().min(1);
            if let Some(e) = self.history.events[before..].last_mut() {
                e.strike_banner = true;
            }
        }
    }

    /// One event.
    fn event(&mut self, cycle: u32, start: usize, stop: usize, registration: bool) {
        let lines = self.lines;
        let info = self.info;
        self.event_count += 1;
        let id = format!("e{}", self.event_count);
        let mut i = start;
        while i < stop && info[i].furniture {
            i += 1;
        }
        let header_line = i;
        let mut kw = keyword(lines[i]);
        // "NAM:001" on its own line before the keyword.
        if kw.is_none()
            && info[i].t.starts_with("NAM")
            && let Some(k) = (i + 1..stop).find(|&k| !info[k].blank)
            && let Some(found) = keyword(lines[k])
        {
            kw = Some(found);
            i = k;
        }
        let mut event = Event {
            id: id.clone(),
            cycle,
            kind: EventKind::Other,
            detail: None,
            custody: None,
            date: None,
            agency: None,
            county: None,
            case_number: None,
            counts: Vec::new(),
            strike_banner: false,
            text: None,
            line: Some(line_no(header_line)),
            column: Some(column_of(lines[header_line])),
        };
        let mut header_rest: Vec<String> = Vec::new();
        match &kw {
            Some(k) => {
                event.kind = if registration {
                    EventKind::Registration
                } else {
                    k.kind
                };
                event.detail = k.detail.map(str::to_string);
                event.custody = k.custody;
                header_rest.push(k.rest.clone());
                i += 1;
            }
            None if registration => event.kind = EventKind::Registration,
            None => {
                event.text = Some(lines[i].trim_ascii().chars().take(80).collect());
                warn(
                    &mut self.history,
                    header_line,
                    "an event of unknown kind: kept as \"other\"",
                );
            }
        }
        if event.kind == EventKind::Court
            && let Some(agency) = &event.agency
            && agency.starts_with("CAJV")
        {
            event.detail = Some("juvenile".into());
        }

        // Header lines: NAM, DOB, the date, the agency, TOC.
        let mut event_toc = None;
        let mut date_found = false;
        let mut agency_wanted = false;
        let mut body_start = i;
        let mut header_texts: Vec<(usize, String)> = header_rest
            .into_iter()
            .filter(|r| !r.is_empty())
            .map(|r| (i.saturating_sub(1), r))
            .collect();
        let mut k = i;
        while k < stop {
            let l = info[k].t;
            if info[k].furniture {
                k += 1;
                continue;
            }
            if info[k].count || info[k].dispo {
                break;
            }
            let looks_like_charge = crate::charge::looks_like_charge(l);
            if date_found && (!agency_wanted || looks_like_charge || info[k].tag.is_some()) {
                break;
            }
            if !date_found
                && looks_like_charge
                && !l.starts_with(|c: char| {
                    c.is_ascii_digit() && l.len() > 8 && date_token(&l[..8]).is_some()
                })
            {
                break;
            }
            header_texts.push((k, l.to_string()));
            let has_date = l.split_ascii_whitespace().any(|t| date_token(t).is_some());
            if has_date {
                date_found = true;
                // Agency on the same line after the date?
                let after_date = l
                    .split_ascii_whitespace()
                    .skip_while(|t| date_token(t).is_none())
                    .skip(1)
                    .filter(|t| !t.starts_with("TOC:"))
                    .count();
                agency_wanted = after_date == 0;
            } else if date_found && agency_wanted {
                agency_wanted = false;
            }
            k += 1;
            body_start = k;
        }
        if header_texts.is_empty() {
            body_start = i;
        }
        self.header_fields(&mut event, &header_texts, &mut event_toc);
        if event.date.is_none() {
            warn(&mut self.history, header_line, "an event without a date");
        }
        if let Some(agency) = &event.agency {
            match county_of(agency) {
                County::Known(c) => event.county = Some(c.to_string()),
                County::NotApplicable => {}
                County::Unknown => {
                    if matches!(event.kind, EventKind::Court) {
                        warn(
                            &mut self.history,
                            header_line,
                            "the court's county is not known: check it",
                        );
                    }
                }
            }
            if event.kind == EventKind::Court && agency.starts_with("CAJV") {
                event.detail = Some("juvenile".into());
            }
        }
        self.counts(&mut event, body_start, stop, event_toc);
        if event.counts.is_empty() && matches!(event.kind, EventKind::Arrest | EventKind::Court) {
            warn(
                &mut self.history,
                header_line,
                "an arrest or court event with no counts",
            );
        }
        self.history.events.push(event);
    }

    /// NAM, DOB, date, agency and TOC from the header lines.
    fn header_fields(
        &mut self,
        event: &mut Event,
        texts: &[(usize, String)],
        toc: &mut Option<Level>,
    ) {
        for (line, text) in texts {
            let (text, t) = strip_toc(text);
            if t.is_some() {
                *toc = t;
            }
            let mut agency_words: Vec<&str> = Vec::new();
            let mut seen_date = event.date.is_some();
            for token in text.split_ascii_whitespace() {
                if token.starts_with("NAM") && token.contains([':', ';']) {
                    continue;
                }
                if token.starts_with("DOB:") {
                    continue;
                }
                if !seen_date && let Some(d) = date_token(token) {
                    match d {
                        Ok(d) => event.date = Some(d),
                        Err(e) => warn(&mut self.history, *line, format!("event date {e}")),
                    }
                    seen_date = true;
                    continue;
                }
                if seen_date {
                    agency_words.push(token);
                }
            }
            // A bare "NAM:001" or "NAME:02" value token after the tag.
            agency_words.retain(|w| !(w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit())));
            if !agency_words.is_empty() && event.agency.is_none() {
                let agency = agency_words.join(" ");
                let agency = agency
                    .trim_matches(|c: char| c == '.' || c == ',')
                    .to_string();
                if !agency.is_empty() {
                    event.agency = Some(agency);
                }
            }
        }
    }

    /// The counts of an event, from `start` (after the header) to `stop`.
    fn counts(&mut self, event: &mut Event, start: usize, stop: usize, event_toc: Option<Level>) {
        let lines = self.lines;
        let info = self.info;
        // Count boundaries: CNT lines; text before the first CNT is an
        // implicit count (a registration printed without CNT).
        let mut bounds: Vec<usize> = (start..stop).filter(|&i| info[i].count).collect();
        // Text before the first CNT is an implicit count only if it is not
        // a tag (TOC:, NAM:) or furniture.
        let first_text = (start..stop).find(|&i| {
            let t = info[i].t;
            !info[i].furniture
                && info[i].stars.is_none()
                && !t.starts_with("**")
                && info[i].tag.is_none()
                && !t.starts_with("NAM")
        });
        if let Some(ft) = first_text
            && bounds.first().is_none_or(|b| ft < *b)
        {
            bounds.insert(0, ft);
        }
        let mut seen_numbers: Vec<u32> = Vec::new();
        for (k, &b) in bounds.iter().enumerate() {
            let e = bounds.get(k + 1).copied().unwrap_or(stop);
            let head = count_line(lines[b]);
            let (numbers, range, mut case, inline_charge, body_start) = match head {
                Some(cl) => {
                    if let Some(w) = cl.warning {
                        warn(&mut self.history, b, w);
                    }
                    let mut case = cl.case;
                    let mut body = b + 1;
                    // Case number on the next line: "#65131" or " . #312145".
                    if case.is_none()
                        && cl.charge.is_none()
                        && let Some(n) = (b + 1..e).find(|&n| !info[n].blank)
                    {
                        let t = info[n].t.trim_start_matches(['.', ' ']);
                        if let Some(c) = t.strip_prefix('#') {
                            case = Some(clean_case(c));
                            body = n + 1;
                        }
                    }
                    (
                        cl.numbers.into_iter().map(Some).collect::<Vec<_>>(),
                        cl.range,
                        case,
                        cl.charge,
                        body,
                    )
                }
                None => (vec![None], None, None, None, b),
            };
            for n in numbers.iter().flatten() {
                if seen_numbers.contains(n) {
                    warn(
                        &mut self.history,
                        b,
                        format!("count {n} appears twice in this event"),
                    );
                }
                seen_numbers.push(*n);
            }
            let template = self.count_body(event, b, body_start, e, inline_charge, event_toc);
            if case.as_deref().is_some_and(str::is_empty) {
                case = None;
            }
            if event.case_number.is_none() {
                event.case_number = case.clone();
            }
            // A range (`CNT:003-005`) repeats the body; the last takes it.
            let mut add = |mut c: Count, n: Option<u32>| {
                c.number = n;
                c.range = range.clone();
                c.id = format!("{}.c{}", event.id, event.counts.len() + 1);
                event.counts.push(c);
            };
            if let Some((&last, rest)) = numbers.split_last() {
                for &n in rest {
                    add(template.clone(), n);
                }
                add(template, last);
            }
        }
    }

    /// One count's body.
    fn count_body(
        &mut self,
        event: &Event,
        head: usize,
        start: usize,
        stop: usize,
        inline_charge: Option<String>,
        event_toc: Option<Level>,
    ) -> Count {
        let lines = self.lines;
        let info = self.info;
        let mut count = Count {
            id: String::new(),
            number: None,
            range: None,
            section: None,
            attempted: false,
            charge: None,
            description: None,
            charge_level: event_toc,
            disposition: None,
            level: None,
            sentence: None,
            updates: Vec::new(),
            flags: Vec::new(),
            tags: Vec::new(),
            comments: Vec::new(),
            line: Some(line_no(head)),
            column: Some(column_of(lines[head])),
        };
        // Where dispositions go: the original (`None`), or an update.
        let mut target: Option<usize> = None;
        let mut sen_open: Option<String> = None;
        let mut com_open = false;
        let mut charge_set = false;
        let mut see_comment = false;
        let mut com_sentence: Option<String> = None;

        let mut charge_text = inline_charge;
        let mut i = start;
        let finish_sentence = |count: &mut Count, target: Option<usize>, text: String| {
            let s = Sentence::parse(&text);
            match target {
                None => count.sentence = Some(s),
                Some(u) => count.updates[u].sentence = Some(s),
            }
        };
        while i <= stop {
            let line = if i < stop { lines[i] } else { "" };
            let li = if i < stop { info[i] } else { Line::default() };
            let t = li.t;
            let at_end = i == stop;
            // A sentence continues over lines until a tag, a date or a blank.
            if let Some(open) = sen_open.as_mut() {
                let continues = !at_end
                    && !t.is_empty()
                    && li.tag.is_none()
                    && !li.dispo
                    && !li.dated
                    && !li.count
                    && !li.marker
                    && (open.trim_ascii_end().ends_with(',')
                        || line.starts_with("    ")
                        || looks_like_sentence(t));
                if continues {
                    if t.len() > 3 {
                        open.push(' ');
                        open.push_str(t);
                    }
                    i += 1;
                    continue;
                }
                let text = sen_open.take().unwrap_or_default();
                finish_sentence(&mut count, target, text);
            }
            if at_end {
                break;
            }
            if li.furniture || li.stars.is_some() {
                com_open = false;
                i += 1;
                continue;
            }
            // Comment continuation: an indented line that is not a tag.
            if com_open && line.starts_with("   ") && li.tag.is_none() && !li.dispo && !li.dated {
                if let Some(last) = count.comments.last_mut() {
                    last.push(' ');
                    last.push_str(t);
                }
                i += 1;
                continue;
            }
            com_open = false;
            if li.dated
                && let Some((date, rest)) = update_date(t)
            {
                let date = match date {
                    Ok(d) => Some(d),
                    Err(e) => {
                        warn(&mut self.history, i, format!("update date {e}"));
                        None
                    }
                };
                count.updates.push(Update {
                    date,
                    dispositions: Vec::new(),
                    sentence: None,
                    comments: Vec::new(),
                    line: Some(line_no(i)),
                    column: Some(column_of(line)),
                });
                target = Some(count.updates.len() - 1);
                if !rest.is_empty()
                    && let Some(text) = dispo_text(rest)
                {
                    self.add_dispo(event, &mut count, target, text, i);
                }
                i += 1;
                continue;
            }
            if li.dispo
                && let Some(text) = dispo_text(t)
            {
                if target.is_none() && count.disposition.is_some() {
                    // A second DISPO with no date: keep it as an update of its own.
                    count.updates.push(Update {
                        date: None,
                        dispositions: Vec::new(),
                        sentence: None,
                        comments: Vec::new(),
                        line: Some(line_no(i)),
                        column: Some(column_of(line)),
                    });
                    target = Some(count.updates.len() - 1);
                }
                self.add_dispo(event, &mut count, target, text, i);
                i += 1;
                continue;
            }
            if let Some(level) = conv_status(t) {
                if level.is_some() {
                    count.level = level;
                }
                if level.is_none() {
                    warn(&mut self.history, i, "a CONV STATUS with no readable level");
                }
                i += 1;
                continue;
            }
            if let Some(tag) = li.tag {
                match tag {
                    "SEN:" | "SEN;" | "XSEN:" => {
                        let body = t.trim_start_matches(['.', '\'', ' ']);
                        sen_open = Some(body[tag.len()..].trim_ascii().to_string());
                    }
                    "COM:" | "COM;" => {
                        let body = t.trim_start_matches(['.', '\'', ' ']);
                        let text = body[tag.len()..].trim_ascii().to_string();
                        if let Some(s) = sentence_in_comment(&text) {
                            com_sentence.get_or_insert(s);
                        }
                        match target {
                            None => count.comments.push(text),
                            Some(u) => count.updates[u].comments.push(text),
                        }
                        com_open = true;
                    }
                    "TOC:" => {
                        let body = t.trim_start_matches(['.', '\'', ' ']);
                        if let Some(l) = toc_level(&body[4..]) {
                            count.charge_level = Some(l);
                        }
                    }
                    _ => count.tags.push(t.to_string()),
                }
                i += 1;
                continue;
            }
            if t.starts_with('-') && t[1..].starts_with(|c: char| c.is_ascii_alphabetic()) {
                for flag in t
                    .split(" -")
                    .map(|f| f.trim_ascii().trim_start_matches('-').trim_ascii())
                {
                    if !flag.is_empty() {
                        count.flags.push(flag.to_string());
                    }
                }
                i += 1;
                continue;
            }
            if t.trim_start_matches(['.', '\'', ' ']).starts_with("1170")
                && t.contains("SENTENCING")
            {
                count.flags.push("1170(H) SENTENCING".into());
                i += 1;
                continue;
            }
            if !charge_set && count.disposition.is_none() && count.updates.is_empty() {
                charge_text = Some(t.to_string());
                charge_set = true;
                i += 1;
                continue;
            }
            // Anything else is kept as a tagged line for a reviewer.
            count.tags.push(format!("TEXT: {t}"));
            i += 1;
        }

        // The charge.
        if let Some(text) = charge_text {
            count.charge = Some(text.clone());
            if text.contains("SEE COMMENT") || text.contains("SEE. COMMENT") {
                see_comment = true;
            } else if let Some(c) = parse_charge(&text, true) {
                count.section = c.section;
                count.attempted = c.attempted;
                count.description = c.description;
                if c.toc.is_some() {
                    count.charge_level = c.toc;
                }
                if c.code_typo {
                    warn(&mut self.history, head, "code \"CP\" read as \"PC\"");
                }
                if count.section.is_none() {
                    warn(
                        &mut self.history,
                        head,
                        "the code section could not be read",
                    );
                }
            } else {
                let (desc, toc) = strip_toc(&text);
                count.description = Some(desc.trim_ascii().to_string());
                if toc.is_some() {
                    count.charge_level = toc;
                }
            }
        }
        if see_comment || count.section.is_none() {
            let from_comment = count
                .comments
                .iter()
                .chain(count.updates.iter().flat_map(|u| &u.comments))
                .find_map(|c| charge_in_comment(c));
            if let Some(c) = from_comment {
                count.section = c.section;
                count.attempted = c.attempted;
                count.description = c.description.or(count.description.take());
                if c.toc.is_some() {
                    count.charge_level = c.toc;
                }
            } else if see_comment {
                warn(
                    &mut self.history,
                    head,
                    "the charge is in a comment that is missing: review this count",
                );
            }
        }
        if count.flags.iter().any(|f| f.contains("ATTEMPT")) {
            count.attempted = true;
        }
        // A sentence given only in a comment ("SEN-X3 YR PROB").
        if count.sentence.is_none()
            && count
                .disposition
                .as_ref()
                .is_some_and(|d| d.kind == DispositionKind::Convicted)
            && let Some(s) = com_sentence
        {
            count.sentence = Some(Sentence::parse(&s));
        }
        count
    }

    fn add_dispo(
        &mut self,
        event: &Event,
        count: &mut Count,
        update: Option<usize>,
        text: &str,
        line: usize,
    ) {
        let d = Disposition::classify(text);
        if d.kind == DispositionKind::Convicted && !matches!(event.kind, EventKind::Court) {
            warn(
                &mut self.history,
                line,
                "a CONVICTED disposition outside a court event",
            );
        }
        if d.kind == DispositionKind::Other {
            warn(
                &mut self.history,
                line,
                "a disposition of unknown kind: kept as written",
            );
        }
        match update {
            None => count.disposition = Some(d),
            Some(u) => count.updates[u].dispositions.push(d),
        }
    }

    fn cross_checks(&mut self) {
        let printed = self.history.printed_on.map(|d| d.latest());
        let mut late: Vec<usize> = Vec::new();
        for (k, e) in self.history.events.iter().enumerate() {
            if let (Some(p), Some(d)) = (printed, e.date)
                && d.earliest() > p
            {
                late.push(k);
            }
        }
        for k in late {
            let line = self.history.events[k].line.map_or(0, |l| l as usize - 1);
            warn(
                &mut self.history,
                line,
                "an event dated after the record was printed",
            );
        }
    }
}

fn looks_like_sentence(t: &str) -> bool {
    [
        "PROB",
        "JAIL",
        "JL",
        "PRISON",
        "FINE",
        "RESTN",
        "RSTN",
        "SS",
        "CONCURRENT",
        "IMP SEN",
    ]
    .iter()
    .any(|w| t.split([' ', ',']).any(|x| x == *w) || t.contains("IMP SEN"))
}

/// A sentence written inside a comment: `SEN-X3 YR PROB`, `XSEN:3 YR PROB`.
fn sentence_in_comment(text: &str) -> Option<String> {
    for key in ["SEN-X,", "SEN-X", "XSEN:", "XSEN"] {
        if let Some(i) = text.find(key) {
            return Some(text[i + key.len()..].trim_ascii().to_string());
        }
    }
    None
}

/// `TAG/value` pairs of an identification line (`DOB/19570119 SEX/M`).
fn tagged_fields(line: &str) -> Vec<(&str, &str)> {
    const TAGS: &[&str] = &[
        "CII", "DOB", "SEX", "RAC", "HGT", "WGT", "EYE", "HAIR", "HAI", "POB", "NAM", "MON", "FBI",
        "CDL", "IDN", "SOC", "INN", "MNU", "SMT", "MDS", "OCC",
    ];
    // One pass over the slashes: a tag is the word just before one (no
    // tag is a suffix of another, so at most one fits).
    let b = line.as_bytes();
    let mut found: Vec<(usize, &str)> = Vec::new();
    for slash in memchr::memchr_iter(b'/', b) {
        if let Some(tag) = TAGS
            .iter()
            .find(|t| slash >= t.len() && &b[slash - t.len()..slash] == t.as_bytes())
        {
            let at = slash - tag.len();
            if at == 0 || !b[at - 1].is_ascii_alphanumeric() {
                found.push((at, tag));
            }
        }
    }
    found
        .iter()
        .enumerate()
        .map(|(k, (at, tag))| {
            let start = at + tag.len() + 1;
            let end = found.get(k + 1).map_or(line.len(), |n| n.0);
            (*tag, line[start..end].trim_ascii())
        })
        .collect()
}

/// `01 SKYWALKER,LUKE JAY` → the name.
fn name_after_code(value: &str) -> Option<String> {
    let v = value.trim_ascii();
    let digits = v.chars().take_while(|c| c.is_ascii_digit()).count();
    if !(2..=3).contains(&digits) {
        return None;
    }
    let name = v[digits..].trim_ascii();
    (!name.is_empty()).then(|| name.to_string())
}

#[cfg(test)]
mod count_line_tests {
    use super::{count_line, is_count_line};

    #[test]
    fn the_quick_test_agrees_with_the_reader() {
        for line in [
            "CNT:001",
            " CNT :01 #12345",
            "CNT;003-005 496 PC-RECEIVE",
            "CNT:0    1",
            "CNT:-1",
            "CNT:",
            "CNT:X",
            "CNT:99999999999",
            "CNT:4294967295",
            "'.CNT: 02",
            "COUNT:01",
            "",
            "CNT:0 X",
        ] {
            assert_eq!(is_count_line(line), count_line(line).is_some(), "{line:?}");
        }
    }
}

#[cfg(test)]
mod tagged_fields_tests {
    use super::tagged_fields;

    #[test]
    fn tags_before_slashes() {
        assert_eq!(
            tagged_fields("CII/A99000015 DOB/19570119 SEX/M HAIR/BRO XDOB/1 EYE/BLU"),
            vec![
                ("CII", "A99000015"),
                ("DOB", "19570119"),
                ("SEX", "M"),
                ("HAIR", "BRO XDOB/1"),
                ("EYE", "BLU")
            ]
        );
        assert!(tagged_fields("NO TAGS HERE / AT ALL").is_empty());
        assert_eq!(tagged_fields("HAI/BRO"), vec![("HAI", "BRO")]);
    }
}
