//! Query latency: the fixed question mix in-process (one open `Searchable`), as fresh `sitrep search`
//! processes, and as `grep -r` over the plain-text tree (one article per line, its date first).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::Context;
use serde::Serialize;
use sitrep::search::{SearchOptions, Searchable};
use sitrep::vocab::{EntityKind, Vocabulary};

/// What a question exercises (the mix), for the targets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Claims by a speaker mentioning an entity.
    Claims,
    /// Plain keywords.
    Keywords,
    /// An exact phrase.
    Phrase,
    /// Entities anywhere under a place (hierarchy).
    PlaceHierarchy,
    /// A date range.
    DateRange,
    /// A broad query whose facets count most of the corpus.
    Facets,
}

/// One question of the mix and how grep answers it.
pub struct Question {
    pub name: &'static str,
    pub query: &'static str,
    pub kind: Kind,
    /// Shell command over `$DIR` (the text tree) and `$PATTERNS` (a pattern file), or none.
    pub grep: Option<String>,
}

const BAKHMUT: &str = "(bakhmut|artemivsk|artyomovsk|artemovsk)";

/// The fixed mix (README "Benchmarks").
pub fn mix() -> Vec<Question> {
    vec![
        Question {
            name: "claims by speaker mentioning entity",
            query: "claims by Kirby mentioning Bakhmut",
            kind: Kind::Claims,
            grep: Some(format!("grep -r -i -c -E 'kirby.*{BAKHMUT}|{BAKHMUT}.*kirby' \"$DIR\"")),
        },
        Question {
            name: "what did X say about Y",
            query: "what did Zelensky say about HIMARS",
            kind: Kind::Claims,
            grep: Some("grep -r -i -c -E 'zelensk.*himars|himars.*zelensk' \"$DIR\"".to_string()),
        },
        Question {
            name: "keywords",
            query: "grain exports Odesa",
            kind: Kind::Keywords,
            grep: Some("grep -r -h -i -F grain \"$DIR\" | grep -i -F exports | grep -c -i -F odesa".to_string()),
        },
        Question {
            name: "phrase",
            query: "\"humanitarian corridor\"",
            kind: Kind::Phrase,
            grep: Some("grep -r -i -c -F 'humanitarian corridor' \"$DIR\"".to_string()),
        },
        Question {
            name: "place hierarchy",
            query: "articles about Donetsk Oblast",
            kind: Kind::PlaceHierarchy,
            grep: Some("grep -r -i -c -F -f \"$PATTERNS\" \"$DIR\"".to_string()),
        },
        Question {
            name: "date range",
            query: "articles about Kherson from 2022-11-01 to 2022-11-30",
            kind: Kind::DateRange,
            grep: Some("grep -r -i -c -E '^2022-11-(0[1-9]|[12][0-9]|30)[[:space:]].*kherson' \"$DIR\"".to_string()),
        },
        Question {
            name: "facets over all hits",
            query: "Russia",
            kind: Kind::Facets,
            grep: Some("grep -r -i -c -F russia \"$DIR\"".to_string()),
        },
    ]
}

/// Every name of Donetsk Oblast and the places under it (canonical and aliases), one per line: what grep needs
/// to answer the place-hierarchy question the way sitrep does.
pub fn place_patterns(vocab: &Vocabulary, place: &str) -> Vec<String> {
    let g = &vocab.gazetteer;
    let mut out = Vec::new();
    for (i, e) in g.entries().iter().enumerate() {
        if e.kind == EntityKind::Place && g.path(i).iter().any(|p| p == place) {
            out.push(e.canonical.clone());
            out.extend(e.aliases.iter().cloned());
        }
    }
    out
}

/// Latency statistics of one question.
#[derive(Debug, Clone, Serialize)]
pub struct Latency {
    pub runs: usize,
    pub p50_ms: f64,
    pub p95_ms: f64,
    pub p99_ms: f64,
    pub mean_ms: f64,
    pub max_ms: f64,
}

/// Nearest-rank percentiles.
pub fn latency(mut samples: Vec<Duration>) -> Latency {
    samples.sort();
    let n = samples.len().max(1);
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let at = |p: f64| samples.get(((p * n as f64).ceil() as usize).clamp(1, n) - 1).map_or(0.0, |d| ms(*d));
    Latency {
        runs: samples.len(),
        p50_ms: at(0.50),
        p95_ms: at(0.95),
        p99_ms: at(0.99),
        mean_ms: samples.iter().map(|d| ms(*d)).sum::<f64>() / n as f64,
        max_ms: samples.last().map_or(0.0, |d| ms(*d)),
    }
}

/// One question answered in-process.
#[derive(Debug, Clone, Serialize)]
pub struct InProcess {
    /// How sitrep understood it.
    pub interpretation: String,
    /// All matching documents.
    pub total: usize,
    /// False when the query grammar does not support what the question needs (date ranges, today).
    pub supported: bool,
    pub latency: Option<Latency>,
}

/// Opens the index once and runs each question `reps` times (after 3 warm-up runs), stopping a question early
/// after `budget` (at least 10 runs). Returns the open time and one result per question.
pub fn in_process(
    index: &Path,
    questions: &[Question],
    reps: usize,
    budget: Duration,
) -> anyhow::Result<(Duration, Vec<InProcess>)> {
    let opts = SearchOptions::new(index);
    let t = Instant::now();
    let searchable = Searchable::open(&opts, None)?;
    let open = t.elapsed();
    let mut out = Vec::new();
    for q in questions {
        let first = match searchable.search(q.query, &opts) {
            Ok(r) => r,
            Err(e) => {
                out.push(InProcess { interpretation: e.to_string(), total: 0, supported: false, latency: None });
                continue;
            }
        };
        let interpretation = first.interpretation.summary.clone();
        // A date range the grammar does not know ends up as words or mentions ("2022-11-01").
        let supported = q.kind != Kind::DateRange || {
            let s = &first.interpretation.structured;
            !s.words.iter().chain(s.mentions.iter().map(|m| &m.query)).any(|w| w.contains("2022"))
        };
        if !supported {
            out.push(InProcess { interpretation, total: first.total, supported, latency: None });
            continue;
        }
        for _ in 0..3 {
            searchable.search(q.query, &opts)?;
        }
        let started = Instant::now();
        let mut samples = Vec::with_capacity(reps);
        while samples.len() < reps && (samples.len() < 10 || started.elapsed() < budget) {
            let t = Instant::now();
            let r = searchable.search(q.query, &opts)?;
            samples.push(t.elapsed());
            std::hint::black_box(r);
        }
        out.push(InProcess { interpretation, total: first.total, supported, latency: Some(latency(samples)) });
    }
    Ok((open, out))
}

/// One question as fresh `sitrep search Q --index X --json > /dev/null` processes (after 3 warm-up runs).
pub fn cli(sitrep: &Path, index: &Path, query: &str, runs: usize) -> anyhow::Result<Latency> {
    let run = || -> anyhow::Result<Duration> {
        let t = Instant::now();
        let status = Command::new(sitrep)
            .args(["search", query, "--index"])
            .arg(index)
            .arg("--json")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .with_context(|| format!("cannot run {}", sitrep.display()))?;
        let elapsed = t.elapsed();
        anyhow::ensure!(status.success(), "sitrep search {query:?} failed: {status}");
        Ok(elapsed)
    };
    for _ in 0..3 {
        run()?;
    }
    let samples = (0..runs).map(|_| run()).collect::<anyhow::Result<Vec<_>>>()?;
    Ok(latency(samples))
}

/// One question answered by grep.
#[derive(Debug, Clone, Serialize)]
pub struct Grep {
    pub command: String,
    /// Matching lines (= articles) grep counted.
    pub matches: u64,
    pub runs: usize,
    pub median_s: f64,
    pub min_s: f64,
}

/// Runs a grep command (with `LC_ALL=C`, grep's fastest mode) once to count and warm up, then `runs` times.
pub fn grep(command: &str, dir: &Path, patterns: &Path, runs: usize) -> anyhow::Result<Grep> {
    let sh = |stdout: Stdio| {
        let mut c = Command::new("sh");
        c.arg("-c").arg(command).env("LC_ALL", "C").env("DIR", dir).env("PATTERNS", patterns);
        c.stdin(Stdio::null()).stdout(stdout).stderr(Stdio::null());
        c
    };
    let out = sh(Stdio::piped()).output()?;
    let matches = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.rsplit(':').next()?.trim().parse::<u64>().ok())
        .sum();
    let mut times = Vec::new();
    for _ in 0..runs.max(1) {
        // Output goes to a pipe, not /dev/null: GNU grep stops at the first match when it writes to /dev/null.
        let t = Instant::now();
        let out = sh(Stdio::piped()).output()?;
        times.push(t.elapsed().as_secs_f64());
        std::hint::black_box(out);
    }
    times.sort_by(f64::total_cmp);
    Ok(Grep {
        command: command.to_string(),
        matches,
        runs: times.len(),
        median_s: times[times.len() / 2],
        min_s: times[0],
    })
}

/// Writes the place-hierarchy pattern file for grep.
pub fn write_patterns(dir: &Path, vocab: &Vocabulary) -> anyhow::Result<PathBuf> {
    let path = dir.join("donetsk-oblast.patterns");
    std::fs::write(&path, place_patterns(vocab, "Donetsk Oblast").join("\n") + "\n")?;
    Ok(path)
}
