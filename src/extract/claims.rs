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
use crate::vocab::{EntityKind, Needs, Verbs};

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
    /// Every quotation of the body (outer ranges), sorted.
    pub quotes: &'a [Range<usize>],
    /// Speakers of the claims found so far, with the position of their cue (for pronouns: "he said" most
    /// often continues with the last speaker).
    pub speakers: std::cell::RefCell<Vec<(usize, Speaker)>>,
    /// Per entity (by index): lower-cased name and gazetteer description, for roles such as "the governor".
    pub roles: &'a [&'a str],
}

#[derive(Debug, Clone)]
enum CueKind {
    Verb(Needs),
    AccordingTo,
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
];
const PRONOUNS_PERSON: &[&str] = &["he", "she", "He", "She"];
const PRONOUNS_GROUP: &[&str] = &["it", "they", "It", "They"];
#[rustfmt::skip]
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "A", "An", "The", "some", "Some", "two", "three", "several", "Several", "many", "Many", "one",
    "One", "other", "senior", "Senior", "local", "Local", "western", "Western", "military", "Military",
];
#[rustfmt::skip]
const HEAD_NOUNS: &[&str] = &[
    "official", "officials", "source", "sources", "soldier", "soldiers", "resident", "residents", "spokesperson",
    "spokesman", "spokeswoman", "analyst", "analysts", "expert", "experts", "diplomat", "diplomats", "commander",
    "commanders", "officer", "officers", "witness", "witnesses", "people", "man", "woman", "medic", "doctor",
    "volunteer", "volunteers", "fighter", "fighters", "leader", "leaders", "minister", "ministers", "governor",
    "mayor", "president", "prosecutor", "prosecutors", "investigators", "authorities", "military", "ministry",
    "government", "army", "forces", "troops", "police", "agency", "statement", "report", "aide", "aides", "adviser",
    "advisers", "observers", "monitors", "intelligence", "administration", "command", "staff", "council",
    "lawmaker", "lawmakers", "mother", "father", "refugee", "refugees", "survivor", "student", "teacher", "nurse",
    "worker", "workers", "engineer", "pilot", "veteran", "general", "colonel", "captain", "sergeant", "journalist",
    "journalists", "reporter", "correspondent", "citizen", "citizens", "villagers", "civilians", "activist",
    "activists", "operator", "blogger", "bloggers", "chief", "head", "representative", "representatives", "envoy",
    "ambassador", "secretary",
];
#[rustfmt::skip]
const TRAILING_ADVERBS: &[&str] = &[
    "has", "have", "had", "also", "previously", "earlier", "later", "again", "repeatedly", "once", "would", "will",
    "did", "does", "do", "then", "further", "publicly", "reportedly", "recently", "has also", "had also",
    "separately", "himself", "herself", "itself", "themselves", "immediately", "swiftly", "quickly", "firmly",
    "flatly", "angrily", "simply", "on", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "yesterday", "today", "never", "not", "always", "often", "could", "may", "might", "can",
];
#[rustfmt::skip]
const CLAUSE_BREAKS: &[&str] = &[
    " and ", " but ", " while ", " as ", " that ", " where ", " when ", " because ", " after ", " before ", " if ",
    " although ", " though ", " since ", " whereas ", " which ", " so ",
];
#[rustfmt::skip]
const LEADING_LINKS: &[&str] = &[
    "where", "when", "while", "as", "and", "but", "which", "that", "so", "then", "also", "And", "But", "So", "Then",
    "Also", "Meanwhile", "meanwhile", "However", "however", "Still", "still",
];

/// Finds every claim in a body.
pub fn find_claims(input: &ClaimInput) -> Vec<ClaimSpan> {
    let mut claims: Vec<ClaimSpan> = Vec::new();
    // The last direct claim and the sentence counter when it was made, for continued quotations:
    // '"A," he said. "B."' is one claim from A to B, as is a quotation that goes on in the next paragraph.
    let mut last_direct: Option<(usize, usize)> = None;
    let mut sentence_no = 0usize;
    for (_para, quotes, sentences) in input.paragraphs.iter() {
        let mut used_quotes: Vec<bool> = vec![false; quotes.len()];
        for sentence in sentences {
            sentence_no += 1;
            let before = claims.len();
            sentence_claims(input, quotes, sentence.clone(), &mut used_quotes, &mut claims);
            if let Some(i) = (before..claims.len()).rev().find(|&i| claims[i].kind == ClaimKind::Direct) {
                last_direct = Some((i, sentence_no));
                continue;
            }
            if claims.len() > before {
                last_direct = None;
                continue;
            }
            let Some((ci, at)) = last_direct else { continue };
            if at + 1 != sentence_no {
                last_direct = None;
                continue;
            }
            // Only a quotation opening the sentence continues the previous one.
            let opening = quotes.iter().enumerate().find(|(qi, q)| {
                !used_quotes[*qi]
                    && q.outer.start >= sentence.start
                    && q.outer.end <= sentence.end
                    && input.text[sentence.start..q.outer.start].trim().is_empty()
            });
            match opening {
                Some((qi, q)) => {
                    used_quotes[qi] = true;
                    let c = &mut claims[ci];
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

fn word_count(text: &str, r: Range<usize>) -> usize {
    text[r].split_whitespace().count()
}

fn in_quote(quotes: &[Quote], pos: usize) -> bool {
    quotes.iter().any(|q| q.outer.start <= pos && pos < q.outer.end)
}

fn find_cues(input: &ClaimInput, quotes: &[Quote], sentence: Range<usize>) -> Vec<Cue> {
    let text = input.text;
    let ws = words(text, sentence.clone());
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
        let Some(verb) = input.verbs.get(word) else {
            continue;
        };
        if word.starts_with(char::is_uppercase) {
            continue; // "Said" opening a sentence is not a reporting verb.
        }
        if prev.is_some_and(|p| AUX.contains(&p) || NOUN_DET.contains(&p.to_lowercase().as_str())) {
            continue; // passive ("is said to") or a noun ("the claims")
        }
        // "the proposals suggested by the experts": a passive participle, not a reporting verb.
        if !["say", "tell"].contains(&verb.lemma.as_str()) && ws.get(i + 1).is_some_and(|n| &text[n.clone()] == "by") {
            continue;
        }
        // "refuting Wagner claims", "denying Russian claims": a noun after a verb and a modifier.
        let prev2 = i.checked_sub(2).map(|p| &text[ws[p].clone()]);
        if word.ends_with('s') && prev2.is_some_and(|p| p.ends_with("ing")) {
            continue;
        }
        let participle = word.ends_with("ing");
        if participle && !gap_before.contains(',') {
            continue; // "warning signs", "saying goes": only ", claiming that ..." counts
        }
        cues.push(Cue { range: w.clone(), kind: CueKind::Verb(verb.needs), participle });
    }
    cues
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
    for cue in &cues {
        if claims[first_new..].iter().any(|c| c.content.start <= cue.range.start && cue.range.end <= c.content.end) {
            continue; // a cue inside what someone else said ("denies ..., claiming that ...")
        }
        let claim = match cue.kind {
            CueKind::AccordingTo => according_to(input, quotes, &sentence, cue),
            CueKind::Verb(needs) => verb_claim(input, quotes, &sentence, cue, needs, &claims[first_new..]),
        };
        if let Some(mut c) = claim {
            let content_text = &text[c.content.clone()];
            if content_text.split_whitespace().count() < 2 {
                continue;
            }
            for (qi, q) in quotes.iter().enumerate() {
                if c.content.start <= q.inner.start && q.inner.end <= c.content.end {
                    used_quotes[qi] = true;
                }
            }
            c.sentence = sentence.clone();
            input.speakers.borrow_mut().push((cue.range.start, c.speaker.clone()));
            claims.push(c);
        }
    }
}

/// Quotes lying (at least partly) inside a sentence.
fn sentence_quotes<'q>(quotes: &'q [Quote], sentence: &Range<usize>) -> impl Iterator<Item = (usize, &'q Quote)> {
    let sentence = sentence.clone();
    quotes.iter().enumerate().filter(move |(_, q)| q.outer.start >= sentence.start && q.outer.start < sentence.end)
}

fn verb_claim(
    input: &ClaimInput,
    quotes: &[Quote],
    sentence: &Range<usize>,
    cue: &Cue,
    needs: Needs,
    earlier: &[ClaimSpan],
) -> Option<ClaimSpan> {
    let text = input.text;
    let cue_text = text[cue.range.clone()].to_lowercase();
    // (a) A quotation right before the cue: '"...," X said' or '"...," said X'.
    // The quotation must end like an attributed one: '"...," X said', '"...?" she asked', '"..." — X said'.
    let attributed = |q: &Quote| {
        let closing = &text[q.inner.end..q.outer.end];
        let after = text[q.outer.end..].trim_start();
        closing.contains([',', '?', '!', '.']) || after.starts_with([',', '—', '–'])
    };
    let quote_before =
        sentence_quotes(quotes, sentence).filter(|(_, q)| q.outer.end <= cue.range.start).last().filter(|(_, q)| {
            let between = &text[q.outer.end..cue.range.start];
            !between.contains(['.', '!', '?', ';']) && between.split_whitespace().count() <= 6 && attributed(q)
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
        let mut parts = Vec::new();
        // '"A," he said, "B."': one claim over both parts.
        if let Some((_, q2)) = sentence_quotes(quotes, sentence).find(|(_, q2)| q2.outer.start >= np_end) {
            let gap = &text[np_end..q2.outer.start];
            if gap.trim().trim_matches([',', ':', '.']).trim().is_empty() {
                parts = vec![q.inner.clone(), q2.inner.clone()];
                content = content.start..q2.inner.end;
            }
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
    let subject = || -> Option<(Speaker, String)> {
        if cue.participle {
            // ", claiming that ...": the subject of the main clause, or the speaker of the claim before.
            if let Some(prev) = earlier.last() {
                return Some((prev.speaker.clone(), prev.speaker_text.clone()));
            }
            return first_actor(input, sentence.start..cue.range.start);
        }
        resolve_np(input, subject_np(text, quotes, sentence.start, cue.range.start), NpMode::Subject)
    };
    // (b) A quotation introduced by the cue.
    let quote_after = sentence_quotes(quotes, sentence).find(|(_, q)| q.outer.start >= cue.range.end);
    if let Some((_, q)) = quote_after {
        let between = &text[cue.range.end..q.outer.start];
        let close = between.split_whitespace().count() <= 6 && !between.contains(['.', ';']);
        // A short quotation inside reported speech ('said the administration is "not doing enough"') is
        // reported speech: direct only when the quotation carries the rest of the sentence.
        let tail = &text[q.outer.end.min(sentence.end)..sentence.end];
        let carries = tail.split_whitespace().count() <= 3 || tail.trim_start().starts_with(['"', '“']);
        if needs == Needs::Quote || (close && carries) {
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
    if needs == Needs::Quote {
        return None;
    }
    // (c) Reported speech after the cue, unless a comma right after the cue says the claim came before it.
    if text[cue.range.end..sentence.end].trim_start().starts_with(',') {
        if let Some(c) = trailing_attribution(input, quotes, sentence, cue) {
            return Some(c);
        }
    }
    let rest = cue.range.end..sentence.end;
    let rest_words = words(text, rest.clone());
    // "that" counts when it comes within a few words, before any comma or other reporting verb.
    let that_pos = rest_words
        .iter()
        .take(8)
        .take_while(|w| {
            let gap = &text[rest.start..w.start];
            !gap.contains([',', ';', ':'])
                && (w.start == rest_words[0].start || input.verbs.get(&text[(*w).clone()]).is_none())
        })
        .position(|w| &text[w.clone()] == "that" && !in_quote(quotes, w.start));
    let colon = text[rest.clone()].trim_start().starts_with(':');
    let mut content_start = match (that_pos, colon) {
        (Some(p), _) => rest_words[p].end,
        (None, true) => rest.start + text[rest.clone()].find(':').map_or(0, |i| i + 1),
        (None, false) => {
            if needs == Needs::That {
                // (d) Trailing attribution: "The line holds, the governor said."
                return trailing_attribution(input, quotes, sentence, cue);
            }
            let lemma = input.verbs.get(&cue_text).map(|v| v.lemma.as_str()).unwrap_or("");
            if lemma == "tell" {
                // "told Reuters the ...": skip the addressee (one word and its capitalised followers).
                let mut k = 0;
                while k < rest_words.len() && (k == 0 || text[rest_words[k].clone()].starts_with(char::is_uppercase)) {
                    k += 1;
                }
                rest_words.get(k).map_or(rest.end, |w| w.start)
            } else {
                rest.start
            }
        }
    };
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
    ];
    let first_word = text[content.clone()].split_whitespace().next().unwrap_or("").to_lowercase();
    let short_tail = that_pos.is_none()
        && !colon
        && word_count(text, content.clone()) <= 5
        && TAIL_LEADS.contains(&first_word.as_str());
    if content.is_empty() || word_count(text, content.clone()) < 2 || short_tail {
        return trailing_attribution(input, quotes, sentence, cue);
    }
    let (speaker, speaker_text) = subject()?;
    Some(ClaimSpan {
        speaker,
        speaker_text,
        cue: cue_text,
        kind: ClaimKind::Indirect,
        content,
        parts: Vec::new(),
        sentence: sentence.clone(),
    })
}

/// "The line holds, the governor said." / "The line holds, said Kyrylenko." : content before the comma.
fn trailing_attribution(input: &ClaimInput, quotes: &[Quote], sentence: &Range<usize>, cue: &Cue) -> Option<ClaimSpan> {
    let text = input.text;
    let after = &text[cue.range.end..sentence.end];
    let head = &text[sentence.start..cue.range.start];
    let comma = head.rfind(',')?;
    let np = sentence.start + comma + 1..cue.range.start;
    let (speaker, speaker_text, tail_ok) = if text[np.clone()].trim().is_empty() {
        let np = after_np(text, cue.range.end, sentence.end);
        let r = resolve_np(input, np, NpMode::Object)?;
        (r.0, r.1, true)
    } else {
        let r = resolve_np(input, trim_np(text, np.clone()), NpMode::Subject)?;
        // "..., John Kirby says, refuting Wagner's claims": a comma after the cue closes the attribution.
        (r.0, r.1, after.split_whitespace().count() <= 4 || after.trim_start().starts_with(','))
    };
    if !tail_ok || text[np.clone()].split_whitespace().count() > 8 {
        return None;
    }
    let content = sentence.start..sentence.start + comma;
    if in_quote(quotes, content.start) || word_count(text, content.clone()) < 3 {
        return None;
    }
    Some(ClaimSpan {
        speaker,
        speaker_text,
        cue: text[cue.range.clone()].to_lowercase(),
        kind: ClaimKind::Indirect,
        content,
        parts: Vec::new(),
        sentence: sentence.clone(),
    })
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
        cue: text[cue.range.clone()].to_lowercase(),
        kind,
        content,
        parts: Vec::new(),
        sentence: sentence.clone(),
    })
}

/// End of the sentence without its final punctuation and closing marks.
fn trim_end_punct(text: &str, start: usize, end: usize) -> usize {
    let start = start.min(end);
    let s = &text[start..end];
    start
        + s.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '!' | '?' | '"' | '”' | ',' | ';')).len()
}

/// The phrase after a position up to the next comma, period, semicolon, colon or quotation mark.
fn after_np(text: &str, start: usize, end: usize) -> Range<usize> {
    let start = start.min(end);
    let s = &text[start..end];
    let stop = s
        .char_indices()
        .find(|&(i, c)| {
            // A comma between digits ("50,000") does not end the phrase.
            (c == ','
                && !(s[..i].ends_with(|p: char| p.is_ascii_digit())
                    && s[i + 1..].starts_with(|n: char| n.is_ascii_digit())))
                || matches!(c, ';' | ':' | '"' | '“' | '”' | '(' | ')')
                || (c == '.'
                    && !s[..i].ends_with(|p: char| p.is_uppercase())
                    && s[i + 1..].starts_with(char::is_whitespace))
                || (c == '.' && i + 1 == s.len())
        })
        .map_or(s.len(), |(i, _)| i);
    let t = &s[..stop];
    let lead = t.len() - t.trim_start().len();
    start + lead..start + lead + t.trim().len()
}

/// Trims commas and spaces around a phrase.
fn trim_np(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start_matches(|c: char| c.is_whitespace() || c == ',').len();
    let t = s.trim_end_matches(|c: char| c.is_whitespace() || c == ',');
    r.start + lead..r.start + t.len().max(lead)
}

/// The subject phrase before a cue: drops trailing adverbs and appositives, then keeps the last clause.
fn subject_np(text: &str, quotes: &[Quote], floor: usize, cue_start: usize) -> Range<usize> {
    // Never reach back past a quotation.
    let floor = quotes
        .iter()
        .filter(|q| q.outer.end <= cue_start && q.outer.end > floor)
        .map(|q| q.outer.end)
        .max()
        .unwrap_or(floor);
    let mut end = cue_start;
    // Trailing adverbs and auxiliaries: "has also said", "on Thursday said".
    loop {
        let left = text[floor..end].trim_end();
        let last_word_start =
            left.rfind(char::is_whitespace).map_or(0, |i| i + left[i..].chars().next().map_or(1, char::len_utf8));
        let last_word = &left[last_word_start..];
        if !last_word.is_empty() && TRAILING_ADVERBS.contains(&last_word) {
            end = floor + last_word_start;
        } else {
            end = floor + left.len();
            break;
        }
    }
    // Trailing appositives and relative clauses: "X, the president of Ukraine," / "X, who was ...,".
    for _ in 0..2 {
        let left = &text[floor..end];
        if !left.ends_with(',') {
            break;
        }
        let inner = &left[..left.len() - 1];
        let Some(prev_comma) = inner.rfind(',') else {
            break;
        };
        let seg = inner[prev_comma + 1..].trim_start();
        let first = seg.split_whitespace().next().unwrap_or("");
        let appositive = first.starts_with(char::is_lowercase)
            || ["The", "A", "An", "Who", "Which"].contains(&first)
            || crate::extract::entities_title(first);
        if !appositive {
            break;
        }
        end = floor + prev_comma;
    }
    let left = &text[floor..end];
    let mut start = floor;
    if let Some(p) = left.rfind([',', ';', ':', '(', '—', '–']) {
        start = floor + p + left[p..].chars().next().map_or(1, char::len_utf8);
    }
    let left = &text[start..end];
    if let Some((p, b)) = CLAUSE_BREAKS.iter().filter_map(|b| left.rfind(b).map(|p| (p, b))).max_by_key(|(p, _)| *p) {
        start += p + b.len() - 1;
    }
    // Leading link words: "where Ukraine said".
    loop {
        let s = text[start..end].trim_start();
        let lead = start + (text[start..end].len() - s.len());
        let w = s.split_whitespace().next().unwrap_or("");
        if !w.is_empty() && LEADING_LINKS.contains(&w) && s.len() > w.len() {
            start = lead + w.len();
        } else {
            start = lead;
            break;
        }
    }
    start..end
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NpMode {
    /// Before the cue: the head is the last entity.
    Subject,
    /// After the cue ("said X, the ..."): the first entity.
    Object,
    /// After "according to": a person first.
    According,
}

fn is_possessive(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    rest.starts_with("'s") || rest.starts_with("’s") || rest.starts_with("' ") || rest.starts_with("’ ")
}

/// Who a phrase names: an entity, a pronoun's referent, or an unnamed description.
fn resolve_np(input: &ClaimInput, mut np: Range<usize>, mode: NpMode) -> Option<(Speaker, String)> {
    let text = input.text;
    // "Dmitry Peskov, the Kremlin spokesman": the head is before the appositive.
    if let Some(comma) = text.get(np.clone())?.find(", ") {
        let after = text[np.start + comma + 2..np.end].trim_start();
        let first = after.split_whitespace().next().unwrap_or("");
        if first.starts_with(char::is_lowercase) || ["The", "A", "An"].contains(&first) {
            np = np.start..np.start + comma;
        }
    }
    let phrase = text.get(np.clone())?.trim();
    if phrase.is_empty() || phrase.split_whitespace().count() > 14 {
        return None;
    }
    let inside: Vec<&EntityMention> = input
        .mentions
        .iter()
        .filter(|m| m.range.start >= np.start && m.range.end <= np.end && !is_possessive(text, m.range.end))
        .collect();
    let pick = match mode {
        NpMode::Subject => inside.last().copied(),
        NpMode::Object => inside.first().copied(),
        NpMode::According => inside.iter().find(|m| m.kind == EntityKind::Person).or_else(|| inside.last()).copied(),
    };
    if let Some(m) = pick {
        // "U.S. officials": words after the entity that name people make it a description.
        // An appositive after a comma ("Dmitry Peskov, the Kremlin spokesman") does not make a description.
        let tail = &text[m.range.end..np.end];
        let tail = tail.split(',').next().unwrap_or("");
        let tail_words: Vec<&str> = tail.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        let described = mode != NpMode::Object && tail_words.iter().any(|w| HEAD_NOUNS.contains(w));
        if !described {
            return Some((Speaker::Entity(m.entity), text[m.range.clone()].to_string()));
        }
        return Some((Speaker::Unnamed(phrase.to_string()), phrase.to_string()));
    }
    let first = phrase.split_whitespace().next().unwrap_or("");
    if phrase.split_whitespace().count() == 1 {
        let person = PRONOUNS_PERSON.contains(&first);
        if person || PRONOUNS_GROUP.contains(&first) {
            let wanted = |k: EntityKind| {
                if person {
                    k == EntityKind::Person
                } else {
                    matches!(k, EntityKind::Organization | EntityKind::Place)
                }
            };
            let mention = last_mention(input, np.start, wanted);
            // The last speaker of that kind, if it spoke recently, wins over a name merely mentioned since.
            let speaker = input
                .speakers
                .borrow()
                .iter()
                .rev()
                .find(|(pos, sp)| {
                    *pos < np.start
                        && np.start - pos < 600
                        && match sp {
                            Speaker::Entity(i) => input.mentions.iter().any(|m| m.entity == *i && wanted(m.kind)),
                            Speaker::Name(_, k) => wanted(*k),
                            Speaker::Unnamed(_) => false,
                        }
                })
                .map(|(_, sp)| sp.clone());
            return match (speaker, mention) {
                (Some(sp), _) => Some((sp, phrase.to_string())),
                (None, Some((e, _))) => Some((Speaker::Entity(e), phrase.to_string())),
                (None, None) => None,
            };
        }
    }
    if mode == NpMode::Object && phrase.split_whitespace().count() > 5 {
        return None;
    }
    if let Some(e) = role_referent(input, phrase, np.start) {
        return Some((Speaker::Entity(e), phrase.to_string()));
    }
    let found = unknown_speaker(phrase)?;
    // "Penn said" after "Sean Penn ...": the full name introduced earlier in the article.
    if let (Speaker::Name(name, EntityKind::Person), _) = &found {
        if !name.contains(' ') {
            if let Some(full) = earlier_full_name(text, name, np.start) {
                return Some((Speaker::Name(full, EntityKind::Person), phrase.to_string()));
            }
        }
    }
    Some(found)
}

/// The first `Firstname Surname` before `before` whose surname is `surname`.
fn earlier_full_name(text: &str, surname: &str, before: usize) -> Option<String> {
    let hay = &text[..before];
    let mut from = 0;
    while let Some(p) = hay[from..].find(surname) {
        let at = from + p;
        from = at + surname.len();
        let after_ok = !hay[from..].starts_with(char::is_alphanumeric);
        let prev = hay[..at].strip_suffix(' ')?;
        let first_start = prev
            .rfind(|c: char| !c.is_alphanumeric() && c != '-' && c != '.')
            .map_or(0, |i| i + prev[i..].chars().next().map_or(1, char::len_utf8));
        let first = &prev[first_start..];
        let looks_like_name = first.chars().count() >= 2
            && first.starts_with(char::is_uppercase)
            && first.chars().skip(1).all(|c| c.is_lowercase() || c == '-' || c == '.')
            && !crate::extract::entities::is_not_name(first)
            && !crate::extract::entities_title(first);
        if after_ok && looks_like_name {
            return Some(format!("{first} {surname}"));
        }
    }
    None
}

/// The referent of a pronoun: the last matching entity mentioned before it, outside quotations (a name
/// quoted by someone else is not who is speaking).
fn last_mention(input: &ClaimInput, before: usize, kind: impl Fn(EntityKind) -> bool) -> Option<(usize, usize)> {
    let quoted = |pos: usize| input.quotes.iter().any(|q| q.start <= pos && pos < q.end);
    input
        .mentions
        .iter()
        .rev()
        .find(|m| {
            m.range.end <= before && kind(m.kind) && !is_possessive(input.text, m.range.end) && !quoted(m.range.start)
        })
        .map(|m| (m.entity, m.range.end))
}

/// "the governor", "the ministry", "the spokesman": the last entity mentioned before (outside quotations)
/// whose name or gazetteer description holds the role word.
fn role_referent(input: &ClaimInput, phrase: &str, before: usize) -> Option<usize> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    if words.len() < 2 || words.len() > 3 || !["the", "The"].contains(&words[0]) {
        return None;
    }
    let role = words.last()?.to_lowercase();
    const ROLES: &[&str] = &[
        "governor",
        "mayor",
        "president",
        "minister",
        "ministry",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "prosecutor",
        "commander",
        "general",
        "chancellor",
        "premier",
        "secretary",
        "ambassador",
        "envoy",
        "chief",
        "kremlin",
        "pentagon",
        "agency",
        "council",
        "army",
        "military",
        "company",
        "group",
        "committee",
        "office",
        "service",
        "department",
        "court",
        "alliance",
        "bloc",
        "union",
        "organization",
        "organisation",
        "regiment",
        "brigade",
        "battalion",
        "operator",
        "watchdog",
    ];
    if !ROLES.contains(&role.as_str()) {
        return None;
    }
    let quoted = |pos: usize| input.quotes.iter().any(|q| q.start <= pos && pos < q.end);
    input
        .mentions
        .iter()
        .rev()
        .filter(|m| m.range.end <= before && !quoted(m.range.start))
        .find(|m| {
            let has = |r: &str| {
                r.split(|c: char| !c.is_alphanumeric()).any(|w| w == role || (role == "alliance" && w == "nato"))
            };
            // The gazetteer's description, or how this article introduced the entity: "Governor Pavlo
            // Kyrylenko", "the regional governor, Oleksandr Prokudin", "Kirby, the spokesman for ...".
            has(input.roles.get(m.entity).copied().unwrap_or(""))
                || has(&around(input.text, m.range.clone(), 40).to_lowercase())
        })
        .map(|m| m.entity)
}

/// The text within `width` bytes around a range, cut at character boundaries and at sentence ends.
fn around(text: &str, r: Range<usize>, width: usize) -> &str {
    let mut a = r.start.saturating_sub(width);
    while !text.is_char_boundary(a) {
        a += 1;
    }
    let mut b = (r.end + width).min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    let before = &text[a..r.start];
    let a = a + before
        .rfind(['.', '!', '?', '"', '“', '”'])
        .map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
    let after = &text[r.end..b];
    let b = r.end + after.find(['.', '!', '?', '"', '“', '”']).unwrap_or(after.len());
    &text[a..b]
}

/// A speaker phrase with no known entity: a proper name the gazetteer lacks (`Oemlyan`, `EDF`,
/// `Mr. Kelly`), or a description (`Scientists`, `a press release`, `the reports`).
fn unknown_speaker(phrase: &str) -> Option<(Speaker, String)> {
    let phrase = phrase.trim_start_matches(|c: char| !c.is_alphanumeric()).trim();
    let words: Vec<&str> = phrase.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 {
        return None;
    }
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    // "Another said", "Others said": someone the article has just described.
    if words.len() == 1 && ["another", "others", "some", "many", "one"].contains(&lower[0].as_str()) {
        return Some((Speaker::Unnamed(phrase.to_string()), phrase.to_string()));
    }
    // A phrase opening with a preposition ("As for the proposals", "In the report") is not a subject.
    const PREPOSITIONS: &[&str] = &[
        "as", "for", "in", "on", "at", "by", "with", "from", "of", "to", "after", "before", "during", "under", "over",
    ];
    if PREPOSITIONS.contains(&lower[0].as_str()) {
        return None;
    }
    if lower.iter().any(|w| {
        ["who", "which", "that", "what", "there", "here", "this", "these", "those", "it"].contains(&w.as_str())
    }) {
        return None;
    }
    let capitalized = words.iter().all(|w| w.starts_with(char::is_uppercase));
    let has_head = lower.iter().any(|w| HEAD_NOUNS.contains(&w.trim_end_matches(['.', ','])));
    if capitalized && !has_head && words.len() <= 4 {
        if words.iter().any(|w| crate::extract::entities::is_not_name(w.trim_end_matches('.'))) && words.len() == 1 {
            return None;
        }
        // Titles are not part of the name: "Mr. Kelly" -> Kelly, "Administrator Bill Nelson" -> Bill Nelson.
        let start = words.iter().position(|w| !crate::extract::entities_title(w.trim_end_matches('.'))).unwrap_or(0);
        let name = words[start..].join(" ");
        let acronym = words.len() == 1 && name.len() >= 2 && name.chars().all(|c| c.is_ascii_uppercase() || c == '&');
        let org_like = words.iter().any(|w| crate::extract::entities::is_org_word(w.trim_end_matches(['.', ','])));
        let kind = if acronym || org_like { EntityKind::Organization } else { EntityKind::Person };
        return Some((Speaker::Name(name, kind), phrase.to_string()));
    }
    let head = lower.last().map(String::as_str).unwrap_or("");
    if head.chars().all(char::is_alphabetic) && (has_head || head.ends_with('s') || DETERMINERS.contains(&words[0])) {
        return Some((Speaker::Unnamed(phrase.to_string()), phrase.to_string()));
    }
    None
}

/// The first person or organization (else place) in a range: the subject of a participle's main clause.
fn first_actor(input: &ClaimInput, range: Range<usize>) -> Option<(Speaker, String)> {
    let inside = || {
        input.mentions.iter().filter(|m| {
            m.range.start >= range.start && m.range.end <= range.end && !is_possessive(input.text, m.range.end)
        })
    };
    let m = inside()
        .find(|m| matches!(m.kind, EntityKind::Person | EntityKind::Organization))
        .or_else(|| inside().find(|m| m.kind == EntityKind::Place))?;
    Some((Speaker::Entity(m.entity), input.text[m.range.clone()].to_string()))
}
