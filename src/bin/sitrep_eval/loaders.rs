//! Gold claims from the two sources: the hand-made r2nery claims file and PolNeAR attribution records.

use std::collections::HashSet;
use std::path::Path;

use anyhow::{bail, Context};
use serde::Deserialize;
use serde_json::Value;
use sitrep::extract::Extractor;

use super::claims::{Doc, GoldClaim};
use super::input::{article_from_record, for_each_record, load_articles, read_gold, record_id, require};

#[derive(Deserialize)]
struct RawGoldClaim {
    #[serde(default)]
    speaker: String,
    #[serde(default)]
    speaker_kind: String,
    #[serde(default)]
    cue: String,
    #[serde(default)]
    kind: String,
    start: usize,
    end: usize,
}

/// Documents for `sitrep-eval claims`; also returns the ids not found in the corpus.
pub fn r2nery_docs(extractor: &Extractor, gold: &Path, corpus: &Path) -> anyhow::Result<(Vec<Doc>, Vec<String>)> {
    let records = read_gold(gold)?;
    let mut wanted = Vec::new();
    for r in &records {
        let Some(id) = record_id(r) else { bail!("{}: every gold record needs an `id`", gold.display()) };
        wanted.push(id);
    }
    let articles = load_articles(corpus, &wanted.iter().cloned().collect::<HashSet<_>>())?;
    let mut docs = Vec::new();
    let mut missing = Vec::new();
    for (r, id) in records.iter().zip(wanted) {
        let Some(article) = articles.get(&id) else {
            missing.push(id);
            continue;
        };
        let raw: Vec<RawGoldClaim> = serde_json::from_value(r.get("claims").cloned().unwrap_or(Value::Array(vec![])))
            .with_context(|| format!("{}: {id}: bad `claims`", gold.display()))?;
        let n = article.body.chars().count();
        let mut claims = Vec::new();
        for c in raw {
            if c.start >= c.end || c.end > n {
                bail!(
                    "{}: {id}: claim span {}..{} is outside the text ({n} characters)",
                    gold.display(),
                    c.start,
                    c.end
                );
            }
            claims.push(GoldClaim {
                start: c.start,
                end: c.end,
                speaker: c.speaker,
                speaker_kind: c.speaker_kind,
                cue: c.cue,
                kind: c.kind,
            });
        }
        docs.push(Doc::new(extractor, article, claims));
    }
    Ok((docs, missing))
}

#[derive(Deserialize)]
struct Span {
    start: usize,
    end: usize,
    #[serde(default)]
    text: String,
}

#[derive(Deserialize)]
struct Attribution {
    #[serde(default)]
    source: Vec<Vec<Span>>,
    #[serde(default)]
    cue: Vec<Vec<Span>>,
    #[serde(default)]
    content: Vec<Vec<Span>>,
}

fn joined(spans: &[Vec<Span>]) -> String {
    let mut all: Vec<&Span> = spans.iter().flatten().collect();
    all.sort_by_key(|s| s.start);
    all.iter().map(|s| s.text.trim()).filter(|t| !t.is_empty()).collect::<Vec<_>>().join(" ")
}

/// PolNeAR has no claim kinds; one is derived for the breakdown: a content opening with a quotation mark is
/// `direct`, an `according to` cue is `according_to`, the rest `indirect`.
fn derived_kind(chars: &[char], start: usize, cue: &str) -> &'static str {
    if matches!(chars.get(start), Some('"' | '“' | '”' | '\'' | '‘')) {
        "direct"
    } else if cue.to_lowercase().contains("according to") {
        "according_to"
    } else {
        "indirect"
    }
}

/// Documents for `sitrep-eval polnear`: every record of the split is its own article.
pub fn polnear_docs(
    extractor: &Extractor,
    corpus: &Path,
    split: &str,
    limit: Option<usize>,
) -> anyhow::Result<Vec<Doc>> {
    require(corpus, "corpus")?;
    let mut docs = Vec::new();
    for_each_record(corpus, |line, v| {
        let compartment = v.get("compartment").and_then(Value::as_str).unwrap_or("");
        if split != "all" && compartment != split {
            return Ok(true);
        }
        let Some(article) = article_from_record(&v, corpus, line) else { return Ok(true) };
        let attributions: Vec<Attribution> =
            serde_json::from_value(v.get("attributions").cloned().unwrap_or(Value::Array(vec![])))
                .with_context(|| format!("{}:{line}: bad `attributions`", corpus.display()))?;
        let chars: Vec<char> = article.body.chars().collect();
        let mut gold = Vec::new();
        for a in attributions {
            let content: Vec<&Span> = a.content.iter().flatten().collect();
            let (Some(start), Some(end)) = (content.iter().map(|s| s.start).min(), content.iter().map(|s| s.end).max())
            else {
                continue;
            };
            if start >= end || end > chars.len() {
                continue;
            }
            let cue = joined(&a.cue);
            gold.push(GoldClaim {
                start,
                end,
                speaker: joined(&a.source),
                speaker_kind: String::new(),
                kind: derived_kind(&chars, start, &cue).to_string(),
                cue,
            });
        }
        gold.sort_by_key(|g| (g.start, g.end));
        docs.push(Doc::new(extractor, &article, gold));
        Ok(match limit {
            Some(n) => docs.len() < n,
            None => true,
        })
    })?;
    if docs.is_empty() {
        bail!("no records with compartment {split:?} in {}", corpus.display());
    }
    Ok(docs)
}
