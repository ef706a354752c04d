//! `sitrep-eval conll`: body mentions against CoNLL-2003 gold entity spans (PER, LOC, ORG; MISC ignored).

use std::collections::{BTreeMap, BTreeSet};
use std::io::BufRead;
use std::path::Path;

use anyhow::{bail, Context};
use serde_json::json;
use sitrep::article::Article;
use sitrep::extract::{char_offset, Extractor};
use sitrep::vocab::EntityKind;

use super::input::{open_lines, require};
use super::metrics::{pct, ratio, round, table, top, Counts, PRF_HEADER};

const TYPES: [&str; 3] = ["PER", "LOC", "ORG"];

/// A span in characters with its CoNLL type.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Span {
    start: usize,
    end: usize,
    ty: String,
}

/// One document rebuilt from tokens: tokens joined by spaces, sentences by newlines.
#[derive(Default)]
struct ConllDoc {
    text: String,
    gold: Vec<Span>,
    chars: usize,
}

impl ConllDoc {
    fn push_sentence(&mut self, tokens: &[(String, String)]) {
        if tokens.is_empty() {
            return;
        }
        if !self.text.is_empty() {
            self.text.push('\n');
            self.chars += 1;
        }
        let mut open: Option<Span> = None;
        for (i, (token, tag)) in tokens.iter().enumerate() {
            if i > 0 {
                self.text.push(' ');
                self.chars += 1;
            }
            let start = self.chars;
            self.text.push_str(token);
            self.chars += token.chars().count();
            // IOB1 and IOB2 alike: B- always opens; I- continues an open span of the same type, else opens.
            let (prefix, ty) = tag.split_once('-').unwrap_or(("O", ""));
            let continues = prefix == "I" && open.as_ref().is_some_and(|s| s.ty == ty);
            if continues {
                if let Some(s) = open.as_mut() {
                    s.end = self.chars;
                }
                continue;
            }
            self.gold.extend(open.take());
            if prefix == "B" || prefix == "I" {
                open = Some(Span { start, end: self.chars, ty: ty.to_string() });
            }
        }
        self.gold.extend(open);
    }
}

fn read_docs(path: &Path) -> anyhow::Result<Vec<ConllDoc>> {
    let mut docs = Vec::new();
    let mut doc = ConllDoc::default();
    let mut sentence: Vec<(String, String)> = Vec::new();
    for (i, line) in open_lines(path)?.lines().enumerate() {
        let line = line.with_context(|| format!("reading {}", path.display()))?;
        let fields: Vec<&str> = line.split_whitespace().collect();
        if fields.first() == Some(&"-DOCSTART-") {
            doc.push_sentence(&std::mem::take(&mut sentence));
            if !doc.text.is_empty() {
                docs.push(std::mem::take(&mut doc));
            }
            continue;
        }
        match fields.as_slice() {
            [] => doc.push_sentence(&std::mem::take(&mut sentence)),
            [token, .., tag] => sentence.push((token.to_string(), tag.to_string())),
            [_] => bail!("{}:{}: expected `TOKEN ... TAG`", path.display(), i + 1),
        }
    }
    doc.push_sentence(&sentence);
    if !doc.text.is_empty() {
        docs.push(doc);
    }
    Ok(docs)
}

fn conll_type(kind: EntityKind) -> Option<&'static str> {
    match kind {
        EntityKind::Person => Some("PER"),
        EntityKind::Place => Some("LOC"),
        EntityKind::Organization => Some("ORG"),
        EntityKind::Equipment => None,
    }
}

#[derive(Default, Clone, Copy)]
struct Lenient {
    gold: usize,
    predicted: usize,
    gold_hit: usize,
    pred_hit: usize,
}

impl Lenient {
    fn p(&self) -> Option<f64> {
        ratio(self.pred_hit, self.predicted)
    }
    fn r(&self) -> Option<f64> {
        ratio(self.gold_hit, self.gold)
    }
    fn f1(&self) -> Option<f64> {
        match (self.p(), self.r()) {
            (Some(p), Some(r)) if p + r > 0.0 => Some(2.0 * p * r / (p + r)),
            (Some(_), Some(_)) => Some(0.0),
            _ => None,
        }
    }
    fn add(&mut self, o: Lenient) {
        self.gold += o.gold;
        self.predicted += o.predicted;
        self.gold_hit += o.gold_hit;
        self.pred_hit += o.pred_hit;
    }
}

fn overlaps(a: &Span, b: &Span) -> bool {
    a.start < b.end && b.start < a.end
}

/// Why a span has no exact same-type partner on the other side.
fn category(span: &Span, others: &[Span]) -> &'static str {
    if others.iter().any(|o| o.start == span.start && o.end == span.end) {
        "same span, other type"
    } else if others.iter().any(|o| o.ty == span.ty && overlaps(o, span)) {
        "boundary (overlaps same type)"
    } else if others.iter().any(|o| o.ty == "MISC" && overlaps(o, span)) {
        "overlaps MISC"
    } else if others.iter().any(|o| overlaps(o, span)) {
        "overlaps other type"
    } else {
        "nothing there"
    }
}

pub fn run(extractor: &Extractor, file: &Path, json: bool, errors: bool) -> anyhow::Result<()> {
    require(file, "CoNLL file")?;
    let docs = read_docs(file)?;
    let mut exact: BTreeMap<&str, Counts> = BTreeMap::new();
    let mut lenient: BTreeMap<&str, Lenient> = BTreeMap::new();
    let mut cats: BTreeMap<String, usize> = BTreeMap::new();
    let mut fp_text: BTreeMap<String, usize> = BTreeMap::new();
    let mut fn_text: BTreeMap<String, usize> = BTreeMap::new();
    for (n, doc) in docs.iter().enumerate() {
        let article = Article {
            id: format!("conll-{}", n + 1),
            path: file.display().to_string(),
            line: None,
            title: String::new(),
            body: doc.text.clone(),
            published: None,
            source: String::new(),
            url: String::new(),
        };
        let x = super::input::extract(extractor, &article);
        let pred: Vec<Span> = x
            .mentions
            .iter()
            .filter_map(|m| {
                let ty = conll_type(x.entities[m.entity].kind)?;
                let (start, end) = (char_offset(&doc.text, m.range.start), char_offset(&doc.text, m.range.end));
                Some(Span { start, end, ty: ty.to_string() })
            })
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let chars: Vec<char> = doc.text.chars().collect();
        let show = |s: &Span| chars[s.start..s.end].iter().collect::<String>();
        let mut lines = Vec::new();
        for ty in TYPES {
            let g: BTreeSet<&Span> = doc.gold.iter().filter(|s| s.ty == ty).collect();
            let p: BTreeSet<&Span> = pred.iter().filter(|s| s.ty == ty).collect();
            let tp = g.intersection(&p).count();
            exact.entry(ty).or_default().add(Counts { gold: g.len(), predicted: p.len(), tp });
            lenient.entry(ty).or_default().add(Lenient {
                gold: g.len(),
                predicted: p.len(),
                gold_hit: g.iter().filter(|s| p.iter().any(|o| overlaps(o, s))).count(),
                pred_hit: p.iter().filter(|s| g.iter().any(|o| overlaps(o, s))).count(),
            });
            for s in p.difference(&g) {
                let c = category(s, &doc.gold);
                *cats.entry(format!("false positive {ty} · {c}")).or_default() += 1;
                *fp_text.entry(format!("{ty} {}", show(s))).or_default() += 1;
                lines.push(format!("  FP {ty} {:?} [{c}]", show(s)));
            }
            for s in g.difference(&p) {
                let c = category(s, &pred);
                *cats.entry(format!("miss {ty} · {c}")).or_default() += 1;
                *fn_text.entry(format!("{ty} {}", show(s))).or_default() += 1;
                lines.push(format!("  FN {ty} {:?} [{c}]", show(s)));
            }
        }
        if errors && !lines.is_empty() {
            let lead: String = doc.text.split_whitespace().take(8).collect::<Vec<_>>().join(" ");
            println!("== document {} · {lead} ==\n{}\n", n + 1, lines.join("\n"));
        }
    }
    if errors {
        for (title, map, k) in [
            ("error categories", &cats, 40),
            ("most frequent false positives", &fp_text, 30),
            ("most frequent misses", &fn_text, 30),
        ] {
            println!("{title}:");
            for (key, n) in top(map, k) {
                println!("  {n:>5}  {key}");
            }
            println!();
        }
    }
    let mut micro = Counts::default();
    let mut micro_l = Lenient::default();
    for ty in TYPES {
        micro.add(exact[ty]);
        micro_l.add(lenient[ty]);
    }
    let lenient_json = |l: &Lenient| {
        json!({"gold": l.gold, "predicted": l.predicted, "gold_overlapped": l.gold_hit, "predicted_overlapping": l.pred_hit,
               "precision": l.p().map(round), "recall": l.r().map(round), "f1": l.f1().map(round)})
    };
    if json {
        let v = json!({
            "command": "conll",
            "file": file.display().to_string(),
            "documents": docs.len(),
            "extractor_panics": super::input::panicked(),
            "exact": TYPES.iter().map(|t| (t.to_string(), json!(exact[t].scores()))).chain([("micro".to_string(), json!(micro.scores()))]).collect::<serde_json::Map<_, _>>(),
            "lenient": TYPES.iter().map(|t| (t.to_string(), lenient_json(&lenient[t]))).chain([("micro".to_string(), lenient_json(&micro_l))]).collect::<serde_json::Map<_, _>>(),
        });
        println!("{}", serde_json::to_string_pretty(&v)?);
        return Ok(());
    }
    println!("conll · gold {} · {} documents · exact span match (MISC ignored)", file.display(), docs.len());
    let mut rows: Vec<Vec<String>> = TYPES.iter().map(|t| exact[t].row(t)).collect();
    rows.push(micro.row("micro"));
    print!("{}", table(&PRF_HEADER, &rows));
    println!("\nlenient: a prediction is right when it overlaps a gold span of the same type");
    let row = |label: &str, l: &Lenient| {
        vec![
            label.to_string(),
            l.gold.to_string(),
            l.predicted.to_string(),
            l.gold_hit.to_string(),
            l.pred_hit.to_string(),
            pct(l.p()),
            pct(l.r()),
            pct(l.f1()),
        ]
    };
    let mut rows: Vec<Vec<String>> = TYPES.iter().map(|t| row(t, &lenient[t])).collect();
    rows.push(row("micro", &micro_l));
    print!("{}", table(&["", "gold", "pred", "gold hit", "pred hit", "P", "R", "F1"], &rows));
    super::input::print_panics();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn iob1_and_iob2_spans_with_char_offsets() {
        let mut d = ConllDoc::default();
        // IOB1: I- opens; B- separates two adjacent entities of one type.
        d.push_sentence(&sentence(&[("Über", "I-PER"), ("Smith", "I-PER"), ("Jones", "B-PER"), ("in", "O")]));
        // IOB2.
        d.push_sentence(&sentence(&[("New", "B-LOC"), ("York", "I-LOC"), ("Times", "I-ORG")]));
        assert_eq!(d.text, "Über Smith Jones in\nNew York Times");
        let spans: Vec<(usize, usize, &str)> = d.gold.iter().map(|s| (s.start, s.end, s.ty.as_str())).collect();
        assert_eq!(spans, vec![(0, 10, "PER"), (11, 16, "PER"), (20, 28, "LOC"), (29, 34, "ORG")]);
    }
}
