//! A bulk run: read, group, evaluate in parallel, write.
//!
//! A reader thread groups rows into people and hands batches to the
//! evaluation pool; results are written in input order, so a run's outputs
//! are the same whatever the thread count. Every output is written under a
//! temporary name and renamed only when the whole run succeeded: a crash
//! never leaves a complete-looking file (and old outputs are removed first).

use std::fs::File;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{SyncSender, sync_channel};
use std::sync::{Arc, Mutex};

use doj::columns;
use doj::group::{Group, GroupError, Spilled, Streaming};
use doj::row::LineError;

use crate::person::{self, Config};
use crate::summary::Summary;
use crate::xlsx::Column;

/// The outputs, in the order the README lists them.
pub const OUTPUTS: &[&str] = &[
    "results.csv",
    "convictions.csv",
    "summary.json",
    "errors.csv",
    "convictions.xlsx",
    "report.html",
    "changes.csv",
];

/// The columns added to every input row in `results.csv`.
pub const RESULT_COLUMNS: &[&str] = &[
    "CS_COUNT",
    "CS_REMEDY",
    "CS_OUTCOME",
    "CS_ACTION",
    "CS_ELIGIBLE_ON",
    "CS_POLICY_RULE",
];

/// The columns of `convictions.csv` (and of the workbook's Convictions
/// sheet, with what each holds).
pub const CONVICTION_COLUMNS: &[(&str, Column)] = &[
    ("subject_id", Column::Text),
    ("input", Column::Shared),
    ("line", Column::Number),
    ("count", Column::Shared),
    ("county", Column::Shared),
    ("case_number", Column::Text),
    ("conviction_date", Column::Text),
    ("section", Column::Shared),
    ("level", Column::Shared),
    ("remedy", Column::Shared),
    ("outcome", Column::Shared),
    ("action", Column::Shared),
    ("eligible_on", Column::Text),
    ("policy_rule", Column::Shared),
    ("reason", Column::Shared),
    ("other_remedies", Column::Shared),
];

/// What to run.
#[derive(Clone, Debug)]
pub struct Options {
    /// Input files, one data set.
    pub inputs: Vec<PathBuf>,
    /// Output folder.
    pub out: PathBuf,
    /// Evaluation settings.
    pub config: Config,
    /// Worker threads (default: all cores).
    pub threads: Option<usize>,
    /// An earlier run's folder, for `changes.csv`.
    pub previous: Option<PathBuf>,
    /// Show a progress bar (only drawn on a terminal).
    pub progress: bool,
}

/// Why a run failed as a whole.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    /// The input cannot be read.
    #[error(transparent)]
    Input(#[from] doj::reader::InputError),
    /// Writing an output failed.
    #[error("{path}: {source}")]
    Output {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// Another failure.
    #[error("{0}")]
    Other(String),
}

/// Rows per batch handed to the pool.
const BATCH_ROWS: usize = 8_192;

/// People per piece of a batch: each piece is evaluated and turned into
/// output bytes by one worker.
const PIECE_PEOPLE: usize = 128;

/// What the pool makes of a few people: every output's bytes for them, in
/// order, and their figures. Made and freed on the worker that evaluated
/// them, so the many small allocations of an evaluation never cross
/// threads; the writer only copies the bytes out.
struct Piece {
    results: Vec<u8>,
    /// Input rows, each one line of `results`.
    rows: u64,
    convictions: Vec<u8>,
    xlsx: crate::xlsx::Rows,
    summary: Summary,
}

/// Output buffers the writer hands back for the pool to fill again: fresh
/// memory costs the kernel a page clearing for every page, which is more
/// than writing the bytes into it.
#[derive(Default)]
struct Spare(Mutex<Vec<Vec<u8>>>);

impl Spare {
    /// A buffer for `want` bytes: a spare one big enough when there is
    /// one (growing a spare buffer would copy its old bytes for nothing).
    fn take(&self, want: usize) -> Vec<u8> {
        let found = self.0.lock().ok().and_then(|mut s| {
            let i = s.iter().rposition(|v| v.capacity() >= want)?;
            Some(s.swap_remove(i))
        });
        match found {
            Some(mut v) => {
                v.clear();
                v
            }
            // Rounded up, so that it serves later pieces too.
            None => Vec::with_capacity(want.next_power_of_two()),
        }
    }

    fn give(&self, v: Vec<u8>) {
        if let Ok(mut s) = self.0.lock()
            && s.len() < 64
        {
            s.push(v);
        }
    }
}

impl Piece {
    fn make(
        groups: &[Group],
        cfg: &Config,
        names: &[String],
        spare: &Spare,
    ) -> Result<Self, RunError> {
        let size: usize = groups
            .iter()
            .map(|g| match g {
                Group::Person(p) => p.rows.iter().map(|r| r.raw().len() + 48).sum(),
                Group::Error(_) => 0,
            })
            .sum();
        let mut piece = Piece {
            results: spare.take(size),
            rows: 0,
            convictions: Vec::new(),
            xlsx: crate::xlsx::Rows::default(),
            summary: Summary::default(),
        };
        let mut convictions = csv::Writer::from_writer(spare.take(size / 8));
        let mut line = itoa::Buffer::new();
        for g in groups {
            let Group::Person(p) = g else { continue };
            let out = person::evaluate(p, cfg);
            for (row, conv) in p.rows.iter().zip(&out.cols) {
                // The raw line, then the columns (their values never need
                // quoting).
                let w = &mut piece.results;
                w.extend_from_slice(row.raw());
                match conv.and_then(|i| out.convictions.get(i as usize)) {
                    Some(c) => {
                        for v in [
                            c.count.as_str(),
                            c.remedy,
                            c.outcome,
                            c.action,
                            c.eligible_on.as_str(),
                            c.policy_rule,
                        ] {
                            w.push(b',');
                            w.extend_from_slice(v.as_bytes());
                        }
                        w.push(b'\n');
                    }
                    None => w.extend_from_slice(b",,,,,,\n"),
                }
            }
            piece.rows += p.rows.len() as u64;
            for c in &out.convictions {
                let name = names.get(c.file as usize).map_or("", String::as_str);
                let record = [
                    out.subject_id.as_str(),
                    name,
                    line.format(c.line),
                    &c.count,
                    &c.county,
                    &c.case_number,
                    &c.conviction_date,
                    &c.section,
                    c.level,
                    c.remedy,
                    c.outcome,
                    c.action,
                    &c.eligible_on,
                    c.policy_rule,
                    &c.reason,
                    &c.other_remedies,
                ];
                convictions
                    .write_record(record)
                    .map_err(|e| RunError::Other(e.to_string()))?;
                piece.xlsx.push(&record);
            }
            piece.summary.add(&out);
        }
        piece.convictions = convictions
            .into_inner()
            .map_err(|e| RunError::Other(e.to_string()))?;
        Ok(piece)
    }
}

struct Writers {
    dir: PathBuf,
    results: BufWriter<File>,
    convictions: BufWriter<File>,
    errors: csv::Writer<BufWriter<File>>,
    xlsx: crate::xlsx::Sink,
    result_lines: u64,
    error_lines: u64,
}

fn partial(dir: &Path, name: &str) -> PathBuf {
    dir.join(format!(".{name}.partial"))
}

fn io_err(path: &Path) -> impl Fn(std::io::Error) -> RunError + '_ {
    move |source| RunError::Output {
        path: path.to_path_buf(),
        source,
    }
}

impl Writers {
    fn create(dir: &Path) -> Result<Self, RunError> {
        let open = |name: &str| -> Result<BufWriter<File>, RunError> {
            let p = partial(dir, name);
            File::create(&p)
                .map(|f| BufWriter::with_capacity(1 << 20, f))
                .map_err(io_err(&p))
        };
        let mut results = open("results.csv")?;
        let mut header = columns::NAMES.join(",");
        for c in RESULT_COLUMNS {
            header.push(',');
            header.push_str(c);
        }
        header.push('\n');
        results
            .write_all(header.as_bytes())
            .map_err(io_err(&partial(dir, "results.csv")))?;
        let mut convictions = csv::Writer::from_writer(open("convictions.csv")?);
        convictions
            .write_record(CONVICTION_COLUMNS.iter().map(|(name, _)| name))
            .map_err(|e| RunError::Other(e.to_string()))?;
        let convictions = convictions
            .into_inner()
            .map_err(|e| RunError::Other(e.to_string()))?;
        let mut errors = csv::Writer::from_writer(open("errors.csv")?);
        errors
            .write_record(["input", "line", "field", "reason"])
            .map_err(|e| RunError::Other(e.to_string()))?;
        Ok(Self {
            dir: dir.to_path_buf(),
            results,
            convictions,
            errors,
            xlsx: crate::xlsx::Sink::start(CONVICTION_COLUMNS, partial(dir, "convictions.xlsx")),
            result_lines: 0,
            error_lines: 0,
        })
    }

    fn error(&mut self, e: &LineError, names: &[String]) -> Result<(), RunError> {
        self.error_lines += 1;
        self.errors
            .write_record([
                names.get(e.file as usize).map_or("", String::as_str),
                &e.line.to_string(),
                e.field.unwrap_or(""),
                &e.reason,
            ])
            .map_err(|x| RunError::Other(x.to_string()))
    }

    /// Write the lines of a batch that could not be used.
    fn errors(&mut self, batch: &[Group], names: &[String]) -> Result<(), RunError> {
        for g in batch {
            if let Group::Error(e) = g {
                self.error(e, names)?;
            }
        }
        Ok(())
    }

    /// Write what the pool made of a few people (pieces come in order).
    fn piece(
        &mut self,
        piece: Piece,
        summary: &mut Summary,
        bar: &indicatif::ProgressBar,
        spare: &Spare,
    ) -> Result<(), RunError> {
        if let Err(e) = self.results.write_all(&piece.results) {
            return Err(io_err(&partial(&self.dir, "results.csv"))(e));
        }
        if let Err(e) = self.convictions.write_all(&piece.convictions) {
            return Err(io_err(&partial(&self.dir, "convictions.csv"))(e));
        }
        spare.give(piece.results);
        spare.give(piece.convictions);
        self.xlsx.rows(piece.xlsx);
        self.result_lines += piece.rows;
        summary.merge(piece.summary);
        bar.inc(piece.rows);
        Ok(())
    }

    /// Flush everything and give the files their real names.
    fn finish(mut self, summary: &Summary, previous: Option<&Path>) -> Result<(), RunError> {
        let dir = self.dir.clone();
        self.results
            .flush()
            .map_err(io_err(&partial(&dir, "results.csv")))?;
        self.convictions
            .flush()
            .map_err(io_err(&partial(&dir, "convictions.csv")))?;
        self.errors
            .flush()
            .map_err(|e| RunError::Other(e.to_string()))?;
        drop(self.convictions);
        drop(self.errors);
        drop(self.results);
        let json =
            serde_json::to_string_pretty(summary).map_err(|e| RunError::Other(e.to_string()))?;
        let p = partial(&dir, "summary.json");
        std::fs::write(&p, json + "\n").map_err(io_err(&p))?;
        self.xlsx.finish(summary)?;
        let p = partial(&dir, "report.html");
        std::fs::write(&p, crate::html::report(summary)).map_err(io_err(&p))?;
        let mut names: Vec<&str> = OUTPUTS[..6].to_vec();
        if let Some(prev) = previous {
            let p = partial(&dir, "changes.csv");
            crate::changes::write(
                &prev.join("convictions.csv"),
                &partial(&dir, "convictions.csv"),
                &p,
            )?;
            names.push("changes.csv");
        }
        for name in names {
            let from = partial(&dir, name);
            let to = dir.join(name);
            std::fs::rename(&from, &to).map_err(io_err(&to))?;
        }
        Ok(())
    }
}

/// Each input's file name, as the outputs name it.
fn input_names(inputs: &[PathBuf]) -> Vec<String> {
    inputs
        .iter()
        .map(|p| {
            p.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        })
        .collect()
}

enum Source {
    Streaming(Box<Streaming>),
    Spilled(Spilled),
}

impl Source {
    fn next_group(&mut self) -> Result<Option<Group>, GroupError> {
        match self {
            Source::Streaming(s) => s.next_group(),
            Source::Spilled(s) => s.next_group(),
        }
    }
    fn lines(&self) -> u64 {
        match self {
            Source::Streaming(s) => s.lines(),
            Source::Spilled(s) => s.lines(),
        }
    }
}

/// Run. Returns the summary (also written to `summary.json`).
pub fn run(opts: &Options) -> Result<Summary, RunError> {
    std::fs::create_dir_all(&opts.out).map_err(io_err(&opts.out))?;
    for name in OUTPUTS {
        let p = opts.out.join(name);
        if p.exists() {
            std::fs::remove_file(&p).map_err(io_err(&p))?;
        }
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.threads.unwrap_or(0))
        .build()
        .map_err(|e| RunError::Other(e.to_string()))?;
    let bar = progress(opts.progress);
    let first = pass(opts, &pool, &bar, false);
    let summary = match first {
        Err(Pass::NotGrouped) => {
            bar.set_message(
                "the rows of a person are not together: grouping through temporary files",
            );
            match pass(opts, &pool, &bar, true) {
                Ok(s) => s,
                Err(Pass::NotGrouped) => return Err(RunError::Other("grouping failed".into())),
                Err(Pass::Failed(e)) => return Err(e),
            }
        }
        Err(Pass::Failed(e)) => return Err(e),
        Ok(s) => s,
    };
    bar.finish_and_clear();
    Ok(summary)
}

enum Pass {
    NotGrouped,
    Failed(RunError),
}

impl From<RunError> for Pass {
    fn from(e: RunError) -> Self {
        Pass::Failed(e)
    }
}

fn progress(enabled: bool) -> indicatif::ProgressBar {
    if !enabled || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new_spinner();
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{spinner} {human_pos} rows  {per_sec}  {elapsed_precise}  {msg}",
    ) {
        bar.set_style(style);
    }
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    bar
}

fn gone() -> Pass {
    Pass::Failed(RunError::Other("an evaluation thread failed".into()))
}

/// Where pieces go once written, and what they are written with.
struct Out<'a> {
    w: &'a mut Writers,
    summary: &'a mut Summary,
    bar: &'a indicatif::ProgressBar,
    spare: &'a Spare,
    /// Batches whose pieces are all written, back to the reader.
    done: &'a SyncSender<Vec<Group>>,
}

/// Pieces made out of order, written in order.
#[derive(Default)]
struct Order {
    /// The sequence number the next piece handed out gets.
    next_seq: u64,
    /// The sequence number of the next piece to write.
    next_write: u64,
    /// Pieces done, waiting for the ones before them.
    ready: std::collections::BTreeMap<u64, Piece>,
    /// Batches with pieces still to write, and the sequence number after
    /// their last piece.
    open: std::collections::VecDeque<(Arc<Vec<Group>>, u64)>,
}

impl Order {
    /// A piece is done: write it and whatever it lets through.
    fn arrive(
        &mut self,
        (seq, piece): (u64, Result<Piece, RunError>),
        out: &mut Out<'_>,
    ) -> Result<(), RunError> {
        self.ready.insert(seq, piece?);
        self.flush(out)
    }

    /// Write the pieces that are next in order, and hand back the batches
    /// whose pieces are all written.
    fn flush(&mut self, out: &mut Out<'_>) -> Result<(), RunError> {
        loop {
            if let Some((_, end)) = self.open.front()
                && *end == self.next_write
            {
                if let Some((batch, _)) = self.open.pop_front()
                    && let Ok(batch) = Arc::try_unwrap(batch)
                {
                    let _ = out.done.try_send(batch);
                }
                continue;
            }
            let Some(piece) = self.ready.remove(&self.next_write) else {
                return Ok(());
            };
            out.w.piece(piece, out.summary, out.bar, out.spare)?;
            self.next_write += 1;
        }
    }
}

/// One pass over the input: streaming, or through temporary buckets.
fn pass(
    opts: &Options,
    pool: &rayon::ThreadPool,
    bar: &indicatif::ProgressBar,
    spilled: bool,
) -> Result<Summary, Pass> {
    let mut w = Writers::create(&opts.out)?;
    let names = input_names(&opts.inputs);
    let spare = Spare::default();
    let mut summary = Summary {
        schema: "clearslate/bulk-summary/v1",
        as_of: opts.config.as_of.to_string(),
        county: opts.config.county.clone(),
        inputs: opts
            .inputs
            .iter()
            .map(|p| p.display().to_string())
            .collect(),
        ..Summary::default()
    };
    let mut source = if spilled {
        Source::Spilled(Spilled::new(&opts.inputs).map_err(|e| match e {
            GroupError::Input(e) => Pass::Failed(RunError::Input(e)),
            other => Pass::Failed(RunError::Other(other.to_string())),
        })?)
    } else {
        Source::Streaming(Box::new(Streaming::new(&opts.inputs)))
    };
    let (tx, rx) = sync_channel::<Result<Vec<Group>, GroupError>>(4);
    // Finished batches go back to the reader thread to be freed there: the
    // allocator then reuses that thread's pages instead of taking fresh
    // ones for every batch.
    let (done_tx, done_rx) = sync_channel::<Vec<Group>>(8);
    let lines = std::thread::scope(|scope| -> Result<u64, Pass> {
        let reader = scope.spawn(move || {
            let mut batch = Vec::new();
            let mut rows = 0;
            loop {
                while let Ok(old) = done_rx.try_recv() {
                    drop(old);
                }
                match source.next_group() {
                    Ok(Some(g)) => {
                        if let Group::Person(p) = &g {
                            rows += p.rows.len();
                        }
                        batch.push(g);
                        if rows >= BATCH_ROWS {
                            rows = 0;
                            if tx.send(Ok(std::mem::take(&mut batch))).is_err() {
                                return source.lines();
                            }
                        }
                    }
                    Ok(None) => {
                        let _ = tx.send(Ok(batch));
                        return source.lines();
                    }
                    Err(e) => {
                        let _ = tx.send(Err(e));
                        return source.lines();
                    }
                }
            }
        });
        // Every piece of every batch is a task of its own, so the pool
        // never waits at the end of a batch for its last piece; this
        // thread writes the pieces in order as they are done.
        let (piece_tx, piece_rx) = std::sync::mpsc::channel::<(u64, Result<Piece, RunError>)>();
        let max_in_flight = 8 * pool.current_num_threads().max(1) as u64;
        pool.in_place_scope(|s| -> Result<(), Pass> {
            let mut order = Order::default();
            let mut out = Out {
                w: &mut w,
                summary: &mut summary,
                bar,
                spare: &spare,
                done: &done_tx,
            };
            for msg in &rx {
                let batch = match msg {
                    Ok(b) => Arc::new(b),
                    Err(GroupError::NotGrouped { .. }) => return Err(Pass::NotGrouped),
                    Err(GroupError::Input(e)) => return Err(Pass::Failed(RunError::Input(e))),
                    Err(e) => return Err(Pass::Failed(RunError::Other(e.to_string()))),
                };
                out.w.errors(&batch, &names)?;
                let pieces = batch.len().div_ceil(PIECE_PEOPLE) as u64;
                for k in 0..pieces as usize {
                    while order.next_seq - order.next_write >= max_in_flight {
                        let done = piece_rx.recv().map_err(|_| gone())?;
                        order.arrive(done, &mut out)?;
                    }
                    let (batch, tx, seq) = (Arc::clone(&batch), piece_tx.clone(), order.next_seq);
                    let (config, names, spare) = (&opts.config, &names, &spare);
                    s.spawn(move |_| {
                        let groups =
                            &batch[k * PIECE_PEOPLE..((k + 1) * PIECE_PEOPLE).min(batch.len())];
                        let _ = tx.send((seq, Piece::make(groups, config, names, spare)));
                    });
                    order.next_seq += 1;
                }
                order.open.push_back((batch, order.next_seq));
                order.flush(&mut out)?;
                while let Ok(done) = piece_rx.try_recv() {
                    order.arrive(done, &mut out)?;
                }
            }
            while order.next_write < order.next_seq {
                let done = piece_rx.recv().map_err(|_| gone())?;
                order.arrive(done, &mut out)?;
            }
            Ok(())
        })?;
        reader
            .join()
            .map_err(|_| Pass::Failed(RunError::Other("the reader thread failed".into())))
    })?;
    summary.input_lines = lines;
    summary.result_lines = w.result_lines;
    summary.error_lines = w.error_lines;
    w.finish(&summary, opts.previous.as_deref())?;
    Ok(summary)
}
