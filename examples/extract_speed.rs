//! Extraction alone (entities and claims) on one thread, in MB/s of title and body text: the number to watch
//! while making the extractor faster, and the program to profile.
//!
//! ```text
//! zstd -dc ../shared/corpora/ukraine-media-r2nery/articles.jsonl.zst > /tmp/r2n.jsonl
//! cargo run --release --example extract_speed -- /tmp/r2n.jsonl [PASSES]
//! ```
//!
//! Each pass extracts every article of the file once; its wall time and the thread's CPU time are printed, then
//! the best CPU time as MB/s (CPU time is what other work on the machine disturbs least). A checksum of the
//! claims and entities found shows whether a change altered the output.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::time::Instant;

use sitrep::extract::Extractor;
use sitrep::vocab::Vocabulary;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: extract_speed FILE.jsonl [PASSES]")?;
    let passes: usize = args.next().map(|p| p.parse()).transpose()?.unwrap_or(3);
    let read = sitrep::article::read_file(std::path::Path::new(&path));
    let bytes: usize = read.articles.iter().map(|a| a.title.len() + a.body.len()).sum();
    let extractor = Extractor::new(Vocabulary::builtin()?);
    let mut best = f64::INFINITY;
    for pass in 1..=passes {
        let started = Instant::now();
        let cpu_started = thread_cpu_seconds();
        let (mut claims, mut entities, mut sum) = (0usize, 0usize, 0u64);
        for article in &read.articles {
            let x = extractor.extract(article);
            claims += x.claims.len();
            entities += x.entities.len();
            let mut h = DefaultHasher::new();
            for c in &x.claims {
                (&c.speaker, &c.cue, &c.content, &c.mentions).hash(&mut h);
            }
            for e in &x.entities {
                e.name.hash(&mut h);
            }
            sum ^= h.finish();
        }
        let secs = started.elapsed().as_secs_f64();
        let cpu = thread_cpu_seconds() - cpu_started;
        best = best.min(cpu);
        println!(
            "pass {pass}: {} articles, {:.1} MB, {secs:.2} s wall, {cpu:.2} s CPU, {:.1} MB/s of CPU; {claims} \
             claims, {entities} entities, checksum {sum:x}",
            read.articles.len(),
            bytes as f64 / 1e6,
            bytes as f64 / 1e6 / cpu
        );
    }
    println!("best: {:.1} MB/s per CPU-second on one thread", bytes as f64 / 1e6 / best);
    Ok(())
}

/// CPU time of the calling thread, in seconds.
fn thread_cpu_seconds() -> f64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec; CLOCK_THREAD_CPUTIME_ID is supported on Linux.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 + ts.tv_nsec as f64 / 1e9
}
