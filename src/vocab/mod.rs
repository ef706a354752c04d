//! Vocabularies: the declarative parts of `schema/` a user may edit without recompiling (gazetteer and
//! reporting verbs). The copies in `schema/` are compiled in as defaults; `--schema DIR` loads another
//! directory of the same layout and `--gazetteer FILE` adds entries.

pub mod gazetteer;
pub mod names;
pub mod verbs;

use std::path::{Path, PathBuf};

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
        let verbs_text: String = match &opts.schema_dir {
            None => BUILTIN_VERBS.to_string(),
            Some(dir) => {
                let vpath = dir.join("reporting-verbs.tsv");
                std::fs::read_to_string(&vpath).map_err(|e| Error::io(&vpath, e))?
            }
        };
        hasher.update(verbs_text.as_bytes());
        let verbs_path = opts
            .schema_dir
            .as_ref()
            .map_or_else(|| PathBuf::from("schema/reporting-verbs.tsv"), |d| d.join("reporting-verbs.tsv"));
        let verbs = Verbs::parse(&verbs_text, &verbs_path)?;
        let names_text = match &opts.schema_dir {
            None => BUILTIN_FIRST_NAMES.to_string(),
            Some(dir) => {
                let p = dir.join("first-names.txt");
                std::fs::read_to_string(&p).map_err(|e| Error::io(&p, e))?
            }
        };
        hasher.update(names_text.as_bytes());
        let first_names = names_text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect();
        let fingerprint = hasher.finalize().to_hex()[..12].to_string();
        Ok(Vocabulary { gazetteer, verbs, first_names, fingerprint, sources: opts.absolute() })
    }
}

/// The gazetteer alone, as [`Vocabulary::load`] would load it: all that answering a question needs (names in
/// the question are resolved through it), without the reporting verbs and given names only extraction uses.
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
            files.sort();
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
