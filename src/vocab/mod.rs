//! Vocabularies: the declarative parts of `schema/` a user may edit without recompiling (gazetteer, reporting
//! verbs, given names and the entity word lists). The copies in `schema/` are compiled in as defaults; `--schema
//! DIR` loads another directory of the same layout and `--gazetteer FILE` adds entries.

pub mod entity_words;
pub mod gazetteer;
pub mod names;
pub mod verbs;

use std::path::{Path, PathBuf};

pub use entity_words::EntityWords;
pub use gazetteer::{EntityKind, Entry, Gazetteer};
pub use names::NameTable;
pub use verbs::{Needs, Verb, Verbs};

use crate::error::{Error, Result};

/// The built-in gazetteer files, in load order.
const BUILTIN_GAZETTEER: [(&str, &str); 4] = [
    ("schema/gazetteer/places.tsv", include_str!("../../schema/gazetteer/places.tsv")),
    ("schema/gazetteer/people.tsv", include_str!("../../schema/gazetteer/people.tsv")),
    ("schema/gazetteer/organizations.tsv", include_str!("../../schema/gazetteer/organizations.tsv")),
    ("schema/gazetteer/equipment.tsv", include_str!("../../schema/gazetteer/equipment.tsv")),
];
const BUILTIN_VERBS: &str = include_str!("../../schema/reporting-verbs.tsv");
const BUILTIN_FIRST_NAMES: &str = include_str!("../../schema/first-names.txt");
const BUILTIN_ENTITY_WORDS: &str = include_str!("../../schema/entity-words.tsv");
const BUILTIN_COUNTRY_CODES: &str = include_str!("../../schema/country-codes.tsv");

/// Where to load vocabularies from. Recorded with each index commit (absolute paths), so that a search
/// resolves names through the gazetteer the index was built with.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct VocabularyOptions {
    /// A directory laid out like `schema/` to use instead of the built-in copy.
    pub schema_dir: Option<PathBuf>,
    /// Extra gazetteer files (sitrep TSV or GeoNames dumps), added after the base gazetteer.
    #[serde(default)]
    pub gazetteers: Vec<PathBuf>,
}

impl VocabularyOptions {
    /// The same options with absolute paths (as given when a path cannot be resolved).
    pub fn absolute(&self) -> VocabularyOptions {
        let abs = |p: &PathBuf| std::path::absolute(p).unwrap_or_else(|_| p.clone());
        VocabularyOptions {
            schema_dir: self.schema_dir.as_ref().map(abs),
            gazetteers: self.gazetteers.iter().map(abs).collect(),
        }
    }

    /// True for the built-in vocabulary alone.
    pub fn is_builtin(&self) -> bool {
        self.schema_dir.is_none() && self.gazetteers.is_empty()
    }
}

/// Everything the extractor needs to know about words.
#[derive(Debug, Clone)]
pub struct Vocabulary {
    /// Known entities.
    pub gazetteer: Gazetteer,
    /// Reporting verbs.
    pub verbs: Verbs,
    /// Given names: an unknown capitalized sequence starting with one is a person (`Jeff Bezos`).
    pub first_names: rustc_hash::FxHashSet<String>,
    /// The word lists the entity rules read around names (titles, head words, demonyms, ...).
    pub entity_words: EntityWords,
    /// A short fingerprint of the vocabulary content, stored in the index so that a changed vocabulary can be
    /// detected.
    pub fingerprint: String,
    /// Where it was loaded from (absolute paths).
    pub sources: VocabularyOptions,
}

impl Vocabulary {
    /// The vocabulary compiled into the binary (the `schema/` of this source tree).
    pub fn builtin() -> Result<Vocabulary> {
        Vocabulary::load(&VocabularyOptions::default())
    }

    /// Loads the vocabulary as the options say.
    pub fn load(opts: &VocabularyOptions) -> Result<Vocabulary> {
        let mut hasher = blake3::Hasher::new();
        let gazetteer = load_gazetteer_into(opts, &mut hasher)?;
        let (verbs_text, verbs_path) = schema_file(opts, "reporting-verbs.tsv", BUILTIN_VERBS, &mut hasher)?;
        let verbs = Verbs::parse(&verbs_text, &verbs_path)?;
        let (names_text, _) = schema_file(opts, "first-names.txt", BUILTIN_FIRST_NAMES, &mut hasher)?;
        let first_names = names_text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect();
        let (words_text, words_path) = schema_file(opts, "entity-words.tsv", BUILTIN_ENTITY_WORDS, &mut hasher)?;
        let entity_words = EntityWords::parse(&words_text, &words_path)?;
        let fingerprint = hasher.finalize().to_hex()[..12].to_string();
        Ok(Vocabulary { gazetteer, verbs, first_names, entity_words, fingerprint, sources: opts.absolute() })
    }
}

/// The text of one file of the schema directory (the built-in copy without `--schema`), fed to `hasher` so that
/// the fingerprint changes with it, and its path for error messages.
fn schema_file(
    opts: &VocabularyOptions,
    name: &str,
    builtin: &'static str,
    hasher: &mut blake3::Hasher,
) -> Result<(std::borrow::Cow<'static, str>, PathBuf)> {
    let (text, path): (std::borrow::Cow<'static, str>, PathBuf) = match &opts.schema_dir {
        None => (builtin.into(), Path::new("schema").join(name)),
        Some(dir) => {
            let path = dir.join(name);
            (std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?.into(), path)
        }
    };
    hasher.update(text.as_bytes());
    Ok((text, path))
}

/// The gazetteer alone, as [`Vocabulary::load`] would load it: all that answering a question needs (names in
/// the question are resolved through it), without the reporting verbs, given names and word lists only extraction
/// uses.
pub fn load_gazetteer(opts: &VocabularyOptions) -> Result<Gazetteer> {
    load_gazetteer_into(opts, &mut blake3::Hasher::new())
}

/// Loads the gazetteer files (built-in or `schema_dir`'s, then the user's), feeding their text to `hasher`.
fn load_gazetteer_into(opts: &VocabularyOptions, hasher: &mut blake3::Hasher) -> Result<Gazetteer> {
    let mut gazetteer = Gazetteer::default();
    match &opts.schema_dir {
        None => {
            for (name, text) in BUILTIN_GAZETTEER {
                hasher.update(text.as_bytes());
                gazetteer.add_tsv(text, Path::new(name))?;
            }
        }
        Some(dir) => {
            let gdir = dir.join("gazetteer");
            let mut files: Vec<PathBuf> = std::fs::read_dir(&gdir)
                .map_err(|e| Error::io(&gdir, e))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
                .collect();
            // The four standard files in the built-in order (an alias two entries share goes to the first one
            // loaded, so `--schema` on an unchanged copy must give exactly the built-in output), then any others
            // by name.
            files.sort_by_key(|p| {
                let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
                let rank = BUILTIN_GAZETTEER.iter().position(|(b, _)| b.ends_with(&format!("/{name}")));
                (rank.unwrap_or(BUILTIN_GAZETTEER.len()), name)
            });
            for f in files {
                let text = std::fs::read_to_string(&f).map_err(|e| Error::io(&f, e))?;
                hasher.update(text.as_bytes());
                gazetteer.add_tsv(&text, &f)?;
            }
        }
    }
    for f in &opts.gazetteers {
        let text = std::fs::read_to_string(f).map_err(|e| Error::io(f, e))?;
        hasher.update(text.as_bytes());
        if looks_like_geonames(&text) {
            gazetteer.resolve_parents()?;
            let codes: rustc_hash::FxHashMap<String, String> = BUILTIN_COUNTRY_CODES
                .lines()
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| l.split_once('\t'))
                .map(|(c, n)| (c.trim().to_string(), n.trim().to_string()))
                .collect();
            gazetteer.add_geonames(&text, f, &codes)?;
        } else {
            gazetteer.add_tsv(&text, f)?;
        }
    }
    gazetteer.resolve_parents()?;
    Ok(gazetteer)
}

/// GeoNames dumps start every line with a numeric id and have 19 columns.
fn looks_like_geonames(text: &str) -> bool {
    text.lines().find(|l| !l.trim().is_empty() && !l.starts_with('#')).is_some_and(|l| {
        let cols: Vec<&str> = l.split('\t').collect();
        cols.len() >= 15 && cols[0].chars().all(|c| c.is_ascii_digit())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unchanged_schema_directory_loads_as_the_built_in_one() {
        // "Zhovkva" is both a town and Ihor Zhovkva's alias: whichever file is loaded first owns it, so the order of
        // a schema directory's files must be the built-in order, or `--schema schema/` would change the output.
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema");
        let copy = Vocabulary::load(&VocabularyOptions { schema_dir: Some(dir), gazetteers: Vec::new() }).unwrap();
        let builtin = Vocabulary::builtin().unwrap();
        assert_eq!(copy.fingerprint, builtin.fingerprint);
        assert_eq!(copy.gazetteer.len(), builtin.gazetteer.len());
        for (a, b) in copy.gazetteer.entries().iter().zip(builtin.gazetteer.entries()) {
            assert_eq!((a.kind, &a.canonical), (b.kind, &b.canonical));
        }
        let owner = |v: &Vocabulary| v.gazetteer.name_table().get(&gazetteer::name_key("Zhovkva")).copied();
        assert!(owner(&builtin).is_some());
        assert_eq!(owner(&copy), owner(&builtin));
    }
}
