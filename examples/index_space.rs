//! Where an index's bytes go: per field and part (postings, positions, term dictionary, columns, field norms),
//! and the document store, summed over segments (tantivy's space usage report).
//!
//! ```text
//! cargo run --release --example index_space -- INDEX_DIR/gen-NNNNNN
//! ```
fn main() {
    let dir = std::env::args().nth(1).expect("usage: index_space INDEX_DIR/gen-NNNNNN");
    let index = tantivy::Index::open_in_dir(&dir).unwrap();
    let searcher = index.reader().unwrap().searcher();
    let usage = searcher.space_usage().unwrap();
    let mut per: std::collections::BTreeMap<(String, &str), u64> = Default::default();
    let mut store = 0u64;
    for seg in usage.segments() {
        for (name, comp) in [
            ("termdict", seg.termdict()),
            ("postings", seg.postings()),
            ("positions", seg.positions()),
            ("fast", seg.fast_fields()),
            ("fieldnorm", seg.fieldnorms()),
        ] {
            for fu in comp.fields() {
                *per.entry((fu.field_name().to_string(), name)).or_default() += fu.total().get_bytes();
            }
        }
        store += seg.store().total().get_bytes();
    }
    let mut v: Vec<_> = per.into_iter().collect();
    v.sort_by_key(|e| std::cmp::Reverse(e.1));
    for ((f, c), b) in v.iter().take(30) {
        println!("{:>12} {:<10} {}", b, c, f);
    }
    println!("{:>12} store", store);
}
