//! The results: machine description, the JSON shape, the issue-7 targets, and the printed table.

use serde::Serialize;

use super::queries::{Grep, InProcess, Kind, Latency};

/// The machine a run happened on.
#[derive(Debug, Clone, Serialize)]
pub struct Machine {
    pub cores: usize,
    pub cpu: String,
    pub ram_gb: f64,
    pub kernel: String,
    /// `/proc/loadavg` when the run started (other work on the machine skews the timings).
    pub loadavg_at_start: String,
}

/// The commit being measured (see [`Results::commit`]).
pub fn commit() -> Option<String> {
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git").args(args).stderr(std::process::Stdio::null()).output().ok()?;
        out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
    };
    match git(&["rev-parse", "HEAD"]) {
        Some(head) => {
            let dirty = git(&["status", "--porcelain", "--untracked-files=no"]).is_some_and(|s| !s.is_empty());
            Some(if dirty { format!("{head}-dirty") } else { head })
        }
        None => std::env::var("SITREP_BENCH_COMMIT").ok(),
    }
}

impl Machine {
    pub fn detect() -> Machine {
        let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
        let cpu = cpuinfo
            .lines()
            .find(|l| l.starts_with("model name"))
            .and_then(|l| l.split_once(':'))
            .map_or_else(|| "unknown".to_string(), |(_, v)| v.trim().to_string());
        let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
        let kb: f64 = meminfo
            .lines()
            .find(|l| l.starts_with("MemTotal:"))
            .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
            .unwrap_or(0.0);
        Machine {
            cores: std::thread::available_parallelism().map_or(1, |n| n.get()),
            cpu,
            ram_gb: (kb * 1024.0 / 1e9 * 10.0).round() / 10.0,
            kernel: std::fs::read_to_string("/proc/sys/kernel/osrelease").unwrap_or_default().trim().to_string(),
            loadavg_at_start: std::fs::read_to_string("/proc/loadavg").unwrap_or_default().trim().to_string(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct CorpusInfo {
    pub source: String,
    pub source_articles: usize,
    pub articles: usize,
    pub files: usize,
    pub articles_per_file: usize,
    /// JSON Lines input, MB (10^6 bytes).
    pub jsonl_mb: f64,
    /// Title + body text, MB.
    pub text_mb: f64,
    pub dir: String,
}

/// A timed indexing process.
#[derive(Debug, Clone, Serialize)]
pub struct IndexResult {
    /// Wall time of the median run.
    pub wall_s: f64,
    /// Wall time of every run (`--index-runs`).
    pub all_wall_s: Vec<f64>,
    /// JSON Lines MB per wall-clock second.
    pub mb_per_s: f64,
    /// User + system CPU seconds of the median run: less sensitive than wall time to other work on the machine.
    pub cpu_s: Option<f64>,
    /// CPU utilization of the median run (CPU seconds / wall seconds; at most the number of cores).
    pub cpu_utilization: Option<f64>,
    pub articles_per_s: f64,
    /// Peak resident set size, MiB.
    pub peak_rss_mib: Option<f64>,
    /// Peak anonymous memory (`RssAnon`, polled every 10 ms), MiB: RSS without the pages of memory-mapped
    /// index files.
    pub peak_anon_mib: Option<f64>,
    /// Index size on disk, MB.
    pub index_mb: f64,
    /// Index size / JSON Lines input.
    pub index_vs_input: f64,
    pub articles: u64,
    pub claims: u64,
    pub rejected: u64,
    /// What the process itself reported as its run time.
    pub reported_s: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct ExtractResult {
    pub articles: u64,
    pub claims: u64,
    pub entities: u64,
    pub text_mb: f64,
    pub seconds: f64,
    /// Title + body MB per second on one core.
    pub mb_per_s_per_core: f64,
    pub articles_per_s: f64,
    /// Loading the vocabulary and building the automaton (once per run, not included above).
    pub setup_s: f64,
    /// Reading and parsing the files (not included above).
    pub read_s: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Rerun {
    pub files_changed: usize,
    pub wall_s: f64,
    /// Wall time / the full run's wall time.
    pub fraction_of_full: f64,
    pub updated: u64,
    pub unchanged: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct QueryResult {
    pub name: String,
    pub query: String,
    pub kind: Kind,
    pub in_process: InProcess,
    pub cli: Option<Latency>,
    pub grep: Option<Grep>,
    /// grep median / sitrep in-process p50.
    pub grep_over_sitrep: Option<f64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Target {
    pub name: String,
    pub target: String,
    pub measured: String,
    /// None: not measured in this run (or not applicable at this scale).
    pub met: Option<bool>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Results {
    pub date: String,
    pub command: String,
    /// `git rev-parse HEAD` of the working directory (`-dirty` with uncommitted changes), when it is a checkout;
    /// else `SITREP_BENCH_COMMIT`.
    pub commit: Option<String>,
    pub machine: Machine,
    pub threads: usize,
    pub memory_mb: usize,
    pub corpus: CorpusInfo,
    pub sitrep_index: Option<IndexResult>,
    pub tantivy_baseline: Option<IndexResult>,
    /// sitrep MB/s / baseline MB/s.
    pub sitrep_over_baseline: Option<f64>,
    /// Baseline CPU seconds / sitrep CPU seconds: the same ratio, by CPU time.
    pub sitrep_over_baseline_cpu: Option<f64>,
    pub extraction: Option<ExtractResult>,
    pub rerun_no_change: Option<Rerun>,
    pub rerun_1pct_changed: Option<Rerun>,
    pub search_open_ms: f64,
    pub queries: Vec<QueryResult>,
    pub targets: Vec<Target>,
}

fn target(name: &str, goal: &str, measured: Option<(String, bool)>) -> Target {
    let (measured, met) = measured.map_or(("not measured".to_string(), None), |(m, ok)| (m, Some(ok)));
    Target { name: name.to_string(), target: goal.to_string(), measured, met }
}

/// The issue-7 targets, checked against this run.
pub fn targets(r: &Results) -> Vec<Target> {
    let mut out = Vec::new();
    out.push(target(
        "full pipeline vs raw tantivy",
        ">= 0.75x",
        r.sitrep_over_baseline.map(|x| {
            let cpu = r.sitrep_over_baseline_cpu.map_or_else(String::new, |c| format!(" ({c:.2}x by CPU time)"));
            (format!("{x:.2}x{cpu}"), x >= 0.75)
        }),
    ));
    out.push(target(
        "no-change rerun",
        "<= 2% of a full run",
        r.rerun_no_change.as_ref().map(|x| (format!("{:.2}%", x.fraction_of_full * 100.0), x.fraction_of_full <= 0.02)),
    ));
    let claims: Vec<&Latency> =
        r.queries.iter().filter(|q| q.kind == Kind::Claims).filter_map(|q| q.in_process.latency.as_ref()).collect();
    let worst = |f: fn(&Latency) -> f64, ls: &[&Latency]| {
        ls.iter().map(|l| f(l)).fold(None, |m: Option<f64>, x| Some(m.map_or(x, |m| m.max(x))))
    };
    out.push(target(
        "claim queries p50 (in-process)",
        "<= 2 ms",
        worst(|l| l.p50_ms, &claims).map(|x| (format!("{x:.2} ms (worst of {})", claims.len()), x <= 2.0)),
    ));
    out.push(target(
        "claim queries p99 (in-process)",
        "<= 20 ms",
        worst(|l| l.p99_ms, &claims).map(|x| (format!("{x:.2} ms (worst of {})", claims.len()), x <= 20.0)),
    ));
    let cli: Vec<&Latency> = r.queries.iter().filter_map(|q| q.cli.as_ref()).collect();
    out.push(target(
        "CLI end to end, warm (p50)",
        "<= 20 ms",
        worst(|l| l.p50_ms, &cli).map(|x| (format!("{x:.1} ms (worst p50 of {} questions)", cli.len()), x <= 20.0)),
    ));
    let facets = r.queries.iter().find(|q| q.kind == Kind::Facets).and_then(|q| q.in_process.latency.as_ref());
    let at_1m = r.corpus.articles >= 1_000_000;
    out.push(target(
        "facets over all hits at 1M articles (p50)",
        "<= 100 ms",
        facets.map(|l| {
            let scale = if at_1m { String::new() } else { format!(" at {} articles, not 1M", r.corpus.articles) };
            (format!("{:.1} ms{scale}", l.p50_ms), l.p50_ms <= 100.0)
        }),
    ));
    let ratios: Vec<f64> = r.queries.iter().filter_map(|q| q.grep_over_sitrep).collect();
    out.push(target(
        "faster than warm grep -r",
        ">= 1000x",
        ratios.iter().copied().reduce(f64::min).map(|x| {
            (
                format!(
                    "{x:.0}x (slowest of {}; fastest {:.0}x)",
                    ratios.len(),
                    ratios.iter().copied().fold(0.0, f64::max)
                ),
                x >= 1000.0,
            )
        }),
    ));
    let budget = r.memory_mb as f64 + 200.0;
    out.push(target(
        "peak RSS while indexing",
        &format!("<= {budget:.0} MiB (budget + 200)"),
        r.sitrep_index
            .as_ref()
            .and_then(|i| Some((i.peak_rss_mib?, i.peak_anon_mib)))
            .map(|(m, anon)| (format!("{m:.0} MiB (of which anonymous: {} MiB)", opt(anon, 0)), m <= budget)),
    ));
    out.push(target(
        "index size",
        "<= 1.2x input",
        r.sitrep_index
            .as_ref()
            .map(|i| (format!("{:.2}x ({:.0} MB)", i.index_vs_input, i.index_mb), i.index_vs_input <= 1.2)),
    ));
    out
}

fn opt(x: Option<f64>, prec: usize) -> String {
    x.map_or_else(|| "-".to_string(), |v| format!("{v:.prec$}"))
}

/// The table printed at the end of a run.
pub fn table(r: &Results) -> String {
    let mut s = String::new();
    let m = &r.machine;
    let c = &r.corpus;
    s.push_str(&format!(
        "sitrep-bench {} · {} · {} cores {} · {:.1} GB RAM · {} threads, {} MB writer budget\n",
        r.date,
        r.commit.as_deref().unwrap_or("unknown commit"),
        m.cores,
        m.cpu,
        m.ram_gb,
        r.threads,
        r.memory_mb
    ));
    s.push_str(&format!(
        "corpus: {} articles ({} source articles replicated) in {} JSON Lines files of {}; {:.1} MB JSON Lines, {:.1} MB text\n\n",
        c.articles, c.source_articles, c.files, c.articles_per_file, c.jsonl_mb, c.text_mb
    ));
    s.push_str(&format!(
        "{:<34} {:>8} {:>8} {:>8} {:>11} {:>9} {:>9} {:>9}\n",
        "indexing", "wall s", "CPU s", "MB/s", "articles/s", "RSS MiB", "anon MiB", "index MB"
    ));
    for (name, i) in
        [("sitrep index (CLI, full run)", &r.sitrep_index), ("raw tantivy (title + body)", &r.tantivy_baseline)]
    {
        if let Some(i) = i {
            s.push_str(&format!(
                "{:<34} {:>8.2} {:>8} {:>8.1} {:>11.0} {:>9} {:>9} {:>9.1}\n",
                name,
                i.wall_s,
                opt(i.cpu_s, 2),
                i.mb_per_s,
                i.articles_per_s,
                opt(i.peak_rss_mib, 0),
                opt(i.peak_anon_mib, 0),
                i.index_mb
            ));
        }
    }
    if let Some(x) = r.sitrep_over_baseline {
        let cpu = r.sitrep_over_baseline_cpu.map_or_else(String::new, |c| format!(" ({c:.2}x by CPU time)"));
        s.push_str(&format!("{:<34} {x:>8.2}x{cpu}\n", "sitrep / raw tantivy (MB/s)"));
    }
    if let Some(i) = &r.sitrep_index {
        s.push_str(&format!("{:<34} {:>8.2}x input\n", "index size", i.index_vs_input));
    }
    if let Some(e) = &r.extraction {
        s.push_str(&format!(
            "{:<34} {:>8.2} {:>8.2} {:>8.1} {:>11.0}   (MB/s per core; {} claims)\n",
            "extraction alone (1 thread)", e.seconds, e.seconds, e.mb_per_s_per_core, e.articles_per_s, e.claims
        ));
    }
    for (name, x) in [("rerun, no change", &r.rerun_no_change), ("rerun, 1% of files changed", &r.rerun_1pct_changed)] {
        if let Some(x) = x {
            s.push_str(&format!(
                "{:<34} {:>8.2}   = {:.2}% of the full run ({} files changed)\n",
                name,
                x.wall_s,
                x.fraction_of_full * 100.0,
                x.files_changed
            ));
        }
    }
    s.push_str(&format!(
        "\n{:<38} {:>8} {:>25} {:>15} {:>9} {:>9} {:>11}\n",
        "query (in-process; CLI; grep -r)",
        "hits",
        "p50/p95/p99 ms",
        "CLI p50/p95 ms",
        "grep s",
        "grep hits",
        "grep/sitrep"
    ));
    for q in &r.queries {
        let ip = match &q.in_process.latency {
            Some(l) => format!("{:.2}/{:.2}/{:.2}", l.p50_ms, l.p95_ms, l.p99_ms),
            None if !q.in_process.supported => "not supported".to_string(),
            None => "-".to_string(),
        };
        let cli = q.cli.as_ref().map_or_else(|| "-".to_string(), |l| format!("{:.1}/{:.1}", l.p50_ms, l.p95_ms));
        let (gs, gh) = q
            .grep
            .as_ref()
            .map_or(("-".to_string(), "-".to_string()), |g| (format!("{:.3}", g.median_s), g.matches.to_string()));
        s.push_str(&format!(
            "{:<38} {:>8} {:>25} {:>15} {:>9} {:>9} {:>11}\n",
            truncate(&q.query, 38),
            q.in_process.total,
            ip,
            cli,
            gs,
            gh,
            q.grep_over_sitrep.map_or_else(|| "-".to_string(), |x| format!("{x:.0}x"))
        ));
    }
    s.push_str(&format!("(index opened once in {:.1} ms)\n\ntargets (issue 7)\n", r.search_open_ms));
    for t in &r.targets {
        let mark = match t.met {
            Some(true) => "met   ",
            Some(false) => "MISSED",
            None => "  -   ",
        };
        s.push_str(&format!("  [{mark}] {:<44} {:<28} {}\n", t.name, t.target, t.measured));
    }
    s
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        s.chars().take(n - 1).collect::<String>() + "…"
    }
}
