//! Resolving names in queries through the gazetteer's name table: exact aliases (case-insensitive), then small
//! typos (one edit for names of 5 to 8 letters, two for longer ones), else close names as suggestions.

use super::query::NameRef;
use crate::vocab::{EntityKind, NameTable};

/// Looks names up in the gazetteer, case-insensitively, by canonical name or alias, with typo tolerance.
pub struct NameResolver<'g> {
    names: &'g NameTable,
}

impl<'g> NameResolver<'g> {
    /// A resolver over a gazetteer's name table.
    pub fn new(names: &'g NameTable) -> Self {
        NameResolver { names }
    }

    fn make(&self, query: &str, idx: usize, corrected: bool) -> NameRef {
        let e = self.names.entry(idx);
        let mut also: Vec<String> = e.aliases.iter().filter(|a| a.is_ascii()).cloned().collect();
        also.extend(e.aliases.iter().filter(|a| !a.is_ascii()).cloned());
        NameRef {
            query: query.to_string(),
            canonical: Some(e.canonical),
            kind: Some(e.kind),
            path: self.names.path(idx),
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
        for idx in 0..self.names.len() {
            if self.names.kind(idx) != EntityKind::Equipment {
                continue;
            }
            let e = self.names.entry(idx);
            let desc = e.description.to_lowercase();
            let hit = desc.split(|c: char| !(c.is_alphanumeric() || c == '-')).any(|w| variants.iter().any(|v| v == w));
            if hit {
                out.push(e.canonical);
            }
        }
        out
    }

    /// Resolves a name exactly (any kind); `None` when the gazetteer does not know it.
    pub fn exact(&self, name: &str) -> Option<NameRef> {
        let name = name.trim();
        self.names.get(name).map(|idx| self.make(name, idx, false))
    }

    /// Resolves a name, optionally of one kind, correcting small typos (one edit for names of 5 to 8
    /// letters, two for longer ones). Unresolved names are kept as text, with suggestions.
    pub fn resolve(&self, name: &str, kind: Option<EntityKind>) -> NameRef {
        let name = name.trim();
        if let Some(idx) = self.names.get(name) {
            if kind.is_none_or(|k| self.names.kind(idx) == k) {
                return self.make(name, idx, false);
            }
        }
        let key = normalize(name);
        let len = key.chars().count();
        let mut scored: Vec<(usize, usize, String)> = Vec::new();
        self.names.for_each_name(|n, idx| {
            // More than 12 bytes apart is more than 3 characters apart: skipped before counting characters.
            if n.len().abs_diff(key.len()) > 3 * 4 || kind.is_some_and(|k| self.names.kind(idx) != k) {
                return;
            }
            let nl = n.chars().count();
            if nl.abs_diff(len) > 3 {
                return;
            }
            let d = edit_distance(&key, n, 4);
            if d <= 3 {
                scored.push((d, idx, n.to_string()));
            }
        });
        scored.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.2.cmp(&b.2)));
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
            let c = self.names.canonical(idx);
            if !out.suggestions.iter().any(|s| s == c) {
                out.suggestions.push(c.to_string());
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
