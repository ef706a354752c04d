//! Shared pieces: name normalization, precision/recall/F1, aligned tables, excerpts.

use serde::Serialize;
use sitrep::search::NameResolver;
use sitrep::vocab::{Gazetteer, NameTable};

/// Case-folds and straightens apostrophes and quotes, collapses whitespace.
pub fn fold(s: &str) -> String {
    let s: String = s
        .chars()
        .map(|c| match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' => '\'',
            c => c,
        })
        .collect();
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// Names compared the same way on both sides: resolved through the gazetteer (an alias becomes its canonical
/// name), then folded.
pub struct Names {
    table: NameTable,
}

impl Names {
    pub fn new(gazetteer: &Gazetteer) -> Self {
        Names { table: NameTable::build(gazetteer) }
    }

    /// The gazetteer entry's canonical name and kind for a name, trying it as written, with apostrophes
    /// straightened, and without a leading "the" ("The Associated Press").
    fn lookup(&self, name: &str) -> Option<(String, Option<sitrep::vocab::EntityKind>)> {
        let folded = fold(name);
        let bare = folded.strip_prefix("the ").unwrap_or(&folded).to_string();
        [name.trim().to_string(), folded.clone(), bare].iter().find_map(|n| {
            let r = NameResolver::new(&self.table).exact(n)?;
            r.canonical.map(|c| (c, r.kind))
        })
    }

    /// The gazetteer kind of a name, when the gazetteer knows it.
    pub fn kind(&self, name: &str) -> Option<sitrep::vocab::EntityKind> {
        self.lookup(name).and_then(|(_, k)| k)
    }

    /// The comparison key: the folded canonical name, or the folded name without a leading "the".
    pub fn key(&self, name: &str) -> String {
        match self.lookup(name) {
            Some((canonical, _)) => fold(&canonical),
            None => {
                let folded = fold(name);
                folded.strip_prefix("the ").map(str::to_string).unwrap_or(folded)
            }
        }
    }
}

/// True when `needle` occurs in `hay` on word boundaries (both already folded).
pub fn contains_words(hay: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    hay.match_indices(needle).any(|(i, _)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Gold, predicted and true-positive counts.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    pub gold: usize,
    pub predicted: usize,
    pub tp: usize,
}

/// Counts with their scores, for JSON (`null` where a denominator is zero).
#[derive(Debug, Serialize)]
pub struct Scores {
    pub gold: usize,
    pub predicted: usize,
    pub tp: usize,
    pub precision: Option<f64>,
    pub recall: Option<f64>,
    pub f1: Option<f64>,
}

pub fn ratio(num: usize, den: usize) -> Option<f64> {
    (den > 0).then(|| num as f64 / den as f64)
}

impl Counts {
    pub fn add(&mut self, other: Counts) {
        self.gold += other.gold;
        self.predicted += other.predicted;
        self.tp += other.tp;
    }

    pub fn precision(&self) -> Option<f64> {
        ratio(self.tp, self.predicted)
    }

    pub fn recall(&self) -> Option<f64> {
        ratio(self.tp, self.gold)
    }

    pub fn f1(&self) -> Option<f64> {
        ratio(2 * self.tp, self.gold + self.predicted)
    }

    pub fn scores(&self) -> Scores {
        Scores {
            gold: self.gold,
            predicted: self.predicted,
            tp: self.tp,
            precision: self.precision().map(round),
            recall: self.recall().map(round),
            f1: self.f1().map(round),
        }
    }

    /// Table row: label, gold, predicted, TP, P, R, F1.
    pub fn row(&self, label: &str) -> Vec<String> {
        vec![
            label.to_string(),
            self.gold.to_string(),
            self.predicted.to_string(),
            self.tp.to_string(),
            pct(self.precision()),
            pct(self.recall()),
            pct(self.f1()),
        ]
    }
}

/// Header matching [`Counts::row`].
pub const PRF_HEADER: [&str; 7] = ["", "gold", "pred", "TP", "P", "R", "F1"];

/// Four decimals, so JSON stays short and stable.
pub fn round(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// A score as a percentage with one decimal, `-` when undefined.
pub fn pct(x: Option<f64>) -> String {
    x.map_or_else(|| "-".to_string(), |x| format!("{:.1}", x * 100.0))
}

/// An aligned text table: the first column left-aligned, the others right-aligned.
pub fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let cols = header.len();
    let mut width = vec![0usize; cols];
    for row in std::iter::once(header.iter().map(|s| s.to_string()).collect::<Vec<_>>()).chain(rows.iter().cloned()) {
        for (i, cell) in row.iter().enumerate().take(cols) {
            width[i] = width[i].max(cell.chars().count());
        }
    }
    let line = |row: &[String]| {
        let mut out = String::new();
        for (i, cell) in row.iter().enumerate().take(cols) {
            let pad = width[i] - cell.chars().count();
            if i == 0 {
                out.push_str(cell);
                out.push_str(&" ".repeat(pad));
            } else {
                out.push_str("  ");
                out.push_str(&" ".repeat(pad));
                out.push_str(cell);
            }
        }
        out.trim_end().to_string() + "\n"
    };
    let mut out = line(&header.iter().map(|s| s.to_string()).collect::<Vec<_>>());
    out.push_str(&"-".repeat(width.iter().sum::<usize>() + 2 * (cols - 1)));
    out.push('\n');
    for row in rows {
        out.push_str(&line(row));
    }
    out
}

/// `chars[start..end]` with some context either side, on one line: `…before ⟦span⟧ after…`; long spans are
/// shortened in the middle.
pub fn excerpt(chars: &[char], start: usize, end: usize) -> String {
    const CONTEXT: usize = 60;
    const MAX_SPAN: usize = 300;
    let start = start.min(chars.len());
    let end = end.clamp(start, chars.len());
    let flat = |s: &[char]| s.iter().map(|&c| if c.is_whitespace() { ' ' } else { c }).collect::<String>();
    let left = start.saturating_sub(CONTEXT);
    let right = (end + CONTEXT).min(chars.len());
    let span = if end - start > MAX_SPAN {
        format!("{} … {}", flat(&chars[start..start + MAX_SPAN / 2]), flat(&chars[end - MAX_SPAN / 2..end]))
    } else {
        flat(&chars[start..end])
    };
    format!(
        "{}{}⟦{}⟧{}{}",
        if left > 0 { "…" } else { "" },
        flat(&chars[left..start]),
        span,
        flat(&chars[end..right]),
        if right < chars.len() { "…" } else { "" }
    )
}

/// The `n` most frequent items of a count map, most frequent first (ties by name).
pub fn top<K: Clone + Ord>(counts: &std::collections::BTreeMap<K, usize>, n: usize) -> Vec<(K, usize)> {
    let mut items: Vec<(K, usize)> = counts.iter().map(|(k, v)| (k.clone(), *v)).collect();
    items.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    items.truncate(n);
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_and_words() {
        assert_eq!(fold("  People’s  Republic "), "people's republic");
        assert!(contains_words("president barack obama", "obama"));
        assert!(!contains_words("the white house", "he"));
        assert!(!contains_words("x", ""));
    }

    #[test]
    fn scores() {
        let c = Counts { gold: 4, predicted: 2, tp: 1 };
        assert_eq!(c.precision(), Some(0.5));
        assert_eq!(c.recall(), Some(0.25));
        assert_eq!(Counts::default().precision(), None);
        let t = table(&["", "n"], &[vec!["a".into(), "10".into()], vec!["bb".into(), "2".into()]]);
        assert_eq!(t, "     n\n------\na   10\nbb   2\n");
    }
}
