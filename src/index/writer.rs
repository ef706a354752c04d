//! The indexing run: discover files, read and extract in parallel (rayon), feed one `IndexWriter`, commit.
//!
//! Today every run rebuilds the index content in one commit: readers keep answering from the previous commit
//! until the new one is complete, and a second writer fails at once on tantivy's writer lock.

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::Instant;

use rayon::prelude::*;
use tantivy::directory::MmapDirectory;
use tantivy::indexer::{IndexWriterOptions, LogMergePolicy};
use tantivy::{Index, IndexWriter, TantivyDocument, TantivyError};

use super::document::{article_doc, claim_docs};
use super::schema::{build_schema, register_tokenizers, Fields};
use super::{CommitInfo, SCHEMA_VERSION};
use crate::article::{read_file, Reject};
use crate::discover::discover;
use crate::error::{Error, Result};
use crate::extract::{Extractor, EXTRACTOR_VERSION};

/// How to run an indexing job.
#[derive(Debug, Clone)]
pub struct IndexOptions {
    /// Index directory (created when missing).
    pub index_dir: PathBuf,
    /// Files and directories to index.
    pub paths: Vec<PathBuf>,
    /// tantivy indexing threads (0 = one per core, at most 4).
    pub threads: usize,
    /// Writer memory budget in bytes, shared by the indexing threads.
    pub memory_budget: usize,
}

impl IndexOptions {
    /// Defaults for a directory and inputs: threads matched to cores, 256 MB budget.
    pub fn new(index_dir: impl Into<PathBuf>, paths: Vec<PathBuf>) -> IndexOptions {
        IndexOptions { index_dir: index_dir.into(), paths, threads: 0, memory_budget: 256 * 1024 * 1024 }
    }
}

/// What a run did.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct IndexSummary {
    /// Files read (supported extension, readable).
    pub files: u64,
    /// Articles indexed.
    pub articles: u64,
    /// Claims indexed.
    pub claims: u64,
    /// Articles skipped because another input had the same id.
    pub duplicates: u64,
    /// Inputs rejected, with reasons.
    pub rejected: Vec<String>,
    /// Bytes read.
    pub bytes: u64,
    /// Wall time in seconds.
    pub seconds: f64,
}

impl IndexSummary {
    /// Throughput in MB/s (10^6 bytes).
    pub fn mb_per_s(&self) -> f64 {
        if self.seconds > 0.0 {
            self.bytes as f64 / 1e6 / self.seconds
        } else {
            0.0
        }
    }
}

/// Receives progress: total bytes when known, then bytes done.
pub trait Progress: Sync {
    /// Total bytes to read.
    fn start(&self, total_bytes: u64);
    /// More bytes were read.
    fn advance(&self, bytes: u64);
    /// The run is committing.
    fn finish(&self);
}

/// No progress reporting.
impl Progress for () {
    fn start(&self, _: u64) {}
    fn advance(&self, _: u64) {}
    fn finish(&self) {}
}

fn open_or_create(dir: &std::path::Path) -> Result<Index> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let mmap = MmapDirectory::open(dir).map_err(|e| Error::io(dir, std::io::Error::other(e.to_string())))?;
    let index = Index::open_or_create(mmap, build_schema())?;
    register_tokenizers(&index);
    Ok(index)
}

fn writer(index: &Index, opts: &IndexOptions) -> Result<IndexWriter> {
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let threads = if opts.threads == 0 { cores.clamp(1, 4) } else { opts.threads };
    let per_thread = (opts.memory_budget / threads).max(15_000_000);
    let options = IndexWriterOptions::builder()
        .num_worker_threads(threads)
        .num_merge_threads(1)
        .memory_budget_per_thread(per_thread)
        .build();
    let w = index.writer_with_options(options).map_err(|e| match e {
        TantivyError::LockFailure(..) => Error::Locked(opts.index_dir.clone()),
        other => Error::Tantivy(other),
    })?;
    let mut policy = LogMergePolicy::default();
    policy.set_del_docs_ratio_before_merge(0.2);
    w.set_merge_policy(Box::new(policy));
    Ok(w)
}

/// Runs an indexing job.
pub fn run_index(opts: &IndexOptions, extractor: &Extractor, progress: &dyn Progress) -> Result<IndexSummary> {
    let started = Instant::now();
    let index = open_or_create(&opts.index_dir)?;
    if let Some(info) = super::commit_info(&index)? {
        if info.schema_version != SCHEMA_VERSION {
            return Err(Error::SchemaMismatch {
                path: opts.index_dir.clone(),
                found: info.schema_version,
                expected: SCHEMA_VERSION.to_string(),
            });
        }
    }
    let fields = Fields::new(&index.schema())?;
    let mut writer = writer(&index, opts)?;

    let found = discover(&opts.paths);
    let total: u64 = found.files.iter().filter_map(|p| std::fs::metadata(p).ok()).map(|m| m.len()).sum();
    progress.start(total);

    writer.delete_all_documents()?;
    let seen: Mutex<HashSet<String>> = Mutex::new(HashSet::new());
    let rejects: Mutex<Vec<Reject>> = Mutex::new(found.rejects);
    let (files, articles, claims, duplicates, bytes) =
        (AtomicU64::new(0), AtomicU64::new(0), AtomicU64::new(0), AtomicU64::new(0), AtomicU64::new(0));
    let add = |doc: TantivyDocument| writer.add_document(doc).map(|_| ());
    found.files.par_iter().try_for_each(|path| -> Result<()> {
        let read = read_file(path);
        if read.bytes > 0 || !read.articles.is_empty() {
            files.fetch_add(1, Ordering::Relaxed);
        }
        bytes.fetch_add(read.bytes, Ordering::Relaxed);
        progress.advance(std::fs::metadata(path).map_or(read.bytes, |m| m.len()));
        if !read.rejects.is_empty() {
            rejects.lock().expect("reject list lock is never poisoned").extend(read.rejects);
        }
        for a in &read.articles {
            let fresh = seen.lock().expect("id set lock is never poisoned").insert(a.id.clone());
            if !fresh {
                duplicates.fetch_add(1, Ordering::Relaxed);
                continue;
            }
            let x = extractor.extract(a);
            add(article_doc(&fields, a, &x))?;
            articles.fetch_add(1, Ordering::Relaxed);
            for doc in claim_docs(&fields, a, &x) {
                add(doc)?;
                claims.fetch_add(1, Ordering::Relaxed);
            }
        }
        Ok(())
    })?;

    progress.finish();
    let mut summary = IndexSummary {
        files: files.into_inner(),
        articles: articles.into_inner(),
        claims: claims.into_inner(),
        duplicates: duplicates.into_inner(),
        rejected: rejects
            .into_inner()
            .expect("reject list lock is never poisoned")
            .iter()
            .map(ToString::to_string)
            .collect(),
        bytes: bytes.into_inner(),
        seconds: 0.0,
    };
    let info = CommitInfo {
        schema_version: SCHEMA_VERSION.to_string(),
        extractor_version: EXTRACTOR_VERSION.to_string(),
        vocabulary: extractor.vocabulary().fingerprint.clone(),
        committed_at: time::OffsetDateTime::now_utc()
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default(),
        articles: summary.articles,
        claims: summary.claims,
    };
    let mut prepared = writer.prepare_commit()?;
    prepared.set_payload(&serde_json::to_string(&info).expect("commit info always serializes"));
    prepared.commit()?;
    writer.wait_merging_threads()?;
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}
