//! Throwaway: merge every segment of an index copy, printing peak RssAnon.
use std::time::Instant;
fn anon() -> u64 {
    let s = std::fs::read_to_string("/proc/self/status").unwrap();
    s.lines().find(|l| l.starts_with("RssAnon:")).unwrap().split_whitespace().nth(1).unwrap().parse().unwrap()
}
fn main() {
    let dir = std::env::args().nth(1).unwrap();
    let index = tantivy::Index::open_in_dir(&dir).unwrap();
    let ids = index.searchable_segment_ids().unwrap();
    let docs: u32 = index.searchable_segment_metas().unwrap().iter().map(|m| m.num_docs()).sum();
    println!("{} segments, {} docs, anon before {} MiB", ids.len(), docs, anon() / 1024);
    let mut w: tantivy::IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let s2 = stop.clone();
    let poll = std::thread::spawn(move || {
        let mut peak = 0;
        while !s2.load(std::sync::atomic::Ordering::Relaxed) {
            peak = peak.max(anon());
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        peak
    });
    let t = Instant::now();
    let fut = w.merge(&ids);
    fut.wait().unwrap();
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    println!("merged in {:.1} s, peak anon {} MiB", t.elapsed().as_secs_f64(), poll.join().unwrap() / 1024);
}
