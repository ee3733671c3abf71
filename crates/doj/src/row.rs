//! One line of the research file: its raw bytes, its 95 fields and where it
//! came from, and the checks that decide whether it can be used.

use std::borrow::Cow;
use std::sync::Arc;

use crate::columns;
use crate::reader::trim;
use crate::split::{Block, Rec};

/// A line that cannot be used, for `errors.csv`. It names the field at
/// fault and quotes at most that field, never the whole line (names, SSNs
/// and dates of birth are on every line).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineError {
    /// Index of the input file.
    pub file: u16,
    /// 1-based physical line.
    pub line: u64,
    /// The column at fault, when one is.
    pub field: Option<&'static str>,
    /// Why.
    pub reason: String,
}

/// One usable line: 95 fields, as offsets into the block of input it was
/// read from (a row is never a copy of its line).
#[derive(Clone)]
pub struct Row {
    /// Index of the input file.
    pub file: u16,
    /// 1-based physical line.
    pub line: u64,
    block: Arc<Block>,
    rec: Rec,
}

impl std::fmt::Debug for Row {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Row")
            .field("file", &self.file)
            .field("line", &self.line)
            .field("raw", &String::from_utf8_lossy(self.raw()))
            .finish()
    }
}

impl PartialEq for Row {
    fn eq(&self, other: &Self) -> bool {
        self.file == other.file && self.line == other.line && self.raw() == other.raw()
    }
}

impl Eq for Row {}

/// Bytes as text: UTF-8, or else Latin-1 (one character a byte).
fn text(b: &[u8]) -> Cow<'_, str> {
    match std::str::from_utf8(b) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => Cow::Owned(b.iter().map(|&c| c as char).collect()),
    }
}

impl Row {
    /// A row of a block (a usable row has 95 fields; the reader also looks
    /// at header lines and short lines through this type).
    pub(crate) fn new(file: u16, line: u64, block: Arc<Block>, rec: Rec) -> Self {
        Self {
            file,
            line,
            block,
            rec,
        }
    }

    /// The line as it was in the file, without its line break.
    pub fn raw(&self) -> &[u8] {
        let (start, len) = (self.rec.raw.0 as usize, self.rec.raw.1 as usize);
        &self.block.bytes[start..start + len]
    }

    /// Read through the row's memory once, front to back, one byte per
    /// cache line. Evaluation then reads fields out of order, and each
    /// read of a row not in cache would wait for memory; a walk in order
    /// lets the processor fetch the lines ahead.
    pub fn warm(&self) {
        let b = &*self.block;
        let mut x = 0u8;
        for line in self.raw().chunks(64) {
            x ^= line[0];
        }
        let first = self.rec.ends as usize;
        let ends = b.ends.get(first..first + self.rec.fields as usize);
        for line in ends.unwrap_or_default().chunks(16) {
            x ^= line[0] as u8;
        }
        std::hint::black_box(x);
    }

    /// A field's bytes, untrimmed (empty past the last field).
    pub fn bytes(&self, i: usize) -> &[u8] {
        self.block.field(&self.rec, i)
    }

    /// A field, trimmed, as text (Latin-1 when it is not UTF-8).
    pub fn get(&self, i: usize) -> Cow<'_, str> {
        text(trim(self.bytes(i)))
    }

    /// A field, trimmed, with fillers (`NULL`, `-`) read as empty; `None`
    /// when empty. (The `x`, `y` and `#` fillers of the fixtures sit in
    /// separator columns, which are never read; a single `Y` is a real unit
    /// code in `SENT_TIME_CODE`.)
    pub fn value(&self, i: usize) -> Option<Cow<'_, str>> {
        let b = trim(self.bytes(i));
        let filler = match b.len() {
            0 => true,
            1 => b[0] == b'-',
            4 => b.eq_ignore_ascii_case(b"NULL"),
            _ => false,
        };
        (!filler).then(|| text(b))
    }

    /// An identifier field (case number, CII): like [`Row::value`], and the
    /// fixtures' one-letter fillers (`x`, `y`, `#`) are empty too.
    pub fn id_value(&self, i: usize) -> Option<Cow<'_, str>> {
        let b = trim(self.bytes(i));
        if b.len() == 1 && matches!(b[0], b'x' | b'X' | b'y' | b'Y' | b'#') {
            return None;
        }
        self.value(i)
    }

    /// The subject key.
    pub fn subject(&self) -> &[u8] {
        trim(self.bytes(columns::SUBJECT_ID))
    }

    /// The 12-digit count position.
    pub fn cnt_order(&self) -> &[u8] {
        trim(self.bytes(columns::CNT_ORDER))
    }

    /// Check what grouping needs: a subject id and a 12-digit `CNT_ORDER`.
    pub fn check(&self) -> Result<(), LineError> {
        let err = |field: &'static str, reason: String| LineError {
            file: self.file,
            line: self.line,
            field: Some(field),
            reason,
        };
        let subject = self.subject();
        if subject.is_empty() || subject.eq_ignore_ascii_case(b"NULL") {
            return Err(err("SUBJECT_ID", "SUBJECT_ID is blank".into()));
        }
        let order = self.cnt_order();
        if order.len() != 12 || !order.iter().all(u8::is_ascii_digit) {
            return Err(err(
                "CNT_ORDER",
                format!(
                    "CNT_ORDER \"{}\": expected 12 digits",
                    String::from_utf8_lossy(&order[..order.len().min(20)])
                ),
            ));
        }
        Ok(())
    }
}
