//! Splitting records out of a block of input bytes.
//!
//! Nearly every line of a research file is one line of simple fields: bare
//! (`MALE`) or quoted without inner quotes (`"  -  "`, `"KALO,KALO"`). Their
//! fields stay where they are in the block, never copied: the splitter
//! notes where each ends, and a field's quotes are taken off when it is
//! read. A record with a doubled quote, a quoted line break, a bare
//! carriage return (which CSV also reads as a line end) or text after a
//! closing quote goes through `csv-core`, which unquotes its fields into a
//! side buffer. Both paths give exactly the records `csv-core` alone would.

use csv_core::ReadRecordResult;
use wide::u8x16;

/// A piece of the input held in memory and shared by the rows split from
/// it, so a row is a few offsets, not a copy of its line.
#[derive(Debug, Default)]
pub struct Block {
    /// The input bytes.
    pub(crate) bytes: Vec<u8>,
    /// The unquoted fields of records `csv-core` split.
    pub(crate) unquoted: Vec<u8>,
    /// For each record, where each field ends (in `bytes`, at the comma
    /// after it; or in `unquoted` for the records `csv-core` split).
    pub(crate) ends: Vec<u32>,
}

impl Block {
    /// Empty the block, keeping its memory for the next piece of input.
    pub(crate) fn clear(&mut self) {
        self.bytes.clear();
        self.unquoted.clear();
        self.ends.clear();
    }

    /// Field `i` of record `rec`, without its quotes (empty past the last
    /// field).
    pub(crate) fn field(&self, rec: &Rec, i: usize) -> &[u8] {
        let n = rec.fields as usize;
        let Some(ends) = self.ends.get(rec.ends as usize..rec.ends as usize + n) else {
            return &[];
        };
        let Some(&end) = ends.get(i) else {
            return &[];
        };
        let end = end as usize;
        if rec.unquoted {
            let start = if i == 0 { rec.first } else { ends[i - 1] } as usize;
            return self.unquoted.get(start..end).unwrap_or_default();
        }
        let start = if i == 0 {
            rec.raw.0 as usize
        } else {
            ends[i - 1] as usize + 1
        };
        match self.bytes.get(start..end).unwrap_or_default() {
            // The splitter took only lines whose quotes open and close
            // their fields.
            [b'"', inner @ .., b'"'] => inner,
            f => f,
        }
    }
}

/// Where one record sits in its block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Rec {
    /// Line breaks between where splitting started and the record's first
    /// line (blank lines belong to no record).
    pub lead: u32,
    /// The raw record in `bytes`, without line breaks: start and length.
    pub raw: (u32, u32),
    /// Its fields are in `unquoted` (else in `bytes`).
    pub unquoted: bool,
    /// Where its first field starts in `unquoted`.
    pub first: u32,
    /// Its first entry in `ends`.
    pub ends: u32,
    /// How many fields it has.
    pub fields: u32,
    /// Line breaks in all it took from the input (blank lines before it
    /// included), to keep counting physical lines.
    pub newlines: u32,
}

/// What the next call found.
pub(crate) enum Next {
    /// A record, and where the input after it starts.
    Record(Rec, usize),
    /// The record is cut by the end of the bytes: read more and start
    /// again from the same position.
    Incomplete,
    /// Nothing but blank lines left.
    End,
}

/// A splitter with its `csv-core` state and scratch space for quoted
/// records.
pub(crate) struct Splitter {
    core: csv_core::Reader,
    data: Vec<u8>,
    ends: Vec<usize>,
}

impl Default for Splitter {
    fn default() -> Self {
        Self {
            core: csv_core::Reader::new(),
            data: vec![0; 1024],
            ends: vec![0; 128],
        }
    }
}

impl Splitter {
    /// The record starting at `pos` in `block.bytes[..end]`. With `eof`,
    /// the end of the bytes ends the last record; without, a record that
    /// reaches it is incomplete.
    pub(crate) fn next(&mut self, block: &mut Block, pos: usize, end: usize, eof: bool) -> Next {
        let bytes = &block.bytes[..end];
        let mut p = pos;
        let mut lead = 0u32;
        while p < end && matches!(bytes[p], b'\n' | b'\r') {
            lead += u32::from(bytes[p] == b'\n');
            p += 1;
        }
        if p == end {
            return if eof { Next::End } else { Next::Incomplete };
        }
        let (line_end, next) = match memchr::memchr(b'\n', &bytes[p..]) {
            Some(i) => (p + i, p + i + 1),
            None if eof => (end, end),
            None => return Next::Incomplete,
        };
        let mut raw_end = line_end;
        while raw_end > p && bytes[raw_end - 1] == b'\r' {
            raw_end -= 1;
        }
        let raw = &bytes[p..raw_end];
        let first = block.ends.len();
        if memchr::memchr(b'\r', raw).is_some() || !simple_fields(raw, p, &mut block.ends) {
            block.ends.truncate(first);
            return self.with_csv_core(block, pos, p, lead, end, eof);
        }
        let rec = Rec {
            lead,
            raw: (p as u32, raw.len() as u32),
            unquoted: false,
            first: 0,
            ends: first as u32,
            fields: (block.ends.len() - first) as u32,
            newlines: lead + u32::from(next > line_end),
        };
        Next::Record(rec, next)
    }

    /// A record only `csv-core` can split, from `p` (after the blank
    /// lines that start at `pos`).
    fn with_csv_core(
        &mut self,
        block: &mut Block,
        pos: usize,
        p: usize,
        lead: u32,
        end: usize,
        eof: bool,
    ) -> Next {
        self.core.reset();
        let bytes = &block.bytes[..end];
        let (mut nin, mut nout, mut nend) = (0, 0, 0);
        loop {
            let (res, i, o, e) = self.core.read_record(
                &bytes[p + nin..],
                &mut self.data[nout..],
                &mut self.ends[nend..],
            );
            nin += i;
            nout += o;
            nend += e;
            match res {
                ReadRecordResult::Record => break,
                ReadRecordResult::OutputFull => {
                    let n = self.data.len() * 2;
                    self.data.resize(n, 0);
                }
                ReadRecordResult::OutputEndsFull => {
                    let n = self.ends.len() * 2;
                    self.ends.resize(n, 0);
                }
                ReadRecordResult::InputEmpty if p + nin == end => {
                    if !eof {
                        return Next::Incomplete;
                    }
                    // The last record has no line break: flush it.
                    let (res, _, o, e) =
                        self.core
                            .read_record(&[], &mut self.data[nout..], &mut self.ends[nend..]);
                    nout += o;
                    nend += e;
                    if res != ReadRecordResult::Record {
                        return Next::End;
                    }
                    break;
                }
                ReadRecordResult::InputEmpty => {}
                ReadRecordResult::End => return Next::End,
            }
        }
        let next = p + nin;
        let mut raw_end = next;
        while raw_end > p && matches!(bytes[raw_end - 1], b'\n' | b'\r') {
            raw_end -= 1;
        }
        let newlines = memchr::memchr_iter(b'\n', &bytes[pos..next]).count() as u32;
        let data = block.unquoted.len();
        block.unquoted.extend_from_slice(&self.data[..nout]);
        let first = block.ends.len();
        block
            .ends
            .extend(self.ends[..nend].iter().map(|&e| (data + e) as u32));
        let rec = Rec {
            lead,
            raw: (p as u32, (raw_end - p) as u32),
            unquoted: true,
            first: data as u32,
            ends: first as u32,
            fields: nend as u32,
            newlines,
        };
        Next::Record(rec, next)
    }
}

/// The fields of one line with no line break in it, when each is bare or
/// quoted without inner quotes: where each ends (offset by `at`, where the
/// line sits in its block) goes to `ends`. `false` when a field needs
/// `csv-core` (then `ends` has junk at its end for the caller to cut).
///
/// As fast CSV readers do, the line is read 64 bytes at a time into bit
/// masks of its commas and quotes; a running XOR of the quote mask marks
/// what is inside quotes, so the separators are the commas outside them,
/// found without a branch per byte. The line is simple when its quotes
/// pair up and each sits at an edge of a field: right after a separator
/// (or the line's start) or right before one (or the line's end). A quote
/// anywhere else (`a"b`, a doubled `""`, text after a closing quote) sends
/// the line to `csv-core`.
fn simple_fields(raw: &[u8], at: usize, ends: &mut Vec<u32>) -> bool {
    let n = raw.len();
    let mut inside_carry = 0u64;
    // The previous chunk's last separator bit, and whether its last byte
    // is a quote that must be followed by a separator.
    let (mut sep_carry, mut need_sep) = (1u64, false);
    let chunks = n.div_ceil(64);
    for (k, chunk) in raw.chunks(64).enumerate() {
        let (commas, quotes) = masks(chunk);
        let inside = prefix_xor(quotes) ^ inside_carry;
        inside_carry = ((inside as i64) >> 63) as u64;
        let separators = commas & !inside;
        if need_sep && separators & 1 == 0 {
            return false;
        }
        let opening = (separators << 1) | sep_carry;
        let mut closing = separators >> 1;
        if k + 1 == chunks {
            closing |= 1 << (chunk.len() - 1);
        }
        let stray = quotes & !opening;
        // A quote at the chunk's last byte is checked against the next
        // chunk's first separator.
        need_sep = stray >> 63 != 0 && k + 1 < chunks;
        if stray & !closing & !(u64::from(need_sep) << 63) != 0 {
            return false;
        }
        sep_carry = separators >> 63;
        let base = (at + k * 64) as u32;
        let mut bits = separators;
        while bits != 0 {
            ends.push(base + bits.trailing_zeros());
            bits &= bits - 1;
        }
    }
    ends.push((at + n) as u32);
    inside_carry == 0
}

/// Bit masks of the commas and the quotes of up to 64 bytes, sixteen
/// bytes at a time with SIMD compares (SSE2, which every x86-64 has; other
/// targets get `wide`'s portable fallback).
fn masks(chunk: &[u8]) -> (u64, u64) {
    let (comma, quote) = (u8x16::splat(b','), u8x16::splat(b'"'));
    let mut bytes = [0u8; 64];
    let chunk = &chunk[..chunk.len().min(64)];
    bytes[..chunk.len()].copy_from_slice(chunk);
    let (mut commas, mut quotes) = (0u64, 0u64);
    for (i, lane) in bytes.chunks_exact(16).enumerate() {
        let mut a = [0u8; 16];
        a.copy_from_slice(lane);
        let v = u8x16::new(a);
        commas |= u64::from(v.simd_eq(comma).to_bitmask()) << (16 * i);
        quotes |= u64::from(v.simd_eq(quote).to_bitmask()) << (16 * i);
    }
    (commas, quotes)
}

/// Each bit set when an odd number of bits at or below it are set: from
/// the quote mask, the bytes from an opening quote up to its closing one.
fn prefix_xor(mut x: u64) -> u64 {
    x ^= x << 1;
    x ^= x << 2;
    x ^= x << 4;
    x ^= x << 8;
    x ^= x << 16;
    x ^= x << 32;
    x
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Every record of `text` as (line, raw, fields), by this splitter.
    fn split_all(text: &[u8]) -> Vec<(u64, Vec<u8>, Vec<Vec<u8>>)> {
        let mut block = Block {
            bytes: text.to_vec(),
            ..Block::default()
        };
        let mut s = Splitter::default();
        let (mut pos, mut line, mut out) = (0, 1u64, Vec::new());
        while let Next::Record(rec, next) = s.next(&mut block, pos, text.len(), true) {
            let fields = (0..rec.fields as usize)
                .map(|i| block.field(&rec, i).to_vec())
                .collect();
            let (a, n) = (rec.raw.0 as usize, rec.raw.1 as usize);
            out.push((line + u64::from(rec.lead), text[a..a + n].to_vec(), fields));
            line += u64::from(rec.newlines);
            pos = next;
        }
        out
    }

    /// The same with `csv-core` alone, as the reader did before.
    fn reference(text: &[u8]) -> Vec<(u64, Vec<Vec<u8>>)> {
        let mut core = csv_core::Reader::new();
        let (mut data, mut ends) = (vec![0u8; text.len() + 8], vec![0usize; text.len() + 8]);
        let (mut input, mut line, mut out) = (text, 1u64, Vec::new());
        let (mut raw, mut nout, mut nend): (Vec<u8>, usize, usize) = (Vec::new(), 0, 0);
        loop {
            let flush = input.is_empty();
            let (res, nin, o, e) = core.read_record(input, &mut data[nout..], &mut ends[nend..]);
            raw.extend_from_slice(&input[..nin]);
            input = &input[nin..];
            nout += o;
            nend += e;
            match res {
                ReadRecordResult::Record => {
                    let lead = raw
                        .iter()
                        .take_while(|b| matches!(b, b'\n' | b'\r'))
                        .filter(|b| **b == b'\n')
                        .count() as u64;
                    let f = (0..nend)
                        .map(|i| data[if i == 0 { 0 } else { ends[i - 1] }..ends[i]].to_vec())
                        .collect();
                    out.push((line + lead, f));
                    line += raw.iter().filter(|b| **b == b'\n').count() as u64;
                    (raw, nout, nend) = (Vec::new(), 0, 0);
                }
                ReadRecordResult::InputEmpty if flush => return out,
                ReadRecordResult::End => return out,
                _ => {}
            }
        }
    }

    #[test]
    fn plain_quoted_and_broken_lines() {
        let text = b"\r\na,b,c\r\n\n\"x,1\",\"y\"\"\",z\n\"two\nlines\",q\nlast,\r";
        let got = split_all(text);
        let fields: Vec<Vec<Vec<u8>>> = got.iter().map(|g| g.2.clone()).collect();
        assert_eq!(
            fields,
            vec![
                vec![b"a".to_vec(), b"b".to_vec(), b"c".to_vec()],
                vec![b"x,1".to_vec(), b"y\"".to_vec(), b"z".to_vec()],
                vec![b"two\nlines".to_vec(), b"q".to_vec()],
                vec![b"last".to_vec(), b"".to_vec()],
            ]
        );
        let lines: Vec<u64> = got.iter().map(|g| g.0).collect();
        assert_eq!(lines, [2, 4, 5, 7]);
        assert_eq!(got[2].1, b"\"two\nlines\",q");
    }

    #[test]
    fn quotes_and_commas_at_every_place_around_a_64_byte_boundary() {
        let patterns: [&[u8]; 8] = [
            b"\"q\",z",
            b"a,\"q\"",
            b"ab\"c,d",
            b"\"q\"x,y",
            b"\"\",e",
            b"x,\"",
            b"\"a,b\"",
            b"\",",
        ];
        for pad in 0..140 {
            for pattern in patterns {
                let mut text = vec![b'p'; pad];
                text.push(b',');
                text.extend_from_slice(pattern);
                text.extend_from_slice(b",end\n");
                let ours: Vec<(u64, Vec<Vec<u8>>)> = split_all(&text)
                    .into_iter()
                    .map(|(l, _, f)| (l, f))
                    .collect();
                assert_eq!(ours, reference(&text), "pad {pad}: {pattern:?}");
            }
        }
    }

    #[test]
    fn a_cut_record_waits_for_more_input() {
        let mut block = Block {
            bytes: b"a,b\nc,\"d".to_vec(),
            ..Block::default()
        };
        let mut s = Splitter::default();
        let Next::Record(_, next) = s.next(&mut block, 0, 8, false) else {
            panic!("first record")
        };
        assert!(matches!(
            s.next(&mut block, next, 8, false),
            Next::Incomplete
        ));
        assert!(matches!(s.next(&mut block, 8, 8, false), Next::Incomplete));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        /// The fast path changes nothing: the same records, fields and line
        /// numbers as `csv-core` on any mix of commas, quotes and breaks.
        #[test]
        fn same_records_as_csv_core(
            parts in proptest::collection::vec(
                prop_oneof![
                    Just(b",".to_vec()), Just(b"\"".to_vec()), Just(b"\n".to_vec()),
                    Just(b"\r".to_vec()), Just(b"\r\n".to_vec()), Just(b" ".to_vec()),
                    "[a-z0-9]{0,6}".prop_map(String::into_bytes),
                    proptest::collection::vec(any::<u8>(), 0..4),
                ],
                0..60,
            )
        ) {
            let text: Vec<u8> = parts.concat();
            let ours: Vec<(u64, Vec<Vec<u8>>)> =
                split_all(&text).into_iter().map(|(l, _, f)| (l, f)).collect();
            prop_assert_eq!(ours, reference(&text));
        }
    }
}
