//! End-to-end tests: the real binary on `corpus-sample/` and on malformed inputs, in temp directories.

use std::path::{Path, PathBuf};

mod common;

use common::{highlighted, sitrep};
use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn index_sample(dir: &Path) {
    sitrep().args(["index", "corpus-sample", "--quiet", "--index"]).arg(dir).assert().success();
}

fn search_json(dir: &Path, query: &str) -> Value {
    let out = sitrep().args(["search", query, "--json", "--index"]).arg(dir).output().unwrap();
    assert!(out.status.success(), "search failed: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("search --json prints one JSON object")
}

#[test]
fn kirby_query_returns_the_seed_claim_first_with_bakhmut_highlighted() {
    let dir = tempfile::tempdir().unwrap();
    index_sample(dir.path());
    let r = search_json(dir.path(), "claims by Kirby mentioning Bakhmut");
    let first = &r["hits"][0];
    assert_eq!(first["kind"], "claim");
    assert_eq!(first["speaker"], "John Kirby");
    assert!(first["path"].as_str().unwrap().ends_with("soledar-2023-01.txt"), "{first}");
    assert!(first["text"].as_str().unwrap().starts_with("even if both Bakhmut and Soledar fall"), "{first}");
    assert_eq!(highlighted(first), ["Bakhmut"]);
    // Every hit is a Kirby claim whose text mentions Bakhmut (or its former name).
    for hit in r["hits"].as_array().unwrap() {
        assert_eq!(hit["speaker"], "John Kirby", "{hit}");
        let text = hit["text"].as_str().unwrap();
        assert!(text.contains("Bakhmut") || text.contains("Artemivsk"), "{hit}");
    }
    assert!(r["total"].as_u64().unwrap() >= 2);
    assert_eq!(r["facets"]["speakers"][0]["value"], "John Kirby");
}

#[test]
fn search_json_has_the_documented_shape() {
    let dir = tempfile::tempdir().unwrap();
    index_sample(dir.path());
    let r = search_json(dir.path(), "claims by Kirby mentioning Bakhmut");
    for key in ["query", "interpretation", "total", "hits", "facets"] {
        assert!(r.get(key).is_some(), "missing {key}");
    }
    assert_eq!(r["interpretation"]["target"], "claims");
    assert_eq!(r["interpretation"]["speaker"]["canonical"], "John Kirby");
    let hit = &r["hits"][0];
    for key in [
        "rank",
        "score",
        "kind",
        "id",
        "article_id",
        "title",
        "published",
        "source",
        "url",
        "path",
        "snippet",
        "highlights",
        "people",
        "places",
        "organizations",
        "equipment",
        "speaker",
        "speaker_kind",
        "cue",
        "claim_kind",
        "text",
        "offsets",
    ] {
        assert!(hit.get(key).is_some(), "hit lacks {key}: {hit}");
    }
    assert_eq!(hit["rank"], 1);
    for facet in ["speakers", "people", "places", "organizations", "equipment", "sources", "months"] {
        assert!(r["facets"][facet].is_array(), "facet {facet} missing");
    }
    // Article hits carry no claim fields.
    let r = search_json(dir.path(), "salt mines");
    let article = r["hits"].as_array().unwrap().iter().find(|h| h["kind"] == "article").expect("an article hit");
    assert!(article.get("speaker").is_none());
    assert!(!article["snippet"].as_str().unwrap().is_empty());
}

#[test]
fn text_output_is_plain_when_piped() {
    let dir = tempfile::tempdir().unwrap();
    index_sample(dir.path());
    let out =
        sitrep().args(["search", "claims by Kirby mentioning Bakhmut", "--index"]).arg(dir.path()).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("claims · speaker = John Kirby · mentions Bakhmut"), "{text}");
    assert!(!text.contains('\u{1b}'), "escape codes in piped output");
    assert!(text.contains("corpus-sample/soledar-2023-01.txt"));
}

#[test]
fn phrase_and_keyword_search() {
    let dir = tempfile::tempdir().unwrap();
    index_sample(dir.path());
    let r = search_json(dir.path(), "\"meat grinder\"");
    let hits = r["hits"].as_array().unwrap();
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|h| h["snippet"].as_str().unwrap().to_lowercase().contains("meat grinder")
        || h["title"].as_str().unwrap().to_lowercase().contains("meat grinder")));
    let r = search_json(dir.path(), "zzzunknownword");
    assert_eq!(r["total"], 0);
}

#[test]
fn a_hit_shows_the_entities_extract_finds() {
    // Hits read their entities from the facet column (no stored copy): an article hit must list exactly what
    // `extract` finds in the article, and a claim hit only entities of its article.
    let dir = tempfile::tempdir().unwrap();
    index_sample(dir.path());
    let out = sitrep().args(["extract", "--json", "corpus-sample/soledar-2023-01.txt"]).output().unwrap();
    let extracted: Value = serde_json::from_slice(&out.stdout).unwrap();
    let set = |v: &Value| -> std::collections::BTreeSet<String> {
        v.as_array().unwrap().iter().map(|x| x.as_str().unwrap().to_string()).collect()
    };
    let r = search_json(dir.path(), "articles about Soledar");
    let hit =
        r["hits"].as_array().unwrap().iter().find(|h| h["path"].as_str().unwrap().ends_with("soledar-2023-01.txt"));
    let hit = hit.expect("the seed article is a hit");
    for field in ["people", "places", "organizations", "equipment"] {
        assert_eq!(set(&hit[field]), set(&extracted[field]), "{field}");
    }
    assert!(set(&hit["places"]).contains("Soledar"));
    let r = search_json(dir.path(), "claims by Kirby mentioning Bakhmut");
    let claim = &r["hits"][0];
    assert!(set(&claim["places"]).contains("Bakhmut"), "{claim}");
    for field in ["people", "places", "organizations", "equipment"] {
        assert!(set(&claim[field]).is_subset(&set(&extracted[field])), "{field}: {claim}");
    }
}

#[test]
fn extract_json_lists_seed_entities_and_the_kirby_claim() {
    let out = sitrep().args(["extract", "--json", "corpus-sample/soledar-2023-01.txt"]).output().unwrap();
    assert!(out.status.success());
    let line = String::from_utf8(out.stdout).unwrap();
    let a: Value = serde_json::from_str(line.trim()).unwrap();
    for key in ["id", "path", "title", "published", "source", "url", "people", "places", "organizations", "claims"] {
        assert!(a.get(key).is_some(), "missing {key}");
    }
    let has = |field: &str, name: &str| a[field].as_array().unwrap().iter().any(|v| v == name);
    assert!(has("people", "Volodymyr Zelensky"));
    assert!(has("people", "John Kirby"));
    assert!(has("places", "Bakhmut"));
    assert!(has("places", "Soledar"));
    assert!(has("organizations", "Wagner Group"));
    let kirby = a["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["text"].as_str().unwrap().contains("even if both Bakhmut and Soledar"))
        .expect("the Kirby quote is a claim");
    assert_eq!(kirby["speaker"], "John Kirby");
    assert_eq!(kirby["speaker_kind"], "person");
    for key in ["speaker", "speaker_kind", "cue", "kind", "text", "start", "end"] {
        assert!(kirby.get(key).is_some(), "claim lacks {key}");
    }
    // Offsets are characters into the body (the file after its title line): check them against the file.
    let file = std::fs::read_to_string(root().join("corpus-sample/soledar-2023-01.txt")).unwrap();
    let body: Vec<char> = file.split_once('\n').unwrap().1.trim().chars().collect();
    let (s, e) = (kirby["start"].as_u64().unwrap() as usize, kirby["end"].as_u64().unwrap() as usize);
    assert_eq!(body[s..e].iter().collect::<String>(), kirby["text"].as_str().unwrap());
}

#[test]
fn extract_spans_show_where_each_entity_was_found() {
    let plain = sitrep().args(["extract", "--json", "corpus-sample/soledar-2023-01.txt"]).output().unwrap();
    let plain: Value = serde_json::from_slice(&plain.stdout).unwrap();
    assert!(plain.get("spans").is_none(), "spans only when asked for");
    let out = sitrep().args(["extract", "--json", "--spans", "corpus-sample/soledar-2023-01.txt"]).output().unwrap();
    assert!(out.status.success());
    let a: Value = serde_json::from_slice(&out.stdout).unwrap();
    let spans = a["spans"].as_array().unwrap();
    let file = std::fs::read_to_string(root().join("corpus-sample/soledar-2023-01.txt")).unwrap();
    let body: Vec<char> = file.split_once('\n').unwrap().1.trim().chars().collect();
    let mut last = 0;
    for m in spans {
        let (s, e) = (m["start"].as_u64().unwrap() as usize, m["end"].as_u64().unwrap() as usize);
        assert_eq!(body[s..e].iter().collect::<String>(), m["text"].as_str().unwrap(), "{m}");
        assert!(s >= last, "in text order: {m}");
        last = s;
    }
    // A short form is shown with the entity it resolved to; every entity of the body has a span.
    let zelenskiy = spans.iter().find(|m| m["text"] == "Zelenskiy").expect("the Reuters spelling is a mention");
    assert_eq!(zelenskiy["name"], "Volodymyr Zelensky");
    assert_eq!(zelenskiy["kind"], "person");
    assert!(spans.iter().any(|m| m["text"] == "Britain" && m["name"] == "United Kingdom"));
    for e in a["entities"].as_array().unwrap() {
        let found = spans.iter().filter(|m| m["name"] == e["name"] && m["kind"] == e["kind"]).count() as u64;
        assert!(found >= 1 && found <= e["mentions"].as_u64().unwrap(), "{e}: {found} spans");
    }
    let text = sitrep().args(["extract", "--spans", "corpus-sample/soledar-2023-01.txt"]).output().unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains("\"Zelenskiy\" -> Volodymyr Zelensky [person]"), "{text}");
}

#[test]
fn malformed_inputs_are_reported_and_the_rest_is_indexed() {
    let dir = tempfile::tempdir().unwrap();
    let out = sitrep()
        .args(["index", "--quiet", "tests/data/malformed", "corpus-sample/2023", "--index"])
        .arg(dir.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "exit code 3 = indexed with rejected inputs; stderr: {stderr}");
    for expected in [
        "tests/data/malformed/broken.json",
        "tests/data/malformed/lines.jsonl:2:",
        "tests/data/malformed/no_text.json",
        "tests/data/malformed/empty.txt",
        "tests/data/malformed/binary.txt",
        "tests/data/malformed/notes.csv",
    ] {
        assert!(stderr.contains(expected), "stderr does not name {expected}:\n{stderr}");
    }
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("6 rejected"), "{stdout}");
    // The good lines of lines.jsonl and the good files are searchable.
    let r = search_json(dir.path(), "claims by Kirby");
    assert!(r["total"].as_u64().unwrap() > 0);
    let r = search_json(dir.path(), "\"test line parses\"");
    assert_eq!(r["hits"][0]["article_id"], "t-ok-1");
    assert_eq!(r["hits"][0]["line"], 1);
    assert!(r["hits"][0]["path"].as_str().unwrap().ends_with("lines.jsonl"));
}

#[test]
fn headline_only_feed_items_are_indexed_and_found_by_title() {
    let dir = tempfile::tempdir().unwrap();
    let out = sitrep().args(["index", "--quiet", "tests/data/feed", "--index"]).arg(dir.path()).output().unwrap();
    let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    // The item with neither title nor text is the one rejection.
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains("tests/data/feed/items.jsonl:2: no text"), "{stderr}");
    assert!(stdout.contains("indexed 2 articles") && stdout.contains("1 headline only"), "{stdout}");
    let r = search_json(dir.path(), "Soledar");
    assert_eq!(r["total"], 1);
    let hit = &r["hits"][0];
    assert_eq!((&hit["article_id"], &hit["snippet"]), (&Value::from("feed-1"), &Value::from("")));
    let places: Vec<&str> =
        r["facets"]["places"].as_array().unwrap().iter().map(|f| f["value"].as_str().unwrap()).collect();
    assert!(places.contains(&"Soledar"), "{places:?}");
    assert_eq!(hit["organizations"][0], "Wagner Group");
    // The text view shows its title and no empty snippet line.
    let out = sitrep().args(["search", "Soledar", "--index"]).arg(dir.path()).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Feed Wire\n    — Wagner says it has taken Soledar"), "{text}");
}

#[test]
fn search_without_index_fails_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let out = sitrep().args(["search", "tanks", "--index"]).arg(dir.path().join("none")).output().unwrap();
    assert_eq!(out.status.code(), Some(4));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no index at"), "{stderr}");
}

#[test]
fn bad_query_exits_with_usage_code() {
    let dir = tempfile::tempdir().unwrap();
    index_sample(dir.path());
    let out = sitrep().args(["search", "tanks \"leopard", "--index"]).arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unbalanced quotation mark"));
    // A count of zero is a usage error, not one hit or one value.
    for args in [&["search", "Soledar", "--limit", "0"][..], &["stats", "--top", "0"]] {
        let out = sitrep().args(args).arg("--index").arg(dir.path()).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("0 is not in 1.."), "{args:?}");
    }
}

#[test]
fn reindexing_is_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    index_sample(dir.path());
    let before = search_json(dir.path(), "Soledar")["total"].clone();
    index_sample(dir.path());
    let after = search_json(dir.path(), "Soledar")["total"].clone();
    assert_eq!(before, after);
}

#[test]
fn search_resolves_names_through_the_gazetteer_the_index_was_built_with() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    std::fs::write(
        corpus.join("a.txt"),
        "Title: Shelling near KTV\nDate: 2023-03-01\n\nShelling hit the KTV area overnight, Oleh Testenko said.\n",
    )
    .unwrap();
    let gazetteer = dir.path().join("user.tsv");
    std::fs::copy("tests/data/gazetteer/user.tsv", &gazetteer).unwrap();
    let index = dir.path().join("index");
    sitrep()
        .args(["index", "--quiet", "--gazetteer"])
        .arg(&gazetteer)
        .arg(&corpus)
        .arg("--index")
        .arg(&index)
        .assert()
        .success();
    // No --gazetteer on search: the alias KTV still resolves to the user's place, and filters by it.
    let r = search_json(&index, "articles about KTV");
    assert_eq!(
        r["interpretation"]["mentions"][0]["canonical"], "Krasnohorivka Test Village",
        "{}",
        r["interpretation"]
    );
    assert_eq!(r["total"], 1);
    // The file is gone: the name table written into the index with it still answers.
    std::fs::remove_file(&gazetteer).unwrap();
    let r = search_json(&index, "articles about KTV");
    assert_eq!(r["interpretation"]["mentions"][0]["canonical"], "Krasnohorivka Test Village");
    // Without the table too (an index written before it existed): the built-in gazetteer answers, with a
    // warning naming the problem.
    let current = std::fs::read_to_string(index.join("CURRENT")).unwrap();
    std::fs::remove_file(index.join(current.trim()).join("sitrep-names.bin")).unwrap();
    let out = sitrep().args(["search", "articles about KTV", "--json", "--index"]).arg(&index).output().unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("warning") && stderr.contains("user.tsv"), "{stderr}");
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(r["interpretation"]["mentions"][0]["canonical"].is_null(), "{}", r["interpretation"]);
}
