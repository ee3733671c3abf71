//! One person at a time: rows grouped by `SUBJECT_ID`.
//!
//! DOJ files keep a person's rows together, so the usual path holds one
//! person in memory and streams. To tell a subject that comes back from a
//! new one, it remembers the subjects done: while they come in ascending
//! order only the first and the last, so a sorted file is read in the same
//! memory whatever its length. When a subject shows up again after other
//! subjects (a file not grouped, or a person split across files), the caller
//! starts over with [`Spilled`]: rows go to temporary bucket files by a hash
//! of the subject, and each bucket is grouped on its own, so memory stays
//! bounded by the bucket size, never by the input.

use std::collections::{HashMap, HashSet};
use std::hash::Hasher;
use std::io::{BufWriter, Read, Write};
use std::path::PathBuf;
use std::sync::Arc;

use crate::columns;
use crate::reader::{Input, InputError, Item};
use crate::row::{LineError, Row};
use crate::split::{Block, Next, Splitter};

/// All the rows of one person, in input order.
#[derive(Debug)]
pub struct Person {
    /// The rows.
    pub rows: Vec<Row>,
}

/// What grouping yields.
#[derive(Debug)]
pub enum Group {
    /// A person.
    Person(Person),
    /// A line that cannot be used.
    Error(LineError),
}

/// Why streaming grouping stopped.
#[derive(Debug, thiserror::Error)]
pub enum GroupError {
    /// The input cannot be read.
    #[error(transparent)]
    Input(#[from] InputError),
    /// A subject came back after others: the input is not grouped.
    #[error("the rows of a person are not together (line {line} of input {file})")]
    NotGrouped {
        /// Input file index.
        file: u16,
        /// Line.
        line: u64,
    },
    /// A temporary file failed.
    #[error("temporary file: {0}")]
    Temp(#[from] std::io::Error),
}

/// Streaming grouping for inputs whose people are contiguous.
pub struct Streaming {
    input: Input,
    current: Vec<Row>,
    /// The subject of `current`.
    subject: Vec<u8>,
    next_row: Option<Row>,
    /// The subjects done while they came in ascending order (as a file
    /// sorted by subject has them all): only the first and the last are
    /// kept, so a sorted file is grouped in the same memory however long
    /// it is.
    sorted: Option<(Vec<u8>, Vec<u8>)>,
    /// The order has broken: subjects done since then are in `done`.
    unsorted: bool,
    /// A hash of each subject done after the order broke. Two subjects
    /// with the same 64-bit hash (about one chance in 10^8 for ten million
    /// people) would only make the run group through temporary files, with
    /// the same results.
    done: HashSet<u64>,
    ended: bool,
}

/// Subject order: shorter first, then by bytes (numeric ids sort as
/// numbers).
fn before(a: &[u8], b: &[u8]) -> bool {
    (a.len(), a) < (b.len(), b)
}

/// The hash of a subject, the same in every run (not randomly seeded).
fn subject_hash(subject: &[u8]) -> u64 {
    let mut h = std::hash::DefaultHasher::new();
    h.write(subject);
    h.finish()
}

impl Streaming {
    /// Group these files.
    pub fn new(paths: &[PathBuf]) -> Self {
        Self {
            input: Input::open(paths),
            current: Vec::new(),
            subject: Vec::new(),
            next_row: None,
            sorted: None,
            unsorted: false,
            done: HashSet::new(),
            ended: false,
        }
    }

    /// Whether `subject` may have been done already. Within the range of
    /// the sorted subjects this cannot be told without keeping them all,
    /// so it counts as done: the run then groups through temporary files,
    /// which is slower but exact.
    fn maybe_done(&self, subject: &[u8]) -> bool {
        let in_sorted = self
            .sorted
            .as_ref()
            .is_some_and(|(first, last)| !before(subject, first) && !before(last, subject));
        in_sorted || self.done.contains(&subject_hash(subject))
    }

    /// Data lines read so far.
    pub fn lines(&self) -> u64 {
        self.input.lines()
    }

    /// The next person or line error.
    pub fn next_group(&mut self) -> Result<Option<Group>, GroupError> {
        if let Some(row) = self.next_row.take() {
            self.subject.clear();
            self.subject.extend_from_slice(row.subject());
            self.current.push(row);
        }
        loop {
            if self.ended {
                return Ok(self.flush());
            }
            match self.input.next_item()? {
                None => {
                    self.ended = true;
                }
                Some(Item::Error(e)) => return Ok(Some(Group::Error(e))),
                Some(Item::Row(row)) => {
                    if let Err(e) = row.check() {
                        return Ok(Some(Group::Error(e)));
                    }
                    if self.current.is_empty() {
                        self.subject.clear();
                        self.subject.extend_from_slice(row.subject());
                    }
                    if row.subject() == self.subject.as_slice() {
                        self.current.push(row);
                        continue;
                    }
                    if self.maybe_done(row.subject()) {
                        return Err(GroupError::NotGrouped {
                            file: row.file,
                            line: row.line,
                        });
                    }
                    self.next_row = Some(row);
                    return Ok(self.flush());
                }
            }
        }
    }

    fn flush(&mut self) -> Option<Group> {
        if self.current.is_empty() {
            return None;
        }
        let subject = &self.subject;
        match &mut self.sorted {
            _ if self.unsorted => {
                self.done.insert(subject_hash(subject));
            }
            None => self.sorted = Some((subject.clone(), subject.clone())),
            Some((_, last)) if before(last, subject) => {
                last.clear();
                last.extend_from_slice(subject);
            }
            Some(_) => {
                self.unsorted = true;
                self.done.insert(subject_hash(subject));
            }
        }
        // The next person's rows are about as many: start with room for them.
        let room = self.current.len().max(8);
        let rows = std::mem::replace(&mut self.current, Vec::with_capacity(room));
        Some(Group::Person(Person { rows }))
    }
}

/// Grouping through temporary bucket files, for inputs that are not
/// grouped by person.
pub struct Spilled {
    buckets: Vec<tempfile::NamedTempFile>,
    next_bucket: usize,
    ready: std::vec::IntoIter<Person>,
    errors: std::vec::IntoIter<LineError>,
    lines: u64,
}

/// About this many bytes of input per bucket.
const BUCKET_BYTES: u64 = 32 << 20;

impl Spilled {
    /// Read every file once, sending rows to buckets by subject. Line
    /// errors are kept (they are small) and yielded first.
    pub fn new(paths: &[PathBuf]) -> Result<Self, GroupError> {
        let total: u64 = paths
            .iter()
            .map(|p| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0))
            .sum();
        let n = (total / BUCKET_BYTES + 1).clamp(1, 4096) as usize;
        let mut buckets = Vec::with_capacity(n);
        let mut writers = Vec::with_capacity(n);
        for _ in 0..n {
            let f = tempfile::NamedTempFile::new()?;
            writers.push(BufWriter::new(f.reopen()?));
            buckets.push(f);
        }
        // A fixed hash (not a random seed): the same input always gives
        // the same buckets, so outputs come in the same order every run.
        let mut input = Input::open(paths);
        let mut errors = Vec::new();
        while let Some(item) = input.next_item()? {
            match item {
                Item::Error(e) => errors.push(e),
                Item::Row(row) => {
                    if let Err(e) = row.check() {
                        errors.push(e);
                        continue;
                    }
                    let b = (subject_hash(row.subject()) % n as u64) as usize;
                    write_row(&mut writers[b], &row)?;
                }
            }
        }
        for mut w in writers {
            w.flush()?;
        }
        Ok(Self {
            buckets,
            next_bucket: 0,
            ready: Vec::new().into_iter(),
            errors: errors.into_iter(),
            lines: input.lines(),
        })
    }

    /// Data lines read.
    pub fn lines(&self) -> u64 {
        self.lines
    }

    /// The next line error, then the next person.
    pub fn next_group(&mut self) -> Result<Option<Group>, GroupError> {
        if let Some(e) = self.errors.next() {
            return Ok(Some(Group::Error(e)));
        }
        loop {
            if let Some(p) = self.ready.next() {
                return Ok(Some(Group::Person(p)));
            }
            let Some(bucket) = self.buckets.get(self.next_bucket) else {
                return Ok(None);
            };
            self.next_bucket += 1;
            let mut people: Vec<Person> = Vec::new();
            let mut index: HashMap<Box<[u8]>, usize> = HashMap::new();
            for row in read_bucket(bucket)? {
                match index.get(row.subject()) {
                    Some(&i) => people[i].rows.push(row),
                    None => {
                        index.insert(row.subject().into(), people.len());
                        people.push(Person { rows: vec![row] });
                    }
                }
            }
            self.ready = people.into_iter();
        }
    }
}

fn write_row(w: &mut impl Write, row: &Row) -> std::io::Result<()> {
    let raw = row.raw();
    w.write_all(&row.file.to_le_bytes())?;
    w.write_all(&row.line.to_le_bytes())?;
    w.write_all(&(raw.len() as u32).to_le_bytes())?;
    w.write_all(raw)?;
    Ok(())
}

/// A bucket's rows, read back as one block. Each raw line is split again
/// (cheaper than storing the split fields).
fn read_bucket(bucket: &tempfile::NamedTempFile) -> std::io::Result<Vec<Row>> {
    let mut block = Block::default();
    bucket.reopen()?.read_to_end(&mut block.bytes)?;
    let changed = || std::io::Error::other("a spilled row changed");
    let mut splitter = Splitter::default();
    let mut found = Vec::new();
    let mut pos = 0;
    while pos < block.bytes.len() {
        let head = block.bytes.get(pos..pos + 14).ok_or_else(changed)?;
        let file = u16::from_le_bytes([head[0], head[1]]);
        let line = u64::from_le_bytes(head[2..10].try_into().map_err(|_| changed())?);
        let len = u32::from_le_bytes(head[10..14].try_into().map_err(|_| changed())?) as usize;
        let (start, end) = (pos + 14, pos + 14 + len);
        if end > block.bytes.len() {
            return Err(changed());
        }
        match splitter.next(&mut block, start, end, true) {
            Next::Record(rec, _) if rec.fields as usize == columns::COUNT => {
                found.push((file, line, rec));
            }
            _ => return Err(changed()),
        }
        pos = end;
    }
    let block = Arc::new(block);
    Ok(found
        .into_iter()
        .map(|(file, line, rec)| Row::new(file, line, Arc::clone(&block), rec))
        .collect())
}
