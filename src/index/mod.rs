//! The index: its schema, its documents, and the indexing run.

pub mod document;
pub mod layout;
pub mod manifest;
pub mod schema;
pub mod stats;
mod writer;

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use tantivy::Index;

pub use schema::{Fields, SCHEMA_VERSION};
pub use writer::{
    install_interrupt_handler, request_interrupt, run_index, IndexOptions, IndexSummary, Progress, RunMode,
    StoreCompression,
};

use crate::error::{Error, Result};

/// Default index directory.
pub const DEFAULT_INDEX_DIR: &str = "sitrep-index";

/// What sitrep stores with each commit (tantivy commit payload), so that a search knows what it reads.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CommitInfo {
    /// [`SCHEMA_VERSION`] of the writer.
    pub schema_version: String,
    /// [`crate::extract::EXTRACTOR_VERSION`] of the writer.
    pub extractor_version: String,
    /// Vocabulary fingerprint.
    pub vocabulary: String,
    /// Where the vocabulary came from (built-in when empty): a search resolves names through the same
    /// gazetteer unless told otherwise.
    #[serde(default)]
    pub vocabulary_sources: crate::vocab::VocabularyOptions,
    /// When the commit was made (RFC 3339, UTC).
    pub committed_at: String,
}

/// Opens the current generation of an index for reading, with tokenizers registered and the schema
/// version checked; with the last commit's information and the generation's directory.
pub fn open_index(dir: &Path) -> Result<(Index, Fields, CommitInfo, PathBuf)> {
    let no_index = |reason: String| Error::NoIndex { path: PathBuf::from(dir), reason };
    let Some(gen) = layout::Layout::new(dir).current()? else {
        return Err(no_index("run `sitrep index PATH...` first".to_string()));
    };
    let index = Index::open_in_dir(&gen).map_err(|e| no_index(e.to_string()))?;
    schema::register_tokenizers(&index);
    let info = match commit_info(&index)? {
        Some(info) if info.schema_version == SCHEMA_VERSION => info,
        Some(info) => {
            return Err(Error::SchemaMismatch {
                path: dir.to_path_buf(),
                found: info.schema_version,
                expected: SCHEMA_VERSION.to_string(),
            })
        }
        None => return Err(no_index("the index has no sitrep commit yet".to_string())),
    };
    let fields = Fields::new(&index.schema()).map_err(|e| no_index(e.to_string()))?;
    Ok((index, fields, info, gen))
}

/// The payload of the last commit, if any.
pub fn commit_info(index: &Index) -> Result<Option<CommitInfo>> {
    let metas = index.load_metas()?;
    Ok(metas.payload.as_deref().and_then(|p| serde_json::from_str(p).ok()))
}
