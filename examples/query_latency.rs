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
    for _ in 0..runs {
        let t = Instant::now();
        std::hint::black_box(searchable.search(&question, &opts)?);
        ms.push(t.elapsed().as_secs_f64() * 1e3);
    }
    ms.sort_by(f64::total_cmp);
    let at = |q: f64| ms[((ms.len() - 1) as f64 * q).round() as usize];
    println!(
        "{question:?}: {} hits; {runs} runs: p50 {:.2} ms, p95 {:.2} ms, p99 {:.2} ms, min {:.2} ms",
        first.total,
        at(0.5),
        at(0.95),
        at(0.99),
        ms[0]
    );
    Ok(())
}
