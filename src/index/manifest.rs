//! The index as its own manifest: one `file` document per source file (signature, hash, duplicates,
//! rejections), read back at the start of a run. Because file documents are committed with
//! the articles of their file, the manifest can never disagree with the index, whatever killed the last run.

use std::collections::{HashMap, HashSet};
use std::sync::Mutex;

use tantivy::collector::{DocSetCollector, TopDocs};
use tantivy::query::TermQuery;
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{Searcher, TantivyDocument, Term};

use super::document::KIND_FILE;
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

/// Every file known to an index.
#[derive(Debug, Default)]
pub struct Manifest {
    /// By path.
    pub files: HashMap<String, FileRecord>,
}

impl Manifest {
    /// Reads the file documents of an index (empty for a new one): one posting list and one stored document
    /// per source file, whatever the number of articles.
    pub fn load(searcher: &Searcher, fields: &Fields) -> Result<Manifest> {
        let mut m = Manifest::default();
        let q = TermQuery::new(Term::from_field_text(fields.kind, KIND_FILE), IndexRecordOption::Basic);
        for addr in searcher.search(&q, &DocSetCollector)? {
            let d: TantivyDocument = searcher.doc(addr)?;
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
        Ok(m)
    }
}

/// Which file holds each article id: the committed index (looked up per id, only for the articles a run
/// reads) plus what this run has claimed so far.
pub struct Owners {
    searcher: Searcher,
    fields: Fields,
    leaving: HashSet<String>,
    claimed: Mutex<HashMap<String, String>>,
}

impl Owners {
    /// Owners over a committed index; files in `leaving` (removed or being re-read) give their ids up.
    pub fn new(searcher: Searcher, fields: Fields, leaving: HashSet<String>) -> Owners {
        Owners { searcher, fields, leaving, claimed: Mutex::new(HashMap::new()) }
    }

    /// After a commit, with a searcher that sees it: the ids claimed so far are now in the index, so the
    /// in-memory map is emptied (it never holds more than one commit's ids, whatever the corpus size), and
    /// the files just written no longer give their ids up (the index holds their new documents).
    pub fn committed<'a>(&mut self, searcher: Searcher, written: impl IntoIterator<Item = &'a str>) {
        self.searcher = searcher;
        self.claimed.get_mut().expect("owner map lock is never poisoned").clear();
        for path in written {
            self.leaving.remove(path);
        }
    }

    /// Claims an article id for a file; false when another file holds it (the article is a duplicate).
    pub fn claim(&self, id: &str, path: &str) -> Result<bool> {
        let mut claimed = self.claimed.lock().expect("owner map lock is never poisoned");
        if let Some(p) = claimed.get(id) {
            return Ok(p == path);
        }
        // Every live document with the id counts: after a commit of this run the index can hold both a leaving
        // file's old copy and another file's new one, until the leaving file's own commit.
        for p in self.indexed_owners(id)? {
            if p != path && !self.leaving.contains(&p) {
                return Ok(false);
            }
        }
        claimed.insert(id.to_string(), path.to_string());
        Ok(true)
    }

    /// The files of the indexed documents with this id.
    fn indexed_owners(&self, id: &str) -> Result<Vec<String>> {
        let q = TermQuery::new(Term::from_field_text(self.fields.doc_id, id), IndexRecordOption::Basic);
        let mut owners = Vec::new();
        for (_, addr) in self.searcher.search(&q, &TopDocs::with_limit(16).order_by_score())? {
            let d: TantivyDocument = self.searcher.doc(addr)?;
            if let Some(p) = d.get_first(self.fields.path).and_then(|v| v.as_str()) {
                owners.push(p.to_string());
            }
        }
        Ok(owners)
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
