//! Claim extraction: who said what, by explainable rules over sentences, quotations and entity mentions.
//!
//! Layouts handled: a quotation followed by its attribution (`"...," X said.`, `"...," said X, the ...`),
//! split around it (`"A," he said, "B."`), introduced by it (`X said: "..."`, `X praised them for "..."`),
//! reported speech (`X said (that) ...`, with the verbs of `schema/reporting-verbs.tsv`), trailing
//! attribution (`The line holds, the governor said.`), `according to X` before or after its content, and
//! participles (`..., claiming that ...`). Quotations without an attribution that follow a direct claim of
//! the same paragraph (or start the next one) continue it. Speakers are entities (the head of the subject
//! phrase, possessives skipped), pronouns resolved to the last person or organization, or unnamed
//! descriptions (`a 24-year-old Ukrainian soldier`, `U.S. officials`).

use std::ops::Range;

use serde::Serialize;

use super::segment::{words, Quote};
use super::speakers::{
    after_np, first_actor, leading_name, opening_subject, resolve_np, subject_np, trim_end_punct, trim_np, NpMode,
};
use super::time::{is_day_part, is_deictic, is_month, is_time_noun, is_weekday};
use crate::vocab::entity_words::class;
use crate::vocab::{EntityKind, EntityWords, Needs, Verbs};

/// How a claim is attributed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    /// The speaker's own words, in quotation marks.
    Direct,
    /// Reported speech: `X said (that) ...`.
    Indirect,
    /// `according to X`, without a quotation.
    AccordingTo,
}

impl ClaimKind {
    /// Name used in JSON and the index.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Direct => "direct",
            ClaimKind::Indirect => "indirect",
            ClaimKind::AccordingTo => "according_to",
        }
    }
}

/// A resolved entity mention as the claim rules see it.
#[derive(Debug, Clone)]
pub struct EntityMention {
    /// Index into the article's entity list.
    pub entity: usize,
    /// Its kind.
    pub kind: EntityKind,
    /// Byte range in the body.
    pub range: Range<usize>,
}

/// Who made a claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Speaker {
    /// An entity of the article (index into its entity list).
    Entity(usize),
    /// An unnamed source, by its description as written.
    Unnamed(String),
    /// A name the gazetteer does not know, as written (titles removed), with a guessed kind.
    Name(String, EntityKind),
}

/// A claim found in a body; offsets are bytes into the body.
#[derive(Debug, Clone)]
pub struct ClaimSpan {
    /// Who.
    pub speaker: Speaker,
    /// The speaker's words in the text (`he`, `Kirby`, `a 24-year-old Ukrainian soldier`).
    pub speaker_text: String,
    /// The cue as written, lower-cased (`said`, `according to`).
    pub cue: String,
    /// Direct, indirect or according to.
    pub kind: ClaimKind,
    /// What was said: from the first word to the last, attribution included when a quotation is split.
    pub content: Range<usize>,
    /// The quoted parts of a split or continued quotation (`"A," he said. "B."`: A and B); empty when the
    /// content is one piece.
    pub parts: Vec<Range<usize>>,
    /// The sentence (or sentences) holding it.
    pub sentence: Range<usize>,
}

impl ClaimSpan {
    /// Reported speech in one piece: what the cue rules build once they have a speaker, a cue and a content span.
    fn indirect(
        speaker: Speaker,
        speaker_text: String,
        cue: String,
        content: Range<usize>,
        sentence: &Range<usize>,
    ) -> Self {
        ClaimSpan {
            speaker,
            speaker_text,
            cue,
            kind: ClaimKind::Indirect,
            content,
            parts: Vec::new(),
            sentence: sentence.clone(),
        }
    }
}

/// A paragraph: its range, its quotations and its sentences.
pub type Paragraph = (Range<usize>, Vec<Quote>, Vec<Range<usize>>);

/// Inputs of the claim rules for one body.
pub struct ClaimInput<'a> {
    /// The body.
    pub text: &'a str,
    /// Sentences, grouped by paragraph.
    pub paragraphs: &'a [Paragraph],
    /// Entity mentions, sorted by start.
    pub mentions: &'a [EntityMention],
    /// Reporting verbs.
    pub verbs: &'a Verbs,
    /// The entity word lists (titles, words that never start a name, organization head words).
    pub lists: &'a EntityWords,
    /// Every quotation of the body (outer ranges), sorted.
    pub quotes: &'a [Range<usize>],
    /// Speakers of the claims found so far, with the position of their cue (for pronouns: "he said" most
    /// often continues with the last speaker).
    pub speakers: std::cell::RefCell<Vec<(usize, Speaker)>>,
    /// Per entity (by index): lower-cased name and gazetteer description, for roles such as "the governor".
    pub roles: &'a [&'a str],
    /// Every person of the gazetteer with its lower-cased description ("minister of foreign affairs of russia
    /// (2004-)"), for roles the article does not name ("Russia's foreign minister").
    pub people: &'a [(String, String)],
    /// Year and month of publication, if known: which office holder a role means.
    pub date: Option<(i32, u8)>,
    /// Every word of the body, in order (one segmentation shared by all passes).
    pub words: &'a [Range<usize>],
    /// Per entity (by index): its kind.
    pub kinds: &'a [EntityKind],
}

impl ClaimInput<'_> {
    /// True when `pos` lies inside a quotation (binary search: quotations are sorted and do not overlap).
    pub(super) fn quoted(&self, pos: usize) -> bool {
        let i = self.quotes.partition_point(|q| q.start <= pos);
        i > 0 && pos < self.quotes[i - 1].end
    }

    /// The mentions starting before `pos` (a prefix of the sorted mentions).
    pub(super) fn mentions_before(&self, pos: usize) -> &[EntityMention] {
        &self.mentions[..self.mentions.partition_point(|m| m.range.start < pos)]
    }

    /// The words lying inside `range`.
    pub(super) fn words_in(&self, range: &Range<usize>) -> &[Range<usize>] {
        let first = self.words.partition_point(|w| w.start < range.start);
        let end = first + self.words[first..].partition_point(|w| w.end <= range.end);
        &self.words[first..end]
    }
}

#[derive(Debug, Clone)]
enum CueKind {
    Verb(Needs),
    AccordingTo,
    /// A speech-act noun owned by its speaker ("Trump's suggestion that", "his insistence that", "a call by X for"):
    /// who owns it and where the content starts.
    Owned {
        speaker: Speaker,
        speaker_text: String,
        content: usize,
    },
    /// The source of a source: "TASS reported citing the city council", "..., as cited by LRT", "As reported by
    /// FiveThirtyEight, ...".
    Cited,
}

#[derive(Debug, Clone)]
struct Cue {
    range: Range<usize>,
    kind: CueKind,
    participle: bool,
}

const AUX: &[&str] = &["is", "was", "were", "are", "been", "be", "being", "am"];
#[rustfmt::skip]
const NOUN_DET: &[&str] = &[
    "the", "a", "an", "these", "those", "his", "her", "its", "their", "our", "such", "of", "new", "false",
    "unfounded", "any", "no", "similar", "earlier", "previous", "repeated", "this", "that", "my", "your",
    "s",
];
/// Sources and adverbs that may come right before a cue that is also a noun ("a poll shows", "a press release
/// states", "Some Democrats, however, question").
#[rustfmt::skip]
const SOURCE_NOUNS: &[&str] = &[
    "poll", "polls", "survey", "surveys", "study", "studies", "release", "document", "documents", "data", "analysis",
    "figures", "website", "records", "research", "letter", "memo", "filing", "filings", "complaint", "lawsuit",
    "indictment", "ruling", "also", "however", "now", "still", "often", "repeatedly", "publicly", "already",
];
/// Writings a participle cue may follow: "a statement saying ...", "a poll asking whether ...".
#[rustfmt::skip]
const DOC_NOUNS: &[&str] = &[
    "statement", "letter", "post", "tweet", "message", "poll", "video", "petition", "note", "email", "release",
    "announcement", "column", "op-ed", "editorial", "memo", "statements", "letters", "posts", "tweets", "messages",
    "emails",
];
/// Adverbs that may stand between the comma and a participle cue of the main clause's subject: ", also claiming
/// that ...", ", again accusing Kyiv of ...".
#[rustfmt::skip]
const PARTICIPLE_ADVERBS: &[&str] = &[
    "also", "again", "even", "further", "repeatedly", "falsely", "wrongly", "publicly", "separately", "instead",
];
/// Words that may open the object of an `object` cue ("called the attack ...", "called for", "urged them").
#[rustfmt::skip]
const OBJECT_STARTS: &[&str] = &[
    "the", "a", "an", "it", "them", "him", "her", "his", "their", "its", "this", "these", "those", "our", "my",
    "your", "us", "me", "for", "on", "as", "to", "how", "whether", "why", "what", "all", "both", "other",
    "others", "some", "any", "each", "every", "people",
];

/// Finds every claim in a body.
pub fn find_claims(input: &ClaimInput) -> Vec<ClaimSpan> {
    let mut claims: Vec<ClaimSpan> = Vec::new();
    // The last direct claim and the sentence counter when it was made, for continued quotations:
    // '"A," he said. "B."' is one claim from A to B, as is a quotation that goes on in the next paragraph.
    let mut last_direct: Option<(usize, usize)> = None;
    let mut sentence_no = 0usize;
    // Transcript turns ("PENCE: Well, look ..."): the claim of the open turn, and the speakers' full names.
    let mut labels: Vec<String> = Vec::new();
    // The sentence before, and where its claims start in `claims`, for quotations standing alone.
    let mut previous: Option<(Range<usize>, usize)> = None;
    for (_para, quotes, sentences) in input.paragraphs.iter() {
        let mut used_quotes: Vec<bool> = vec![false; quotes.len()];
        let mut turn: Option<usize> = None;
        let sentences = join_split_attributions(input, quotes, sentences);
        for sentence in &sentences {
            sentence_no += 1;
            if let Some((label, start)) = turn_label(input.text, sentence) {
                let end = trim_end_punct(input.text, start, sentence.end);
                turn = None;
                if word_count(input.text, start..end) >= 1 {
                    let speaker = label_speaker(input.text, input.lists, &label, start, &mut labels);
                    claims.push(ClaimSpan {
                        speaker,
                        speaker_text: label.clone(),
                        cue: ":".to_string(),
                        kind: ClaimKind::Direct,
                        content: start..end,
                        parts: Vec::new(),
                        sentence: sentence.clone(),
                    });
                    turn = Some(claims.len() - 1);
                }
            } else if let Some(t) = turn {
                // The turn goes on to the next label or the end of the paragraph.
                let c = &mut claims[t];
                c.content.end = trim_end_punct(input.text, c.content.start, sentence.end);
                c.sentence.end = sentence.end;
            }
            let before = claims.len();
            let prev = previous.replace((sentence.clone(), before));
            sentence_claims(input, quotes, sentence.clone(), &mut used_quotes, &mut claims);
            if turn.is_some() {
                last_direct = None;
                continue;
            }
            // A claim ending in a quotation (direct, or a partial quote closing reported speech) may go on in
            // the next one.
            let goes_on = |c: &ClaimSpan| {
                c.kind == ClaimKind::Direct
                    || input.text[..c.content.end].ends_with(['"', '”', '\'']) && c.content.start == c.sentence.start
            };
            if let Some(i) = (before..claims.len()).rev().find(|&i| goes_on(&claims[i])) {
                last_direct = Some((i, sentence_no));
                continue;
            }
            if claims.len() > before {
                last_direct = None;
                continue;
            }
            let Some((ci, _)) = last_direct.filter(|&(_, at)| at + 1 == sentence_no) else {
                last_direct = None;
                if let Some(claim) = standalone_quote(input, quotes, sentence, prev.as_ref(), &claims, &mut used_quotes)
                {
                    claims.push(claim);
                    last_direct = Some((claims.len() - 1, sentence_no));
                }
                continue;
            };
            // Only a quotation opening the sentence continues the previous one.
            let opening = quotes_starting_in(quotes, sentence).find(|(qi, q)| {
                !used_quotes[*qi]
                    && q.outer.end <= sentence.end
                    && input.text[sentence.start..q.outer.start].trim().is_empty()
            });
            match opening {
                Some((qi, q)) => {
                    used_quotes[qi] = true;
                    let c = &mut claims[ci];
                    if q.inner.end <= c.content.end {
                        // Already the claim's content ("He said:" and the quotation of the next paragraph).
                        c.sentence.end = c.sentence.end.max(sentence.end);
                        last_direct = Some((ci, sentence_no));
                        continue;
                    }
                    if c.parts.is_empty() {
                        c.parts.push(c.content.clone());
                    }
                    c.parts.push(q.inner.clone());
                    c.content.end = c.content.end.max(q.inner.end);
                    c.sentence.end = c.sentence.end.max(sentence.end);
                    last_direct = Some((ci, sentence_no));
                }
                None => last_direct = None,
            }
        }
    }
    claims
}

/// A sentence that is one quotation with no attribution of its own, after a sentence about its speaker: that
/// sentence's claim ("Alikhanov said the “blockade” hurts the region. “Yes, the ban doesn't include food, ...”"), or
/// the person it opens with ("Kostaia has travelled from London today. “Today is very difficult for me.”"). The
/// quotation is a claim of its own with no cue. Only a quotation of at least four words, opening its sentence and
/// running to its end.
fn standalone_quote(
    input: &ClaimInput,
    quotes: &[Quote],
    sentence: &Range<usize>,
    previous: Option<&(Range<usize>, usize)>,
    claims: &[ClaimSpan],
    used_quotes: &mut [bool],
) -> Option<ClaimSpan> {
    let text = input.text;
    let (prev, first_claim) = previous?;
    let (qi, q) = quotes_starting_in(quotes, sentence).find(|(qi, q)| {
        !used_quotes[*qi]
            && text[sentence.start..q.outer.start].trim().is_empty()
            && text[q.outer.end.min(sentence.end)..sentence.end].trim().trim_matches(['.', '"', '”']).is_empty()
    })?;
    if word_count(text, q.inner.clone()) < 4 {
        return None;
    }
    // The speaker of the sentence before: its last claim (not a nested or owned one), else a person opening it.
    let from_claim = claims[*first_claim..]
        .iter()
        .rev()
        .find(|c| !owned_cue(&c.cue) && c.sentence.start <= prev.start)
        .map(|c| (c.speaker.clone(), c.speaker_text.clone()));
    let opening_person = || {
        input
            .mentions
            .iter()
            .find(|m| m.range.start >= prev.start && m.range.start < prev.end)
            .filter(|m| {
                let lead = text[prev.start..m.range.start].trim();
                m.kind == EntityKind::Person && (lead.is_empty() || ["Dr.", "Dr", "Mr.", "Ms.", "Mrs."].contains(&lead))
            })
            .map(|m| (Speaker::Entity(m.entity), text[m.range.clone()].to_string()))
    };
    let (speaker, speaker_text) = from_claim.or_else(opening_person)?;
    used_quotes[qi] = true;
    Some(ClaimSpan {
        speaker,
        speaker_text,
        cue: String::new(),
        kind: ClaimKind::Direct,
        content: q.inner.clone(),
        parts: Vec::new(),
        sentence: sentence.clone(),
    })
}

/// '"Why is he attacking me?" Trump said.': a quotation ending in a question or exclamation mark is a sentence of
/// its own when a capitalised name follows, so its attribution is joined back to it. The next sentence must
/// be short (at most twelve words), open with at most four words outside quotation marks and then a reporting
/// verb in lower case.
fn join_split_attributions(input: &ClaimInput, quotes: &[Quote], sentences: &[Range<usize>]) -> Vec<Range<usize>> {
    let text = input.text;
    let mut out: Vec<Range<usize>> = Vec::with_capacity(sentences.len());
    let mut i = 0;
    while i < sentences.len() {
        let s = sentences[i].clone();
        let joined = sentences.get(i + 1).filter(|next| {
            let ends_in_quote = quotes.iter().any(|q| {
                q.outer.end == s.end && q.outer.start >= s.start && text[..words_end(text, q)].ends_with(['?', '!'])
            });
            if !ends_in_quote || text[(*next).clone()].starts_with(['"', '“', '\'', '‘']) {
                return false;
            }
            let ws = input.words_in(next);
            // '"...?" Gallagher pressed.': a name or pronoun and a verb of any kind, and nothing else.
            let bare = (2..=4).contains(&ws.len())
                && text[(*next).clone()].trim_end().ends_with('.')
                && past_or_present(&text[ws[ws.len() - 1].clone()])
                && ws[..ws.len() - 1].iter().all(|w| {
                    text[w.clone()].starts_with(char::is_uppercase) || ["he", "she", "they"].contains(&&text[w.clone()])
                });
            bare || ws.len() <= 12
                && ws.iter().take(5).enumerate().any(|(k, w)| {
                    let word = &text[w.clone()];
                    k >= 1
                        && word.starts_with(|c: char| c.is_ascii_lowercase())
                        && input.verbs.get(word).is_some()
                        && !text[next.start..w.start].contains([',', '"', '“', '”'])
                })
        });
        match joined {
            Some(next) => {
                out.push(s.start..next.end);
                i += 2;
            }
            None => {
                out.push(s);
                i += 1;
            }
        }
    }
    out
}

/// A transcript label opening a sentence: one to four words in capitals and a colon ("PENCE:", "TOM SOUFI
/// BURRIDGE:"), not a heading ("UPDATE:", "WATCH:"). Returns the label and where the words after it start.
fn turn_label(text: &str, sentence: &Range<usize>) -> Option<(String, usize)> {
    let s = &text[sentence.clone()];
    let lead = s.len() - s.trim_start_matches(|c: char| c.is_whitespace() || "\"“".contains(c)).len();
    // Cheap test first: the sentence opens with two capital letters.
    let b = s.as_bytes();
    if b.len() < lead + 3 || !b[lead].is_ascii_uppercase() || !b[lead + 1].is_ascii_uppercase() {
        return None;
    }
    // A byte search: ':' is ASCII, so its position is a character boundary.
    let colon = b[lead..b.len().min(lead + 48)].iter().position(|&c| c == b':')? + lead;
    let label = s[lead..colon].trim();
    let n = label.split_whitespace().count();
    if !(1..=4).contains(&n) || label.len() > 40 {
        return None;
    }
    let caps = label.split_whitespace().all(|w| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && w.chars().all(|c| c.is_ascii_uppercase() || ".-'’".contains(c))
    });
    #[rustfmt::skip]
    const HEADINGS: &[&str] = &[
        "UPDATE", "UPDATED", "WATCH", "READ", "MORE", "EXCLUSIVE", "BREAKING", "NOTE", "EDITOR'S", "PHOTOS", "PHOTO",
        "VIDEO", "RELATED", "CLICK", "LIVE", "NEWS", "ALERT", "CORRECTION", "CLARIFICATION", "SOURCE", "SOURCES",
        "FILE", "ADVERTISEMENT", "Q", "A", "AP", "CNN", "TASS", "RT", "US", "UK", "EU", "UN", "NATO", "ALSO", "PLUS",
        "SEE", "LISTEN", "WARNING",
    ];
    if !caps || label.split_whitespace().any(|w| HEADINGS.contains(&w)) {
        return None;
    }
    let start = sentence.start + colon + 1;
    let start = start + (text[start..sentence.end].len() - text[start..sentence.end].trim_start().len());
    Some((label.to_string(), start))
}

/// The speaker of a transcript label: the name in ordinary case, and a surname alone ("BURRIDGE") takes the
/// full name of an earlier label ("TOM SOUFI BURRIDGE") or of the text.
fn label_speaker(text: &str, lists: &EntityWords, label: &str, pos: usize, labels: &mut Vec<String>) -> Speaker {
    let name: String = label
        .split_whitespace()
        .map(|w| {
            let mut cs = w.chars();
            let first = cs.next().map(|c| c.to_string()).unwrap_or_default();
            first + &cs.as_str().to_lowercase()
        })
        .collect::<Vec<_>>()
        .join(" ");
    if !name.contains(' ') {
        let suffix = format!(" {name}");
        if let Some(full) = labels.iter().rev().find(|l| l.ends_with(&suffix)) {
            return Speaker::Name(full.clone(), EntityKind::Person);
        }
        if let Some(full) = super::speakers::earlier_full_name(text, lists, &name, pos) {
            return Speaker::Name(full, EntityKind::Person);
        }
    } else if !labels.contains(&name) {
        labels.push(name.clone());
    }
    Speaker::Name(name, EntityKind::Person)
}

fn word_count(text: &str, r: Range<usize>) -> usize {
    text[r].split_whitespace().count()
}

/// The words between a quotation and its cue are short enough to be the speaker: at most six words, or at most 24
/// words that are a name and a description set off by commas, in either order (`Douglas Holtz-Eakin, an economist
/// and tax expert,`, `Dmitry Polyanskiy, Russia's first deputy representative to the UN,`, `the head of Ukraine's
/// Defense Intelligence Agency, Major General Kyrylo Budanov,`).
fn short_subject(between: &str) -> bool {
    let n = between.split_whitespace().count();
    if n <= 6 {
        return true;
    }
    if n > 24 {
        return false;
    }
    let segs: Vec<&str> = between.split(',').map(str::trim).filter(|s| !s.is_empty()).collect();
    // Capitalised words, maybe after a short premodifier ("Russia expert Justin Bronk", "retired U.S. Army Gen.
    // Jack Keane") and with a bracketed state ("Sen. Jim Risch (Idaho)").
    let name = |s: &str| {
        let words: Vec<&str> = s.split_whitespace().filter(|w| !(w.starts_with('(') && w.ends_with(')'))).collect();
        let capitalised = words.iter().rev().take_while(|w| w.starts_with(char::is_uppercase)).count();
        (1..=6).contains(&words.len())
            && capitalised >= 2.min(words.len())
            && words.len() - capitalised <= 2
            && !words.first().is_some_and(|w| ["a", "an", "the"].contains(w))
    };
    // "Russia's first deputy ...": a possessive name opens a description.
    let possessive = |w: &str| w.starts_with(char::is_uppercase) && (w.ends_with("'s") || w.ends_with("’s"));
    let article = |w: &str| ["a", "an", "the", "The", "A", "An"].contains(&w);
    let description = |s: &str| {
        s.split_whitespace().next().is_some_and(|w| {
            ["who", "director", "president", "chief", "head"].contains(&w)
                || w.starts_with(char::is_lowercase)
                || article(w)
                || possessive(w)
        })
    };
    match segs[..] {
        // The description may hold commas of its own ("an economist, author and tax expert").
        [first, second, ..] if name(first) && first.split_whitespace().count() <= 4 && description(second) => true,
        // A description opening the phrase is a noun phrase ("the speaker of Russia's lower house"), not the
        // author's clause ('"explicitly clear," envisioning their use ..., Trofimov said').
        [first, second] => {
            let np = first.split_whitespace().next().is_some_and(|w| article(w) || possessive(w));
            np && !name(first) && name(second)
        }
        _ => false,
    }
}

/// Where a quotation's own words end when a nested quotation closes with them: '"... we will say 'never,'" Schumer
/// said' ends its words before the comma, as '"... never," Schumer said' does (a question or exclamation mark
/// stays with the words: 'say 'never?'" he asked').
fn words_end(text: &str, q: &Quote) -> usize {
    let inner = &text[q.inner.clone()];
    match inner.strip_suffix(['\'', '’']) {
        Some(rest) if rest.ends_with(',') => q.inner.start + rest.len() - 1,
        Some(rest) if rest.ends_with(['?', '!', '.']) => q.inner.start + rest.len(),
        _ => q.inner.end,
    }
}

/// The words of a quotation given by its outer range: marks, spaces and a trailing comma trimmed.
fn quote_inner(text: &str, outer: Range<usize>) -> Range<usize> {
    let s = &text[outer.clone()];
    let is_mark = |c: char| c.is_whitespace() || "\"“”«»„'‘’".contains(c);
    let lead = s.len() - s.trim_start_matches(is_mark).len();
    let t = s.trim_end_matches(|c: char| is_mark(c) || c == ',');
    outer.start + lead..outer.start + t.len().max(lead)
}

/// "in a tweet that", "in his statement that": the word at `pos` follows a determiner, so it is a noun.
fn after_determiner(text: &str, floor: usize, pos: usize) -> bool {
    let prev = text[floor..pos].trim_end();
    let prev_word = prev.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    NOUN_DET.contains(&prev_word)
}

/// True when a range holds a sentence stop (`.`, `!`, `?`, `;`) other than the period of an abbreviation or an
/// initial ("Mr. Podesta", "Rep. Gwen Moore (D-Wis.)", "U.S. officials").
fn has_stop(text: &str, r: Range<usize>) -> bool {
    let s = &text[r.clone()];
    s.contains(['!', '?', ';'])
        || s.match_indices('.').any(|(i, _)| {
            // "(D-Wis.)", "1.5": a period inside brackets or a number ends nothing.
            let next = s[i + 1..].chars().next();
            !next.is_some_and(|c| c == ')' || c == ',' || c.is_alphanumeric())
                && !super::segment::is_abbreviation(text, r.start, r.start + i)
        })
}

/// Quotations are in text order and do not overlap, so the one that could hold `pos` is found by binary search
/// (articles of megabytes hold thousands of quotations).
fn in_quote(quotes: &[Quote], pos: usize) -> bool {
    quote_at(quotes, pos).is_some()
}

/// The quotation holding `pos`, if any.
fn quote_at(quotes: &[Quote], pos: usize) -> Option<&Quote> {
    let i = quotes.partition_point(|q| q.outer.start <= pos);
    quotes[..i].last().filter(|q| pos < q.outer.end)
}

/// The quotations that start inside `range`, with their indices.
fn quotes_starting_in<'q>(quotes: &'q [Quote], range: &Range<usize>) -> impl Iterator<Item = (usize, &'q Quote)> {
    let first = quotes.partition_point(|q| q.outer.start < range.start);
    let end = range.end;
    quotes[first..].iter().enumerate().map(move |(k, q)| (first + k, q)).take_while(move |(_, q)| q.outer.start < end)
}

fn find_cues(input: &ClaimInput, quotes: &[Quote], sentence: Range<usize>) -> Vec<Cue> {
    let text = input.text;
    let ws = input.words_in(&sentence);
    let mut cues = Vec::new();
    for (i, w) in ws.iter().enumerate() {
        if in_quote(quotes, w.start) {
            continue;
        }
        let word = &text[w.clone()];
        let prev = i.checked_sub(1).map(|p| &text[ws[p].clone()]);
        let gap_before = i.checked_sub(1).map_or("", |p| &text[ws[p].end..w.start]);
        if word.eq_ignore_ascii_case("according") {
            if let Some(next) = ws.get(i + 1) {
                if &text[next.clone()] == "to" {
                    cues.push(Cue { range: w.start..next.end, kind: CueKind::AccordingTo, participle: false });
                }
            }
            continue;
        }
        if word.as_bytes()[0].is_ascii_lowercase() && NOUN_CUE_WORDS.contains(word) {
            if let Some(cue) = noun_cue(text, ws, i) {
                cues.push(cue);
                continue;
            }
            if let Some(cue) = owned_noun_cue(input, ws, i).or_else(|| report_noun_cue(text, quotes, ws, i)) {
                cues.push(cue);
                continue;
            }
            if let Some(cue) = cited_cue(text, ws, i).or_else(|| passive_by_cue(input, ws, i)) {
                cues.push(cue);
                continue;
            }
        }
        let Some(verb) = input.verbs.get(word) else {
            if let Some(cue) = manner_cue(input, quotes, &sentence, ws, i) {
                cues.push(cue);
            }
            continue;
        };
        if word.starts_with(char::is_uppercase) {
            continue; // "Said" opening a sentence is not a reporting verb.
        }
        // ", pointing out (once more) that ..." reports; "pointing to the flag that ...", "pointing the finger" do
        // not, and "pointing out the appetite of ..." has no clause (nor is the words before it its content).
        if word == "pointing"
            && (ws.get(i + 1).is_none_or(|n| &text[n.clone()] != "out")
                || !ws[i + 2..].iter().take(5).any(|n| &text[n.clone()] == "that"))
        {
            continue;
        }
        // "Fowler is calling for ...", "has been saying": a progressive, the cue takes in the auxiliary.
        // The word before counts only when nothing but spaces separates it ('"... than we are," said X').
        let adjacent = prev.filter(|_| gap_before.trim().is_empty());
        let progressive = word.ends_with("ing") && adjacent.is_some_and(|p| AUX.contains(&p) && p != "being");
        if !progressive && adjacent.is_some_and(|p| AUX.contains(&p) || NOUN_DET.contains(&p.to_lowercase().as_str())) {
            continue; // passive ("is said to") or a noun ("the claims")
        }
        // "did not say whether ...": nothing was said. A negated belief still states one
        // ("officials do not believe he is capable").
        if negated(text, ws, i) && !["believe", "think", "expect", "want"].contains(&verb.lemma.as_str()) {
            continue;
        }
        // "was also asked", "were repeatedly told": a passive with an adverb in between.
        let prev2 = i.checked_sub(2).map(|p| &text[ws[p].clone()]);
        let adverb = prev.is_some_and(|p| {
            let p = p.to_lowercase();
            ["also", "again", "then", "later", "reportedly", "previously", "once", "never", "not"].contains(&p.as_str())
                || (p.len() > 4 && p.ends_with("ly"))
        });
        if !word.ends_with("ing") && adverb && prev2.is_some_and(|p| AUX.contains(&p) && p != "being") {
            continue;
        }
        // "the explosions claimed the lives of ...": a toll, not a claim.
        if verb.lemma == "claim" {
            let next2: Vec<&str> = ws[i + 1..].iter().take(2).map(|n| &text[n.clone()]).collect();
            if next2.len() == 2 && ["life", "lives"].contains(&next2[1]) {
                continue;
            }
        }
        // "the proposals suggested by the experts": a passive participle, not a reporting verb.
        // "an elder man called Serhiy, reported": naming, not a speech act.
        if ["called", "named"].contains(&word)
            && prev.is_some_and(|p| super::speakers::HEAD_NOUNS.contains(&p))
            && ws.get(i + 1).is_some_and(|n| {
                text[n.clone()].starts_with(char::is_uppercase) && text[n.end..].trim_start().starts_with(',')
            })
        {
            continue;
        }
        // "launched what it calls a "special military operation"": naming (a scare quote), not a speech act.
        // ("what she described as a call by ..." still reports what she said.)
        if verb.lemma == "call"
            && ws[i.saturating_sub(4)..i].iter().any(|p| ["what", "What"].contains(&&text[p.clone()]))
            && !text[ws[i.saturating_sub(4)].start..w.start].contains([',', ';', '"', '“', '”'])
            && ws.get(i + 3).is_some_and(|n| text[w.end..n.start].contains(['"', '“', '\'', '‘']))
        {
            continue;
        }
        if !["say", "tell"].contains(&verb.lemma.as_str()) && ws.get(i + 1).is_some_and(|n| &text[n.clone()] == "by") {
            continue;
        }
        // "refuting Wagner claims", "denying Russian claims": a noun after a verb and a modifier (not '"... of
        // shelling," Tania says', where a quotation ends between them).
        let prev2 = i.checked_sub(2).map(|p| &text[ws[p].clone()]);
        let joined = i >= 2 && text[ws[i - 2].end..ws[i - 1].start].trim().is_empty();
        if word.ends_with('s') && joined && prev2.is_some_and(|p| p.ends_with("ing")) {
            continue;
        }
        // "a UN report showed", "an ISW report": a bare verb form after "a" and a name is a noun the name
        // modifies; a singular subject with an article never takes the bare form.
        let tight = i >= 2 && text[ws[i - 2].end..w.start].split_whitespace().count() == 1;
        if word == verb.lemma
            && tight
            && prev.is_some_and(|p| p.starts_with(char::is_uppercase))
            && prev2.is_some_and(|p| ["a", "an"].contains(&p))
        {
            continue;
        }
        // "answers questions", "verify reports", "growing fears", "The key question": a noun unless a name, a
        // pronoun or a speaker noun comes right before.
        const NOUN_FORMS: &[&str] = &[
            "claims",
            "reports",
            "questions",
            "question",
            "remarks",
            "fears",
            "hopes",
            "calls",
            "demands",
            "notes",
            "states",
            "shows",
            "estimates",
            "promises",
            "pledges",
            "threatens",
            "warnings",
        ];
        if NOUN_FORMS.contains(&word) {
            let ok = prev.is_some_and(|p| {
                p.starts_with(char::is_uppercase)
                    || ["he", "she", "it", "they", "we", "who", "that", "which"].contains(&p)
                    || super::speakers::HEAD_NOUNS.contains(&p)
                    || SOURCE_NOUNS.contains(&p)
            });
            if !ok {
                continue;
            }
        }
        if ["state", "states"].contains(&word) && state_noun(text, ws, i) {
            continue;
        }
        // "Officials estimate (that) roughly 21,000 have been killed", "We estimate ...", "observers fear the death
        // toll will be enormous": the bare form is a verb only after a plural or a pronoun subject ("the estimate",
        // "a Pentagon estimate", "gave his estimate of", "This fear stems from" are nouns).
        if word == "estimate" || word == "fear" {
            let plural = prev.is_some_and(|p| {
                ["we", "they", "We", "They", "I", "also", "now", "still"].contains(&p)
                    || (p.len() > 3
                        && p.ends_with('s')
                        && !p.ends_with("ss")
                        && !p.ends_with("'s")
                        && !p.ends_with("’s")
                        && !["This", "this"].contains(&p))
            });
            // An article before a name makes the name a modifier ("a United Nations estimate", "the Pentagon
            // estimate"); "the officials estimate" is a verb.
            const ARTICLES: &[&str] = &["a", "an", "the", "A", "An", "The"];
            let name = (0..i).rev().take_while(|&k| {
                let w = &text[ws[k].clone()];
                w.starts_with(char::is_uppercase) && !ARTICLES.contains(&w)
            });
            let lead = name.last().and_then(|k| k.checked_sub(1)).map(|k| &text[ws[k].clone()]);
            let after_article = lead.is_some_and(|p| ARTICLES.contains(&p));
            if !plural || after_article || !gap_before.trim().is_empty() {
                continue;
            }
        }
        // "All told, more than 50 people died": the idiom (in all), not a verb of saying.
        if word == "told" && prev == Some("All") && text[w.end..].starts_with(',') {
            continue;
        }
        if progressive {
            cues.push(Cue { range: ws[i - 1].start..w.end, kind: CueKind::Verb(verb.needs), participle: false });
            continue;
        }
        let participle = word.ends_with("ing");
        // ", also claiming that ...", ", again accusing ...": one adverb between the comma and the participle.
        let adverb_after_comma = participle
            && i >= 2
            && gap_before.trim().is_empty()
            && prev.is_some_and(|p| PARTICIPLE_ADVERBS.contains(&p))
            && text[ws[i - 2].end..ws[i - 1].start].contains(',');
        if adverb_after_comma {
            cues.push(Cue { range: w.clone(), kind: CueKind::Verb(verb.needs), participle: true });
            continue;
        }
        if participle && !gap_before.contains(',') {
            // "Wang was quoted (by Xinhua on Monday) as saying ...": the passive takes the subject; the cue runs
            // from its auxiliary.
            if let Some(aux) = quoted_as(text, ws, i) {
                cues.push(Cue { range: ws[aux].start..w.end, kind: CueKind::Verb(verb.needs), participle: false });
                continue;
            }
            // "..., with an expert saying they ...": the participle's subject is the noun phrase after "with".
            if with_subject(input, ws, i) {
                cues.push(Cue { range: w.clone(), kind: CueKind::Verb(verb.needs), participle: false });
            }
            // "by suggesting that ...", "launched a poll asking whether ...", ", praising X but warning that ...",
            // "while maintaining that ...", "before asking ...": the participle of the main clause's subject, like
            // ", claiming that ...".
            let p = prev.unwrap_or("");
            let joined = ["and", "but"].contains(&p) && cues.iter().any(|c: &Cue| c.participle);
            if ["by", "while", "before", "after"].contains(&p) || DOC_NOUNS.contains(&p) || joined {
                cues.push(Cue { range: w.clone(), kind: CueKind::Verb(verb.needs), participle: true });
            }
            continue; // "warning signs", "saying goes": only ", claiming that ..." counts
        }
        cues.push(Cue { range: w.clone(), kind: CueKind::Verb(verb.needs), participle });
    }
    cues
}

/// A lower-case verb form in the past or third-person present: "pressed", "muses", "began" (a few irregular past
/// forms), not "boss" or "campus".
fn past_or_present(word: &str) -> bool {
    const IRREGULAR: &[&str] = &["began", "spoke", "swore", "sang", "cried", "shot", "went", "broke", "bit"];
    word.len() > 3
        && word.chars().all(|c| c.is_ascii_lowercase())
        && (word.ends_with("ed") || (word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us")))
        || IRREGULAR.contains(&word)
}

/// '"Would it be fair to say that deterrence failed?" Gallagher pressed.', '"It's like Rabbie Burns," he muses.',
/// '"Number one ...," Wolters began, before being cut off': after a quotation that ends like an attributed one,
/// a speaker and any verb in the past or present tense that ends the sentence (or a clause of it) attribute the
/// quotation, whether or not the vocabulary lists the verb. The speaker is a pronoun, a capitalised name of at most
/// three words, or "the" and at most two lower-case words ("the statement added", "the official conceded").
fn manner_cue(
    input: &ClaimInput,
    quotes: &[Quote],
    sentence: &Range<usize>,
    ws: &[Range<usize>],
    i: usize,
) -> Option<Cue> {
    const PRONOUNS: &[&str] = &["he", "she", "they", "we", "I", "He", "She", "They", "We"];
    let text = input.text;
    let w = &ws[i];
    // The verb ends the sentence or is followed by a comma ("..., before being cut off"); checked first, as this
    // runs for every word that is not a reporting verb.
    let next = text.as_bytes().get(w.end).copied();
    if !(w.end >= sentence.end || matches!(next, Some(b',' | b'.' | b'!' | b'?'))) {
        return None;
    }
    let word = &text[w.clone()];
    if !past_or_present(word) {
        return None;
    }
    // A closing quotation mark, then the speaker, then the verb.
    let q = quotes.iter().rfind(|q| q.outer.end <= w.start && q.outer.end > sentence.start)?;
    let between: Vec<&str> = text[q.outer.end..w.start].split_whitespace().collect();
    let speaker = match between[..] {
        [p] if PRONOUNS.contains(&p) => true,
        ["the", ..] | ["The", ..] => {
            (2..=3).contains(&between.len()) && between[1..].iter().all(|w| w.chars().all(|c| c.is_ascii_lowercase()))
        }
        _ => {
            (1..=3).contains(&between.len())
                && between.iter().all(|w| {
                    w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || "-.'’".contains(c))
                })
                // "Meanwhile said": a lone word that never names anyone.
                && !(between.len() == 1 && input.lists.has(between[0], class::NOT_NAME))
        }
    };
    // The quotation closes on a comma, question or exclamation mark: it was cut for its attribution.
    let closing = text[..q.outer.end].trim_end_matches(['"', '”', '\'', '’', ' ']);
    let cut = closing.ends_with([',', '?', '!']);
    (speaker && cut && i > 0).then(|| Cue { range: w.clone(), kind: CueKind::Verb(Needs::Quote), participle: false })
}

/// True when "state" or "states" at `ws[i]` is the noun, not the verb of saying. A word right after it makes it
/// a modifier ("state TV in Moscow today confirmed", "state news agency TASS reported", "state Sen. Matt Dolan"):
/// the verb takes "that", a colon or a quotation, ends the attribution ('," the report states.'), or an adverb or
/// preposition comes between ("states in its report that"). A modifier right before it makes it the noun too
/// ("Russia and the host state.", "a Ukrainian rebel state.", "former Soviet states that include", "EU states
/// that insist", "NATO member states, Zelensky said"): the verb's subject ends in a pronoun, a name, a writing or a
/// plural ("it states that", "Moscow states that", "the memo states", "experts state"), or an auxiliary, "to" or an
/// adverb comes before it ("did state that", "went on to state that", "flatly state that").
fn state_noun(text: &str, ws: &[Range<usize>], i: usize) -> bool {
    const AFTER_VERB: &[&str] = &["that", "in", "on", "at", "to", "as", "also", "further", "again"];
    #[rustfmt::skip]
    const BEFORE_VERB: &[&str] = &[
        "it", "he", "she", "they", "we", "i", "who", "which", "that", "to", "did", "does", "do", "will", "would",
        "must", "can", "could", "may", "might", "should", "also", "further", "then", "now", "still", "report",
        "article", "caption", "excerpt", "text", "law", "constitution", "convention", "treaty", "agreement",
        "resolution", "decree", "bill", "order", "summary", "page", "account", "book", "entry", "notice",
    ];
    // Capitalised words that modify "state": regions, blocs and quantifiers opening a sentence.
    const MODIFIERS: &[&str] = &[
        "Soviet", "Baltic", "Gulf", "Arab", "Western", "Eastern", "Asian", "African", "European", "Central", "Nordic",
        "Balkan", "Member", "EU", "NATO", "Nato", "BRICS", "All", "Other", "Some", "Many", "Several", "Both", "These",
        "Those", "Islamic",
    ];
    let w = &ws[i];
    if let Some(next) = ws.get(i + 1) {
        let n = &text[next.clone()];
        if text[w.end..next.start].trim().is_empty() && !AFTER_VERB.contains(&n) && !n.ends_with("ly") {
            return true;
        }
    }
    let Some(prev) = i.checked_sub(1).map(|p| &ws[p]) else {
        return false;
    };
    if !text[prev.end..w.start].trim().is_empty() {
        return false;
    }
    let p = &text[prev.clone()];
    if p.starts_with(char::is_uppercase) {
        return MODIFIERS.contains(&p) || super::speakers::demonym_country(&p.to_lowercase()).is_some();
    }
    // Nouns that modify it, also where they head a speaker ("member states", "the host state").
    if ["member", "host", "rebel", "puppet", "vassal", "client", "buffer", "nation", "police", "rogue", "other"]
        .contains(&p)
    {
        return true;
    }
    let plural = p.len() > 3 && p.ends_with('s') && !p.ends_with("ss") && !p.ends_with("'s") && !p.ends_with("’s");
    !(plural
        || p.ends_with("ly")
        || BEFORE_VERB.contains(&p)
        || SOURCE_NOUNS.contains(&p)
        || DOC_NOUNS.contains(&p)
        || super::speakers::HEAD_NOUNS.contains(&p))
}

/// The cue as a claim records it: its words in lower case, "quoted as saying" for all of "was quoted by state
/// news agency RIA on Monday as saying".
fn cue_label(text: &str, cue: &Cue) -> String {
    let words = text[cue.range.clone()].to_lowercase();
    match ["quoted", "cited"].iter().find(|v| words.contains(*v)).filter(|_| words.contains(" as ")) {
        Some(verb) => format!("{verb} as {}", words.rsplit(' ').next().unwrap_or("saying")),
        None => words,
    }
}

/// "was quoted as saying", "were cited by RIA Novosti on Monday as saying", "has been quoted in the paper as
/// saying": for the participle at `i` after "as", the index of the passive's auxiliary (at most eight words
/// between "quoted" and "as", none of them a comma's).
fn quoted_as(text: &str, ws: &[Range<usize>], i: usize) -> Option<usize> {
    let word = |k: usize| &text[ws[k].clone()];
    if i < 3 || word(i - 1) != "as" || !["saying", "telling", "stating"].contains(&word(i)) {
        return None;
    }
    let q = (i.saturating_sub(10)..i - 1).rev().find(|&k| ["quoted", "cited"].contains(&word(k)))?;
    if text[ws[q].end..ws[i - 1].start].contains([',', ';', '"', '“', '”']) {
        return None;
    }
    // The auxiliary, maybe with an adverb between ("was also quoted", "has been widely cited").
    let aux = (q.saturating_sub(3)..q).rev().find(|&k| AUX.contains(&word(k)))?;
    let lead = &text[ws[aux].start..ws[q].start];
    (lead.split_whitespace().count() <= 3 && !lead.contains(',')).then(|| {
        // "has been quoted": the perfect's auxiliary too.
        if aux > 0 && ["has", "have", "had"].contains(&word(aux - 1)) {
            aux - 1
        } else {
            aux
        }
    })
}

/// True when the cue at `i` is negated: "did not say", "wouldn't confirm", "has never said". The words must be
/// adjacent, with no punctuation between them. (A refused infinitive, "declined to say", is `infinitive`'s.)
fn negated(text: &str, ws: &[Range<usize>], i: usize) -> bool {
    let word = |k: usize| &text[ws[k].clone()];
    let joined = |k: usize| text[ws[k].end..ws[k + 1].start].trim().is_empty();
    let Some(mut p) = i.checked_sub(1).filter(|&p| joined(p)) else { return false };
    // "did not initially confirm", "has not publicly said": one adverb between the negation and the verb.
    if p > 0 && joined(p - 1) && word(p).ends_with("ly") && matches!(word(p - 1), "not" | "never" | "t") {
        p -= 1;
    }
    match word(p) {
        "not" | "never" => true,
        // "didn't": the apostrophe splits it into "didn" and "t".
        "t" => {
            p > 0
                && word(p - 1).ends_with('n')
                && text[ws[p - 1].end..ws[p].start].chars().all(|c| c == '\'' || c == '’')
        }
        _ => false,
    }
}

/// "with senior officials telling ...", "with the United States and its allies accusing ...": "with" a comma before
/// it, then one to seven words of a noun phrase (no punctuation, no reporting verb in lower case: "States" is a
/// name) right before the participle at `i`.
fn with_subject(input: &ClaimInput, ws: &[Range<usize>], i: usize) -> bool {
    let text = input.text;
    for k in (i.saturating_sub(8)..i.saturating_sub(1)).rev() {
        let gap = &text[ws[k].end..ws[k + 1].start];
        if !gap.trim().is_empty() {
            return false;
        }
        let w = &text[ws[k].clone()];
        if w == "with" {
            return k > 0 && text[ws[k - 1].end..ws[k].start].contains(',');
        }
        // "footage of Trump saying ...": a recording of a named speaker.
        if w == "of" {
            return k + 1 < i && text[ws[k + 1].clone()].starts_with(char::is_uppercase);
        }
        let lower = w.starts_with(|c: char| c.is_lowercase());
        if lower && input.verbs.get(w).is_some() || AUX.contains(&w) || w.ends_with("ing") {
            return false;
        }
    }
    false
}

/// Speech-act nouns that carry a content clause: "made a rare admission that ...", "repeated his calls for ...".
#[rustfmt::skip]
const SPEECH_NOUNS: &[&str] = &[
    "admission", "assertion", "claim", "claims", "warning", "warnings", "statement", "insistence", "pledge",
    "promise", "vow", "threat", "accusation", "accusations", "allegation", "allegations", "call", "calls", "plea",
    "pleas", "appeal", "appeals", "demand", "demands",
];
/// Nouns whose content follows "for" ("a plea for help") rather than "that".
const FOR_NOUNS: &[&str] = &["call", "calls", "plea", "pleas", "appeal", "appeals", "demand", "demands"];
/// Verbs that make a speech-act noun the speaker's own act: "made a plea", "repeated his warning".
#[rustfmt::skip]
const LIGHT_VERBS: &[&str] = &[
    "made", "makes", "make", "making", "repeated", "repeats", "repeating", "renewed", "renews", "renewing",
    "reiterated", "reiterates", "issued", "issues", "issuing", "sounded", "sounds", "voiced", "voices", "gave",
    "gives", "delivered", "delivers", "echoed", "echoes", "stepped", "doubled",
];
/// Determiners and possessives that may open the noun phrase after a light verb.
const NOUN_OPENERS: &[&str] = &["a", "an", "the", "his", "her", "its", "their", "our", "my", "your"];

/// A speech-act noun after a light verb and a determiner, followed by "that" (or "for" for requests):
/// "Carlson made an extremely rare admission that he was wrong". The cue runs from the verb to the noun, so
/// the speaker is the verb's subject. At most three modifiers between the determiner and the noun.
fn noun_cue(text: &str, ws: &[Range<usize>], i: usize) -> Option<Cue> {
    let noun = &text[ws[i].clone()];
    if !SPEECH_NOUNS.contains(&noun) {
        return None;
    }
    let next = &text[ws.get(i + 1)?.clone()];
    if !text[ws[i].end..ws[i + 1].start].trim().is_empty() {
        return None;
    }
    let needs = if next == "that" {
        Needs::That
    } else if next == "for" && FOR_NOUNS.contains(&noun) {
        Needs::Object
    } else {
        return None;
    };
    // Back over modifiers to the determiner, then the light verb, with no punctuation in between.
    let mut k = i;
    for _ in 0..4 {
        k = k.checked_sub(1)?;
        if !text[ws[k].end..ws[k + 1].start].trim().is_empty() {
            return None;
        }
        let w = &text[ws[k].clone()];
        if NOUN_OPENERS.contains(&w) {
            let v = k.checked_sub(1)?;
            if !text[ws[v].end..ws[k].start].trim().is_empty() || !LIGHT_VERBS.contains(&&text[ws[v].clone()]) {
                return None;
            }
            return Some(Cue { range: ws[v].start..ws[i].end, kind: CueKind::Verb(needs), participle: false });
        }
        if !w.starts_with(char::is_lowercase) {
            return None;
        }
    }
    None
}

/// Speech-act nouns whose owner is the speaker: "Trump's suggestion that ...", "Biden's pledge to ...".
#[rustfmt::skip]
const OWNED_NOUNS: &[&str] = &[
    "insistence", "suggestion", "claim", "claims", "assertion", "allegation", "allegations", "accusation",
    "accusations", "warning", "warnings", "pledge", "promise", "vow", "threat", "call", "calls", "plea", "appeal",
    "demand", "demands", "argument", "admission", "announcement", "contention", "prediction", "belief",
];
/// Owned nouns whose content may be an infinitive ("Biden's pledge to accept ...", "his call to resign").
/// Not "call": "made good on Zelenskyy's call to take back lands" reports an order's outcome, not the call.
const TO_NOUNS: &[&str] = &["pledge", "promise", "vow", "threat"];

/// A speech-act noun with its owner and its content: "Trump's suggestion that ...", "his insistence that ...",
/// "Joe Biden's pledge to accept ...", "a call by Prime Minister Boris Johnson for ...". The owner is a named
/// entity right before the possessive, a possessive "his"/"her" (the last person of that gender before it), or
/// the noun phrase after "by".
fn owned_noun_cue(input: &ClaimInput, ws: &[Range<usize>], i: usize) -> Option<Cue> {
    let text = input.text;
    let noun = &text[ws[i].clone()];
    if !OWNED_NOUNS.contains(&noun) || i == 0 {
        return None;
    }
    let tight = |k: usize| text[ws[k].end..ws[k + 1].start].trim().is_empty();
    // What follows: "that", "to" and a verb, or "for" (requests).
    let content_after = |k: usize| -> Option<usize> {
        let next = &text[ws.get(k + 1)?.clone()];
        if !tight(k) {
            return None;
        }
        let ok = match next {
            "that" => true,
            "for" => FOR_NOUNS.contains(&noun),
            "to" => {
                TO_NOUNS.contains(&noun)
                    && ws.get(k + 2).is_some_and(|v| text[v.clone()].starts_with(char::is_lowercase))
            }
            _ => false,
        };
        ok.then(|| if next == "to" { ws[k + 1].start } else { ws[k + 1].end })
    };
    let prev = &text[ws[i - 1].clone()];
    // "a call by Prime Minister Boris Johnson for ...": at most six words after "by", then the content.
    if next_is(text, ws, i, "by") && FOR_NOUNS.contains(&noun) {
        let by = i + 1;
        for k in by + 1..(by + 7).min(ws.len()) {
            if !tight(k - 1) {
                return None;
            }
            if let Some(content) = content_after(k) {
                let np = ws[by + 1].start..ws[k].end;
                let (speaker, speaker_text) = resolve_np(input, np, NpMode::Object)?;
                if matches!(speaker, Speaker::Unnamed(_)) {
                    return None;
                }
                return Some(Cue {
                    range: ws[i].start..ws[by].end,
                    kind: CueKind::Owned { speaker, speaker_text, content },
                    participle: false,
                });
            }
        }
        return None;
    }
    let content = content_after(i)?;
    let (speaker, speaker_text) =
        if prev == "s" && i >= 2 && ["'", "’"].contains(&&text[ws[i - 2].end..ws[i - 1].start]) {
            // "Trump's suggestion": the entity ending at the apostrophe.
            let end = ws[i - 2].end;
            let m = input.mentions_before(end).iter().rev().find(|m| m.range.end == end)?;
            (Speaker::Entity(m.entity), text[m.range.clone()].to_string())
        } else if ["his", "her", "His", "Her"].contains(&prev) {
            // "his insistence that": the last person of that gender who spoke in the last 600 bytes, else the last one
            // named before it, outside quotations.
            let female = prev.eq_ignore_ascii_case("her");
            let at = ws[i - 1].start;
            let fits = |e: usize| {
                input.kinds.get(e) == Some(&EntityKind::Person)
                    && super::speakers::gender_of(input, e).is_none_or(|f| f == female)
            };
            let spoke = input.speakers.borrow().iter().rev().find_map(|(pos, sp)| match sp {
                Speaker::Entity(e) if *pos < at && at - pos < 600 && fits(*e) => Some(*e),
                _ => None,
            });
            let named = || {
                let before = input.mentions_before(at);
                before.iter().rev().find(|m| !input.quoted(m.range.start) && fits(m.entity)).map(|m| m.entity)
            };
            (Speaker::Entity(spoke.or_else(named)?), prev.to_string())
        } else {
            return None;
        };
    Some(Cue {
        range: ws[i - 1].start..ws[i].end,
        kind: CueKind::Owned { speaker, speaker_text, content },
        participle: false,
    })
}

/// Words before "reports" that make it a noun standing for its unnamed source: "following reports that ...",
/// "there have been reports that ...", "a report Saturday that ...", "media reports that ...".
#[rustfmt::skip]
const REPORT_LEADS: &[&str] = &[
    "following", "after", "amid", "despite", "of", "on", "been", "were", "are", "a", "media", "recent", "unconfirmed",
    "news", "press", "earlier", "local", "multiple", "several", "numerous", "Following", "After", "Amid", "Despite",
];

/// "following reports that Russian troops were crossing the border": a report noun as the unnamed speaker of the
/// clause after it ("that", after at most two time words: "a report Saturday that"; or, after "following",
/// "after" or "amid", a bare finite clause).
fn report_noun_cue(text: &str, quotes: &[Quote], ws: &[Range<usize>], i: usize) -> Option<Cue> {
    let noun = &text[ws[i].clone()];
    if !REPORT_NOUNS.contains(&noun) || i == 0 {
        return None;
    }
    let prev = &text[ws[i - 1].clone()];
    if !REPORT_LEADS.contains(&prev) || !text[ws[i - 1].end..ws[i].start].trim().is_empty() {
        return None;
    }
    // "a report" but not "to report", "will report": the singular needs its article.
    if noun == "report" && prev != "a" {
        return None;
    }
    let mut k = i + 1;
    let mut content = None;
    while k < ws.len() && k <= i + 3 && text[ws[k - 1].end..ws[k].start].trim().is_empty() {
        let w = &text[ws[k].clone()];
        if w == "that" {
            content = Some(ws[k].end);
            break;
        }
        if !(is_weekday(w) || ["on", "last", "this", "earlier", "today", "yesterday"].contains(&w)) {
            break;
        }
        k += 1;
    }
    // "There have also been reports of Russian forces blocking aid": "of" and a noun phrase with a participle of
    // its own (within six words), an event someone reported.
    if content.is_none() && noun == "reports" && next_is(text, ws, i, "of") {
        let event =
            ws[i + 2..].iter().take(6).enumerate().any(|(k, w)| {
                k > 0 && text[w.clone()].ends_with("ing") && text[w.clone()].starts_with(char::is_lowercase)
            });
        let tight =
            ws[i + 1..].iter().take(7).zip(ws[i + 2..].iter()).all(|(a, b)| text[a.end..b.start].trim().is_empty());
        if event && tight {
            content = ws.get(i + 2).map(|w| w.start);
        }
    }
    if content.is_none()
        && noun == "reports"
        && ["following", "after", "amid", "Following", "After", "Amid"].contains(&prev)
        && bare_clause(text, quotes, &ws[i + 1..])
    {
        content = ws.get(i + 1).map(|w| w.start);
    }
    let content = content?;
    let written = match prev {
        "a" => "a report".to_string(),
        "media" | "recent" | "unconfirmed" | "news" | "press" | "local" | "multiple" | "several" | "numerous" => {
            format!("{prev} {noun}")
        }
        _ => noun.to_string(),
    };
    Some(Cue {
        range: ws[i].clone(),
        kind: CueKind::Owned { speaker: Speaker::Unnamed(written.clone()), speaker_text: written, content },
        participle: false,
    })
}

/// The claim of the sentence that a cited source stands behind: it ends at most eight words before the cue.
fn cited_for<'c>(text: &str, cue: &Cue, earlier: &'c [ClaimSpan]) -> Option<&'c ClaimSpan> {
    earlier.iter().rev().find(|c| {
        c.content.end <= cue.range.start
            && word_count(text, c.content.end..cue.range.start) <= 8
            && !has_stop(text, c.content.end..cue.range.start)
    })
}

/// "TASS reported citing the city council", ", citing a senior official", ", as cited by LRT", "As reported by
/// FiveThirtyEight,": a source's own source.
fn cited_cue(text: &str, ws: &[Range<usize>], i: usize) -> Option<Cue> {
    let word = &text[ws[i].clone()];
    let prev = &text[ws.get(i.checked_sub(1)?)?.clone()];
    let gap = &text[ws[i - 1].end..ws[i].start];
    if CITING.contains(&word) {
        const REPORTED: &[&str] = &["reported", "reports", "said", "says", "wrote", "writes", "added", "reporting"];
        let after_report = gap.trim().is_empty() && REPORTED.contains(&prev);
        return (gap.contains(',') || after_report).then(|| Cue {
            range: ws[i].clone(),
            kind: CueKind::Cited,
            participle: true,
        });
    }
    if CITED.contains(&word) && prev.eq_ignore_ascii_case("as") && next_is(text, ws, i, "by") {
        return Some(Cue { range: ws[i - 1].start..ws[i + 1].end, kind: CueKind::Cited, participle: false });
    }
    None
}

/// "citing" and "quoting" a source's own source after a report ("TASS reported citing the city council").
const CITING: &[&str] = &["citing", "quoting"];
/// "as reported by X", "as cited by X", "as quoted by X".
const CITED: &[&str] = &["reported", "cited", "quoted"];
/// A passive telling ("was told by X that ...").
const TOLD: &[&str] = &["told", "warned", "informed", "assured", "reminded", "advised"];
/// Report nouns standing for their unnamed source ("following reports that ...").
const REPORT_NOUNS: &[&str] = &["reports", "report"];

/// Every word that can open a noun, report, cited or passive cue (`noun_cue` to `passive_by_cue` return None for
/// any other): one set lookup per word instead of a scan of each list. All are lower-case.
static NOUN_CUE_WORDS: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> = std::sync::LazyLock::new(|| {
    [SPEECH_NOUNS, OWNED_NOUNS, REPORT_NOUNS, CITING, CITED, TOLD].concat().into_iter().collect()
});

/// The claim of a cited source: the content of the claim it is cited for ("<A>, TASS reported citing the city
/// council": A), else the sentence after "As reported by X," or the clause before ", as cited by X". Documents
/// ("citing case files") are not speakers.
fn cited_claim(
    input: &ClaimInput,
    quotes: &[Quote],
    sentence: &Range<usize>,
    cue: &Cue,
    earlier: &[ClaimSpan],
) -> Option<ClaimSpan> {
    let text = input.text;
    let np = after_np(text, cue.range.end, sentence.end);
    let head = text[np.clone()].split_whitespace().last().unwrap_or("").to_lowercase();
    #[rustfmt::skip]
    const DOCUMENTS: &[&str] = &[
        "files", "documents", "document", "data", "figures", "records", "statistics", "footage", "images", "video",
        "photos", "estimates", "law", "laws", "agreements", "failure", "need", "concerns", "reasons",
    ];
    if DOCUMENTS.contains(&head.trim_matches(|c: char| !c.is_alphanumeric())) {
        return None;
    }
    let (speaker, speaker_text) = resolve_np(input, np.clone(), NpMode::According)?;
    let lead = text[sentence.start..cue.range.start].trim_end();
    let content = if let Some(c) = cited_for(text, cue, earlier) {
        c.content.clone()
    } else if lead.split_whitespace().count() == 0 && text[np.end..].starts_with(',') {
        let start = np.end + 1;
        let start = start + (text[start..sentence.end].len() - text[start..sentence.end].trim_start().len());
        start..trim_end_punct(text, start, sentence.end)
    } else if lead.ends_with(',') && cue.range.len() > "citing".len() {
        let end = sentence.start + lead.len() - 1;
        sentence.start..trim_end_punct(text, sentence.start, end)
    } else {
        return None;
    };
    if word_count(text, content.clone()) < 3 || in_quote(quotes, content.start) && content.start == sentence.start {
        return None;
    }
    Some(ClaimSpan::indirect(speaker, speaker_text, cue_label(text, cue), content, sentence))
}

/// "Putin was told by the FSB security service, the successor to the KGB, that Ukraine would capitulate": a passive
/// telling whose agent after "by" is the speaker of the "that" clause (at most twelve words on).
fn passive_by_cue(input: &ClaimInput, ws: &[Range<usize>], i: usize) -> Option<Cue> {
    let text = input.text;
    let word = &text[ws[i].clone()];
    if !TOLD.contains(&word) || !next_is(text, ws, i, "by") {
        return None;
    }
    let prev = &text[ws.get(i.checked_sub(1)?)?.clone()];
    if !["was", "were", "been", "being", "is", "are"].contains(&prev) {
        return None;
    }
    let by = i + 1;
    let that = (by + 2..ws.len().min(by + 13)).find(|&k| &text[ws[k].clone()] == "that")?;
    let np = after_np(text, ws[by].end, ws[that].start);
    let (speaker, speaker_text) = resolve_np(input, np, NpMode::Object)?;
    Some(Cue {
        range: ws[i - 1].start..ws[by].end,
        kind: CueKind::Owned { speaker, speaker_text, content: ws[that].end },
        participle: false,
    })
}

/// The cue of a claim whose speaker is named inside a noun phrase or a passive ("a call by X", "Trump's
/// suggestion", "reports", "was told by X"), not the subject of the clause: a later "and said" or ", claiming" is
/// not that speaker's.
fn owned_cue(cue: &str) -> bool {
    let last = cue.rsplit(' ').next().unwrap_or("");
    cue.ends_with(" by") || OWNED_NOUNS.contains(&last) || REPORT_NOUNS.contains(&cue)
}

/// True when the word after `i` is `word`, with only spaces between them.
fn next_is(text: &str, ws: &[Range<usize>], i: usize, word: &str) -> bool {
    ws.get(i + 1).is_some_and(|n| &text[n.clone()] == word && text[ws[i].end..n.start].trim().is_empty())
}

/// The claim of an owned speech-act noun: from its content to the end of the sentence, cut where the same
/// speaker goes on with another cue or the author's gloss starts.
fn owned_claim(
    input: &ClaimInput,
    quotes: &[Quote],
    sentence: &Range<usize>,
    cue: &Cue,
    (speaker, speaker_text): (&Speaker, &String),
    start: usize,
) -> Option<ClaimSpan> {
    let text = input.text;
    let start = start + (text[start..sentence.end].len() - text[start..sentence.end].trim_start().len());
    let mut content = start..trim_end_punct(text, start, sentence.end);
    if content.is_empty() || in_quote(quotes, start) {
        return None;
    }
    content.end = reported_end(input, quotes, content.clone());
    if word_count(text, content.clone()) < 3 {
        return None;
    }
    Some(ClaimSpan::indirect(speaker.clone(), speaker_text.clone(), cue_label(text, cue), content, sentence))
}

fn sentence_claims(
    input: &ClaimInput,
    quotes: &[Quote],
    sentence: Range<usize>,
    used_quotes: &mut [bool],
    claims: &mut Vec<ClaimSpan>,
) {
    let text = input.text;
    let cues = find_cues(input, quotes, sentence.clone());
    let first_new = claims.len();
    // The time and occasion phrases after the cues of the claims found ('said on Monday in a report that ...',
    // 'said in a statement posted on Telegram'): a cue in them ("report", "posted") is part of the occasion.
    let mut occasions: Vec<Range<usize>> = Vec::new();
    for cue in &cues {
        if occasions.iter().any(|o| o.start <= cue.range.start && cue.range.end <= o.end) {
            continue;
        }
        // A cue inside what someone else said ("denies ..., claiming that ...") continues that claim, unless it is
        // a parenthesis of its own ("criticized the envoy, who, Podolyak said, "delivered ..."").
        if claims[first_new..].iter().any(|c| c.content.start <= cue.range.start && cue.range.end <= c.content.end)
            && !parenthetical_cue(text, &sentence, cue)
            && !gapped_relative(input, cue)
            // "there have been reports that Putin was told by the FSB that ...": a passive telling names its own
            // speaker inside what someone else said.
            && !matches!(cue.kind, CueKind::Owned { .. } if text[cue.range.clone()].ends_with(" by"))
        {
            continue;
        }
        let claim = match cue.kind {
            CueKind::AccordingTo => according_to(input, quotes, &sentence, cue),
            CueKind::Cited => cited_claim(input, quotes, &sentence, cue, &claims[first_new..]).or_else(|| {
                // "Russia sent troops, citing Kiev's failure to ...": a reason the subject gave (not "TASS reported,
                // citing case files": a document behind a report is no speaker).
                (&text[cue.range.clone()] == "citing" && cited_for(text, cue, &claims[first_new..]).is_none())
                    .then(|| verb_claim(input, quotes, &sentence, cue, Needs::That, &claims[first_new..], false))
                    .flatten()
            }),
            CueKind::Owned { ref speaker, ref speaker_text, content } => {
                owned_claim(input, quotes, &sentence, cue, (speaker, speaker_text), content)
            }
            CueKind::Verb(needs) => verb_claim(input, quotes, &sentence, cue, needs, &claims[first_new..], false),
        };
        if let Some(mut c) = claim {
            let content_text = &text[c.content.clone()];
            if content_text.split_whitespace().count() < 2 {
                continue;
            }
            if written_object(input, cue, &c) {
                // No claim, but the writer stays the one a later pronoun may name.
                input.speakers.borrow_mut().push((cue.range.start, c.speaker.clone()));
                continue;
            }
            let first = quotes.partition_point(|q| q.inner.start < c.content.start);
            for (k, q) in quotes[first..].iter().enumerate().take_while(|(_, q)| q.inner.start < c.content.end) {
                if q.inner.end <= c.content.end {
                    used_quotes[first + k] = true;
                }
            }
            c.sentence = sentence.clone();
            // "Kiev and Moscow have accused ...", "Apple, Google and Microsoft announced ...", "both he and the
            // U.S. government claim": one claim per speaker, the same content. A description last must open with
            // its own determiner ("its allies"), not share its modifiers ("Russian and Ukrainian officials").
            let full_np = c.speaker_text.split_whitespace().next().is_some_and(|w| DETERMINERS.contains(&w));
            let last_speaks = match c.speaker {
                Speaker::Entity(_) | Speaker::Name(..) => true,
                Speaker::Unnamed(_) => full_np,
            };
            if matches!(cue.kind, CueKind::Verb(_)) && last_speaks {
                for (speaker, written) in joint_speakers(input, &sentence, cue.range.start, &c.speaker_text) {
                    let mut joint = c.clone();
                    joint.speaker_text = written;
                    joint.speaker = speaker;
                    claims.push(joint);
                }
            }
            if matches!(cue.kind, CueKind::Verb(_)) {
                let after = input.words_in(&(cue.range.end..sentence.end));
                let k = opening_phrase(text, after);
                if k > 0 {
                    occasions.push(cue.range.end..after[k - 1].end);
                }
            }
            input.speakers.borrow_mut().push((cue.range.start, c.speaker.clone()));
            claims.push(c);
        }
    }
    if cues.is_empty() {
        if let Some(c) = colon_quote(input, quotes, &sentence) {
            input.speakers.borrow_mut().push((c.content.start, c.speaker.clone()));
            claims.push(c);
        }
    }
}

/// 'Deputy Foreign Minister Sergei Ryabkov fumed: "It does not ..."', 'Austin fired back: "This is ..."': a
/// quotation that a subject and a verb outside the vocabulary introduce with a colon, and that runs to the end of
/// the sentence. The verb is a past form (-ed; "fired back"), after at most six words of subject.
fn colon_quote(input: &ClaimInput, quotes: &[Quote], sentence: &Range<usize>) -> Option<ClaimSpan> {
    let text = input.text;
    let (_, q) = quotes_starting_in(quotes, sentence).next()?;
    let lead = text[sentence.start..q.outer.start].trim_end().strip_suffix(':')?;
    let ws = input.words_in(&(sentence.start..sentence.start + lead.len()));
    let tail = &text[q.outer.end.min(sentence.end)..sentence.end];
    if ws.len() < 2 || ws.len() > 8 || tail.split_whitespace().count() > 2 || lead.contains([',', ';', '"', '“']) {
        return None;
    }
    let mut verb = ws.len() - 1;
    if ["back", "out", "up", "in"].contains(&&text[ws[verb].clone()]) {
        verb -= 1;
    }
    let v = &text[ws[verb].clone()];
    let verbal = v.starts_with(char::is_lowercase) && v.len() > 4 && v.ends_with("ed");
    // "She was asked:", "he was concerned:": a passive or an adjective, not the subject speaking.
    if !verbal || verb == 0 || verb > 6 || AUX.contains(&&text[ws[verb - 1].clone()]) {
        return None;
    }
    let np = ws[0].start..ws[verb - 1].end;
    let (speaker, speaker_text) = super::speakers::resolve_subject(input, np, sentence.start, ws[verb].start)?;
    Some(ClaimSpan {
        speaker,
        speaker_text,
        cue: text[ws[verb].start..ws[ws.len() - 1].end].to_lowercase(),
        kind: ClaimKind::Direct,
        content: q.inner.clone(),
        parts: Vec::new(),
        sentence: sentence.clone(),
    })
}

/// The first word after a cue, if nothing but spaces comes between.
fn ws_after<'t>(input: &'t ClaimInput, cue: &Cue) -> Option<&'t str> {
    let text = input.text;
    let i = input.words.partition_point(|w| w.start < cue.range.end);
    let w = input.words.get(i)?;
    text[cue.range.end..w.start].trim().is_empty().then(|| &text[w.clone()])
}

/// "on what he said were far-right forces", "the sanctions Biden said would answer an invasion": a cue right
/// before a finite verb reports a relative clause whose subject is the gap. It is a claim of its own even inside
/// someone else's (guidelines: "which Democrats said was their top priority").
fn gapped_relative(input: &ClaimInput, cue: &Cue) -> bool {
    let verb = matches!(cue.kind, CueKind::Verb(_)) && !cue.participle;
    verb && ws_after(input, cue)
        .is_some_and(|w| FINITE.contains(&w) && !["do", "does", "did", "have", "had", "has"].contains(&w))
}

/// ", who, Podolyak said, ...": a cue set off by commas right after a relative pronoun, with a subject of at most
/// four words.
fn parenthetical_cue(text: &str, sentence: &Range<usize>, cue: &Cue) -> bool {
    let before = &text[sentence.start..cue.range.start];
    let after = text[cue.range.end..sentence.end].trim_start();
    let Some(comma) = before.rfind(',') else {
        return false;
    };
    let subject = &before[comma + 1..];
    let n = subject.split_whitespace().count();
    // Only inside a relative clause: the word before the parenthesis is the relative pronoun.
    let relative = before[..comma]
        .rsplit(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .is_some_and(|w| ["who", "which", "whom", "that"].contains(&w));
    relative && after.starts_with(',') && (1..=4).contains(&n) && !subject.contains(['"', '“', '”'])
}

/// Determiners and possessives that open a noun phrase of their own ("its allies", "the U.S. government").
const DETERMINERS: &[&str] = &["the", "its", "their", "his", "her", "our"];

/// Plural nouns of countries acting together ("Western nations"), besides the person nouns of `HEAD_NOUNS`.
const GROUP_NOUNS: &[&str] = &["nations", "countries", "allies", "governments", "states", "partners"];

/// The speakers joined to the subject right before a cue, first to last, when the list opens its clause (after
/// the sentence start, a comma, a parenthesis, "both" or a participle's "with"): entities ("Kiev and Moscow",
/// "Apple, Google and Microsoft"), or before "and" a pronoun or a description of people ("both he and the U.S.
/// government", "Western nations and Ukraine").
fn joint_speakers(input: &ClaimInput, sentence: &Range<usize>, cue: usize, written: &str) -> Vec<(Speaker, String)> {
    let text = input.text;
    let Some(at) = text.get(sentence.start..cue).and_then(|s| s.rfind(written)).map(|p| sentence.start + p) else {
        return Vec::new();
    };
    // "both Democrats and Republicans, who have questioned": how much of a list a relative clause takes is
    // not clear, so the antecedent speaks alone.
    if text[at + written.len()..cue].split_whitespace().any(|w| w == "who") {
        return Vec::new();
    }
    // "He and his wife noted": a pronoun opens a list. "Biden met Putin and he said": a pronoun after "and"
    // opens a clause of its own.
    if ["he", "she", "they", "it", "He", "She", "They", "It"].contains(&written) {
        return Vec::new();
    }
    const OPENERS: &[&str] = &["Both", "both", "with", "But", "but", "While", "while", "And", "and", "However"];
    // "with the United States and ...": an article before the first name is part of it. "officials in both the
    // US and Russia": a list after a preposition is not the subject.
    let opens_at = |lead: &str| {
        let lead = lead.trim_end();
        let lead = lead.strip_suffix("the").or_else(|| lead.strip_suffix("The")).map_or(lead, str::trim_end);
        let mut words = lead.rsplit(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
        let (last, before) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
        let after_preposition = ["in", "from", "of", "at", "for", "by"].contains(&before);
        lead.is_empty() || lead.ends_with([',', '(']) || (OPENERS.contains(&last) && !after_preposition)
    };
    let mut found = Vec::new();
    let mut pos = at;
    for sep in [" and ", ", ", ", "] {
        let Some(left) = text[sentence.start..pos].strip_suffix(sep).map(|l| sentence.start + l.len()) else {
            break;
        };
        let before = input.mentions_before(left);
        if let Some(m) = before.last().filter(|m| m.range.end == left && m.range.start >= sentence.start) {
            if super::speakers::is_possessive(text, m.range.end) {
                return Vec::new();
            }
            found.push((Speaker::Entity(m.entity), text[m.range.clone()].to_string()));
            pos = m.range.start;
            if !text[..pos].ends_with(", ") {
                break;
            }
            continue;
        }
        // A pronoun or a description of at most four words, the last a person or group noun, that opens the
        // clause.
        if sep != " and " {
            break;
        }
        let lead = &text[sentence.start..left];
        let word_starts = (0..lead.len()).rev().filter(|&i| i == 0 || lead.as_bytes()[i - 1] == b' ');
        let Some(start) = word_starts.take(4).find(|&i| opens_at(&lead[..i])) else {
            break;
        };
        let conjunct = &lead[start..];
        let words: Vec<&str> = conjunct.split_whitespace().collect();
        let last = words.last().map(|w| w.to_lowercase()).unwrap_or_default();
        let pronoun = words.len() == 1 && ["he", "she", "they", "He", "She", "They"].contains(&words[0]);
        // Plural: "The former housing secretary and Newark MP" is one person.
        let people = (1..=4).contains(&words.len())
            && last.ends_with('s')
            && (super::speakers::HEAD_NOUNS.contains(&last.as_str()) || GROUP_NOUNS.contains(&last.as_str()))
            && words
                .iter()
                .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '.' || c == '-') && input.verbs.get(w).is_none());
        if !(pronoun || people) {
            break;
        }
        let range = sentence.start + start..left;
        if let Some((speaker, _)) = resolve_np(input, range, NpMode::Subject) {
            found.push((speaker, conjunct.to_string()));
            pos = sentence.start + start;
        }
        break;
    }
    if !opens_at(&text[sentence.start..pos]) {
        return Vec::new();
    }
    found.reverse();
    found
}

/// Quotes lying (at least partly) inside a sentence.
fn sentence_quotes<'q>(quotes: &'q [Quote], sentence: &Range<usize>) -> impl Iterator<Item = (usize, &'q Quote)> {
    quotes_starting_in(quotes, sentence)
}

/// The claim of a verb cue. `reported`: a quotation after the cue was found to be a partial quote, so the sentence
/// is read as reported speech only.
fn verb_claim(
    input: &ClaimInput,
    quotes: &[Quote],
    sentence: &Range<usize>,
    cue: &Cue,
    needs: Needs,
    earlier: &[ClaimSpan],
    reported: bool,
) -> Option<ClaimSpan> {
    let text = input.text;
    let cue_text = cue_label(text, cue);
    // (a) A quotation right before the cue: '"...," X said' or '"...," said X'.
    // The quotation must end like an attributed one: '"...," X said', '"...?" she asked', '"..." — X said'.
    let attributed = |q: &Quote| {
        let closing = &text[words_end(text, q)..q.outer.end];
        let after = text[q.outer.end..].trim_start();
        closing.contains([',', '?', '!', '.'])
            || text[..words_end(text, q)].ends_with(['?', '!'])
            || after.starts_with([',', '—', '–'])
    };
    // 'On "Face the Nation," Ryan said ...': a quotation after a preposition is a title, not what was said.
    let titled = |q: &Quote| {
        // A preposition among the last three words before it ('on CBS's "Face the Nation"'), no comma since.
        let lead = text[sentence.start..q.outer.start].trim_end();
        lead.ends_with(|c: char| c.is_alphanumeric())
            && lead.rsplit(',').next().unwrap_or("").split_whitespace().rev().take(3).any(|w| {
                ["on", "in", "to", "from", "at", "with", "about", "titled", "dubbed", "called", "named"]
                    .iter()
                    .any(|p| p.eq_ignore_ascii_case(w))
            })
    };
    // 'Stressing that Hungary "must be on the side of peace," Orban emphasized that the events ... made it clear
    // ...': a cue followed by "that" and a clause reports that clause, not the quotation before it.
    let that_clause = {
        let after: Vec<&str> = text[cue.range.end..sentence.end].split_whitespace().take(4).collect();
        after.len() == 4
            && after[0] == "that"
            && !GAP_WORDS.contains(&after[1].trim_end_matches([',', '.']))
            && !after[1].starts_with(['"', '“'])
    };
    // '"...," Wolfe said, adding that ...': a participle's quotation is the main verb's, not its own; a quotation
    // inside an earlier claim of the sentence is that claim's.
    let quote_before =
        sentence_quotes(quotes, sentence).filter(|(_, q)| q.outer.end <= cue.range.start).last().filter(|(_, q)| {
            let between = &text[q.outer.end..cue.range.start];
            !cue.participle
                && !that_clause
                && !earlier.iter().any(|c| c.content.start <= q.inner.start && q.inner.end <= c.content.end)
                && !has_stop(text, q.outer.end..cue.range.start)
                && short_subject(between)
                && attributed(q)
                && !titled(q)
        });
    if let Some((_, q)) = quote_before {
        let between = q.outer.end..cue.range.start;
        let np_before = trim_np(text, between.clone());
        let (speaker, np_end) = if !text[np_before.clone()].trim().is_empty() {
            (resolve_np(input, np_before, NpMode::Subject), cue.range.end)
        } else {
            // '"...," said X, the ...': the speaker follows the cue.
            let np = after_np(text, cue.range.end, sentence.end);
            let end = np.end;
            (resolve_np(input, np, NpMode::Object), end)
        };
        let (speaker, speaker_text) = speaker?;
        let mut content = q.inner.clone();
        let mut kind = ClaimKind::Direct;
        // 'The bill's failure was "heartbreaking," she said.': a quotation ending a clause of the author's words
        // is a partial quote in reported speech; the claim is the whole clause, marks included.
        // Not when the cue has its own content ('On "Hannity," Gingrich said that ...'); the clause starts after a
        // colon or an opening bracket ('... of conduct: ''Civility ...,'' he said').
        let lead_start = text[sentence.start..q.outer.start]
            .rfind([':', '(', ';'])
            .filter(|&p| !in_quote(quotes, sentence.start + p))
            .map_or(sentence.start, |p| sentence.start + p + 1);
        let lead = lead_start..q.outer.start;
        let lead_words = words(text, lead.clone()).into_iter().filter(|w| !in_quote(quotes, w.start)).count();
        let rest = &text[np_end.max(cue.range.end)..sentence.end];
        let short_rest = rest.split_whitespace().count() <= 4 || rest.trim_start().starts_with([',', '"', '“']);
        // Not a participle (", calling X ..." after a quotation that someone else's claim holds).
        let own = !cue.participle && !earlier.iter().any(|c| c.content.end > lead.start);
        // 'Russia has "transitioned into ...," Zelenskyy said': two words are a clause when the last leaves it open,
        // and then a long time or place phrase may follow the cue ('said in a statement that called him ...').
        let completes = lead_words < 3 && completes_clause(text, quotes, lead.clone(), 2);
        let tail_phrase = rest
            .split_whitespace()
            .next()
            .is_some_and(|w| ["in", "on", "at", "during", "after", "before", "via", "through"].contains(&w));
        let short_rest = short_rest || completes && tail_phrase;
        if (lead_words >= 3 || completes) && short_rest && own && !has_stop(text, lead.clone()) {
            let start = lead.start + (text[lead.clone()].len() - text[lead.clone()].trim_start().len());
            let end = q.outer.start + text[q.outer.clone()].trim_end_matches([',', ' ']).len();
            content = start..end;
            kind = ClaimKind::Indirect;
        }
        let mut parts = Vec::new();
        // '"A," he said, "B."': one claim over both parts.
        // Also across a participle phrase of manner set off by commas ('"A," said Trump, looking directly into a
        // television camera, "B."'), not one of saying, which has a claim of its own (", adding, ...").
        let manner = |gap: &str| {
            let inner = gap.trim().strip_prefix(',').and_then(|g| g.trim_end().strip_suffix(',')).unwrap_or("");
            let first = inner.split_whitespace().next().unwrap_or("");
            first.len() > 4
                && first.ends_with("ing")
                && first.starts_with(|c: char| c.is_ascii_lowercase())
                && input.verbs.get(first).is_none()
                && (1..=10).contains(&inner.split_whitespace().count())
                && !inner.contains([',', '"', '“', '”', '.', ';', ':', '(', ')'])
                && !inner.ends_with(" that")
        };
        if let Some((_, q2)) = sentence_quotes(quotes, sentence).find(|(_, q2)| q2.outer.start >= np_end) {
            let gap = &text[np_end..q2.outer.start];
            if gap.trim().trim_matches([',', ':', '.']).trim().is_empty() || manner(gap) {
                parts = vec![content.clone(), q2.inner.clone()];
                content = content.start..q2.inner.end;
            }
        }
        return Some(ClaimSpan {
            speaker,
            speaker_text,
            cue: cue_text,
            kind,
            content,
            parts,
            sentence: sentence.clone(),
        });
    }
    // "he had to acknowledge that ...", "Politico was the first to report that ...": the subject is before the
    // verb governing the infinitive; "declined to say", "has yet to say" report nothing.
    let subject_end = match infinitive(input, sentence, cue) {
        Some(None) => return None,
        Some(Some(end)) => end,
        None => cue.range.start,
    };
    let subject = || -> Option<(Speaker, String)> {
        if cue.participle {
            // ", claiming that ...": the subject of the main clause, or the speaker of the claim before (not one
            // of a relative clause: "paying an architect who said he was stiffed, saying ...").
            let relative = |c: &ClaimSpan| {
                text[sentence.start..c.content.start.max(sentence.start)]
                    .split_whitespace()
                    .rev()
                    .take(4)
                    .any(|w| w == "who")
            };
            if let Some(prev) = earlier.iter().rev().find(|c| !owned_cue(&c.cue)).filter(|c| !relative(c)) {
                return Some((prev.speaker.clone(), prev.speaker_text.clone()));
            }
            return first_actor(input, sentence.start..cue.range.start);
        }
        let np = subject_np(text, quotes, sentence.start, subject_end, input.lists);
        let np_text = text[np.clone()].trim();
        // "Did the administration honestly believe that ...?": the author's question, no one's claim.
        const INVERTED: &[&str] = &["Did", "Does", "Do", "Is", "Are", "Was", "Were", "Would", "Could", "Can", "Will"];
        if np_text.split_whitespace().next().is_some_and(|w| INVERTED.contains(&w)) {
            return None;
        }
        // "Russian troops were last night accused of ...": a passive with a time between its auxiliary and the
        // participle; its subject is accused, not speaking ("NFU Cymru is making a last-ditch appeal" speaks).
        let be = np_text
            .rsplit(' ')
            .next()
            .is_some_and(|w| ["was", "were", "is", "are", "been", "being", "be"].contains(&w));
        if be && !cue_text.split(' ').next().is_some_and(|w| w.ends_with("ing")) {
            return None;
        }
        let coordinated = |s: &str| s.ends_with(" and") || s.ends_with(" but") || s == "and" || s == "but";
        if np_text.is_empty() || coordinated(np_text) {
            // "Machado promised to support Clinton and said she would ...": the subject of the first verb.
            let before = text[sentence.start..np.end].trim_end();
            if coordinated(before) && before.len() > 4 {
                if let Some(prev) = earlier.iter().rev().find(|c| !owned_cue(&c.cue)) {
                    return Some((prev.speaker.clone(), prev.speaker_text.clone()));
                }
                // The subject opens the sentence: an entity there, or a name the gazetteer lacks.
                let opening_words = words(text, sentence.start..cue.range.start);
                let opening = sentence.start..opening_words.get(2).map_or(cue.range.start, |w| w.end);
                // A pronoun or a description opening the sentence, for verbs of saying with a clause after them
                // ("but said they ...", "and told us that ..."; not "and called him a friend", "have said nothing").
                let speech = || {
                    #[rustfmt::skip]
                    const SPEECH: &[&str] = &[
                        "say", "add", "insist", "note", "warn", "stress", "claim", "deny", "admit", "acknowledge",
                        "argue", "explain", "assert", "allege", "confirm", "reiterate", "maintain", "contend",
                        "concede", "emphasize", "tell",
                    ];
                    let verb = text[cue.range.clone()].rsplit(' ').next().unwrap_or("");
                    let lemma = input.verbs.get(verb).map_or("", |v| v.lemma.as_str());
                    let after: Vec<&str> = text[cue.range.end..sentence.end].split_whitespace().take(5).collect();
                    SPEECH.contains(&lemma)
                        && !after.first().is_some_and(|w| ["nothing", "little", "no", "to"].contains(w))
                        && (!["tell", "allege"].contains(&lemma) || after.contains(&"that"))
                };
                return first_actor(input, opening)
                    .or_else(|| leading_name(input, sentence.start..cue.range.start))
                    .or_else(|| speech().then(|| opening_subject(input, sentence.start..cue.range.start)).flatten());
            }
        }
        // "an architect who said ...", "Trump, who says ...": the relative pronoun's antecedent speaks.
        if np_text == "who" || np_text.ends_with(" who") {
            let who = np.start + text[np.clone()].rfind("who").unwrap_or(0);
            let antecedent = antecedent(text, sentence.start, who);
            return super::speakers::resolve_subject(input, antecedent, sentence.start, cue.range.start);
        }
        // "One soldier, an elder man called Serhiy, reported": the name the appositive gives.
        if let Some(found) = super::speakers::named_in_appositive(text, sentence.start, cue.range.start) {
            return Some(found);
        }
        super::speakers::resolve_subject(input, np, sentence.start, cue.range.start)
    };
    // (b) A quotation introduced by the cue.
    let quote_after = sentence_quotes(quotes, sentence).find(|(_, q)| q.outer.start >= cue.range.end);
    if let Some((_, q)) = quote_after.filter(|_| !reported) {
        let between = &text[cue.range.end..q.outer.start];
        let close = between.split_whitespace().count() <= 6 && !has_stop(text, cue.range.end..q.outer.start);
        // A short quotation inside reported speech ('said the administration is "not doing enough"') is
        // reported speech: direct only when the quotation carries the rest of the sentence.
        let tail = &text[q.outer.end.min(sentence.end)..sentence.end];
        // 'Zelenskyy said, "We are a nation ..." and praised ...': a quotation the cue introduces with a comma or
        // a colon is the speaker's words whatever follows, when it opens like a sentence (not '..., the lawyers
        // said, "all command the same conclusion" that ...').
        let opens_sentence = text[q.inner.clone()].starts_with(|c: char| c.is_uppercase());
        let introduced = [",", ":"].contains(&between.trim()) && opens_sentence;
        let carries = introduced || tail.split_whitespace().count() <= 3 || tail.trim_start().starts_with(['"', '“']);
        // '... rejected accusations that ... and Shoigu said the strike was "surgical"': a quotation after another
        // cue is that cue's.
        let other_cue = words(text, cue.range.end..q.outer.start).iter().any(|w| {
            let word = &text[w.clone()];
            word.starts_with(|c: char| c.is_ascii_lowercase()) && input.verbs.get(word).is_some()
        });
        if (needs == Needs::Quote && !other_cue) || (close && carries) {
            // 'Carafano warned that Biden is "very risk averse"': the quotation completes a clause of the author's
            // words, so the claim is that whole clause, marks included (guidelines: partial quotes stay indirect).
            // Direct when reported speech finds nothing.
            let that = words(text, cue.range.end..q.outer.start)
                .first()
                .filter(|w| &text[(*w).clone()] == "that")
                .map_or(cue.range.end, |w| w.end);
            // One word is enough here: 'vowed to "impose further costs"', 'which it claimed was "carried out ..."'.
            // Not when a verb of saying in those words owns the quotation ('said, adding that "..."', 'Microsoft
            // said, it estimated "..."'); a verb of stance leaves it partial ('said he believed the Russians "can
            // be stopped ..."', 'said it would send what it called "peacekeepers"').
            // A past form or a participle, not a noun or a passive ('Moscow's repeated claim', 'specifics will be
            // announced "in the coming weeks"').
            let lead_words = words(text, cue.range.end..q.outer.start);
            let speech_between = lead_words.iter().enumerate().any(|(k, w)| {
                let word = &text[w.clone()];
                let passive = k > 0 && AUX.contains(&&text[lead_words[k - 1].clone()]);
                word.starts_with(|c: char| c.is_ascii_lowercase())
                    && !word.ends_with('s')
                    && !passive
                    && input.verbs.get(word).is_some_and(|v| {
                        (ATTRIBUTION_LEMMAS.contains(&v.lemma.as_str()) || v.lemma == "estimate") && v.lemma != word
                    })
            });
            let partial = completes_clause(text, quotes, that..q.outer.start, 1)
                || !speech_between && author_clause(text, quotes, that..q.outer.start);
            if needs != Needs::Quote && partial {
                if let Some(c) = verb_claim(input, quotes, sentence, cue, needs, earlier, true) {
                    return Some(c);
                }
            }
            let (speaker, speaker_text) = subject()?;
            // Quotations that continue in the same sentence after a short link belong to it.
            let mut content = q.inner.clone();
            let mut parts = vec![q.inner.clone()];
            for (_, q2) in sentence_quotes(quotes, sentence).filter(|(_, q2)| q2.outer.start >= q.outer.end) {
                let gap = &text[content.end..q2.outer.start];
                if gap.split_whitespace().count() <= 4 && gap.contains(',') {
                    parts.push(q2.inner.clone());
                    content = content.start..q2.inner.end;
                } else {
                    break;
                }
            }
            if parts.len() == 1 {
                parts.clear();
            }
            return Some(ClaimSpan {
                speaker,
                speaker_text,
                cue: cue_text,
                kind: ClaimKind::Direct,
                content,
                parts,
                sentence: sentence.clone(),
            });
        }
    }
    // (b') "He said:" closing a paragraph, and the quotation opening the next one.
    let rest_text = text[cue.range.end..sentence.end].trim_end();
    if rest_text.ends_with(':') && rest_text.split_whitespace().count() <= 4 && !rest_text.contains(['"', '“', '”'])
    {
        if let Some(q) = input.quotes.iter().find(|q| q.start >= sentence.end) {
            let inner = quote_inner(text, q.clone());
            if text[sentence.end..q.start].trim().is_empty() && word_count(text, inner.clone()) >= 2 {
                let (speaker, speaker_text) = subject()?;
                return Some(ClaimSpan {
                    speaker,
                    speaker_text,
                    cue: cue_text,
                    kind: ClaimKind::Direct,
                    content: inner,
                    parts: Vec::new(),
                    sentence: sentence.clone(),
                });
            }
        }
    }
    // "rejected accusations that ...", "denied claims that ...": the content of what was rejected (the cue
    // reports the speaker's own claim that it is false).
    // The words after the cue, split once for this test and the reported speech after it.
    let rest = cue.range.end..sentence.end;
    let rest_words = words(text, rest.clone());
    let accusation = {
        let ws = &rest_words;
        let mut k = 0;
        if ws.first().is_some_and(|w| ["the", "any", "all", "these", "those", "such"].contains(&&text[w.clone()])) {
            k = 1;
        }
        let noun = ws.get(k).map(|w| &text[w.clone()]);
        let that = ws.get(k + 1).filter(|w| &text[(*w).clone()] == "that");
        const ACCUSATIONS: &[&str] =
            &["accusations", "allegations", "claims", "reports", "suggestions", "charges", "speculation", "rumors"];
        (noun.is_some_and(|n| ACCUSATIONS.contains(&n)) && text[cue.range.end..ws[k].start].trim().is_empty())
            .then_some(that)
            .flatten()
            .map(|w| w.end)
    };
    if needs == Needs::Quote && accusation.is_none() {
        return None;
    }
    // (c) Reported speech after the cue, unless a comma right after the cue says the claim came before it.
    if text[cue.range.end..sentence.end].trim_start().starts_with(',') {
        if let Some(c) = trailing_attribution(input, quotes, sentence, cue, false) {
            return Some(c);
        }
    }
    // "The margins are not good enough, said Howard Rubel, a senior analyst at Jefferies.": an inverted
    // attribution after a comma whose speaker is a name or a described person, then a comma or the end.
    if inverted_speaker(input, sentence, cue) {
        if let Some(c) = trailing_attribution(input, quotes, sentence, cue, false) {
            return Some(c);
        }
    }
    // "that" counts when it comes within a few words, before any comma or other reporting verb.
    let that_pos = rest_words
        .iter()
        .take(8)
        .take_while(|w| {
            let gap = &text[rest.start..w.start];
            // "said she would not jump to that conclusion": after the clause's own subject, "that" is no longer
            // the complementizer.
            !gap.contains([',', ';', ':'])
                && !["he", "she", "they", "we", "i", "it", "He", "She", "They", "We", "I", "It"]
                    .contains(&&text[(*w).clone()])
                && (w.start == rest_words[0].start
                    || input.verbs.get(&text[(*w).clone()]).is_none()
                    || after_determiner(text, rest.start, w.start))
        })
        .enumerate()
        // "said on Monday in a report that found ...": after a document or an occasion, "that" and a verb open a
        // relative clause about it, not what was said.
        .position(|(p, w)| {
            let occasion = rest_words[..p].iter().any(|w| OCCASION_NOUNS.contains(&&text[w.clone()]));
            let is_that = &text[w.clone()] == "that" && !in_quote(quotes, w.start);
            // A relative "that" after a verb too: "a neutral country that will never join".
            let relative =
                (occasion && relative_verb(text, &rest_words[p + 1..])) || relative_that(input, &rest_words, w);
            is_that && !relative
        })
        // "called for dresses that showed more": after an object, "that" opens a relative clause.
        .filter(|&p| needs != Needs::Object || p == 0);
    let colon = text[rest.clone()].trim_start().starts_with(':');
    let mut content_start = match (that_pos, colon) {
        _ if accusation.is_some() => accusation.unwrap_or(rest.start),
        (Some(p), _) if p > 0 && opens_complement(input, &cue_text, &rest_words[..p]) => rest_words[0].start,
        (Some(p), _) => rest_words[p].end,
        (None, true) => rest.start + text[rest.clone()].find(':').map_or(0, |i| i + 1),
        (None, false) => {
            // The verb is the cue's last word ("is calling").
            let verb_word = cue_text.rsplit(' ').next().unwrap_or("");
            let lemma = input.verbs.get(verb_word).map(|v| v.lemma.as_str()).unwrap_or("");
            if needs == Needs::That {
                // "the Kremlin maintains the invasion is going to plan", "USAID estimates 750,000 people are at
                // risk": verbs of stance and estimate take a finite clause without "that" as well.
                // "posted on Twitter he had agreed ...": the platform first.
                let skip = platform_words(text, &rest_words).max(opening_phrase(text, &rest_words));
                let clause = &rest_words[skip..];
                let bare = (BARE_CLAUSE_LEMMAS.contains(&lemma) || lemma == "post")
                    && bare_clause(text, quotes, clause)
                    || lemma == "declare" && pronoun_clause(text, clause);
                if !bare {
                    // (d) Trailing attribution: "The line holds, the governor said."
                    return trailing_attribution(input, quotes, sentence, cue, false);
                }
                clause[0].start
            } else if needs == Needs::Object {
                // "called the attack a war crime", "called for talks", "urged Congress to act".
                let first = rest_words.first().map_or("", |w| &text[w.clone()]);
                let second = rest_words.get(1).map_or("", |w| &text[w.clone()]);
                let named = first.starts_with(char::is_uppercase) && !is_weekday(first);
                // "asked to remain anonymous", "asked not to be named": no content.
                let bare_to = lemma == "ask" && ["to", "not"].contains(&first);
                let next_char = text[rest.clone()].trim_start().chars().next();
                // "called to in the past": "to" must open a verb phrase.
                let bad_to = first == "to" && (OBJECT_STARTS.contains(&second) || second.is_empty());
                // "criticized the mission", "praised the troops" have no content; "criticized X for Y" has.
                let no_reason = ["criticize", "praise", "condemn"].contains(&lemma)
                    && !rest_words.iter().any(|w| &text[w.clone()] == "for")
                    && !text[rest.clone()].contains(['"', '“']);
                if no_reason {
                    return None;
                }
                // 'called actions by Russian forces a "genocide"': any object when a quotation follows within ten
                // words.
                let quoted_soon = rest_words.iter().take(10).any(|w| in_quote(quotes, w.start));
                // "promised additional actions", "pledged more aid": a commitment's object is what was promised,
                // whatever word opens it.
                let promised = ["promise", "pledge"].contains(&lemma)
                    && first.starts_with(char::is_lowercase)
                    && !TAIL_LEADS.contains(&first);
                let object_ok = named
                    || OBJECT_STARTS.contains(&first)
                    || (quoted_soon && first.starts_with(char::is_lowercase))
                    || promised;
                if !object_ok || bare_to || bad_to || next_char == Some(',') {
                    return trailing_attribution(input, quotes, sentence, cue, false);
                }
                if ["for", "on", "as"].contains(&first) && !is_weekday(second) {
                    rest_words.get(1).map_or(rest.end, |w| w.start)
                } else {
                    rest_words[0].start
                }
            } else if lemma == "tell" {
                // "told Reuters the ...": skip the addressee (one word and its capitalised followers).
                let mut k = 0;
                while k < rest_words.len() && (k == 0 || text[rest_words[k].clone()].starts_with(char::is_uppercase)) {
                    k += 1;
                }
                rest_words.get(k).map_or(rest.end, |w| w.start)
            } else if lemma == "believe" && rest_words.first().is_some_and(|w| &text[w.clone()] == "in") {
                return None; // "believe in their cause": a faith in something, not a proposition
            } else if lemma == "add" && rest_words.first().is_some_and(|w| &text[w.clone()] == "to") {
                return None; // "the aid adds to the $1 billion": a sum, not a statement
            } else {
                rest.start
            }
        }
    };
    // "Moscow said on Friday it had captured the airfield", "said in a statement last week that ...": a time or the
    // occasion before the clause is not what was said (with "that" further than the first words, or none). After
    // "that" or "which", a verb right after a time continues a relative clause whose subject is the gap ("a
    // decision that Russia said on Friday amounted to ...", "which he said last week was ..."); elsewhere the time
    // may be the subject ("said this winter could bring ...").
    if that_pos.is_none() && !colon && accusation.is_none() && needs != Needs::Object {
        let at = rest_words.partition_point(|w| w.start < content_start);
        let ws = &rest_words[at..];
        let k = opening_phrase(text, ws);
        // The subject follows "that" or "which": "a decision that Russia said ...".
        let relative = || {
            let np = subject_np(text, quotes, sentence.start, cue.range.start, input.lists);
            let before = text[sentence.start..np.start.max(sentence.start)].trim_end();
            before.ends_with(" that") || before.ends_with(" which")
        };
        // Only spaces after the phrase: "told CNN on Sunday, and has committed ..." is no clause after a time.
        if k > 0 && k < ws.len() && text[ws[k - 1].end..ws[k].start].trim().is_empty() {
            let occasion = ws[..k].iter().any(|w| OCCASION_NOUNS.contains(&&text[w.clone()]));
            if &text[ws[k].clone()] == "that" && !in_quote(quotes, ws[k].start) {
                if !(occasion && relative_verb(text, &ws[k + 1..])) {
                    content_start = ws[k].end;
                }
            } else if bare_clause(text, quotes, &ws[k..])
                || time_phrase(text, &ws[..k]) && gapped_verb(&text[ws[k].clone()]) && relative()
                || time_phrase(text, &ws[..k]) && subject_opener(text, &ws[k..])
            {
                content_start = ws[k].start;
            }
        }
    }
    // Skip "on Monday", "in a statement" and similar between the cue and "that" only when "that" was found;
    // otherwise, the content starts right after the cue.
    while content_start < sentence.end {
        match text[content_start..].chars().next() {
            Some(c) if c.is_whitespace() => content_start += c.len_utf8(),
            _ => break,
        }
    }
    let content = content_start..trim_end_punct(text, content_start, sentence.end);
    // "X, the White House said on Thursday.": a short tail is a time or place, the claim is before.
    // "X, the White House said on Thursday.": a short tail that is a time or a place is not what was said.
    const TAIL_LEADS: &[&str] = &[
        "on",
        "in",
        "at",
        "during",
        "after",
        "before",
        "late",
        "early",
        "last",
        "this",
        "yesterday",
        "today",
        "earlier",
        "later",
        "tonight",
        "overnight",
        "recently",
        "afterwards",
        "afterward",
        "then",
        "again",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "via",
        "through",
        "of",
        "citing",
        "quoting",
        "while",
    ];
    let mut content_words = text[content.clone()].split_whitespace();
    let first_word = content_words.next().unwrap_or("").to_lowercase();
    // "confirmed to CBS News", "told to reporters": "to" and an addressee, not "vowed to fight".
    let to_addressee = first_word == "to"
        && content_words.next().is_some_and(|w| {
            w.starts_with(char::is_uppercase) || ["reporters", "journalists", "the", "us", "me"].contains(&w)
        });
    // "asserted this was not a strategy": "this" leads a time phrase only before a time word ("this week").
    let this_clause = first_word == "this"
        && text[content.clone()].split_whitespace().nth(1).is_some_and(|w| FINITE.contains(&w) || w == "is");
    let tail_lead =
        that_pos.is_none() && !colon && !this_clause && (TAIL_LEADS.contains(&first_word.as_str()) || to_addressee);
    let mut short_tail = tail_lead && word_count(text, content.clone()) <= 5;
    // "has been telling us that for a while now": "that" is the object when only a short time or place
    // phrase follows it.
    if that_pos.is_some() && word_count(text, content.clone()) <= 5 {
        short_tail |=
            ["for", "since", "on", "in", "at", "before", "after", "again", "too", "all"].contains(&first_word.as_str());
    }
    let min_words = if needs == Needs::Object { 3 } else { 2 };
    if content.is_empty() || word_count(text, content.clone()) < min_words || short_tail {
        return trailing_attribution(input, quotes, sentence, cue, false);
    }
    // "Moscow will make harsher demands, Slutsky said during a press conference on Tuesday in the Duma.":
    // a long time or place phrase after the cue, and the claim before the comma.
    if tail_lead {
        if let Some(c) = trailing_attribution(input, quotes, sentence, cue, true) {
            return Some(c);
        }
    }
    // "first reported on the conversation", "had been reporting from the southeast": the topic or the place of
    // the reporting, not a claim; "a squad reported to have been thwarted": "reportedly".
    let second_word = text[content.clone()].split_whitespace().nth(1).unwrap_or("");
    let reporting = cue_text.to_lowercase().split_whitespace().last().is_some_and(|w| w.starts_with("report"));
    if reporting
        && that_pos.is_none()
        && ((["on", "from", "about"].contains(&first_word.as_str())
            && ["the", "a", "an", "his", "her", "its", "their"].contains(&second_word))
            || (first_word == "to" && ["have", "be"].contains(&second_word)))
    {
        return None;
    }
    let (speaker, speaker_text) = subject()?;
    let mut content = content.start..reported_end(input, quotes, content.clone());
    // "The general, who said the offensive had stalled, left the room": the relative clause ends at a comma.
    let mut lead = text[sentence.start..cue.range.start].trim_end();
    for _ in 0..2 {
        if let Some((l, w)) = lead.rsplit_once(' ') {
            if ["has", "have", "had", "also", "later", "then", "once", "previously", "repeatedly"].contains(&w) {
                lead = l.trim_end();
            }
        }
    }
    // "The rule, which Kuleba said would make it harder to reopen the fight, passed": a relative clause with its
    // own subject ends at a comma too.
    let np = subject_np(text, quotes, sentence.start, cue.range.start, input.lists);
    let before_np = text[sentence.start..np.start.max(sentence.start)].trim_end();
    // Also after a spaced dash ("The campaign – which Zelenskyy is calling the Battle of the Donbas – comes after
    // ...", "– where officials say ... –").
    let own_subject = before_np.rsplit_once(' ').is_some_and(|(l, w)| {
        ["which", "whom", "who"].contains(&w) && l.ends_with(',')
            || ["which", "whom", "where"].contains(&w)
                && l.strip_suffix(['–', '—', '-']).is_some_and(|d| d.ends_with(' '))
    });
    // "After Bill Nelson accused Beijing of acting recklessly, the Chinese government said ...": a cue in a
    // subordinate clause opening the sentence ends its claim at the comma that closes the clause (when a main
    // clause of at least three words follows).
    let subordinate = text[sentence.start..cue.range.start]
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .is_some_and(|w| SUBORDINATORS.contains(&w))
        && !text[sentence.start..cue.range.start].contains([',', '"', '“', '”']);
    if subordinate {
        if let Some(end) = fronted_clause_end(input, quotes, content.clone()) {
            content.end = end;
        }
    } else if lead.ends_with(", who") || own_subject {
        // The clause ends at its first comma (not one inside a figure: "up to 1,000 civilians"), or at a spaced
        // dash ('is calling the "Battle of the Donbas" – comes after').
        let comma = text[content.clone()]
            .match_indices([',', '–', '—', '-'])
            .map(|(i, mark)| (content.start + i, content.start + i + mark.len()))
            .filter(|&(c, past)| {
                if text[c..].starts_with(',') {
                    let digit = |d: char| d.is_ascii_digit();
                    return !(text[..c].ends_with(digit) && text[past..].starts_with(digit));
                }
                // A dash paired by another one, before or after it, sets off an appositive inside the clause ("a
                // worker - along with three family members - were killed").
                let paired = [" - ", " – ", " — "]
                    .iter()
                    .any(|d| text[past..content.end].contains(d) || text[content.start..c].contains(d));
                text[..c].ends_with(' ') && text[past..].starts_with(' ') && !paired
            })
            .map(|(c, _)| c)
            .find(|&c| !in_quote(quotes, c));
        if let Some(c) = comma.filter(|&c| word_count(text, content.start..c) >= 3) {
            content.end = content.start + text[content.start..c].trim_end().len();
        }
    }
    if word_count(text, content.clone()) < min_words {
        return None;
    }
    // "Kirby said in a call with reporters on Friday.", "Wuthnow wrote for the Jamestown Foundation's China Brief
    // last month.", "Greg Palkot reports from Kyiv", "Luzhin, who writes for Riddle Russia, told ...": a phrase of
    // place, time or medium is not what was said.
    if that_pos.is_none() && !colon && accusation.is_none() && setting_only(input, &cue_text, content.clone()) {
        return if tail_lead { None } else { trailing_attribution(input, quotes, sentence, cue, true) };
    }
    Some(ClaimSpan::indirect(speaker, speaker_text, cue_text, content, sentence))
}

/// Words that open no main clause after a comma: a list goes on ("the U.S., Ukraine, and European allies"), an
/// aside or a relative clause ("several issues, including the invasion, ...").
#[rustfmt::skip]
const NOT_MAIN: &[&str] = &[
    "but", "nor", "including", "such", "which", "who", "whom", "whose", "where", "in", "on", "at",
    "for", "with", "by", "from", "of", "to", "as", "like", "especially", "notably", "mostly", "mainly", "not",
    "than", "then", "even", "too", "also", "though", "however", "after", "before", "during", "despite",
];

/// Where the content of a cue inside a fronted subordinate clause ends: at the comma that closes the clause
/// ("While Ukraine denied involvement, the bloodshed stirred fears", "Though he said that the U.S., Ukraine, and
/// European allies still believe dialogue is the way forward, he clarified ...", "While Kirby called the vote
/// "welcome," he said ..."). The first comma after at least one word of content (or one closing a quotation,
/// kept with its mark) that a main clause of at least three words follows, not a list or an aside. Content that
/// opens with a comma is left alone.
fn fronted_clause_end(input: &ClaimInput, quotes: &[Quote], content: Range<usize>) -> Option<usize> {
    let text = input.text;
    // "told CNN that, in their view, the fact that ...": an aside opens the content; its end is not the clause's.
    if text[content.clone()].starts_with(',') {
        return None;
    }
    for (i, _) in text[content.clone()].match_indices(',') {
        let c = content.start + i;
        // A comma closing a quotation ('the vote "welcome," he said') ends the clause after the mark.
        let end = match quote_at(quotes, c) {
            Some(q) if text[c + 1..q.outer.end].trim().chars().all(|ch| "\"”’'".contains(ch)) => q.outer.end,
            Some(_) => continue,
            None => c,
        };
        if end > content.end || word_count(text, content.start..c) < 1 {
            continue;
        }
        let rest = if end == c { c + 1 } else { end }..content.end;
        if word_count(text, rest.clone()) < 3 {
            continue;
        }
        if end != c {
            return Some(end);
        }
        let first = text[rest.clone()].split_whitespace().next().unwrap_or("");
        let first = first.trim_matches(|ch: char| !ch.is_alphanumeric()).to_lowercase();
        // "the U.S., Ukraine, and European allies": short items between commas, the last one after "and" or "or"
        // ("he was cautiously optimistic, and even though ..." ends the clause).
        let short = |item: &str| item.split_whitespace().count() <= 3;
        let item_before = text[content.start..c].rsplit(',').next().unwrap_or("");
        let list = if ["and", "or"].contains(&first.as_str()) {
            short(item_before)
        } else {
            text[rest.clone()].split_once(',').is_some_and(|(item, after)| {
                short(item) && ["and", "or"].contains(&after.split_whitespace().next().unwrap_or(""))
            })
        };
        // After three words the clause ends at its comma whatever follows ("admitted Kiev was unlikely to join
        // NATO, on Friday he announced ..."); a comma after one or two words may set off an aside ("several
        // issues, including the invasion, ...").
        if !list && (word_count(text, content.start..c) >= 3 || !NOT_MAIN.contains(&first.as_str())) {
            return Some(end);
        }
    }
    None
}

/// Verbs of saying and writing whose content is a clause, never a prepositional phrase ("said in a statement",
/// "wrote for the paper", "reported from Kyiv"); "insisted on", "admitted to" and "warned of" do carry content.
#[rustfmt::skip]
const SETTING_LEMMAS: &[&str] = &[
    "say", "tell", "report", "write", "tweet", "post", "add", "note", "explain", "state", "comment", "speak",
];
/// Prepositions that open a phrase of place, time or medium after a verb of saying.
#[rustfmt::skip]
const SETTING_PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "during", "from", "for", "via", "through", "with", "over", "after", "before", "into", "ahead",
];

/// The content after a verb of saying is only a phrase of place, time or medium: it opens with a preposition and
/// holds no clause (no finite auxiliary or modal, no subject pronoun, no past form, no "that"). "said in a speech
/// on the Senate floor ahead of the vote", "reports from Kyiv", "wrote in a guest essay for The New York Times";
/// not "said on Wednesday he doubted ...", "said at least 36 people were missing".
fn setting_only(input: &ClaimInput, cue_text: &str, content: Range<usize>) -> bool {
    let text = input.text;
    let verb = cue_text.rsplit(' ').next().unwrap_or("");
    if !input.verbs.get(verb).is_some_and(|v| SETTING_LEMMAS.contains(&v.lemma.as_str())) {
        return false;
    }
    let ws = input.words_in(&content);
    let Some(first) = ws.first().map(|w| &text[w.clone()]) else { return false };
    let second = ws.get(1).map_or("", |w| &text[w.clone()]);
    // "at least 36 people", "over 1,000 troops": a quantity, not a place.
    let quantity =
        ["least", "most", "more", "about"].contains(&second) || second.starts_with(|c: char| c.is_ascii_digit());
    if !SETTING_PREPOSITIONS.contains(&first) || quantity {
        return false;
    }
    // "reported on Tuesday how thousands of troops fled", "write for FiveThirtyEight, this type of escalation ...
    // poses": a question word or a comma and a long clause after it.
    let clause_after_comma = text[content.clone()].split_once(',').is_some_and(|(_, rest)| {
        let mut rest = rest.split_whitespace();
        rest.next().is_some_and(|w| w != "and" && !w.ends_with("ing")) && rest.count() >= 4
    });
    !clause_after_comma
        && !ws[1..].iter().any(|w| {
            let w = &text[w.clone()];
            ["how", "whether", "why", "what", "when"].contains(&w)
                || FINITE.contains(&w)
                || ["he", "she", "they", "we", "it", "I", "there", "that"].contains(&w)
                || (w.len() > 4 && w.ends_with("ed") && w.starts_with(|c: char| c.is_lowercase()))
                || IRREGULAR_PAST.contains(&w)
                || ["said", "says", "told", "wrote", "want", "wants", "need", "needs"].contains(&w)
        })
}

/// Words that leave a clause open before a quotation: auxiliaries, modals, prepositions and determiners ('Biden is
/// "very risk averse"', 'his fighters would "try to take it all"', 'it was a "catastrophe"'). Not "on" or "in",
/// which open titles ('said on "Face the Nation"').
#[rustfmt::skip]
const CLAUSE_OPEN: &[&str] = &[
    "is", "was", "were", "are", "be", "been", "being", "am", "has", "have", "had", "will", "would", "could",
    "should", "can", "may", "might", "must", "of", "to", "as", "for", "with", "by", "from", "into", "about", "than",
    "a", "an", "the", "not", "never", "become", "became", "remain", "remains", "remained",
];

/// The words of `lead`, up to a quotation's opening mark, are a clause that the quotation completes: at least
/// `min_words` words outside quotation marks, the last one leaving the clause open.
fn completes_clause(text: &str, quotes: &[Quote], lead: Range<usize>, min_words: usize) -> bool {
    let ws: Vec<Range<usize>> = words(text, lead.clone()).into_iter().filter(|w| !in_quote(quotes, w.start)).collect();
    ws.len() >= min_words
        && ws.last().is_some_and(|w| {
            text[w.end..lead.end].trim().is_empty()
                && CLAUSE_OPEN.iter().any(|c| c.eq_ignore_ascii_case(&text[w.clone()]))
        })
}

/// The words of `lead`, between a cue (or its "that") and a quotation, are a clause of the author's own words that
/// the quotation continues: 'said the Kremlin had at least "taken seriously" the ideas presented', 'said the
/// delivery gave the children "glimpses of joy"', 'said he "didn't lash out at reporters."'. A subject pronoun
/// alone, or words with a finite verb after the first one (an auxiliary or a modal, a past form in "-ed" not after
/// a determiner, an irregular past; not after "and"), no punctuation among them. Not an addressee or a time ('told the BBC "..."',
/// 'said Thursday "..."'), nor a subject alone ('said the United States "stands shoulder to shoulder ..."').
fn author_clause(text: &str, quotes: &[Quote], lead: Range<usize>) -> bool {
    let ws: Vec<Range<usize>> = words(text, lead.clone()).into_iter().filter(|w| !in_quote(quotes, w.start)).collect();
    let (Some(first), Some(last)) = (ws.first(), ws.last()) else { return false };
    if !text[last.end..lead.end].trim().is_empty()
        || text[first.start..last.end].contains([',', ';', ':', '(', '—', '–'])
    {
        return false;
    }
    let word = |k: usize| &text[ws[k].clone()];
    if ws.len() == 1 {
        return ["he", "she", "they", "we", "it", "I"].contains(&word(0));
    }
    // Not a verb coordinated with the cue ('did not believe her story and called her "fake"').
    (1..ws.len()).any(|k| {
        let w = word(k);
        let past = w.len() > 4 && w.ends_with("ed") && w.starts_with(|c: char| c.is_ascii_lowercase());
        let verb = FINITE.contains(&w) || IRREGULAR_PAST.contains(&w) || past && !NOUN_OPENERS.contains(&word(k - 1));
        verb && !["and", "but", "or"].contains(&word(k - 1))
    })
}

/// Words that open a subordinate clause before the main one: "After Nelson accused Beijing of ..., the government
/// said ...".
#[rustfmt::skip]
const SUBORDINATORS: &[&str] = &[
    "After", "When", "While", "Although", "Though", "Because", "Since", "If", "Before", "Until", "Once", "Whereas",
    "Even",
];

/// Verbs that take a clause without "that" and rarely a noun object: after them, "the" opens the clause itself.
const CLAUSE_FIRST_LEMMAS: &[&str] = &["say", "claim", "insist", "argue", "suggest", "predict", "believe", "think"];

/// Nouns whose own "that" clause is what was said ("questioned the idea that ..."), not a relative clause.
#[rustfmt::skip]
const THAT_NOUNS: &[&str] = &[
    "idea", "notion", "claim", "claims", "report", "reports", "allegation", "allegations", "accusation",
    "accusations", "suggestion", "assertion", "fact", "view", "belief", "possibility", "prospect", "news",
    "rumors", "speculation", "assessment", "argument", "conclusion", "fear", "fears", "hope", "threat",
];

/// True when the words between a cue and its "that" open the reported clause themselves, so the "that" is a
/// relative pronoun inside it: "questioned whether nations like Ukraine that emerged after the fall of the
/// Soviet Union should be independent", "Experts say the assets that have surfaced likely reflect only a
/// fraction". A question word after any cue that takes no addressee first ("told the court that" keeps its
/// "that"); a determiner after a verb that takes a bare clause, unless a time ("said a day later that") or a
/// noun that takes a "that" clause of its own ("believe the reports that ...") follows it.
fn opens_complement(input: &ClaimInput, cue_text: &str, before: &[Range<usize>]) -> bool {
    let text = input.text;
    // The cue is lower case already.
    let verb = cue_text.rsplit(' ').next().unwrap_or("");
    let Some(lemma) = input.verbs.get(verb).map(|v| v.lemma.as_str()) else {
        return false;
    };
    let first = &text[before[0].clone()];
    let addressee = ["tell", "warn", "inform", "remind", "assure", "notify", "promise", "convince", "advise"];
    if ["whether", "if", "how", "why", "what"].contains(&first) {
        return !addressee.contains(&lemma);
    }
    CLAUSE_FIRST_LEMMAS.contains(&lemma)
        && ["the", "a", "an", "these", "those", "some", "many", "most", "all"].contains(&first)
        && !before.iter().any(|w| {
            let w = &text[w.clone()];
            THAT_NOUNS.contains(&w) || GAP_WORDS.contains(&w)
        })
}

/// Words of a time or occasion phrase between a cue and "that": "said a day later that", "said in a statement
/// that".
#[rustfmt::skip]
const GAP_WORDS: &[&str] = &[
    "day", "days", "week", "weeks", "month", "months", "year", "years", "time", "morning", "evening", "night",
    "weekend", "past", "later", "earlier", "ago", "statement", "interview", "letter", "post", "video",
];

/// Cues that need "that" but also take a bare finite clause: "maintains the invasion is going to plan", "feared he
/// would be abducted", "estimates 750,000 people are at risk".
#[rustfmt::skip]
const BARE_CLAUSE_LEMMAS: &[&str] = &[
    "maintain", "fear", "estimate", "hope", "indicate", "conclude", "testify", "signal", "hint", "believe", "find",
    "reveal",
];
/// Finite auxiliaries and modals that show a clause: "the invasion is continuing", "he would be abducted".
#[rustfmt::skip]
const FINITE: &[&str] = &[
    "is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "should", "must", "had", "has",
    "have", "did", "does", "do", "won", "wouldn", "couldn", "isn", "wasn", "aren", "weren",
];

/// How many words a platform phrase after a cue takes: "on Twitter", "on social media", "on his Telegram
/// channel" (at most four words after "on", the last one capitalised or a channel word).
fn platform_words(text: &str, rest: &[Range<usize>]) -> usize {
    place_words(text, rest, &["on"])
}

/// How many words a phrase of one of `preps` and a platform or a place takes: "on his Telegram channel", "to
/// Telegram", "through the Justice Department" (see `platform_words`).
fn place_words(text: &str, rest: &[Range<usize>], preps: &[&str]) -> usize {
    if rest.first().is_none_or(|w| !preps.contains(&&text[w.clone()])) {
        return 0;
    }
    for k in 1..rest.len().min(5) {
        if !text[rest[k - 1].end..rest[k].start].trim().is_empty() {
            return 0;
        }
        let w = &text[rest[k].clone()];
        let platform = w.starts_with(char::is_uppercase) && !["He", "She", "They", "It", "We", "I"].contains(&w)
            || ["media", "channel", "account", "page", "website"].contains(&w);
        // The phrase ends at a platform word that no capitalised word continues ("Twitter he", "media that").
        let continued = rest.get(k + 1).is_some_and(|n| text[n.clone()].starts_with(char::is_uppercase));
        if platform && !continued {
            return k + 1;
        }
    }
    0
}

/// The words are a time phrase only (no occasion or platform, whose participles look like verbs: "in a video
/// posted ..."): "on Friday", "last week", "earlier this month", "on March 3".
fn time_phrase(text: &str, ws: &[Range<usize>]) -> bool {
    ws.iter().all(|w| {
        let w = &text[w.clone()];
        ["on", "late", "early", "earlier", "later", "last", "this"].contains(&w)
            || is_deictic(w, false)
            || is_time_noun(w, true)
            || is_weekday(w)
            || is_month(w, true)
            || w.chars().all(|c| c.is_ascii_digit())
    })
}

/// The words after "that" open with a verb: the "that" is a relative pronoun ("a report that found ...", "an
/// interview that aired on Tuesday"). A form in "-ed" counts before a preposition or a determiner only (not "that
/// scheduled blackouts will ...").
fn relative_verb(text: &str, ws: &[Range<usize>]) -> bool {
    let w = ws.first().map_or("", |w| &text[w.clone()]);
    let next = ws.get(1).map_or("", |w| &text[w.clone()]);
    let past = w.len() > 4 && w.ends_with("ed") && w.starts_with(|c: char| c.is_ascii_lowercase()) && w != "based";
    FINITE.contains(&w)
        || IRREGULAR_PAST.contains(&w)
        || ["found", "said", "showed", "made", "gave"].contains(&w)
        || past && (NOUN_OPENERS.contains(&next) || ["on", "in", "to", "at", "by", "with", "from"].contains(&next))
}

/// After a time phrase, a determiner or a name opens the clause's subject, since no object runs on from a time:
/// "said Tuesday the atrocities being uncovered in Ukraine qualify as genocide", "said Thursday U.S. embassy
/// officials had finally been able to meet ...", "said last month the U.S. made a “substantial offer”". Not a month
/// ("said Thursday Aug. 11").
fn subject_opener(text: &str, ws: &[Range<usize>]) -> bool {
    let Some(first) = ws.first() else { return false };
    let w = &text[first.clone()];
    #[rustfmt::skip]
    const OPENERS: &[&str] = &[
        "the", "a", "an", "his", "her", "its", "their", "our", "these", "those", "some", "many", "most", "several",
        "all", "both", "no",
    ];
    // "Aug." is a word and a period.
    let dotted = text.get(first.start..first.end + 1).is_some_and(|d| is_month(d, true));
    // A word capitalised only at a sentence's start follows a missing period ("warned on Tuesday Speaking at ...").
    #[rustfmt::skip]
    const SENTENCE_OPENERS: &[&str] = &[
        "The", "A", "An", "In", "On", "At", "It", "This", "That", "But", "And", "He", "She", "They", "We", "I", "As",
    ];
    let capitalised = w.starts_with(char::is_uppercase)
        && !is_month(w, true)
        && !dotted
        && !is_weekday(w)
        && !w.ends_with("ing")
        && !SENTENCE_OPENERS.contains(&w);
    OPENERS.contains(&w) || capitalised
}

/// A finite verb opening a relative clause whose subject is its gap: "was", "would", "amounted".
fn gapped_verb(w: &str) -> bool {
    FINITE.contains(&w) || w.len() > 4 && w.ends_with("ed") && w.starts_with(|c: char| c.is_ascii_lowercase())
}

/// Words naming the occasion of a statement after "in a", "in his" and the like: "in a video address".
#[rustfmt::skip]
const OCCASION_NOUNS: &[&str] = &[
    "statement", "statements", "interview", "video", "address", "speech", "post", "letter", "tweet", "message",
    "briefing", "broadcast", "op-ed", "article", "conversation", "call", "appearance", "remarks", "comments",
    "posting", "podcast", "column", "essay", "report",
];

/// How many words of time and occasion phrases open the words after a cue: "on Friday", "late on Sunday", "Monday
/// night", "on March 3", "last week", "earlier this month", "yesterday", "in a statement", "in a video address",
/// "in an interview with CNN", "on Telegram", in any sequence ("on Friday in a statement"). Only spaces between
/// the words.
fn opening_phrase(text: &str, ws: &[Range<usize>]) -> usize {
    let w = |k: usize| ws.get(k).map_or("", |r| &text[r.clone()]);
    let spaced = |k: usize| k + 1 >= ws.len() || text[ws[k].end..ws[k + 1].start].trim().is_empty();
    let number = |k: usize| !w(k).is_empty() && w(k).chars().all(|c| c.is_ascii_digit());
    let mut k = 0;
    loop {
        let start = k;
        let mut j = k;
        if ["late", "early", "earlier", "later"].contains(&w(j)) {
            j += 1;
        }
        let on = w(j) == "on";
        if on {
            j += 1;
        }
        let end = if is_weekday(w(j)) {
            j + 1 + usize::from(is_day_part(w(j + 1)))
        } else if is_month(w(j), true) && number(j + 1)
            || number(j) && is_month(w(j + 1), true)
            || !on && ["last", "this"].contains(&w(j)) && is_time_noun(w(j + 1), true)
        {
            // "on March 3", "on 3 March", "last week", "earlier this month".
            j + 2
        } else if !on && is_deictic(w(j), false) {
            j + 1
        } else if !on && j > k && ["earlier", "later"].contains(&w(k)) {
            // "said earlier it would ...".
            j
        } else if on && k == j - 1 {
            // "on Telegram", "on his Telegram channel".
            let n = platform_words(text, &ws[k..]);
            if n == 0 {
                break;
            }
            k + n
        } else if !on && w(j) == "in" && ["a", "an", "his", "her", "its", "their", "the"].contains(&w(j + 1)) {
            // "in a statement", "in a televised address", "in an interview with the BBC".
            let Some(noun) = (j + 2..(j + 5).min(ws.len())).find(|&i| OCCASION_NOUNS.contains(&w(i))) else {
                break;
            };
            let mut e = noun + 1;
            while OCCASION_NOUNS.contains(&w(e)) {
                e += 1;
            }
            // "in a video posted to Telegram", "in a statement released Friday through the Justice Department":
            // a participle and its platform (a time follows in the next round).
            let participle = w(e).len() > 4 && w(e).ends_with("ed") && w(e).starts_with(|c: char| c.is_lowercase());
            if participle && spaced(e - 1) {
                e += 1;
                if e < ws.len() && spaced(e - 1) {
                    e += place_words(text, &ws[e..], &["on", "to", "by", "through"]);
                }
            }
            if ["with", "to"].contains(&w(e)) {
                let mut n = e + 1 + usize::from(w(e + 1) == "the");
                while n < ws.len() && w(n).starts_with(char::is_uppercase) && spaced(n - 1) {
                    n += 1;
                }
                if n > e + 1 && w(n - 1).starts_with(char::is_uppercase) {
                    e = n;
                }
            }
            e
        } else {
            break;
        };
        if end > ws.len() || !(start..end.saturating_sub(1)).all(spaced) || end == start {
            break;
        }
        k = end;
    }
    k
}

/// The words after "declared" open a clause only with a subject pronoun and a finite auxiliary or modal: "declared
/// he would radically improve security", "declared it was fighting fascists"; not "declared victory before all votes
/// were counted" or "declared a major incident and are patrolling".
fn pronoun_clause(text: &str, rest: &[Range<usize>]) -> bool {
    let [first, second, ..] = rest else { return false };
    ["he", "she", "they", "we", "i", "it"].contains(&text[first.clone()].to_lowercase().as_str())
        && text[first.end..second.start].trim().is_empty()
        && FINITE.contains(&&text[second.clone()])
}

/// The words after a cue open a finite clause: a subject pronoun ("he would ..."), or a finite auxiliary or modal
/// within the first six words ("750,000 people are at risk"), with no punctuation, quotation or preposition
/// before it ("control of the city" is an object, not a clause).
fn bare_clause(text: &str, quotes: &[Quote], rest: &[Range<usize>]) -> bool {
    let Some(first) = rest.first() else { return false };
    let first_word = &text[first.clone()];
    if ["he", "she", "they", "we", "i", "it", "there"].contains(&first_word.to_lowercase().as_str()) {
        return rest.get(1).is_some_and(|w| text[w.clone()].starts_with(|c: char| c.is_lowercase()));
    }
    const NOT_SUBJECT: &[&str] = &[
        "to", "that", "of", "in", "on", "at", "for", "with", "by", "from", "about", "as", "out", "up", "this", "what",
        "how", "whether", "if", "when", "why", "where", "who", "which", "no", "not",
    ];
    if NOT_SUBJECT.contains(&first_word.to_lowercase().as_str()) {
        return false;
    }
    for (k, w) in rest.iter().enumerate().take(6) {
        // "750,000 people": a comma inside a number is no punctuation.
        let gap = k.checked_sub(1).map_or("", |p| &text[rest[p].end..w.start]);
        let in_number = gap == ","
            && text[..w.start - 1].ends_with(|c: char| c.is_ascii_digit())
            && text[w.clone()].starts_with(|c: char| c.is_ascii_digit());
        if !gap.trim().is_empty() && !in_number || in_quote(quotes, w.start) {
            return false;
        }
        let word = &text[w.clone()];
        if k > 0 && FINITE.contains(&word) {
            return true;
        }
        if k > 0 && (NOT_SUBJECT.contains(&word) || word.ends_with("ly")) {
            return false;
        }
    }
    false
}

/// A cue after "to": `None` when it is not an infinitive; `Some(None)` when the governing words deny or defer the
/// act ("declined to say", "has yet to say", "is expected to announce", "refused to comment"); else where the
/// subject ends, before the governing words (at most four lower-case words: "had to", "was the first to",
/// "went on to").
fn infinitive(input: &ClaimInput, sentence: &Range<usize>, cue: &Cue) -> Option<Option<usize>> {
    let text = input.text;
    let ws = input.words_in(&(sentence.start..cue.range.start));
    let to = ws.last().filter(|w| &text[(*w).clone()] == "to" && text[w.end..cue.range.start].trim().is_empty())?;
    #[rustfmt::skip]
    const DENIED: &[&str] = &[
        "declined", "declines", "declining", "refused", "refuses", "refusing", "failed", "fails", "yet", "unable",
        "unwilling", "reluctant", "expected", "likely", "set", "due", "scheduled", "going", "plans", "planned",
        "planning", "tried", "trying", "attempted", "ready", "prepared", "poised", "supposed", "about", "able",
        "not", "never", "hesitant", "afraid", "wants", "wanted", "want", "hopes", "hoped", "need", "needs",
        "allowed", "authorized", "permitted", "asked", "invited", "called", "urged", "told", "declining",
    ];
    let mut end = to.start;
    let mut k = ws.len() - 1;
    let mut steps = 0;
    while k > 0 && steps < 4 {
        let w = &ws[k - 1];
        let word = &text[w.clone()];
        if DENIED.contains(&word) {
            return Some(None);
        }
        let gap = &text[w.end..ws[k].start];
        let stop = !gap.trim().is_empty()
            || !word.starts_with(|c: char| c.is_lowercase())
            || ["he", "she", "they", "it", "we", "i", "who", "which", "that"].contains(&word)
            || super::speakers::HEAD_NOUNS.contains(&word);
        if stop {
            break;
        }
        end = w.start;
        k -= 1;
        steps += 1;
    }
    Some(Some(end))
}

/// Whether the cue follows a clause of at least four words and a comma, and the phrase after it (to a comma or the
/// sentence end) is a speaker: capitalised words (a name), or a determiner and at most seven words whose person
/// noun ends the phrase or takes a preposition ("a former spokesman for Ukraine's Foreign Ministry").
fn inverted_speaker(input: &ClaimInput, sentence: &Range<usize>, cue: &Cue) -> bool {
    let text = input.text;
    let lead = text[sentence.start..cue.range.start].trim_end();
    if !lead.ends_with(',') || lead.split_whitespace().count() < 5 {
        return false;
    }
    let np = super::speakers::after_np(text, cue.range.end, sentence.end);
    let after = &text[np.end..sentence.end];
    if !(after.trim_start().starts_with(',') || trim_end_punct(text, np.end, sentence.end) <= np.end) {
        return false;
    }
    let ws: Vec<&str> = text[np].split_whitespace().collect();
    if ws.is_empty() || ws.len() > 8 {
        return false;
    }
    let name = ws.len() <= 4
        && ws.iter().all(|w| w.starts_with(char::is_uppercase))
        && !["He", "She", "They", "It", "The", "This"].contains(&ws[0]);
    let described = ["a", "an", "the", "another", "one"].contains(&ws[0].to_lowercase().as_str())
        && ws.iter().enumerate().any(|(k, w)| {
            super::speakers::HEAD_NOUNS.contains(&w.to_lowercase().as_str())
                && ws.get(k + 1).is_none_or(|n| ["for", "at", "of", "in", "with", "from", "to"].contains(n))
        });
    name || described
}

/// The noun phrase right before a relative pronoun at `who` ("an architect who", "Ted Cruz endorses Trump, who"):
/// back over at most five words, capitalised ones and at most two others, to a determiner.
fn antecedent(text: &str, floor: usize, who: usize) -> Range<usize> {
    let head = text[floor..who].trim_end();
    let end = floor + head.strip_suffix(',').unwrap_or(head).trim_end().len();
    let ws = words(text, floor..end);
    let mut start = end;
    let mut lower = 0;
    for w in ws.iter().rev().take(5) {
        let word = &text[w.clone()];
        if !text[w.end..start].trim().is_empty() {
            break; // punctuation between words ends the phrase
        }
        if ["a", "an", "the", "another", "one", "some", "many", "A", "An", "The", "Another", "One", "Some", "Many"]
            .contains(&word)
        {
            start = w.start;
            break;
        }
        if !word.starts_with(char::is_uppercase) {
            lower += 1;
            if lower > 2 || outside_noun_phrase(word) {
                break;
            }
        }
        start = w.start;
    }
    start..end
}

/// A lowercase word that cannot be part of a noun phrase before a relative pronoun.
fn outside_noun_phrase(w: &str) -> bool {
    w.ends_with("ed")
        || w.ends_with("ing")
        || ["to", "of", "in", "on", "at", "for", "with", "by", "from", "and", "or", "but", "is", "was", "are", "were"]
            .contains(&w)
}

/// A lower-case word of a subject before a name: "the", "deputy", "foreign", "minister" (no function word,
/// verb or number: ", but the troops that Russia said" is no new subject).
fn lowercase_subject_word(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_lowercase())
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
        && !outside_noun_phrase(w)
        && ![
            "that", "which", "who", "whom", "what", "if", "when", "where", "while", "as", "than", "because", "so",
            "since", "after", "before", "also", "not", "it", "he", "she", "they", "we", "has", "have", "had", "will",
            "would", "could", "be", "been", "this", "these", "those", "its", "their", "his", "her", "said",
        ]
        .contains(&w)
}

/// Words after "while" and a participle of saying that show no content follows: "while reporting outside Kyiv".
#[rustfmt::skip]
const WHILE_NOT_CONTENT: &[&str] = &[
    "in", "on", "from", "for", "at", "with", "and", "or", "to", "outside", "inside", "near", "during", "into",
    "under", "after", "before", "by", "through", "across", "alongside", "over", "live",
];

/// Where reported speech stops because the same speaker goes on with another cue: "said X, saying Y",
/// "said X and announced Y", "warned X but said Y", "said X, according to Y". Returns the end of X.
fn next_cue(input: &ClaimInput, quotes: &[Quote], content: Range<usize>) -> Option<usize> {
    let text = input.text;
    let ws = words(text, content.clone());
    for (i, w) in ws.iter().enumerate().skip(2) {
        let word = &text[w.clone()];
        if !word.starts_with(|c: char| c.is_ascii_lowercase()) || in_quote(quotes, w.start) {
            continue;
        }
        // ", pointing out Scorpions had played ...": "point out" is a verb of saying, "pointing" alone is not.
        let pointing_out = word == "pointing" && ws.get(i + 1).is_some_and(|n| &text[n.clone()] == "out");
        let is_cue = word == "according" || pointing_out || input.verbs.get(word).is_some();
        // "noise, nuisance and fear", "grief and fear following ...": the bare "fear" after a link is a noun.
        if !is_cue || word == "fear" {
            continue;
        }
        // Skip one adverb and an auxiliary: "and also said", "but later announced", "and has denied", "but has
        // also said".
        let mut k = i - 1;
        let mut link = &text[ws[k].clone()];
        if ["also", "later", "then", "again"].contains(&link) && k > 1 {
            k -= 1;
            link = &text[ws[k].clone()];
        }
        if ["has", "have", "had"].contains(&link) && k > 1 && ["and", "but"].contains(&&text[ws[k - 1].clone()]) {
            // Only a verb of saying, or "called for"/"called on": "but had continued their shelling", "and had
            // hoped to stay", "and has called in mercenaries" go on with the reported clause's own subject.
            let next = ws.get(i + 1).map_or("", |n| &text[n.clone()]);
            let saying = input.verbs.get(word).is_some_and(|v| {
                v.needs == Needs::Any && !["believe", "hope", "want", "continue"].contains(&v.lemma.as_str())
                    || v.lemma == "call" && ["for", "on"].contains(&next)
            });
            if !saying {
                continue;
            }
            k -= 1;
            link = &text[ws[k].clone()];
        }
        // "said X, but she noted Y", "and he added": a pronoun subject between the link and the cue.
        if ["he", "she", "they", "we"].contains(&link) && k > 1 {
            let prev = &text[ws[k - 1].clone()];
            if ["and", "but"].contains(&prev) && text[ws[k - 1].end..ws[k].start].trim().is_empty() {
                k -= 1;
                link = prev;
            }
        }
        // "rejected X and Defense Minister Sergei Shoigu said Y": a named subject (one to five capitalised words)
        // between the link and the cue starts another speaker's claim.
        if link.starts_with(char::is_uppercase) && !word.ends_with("ing") {
            let mut j = k;
            while j > 1 && k - j < 4 && text[ws[j - 1].clone()].starts_with(char::is_uppercase) {
                j -= 1;
            }
            // ", but deputy foreign minister Sergey Ryabkov said", ", while the Kremlin said": after a comma, up
            // to four lower-case words (a determiner, a title) before the name, with a verb of saying.
            let named = j;
            while j > 1 && named - j < 4 && lowercase_subject_word(&text[ws[j - 1].clone()]) {
                j -= 1;
            }
            if j < named
                && (j < 2
                    || !text[ws[j - 2].end..ws[j - 1].start].contains(',')
                    || word == "states"
                    || !input.verbs.get(word).is_some_and(|v| ATTRIBUTION_LEMMAS.contains(&v.lemma.as_str())))
            {
                j = named;
            }
            let before = &text[ws[j - 1].clone()];
            let tight = text[ws[j - 1].end..ws[i].start].chars().all(|c| c.is_alphanumeric() || " .-'’".contains(c));
            if ["and", "but", "while"].contains(&before) && tight && j >= 3 {
                let end = trim_end_punct(text, content.start, ws[j - 2].end);
                if word_count(text, content.start..end) >= 2 {
                    return Some(end);
                }
            }
        }
        let gap = &text[ws[k].end..w.start];
        // "denies X, claiming that Y" stays one statement (the seed article's convention); "said X, saying Y",
        // ", adding", ", warning" start a new claim of the same speaker, and so does ", pointing out ..." ("denied
        // that his band had overlooked Ukraine's plight, pointing out Scorpions had played ...").
        const SPLIT_PARTICIPLES: &[&str] = &[
            "saying",
            "adding",
            "noting",
            "telling",
            "stressing",
            "insisting",
            "arguing",
            "warning",
            "explaining",
            "calling",
            "urging",
            "promising",
            "vowing",
            "pledging",
            "asking",
            "according",
            "pointing",
        ];
        // "suggested X while acknowledging that Y", "vowed X, while insisting that Y": "while" and a participle of
        // saying start the same speaker's next claim. Not "was hospitalized while reporting outside Kyiv", "while
        // writing" (a preposition or nothing after the participle: no content), nor a parenthetical closed by a
        // comma before the real content ("said in September, while touting the agenda, that ...").
        let next = ws.get(i + 1).map_or("", |n| &text[n.clone()]);
        let while_saying = link == "while"
            && k > 0
            && word.ends_with("ing")
            && input.verbs.get(word).is_some_and(|v| v.needs == Needs::Any)
            && !next.is_empty()
            && !WHILE_NOT_CONTENT.contains(&next)
            && !ws[i + 1..]
                .windows(2)
                .any(|p| text[p[0].end..p[1].start].contains(',') && &text[p[1].clone()] == "that");
        let cut = if while_saying {
            // Up to "while", so that a quotation closed before it keeps its mark ('was "okay with swaps" while').
            Some(ws[k].start)
        } else if SPLIT_PARTICIPLES.contains(&word) {
            // ", saying ...", ", according to ...": the comma right before.
            // ", saying ...", ", according to ...": the comma right before; "praising X but warning that ...":
            // before the link.
            let before = text[ws[i - 1].end..w.start].contains(',');
            let linked = ["and", "but"].contains(&link) && k > 0 && !gap.contains(',');
            if before {
                Some(ws[i - 1].end)
            } else {
                linked.then(|| ws[k - 1].end)
            }
        } else if !word.ends_with("ing") && ["and", "but"].contains(&link) && !gap.contains(',') {
            Some(ws[k - 1].end)
        } else {
            None
        };
        if let Some(end) = cut {
            let end = trim_end_punct(text, content.start, end);
            if word_count(text, content.start..end) >= 2 {
                return Some(end);
            }
        }
    }
    None
}

/// Where reported speech running to the end of the sentence really ends: before the same speaker's next cue, the
/// author's gloss or a second attribution.
fn reported_end(input: &ClaimInput, quotes: &[Quote], content: Range<usize>) -> usize {
    let mut content = content.start..next_cue(input, quotes, content.clone()).unwrap_or(content.end);
    if let Some(end) = gloss_start(input, quotes, content.clone()) {
        content.end = end;
    }
    if let Some(end) = second_attribution(input, quotes, content.clone()) {
        content.end = end;
    }
    if let Some(end) = dash_gloss(input, quotes, content.clone()) {
        content.end = end;
    }
    content.end
}

/// Words of a comparison of a figure after a dash: "a 200% increase", "a massive jump", "the largest since".
#[rustfmt::skip]
const GLOSS_COMPARISONS: &[&str] = &[
    "increase", "jump", "rise", "drop", "fall", "decline", "than", "more", "less", "most", "biggest", "largest",
    "highest", "lowest", "smallest", "worst", "best",
];

/// Where the author's gloss set off by a single dash at the end of reported speech starts: "said it had captured
/// the Hostomel airfield northwest of the capital - a potential staging post for an assault on Kyiv", "said
/// munitions caused another blast - an explanation ridiculed by Ukraine". The dash opens a noun phrase ("a",
/// "an", "the") that runs to the end, with no quotation mark after the dash (an "act of war" in quotation marks
/// is the speaker's) and no second dash (a paired dash sets off an appositive inside the claim).
fn dash_gloss(input: &ClaimInput, quotes: &[Quote], content: Range<usize>) -> Option<usize> {
    if let Some(end) = verdict_gloss(input, quotes, content.clone()) {
        return Some(end);
    }
    let text = input.text;
    let body = &text[content.clone()];
    let (at, dash) = body.char_indices().rev().find(|&(_, c)| ['-', '–', '—'].contains(&c))?;
    let dash_at = content.start + at;
    let rest = &body[at + dash.len_utf8()..];
    // A hyphen joins words ("Russian-installed"); a dash stands apart (an em dash may touch its words).
    let spaced = body[..at].ends_with(' ') && rest.starts_with(' ');
    if !(spaced || dash == '—') || in_quote(quotes, dash_at) || rest.contains(['"', '“', '”', '‘']) {
        return None;
    }
    let first = rest.split_whitespace().next()?;
    if !["a", "an", "the"].contains(&first) || rest.split_whitespace().count() < 3 {
        return None;
    }
    // "- a line U.S. officials have touted", "- an accusation Moscow dismissed by saying": a cue inside the gloss
    // would report a relative clause of the author's as a claim of its own, so such a gloss stays in the claim.
    let gloss = dash_at + dash.len_utf8()..content.end;
    let gloss = input.words_in(&gloss);
    if gloss.iter().any(|w| {
        let word = &text[w.clone()];
        input.verbs.get(word).is_some() || NOUN_CUE_WORDS.contains(word.to_ascii_lowercase().as_str())
    }) {
        return None;
    }
    // Only a noun phrase, perhaps with a relative clause: "- the surrounding forest areas were likely not in
    // danger" is a clause, the speaker's; and not a comparison of a figure ("- a 200% increase from the daily
    // average", "- the single biggest jump"), which is as often the source's as the author's.
    for w in gloss {
        let word = &text[w.clone()];
        if ["that", "which", "who", "where", "when", "whose"].contains(&word) {
            break;
        }
        if FINITE.contains(&word) || GLOSS_COMPARISONS.contains(&word) {
            return None;
        }
    }
    let end = trim_end_punct(text, content.start, dash_at);
    (word_count(text, content.start..end) >= 4).then_some(end)
}

/// Nouns by which the author characterises the reported statement or event as a whole: "a move", "a sign", "a
/// designation he'd previously avoided". Not the speech nouns that are cues of their own ("a claim", "a statement",
/// "an allegation": see `SPEECH_NOUNS`), which the check on cues in the gloss would refuse anyway.
#[rustfmt::skip]
const VERDICT_NOUNS: &[&str] = &[
    "move", "step", "charge", "view", "designation", "reference", "sign", "signal", "development", "decision",
    "lie", "position", "stance", "description", "characterization", "characterisation", "suggestion", "reversal",
    "shift", "escalation", "notion", "idea", "contention", "narrative", "remark", "comment", "term", "label",
];

/// Where the author's verdict on reported speech starts: a comma or a dash, then "a"/"an", at most two modifiers
/// and a noun that characterises the whole statement, running to the end: "said the atrocities qualify as
/// genocide, a designation he'd previously avoided", "said it would support the bill, a move it has previously
/// resisted", "said it was halting certification of the pipeline — a step US leaders had been pressing for".
/// Unlike a bare noun phrase after a dash (`dash_gloss`), such a gloss may hold a finite verb or a quotation: the
/// noun names what was said. Not after "of course", a verb or a preposition ("the deal is, of course, a step
/// towards peace": a predicate; "cleared of, a single charge": an object).
fn verdict_gloss(input: &ClaimInput, quotes: &[Quote], content: Range<usize>) -> Option<usize> {
    let text = input.text;
    let ws = input.words_in(&content);
    for i in (4..ws.len().saturating_sub(1)).rev() {
        let word = &text[ws[i].clone()];
        let gap = &text[ws[i - 1].end..ws[i].start];
        if !["a", "an"].contains(&word) || in_quote(quotes, ws[i].start) {
            continue;
        }
        let set_off = gap.contains(',') || gap.trim().chars().any(|c| ['-', '–', '—'].contains(&c));
        if !set_off || gap.contains(['"', '“', '”', '(', ')']) {
            continue;
        }
        let before = &text[ws[i - 1].clone()];
        if ["course", "is", "was", "be", "as", "like", "of", "to", "for", "with", "by", "from", "and", "or"]
            .contains(&before)
        {
            return None;
        }
        // The noun among the three words after the article, with nothing but spaces and hyphens between them.
        let head = ws[i + 1..].iter().take(3).position(|w| VERDICT_NOUNS.contains(&&text[w.clone()]))?;
        let np_end = ws[i + 1 + head].end;
        if !text[ws[i].end..np_end].chars().all(|c| c.is_alphanumeric() || " -".contains(c)) {
            return None;
        }
        // "a charge Kyiv denies", "a move the United States called the start of the invasion": a cue inside the
        // gloss would then be found on its own, with the sentence before as its content or none; such a gloss
        // stays in the claim (as in `dash_gloss`). Not a verb whose gapped clause follows it ("a view his press
        // secretary later said was a description ...", "a designation ... that he now believes is warranted"):
        // that cue has content of its own.
        let gapped = |k: usize| ws.get(k + 1).is_some_and(|n| FINITE.contains(&&text[n.clone()]));
        if ws.iter().enumerate().skip(i).any(|(k, w)| {
            let word = &text[w.clone()];
            input.verbs.get(word).is_some() && !gapped(k) || NOUN_CUE_WORDS.contains(word.to_ascii_lowercase().as_str())
        }) {
            return None;
        }
        let end = trim_end_punct(text, content.start, ws[i - 1].end);
        return (word_count(text, content.start..end) >= 4).then_some(end);
    }
    None
}

/// Where the author's gloss after reported speech starts: "said the fighting would end soon as he addressed
/// a summit", "says the launches brought the total to 23, as the country pushes ...". A clause opened by "as"
/// and a subject (after a comma: a pronoun, "the" or a subject with a verb of its own, see `as_subject_clause`;
/// without one: a pronoun and a past or present verb), not a comparison ("as long as", "as strong as they
/// were"). Also ", but there is mounting evidence that ...": the author weighing the claim against what is known
/// (a speaker's own "but" clause has a subject of its own, not "there").
fn gloss_start(input: &ClaimInput, quotes: &[Quote], content: Range<usize>) -> Option<usize> {
    let text = input.text;
    let ws = words(text, content.clone());
    for i in 3..ws.len().saturating_sub(2) {
        let word = &text[ws[i].clone()];
        if word == "when" && !in_quote(quotes, ws[i].start) && asked_after(text, &ws[i + 1..]) {
            // The question put to the speaker: 'said it was a "silly question" when asked how he can be sure'.
            // A closing quotation mark before "when" stays with the claim; a conjunction before it goes ("..., but
            // when asked ..., the president said").
            let mut lead = text[content.start..ws[i].start].trim_end();
            for conj in [" but", " and"] {
                lead = lead.strip_suffix(conj).unwrap_or(lead);
            }
            let end = content.start + lead.trim_end().trim_end_matches(',').len();
            if word_count(text, content.start..end) >= 3 {
                return Some(end);
            }
        }
        if !["as", "but"].contains(&word) || in_quote(quotes, ws[i].start) {
            continue;
        }
        let next = &text[ws[i + 1].clone()];
        let verb = &text[ws[i + 2].clone()];
        let comma = text[ws[i - 1].end..ws[i].start].contains(',');
        let gloss = if word == "but" {
            comma && next == "there" && ["is", "are", "was", "were"].contains(&verb)
        } else {
            let pronoun = ["he", "she", "they", "it"].contains(&next);
            let comparison =
                ws[i.saturating_sub(3)..i].iter().any(|w| ["as", "so", "such", "same"].contains(&&text[w.clone()]));
            let verb_like = verb.ends_with("ed") || (verb.ends_with('s') && !verb.ends_with("ss"));
            let clause = if comma {
                pronoun || next == "the" || as_subject_clause(input, &ws[i + 1..])
            } else {
                pronoun && verb_like
            };
            clause && !comparison
        };
        if gloss && !text[ws[i - 1].end..ws[i].start].contains(['"', '“', '”']) {
            let end = trim_end_punct(text, content.start, ws[i - 1].end);
            if word_count(text, content.start..end) >= 4 {
                return Some(end);
            }
        }
    }
    None
}

/// The words after "when" put a question to the speaker: "asked about ...", "asked by reporters if ...", "he was
/// asked whether ..."; not "asked to surrender" (a request, part of what is told).
fn asked_after(text: &str, ws: &[Range<usize>]) -> bool {
    let w = |k: usize| ws.get(k).map_or("", |r| &text[r.clone()]);
    let k =
        if ["he", "she", "they", "it", "we", "I"].contains(&w(0)) && ["was", "were"].contains(&w(1)) { 2 } else { 0 };
    w(k) == "asked" && !["to", "for"].contains(&w(k + 1))
}

/// Words after "as" that make it no conjunction opening a clause: "as well as", "as part of", "as a result",
/// "as if", "as many as".
#[rustfmt::skip]
const AS_NOT_SUBJECT: &[&str] = &[
    "well", "part", "if", "though", "long", "much", "many", "soon", "far", "such", "to", "for", "of", "in", "on",
    "with", "by", "at", "from", "with", "usual", "opposed", "compared", "always", "ever", "recently", "early",
];

/// Past forms of narrative verbs without "-ed": "as Russian troops fell back".
#[rustfmt::skip]
const IRREGULAR_PAST: &[&str] = &[
    "began", "came", "took", "grew", "fell", "rose", "went", "fought", "struck", "met", "sent", "held", "kept",
    "left", "spread", "drove", "ran", "broke", "swept", "shot", "stood",
];

/// ", as Moscow's assault on the Donbas region continues", ", as footage surfaced of the facility": after a
/// comma, "as" and a subject of at most four words (no preposition, relative or comma in it) followed by a
/// verb of its own in the present or past, or by "has"/"have"/"had", start a new clause of the author's
/// narration. Not a modal or "is" ("as NATO's membership is not for Russia to decide", "as Moscow's offensive
/// could involve ..."): those give the speaker's reason. Not a parenthetical attribution closed by a comma
/// ("as Putin noted, ...") inside the claim.
fn as_subject_clause(input: &ClaimInput, rest: &[Range<usize>]) -> bool {
    let text = input.text;
    let first = &text[rest[0].clone()];
    // 'as "some bathed in the river"': a quotation after "as" is the speaker's words.
    if AS_NOT_SUBJECT.contains(&first) || FINITE.contains(&first) || text[..rest[0].start].ends_with(['"', '“']) {
        return false;
    }
    let word = |k: usize| rest.get(k).map_or("", |w| &text[w.clone()]);
    let past_or_aux = |k: usize| {
        let w = word(k);
        w.len() > 4 && w.ends_with("ed") || IRREGULAR_PAST.contains(&w) || FINITE.contains(&w)
    };
    let third_person = |k: usize| {
        let w = word(k);
        w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")
    };
    for k in 1..rest.len().min(6) {
        // Only spaces or the apostrophe of a possessive ("Kyiv's forces") between the words.
        if !text[rest[k - 1].end..rest[k].start].trim().trim_matches(['\'', '’']).is_empty() {
            return false;
        }
        let adjacent = rest.get(k + 1).is_some_and(|n| text[rest[k].end..n.start].trim().is_empty());
        // A word in -s is a verb after a one-word subject or an adverb ("as Russia masses troops", "as China
        // simultaneously engages"); otherwise a plural noun ("named X, as his official representatives"), the
        // subject's head when a verb follows ("as local authorities claimed").
        let k = if k > 1 && third_person(k) && adjacent && (past_or_aux(k + 1) || third_person(k + 1)) {
            k + 1
        } else if past_or_aux(k) || third_person(k) && (k == 1 || word(k - 1).ends_with("ly")) {
            k
        } else if ["that", "which", "who", "as", "of", "in", "on", "to", "for", "with", "by", "at", "from"]
            .contains(&word(k))
        {
            return false;
        } else {
            continue;
        };
        let verb = word(k);
        // The verb has words after it, and no comma ("the incident that, as local authorities claimed, killed
        // three"); "have been" is a state, the speaker's reason ("as its air defenses have been effective").
        let aux = ["has", "have", "had"].contains(&verb);
        // "if Russia fires nuclear weapons, as Putin has repeatedly threatened": a reporting verb without its own
        // "that" clause refers back to the claim, which would become its speaker's.
        // ("continues" is a cue only before a quotation.)
        let reporting = (k..k + 3)
            .any(|j| input.verbs.get(word(j)).is_some_and(|v| v.needs != Needs::Quote) && word(j + 1) != "that");
        return !reporting
            && rest.get(k + 1).is_some_and(|n| !text[rest[k].end..n.start].contains(','))
            && (!FINITE.contains(&verb) || aux)
            && !(aux && word(k + 1) == "been");
    }
    false
}

/// Verbs of saying that attribute what comes before them (not stance verbs: "some people believed him").
#[rustfmt::skip]
const ATTRIBUTION_LEMMAS: &[&str] = &[
    "say", "tell", "post", "report", "write", "add", "announce", "claim", "state", "tweet", "note", "confirm",
    "explain", "warn", "insist", "stress", "argue",
];

/// Where a second attribution closing reported speech starts: "say the situation is under control, the deputy
/// head of the administration, Kyrylo Tymoshenko, posted on Telegram". The guidelines make it a claim of its own (its cue is
/// then outside this content, so it is found), and the first claim ends before it. A comma, a subject of at most
/// twelve words, a reporting verb outside quotation marks and at most five words to
/// the end: a time, a place, a platform, an addressee, not a clause ("a figure Shoigu said was false").
fn second_attribution(input: &ClaimInput, quotes: &[Quote], content: Range<usize>) -> Option<usize> {
    let text = input.text;
    let ws = input.words_in(&content);
    for (i, w) in ws.iter().enumerate().rev().take(6) {
        let word = &text[w.clone()];
        if !word.starts_with(|c: char| c.is_ascii_lowercase())
            || word.ends_with("ing")
            || in_quote(quotes, w.start)
            || !input.verbs.get(word).is_some_and(|v| ATTRIBUTION_LEMMAS.contains(&v.lemma.as_str()))
        {
            continue;
        }
        let tail = &ws[i + 1..];
        // "relishes that, from there, he can say": a modal or "to" before the verb makes it no attribution.
        let helped =
            i > 0 && (FINITE.contains(&&text[ws[i - 1].clone()]) || ["to", "not"].contains(&&text[ws[i - 1].clone()]));
        if helped
            || tail.first().is_some_and(|n| FINITE.contains(&&text[n.clone()]))
            || text[w.end..content.end].contains([',', ';', ':', '"', '“', '”'])
        {
            return None;
        }
        let np = subject_np(text, quotes, content.start, w.start, input.lists);
        let lead = text[content.start..np.start.max(content.start)].trim_end();
        // Not after a quotation closed by a comma ('"many wounded," she told the channel'): the quotation is then
        // the second speaker's words too, which the claim before holds.
        // A news outlet's "reported" is the exception: the quotation is the first speaker's, the outlet only passes
        // it on ('said that troops are trying to break through "along almost the entire front line," Reuters
        // reported').
        let reported = input.verbs.get(word).is_some_and(|v| v.lemma == "report")
            && (lead.ends_with(",\"") || lead.ends_with(",”"));
        if !(lead.ends_with(',') || reported) || !(1..=12).contains(&word_count(text, np.clone())) {
            return None;
        }
        let end = trim_end_punct(text, content.start, content.start + lead.len());
        return (word_count(text, content.start..end) >= 3).then_some(end);
    }
    None
}

/// "The line holds, the governor said." / "The line holds, said Kyrylenko." : content before the comma.
/// `long_tail`: the words after the cue may be a long time or place phrase ("..., X said during a press
/// conference on Tuesday in Moscow."), not only a short one.
fn trailing_attribution(
    input: &ClaimInput,
    quotes: &[Quote],
    sentence: &Range<usize>,
    cue: &Cue,
    long_tail: bool,
) -> Option<ClaimSpan> {
    let text = input.text;
    if let Some(c) = opening_quote(input, quotes, sentence, cue) {
        return Some(c);
    }
    let after = &text[cue.range.end..sentence.end];
    let head = &text[sentence.start..cue.range.start];
    let last_comma = head.rfind(',')?;
    // "..., said Kyrylenko" is inverted; "..., Kyrylo Tymoshenko, posted on Telegram" is not: a preposition
    // after the cue opens a phrase of place or time, never the speaker.
    let prepositional =
        after.split_whitespace().next().is_some_and(|w| ["on", "in", "to", "at", "during"].contains(&w));
    // "..., told ABC News": the words after "told" are whom it was told to.
    let told = input.verbs.get(&text[cue.range.clone()]).is_some_and(|v| v.lemma == "tell");
    let inverted = text[sentence.start + last_comma + 1..cue.range.start].trim().is_empty() && !prepositional && !told;
    let (speaker, speaker_text, tail_ok, comma) = if inverted {
        let np = after_np(text, cue.range.end, sentence.end);
        let r = resolve_np(input, np, NpMode::Object)?;
        (r.0, r.1, true, last_comma)
    } else {
        // The subject without trailing auxiliaries and appositives: "..., Leonid Slutsky, a member of the
        // team, has warned."
        let np = subject_np(text, quotes, sentence.start, cue.range.start, input.lists);
        let lead = text[sentence.start..np.start].trim_end();
        let comma = if lead.ends_with(',') && lead.len() > 1 { lead.len() - 1 } else { last_comma };
        let np = trim_np(text, sentence.start + comma + 1..np.end.max(sentence.start + comma + 1));
        // A description and the name set off after it ("the deputy head of Ukraine's presidential administration,
        // Kyrylo Tymoshenko") may be longer.
        // A long title before a person's name ("Deputy Minister for the Re-integration of Temporarily Occupied
        // Territories Anatoly Stelmakh") too: capitalised words and "of", "for", "the" up to the name (not "and",
        // which joins speakers: "Tom Malinowski of New Jersey and Pennsylvania's Susan Wild").
        let titled = input.mentions_before(np.end).iter().rev().find(|m| m.range.end == np.end).is_some_and(|m| {
            m.kind == EntityKind::Person
                && text[np.start..m.range.start]
                    .split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase) || ["of", "for", "the"].contains(&w))
        });
        let limit = if text[np.clone()].contains(',') {
            12
        } else if titled {
            14
        } else {
            8
        };
        if text[np.clone()].split_whitespace().count() > limit {
            return None;
        }
        let r = resolve_np(input, np.clone(), NpMode::Subject).or_else(|| media_subject(&text[np]))?;
        // "..., John Kirby says, refuting Wagner's claims": a comma after the cue closes the attribution.
        // "..., TASS reported citing the city council": the source's own source closes the attribution too.
        let citing = ["citing ", "quoting "].iter().any(|c| after.trim_start().starts_with(c));
        let ok = after.split_whitespace().count() <= 4 || after.trim_start().starts_with(',') || long_tail || citing;
        (r.0, r.1, ok, comma)
    };
    if !tail_ok {
        return None;
    }
    let content = sentence.start..sentence.start + comma;
    if !inverted && fronted_phrase(input, content.clone(), cue.range.end..sentence.end) {
        return None;
    }
    // A quotation opening the claim must end inside it, with words of the author's after it ('"In the event of
    // further escalation," the Navy could be told ..., the official said': the quoted words complete a clause
    // of reported speech, which is the claim, marks included).
    if let Some(q) = quote_at(quotes, content.start) {
        let rest = q.outer.end..content.end;
        if q.outer.end >= content.end
            || word_count(text, rest.clone()) < 3
            || quotes_starting_in(quotes, &rest).next().is_some()
        {
            return None;
        }
    }
    // "The museum, Mr. Obama said, would make visitors face uncomfortable truths.": the attribution is a
    // parenthesis and the claim is the whole sentence around it.
    if !inverted && !long_tail {
        // "a representative, who, Podolyak said, "delivered a speech"": inside a relative clause the claim is the
        // clause after the attribution (a quotation may open it).
        let relative = text[content.clone()]
            .rsplit(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty())
            .is_some_and(|w| ["who", "which", "whom", "that"].contains(&w));
        if let Some(tail) = parenthetical_tail(text, quotes, cue.range.end, sentence, relative) {
            if relative && word_count(text, tail.clone()) >= 2 {
                return Some(ClaimSpan::indirect(speaker, speaker_text, cue_label(text, cue), tail, sentence));
            }
            if word_count(text, content.clone()) + word_count(text, tail.clone()) >= 4 {
                return Some(ClaimSpan {
                    speaker,
                    speaker_text,
                    cue: cue_label(text, cue),
                    kind: ClaimKind::Indirect,
                    content: content.start..tail.end,
                    parts: vec![content, tail],
                    sentence: sentence.clone(),
                });
            }
        }
    }
    if word_count(text, content.clone()) < 3 {
        return None;
    }
    if long_tail && word_count(text, content.clone()) < 4 {
        return None;
    }
    Some(ClaimSpan::indirect(speaker, speaker_text, cue_label(text, cue), content, sentence))
}

/// "..., Russian media reported Monday.", "..., state media said.", "..., Ukrainian and Russian media reported.": the
/// press of a country or a state, named by one to three lower-case or capitalised modifiers before "media" or
/// "press" (no determiner, number or name of a person: the speaker rules leave such a subject unresolved). The
/// description as written is the speaker.
fn media_subject(phrase: &str) -> Option<(Speaker, String)> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let (head, mods) = words.split_last()?;
    let modifier = |w: &&str| {
        w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !NOUN_OPENERS.contains(&w.to_lowercase().as_str())
            && !["some", "many", "other", "several"].contains(&w.to_lowercase().as_str())
    };
    let ok = ["media", "press"].contains(head) && (1..=3).contains(&mods.len()) && mods.iter().all(modifier);
    ok.then(|| (Speaker::Unnamed(phrase.to_string()), phrase.to_string()))
}

/// A "that" after the cue's first words that opens a relative clause, not the reported one: a verb comes right
/// after it (a finite auxiliary or modal, or a past form before its object), so the clause has no subject of its
/// own. "declare itself a neutral country that will never join any Western military bloc", "announced a pact that
/// will add to ...", "Records indicate the truck that exploded belonged to ...". Not "said that was wrong" or
/// "announced on Friday that would not be possible", where "that" right after the cue or a time is the subject.
fn relative_that(input: &ClaimInput, rest: &[Range<usize>], that: &Range<usize>) -> bool {
    let text = input.text;
    let k = rest.partition_point(|w| w.start < that.start);
    let word = |i: usize| rest.get(i).map_or("", |w| &text[w.clone()]);
    if k == 0 || !text[that.end..rest.get(k + 1).map_or(that.end, |w| w.start)].trim().is_empty() {
        return false;
    }
    // "announced on Friday that would not be possible": after a time phrase, "that" may be the clause's subject.
    let prev = word(k - 1);
    if is_weekday(prev) || GAP_WORDS.contains(&prev) || is_deictic(prev, false) {
        return false;
    }
    let next = word(k + 1);
    let after = word(k + 2);
    #[rustfmt::skip]
    const OBJECT_OPENERS: &[&str] = &[
        "the", "a", "an", "in", "on", "at", "by", "to", "from", "with", "his", "her", "their", "its", "more", "up",
        "out", "over", "into", "off",
    ];
    let past_verb = next.len() > 4
        && next.ends_with("ed")
        && next.starts_with(|c: char| c.is_lowercase())
        && (OBJECT_OPENERS.contains(&after) || after.starts_with(|c: char| c.is_ascii_digit()));
    FINITE.contains(&next) || past_verb
}

/// Words that open an adverbial phrase or clause at the start of a sentence ("While upholding the sentence, ...",
/// "In an answer to ABC News, ...", "Since the invasion began, ...").
#[rustfmt::skip]
const FRONTED: &[&str] = &[
    "After", "When", "While", "Although", "Though", "Because", "Since", "If", "Before", "Until", "Once", "Whereas",
    "In", "On", "At", "During", "Amid", "Despite", "Following", "As", "With", "Without", "Under", "Throughout",
    "Within", "For", "From", "By", "Upon", "Unlike", "Like", "Asked",
];

/// "While upholding the sentence, the court said last week Griner's prison time will be recalculated.", "In an
/// answer to ABC News, Biden said there's no need ...", "Since the invasion began, Kyiv has released videos of
/// captives who were saying ...": the words before the comma are only an adverbial phrase opening the sentence
/// (no comma of their own), and a clause follows the cue (a finite auxiliary or modal, a subject pronoun, a
/// quotation, or "of"/"that"/"about"/"how" right after it; not a comma, which makes the attribution a
/// parenthesis). What was said, if anything, comes after the cue.
fn fronted_phrase(input: &ClaimInput, content: Range<usize>, tail: Range<usize>) -> bool {
    let text = input.text;
    let lead = &text[content.clone()];
    let opens =
        lead.split(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty()).is_some_and(|w| FRONTED.contains(&w));
    // "In normal times, von der Leyen noted, Chinese trade ...": a parenthesis, the claim runs around it.
    if !opens || lead.contains([',', '"', '“', '”']) || text[tail.clone()].trim_start().starts_with(',') {
        return false;
    }
    let ws = input.words_in(&tail);
    let word = |k: usize| ws.get(k).map_or("", |w| &text[w.clone()]);
    ["of", "that", "about", "how"].contains(&word(0))
        || text[tail.clone()].contains(['"', '“', '”'])
        || ws.iter().any(|w| {
            let w = &text[w.clone()];
            FINITE.contains(&w) || ["he", "she", "they", "we", "it", "I", "there"].contains(&w)
        })
}

/// '"It's clearly a military strategy," Pramila Patten, UN Special Representative on Sexual Violence in Conflict,
/// said in an interview with AFP.', '"Weakness does indeed invite aggression," House Foreign Affairs Committee
/// Ranking Member Michael McCaul said.': a quotation opening the sentence, closed by a comma (or ending in a
/// question or exclamation mark), then a subject longer than the quotation rules take (at most sixteen words, no
/// other quotation, stop or reporting verb) and the cue. The quotation is the claim.
fn opening_quote(input: &ClaimInput, quotes: &[Quote], sentence: &Range<usize>, cue: &Cue) -> Option<ClaimSpan> {
    let text = input.text;
    if cue.participle || !matches!(cue.kind, CueKind::Verb(_)) {
        return None;
    }
    let lead = text[sentence.start..cue.range.start].len() - text[sentence.start..cue.range.start].trim_start().len();
    let q = quote_at(quotes, sentence.start + lead).filter(|q| q.outer.start == sentence.start + lead)?;
    if q.outer.end > cue.range.start {
        return None;
    }
    let between = q.outer.end..cue.range.start;
    let closed = text[words_end(text, q)..q.outer.end].contains(',')
        || text[..words_end(text, q)].ends_with(['?', '!'])
        || text[between.clone()].trim_start().starts_with(',');
    let n = word_count(text, between.clone());
    let other_cue = input.words_in(&between).iter().any(|w| {
        let w = &text[w.clone()];
        w.starts_with(|c: char| c.is_lowercase()) && input.verbs.get(w).is_some()
    });
    if !closed || !(1..=16).contains(&n) || other_cue || has_stop(text, between.clone()) {
        return None;
    }
    if text[between.clone()].contains(['"', '“', '”', '(']) || word_count(text, q.inner.clone()) < 2 {
        return None;
    }
    // The subject names its speaker: one of its comma-separated parts ends in two capitalised words ("... Member
    // Michael McCaul", "Senator Chuck Schumer, Democrat of New York and the majority leader,"). Not a relative
    // clause ("a NASA astronaut who has flown ...", "the company which has 600 farms across the UK"), whose
    // names are not the speaker.
    let subject = &text[between.clone()];
    let relative = subject.split_whitespace().any(|w| ["who", "which", "that", "whose"].contains(&w));
    let named = subject.split(',').any(|part| {
        let ws: Vec<&str> = part.split_whitespace().collect();
        ws.len() >= 2 && ws[ws.len() - 2..].iter().all(|w| w.starts_with(char::is_uppercase))
    });
    if relative || !named {
        return None;
    }
    let (speaker, speaker_text) = resolve_np(input, trim_np(text, between), NpMode::Subject)?;
    Some(ClaimSpan {
        speaker,
        speaker_text,
        cue: cue_label(text, cue),
        kind: ClaimKind::Direct,
        content: q.inner.clone(),
        parts: Vec::new(),
        sentence: sentence.clone(),
    })
}

/// After "..., X said": ", would make visitors ..." (a few time words may come first: "said on Monday, ...").
/// The rest of the sentence when it goes on the claim, not a participle ("adding that", "citing") or a
/// relative clause about the speaker.
fn parenthetical_tail(
    text: &str,
    quotes: &[Quote],
    from: usize,
    sentence: &Range<usize>,
    quoted_ok: bool,
) -> Option<Range<usize>> {
    let after = &text[from..sentence.end];
    let comma = after.find(',')?;
    if after[..comma].split_whitespace().count() > 4 || after[..comma].contains(['"', '“', '”', ':', ';']) {
        return None;
    }
    let start = from + comma + 1;
    let start = start + (text[start..sentence.end].len() - text[start..sentence.end].trim_start().len());
    let end = trim_end_punct(text, start, sentence.end);
    if start >= end || (in_quote(quotes, start) && !quoted_ok) || word_count(text, start..end) < 3 {
        return None;
    }
    let first = text[start..end].split(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty()).unwrap_or("");
    const NOT_CLAIM: &[&str] = &["according", "who", "which", "whose", "where", "as", "in", "on", "at", "during"];
    if first.is_empty() || first.ends_with("ing") || NOT_CLAIM.contains(&first.to_lowercase().as_str()) {
        return None;
    }
    Some(start..end)
}

fn according_to(input: &ClaimInput, quotes: &[Quote], sentence: &Range<usize>, cue: &Cue) -> Option<ClaimSpan> {
    let text = input.text;
    let mut np = after_np(text, cue.range.end, sentence.end);
    let mut resolved = resolve_np(input, np.clone(), NpMode::According);
    // "according to Ukraine's top prosecutor, Yuriy Belousov, ...": an appositive name.
    if text[np.end..].starts_with(',') {
        let next = after_np(text, np.end + 1, sentence.end);
        let only_person = input.mentions.iter().any(|m| {
            m.kind == EntityKind::Person
                && m.range.start >= next.start
                && m.range.end <= next.end
                && text[next.clone()].trim() == text[m.range.clone()].trim()
        });
        if only_person {
            resolved = resolve_np(input, next.clone(), NpMode::According);
            np = np.start..next.end;
        }
    }
    let (speaker, speaker_text) = resolved?;
    let lead = &text[sentence.start..cue.range.start];
    let at_start = lead.split_whitespace().count() <= 2;
    let (kind, content) = if at_start {
        // Skip an appositive after the speaker: ", spokesperson for the NSC,".
        let mut start = np.end;
        if text[start..].starts_with(',') {
            let seg = after_np(text, start + 1, sentence.end);
            let seg_text = text[seg.clone()].trim_start();
            let next_is_comma = text[seg.end..].starts_with(',');
            let short = seg_text.split_whitespace().count() <= 8;
            if next_is_comma && short && seg_text.starts_with(|c: char| c.is_lowercase()) {
                start = seg.end;
            }
        }
        let start = start + text[start..sentence.end].find(|c: char| !(c.is_whitespace() || c == ',')).unwrap_or(0);
        if let Some((_, q)) = sentence_quotes(quotes, sentence).find(|(_, q)| q.outer.start >= start) {
            if text[start..q.outer.start].trim().is_empty() {
                (ClaimKind::Direct, q.inner.clone())
            } else {
                (ClaimKind::AccordingTo, start..trim_end_punct(text, start, sentence.end))
            }
        } else {
            (ClaimKind::AccordingTo, start..trim_end_punct(text, start, sentence.end))
        }
    } else if let Some(content) = aside_clause(text, sentence, lead, np.end) {
        (ClaimKind::AccordingTo, content)
    } else {
        let end = sentence.start + lead.trim_end().trim_end_matches(',').trim_end().len();
        (ClaimKind::AccordingTo, sentence.start..end)
    };
    if content.is_empty() {
        return None;
    }
    Some(ClaimSpan {
        speaker,
        speaker_text,
        cue: cue_label(text, cue),
        kind,
        content,
        parts: Vec::new(),
        sentence: sentence.clone(),
    })
}

/// The clause an "according to" aside set inside a sentence attributes: the words after the aside, when a word
/// that opens a clause comes right before it, so that the words before it say nothing on their own. "a school which,
/// according to local residents, was on fire after shelling" gives "was on fire after shelling"; "Ukraine's
/// president is Jewish and, according to the Center ..., Russia has had ..." gives "Russia has had ..."; "(according
/// to reports, these are from the Wagner private security company)" gives the words up to the closing bracket.
/// `np_end` is the end of the source's words; a comma must close the aside.
fn aside_clause(text: &str, sentence: &Range<usize>, lead: &str, np_end: usize) -> Option<Range<usize>> {
    const OPENERS: &[&str] = &["and", "but", "because", "which", "who", "that", "where", "when", "while", "so"];
    let lead = lead.trim_end();
    let bracket = lead.ends_with('(');
    if !bracket && !lead.ends_with(',') {
        return None; // "who according to residents was shot": no aside marks where the source ends.
    }
    let lead = lead.trim_end_matches([',', '(']).trim_end();
    let last = lead.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let relative = ["which", "who", "that"].contains(&last);
    if !bracket && !OPENERS.contains(&last) {
        return None;
    }
    let after = &text[np_end..sentence.end];
    let rest = after.trim_start().strip_prefix(',')?;
    let start = sentence.end - rest.trim_start().len();
    // "that" is relative before a verb ("an attack that, according to officials, killed 300 people"), not before
    // a subject ("the fact that, according to the White House, President Joe Biden wasn't ...").
    let first = rest.split_whitespace().next().unwrap_or("");
    const SUBJECT_STARTS: &[&str] = &[
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "there", "this", "these", "those", "even", "if", "his",
        "her", "its", "their", "our", "some", "many", "most", "about", "all", "no", "only", "more", "as", "in",
    ];
    let relative =
        relative && (last != "that" || first.starts_with(char::is_lowercase) && !SUBJECT_STARTS.contains(&first));
    // A relative clause ends at its first comma or dash ("who, according to residents, was shot by Russian
    // soldiers, lies in the street"); a main clause runs on to the sentence's end.
    let end = if bracket {
        start + text[start..sentence.end].find(')')?
    } else if relative {
        let clause = &text[start..sentence.end];
        let dash = [" - ", " -- "].iter().filter_map(|d| clause.find(d)).min();
        start + clause.find([',', ';', '—', '–', '(']).into_iter().chain(dash).min().unwrap_or(clause.len())
    } else {
        sentence.end
    };
    let end = trim_end_punct(text, start, end);
    (start < end && word_count(text, start..end) >= 2).then_some(start..end)
}

/// True when a verb of writing takes a thing written, not what was written: "Meine, who wrote the music and
/// lyrics", "she wrote an impassioned letter to Biden", "wrote a memoir of his time fighting". The content is
/// indirect, opens with an article or a possessive, and has no quotation mark and no finite or past verb in its
/// first eight words ("wrote the war is lost", "wrote the vessels included a frigate" are claims), and no
/// participle follows in the sentence.
fn written_object(input: &ClaimInput, cue: &Cue, c: &ClaimSpan) -> bool {
    let text = input.text;
    let verb = text[cue.range.clone()].rsplit(' ').next().unwrap_or("");
    if c.kind != ClaimKind::Indirect || input.verbs.get(verb).is_none_or(|v| v.lemma != "write") {
        return false;
    }
    let content = &text[c.content.clone()];
    let mut words = content.split_whitespace().take(8);
    let opens_object =
        words.next().is_some_and(|w| ["a", "an", "the", "his", "her", "their", "its", "my", "our"].contains(&w));
    // "wrote a letter to Putin on Monday, telling him ...": a participle gives the writing's content (or its
    // speaker to a participle cue), so the claim stays.
    let participle = text[cue.range.end..c.sentence.end].split_whitespace().any(|w| {
        let w = w.trim_matches(|ch: char| !ch.is_alphanumeric());
        w.len() > 5 && w.ends_with("ing") && w.starts_with(|ch: char| ch.is_lowercase())
    });
    opens_object
        && !participle
        && !content.contains(['"', '“', '”', '‘', ':'])
        && !words.any(|w| {
            let w = w.trim_matches(|ch: char| !ch.is_alphanumeric());
            FINITE.contains(&w) || ["that", "said", "says"].contains(&w) || w.len() > 4 && w.ends_with("ed")
        })
}
