//! The query language against `corpus-sample/`: every phrasing, aliases, the place hierarchy, highlighting
//! through aliases, filters, sorting, formats, collapsing of syndicated claims, and bad queries.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

mod common;

use common::{highlighted, sitrep};
use serde_json::Value;

/// One index of corpus-sample/ shared by the tests of this file (built once).
fn sample_index() -> &'static Path {
    static DIR: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, p) = DIR.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let idx = dir.path().join("idx");
        sitrep().args(["index", "corpus-sample", "--quiet", "--index"]).arg(&idx).assert().success();
        (dir, idx)
    });
    p
}

fn search(query: &str, extra: &[&str]) -> Value {
    let out = sitrep()
        .args(["search", query, "--json", "--limit", "50", "--index"])
        .arg(sample_index())
        .args(extra)
        .output()
        .unwrap();
    assert!(out.status.success(), "{query}: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn hits(r: &Value) -> &Vec<Value> {
    r["hits"].as_array().unwrap()
}

#[test]
fn speaker_phrasings_agree() {
    let reference = search("claims by Kirby mentioning Bakhmut", &[]);
    for q in [
        "claims by John Kirby about Bakhmut",
        "what did Kirby say about Artemivsk",
        "Kirby on Bakhmut",
        "quotes from Kirby about Bakhmut",
        "statements by kirby mentioning bakhmut",
    ] {
        let r = search(q, &[]);
        assert_eq!(r["total"], reference["total"], "{q}");
        assert!(hits(&r).iter().all(|h| h["speaker"] == "John Kirby"), "{q}");
    }
    let r = search("claims by Kirby", &[]);
    assert!(r["total"].as_u64().unwrap() > reference["total"].as_u64().unwrap());
    assert!(r["interpretation"]["summary"].as_str().unwrap().starts_with("claims · speaker = John Kirby"));
}

#[test]
fn spelling_variants_resolve() {
    // Zelenskiy, Zelenskyy and a typo all find Volodymyr Zelensky's claims.
    let a = search("claims by Zelenskiy", &[]);
    let b = search("statements by Zelenskyy", &[]);
    let c = search("speaker:Zelenskky", &[]);
    assert!(a["total"].as_u64().unwrap() > 5);
    assert_eq!(a["total"], b["total"]);
    assert_eq!(a["total"], c["total"]);
    assert!(c["interpretation"]["summary"].as_str().unwrap().contains("corrected from"));
    // Kiev finds Kyiv, and the facet says Kyiv.
    let r = search("Kiev", &[]);
    assert!(r["total"].as_u64().unwrap() > 0);
    assert_eq!(r["interpretation"]["mentions"][0]["canonical"], "Kyiv");
    assert!(r["facets"]["places"].as_array().unwrap().iter().any(|f| f["value"] == "Kyiv"));
    // A Cyrillic query resolves.
    let r = search("Бахмут", &[]);
    assert_eq!(r["interpretation"]["mentions"][0]["canonical"], "Bakhmut");
    assert!(r["total"].as_u64().unwrap() > 0);
}

#[test]
fn place_hierarchy_and_alias_highlighting() {
    // Donetsk Oblast includes Bakhmut, Soledar, Avdiivka.
    let oblast = search("articles about Donetsk Oblast", &[]);
    let bakhmut = search("articles about Bakhmut", &[]);
    assert!(oblast["total"].as_u64().unwrap() >= bakhmut["total"].as_u64().unwrap());
    let ids = |r: &Value| hits(r).iter().map(|h| h["id"].as_str().unwrap().to_string()).collect::<Vec<_>>();
    let oblast_ids = ids(&oblast);
    assert!(ids(&bakhmut).iter().all(|i| oblast_ids.contains(i)));
    // A Bakhmut question highlights "Artemivsk" where the text uses the old name.
    let r = search("claims mentioning Bakhmut", &[]);
    let artemivsk =
        hits(&r).iter().find(|h| h["text"].as_str().unwrap().contains("Artemivsk")).expect("a claim naming Artemivsk");
    assert!(highlighted(artemivsk).contains(&"Artemivsk".to_string()), "{artemivsk}");
}

#[test]
fn articles_forms_and_time_words() {
    let r = search("articles mentioning Wagner and Bakhmut", &[]);
    assert!(hits(&r).iter().all(|h| h["kind"] == "article"));
    assert!(r["total"].as_u64().unwrap() >= 2);
    let r = search("Wagner in Donetsk Oblast", &[]);
    assert!(r["total"].as_u64().unwrap() >= 2);
    let r = search("articles about Soledar in January 2023", &[]);
    assert!(r["total"].as_u64().unwrap() >= 2);
    for h in hits(&r) {
        assert!(h["published"].as_str().unwrap().starts_with("2023-01"), "{h}");
    }
    let r = search("articles about Soledar since 2023-01-10", &[]);
    assert!(hits(&r).iter().all(|h| h["published"].as_str().unwrap() >= "2023-01-10"));
    let r = search("articles about Kyiv before March 2022", &[]);
    assert!(hits(&r).iter().all(|h| h["published"].as_str().unwrap() < "2022-03-01"));
    assert!(r["total"].as_u64().unwrap() >= 1);
    let r = search("claims mentioning Kherson from 2022-11-01 to 2022-11-30", &[]);
    assert!(r["total"].as_u64().unwrap() >= 1);
    assert!(hits(&r).iter().all(|h| h["published"].as_str().unwrap().starts_with("2022-11")));
}

#[test]
fn explicit_syntax_and_flags() {
    let a = search("speaker:\"John Kirby\" place:Bakhmut", &[]);
    let b = search("", &["--speaker", "Kirby", "--place", "Bakhmut"]);
    assert_eq!(a["total"], b["total"]);
    assert!(a["total"].as_u64().unwrap() >= 2);
    let r = search("kind:article Soledar -Kirby", &[]);
    assert!(hits(&r).iter().all(|h| h["kind"] == "article" && !h["snippet"].as_str().unwrap().contains("Kirby")));
    let r = search("org:Wagner kind:claim source:\"Eastern Front Daily\"", &[]);
    assert!(hits(&r).iter().all(|h| h["source"] == "Eastern Front Daily"));
    assert!(r["total"].as_u64().unwrap() >= 1);
    let either = search("Avdiivka OR Enerhodar", &["--kind", "article"]).get("total").cloned().unwrap();
    let one = search("Avdiivka", &["--kind", "article"]).get("total").cloned().unwrap();
    assert!(either.as_u64().unwrap() > one.as_u64().unwrap());
    let r = search("tanks", &["--sort", "date", "--kind", "article"]);
    let dates: Vec<&str> = hits(&r).iter().map(|h| h["published"].as_str().unwrap()).collect();
    let mut sorted = dates.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(dates, sorted);
}

#[test]
fn tanks_means_tank_equipment() {
    let r = search("what did Zelenskiy say about tanks", &[]);
    assert!(r["total"].as_u64().unwrap() >= 1);
    assert!(hits(&r).iter().all(|h| h["speaker"] == "Volodymyr Zelensky"));
}

#[test]
fn formats() {
    let out = sitrep()
        .args(["search", "claims by Kirby", "--format", "csv", "--index"])
        .arg(sample_index())
        .output()
        .unwrap();
    let csv = String::from_utf8(out.stdout).unwrap();
    assert!(csv.starts_with("rank,score,kind,id,published,source,speaker,"));
    assert!(csv.lines().count() > 2);
    let out = sitrep()
        .args(["search", "claims by Kirby", "--format", "jsonl", "--index"])
        .arg(sample_index())
        .output()
        .unwrap();
    for line in String::from_utf8(out.stdout).unwrap().lines() {
        let hit: Value = serde_json::from_str(line).unwrap();
        assert_eq!(hit["speaker"], "John Kirby");
    }
}

#[test]
fn syndicated_copies_collapse() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("c");
    std::fs::create_dir_all(&corpus).unwrap();
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus-sample/soledar-2023-01.txt"))
        .unwrap();
    std::fs::write(corpus.join("original.txt"), &text).unwrap();
    // A syndicated copy: other title and an extra line, same Kirby quote.
    std::fs::write(corpus.join("copy.txt"), format!("Copy desk: Soledar\n\n{text}\n\nThis story was syndicated."))
        .unwrap();
    let idx = tmp.path().join("idx");
    sitrep().args(["index", "--quiet", "--index"]).arg(&idx).arg(&corpus).assert().success();
    let run = |extra: &[&str]| -> Value {
        let out = sitrep()
            .args(["search", "claims by Kirby mentioning Bakhmut", "--json", "--index"])
            .arg(&idx)
            .args(extra)
            .output()
            .unwrap();
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let collapsed = run(&[]);
    assert_eq!(hits(&collapsed).len(), 1);
    assert_eq!(hits(&collapsed)[0]["carried_by"], 2);
    let all = run(&["--no-collapse"]);
    assert_eq!(hits(&all).len(), 2);
}

#[test]
fn bad_queries_fail_with_a_message() {
    for (q, code, needle) in [
        ("tanks \"leopard", 2, "unbalanced quotation mark at column 7"),
        ("colour:red", 2, "unknown field `colour:`"),
        ("", 2, "empty query"),
        ("since:someday tanks", 2, "cannot read"),
    ] {
        let out = sitrep().args(["search", q, "--index"]).arg(sample_index()).output().unwrap();
        assert_eq!(out.status.code(), Some(code), "{q}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(needle), "{q}: {err}");
        assert_eq!(err.lines().count(), 1, "one line: {err}");
    }
    let long = "war ".repeat(400);
    let out = sitrep().args(["search", &long, "--index"]).arg(sample_index()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    // An empty index directory is "no index".
    let empty = tempfile::tempdir().unwrap();
    let out = sitrep().args(["search", "tanks", "--index"]).arg(empty.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(4));
}

/// Facet counts come from a dedicated collector that merges per-segment candidates: over an index of many
/// segments they must equal counting the hits one by one.
#[test]
fn facet_counts_equal_counting_every_hit() {
    use sitrep::search::{SearchOptions, Searchable};
    let dir = tempfile::tempdir().unwrap();
    let idx = dir.path().join("idx");
    let extractor = sitrep::extract::Extractor::new(sitrep::vocab::Vocabulary::builtin().unwrap());
    let mut opts = sitrep::index::IndexOptions::new(&idx, vec![PathBuf::from("corpus-sample")]);
    opts.commit_every_bytes = 2_000; // a commit (and a segment) every file or two
    sitrep::index::run_index(&opts, &extractor, &()).unwrap();
    let mut search = SearchOptions::new(&idx);
    search.limit = 10_000;
    search.collapse = false;
    search.facet_size = 10_000;
    let s = Searchable::open(&search, None).unwrap();
    let everything = {
        let stats = sitrep::index::stats::stats(&idx, 1).unwrap();
        (stats.articles + stats.claims) as usize
    };
    // Only a date filter, and only an excluded word: every article and claim, none of the files' own documents.
    for query in ["since 1990", "-zzzz"] {
        assert_eq!(s.search(query, &search).unwrap().total, everything, "{query}");
    }
    for query in ["Ukraine", "claims mentioning Bakhmut", "Russia OR Kyiv"] {
        let r = s.search(query, &search).unwrap();
        assert!(r.total > 5 && r.hits.len() == r.total, "{query}: {} hits", r.total);
        let mut expected: std::collections::BTreeMap<&str, std::collections::BTreeMap<String, u64>> =
            Default::default();
        for h in &r.hits {
            for (facet, values) in [
                ("people", &h.people),
                ("places", &h.places),
                ("organizations", &h.organizations),
                ("equipment", &h.equipment),
            ] {
                for v in values {
                    *expected.entry(facet).or_default().entry(v.clone()).or_default() += 1;
                }
            }
            if let Some(sp) = &h.speaker {
                *expected.entry("speakers").or_default().entry(sp.clone()).or_default() += 1;
                // A claim's sentence, rebuilt from its offsets, holds the claim's first words.
                let (text, sentence) = (h.text.as_deref().unwrap_or(""), h.sentence.as_deref().unwrap_or(""));
                let head: String = text.chars().take(20).collect();
                assert!(!head.is_empty() && sentence.contains(&head), "{query}: {head:?} not in {sentence:?}");
            }
            if !h.source.is_empty() {
                *expected.entry("sources").or_default().entry(h.source.clone()).or_default() += 1;
            }
            if let Some(month) = h.published.as_ref().and_then(|d| d.get(..7)) {
                *expected.entry("months").or_default().entry(month.to_string()).or_default() += 1;
            }
        }
        assert!(expected.len() >= 5, "{query}: facets {:?}", expected.keys());
        for (facet, counts) in expected {
            let got: std::collections::BTreeMap<String, u64> =
                r.facets[facet].iter().map(|c| (c.value.clone(), c.count)).collect();
            assert_eq!(got, counts, "{query}: facet {facet}");
        }
    }
}
