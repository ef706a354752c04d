//! Indexing measurements: `sitrep index` as a fresh CLI process (wall time, peak RSS), the raw tantivy baseline
//! (run as a child `sitrep-bench baseline` process, measured the same way), and extraction alone.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use serde::Deserialize;
use serde_json::Value;
use tantivy::indexer::IndexWriterOptions;
use tantivy::schema::{Schema, STORED, TEXT};
use tantivy::{doc, Index, IndexWriter};

/// A finished child process: wall time, peak RSS, stdout.
pub struct Run {
    pub wall: Duration,
    /// User + system CPU time (GNU time's `%U + %S`, else polled from `/proc/<pid>/stat`).
    pub cpu: Option<Duration>,
    /// Peak resident set size in bytes (`VmHWM`), if it could be measured.
    pub peak_rss: Option<u64>,
    /// Peak anonymous resident memory in bytes (`RssAnon`, polled), if it could be measured.
    pub peak_anon: Option<u64>,
    pub stdout: String,
    pub code: i32,
}

/// True when `/usr/bin/time -f` works (GNU time): it reports the exact peak RSS of a child.
fn gnu_time() -> bool {
    Command::new("/usr/bin/time")
        .args(["-f", "%M", "-o", "/dev/null", "true"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Runs a command, measuring wall time, CPU time and peak RSS (GNU time's `%M` when available, else `VmHWM` from
/// `/proc/<pid>/status`), and polling the process's `RssAnon` every 10 ms for the peak of its anonymous memory
/// (RSS also counts the pages of memory-mapped index files it touched, which the kernel can drop at any time).
/// Stderr goes to `stderr_log`.
pub fn run_measured(program: &Path, args: &[String], stderr_log: &Path) -> anyhow::Result<Run> {
    let rss_file = stderr_log.with_extension("rss");
    let _ = std::fs::remove_file(&rss_file);
    let use_time = gnu_time();
    let mut cmd = if use_time {
        let mut c = Command::new("/usr/bin/time");
        c.arg("-f").arg("%M %U %S").arg("-o").arg(&rss_file).arg(program);
        c
    } else {
        Command::new(program)
    };
    cmd.args(args).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(File::create(stderr_log)?);
    let started = Instant::now();
    let mut child = cmd.spawn().with_context(|| format!("cannot run {}", program.display()))?;
    let mut stdout = child.stdout.take().expect("stdout is piped");
    let reader = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = stdout.read_to_end(&mut bytes);
        String::from_utf8_lossy(&bytes).into_owned()
    });
    // The measured process: the child, or GNU time's child.
    let mut pid = (!use_time).then(|| child.id());
    let (mut hwm, mut anon): (Option<u64>, Option<u64>) = (None, None);
    let mut cpu_ticks: Option<u64> = None;
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        if pid.is_none() {
            pid = first_child(child.id());
        }
        if let Some(st) = pid.and_then(proc_status) {
            hwm = hwm.max(st.0);
            anon = anon.max(st.1);
        }
        if !use_time {
            cpu_ticks = cpu_ticks.max(pid.and_then(proc_cpu_ticks));
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let wall = started.elapsed();
    let stdout = reader.join().unwrap_or_default();
    // GNU time's last line: "%M %U %S" (KiB, user seconds, system seconds).
    let timed: Option<Vec<String>> = std::fs::read_to_string(&rss_file)
        .ok()
        .and_then(|t| t.trim().lines().last().map(|l| l.split_whitespace().map(str::to_string).collect()));
    let field = |i: usize| timed.as_ref().and_then(|f| f.get(i)?.parse::<f64>().ok());
    let peak_rss = if use_time { field(0).map(|kb| kb as u64).or(hwm) } else { hwm }.map(|kb| kb * 1024);
    let cpu = match (field(1), field(2)) {
        (Some(u), Some(s)) => Some(Duration::from_secs_f64(u + s)),
        _ => cpu_ticks.map(|t| Duration::from_secs_f64(t as f64 / 100.0)),
    };
    Ok(Run { wall, cpu, peak_rss, peak_anon: anon.map(|kb| kb * 1024), stdout, code: status.code().unwrap_or(-1) })
}

fn first_child(pid: u32) -> Option<u32> {
    let children = std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children")).ok()?;
    children.split_whitespace().next()?.parse().ok()
}

/// User + system CPU time of a process so far, in clock ticks (assumed 100 per second).
fn proc_cpu_ticks(pid: u32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    Some(f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?)
}

/// `VmHWM` and `RssAnon` of a process, in KiB.
fn proc_status(pid: u32) -> Option<(Option<u64>, Option<u64>)> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let kb = |key: &str| {
        let line = status.lines().find(|l| l.starts_with(key))?;
        line.split_whitespace().nth(1)?.parse::<u64>().ok()
    };
    Some((kb("VmHWM:"), kb("RssAnon:")))
}

/// `sitrep index --json` run: the process measurements and the summary it printed.
pub struct IndexRun {
    pub run: Run,
    pub summary: Value,
}

/// Runs `sitrep index CORPUS --index DIR --quiet --json --threads N --memory-mb M`.
pub fn sitrep_index(
    sitrep: &Path,
    corpus: &Path,
    index: &Path,
    threads: usize,
    memory_mb: usize,
    extra: &[String],
    log: &Path,
) -> anyhow::Result<IndexRun> {
    let mut args: Vec<String> = vec![
        "index".into(),
        corpus.display().to_string(),
        "--index".into(),
        index.display().to_string(),
        "--quiet".into(),
        "--json".into(),
        "--threads".into(),
        threads.to_string(),
        "--memory-mb".into(),
        memory_mb.to_string(),
    ];
    args.extend(extra.iter().cloned());
    let run = run_measured(sitrep, &args, log)?;
    // 3: finished, some inputs rejected (listed in the summary).
    if run.code != 0 && run.code != 3 {
        let err = std::fs::read_to_string(log).unwrap_or_default();
        bail!("sitrep index exited with {}: {}", run.code, err.trim());
    }
    let summary: Value = serde_json::from_str(run.stdout.trim())
        .with_context(|| format!("sitrep index --json printed {:?}", run.stdout))?;
    Ok(IndexRun { run, summary })
}

/// The raw tantivy baseline's own report (printed as JSON by `sitrep-bench baseline`).
#[derive(Debug, serde::Serialize, Deserialize)]
pub struct BaselineReport {
    pub articles: u64,
    pub bytes: u64,
    pub seconds: f64,
}

#[derive(Deserialize)]
struct Line {
    #[serde(default)]
    title: String,
    text: String,
}

/// The raw tantivy baseline: title + body (TEXT | STORED, default tokenizer), read from the same JSON Lines
/// files and parsed with serde_json on one thread, `threads` indexing threads sharing `memory_mb`, one commit.
pub fn baseline(
    index_dir: &Path,
    files: &[PathBuf],
    threads: usize,
    memory_mb: usize,
) -> anyhow::Result<BaselineReport> {
    let started = Instant::now();
    if index_dir.exists() {
        std::fs::remove_dir_all(index_dir)?;
    }
    std::fs::create_dir_all(index_dir)?;
    let mut sb = Schema::builder();
    let title = sb.add_text_field("title", TEXT | STORED);
    let body = sb.add_text_field("body", TEXT | STORED);
    let index = Index::create_in_dir(index_dir, sb.build())?;
    let threads = threads.max(1);
    let options = IndexWriterOptions::builder()
        .num_worker_threads(threads)
        .num_merge_threads(1)
        .memory_budget_per_thread((memory_mb * 1024 * 1024 / threads).max(15_000_000))
        .build();
    let mut writer: IndexWriter = index.writer_with_options(options)?;
    let (mut articles, mut bytes) = (0u64, 0u64);
    let mut buf = String::new();
    for path in files {
        let mut reader = BufReader::with_capacity(1 << 20, File::open(path)?);
        loop {
            buf.clear();
            let n = reader.read_line(&mut buf)?;
            if n == 0 {
                break;
            }
            bytes += n as u64;
            if buf.trim().is_empty() {
                continue;
            }
            let line: Line = serde_json::from_str(&buf).with_context(|| format!("{}", path.display()))?;
            writer.add_document(doc!(title => line.title, body => line.text))?;
            articles += 1;
        }
    }
    writer.commit()?;
    writer.wait_merging_threads()?;
    Ok(BaselineReport { articles, bytes, seconds: started.elapsed().as_secs_f64() })
}

/// Extraction alone, single-threaded: how long `Extractor::extract` takes over every article (reading and
/// parsing the files is timed separately and excluded).
pub struct ExtractRun {
    pub articles: u64,
    pub claims: u64,
    pub entities: u64,
    /// Title + body bytes.
    pub text_bytes: u64,
    pub extract: Duration,
    pub read: Duration,
    pub setup: Duration,
}

pub fn extraction(files: &[PathBuf]) -> anyhow::Result<ExtractRun> {
    let started = Instant::now();
    let extractor = sitrep::extract::Extractor::new(sitrep::vocab::Vocabulary::builtin()?);
    let setup = started.elapsed();
    let mut out = ExtractRun {
        articles: 0,
        claims: 0,
        entities: 0,
        text_bytes: 0,
        extract: Duration::ZERO,
        read: Duration::ZERO,
        setup,
    };
    for path in files {
        let t = Instant::now();
        let read = sitrep::article::read_file(path);
        out.read += t.elapsed();
        let t = Instant::now();
        for a in &read.articles {
            let x = extractor.extract(a);
            out.claims += x.claims.len() as u64;
            out.entities += x.entities.len() as u64;
            out.articles += 1;
            out.text_bytes += (a.title.len() + a.body.len()) as u64;
        }
        out.extract += t.elapsed();
    }
    Ok(out)
}
