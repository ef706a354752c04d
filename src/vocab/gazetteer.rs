//! The gazetteer: known people, places, organizations and equipment with their aliases and, for places,
//! their parents. Format: `schema/gazetteer/FORMAT.md`.

use rustc_hash::FxHashMap;
use std::fmt;
use std::path::Path;

use serde::Serialize;

use crate::error::{Error, Result};

/// The four kinds of entity sitrep knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A named individual.
    Person,
    /// A country, region, city, town, village, sea or river.
    Place,
    /// A government body, armed unit, company, outlet or international body.
    Organization,
    /// A weapon or system.
    Equipment,
}

impl EntityKind {
    /// All kinds, in facet order.
    pub const ALL: [EntityKind; 4] =
        [EntityKind::Person, EntityKind::Place, EntityKind::Organization, EntityKind::Equipment];

    /// The name used in files, facets and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Place => "place",
            EntityKind::Organization => "organization",
            EntityKind::Equipment => "equipment",
        }
    }

    /// Parses a kind name as written in gazetteer files.
    pub fn parse(s: &str) -> Option<EntityKind> {
        match s {
            "person" => Some(EntityKind::Person),
            "place" => Some(EntityKind::Place),
            "organization" | "organisation" => Some(EntityKind::Organization),
            "equipment" => Some(EntityKind::Equipment),
            _ => None,
        }
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One gazetteer entry.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Kind of entity.
    pub kind: EntityKind,
    /// Name shown everywhere.
    pub canonical: String,
    /// Index of the containing place (places only).
    pub parent: Option<usize>,
    /// Other surface forms.
    pub aliases: Vec<String>,
    /// Role and years, renaming, type: free text.
    pub description: String,
}

/// A name as the name table keys it: trimmed, lower-cased, with straight apostrophes. Built in one allocation (a
/// fresh `sitrep search` builds ~19,000 of them before it can answer).
pub fn name_key(name: &str) -> String {
    let name = name.trim();
    let mut key = String::with_capacity(name.len());
    for c in name.chars() {
        match c {
            '’' => key.push('\''),
            c if c.is_ascii() => key.push(c.to_ascii_lowercase()),
            c => key.extend(c.to_lowercase()),
        }
    }
    key
}

/// All known entities, with lookup by canonical name.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    entries: Vec<Entry>,
    by_canonical: FxHashMap<(EntityKind, String), usize>,
    /// Parent names still to resolve: (entry, parent name, file, line).
    pending_parents: Vec<(usize, String, String, usize)>,
    /// Every name and alias, lower-cased -> entry; built on first use (query resolution), then shared.
    names: std::sync::OnceLock<FxHashMap<String, usize>>,
}

impl Gazetteer {
    /// All entries.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry at an index.
    pub fn entry(&self, idx: usize) -> &Entry {
        &self.entries[idx]
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Every name and alias, lower-cased with straight apostrophes, mapped to its entry (the first entry
    /// wins a name two entries share). Built once per gazetteer.
    pub fn name_table(&self) -> &FxHashMap<String, usize> {
        self.names.get_or_init(|| {
            let names = self.entries.iter().map(|e| 1 + e.aliases.len()).sum();
            let mut by_name = FxHashMap::with_capacity_and_hasher(names, Default::default());
            for (idx, e) in self.entries.iter().enumerate() {
                for n in std::iter::once(&e.canonical).chain(e.aliases.iter()) {
                    by_name.entry(name_key(n)).or_insert(idx);
                }
            }
            by_name
        })
    }

    /// Looks an entry up by kind and canonical name.
    pub fn find(&self, kind: EntityKind, canonical: &str) -> Option<usize> {
        self.by_canonical.get(&(kind, canonical.to_string())).copied()
    }

    /// Adds the entries of a sitrep TSV gazetteer. `path` is used in error messages. A later entry with the
    /// same kind and canonical name merges its aliases into the earlier one (so a user file can extend the
    /// built-in list).
    pub fn add_tsv(&mut self, text: &str, path: &Path) -> Result<()> {
        for (i, line) in text.lines().enumerate() {
            let line_no = i + 1;
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |reason: String| Error::Vocabulary { path: path.to_path_buf(), line: line_no, reason };
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() != 5 {
                return Err(err(format!(
                    "expected 5 tab-separated columns (kind, canonical, parent, aliases, description), found {}",
                    cols.len()
                )));
            }
            let kind = EntityKind::parse(cols[0].trim()).ok_or_else(|| {
                err(format!("unknown kind {:?} (expected person, place, organization or equipment)", cols[0].trim()))
            })?;
            let canonical = cols[1].trim();
            if canonical.is_empty() {
                return Err(err("empty canonical name".to_string()));
            }
            let parent = cols[2].trim();
            if !parent.is_empty() && kind != EntityKind::Place {
                return Err(err(format!("only places have a parent, this is a {kind}")));
            }
            let aliases: Vec<String> = cols[3]
                .split('|')
                .map(str::trim)
                .filter(|a| !a.is_empty() && *a != canonical)
                .map(str::to_string)
                .collect();
            let idx = self.upsert(kind, canonical, aliases, cols[4].trim());
            if !parent.is_empty() {
                self.pending_parents.push((idx, parent.to_string(), path.display().to_string(), line_no));
            }
        }
        Ok(())
    }

    fn upsert(&mut self, kind: EntityKind, canonical: &str, aliases: Vec<String>, description: &str) -> usize {
        self.names = std::sync::OnceLock::new();
        let key = (kind, canonical.to_string());
        if let Some(&idx) = self.by_canonical.get(&key) {
            let entry = &mut self.entries[idx];
            for a in aliases {
                if !entry.aliases.contains(&a) {
                    entry.aliases.push(a);
                }
            }
            if entry.description.is_empty() {
                entry.description = description.to_string();
            }
            return idx;
        }
        let idx = self.entries.len();
        self.entries.push(Entry {
            kind,
            canonical: canonical.to_string(),
            parent: None,
            aliases,
            description: description.to_string(),
        });
        self.by_canonical.insert(key, idx);
        idx
    }

    /// Adds places from a GeoNames dump (`geonameid, name, asciiname, alternatenames, lat, lon, feature
    /// class, feature code, country code, cc2, admin1, ...`, tab-separated). Populated places (class `P`)
    /// and first-level divisions (`A`/`ADM1`) are added under their country, found through `countries`
    /// (ISO code -> canonical name, `schema/country-codes.tsv`). A name the gazetteer already has keeps its
    /// entry and gains the GeoNames spellings as aliases.
    pub fn add_geonames(&mut self, text: &str, path: &Path, countries: &FxHashMap<String, String>) -> Result<()> {
        for (i, line) in text.lines().enumerate() {
            let line_no = i + 1;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 11 {
                return Err(Error::Vocabulary {
                    path: path.to_path_buf(),
                    line: line_no,
                    reason: format!(
                        "GeoNames line has {} columns, expected at least 11 (geonameid, name, asciiname, alternatenames, ...)",
                        cols.len()
                    ),
                });
            }
            let (class, code, cc) = (cols[6], cols[7], cols[8]);
            if !(class == "P" || (class == "A" && code == "ADM1")) {
                continue;
            }
            let name = cols[1].trim();
            if name.is_empty() {
                continue;
            }
            let mut aliases: Vec<String> = Vec::new();
            let ascii = cols[2].trim();
            if !ascii.is_empty() && ascii != name {
                aliases.push(ascii.to_string());
            }
            // Alternate names include airport codes, links and lower-case junk: keep capitalised words only.
            for alt in cols[3].split(',') {
                let alt = alt.trim();
                if alt.chars().count() > 2
                    && alt.chars().next().is_some_and(char::is_uppercase)
                    && !alt.contains("http")
                    && alt != name
                    && !aliases.iter().any(|a| a == alt)
                {
                    aliases.push(alt.to_string());
                }
            }
            let existing = self.find(EntityKind::Place, name);
            let idx = self.upsert(EntityKind::Place, name, aliases, &format!("GeoNames {class}.{code} {cc}"));
            if existing.is_none() {
                self.entries[idx].parent = countries.get(cc).and_then(|c| self.find(EntityKind::Place, c));
            }
        }
        Ok(())
    }

    /// Resolves parent names to entries and checks for cycles. Call after all files are added.
    pub fn resolve_parents(&mut self) -> Result<()> {
        for (idx, parent, file, line) in std::mem::take(&mut self.pending_parents) {
            let Some(p) = self.find(EntityKind::Place, &parent) else {
                return Err(Error::Vocabulary {
                    path: file.into(),
                    line,
                    reason: format!("parent {parent:?} is not a place in the gazetteer"),
                });
            };
            self.entries[idx].parent = Some(p);
        }
        for idx in 0..self.entries.len() {
            let mut seen = 0;
            let mut cur = self.entries[idx].parent;
            while let Some(p) = cur {
                seen += 1;
                if seen > 16 {
                    return Err(Error::Vocabulary {
                        path: "gazetteer".into(),
                        line: 0,
                        reason: format!("parent chain of {:?} loops", self.entries[idx].canonical),
                    });
                }
                cur = self.entries[p].parent;
            }
        }
        Ok(())
    }

    /// The facet path of an entry below its kind: `["Ukraine", "Donetsk Oblast", "Bakhmut"]`.
    pub fn path(&self, idx: usize) -> Vec<String> {
        let mut path = vec![self.entries[idx].canonical.clone()];
        let mut cur = self.entries[idx].parent;
        while let Some(p) = cur {
            path.push(self.entries[p].canonical.clone());
            cur = self.entries[p].parent;
        }
        path.reverse();
        path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gaz(text: &str) -> Result<Gazetteer> {
        let mut g = Gazetteer::default();
        g.add_tsv(text, Path::new("g.tsv"))?;
        g.resolve_parents()?;
        Ok(g)
    }

    #[test]
    fn hierarchy_paths() {
        let g = gaz("place\tUkraine\t\t\tcountry\nplace\tDonetsk Oblast\tUkraine\tDonetsk region\toblast\nplace\tBakhmut\tDonetsk Oblast\tArtemivsk\tcity\n").unwrap();
        let b = g.find(EntityKind::Place, "Bakhmut").unwrap();
        assert_eq!(g.path(b), ["Ukraine", "Donetsk Oblast", "Bakhmut"]);
    }

    #[test]
    fn bad_lines_name_file_and_line() {
        let e = gaz("# header\nperson\tJohn Kirby\t\tKirby\n").unwrap_err();
        assert!(e.to_string().starts_with("g.tsv:2: expected 5 tab-separated columns"), "{e}");
        let e = gaz("weapon\tHIMARS\t\t\t\n").unwrap_err();
        assert!(e.to_string().starts_with("g.tsv:1: unknown kind \"weapon\""), "{e}");
        let e = gaz("place\tBakhmut\tNowhere\t\t\n").unwrap_err();
        assert!(e.to_string().contains("g.tsv:1: parent \"Nowhere\""), "{e}");
    }
}
