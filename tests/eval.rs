//! End-to-end tests of `sitrep-eval` on the data in the repository (never on ../shared).

use std::path::PathBuf;

use assert_cmd::Command;
use serde_json::Value;

fn eval() -> Command {
    let mut cmd = Command::cargo_bin("sitrep-eval").expect("the sitrep-eval binary is built for tests");
    cmd.current_dir(PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    cmd
}

#[test]
fn seed_entities_json() {
    let out = eval()
        .args([
            "entities",
            "--gold",
            "eval/gold/seed-entities.json",
            "--corpus",
            "corpus-sample/soledar-2023-01.txt",
            "--json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "sitrep-eval failed: {}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).expect("--json prints one JSON object");
    assert_eq!(v["articles"], 1, "{v}");
    let people = &v["by_type"]["people"];
    assert_eq!(people["gold"], 9, "{v}");
    let recall = people["recall"].as_f64().expect("people recall is a number");
    assert!(recall >= 0.8, "people recall {recall} < 0.8: {v}");
    for t in ["places", "organizations", "equipment"] {
        assert!(v["by_type"][t]["f1"].is_number(), "{t} scored: {v}");
    }
    assert!(v["micro"]["precision"].is_number(), "{v}");
}

#[test]
fn seed_entities_table_names_the_gold_file() {
    let out = eval()
        .args(["entities", "--gold", "eval/gold/seed-entities.json", "--corpus", "corpus-sample/soledar-2023-01.txt"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let header = text.lines().next().unwrap();
    assert!(header.contains("eval/gold/seed-entities.json") && header.contains("1 articles"), "{text}");
    assert!(text.lines().any(|l| l.starts_with("people ")), "{text}");
}

#[test]
fn missing_corpus_is_a_clear_error() {
    let out = eval().args(["claims", "--corpus", "no/such/corpus.jsonl.zst"]).output().unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no/such/corpus.jsonl.zst") && err.contains("not found"), "{err}");
    let out = eval().args(["conll", "--file", "no/such/test.txt.gz"]).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no/such/test.txt.gz"));
}
