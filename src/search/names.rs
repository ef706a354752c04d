//! Resolving names in queries through the gazetteer: exact aliases (case-insensitive), then small typos
//! (one edit for names of 5 to 8 letters, two for longer ones), else close names as suggestions.

use rustc_hash::FxHashMap;

use super::query::NameRef;
use crate::vocab::{EntityKind, Gazetteer};

/// Looks names up in the gazetteer, case-insensitively, by canonical name or alias, with typo tolerance.
pub struct NameResolver<'g> {
    gazetteer: &'g Gazetteer,
    by_name: &'g FxHashMap<String, usize>,
}

impl<'g> NameResolver<'g> {
    /// A resolver over a gazetteer (its name table is built on first use and kept).
    pub fn new(gazetteer: &'g Gazetteer) -> Self {
        NameResolver { gazetteer, by_name: gazetteer.name_table() }
    }

    fn make(&self, query: &str, idx: usize, corrected: bool) -> NameRef {
        let e = self.gazetteer.entry(idx);
        let mut also: Vec<String> = e.aliases.iter().filter(|a| a.is_ascii()).cloned().collect();
        also.extend(e.aliases.iter().filter(|a| !a.is_ascii()).cloned());
        NameRef {
            query: query.to_string(),
            canonical: Some(e.canonical.clone()),
            kind: Some(e.kind),
            path: self.gazetteer.path(idx),
            also,
            corrected,
            suggestions: Vec::new(),
            members: Vec::new(),
        }
    }

    /// Equipment whose description names this kind of thing (`tanks` -> Leopard 2, M1 Abrams, ...).
    pub fn category(&self, word: &str) -> Vec<String> {
        let variants = super::english_variants(&word.to_lowercase());
        let mut out = Vec::new();
        for e in self.gazetteer.entries() {
            if e.kind != EntityKind::Equipment {
                continue;
            }
            let desc = e.description.to_lowercase();
            let hit = desc.split(|c: char| !(c.is_alphanumeric() || c == '-')).any(|w| variants.iter().any(|v| v == w));
            if hit {
                out.push(e.canonical.clone());
            }
        }
        out
    }

    /// Resolves a name exactly (any kind); `None` when the gazetteer does not know it.
    pub fn exact(&self, name: &str) -> Option<NameRef> {
        let name = name.trim();
        self.by_name.get(&normalize(name)).map(|&idx| self.make(name, idx, false))
    }

    /// Resolves a name, optionally of one kind, correcting small typos (one edit for names of 5 to 8
    /// letters, two for longer ones). Unresolved names are kept as text, with suggestions.
    pub fn resolve(&self, name: &str, kind: Option<EntityKind>) -> NameRef {
        let name = name.trim();
        let key = normalize(name);
        if let Some(&idx) = self.by_name.get(&key) {
            if kind.is_none_or(|k| self.gazetteer.entry(idx).kind == k) {
                return self.make(name, idx, false);
            }
        }
        let len = key.chars().count();
        let mut scored: Vec<(usize, usize, &String)> = Vec::new();
        for (n, &idx) in self.by_name {
            if kind.is_some_and(|k| self.gazetteer.entry(idx).kind != k) {
                continue;
            }
            let nl = n.chars().count();
            if nl.abs_diff(len) > 3 {
                continue;
            }
            let d = edit_distance(&key, n, 4);
            if d <= 3 {
                scored.push((d, idx, n));
            }
        }
        scored.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.2.cmp(b.2)));
        let max_fix = match len {
            0..=4 => 0,
            5..=8 => 1,
            _ => 2,
        };
        if let Some(&(d, idx, _)) = scored.first() {
            let unique = scored.iter().take_while(|s| s.0 == d).all(|s| s.1 == idx);
            if d <= max_fix && unique {
                return self.make(name, idx, true);
            }
        }
        let mut out = NameRef::unresolved(name);
        for (_, idx, _) in scored {
            let c = &self.gazetteer.entry(idx).canonical;
            if !out.suggestions.contains(c) {
                out.suggestions.push(c.clone());
            }
            if out.suggestions.len() == 3 {
                break;
            }
        }
        out
    }
}

pub(super) fn normalize(s: &str) -> String {
    crate::vocab::gazetteer::name_key(s)
}

/// Levenshtein distance, giving up (returning `cap`) once it exceeds `cap`.
fn edit_distance(a: &str, b: &str, cap: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            row_min = row_min.min(cur[j]);
        }
        if row_min >= cap {
            return cap;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()].min(cap)
}
