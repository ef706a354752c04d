//! Entity recognition: gazetteer matches (one Aho-Corasick automaton, built once and shared), names the
//! gazetteer does not know (capitalised sequences with a title, a reporting verb or an organization head
//! word), and within-article resolution of short forms (`Kirby` after `John Kirby`).
//!
//! The word lists the rules read (titles, head words, role nouns, demonyms, words that never start a name, ...)
//! are the vocabulary's [`EntityWords`], loaded from `schema/entity-words.tsv` so that a user can extend them
//! without recompiling; `lists.has(word, class::X)` asks whether a word is in list X.

use std::collections::HashMap;
use std::ops::Range;

use rustc_hash::FxHashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Anchored, Input, MatchKind, StartKind};

use crate::vocab::entity_words::{class, LowerBody};
use crate::vocab::gazetteer::name_key;
use crate::vocab::{EntityKind, EntityWords, Gazetteer, Vocabulary};

/// Words after "<state> Senate" that make it the state's race for a seat in the US Senate ("the Ohio Senate
/// race", "the Arizona Senate debate"), not the state's own senate. Election words, few and closed, so they stay
/// here (as do `AGE_WORDS`).
const ELECTION_WORDS: &[&str] =
    &["race", "candidate", "candidates", "primary", "debate", "contender", "nominee", "seat", "campaign", "contest"];

/// Chambers whose committees and caucuses are named "<chamber> <Name> Committee" ("Duma Defense Committee",
/// "Senate Ukraine Caucus", "House Democratic Caucus"), and the words that end such names. Few and closed.
const CHAMBERS: &[&str] = &["Senate", "Duma", "House"];
const CHAMBER_GROUPS: &[&str] = &["Committee", "Subcommittee", "Caucus"];

/// A matcher over every gazetteer name and alias.
pub struct EntityMatcher {
    /// Anchored: it is only run where a name may start (see `starts`).
    automaton: AhoCorasick,
    starts: NameStarts,
    pattern_entry: Vec<u32>,
    /// Kind of each pattern's entry.
    pattern_kind: Vec<EntityKind>,
    /// True for the patterns of places inside a country (not countries and other top-level places).
    pattern_in_country: Vec<bool>,
    /// True for the US's and the UN's short names that other countries' bodies share ("Senate", "Security
    /// Council", "Marine Corps"): a demonym or a place's possessive before them gives them to another country ("the Russian
    /// Senate", "Moldova's Security Council").
    pattern_generic: Vec<bool>,
    /// Kind of each gazetteer entry.
    entry_kind: Vec<EntityKind>,
    /// For names like "Norway's Foreign Ministry": byte length and entry of the place before "'s".
    possessive_place: Vec<Option<(u32, u32)>>,
    /// Last words of the organizations' longer names ("Pravda" of "Ukrainska Pravda"): alone, they are short
    /// forms of unknown reference.
    org_tails: rustc_hash::FxHashSet<String>,
    /// Gazetteer people by surname (the last word of the canonical name): the known people a name the
    /// gazetteer lacks may be a misspelling of ("Fredrick Kagan").
    surnames: rustc_hash::FxHashMap<String, Vec<u32>>,
    /// Gazetteer people's two-word names (canonical and aliases) by the transliteration key of the surname (see
    /// `translit_key`), with the key of the given name: the known people a name spelt another way may be ("Irina
    /// Vereschuk" for Iryna Vereshchuk).
    folded_people: rustc_hash::FxHashMap<String, Vec<(u32, String)>>,
    /// The entry "the House" names (the US House of Representatives), which "House Speaker" also names.
    the_house: Option<u32>,
}

/// An entity found in an article, before deduplication.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EntityRef {
    /// A gazetteer entry.
    Known(usize),
    /// A name recognized from context.
    New(EntityKind, String),
}

/// A mention: which entity, where (byte range in the text it was found in).
#[derive(Debug, Clone)]
pub struct RawMention {
    /// The entity.
    pub entity: EntityRef,
    /// Byte range.
    pub range: Range<usize>,
}

impl EntityMatcher {
    /// Builds the automaton over all names. Done once per run.
    pub fn new(gazetteer: &Gazetteer) -> EntityMatcher {
        let mut seen: HashMap<String, u32> = HashMap::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut pattern_entry = Vec::new();
        let mut add = |name: String, idx: u32, seen: &mut HashMap<String, u32>| {
            // First entry wins an alias two entries share; the built-in lists avoid such clashes.
            if name.chars().count() < 2 || seen.contains_key(name.as_str()) {
                return;
            }
            seen.insert(name.clone(), idx);
            patterns.push(name);
            pattern_entry.push(idx);
        };
        for (idx, e) in gazetteer.entries().iter().enumerate() {
            for name in std::iter::once(&e.canonical).chain(e.aliases.iter()) {
                add(name.clone(), idx as u32, &mut seen);
                // News text writes apostrophes both ways: "People's" and "People’s".
                if name.contains('\'') {
                    add(name.replace('\'', "’"), idx as u32, &mut seen);
                    // An acute accent for an apostrophe: "Russia´s Defense Ministry".
                    add(name.replace('\'', "´"), idx as u32, &mut seen);
                }
            }
        }
        // "Kara Murza" for "Kara-Murza", "Ivano Frankivsk" for "Ivano-Frankivsk": a hyphen between two
        // capitalised parts is often dropped, and "&" is written for "and". Added after all written names, which
        // win a clash.
        for (idx, e) in gazetteer.entries().iter().enumerate() {
            for name in std::iter::once(&e.canonical).chain(e.aliases.iter()) {
                if let Some(spaced) = unhyphenated(name) {
                    add(spaced, idx as u32, &mut seen);
                }
                // "Foreign, Commonwealth & Development Office", "Cybersecurity & Infrastructure Security Agency":
                // an ampersand for "and".
                if name.contains(" and ") {
                    add(name.replace(" and ", " & "), idx as u32, &mut seen);
                }
            }
        }
        // Datelines and headlines in capitals: "KYIV, Ukraine (AP)", "LONDON 1996-08-30". Places only, and not
        // short ones, whose capitals are often acronyms.
        for (idx, e) in gazetteer.entries().iter().enumerate() {
            if e.kind != EntityKind::Place {
                continue;
            }
            for name in std::iter::once(&e.canonical).chain(e.aliases.iter()) {
                if name.chars().count() >= 4 && name.chars().any(char::is_lowercase) {
                    add(name.to_uppercase(), idx as u32, &mut seen);
                }
            }
        }
        let pattern_kind: Vec<EntityKind> = pattern_entry.iter().map(|&i| gazetteer.entry(i as usize).kind).collect();
        let pattern_in_country = pattern_entry.iter().map(|&i| gazetteer.entry(i as usize).parent.is_some()).collect();
        let pattern_generic = patterns
            .iter()
            .zip(&pattern_kind)
            .map(|(p, kind)| {
                *kind == EntityKind::Organization
                    && matches!(
                        p.as_str(),
                        "Senate"
                            | "Security Council"
                            | "National Security Council"
                            | "General Assembly"
                            | "House of Representatives"
                            | "Congress"
                            | "Parliament"
                            | "Marine Corps"
                    )
            })
            .collect();
        let entry_kind = gazetteer.entries().iter().map(|e| e.kind).collect();
        let possessive_place = patterns
            .iter()
            .zip(&pattern_kind)
            .map(|(p, kind)| {
                if *kind != EntityKind::Organization {
                    return None;
                }
                let cut = p.find("'s ").or_else(|| p.find("’s ")).or_else(|| p.find("´s "))?;
                let place = *seen.get(&p[..cut])?;
                (gazetteer.entry(place as usize).kind == EntityKind::Place).then_some((cut as u32, place))
            })
            .collect();
        let the_house = seen.get("the House").copied();
        let starts = NameStarts::new(&patterns);
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(&patterns)
            .expect("gazetteer patterns always build: no pattern is empty");
        let org_tails = gazetteer
            .entries()
            .iter()
            .filter(|e| e.kind == EntityKind::Organization)
            .flat_map(|e| std::iter::once(&e.canonical).chain(e.aliases.iter()))
            .filter_map(|n| n.rsplit_once(' ').map(|(_, last)| last.to_string()))
            .collect();
        let mut surnames: rustc_hash::FxHashMap<String, Vec<u32>> = Default::default();
        for (idx, e) in gazetteer.entries().iter().enumerate() {
            if let (EntityKind::Person, Some((_, last))) = (e.kind, e.canonical.rsplit_once(' ')) {
                surnames.entry(last.to_string()).or_default().push(idx as u32);
            }
        }
        let mut folded_people: rustc_hash::FxHashMap<String, Vec<(u32, String)>> = Default::default();
        for (idx, e) in gazetteer.entries().iter().enumerate().filter(|(_, e)| e.kind == EntityKind::Person) {
            for name in std::iter::once(&e.canonical).chain(e.aliases.iter()) {
                let Some((first, last)) = name.split_once(' ') else { continue };
                if !name.is_ascii() || last.contains(' ') {
                    continue;
                }
                let (mut first_key, mut last_key) = (String::new(), String::new());
                translit_key(first, &mut first_key);
                translit_key(last, &mut last_key);
                let entry = (idx as u32, first_key);
                let list = folded_people.entry(last_key).or_default();
                if !list.contains(&entry) {
                    list.push(entry);
                }
            }
        }
        EntityMatcher {
            automaton,
            starts,
            pattern_entry,
            pattern_kind,
            pattern_in_country,
            pattern_generic,
            entry_kind,
            possessive_place,
            org_tails,
            surnames,
            folded_people,
            the_house,
        }
    }

    /// "Fredrick Kagan" for the gazetteer's Frederick Kagan: the one known person with the same surname whose
    /// given name differs by one typing slip (a letter added, dropped, changed or two swapped; the first letter
    /// and at least five letters kept).
    pub fn misspelt_given_name(&self, gazetteer: &Gazetteer, name: &str) -> Option<usize> {
        let (first, last) = name.split_once(' ')?;
        let candidates = self.surnames.get(name.rsplit_once(' ')?.1)?;
        let mut found = None;
        for &i in candidates {
            let known = &gazetteer.entry(i as usize).canonical;
            let Some((known_first, known_last)) = known.split_once(' ') else { continue };
            let slip = known_last == last
                && known_first != first
                && known_first.is_ascii()
                && first.is_ascii()
                && known_first.len().min(first.len()) >= 5
                && known_first.as_bytes()[0] == first.as_bytes()[0]
                && crate::extract::speakers::one_slip(known_first.as_bytes(), first.as_bytes());
            if slip {
                if found.is_some() {
                    return None;
                }
                found = Some(i as usize);
            }
        }
        found
    }

    /// "Irina Vereschuk" for the gazetteer's Iryna Vereshchuk, "Oleh Synyehubov" for Oleh Syniehubov: the one known
    /// person whose given name and surname have the same transliteration key (see `translit_key`) as `first`
    /// and `last`.
    /// `key` is a buffer for the keys.
    pub fn transliterated_person(&self, first: &str, last: &str, key: &mut String) -> Option<usize> {
        if !first.is_ascii() || !last.is_ascii() {
            return None;
        }
        translit_key(last, key);
        let candidates = self.folded_people.get(key.as_str())?;
        translit_key(first, key);
        let mut found = None;
        for (i, known_first) in candidates {
            if known_first == key {
                if found.is_some_and(|f| f != *i) {
                    return None;
                }
                found = Some(*i);
            }
        }
        found.map(|i| i as usize)
    }

    /// True when `word` ends a longer organization name of the gazetteer.
    pub fn is_org_tail(&self, word: &str) -> bool {
        self.org_tails.contains(word)
    }

    /// True when the text before byte `s` gives a body to a country other than the US and the UK: a demonym
    /// ("Russian", "Moldovan") or a place's possessive ("Ukraine's") right before it.
    fn foreign_owner(&self, text: &str, s: usize, lists: &EntityWords, out: &[RawMention]) -> bool {
        let lead = text[..s].trim_end_matches("the ").trim_end();
        let prev = lead.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        if lists.has(prev, class::OWNER_DEMONYM | class::DEMONYM) && !matches!(prev, "American" | "British") {
            return true;
        }
        let Some(owner) = lead.strip_suffix("'s").or_else(|| lead.strip_suffix("’s")) else { return false };
        out.last().is_some_and(|m| {
            let EntityRef::Known(i) = m.entity else { return false };
            m.range.end == owner.len()
                && self.entry_kind[i] == EntityKind::Place
                && !matches!(&text[m.range.clone()], "US" | "U.S." | "America" | "United States" | "UK" | "Britain")
        })
    }

    /// Gazetteer mentions in `text`, on word boundaries, left to right, without overlaps.
    pub fn find(&self, text: &str, lists: &EntityWords, out: &mut Vec<RawMention>) {
        let ends_word = |e: usize| !text[e..].chars().next().is_some_and(char::is_alphanumeric);
        let mut pos = 0;
        // Start of a place skipped because a longer name goes on after it ("Arizona House of Representatives").
        let mut nested: Option<(usize, usize, usize)> = None;
        // A name starts a word, so the automaton is only run, anchored, where a word opens with two bytes that
        // open a name: a few times per sentence instead of at every byte.
        while let Some(s) = self.starts.next(text, pos) {
            let Some(m) = self.automaton.find(Input::new(text).span(s..text.len()).anchored(Anchored::Yes)) else {
                if let Some(entity) = self.house_of_speaker(text, s, out, nested) {
                    out.push(RawMention { entity, range: s..s + "House".len() });
                } else if let Some(end) = self.house_group(text, s, out, nested) {
                    let name = text[s..end].to_string();
                    out.push(RawMention { entity: EntityRef::New(EntityKind::Organization, name), range: s..end });
                    pos = end;
                    continue;
                }
                pos = s + 1;
                continue;
            };
            let mut found = ends_word(m.end()).then_some(m);
            // "Patriot systems": the longest name ("Patriot system") runs into a word; a shorter one starting
            // at the same place ("Patriot") may still end on a word boundary.
            let mut end = m.end();
            while found.is_none() && end > s + 1 {
                let shorter = Input::new(text).span(s..end - 1).anchored(Anchored::Yes);
                match self.automaton.find(shorter) {
                    Some(m2) if ends_word(m2.end()) => found = Some(m2),
                    Some(m2) => end = m2.end(),
                    None => break,
                }
            }
            let Some(m) = found else {
                pos = s + 1;
                continue;
            };
            pos = m.end();
            // "pro-Moscow", "anti-Kremlin": an attitude, not a mention.
            let lead = &text[..s];
            if lead.ends_with("pro-") || lead.ends_with("anti-") || lead.ends_with("Pro-") {
                continue;
            }
            let pattern = m.pattern().as_usize();
            // "US-made rockets", "the Sierra Leone-flagged Razoni": a place inside a compound adjective of where a
            // thing was made or registered is not a mention of it ("Russia-led", "London-based" stay: the gold
            // sets count them).
            if self.pattern_kind[pattern] == EntityKind::Place
                && text[m.end()..].starts_with('-')
                && ORIGIN_ADJECTIVES.iter().any(|a| text[m.end()..].starts_with(a) && ends_word(m.end() + a.len()))
            {
                continue;
            }
            let next = next_word(text, m.end());
            // "the House" is a short name only on its own: "the House of Commons", "the House Armed Services
            // Committee" are other names, matched from "House" on.
            if text[s..].starts_with("the ") && (next == "of" || next.starts_with(char::is_uppercase)) {
                pos = s + "the ".len();
                continue;
            }
            match self.pattern_kind[pattern] {
                // "Kyiv Central Station", "Strata Florida Abbey": a place inside a facility's name is not mentioned;
                // the facility, a place, is.
                EntityKind::Place if let Some(end) = facility_after(text, m.end(), lists) => {
                    let from = facility_word_before(text, s, lists, out).unwrap_or(s);
                    let name = text[from..end].to_string();
                    out.push(RawMention { entity: EntityRef::New(EntityKind::Place, name), range: from..end });
                    pos = end;
                    continue;
                }
                // "Minsk agreements", "Geneva Conventions", "Chernobyl disaster": a treaty or an event.
                EntityKind::Place if lists.has(next, class::PLACE_NOT_FOLLOWED) => continue,
                // "Lviv University", "Donetsk Regional Drama Theatre": a nested name does not mention the place.
                EntityKind::Place if lists.has(next, class::PLACE_NESTED) => {
                    nested = Some((s, m.end(), pattern));
                    continue;
                }
                // "University College London", "Imperial College London": a city that ends a college's or a
                // university's name, which the city then does not mention.
                EntityKind::Place
                    if self.pattern_in_country[pattern]
                        && !next.starts_with(char::is_uppercase)
                        && let Some(from) = institution_before(text, s, lists) =>
                {
                    if out.last().is_some_and(|o| o.range.end > from) {
                        out.pop();
                    }
                    let name = text[from..m.end()].to_string();
                    out.push(RawMention {
                        entity: EntityRef::New(EntityKind::Organization, name),
                        range: from..m.end(),
                    });
                    continue;
                }
                // "University of Pretoria", "Bank of Japan": a place at the end of an institution's name.
                EntityKind::Place if ends_institution_of(&text[..s], lists) => continue,
                // "Dorset Race Equality Council", "Hertfordshire Fire and Rescue Service": a region or town that
                // starts a longer organization's name.
                EntityKind::Place if self.pattern_in_country[pattern] && starts_org_name(text, m.end(), lists) => {
                    nested = Some((s, m.end(), pattern));
                    continue;
                }
                // "Arizona House of Representatives": the organization right after such a place is a longer one.
                // "the Ohio Senate race", "the Pennsylvania Senate candidate": a state's race for the US Senate,
                // not its own senate. The place is mentioned, and the body is read on its own.
                EntityKind::Organization
                    if nested.is_some_and(|(_, end, _)| s == end + 1)
                        && ELECTION_WORDS.contains(&next_word(text, m.end())) =>
                {
                    if let Some((start, end, place)) = nested.take() {
                        let entity = EntityRef::Known(self.pattern_entry[place] as usize);
                        out.push(RawMention { entity, range: start..end });
                    }
                }
                EntityKind::Organization if nested.is_some_and(|(_, end, _)| s == end + 1) => {
                    let from = nested.take().map_or(s, |(start, _, _)| start);
                    let name = text[from..m.end()].to_string();
                    out.push(RawMention {
                        entity: EntityRef::New(EntityKind::Organization, name),
                        range: from..m.end(),
                    });
                    continue;
                }
                // "Lenin Square", "Ratcliffe power station", "Stalin Prize": a name inside a place or prize.
                EntityKind::Person if lists.has(next, class::PERSON_NOT_FOLLOWED) => continue,
                // "the Russian Senate", "Moldova's Security Council": a generic short name of another country's body.
                EntityKind::Organization
                    if self.pattern_generic[pattern] && self.foreign_owner(text, s, lists, out) =>
                {
                    continue
                }
                _ => {}
            }
            // "the Duma Defense Committee", "the Senate Ukraine Caucus": a chamber's committee or caucus the gazetteer
            // lacks is one name, which mentions neither the chamber nor the place inside it.
            let chamber = self.pattern_kind[pattern] == EntityKind::Organization
                && CHAMBERS.iter().any(|c| text[s..m.end()].ends_with(c));
            if let Some(end) = chamber.then(|| chamber_group_after(text, m.end())).flatten() {
                let from = if text[s..].starts_with("the ") { s + "the ".len() } else { s };
                let name = text[from..end].to_string();
                out.push(RawMention { entity: EntityRef::New(EntityKind::Organization, name), range: from..end });
                pos = end;
                continue;
            }
            if let Some((len, place)) = self.possessive_place[pattern] {
                out.push(RawMention { entity: EntityRef::Known(place as usize), range: s..s + len as usize });
            }
            let mut entity = EntityRef::Known(self.pattern_entry[pattern] as usize);
            if &text[s..m.end()] == "the House" {
                entity = the_house_named(text, out).unwrap_or(entity);
            }
            out.push(RawMention { entity, range: s..m.end() });
        }
    }

    /// "the House Democratic Caucus", "House Progressive Caucus": the end of a committee or caucus name opened by a
    /// "House" that is not a place's house ("Ohio House Finance Committee").
    fn house_group(
        &self,
        text: &str,
        s: usize,
        out: &[RawMention],
        nested: Option<(usize, usize, usize)>,
    ) -> Option<usize> {
        if !text[s..].starts_with("House ") || right_after_mention(s, out, nested) {
            return None;
        }
        chamber_group_after(text, s + "House".len())
    }

    /// "House Speaker Nancy Pelosi", "any would-be House speaker": the House is mentioned (ENTITIES-GUIDELINES,
    /// fourth set), and it is the house "the House" would be. Not a state's house ("Ohio House Speaker"), whose
    /// place the mention just before names.
    fn house_of_speaker(
        &self,
        text: &str,
        s: usize,
        out: &[RawMention],
        nested: Option<(usize, usize, usize)>,
    ) -> Option<EntityRef> {
        let rest = &text[s..];
        let ends = |w: &str| !rest[w.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '-');
        if !(rest.starts_with("House Speaker") && ends("House Speaker")
            || rest.starts_with("House speaker") && ends("House speaker"))
        {
            return None;
        }
        if right_after_mention(s, out, nested) {
            return None;
        }
        let house = EntityRef::Known(self.the_house? as usize);
        Some(the_house_named(text, out).unwrap_or(house))
    }
}

/// True when a mention (the last one found, or the nested match being read) ends right before `s`: "Ohio House ..."
/// is a state's house.
fn right_after_mention(s: usize, out: &[RawMention], nested: Option<(usize, usize, usize)>) -> bool {
    out.last().is_some_and(|o| o.range.end + 1 >= s) || nested.is_some_and(|(_, end, _)| end + 1 >= s)
}

/// "MPs returned to the House of Commons ... the House voted": "the House" is the house the article last named
/// in full (None: the US House, when it named none other).
fn the_house_named(text: &str, out: &[RawMention]) -> Option<EntityRef> {
    out.iter()
        .rev()
        .find(|o| {
            let t = &text[o.range.clone()];
            t.starts_with("House of ") && !t.starts_with("House of Representatives")
        })
        .map(|o| o.entity.clone())
}

/// Where a gazetteer name may start: the first two bytes of every name, and the first bytes of the few names
/// that open with a lower-case letter ("the House", "al-Qaeda"), whose two-byte openings are too common.
struct NameStarts {
    /// Bit `b0 << 8 | b1` is set when some name opens with the bytes `b0 b1` (every name has two bytes or more).
    pairs: Box<[u64; 1024]>,
    /// Up to five opening bytes of each name that starts with an ASCII lower-case letter.
    lower: Vec<Vec<u8>>,
}

impl NameStarts {
    fn new(patterns: &[String]) -> NameStarts {
        let mut pairs = Box::new([0u64; 1024]);
        let mut lower: Vec<Vec<u8>> = Vec::new();
        for p in patterns {
            let b = p.as_bytes();
            let pair = (usize::from(b[0]) << 8) | usize::from(b[1]);
            pairs[pair / 64] |= 1 << (pair % 64);
            let head = b[..b.len().min(5)].to_vec();
            if b[0].is_ascii_lowercase() && !lower.contains(&head) {
                lower.push(head);
            }
        }
        NameStarts { pairs, lower }
    }

    /// The first byte offset at or after `from` where a word starts that may open a name.
    fn next(&self, text: &str, from: usize) -> Option<usize> {
        let bytes = text.as_bytes();
        let last = bytes.len().checked_sub(1)?;
        for i in from..last {
            let pair = (usize::from(bytes[i]) << 8) | usize::from(bytes[i + 1]);
            if self.pairs[pair / 64] & (1 << (pair % 64)) == 0 {
                continue;
            }
            // Only a lead byte opens a pair, so `i` is a character boundary.
            if text[..i].chars().next_back().is_some_and(char::is_alphanumeric) {
                continue;
            }
            if bytes[i].is_ascii_lowercase() && !self.lower.iter().any(|p| bytes[i..].starts_with(p)) {
                continue;
            }
            return Some(i);
        }
        None
    }
}

/// A key under which the usual transliterations of one Slavic name are equal: lower case, "shch" and "sch" as
/// "sc", "kh" as "h", "y" as "i" ("Iryna"/"Irina", "Yuriy"/"Iurii"), "ie" and "ye" as "e" ("Syniehubov"/
/// "Synyehubov"/"Synehubov"), and doubled letters once ("Yurii"/"Yuri"). ASCII names only. Written into `key`
/// in one pass (it runs on every pair of capitalised words).
fn translit_key(name: &str, key: &mut String) {
    key.clear();
    let b = name.as_bytes();
    let at = |k: usize| b.get(k).map(u8::to_ascii_lowercase);
    let push = |key: &mut String, c: u8| {
        // "ie" as "e": an "e" replaces the "i" before it.
        if c == b'e' && key.ends_with('i') {
            key.pop();
        }
        if !key.ends_with(c as char) {
            key.push(c as char);
        }
    };
    let mut i = 0;
    while i < b.len() {
        let c = b[i].to_ascii_lowercase();
        if c == b's' && at(i + 1) == Some(b'h') && at(i + 2) == Some(b'c') && at(i + 3) == Some(b'h') {
            push(key, b's');
            push(key, b'c');
            i += 4;
        } else if c == b's' && at(i + 1) == Some(b'c') && at(i + 2) == Some(b'h') {
            push(key, b's');
            push(key, b'c');
            i += 3;
        } else if c == b'k' && at(i + 1) == Some(b'h') {
            push(key, b'h');
            i += 2;
        } else {
            push(key, if c == b'y' { b'i' } else { c });
            i += 1;
        }
    }
}

/// The name with hyphens between capitalised parts turned into spaces, when it has any.
fn unhyphenated(name: &str) -> Option<String> {
    let b = name.as_bytes();
    let mut any = false;
    for (i, &c) in b.iter().enumerate() {
        if c == b'-' {
            let before = name[..i].chars().next_back().is_some_and(char::is_alphabetic);
            let after = name[i + 1..].chars().next().is_some_and(char::is_uppercase);
            if !(before && after) {
                return None;
            }
            any = true;
        }
    }
    any.then(|| name.replace('-', " "))
}

/// True when `lead` ends with an institution's head word and "of" ("University of ", "Bank of "), so that a
/// place right after it ends the institution's name.
fn ends_institution_of(lead: &str, lists: &EntityWords) -> bool {
    let Some(rest) = lead.strip_suffix(" of ") else { return false };
    let head = rest.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    lists.has(head, class::INSTITUTION_OF)
}

/// Where the name of an institution that ends right before the place at byte `s` starts ("[University College]
/// London", "[Imperial College] London"): capitalised words after single spaces, the last an institution's head
/// word ("College", "University"), at least one before it, none a word that opens no name or a title.
fn institution_before(text: &str, s: usize, lists: &EntityWords) -> Option<usize> {
    let lead = text[..s].strip_suffix(' ')?;
    let head = &lead[word_start(lead, char::is_alphanumeric)..];
    if !lists.has(head, class::INSTITUTION_OF) {
        return None;
    }
    let mut from = lead.len() - head.len();
    let mut words = 0;
    while let Some(before) = text[..from].strip_suffix(' ') {
        let w = &before[word_start(before, |c| c.is_alphanumeric() || c == '\'' || c == '’')..];
        if !is_cap_word(w) || lists.has(w, class::NOT_NAME | class::PERSON_TITLE | class::DEMONYM) || words == 3 {
            break;
        }
        from = before.len() - w.len();
        words += 1;
    }
    (words > 0).then_some(from)
}

/// True when the words after byte `end` go on to an organization's head word ("Race Equality Council", "Fire
/// and Rescue Service"): capitalised words, "and" or "of" between them, and at least one word before the head
/// that is not a generic body word (so "Police Federation" or "Armed Forces" do not take the place in), or
/// generic words before an institution's head ("State University", "National University").
fn starts_org_name(text: &str, end: usize, lists: &EntityWords) -> bool {
    let mut rest = &text[end..];
    let mut distinctive = false;
    // A generic word that opens no name ("State") went before the head: only an institution takes the place in.
    let mut opener = false;
    for i in 0..5 {
        let Some(r) = rest.strip_prefix(' ') else { return false };
        let stop = r.find(|c: char| !(c.is_alphanumeric() || c == '-')).unwrap_or(r.len());
        let w = &r[..stop];
        rest = &r[stop..];
        if i > 0 && (w == "and" || w == "of") {
            continue;
        }
        if !is_cap_word(w) {
            return false;
        }
        if lists.has(w, class::ORG_HEAD) {
            // "Alaska Department of Fish and Game": the head goes on with "of" and a distinctive name.
            let of_name = rest.strip_prefix(" of ").is_some_and(|r| {
                let w = r.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
                is_cap_word(w) && !lists.has(w, class::GENERIC_ORG | class::NOT_NAME)
            });
            // "Michigan State University", "Donetsk National University": a place's university or institute
            // needs no other distinctive word.
            let institution = i > 0 && lists.has(w, class::INSTITUTION_OF);
            return institution || (!opener && (distinctive || (i == 0 && of_name)));
        }
        // "State" opens no name ("State media said"), but "Ohio State University" is one.
        if lists.has(w, class::NOT_NAME) && lists.has(w, class::GENERIC_ORG) && !lists.has(w, class::PERSON_TITLE) {
            opener = true;
            continue;
        }
        if lists.has(w, class::NOT_NAME | class::PERSON_TITLE | class::DEMONYM) {
            return false;
        }
        distinctive |= !lists.has(w, class::GENERIC_ORG);
    }
    false
}

/// The end (byte) of a chamber's committee or caucus name after the chamber's name ending at byte `end`: one to
/// four capitalised words (or "and") and then a word of `CHAMBER_GROUPS` (" Defense Committee", " Rules and
/// Administration Committee", " Democratic Caucus").
fn chamber_group_after(text: &str, end: usize) -> Option<usize> {
    let mut rest = &text[end..];
    let mut at = end;
    for i in 0..5 {
        let r = rest.strip_prefix(' ')?;
        let stop = r.find(|c: char| !c.is_alphanumeric()).unwrap_or(r.len());
        let w = &r[..stop];
        at += 1 + stop;
        if CHAMBER_GROUPS.contains(&w) {
            return (i > 0).then_some(at);
        }
        if !(is_cap_word(w) || i > 0 && w == "and") {
            return None;
        }
        rest = &r[stop..];
    }
    None
}

/// The end of a facility's name that goes on after a place's name ending at byte `end` ("Kyiv| Central Station",
/// "Beaumaris| Castle"): one to four capitalised words after single spaces, the last a facility's head word.
fn facility_after(text: &str, end: usize, lists: &EntityWords) -> Option<usize> {
    let mut rest = &text[end..];
    let mut at = end;
    for _ in 0..4 {
        let r = rest.strip_prefix(' ')?;
        let stop = r.find(|c: char| !c.is_alphanumeric()).unwrap_or(r.len());
        let w = &r[..stop];
        if !is_cap_word(w) {
            return None;
        }
        at += 1 + stop;
        if lists.has(w, class::FACILITY_HEAD) {
            // "Kyiv Station's": the head must end the name.
            return (!r[stop..].starts_with(|c: char| c.is_alphanumeric())).then_some(at);
        }
        if lists.has(w, class::NOT_NAME | class::PERSON_TITLE | class::DEMONYM) && !lists.has(w, class::FACILITY_WORD) {
            return None;
        }
        rest = &r[stop..];
    }
    None
}

/// The start of a capitalised word right before a place's name at byte `s` that belongs to the facility's name
/// ("Strata| Florida Abbey"): not a sentence's first word, an opener, a title or a demonym, and not part of the
/// previous mention.
fn facility_word_before(text: &str, s: usize, lists: &EntityWords, out: &[RawMention]) -> Option<usize> {
    let lead = text[..s].strip_suffix(' ')?;
    let from = word_start(lead, |c| c.is_alphanumeric());
    let w = &lead[from..];
    let before = &lead[..from];
    let mid_sentence =
        before.ends_with(' ') && before[..before.len() - 1].ends_with(|c: char| c.is_lowercase() || c == ',');
    let ok = is_cap_word(w)
        && mid_sentence
        && !lists.has(w, class::NOT_NAME | class::PERSON_TITLE | class::DEMONYM | class::FACILITY_WORD)
        && out.last().is_none_or(|m| m.range.end <= from);
    ok.then_some(from)
}

/// Where the last word of `lead` starts: after its last character that `in_word` rejects.
fn word_start(lead: &str, in_word: impl Fn(char) -> bool) -> usize {
    lead.char_indices().rev().find(|&(_, c)| !in_word(c)).map_or(0, |(i, c)| i + c.len_utf8())
}

/// The word right after byte `end` (after one space), or "".
fn next_word(text: &str, end: usize) -> &str {
    let rest = text[end..].strip_prefix(' ').unwrap_or("");
    let stop = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
    &rest[..stop]
}

/// True for capitalised person titles ("President", "Spokesperson").
pub(crate) fn is_person_title(lists: &EntityWords, word: &str) -> bool {
    lists.has(word, class::PERSON_TITLE)
}

/// True for words that end organization names ("Ministry", "Council", "Brigade") and a few that only occur
/// inside them ("Affairs").
pub(crate) fn is_org_word(lists: &EntityWords, word: &str) -> bool {
    lists.has(word, class::ORG_HEAD) || ["Affairs", "Nations"].contains(&word)
}

/// True for capitalised words that never begin a name (sentence openers, months, demonyms, titles).
pub(crate) fn is_not_name(lists: &EntityWords, word: &str) -> bool {
    lists.has(word, class::NOT_NAME | class::DEMONYM)
}

/// The end (word index) of a lower-case unit name starting at the ordinal `ws[i]`: at most four lower-case
/// words, the last a unit word, after "the", "a" or a possessive.
fn lower_unit(text: &str, ws: &[Range<usize>], i: usize, lists: &EntityWords) -> Option<usize> {
    let lead = &text[..ws[i].start];
    if !(lead.ends_with("the ") || lead.ends_with("'s ") || lead.ends_with("’s ") || lead.ends_with("its ")) {
        return None;
    }
    let mut j = i + 1;
    while j < ws.len() && j - i <= 4 && &text[ws[j - 1].end..ws[j].start] == " " {
        let w = &text[ws[j].clone()];
        if !w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
            return None;
        }
        j += 1;
        if lists.has(w, class::LOWER_UNIT_HEAD) {
            // "the 93rd brigade's", "the 3rd army corps": the unit word must end the name.
            let next = text[ws[j - 1].end..].chars().next();
            return (!next.is_some_and(char::is_alphanumeric)).then_some(j);
        }
    }
    None
}

/// Each word with a capital first letter: "58th motorised infantry brigade" -> "58th Motorised Infantry Brigade".
fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start && c.is_alphabetic() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        start = c == ' ' || c == '-';
    }
    out
}

/// "58th", "1st", "2nd", "3rd".
fn is_ordinal(w: &str) -> bool {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && matches!(&w[digits..], "st" | "nd" | "rd" | "th")
}

/// The hyphenated endings of a compound adjective of origin ("US-made", "Sierra Leone-flagged", "U.S.-supplied").
const ORIGIN_ADJECTIVES: [&str; 11] = [
    "-made",
    "-built",
    "-manufactured",
    "-produced",
    "-designed",
    "-developed",
    "-flagged",
    "-registered",
    "-supplied",
    "-owned",
    "-operated",
];

/// "US-made", "Leone-flagged": a word that ends in one of [`ORIGIN_ADJECTIVES`].
fn is_origin_adjective(w: &str) -> bool {
    w.contains('-') && ORIGIN_ADJECTIVES.iter().any(|a| w.ends_with(a))
}

fn is_cap_word(w: &str) -> bool {
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    first.is_uppercase() && w.chars().any(char::is_lowercase) && !w.chars().any(|c| c.is_ascii_digit())
}

/// True when a range overlaps one of `sorted` (mentions in text order, not overlapping each other).
fn overlaps(sorted: &[RawMention], r: &Range<usize>) -> bool {
    let idx = sorted.partition_point(|m| m.range.start < r.end);
    sorted[..idx].iter().rev().take(4).any(|m| m.range.end > r.start)
}

/// Names the gazetteer does not know, recognized from context. Mentions already found (`known`, sorted)
/// are not revisited. `sentence_starts` are byte offsets where sentences begin.
pub fn context_names(
    text: &str,
    known: &[RawMention],
    vocab: &Vocabulary,
    ws: &[Range<usize>],
    out: &mut Vec<RawMention>,
) {
    let lists = &vocab.entity_words;
    let covered = |r: &Range<usize>| overlaps(known, r);
    let found_before = out.len();
    let mut i = 0;
    while i < ws.len() {
        let w = &text[ws[i].clone()];
        // "the Sierra Leone-flagged Razoni": a compound adjective of origin is no part of a name.
        if w.starts_with(|c: char| c.is_ascii_uppercase()) && is_origin_adjective(w) {
            i += 1;
            continue;
        }
        if !is_cap_word(w) || covered(&ws[i]) {
            // "58th Motorized Infantry Brigade": an ordinal starts a unit's name.
            if is_ordinal(w) && !covered(&ws[i]) {
                let mut j = i + 1;
                while j < ws.len() && j - i <= 5 && &text[ws[j - 1].end..ws[j].start] == " " {
                    if !is_cap_word(&text[ws[j].clone()]) || covered(&ws[j]) {
                        break;
                    }
                    j += 1;
                }
                if j > i + 1 && lists.has(&text[ws[j - 1].clone()], class::UNIT_HEAD) {
                    let range = ws[i].start..ws[j - 1].end;
                    out.push(RawMention {
                        entity: EntityRef::New(EntityKind::Organization, text[range.clone()].to_string()),
                        range,
                    });
                    i = j;
                    continue;
                }
                // "the 93rd brigade", "the 58th motorised infantry brigade": the same name in lower case.
                if let Some(j) = lower_unit(text, ws, i, lists) {
                    let range = ws[i].start..ws[j - 1].end;
                    out.push(RawMention {
                        entity: EntityRef::New(EntityKind::Organization, title_case(&text[range.clone()])),
                        range,
                    });
                    i = j;
                    continue;
                }
            }
            i += 1;
            continue;
        }
        // Grow a run of capitalised words separated by one space (or ". " after an initial).
        let mut j = i + 1;
        while j < ws.len() {
            let gap = &text[ws[j - 1].end..ws[j].start];
            let prev_initial = ws[j - 1].len() == 1;
            let ok_gap = gap == " " || (prev_initial && (gap == ". " || gap == "'" || gap == "’"));
            // A middle initial ("Jay S. Auslander") or an "O'" ("Tyler O'Neil") continues a run.
            let initial = ws[j].len() == 1 && text.as_bytes()[ws[j].start].is_ascii_uppercase() && {
                let rest = &text[ws[j].end..];
                rest.starts_with(". ")
                    || rest
                        .strip_prefix('\'')
                        .or_else(|| rest.strip_prefix('’'))
                        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_uppercase()))
            };
            let w = &text[ws[j].clone()];
            if !ok_gap || !(is_cap_word(w) || initial) || covered(&ws[j]) || is_origin_adjective(w) {
                break;
            }
            j += 1;
        }
        // "Kyrylo O. [Budanov]": an initial does not end a run.
        while j > i + 1 && ws[j - 1].len() == 1 && !is_cap_word(&text[ws[j - 1].clone()]) {
            j -= 1;
        }
        // "Prosecutor General's Office", "Suffolk County Sheriff's Office", "Chelmsford Magistrates' Court": a
        // title's or a plural's possessive inside a name.
        if let Some(end) = possessive_name(text, ws, i, j, &covered, lists, out) {
            i = end;
            continue;
        }
        // "Institute for the Study of War", "Office of the United Nations High Commissioner for Human Rights":
        // an organization's head word may go on with "of"/"for" and more capitalised words.
        if let Some(end) = org_of_tail(text, ws, i, j, &covered, vocab, out) {
            i = end;
            continue;
        }
        // "Food and Drug Administration", "National Oceanic and Atmospheric Administration": capitalised words
        // and "and" before an organization's head word belong to its name.
        if let Some(from) = org_and_head(text, ws, i, j, &covered, lists) {
            if out.last().is_some_and(|m| m.range.end > ws[from].start) {
                out.pop();
            }
            let range = ws[from].start..ws[j - 1].end;
            out.push(RawMention {
                entity: EntityRef::New(EntityKind::Organization, text[range.clone()].to_string()),
                range,
            });
            i = j;
            continue;
        }
        let prev_word = i.checked_sub(1).map(|p| &text[ws[p].clone()]);
        // A known name right after the run ("President Volodymr Zelensky" with a misspelt given name).
        let known_next = j < ws.len() && &text[ws[j - 1].end..ws[j].start] == " " && covered(&ws[j]);
        // "in Tapa, Estonia": a gazetteer name after a comma.
        let known_after_comma = j < ws.len() && &text[ws[j - 1].end..ws[j].start] == ", " && covered(&ws[j]);
        let place_before = place_before(text, known, ws[i].start, &vocab.gazetteer).is_some();
        let before = Context { prev_word, known_next, known_after_comma, place_before };
        classify_run(text, before, &ws[i..j], vocab, out);
        i = j;
    }
    known_place_first(text, known, &vocab.gazetteer, found_before, out);
    surface_surnames(text, known, out);
    acronym_mentions(text, known, ws, out);
    payment_network(text, known, vocab, ws, out);
}

/// "removed from the Swift international payment system", "excluding three more Russian banks from Swift": the name
/// "Swift" on its own (not "Taylor Swift", "Exercise Swift Response") is SWIFT, the bank messaging network, in an
/// article where one such "Swift" in the middle of a sentence has banks or payments in that sentence or the one
/// before. Then every lone "Swift" of the article is SWIFT, also at a sentence's start ("Swift says it has no
/// influence"); a "Swift response" that opens a sentence of an article with no such evidence stays an adjective.
fn payment_network(
    text: &str,
    known: &[RawMention],
    vocab: &Vocabulary,
    ws: &[Range<usize>],
    out: &mut Vec<RawMention>,
) {
    if !text.contains("Swift") {
        return;
    }
    let Some(swift) = vocab.gazetteer.find(EntityKind::Organization, "SWIFT") else { return };
    let cap = |k: usize| is_cap_word(&text[ws[k].clone()]);
    // Lone "Swift" words and whether each is in the middle of a sentence.
    let mut lone = Vec::new();
    for (k, w) in ws.iter().enumerate() {
        if &text[w.clone()] != "Swift" || overlaps(known, w) {
            continue;
        }
        let before = text[..w.start].trim_end_matches([' ', '"', '“', '\'']);
        let starts_sentence = before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':']);
        let prev_cap = k > 0 && &text[ws[k - 1].end..w.start] == " " && cap(k - 1);
        let next_cap = k + 1 < ws.len() && &text[w.end..ws[k + 1].start] == " " && cap(k + 1);
        // "But Swift has continued": a word that never begins a name is no given name.
        if next_cap || (prev_cap && !vocab.entity_words.has(&text[ws[k - 1].clone()], class::NOT_NAME)) {
            continue;
        }
        lone.push((w.clone(), !starts_sentence && !prev_cap));
    }
    let evidence = lone.iter().any(|(w, middle)| {
        *middle && {
            let around = &text[two_sentences(text, w.start)];
            // A word of the `payment-word` list as written, or capitalised ("Banks").
            around.split(|c: char| !c.is_alphanumeric()).any(|w| {
                let lists = &vocab.entity_words;
                lists.has(w, class::PAYMENT_WORD)
                    || w.starts_with(|c: char| c.is_uppercase())
                        && w.to_lowercase() != w
                        && title_case(&w.to_lowercase()) == w
                        && lists.has(&w.to_lowercase(), class::PAYMENT_WORD)
            })
        }
    });
    if !evidence {
        return;
    }
    for (range, _) in lone {
        if !out.iter().any(|m| m.range.start < range.end && range.start < m.range.end) {
            out.push(RawMention { entity: EntityRef::Known(swift), range });
        }
    }
}

/// The start and entry of a known place that ends one space before byte `at` ("the [Ukraine] Contact Group").
fn place_before(text: &str, known: &[RawMention], at: usize, gazetteer: &Gazetteer) -> Option<(usize, usize)> {
    let end = text[..at].strip_suffix(' ')?.len();
    let m = known[..known.partition_point(|m| m.range.start < end)].last()?;
    let EntityRef::Known(k) = m.entity else { return None };
    let place = m.range.end == end && gazetteer.entry(k).kind == EntityKind::Place;
    (place && text[m.range.clone()].starts_with(char::is_uppercase)).then_some((m.range.start, k))
}

/// The gazetteer's organization that is the body `body` ("Armed Forces", "Foreign Ministry", "Security Council") of
/// the known place `place` written `written`: by a name that puts the place before it ("Ukraine's Armed Forces",
/// "Taiwan Foreign Ministry") or after it ("Security Council of Russia"), or for a bare ministry, the one ministry of
/// that kind whose country words are the place's ("Taiwanese Foreign Ministry", "Transnistrian Ministry of Internal
/// Affairs" for Transnistria).
fn owned_body(gazetteer: &Gazetteer, body: &str, place: usize, written: &str) -> Option<usize> {
    let e = gazetteer.entry(place);
    let owners = || [written, &e.canonical].into_iter().chain(e.aliases.iter().map(String::as_str));
    let org = |i: &usize| gazetteer.entry(*i).kind == EntityKind::Organization;
    let table = gazetteer.name_table();
    let found = owners().find_map(|n| {
        [format!("{n}'s {body}"), format!("{n} {body}"), format!("{body} of {n}"), format!("{body} of the {n}")]
            .iter()
            .find_map(|f| table.get(&name_key(f)).copied().filter(org))
    });
    found.or_else(|| {
        let kind = bare_body(body)?;
        let mut of_owner = gazetteer.entries().iter().enumerate().filter(|(_, o)| {
            o.kind == EntityKind::Organization
                && std::iter::once(&o.canonical).chain(o.aliases.iter()).any(|n| names_body(n, kind))
                && ministry_countries(o).any(|w| owned_by(e, written, w))
        });
        match (of_owner.next(), of_owner.next()) {
            (Some((i, _)), None) => Some(i),
            _ => None,
        }
    })
}

/// "Putin ... convened his Security Council", "Biden called a meeting of his National Security Council": a
/// generic security council after "his" or "her" is the one of the country of the known person that the sentence or
/// the one before names last, by the first office in that person's description ("President of Russia (2000-)").
/// `context_owned_bodies` leaves "his" out because the places of a sentence often are not the person's country.
fn person_owned_councils(text: &str, gazetteer: &Gazetteer, mentions: &mut [RawMention]) {
    for i in 0..mentions.len() {
        let m = &mentions[i];
        let written = &text[m.range.clone()];
        if !matches!(m.entity, EntityRef::Known(_))
            || !matches!(written, "Security Council" | "National Security Council")
        {
            continue;
        }
        let lead = &text[..m.range.start];
        if !(lead.ends_with(" his ") || lead.ends_with(" her ")) {
            continue;
        }
        let window = two_sentences(text, m.range.start);
        let person =
            mentions[..i].iter().rev().take_while(|p| p.range.start >= window.start).find_map(|p| match p.entity {
                EntityRef::Known(k) if gazetteer.entry(k).kind == EntityKind::Person => Some(k),
                _ => None,
            });
        let Some(person) = person else { continue };
        let office = gazetteer.entry(person).description.split(';').next().unwrap_or("");
        let Some((_, country)) = office.split_once(" of ") else { continue };
        let country = country.split(" (").next().unwrap_or("").trim().trim_start_matches("the ");
        let Some(&c) = gazetteer.name_table().get(&name_key(country)) else { continue };
        if gazetteer.entry(c).kind != EntityKind::Place || country_of(gazetteer, c) != Some(c) {
            continue;
        }
        if let Some(o) = owned_body(gazetteer, written, c, country) {
            mentions[i].entity = EntityRef::Known(o);
        }
    }
}

/// "the North Atlantic Council", "the ruling Social Democratic Party", "the Eastern Theater Command": one of the
/// `name-lead` list's words in the middle of a sentence (after a word in lower case) right before an organization's name starts
/// that name. The gazetteer's shorter name ("Atlantic Council", "Democratic Party") or the name the context found
/// without it ("Theater Command") is another body, or only the end of one. Not before an acronym ("the invasion of
/// New UN figures").
fn name_lead_bodies(text: &str, gazetteer: &Gazetteer, lists: &EntityWords, mentions: &mut [RawMention]) {
    for m in mentions.iter_mut() {
        let is_org = match &m.entity {
            EntityRef::Known(k) => gazetteer.entry(*k).kind == EntityKind::Organization,
            EntityRef::New(kind, _) => *kind == EntityKind::Organization,
        };
        let Some(lead) = text[..m.range.start].strip_suffix(' ') else { continue };
        let word = &lead[lead.rfind(' ').map_or(0, |p| p + 1)..];
        if !lists.has(word, class::NAME_LEAD) {
            continue;
        }
        let before = &lead[..lead.len() - word.len()];
        let Some(before) = before.strip_suffix(' ') else { continue };
        let prev = &before[word_start(before, char::is_alphanumeric)..];
        if !is_org || prev.is_empty() || !prev.chars().all(|c| c.is_ascii_lowercase()) {
            continue;
        }
        if text[m.range.clone()].chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '.') {
            continue;
        }
        let start = lead.len() - word.len();
        let name = text[start..m.range.end].to_string();
        m.entity = match gazetteer.name_table().get(&name_key(&name)) {
            Some(&k) if gazetteer.entry(k).kind == EntityKind::Organization => EntityRef::Known(k),
            _ => EntityRef::New(EntityKind::Organization, name),
        };
        m.range.start = start;
    }
}

/// True when `word` is a country word (`ministry_countries`) of the place `e` written `written`: one of its names,
/// or a demonym that is one of them without a final "e" or "a" and at most three letters more ("Transnistrian",
/// "Ukrainian", "Chinese").
fn owned_by(e: &crate::vocab::Entry, written: &str, word: &str) -> bool {
    [written, &e.canonical].into_iter().chain(e.aliases.iter().map(String::as_str)).any(|n| {
        let stem = n.strip_suffix(['e', 'a']).unwrap_or(n);
        word == n || (word.starts_with(stem) && word.len() <= stem.len() + 3)
    })
}

/// "the Revolutionary Armed Forces of Colombia", "the Security Council of the Russian Federation", "the Foreign
/// Ministry of China", "the Ministry of Defense of Transnistria": a body's name and "of" a country is one name, the
/// gazetteer's body of that country when it knows one. The name before "of" is one the context found with a head
/// word of its own ("Revolutionary Armed Forces"), or a generic name the gazetteer gave to another owner ("Security
/// Council" is the UN's, a bare "Foreign Ministry" the article's other one). Not a unit ("the 3rd Motor Rifle
/// Division of the Russian Federation" is that country's unit, named without it), a known name that is not generic
/// ("the Financial Times of Britain"), or a place that is no country ("the Congress of Vienna").
fn of_country_bodies(text: &str, gazetteer: &Gazetteer, lists: &EntityWords, mentions: &mut [RawMention]) {
    for i in 0..mentions.len() {
        let m = &mentions[i];
        let rest = &text[m.range.end..];
        let Some(gap) = [" of the ", " of "].into_iter().find(|g| rest.starts_with(g)) else { continue };
        let written = &text[m.range.clone()];
        let generic = |w: &str| w == "of" || w == "the" || w == "and" || lists.has(w, class::GENERIC_ORG);
        let own_name = match &m.entity {
            EntityRef::New(EntityKind::Organization, name) => {
                let last = name.rsplit(' ').next().unwrap_or("");
                name.contains(' ')
                    && !name.starts_with(|c: char| c.is_ascii_digit())
                    && lists.has(last, class::ORG_HEAD)
                    || bare_body(name).is_some()
            }
            EntityRef::Known(k) => {
                gazetteer.entry(*k).kind == EntityKind::Organization
                    && written.contains(' ')
                    && written.split(' ').all(generic)
            }
            _ => false,
        };
        if !own_name || !written.starts_with(char::is_uppercase) {
            continue;
        }
        let at = m.range.end + gap.len();
        let Some(p) = mentions[i + 1..].iter().take(4).find(|p| p.range.start == at) else { continue };
        let EntityRef::Known(k) = p.entity else { continue };
        if gazetteer.entry(k).kind != EntityKind::Place || country_of(gazetteer, k) != Some(k) {
            continue;
        }
        let end = p.range.end;
        let place = &text[p.range.clone()];
        let body = match &mentions[i].entity {
            EntityRef::New(_, name) if bare_body(name).is_some() => name.clone(),
            _ => written.to_string(),
        };
        // A known body of that country already ("the Main Intelligence Directorate of Ukraine") stays as it is.
        let e = gazetteer.entry(k);
        mentions[i].entity = match (owned_body(gazetteer, &body, k, place), &mentions[i].entity) {
            (Some(o), _) => EntityRef::Known(o),
            (None, EntityRef::Known(o)) if ministry_countries(gazetteer.entry(*o)).any(|w| owned_by(e, place, w)) => {
                continue
            }
            (None, _) => EntityRef::New(EntityKind::Organization, text[mentions[i].range.start..end].to_string()),
        };
        mentions[i].range.end = end;
    }
}

/// "the Ukraine Contact Group", "the Rwanda Investigation Bureau", "the U.S. Agency for Global Media", "the Detroit
/// Economic Club": a known place right before an organization's name the context found (`out[from..]`) is the
/// name's first word, not a place of its own in the sentence (the place mention is kept, as for "Norway's Foreign
/// Ministry"). A body the gazetteer knows by its owner's name is that entry ("Ukraine Armed Forces" as "Ukraine's
/// Armed Forces", "South Korea Foreign Ministry" as the ministry of South Korea's names); a bare ministry it does not
/// know is left to `resolve_bare_ministries`. Not for a unit's number ("the Volgograd 20th Guards Motor Rifle
/// Division" is based there) or one word ("Kyiv SBU officers").
fn known_place_first(text: &str, known: &[RawMention], gazetteer: &Gazetteer, from: usize, out: &mut [RawMention]) {
    for m in &mut out[from..] {
        let EntityRef::New(EntityKind::Organization, name) = &m.entity else { continue };
        if !name.contains(' ') || name.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        // "California National Guard" is `place_owned_bodies`'s.
        if COUNTRY_BODIES.contains(&name.as_str()) {
            continue;
        }
        let Some((start, k)) = place_before(text, known, m.range.start, gazetteer) else { continue };
        let written = &text[start..m.range.start - 1];
        let known_org = owned_body(gazetteer, name, k, written);
        m.entity = match known_org {
            Some(i) => EntityRef::Known(i),
            None if bare_body(name).is_some() => continue,
            None => EntityRef::New(
                EntityKind::Organization,
                format!("{} {name}", written.replace("U.S.", "US").replace("U.K.", "UK")),
            ),
        };
        m.range.start = start;
    }
}

/// "said Petro Andriushchenko ... Andriushchenko added": a one-word person found from context that ends an earlier
/// gazetteer mention as written (the gazetteer may spell the name another way) is that mention's entity.
fn surface_surnames(text: &str, known: &[RawMention], out: &mut [RawMention]) {
    for m in out.iter_mut() {
        let EntityRef::New(EntityKind::Person, name) = &m.entity else { continue };
        if name.contains(' ') {
            continue;
        }
        let before = known.partition_point(|k| k.range.end <= m.range.start);
        let found = known[..before].iter().rev().find(|k| {
            let surface = &text[k.range.clone()];
            surface.strip_suffix(name.as_str()).is_some_and(|f| f.ends_with(' ') && f.len() > 1)
        });
        if let Some(k) = found {
            m.entity = k.entity.clone();
        }
    }
}

/// The acronym in parentheses right after byte `end` (" (SOHR)"): two to eight letters (or "&"), at least two
/// of them capitals, starting with a capital.
fn acronym_after(text: &str, end: usize) -> Option<&str> {
    let rest = text[end..].strip_prefix(" (")?;
    let close = rest.find(')')?;
    let a = &rest[..close];
    let ok = (2..=8).contains(&a.len())
        && a.starts_with(|c: char| c.is_ascii_uppercase())
        && a.bytes().all(|b| b.is_ascii_alphabetic() || b == b'&')
        && a.bytes().filter(u8::is_ascii_uppercase).count() >= 2;
    ok.then_some(a)
}

/// "the Syrian Observatory for Human Rights (SOHR) ... SOHR said": an acronym defined in parentheses after a
/// name is that name wherever the article uses it. The name is a gazetteer mention or an organization found
/// from context, and the acronym's first letter is the initial of one of its words.
fn acronym_mentions(text: &str, known: &[RawMention], ws: &[Range<usize>], out: &mut Vec<RawMention>) {
    if !text.contains(") ") && !text.contains("),") && !text.contains(").") {
        return;
    }
    let mut defined: Vec<(&str, EntityRef, usize)> = Vec::new();
    for m in known.iter().chain(out.iter()) {
        if matches!(m.entity, EntityRef::New(kind, _) if kind != EntityKind::Organization) {
            continue;
        }
        let Some(acr) = acronym_after(text, m.range.end) else { continue };
        let first = acr.as_bytes()[0];
        let initials = text[m.range.clone()].split([' ', '-']).any(|w| w.as_bytes().first() == Some(&first));
        if initials && !defined.iter().any(|(a, _, _)| *a == acr) {
            defined.push((acr, m.entity.clone(), m.range.end));
        }
    }
    if defined.is_empty() {
        return;
    }
    let found_before = out.len();
    for w in ws {
        let word = &text[w.clone()];
        let Some((_, entity, _)) = defined.iter().find(|(a, _, from)| *a == word && w.start > *from) else { continue };
        if overlaps(known, w) || out[..found_before].iter().any(|m| m.range.start < w.end && w.start < m.range.end) {
            continue;
        }
        out.push(RawMention { entity: entity.clone(), range: w.clone() });
    }
}

/// The bodies named "<title>'s Office" that every country has: alone ("the Prosecutor General's Office said")
/// they are the country's that the article or the sentence names (`context_owned_bodies`), or are dropped.
const OWNED_OFFICES: &[&str] = &["Prosecutor General's Office", "General Prosecutor's Office", "President's Office"];

/// For a run `ws[i..j]` whose last word is a title before "'s" ("Prosecutor General's Office", "U.S. Attorney's
/// Office") or a plural before "'" ("Magistrates' Court", "TaxPayers' Alliance"), and that goes on with
/// capitalised words ending in an organization's head word: the organization's mention and the word index after
/// it. A generic name ("the Sheriff's Office", "a Magistrates' Court") is skipped without a mention, except the
/// `OWNED_OFFICES`, kept for their country.
fn possessive_name(
    text: &str,
    ws: &[Range<usize>],
    i: usize,
    j: usize,
    covered: &dyn Fn(&Range<usize>) -> bool,
    lists: &EntityWords,
    out: &mut Vec<RawMention>,
) -> Option<usize> {
    let word = |k: usize| &text[ws[k].clone()];
    let last = word(j - 1);
    let rest = &text[ws[j - 1].end..];
    let title = lists.has(last, class::PERSON_TITLE);
    // The first word after the possessive: after the "s" word for "'s", right after it for a plural's "'".
    let k = if title && (rest.starts_with("'s ") || rest.starts_with("’s ")) {
        j + 1
    } else if !title && last.len() > 3 && last.ends_with('s') && (rest.starts_with("' ") || rest.starts_with("’ ")) {
        j
    } else {
        return None;
    };
    let mut l = k;
    while l < ws.len()
        && l - k < 4
        && (l == k || &text[ws[l - 1].end..ws[l].start] == " ")
        && is_cap_word(word(l))
        && !covered(&ws[l])
        && !lists.has(word(l), class::NOT_NAME | class::PERSON_TITLE)
    {
        l += 1;
    }
    if l == k || !lists.has(word(l - 1), class::ORG_HEAD) {
        return None;
    }
    // Not the end of a longer name the gazetteer cut ("Los Angeles County Sheriff's Department"): left alone.
    let lead = &text[..ws[i].start];
    let code = ["US ", "U.S. ", "UK ", "U.K. "].iter().find(|c| lead.ends_with(**c));
    if i > 0 && &text[ws[i - 1].end..ws[i].start] == " " && covered(&ws[i - 1]) && code.is_none() {
        return None;
    }
    // Leading openers are not part of it ("The Prosecutor General's Office"); demonyms are ("European People's
    // Party").
    let mut start = i;
    while start < j - 1
        && lists.has(word(start), class::NOT_NAME)
        && !lists.has(word(start), class::OWNER_DEMONYM | class::PERSON_TITLE)
    {
        start += 1;
    }
    let from = match code {
        Some(c) if start == i => ws[i].start - c.len(),
        _ => ws[start].start,
    };
    let end = ws[l - 1].end;
    let name = text[from..end].replace('’', "'").replacen("U.S. ", "US ", 1).replacen("U.K. ", "UK ", 1);
    // A generic name: nothing but titles and generic words (and a plural before "'") before the possessive,
    // generic words after it ("Sheriff's Office", "Magistrates' Court", but "Soldiers' Mothers Committee"), and
    // no owner before it.
    let generic = from == ws[start].start
        && (start..j).all(|m| lists.has(word(m), class::PERSON_TITLE | class::GENERIC_ORG) || (!title && m == j - 1))
        && (k..l).all(|m| lists.has(word(m), class::GENERIC_ORG));
    if !generic || OWNED_OFFICES.contains(&name.as_str()) {
        out.push(RawMention { entity: EntityRef::New(EntityKind::Organization, name), range: from..end });
    }
    Some(l)
}

/// For a run `ws[i..j]` that ends with an organization's head word and follows "<Capitalised words> and ",
/// the index of the first of those words.
fn org_and_head(
    text: &str,
    ws: &[Range<usize>],
    i: usize,
    j: usize,
    covered: &dyn Fn(&Range<usize>) -> bool,
    lists: &EntityWords,
) -> Option<usize> {
    let word = |k: usize| &text[ws[k].clone()];
    let space = |k: usize| &text[ws[k - 1].end..ws[k].start] == " ";
    if i < 2 || !lists.has(word(j - 1), class::ORG_HEAD) || word(i - 1) != "and" || !space(i) || !space(i - 1) {
        return None;
    }
    // The run after "and" is a name on its own when it starts with a title or opener ("and the Security Council").
    if lists.has(word(i), class::NOT_NAME | class::PERSON_TITLE) {
        return None;
    }
    let ok =
        |k: usize| is_cap_word(word(k)) && !covered(&ws[k]) && !lists.has(word(k), class::NOT_NAME | class::DEMONYM);
    let mut from = i - 1;
    while from > 0 && i - from <= 3 && ok(from - 1) && (from == i - 1 || space(from)) {
        from -= 1;
    }
    // The words before "and" must not end in a head word of their own ("the Security Council and Defence Ministry").
    if from == i - 1 || lists.has(word(i - 2), class::ORG_HEAD) || j - from > 7 {
        return None;
    }
    // Not inside a longer name ("Ministry of Defense and Armed Forces"), and not a generic body ("Security and
    // Intelligence Service").
    // ("a spokesman for Hertfordshire Fire and Rescue Service" is not: the word before "for" is no name's).
    if from > 1 && matches!(word(from - 1), "of" | "for" | "and") && is_cap_word(word(from - 2)) {
        return None;
    }
    if (from..j).all(|k| word(k) == "and" || lists.has(word(k), class::GENERIC_ORG)) {
        return None;
    }
    Some(from)
}

/// For a run `ws[i..j]` whose last word heads an organization's name and that goes on with "of"/"for" (and
/// "the") and more capitalised words, the organization's mention and the word index after it.
fn org_of_tail(
    text: &str,
    ws: &[Range<usize>],
    i: usize,
    j: usize,
    covered: &dyn Fn(&Range<usize>) -> bool,
    vocab: &Vocabulary,
    out: &mut Vec<RawMention>,
) -> Option<usize> {
    let (first_names, lists) = (&vocab.first_names, &vocab.entity_words);
    let word = |k: usize| &text[ws[k].clone()];
    if !lists.has(word(j - 1), class::ORG_HEAD) {
        return None;
    }
    // Leading words that are not names ("The", "Former") are not part of it.
    let mut start = i;
    while start < j
        && lists.has(word(start), class::NOT_NAME | class::PERSON_TITLE)
        && !lists.has(word(start), class::ORG_HEAD)
    {
        start += 1;
    }
    if start == j || j - start > 4 {
        return None;
    }
    let mut end = j;
    let mut k = j;
    for _ in 0..3 {
        // " of ", " for ", " of the ", " for the ".
        let Some(conn) = ws.get(k).map(|_| k) else { break };
        let c = word(conn);
        // "and" only inside the tail: "Center for Strategic Communications and Information Security".
        let and = c == "and" && end > j;
        if !(c == "of" || c == "for" || and) || &text[ws[conn - 1].end..ws[conn].start] != " " {
            break;
        }
        let mut t = conn + 1;
        if ws.get(t).is_some_and(|_| word(t) == "the") && &text[ws[t - 1].end..ws[t].start] == " " {
            t += 1;
        }
        let first = t;
        // The tail stops before a title, a sentence opener, a given name ("Office of Management and Budget
        // Director Shalanda Young") or an adjective ("of Russian-occupied").
        while t < ws.len()
            && t - first < 5
            && &text[ws[t - 1].end..ws[t].start] == " "
            && is_cap_word(word(t))
            && !covered(&ws[t])
            && !(t > first && lists.has(word(t), class::NOT_NAME | class::PERSON_TITLE))
            && !(t > first && first_names.contains(word(t)))
            && !word(t).split_once('-').is_some_and(|(_, b)| b.starts_with(char::is_lowercase))
        {
            t += 1;
        }
        // No name after the connective (the text may end there: "the Office of..."; `first` is then past the end).
        if t == first {
            break;
        }
        // "University of New Haven", "University of North Carolina": "New" or a compass word opens a longer name.
        let new_name = matches!(word(first), "New" | "North" | "South" | "East" | "West") && t > first + 1;
        // "Ministry of Justice", "Ministry of State Security": a ministry's field may be a title or a generic word.
        let field = word(j - 1) == "Ministry" && lists.has(word(first), class::GENERIC_ORG);
        if lists.has(word(first), class::NOT_NAME | class::PERSON_TITLE | class::DEMONYM) && !new_name && !field {
            break;
        }
        // "... and the Foreign Ministry": another organization. So is "the University of Illinois and Ohio State
        // University", whose words after "and" go on with a generic word that opens no name ("State").
        let goes_on = ws.get(t).is_some_and(|w| {
            &text[ws[t - 1].end..w.start] == " "
                && lists.has(word(t), class::NOT_NAME)
                && lists.has(word(t), class::GENERIC_ORG)
        });
        if and && (lists.has(word(t - 1), class::ORG_HEAD) || goes_on) {
            break;
        }
        end = t;
        k = t;
    }
    if end == j {
        return None;
    }
    // "Ministry of Infrastructure", "Department of Transportation", "Court of Appeal": a government body whose
    // country the name does not give.
    if j - start == 1 && lists.has(word(start), class::GENERIC_OWNERLESS) {
        // "the Ministry of Defence said": the bare ministry `resolve_bare_ministries` names by the article's own
        // qualified mention of it, or drops.
        if word(start) == "Ministry" {
            let tail = &text[ws[j].end..ws[end - 1].end];
            let kind = match tail.trim_start().trim_start_matches("the ") {
                "Defence" | "Defense" | "Finance" | "Justice" | "Energy" | "Health" | "Economy" => {
                    Some(tail.trim_start().trim_start_matches("the "))
                }
                "Foreign Affairs" => Some("Foreign"),
                "Internal Affairs" | "Interior" => Some("Interior"),
                "State Security" => Some("State Security"),
                "Emergency Situations" | "Emergencies" => Some("Emergencies"),
                _ => None,
            };
            if let Some(kind) = kind {
                let range = ws[start].start..ws[end - 1].end;
                out.push(RawMention {
                    entity: EntityRef::New(EntityKind::Organization, format!("{kind} Ministry")),
                    range,
                });
            }
        }
        return Some(end);
    }
    // "Ministry of Internal Affairs", "Department of Defense": a generic body without its owner.
    if (start..end).all(|k| {
        let w = word(k);
        w == "of" || w == "for" || w == "the" || lists.has(w, class::GENERIC_ORG)
    }) {
        return Some(end);
    }
    let range = ws[start].start..ws[end - 1].end;
    out.push(RawMention { entity: EntityRef::New(EntityKind::Organization, text[range.clone()].to_string()), range });
    Some(end)
}

/// What surrounds a run of capitalised words.
#[derive(Clone, Copy)]
struct Context<'a> {
    /// The word before the run.
    prev_word: Option<&'a str>,
    /// A gazetteer name follows the run after one space.
    known_next: bool,
    /// A gazetteer name follows the run after ", ".
    known_after_comma: bool,
    /// A known place ends one space before the run ("the Ukraine Contact Group").
    place_before: bool,
}

fn classify_run(text: &str, context: Context<'_>, run: &[Range<usize>], vocab: &Vocabulary, out: &mut Vec<RawMention>) {
    let lists = &vocab.entity_words;
    let mut start = 0;
    // Drop leading words that are not names; remember a person title.
    while start < run.len() {
        let w = &text[run[start].clone()];
        if lists.has(w, class::PERSON_TITLE) || is_not_name(lists, w) {
            start += 1;
        } else {
            break;
        }
    }
    let run_all = run;
    // "Australian Federal Police Commissioner Reece Kershaw", "Republican Study Committee Chairman Jim Banks": an
    // organization's name before a title and the person who holds it. Not when the run goes on from a name or
    // word before it ("NATO Space Center Director", "then-Counterintelligence and Security Center Director"), whose
    // start is unknown.
    let word = |k: usize| &text[run[k].clone()];
    let titled_at = (start + 2..run.len().saturating_sub(1))
        .find(|&t| lists.has(word(t), class::PERSON_TITLE) && lists.has(word(t - 1), class::ORG_HEAD));
    let joined = || {
        let lead = &text[..run[0].start];
        lead.ends_with('-')
            || matches!(context.prev_word, Some("and" | "of" | "for" | "&"))
            || lead
                .strip_suffix(' ')
                .is_some_and(|l| l[word_start(l, char::is_alphanumeric)..].starts_with(char::is_uppercase))
    };
    if let Some(t) = titled_at.filter(|_| !joined()) {
        // Only when the title is a person's ("Open Society Justice Initiative" is no title).
        let found = out.len();
        tail_person(text, run, vocab, out);
        if out.len() > found {
            let person = out.pop();
            let before = Context { known_next: false, known_after_comma: false, ..context };
            classify_run(text, before, &run[..t], vocab, out);
            out.extend(person);
            return;
        }
    }
    // "New York University", "Australian Strategic Policy Institute": "New" and most demonyms belong to an
    // organization's name, and so do the places that are not names at a sentence's start ("Moscow Chess
    // Federation", "Kyiv Region Police").
    if lists.has(&text[run_all[run_all.len() - 1].clone()], class::ORG_HEAD) {
        let place = |w: &str| {
            let gazetteer = &vocab.gazetteer;
            let known = gazetteer.name_table().get(&name_key(w));
            known.is_some_and(|&k| gazetteer.entry(k).kind == EntityKind::Place)
        };
        while start > 0 && {
            let w = &text[run_all[start - 1].clone()];
            // Not after a hyphen ("the -Russia Council" the scraper cut from "NATO-Russia Council").
            let cut = text[..run_all[start - 1].start].ends_with('-');
            w == "New" || lists.has(w, class::DEMONYM) || (place(w) && !cut)
        } {
            start -= 1;
        }
    }
    let run = &run[start..];
    if !classify_names(text, &context, run_all, start, run, vocab, out) && run_all.len() >= 3 {
        tail_person(text, run_all, vocab, out);
    }
}

/// The person at the end of a longer run of capitalised words: after its last title ("White House Deputy Press
/// Secretary Andy Bates", "NEADA Executive Director Mark Wolfe") or from a known given name on ("former Obama
/// Director of Global Engagement Brett Bruen").
fn tail_person(text: &str, run: &[Range<usize>], vocab: &Vocabulary, out: &mut Vec<RawMention>) {
    let (first_names, lists) = (&vocab.first_names, &vocab.entity_words);
    let word = |r: &Range<usize>| &text[r.clone()];
    let from = if let Some(t) = run.iter().rposition(|r| lists.has(word(r), class::PERSON_TITLE)) {
        t + 1
    } else {
        // A given name two words from the end, or three with a middle initial.
        let n = run.len();
        let initial = |r: &Range<usize>| r.len() == 1;
        if first_names.contains(word(&run[n - 2])) && !initial(&run[n - 1]) {
            n - 2
        } else if first_names.contains(word(&run[n - 3])) && initial(&run[n - 2]) {
            n - 3
        } else {
            return;
        }
    };
    let tail = &run[from..];
    if tail.len() < 2 || tail.len() > 3 || from == 0 {
        return;
    }
    let not_person = class::NOT_NAME
        | class::ORG_HEAD
        | class::PLACE_HEAD
        | class::NOT_IN_PERSON
        | class::DEMONYM
        | class::PERSON_TITLE
        | class::GENERIC_ORG;
    // One word after a title must not be the first of an unknown name cut by a gazetteer match.
    if tail.iter().any(|r| lists.has(word(r), not_person) || r.len() > 20) || !is_cap_word(word(&tail[0])) {
        return;
    }
    let range = tail[0].start..tail[tail.len() - 1].end;
    out.push(RawMention { entity: EntityRef::New(EntityKind::Person, text[range.clone()].to_string()), range });
}

/// True when a run starting at byte `first` is introduced as a settlement ("the village of Yasne", "the towns of
/// X and Y") or sits before a known place after a comma ("in Tapa, Estonia", "from Hartselle, Alabama").
fn place_context(
    text: &str,
    first: usize,
    prev_word: Option<&str>,
    known_after_comma: bool,
    lists: &EntityWords,
) -> bool {
    // `settlement_intros` are settlement nouns with "of"; the plural ones also name the second of a pair.
    let intros = &lists.settlement_intros;
    let lead = &text[..first];
    // "the village of Yasne", and "the village Yasne" (without "of" only after "the").
    let whole = |p: &str| lead.strip_suffix(p).is_some_and(|b| b.is_empty() || b.ends_with(' '));
    let introduced = intros.iter().any(|p| whole(p))
        || ["the village ", "the settlement ", "The village "].iter().any(|p| lead.ends_with(p));
    // "the villages of Yasne and Novoselivka": the second of a pair, in the same clause.
    // The clause is what follows the last period, comma or semicolon: a noun found before it fails, and the
    // nouns hold none of these, so only the clause is searched (not the whole article before the run).
    let pair = lead.strip_suffix(" and ").is_some_and(|before_and| {
        let clause = before_and.rfind(['.', ',', ';']).map_or(0, |c| c + 1);
        intros.iter().filter(|p| p.contains("s of ")).any(|p| {
            before_and[clause..].rfind(p).map(|i| clause + i).is_some_and(|i| {
                (i == 0 || before_and[..i].ends_with(' ')) && !before_and[i + p.len()..].contains(['.', ',', ';'])
            })
        })
    });
    let located = known_after_comma && matches!(prev_word, Some("in" | "near" | "outside" | "from" | "of"));
    introduced || pair || located
}

/// Where an organization's name starting at byte `first` begins when the country before it belongs to it: a
/// demonym dropped from the front of the run (`run_all[start - 1]`) or a country code before the run ("UK Space
/// Agency", "U.S. Space Command").
fn owner_before(text: &str, run_all: &[Range<usize>], start: usize, first: usize, lists: &EntityWords) -> usize {
    if start > 0 && lists.has(&text[run_all[start - 1].clone()], class::OWNER_DEMONYM) {
        return run_all[start - 1].start;
    }
    let lead = &text[..first];
    for code in ["US ", "U.S. ", "UK ", "U.K. "] {
        if let Some(before) = lead.strip_suffix(code) {
            if !before.chars().next_back().is_some_and(char::is_alphanumeric) {
                return before.len();
            }
        }
    }
    first
}

/// The run's name from its context; false when it is neither an organization nor a person.
fn classify_names(
    text: &str,
    context: &Context<'_>,
    run_all: &[Range<usize>],
    start: usize,
    run: &[Range<usize>],
    vocab: &Vocabulary,
    out: &mut Vec<RawMention>,
) -> bool {
    let (verbs, first_names, lists) = (&vocab.verbs, &vocab.first_names, &vocab.entity_words);
    let Context { prev_word, known_next, known_after_comma, place_before } = *context;
    let titled = start > 0 && lists.has(&text[run_all[start - 1].clone()], class::PERSON_TITLE);
    let last_word = run.last().map_or("", |r| &text[r.clone()]);
    let org_head = lists.has(last_word, class::ORG_HEAD);
    // Organizations have longer names ("National Energy Assistance Directors Association") than people.
    if run.is_empty() || run.len() > if org_head { 6 } else { 4 } {
        return false;
    }
    let first = run[0].start;
    let last = run[run.len() - 1].end;
    let name = &text[first..last];
    if start == 0 && run.len() <= 3 && place_context(text, first, prev_word, known_after_comma, lists) {
        let not_place = class::NOT_NAME
            | class::ORG_HEAD
            | class::PERSON_TITLE
            | class::DEMONYM
            | class::GENERIC_ORG
            | class::NOT_IN_PLACE;
        // "from Andrew Harding, BBC News": a given name first is a person.
        let person_like = run.len() >= 2 && first_names.contains(&text[run[0].clone()]);
        if !person_like && !run.iter().any(|r| lists.has(&text[r.clone()], not_place)) {
            out.push(RawMention { entity: EntityRef::New(EntityKind::Place, name.to_string()), range: first..last });
            return true;
        }
    }
    // "Sheremetyevo International Airport", "Beaumaris Castle", "Khreshchatyk Street": a name ending in a facility's
    // head word, with a word of its own besides the generic ones, is a place.
    if (2..=5).contains(&run.len()) && !titled && lists.has(last_word, class::FACILITY_HEAD) {
        let word = |r: &Range<usize>| &text[r.clone()];
        let own = run[..run.len() - 1].iter().any(|r| !lists.has(word(r), class::FACILITY_WORD | class::GENERIC_ORG));
        let not_facility = class::NOT_NAME | class::PERSON_TITLE | class::DEMONYM | class::NOT_IN_PERSON;
        // "Michael Castle said", "according to Mark Arena": a given name and one more word is a person's name, and
        // a source that speaks is no place.
        let next = text[last..].trim_start().split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        let person_like = run.len() == 2 && first_names.contains(word(&run[0]))
            || verbs.get(next).is_some()
            || text[..first].ends_with("according to ");
        if own
            && !person_like
            && !run.iter().any(|r| lists.has(word(r), not_facility) && !lists.has(word(r), class::FACILITY_WORD))
        {
            out.push(RawMention { entity: EntityRef::New(EntityKind::Place, name.to_string()), range: first..last });
            return true;
        }
    }
    if run.len() >= 2 && org_head {
        // "the Foreign Ministry", "Armed Forces", "Security Council": a description without its country or
        // owner is not a name a reader can facet on.
        // A bare "Defence Ministry" is kept for `resolve_bare_ministries`, which names its country or drops it.
        // With a known place right before it, it is that place's body ("UK Health Security Agency"), which
        // `known_place_first` names.
        if run.iter().all(|r| lists.has(&text[r.clone()], class::GENERIC_ORG))
            && bare_ministry(name).is_none()
            && !(start == 0 && place_before)
        {
            return true;
        }
        let from = owner_before(text, run_all, start, first, lists);
        // "U.S. Space Command" and "US Space Command" are one name, spelt like the gazetteer's ("US Army").
        let name = text[from..last].replacen("U.S. ", "US ", 1).replacen("U.K. ", "UK ", 1);
        out.push(RawMention { entity: EntityRef::New(EntityKind::Organization, name), range: from..last });
        return true;
    }
    // "news outlet Ultima Hora", "the law firm of Wilk Auslander", "a project called Dissernet": a noun for a body
    // right before the name, or before "called"/"named" and the name.
    let lead = &text[..first];
    let org_noun_at = |l: &str| {
        let w = &l[word_start(l, |c: char| c.is_alphanumeric() || c == '-')..];
        lists.has(w, class::ORG_NOUN)
    };
    // "a Russian hacker group called DarkSide", not "The outlet called Gates and his wife" (a verb): an indefinite
    // article at most three words before the noun, and the name ends there ("called Schools for Climate Action"
    // and "called Out!standing" are cut names).
    let called =
        ["called ", "named "].iter().any(|c| {
            lead.strip_suffix(c).and_then(|l| l.strip_suffix(' ')).is_some_and(|l| {
                let words: Vec<&str> = l.rsplit(' ').take(5).collect();
                org_noun_at(l) && words[1..].iter().any(|w| matches!(*w, "a" | "an" | "A" | "An"))
            })
        }) && text[last..].strip_prefix(' ').is_none_or(|r| r.starts_with(char::is_lowercase) && !r.starts_with("of "));
    // The name goes on past the run: "chain Holland & Barrett", "media network Visegrad 24", "called
    // Out!standing", "called Schools for Climate Action".
    let cut = {
        let after = &text[last..];
        match after.strip_prefix(' ') {
            Some(r) => r.starts_with(|c: char| c.is_ascii_digit() || c == '&') || r.starts_with("for "),
            None => after.starts_with(|c: char| c.is_alphanumeric() || matches!(c, '!' | '&' | '-')),
        }
    };
    let noun_before = start == 0
        && (lead.ends_with("radio station ")
            || prev_word.is_some_and(|p| {
                lists.has(p, class::ORG_NOUN) && lead.strip_suffix(' ').is_some_and(|l| l.ends_with(p))
            })
            || called
            || lead.ends_with(" firm of ")
            || lead.ends_with(" company of "));
    // "shoppers in a Perekryostok store", "the Baza channel": a name right before a noun for a shop or a channel,
    // after an article.
    let noun_after = start == 0
        && run.len() <= 2
        && !name.contains('-')
        && [" store", " stores", " supermarket", " supermarkets", " channel"]
            .iter()
            .any(|n| text[last..].strip_prefix(n).is_some_and(|r| !r.starts_with(char::is_alphanumeric)))
        && ["a ", "an ", "the ", "A ", "An ", "The "]
            .iter()
            .any(|a| lead.strip_suffix(a).is_some_and(|b| b.is_empty() || b.ends_with(' ')));
    // "Gazzetta dello Sport", "Medecins sans Frontieres": the name goes on after a particle.
    let particle_next = || {
        text[last..].strip_prefix(' ').is_some_and(|r| {
            let w = r.split(' ').next().unwrap_or("");
            [
                "de", "del", "della", "dello", "degli", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les",
                "sans", "van", "von", "der", "den", "y", "e", "et", "und", "al", "el",
            ]
            .contains(&w)
                && r[w.len()..].strip_prefix(' ').is_some_and(|n| n.starts_with(char::is_uppercase))
        })
    };
    // A known given name first is a person's name ("contractor Oleksandra Kuvshynova").
    let person_like = run.len() >= 2 && first_names.contains(&text[run[0].clone()]);
    if (noun_before || noun_after)
        && !cut
        && !particle_next()
        && !person_like
        && !run.iter().any(|r| lists.has(&text[r.clone()], class::NOT_NAME | class::PERSON_TITLE))
    {
        // "the international payments network Swift": a known organization written in another case is that one.
        let gazetteer = &vocab.gazetteer;
        let known = gazetteer.name_table().get(&name_key(name)).copied();
        let entity = match known.filter(|&k| gazetteer.entry(k).kind == EntityKind::Organization) {
            Some(k) => EntityRef::Known(k),
            None => EntityRef::New(EntityKind::Organization, name.to_string()),
        };
        out.push(RawMention { entity, range: first..last });
        return true;
    }
    let not_person = class::NOT_NAME | class::ORG_HEAD | class::PLACE_HEAD | class::NOT_IN_PERSON | class::DEMONYM;
    if run.iter().any(|r| lists.has(&text[r.clone()], not_person)) {
        return false;
    }
    // Context before: a lower-case title ("lawmaker Andrei Bayevsky", "spokesperson John Kirby").
    // The word before the run may be a title the loop above did not see ("lawmaker Andrei Bayevsky"); when
    // leading words were dropped, the word before the name is the last dropped one.
    let prev_word = if start > 0 { Some(&text[run_all[start - 1].clone()]) } else { prev_word };
    // An abbreviated title before the run ("Gov. Valentyn Reznichenko", "Mr. Fomin").
    let abbreviated = start == 0
        && prev_word.is_some_and(|p| p.len() <= 5 && lists.has(p, class::PERSON_TITLE))
        && text[..first].ends_with(". ")
        && run.len() >= 2;
    // A role noun before a full name ("teammate Mick Schumacher", "sixth-seeded Kaia Kanepi").
    let role = prev_word.is_some_and(|p| lists.has(p, class::LOWER_ROLE) || p.ends_with("-seeded")) && run.len() >= 2;
    // A broadcaster's or agency's own people: "CNN's Jake Tapper", "ABC News' Martha Raddatz".
    let outlet_possessive = start == 0
        && run.len() >= 2
        && !known_next
        && !run.iter().any(|r| lists.has(&text[r.clone()], class::PERSON_TITLE))
        && {
            let lead = &text[..first];
            let owner =
                lead.strip_suffix("'s ").or_else(|| lead.strip_suffix("’s ")).or_else(|| lead.strip_suffix("' "));
            owner.is_some_and(|o| {
                let w = o.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
                w == "News" || ((2..=6).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase()))
            })
        };
    let titled = titled
        || abbreviated
        || role
        || outlet_possessive
        || prev_word.is_some_and(|p| lists.has(p, class::LOWER_TITLE));
    // Context after: a reporting verb, an appositive (", the ...", ", who ...").
    let after = text[last..].trim_start();
    let next_word = after.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    // An appositive between commas before a reporting verb: "Estonia's permanent secretary for defence, Kusti
    // Salm, said".
    let comma_verb = text[..first].ends_with(", ")
        && text[last..].strip_prefix(", ").is_some_and(|r| {
            let w = r.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            verbs.get(w).is_some()
        });
    let verb_follows = verbs.get(next_word).is_some() || comma_verb;
    // A party tag after the name: "Nydia Velazquez, D-N.Y.", "Matt Rosendale (R-Mont.)".
    let party_tag = [", D-", ", R-", ", I-", " (D-", " (R-", " (I-"]
        .iter()
        .any(|p| text[last..].strip_prefix(p).is_some_and(|r| r.starts_with(|c: char| c.is_ascii_uppercase())));
    // A kinship after the name: "Mick Schumacher, son of seven-time champion Michael Schumacher".
    let kin = text[last..].strip_prefix(", ").is_some_and(|r| {
        let (noun, rest) = r.split_once(' ').unwrap_or(("", ""));
        rest.starts_with("of ") && lists.has(noun, class::KIN_NOUN)
    });
    let appositive = party_tag
        || kin
        || [", the ", ", a ", ", an ", ", who ", ", its ", ", his ", ", her "]
            .iter()
            .any(|p| text[last..].starts_with(p));
    // An age after the name: "Maria, 33, and her daughter".
    // "Olga, four, and her mother": an age in words, then a comma.
    let age = text[last..].strip_prefix(", ").is_some_and(|rest| {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        (1..=3).contains(&digits) && matches!(rest.as_bytes().get(digits), Some(b',' | b' '))
            || rest.split_once(", ").is_some_and(|(w, _)| AGE_WORDS.contains(&w))
    });
    // A known given name first ("Jeff Bezos", "Kyrsten Sinema") is enough.
    let given_name = first_names.contains(&text[run[0].clone()]);
    // A given name alone ("a soldier named Ilya", "Andrej said", "Anatoly, a 52-year-old soldier") is a person
    // that the article names by first name only.
    let named = prev_word.is_some_and(|p| p == "named" || p == "called") || text[..first].ends_with("known as ");
    // "Roman, a deputy commander, had spent": a capitalised word described as a person right after is a given name
    // even when the list leaves it out as a common word.
    let described = run.len() == 1
        && !lists.has(&text[run[0].clone()], class::PERSON_TITLE)
        && appositive_person(text, last, lists)
        && !appositive_animal(text, last, lists);
    let lone_given = run.len() == 1
        && (given_name && (named || verb_follows || age || appositive_person(text, last, lists)) || described);
    let is_person = (titled && run.len() <= 3)
        || lone_given
        || (run.len() >= 2 && run.len() <= 3 && (verb_follows || appositive || given_name || age));
    // One word right before a known name belongs to that name ("Volodymr Zelensky"); one word after an
    // apostrophe is the end of a longer one ("D'Agata").
    let part_of_longer = run.len() == 1 && (known_next || text[..first].ends_with(['\'', '’']));
    if is_person && !part_of_longer && run.iter().all(|r| r.len() <= 20) {
        // "O’Neill" and "O'Neill" are one person.
        let name = if name.contains('’') { name.replace('’', "'") } else { name.to_string() };
        out.push(RawMention { entity: EntityRef::New(EntityKind::Person, name), range: first..last });
        return true;
    }
    // A lone word before a known name is left alone.
    part_of_longer
}

/// True when ", a/an ..." after `end` describes an animal within a few words ("Jupiter, a 14-year-old Amur tiger").
fn appositive_animal(text: &str, end: usize, lists: &EntityWords) -> bool {
    let rest = &text[end..];
    let Some(rest) = rest.strip_prefix(", a ").or_else(|| rest.strip_prefix(", an ")) else { return false };
    rest.split([' ', ',', '.']).take(6).any(|w| lists.has(w, class::ANIMAL_NOUN))
}

/// Ages in words after a name ("Olga, four, ..."). English number words, not vocabulary a user would extend, so
/// they stay here rather than in `schema/entity-words.tsv` (as do the name particles in `classify_names`, "de",
/// "von", and the few fixed names and phrases single rules test for, such as "the village " in `place_context`).
#[rustfmt::skip]
const AGE_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
];

/// True when ", a/an ..." after `end` describes a person within a few words.
fn appositive_person(text: &str, end: usize, lists: &EntityWords) -> bool {
    let rest = &text[end..];
    let Some(rest) = rest.strip_prefix(", a ").or_else(|| rest.strip_prefix(", an ")) else { return false };
    rest.split([' ', ',', '.']).take(5).any(|w| w.ends_with("-year-old") || lists.has(w, class::PERSON_NOUN))
}

/// The surname of every person of the article named with two words or more, mapped to that person (`None` when two
/// people share it), and where it was first seen.
pub type Surnames = (FxHashMap<String, Option<EntityRef>>, FxHashMap<String, usize>);

pub fn article_surnames(mentions: &[RawMention], names: &dyn Fn(&EntityRef) -> Option<String>) -> Surnames {
    let mut by_surname: FxHashMap<String, Option<EntityRef>> = FxHashMap::default();
    let mut first_seen: FxHashMap<String, usize> = FxHashMap::default();
    for m in mentions {
        let Some(full) = names(&m.entity) else {
            continue;
        };
        let Some((_, surname)) = full.rsplit_once(' ') else {
            continue;
        };
        first_seen.entry(surname.to_string()).or_insert(m.range.start);
        by_surname
            .entry(surname.to_string())
            .and_modify(|e| {
                if e.as_ref() != Some(&m.entity) {
                    *e = None;
                }
            })
            .or_insert_with(|| Some(m.entity.clone()));
    }
    (by_surname, first_seen)
}

/// Finds later short forms of people already mentioned: the surname of a two-word-or-longer name
/// (`Kirby` for `John Kirby`), when no other person in the article shares it.
pub fn resolve_short_forms(
    text: &str,
    mentions: &[RawMention],
    (by_surname, first_seen): &Surnames,
    ws: &[Range<usize>],
    out: &mut Vec<RawMention>,
) {
    if by_surname.is_empty() {
        return;
    }
    let covered = |r: &Range<usize>| overlaps(mentions, r);
    for w in ws {
        let word = &text[w.clone()];
        // Surnames are capitalized: most words are ruled out before hashing.
        if word.as_bytes()[0].is_ascii_lowercase() || word.as_bytes()[0].is_ascii_digit() {
            continue;
        }
        if let Some(Some(entity)) = by_surname.get(word) {
            if first_seen.get(word).is_some_and(|&s| s < w.start) && !covered(w) {
                out.push(RawMention { entity: entity.clone(), range: w.clone() });
            }
        }
    }
}

/// "Ihor Zhovkva, deputy head of the presidential office, ... Zhovkva said": a one-word gazetteer place that is
/// the surname of the one person of the article who has it, named before, is that person. Not after a preposition
/// of place ("in Zhovkva", "near Kamyshin": the town).
pub fn surnames_over_places(
    text: &str,
    gaz: &Gazetteer,
    (by_surname, first_seen): &Surnames,
    mentions: &mut [RawMention],
) {
    let one_word_place = |m: &RawMention| {
        matches!(m.entity, EntityRef::Known(i) if gaz.entry(i).kind == EntityKind::Place)
            && !text[m.range.clone()].contains([' ', '-'])
    };
    if !mentions.iter().any(one_word_place) {
        return;
    }
    for m in mentions.iter_mut().filter(|m| one_word_place(m)) {
        let word = &text[m.range.clone()];
        let Some(Some(person)) = by_surname.get(word) else { continue };
        let before = text[..m.range.start].split_whitespace().next_back().unwrap_or("");
        const PLACE_PREPOSITIONS: &[&str] = &["in", "of", "to", "from", "near", "at", "outside", "around", "into"];
        if first_seen.get(word).is_some_and(|&s| s < m.range.start) && !PLACE_PREPOSITIONS.contains(&before) {
            m.entity = person.clone();
        }
    }
}

/// "Donetsk region", "Donetsk and Luhansk regions", "Donetsk Governor", "the regions of Donetsk and Luhansk": a
/// city named like its oblast stands for the oblast. Rewrites such mentions to the parent place when the parent
/// is `<name> Oblast`. "the Luhansk and Donetsk People's Republics" names the two republics.
pub fn promote_regions(text: &str, gazetteer: &Gazetteer, mentions: &mut [RawMention]) {
    const REGION_WORDS: [&str; 7] = [" region", " oblast", " Oblast", " province", " Region", " Governor", " governor"];
    // The region word must end there, in the plural when `plural`, or in either form otherwise: " Region" must
    // not take " Regional".
    let region_word_at = |at: usize, plural: bool| {
        REGION_WORDS.iter().any(|w| {
            let Some(rest) = text[at..].strip_prefix(w) else { return false };
            let rest = match rest.strip_prefix('s') {
                Some(r) => r,
                None if plural => return false,
                None => rest,
            };
            !rest.chars().next().is_some_and(char::is_alphanumeric)
        })
    };
    // "Dnepropetrovsk Region": a city whose oblast is named otherwise (Dnipro, Dnipropetrovsk Oblast) stands for
    // the place the gazetteer knows as "<name as written> region", when the region word follows.
    let oblast_of = |idx: usize, range: &Range<usize>| -> Option<usize> {
        let e = gazetteer.entry(idx);
        if e.kind != EntityKind::Place {
            return None;
        }
        let p = e.parent?;
        if gazetteer.entry(p).canonical == format!("{} Oblast", e.canonical) {
            return Some(p);
        }
        if !region_word_at(range.end, false) {
            return None;
        }
        let key = format!("{} region", text[range.clone()].to_lowercase());
        gazetteer.name_table().get(&key).copied().filter(|&k| k == p && gazetteer.entry(k).kind == EntityKind::Place)
    };
    let republic_of = |idx: usize| -> Option<usize> {
        let e = gazetteer.entry(idx);
        (e.kind == EntityKind::Place)
            .then(|| gazetteer.find(EntityKind::Place, &format!("{} People's Republic", e.canonical)))
            .flatten()
    };
    let mut promoted_pair = false;
    for i in 0..mentions.len() {
        let EntityRef::Known(idx) = mentions[i].entity else { continue };
        let end = mentions[i].range.end;
        let after = &text[end..];
        let next_gap_ok = |next: &RawMention| {
            let gap = &text[end..next.range.start];
            gap == " and " || gap == ", "
        };
        // "Luhansk and Donetsk People's Republics".
        if after.starts_with(" and ") {
            if let Some(next) = mentions.get(i + 1).filter(|n| next_gap_ok(n)) {
                let tail = &text[next.range.end..];
                if tail.starts_with(" People's Republics") || tail.starts_with(" People’s Republics") {
                    if let (Some(a), EntityRef::Known(b)) = (republic_of(idx), &next.entity) {
                        if let Some(b) = republic_of(*b) {
                            mentions[i].entity = EntityRef::Known(a);
                            mentions[i + 1].entity = EntityRef::Known(b);
                            mentions[i + 1].range.end +=
                                " People's Republics".len() + 2 * usize::from(tail.starts_with(" People’s"));
                            continue;
                        }
                    }
                }
            }
        }
        let Some(oblast) = oblast_of(idx, &mentions[i].range) else {
            promoted_pair = false;
            continue;
        };
        let direct = region_word_at(end, false);
        // "Donetsk and Luhansk regions": the first of a pair shares the second's region word.
        // "Donetsk, Luhansk, Kherson and Zaporizhzhia regions": every place of a list shares the last one's
        // region word.
        let paired = {
            let mut j = i;
            loop {
                let Some(next) = mentions.get(j + 1).filter(|n| n.range.start >= mentions[j].range.end) else {
                    break false;
                };
                let gap = &text[mentions[j].range.end..next.range.start];
                if !matches!(gap, " and " | ", " | ", and ")
                    || !matches!(next.entity, EntityRef::Known(k) if gazetteer.entry(k).kind == EntityKind::Place)
                {
                    break false;
                }
                if region_word_at(next.range.end, true) {
                    break true;
                }
                j += 1;
            }
        };
        // "the regions of Donetsk and Luhansk", and the second of such a pair.
        let lead = &text[..mentions[i].range.start];
        // "recognize Donetsk and Luhansk as independent states": the two Donbas names as a pair are the regions,
        // unless they are introduced as cities.
        let donbas = |k: usize| matches!(gazetteer.entry(k).canonical.as_str(), "Donetsk" | "Luhansk");
        let donbas_pair = donbas(idx)
            && !lead.ends_with("cities of ")
            && mentions.get(i + 1).is_some_and(|next| {
                &text[end..next.range.start] == " and "
                    && matches!(next.entity, EntityRef::Known(k) if k != idx && donbas(k))
            });
        let region_of = lead.ends_with("regions of ") || lead.ends_with("region of ");
        // "the battle in the Luhansk and Donetsk": a city's name after "the" with no noun after it is the region.
        let the_alone = (lead.ends_with(" the ") || lead.ends_with(" The "))
            && (after.is_empty()
                || [" and ", ", ", ". ", " - ", " – ", " — ", "; ", ")", "."].iter().any(|p| after.starts_with(p)));
        let second_of_pair = promoted_pair && (lead.ends_with(" and ") || lead.ends_with(", "));
        promoted_pair = region_of || the_alone || second_of_pair || donbas_pair;
        if direct || paired || region_of || the_alone || second_of_pair || donbas_pair {
            mentions[i].entity = EntityRef::Known(oblast);
        }
    }
}

/// "Paul N. Whelan", "Mark R. Warner": a name with a middle initial is the person named without it, when the
/// gazetteer knows that name.
pub fn drop_middle_initials(gazetteer: &Gazetteer, mentions: &mut [RawMention]) {
    for k in 0..mentions.len() {
        let EntityRef::New(EntityKind::Person, name) = &mentions[k].entity else { continue };
        let Some((first, rest)) = name.split_once(' ') else { continue };
        let Some((initial, last)) = rest.split_once(". ") else { continue };
        if initial.len() != 1 || last.contains(' ') {
            continue;
        }
        let key = format!("{first} {last}");
        if let Some(&i) = gazetteer.name_table().get(&key.to_lowercase()) {
            if gazetteer.entry(i).kind == EntityKind::Person {
                mentions[k].entity = EntityRef::Known(i);
                continue;
            }
        }
        // The same person named without the initial elsewhere in the article ("Trevor R. Reed ... Trevor Reed").
        let same = EntityRef::New(EntityKind::Person, key);
        if mentions.iter().any(|m| m.entity == same) {
            mentions[k].entity = same;
        }
    }
}

/// "Fredrick Kagan" for the gazetteer's Frederick Kagan: two capitalised words, not yet a mention, that are a
/// known person's name with the given name misspelt (see `EntityMatcher::misspelt_given_name`), or spelt in
/// another transliteration ("Irina Vereschuk" for Iryna Vereshchuk, see `EntityMatcher::transliterated_person`).
/// One lookup per capitalised word that follows another.
pub fn misspelt_known_people(
    text: &str,
    matcher: &EntityMatcher,
    gazetteer: &Gazetteer,
    ws: &[Range<usize>],
    mentions: &mut Vec<RawMention>,
) {
    let mut found = Vec::new();
    let mut key = String::new();
    for pair in ws.windows(2) {
        let last = &text[pair[1].clone()];
        let first = &text[pair[0].clone()];
        // Cheapest tests first: most words are not capitalised.
        if !last.starts_with(|c: char| c.is_ascii_uppercase()) || !first.starts_with(|c: char| c.is_ascii_uppercase()) {
            continue;
        }
        let range = pair[0].start..pair[1].end;
        if pair[1].start != pair[0].end + 1 || !is_cap_word(first) || !is_cap_word(last) || overlaps(mentions, &range) {
            continue;
        }
        let known = matcher
            .surnames
            .contains_key(last)
            .then(|| matcher.misspelt_given_name(gazetteer, &text[range.clone()]))
            .flatten()
            // A known name the gazetteer pass left alone is part of a longer one ("Margaret Thatcher Center").
            .or_else(|| {
                let exact = matcher.surnames.get(last).is_some_and(|known| {
                    known.iter().any(|&i| gazetteer.entry(i as usize).canonical == text[range.clone()])
                });
                (!exact).then(|| matcher.transliterated_person(first, last, &mut key)).flatten()
            });
        if let Some(i) = known {
            found.push(RawMention { entity: EntityRef::Known(i), range });
        }
    }
    if !found.is_empty() {
        mentions.append(&mut found);
        mentions.sort_by_key(|m| m.range.start);
    }
}

/// One-word names recognized from context ("correspondent Aiden", "Ms Wood", "[President Vladimir] Putin")
/// become the article's person whose given name or surname that word is, when exactly one person has it.
///
/// A one-word place found from context only ("the release of Trevor, Paul Whelan and other Americans", read like
/// "in Tapa, Estonia") that is the given name of exactly one person of the article ("Trevor Reed") is that person:
/// a lone given name is never a place. Gazetteer places ("Jordan", "Georgia") are left alone. A one-word
/// organization found from context only that is the surname of exactly one person of the article ("Klaus Meine
/// ... Meine denied") is that person.
pub fn merge_single_names(mentions: &mut [RawMention], names: &dyn Fn(&EntityRef) -> Option<String>) {
    let single = |e: &EntityRef| match e {
        EntityRef::New(EntityKind::Person | EntityKind::Place | EntityKind::Organization, n) => !n.contains(' '),
        _ => false,
    };
    if !mentions.iter().any(|m| single(&m.entity)) {
        return;
    }
    // Each part maps to the one person who has it (None when several do); the flag is true when that part is
    // the person's given name.
    let mut by_part: HashMap<String, (Option<EntityRef>, bool)> = HashMap::new();
    for m in mentions.iter() {
        let Some(full) = names(&m.entity) else { continue };
        let parts: Vec<&str> = full.split_whitespace().collect();
        if parts.len() < 2 {
            continue;
        }
        for (part, given) in [(parts[0], true), (parts[parts.len() - 1], false)] {
            by_part
                .entry(part.to_string())
                .and_modify(|e| {
                    if e.0.as_ref() != Some(&m.entity) {
                        e.0 = None;
                    }
                    e.1 &= given;
                })
                .or_insert_with(|| (Some(m.entity.clone()), given));
        }
    }
    if by_part.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        let found = match &m.entity {
            EntityRef::New(EntityKind::Person, name) => by_part.get(name.as_str()).and_then(|e| e.0.as_ref()),
            EntityRef::New(EntityKind::Place, name) if !name.contains(' ') => {
                by_part.get(name.as_str()).filter(|e| e.1).and_then(|e| e.0.as_ref())
            }
            // "Klaus Meine ... Meine denied": a lone surname of the article's person is no organization.
            EntityRef::New(EntityKind::Organization, name) if !name.contains(' ') => {
                by_part.get(name.as_str()).filter(|e| !e.1).and_then(|e| e.0.as_ref())
            }
            _ => None,
        };
        if let Some(full) = found {
            m.entity = full.clone();
        }
    }
}

/// The kind of ministry in a bare "Foreign Ministry", "Defense Ministry" (also the name `org_of_tail` gives a bare
/// "Ministry of Justice", "Ministry of State Security", "Ministry of Emergency Situations").
fn bare_ministry(name: &str) -> Option<&str> {
    let kind = name.strip_suffix(" Ministry")?;
    [
        "Foreign",
        "Defence",
        "Defense",
        "Interior",
        "Finance",
        "Justice",
        "Energy",
        "Health",
        "Economy",
        "State Security",
        "Emergencies",
    ]
    .contains(&kind)
    .then_some(kind)
}

/// "the Defense Ministry" without a country: in a capital the sentence names ("the defence ministry in Moscow",
/// "Kyiv's defence ministry"), that capital's country's ministry; else the nearest ministry of that kind named with its country shortly
/// before ("Russia's Defence Ministry said ... Ukraine's Defence Ministry denied it ... The Defence Ministry
/// added" is Ukraine's), else the one ministry of that kind the article names with its country. Otherwise the
/// mention is dropped: a ministry of no country is not a facet, and guessing the country from the article's
/// places proved unreliable.
pub fn resolve_bare_ministries(text: &str, gazetteer: &Gazetteer, mentions: &mut Vec<RawMention>) {
    let is_bare =
        |m: &RawMention| matches!(&m.entity, EntityRef::New(EntityKind::Organization, n) if bare_body(n).is_some());
    if !mentions.iter().any(is_bare) {
        return;
    }
    // "Defence" and "Defense" are one kind.
    fn stem(kind: &str) -> &str {
        if kind.starts_with("Defen") {
            "Defen"
        } else {
            kind
        }
    }
    let of_kind = |idx: usize, kind: &str| {
        let e = gazetteer.entry(idx);
        e.kind == EntityKind::Organization
            && std::iter::once(&e.canonical).chain(e.aliases.iter()).any(|n| names_body(n, kind))
    };
    // The known organizations with where they are named, in text order.
    let qualified: Vec<(usize, usize)> = mentions
        .iter()
        .filter_map(|m| match m.entity {
            EntityRef::Known(i) if gazetteer.entry(i).kind == EntityKind::Organization => Some((m.range.start, i)),
            _ => None,
        })
        .collect();
    let people: Vec<usize> = mentions
        .iter()
        .filter_map(|m| match m.entity {
            EntityRef::Known(i) if gazetteer.entry(i).kind == EntityKind::Person => Some(i),
            _ => None,
        })
        .collect();
    // The ministries of a kind that the article's known people belong to by their descriptions ("Foreign
    // Minister Sergei Lavrov ... the Foreign Ministry said", "Foreign Ministry spokesperson Hua Chunying").
    let of_people = |kind: &str| -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for &p in &people {
            for clause in gazetteer.entry(p).description.split(';') {
                let kind_named = match kind {
                    // "Prosecutor General of Ukraine (2022-)", "President of Ukraine (2019-)".
                    "Prosecutor General" => {
                        clause.contains("Prosecutor General") || clause.contains("Prosecutor-General")
                    }
                    "President" => clause.trim_start().starts_with("President of"),
                    // "Associate Justice of the US Supreme Court (2022-)".
                    _ if COUNTRY_BODIES.contains(&kind) => clause.contains(kind),
                    _ => {
                        (clause.contains(stem(kind)) || (kind == "Interior" && clause.contains("Internal Affairs")))
                            && clause.contains("Minist")
                    }
                };
                if !kind_named {
                    continue;
                }
                for (idx, e) in gazetteer.entries().iter().enumerate() {
                    if of_kind(idx, kind) && ministry_countries(e).any(|c| has_word(clause, c)) && !out.contains(&idx) {
                        out.push(idx);
                    }
                }
            }
        }
        out
    };
    // Once per kind of bare ministry the article has, not per mention.
    let mut by_kind: Vec<(String, Vec<usize>)> = Vec::new();
    for m in mentions.iter() {
        let EntityRef::New(EntityKind::Organization, name) = &m.entity else { continue };
        if let Some(kind) = bare_body(name) {
            if !by_kind.iter().any(|(k, _)| k == kind) && !qualified.iter().any(|&(_, i)| of_kind(i, kind)) {
                by_kind.push((kind.to_string(), of_people(kind)));
            }
        }
    }
    // Where the sentence names the ministry's capital or country: a place mention right before ("Moscow's") or
    // after ("in Moscow", "in Belarus").
    let capitals: Vec<(Range<usize>, usize)> = mentions
        .iter()
        .filter_map(|m| match m.entity {
            EntityRef::Known(i) if gazetteer.entry(i).description.starts_with("capital of") => {
                Some((m.range.clone(), gazetteer.entry(i).parent?))
            }
            EntityRef::Known(i)
                if gazetteer.entry(i).kind == EntityKind::Place && country_of(gazetteer, i) == Some(i) =>
            {
                Some((m.range.clone(), i))
            }
            _ => None,
        })
        .collect();
    let capital_country = |m: &RawMention| {
        capitals.iter().find_map(|(r, c)| {
            let before = text.get(r.end..m.range.start).is_some_and(|s| s == "'s " || s == "’s ");
            let after = text.get(m.range.end..r.start) == Some(" in ");
            (before || after).then_some(*c)
        })
    };
    mentions.retain_mut(|m| {
        let EntityRef::New(EntityKind::Organization, name) = &m.entity else { return true };
        let Some(kind) = bare_body(name) else { return true };
        // "the defence ministry in Moscow", "Kyiv's foreign ministry": the capital's country's ministry.
        if bare_ministry(name).is_some() {
            if let Some(k) = capital_country(m).and_then(|c| country_body(gazetteer, c, kind)) {
                m.entity = EntityRef::Known(k);
                return true;
            }
        }
        // A lower-case one after any other possessive ("the U.K.'s defense ministry", "Belarus's defence ministry")
        // is that owner's, which the gazetteer does not know by this name: not another country's named before.
        let lower = text[m.range.start..].starts_with(char::is_lowercase);
        if lower && (text[..m.range.start].ends_with("'s ") || text[..m.range.start].ends_with("’s ")) {
            return false;
        }
        // The nearest one named before: "Russia's Defence Ministry said ... Ukraine's Defence Ministry denied it
        // ... the Defence Ministry added" is Ukraine's.
        // A ministry only (not "the Communist Party", which an article on the CPSU and China names both ways),
        // and only close by: further on, the article has often moved to the other country.
        const NEAR: usize = 1000;
        let earlier = qualified.partition_point(|&(at, _)| at < m.range.start);
        let nearest = qualified[..earlier].iter().rev().find(|&&(_, i)| of_kind(i, kind));
        if let Some(&(_, i)) = nearest.filter(|&&(at, _)| bare_ministry(name).is_some() && m.range.start - at <= NEAR) {
            m.entity = EntityRef::Known(i);
            return true;
        }
        let mut found = qualified.iter().map(|&(_, i)| i).filter(|&i| of_kind(i, kind));
        let Some(first) = found.next() else {
            let by_people = by_kind.iter().find(|(k, _)| k == kind).map_or(&[][..], |(_, v)| &v[..]);
            if let [only] = by_people[..] {
                m.entity = EntityRef::Known(only);
                return true;
            }
            return false;
        };
        if found.any(|i| i != first) {
            return false;
        }
        m.entity = EntityRef::Known(first);
        true
    });
}

/// The gazetteer's one body of `kind` (see `bare_body`) of the country `country`, by the country words of its
/// names ("Russian", "Russia's", "of Russia"); None when it has none or several.
fn country_body(gazetteer: &Gazetteer, country: usize, kind: &str) -> Option<usize> {
    let ce = gazetteer.entry(country);
    let country_names = || std::iter::once(&ce.canonical).chain(ce.aliases.iter());
    let mut of_country = gazetteer.entries().iter().enumerate().filter(|(_, e)| {
        e.kind == EntityKind::Organization
            && std::iter::once(&e.canonical).chain(e.aliases.iter()).any(|n| names_body(n, kind))
            && ministry_countries(e).any(|w| country_names().any(|n| n == w))
    });
    match (of_country.next(), of_country.next()) {
        (Some((k, _)), None) => Some(k),
        _ => None,
    }
}

/// The kind of a body that needs its country: a bare ministry ("Defence Ministry"), one of the `OWNED_OFFICES`
/// ("Prosecutor General" for both spellings of the prosecutor's office, "President"), one of the
/// `COUNTRY_BODIES`.
fn bare_body(name: &str) -> Option<&str> {
    bare_ministry(name).or(match name {
        "Prosecutor General's Office" | "General Prosecutor's Office" => Some("Prosecutor General"),
        "President's Office" => Some("President"),
        _ => COUNTRY_BODIES.iter().find(|b| **b == name).copied(),
    })
}

/// Bodies that many countries have and that are written without their country ("the Supreme Court ruled", "the
/// National Guard", "the Communist Party said"): the article's body of that name with its owner
/// (`place_owned_bodies`), the US one in an article that names a US state, the party of a known person's
/// description, or nothing.
const COUNTRY_BODIES: &[&str] = &["Supreme Court", "Constitutional Court", "National Guard", "Communist Party"];

/// True when one of a known organization's names is a body of `kind` (see `bare_body`).
fn names_body(name: &str, kind: &str) -> bool {
    match kind {
        "Prosecutor General" => {
            name.contains("Prosecutor General")
                || name.contains("General Prosecutor")
                || name.contains("Генпрокуратура")
        }
        "President" => {
            (name.contains("President's Office")
                || name.contains("Office of the President")
                || name.contains("Presidential Office"))
                && !name.contains("Press")
        }
        _ if COUNTRY_BODIES.contains(&kind) => name.contains(kind),
        // "Defence" and "Defense" are one kind.
        _ => name.contains("Ministry") && name.contains(if kind.starts_with("Defen") { "Defen" } else { kind }),
    }
}

/// The words before a body that give it the owner the sentence names: "the country's Ministry of Defense", "its
/// Foreign Ministry". Not "his" or "her": a person's country ("Putin ... his Security Council") is often not the
/// one the sentence names.
const CONTEXT_OWNERS: &[&str] = &["the country's ", "the country’s ", "the nation's ", "the nation’s ", "its "];

/// The gazetteer's generic short names of a country's bodies that `context_owned_bodies` gives to the country in
/// context after a `CONTEXT_OWNERS` word.
const CONTEXT_OWNED_NAMES: &[&str] = &["Security Council", "National Security Council", "Parliament", "Senate"];

/// The country a known place lies in (the place itself for a country), by its parents.
fn country_of(gazetteer: &Gazetteer, mut idx: usize) -> Option<usize> {
    for _ in 0..8 {
        let e = gazetteer.entry(idx);
        match e.parent {
            Some(p) => idx = p,
            None => {
                let d = &e.description;
                return (d.starts_with("country") || d.contains("state")).then_some(idx);
            }
        }
    }
    None
}

/// The byte range of the sentence around byte `at` and the sentence before it: from after the second sentence
/// end before `at` to the first one after it (a period, question or exclamation mark before a space, or a line
/// break).
fn two_sentences(text: &str, at: usize) -> Range<usize> {
    let is_end = |b: &[u8], i: usize| {
        b[i] == b'\n' || (matches!(b[i], b'.' | b'?' | b'!') && b.get(i + 1).is_some_and(|c| c.is_ascii_whitespace()))
    };
    let b = text.as_bytes();
    let mut start = at;
    let mut ends = 0;
    while start > 0 {
        if is_end(b, start - 1) {
            ends += 1;
            if ends == 2 {
                break;
            }
        }
        start -= 1;
    }
    let mut end = at;
    while end < b.len() && !is_end(b, end) {
        end += 1;
    }
    start..end
}

/// "the country's Ministry of Defense", "the nation's Security Council", "its Prosecutor General's Office": a body
/// whose owner the text leaves to the context is the gazetteer's body of the one country the sentence and the one
/// before it name (a place counts for its country; a demonym of another country makes two). With no country or
/// several, it is left as it was: a bare
/// ministry or office to `resolve_bare_ministries`, a generic short name to the gazetteer's reading.
fn context_owned_bodies(text: &str, gazetteer: &Gazetteer, lists: &EntityWords, mentions: &mut [RawMention]) {
    for i in 0..mentions.len() {
        let m = &mentions[i];
        let lead = &text[..m.range.start];
        let owner = CONTEXT_OWNERS.iter().find(|o| {
            lead.strip_suffix(**o).is_some_and(|b| !b.chars().next_back().is_some_and(char::is_alphanumeric))
        });
        let owned = owner.is_some();
        let kind = match &m.entity {
            EntityRef::New(EntityKind::Organization, name) => bare_body(name),
            _ => None,
        };
        let generic = match m.entity {
            // "the United Nations with its Security Council": "its" may be the body's own.
            EntityRef::Known(k) if owned && owner != Some(&"its ") => {
                gazetteer.entry(k).kind == EntityKind::Organization
                    && CONTEXT_OWNED_NAMES.contains(&&text[m.range.clone()])
            }
            _ => false,
        };
        if !(generic || (kind.is_some() && owned)) {
            continue;
        }
        let window = two_sentences(text, m.range.start);
        let mut country = None;
        for o in mentions.iter() {
            if o.range.end <= window.start || o.range.start >= window.end {
                continue;
            }
            let EntityRef::Known(p) = o.entity else { continue };
            if gazetteer.entry(p).kind != EntityKind::Place {
                continue;
            }
            match (country, country_of(gazetteer, p)) {
                (_, None) => {}
                (None, Some(c)) => country = Some(c),
                (Some(a), Some(c)) if a != c => {
                    country = None;
                    break;
                }
                _ => {}
            }
        }
        let Some(c) = country else { continue };
        let ce = gazetteer.entry(c);
        let country_names = || std::iter::once(&ce.canonical).chain(ce.aliases.iter());
        // A demonym of another country is another candidate ("Russian soldiers set up checkpoints near Kharkiv, the
        // country's Ministry of Defense said"): a demonym is the country's when they share their first four letters
        // ("Russian", "Russia"); one that does not ("French", "France") makes the owner unsure.
        let other_demonym = text[window].split(|c: char| !c.is_alphanumeric()).any(|w| {
            w != "European"
                && lists.has(w, class::OWNER_DEMONYM)
                && !country_names().any(|n| n.len() >= 4 && w.len() >= 4 && n.as_bytes()[..4] == w.as_bytes()[..4])
        });
        if other_demonym {
            continue;
        }
        let found = if let Some(kind) = kind {
            country_body(gazetteer, c, kind)
        } else {
            let written = &text[m.range.clone()];
            country_names().find_map(|n| {
                let k = *gazetteer.name_table().get(&name_key(&format!("{n}'s {written}")))?;
                (gazetteer.entry(k).kind == EntityKind::Organization).then_some(k)
            })
        };
        if let Some(k) = found {
            mentions[i].entity = EntityRef::Known(k);
        }
    }
}

/// The country words of a ministry's names: the demonym or country code first ("Russian", "UK"), the place
/// before "'s" ("Poland's Foreign Ministry") and after a final "of" ("Ministry of Foreign Affairs of Ukraine").
fn ministry_countries(e: &crate::vocab::Entry) -> impl Iterator<Item = &str> {
    std::iter::once(&e.canonical).chain(e.aliases.iter()).flat_map(|n| {
        let first = n.split(' ').next().filter(|w| !w.starts_with("Minist") && w.starts_with(char::is_uppercase));
        let owner = n.split_once("'s ").map(|(c, _)| c);
        // "Prosecutor General's Office of Russia": one "of" after an office.
        let of = (n.matches(" of ").count() >= 2 || n.rsplit_once(" of ").is_some_and(|(b, _)| b.ends_with("Office")))
            .then(|| n.rsplit_once(" of "))
            .flatten();
        let of = of.map(|(_, c)| c.trim_start_matches("the "));
        // Not the office's own words ("Prosecutor General" before "'s", "Office" first).
        let own = |c: &str| ["Prosecutor", "President", "Office", "General"].iter().any(|w| c.contains(w));
        [first, owner, of]
            .into_iter()
            .flatten()
            .filter(move |c| !c.is_empty() && c.starts_with(char::is_uppercase) && !own(c))
    })
}

/// True when `word` occurs in `text` between non-letters.
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        !text[..i].chars().next_back().is_some_and(char::is_alphanumeric)
            && !text[i + word.len()..].chars().next().is_some_and(char::is_alphanumeric)
    })
}

/// "the Kerch city council", "the Kharkiv regional administration": a place's name before a lower-case body
/// names that body (the gazetteer's entry when it has one), not the place.
pub fn lowercase_bodies(text: &str, gazetteer: &Gazetteer, lists: &EntityWords, mentions: &mut [RawMention]) {
    for m in mentions.iter_mut() {
        let EntityRef::Known(idx) = m.entity else { continue };
        let rest = &text[m.range.end..];
        // Most mentions are followed by something else: one byte check first.
        if !rest.starts_with(' ') || rest.len() < 8 {
            continue;
        }
        let e = gazetteer.entry(idx);
        if e.kind != EntityKind::Place {
            continue;
        }
        let Some(LowerBody { phrase: body, name: title, make }) = lists.lower_bodies.iter().find(|b| {
            rest.starts_with(&b.phrase) && !rest[b.phrase.len()..].chars().next().is_some_and(char::is_alphanumeric)
        }) else {
            continue;
        };
        // "the Shevchenkivskyi district court" is the Shevchenkivskyi District Court.
        let place = e.canonical.strip_suffix(" Oblast").or_else(|| e.canonical.strip_suffix(" District"));
        let place = place.unwrap_or(&e.canonical);
        let name = format!("{place} {title}");
        let known = gazetteer
            .name_table()
            .get(&name.to_lowercase())
            .copied()
            .filter(|&i| gazetteer.entry(i).kind == EntityKind::Organization);
        m.entity = match known {
            Some(i) => EntityRef::Known(i),
            None if *make => EntityRef::New(EntityKind::Organization, name),
            None => continue,
        };
        m.range.end += body.len();
    }
}

/// "Kazakhstan's interior ministry", "the Russian foreign ministry", "Ukrainian armed forces", "its Black Sea fleet":
/// a body written in lower case after its owner's possessive, demonym or name is the gazetteer's body of that
/// owner, as its capitalised name would be. The owner's place mention is kept, as for "Norway's Foreign Ministry".
/// A ministry with no owner ("the defence ministry said") is left to `resolve_bare_ministries` as its bare name.
pub fn lowercase_ministries(text: &str, gazetteer: &Gazetteer, lists: &EntityWords, mentions: &mut Vec<RawMention>) {
    let found_before = mentions.len();
    for found in lists.lower_owned_finder.find_iter(text) {
        // The patterns have no space before them, which would defeat the automaton's search for rare bytes.
        let (at, end) = (found.start(), found.end());
        if !text[..at].ends_with(' ') || text[end..].chars().next().is_some_and(char::is_alphanumeric) {
            continue;
        }
        let owner_end = at - 1;
        let body = &lists.lower_owned_bodies[found.pattern().as_usize() / 2];
        // The owner: one to three capitalised words before it ("Russian", "Kazakhstan's", "North Korea's"); the
        // longest the gazetteer knows a body of.
        let mut start = owner_end;
        let mut found = None;
        for _ in 0..3 {
            let word = text[..start].rsplit([' ', '(', '"', '“']).next().unwrap_or("");
            if !word.starts_with(char::is_uppercase) {
                break;
            }
            start -= word.len();
            let name = format!("{} {body}", &text[start..owner_end]).to_lowercase().replace('’', "'");
            if let Some(&i) = gazetteer.name_table().get(&name) {
                if gazetteer.entry(i).kind == EntityKind::Organization {
                    found = Some((i, start));
                }
            }
            if !text[..start].ends_with(' ') {
                break;
            }
            start -= 1;
        }
        let entity = match found {
            Some((i, from)) => Some((EntityRef::Known(i), from..end)),
            None => bare_lowercase_ministry(text, at, end),
        };
        let Some((entity, range)) = entity else { continue };
        let named = |m: &RawMention| {
            m.range.start < range.end
                && range.start < m.range.end
                && matches!(m.entity, EntityRef::Known(k) if gazetteer.entry(k).kind == EntityKind::Organization)
        };
        if !mentions[..found_before].iter().any(named) {
            mentions.push(RawMention { entity, range });
        }
    }
    if mentions.len() > found_before {
        mentions.sort_by_key(|m| m.range.start);
    }
}

/// "the defence ministry said", "Interior ministry adviser ...", "Moscow's defence ministry": a ministry in lower
/// case with no owner the gazetteer knows before it
/// (the bytes `at..end`, from its kind on), as the bare name "Defence Ministry" that
/// `resolve_bare_ministries` gives the article's country or drops. Capitalised ones ("the Defence Ministry") are
/// found as names already.
fn bare_lowercase_ministry(text: &str, at: usize, end: usize) -> Option<(EntityRef, Range<usize>)> {
    let kind = text[at..end].strip_suffix(" ministry")?;
    // The caller found a space before `at`.
    let before = text[..at - 1].rsplit(' ').next().unwrap_or("");
    // "Moscow's defence ministry": `resolve_bare_ministries` gives it the capital's country.
    let possessive = (before.ends_with("'s") || before.ends_with("’s")) && before.starts_with(char::is_uppercase);
    if !(before == "the" || before == "The" || possessive || kind.starts_with(char::is_uppercase)) {
        return None;
    }
    let name = format!("{} Ministry", title_case(kind));
    bare_ministry(&name)?;
    Some((EntityRef::New(EntityKind::Organization, name), at..end))
}

/// "California National Guard", "Ohio's Supreme Court": a body every state has, named after a known place right
/// before it, is the gazetteer's body of that place, or for a place inside a country a body of its own (a country's
/// body the gazetteer lacks is left as it is). Without a place ("the National Guard's website") it is the one
/// known body of that name the article names with its owner ("Russia's National Guard"). The place is kept, as for
/// "Norway's Foreign Ministry".
pub fn place_owned_bodies(text: &str, gazetteer: &Gazetteer, lists: &EntityWords, mentions: &mut [RawMention]) {
    name_lead_bodies(text, gazetteer, lists, mentions);
    of_country_bodies(text, gazetteer, lists, mentions);
    person_owned_councils(text, gazetteer, mentions);
    context_owned_bodies(text, gazetteer, lists, mentions);
    let body_of = |m: &RawMention| match &m.entity {
        EntityRef::New(EntityKind::Organization, n) => lists.place_owned_bodies.iter().find(|b| *b == n).cloned(),
        _ => None,
    };
    if !mentions.iter().any(|m| body_of(m).is_some()) {
        return;
    }
    let known_org = |name: &str| {
        let key = name.to_lowercase().replace('’', "'");
        gazetteer.name_table().get(&key).copied().filter(|&i| gazetteer.entry(i).kind == EntityKind::Organization)
    };
    for i in 0..mentions.len() {
        let Some(body) = body_of(&mentions[i]) else { continue };
        let owner = i.checked_sub(1).map(|p| &mentions[p]).filter(|p| {
            matches!(p.entity, EntityRef::Known(k) if gazetteer.entry(k).kind == EntityKind::Place)
                && matches!(text.get(p.range.end..mentions[i].range.start), Some(" " | "'s " | "’s "))
        });
        if let Some(&RawMention { entity: EntityRef::Known(place), ref range }) = owner {
            let e = gazetteer.entry(place);
            let written = &text[range.start..mentions[i].range.end];
            let entity = match known_org(written).or_else(|| known_org(&format!("{} {body}", e.canonical))) {
                Some(k) => EntityRef::Known(k),
                None if e.parent.is_some() => {
                    EntityRef::New(EntityKind::Organization, format!("{} {body}", e.canonical))
                }
                None => continue,
            };
            mentions[i].range.start = range.start;
            mentions[i].entity = entity;
            continue;
        }
        let suffix = format!(" {body}");
        let mut named = mentions.iter().filter_map(|m| match m.entity {
            EntityRef::Known(k) if gazetteer.entry(k).kind == EntityKind::Organization => {
                let e = gazetteer.entry(k);
                std::iter::once(&e.canonical).chain(e.aliases.iter()).any(|n| n.ends_with(&suffix)).then_some(k)
            }
            _ => None,
        });
        let only = named.next().filter(|&k| named.all(|j| j == k));
        // "the Supreme Court overturned Roe v. Wade" in an article that names Texas and Ohio: the US body. Not a
        // state's own ("the state Supreme Court"), which `resolve_bare_ministries` drops.
        let us = || {
            let lead = text[..mentions[i].range.start].trim_end_matches("the ");
            let state_own = lead.ends_with("state ") || lead.ends_with("state's ") || lead.ends_with("state’s ");
            let us_body = gazetteer.find(EntityKind::Organization, &format!("US {body}"));
            us_body.filter(|_| !state_own && names_us_state(gazetteer, mentions))
        };
        if let Some(k) = only.or_else(us) {
            mentions[i].entity = EntityRef::Known(k);
        }
    }
}

/// True when a place in one of the United States ("Texas", "Houston") is mentioned: an article on American
/// politics, where a body every country has is the American one.
fn names_us_state(gazetteer: &Gazetteer, mentions: &[RawMention]) -> bool {
    let in_state = |mut idx: usize| {
        for _ in 0..6 {
            let e = gazetteer.entry(idx);
            let Some(parent) = e.parent else { return false };
            if gazetteer.entry(parent).canonical == "United States" {
                return e.description.contains("state") && !e.description.starts_with("capital");
            }
            idx = parent;
        }
        false
    };
    mentions
        .iter()
        .any(|m| matches!(m.entity, EntityRef::Known(k) if gazetteer.entry(k).kind == EntityKind::Place && in_state(k)))
}

/// "the Mail reports", "told the Mirror", "according to the Times": a newspaper's short name, as a source, is the
/// paper of that name the article names in full ("The New York Times ... the Times reported"), or the paper the name
/// stands for on its own ("the Mail" is the Daily Mail; "the Post" has no such paper).
pub fn outlet_short_forms(text: &str, vocab: &Vocabulary, mentions: &mut Vec<RawMention>) {
    let (gazetteer, verbs, lists) = (&vocab.gazetteer, &vocab.verbs, &vocab.entity_words);
    let found_before = mentions.len();
    for found in lists.outlet_finder.find_iter(text) {
        let (at, (short, default)) = (found.start(), &lists.outlet_short_forms[found.pattern().as_usize()]);
        let end = at + short.len();
        let after = &text[end..];
        if after.starts_with(|c: char| c.is_alphanumeric() || c == '-') {
            continue;
        }
        let next = after.strip_prefix(", ").unwrap_or(after).trim_start();
        let next = next.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        let lead = &text[..at];
        let told = lists.outlet_leads.iter().any(|l| lead.ends_with(l.as_str()));
        if !(told || verbs.get(next).is_some()) || lead.ends_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        // "the Post Office", "the Mail on Sunday", "the Times Radio": a longer name. A capitalised word after
        // "told the Mirror" may start the next clause ("told the Mirror Russian forces had stalled").
        let longer = if next.starts_with(char::is_uppercase) {
            !told || lists.has(next, class::ORG_HEAD | class::GENERIC_ORG)
        } else {
            next == "on"
        };
        if longer && after.starts_with(' ') {
            continue;
        }
        let word = &short["the ".len()..];
        // The one paper of that name the article names in full.
        let mut named = mentions[..found_before].iter().filter_map(|m| match m.entity {
            EntityRef::Known(i) if gazetteer.entry(i).kind == EntityKind::Organization => {
                let c = &gazetteer.entry(i).canonical;
                c.strip_suffix(word).is_some_and(|b| b.ends_with(' ')).then_some(i)
            }
            _ => None,
        });
        let entity = match named.next() {
            Some(i) if named.all(|j| j == i) => Some(i),
            Some(_) => None,
            None => default.as_ref().and_then(|d| gazetteer.find(EntityKind::Organization, d)),
        };
        let range = at + "the ".len()..end;
        if let Some(i) = entity {
            if !overlaps(&mentions[..found_before], &range) {
                mentions.push(RawMention { entity: EntityRef::Known(i), range });
            }
        }
    }
    if mentions.len() > found_before {
        mentions.sort_by_key(|m| m.range.start);
    }
}

/// "Andrey Serdyukov", "Sergey Beseda": a person found from context is named with the given name spelt the way most
/// Western media spell it, and is the gazetteer's person when it knows that name.
pub fn western_given_names(gazetteer: &Gazetteer, lists: &EntityWords, mentions: &mut [RawMention]) {
    for m in mentions.iter_mut() {
        let EntityRef::New(EntityKind::Person, name) = &m.entity else { continue };
        let Some((from, to)) = lists.western_given_names.iter().find(|(from, _)| name.starts_with(from.as_str()))
        else {
            continue;
        };
        let western = format!("{to}{}", &name[from.len()..]);
        m.entity = match gazetteer.name_table().get(&western.to_lowercase()) {
            Some(&i) if gazetteer.entry(i).kind == EntityKind::Person => EntityRef::Known(i),
            _ => EntityRef::New(EntityKind::Person, western),
        };
    }
}

/// "the U.S. Embassy in Moscow", "the Russian Embassy in Washington": an embassy or consulate named by its country's
/// code or demonym and the place it is in ("US Embassy in Kyiv"). The place mentions in it are kept, as for "US
/// Space Command". Without its place ("the U.S. Embassy") it is left out: which embassy is meant is not written.
/// In lower case ("the US embassy in Moscow", "the Ukrainian embassy in Beirut") it names the same body.
pub fn embassies(text: &str, gazetteer: &Gazetteer, lists: &EntityWords, mentions: &mut Vec<RawMention>) {
    const HEAD_WORDS: [&str; 4] = [" Embassy", " Consulate", " embassy", " consulate"];
    static HEADS: std::sync::LazyLock<AhoCorasick> =
        std::sync::LazyLock::new(|| AhoCorasick::new(HEAD_WORDS).expect("four fixed patterns always build"));
    let found_before = mentions.len();
    for found in HEADS.find_iter(text) {
        let at = found.start();
        let mut end = at + HEAD_WORDS[found.pattern().as_usize()].len();
        let head = HEAD_WORDS[found.pattern().as_usize() % 2];
        if !text[end..].starts_with(" in ") {
            continue;
        }
        let lead = &text[..at];
        let word_start = word_start(lead, |c| c.is_alphanumeric() || c == '.');
        let word = &lead[word_start..];
        let (owner, from) = match word {
            "US" | "U.S." => ("US", word_start),
            "UK" | "U.K." => ("UK", word_start),
            "States" if lead.ends_with("United States") => ("US", at - "United States".len()),
            w if lists.has(w, class::OWNER_DEMONYM | class::DEMONYM) => (w, word_start),
            _ => continue,
        };
        // " in Moscow": the place the gazetteer knows right after.
        let place_at = end + " in ".len();
        let place = mentions[..found_before].iter().find(|m| m.range.start == place_at);
        let Some(RawMention { entity: EntityRef::Known(i), range }) = place else { continue };
        let e = gazetteer.entry(*i);
        if e.kind != EntityKind::Place {
            continue;
        }
        let name = format!("{owner}{head} in {}", e.canonical);
        end = range.end;
        let known = gazetteer.name_table().get(&name.to_lowercase()).copied();
        let entity = match known {
            Some(i) if gazetteer.entry(i).kind == EntityKind::Organization => EntityRef::Known(i),
            _ => EntityRef::New(EntityKind::Organization, name),
        };
        mentions.push(RawMention { entity, range: from..end });
    }
    if mentions.len() > found_before {
        mentions.sort_by_key(|m| m.range.start);
    }
}

/// Units named in lower case ("the 93rd brigade" -> "93rd Brigade") are the gazetteer's entry when it knows the
/// name; others are spelt one way, so that both spellings make one facet ("Motorised" -> "Motorized"). Facilities
/// found from context are the gazetteer's entry when it knows their name in any case.
pub fn known_units(gazetteer: &Gazetteer, mentions: &mut [RawMention]) {
    for m in mentions.iter_mut() {
        // "Zaporozhye Nuclear Power Plant": a facility found from context that the gazetteer knows, in any case.
        if let EntityRef::New(EntityKind::Place, name) = &m.entity {
            if let Some(&i) = gazetteer.name_table().get(&name.to_lowercase().replace('’', "'")) {
                if gazetteer.entry(i).kind == EntityKind::Place {
                    m.entity = EntityRef::Known(i);
                }
            }
            continue;
        }
        let EntityRef::New(EntityKind::Organization, name) = &mut m.entity else { continue };
        if !name.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        if name.contains("ised ") {
            *name = name.replace("Motorised ", "Motorized ").replace("Mechanised ", "Mechanized ");
        }
        if let Some(&i) = gazetteer.name_table().get(&name.to_lowercase()) {
            if gazetteer.entry(i).kind == EntityKind::Organization {
                m.entity = EntityRef::Known(i);
            }
        }
    }
}
