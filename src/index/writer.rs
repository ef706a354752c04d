//! The indexing run: a plan (what changed since the last commit) and its execution (read and extract in
//! parallel with rayon, feed one `IndexWriter`, commit periodically).
//!
//! Changes are applied milli-style as delete-then-add per source file: a new or changed file has every
//! document with its `path` deleted and its articles, claims and file record added in the same commit; a
//! vanished file has its documents deleted. Unchanged files (same size and modification time, or same
//! content hash) are not read. See [`super::layout`] for generations, rebuilds and the writer lock.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Instant, UNIX_EPOCH};

use rayon::prelude::*;
use tantivy::collector::Count;
use tantivy::directory::MmapDirectory;
use tantivy::indexer::{IndexWriterOptions, LogMergePolicy};
use tantivy::query::TermQuery;
use tantivy::schema::IndexRecordOption;
use tantivy::store::{Compressor, ZstdCompressor};
use tantivy::{Index, IndexSettings, IndexWriter, Term};

use super::document::{article_doc, claim_docs, KIND_ARTICLE, KIND_CLAIM};
use super::layout::Layout;
use super::manifest::{file_doc, FileRecord, Manifest, Owners};
use super::schema::{build_schema, register_tokenizers, Fields};
use super::{CommitInfo, SCHEMA_VERSION};
use crate::article::read_file;
use crate::discover::discover;
use crate::error::{Error, Result};
use crate::extract::{Extractor, EXTRACTOR_VERSION};

/// How to run an indexing job.
#[derive(Debug, Clone)]
pub struct IndexOptions {
    /// Index directory (created when missing).
    pub index_dir: PathBuf,
    /// Files and directories to index. The index mirrors them: files no longer found are removed.
    pub paths: Vec<PathBuf>,
    /// tantivy indexing threads (0 = one per core, at most 4).
    pub threads: usize,
    /// Writer memory budget in bytes, shared by the indexing threads.
    pub memory_budget: usize,
    /// Rebuild everything into a new generation, even when nothing changed.
    pub full: bool,
    /// Wait for another writer to finish instead of failing.
    pub wait: bool,
    /// Any rejected input fails the run and nothing is committed.
    pub strict: bool,
    /// Commit after this many bytes of input have been indexed (bounds the work a kill can lose).
    pub commit_every_bytes: u64,
    /// Document store compression of a new index (an existing index keeps its own): see [`StoreCompression`].
    pub store_compression: StoreCompression,
    /// Segment merge threads (default 1: on two cores, more merge threads slow indexing down).
    pub merge_threads: usize,
    /// A segment is merged once this fraction of its documents is deleted (default 0.2): updates do not leave
    /// dead weight forever (tantivy's default policy never merges for deletes).
    pub merge_deleted_ratio: f32,
    /// Segments with more documents than this are not merged again (0: tantivy's default, 10 million).
    pub merge_max_docs: usize,
}

/// How the document store (titles, bodies, claim texts) is compressed. Chosen when an index is created.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreCompression {
    /// LZ4 blocks: fastest, largest.
    Lz4,
    /// Zstandard at this level (1-22): smaller, slower to write; reading a hit's document stays sub-millisecond.
    Zstd(i32),
    /// No compression.
    None,
}

impl StoreCompression {
    /// The default, from measurements (BENCHMARKS.md): Zstandard level 3 in 64 KiB blocks.
    pub const DEFAULT: StoreCompression = StoreCompression::Zstd(3);

    /// Parses `lz4`, `zstd`, `zstd:LEVEL` or `none`.
    pub fn parse(s: &str) -> std::result::Result<StoreCompression, String> {
        match s {
            "lz4" => Ok(StoreCompression::Lz4),
            "none" => Ok(StoreCompression::None),
            "zstd" => Ok(StoreCompression::Zstd(3)),
            _ => match s.strip_prefix("zstd:").map(str::parse::<i32>) {
                Some(Ok(level)) if (1..=22).contains(&level) => Ok(StoreCompression::Zstd(level)),
                _ => Err(format!("expected lz4, zstd, zstd:LEVEL (1-22) or none, not {s:?}")),
            },
        }
    }

    fn settings(self) -> IndexSettings {
        let docstore_compression = match self {
            StoreCompression::Lz4 => Compressor::Lz4,
            StoreCompression::Zstd(level) => Compressor::Zstd(ZstdCompressor { compression_level: Some(level) }),
            StoreCompression::None => Compressor::None,
        };
        IndexSettings { docstore_compression, docstore_blocksize: STORE_BLOCK_BYTES, ..IndexSettings::default() }
    }
}

/// Document store block size: larger blocks compress better; a hit decompresses one block. 128 KiB: 10k r2nery
/// index 56.27 -> 55.47 MB against 64 KiB, fresh-process query times within noise (BENCHMARKS.md, session 5).
const STORE_BLOCK_BYTES: usize = 128 * 1024;

impl IndexOptions {
    /// Defaults for a directory and inputs: threads matched to cores, 256 MB budget, commit every 256 MB
    /// (64 MB doubled peak RSS through merges of many small segments; see BENCHMARKS.md).
    pub fn new(index_dir: impl Into<PathBuf>, paths: Vec<PathBuf>) -> IndexOptions {
        IndexOptions {
            index_dir: index_dir.into(),
            paths,
            threads: 0,
            memory_budget: 256 * 1024 * 1024,
            full: false,
            wait: false,
            strict: false,
            store_compression: StoreCompression::DEFAULT,
            merge_threads: 1,
            merge_deleted_ratio: 0.2,
            merge_max_docs: 0,
            commit_every_bytes: 256 * 1024 * 1024,
        }
    }
}

/// How a run treated the index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RunMode {
    /// Only changes were applied to the current generation.
    Incremental,
    /// A new generation was built from scratch (first run, `--full`, or a changed extractor or vocabulary).
    Rebuild,
    /// An interrupted rebuild was continued.
    Resume,
}

/// What a run did (`sitrep index --json`).
#[derive(Debug, Clone, serde::Serialize)]
pub struct IndexSummary {
    /// Incremental, rebuild or resume.
    pub mode: RunMode,
    /// Why a rebuild happened, if one did.
    pub reason: Option<String>,
    /// Files seen under the given paths.
    pub files: u64,
    /// New files indexed.
    pub added: u64,
    /// Changed files re-indexed.
    pub updated: u64,
    /// Files gone since the last run, whose documents were removed.
    pub removed: u64,
    /// Files not read again (unchanged).
    pub unchanged: u64,
    /// Articles indexed by this run.
    pub articles: u64,
    /// Claims indexed by this run.
    pub claims: u64,
    /// Articles skipped because another file has the same id.
    pub duplicates: u64,
    /// Articles indexed by this run that have a headline and no body (feed items; see `Article::headline_only`).
    pub headline_only: u64,
    /// Rejected inputs (`path[:line]: reason`), including those of unchanged files.
    pub rejected: Vec<String>,
    /// Bytes read.
    pub bytes: u64,
    /// Wall time in seconds.
    pub seconds: f64,
    /// Articles in the index after the run.
    pub total_articles: u64,
    /// Claims in the index after the run.
    pub total_claims: u64,
    /// The run was stopped by SIGINT/SIGTERM after committing the files it had finished.
    pub interrupted: bool,
    /// Nothing was committed (no change, or `--strict` with rejections).
    pub committed: bool,
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

fn open_or_create(dir: &Path, compression: StoreCompression) -> Result<Index> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let mmap = MmapDirectory::open(dir).map_err(|e| Error::io(dir, std::io::Error::other(e.to_string())))?;
    let index = if Index::exists(&mmap).map_err(|e| Error::io(dir, std::io::Error::other(e.to_string())))? {
        Index::open_or_create(mmap, build_schema())?
    } else {
        Index::builder().schema(build_schema()).settings(compression.settings()).open_or_create(mmap)?
    };
    register_tokenizers(&index);
    Ok(index)
}

fn writer(index: &Index, opts: &IndexOptions) -> Result<IndexWriter> {
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let threads = if opts.threads == 0 { cores.clamp(1, 4) } else { opts.threads };
    let per_thread = (opts.memory_budget / threads).max(15_000_000);
    let options = IndexWriterOptions::builder()
        .num_worker_threads(threads)
        .num_merge_threads(opts.merge_threads.max(1))
        .memory_budget_per_thread(per_thread)
        .build();
    let w = index.writer_with_options(options).map_err(|e| match e {
        tantivy::TantivyError::LockFailure(..) => Error::Locked(opts.index_dir.clone()),
        other => Error::Tantivy(other),
    })?;
    // Deleted documents count toward merges, so that updates do not leave dead weight forever.
    let mut policy = LogMergePolicy::default();
    policy.set_del_docs_ratio_before_merge(opts.merge_deleted_ratio.clamp(0.01, 1.0));
    if opts.merge_max_docs > 0 {
        policy.set_max_docs_before_merge(opts.merge_max_docs);
    }
    w.set_merge_policy(Box::new(policy));
    Ok(w)
}

fn signature(meta: &std::fs::Metadata) -> String {
    let mtime = meta.modified().ok().and_then(|t| t.duration_since(UNIX_EPOCH).ok()).map_or(0, |d| d.as_nanos());
    format!("{}:{}", meta.len(), mtime)
}

fn hash_file(path: &Path) -> std::io::Result<String> {
    let mut hasher = blake3::Hasher::new();
    hasher.update_reader(std::fs::File::open(path)?)?;
    Ok(hasher.finalize().to_hex()[..32].to_string())
}

/// Set by SIGINT/SIGTERM (see [`install_interrupt_handler`]); checked between files.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Makes SIGINT and SIGTERM stop an indexing run cleanly: files in flight are finished and committed.
/// Call once, from a binary.
pub fn install_interrupt_handler() {
    let _ = ctrlc::set_handler(|| INTERRUPTED.store(true, Ordering::SeqCst));
}

/// Requests that a running indexing job stop after committing (what the signal handler does).
pub fn request_interrupt() {
    INTERRUPTED.store(true, Ordering::SeqCst);
}

struct Versions {
    info: CommitInfo,
}

impl Versions {
    fn compatible(&self, other: &CommitInfo) -> Option<String> {
        if other.schema_version != self.info.schema_version {
            return Some(format!("schema changed ({} -> {})", other.schema_version, self.info.schema_version));
        }
        if other.extractor_version != self.info.extractor_version {
            return Some(format!("extractor changed ({} -> {})", other.extractor_version, self.info.extractor_version));
        }
        if other.vocabulary != self.info.vocabulary {
            return Some(
                "vocabulary changed (gazetteer, reporting verbs, given names or entity word lists)".to_string(),
            );
        }
        None
    }
}

/// A file the run will read.
struct Task {
    path: PathBuf,
    shown: String,
    sig: String,
    size: u64,
    /// The index already holds this file (its documents must go).
    known: bool,
    /// Content hash of a known file, read while planning (empty when unreadable or not known).
    hash: String,
}

impl Task {
    /// A known file whose signature changed but whose content did not, and that skipped no duplicates: its
    /// documents stay as they are and it keeps its article ids.
    fn touched(&self, manifest: &Manifest) -> bool {
        let prev = manifest.files.get(&self.shown);
        self.known && !self.hash.is_empty() && prev.is_some_and(|p| p.hash == self.hash && p.dups == 0)
    }
}

/// Runs an indexing job.
pub fn run_index(opts: &IndexOptions, extractor: &Extractor, progress: &dyn Progress) -> Result<IndexSummary> {
    let started = Instant::now();
    INTERRUPTED.store(false, Ordering::SeqCst);
    let layout = Layout::new(&opts.index_dir);
    let lock = layout.lock(opts.wait)?;
    let versions = Versions {
        info: CommitInfo {
            schema_version: SCHEMA_VERSION.to_string(),
            extractor_version: EXTRACTOR_VERSION.to_string(),
            vocabulary: extractor.vocabulary().fingerprint.clone(),
            vocabulary_sources: extractor.vocabulary().sources.clone(),
            committed_at: String::new(),
        },
    };

    // Choose the generation to write.
    let stored = |dir: &Path| -> Result<Option<CommitInfo>> {
        if !dir.join("meta.json").exists() {
            return Ok(None);
        }
        let index = Index::open_in_dir(dir)?;
        super::commit_info(&index)
    };
    let (mode, reason, gen) = if opts.full {
        if let Some(b) = layout.building()? {
            let _ = std::fs::remove_dir_all(b);
        }
        (RunMode::Rebuild, Some("--full".to_string()), layout.start_building(&lock)?)
    } else if let Some(b) = layout.building()? {
        match stored(&b)? {
            Some(info) if versions.compatible(&info).is_some() => {
                let why = versions.compatible(&info);
                let _ = std::fs::remove_dir_all(&b);
                (RunMode::Rebuild, why, layout.start_building(&lock)?)
            }
            _ => (RunMode::Resume, Some("an earlier rebuild was interrupted".to_string()), b),
        }
    } else if let Some(cur) = layout.current()? {
        match stored(&cur)? {
            Some(info) => match versions.compatible(&info) {
                None => (RunMode::Incremental, None, cur),
                Some(why) => (RunMode::Rebuild, Some(why), layout.start_building(&lock)?),
            },
            None => {
                (RunMode::Rebuild, Some("the current index has no commit".to_string()), layout.start_building(&lock)?)
            }
        }
    } else {
        (RunMode::Rebuild, Some("new index".to_string()), layout.start_building(&lock)?)
    };

    let index = open_or_create(&gen, opts.store_compression)?;
    // The names `search` resolves questions through (src/vocab/names.rs); the vocabulary is fixed per generation.
    crate::vocab::NameTable::ensure(&gen.join(crate::vocab::names::FILE_NAME), extractor.vocabulary())?;
    let fields = Fields::new(&index.schema())?;
    // Reloaded by hand after each commit (no watcher thread).
    let reader = index.reader_builder().reload_policy(tantivy::ReloadPolicy::Manual).try_into()?;
    let manifest = Manifest::load(&reader.searcher(), &fields)?;

    // Plan: what changed since the last commit.
    let found = discover(&opts.paths);
    let mut rejected: Vec<String> = found.rejects.iter().map(ToString::to_string).collect();
    let mut tasks: Vec<Task> = Vec::new();
    let mut seen_paths: HashSet<String> = HashSet::new();
    let mut unchanged: Vec<String> = Vec::new();
    for path in &found.files {
        let shown = path.display().to_string();
        let meta = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) => {
                rejected.push(format!("{shown}: cannot read: {e}"));
                continue;
            }
        };
        seen_paths.insert(shown.clone());
        let sig = signature(&meta);
        match manifest.files.get(&shown) {
            Some(rec) if rec.sig == sig => unchanged.push(shown),
            known => tasks.push(Task {
                path: path.clone(),
                shown,
                sig,
                size: meta.len(),
                known: known.is_some(),
                hash: String::new(),
            }),
        }
    }
    let removed: Vec<&String> = manifest.files.keys().filter(|p| !seen_paths.contains(*p)).collect();
    // Articles skipped as duplicates may have lost their first copy: read such files again.
    if !removed.is_empty() || tasks.iter().any(|t| t.known) {
        unchanged.retain(|p| {
            let rec = &manifest.files[p];
            if rec.dups == 0 {
                return true;
            }
            let path = PathBuf::from(p);
            let size = std::fs::metadata(&path).map_or(0, |m| m.len());
            tasks.push(Task { path, shown: p.clone(), sig: rec.sig.clone(), size, known: true, hash: String::new() });
            false
        });
    }
    for p in &unchanged {
        rejected.extend(manifest.files[p].rejects.iter().cloned());
    }
    // Known files are hashed now (in parallel): a touched file keeps its ids, so it must not be counted as
    // giving them up.
    tasks.par_iter_mut().filter(|t| t.known).for_each(|t| t.hash = hash_file(&t.path).unwrap_or_default());
    // Files whose article ids are given up this run: removed, or re-read.
    let leaving: HashSet<String> = removed
        .iter()
        .map(|p| p.to_string())
        .chain(tasks.iter().filter(|t| t.known && !t.touched(&manifest)).map(|t| t.shown.clone()))
        .collect();

    let mut summary = IndexSummary {
        mode,
        reason,
        files: found.files.len() as u64,
        added: tasks.iter().filter(|t| !t.known).count() as u64,
        updated: 0,
        removed: removed.len() as u64,
        unchanged: unchanged.len() as u64,
        articles: 0,
        claims: 0,
        duplicates: 0,
        headline_only: 0,
        rejected: Vec::new(),
        bytes: 0,
        seconds: 0.0,
        total_articles: 0,
        total_claims: 0,
        interrupted: false,
        committed: false,
    };

    let nothing_to_do = tasks.is_empty() && removed.is_empty() && mode == RunMode::Incremental;
    if nothing_to_do {
        summary.rejected = rejected;
        finish_counts(&index, &fields, &mut summary)?;
        summary.seconds = started.elapsed().as_secs_f64();
        return Ok(summary);
    }

    let mut writer = writer(&index, opts)?;
    for p in &removed {
        writer.delete_term(Term::from_field_text(fields.path, p));
    }
    progress.start(tasks.iter().map(|t| t.size).sum());

    // Execute in chunks of about `commit_every_bytes`, committing after each (strict runs: once, at the end,
    // and only when nothing was rejected).
    let chunk_limit = if opts.strict { u64::MAX } else { opts.commit_every_bytes };
    let mut owners = Owners::new(reader.searcher(), fields, leaving);
    let run_rejects: Mutex<Vec<String>> = Mutex::new(Vec::new());
    let counters = Counters::default();
    let mut committed_any = false;
    for chunk in chunks(&tasks, chunk_limit) {
        if INTERRUPTED.load(Ordering::SeqCst) {
            break;
        }
        chunk.par_iter().try_for_each(|task| -> Result<()> {
            if INTERRUPTED.load(Ordering::SeqCst) {
                return Ok(());
            }
            index_file(task, &manifest, &writer, &fields, extractor, &owners, &run_rejects, &counters)?;
            progress.advance(task.size);
            Ok(())
        })?;
        if !opts.strict {
            commit(&mut writer, &versions)?;
            committed_any = true;
            reader.reload()?;
            owners.committed(reader.searcher(), chunk.iter().map(|t| t.shown.as_str()));
            release_free_memory();
        }
    }
    rejected.extend(run_rejects.into_inner().expect("reject list lock is never poisoned"));
    if opts.strict {
        if rejected.is_empty() {
            commit(&mut writer, &versions)?;
            committed_any = true;
        } else {
            writer.rollback()?;
        }
    } else if tasks.is_empty() {
        commit(&mut writer, &versions)?; // removals only
        committed_any = true;
    }
    progress.finish();
    summary.interrupted = INTERRUPTED.load(Ordering::SeqCst);
    summary.rejected = rejected;
    summary.committed = committed_any;
    summary.updated = counters.updated.load(Ordering::Relaxed);
    let touched = counters.touched.load(Ordering::Relaxed);
    summary.unchanged += touched;
    summary.articles = counters.articles.load(Ordering::Relaxed);
    summary.claims = counters.claims.load(Ordering::Relaxed);
    summary.duplicates = counters.duplicates.load(Ordering::Relaxed);
    summary.headline_only = counters.headline_only.load(Ordering::Relaxed);
    summary.bytes = counters.bytes.load(Ordering::Relaxed);
    writer.wait_merging_threads()?;
    if committed_any && !summary.interrupted && mode != RunMode::Incremental {
        layout.publish(&gen, &lock)?;
    }
    finish_counts(&index, &fields, &mut summary)?;
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}

/// Hands memory freed since the last commit back to the system. glibc's malloc keeps freed memory in per-thread
/// arenas, and with extraction, indexing and merge threads the anonymous memory of a long run grew from commit
/// to commit (300k articles: 609 MiB at the end; BENCHMARKS.md). Elsewhere a no-op.
fn release_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free pages of the allocator's own heaps to the system.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// Splits tasks into runs of about `limit` bytes (at least one task each).
fn chunks(tasks: &[Task], limit: u64) -> Vec<&[Task]> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < tasks.len() {
        let mut end = start;
        let mut bytes = 0;
        while end < tasks.len() && (end == start || bytes < limit) {
            bytes += tasks[end].size;
            end += 1;
        }
        out.push(&tasks[start..end]);
        start = end;
    }
    out
}

#[derive(Default)]
struct Counters {
    updated: AtomicU64,
    touched: AtomicU64,
    articles: AtomicU64,
    claims: AtomicU64,
    duplicates: AtomicU64,
    headline_only: AtomicU64,
    bytes: AtomicU64,
}

/// Reads one file and replaces its documents (delete-then-add, in the writer's next commit).
#[allow(clippy::too_many_arguments)]
fn index_file(
    task: &Task,
    manifest: &Manifest,
    writer: &IndexWriter,
    fields: &Fields,
    extractor: &Extractor,
    owners: &Owners,
    run_rejects: &Mutex<Vec<String>>,
    counters: &Counters,
) -> Result<()> {
    let hash = if task.known { task.hash.clone() } else { hash_file(&task.path).unwrap_or_default() };
    if let Some(prev) = manifest.files.get(&task.shown).filter(|_| task.touched(manifest)) {
        // Touched, not changed: only the signature moves.
        writer.delete_term(Term::from_field_text(fields.doc_id, &format!("file:{}", task.shown)));
        let rec = FileRecord { sig: task.sig.clone(), ..prev.clone() };
        writer.add_document(file_doc(fields, &task.shown, &rec))?;
        run_rejects.lock().expect("reject list lock is never poisoned").extend(prev.rejects.iter().cloned());
        counters.touched.fetch_add(1, Ordering::Relaxed);
        return Ok(());
    }
    // A reader bug must not stop a scheduled run either: the file becomes a rejection.
    let read = match std::panic::catch_unwind(|| read_file(&task.path)) {
        Ok(read) => read,
        Err(_) => crate::article::FileRead {
            rejects: vec![crate::article::Reject {
                path: task.shown.clone(),
                line: None,
                reason: "internal error while reading (please report it)".to_string(),
            }],
            ..Default::default()
        },
    };
    counters.bytes.fetch_add(read.bytes, Ordering::Relaxed);
    if task.known {
        counters.updated.fetch_add(1, Ordering::Relaxed);
        writer.delete_term(Term::from_field_text(fields.path, &task.shown));
    }
    let mut rejects: Vec<String> = read.rejects.iter().map(ToString::to_string).collect();
    let mut dups = 0;
    let mut seen_here: HashSet<&str> = HashSet::new();
    for a in &read.articles {
        // A repeated id within the file, or an id another file holds: the first copy stays.
        if !seen_here.insert(a.id.as_str()) || !owners.claim(&a.id, &task.shown)? {
            dups += 1;
            continue;
        }
        let x = match extractor.try_extract(a) {
            Ok(x) => x,
            Err(reason) => {
                let at = a.line.map_or_else(|| task.shown.clone(), |l| format!("{}:{l}", task.shown));
                rejects.push(format!("{at}: {reason}"));
                continue;
            }
        };
        writer.add_document(article_doc(fields, a, &x))?;
        counters.articles.fetch_add(1, Ordering::Relaxed);
        if a.headline_only() {
            counters.headline_only.fetch_add(1, Ordering::Relaxed);
        }
        for doc in claim_docs(fields, a, &x) {
            writer.add_document(doc)?;
            counters.claims.fetch_add(1, Ordering::Relaxed);
        }
    }
    counters.duplicates.fetch_add(dups, Ordering::Relaxed);
    let rec = FileRecord { sig: task.sig.clone(), hash, dups, rejects: rejects.clone() };
    writer.add_document(file_doc(fields, &task.shown, &rec))?;
    run_rejects.lock().expect("reject list lock is never poisoned").extend(rejects);
    Ok(())
}

fn commit(writer: &mut IndexWriter, versions: &Versions) -> Result<()> {
    let mut info = versions.info.clone();
    info.committed_at =
        time::OffsetDateTime::now_utc().format(&time::format_description::well_known::Rfc3339).unwrap_or_default();
    let mut prepared = writer.prepare_commit()?;
    prepared.set_payload(&serde_json::to_string(&info).expect("commit info always serializes"));
    prepared.commit()?;
    Ok(())
}

fn finish_counts(index: &Index, fields: &Fields, summary: &mut IndexSummary) -> Result<()> {
    let reader = index.reader()?;
    reader.reload()?;
    let searcher = reader.searcher();
    let count = |kind: &str| -> Result<u64> {
        let q = TermQuery::new(Term::from_field_text(fields.kind, kind), IndexRecordOption::Basic);
        Ok(searcher.search(&q, &Count)? as u64)
    };
    summary.total_articles = count(KIND_ARTICLE)?;
    summary.total_claims = count(KIND_CLAIM)?;
    Ok(())
}
