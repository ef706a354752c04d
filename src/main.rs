//! The `sitrep` command line: turns flags into library options, runs, maps errors to exit codes.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use sitrep::extract::Extractor;
use sitrep::vocab::{Vocabulary, VocabularyOptions};

/// Exit codes (README "Exit codes").
mod exit {
    pub const OK: u8 = 0;
    pub const FAILURE: u8 = 1;
    pub const USAGE: u8 = 2;
    pub const REJECTED: u8 = 3;
    pub const NO_INDEX: u8 = 4;
    pub const LOCKED: u8 = 5;
    pub const INTERRUPTED: u8 = 130;
}

#[derive(Parser)]
#[command(name = "sitrep", version, about = "Search engine for war reporting: entities, claims, ranked answers")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args, Clone)]
struct VocabArgs {
    /// A directory laid out like schema/ (gazetteer/*.tsv, reporting-verbs.tsv, first-names.txt, entity-words.tsv)
    /// to use instead of the built-in one.
    #[arg(long, env = "SITREP_SCHEMA", value_name = "DIR")]
    schema: Option<PathBuf>,
    /// Extra gazetteer file (sitrep TSV or GeoNames dump); repeatable.
    #[arg(long = "gazetteer", value_name = "FILE")]
    gazetteers: Vec<PathBuf>,
}

impl VocabArgs {
    fn options(&self) -> VocabularyOptions {
        VocabularyOptions { schema_dir: self.schema.clone(), gazetteers: self.gazetteers.clone() }
    }

    fn load(&self) -> sitrep::Result<Vocabulary> {
        Vocabulary::load(&self.options())
    }
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Text,
    Json,
    Jsonl,
    Csv,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Sort {
    Relevance,
    Date,
}

/// The query syntax's filters as flags.
#[derive(clap::Args, Clone, Default)]
struct FilterArgs {
    /// Only claims by this speaker (name or alias).
    #[arg(long)]
    speaker: Option<String>,
    /// Only documents mentioning this person.
    #[arg(long)]
    person: Option<String>,
    /// Only documents mentioning this place (or a place inside it).
    #[arg(long)]
    place: Option<String>,
    /// Only documents mentioning this organization.
    #[arg(long)]
    org: Option<String>,
    /// Only documents mentioning this equipment.
    #[arg(long)]
    equipment: Option<String>,
    /// Only this source label.
    #[arg(long)]
    source: Option<String>,
    /// claim or article.
    #[arg(long)]
    kind: Option<String>,
    /// Published on or after (2023-01-10, 2023-01, 2023, "January 2023").
    #[arg(long)]
    since: Option<String>,
    /// Published on or before.
    #[arg(long)]
    until: Option<String>,
}

impl FilterArgs {
    /// The flags as `field:"value"` items appended to the query: one grammar, two spellings.
    fn append_to(&self, query: &str) -> String {
        let mut full = query.to_string();
        for (field, value) in [
            ("speaker", &self.speaker),
            ("person", &self.person),
            ("place", &self.place),
            ("org", &self.org),
            ("equipment", &self.equipment),
            ("source", &self.source),
            ("kind", &self.kind),
            ("since", &self.since),
            ("until", &self.until),
        ] {
            if let Some(v) = value {
                full.push_str(&format!(" {field}:\"{}\"", v.replace('"', "")));
            }
        }
        full
    }
}

#[derive(Subcommand)]
enum Command {
    /// Index articles (files or directories) into the index.
    Index {
        /// Article files or directories (walked recursively).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Index directory.
        #[arg(long, env = "SITREP_INDEX", default_value = sitrep::index::DEFAULT_INDEX_DIR)]
        index: PathBuf,
        /// No progress bar.
        #[arg(long, short)]
        quiet: bool,
        /// Print the run summary as JSON on stdout.
        #[arg(long)]
        json: bool,
        /// Indexing threads (0 = one per core).
        #[arg(long, default_value_t = 0)]
        threads: usize,
        /// Writer memory budget in MB.
        #[arg(long, default_value_t = 256)]
        memory_mb: usize,
        /// Rebuild everything (into a new generation, published when complete) instead of applying changes.
        #[arg(long)]
        full: bool,
        /// If another `sitrep index` is writing this index, wait for it instead of failing.
        #[arg(long)]
        wait: bool,
        /// Any rejected input fails the run and nothing is committed.
        #[arg(long)]
        strict: bool,
        /// Commit after this many MB of input (bounds what a kill can lose).
        #[arg(long, default_value_t = 256)]
        commit_every_mb: u64,
        /// Document store compression of a new index: lz4, zstd, zstd:LEVEL (1-22) or none. An existing index
        /// keeps its own; use --full to change it.
        #[arg(long, default_value = "zstd:3", value_parser = sitrep::index::StoreCompression::parse)]
        store_compression: sitrep::index::StoreCompression,
        /// Segment merge threads.
        #[arg(long, default_value_t = 1)]
        merge_threads: usize,
        /// Merge a segment once this fraction of its documents is deleted (by updates and removals).
        #[arg(long, default_value_t = 0.2)]
        merge_deleted_ratio: f32,
        /// Segments with more documents than this are not merged again (articles and claims count; 0: tantivy's
        /// default of 10 million), not even for their deleted documents. Lower bounds the memory merges map, at the
        /// cost of more segments.
        #[arg(long, default_value_t = 0)]
        merge_max_docs: usize,
        #[command(flatten)]
        vocab: VocabArgs,
    },
    /// Show what an index holds: articles, claims, sources, date range, top entities, last commit.
    Stats {
        /// Index directory.
        #[arg(long, env = "SITREP_INDEX", default_value = sitrep::index::DEFAULT_INDEX_DIR)]
        index: PathBuf,
        /// Print JSON.
        #[arg(long)]
        json: bool,
        /// Values per list (at least 1).
        #[arg(long, default_value_t = 5, value_parser = at_least_one())]
        top: usize,
    },
    /// Search the index.
    Search {
        /// The question: keywords, "exact phrases", field:value filters, or analyst phrasing such as
        /// `claims by Kirby mentioning Bakhmut` (README "Query language"). May be empty when flags filter.
        #[arg(default_value = "")]
        query: String,
        /// Index directory.
        #[arg(long, env = "SITREP_INDEX", default_value = sitrep::index::DEFAULT_INDEX_DIR)]
        index: PathBuf,
        /// Hits to show (at least 1).
        #[arg(long, short = 'n', default_value_t = 10, value_parser = at_least_one())]
        limit: usize,
        /// Hits to skip.
        #[arg(long, default_value_t = 0)]
        offset: usize,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Same as --format json.
        #[arg(long)]
        json: bool,
        /// Ranking: relevance (BM25) or date (newest first).
        #[arg(long, value_enum, default_value_t = Sort::Relevance)]
        sort: Sort,
        /// Snippet length in characters.
        #[arg(long, default_value_t = 240)]
        snippet_chars: usize,
        /// Show syndicated copies of a claim as separate hits.
        #[arg(long)]
        no_collapse: bool,
        #[command(flatten)]
        filters: Box<FilterArgs>,
        #[command(flatten)]
        vocab: VocabArgs,
    },
    /// Show what the indexer extracts from articles, without touching an index.
    Extract {
        /// Article files or directories.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Print JSON Lines (one object per article) instead of text.
        #[arg(long)]
        json: bool,
        /// Also list every entity mention in the body: where it is, as written, and the entity it resolved to.
        #[arg(long)]
        spans: bool,
        #[command(flatten)]
        vocab: VocabArgs,
    },
}

fn main() -> ExitCode {
    // One line per panic: extraction panics are caught per article and reported as rejected inputs.
    std::panic::set_hook(Box::new(|info| eprintln!("sitrep: internal error: {info}")));
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract { paths, json, spans, vocab } => run_extract(&paths, json, spans, &vocab),
        Command::Index {
            paths,
            index,
            quiet,
            json,
            threads,
            memory_mb,
            full,
            wait,
            strict,
            commit_every_mb,
            store_compression,
            merge_threads,
            merge_deleted_ratio,
            merge_max_docs,
            vocab,
        } => {
            let mut opts = sitrep::index::IndexOptions::new(index, paths);
            opts.threads = threads;
            opts.memory_budget = memory_mb.max(16) * 1024 * 1024;
            opts.full = full;
            opts.wait = wait;
            opts.strict = strict;
            opts.store_compression = store_compression;
            opts.merge_threads = merge_threads;
            opts.merge_deleted_ratio = merge_deleted_ratio;
            opts.merge_max_docs = merge_max_docs;
            opts.commit_every_bytes = commit_every_mb.max(1) * 1024 * 1024;
            // Tests may ask for tiny commits to exercise crash safety.
            if let Some(bytes) = std::env::var("SITREP_COMMIT_EVERY_BYTES").ok().and_then(|v| v.parse().ok()) {
                opts.commit_every_bytes = bytes;
            }
            run_index(&opts, quiet, json, &vocab)
        }
        Command::Stats { index, json, top } => run_stats(&index, json, top),
        Command::Search {
            query,
            index,
            limit,
            offset,
            format,
            json,
            sort,
            snippet_chars,
            no_collapse,
            filters,
            vocab,
        } => {
            let mut opts = sitrep::search::SearchOptions::new(index);
            opts.limit = limit;
            opts.offset = offset;
            opts.snippet_chars = snippet_chars;
            opts.collapse = !no_collapse;
            opts.sort = match sort {
                Sort::Relevance => sitrep::search::SortBy::Relevance,
                Sort::Date => sitrep::search::SortBy::Date,
            };
            let format = if json { Format::Json } else { format };
            run_search(&query, &filters.append_to(&query), &opts, format, &vocab)
        }
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::from(exit::OK);
            }
            eprintln!("sitrep: {e:#}");
            ExitCode::from(code_for(&e))
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe))
}

fn code_for(e: &anyhow::Error) -> u8 {
    match e.downcast_ref::<sitrep::Error>() {
        Some(sitrep::Error::NoIndex { .. }) => exit::NO_INDEX,
        Some(sitrep::Error::Locked(_)) => exit::LOCKED,
        Some(sitrep::Error::Query(_)) | Some(sitrep::Error::Vocabulary { .. }) => exit::USAGE,
        _ => exit::FAILURE,
    }
}

fn run_extract(paths: &[PathBuf], json: bool, spans: bool, vocab: &VocabArgs) -> anyhow::Result<u8> {
    let extractor = Extractor::new(vocab.load()?);
    let files = sitrep::discover::discover(paths);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut rejected = files.rejects.len();
    for r in &files.rejects {
        eprintln!("sitrep: skipped {r}");
    }
    for path in &files.files {
        let read = sitrep::article::read_file(path);
        for r in &read.rejects {
            eprintln!("sitrep: skipped {r}");
        }
        rejected += read.rejects.len();
        for a in &read.articles {
            let x = match extractor.try_extract(a) {
                Ok(x) => x,
                Err(reason) => {
                    let at = a.line.map_or_else(|| a.path.to_string(), |l| format!("{}:{l}", a.path));
                    eprintln!("sitrep: skipped {at}: {reason}");
                    rejected += 1;
                    continue;
                }
            };
            let rec = sitrep::output::extracted(a, &x, spans);
            if json {
                serde_json::to_writer(&mut out, &rec)?;
                writeln!(out)?;
            } else {
                writeln!(out, "{}", sitrep::output::extracted_text(&rec))?;
            }
        }
    }
    out.flush()?;
    Ok(if rejected > 0 { exit::REJECTED } else { exit::OK })
}

struct Bar(indicatif::ProgressBar);

impl sitrep::index::Progress for Bar {
    fn start(&self, total: u64) {
        self.0.set_length(total);
    }
    fn advance(&self, bytes: u64) {
        self.0.inc(bytes);
    }
    fn finish(&self) {
        self.0.finish_and_clear();
    }
}

fn run_index(opts: &sitrep::index::IndexOptions, quiet: bool, json: bool, vocab: &VocabArgs) -> anyhow::Result<u8> {
    use std::io::IsTerminal;
    // Before the vocabulary is loaded, so that a stop requested during start-up is a clean stop too.
    sitrep::index::install_interrupt_handler();
    let extractor = Extractor::new(vocab.load()?);
    let show_bar = !quiet && std::io::stderr().is_terminal();
    let summary = if show_bar {
        let bar = indicatif::ProgressBar::new(0);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{spinner} indexing {bytes}/{total_bytes} {wide_bar} {eta}")
                .expect("the progress template is valid"),
        );
        sitrep::index::run_index(opts, &extractor, &Bar(bar))?
    } else {
        sitrep::index::run_index(opts, &extractor, &())?
    };
    for r in &summary.rejected {
        eprintln!("sitrep: skipped {r}");
    }
    if json {
        println!("{}", serde_json::to_string(&summary)?);
    } else {
        let mode = match (&summary.mode, &summary.reason) {
            (sitrep::index::RunMode::Incremental, _) => String::new(),
            (m, Some(r)) => format!(" [{} : {r}]", serde_json::to_string(m)?.trim_matches('"')),
            (m, None) => format!(" [{}]", serde_json::to_string(m)?.trim_matches('"')),
        };
        println!(
            "indexed {} articles and {} claims from {} files into {}{mode}: {} added, {} updated, {} removed, {} unchanged; {} rejected, {} duplicates{}; {:.2}s, {:.1} MB/s; the index holds {} articles and {} claims{}",
            summary.articles,
            summary.claims,
            summary.files,
            opts.index_dir.display(),
            summary.added,
            summary.updated,
            summary.removed,
            summary.unchanged,
            summary.rejected.len(),
            summary.duplicates,
            match summary.headline_only {
                0 => String::new(),
                n => format!(", {n} headline only"),
            },
            summary.seconds,
            summary.mb_per_s(),
            summary.total_articles,
            summary.total_claims,
            if summary.interrupted { " (interrupted: finished files were committed)" } else { "" },
        );
    }
    Ok(if summary.interrupted {
        exit::INTERRUPTED
    } else if opts.strict && !summary.rejected.is_empty() {
        eprintln!("sitrep: --strict: {} inputs rejected, nothing committed", summary.rejected.len());
        exit::FAILURE
    } else if summary.rejected.is_empty() {
        exit::OK
    } else {
        exit::REJECTED
    })
}

fn run_stats(index: &std::path::Path, json: bool, top: usize) -> anyhow::Result<u8> {
    let stats = sitrep::index::stats::stats(index, top)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&stats)?);
        return Ok(exit::OK);
    }
    println!("{}: {} articles, {} claims, {} files", index.display(), stats.articles, stats.claims, stats.files);
    println!(
        "published: {} .. {}",
        stats.first_published.as_deref().unwrap_or("?"),
        stats.last_published.as_deref().unwrap_or("?")
    );
    for (name, values) in &stats.top {
        if !values.is_empty() {
            let v: Vec<String> = values.iter().map(|(n, c)| format!("{n} ({c})")).collect();
            println!("{name}: {}", v.join(", "));
        }
    }
    if let Some(c) = &stats.last_commit {
        println!(
            "last commit: {} (schema {}, extractor {}, vocabulary {})",
            c.committed_at, c.schema_version, c.extractor_version, c.vocabulary
        );
    }
    Ok(exit::OK)
}

fn run_search(
    shown: &str,
    query: &str,
    opts: &sitrep::search::SearchOptions,
    format: Format,
    vocab: &VocabArgs,
) -> anyhow::Result<u8> {
    use std::io::IsTerminal;
    // Without --schema or --gazetteer, names resolve through the gazetteer the index was built with.
    let gazetteer = match vocab.options() {
        o if o.is_builtin() => None,
        o => Some(sitrep::vocab::load_gazetteer(&o)?),
    };
    let searchable = sitrep::search::Searchable::open(opts, gazetteer)?;
    for w in searchable.warnings() {
        eprintln!("sitrep: warning: {w}");
    }
    let mut result = searchable.search(query, opts)?;
    result.query = shown.to_string();
    let stdout = std::io::stdout();
    let bold = stdout.is_terminal();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &result)?;
            writeln!(out)?;
        }
        Format::Jsonl => {
            for hit in &result.hits {
                serde_json::to_writer(&mut out, hit)?;
                writeln!(out)?;
            }
        }
        Format::Csv => write!(out, "{}", sitrep::output::search_csv(&result))?,
        Format::Text => write!(out, "{}", sitrep::output::search_text(&result, bold))?,
    }
    out.flush()?;
    // The process ends here: freeing the vocabulary and the index readers would only add to a fresh
    // command's latency.
    std::mem::forget(searchable);
    Ok(exit::OK)
}

/// A count that must be 1 or more (`--limit 0` would otherwise show one hit).
fn at_least_one() -> clap::builder::RangedU64ValueParser<usize> {
    clap::builder::RangedU64ValueParser::<usize>::new().range(1..)
}
