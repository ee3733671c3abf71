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
mod parse;

pub use parse::{Parsed, ReadError, parse};
