//! Helpers shared by the end-to-end tests.
#![allow(dead_code)] // each test binary uses its own subset

use assert_cmd::Command;
use serde_json::Value;

/// The real `sitrep` binary, run from the repository root, with no index or schema from the environment.
pub fn sitrep() -> Command {
    let mut cmd = Command::cargo_bin("sitrep").expect("the sitrep binary is built for tests");
    cmd.current_dir(env!("CARGO_MANIFEST_DIR")).env_remove("SITREP_INDEX").env_remove("SITREP_SCHEMA");
    cmd
}

/// The highlighted pieces of a search hit's snippet, as text.
pub fn highlighted(hit: &Value) -> Vec<String> {
    let snippet: Vec<char> = hit["snippet"].as_str().unwrap().chars().collect();
    hit["highlights"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| snippet[r[0].as_u64().unwrap() as usize..r[1].as_u64().unwrap() as usize].iter().collect())
        .collect()
}

/// The extractor with the built-in vocabulary, built once per test binary.
pub fn extractor() -> &'static sitrep::extract::Extractor {
    static X: std::sync::OnceLock<sitrep::extract::Extractor> = std::sync::OnceLock::new();
    X.get_or_init(|| sitrep::extract::Extractor::new(sitrep::vocab::Vocabulary::builtin().unwrap()))
}

/// (speaker, kind, first four words of the claim) for every claim of a body, published on `published` if given.
pub fn claim_heads(body: &str, published: Option<time::Date>) -> Vec<(String, String, String)> {
    let article = sitrep::article::Article {
        id: "t".into(),
        path: "t.txt".into(),
        title: "T".into(),
        body: body.into(),
        published,
        ..Default::default()
    };
    extractor()
        .extract(&article)
        .claims
        .iter()
        .map(|c| {
            let text = c.text(body);
            let words: Vec<&str> = text.split_whitespace().take(4).collect();
            (c.speaker.clone(), c.kind.as_str().to_string(), words.join(" "))
        })
        .collect()
}
