//! Reading the research file: blocks of a few megabytes read at a time and
//! split into records in place (see [`crate::split`]), each row keeping its
//! raw line (so `results.csv` can repeat it unchanged) and its physical line
//! number, across several files that form one data set.
//!
//! A file may open with a byte-order mark and a header line (`RECORD_ID,...`,
//! possibly with a trailing comma); a line with the wrong number of fields is
//! a line error, never the end of the run.

use std::collections::VecDeque;
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::columns;
use crate::row::{LineError, Row};
use crate::split::{Block, Next, Rec, Splitter};

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

/// A file split into blocks of records.
struct FileReader {
    path: PathBuf,
    src: File,
    eof: bool,
    first: bool,
    /// Physical line of the next byte to split.
    line: u64,
    /// The end of the last block: the start of a record it cut.
    carry: Vec<u8>,
    splitter: Splitter,
}

/// Bytes read at a time (a block grows when one record is longer).
const BLOCK: usize = 4 << 20;

/// A record longer than this is not a line of a research file: most likely
/// a quote that is never closed, which would otherwise swallow the rest of
/// the file.
const MAX_RECORD: usize = 64 << 20;

/// What one block of a file gave: its records and their line numbers.
struct Split {
    block: Arc<Block>,
    recs: Vec<(u64, Rec)>,
}

impl FileReader {
    fn open(path: &Path) -> Result<Self, InputError> {
        let src = File::open(path).map_err(|source| InputError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Ok(Self {
            path: path.to_path_buf(),
            src,
            eof: false,
            first: true,
            line: 1,
            carry: Vec::new(),
            splitter: Splitter::default(),
        })
    }

    fn io(&self) -> impl Fn(std::io::Error) -> InputError + '_ {
        |source| InputError::Io {
            path: self.path.clone(),
            source,
        }
    }

    /// The next block's records, into `block` (empty, reused); `None` at
    /// the end of the file.
    fn next_block(&mut self, mut block: Block) -> Result<Option<Split>, InputError> {
        block.clear();
        block.bytes.append(&mut self.carry);
        let mut want = BLOCK;
        // Room for the fields of a block of typical lines (about eight
        // bytes a field), so that a new block's field ends are not copied
        // as they grow.
        block.ends.reserve(BLOCK / 8);
        let mut recs = Vec::with_capacity(BLOCK / 512);
        loop {
            if !self.eof {
                let room = want.saturating_sub(block.bytes.len()).max(1 << 16);
                // All the room at once: growing as the bytes come would copy
                // the block over and over.
                block.bytes.reserve(room);
                let n = (&mut self.src)
                    .take(room as u64)
                    .read_to_end(&mut block.bytes)
                    .map_err(self.io())?;
                // `take` stops short of `room` only at the end of the file.
                self.eof = n < room;
            }
            let mut start = 0;
            if self.first && block.bytes.starts_with(b"\xEF\xBB\xBF") {
                start = 3;
            }
            self.first = false;
            let (mut pos, end) = (start, block.bytes.len());
            let mut line = self.line;
            while let Next::Record(rec, next) = self.splitter.next(&mut block, pos, end, self.eof) {
                recs.push((line + u64::from(rec.lead), rec));
                line += u64::from(rec.newlines);
                pos = next;
            }
            if recs.is_empty() && !self.eof {
                // One record longer than the block: read more of it.
                if end - start > MAX_RECORD {
                    return Err(self.io()(std::io::Error::other(format!(
                        "line {}: a record runs over {} MB (is a quote never closed?)",
                        self.line,
                        MAX_RECORD >> 20
                    ))));
                }
                if start > 0 {
                    // Keep the byte-order mark out of the next try.
                    block.bytes.drain(..start);
                }
                block.unquoted.clear();
                block.ends.clear();
                want = block.bytes.len() * 2;
                continue;
            }
            self.line = line;
            self.carry.extend_from_slice(&block.bytes[pos..]);
            if recs.is_empty() {
                return Ok(None);
            }
            return Ok(Some(Split {
                block: Arc::new(block),
                recs,
            }));
        }
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
    split: Option<Split>,
    /// The next record of `split` to hand out.
    next: usize,
    /// The first record of the current file is still to come.
    at_start: bool,
    /// Blocks handed out, kept to reuse their memory once every row of
    /// one is dropped.
    spent: VecDeque<Arc<Block>>,
    lines: u64,
}

/// Blocks kept for reuse at most: more than a run holds at once (its
/// batches in flight), so that blocks are reused rather than made anew.
const SPENT: usize = 128;

impl Input {
    /// Read these files, in this order, as one data set.
    pub fn open(paths: &[PathBuf]) -> Self {
        Self {
            paths: paths.to_vec(),
            file: 0,
            current: None,
            split: None,
            next: 0,
            at_start: true,
            spent: VecDeque::new(),
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

    /// An empty block: a spent one no row uses any more, or a new one.
    fn fresh_block(&mut self) -> Block {
        let free = self.spent.iter().position(|b| Arc::strong_count(b) == 1);
        if let Some(i) = free
            && let Some(b) = self.spent.remove(i)
            && let Ok(b) = Arc::try_unwrap(b)
        {
            return b;
        }
        if self.spent.len() >= SPENT {
            self.spent.pop_front();
        }
        Block::default()
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
                self.at_start = true;
            }
            let need_block = self
                .split
                .as_ref()
                .is_none_or(|s| self.next >= s.recs.len());
            if need_block {
                if let Some(old) = self.split.take() {
                    self.spent.push_back(old.block);
                }
                let block = self.fresh_block();
                let reader = self.current.as_mut().expect("opened above");
                match reader.next_block(block)? {
                    Some(s) => {
                        self.split = Some(s);
                        self.next = 0;
                    }
                    None => {
                        self.current = None;
                        self.file += 1;
                    }
                }
                continue;
            }
            let split = self.split.as_ref().expect("checked above");
            let (line, rec) = split.recs[self.next];
            self.next += 1;
            let row = Row::new(self.file as u16, line, Arc::clone(&split.block), rec);
            let at_start = std::mem::replace(&mut self.at_start, false);
            if at_start && trim(row.bytes(0)) == b"RECORD_ID" {
                let path = &self.paths[self.file];
                check_header(path, rec.fields as usize, |i| row.bytes(i))?;
                continue;
            }
            self.lines += 1;
            if rec.fields as usize != columns::COUNT {
                return Ok(Some(Item::Error(LineError {
                    file: row.file,
                    line,
                    field: None,
                    reason: format!("{} fields, expected {}", rec.fields, columns::COUNT),
                })));
            }
            return Ok(Some(Item::Row(row)));
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
