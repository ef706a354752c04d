//! Claim evaluation shared by `sitrep-eval claims` (hand-made r2nery gold) and `sitrep-eval polnear`
//! (PolNeAR attributions): span matching, speaker accuracy, per-kind breakdowns and error listings.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::json;
use sitrep::article::Article;
use sitrep::extract::{char_offset, Extractor};

use super::metrics::{contains_words, excerpt, fold, pct, ratio, round, table, top, Counts, Names, PRF_HEADER};

/// A predicted content span must overlap a gold one by this share of the longer span.
pub const MIN_OVERLAP: f64 = 0.3;

/// A gold claim; offsets are characters into the body.
#[derive(Debug, Clone)]
pub struct GoldClaim {
    pub start: usize,
    pub end: usize,
    pub speaker: String,
    /// `person`, `organization`, `place`, `unnamed`; empty when the gold set has no kinds (PolNeAR).
    pub speaker_kind: String,
    pub cue: String,
    pub kind: String,
}

/// A predicted claim; offsets are characters into the body.
#[derive(Debug, Clone)]
pub struct PredClaim {
    pub start: usize,
    pub end: usize,
    pub speaker: String,
    pub speaker_as_written: String,
    pub speaker_kind: &'static str,
    pub cue: String,
    pub kind: &'static str,
}

/// One evaluated article.
pub struct Doc {
    pub id: String,
    pub title: String,
    pub chars: Vec<char>,
    pub gold: Vec<GoldClaim>,
    pub pred: Vec<PredClaim>,
    /// Names of the entities the extractor found in the article (to tell why a claim was missed).
    pub entities: Vec<String>,
    /// Per gold claim: whether a word of its cue is one of the vocabulary's reporting verbs.
    pub cue_known: Vec<bool>,
}

impl Doc {
    /// Runs the extractor on the article and converts its claims to character offsets.
    pub fn new(extractor: &Extractor, article: &Article, gold: Vec<GoldClaim>) -> Doc {
        let body = article.body.as_str();
        let x = super::input::extract(extractor, article);
        let entities = x.entities.iter().map(|e| e.name.clone()).collect();
        let verbs = &extractor.vocabulary().verbs;
        let cue_known = gold
            .iter()
            .map(|g| {
                let cue = g.cue.to_lowercase();
                cue.contains("according to")
                    || cue.split(|c: char| !c.is_alphanumeric()).any(|w| !w.is_empty() && verbs.get(w).is_some())
            })
            .collect();
        let pred = x
            .claims
            .into_iter()
            .map(|c| PredClaim {
                start: char_offset(body, c.content.start),
                end: char_offset(body, c.content.end),
                speaker: c.speaker,
                speaker_as_written: c.speaker_text,
                speaker_kind: c.speaker_kind.as_str(),
                cue: c.cue,
                kind: c.kind.as_str(),
            })
            .collect();
        Doc {
            id: article.id.clone(),
            title: article.display_title(),
            chars: body.chars().collect(),
            gold,
            pred,
            entities,
            cue_known,
        }
    }
}

/// How a matched pair's speaker is judged.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum SpeakerRule {
    /// Gold speakers are names: equal after resolution and folding; unnamed descriptions may contain each other.
    Names,
    /// Gold speakers are source text (PolNeAR): the text contains the predicted name (or the reverse), or the
    /// predicted speaker's last word.
    SourceText,
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// Overlap as a share of the longer span.
fn overlap_share(g: &GoldClaim, p: &PredClaim) -> f64 {
    let longer = (g.end - g.start).max(p.end - p.start).max(1);
    overlap((g.start, g.end), (p.start, p.end)) as f64 / longer as f64
}

/// One-to-one greedy matching by largest overlap (in characters); returns, per gold claim, its prediction.
pub fn match_claims(gold: &[GoldClaim], pred: &[PredClaim]) -> Vec<Option<usize>> {
    let mut pairs = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (pi, p) in pred.iter().enumerate() {
            let o = overlap((g.start, g.end), (p.start, p.end));
            if o > 0 && overlap_share(g, p) >= MIN_OVERLAP {
                pairs.push((o, gi, pi));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut by_gold = vec![None; gold.len()];
    let mut used = vec![false; pred.len()];
    for (_, gi, pi) in pairs {
        if by_gold[gi].is_none() && !used[pi] {
            by_gold[gi] = Some(pi);
            used[pi] = true;
        }
    }
    by_gold
}

/// Whether the predicted speaker is right; `None` when the gold has no speaker to compare with.
pub fn speaker_ok(rule: SpeakerRule, names: &Names, g: &GoldClaim, p: &PredClaim) -> Option<bool> {
    match rule {
        SpeakerRule::Names => {
            if g.speaker.trim().is_empty() {
                return None;
            }
            if names.key(&g.speaker) == names.key(&p.speaker) {
                return Some(true);
            }
            let unnamed = g.speaker_kind == "unnamed" || p.speaker_kind == "unnamed";
            let (a, b) = (fold(&g.speaker), fold(&p.speaker));
            Some(unnamed && (contains_words(&a, &b) || contains_words(&b, &a)))
        }
        SpeakerRule::SourceText => {
            let source = fold(&g.speaker);
            if source.is_empty() {
                return None;
            }
            let canonical = fold(&p.speaker);
            let written = fold(&p.speaker_as_written);
            let either = |n: &str| contains_words(&source, n) || contains_words(n, &source);
            let surname = canonical.split_whitespace().next_back().unwrap_or("");
            Some(either(&canonical) || either(&written) || contains_words(&source, surname))
        }
    }
}

#[derive(Default, Serialize)]
struct GoldKind {
    gold: usize,
    matched: usize,
    speaker_evaluated: usize,
    speaker_correct: usize,
}

#[derive(Default, Serialize)]
struct PredKind {
    predicted: usize,
    matched: usize,
}

/// Evaluates the documents, prints `--errors` listings when asked, then the table or JSON.
/// `meta` (an object: command, gold file, corpus, split) is merged into the JSON output.
pub fn report(
    docs: &[Doc],
    rule: SpeakerRule,
    names: &Names,
    header: &str,
    meta: serde_json::Value,
    json: bool,
    errors: bool,
) {
    let mut counts = Counts::default();
    let (mut sp_eval, mut sp_ok, mut kind_ok) = (0usize, 0usize, 0usize);
    let mut by_gold: BTreeMap<String, GoldKind> = BTreeMap::new();
    let mut by_pred: BTreeMap<String, PredKind> = BTreeMap::new();
    // Error categories for --errors.
    let mut miss_by: BTreeMap<String, usize> = BTreeMap::new();
    let mut miss_cue: BTreeMap<String, usize> = BTreeMap::new();
    let mut miss_speaker: BTreeMap<String, usize> = BTreeMap::new();
    let mut miss_cue_class: BTreeMap<String, usize> = BTreeMap::new();
    let mut fa_by: BTreeMap<String, usize> = BTreeMap::new();
    let mut fa_cue: BTreeMap<String, usize> = BTreeMap::new();
    let mut speaker_err: BTreeMap<String, usize> = BTreeMap::new();

    for doc in docs {
        let matching = match_claims(&doc.gold, &doc.pred);
        let mut pred_used = vec![false; doc.pred.len()];
        let entity_keys: std::collections::HashSet<String> = doc.entities.iter().map(|n| names.key(n)).collect();
        let mut lines = Vec::new();
        counts.add(Counts { gold: doc.gold.len(), predicted: doc.pred.len(), tp: matching.iter().flatten().count() });
        for ((g, m), cue_known) in doc.gold.iter().zip(&matching).zip(&doc.cue_known) {
            let k = by_gold.entry(g.kind.clone()).or_default();
            k.gold += 1;
            let Some(pi) = *m else {
                let best = doc.pred.iter().map(|p| overlap_share(g, p)).fold(0.0, f64::max);
                let why = if best > 0.0 { "partial overlap" } else { "no overlapping prediction" };
                *miss_by.entry(format!("{} · {why}", g.kind)).or_default() += 1;
                let speaker = match g.speaker_kind.as_str() {
                    "" => "source text",
                    "unnamed" => "unnamed speaker",
                    _ if entity_keys.contains(&names.key(&g.speaker)) => "named speaker, extracted as an entity",
                    _ => "named speaker, not extracted as an entity",
                };
                *miss_speaker.entry(format!("{} · {speaker}", g.kind)).or_default() += 1;
                *miss_cue.entry(fold(&g.cue)).or_default() += 1;
                let cue_class = match (g.cue.trim().is_empty(), cue_known) {
                    (true, _) => "no cue in the gold",
                    (false, true) => "cue is a reporting verb",
                    (false, false) => "cue is not in reporting-verbs.tsv",
                };
                *miss_cue_class.entry(format!("{} · {cue_class}", g.kind)).or_default() += 1;
                lines.push(format!(
                    "  MISS  [{}] {} ({}) cue {:?}{} · {speaker}\n        {}",
                    g.kind,
                    g.speaker,
                    if g.speaker_kind.is_empty() { "source" } else { &g.speaker_kind },
                    g.cue,
                    if best > 0.0 { format!(" · best overlap {:.0}%", best * 100.0) } else { String::new() },
                    excerpt(&doc.chars, g.start, g.end)
                ));
                continue;
            };
            pred_used[pi] = true;
            let p = &doc.pred[pi];
            k.matched += 1;
            by_pred.entry(p.kind.to_string()).or_default().matched += 1;
            if p.kind == g.kind {
                kind_ok += 1;
            }
            if let Some(ok) = speaker_ok(rule, names, g, p) {
                k.speaker_evaluated += 1;
                sp_eval += 1;
                if ok {
                    k.speaker_correct += 1;
                    sp_ok += 1;
                } else {
                    let gk = if g.speaker_kind.is_empty() { "source" } else { &g.speaker_kind };
                    *speaker_err.entry(format!("gold {gk} -> predicted {}", p.speaker_kind)).or_default() += 1;
                    lines.push(format!(
                        "  SPEAKER gold {:?} ({gk}) / predicted {:?} ({}, as written {:?}) cue {:?}\n        {}",
                        g.speaker,
                        p.speaker,
                        p.speaker_kind,
                        p.speaker_as_written,
                        p.cue,
                        excerpt(&doc.chars, p.start, p.end)
                    ));
                }
            }
        }
        for (p, used) in doc.pred.iter().zip(&pred_used) {
            by_pred.entry(p.kind.to_string()).or_default().predicted += 1;
            if *used {
                continue;
            }
            let best = doc.gold.iter().map(|g| overlap_share(g, p)).fold(0.0, f64::max);
            let why = if best > 0.0 { "partial overlap with gold" } else { "no overlapping gold" };
            *fa_by.entry(format!("{} · {why}", p.kind)).or_default() += 1;
            *fa_cue.entry(fold(&p.cue)).or_default() += 1;
            lines.push(format!(
                "  FALSE [{}] {} ({}, as written {:?}) cue {:?}{}\n        {}",
                p.kind,
                p.speaker,
                p.speaker_kind,
                p.speaker_as_written,
                p.cue,
                if best > 0.0 { format!(" · best overlap {:.0}%", best * 100.0) } else { String::new() },
                excerpt(&doc.chars, p.start, p.end)
            ));
        }
        if errors && !lines.is_empty() {
            println!("== {} · {} ==\n{}\n", doc.id, doc.title, lines.join("\n"));
        }
    }
    if errors {
        let sections: [(&str, &BTreeMap<String, usize>); 7] = [
            ("misses by gold kind", &miss_by),
            ("misses by gold speaker", &miss_speaker),
            ("misses by gold cue class", &miss_cue_class),
            ("misses by gold cue", &miss_cue),
            ("false alarms by predicted kind", &fa_by),
            ("false alarms by predicted cue", &fa_cue),
            ("speaker errors on matched pairs", &speaker_err),
        ];
        for (title, map) in sections {
            println!("{title} ({} in all):", map.values().sum::<usize>());
            for (k, n) in top(map, 20) {
                println!("  {n:>5}  {}", if k.is_empty() { "(no cue)" } else { &k });
            }
            println!();
        }
    }

    if json {
        let mut value = json!({
            "claims": counts.scores(),
            "speaker": {"evaluated": sp_eval, "correct": sp_ok, "accuracy": ratio(sp_ok, sp_eval).map(round)},
            "kind_agreement": {"matched": counts.tp, "same_kind": kind_ok, "accuracy": ratio(kind_ok, counts.tp).map(round)},
            "by_gold_kind": by_gold.iter().map(|(k, s)| (k.clone(), json!({
                "gold": s.gold, "matched": s.matched, "recall": ratio(s.matched, s.gold).map(round),
                "speaker_evaluated": s.speaker_evaluated, "speaker_correct": s.speaker_correct,
                "speaker_accuracy": ratio(s.speaker_correct, s.speaker_evaluated).map(round),
            }))).collect::<serde_json::Map<_, _>>(),
            "by_predicted_kind": by_pred.iter().map(|(k, s)| (k.clone(), json!({
                "predicted": s.predicted, "matched": s.matched, "precision": ratio(s.matched, s.predicted).map(round),
            }))).collect::<serde_json::Map<_, _>>(),
            "min_overlap": MIN_OVERLAP,
        });
        value["header"] = json!(header);
        for (k, v) in meta.as_object().into_iter().flatten() {
            value[k] = v.clone();
        }
        value["articles"] = json!(docs.len());
        value["extractor_panics"] = json!(super::input::panicked());
        println!("{}", serde_json::to_string_pretty(&value).expect("JSON values serialize"));
        return;
    }
    println!("{header}");
    print!("{}", table(&PRF_HEADER, &[counts.row("claims")]));
    println!(
        "speaker accuracy on matched pairs: {sp_ok}/{sp_eval} = {}%   kind agreement: {kind_ok}/{} = {}%",
        pct(ratio(sp_ok, sp_eval)),
        counts.tp,
        pct(ratio(kind_ok, counts.tp))
    );
    println!();
    let rows: Vec<Vec<String>> = by_gold
        .iter()
        .map(|(k, s)| {
            vec![
                k.clone(),
                s.gold.to_string(),
                s.matched.to_string(),
                pct(ratio(s.matched, s.gold)),
                pct(ratio(s.speaker_correct, s.speaker_evaluated)),
            ]
        })
        .collect();
    print!("{}", table(&["gold kind", "gold", "matched", "R", "speaker acc"], &rows));
    println!();
    let rows: Vec<Vec<String>> = by_pred
        .iter()
        .map(|(k, s)| {
            vec![k.clone(), s.predicted.to_string(), s.matched.to_string(), pct(ratio(s.matched, s.predicted))]
        })
        .collect();
    print!("{}", table(&["predicted kind", "pred", "matched", "P"], &rows));
    super::input::print_panics();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(start: usize, end: usize) -> GoldClaim {
        GoldClaim {
            start,
            end,
            speaker: String::new(),
            speaker_kind: String::new(),
            cue: String::new(),
            kind: "direct".into(),
        }
    }

    fn p(start: usize, end: usize) -> PredClaim {
        PredClaim {
            start,
            end,
            speaker: "Jane Roe".into(),
            speaker_as_written: "she".into(),
            speaker_kind: "person",
            cue: "said".into(),
            kind: "direct",
        }
    }

    #[test]
    fn greedy_one_to_one_by_largest_overlap() {
        // pred 0 overlaps gold 0 (50 chars) and gold 1 (40 chars); pred 1 overlaps only gold 1 (30 chars).
        let gold = [g(0, 100), g(100, 160)];
        let pred = [p(50, 140), p(130, 160)];
        assert_eq!(match_claims(&gold, &pred), vec![Some(0), Some(1)]);
        // Below 30% of the longer span: no match.
        assert_eq!(match_claims(&[g(0, 100)], &[p(80, 120)]), vec![None]);
    }
}
