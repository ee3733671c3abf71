//! Reading California DOJ RAP sheets into the clearslate record model.
//!
//! `shared/formats/rap-sheet.md` describes the format and its pitfalls. The
//! reader cleans the text ([`clean`]), then parses it line by line
//! ([`parse`]): the sheet's identification, its cycles, every kind of
//! event, counts with their charges, dispositions, sentences and dated
//! updates. Every item keeps its line and column; everything skipped or
//! guessed becomes a warning; an unreadable sheet is an error naming the
//! line.

pub mod charge;
pub mod clean;
pub mod county;
pub mod generate;
pub mod input;
mod parse;
pub mod render;

pub use parse::{Parsed, ReadError, parse};

/// The parts of a history that a round trip must preserve: everything but
/// positions, raw charge text and the reader's warnings.
pub fn comparable(h: &law::History) -> law::History {
    let mut h = h.clone();
    h.warnings.clear();
    h.notices.clear();
    for e in &mut h.events {
        e.line = None;
        e.column = None;
        for c in &mut e.counts {
            c.line = None;
            c.column = None;
            c.charge = None;
            for u in &mut c.updates {
                u.line = None;
                u.column = None;
            }
        }
    }
    h
}
