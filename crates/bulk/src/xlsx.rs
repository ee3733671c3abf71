//! The Excel workbook prosecutors review: the convictions (as in
//! `convictions.csv`) and the summary figures.
//!
//! The sheets are written as SpreadsheetML straight into the zip, row by
//! row while the run goes on, on a thread of their own. A general workbook
//! library builds every cell as an object (about 0.25 µs a cell, a quarter
//! of a million-row run's time); this sheet has two kinds of cell, text and
//! the line number, so it is written as bytes. The parts and their markup
//! are those Excel itself writes for a plain workbook (ECMA-376 Part 1,
//! §18): inline strings, one bold style, a frozen header row and an
//! autofilter. The file is the same bytes for the same rows.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::thread::JoinHandle;

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use crate::run::RunError;
use crate::summary::Summary;

/// Excel's row limit, header included.
const MAX_ROWS: u32 = 1_048_576;

/// Excel's limit on the characters of a cell.
const MAX_CELL_CHARS: usize = 32_767;

/// Strings kept in the shared-string table at most; later new values of
/// a shared column are written in their cells.
const MAX_SHARED: usize = 1 << 16;

/// What a column of the convictions sheet holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    /// Text, mostly different on every row (an id, a case number).
    Text,
    /// Text from a small set of values (a county, a remedy, an outcome):
    /// kept once in the workbook's shared-string table, as Excel keeps
    /// text, and referred to by number from each cell (a smaller sheet to
    /// write and to compress).
    Shared,
    /// A whole number when the text is one (a line number), so that it
    /// sorts as a number.
    Number,
}

/// Sheet bytes gathered before they go to the compressor.
const FLUSH: usize = 1 << 20;

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
    Finish(Box<Summary>),
}

/// The workbook, written on its own thread while the run goes on, so that
/// compressing a large sheet does not add to the run's time.
pub struct Sink {
    tx: Option<SyncSender<Msg>>,
    handle: Option<JoinHandle<Result<(), RunError>>>,
}

/// A sink dropped before `finish` (the run failed) waits for its thread,
/// so that a second pass never writes the same file alongside it.
impl Drop for Sink {
    fn drop(&mut self) {
        self.tx = None;
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}

impl Sink {
    /// Start the workbook at `path` with the convictions sheet's columns.
    pub fn start(columns: &[(&str, Column)], path: PathBuf) -> Self {
        let (tx, rx) = sync_channel::<Msg>(8);
        let columns: Vec<(String, Column)> = columns
            .iter()
            .map(|(h, k)| ((*h).to_string(), *k))
            .collect();
        let handle = std::thread::spawn(move || build(&columns, path, rx));
        Self {
            tx: Some(tx),
            handle: Some(handle),
        }
    }

    /// Add conviction rows.
    pub fn rows(&mut self, rows: Rows) {
        if !rows.ends.is_empty()
            && let Some(tx) = &self.tx
        {
            // A closed channel means the thread failed: `finish` reports it.
            let _ = tx.send(Msg::Rows(rows));
        }
    }

    /// Add the summary sheet and finish the file.
    pub fn finish(mut self, summary: &Summary) -> Result<(), RunError> {
        if let Some(tx) = self.tx.take() {
            let _ = tx.send(Msg::Finish(Box::new(summary.clone())));
        }
        match self.handle.take().map(JoinHandle::join) {
            Some(Ok(done)) => done,
            _ => Err(RunError::Other("the Excel workbook thread failed".into())),
        }
    }
}

fn zerr(e: zip::result::ZipError) -> RunError {
    RunError::Other(format!("Excel workbook: {e}"))
}

/// The zip file and the part being written.
struct Package {
    zip: ZipWriter<BufWriter<File>>,
    path: PathBuf,
}

impl Package {
    fn part(&mut self, name: &str) -> Result<(), RunError> {
        // Fast compression, and the zip's 1980 date for every part: the
        // file depends only on its rows.
        let opts = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated)
            .compression_level(Some(1))
            .last_modified_time(zip::DateTime::default());
        self.zip.start_file(name, opts).map_err(zerr)
    }

    fn write(&mut self, bytes: &[u8]) -> Result<(), RunError> {
        self.zip
            .write_all(bytes)
            .map_err(|source| RunError::Output {
                path: self.path.clone(),
                source,
            })
    }

    fn whole(&mut self, name: &str, bytes: &[u8]) -> Result<(), RunError> {
        self.part(name)?;
        self.write(bytes)
    }
}

const XML: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
"#;
const MAIN_NS: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

fn content_types() -> String {
    let ct = "application/vnd.openxmlformats-officedocument.spreadsheetml";
    format!(
        r#"{XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="{ct}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="{ct}.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="{ct}.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="{ct}.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="{ct}.sharedStrings+xml"/></Types>"#
    )
}

fn package_rels() -> String {
    format!(
        r#"{XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
    )
}

fn workbook_rels() -> String {
    format!(
        r#"{XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{REL_NS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{REL_NS}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="{REL_NS}/styles" Target="styles.xml"/><Relationship Id="rId4" Type="{REL_NS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#
    )
}

/// The workbook part; `filter` is the autofilter's range on the first sheet.
fn workbook(filter: &str) -> String {
    format!(
        r#"{XML}<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}"><bookViews><workbookView xWindow="240" yWindow="15" windowWidth="16095" windowHeight="9660"/></bookViews><sheets><sheet name="Convictions" sheetId="1" r:id="rId1"/><sheet name="Summary" sheetId="2" r:id="rId2"/></sheets><definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">Convictions!{filter}</definedName></definedNames></workbook>"#
    )
}

/// Style 0 is plain, style 1 bold.
fn styles() -> String {
    format!(
        r#"{XML}<styleSheet xmlns="{MAIN_NS}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#
    )
}

/// A worksheet's `sheetData` being written: rows of cells as markup.
#[derive(Default)]
struct SheetData {
    buf: Vec<u8>,
    /// The current row, 1-based (0 before the first).
    row: u32,
    num: itoa::Buffer,
    shared: SharedStrings,
}

/// The workbook's shared-string table (`xl/sharedStrings.xml`).
#[derive(Default)]
struct SharedStrings {
    index: HashMap<Box<str>, u32, foldhash::fast::FixedState>,
    /// The table's `<si>` entries, in index order.
    xml: Vec<u8>,
    /// Cells that refer to the table.
    uses: u64,
}

impl SharedStrings {
    /// The index of `s` (cut to a cell's length), added when new and the
    /// table has room.
    fn index(&mut self, s: &str) -> Option<u32> {
        if let Some(&i) = self.index.get(s) {
            self.uses += 1;
            return Some(i);
        }
        if self.index.len() >= MAX_SHARED {
            return None;
        }
        let i = self.index.len() as u32;
        self.index.insert(s.into(), i);
        self.xml.extend_from_slice(b"<si>");
        text_element(&mut self.xml, excel_length(s));
        self.xml.extend_from_slice(b"</si>");
        self.uses += 1;
        Some(i)
    }

    fn part(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.xml.len() + 256);
        out.extend_from_slice(XML.as_bytes());
        out.extend_from_slice(
            format!(
                r#"<sst xmlns="{MAIN_NS}" count="{}" uniqueCount="{}">"#,
                self.uses,
                self.index.len()
            )
            .as_bytes(),
        );
        out.extend_from_slice(&self.xml);
        out.extend_from_slice(b"</sst>");
        out
    }
}

/// A `<t>` element holding `s` (whose spaces at either end are kept).
fn text_element(out: &mut Vec<u8>, s: &str) {
    let edge = |c: Option<char>| c.is_some_and(char::is_whitespace);
    if edge(s.chars().next()) || edge(s.chars().next_back()) {
        out.extend_from_slice(b"<t xml:space=\"preserve\">");
    } else {
        out.extend_from_slice(b"<t>");
    }
    escape(out, s);
    out.extend_from_slice(b"</t>");
}

/// How a cell looks.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Plain,
    Bold,
}

impl SheetData {
    fn start_row(&mut self, r: u32) {
        self.row = r;
        self.buf.extend_from_slice(b"<row r=\"");
        self.buf.extend_from_slice(self.num.format(r).as_bytes());
        self.buf.extend_from_slice(b"\">");
    }

    fn end_row(&mut self) {
        self.buf.extend_from_slice(b"</row>");
    }

    fn cell_start(&mut self, col: usize, style: Style) {
        self.buf.extend_from_slice(b"<c r=\"");
        column_name(&mut self.buf, col);
        self.buf
            .extend_from_slice(self.num.format(self.row).as_bytes());
        self.buf.push(b'"');
        if style == Style::Bold {
            self.buf.extend_from_slice(b" s=\"1\"");
        }
    }

    fn text(&mut self, col: usize, s: &str, style: Style) {
        if s.is_empty() {
            // An empty cell is left out, as Excel leaves it.
            return;
        }
        self.cell_start(col, style);
        self.buf.extend_from_slice(b" t=\"inlineStr\"><is>");
        text_element(&mut self.buf, excel_length(s));
        self.buf.extend_from_slice(b"</is></c>");
    }

    /// A text cell through the shared-string table (in the cell when the
    /// table is full).
    fn shared(&mut self, col: usize, s: &str) {
        if s.is_empty() {
            return;
        }
        match self.shared.index(s) {
            Some(i) => {
                self.cell_start(col, Style::Plain);
                self.buf.extend_from_slice(b" t=\"s\"><v>");
                self.buf.extend_from_slice(self.num.format(i).as_bytes());
                self.buf.extend_from_slice(b"</v></c>");
            }
            None => self.text(col, s, Style::Plain),
        }
    }

    fn number(&mut self, col: usize, n: u64, style: Style) {
        self.cell_start(col, style);
        self.buf.extend_from_slice(b"><v>");
        self.buf.extend_from_slice(self.num.format(n).as_bytes());
        self.buf.extend_from_slice(b"</v></c>");
    }
}

/// `A`…`Z`, `AA`…: a column's letters.
fn column_name(out: &mut Vec<u8>, col: usize) {
    let mut letters = [0u8; 3];
    let mut n = col + 1;
    let mut i = letters.len();
    while n > 0 && i > 0 {
        i -= 1;
        letters[i] = b'A' + ((n - 1) % 26) as u8;
        n = (n - 1) / 26;
    }
    out.extend_from_slice(&letters[i..]);
}

/// `s` cut to the characters a cell holds.
fn excel_length(s: &str) -> &str {
    if s.len() <= MAX_CELL_CHARS {
        return s;
    }
    match s.char_indices().nth(MAX_CELL_CHARS) {
        Some((at, _)) => &s[..at],
        None => s,
    }
}

/// Text as cell markup: `&`, `<` and `>` as entities; control characters,
/// which XML cannot hold, as Excel's `_xHHHH_`; and a literal `_xHHHH_` with
/// its underscore escaped, so that Excel does not read it as one.
fn escape(out: &mut Vec<u8>, s: &str) {
    let b = s.as_bytes();
    let special = |c: u8| c < 0x20 || matches!(c, b'&' | b'<' | b'>' | b'_');
    if !b.iter().any(|&c| special(c)) {
        out.extend_from_slice(b);
        return;
    }
    let mut from = 0;
    for (i, &c) in b.iter().enumerate() {
        let rep: &[u8] = match c {
            b'&' => b"&amp;",
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'\t' | b'\n' => continue,
            0..0x20 => {
                const HEX: &[u8; 16] = b"0123456789ABCDEF";
                out.extend_from_slice(&b[from..i]);
                out.extend_from_slice(b"_x00");
                out.push(HEX[usize::from(c >> 4)]);
                out.push(HEX[usize::from(c & 15)]);
                out.push(b'_');
                from = i + 1;
                continue;
            }
            b'_' if looks_escaped(&b[i..]) => b"_x005F_",
            _ => continue,
        };
        out.extend_from_slice(&b[from..i]);
        out.extend_from_slice(rep);
        from = i + 1;
    }
    out.extend_from_slice(&b[from..]);
}

/// `_x` + four hex digits + `_`, which Excel would read as a character.
fn looks_escaped(b: &[u8]) -> bool {
    b.len() >= 7 && b[1] == b'x' && b[2..6].iter().all(u8::is_ascii_hexdigit) && b[6] == b'_'
}

/// The line-number column's text as a number, when it is one.
fn as_number(v: &str) -> Option<u64> {
    if v.is_empty() || v.len() > 15 || !v.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    v.parse().ok()
}

fn build(columns: &[(String, Column)], path: PathBuf, rx: Receiver<Msg>) -> Result<(), RunError> {
    let file = File::create(&path).map_err(|source| RunError::Output {
        path: path.clone(),
        source,
    })?;
    let mut pkg = Package {
        zip: ZipWriter::new(BufWriter::with_capacity(1 << 20, file)),
        path,
    };
    pkg.whole("[Content_Types].xml", content_types().as_bytes())?;
    pkg.whole("_rels/.rels", package_rels().as_bytes())?;
    pkg.whole("xl/_rels/workbook.xml.rels", workbook_rels().as_bytes())?;
    pkg.whole("xl/styles.xml", styles().as_bytes())?;

    pkg.part("xl/worksheets/sheet1.xml")?;
    pkg.write(XML.as_bytes())?;
    pkg.write(
        format!(
            r#"<worksheet xmlns="{MAIN_NS}" xmlns:r="{REL_NS}"><sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>"#
        )
        .as_bytes(),
    )?;
    let width = columns.len().max(1);
    let mut sheet = SheetData::default();
    sheet.start_row(1);
    for (c, (h, _)) in columns.iter().enumerate() {
        sheet.text(c, h, Style::Bold);
    }
    sheet.end_row();
    let mut left_out = 0u64;
    let mut summary = None;
    for msg in rx {
        let rows = match msg {
            Msg::Rows(rows) => rows,
            Msg::Finish(s) => {
                summary = Some(s);
                break;
            }
        };
        let mut cells = rows.cells();
        let mut row: Vec<&str> = Vec::with_capacity(width);
        loop {
            row.clear();
            row.extend(cells.by_ref().take(width));
            if row.is_empty() {
                break;
            }
            if sheet.row >= MAX_ROWS {
                left_out += 1;
                continue;
            }
            sheet.start_row(sheet.row + 1);
            for (c, (v, (_, kind))) in row.iter().zip(columns).enumerate() {
                match kind {
                    Column::Shared => sheet.shared(c, v),
                    Column::Number => match as_number(v) {
                        Some(n) => sheet.number(c, n, Style::Plain),
                        None => sheet.text(c, v, Style::Plain),
                    },
                    Column::Text => sheet.text(c, v, Style::Plain),
                }
            }
            sheet.end_row();
        }
        if sheet.buf.len() >= FLUSH {
            pkg.write(&sheet.buf)?;
            sheet.buf.clear();
        }
    }
    let Some(summary) = summary else {
        // The run stopped before the end: the file stays unfinished.
        return Ok(());
    };
    let last = sheet.row.max(1);
    let mut corner = Vec::new();
    column_name(&mut corner, width - 1);
    let corner = String::from_utf8_lossy(&corner);
    let filter = format!("$A$1:${corner}${last}");
    sheet.buf.extend_from_slice(
        format!(
            r#"</sheetData><autoFilter ref="A1:{corner}{last}"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>"#
        )
        .as_bytes(),
    );
    pkg.write(&sheet.buf)?;
    pkg.whole(
        "xl/worksheets/sheet2.xml",
        summary_sheet(&summary, left_out).as_bytes(),
    )?;
    pkg.whole("xl/sharedStrings.xml", &sheet.shared.part())?;
    pkg.whole("xl/workbook.xml", workbook(&filter).as_bytes())?;
    let mut out = pkg.zip.finish().map_err(zerr)?;
    out.flush().map_err(|source| RunError::Output {
        path: pkg.path.clone(),
        source,
    })
}

/// The summary sheet: the figures, then convictions and actions by section.
fn summary_sheet(summary: &Summary, left_out: u64) -> String {
    let mut sheet = SheetData::default();
    let figures: [(&str, Result<u64, String>); 11] = [
        ("As of", Err(summary.as_of.clone())),
        (
            "County",
            Err(summary.county.clone().unwrap_or_else(|| "all".into())),
        ),
        ("Input lines", Ok(summary.input_lines)),
        ("Lines with errors", Ok(summary.error_lines)),
        ("People", Ok(summary.subjects)),
        (
            "People with a conviction in scope",
            Ok(summary.subjects_in_scope),
        ),
        (
            "People some relief reaches",
            Ok(summary.subjects_with_relief),
        ),
        ("Convictions in scope", Ok(summary.convictions_in_scope)),
        (
            "People left with no felony",
            Ok(summary.impact.subjects_no_felony_after),
        ),
        (
            "People left with no conviction",
            Ok(summary.impact.subjects_no_conviction_after),
        ),
        (
            "People left with no conviction in the last 7 years",
            Ok(summary.impact.subjects_no_conviction_last_7_years_after),
        ),
    ];
    let mut r = 0;
    for (k, v) in &figures {
        r += 1;
        sheet.start_row(r);
        sheet.text(0, k, Style::Bold);
        match v {
            Ok(n) => sheet.number(1, *n, Style::Plain),
            Err(t) => sheet.text(1, t, Style::Plain),
        }
        sheet.end_row();
    }
    if left_out > 0 {
        r += 1;
        sheet.start_row(r);
        sheet.text(
            0,
            "Convictions not on the Convictions sheet (past Excel's row limit; all are in convictions.csv)",
            Style::Bold,
        );
        sheet.number(1, left_out, Style::Plain);
        sheet.end_row();
    }
    r += 2;
    sheet.start_row(r);
    sheet.text(0, "Section", Style::Bold);
    sheet.text(1, "Convictions", Style::Bold);
    const ACTIONS: [&str; 4] = ["dismiss", "reduce", "seal", "none"];
    for (i, a) in ACTIONS.iter().enumerate() {
        sheet.text(2 + i, a, Style::Bold);
    }
    sheet.end_row();
    for (section, f) in &summary.by_section {
        r += 1;
        sheet.start_row(r);
        sheet.text(0, section, Style::Plain);
        sheet.number(1, f.convictions, Style::Plain);
        for (i, a) in ACTIONS.iter().enumerate() {
            let n = f.actions.get(a).copied().unwrap_or(0);
            sheet.number(2 + i, n, Style::Plain);
        }
        sheet.end_row();
    }
    format!(
        r#"{XML}<worksheet xmlns="{MAIN_NS}" xmlns:r="{REL_NS}"><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="1" width="48.7109375" customWidth="1"/></cols><sheetData>{}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>"#,
        String::from_utf8_lossy(&sheet.buf)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escaped(s: &str) -> String {
        let mut out = Vec::new();
        escape(&mut out, s);
        String::from_utf8(out).expect("utf-8")
    }

    #[test]
    fn markup_and_control_characters_are_escaped() {
        assert_eq!(escaped("PC 484(a)"), "PC 484(a)");
        assert_eq!(escaped("A&B <x>"), "A&amp;B &lt;x&gt;");
        assert_eq!(escaped("a\u{1}b\tc\nd"), "a_x0001_b\tc\nd");
        assert_eq!(escaped("dismiss_section"), "dismiss_section");
        assert_eq!(escaped("_x0041_"), "_x005F_x0041_");
        assert_eq!(escaped("é_x12"), "é_x12");
    }

    #[test]
    fn columns_are_named_as_excel_names_them() {
        let name = |c| {
            let mut v = Vec::new();
            column_name(&mut v, c);
            String::from_utf8(v).expect("ascii")
        };
        assert_eq!(name(0), "A");
        assert_eq!(name(15), "P");
        assert_eq!(name(25), "Z");
        assert_eq!(name(26), "AA");
        assert_eq!(name(701), "ZZ");
        assert_eq!(name(702), "AAA");
    }

    #[test]
    fn a_long_cell_is_cut_to_excels_limit() {
        let long = "é".repeat(MAX_CELL_CHARS + 5);
        assert_eq!(excel_length(&long).chars().count(), MAX_CELL_CHARS);
        assert_eq!(excel_length("short"), "short");
    }

    #[test]
    fn a_workbook_reads_back_cell_for_cell() {
        use calamine::{Data, Reader, Xlsx, open_workbook};
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("book.xlsx");
        let columns = [
            ("name", Column::Text),
            ("note", Column::Shared),
            ("line", Column::Number),
        ];
        let mut sink = Sink::start(&columns, path.clone());
        let long = "x".repeat(MAX_CELL_CHARS + 10);
        let mut rows = Rows::default();
        rows.push(&["A & B <c>", " padded ", "12"]);
        rows.push(&["bell\u{7}", "", "not a number"]);
        rows.push(&["_x0041_", &long, ""]);
        rows.push(&["again", " padded ", "13"]);
        sink.rows(rows);
        let summary = Summary {
            as_of: "2026-11-23".into(),
            subjects: 3,
            ..Summary::default()
        };
        sink.finish(&summary).expect("finish");

        let mut book: Xlsx<_> = open_workbook(&path).expect("open");
        assert_eq!(book.sheet_names(), ["Convictions", "Summary"]);
        let sheet = book.worksheet_range("Convictions").expect("sheet");
        let cells: Vec<Vec<Data>> = sheet.rows().map(<[Data]>::to_vec).collect();
        let text = |s: &str| Data::String(s.into());
        assert_eq!(cells[0], [text("name"), text("note"), text("line")]);
        assert_eq!(
            cells[1],
            [text("A & B <c>"), text(" padded "), Data::Float(12.0)]
        );
        assert_eq!(
            cells[2],
            [text("bell\u{7}"), Data::Empty, text("not a number")]
        );
        assert_eq!(cells[3][0], text("_x0041_"));
        assert_eq!(cells[3][1], text(&long[..MAX_CELL_CHARS]));
        assert_eq!(
            cells[4],
            [text("again"), text(" padded "), Data::Float(13.0)]
        );
        assert_eq!(cells.len(), 5);
        let figures = book.worksheet_range("Summary").expect("summary");
        let people = figures
            .rows()
            .find(|r| r[0] == text("People"))
            .expect("people row");
        assert_eq!(people[1], Data::Float(3.0));
    }
}
