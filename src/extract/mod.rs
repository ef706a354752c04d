//! Extraction: from an [`Article`] to its entities and claims.
//!
//! An [`Extractor`] is built once per run (it owns the gazetteer automaton) and shared by reference across
//! rayon workers; [`Extractor::extract`] is a pure function of the article.

mod claims;
pub(crate) mod entities;
pub mod segment;
mod speakers;
mod time;

use std::ops::Range;

use rustc_hash::FxHashMap;

use serde::Serialize;

use claims::{ClaimInput, EntityMention};
pub use claims::{ClaimKind, Speaker};
use entities::{EntityMatcher, EntityRef, RawMention};

use crate::article::Article;
use crate::vocab::{EntityKind, Vocabulary};

/// Version of the extraction rules; stored in the index so that documents made by other rules are found.
pub const EXTRACTOR_VERSION: &str = "13";

/// An entity of one article, deduplicated by canonical name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FoundEntity {
    /// Kind.
    pub kind: EntityKind,
    /// Canonical name (gazetteer) or the name as written (recognized from context).
    pub name: String,
    /// Facet path below the kind: `["Ukraine", "Donetsk Oblast", "Bakhmut"]` for places, `[name]` otherwise.
    pub path: Vec<String>,
    /// True when the gazetteer knows it.
    pub known: bool,
    /// Mentions in title and body.
    pub mentions: u32,
    /// Lower-cased name and gazetteer description, for resolving roles ("the governor", "the ministry").
    #[serde(skip)]
    pub role: String,
}

/// How a speaker is classified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// A named person.
    Person,
    /// An organization (government body, armed unit, company, outlet).
    Organization,
    /// A place used as an actor ("Moscow denies").
    Place,
    /// Equipment never speaks, but the type is total.
    Equipment,
    /// An unnamed source kept with its description.
    Unnamed,
}

impl SpeakerKind {
    /// Name used in JSON and the index.
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Organization => "organization",
            SpeakerKind::Place => "place",
            SpeakerKind::Equipment => "equipment",
            SpeakerKind::Unnamed => "unnamed",
        }
    }
}

/// One claim of an article. Offsets are bytes into the body (see [`char_offset`] for characters).
#[derive(Debug, Clone)]
pub struct Claim {
    /// Canonical speaker name, or the description of an unnamed one.
    pub speaker: String,
    /// The speaker as written where the claim is attributed (`he`, `Kirby`).
    pub speaker_text: String,
    /// Kind of speaker.
    pub speaker_kind: SpeakerKind,
    /// The speaker in the article's entity list, when it is an entity.
    pub speaker_entity: Option<usize>,
    /// Cue as written.
    pub cue: String,
    /// Direct, indirect or according to.
    pub kind: ClaimKind,
    /// Byte range of what was said (for a split quotation, from its first to its last word).
    pub content: Range<usize>,
    /// The quoted pieces of a split or continued quotation; empty when `content` is one piece.
    pub parts: Vec<Range<usize>>,
    /// Byte range of the sentence(s) holding it.
    pub sentence: Range<usize>,
    /// Entities mentioned inside the content (indices into the entity list).
    pub mentions: Vec<usize>,
}

/// Where an entity is mentioned in the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Index into [`Extraction::entities`].
    pub entity: usize,
    /// Byte range in the body.
    pub range: Range<usize>,
}

impl Claim {
    /// What was said, as text: the content, or the pieces of a split quotation joined with " … ".
    pub fn text(&self, body: &str) -> String {
        if self.parts.is_empty() {
            return body[self.content.clone()].to_string();
        }
        self.parts.iter().map(|p| &body[p.clone()]).collect::<Vec<_>>().join(" … ")
    }
}

/// Everything extracted from one article.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    /// Entities, in order of first mention.
    pub entities: Vec<FoundEntity>,
    /// Mentions in the body, in text order (title mentions count in `FoundEntity::mentions` only).
    pub mentions: Vec<Mention>,
    /// Claims, in text order.
    pub claims: Vec<Claim>,
}

impl Extraction {
    /// Names of the entities of one kind.
    pub fn names(&self, kind: EntityKind) -> Vec<String> {
        self.entities.iter().filter(|e| e.kind == kind).map(|e| e.name.clone()).collect()
    }
}

/// The extraction engine: vocabulary plus the automata built from it.
pub struct Extractor {
    vocab: Vocabulary,
    matcher: EntityMatcher,
    /// Gazetteer people and their lower-cased descriptions, for roles ("Russia's foreign minister").
    people: Vec<(String, String)>,
}

impl Extractor {
    /// Builds the automata. Do it once and share the extractor.
    pub fn new(vocab: Vocabulary) -> Extractor {
        let matcher = EntityMatcher::new(&vocab.gazetteer);
        let people = vocab
            .gazetteer
            .entries()
            .iter()
            .filter(|e| e.kind == EntityKind::Person && !e.description.is_empty())
            .map(|e| (e.canonical.clone(), e.description.to_lowercase()))
            .collect();
        Extractor { vocab, matcher, people }
    }

    /// The vocabulary in use.
    pub fn vocabulary(&self) -> &Vocabulary {
        &self.vocab
    }

    /// Like [`Extractor::extract`], but a bug triggered by one article becomes an error message instead of
    /// stopping the run: a scheduled job over 100k files must not die on one odd text.
    pub fn try_extract(&self, article: &Article) -> Result<Extraction, String> {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.extract(article))).map_err(|payload| {
            let msg = payload
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "unknown panic".to_string());
            let msg: String = msg.chars().take(200).collect();
            format!("internal error while extracting (please report it): {msg}")
        })
    }

    /// Extracts entities and claims from an article.
    pub fn extract(&self, article: &Article) -> Extraction {
        let body = article.body.as_str();
        let gaz = &self.vocab.gazetteer;
        let lists = &self.vocab.entity_words;

        // Entities: gazetteer, then context names, then short forms.
        let mut title_mentions = Vec::new();
        self.matcher.find(&article.title, lists, &mut title_mentions);
        let mut mentions: Vec<RawMention> = Vec::new();
        self.matcher.find(body, lists, &mut mentions);
        entities::promote_regions(body, gaz, &mut mentions);
        entities::promote_regions(&article.title, gaz, &mut title_mentions);
        entities::lowercase_bodies(body, gaz, lists, &mut mentions);
        entities::lowercase_bodies(&article.title, gaz, lists, &mut title_mentions);
        entities::lowercase_ministries(body, gaz, lists, &mut mentions);
        entities::lowercase_ministries(&article.title, gaz, lists, &mut title_mentions);
        entities::embassies(body, gaz, lists, &mut mentions);
        entities::embassies(&article.title, gaz, lists, &mut title_mentions);
        let mut extra = Vec::new();
        // One word segmentation of the body, shared by the passes that read words.
        let body_words = segment::words(body, 0..body.len());
        entities::misspelt_known_people(body, &self.matcher, gaz, &body_words, &mut mentions);
        entities::context_names(body, &mentions, &self.vocab, &body_words, &mut extra);
        // "Ukrainian outlet Pravda": one word that ends a known organization's name is a short form of unknown
        // reference, not a new organization.
        extra.retain(|m| {
            !matches!(&m.entity, EntityRef::New(EntityKind::Organization, n) if !n.contains(' ') && self.matcher.is_org_tail(n))
        });
        mentions.append(&mut extra);
        mentions.sort_by_key(|m| m.range.start);
        entities::place_owned_bodies(body, gaz, lists, &mut mentions);
        entities::resolve_bare_ministries(body, gaz, &mut mentions);
        entities::outlet_short_forms(body, &self.vocab, &mut mentions);
        entities::drop_middle_initials(gaz, &mut mentions);
        entities::known_units(gaz, &mut mentions);
        entities::western_given_names(gaz, lists, &mut mentions);
        let person_name = |e: &EntityRef| match e {
            EntityRef::Known(i) if gaz.entry(*i).kind == EntityKind::Person => Some(gaz.entry(*i).canonical.clone()),
            EntityRef::New(EntityKind::Person, n) => Some(n.clone()),
            _ => None,
        };
        // The surnames of the article's people, read by both passes (the first only turns places into people
        // already in it).
        let surnames = entities::article_surnames(&mentions, &person_name);
        entities::surnames_over_places(body, gaz, &surnames, &mut mentions);
        entities::resolve_short_forms(body, &mentions, &surnames, &body_words, &mut extra);
        mentions.append(&mut extra);
        mentions.sort_by_key(|m| m.range.start);
        entities::merge_single_names(&mut mentions, &person_name);

        // Deduplicate into the article's entity list. A mention costs one hash lookup; an entity's details
        // (facet path, role text) are built once, when it is first seen.
        let mut entities: Vec<FoundEntity> = Vec::new();
        let mut index: FxHashMap<(EntityKind, &str), usize> = FxHashMap::default();
        for m in &title_mentions {
            resolve_entity(gaz, &mut index, &mut entities, &m.entity);
        }
        let body_mentions: Vec<EntityMention> = mentions
            .iter()
            .map(|m| {
                let entity = resolve_entity(gaz, &mut index, &mut entities, &m.entity);
                EntityMention { entity, kind: entities[entity].kind, range: m.range.clone() }
            })
            .collect();

        // Claims.
        let paragraphs: Vec<_> = segment::paragraphs(body)
            .into_iter()
            .map(|p| {
                let q = segment::quotes(body, p.clone());
                let s = segment::sentences(body, p.clone(), &q);
                (p, q, s)
            })
            .collect();
        let quotes: Vec<Range<usize>> = paragraphs.iter().flat_map(|p| p.1.iter().map(|q| q.outer.clone())).collect();
        let input = ClaimInput {
            text: body,
            paragraphs: &paragraphs,
            mentions: &body_mentions,
            verbs: &self.vocab.verbs,
            lists,
            quotes: &quotes,
            speakers: Default::default(),
            roles: &entities.iter().map(|e| e.role.as_str()).collect::<Vec<_>>(),
            people: &self.people,
            date: article.published.map(|d| (d.year(), u8::from(d.month()))),
            words: &body_words,
            kinds: &entities.iter().map(|e| e.kind).collect::<Vec<_>>(),
        };
        let mut spans = claims::find_claims(&input);
        speakers::named_after(&input, &mut spans);
        let claims: Vec<Claim> = spans
            .into_iter()
            .map(|c| {
                let (speaker, speaker_kind, speaker_entity) = match c.speaker {
                    Speaker::Entity(i) => {
                        let kind = match entities[i].kind {
                            EntityKind::Person => SpeakerKind::Person,
                            EntityKind::Organization => SpeakerKind::Organization,
                            EntityKind::Place => SpeakerKind::Place,
                            EntityKind::Equipment => SpeakerKind::Equipment,
                        };
                        (entities[i].name.clone(), kind, Some(i))
                    }
                    Speaker::Unnamed(d) => (d, SpeakerKind::Unnamed, None),
                    Speaker::Name(n, kind) => {
                        let kind = if kind == EntityKind::Organization {
                            SpeakerKind::Organization
                        } else {
                            SpeakerKind::Person
                        };
                        (n, kind, None)
                    }
                };
                let pieces = if c.parts.is_empty() { std::slice::from_ref(&c.content) } else { &c.parts[..] };
                // Mentions are in text order: each piece's are found by binary search.
                let mut inside: Vec<usize> = pieces
                    .iter()
                    .flat_map(|p| {
                        let first = body_mentions.partition_point(|m| m.range.start < p.start);
                        body_mentions[first..]
                            .iter()
                            .take_while(move |m| m.range.start < p.end)
                            .filter(move |m| m.range.end <= p.end)
                            .map(|m| m.entity)
                    })
                    .collect();
                inside.sort_unstable();
                inside.dedup();
                Claim {
                    speaker,
                    speaker_text: c.speaker_text,
                    speaker_kind,
                    speaker_entity,
                    cue: c.cue,
                    kind: c.kind,
                    content: c.content,
                    parts: c.parts,
                    sentence: c.sentence,
                    mentions: inside,
                }
            })
            .collect();
        // '"...," Zelensky clarified, stressing ...', '"...," Putin responded, and said': two cues of one speaker
        // over the same words are one claim, the first cue's.
        let mut unique: Vec<Claim> = Vec::with_capacity(claims.len());
        for c in claims {
            if !unique.iter().any(|u| u.content == c.content && u.speaker == c.speaker) {
                unique.push(c);
            }
        }
        let mentions = body_mentions.iter().map(|m| Mention { entity: m.entity, range: m.range.clone() }).collect();
        Extraction { entities, mentions, claims: unique }
    }
}

/// The index of a mentioned entity in the article's list, adding it on its first mention.
fn resolve_entity<'a>(
    gaz: &'a crate::vocab::Gazetteer,
    index: &mut FxHashMap<(EntityKind, &'a str), usize>,
    entities: &mut Vec<FoundEntity>,
    e: &'a EntityRef,
) -> usize {
    let key = match e {
        EntityRef::Known(i) => (gaz.entry(*i).kind, gaz.entry(*i).canonical.as_str()),
        EntityRef::New(kind, name) => (*kind, name.as_str()),
    };
    let idx = *index.entry(key).or_insert_with(|| {
        entities.push(match e {
            EntityRef::Known(i) => {
                let entry = gaz.entry(*i);
                FoundEntity {
                    kind: entry.kind,
                    name: entry.canonical.clone(),
                    path: gaz.path(*i),
                    known: true,
                    mentions: 0,
                    role: format!("{} {}", entry.canonical, entry.description).to_lowercase(),
                }
            }
            EntityRef::New(kind, name) => FoundEntity {
                kind: *kind,
                name: name.clone(),
                path: vec![name.clone()],
                known: false,
                mentions: 0,
                role: name.to_lowercase(),
            },
        });
        entities.len() - 1
    });
    entities[idx].mentions += 1;
    idx
}

/// Converts a byte offset into `text` to a character (Unicode scalar value) offset. For many offsets into one
/// text, use [`CharOffsets`].
pub fn char_offset(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].chars().count()
}

/// Byte-to-character offsets for one text in near-constant time: character counts are kept at every 4 KiB
/// boundary, so a conversion counts at most 4 KiB (an ASCII text converts for free). Counting from the start
/// of a multi-megabyte article for each of its thousands of claims was quadratic.
pub struct CharOffsets<'t> {
    text: &'t str,
    /// Characters before each block boundary; empty when the text is ASCII.
    blocks: Vec<usize>,
}

const CHAR_BLOCK: usize = 4096;

impl<'t> CharOffsets<'t> {
    /// Indexes `text`.
    pub fn new(text: &'t str) -> CharOffsets<'t> {
        let mut blocks = Vec::new();
        if !text.is_ascii() {
            let bytes = text.as_bytes();
            let mut chars = 0;
            for chunk in bytes.chunks(CHAR_BLOCK) {
                blocks.push(chars);
                // Characters are counted by their first bytes (not UTF-8 continuation bytes 10xxxxxx).
                chars += chunk.iter().filter(|&&b| (b as i8) >= -0x40).count();
            }
        }
        CharOffsets { text, blocks }
    }

    /// The character offset of byte offset `byte` (clamped to the text's length; a byte offset inside a
    /// character counts that character).
    pub fn get(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        if self.blocks.is_empty() {
            return byte;
        }
        let block = byte / CHAR_BLOCK;
        let start = block * CHAR_BLOCK;
        let prefix = if block < self.blocks.len() { self.blocks[block] } else { return self.total() };
        prefix + self.text.as_bytes()[start..byte].iter().filter(|&&b| (b as i8) >= -0x40).count()
    }

    fn total(&self) -> usize {
        let last = self.blocks.len() - 1;
        self.blocks[last] + self.text.as_bytes()[last * CHAR_BLOCK..].iter().filter(|&&b| (b as i8) >= -0x40).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_agree_with_counting() {
        let mut text = String::new();
        for i in 0..3000 {
            text.push_str(if i % 7 == 0 { "Зеленський “said” — " } else { "Kyiv said " });
        }
        let offsets = CharOffsets::new(&text);
        for byte in (0..=text.len() + 3).step_by(13).chain([4095, 4096, 4097, 8192, text.len()]) {
            let byte = (0..=byte.min(text.len())).rev().find(|&b| text.is_char_boundary(b)).unwrap();
            assert_eq!(offsets.get(byte), char_offset(&text, byte), "byte {byte}");
        }
        let ascii = "plain text";
        assert_eq!(CharOffsets::new(ascii).get(5), 5);
        assert_eq!(CharOffsets::new(ascii).get(99), ascii.len());
    }

    fn article(body: &str) -> Article {
        Article { id: "t".into(), path: "t.txt".into(), title: "T".into(), body: body.into(), ..Article::default() }
    }

    /// Any arrangement of quotation marks, commas, cues and names: no panic, offsets on char boundaries.
    #[test]
    fn random_texts_never_panic() {
        let extractor = Extractor::new(Vocabulary::builtin().unwrap());
        let pieces = [
            "\"",
            "“",
            "”",
            "«",
            "»",
            ",",
            ", ",
            ".",
            ". ",
            ":",
            ";",
            " ",
            "\n\n",
            "said",
            " said ",
            "according to",
            " according to ",
            "Kirby",
            "John Kirby",
            "he",
            " that ",
            "Bakhmut",
            "the UN",
            "U.S.",
            "—",
            "é",
            "Зеленський",
            "'s",
            "’",
            "(",
            ")",
            "claimed",
            "told Reuters",
            "a 24-year-old soldier",
            "Moscow denies",
            " the governor said",
            "the ministry",
            "“Kirby”",
            "Governor Kyrylenko",
            "\u{a0}",
            " \u{a0}said",
            "\u{2009}",
            "Mr.\u{a0}Kelly",
            "?",
            "!",
            "\t",
        ];
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..20_000 {
            let mut body = String::new();
            let len = (state % 40) as usize + 1;
            for _ in 0..len {
                state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                body.push_str(pieces[(state >> 33) as usize % pieces.len()]);
            }
            let x = extractor.extract(&article(&body));
            for c in &x.claims {
                assert!(body.is_char_boundary(c.content.start) && body.is_char_boundary(c.content.end), "{body:?}");
                assert!(c.content.start <= c.content.end, "{body:?}");
            }
        }
    }
}
