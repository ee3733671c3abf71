//! Reading the research file: records split by `csv-core` straight from a
//! byte buffer, keeping each line's raw bytes (so `results.csv` can repeat
//! it unchanged) and its physical line number, across several files that
//! form one data set.
//!
//! A file may open with a byte-order mark and a header line (`RECORD_ID,...`,
//! possibly with a trailing comma); a line with the wrong number of fields is
//! a line error, never the end of the run.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use csv_core::ReadRecordResult;

use crate::columns;
use crate::row::{LineError, Row};

/// The input cannot be used at all (as opposed to one bad line).
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// The file could not be opened or read.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The header names other columns than the research file's.
    #[error("{path}: line 1: header column {column} is \"{found}\", expected \"{expected}\"")]
    Header {
        /// The file.
        path: PathBuf,
        /// 1-based column.
        column: usize,
        /// What the header says.
        found: String,
        /// What it should say.
        expected: &'static str,
    },
}

/// One record as split from the input.
struct Split {
    raw: Vec<u8>,
    data: Vec<u8>,
    ends: Vec<usize>,
    /// Bytes of `data` and entries of `ends` the current record uses.
    data_len: usize,
    ends_len: usize,
    line: u64,
}

/// Splits one file into records.
struct FileReader {
    path: PathBuf,
    src: File,
    buf: Vec<u8>,
    pos: usize,
    len: usize,
    eof: bool,
    core: csv_core::Reader,
    line: u64,
    first: bool,
}

const BUF: usize = 1 << 20;

impl FileReader {
    fn open(path: &Path) -> Result<Self, InputError> {
        let src = File::open(path).map_err(|source| InputError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Ok(Self {
            path: path.to_path_buf(),
            src,
            buf: vec![0; BUF],
            pos: 0,
            len: 0,
            eof: false,
            core: csv_core::Reader::new(),
            line: 1,
            first: true,
        })
    }

    fn refill(&mut self) -> Result<(), InputError> {
        self.pos = 0;
        self.len = 0;
        while self.len < self.buf.len() {
            let n = self
                .src
                .read(&mut self.buf[self.len..])
                .map_err(|source| InputError::Io {
                    path: self.path.clone(),
                    source,
                })?;
            if n == 0 {
                self.eof = true;
                break;
            }
            self.len += n;
        }
        if self.first {
            self.first = false;
            if self.buf[..self.len].starts_with(b"\xEF\xBB\xBF") {
                self.pos = 3;
            }
        }
        Ok(())
    }

    /// The next record, into `s` (reused), or `false` at the end.
    fn next(&mut self, s: &mut Split) -> Result<bool, InputError> {
        s.raw.clear();
        // The buffers keep their size between records (filling them with
        // zeros again for every record would cost more than the split).
        if s.data.len() < 1024 {
            s.data.resize(1024, 0);
        }
        if s.ends.len() < 128 {
            s.ends.resize(128, 0);
        }
        let mut nout_total = 0;
        let mut nends_total = 0;
        loop {
            if self.pos == self.len && !self.eof {
                self.refill()?;
            }
            let input = &self.buf[self.pos..self.len];
            let (res, nin, nout, nend) =
                self.core
                    .read_record(input, &mut s.data[nout_total..], &mut s.ends[nends_total..]);
            s.raw.extend_from_slice(&input[..nin]);
            self.pos += nin;
            nout_total += nout;
            nends_total += nend;
            match res {
                ReadRecordResult::InputEmpty => {
                    if self.eof && self.pos == self.len && nin == 0 {
                        // Flush the last record (no final newline).
                        let (res, _, nout, nend) = self.core.read_record(
                            &[],
                            &mut s.data[nout_total..],
                            &mut s.ends[nends_total..],
                        );
                        nout_total += nout;
                        nends_total += nend;
                        if res == ReadRecordResult::Record {
                            break;
                        }
                        return Ok(false);
                    }
                }
                ReadRecordResult::OutputFull => {
                    let n = s.data.len() * 2;
                    s.data.resize(n, 0);
                }
                ReadRecordResult::OutputEndsFull => {
                    let n = s.ends.len() * 2;
                    s.ends.resize(n, 0);
                }
                ReadRecordResult::Record => break,
                ReadRecordResult::End => return Ok(false),
            }
        }
        s.data_len = nout_total;
        s.ends_len = nends_total;
        // Blank lines before the record belong to no record.
        let lead = s
            .raw
            .iter()
            .take_while(|b| matches!(b, b'\n' | b'\r'))
            .filter(|b| **b == b'\n')
            .count();
        s.line = self.line + lead as u64;
        self.line += s.raw.iter().filter(|b| **b == b'\n').count() as u64;
        Ok(true)
    }
}

/// One item of the input: a usable line or a line error.
#[derive(Debug)]
pub enum Item {
    /// A line with 95 fields.
    Row(Row),
    /// A line that cannot be used.
    Error(LineError),
}

/// Every line of several files, in order.
pub struct Input {
    paths: Vec<PathBuf>,
    file: usize,
    current: Option<FileReader>,
    split: Split,
    lines: u64,
}

impl Input {
    /// Read these files, in this order, as one data set.
    pub fn open(paths: &[PathBuf]) -> Self {
        Self {
            paths: paths.to_vec(),
            file: 0,
            current: None,
            split: Split {
                raw: Vec::new(),
                data: Vec::new(),
                ends: Vec::new(),
                data_len: 0,
                ends_len: 0,
                line: 0,
            },
            lines: 0,
        }
    }

    /// The input files.
    pub fn paths(&self) -> &[PathBuf] {
        &self.paths
    }

    /// Data lines read so far (header lines excluded).
    pub fn lines(&self) -> u64 {
        self.lines
    }

    /// The next line, a line error, `None` at the end, or an error that
    /// makes the input unusable.
    pub fn next_item(&mut self) -> Result<Option<Item>, InputError> {
        loop {
            if self.current.is_none() {
                let Some(path) = self.paths.get(self.file) else {
                    return Ok(None);
                };
                self.current = Some(FileReader::open(path)?);
            }
            let reader = self.current.as_mut().expect("opened above");
            let at_start = reader.line == 1;
            if !reader.next(&mut self.split)? {
                self.current = None;
                self.file += 1;
                continue;
            }
            let s = &self.split;
            let (data, ends) = (&s.data[..s.data_len], &s.ends[..s.ends_len]);
            let field = |i: usize| -> &[u8] {
                let start = if i == 0 { 0 } else { ends[i - 1] };
                &data[start..ends[i]]
            };
            if at_start && !ends.is_empty() && trim(field(0)) == b"RECORD_ID" {
                check_header(&reader.path, ends.len(), field)?;
                continue;
            }
            self.lines += 1;
            let file = self.file as u16;
            if ends.len() != columns::COUNT {
                return Ok(Some(Item::Error(LineError {
                    file,
                    line: s.line,
                    field: None,
                    reason: format!("{} fields, expected {}", ends.len(), columns::COUNT),
                })));
            }
            return Ok(Some(Item::Row(Row::new(
                file,
                s.line,
                strip_terminator(&s.raw),
                data,
                ends,
            ))));
        }
    }
}

fn check_header<'a>(
    path: &Path,
    n: usize,
    field: impl Fn(usize) -> &'a [u8],
) -> Result<(), InputError> {
    let trailing_empty = n == columns::COUNT + 1 && trim(field(n - 1)).is_empty();
    for (i, expected) in columns::NAMES.iter().enumerate() {
        let found = if i < n { trim(field(i)) } else { b"" };
        if !found.eq_ignore_ascii_case(expected.as_bytes()) {
            return Err(InputError::Header {
                path: path.to_path_buf(),
                column: i + 1,
                found: String::from_utf8_lossy(found).into_owned(),
                expected,
            });
        }
    }
    if n > columns::COUNT && !trailing_empty {
        return Err(InputError::Header {
            path: path.to_path_buf(),
            column: columns::COUNT + 1,
            found: String::from_utf8_lossy(field(columns::COUNT)).into_owned(),
            expected: "(nothing)",
        });
    }
    Ok(())
}

/// The raw line without its line break.
fn strip_terminator(raw: &[u8]) -> &[u8] {
    let start = raw
        .iter()
        .position(|b| !matches!(b, b'\n' | b'\r'))
        .unwrap_or(raw.len());
    let mut end = raw.len();
    while end > start && matches!(raw[end - 1], b'\n' | b'\r') {
        end -= 1;
    }
    &raw[start..end]
}

/// Spaces and tabs trimmed from both ends.
pub fn trim(b: &[u8]) -> &[u8] {
    let start = b
        .iter()
        .position(|c| !matches!(c, b' ' | b'\t'))
        .unwrap_or(b.len());
    let end = b
        .iter()
        .rposition(|c| !matches!(c, b' ' | b'\t'))
        .map_or(start, |e| e + 1);
    &b[start..end]
}
