//! The Excel workbook prosecutors review: the convictions (as in
//! `convictions.csv`, in constant memory) and the summary figures.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::thread::JoinHandle;

use rust_xlsxwriter::{Format, Workbook};

use crate::run::RunError;
use crate::summary::Summary;

/// Excel's row limit, header included.
const MAX_ROWS: u32 = 1_048_576;

fn xerr(e: rust_xlsxwriter::XlsxError) -> RunError {
    RunError::Other(format!("Excel workbook: {e}"))
}

/// Conviction rows as written to `convictions.csv`, their cells' text in
/// one buffer (made in the evaluation pool: one allocation for many rows,
/// not one per cell).
#[derive(Debug, Default)]
pub struct Rows {
    text: String,
    ends: Vec<u32>,
}

impl Rows {
    /// Add one row (every row has the same number of cells).
    pub fn push(&mut self, cells: &[&str]) {
        for c in cells {
            self.text.push_str(c);
            self.ends.push(self.text.len() as u32);
        }
    }

    /// The cells, row after row.
    fn cells(&self) -> impl Iterator<Item = &str> {
        let mut start = 0;
        self.ends.iter().map(move |&e| {
            let cell = self.text.get(start..e as usize).unwrap_or_default();
            start = e as usize;
            cell
        })
    }
}

enum Msg {
    Rows(Rows),
    Finish(Box<Summary>, PathBuf),
}

/// The workbook, built on its own thread while the run goes on, so that
/// compressing a large sheet does not add to the run's time.
pub struct Sink {
    tx: SyncSender<Msg>,
    handle: JoinHandle<Result<(), RunError>>,
}

impl Sink {
    /// Start the workbook with the convictions sheet's header.
    pub fn start(headers: &[&str]) -> Self {
        let (tx, rx) = sync_channel::<Msg>(8);
        let headers: Vec<String> = headers.iter().map(|h| (*h).to_string()).collect();
        let handle = std::thread::spawn(move || build(&headers, rx));
        Self { tx, handle }
    }

    /// Add conviction rows.
    pub fn rows(&mut self, rows: Rows) {
        if !rows.ends.is_empty() {
            // A closed channel means the thread failed: `finish` reports it.
            let _ = self.tx.send(Msg::Rows(rows));
        }
    }

    /// Add the summary sheet and save to `out`.
    pub fn finish(self, summary: &Summary, out: &Path) -> Result<(), RunError> {
        let _ = self
            .tx
            .send(Msg::Finish(Box::new(summary.clone()), out.to_path_buf()));
        drop(self.tx);
        self.handle
            .join()
            .map_err(|_| RunError::Other("the Excel workbook thread failed".into()))?
    }
}

fn build(headers: &[String], rx: Receiver<Msg>) -> Result<(), RunError> {
    let mut book = Workbook::new();
    // Fast compression: the workbook is written once per run and read by
    // Excel, where a slightly larger file costs nothing.
    book.set_zip_compression_level(1);
    let bold = Format::new().set_bold();
    let mut finish = None;
    {
        let sheet = book.add_worksheet_with_constant_memory().map_err(xerr)?;
        sheet.set_name("Convictions").map_err(xerr)?;
        for (c, h) in headers.iter().enumerate() {
            sheet
                .write_string_with_format(0, c as u16, h, &bold)
                .map_err(xerr)?;
        }
        let mut row = 1u32;
        for msg in rx {
            match msg {
                Msg::Rows(rows) => {
                    let width = headers.len().max(1);
                    for (i, v) in rows.cells().enumerate() {
                        let c = (i % width) as u16;
                        if c == 0 && i > 0 {
                            row += 1;
                        }
                        // An empty cell is left out, as Excel leaves it.
                        if row >= MAX_ROWS || v.is_empty() {
                            continue;
                        }
                        if c == 2
                            && let Ok(n) = v.parse::<f64>()
                        {
                            sheet.write_number(row, c, n).map_err(xerr)?;
                        } else {
                            sheet.write_string(row, c, v).map_err(xerr)?;
                        }
                    }
                    row += 1;
                }
                Msg::Finish(summary, out) => {
                    finish = Some((summary, out));
                    break;
                }
            }
        }
        sheet.set_freeze_panes(1, 0).map_err(xerr)?;
        sheet
            .autofilter(
                0,
                0,
                row.min(MAX_ROWS).saturating_sub(1),
                headers.len().saturating_sub(1) as u16,
            )
            .map_err(xerr)?;
    }
    let Some((summary, out)) = finish else {
        return Ok(());
    };
    let summary = &*summary;
    {
        let sheet = book.add_worksheet();
        sheet.set_name("Summary").map_err(xerr)?;
        let figures = [
            ("As of", summary.as_of.clone()),
            (
                "County",
                summary.county.clone().unwrap_or_else(|| "all".into()),
            ),
            ("Input lines", summary.input_lines.to_string()),
            ("Lines with errors", summary.error_lines.to_string()),
            ("People", summary.subjects.to_string()),
            (
                "People with a conviction in scope",
                summary.subjects_in_scope.to_string(),
            ),
            (
                "People some relief reaches",
                summary.subjects_with_relief.to_string(),
            ),
            (
                "Convictions in scope",
                summary.convictions_in_scope.to_string(),
            ),
            (
                "People left with no felony",
                summary.impact.subjects_no_felony_after.to_string(),
            ),
            (
                "People left with no conviction",
                summary.impact.subjects_no_conviction_after.to_string(),
            ),
            (
                "People left with no conviction in the last 7 years",
                summary
                    .impact
                    .subjects_no_conviction_last_7_years_after
                    .to_string(),
            ),
        ];
        for (r, (k, v)) in figures.iter().enumerate() {
            sheet
                .write_string_with_format(r as u32, 0, *k, &bold)
                .map_err(xerr)?;
            match v.parse::<f64>() {
                Ok(n) => sheet.write_number(r as u32, 1, n).map_err(xerr)?,
                Err(_) => sheet.write_string(r as u32, 1, v).map_err(xerr)?,
            };
        }
        let mut r = figures.len() as u32 + 1;
        sheet
            .write_string_with_format(r, 0, "Section", &bold)
            .map_err(xerr)?;
        sheet
            .write_string_with_format(r, 1, "Convictions", &bold)
            .map_err(xerr)?;
        for (i, a) in ["dismiss", "reduce", "seal", "none"].iter().enumerate() {
            sheet
                .write_string_with_format(r, 2 + i as u16, *a, &bold)
                .map_err(xerr)?;
        }
        for (section, f) in &summary.by_section {
            r += 1;
            sheet.write_string(r, 0, section).map_err(xerr)?;
            sheet
                .write_number(r, 1, f.convictions as f64)
                .map_err(xerr)?;
            for (i, a) in ["dismiss", "reduce", "seal", "none"].iter().enumerate() {
                let n = f.actions.get(a).copied().unwrap_or(0);
                sheet
                    .write_number(r, 2 + i as u16, n as f64)
                    .map_err(xerr)?;
            }
        }
        sheet.set_column_width(0, 48).map_err(xerr)?;
    }
    book.save(&out).map_err(xerr)
}
