//! Error types of the library.
//!
//! Two families, as in milli: *user* errors (bad article, bad query, bad gazetteer line) that name what was
//! wrong and where, and *internal* errors (index, I/O) that are not the user's input's fault. The binary maps
//! them to exit codes (see README "Exit codes").

use std::path::PathBuf;

/// Result alias used across the library.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in sitrep.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A line of a vocabulary file (gazetteer, reporting verbs) is malformed.
    #[error("{path}:{line}: {reason}")]
    Vocabulary {
        /// File that holds the bad line.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        reason: String,
    },
    /// The query cannot be understood.
    #[error("bad query: {0}")]
    Query(String),
    /// There is no index at the given place (or it is empty).
    #[error("no index at {path}: {reason}")]
    NoIndex {
        /// Where the index was expected.
        path: PathBuf,
        /// Why it cannot be used.
        reason: String,
    },
    /// Another process holds the index writer lock.
    #[error("index {0} is being written by another sitrep process (try again later, or pass --wait)")]
    Locked(PathBuf),
    /// The index was written by an incompatible version of sitrep's schema.
    #[error("index {path} has schema version {found}, this sitrep needs {expected}: rerun `sitrep index --full`")]
    SchemaMismatch {
        /// Where the index lives.
        path: PathBuf,
        /// Version stored in the index.
        found: String,
        /// Version this binary writes.
        expected: String,
    },
    /// tantivy failed.
    #[error("index error: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    /// The file system failed.
    #[error("{path}: {source}")]
    Io {
        /// Path that was being read or written.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
}

impl Error {
    /// Wraps an I/O error with the path it concerns.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io { path: path.into(), source }
    }

    /// True for errors caused by the user's input rather than by the system.
    pub fn is_user_error(&self) -> bool {
        matches!(
            self,
            Error::Vocabulary { .. } | Error::Query(_) | Error::NoIndex { .. } | Error::SchemaMismatch { .. }
        )
    }
}
