//! What can go wrong while making documents.

use std::path::PathBuf;

/// An error from the documents crate.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An input file is not what it should be; the message names the line
    /// and field.
    #[error("{file}: {message}")]
    Input {
        /// The file at fault.
        file: PathBuf,
        /// What is wrong, with the line and field when known.
        message: String,
    },
    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A template did not compile (a bug, not bad input).
    #[error("typesetting failed: {0}")]
    Typeset(String),
    /// An official PDF could not be read or filled.
    #[error("{form}: {message}")]
    Form {
        /// The form, e.g. `CR-180`.
        form: String,
        /// What went wrong.
        message: String,
    },
    /// `qpdf` failed or is not installed.
    #[error("qpdf: {0}")]
    Qpdf(String),
}

impl Error {
    /// An I/O error on `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Self::Io {
            path: path.into(),
            source,
        }
    }

    /// True when the fault is in the caller's input (exit code 2).
    pub fn is_input(&self) -> bool {
        matches!(self, Self::Input { .. })
    }
}
