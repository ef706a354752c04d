//! The entity word lists (`schema/entity-words.tsv`): titles, head words, role nouns, demonyms, words that never
//! start a name and the other words the entity rules read around names. One `list<TAB>entry` per line; the file's
//! header describes every list.
//!
//! Lists of single words become bits of one table (a word's lists are found with one hash lookup, as often as
//! the rules ask); lists of phrases, and those whose order matters, are kept in file order.

use std::path::Path;

use aho_corasick::AhoCorasick;
use rustc_hash::FxHashMap;

use crate::error::{Error, Result};

/// Word classes: one bit per list of single words, named as in the file.
pub mod class {
    /// `not-name`: capitalised words that never begin a name ("The", "However", "Monday").
    pub const NOT_NAME: u32 = 1;
    /// `demonym`: demonyms beyond those in `not-name` ("Moroccan").
    pub const DEMONYM: u32 = 1 << 1;
    /// `org-head`: last words of organization names ("Ministry", "Brigade").
    pub const ORG_HEAD: u32 = 1 << 2;
    /// `place-head`: last words of facility and place names ("Island", "Bridge").
    pub const PLACE_HEAD: u32 = 1 << 3;
    /// `not-in-person-name`: words no person's name has ("Rights", "Probe").
    pub const NOT_IN_PERSON: u32 = 1 << 4;
    /// `generic-org-word`: words of generic body names ("Foreign", "Ministry", "Armed").
    pub const GENERIC_ORG: u32 = 1 << 5;
    /// `person-title`: capitalised titles ("President", "Gen").
    pub const PERSON_TITLE: u32 = 1 << 6;
    /// `lower-person-title`: lower-case titles ("spokesperson").
    pub const LOWER_TITLE: u32 = 1 << 7;
    /// `unit-head`: last words of units named after an ordinal ("Brigade").
    pub const UNIT_HEAD: u32 = 1 << 8;
    /// `place-not-followed-by`: words after a place that make it part of a treaty or event ("agreements").
    pub const PLACE_NOT_FOLLOWED: u32 = 1 << 9;
    /// `place-nested-in`: words after a place that make it part of a longer name ("University").
    pub const PLACE_NESTED: u32 = 1 << 10;
    /// `person-not-followed-by`: words after a person that make it part of a street or prize ("Square").
    pub const PERSON_NOT_FOLLOWED: u32 = 1 << 11;
    /// `ownerless-head`: government bodies that name no country by themselves ("Ministry", "Department").
    pub const GENERIC_OWNERLESS: u32 = 1 << 12;
    /// `lower-role`: lower-case nouns for people before a full name ("teammate").
    pub const LOWER_ROLE: u32 = 1 << 13;
    /// `org-noun`: lower-case nouns for bodies before an organization's name ("outlet").
    pub const ORG_NOUN: u32 = 1 << 14;
    /// `facility-head`: last words of facilities, which are places ("Airport", "Castle").
    pub const FACILITY_HEAD: u32 = 1 << 15;
    /// `facility-word`: words that do not tell one facility from another ("International", "Nuclear").
    pub const FACILITY_WORD: u32 = 1 << 16;
    /// `lower-unit-head`: last words of units named in lower case ("brigade").
    pub const LOWER_UNIT_HEAD: u32 = 1 << 17;
    /// `not-in-place-name`: words of runs that are no places ("Day", "Farsi").
    pub const NOT_IN_PLACE: u32 = 1 << 18;
    /// `owner-demonym`: demonyms that open a body's name ("Russian").
    pub const OWNER_DEMONYM: u32 = 1 << 19;
    /// `kin-noun`: kin nouns before "of" in an appositive ("son").
    pub const KIN_NOUN: u32 = 1 << 20;
    /// `person-noun`: nouns for people in an appositive ("soldier").
    pub const PERSON_NOUN: u32 = 1 << 21;
    /// `animal-noun`: nouns for animals in an appositive ("tiger").
    pub const ANIMAL_NOUN: u32 = 1 << 22;
    /// `institution-of`: institutions named "<head> of <place>" ("University", "Bank").
    pub const INSTITUTION_OF: u32 = 1 << 23;
    /// `group-plural`: plurals of people (and sources) a speaker phrase may be ("critics", "allies").
    pub const GROUP_PLURAL: u32 = 1 << 24;
    /// `owned-speaker`: bodies that speak for their owner ("Trump's campaign", "the Kremlin's press office").
    pub const OWNED_SPEAKER: u32 = 1 << 25;
    /// `name-lead`: capitalised words that open sentences and also bodies' names ("North", "Social").
    pub const NAME_LEAD: u32 = 1 << 26;
    /// `payment-word`: words that make a lone "Swift" the bank messaging network ("bank", "payments").
    pub const PAYMENT_WORD: u32 = 1 << 27;
}

/// The lists of single words: name in the file, and bit.
const WORD_LISTS: [(&str, u32); 28] = [
    ("not-name", class::NOT_NAME),
    ("demonym", class::DEMONYM),
    ("owner-demonym", class::OWNER_DEMONYM),
    ("person-title", class::PERSON_TITLE),
    ("lower-person-title", class::LOWER_TITLE),
    ("lower-role", class::LOWER_ROLE),
    ("org-head", class::ORG_HEAD),
    ("generic-org-word", class::GENERIC_ORG),
    ("ownerless-head", class::GENERIC_OWNERLESS),
    ("org-noun", class::ORG_NOUN),
    ("unit-head", class::UNIT_HEAD),
    ("lower-unit-head", class::LOWER_UNIT_HEAD),
    ("place-head", class::PLACE_HEAD),
    ("facility-head", class::FACILITY_HEAD),
    ("facility-word", class::FACILITY_WORD),
    ("institution-of", class::INSTITUTION_OF),
    ("place-not-followed-by", class::PLACE_NOT_FOLLOWED),
    ("place-nested-in", class::PLACE_NESTED),
    ("person-not-followed-by", class::PERSON_NOT_FOLLOWED),
    ("not-in-person-name", class::NOT_IN_PERSON),
    ("not-in-place-name", class::NOT_IN_PLACE),
    ("kin-noun", class::KIN_NOUN),
    ("person-noun", class::PERSON_NOUN),
    ("animal-noun", class::ANIMAL_NOUN),
    ("group-plural", class::GROUP_PLURAL),
    ("owned-speaker", class::OWNED_SPEAKER),
    ("name-lead", class::NAME_LEAD),
    ("payment-word", class::PAYMENT_WORD),
];

/// The lists of phrases or of several columns, with their columns (after the list's name) for error messages.
const PHRASE_LISTS: [(&str, &str); 8] = [
    ("settlement-noun", "noun"),
    ("lower-body", "words after the place, name, new or known"),
    ("lower-ministry-kind", "kind"),
    ("lower-owned-body", "body"),
    ("place-owned-body", "body"),
    ("outlet-short-form", "word, and optionally the gazetteer's paper"),
    ("outlet-lead", "words before \"the\""),
    ("western-given-name", "transliterated given name, Western spelling"),
];

/// A lower-case body after a place's name ("the Kerch city council").
#[derive(Debug, Clone)]
pub struct LowerBody {
    /// The words after the place, with the space before them: " city council".
    pub phrase: String,
    /// The body's name after the place's: "City Council".
    pub name: String,
    /// True when a name the gazetteer lacks may be made from it; false for the gazetteer's entries only.
    pub make: bool,
}

/// The entity word lists, built once at load and shared by every thread.
#[derive(Debug, Clone)]
pub struct EntityWords {
    /// Each word of the single-word lists and the bits of its lists.
    classes: FxHashMap<Box<str>, u32>,
    /// `settlement-noun`, as the text before a settlement's name: "village of ".
    pub settlement_intros: Vec<String>,
    /// `lower-body`, in file order (the first that matches wins).
    pub lower_bodies: Vec<LowerBody>,
    /// `lower-ministry-kind` with " ministry" after it, then `lower-owned-body`: the lower-case bodies read after
    /// their owner: "foreign ministry", "armed forces".
    pub lower_owned_bodies: Vec<String>,
    /// `place-owned-body`: capitalised bodies named after the place they belong to ("National Guard").
    pub place_owned_bodies: Vec<String>,
    /// Finds the `lower_owned_bodies` in a text, as written or capitalized (pattern `2 i` or `2 i + 1` is entry
    /// `i`); built once, not per
    /// article.
    pub lower_owned_finder: AhoCorasick,
    /// `outlet-short-form`: "the Times" and the gazetteer's paper it stands for on its own, if any.
    pub outlet_short_forms: Vec<(String, Option<String>)>,
    /// Finds the `outlet_short_forms` in a text (pattern `i` is entry `i`); built once, not per article.
    pub outlet_finder: AhoCorasick,
    /// `outlet-lead`, with the space that separates them from "the": "told ".
    pub outlet_leads: Vec<String>,
    /// `western-given-name`, each followed by a space: ("Andrey ", "Andrei ").
    pub western_given_names: Vec<(String, String)>,
}

impl EntityWords {
    /// Parses the TSV text of an entity word file; `path` is only used in error messages.
    pub fn parse(text: &str, path: &Path) -> Result<EntityWords> {
        let mut classes: FxHashMap<Box<str>, u32> = FxHashMap::default();
        let mut settlement_intros = Vec::new();
        let mut lower_bodies = Vec::new();
        let mut lower_owned_bodies = Vec::new();
        let mut place_owned_bodies = Vec::new();
        let mut outlet_short_forms = Vec::new();
        let mut outlet_leads = Vec::new();
        let mut western_given_names = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |reason: String| Error::Vocabulary { path: path.to_path_buf(), line: i + 1, reason };
            let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
            let list = cols[0];
            if cols.len() == 1 {
                return Err(err("expected tab-separated columns: the list's name, then the entry".to_string()));
            }
            if let Some(&(_, bit)) = WORD_LISTS.iter().find(|(name, _)| *name == list) {
                let word = match cols[..] {
                    [_, word] if !word.is_empty() => word,
                    _ => return Err(err(format!("`{list}` takes 2 tab-separated columns (list, word)"))),
                };
                // Words are looked up one at a time: an entry with a space would never be found.
                if word.contains(char::is_whitespace) {
                    return Err(err(format!("`{list}` holds single words, not {word:?}")));
                }
                *classes.entry(Box::from(word)).or_insert(0) |= bit;
                continue;
            }
            let Some(&(_, columns)) = PHRASE_LISTS.iter().find(|(name, _)| *name == list) else {
                let known: Vec<&str> = WORD_LISTS.iter().map(|l| l.0).chain(PHRASE_LISTS.iter().map(|l| l.0)).collect();
                return Err(err(format!("unknown list {list:?} (expected one of {})", known.join(", "))));
            };
            let bad = || err(format!("`{list}` takes tab-separated columns: list, {columns}"));
            if cols[1..].iter().any(|c| c.is_empty()) {
                return Err(bad());
            }
            match (list, &cols[1..]) {
                ("settlement-noun", [noun]) => settlement_intros.push(format!("{noun} of ")),
                ("lower-body", [phrase, name, make]) => {
                    let make = match *make {
                        "new" => true,
                        "known" => false,
                        other => {
                            return Err(err(format!("the last column of `{list}` must be new or known, not {other:?}")))
                        }
                    };
                    lower_bodies.push(LowerBody { phrase: format!(" {phrase}"), name: name.to_string(), make });
                }
                ("lower-ministry-kind", [kind]) => lower_owned_bodies.push(format!("{kind} ministry")),
                ("lower-owned-body", [body]) => lower_owned_bodies.push(body.to_string()),
                ("place-owned-body", [body]) => place_owned_bodies.push(body.to_string()),
                ("outlet-short-form", [word, paper @ ..]) if paper.len() <= 1 => {
                    outlet_short_forms.push((format!("the {word}"), paper.first().map(|p| p.to_string())));
                }
                ("outlet-lead", [words]) => outlet_leads.push(format!("{words} ")),
                ("western-given-name", [from, to]) => western_given_names.push((format!("{from} "), format!("{to} "))),
                _ => return Err(bad()),
            }
        }
        let outlet_finder = AhoCorasick::new(outlet_short_forms.iter().map(|(s, _)| s))
            .expect("short non-empty patterns always build an automaton");
        // The longest match wins ("national security council" over "security council"). In any case: "the
        // Ukrainian Armed forces" is written too; the capitalised forms the gazetteer finds itself are skipped
        // where they are read.
        // Each body as written and with a capital first letter (pattern `2 i` and `2 i + 1` are entry `i`): few
        // enough patterns for the automaton's SIMD prefilter, which a case-insensitive search defeats (it scanned
        // every byte, 4% of extraction).
        let lower_owned_finder = AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(lower_owned_bodies.iter().flat_map(|b| [b.clone(), capitalized(b)]))
            .expect("short non-empty patterns always build an automaton");
        Ok(EntityWords {
            classes,
            settlement_intros,
            lower_bodies,
            lower_owned_bodies,
            lower_owned_finder,
            place_owned_bodies,
            outlet_short_forms,
            outlet_finder,
            outlet_leads,
            western_given_names,
        })
    }

    /// True when `word` is in one of the lists `bits` names (case-sensitive).
    #[inline]
    pub fn has(&self, word: &str, bits: u32) -> bool {
        self.classes.get(word).is_some_and(|c| c & bits != 0)
    }
}

/// The word with its first letter upper-cased.
fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_err(text: &str) -> String {
        EntityWords::parse(text, Path::new("w.tsv")).unwrap_err().to_string()
    }

    #[test]
    fn words_are_in_their_lists() {
        let w = EntityWords::parse(
            "# c\nperson-title\tPresident\n\nnot-name\tPresident\norg-head\tBrigade\n",
            Path::new("w.tsv"),
        )
        .unwrap();
        assert!(w.has("President", class::PERSON_TITLE) && w.has("President", class::NOT_NAME));
        assert!(w.has("Brigade", class::ORG_HEAD | class::DEMONYM) && !w.has("Brigade", class::DEMONYM));
        assert!(!w.has("president", class::PERSON_TITLE));
    }

    #[test]
    fn phrase_lists_keep_their_columns() {
        let w = EntityWords::parse(
            "lower-body\tcity council\tCity Council\tnew\noutlet-short-form\tPost\noutlet-short-form\tSun\tThe Sun\n\
             outlet-lead\taccording to\nwestern-given-name\tAndrey\tAndrei\nsettlement-noun\tvillages\n",
            Path::new("w.tsv"),
        )
        .unwrap();
        assert_eq!(w.lower_bodies[0].phrase, " city council");
        assert!(w.lower_bodies[0].make);
        assert_eq!(w.outlet_short_forms, [("the Post".into(), None), ("the Sun".into(), Some("The Sun".into()))]);
        assert_eq!(w.outlet_leads, ["according to "]);
        assert_eq!(w.western_given_names, [("Andrey ".into(), "Andrei ".into())]);
        assert_eq!(w.settlement_intros, ["villages of "]);
    }

    #[test]
    fn bad_lines_name_file_and_line() {
        let unknown = parse_err("# c\nperson-title\tGovernor\nperson-titel\tMayor\n");
        assert!(unknown.starts_with("w.tsv:3: unknown list \"person-titel\" (expected one of not-name, "), "{unknown}");
        for (text, message) in [
            ("person-title Mayor\n", "w.tsv:1: expected tab-separated columns: the list's name, then the entry"),
            ("\norg-head\tArmy\tCorps\n", "w.tsv:2: `org-head` takes 2 tab-separated columns (list, word)"),
            ("person-title\tVice President\n", "w.tsv:1: `person-title` holds single words, not \"Vice President\""),
            (
                "lower-body\tcity council\tCity Council\tmaybe\n",
                "w.tsv:1: the last column of `lower-body` must be new or known, not \"maybe\"",
            ),
            (
                "western-given-name\tAndrey\n",
                "w.tsv:1: `western-given-name` takes tab-separated columns: list, transliterated given name, Western \
                 spelling",
            ),
        ] {
            assert_eq!(parse_err(text), message, "{text:?}");
        }
    }
}
