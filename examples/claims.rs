//! The library without the CLI: write three articles, index them, and ask for claims.
//!
//! ```text
//! cargo run --example claims
//! ```

use std::path::PathBuf;

use sitrep::extract::Extractor;
use sitrep::index::{run_index, IndexOptions};
use sitrep::search::{SearchOptions, Searchable};
use sitrep::vocab::Vocabulary;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::temp_dir().join(format!("sitrep-example-{}", std::process::id()));
    let corpus = dir.join("corpus");
    std::fs::create_dir_all(&corpus)?;

    // 1. Three articles in three formats.
    std::fs::write(
        corpus.join("kirby.txt"),
        "Kirby plays down Soledar\nDate: 2023-01-14\nSource: Example Wire\n\n\
         \"Even if Bakhmut falls, it will not change the strategic picture,\" John Kirby said on Friday.\n",
    )?;
    std::fs::write(
        corpus.join("kyiv.json"),
        r#"{"id": "ex-2", "title": "Drones over Kiev", "date": "2022-10-17", "source": "Example Wire",
            "text": "Mayor Vitali Klitschko said that 28 drones had been launched at the city."}"#,
    )?;
    std::fs::write(
        corpus.join("feed.jsonl"),
        r#"{"id": "ex-3", "title": "Wagner claims Artemivsk", "date": "2023-05-20", "text": "Yevgeny Prigozhin said his fighters had taken Artemivsk. Kirby said that Russia had paid a huge price for Bakhmut."}"#,
    )?;

    // 2. Index: the extractor is built once (it holds the gazetteer automaton) and shared by all threads.
    let extractor = Extractor::new(Vocabulary::builtin()?);
    let index_dir = dir.join("index");
    let summary = run_index(&IndexOptions::new(&index_dir, vec![corpus.clone()]), &extractor, &())?;
    println!("indexed {} articles and {} claims", summary.articles, summary.claims);

    // 3. Ask like an analyst. Names resolve through the gazetteer: Kirby -> John Kirby, Artemivsk -> Bakhmut.
    let opts = SearchOptions::new(PathBuf::from(&index_dir));
    let searchable = Searchable::open(&opts, None)?;
    let result = searchable.search("claims by Kirby mentioning Artemivsk", &opts)?;
    println!("{}", result.interpretation.summary);
    for hit in &result.hits {
        println!("{}. {} ({}): {}", hit.rank, hit.speaker.as_deref().unwrap_or("?"), hit.path, hit.snippet);
    }

    std::fs::remove_dir_all(&dir)?;
    Ok(())
}
