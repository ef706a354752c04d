//! The reporting-verb vocabulary (`schema/reporting-verbs.tsv`): which words introduce a claim and what
//! must follow them.

use std::path::Path;

use crate::error::{Error, Result};

/// What must follow a cue for it to introduce a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Needs {
    /// A reported clause or a quotation.
    Any,
    /// `that`, `:` or a quotation within a few words.
    That,
    /// A quotation later in the same sentence.
    Quote,
    /// An object, a preposition or a quotation: "called the attack a war crime", "called for talks",
    /// "urged Congress to act", "threatened to melt down his Oscars", "described as a mosaic".
    Object,
}

/// One inflected form of a reporting verb.
#[derive(Debug, Clone)]
pub struct Verb {
    /// The lemma (`say` for `said`).
    pub lemma: String,
    /// What must follow it.
    pub needs: Needs,
}

/// All reporting verbs, by lower-case form.
#[derive(Debug, Clone, Default)]
pub struct Verbs {
    by_form: rustc_hash::FxHashMap<String, Verb>,
}

impl Verbs {
    /// Parses the TSV text of a verb file; `path` is only used in error messages.
    pub fn parse(text: &str, path: &Path) -> Result<Verbs> {
        let mut verbs = Verbs::default();
        for (i, line) in text.lines().enumerate() {
            let line_no = i + 1;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |reason: String| Error::Vocabulary { path: path.to_path_buf(), line: line_no, reason };
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 3 {
                return Err(err(format!(
                    "expected at least 3 tab-separated columns (lemma, forms, needs), found {}",
                    cols.len()
                )));
            }
            let lemma = cols[0].trim();
            let needs = match cols[2].trim() {
                "any" => Needs::Any,
                "that" => Needs::That,
                "quote" => Needs::Quote,
                "object" => Needs::Object,
                other => return Err(err(format!("`needs` must be any, that, quote or object, not {other:?}"))),
            };
            let forms: Vec<&str> = cols[1].split('|').map(str::trim).filter(|f| !f.is_empty()).collect();
            if lemma.is_empty() || forms.is_empty() {
                return Err(err("empty lemma or no verb forms".to_string()));
            }
            for form in &forms {
                verbs.by_form.insert(form.to_lowercase(), Verb { lemma: lemma.to_string(), needs });
            }
        }
        Ok(verbs)
    }

    /// The verb for a word, if it is a reporting verb form (case-insensitive).
    pub fn get(&self, word: &str) -> Option<&Verb> {
        if !word.is_ascii() {
            return self.by_form.get(&word.to_lowercase());
        }
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            return self.by_form.get(word);
        }
        // Capitalized words ("Said", sentence starts): lower-cased on the stack when short.
        let mut buf = [0u8; 24];
        if word.len() <= buf.len() {
            let lower = &mut buf[..word.len()];
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            return std::str::from_utf8(lower).ok().and_then(|w| self.by_form.get(w));
        }
        self.by_form.get(&word.to_ascii_lowercase())
    }

    /// Number of forms known.
    pub fn len(&self) -> usize {
        self.by_form.len()
    }

    /// True when no verbs are loaded.
    pub fn is_empty(&self) -> bool {
        self.by_form.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_needs_names_the_line() {
        let err = Verbs::parse("# c\nsay\tsaid\tany\nwarn\twarned\tmaybe\n", Path::new("v.tsv")).unwrap_err();
        assert_eq!(err.to_string(), "v.tsv:3: `needs` must be any, that, quote or object, not \"maybe\"");
    }

    #[test]
    fn forms_map_to_lemma() {
        let v = Verbs::parse("say\tsaid|says\tany\n", Path::new("v.tsv")).unwrap();
        assert_eq!(v.get("Said").unwrap().lemma, "say");
        assert_eq!(v.get("SAYS").unwrap().lemma, "say");
        assert!(v.get("sad").is_none());
    }

    #[test]
    fn capitalised_forms_outside_ascii_are_found() {
        let v = Verbs::parse("claim\tзаявил\tany\n", Path::new("v.tsv")).unwrap();
        assert_eq!(v.get("Заявил").unwrap().lemma, "claim");
    }
}
