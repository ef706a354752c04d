//! `sitrep-bench`: the benchmark harness of issue 7 (README "Benchmarks", BENCHMARKS.md).
//!
//! One run measures, on the same corpus: `sitrep index` as a fresh process (wall time, MB/s, articles/s, peak
//! RSS, index size), a raw tantivy baseline (title + body, same threads and memory budget), extraction alone,
//! reruns with no change and with 1% of the files changed, query latency in-process and as fresh
//! `sitrep search` processes, and the same questions answered by `grep -r`. It prints a table and writes JSON.
//!
//! ```text
//! benches/run.sh [--scale N] [--corpus PATH] [--out FILE] [--skip baseline,extract,rerun,cli,grep]
//! cargo run --release --bin sitrep-bench -- --smoke      # seconds, on corpus-sample/ (CI)
//! ```

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{bail, ensure, Context};
use clap::{Parser, Subcommand, ValueEnum};

#[path = "common/compressed.rs"]
mod compressed;
#[path = "sitrep_bench/corpus.rs"]
mod corpus;
#[path = "sitrep_bench/indexing.rs"]
mod indexing;
#[path = "sitrep_bench/queries.rs"]
mod queries;
#[path = "sitrep_bench/report.rs"]
mod report;

use report::{CorpusInfo, ExtractResult, IndexResult, QueryResult, Rerun, Results};

const R2NERY: &str = "../shared/corpora/ukraine-media-r2nery/articles.jsonl.zst";

#[derive(Parser)]
#[command(name = "sitrep-bench", version, about = "Benchmark sitrep against raw tantivy and grep on one corpus")]
struct Cli {
    #[command(subcommand)]
    command: Option<Sub>,
    /// Articles to benchmark: the corpus's articles are replicated with new ids (`<id>-rK`) up to N.
    /// Default: the corpus as it is.
    #[arg(long)]
    scale: Option<usize>,
    /// Source articles: a JSON Lines file (`.jsonl`, `.jsonl.zst`) or any files and directories sitrep reads.
    #[arg(long, default_value = R2NERY)]
    corpus: PathBuf,
    /// Work directory: generated corpora (`corpus-N/`, reused when present) and indexes.
    #[arg(long)]
    work: Option<PathBuf>,
    /// Write the results as JSON here.
    #[arg(long)]
    out: Option<PathBuf>,
    /// Indexing threads, for sitrep and the baseline.
    #[arg(long, default_value_t = 2)]
    threads: usize,
    /// Writer memory budget in MB, for sitrep and the baseline.
    #[arg(long, default_value_t = 256)]
    memory_mb: usize,
    /// Articles per generated JSON Lines file (100: a 1% change touches 1% of the files, and of the articles).
    #[arg(long, default_value_t = 100)]
    articles_per_file: usize,
    /// Full indexing runs of sitrep and of the baseline (alternating); the median is reported.
    #[arg(long, default_value_t = 1)]
    index_runs: usize,
    /// Extra arguments for `sitrep index`, e.g. "--commit-every-mb 1024" (to measure a setting).
    #[arg(long, default_value = "", allow_hyphen_values = true)]
    index_args: String,
    /// In-process repetitions per question.
    #[arg(long, default_value_t = 200)]
    reps: usize,
    /// Fresh `sitrep search` processes per question.
    #[arg(long, default_value_t = 30)]
    cli_runs: usize,
    /// Timed grep runs per question (after one warm-up run).
    #[arg(long, default_value_t = 3)]
    grep_runs: usize,
    /// The `sitrep` binary (default: next to this one, built with `cargo build --release --bin sitrep` if stale).
    #[arg(long)]
    sitrep: Option<PathBuf>,
    /// Steps to leave out (at 1M articles: `--skip baseline,extract,rerun,cli,grep`).
    #[arg(long, value_delimiter = ',')]
    skip: Vec<Step>,
    /// Tiny run for CI: corpus-sample/ replicated to 500 articles, 20 repetitions; checks the results make sense.
    #[arg(long)]
    smoke: bool,
}

#[derive(Subcommand)]
enum Sub {
    /// (internal) The raw tantivy baseline, run as a child process so that it is measured like `sitrep index`.
    #[command(hide = true)]
    Baseline {
        #[arg(long)]
        index: PathBuf,
        #[arg(long)]
        threads: usize,
        #[arg(long)]
        memory_mb: usize,
        dir: PathBuf,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Step {
    Baseline,
    Extract,
    Rerun,
    Cli,
    Grep,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Some(Sub::Baseline { index, threads, memory_mb, dir }) => {
            let files = sitrep::discover::discover(std::slice::from_ref(dir)).files;
            indexing::baseline(index, &files, *threads, *memory_mb).and_then(|r| {
                println!("{}", serde_json::to_string(&r)?);
                Ok(())
            })
        }
        None => bench(cli),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("sitrep-bench: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// The `sitrep` binary: given, or next to this one (rebuilt by cargo when older than this one).
fn sitrep_binary(given: Option<&Path>) -> anyhow::Result<PathBuf> {
    if let Some(p) = given {
        return Ok(p.to_path_buf());
    }
    let me = std::env::current_exe()?;
    let sibling = me.with_file_name("sitrep");
    let mtime = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    if mtime(&sibling).is_none() || mtime(&sibling) < mtime(&me) {
        eprintln!("sitrep-bench: building the sitrep binary (cargo build --release --bin sitrep)");
        let status = std::process::Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
            .args(["build", "--release", "--quiet", "--bin", "sitrep"])
            .status()
            .context("cannot run cargo to build the sitrep binary (or pass --sitrep PATH)")?;
        ensure!(status.success(), "cargo build --release --bin sitrep failed");
    }
    ensure!(sibling.exists(), "{} not found (pass --sitrep PATH)", sibling.display());
    Ok(sibling)
}

/// Index of the median of some values (the lower middle for an even count).
fn median_index(values: &[f64]) -> usize {
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|&a, &b| values[a].total_cmp(&values[b]));
    order[(values.len() - 1) / 2]
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1e6
}

fn bench(mut cli: Cli) -> anyhow::Result<()> {
    if cli.smoke {
        if cli.corpus.as_os_str() == R2NERY {
            cli.corpus = PathBuf::from("corpus-sample");
        }
        cli.scale = cli.scale.or(Some(500));
        cli.articles_per_file = 20;
        cli.reps = cli.reps.min(20);
        cli.cli_runs = cli.cli_runs.min(3);
        cli.grep_runs = 1;
    }
    let skip = |s: Step| cli.skip.contains(&s);
    let command = std::env::args().collect::<Vec<_>>().join(" ");
    let work = cli.work.clone().unwrap_or_else(|| std::env::temp_dir().join("sitrep-bench"));
    let label =
        if cli.smoke { "smoke".to_string() } else { cli.scale.map_or_else(|| "asis".to_string(), |n| n.to_string()) };
    let sitrep = sitrep_binary(cli.sitrep.as_deref())?;
    let machine = report::Machine::detect();
    let date = time::OffsetDateTime::now_utc().date().to_string();
    // The commit of the tree the binaries were built from: read now, not when the (long) run ends.
    let commit = report::commit();

    // 1. The corpus.
    let corpus_dir = work.join(format!("corpus-{label}"));
    let c = corpus::prepare(&corpus_dir, &cli.corpus, cli.scale, cli.articles_per_file.max(1), !skip(Step::Grep))?;
    let run_dir = work.join(format!("run-{label}"));
    std::fs::create_dir_all(&run_dir)?;
    eprintln!("sitrep-bench: warming the page cache");
    corpus::warm(&corpus_dir)?;
    let corpus_info = CorpusInfo {
        source: c.source.clone(),
        source_articles: c.source_articles,
        articles: c.articles,
        files: c.files.len(),
        articles_per_file: c.articles_per_file,
        jsonl_mb: mb(c.jsonl_bytes),
        text_mb: mb(c.text_bytes),
        dir: corpus_dir.display().to_string(),
    };

    // 2. Full runs: sitrep index and the raw tantivy baseline (a child process measured the same way),
    //    alternating, `--index-runs` times each; the median run by wall time is reported.
    let index_dir = run_dir.join("sitrep-index");
    let extra: Vec<String> = cli.index_args.split_whitespace().map(str::to_string).collect();
    let index_run = |log: &str| {
        let (threads, memory_mb) = (cli.threads, cli.memory_mb);
        indexing::sitrep_index(&sitrep, &c.jsonl_dir, &index_dir, threads, memory_mb, &extra, &run_dir.join(log))
    };
    let num = |v: &serde_json::Value, k: &str| v.get(k).and_then(serde_json::Value::as_u64).unwrap_or(0);
    let baseline_dir = run_dir.join("tantivy-index");
    let baseline_args: Vec<String> = vec![
        "baseline".into(),
        "--index".into(),
        baseline_dir.display().to_string(),
        "--threads".into(),
        cli.threads.to_string(),
        "--memory-mb".into(),
        cli.memory_mb.to_string(),
        c.jsonl_dir.display().to_string(),
    ];
    let (mut fulls, mut baselines) = (Vec::new(), Vec::new());
    for k in 1..=cli.index_runs.max(1) {
        eprintln!("sitrep-bench: sitrep index (full run {k} of {})", cli.index_runs.max(1));
        if index_dir.exists() {
            std::fs::remove_dir_all(&index_dir)?;
        }
        let full = index_run("index-full.log")?;
        let size = corpus::du(&index_dir);
        fulls.push((full, size));
        if !skip(Step::Baseline) {
            eprintln!("sitrep-bench: raw tantivy baseline (run {k} of {})", cli.index_runs.max(1));
            let log = run_dir.join("baseline.log");
            let run = indexing::run_measured(&std::env::current_exe()?, &baseline_args, &log)?;
            if run.code != 0 {
                bail!("baseline failed: {}", std::fs::read_to_string(&log).unwrap_or_default());
            }
            let rep: indexing::BaselineReport = serde_json::from_str(run.stdout.trim())?;
            let size = corpus::du(&baseline_dir);
            baselines.push((run, rep, size));
        }
    }
    let sitrep_walls: Vec<f64> = fulls.iter().map(|(f, _)| f.run.wall.as_secs_f64()).collect();
    let baseline_walls: Vec<f64> = baselines.iter().map(|(r, _, _)| r.wall.as_secs_f64()).collect();
    let (full, index_bytes) = &fulls[median_index(&sitrep_walls)];
    let full_s = full.run.wall.as_secs_f64();
    let rss = |b: Option<u64>| b.map(|b| b as f64 / 1048576.0);
    let sitrep_index = IndexResult {
        wall_s: full_s,
        all_wall_s: sitrep_walls.clone(),
        mb_per_s: mb(c.jsonl_bytes) / full_s,
        cpu_s: full.run.cpu.map(|d| d.as_secs_f64()),
        cpu_utilization: full.run.cpu.map(|d| d.as_secs_f64() / full_s),
        articles_per_s: c.articles as f64 / full_s,
        peak_rss_mib: rss(full.run.peak_rss),
        peak_anon_mib: rss(full.run.peak_anon),
        index_mb: mb(*index_bytes),
        index_vs_input: *index_bytes as f64 / c.jsonl_bytes as f64,
        articles: num(&full.summary, "total_articles"),
        claims: num(&full.summary, "total_claims"),
        rejected: full.summary.get("rejected").and_then(|r| r.as_array()).map_or(0, |a| a.len() as u64),
        reported_s: full.summary.get("seconds").and_then(serde_json::Value::as_f64).unwrap_or(0.0),
    };
    let tantivy_baseline = (!baselines.is_empty()).then(|| {
        let (run, rep, size) = &baselines[median_index(&baseline_walls)];
        let wall = run.wall.as_secs_f64();
        IndexResult {
            wall_s: wall,
            all_wall_s: baseline_walls.clone(),
            mb_per_s: mb(c.jsonl_bytes) / wall,
            cpu_s: run.cpu.map(|d| d.as_secs_f64()),
            cpu_utilization: run.cpu.map(|d| d.as_secs_f64() / wall),
            articles_per_s: c.articles as f64 / wall,
            peak_rss_mib: rss(run.peak_rss),
            peak_anon_mib: rss(run.peak_anon),
            index_mb: mb(*size),
            index_vs_input: *size as f64 / c.jsonl_bytes as f64,
            articles: rep.articles,
            claims: 0,
            rejected: 0,
            reported_s: rep.seconds,
        }
    });

    // 3. Reruns over the last full run's index: no change, then 1% of the files changed.
    let rerun = |r: &indexing::IndexRun, files_changed: usize| Rerun {
        files_changed,
        wall_s: r.run.wall.as_secs_f64(),
        fraction_of_full: r.run.wall.as_secs_f64() / full_s,
        updated: num(&r.summary, "updated"),
        unchanged: num(&r.summary, "unchanged"),
    };
    let (mut rerun_no_change, mut rerun_1pct_changed) = (None, None);
    if !skip(Step::Rerun) {
        eprintln!("sitrep-bench: sitrep index (rerun, no change)");
        let same = index_run("index-rerun.log")?;
        rerun_no_change = Some(rerun(&same, 0));
        eprintln!("sitrep-bench: sitrep index (rerun, 1% of the files changed)");
        let edited = corpus::edit_files(&c, 0.01)?;
        let n = edited.originals.len();
        let changed = index_run("index-rerun-1pct.log");
        corpus::restore(edited)?;
        rerun_1pct_changed = Some(rerun(&changed?, n));
    }
    let sitrep_over_baseline = tantivy_baseline.as_ref().map(|b| sitrep_index.mb_per_s / b.mb_per_s);
    let sitrep_over_baseline_cpu = tantivy_baseline.as_ref().and_then(|b| Some(b.cpu_s? / sitrep_index.cpu_s?));

    // 4. Extraction alone.
    let mut extraction = None;
    if !skip(Step::Extract) {
        eprintln!("sitrep-bench: extraction alone (1 thread)");
        let x = indexing::extraction(&c.files)?;
        let secs = x.extract.as_secs_f64();
        extraction = Some(ExtractResult {
            articles: x.articles,
            claims: x.claims,
            entities: x.entities,
            text_mb: mb(x.text_bytes),
            seconds: secs,
            mb_per_s_per_core: mb(x.text_bytes) / secs,
            articles_per_s: x.articles as f64 / secs,
            setup_s: x.setup.as_secs_f64(),
            read_s: x.read.as_secs_f64(),
        });
    }

    // 5. Queries: in-process, CLI, grep.
    eprintln!("sitrep-bench: queries in-process");
    let mix = queries::mix();
    let (open, answers) = queries::in_process(&index_dir, &mix, cli.reps, Duration::from_secs(60))?;
    let patterns = queries::write_patterns(&run_dir, &sitrep::vocab::Vocabulary::builtin()?)?;
    let mut results = Vec::new();
    for (q, ip) in mix.iter().zip(answers) {
        let mut cli_lat = None;
        let mut grep = None;
        if ip.supported && !skip(Step::Cli) {
            eprintln!("sitrep-bench: sitrep search {:?} (fresh processes)", q.query);
            cli_lat = Some(queries::cli(&sitrep, &index_dir, q.query, cli.cli_runs)?);
        }
        if let (Some(cmd), Some(dir), false) = (&q.grep, &c.text_dir, skip(Step::Grep)) {
            eprintln!("sitrep-bench: grep for {:?}", q.query);
            grep = Some(queries::grep(cmd, dir, &patterns, cli.grep_runs)?);
        }
        let grep_over_sitrep = match (&grep, &ip.latency) {
            (Some(g), Some(l)) if l.p50_ms > 0.0 => Some(g.median_s * 1e3 / l.p50_ms),
            _ => None,
        };
        results.push(QueryResult {
            name: q.name.to_string(),
            query: q.query.to_string(),
            kind: q.kind,
            in_process: ip,
            cli: cli_lat,
            grep,
            grep_over_sitrep,
        });
    }

    let mut r = Results {
        date,
        command,
        commit,
        machine,
        threads: cli.threads,
        memory_mb: cli.memory_mb,
        corpus: corpus_info,
        sitrep_index: Some(sitrep_index),
        tantivy_baseline,
        sitrep_over_baseline,
        sitrep_over_baseline_cpu,
        extraction,
        rerun_no_change,
        rerun_1pct_changed,
        search_open_ms: open.as_secs_f64() * 1e3,
        queries: results,
        targets: Vec::new(),
    };
    r.targets = report::targets(&r);
    print!("{}", report::table(&r));
    let out = cli.out.clone().unwrap_or_else(|| run_dir.join("results.json"));
    std::fs::write(&out, serde_json::to_string_pretty(&r)? + "\n").with_context(|| format!("{}", out.display()))?;
    eprintln!("sitrep-bench: results written to {}", out.display());
    if cli.smoke {
        smoke_checks(&r)?;
    }
    Ok(())
}

/// What a smoke run must show, so that the harness cannot rot silently.
fn smoke_checks(r: &Results) -> anyhow::Result<()> {
    let i = r.sitrep_index.as_ref().expect("always measured");
    ensure!(i.articles as usize == r.corpus.articles, "indexed {} of {} articles", i.articles, r.corpus.articles);
    if let Some(b) = &r.tantivy_baseline {
        ensure!(b.articles as usize == r.corpus.articles, "the baseline indexed {} articles", b.articles);
    }
    if let Some(x) = &r.rerun_1pct_changed {
        ensure!(x.updated as usize == x.files_changed, "the 1% rerun updated {} files", x.updated);
    }
    let kirby = &r.queries[0];
    ensure!(kirby.in_process.total > 0, "{:?} found nothing", kirby.query);
    for q in &r.queries {
        ensure!(!q.in_process.supported || q.in_process.latency.is_some(), "{:?} was not timed", q.query);
    }
    eprintln!("sitrep-bench: smoke checks passed");
    Ok(())
}
