//! In-process latency of one question against an existing index: a quick check while tuning search (the
//! full benchmark is `sitrep-bench`, which builds its own index first).
//!
//! ```text
//! cargo run --release --example query_latency -- INDEX "QUESTION" [RUNS]
//! ```

use std::time::Instant;

use sitrep::search::{SearchOptions, Searchable};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (Some(index), Some(question)) = (args.next(), args.next()) else {
        eprintln!("usage: query_latency INDEX \"QUESTION\" [RUNS]");
        std::process::exit(2);
    };
    let runs: usize = args.next().map_or(Ok(100), |r| r.parse())?.max(1);
    let opts = SearchOptions::new(index);
    let searchable = Searchable::open(&opts, None)?;
    let first = searchable.search(&question, &opts)?;
    let mut ms = Vec::with_capacity(runs);
    let cpu_start = cpu_ms();
    for _ in 0..runs {
        let t = Instant::now();
        std::hint::black_box(searchable.search(&question, &opts)?);
        ms.push(t.elapsed().as_secs_f64() * 1e3);
    }
    // CPU time of all threads per search: steadier than wall time on a machine shared with other jobs.
    let cpu_per_search = (cpu_ms() - cpu_start) / runs as f64;
    ms.sort_by(f64::total_cmp);
    let at = |q: f64| ms[((ms.len() - 1) as f64 * q).round() as usize];
    println!(
        "{question:?}: {} hits; {runs} runs: p50 {:.2} ms, p95 {:.2} ms, p99 {:.2} ms, min {:.2} ms; CPU {:.2} ms per search",
        first.total,
        at(0.5),
        at(0.95),
        at(0.99),
        ms[0],
        cpu_per_search
    );
    Ok(())
}

/// CPU time (user and system, all threads) this process has used so far, in milliseconds.
fn cpu_ms() -> f64 {
    // SAFETY: getrusage only writes the struct it is given.
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_SELF, &mut usage);
        usage
    };
    let ms = |t: libc::timeval| t.tv_sec as f64 * 1e3 + t.tv_usec as f64 / 1e3;
    ms(usage.ru_utime) + ms(usage.ru_stime)
}
