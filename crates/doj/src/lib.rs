//! The California DOJ research file: the 95-column bulk extract the state
//! gives prosecutors (`shared/formats/doj-research-file.md`).
//!
//! [`reader::Input`] streams records from several files as one data set,
//! keeping each line's raw bytes and line number; [`group`] gathers one
//! person's rows (streaming when the file is grouped by person, through
//! temporary buckets when it is not); [`history::build`] turns them into the
//! history model the law engine reads; [`generate`] writes synthetic
//! extracts.

pub mod columns;
pub mod generate;
pub mod group;
pub mod history;
pub mod reader;
pub mod row;
mod split;
