//! The index as its own manifest: one `file` document per source file (signature, hash, duplicates,
//! rejections), read back at the start of a run from fast fields. Because file documents are committed with
//! the articles of their file, the manifest can never disagree with the index, whatever killed the last run.

use std::collections::HashMap;

use tantivy::schema::Value;
use tantivy::{Searcher, TantivyDocument};

use super::document::{KIND_ARTICLE, KIND_FILE};
use super::schema::Fields;
use crate::error::Result;

/// What the index remembers of one source file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileRecord {
    /// `size:mtime_ns` when it was read.
    pub sig: String,
    /// BLAKE3 of its content.
    pub hash: String,
    /// Articles skipped as duplicates of another file's.
    pub dups: u64,
    /// Rejections (`path[:line]: reason`), one per line.
    pub rejects: Vec<String>,
}

/// Every file known to an index, and which file owns each article id.
#[derive(Debug, Default)]
pub struct Manifest {
    /// By path.
    pub files: HashMap<String, FileRecord>,
    /// Article id -> path of the file it was indexed from.
    pub owners: HashMap<String, String>,
}

impl Manifest {
    /// Reads the manifest of an index (empty for a new one).
    pub fn load(searcher: &Searcher, fields: &Fields) -> Result<Manifest> {
        let mut m = Manifest::default();
        let mut kind = String::new();
        let mut path = String::new();
        let mut id = String::new();
        for segment in searcher.segment_readers() {
            let ff = segment.fast_fields();
            let (Some(kinds), Some(paths), Some(ids)) = (ff.str("kind")?, ff.str("path")?, ff.str("article_id")?)
            else {
                continue;
            };
            let first = |col: &tantivy::columnar::StrColumn, doc: u32, out: &mut String| -> Result<bool> {
                out.clear();
                match col.term_ords(doc).next() {
                    Some(ord) => Ok(col.ord_to_str(ord, out).map_err(tantivy::TantivyError::from)?),
                    None => Ok(false),
                }
            };
            let mut file_docs = Vec::new();
            for doc in segment.doc_ids_alive() {
                first(&kinds, doc, &mut kind)?;
                if kind == KIND_FILE {
                    file_docs.push(doc);
                } else if kind == KIND_ARTICLE && first(&ids, doc, &mut id)? && first(&paths, doc, &mut path)? {
                    m.owners.insert(id.clone(), path.clone());
                }
            }
            // File documents are few (one per file): read them from the store.
            let store = segment.get_store_reader(16).map_err(tantivy::TantivyError::from)?;
            for doc in file_docs {
                let d: TantivyDocument = store.get(doc)?;
                let text = |f| d.get_first(f).and_then(|v| v.as_str()).unwrap_or("").to_string();
                let rejects = text(fields.file_rejects);
                m.files.insert(
                    text(fields.path),
                    FileRecord {
                        sig: text(fields.file_sig),
                        hash: text(fields.file_hash),
                        dups: d.get_first(fields.file_dups).and_then(|v| v.as_u64()).unwrap_or(0),
                        rejects: rejects.lines().filter(|l| !l.is_empty()).map(str::to_string).collect(),
                    },
                );
            }
        }
        Ok(m)
    }
}

/// The file document recording a source file.
pub fn file_doc(f: &Fields, path: &str, rec: &FileRecord) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_text(f.doc_id, format!("file:{path}"));
    doc.add_text(f.kind, KIND_FILE);
    doc.add_text(f.path, path);
    doc.add_text(f.file_sig, &rec.sig);
    doc.add_text(f.file_hash, &rec.hash);
    doc.add_u64(f.file_dups, rec.dups);
    if !rec.rejects.is_empty() {
        doc.add_text(f.file_rejects, rec.rejects.join("\n"));
    }
    doc
}
