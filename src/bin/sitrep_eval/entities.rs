//! `sitrep-eval entities`: per-article entity lists against hand-made gold lists.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use anyhow::bail;
use serde::Serialize;
use serde_json::Value;
use sitrep::extract::Extractor;
use sitrep::vocab::EntityKind;

use super::input::{load_articles, read_gold, record_id};
use super::metrics::{contains_words, fold, table, top, Counts, Names, Scores, PRF_HEADER};

/// Gold fields, their entity kinds, and whether they count in the micro average.
const TYPES: [(&str, EntityKind, bool); 4] = [
    ("people", EntityKind::Person, true),
    ("places", EntityKind::Place, true),
    ("organizations", EntityKind::Organization, true),
    ("equipment", EntityKind::Equipment, false),
];

#[derive(Serialize)]
struct Report {
    command: &'static str,
    gold: String,
    corpus: String,
    articles: usize,
    missing: Vec<String>,
    by_type: BTreeMap<&'static str, Scores>,
    /// Micro average over people, places and organizations.
    micro: Scores,
    /// Articles the extractor panicked on (counted as extracting nothing).
    extractor_panics: Vec<String>,
}

pub fn run(extractor: &Extractor, gold: &Path, corpus: &Path, json: bool, errors: bool) -> anyhow::Result<()> {
    let gold_records = read_gold(gold)?;
    let ids: Vec<String> = gold_records.iter().filter_map(record_id).collect();
    if ids.len() != gold_records.len() {
        bail!("{}: every gold record needs an `id`", gold.display());
    }
    let articles = load_articles(corpus, &ids.iter().cloned().collect::<HashSet<_>>())?;
    let names = Names::new(&extractor.vocabulary().gazetteer);

    let mut counts: BTreeMap<&'static str, Counts> = BTreeMap::new();
    let mut fp_names: BTreeMap<(&'static str, String), usize> = BTreeMap::new();
    let mut fn_names: BTreeMap<(&'static str, String), usize> = BTreeMap::new();
    let mut categories: BTreeMap<String, usize> = BTreeMap::new();
    let mut missing = Vec::new();
    let mut evaluated = 0usize;
    for (record, id) in gold_records.iter().zip(&ids) {
        let Some(article) = articles.get(id) else {
            missing.push(id.clone());
            continue;
        };
        evaluated += 1;
        let x = super::input::extract(extractor, article);
        let mut lines = Vec::new();
        for (field, kind, _) in TYPES {
            let Some(gold_list) = record.get(field) else { continue };
            let Some(gold_list) = gold_list.as_array() else { bail!("{id}: `{field}` is not a list") };
            // key -> name as shown
            let gold_set: BTreeMap<String, String> =
                gold_list.iter().filter_map(Value::as_str).map(|n| (names.key(n), n.to_string())).collect();
            let pred_set: BTreeMap<String, String> =
                x.entities.iter().filter(|e| e.kind == kind).map(|e| (names.key(&e.name), e.name.clone())).collect();
            let tp = gold_set.keys().filter(|k| pred_set.contains_key(*k)).count();
            counts.entry(field).or_default().add(Counts { gold: gold_set.len(), predicted: pred_set.len(), tp });
            let fps: Vec<&String> = pred_set.iter().filter(|(k, _)| !gold_set.contains_key(*k)).map(|p| p.1).collect();
            let fns: Vec<&String> = gold_set.iter().filter(|(k, _)| !pred_set.contains_key(*k)).map(|p| p.1).collect();
            for n in &fps {
                *fp_names.entry((field, n.to_string())).or_default() += 1;
                // A predicted name inside a missed gold name (or around it) is a boundary error.
                let f = fold(n);
                let nested = fns.iter().any(|g| contains_words(&fold(g), &f) || contains_words(&f, &fold(g)));
                let why = if nested { "part of (or around) a missed gold name" } else { "no related gold name" };
                *categories.entry(format!("{field} false positive · {why}")).or_default() += 1;
            }
            for n in &fns {
                *fn_names.entry((field, n.to_string())).or_default() += 1;
                let why = match names.kind(n) {
                    None => "not in the gazetteer".to_string(),
                    Some(k) if k == kind => "in the gazetteer, not found".to_string(),
                    Some(k) => format!("in the gazetteer as {}", k.as_str()),
                };
                *categories.entry(format!("{field} miss · {why}")).or_default() += 1;
            }
            let join = |v: &[&String]| v.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ");
            if !fps.is_empty() {
                lines.push(format!("  {field:<13} false positive: {}", join(&fps)));
            }
            if !fns.is_empty() {
                let shown: Vec<String> = fns
                    .iter()
                    .map(|n| if names.kind(n).is_some() { format!("{n} (in gazetteer)") } else { n.to_string() })
                    .collect();
                lines.push(format!("  {field:<13} missed:         {}", shown.join(", ")));
            }
        }
        if errors && !lines.is_empty() {
            println!("== {id} · {} ==", article.display_title());
            println!("{}\n", lines.join("\n"));
        }
    }
    if evaluated == 0 {
        bail!("none of the {} gold articles was found in {}", ids.len(), corpus.display());
    }
    for id in &missing {
        eprintln!("sitrep-eval: gold article {id} is not in {}", corpus.display());
    }
    if errors {
        for (title, map) in [("most frequent false positives", &fp_names), ("most frequent misses", &fn_names)] {
            println!("{title} (type: name ×articles):");
            for ((field, name), n) in top(map, 25) {
                println!("  {field:<13} {name} ×{n}");
            }
            println!();
        }
        println!("error categories:");
        for (k, n) in top(&categories, 40) {
            println!("  {n:>5}  {k}");
        }
        println!();
    }

    let mut micro = Counts::default();
    for (field, _, in_micro) in TYPES {
        if let (Some(c), true) = (counts.get(field), in_micro) {
            micro.add(*c);
        }
    }
    if json {
        let report = Report {
            command: "entities",
            gold: gold.display().to_string(),
            corpus: corpus.display().to_string(),
            articles: evaluated,
            missing,
            by_type: counts.iter().map(|(k, c)| (*k, c.scores())).collect(),
            micro: micro.scores(),
            extractor_panics: super::input::panicked(),
        };
        println!("{}", serde_json::to_string_pretty(&report)?);
        return Ok(());
    }
    println!(
        "entities · gold {} · {evaluated} articles{} · corpus {}",
        gold.display(),
        if missing.is_empty() {
            String::new()
        } else {
            format!(" ({} gold articles not in the corpus)", missing.len())
        },
        corpus.display()
    );
    let mut rows: Vec<Vec<String>> =
        TYPES.iter().filter(|t| t.2).filter_map(|t| counts.get(t.0).map(|c| c.row(t.0))).collect();
    rows.push(micro.row("micro (people+places+orgs)"));
    for (field, _, _) in TYPES.iter().filter(|t| !t.2) {
        if let Some(c) = counts.get(field) {
            rows.push(c.row(&format!("{field} (not in micro)")));
        }
    }
    print!("{}", table(&PRF_HEADER, &rows));
    super::input::print_panics();
    Ok(())
}
