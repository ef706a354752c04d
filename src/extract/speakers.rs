//! Phrases around a cue and who they name: the subject before a reporting verb (trailing adverbs, appositives
//! and relative clauses removed), the phrase after it, and the speaker a phrase refers to: an entity (the head
//! of the phrase, possessives skipped), a pronoun's referent, a role the article introduced, a name the
//! gazetteer lacks, or an unnamed description.

use std::ops::Range;

use super::claims::{ClaimInput, ClaimSpan, EntityMention, Speaker};
use super::entities;
use super::segment::Quote;
use super::time::{is_deictic, is_month, is_time_noun, is_weekday};
use crate::vocab::entity_words::class;
use crate::vocab::{EntityKind, EntityWords};

const PRONOUNS_PERSON: &[&str] = &["he", "she", "He", "She"];
const PRONOUNS_GROUP: &[&str] = &["it", "they", "It", "They"];
#[rustfmt::skip]
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "A", "An", "The", "some", "Some", "two", "three", "several", "Several", "many", "Many", "one",
    "One", "other", "senior", "Senior", "local", "Local", "western", "Western", "military", "Military",
];
#[rustfmt::skip]
pub(super) const HEAD_NOUNS: &[&str] = &[
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
    "ambassador", "secretary", "ceo", "founder", "chairman", "chairwoman", "director", "executive", "executives",
    "editor", "host", "member", "members", "senator", "senators", "parliamentarian", "negotiator", "politician",
    "lawyer", "economist", "researcher", "researchers", "scientist", "scientists", "professor", "boss",
];
#[rustfmt::skip]
const TRAILING_ADVERBS: &[&str] = &[
    "has", "have", "had", "also", "previously", "earlier", "later", "again", "repeatedly", "once", "would", "will",
    "did", "does", "do", "then", "further", "publicly", "reportedly", "recently", "has also", "had also",
    "separately", "himself", "herself", "itself", "themselves", "immediately", "swiftly", "quickly", "firmly",
    "flatly", "angrily", "simply", "on", "never", "not", "always", "often", "could", "may", "might", "can",
];
#[rustfmt::skip]
const CLAUSE_BREAKS: &[&str] = &[
    "and", "but", "while", "as", "that", "where", "when", "because", "after", "before", "if", "although", "though",
    "since", "whereas", "which", "so", "what", "whom",
];

/// The offset just past the last of the `CLAUSE_BREAKS` that stands between two spaces in `s`.
fn last_clause_break(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut end = bytes.len();
    while let Some(space) = memchr::memrchr(b' ', &bytes[..end]) {
        // The word between this space and the next: a clause break must be followed by a space, so a word
        // running to the end of `s` is none, and one comparison per word replaces a prefix test per break.
        let rest = &s[space + 1..];
        if let Some(len) = memchr::memchr(b' ', rest.as_bytes()) {
            if CLAUSE_BREAKS.contains(&&rest[..len]) {
                return Some(space + 1 + len);
            }
        }
        end = space;
    }
    None
}
#[rustfmt::skip]
const LEADING_LINKS: &[&str] = &[
    "where", "when", "while", "as", "and", "but", "which", "that", "so", "then", "also", "And", "But", "So", "Then",
    "Also", "Meanwhile", "meanwhile", "However", "however", "Still", "still", "When", "While", "As", "Where",
    "Because", "If", "After", "Before", "Although", "Though", "Since", "Once", "Until", "Whether", "what", "whom",
    "with", "of", "Earlier", "Later", "Soon", "Finally", "Eventually", "Separately", "Initially", "Currently",
    "Previously", "Recently", "Perhaps", "Indeed", "Elsewhere", "Instead", "Now", "Suddenly", "Afterwards",
];

/// End of the sentence without its final punctuation and closing marks.
pub(super) fn trim_end_punct(text: &str, start: usize, end: usize) -> usize {
    let start = start.min(end);
    let s = &text[start..end];
    let kept =
        s.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '!' | '?' | '"' | '”' | ',' | ';')).len();
    // A quotation opened inside the span keeps its closing mark ('crushed people "for pleasure".').
    let body = &s[..kept];
    let close = if body.matches('“').count() > body.matches('”').count() {
        Some('”')
    } else if body.matches('"').count() % 2 == 1 {
        Some('"')
    } else {
        None
    };
    match close.and_then(|c| s[kept..].find(c).map(|i| i + c.len_utf8())) {
        Some(past) => start + kept + past,
        None => start + kept,
    }
}

/// The phrase after a position up to the next comma, period, semicolon, colon or quotation mark.
pub(super) fn after_np(text: &str, start: usize, end: usize) -> Range<usize> {
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
                    && s[i + 1..].starts_with(char::is_whitespace)
                    && !title_abbreviation(&s[..i]))
                || (c == '.' && i + 1 == s.len())
        })
        .map_or(s.len(), |(i, _)| i);
    let t = &s[..stop];
    let lead = t.len() - t.trim_start().len();
    start + lead..start + lead + t.trim().len()
}

/// "Ms", "Mr", "Dr", "Sen": a title whose period does not end a phrase ("said Ms. Leon, who ...").
fn title_abbreviation(before: &str) -> bool {
    let word = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    ["Mr", "Ms", "Mrs", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "Prof", "St", "Rev"]
        .contains(&word)
}

/// Trims commas and spaces around a phrase.
pub(super) fn trim_np(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start_matches(|c: char| c.is_whitespace() || c == ',').len();
    let t = s.trim_end_matches(|c: char| c.is_whitespace() || c == ',');
    r.start + lead..r.start + t.len().max(lead)
}

/// "Google's vice president", "Ukraine's foreign minister": a possessive and a lower-case role.
fn possessive_role(seg: &str) -> bool {
    let mut ws = seg.split_whitespace();
    let first = ws.next().unwrap_or("");
    (first.ends_with("'s") || first.ends_with("’s"))
        && first.starts_with(char::is_uppercase)
        && ws.next().is_some_and(|w| w.starts_with(char::is_lowercase))
}

/// "categorically denied", "has repeatedly said": a lower-case `-ly` word after something other than a
/// determiner ("the family said" keeps "family").
fn ly_adverb(left: &str, word_start: usize) -> bool {
    let word = &left[word_start..];
    const NOT_ADVERBS: &[&str] =
        &["family", "ally", "assembly", "rally", "italy", "july", "supply", "reply", "anomaly"];
    if word.len() < 5 || !word.ends_with("ly") || !word.starts_with(char::is_lowercase) || NOT_ADVERBS.contains(&word) {
        return false;
    }
    let prev = left[..word_start].trim_end();
    let prev_word = prev.rsplit(char::is_whitespace).next().unwrap_or("");
    !prev_word.is_empty()
        && !["the", "The", "a", "A", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that"]
            .contains(&prev_word)
}

/// An age ("Griner, 31,") or a party and state ("Tim Kaine, D-Va.,") set off by commas after a name.
fn age_or_party(seg: &str) -> bool {
    let seg = seg.trim();
    if !seg.is_empty() && seg.len() <= 3 && seg.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    let b = seg.as_bytes();
    b.len() >= 4
        && b.len() <= 10
        && matches!(b[0], b'D' | b'R' | b'I')
        && b[1] == b'-'
        && b[2].is_ascii_uppercase()
        && !seg.contains(char::is_whitespace)
}

/// The subject phrase before a cue: drops trailing adverbs and appositives, then keeps the last clause.
/// The words between two dashes that end `left` ("Peskov — the Kremlin spokesman —", "Corbyn - a critic -"), as a
/// range of `left`, when words come before the first dash. Em and en dashes may touch the words; a hyphen needs a
/// space on each side ("Russian-backed" is no dash).
fn dashed_appositive(left: &str) -> Option<Range<usize>> {
    let left = left.trim_end();
    let dash = left.chars().next_back().filter(|c| matches!(c, '—' | '–' | '-'))?;
    let inner = &left[..left.len() - dash.len_utf8()];
    let open = if dash == '-' {
        if !inner.ends_with(' ') {
            return None;
        }
        inner.rfind(" - ")? + 1
    } else {
        inner.rfind(dash)?
    };
    let seg = open + dash.len_utf8()..inner.len();
    let words = inner[seg.clone()].split_whitespace().count();
    let before = inner[..open].trim_end();
    ((1..=12).contains(&words) && !before.is_empty() && !before.ends_with([',', '.', ':', ';'])).then(|| {
        let lead = inner[seg.clone()].len() - inner[seg.clone()].trim_start().len();
        seg.start + lead..inner.trim_end().len()
    })
}

/// The words inside a parenthesis that a subject phrase carries along: an abbreviation or a tag of at most three
/// words ("DPR", "R-Texas", "CBS News", "retired"), not a photo credit ("AP Photo/Efrem Lukatsky"), a figure
/// ("Finland (90%)", "more Democrats (13%)") nor a clause.
fn short_parenthesis(inner: &str) -> bool {
    !inner.trim().is_empty()
        && !inner.trim_start().starts_with(|c: char| c.is_ascii_digit())
        && !inner.contains('%')
        && inner.split_whitespace().count() <= 3
        && !inner.contains([',', ';', ':', '(', '/'])
        && !inner.split_whitespace().any(|w| w.eq_ignore_ascii_case("photo"))
}

/// `np` without a short parenthesis that ends it: "The Ministry of Defence (MoD)" -> "The Ministry of Defence".
fn without_parenthesis(text: &str, np: &Range<usize>) -> Option<Range<usize>> {
    let phrase = text.get(np.clone())?.trim_end();
    let open = phrase.strip_suffix(')')?.rfind('(')?;
    let before = phrase[..open].trim_end();
    (short_parenthesis(&phrase[open + 1..phrase.len() - 1]) && !before.trim().is_empty())
        .then(|| np.start..np.start + before.len())
}

pub(super) fn subject_np(
    text: &str,
    quotes: &[Quote],
    floor: usize,
    cue_start: usize,
    lists: &EntityWords,
) -> Range<usize> {
    // Never reach back past a quotation.
    let floor = quotes
        .iter()
        .filter(|q| q.outer.end <= cue_start && q.outer.end > floor)
        .map(|q| q.outer.end)
        .max()
        .unwrap_or(floor);
    let mut end = trailing_adverbs(text, floor, cue_start);
    // Trailing appositives and relative clauses: "X, the president of Ukraine," / "X, who was ...,".
    let mut dashed = false;
    let mut stacked = false;
    for _ in 0..3 {
        // "Lindsey Graham (R-S.C.)", "Jim Jordan (R-Ohio),": a party tag in brackets goes with the name.
        let left = text[floor..end].trim_end_matches(',');
        if let Some(open) = left.strip_suffix(')').and_then(|l| l.rfind('(')) {
            if age_or_party(&left[open + 1..left.len() - 1]) {
                end = floor + open;
                let trimmed = text[floor..end].trim_end();
                end = floor + trimmed.len();
                if left.len() < text[floor..end].len() + 2 {
                    break;
                }
                continue;
            }
        }
        let appositive = |seg: &str| {
            let first = seg.split_whitespace().next().unwrap_or("");
            first.starts_with(char::is_lowercase)
                || ["The", "A", "An", "Who", "Which"].contains(&first)
                || entities::is_person_title(lists, first)
                || possessive_role(seg)
                || age_or_party(seg)
                // "John Kirby, White House national security spokesperson, told": a capitalised role.
                || seg.split_whitespace().last().is_some_and(|w| PERSON_ROLES.contains(&w.to_lowercase().as_str()))
        };
        // "Dmitry Peskov — the Kremlin spokesman — said", "Mr Corbyn - a long-standing critic of the alliance -
        // said": an appositive between dashes (a hyphen only with spaces around it), as between commas.
        if let Some(open) = dashed_appositive(&text[floor..end]).filter(|r| appositive(&text[floor..end][r.clone()])) {
            end = floor + text[floor..floor + open.start].trim_end().trim_end_matches(['—', '–', '-']).trim_end().len();
            dashed = true;
            continue;
        }
        let left = &text[floor..end];
        // After a dashed appositive, one set off by a comma before it ends where the dash began ("Lindy Cameron,
        // chief executive of the National Cyber Security Centre - an arm of GCHQ - said").
        let after_dash = !left.ends_with(',') && std::mem::take(&mut dashed);
        // After an appositive set off by commas, another before it, when a full name opens the subject ("Scott
        // Morris, a former Treasury official ..., which works to alleviate poverty, said", "Mark Holden, chairman
        // of the board of Freedom Partners, the network's funding arm, said").
        let after_comma = !left.ends_with(',') && std::mem::take(&mut stacked);
        let inner = match left.strip_suffix(',') {
            Some(inner) => inner,
            None if after_dash || after_comma => left,
            None => break,
        };
        let Some(prev_comma) = inner.rfind(',') else {
            break;
        };
        let seg = inner[prev_comma + 1..].trim_start();
        // Without its closing comma, only after a full name ("Well, some countries - like Poland - have said",
        // "To the west of Lysychansk, the mayor of Sloviansk - ... - said" keep their subjects).
        let name_before = || {
            let words: Vec<&str> = inner[..prev_comma].split_whitespace().collect();
            (2..=4).contains(&words.len()) && words.iter().all(|w| w.starts_with(char::is_uppercase))
        };
        // Before a second appositive, the name must open the subject: not a fronted phrase ("In March, the
        // Russian Orthodox Church's Patriarch Kirill, a Putin ally, said", "In Droxford, Hampshire, pub landlord
        // ..., 45, said") nor a name with a comma ("Pete Dordal, Jr").
        let opens_with_name = || {
            let before = &inner[..prev_comma];
            let first = before.split_whitespace().next().unwrap_or("");
            name_before()
                && !before.contains(',')
                && !entities::is_not_name(lists, first)
                && !is_month(first, true)
                && !is_weekday(first)
        };
        if !appositive(seg) || after_dash && !name_before() || after_comma && !opens_with_name() {
            break;
        }
        end = floor + prev_comma;
        stacked = true;
        // "Serhii Cherniak, 61, who lived nearby,": an age before the appositive goes with it.
        let left = &text[floor..end];
        if let Some(c) = left.rfind(',').filter(|&c| age_or_party(&left[c + 1..])) {
            end = floor + c;
        }
    }
    let mut left = &text[floor..end];
    // "The state's campaign chairman, Phil Lovas, said": a name set off after a description (not an appositive,
    // so still there) is part of the subject, with the description before it.
    let mut search_end = left.len();
    if let Some(inner) = left.strip_suffix(',') {
        if let Some(p) = inner.rfind(',') {
            end -= 1;
            left = inner;
            search_end = p;
        }
    }
    let mut start = floor;
    // A comma inside a number that opens a short subject ("At least 21,000 said", "Some 1,100 Russian proxies in
    // the regions claimed") is part of it. A number further in is no subject's start ("Ukraine has opened roughly
    // 16,000 investigations into alleged war crimes", "With around 1,000 people inside ... President ... said").
    let digit_comma = |p: usize| {
        let lead = left[..p]
            .rfind([',', ';', ':', '(', '—', '–'])
            .map_or(0, |b| b + left[b..].chars().next().map_or(1, char::len_utf8));
        left.as_bytes()[p] == b','
            && left[..p].ends_with(|c: char| c.is_ascii_digit())
            && left[p + 1..].starts_with(|c: char| c.is_ascii_digit())
            && left[lead..p].split_whitespace().count() <= 3
            && left[p + 1..].split_whitespace().count() <= 6
    };
    // "the head of the Donetsk People's Republic (DPR), Denis Pushilin,", "Donetsk People's Republic (DPR)
    // authorities", "The Ministry of Defence (MoD)": a short parenthesis closed inside the subject (an abbreviation,
    // a party tag) before a comma, a lower-case word or the cue is part of it, not where it begins. Not before a
    // capitalised word or a dash ("The head of the NCSC (NCSC) Lindy Cameron", "LVIV (CBS News) -- Ukrainian
    // authorities" keep the name after it).
    let closed_paren = |p: usize| {
        left.as_bytes()[p] == b'('
            && left[..p].ends_with(' ')
            && left[p + 1..search_end].find(')').is_some_and(|c| {
                let after = &left[p + c + 2..];
                let next = after.strip_prefix(' ').unwrap_or("");
                short_parenthesis(&left[p + 1..p + 1 + c])
                    && (after.trim().is_empty() || after.starts_with(',') || next.starts_with(char::is_lowercase))
            })
    };
    let mut breaks = left[..search_end].rmatch_indices([',', ';', ':', '(', '—', '–']).map(|(p, _)| p);
    if let Some(p) = breaks.find(|&p| !digit_comma(p) && !closed_paren(p)) {
        start = floor + p + left[p..].chars().next().map_or(1, char::len_utf8);
    }
    // After a name, a clause break is looked for before the set-off phrase only: "Hugh Williamson, Europe and
    // Central Asia director at the charity, said", "Councillor Karen Rampton, BCP Council's portfolio holder for
    // people and homes, said" keep their names ("and" inside the appositive joins its words). After a
    // description the appositive may be a list ("two of the Big Four firms, KPMG and PwC, said").
    let head = text.get(start..(floor + search_end).max(start)).unwrap_or("");
    let head_words = head.split_whitespace().count();
    let name_head = search_end < text[floor..end].len()
        && (2..=5).contains(&head_words)
        && head.split_whitespace().all(|w| w.starts_with(char::is_uppercase));
    let left = if name_head { head } else { &text[start..end] };
    if let Some(after) = last_clause_break(left) {
        start += after;
    }
    // "Earlier today Ukrainian authorities said": a fronted time before its adverb is taken as a link word.
    start = after_fronted(text, start, end);
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
    start = after_fronted(text, start, end);
    // "The Norwegian Foreign Ministry in a statement sent to RT on Saturday said": the medium after the subject,
    // and whoever it was sent to, are not the subject.
    let s = &text[start..end];
    // Every medium opens with " in ": the first " in " that opens one is the earliest medium, found without
    // building a substring searcher per medium.
    let first_medium =
        memchr::memmem::find_iter(s.as_bytes(), " in ").find(|&p| MEDIUMS.iter().any(|m| s[p..].starts_with(m)));
    if let Some(p) = first_medium.filter(|&p| p > 0) {
        // "Ukraine's defense minister on Friday in a statement said": the time before the medium goes too.
        end = trailing_adverbs(text, start, start + p);
    }
    start..end
}

/// The end of the phrase in `text[floor..end]` without its trailing adverbs, auxiliaries and times: "has also
/// said", "on Thursday said", "Ukraine's UK ambassador last night said", "Boris Johnson tonight declared", "the
/// minister late last month said". A participle before a time goes with it ("A poll released last week showed").
fn trailing_adverbs(text: &str, floor: usize, mut end: usize) -> usize {
    // The start of the word before `at` in `left` (0 when there is none).
    let word_before = |left: &str, at: usize| -> usize {
        let l = left[..at].trim_end();
        l.rfind(char::is_whitespace).map_or(0, |i| i + l[i..].chars().next().map_or(1, char::len_utf8))
    };
    // The words removed last were a time.
    let mut timed = false;
    loop {
        let left = text[floor..end].trim_end();
        let last_word_start = word_before(left, left.len());
        let last_word = &left[last_word_start..];
        let prev_start = word_before(left, last_word_start);
        let prev_word = left[prev_start..last_word_start].trim_end();
        // "last night", "this week", "Friday night", "last Monday": two words of a time.
        let pair = (is_time_noun(last_word, false) || is_weekday(last_word))
            && (["last", "this"].contains(&prev_word) || (is_weekday(prev_word) && is_time_noun(last_word, false)));
        // Times that end a subject on their own ("Johnson tonight declared").
        let alone = is_deictic(last_word, false) || ["late", "early"].contains(&last_word);
        let time = pair || alone || is_weekday(last_word) || (timed && last_word == "on");
        if time {
            timed = true;
            end = floor + if pair { prev_start } else { last_word_start };
        } else if !last_word.is_empty() && (TRAILING_ADVERBS.contains(&last_word) || ly_adverb(left, last_word_start)) {
            timed = false;
            end = floor + last_word_start;
        } else {
            let participle =
                last_word.len() > 4 && last_word.ends_with("ed") && last_word.starts_with(char::is_lowercase);
            // "A British intelligence assessment released on Friday said": the participle goes with its time.
            end = floor + if participle && timed { last_word_start } else { left.len() };
            break;
        }
    }
    end
}

/// Words that open a phrase fronted before the subject: prepositions and adverbs of time or circumstance.
#[rustfmt::skip]
const FRONTED_OPENERS: &[&str] = &[
    "On", "In", "At", "After", "Before", "During", "Following", "Since", "Later", "Earlier", "Last", "This", "Late",
    "Early", "Overnight", "Yesterday", "Today", "Tonight", "Now", "Separately", "Elsewhere",
];
/// The start of the subject in `text[start..end]` after a phrase fronted without its comma: "On Wednesday the
/// prime minister's official spokesman said", "Last night the Ministry of Defence said", "Earlier today Ukrainian
/// authorities said", "In a televised address the defiant leader said", "Before the meeting his officials said".
/// The fronted phrase is a time (its last word a day, a month, a date or a part of the day), or a phrase up to a
/// determiner or possessive that follows a noun ("address the", "meeting his").
fn after_fronted(text: &str, start: usize, end: usize) -> usize {
    let s = &text[start..end];
    if !s.split_whitespace().next().is_some_and(|w| FRONTED_OPENERS.contains(&w)) {
        return start;
    }
    let words: Vec<(usize, &str)> =
        s.split_whitespace().map(|w| (w.as_ptr() as usize - s.as_ptr() as usize, w)).collect();
    // Words only: no punctuation of a clause between them ("In a video reposted by Kadyrov - lead of Chechnya -").
    if words.len() < 3 || words.iter().any(|(_, w)| w.ends_with(',') || !w.contains(|c: char| c.is_alphanumeric())) {
        return start;
    }
    // Words that end a fronted time ("On Wednesday", "Last night", "Earlier today", "On March 3"); not "May",
    // which is also a modal.
    let date = |w: &str| {
        is_weekday(w)
            || is_month(w, false) && w != "May"
            || is_deictic(w, true)
            || is_time_noun(w, false)
            || (w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit()))
    };
    let linking = |w: &str| ["on", "this", "last", "late", "early", "of", "the", "in"].contains(&w);
    // A time: the opener, then words of a date up to the last that ends one ("Later on Monday", "Late on Tuesday
    // night", "Earlier this week").
    let mut time_end = if date(words[0].1) { Some(1) } else { None };
    for (k, (_, w)) in words.iter().enumerate().skip(1) {
        if date(w) {
            time_end = Some(k + 1);
        } else if !linking(w) {
            break;
        }
    }
    if let Some(k) = time_end.filter(|&k| k < words.len()) {
        return start + words[k].0;
    }
    // A determiner after a noun: "In a statement the nuclear watchdog", "At the same time the Ukraine government";
    // after a preposition or an adverb only ("This is the first time", "Last year's winner" are subjects), within
    // six words.
    if ["This", "Last", "Late", "Early"].contains(&words[0].1) {
        return start;
    }
    let det = words.windows(2).take(6).position(|p| {
        ["the", "a", "an", "his", "her", "its", "their"].contains(&p[1].1)
            && p[0].1.starts_with(|c: char| c.is_alphanumeric())
            && !["of", "in", "on", "at", "for", "from", "by", "with", "to", "after", "before", "during", "into"]
                .contains(&p[0].1.to_lowercase().as_str())
            && !DETERMINERS.contains(&p[0].1)
    });
    match det {
        Some(p) if p + 2 < words.len() => start + words[p + 1].0,
        _ => start,
    }
}

/// A medium set off after a subject, before its cue ("X in a statement to RT said"). Each opens with " in ".
#[rustfmt::skip]
const MEDIUMS: &[&str] = &[
    " in a statement", " in an interview", " in a post", " in a letter", " in a tweet", " in a video",
    " in a speech", " in a message", " in a televised", " in a press release", " in comments", " in remarks",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum NpMode {
    /// Before the cue: the head is the last entity.
    Subject,
    /// After the cue ("said X, the ..."): the first entity.
    Object,
    /// After "according to": a person first.
    According,
}

/// "officials in Kiev", "police in the region of Transnistria": before a place or organization, a head noun
/// that a preposition attaches it to. The people named by the head noun speak, not the entity.
fn head_before_preposition(before: &str, lists: &EntityWords) -> bool {
    // The entity is the preposition's object: "in Kiev", "of the region".
    let mut last = before.split_whitespace().rev().skip_while(|w| ["the", "The"].contains(w));
    if !last.next().is_some_and(|w| ["in", "of", "from", "at", "for"].contains(&w)) {
        return false;
    }
    let mut words = before.split_whitespace();
    let mut prev_head = false;
    for w in words.by_ref() {
        if prev_head && ["in", "of", "from", "at", "for"].contains(&w) {
            return true;
        }
        // "Protest organizers in Kyiv": a plural of people too.
        let w = w.to_lowercase();
        prev_head = HEAD_NOUNS.contains(&w.as_str()) || people_plural(&w, lists);
    }
    false
}

/// "The head of the committee Alexander Bastrykin, a former classmate of Putin, initiated a case. He said",
/// "Ukrainian Foreign Minister Dmytro Kuleba was asked ... he responded": the words before a name that only title
/// it. A person's role noun, and otherwise capitalised words (no "Meeting ..."), articles, the adjectives of
/// offices, and "of"/"for" with the body ("of the committee"); a body's noun ("The government of Ukrainian
/// President ...") makes the body the subject.
fn title_lead(lead: &str) -> bool {
    const OFFICE_WORDS: &[&str] =
        &["the", "a", "an", "former", "deputy", "regional", "foreign", "prime", "defence", "defense", "local", "top"];
    let words: Vec<&str> = lead.split_whitespace().collect();
    let role = |w: &str| PERSON_ROLES.contains(&w.to_lowercase().as_str());
    let mut body_words = 0;
    let fits = words.iter().all(|&w| {
        if ["of", "for"].contains(&w) {
            body_words = 2;
            return true;
        }
        if body_words > 0 && w.starts_with(char::is_lowercase) {
            body_words -= 1;
            return true;
        }
        role(w) || OFFICE_WORDS.contains(&w) || (w.starts_with(char::is_uppercase) && !w.ends_with("ing"))
    });
    fits && words.iter().any(|w| role(w))
}

/// The person a sentence starts with (after at most three words, no comma or quotation mark), if it is of the
/// pronoun's gender: in the pronoun's sentence before it, or else, when that part names no person, in the
/// nearest of the three sentences before that names a person.
fn sentence_subject(input: &ClaimInput, pos: usize, female: bool) -> Option<usize> {
    let pi = input.paragraphs.partition_point(|p| p.0.start <= pos).checked_sub(1)?;
    let sentences = &input.paragraphs[pi].2;
    let si = sentences.partition_point(|s| s.start <= pos).checked_sub(1)?;
    let here = sentences[si].start..pos;
    let subject_of = |s: &Range<usize>| -> Option<usize> {
        let before = input.mentions_before(s.end);
        let m = before.get(before.partition_point(|m| m.range.start < s.start))?;
        if m.kind != EntityKind::Person || m.range.end > s.end || input.quoted(m.range.start) {
            return None;
        }
        // At most three words before it, or a fronted phrase of at most five set off by a comma ("At the time,
        // Zelenskyy thanked ...").
        let lead = &input.text[s.start..m.range.start];
        let fronted = lead.trim_end().ends_with(',') && lead.matches(',').count() == 1;
        let max_words = if fronted {
            5
        } else if title_lead(lead) {
            7
        } else {
            3
        };
        if lead.contains(['"', '“', '”', '‘', '’', '\'', '(', ':'])
            || (lead.contains(',') && !fronted)
            || lead.split_whitespace().count() > max_words
        {
            return None;
        }
        if is_possessive(input.text, m.range.end) || gender_of(input, m.entity).is_some_and(|f| f != female) {
            return None;
        }
        Some(m.entity)
    };
    if let Some(e) = subject_of(&here) {
        return Some(e);
    }
    let names_person = |s: &Range<usize>| {
        let before = input.mentions_before(s.end);
        before[before.partition_point(|m| m.range.start < s.start)..].iter().any(|m| m.kind == EntityKind::Person)
    };
    if names_person(&here) {
        return None;
    }
    // "Roman, a deputy commander, had spent four years ... As well as fighting he was able to ... But he said":
    // back over sentences that name no one (at most three), to the first that names a person.
    let (mut pi, mut si) = (pi, si);
    for _ in 0..3 {
        while si == 0 {
            pi = pi.checked_sub(1)?;
            si = input.paragraphs[pi].2.len();
        }
        si -= 1;
        let s = &input.paragraphs[pi].2[si];
        if let Some(e) = subject_of(s) {
            return Some(e);
        }
        if names_person(s) {
            return None;
        }
    }
    None
}

/// "The Russian president was speaking on Thursday": the person a sentence-opening definite role ("the",
/// at most two modifiers, a person noun, then a lower-case word) names, by the article's introductions or the
/// gazetteer, in one of the three sentences before the pronoun's, when no one spoke between that sentence and
/// the pronoun and someone spoke within 600 bytes before it (else the nearest name rules decide).
fn role_subject(input: &ClaimInput, pos: usize, female: bool) -> Option<Speaker> {
    let last_spoke = input.speakers.borrow().iter().rev().map(|(p, _)| *p).find(|p| *p < pos)?;
    if pos - last_spoke >= 600 {
        return None;
    }
    let mut pi = input.paragraphs.partition_point(|p| p.0.start <= pos).checked_sub(1)?;
    let mut si = input.paragraphs[pi].2.partition_point(|s| s.start <= pos).checked_sub(1)?;
    for _ in 0..3 {
        while si == 0 {
            pi = pi.checked_sub(1)?;
            si = input.paragraphs[pi].2.len();
        }
        si -= 1;
        let s = input.paragraphs[pi].2[si].clone();
        if s.start <= last_spoke {
            return None;
        }
        let words: Vec<&str> = input.text[s.clone()].split_whitespace().take(5).collect();
        if words.first() != Some(&"The") {
            continue;
        }
        let Some(k) = (2..words.len().min(4)).find(|&k| PERSON_ROLES.contains(&words[k - 1])) else {
            continue;
        };
        // The role's verb follows ("The mayor of Vienna, Michael Ludwig, was" names someone else).
        let verb = words[k].starts_with(char::is_lowercase)
            && !["of", "for", "in", "at", "to", "and", "who", "from", "with", "on"].contains(&words[k]);
        if !verb || words[1..k].iter().any(|w| !w.chars().all(char::is_alphabetic)) {
            continue;
        }
        // By the holder the gazetteer gives the role, or an entity whose description or introduction holds it
        // ("The Commission president" after "Ursula von der Leyen, the European Commission president").
        let phrase = words[..k].join(" ");
        let sp = gazetteer_role(input, &phrase).or_else(|| role_referent(input, &phrase, s.start).map(Speaker::Entity));
        return match sp {
            Some(Speaker::Entity(e))
                if input.kinds.get(e) == Some(&EntityKind::Person)
                    && gender_of(input, e).is_none_or(|f| f == female) =>
            {
                Some(Speaker::Entity(e))
            }
            Some(Speaker::Name(n, EntityKind::Person))
                if first_name_gender(&n.split_whitespace().next().unwrap_or("").to_lowercase())
                    .is_none_or(|f| f == female) =>
            {
                Some(Speaker::Name(n, EntityKind::Person))
            }
            _ => None,
        };
    }
    None
}

/// The start of the sentence holding `pos`, and its words that start before `pos`.
fn sentence_words_before<'i>(input: &'i ClaimInput, pos: usize) -> Option<(usize, &'i [Range<usize>])> {
    let pi = input.paragraphs.partition_point(|p| p.0.start <= pos).checked_sub(1)?;
    let sentences = &input.paragraphs[pi].2;
    let start = sentences[sentences.partition_point(|s| s.start <= pos).checked_sub(1)?].start;
    let first = input.words.partition_point(|w| w.start < start);
    Some((start, &input.words[first..input.words.partition_point(|w| w.start < pos)]))
}

/// "a Russian army officer was sacked because he complained": an indefinite description of one person (a or an,
/// at most three modifiers, a person noun) earlier in the pronoun's sentence, with no person named between it and
/// the pronoun, is the pronoun's referent.
fn indefinite_subject(input: &ClaimInput, pos: usize) -> Option<String> {
    let (_, ws) = sentence_words_before(input, pos)?;
    let text = input.text;
    for k in (0..ws.len()).rev() {
        if !["a", "an", "A", "An"].contains(&&text[ws[k].clone()]) {
            continue;
        }
        let mut head = None;
        for j in k + 1..(k + 5).min(ws.len()) {
            if !text[ws[j - 1].end..ws[j].start].trim().is_empty() {
                break;
            }
            let w = &text[ws[j].clone()];
            if HEAD_NOUNS.contains(&w) && !plural_description(w) {
                head = Some(j);
                break;
            }
        }
        let Some(j) = head else { continue };
        let named_since = input
            .mentions_before(pos)
            .iter()
            .rev()
            .take_while(|m| m.range.start >= ws[k].start)
            .any(|m| m.kind == EntityKind::Person);
        if named_since || input.quoted(ws[k].start) {
            return None;
        }
        return Some(text[ws[k].start..ws[j].end].to_string());
    }
    None
}

/// The plural description of people opening the sentence that holds `pos` ("The troops", "Many Ukrainian
/// soldiers"): at most four words, the last a plural person noun.
fn opening_plural(input: &ClaimInput, pos: usize) -> Option<String> {
    let (start, ws) = sentence_words_before(input, pos)?;
    let text = input.text;
    for (k, w) in ws.iter().enumerate().take(4) {
        if k > 0 && !text[ws[k - 1].end..w.start].trim().is_empty() {
            return None;
        }
        let d = &text[start..w.end];
        if HEAD_NOUNS.contains(&&text[w.clone()]) && plural_description(d) {
            return Some(d.to_string());
        }
    }
    None
}

/// A description of several people: "Russian officials", "several officials in Kyiv".
fn plural_description(d: &str) -> bool {
    let head = d.split([',', '(']).next().unwrap_or("");
    let head = head.split_whitespace().find(|w| {
        let w = w.to_lowercase();
        HEAD_NOUNS.contains(&w.as_str())
            && ((w.ends_with('s') && !w.ends_with("ss")) || ["police", "people", "military"].contains(&w.as_str()))
    });
    head.is_some()
}

/// "a senior aide to Ukrainian President", "the wife of", "a lawyer for": before a person, someone described by
/// their tie to that person (a person noun and "to", "for" or "of", then only capitalised titles). The one
/// described speaks, not the person named.
fn someone_of_person(before: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().collect();
    let Some(p) = words.iter().rposition(|w| ["to", "for", "of"].contains(w)) else { return false };
    p > 0
        && words[p + 1..].iter().all(|w| w.starts_with(char::is_uppercase) || *w == "the")
        && (HEAD_NOUNS.contains(&words[p - 1]) || KIN.contains(&words[p - 1]))
        && !NOT_ONE_PERSON.contains(&words[p - 1])
}

/// "The family of a British man fighting in", "A spokesman for the regional": a subject that opens with a
/// description (a determiner, at most two modifiers, a person noun or a relative) and a preposition. What the
/// preposition leads to only qualifies the one described.
fn described_before(before: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().take(5).collect();
    if words.len() < 3 || !["the", "The", "a", "A", "an", "An"].contains(&words[0]) {
        return false;
    }
    (1..words.len().min(4)).any(|k| {
        let w = words[k];
        (HEAD_NOUNS.contains(&w) || KIN.contains(&w))
            && words.get(k + 1).is_some_and(|p| ["of", "for", "in", "at", "from", "with"].contains(p))
    })
}

/// "said on Telegram", "in a Facebook post", "via Twitter": an organization written as the medium a message
/// went out on. A role word or pronoun near it ("the governor said on Telegram ... the governor added") is the
/// one who wrote, never the medium.
fn as_medium(text: &str, range: &Range<usize>) -> bool {
    let before = text[..range.start].trim_end();
    let before = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let after = text[range.end..].split_whitespace().next().unwrap_or("");
    let after = after.trim_end_matches(|c: char| !c.is_alphanumeric());
    ["on", "On", "via"].contains(&before)
        || ["channel", "channels", "post", "posts", "account", "page", "video", "message", "feed"].contains(&after)
}

pub(super) fn is_possessive(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    rest.starts_with("'s") || rest.starts_with("’s") || rest.starts_with("' ") || rest.starts_with("’ ")
}

/// The name closing a phrase after a role word ("Research Director Raj Shah", "party spokesman Ivan Petrov"):
/// two or three capitalised words, none of them a role, after a head noun or a title.
fn name_after_role<'p>(phrase: &'p str, lists: &EntityWords) -> Option<&'p str> {
    let n = phrase.split_whitespace().count();
    if !(3..=12).contains(&n) {
        return None;
    }
    let is_role = |w: &str| {
        let w = w.trim_end_matches([',', '.']);
        HEAD_NOUNS.iter().any(|h| h.eq_ignore_ascii_case(w)) || entities::is_person_title(lists, w)
    };
    let name_word = |w: &str| {
        w.starts_with(char::is_uppercase) && !is_role(w) && w.chars().all(|c| c.is_alphabetic() || ".-'’".contains(c))
    };
    // The last four words, last first, with their offsets (no allocation).
    let mut last = [("", 0usize); 4];
    for (k, w) in phrase.split_whitespace().rev().take(4).enumerate() {
        last[k] = (w, w.as_ptr() as usize - phrase.as_ptr() as usize);
    }
    // A name of two words (last[1], last[0]) after a role (last[2]), or of three after last[3].
    for len in [3, 2] {
        if len + 1 > n {
            continue;
        }
        if is_role(last[len].0) && last[..len].iter().all(|(w, _)| name_word(w)) {
            return Some(&phrase[last[len - 1].1..]);
        }
    }
    None
}

/// Two to four capitalised words (titles allowed) and nothing else: a name given after a description.
fn appositive_name(s: &str) -> bool {
    let n = s.split_whitespace().count();
    (2..=4).contains(&n)
        && s.split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || ".-'’".contains(c)))
}

/// The subject before a cue resolved as by `resolve_np`, except that an unnamed description gives way to a
/// name set off next to it: "The festival's organizers, the European Music Federation, said" (an organization or
/// person in the appositive between the subject and the cue), "Pavel Ivanov, an exiled lawyer also confirmed"
/// (an indefinite description after a person who opens the clause, its closing comma missing).
pub(super) fn resolve_subject(
    input: &ClaimInput,
    np: Range<usize>,
    floor: usize,
    cue_start: usize,
) -> Option<(Speaker, String)> {
    let Some(found) = resolve_np(input, np.clone(), NpMode::Subject) else {
        // "Ukraine's state railway says", "Opponents of a deal say": a common-noun phrase is a source when its
        // verb is one of saying ("the mere existence of this corporation pointed to", "this spasm of activity
        // indicates" are no one's words).
        let phrase = input.text.get(np).unwrap_or("").trim();
        let mut after = input.text.get(cue_start..).unwrap_or("").split_whitespace();
        let cue = after.next().unwrap_or("");
        // "Ukrainians across the country told to be vigilant", "is said to have": a passive.
        let passive = after.next() == Some("to");
        let speech = SPEECH_VERBS.contains(&cue.to_lowercase().as_str()) && !passive;
        return (speech && common_description(phrase, input.lists))
            .then(|| (Speaker::Unnamed(phrase.to_string()), phrase.to_string()));
    };
    if !matches!(found.0, Speaker::Unnamed(_)) {
        return Some(found);
    }
    let text = input.text;
    let named = |m: &&EntityMention| {
        matches!(m.kind, EntityKind::Person | EntityKind::Organization) && !is_possessive(text, m.range.end)
    };
    // The appositive between the subject and the cue.
    let gap = text.get(np.end..cue_start).unwrap_or("");
    if let Some(inner) = gap.trim_start().strip_prefix(',').and_then(|g| g.trim_end().strip_suffix(',')) {
        let words: Vec<&str> = inner.split_whitespace().collect();
        let capitalised = words.len() >= 2
            && words.len() <= 6
            && ["the", "The"].contains(&words[0])
            && words[1..].iter().all(|w| w.starts_with(char::is_uppercase) || ["of", "for", "and"].contains(w));
        if capitalised && !input.quoted(np.end) {
            let range = np.end..cue_start;
            if let Some(m) = mentions_within(input.mentions, &range).find(named) {
                return Some((Speaker::Entity(m.entity), text[m.range.clone()].to_string()));
            }
        }
    }
    // A person before an indefinite description.
    let phrase = text.get(np.clone()).unwrap_or("").trim_start();
    let lead = text.get(floor..np.start.max(floor)).unwrap_or("").trim_end();
    if let (true, Some(before)) = (phrase.starts_with("a ") || phrase.starts_with("an "), lead.strip_suffix(',')) {
        let end = floor + before.len();
        if let Some(m) = input.mentions_before(end).iter().rev().find(|m| m.range.end == end) {
            let opening = text.get(floor..m.range.start).unwrap_or("").trim();
            let opens = opening.is_empty()
                || opening.ends_with([',', ';', ':'])
                || opening.rsplit(' ').next().is_some_and(|w| LEADING_LINKS.contains(&w));
            // "led by Viktor Medvedchuk, a businessman who called for ...": the relative clause is about the
            // description, which is the person's wherever the full name stands ("Finally, a TikToker, who" is
            // no one's).
            let gap = text.get(np.end..cue_start).unwrap_or("").trim_start_matches([' ', ',']);
            let relative = gap.trim_end() == "who" || gap.starts_with("who ");
            let fits = if relative { text[m.range.clone()].contains(' ') } else { opens };
            if m.kind == EntityKind::Person && fits && !input.quoted(m.range.start) && named(&m) {
                return Some((Speaker::Entity(m.entity), text[m.range.clone()].to_string()));
            }
        }
    }
    Some(found)
}

/// Who a phrase names: an entity, a pronoun's referent, or an unnamed description. After the cue, a person
/// named right after a description ('"...," explains the pub's owner, Gavin Price, who ...', "said the app's
/// UK manager, Colin Watkins.") is the speaker, unless the description already names a person.
pub(super) fn resolve_np(input: &ClaimInput, np: Range<usize>, mode: NpMode) -> Option<(Speaker, String)> {
    // "The Ministry of Defence (MoD) said": a phrase the abbreviation after it leaves unresolved is read without it.
    let found = resolve_phrase(input, np.clone(), mode).or_else(|| {
        let bare = without_parenthesis(input.text, &np)?;
        resolve_phrase(input, bare, mode)
    });
    // "..., its governor has said. “...,” Kaliningrad Region Governor Anton Alikhanov told ...": a role the
    // article names its holder for only after the claim.
    // A description that stands for an unnamed source introduced before ("a military analyst ... the analyst
    // said") stays that source's.
    if let Some((Speaker::Unnamed(d), written)) = &found {
        if let Some(e) = later_holder(input, written, np.end).filter(|_| d == written) {
            return Some((Speaker::Entity(e), written.clone()));
        }
    }
    if mode != NpMode::Object || matches!(&found, Some((Speaker::Name(_, EntityKind::Person), _))) {
        return found;
    }
    if let Some((Speaker::Entity(e), _)) = &found {
        if input.kinds.get(*e) == Some(&EntityKind::Person) {
            return found;
        }
    }
    match appositive_person(input, &np) {
        Some(m) => Some((Speaker::Entity(m.entity), input.text[m.range.clone()].to_string())),
        None => found,
    }
}

/// The person mention that alone fills the phrase after a description and its comma: "the pub's owner, Gavin
/// Price," (the description opens with a determiner or a possessive, and has no name of a person itself).
fn appositive_person<'m>(input: &'m ClaimInput, np: &Range<usize>) -> Option<&'m EntityMention> {
    let text = input.text;
    let phrase = text.get(np.clone())?.trim();
    let first = phrase.split_whitespace().next()?;
    let determiner = ["the", "The", "a", "an", "its", "his", "her", "their"].contains(&first)
        || first.ends_with("'s")
        || first.ends_with("’s");
    if !determiner || !text.get(np.end..)?.starts_with(", ") || input.quoted(np.end) {
        return None;
    }
    let next = after_np(text, np.end + 1, text.len());
    let after = text.get(next.end..).unwrap_or("");
    // The name closes its phrase: a comma, a period, or the end of the text.
    if !(after.is_empty() || after.starts_with([',', '.', ';'])) {
        return None;
    }
    let name = text.get(next.clone())?.trim();
    mentions_within(input.mentions, &next)
        .find(|m| m.kind == EntityKind::Person && text[m.range.clone()].trim() == name)
}

fn resolve_phrase(input: &ClaimInput, mut np: Range<usize>, mode: NpMode) -> Option<(Speaker, String)> {
    let text = input.text;
    // "Dmitry Peskov, the Kremlin spokesman": the head is before the appositive.
    if let Some(comma) = text.get(np.clone())?.find(", ") {
        let after = text[np.start + comma + 2..np.end].trim_start();
        let first = after.split_whitespace().next().unwrap_or("");
        // "Kai Sauer, Finland's Under-Secretary of State for Foreign and Security Policy", "Representative Ro
        // Khanna, Democrat of California and a signer of the letter": a person's name before the comma heads it.
        let head = np.start..np.start + comma;
        let person_head = mode == NpMode::Subject
            && text[head.clone()].split_whitespace().count() <= 4
            && text[head.clone()].split_whitespace().all(|w| w.starts_with(char::is_uppercase))
            && mentions_within(input.mentions, &head).any(|m| m.kind == EntityKind::Person && m.range.end == head.end);
        if first.starts_with(char::is_lowercase)
            || ["The", "A", "An"].contains(&first)
            || possessive_role(after)
            || person_head
        {
            np = head;
        } else if mode == NpMode::Subject && appositive_name(after) {
            // "A lawyer for the news outlets, David Schulz": the name after the description.
            np = text.len() - text[np.start + comma + 2..].trim_start().len()..np.end;
        }
    }
    let phrase = text.get(np.clone())?.trim();
    if phrase.is_empty() || phrase.split_whitespace().count() > 14 {
        return None;
    }
    if let Some(sp) = country_government(input, &np, phrase) {
        return Some((sp, phrase.to_string()));
    }
    if let Some(e) = body_in_place(input, &np) {
        return Some((Speaker::Entity(e), phrase.to_string()));
    }
    let mut inside: Vec<&EntityMention> =
        mentions_within(input.mentions, &np).filter(|m| !is_possessive(text, m.range.end)).collect();
    // "Those who have escaped Izyum have told", "A consultant who helped to send two ambulances to Ukraine said":
    // a name inside a relative clause of the subject is not who speaks; the description with its clause is
    // (a name the clause gives the one described, "a woman who gave her name as Elena", still is).
    if mode == NpMode::Subject {
        if let Some(who) = relative_in_description(phrase) {
            let who = text.len() - text[np.start..].trim_start().len() + who;
            let naming = |m: &&EntityMention| {
                let lead = text.get(who..m.range.start).unwrap_or("");
                lead.contains(", ")
                    || ["name", "called", "known as", "identified", "introduced", "goes by"]
                        .iter()
                        .any(|n| lead.contains(n))
            };
            let named = !inside.is_empty();
            // "John Smith who lives in Kyiv": a name right before "who" is its head; "a Belgorod writer who"
            // is a description whatever names it holds.
            let head = |m: &&EntityMention| m.range.end <= who && text[m.range.end..who].trim().is_empty();
            inside.retain(|m| head(m) || naming(m));
            if named && inside.is_empty() {
                return Some((Speaker::Unnamed(phrase.to_string()), phrase.to_string()));
            }
        }
    }
    let pick = match mode {
        // The last name, but a person before a trailing place ("Rep. Gwen Moore (D-Wis.)", "Mayor Vitali
        // Klitschko of Kyiv") is the one speaking.
        NpMode::Subject => inside
            .iter()
            .rev()
            .find(|m| m.kind == EntityKind::Person)
            .filter(|p| {
                inside.last().is_some_and(|l| {
                    l.kind == EntityKind::Place
                        // "Matt Frei of Channel 4 News", "Jane Roe from the Atlantic Council": a person of an
                        // organization.
                        || (l.kind == EntityKind::Organization
                            && l.range.start >= p.range.end
                            && ["of", "of the", "from", "from the", "at", "at the"]
                                .contains(&text[p.range.end..l.range.start].trim()))
                })
            })
            .or(inside.last())
            .copied(),
        // "said former Utah governor Michael Leavitt": a person named after a place is the speaker.
        NpMode::Object => inside.iter().find(|m| m.kind == EntityKind::Person).or_else(|| inside.first()).copied(),
        NpMode::According => inside.iter().find(|m| m.kind == EntityKind::Person).or_else(|| inside.last()).copied(),
    };
    if let Some(m) = pick {
        // "U.S. officials": words after the entity that name people make it a description.
        // An appositive after a comma ("Dmitry Peskov, the Kremlin spokesman") does not make a description.
        let tail = &text[m.range.end..np.end];
        let tail = tail.split(',').next().unwrap_or("");
        let tail_words: Vec<&str> = tail.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        let tied_to_person = m.kind == EntityKind::Person && someone_of_person(&text[np.start..m.range.start]);
        // "the Interfax news agency", "the TASS state news agency": the organization's own kind (as its gazetteer
        // description gives it) after its name names the organization itself; "the UN agency" is one of the UN's.
        let own_kind = m.kind == EntityKind::Organization && !tail_words.is_empty() && {
            let kind = input.roles.get(m.entity).copied().unwrap_or("").to_lowercase();
            tail_words.iter().all(|w| kind.split(|c: char| !c.is_alphanumeric()).any(|k| k == w.to_lowercase()))
        };
        let described = (mode != NpMode::Object
            && ((!own_kind && tail_words.iter().any(|w| HEAD_NOUNS.contains(&w.to_lowercase().as_str())))
                || (m.kind != EntityKind::Person
                    && head_before_preposition(&text[np.start..m.range.start], input.lists))))
            || tied_to_person
            || (mode == NpMode::Subject && described_before(&text[np.start..m.range.start]));
        if !described {
            // "According to NEADA": the full name the article gave the acronym before.
            if let Some(full) = expand_acronym(input, &text[m.range.clone()], m.range.start) {
                return Some((Speaker::Name(full, EntityKind::Organization), text[m.range.clone()].to_string()));
            }
            // "Ms Wood said" where the context rules made "Wood" a person of its own: the full name introduced
            // earlier ("His mother Ang Wood said").
            let single = input.roles.get(m.entity).is_some_and(|r| !r.contains(' '));
            if m.kind == EntityKind::Person && single {
                if let Some(full) = earlier_full_name(text, input.lists, &text[m.range.clone()], m.range.start) {
                    return Some((Speaker::Name(full, EntityKind::Person), text[m.range.clone()].to_string()));
                }
                // "Oemlyan said" after "Volodymyr Omelyan": a misspelt surname of a person named just before.
                if let Some(full) = misspelt_full_name(input, &text[m.range.clone()], m.range.start) {
                    return Some((Speaker::Name(full, EntityKind::Person), text[m.range.clone()].to_string()));
                }
            }
            return Some((Speaker::Entity(m.entity), text[m.range.clone()].to_string()));
        }
        // "Republican National Committee Chairman Reince Priebus": a name after the role is the speaker.
        if let Some(name) = name_after_role(phrase, input.lists).filter(|_| !tied_to_person) {
            return Some((Speaker::Name(name.to_string(), EntityKind::Person), phrase.to_string()));
        }
        // "The Ukrainian leader", "Russia's foreign minister": a place before a role may name its holder.
        let role_holder = || (m.kind == EntityKind::Place).then(|| gazetteer_role(input, phrase)).flatten();
        if let Some(sp) = definite_referent(input, phrase, np.start).or_else(role_holder) {
            return Some((sp, phrase.to_string()));
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
            // "she" is not a man the article calls "Mr." or "he" (and the reverse); without a referent of the
            // right gender, the nearest of either.
            let pronoun_female = ["she", "She"].contains(&first);
            let plural = ["they", "They"].contains(&first);
            let quoted = |pos: usize| input.quoted(pos);
            // "Biden ... after he suggested", "Andrej, a soldier, was kept company by his dog. He told me": the
            // person who is the subject of the sentence, or of the sentence before.
            if person {
                if let Some(e) = sentence_subject(input, np.start, pronoun_female) {
                    return Some((Speaker::Entity(e), phrase.to_string()));
                }
                if let Some(d) = indefinite_subject(input, np.start) {
                    return Some((Speaker::Unnamed(d), phrase.to_string()));
                }
            }
            // "Mr Hochman replied ... The Russian president was speaking on Thursday ... 'You get ...,' he told":
            // a definite role naming a known person, subject of a sentence since the last speaker spoke.
            if person {
                if let Some(sp) = role_subject(input, np.start, pronoun_female) {
                    return Some((sp, phrase.to_string()));
                }
            }
            let find = |gendered: bool, reach: usize| {
                let fits = |e: usize| !gendered || !person || gender_of(input, e).is_none_or(|f| f == pronoun_female);
                let mention = input
                    .mentions_before(np.start)
                    .iter()
                    .rev()
                    .find(|m| {
                        m.range.end <= np.start
                            && wanted(m.kind)
                            && !is_possessive(text, m.range.end)
                            && !as_medium(text, &m.range)
                            && !quoted(m.range.start)
                            && fits(m.entity)
                    })
                    .map(|m| m.entity);
                // The last speaker of that kind, if it spoke recently, wins over a name merely mentioned since.
                let speaker = recent_speaker(input, np.start, reach, |sp| match sp {
                    Speaker::Entity(i) => input.kinds.get(*i).is_some_and(|&k| wanted(k)) && fits(*i),
                    // "The Reeds said ... Paula Reed said. She added": a family is no "he" or "she".
                    Speaker::Name(n, k) => {
                        wanted(*k)
                            && !(person && gendered && n.starts_with("The ") && n.ends_with('s'))
                            && (!gendered
                                || !person
                                || first_name_gender(&n.split_whitespace().next().unwrap_or("").to_lowercase())
                                    .is_none_or(|f| f == pronoun_female))
                    }
                    // "Several officials in Kyiv have hinted ... They also warned": a plural description.
                    // "Mr Aslin's family said ... they said": a family. "The Interior Ministry said
                    // ... It added": a body.
                    Speaker::Unnamed(d) => {
                        let head = d.rsplit(' ').next().unwrap_or("").to_lowercase();
                        if plural {
                            plural_description(d) || ["family", "parents", "relatives"].contains(&&*head)
                        } else {
                            !person && NOT_ONE_PERSON.contains(&&*head)
                        }
                    }
                });
                speaker.or(mention.map(Speaker::Entity))
            };
            // A speaker of the right sex a little further back ("she continued" after photo captions) before
            // one of the wrong sex.
            return find(true, 600)
                .or_else(|| if person { find(true, 2000) } else { None })
                .or_else(|| find(false, 600))
                .map(|sp| (sp, phrase.to_string()));
        }
    }
    if mode == NpMode::Object && phrase.split_whitespace().count() > 10 {
        return None;
    }
    // "this person said", "the 34-year-old said": the person (or unnamed source) who spoke last, close before;
    // else the description itself.
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let age = |w: &str| w.starts_with(|c: char| c.is_ascii_digit()) && w.ends_with("-year-old");
    let anaphor = words.len() == 2
        && ((["this", "This", "that", "That"].contains(&words[0])
            && ["person", "source", "official", "man", "woman", "officer"].contains(&words[1]))
            || (["the", "The"].contains(&words[0]) && age(words[1])));
    if anaphor {
        let recent = recent_speaker(input, np.start, 1000, |sp| match sp {
            Speaker::Entity(i) => input.kinds.get(*i) == Some(&EntityKind::Person),
            Speaker::Name(_, k) => *k == EntityKind::Person,
            Speaker::Unnamed(d) => !plural_description(d),
        });
        return Some((recent.unwrap_or_else(|| Speaker::Unnamed(phrase.to_string())), phrase.to_string()));
    }
    if let Some(sp) = statement_source(input, phrase, np.start) {
        return Some((sp, phrase.to_string()));
    }
    if let Some(e) = role_referent(input, phrase, np.start).or_else(|| document_source(input, phrase, np.start)) {
        return Some((Speaker::Entity(e), phrase.to_string()));
    }
    if let Some(sp) = definite_referent(input, phrase, np.start).or_else(|| gazetteer_role(input, phrase)) {
        return Some((sp, phrase.to_string()));
    }
    if let Some(name) = name_after_role(phrase, input.lists) {
        return Some((Speaker::Name(name.to_string(), EntityKind::Person), phrase.to_string()));
    }
    // "G-7 leaders met ... the leaders said": the organization whose leaders the article spoke of.
    if ["the leaders", "The leaders"].contains(&phrase) {
        if let Some(e) = leaders_of(input, np.start) {
            return Some((Speaker::Entity(e), phrase.to_string()));
        }
    }
    // "The troops looked weary, but all said ...": a quantifier standing for the plural description that opens
    // its sentence.
    if ["all", "both", "most", "All", "Both", "Most"].contains(&phrase) {
        if let Some(d) = opening_plural(input, np.start) {
            return Some((Speaker::Unnamed(d), phrase.to_string()));
        }
    }
    if let Some(full) = expand_acronym(input, phrase, np.start) {
        return Some((Speaker::Name(full, EntityKind::Organization), phrase.to_string()));
    }
    let found = match unknown_speaker(phrase, input.lists) {
        Some(found) => found,
        // "according to a report published in March", "According to its website"; the subject of a cue is taken
        // in `resolve_subject`, which knows the cue.
        None if mode == NpMode::According && common_description(phrase, input.lists) => {
            (Speaker::Unnamed(phrase.to_string()), phrase.to_string())
        }
        None => return None,
    };
    // "Penn said" after "Sean Penn ...": the full name introduced earlier in the article.
    if let (Speaker::Name(name, EntityKind::Person), _) = &found {
        if !name.contains(' ') {
            if let Some(full) = earlier_full_name(text, input.lists, name, np.start)
                .or_else(|| misspelt_full_name(input, name, np.start))
            {
                return Some((Speaker::Name(full, EntityKind::Person), phrase.to_string()));
            }
        }
    }
    Some(found)
}

/// "Those who have escaped Izyum", "A consultant who helped ...", "Civilians who fled the city": the offset of
/// "who" (or "whose") in a subject phrase when the words before it describe someone (at most four: a determiner,
/// "those" or "people", or a person noun or plural right before the relative pronoun).
fn relative_in_description(phrase: &str) -> Option<usize> {
    let mut at = 0;
    let mut before: Vec<&str> = Vec::new();
    let words: Vec<&str> = phrase.split(' ').collect();
    for (k, &w) in words.iter().enumerate() {
        // The relative pronoun is the subject of its own verb: "civilians who they say" and "a man who Krivanek
        // said" are another's words, and "Westerners who argue" leaves the cue to the clause.
        let next = words.get(k + 1).copied().unwrap_or("");
        let own_verb = next.starts_with(|c: char| c.is_ascii_lowercase())
            && !["he", "she", "they", "we", "i", "it", "you"].contains(&next);
        if (w == "who" || w == "whose") && !before.is_empty() && own_verb {
            let last = before[before.len() - 1].to_lowercase();
            let first = before[0];
            let described = DETERMINERS.contains(&first)
                || ["Those", "those", "People", "people", "Anyone", "anyone"].contains(&first)
                || HEAD_NOUNS.contains(&last.as_str())
                || KIN.contains(&last.as_str())
                || (last.ends_with('s') && last.chars().all(|c| c.is_ascii_lowercase()));
            let plain = before.iter().all(|w| w.chars().all(|c| c.is_alphanumeric() || c == '-'));
            return (before.len() <= 4 && described && plain).then_some(at);
        }
        before.push(w);
        at += w.len() + 1;
    }
    None
}

/// The last organization before `before` that the article writes as "X leaders" or "leaders of (the) X".
fn leaders_of(input: &ClaimInput, before: usize) -> Option<usize> {
    let text = input.text;
    input
        .mentions_before(before)
        .iter()
        .rev()
        .filter(|m| m.kind == EntityKind::Organization && m.range.end <= before)
        .find(|m| {
            let lead = text[..m.range.start].trim_end();
            let lead = lead.strip_suffix("the").unwrap_or(lead).trim_end();
            text[m.range.end..].starts_with(" leaders") || lead.ends_with("leaders of") || lead.ends_with("Leaders of")
        })
        .map(|m| m.entity)
}

/// "one Ukrainian soldier, known as Olha, said", "One soldier, an elder man called Serhiy, reported": an
/// appositive right before the cue that gives the speaker's name (one or two capitalised words after "called",
/// "named" or "known as").
pub(super) fn named_in_appositive(text: &str, floor: usize, cue_start: usize) -> Option<(Speaker, String)> {
    let left = text[floor..cue_start].trim_end().strip_suffix(',')?;
    let seg = &left[left.rfind(',')? + 1..];
    let words: Vec<&str> = seg.split_whitespace().collect();
    let at = words
        .iter()
        .position(|w| ["called", "named"].contains(w))
        .map(|p| p + 1)
        .or_else(|| words.windows(2).position(|p| p == ["known", "as"]).map(|p| p + 2))?;
    let name = &words[at..];
    let ok = (1..=2).contains(&name.len())
        && name.iter().all(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-'));
    ok.then(|| {
        let name = name.join(" ");
        (Speaker::Name(name.clone(), EntityKind::Person), name)
    })
}

/// An acronym of three to six capitals ("NEADA") spelt out earlier in the article: the capitalised words whose
/// initials it is, small linking words skipped ("National Energy Assistance Directors Association").
fn expand_acronym(input: &ClaimInput, acronym: &str, before: usize) -> Option<String> {
    let letters = acronym.as_bytes();
    if !(3..=6).contains(&letters.len()) || !letters.iter().all(u8::is_ascii_uppercase) {
        return None;
    }
    let text = input.text;
    let end = input.words.partition_point(|w| w.start < before);
    let words = &input.words[..end];
    for i in 0..words.len() {
        let mut k = 0;
        let mut j = i;
        let mut last = None;
        while j < words.len() && k < letters.len() {
            let w = &text[words[j].clone()];
            if j > i && !text[words[j - 1].end..words[j].start].trim().is_empty() {
                break; // punctuation between words ends the name
            }
            if w.as_bytes()[0] == letters[k] && w.len() > 1 && w[1..].chars().any(char::is_lowercase) {
                k += 1;
                last = Some(j);
            } else if !(j > i && ["of", "for", "and", "on", "the"].contains(&w)) {
                break;
            }
            j += 1;
        }
        if k == letters.len() {
            let last = last?;
            return Some(text[words[i].start..words[last].end].to_string());
        }
    }
    None
}

/// The first `Firstname Surname` before `before` whose surname is `surname`.
pub(super) fn earlier_full_name(text: &str, lists: &EntityWords, surname: &str, before: usize) -> Option<String> {
    let hay = &text[..before];
    let mut from = 0;
    while let Some(p) = hay[from..].find(surname) {
        let at = from + p;
        from = at + surname.len();
        let after_ok = !hay[from..].starts_with(char::is_alphanumeric);
        let Some(prev) = hay[..at].strip_suffix(' ') else {
            continue;
        };
        let first_start = prev
            .rfind(|c: char| !c.is_alphanumeric() && c != '-' && c != '.')
            .map_or(0, |i| i + prev[i..].chars().next().map_or(1, char::len_utf8));
        let first = &prev[first_start..];
        // "K.T. McFarland": initials count as a first name.
        let initials = first.ends_with('.') && first.chars().all(|c| c.is_ascii_uppercase() || c == '.');
        // A word ending a sentence ("in Wales. Olga said") is no first name.
        let looks_like_name = first.chars().count() >= 2
            && first.starts_with(char::is_uppercase)
            && (initials || first.chars().skip(1).all(|c| c.is_lowercase() || c == '-'))
            && !entities::is_not_name(lists, first)
            && !entities::is_person_title(lists, first);
        if after_ok && looks_like_name {
            return Some(format!("{first} {surname}"));
        }
    }
    None
}

/// A full name among the 400 words before `before` whose surname is `surname` but for one typing slip (a letter
/// added, dropped, changed or two swapped): "Oemlyan said" after "Volodymyr Omelyan", "Wolf" after "Mark Wolfe".
fn misspelt_full_name(input: &ClaimInput, surname: &str, before: usize) -> Option<String> {
    if surname.len() < 4 || !surname.is_ascii() {
        return None;
    }
    let text = input.text;
    let end = input.words.partition_point(|w| w.start < before);
    let words = &input.words[end.saturating_sub(400)..end];
    words.windows(2).rev().find_map(|pair| {
        let (first, last) = (&text[pair[0].clone()], &text[pair[1].clone()]);
        let near = last != surname
            && last.is_ascii()
            && last.len().max(surname.len()) >= 5
            && last.as_bytes()[0] == surname.as_bytes()[0]
            && one_slip(last.as_bytes(), surname.as_bytes())
            && text[pair[0].end..pair[1].start].trim().is_empty()
            && first.chars().count() >= 2
            && first.starts_with(char::is_uppercase)
            && first.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
            && !entities::is_not_name(input.lists, first)
            && !entities::is_person_title(input.lists, first);
        near.then(|| format!("{first} {last}"))
    })
}

/// Whether `a` and `b` differ by one insertion, deletion, substitution or swap of neighbours.
pub(super) fn one_slip(a: &[u8], b: &[u8]) -> bool {
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let p = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    match a.len() - b.len() {
        0 => {
            a[p + 1..] == b[p + 1..]
                || (p + 1 < a.len() && a[p] == b[p + 1] && a[p + 1] == b[p] && a[p + 2..] == b[p + 2..])
        }
        1 => a[p + 1..] == b[p..],
        _ => false,
    }
}

/// Whether the article shows a person is a woman (`Some(true)`) or a man: a title before a mention ("Ms.",
/// "Mrs.", "Mr."), else the first personal pronoun after a mention in its sentence, before any other person.
pub(super) fn gender_of(input: &ClaimInput, entity: usize) -> Option<bool> {
    // A common first name of either sex first: the pronoun after a mention may be someone else's ("prevent
    // Trump from taking office, ... her former boss").
    let first = input.roles.get(entity).and_then(|r| r.split_whitespace().next()).unwrap_or("");
    let by_name = if input.kinds.get(entity) == Some(&EntityKind::Person) { first_name_gender(first) } else { None };
    by_name.or_else(|| gender_in_text(input, entity))
}

/// Whether a (lower-cased) first name is a common woman's name (`Some(true)`) or man's name.
pub(super) fn first_name_gender(first: &str) -> Option<bool> {
    #[rustfmt::skip]
    const FEMALE: &[&str] = &[
        "mary", "maria", "anna", "anne", "olga", "olena", "oksana", "iryna", "irina", "natalia", "natalya",
        "tatiana", "tetiana", "svetlana", "yulia", "elena", "ekaterina", "kateryna", "victoria", "viktoria",
        "nancy", "kamala", "hillary", "ursula", "angela", "liz", "elizabeth", "jacinda", "sarah", "sara", "emma",
        "jennifer", "jen", "linda", "susan", "karen", "lisa", "laura", "julia", "julie", "jane", "kate",
        "catherine", "stephanie", "nikki", "marjorie", "lauren", "kristi", "samantha", "linda", "michelle",
        "christine", "christina", "annalena", "marine", "kaja", "ingrid", "amy", "elise", "maxine", "mia",
        "sophie", "lyudmila", "ludmila", "valentina", "marina", "alla", "daria", "darya", "hanna", "halyna",
        "ilhan", "alexandria", "nicola", "theresa", "priti", "penny", "rachel", "rebecca", "jill", "melania",
        "ivanka", "andrea", "heather", "amanda", "jessica", "margaret", "patricia", "barbara", "helen", "ruth",
    ];
    #[rustfmt::skip]
    const MALE: &[&str] = &[
        "vladimir", "volodymyr", "dmitry", "dmytro", "sergei", "sergey", "serhiy", "oleksandr", "alexander",
        "alexei", "alexey", "oleksiy", "andriy", "andrei", "andrey", "mykhailo", "mikhail", "yevgeny", "viktor",
        "vitali", "vitaly", "ivan", "igor", "ihor", "oleg", "yuri", "yuriy", "pavel", "pavlo", "nikolai",
        "mykola", "petro", "pyotr", "ramzan", "denis", "denys", "roman", "maxim", "boris", "joe", "donald",
        "john", "james", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
        "mark", "paul", "steven", "kevin", "brian", "george", "edward", "jeff", "ron", "mike", "mitch", "chuck",
        "ted", "tom", "rand", "marco", "bernie", "lloyd", "antony", "jake", "ned", "jens", "olaf",
        "emmanuel", "recep", "xi", "narendra", "justin", "rishi", "keir", "jeremy", "ben", "josep", "charles",
        "matt", "peter", "frederick", "fredrick", "byron", "christopher", "daniel", "anthony", "jim",
        "kirill", "ruslan", "vadym", "vadim", "valery", "valeriy", "anatoly", "gennady", "arseniy", "petr",
    ];
    if FEMALE.contains(&first) {
        Some(true)
    } else if MALE.contains(&first) {
        Some(false)
    } else {
        None
    }
}

/// What the article shows of a person's sex: titles and pronouns (see `gender_of`).
fn gender_in_text(input: &ClaimInput, entity: usize) -> Option<bool> {
    let text = input.text;
    // "Trump's press secretary ... she": a possessive mention says nothing of its own sex.
    let mine = input
        .mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.entity == entity && !is_possessive(input.text, m.range.end));
    for (i, m) in mine {
        let a = ceil_char(text, m.range.start.saturating_sub(6));
        let before = &text[a..m.range.start];
        if before.contains("Ms") || before.contains("Mrs") {
            return Some(true);
        }
        if before.contains("Mr") {
            return Some(false);
        }
        // The words after the mention up to the sentence end or the next person.
        let next_person = input.mentions[i + 1..]
            .iter()
            .find(|n| n.kind == EntityKind::Person && n.entity != entity)
            .map_or(text.len(), |n| n.range.start);
        let b = floor_char(text, (m.range.end + 200).min(next_person).min(text.len()));
        let window = &text[m.range.end..b.max(m.range.end)];
        let window = &window[..window.find(['.', '!', '?']).unwrap_or(window.len())];
        // "Koffler said the new general ... is known for his brutal tactics": in what the person reported, a
        // pronoun after a description of someone else ("the", "a" or "an", then a person noun) is theirs. Before
        // a reporting verb the description is the person's own ("Fursin is the second commander of his group").
        let mut reported = false;
        let mut determiner_at: Option<usize> = None;
        for (k, w) in window.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).enumerate() {
            reported |= input.verbs.get(w).is_some();
            if ["the", "a", "an"].contains(&w) {
                determiner_at = Some(k);
            }
            if reported && PERSON_ROLES.contains(&w) && determiner_at.is_some_and(|d| k - d <= 3) {
                break;
            }
            match w {
                "she" | "her" | "She" | "Her" | "herself" => return Some(true),
                "he" | "his" | "him" | "He" | "His" | "himself" => return Some(false),
                _ => {}
            }
        }
    }
    None
}

/// "the governor", "the ministry", "the spokesman": the last entity mentioned before (outside quotations)
/// whose name or gazetteer description holds the role word.
pub(super) fn role_referent(input: &ClaimInput, phrase: &str, before: usize) -> Option<usize> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    if words.len() < 2 || words.len() > 6 || !["the", "The"].contains(&words[0]) {
        return None;
    }
    let role = words.last()?.to_lowercase();
    if compound_general(&words) {
        return None;
    }
    // "the Russian state-owned oil company" (Rosneft, a "Russian state oil company"): past three words, every
    // lower-case word before the noun must be in the entity's description or introduction too, a "-owned",
    // "-run" or "-controlled" word by its stem; only a body is described so. "the health ministry", "the city
    // council", "the news agency": in three words, a word naming the body's field must fit it too (not the
    // Defence Ministry, the Security Council, the GRU).
    let modifiers: Vec<String> =
        if words.len() > 3 || (words.len() == 3 && FIELDS.contains(&words[1]) && !PEOPLE.contains(&role.as_str())) {
            let lower = &words[1..words.len() - 1];
            if !lower.iter().all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-')) {
                return None;
            }
            lower
                .iter()
                .filter(|w| w.starts_with(char::is_lowercase))
                .map(|w| {
                    let w = ["-owned", "-run", "-controlled"].iter().fold(*w, |w, s| w.trim_end_matches(s));
                    w.to_string()
                })
                .collect()
        } else {
            Vec::new()
        };
    // Nouns of a person. Every other role noun (BODIES) only an organization is: "the court", "the agency", "the
    // group" are no person whose description or neighbourhood holds the word ("asking the court" near "Aslin's
    // defense").
    const PEOPLE: &[&str] = &[
        "governor",
        "mayor",
        "president",
        "minister",
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
    ];
    // Nouns of a body: "the ministry", "the agency", "the paper".
    const BODIES: &[&str] = &[
        "ministry",
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
        "association",
        "institute",
        "foundation",
        "commission",
        "authority",
        "paper",
        "newspaper",
        "center",
        "centre",
        "outlet",
        "broadcaster",
        "publication",
    ];
    // "the paper" (The Guardian, a "British newspaper"; "Italian newspaper Il Tirreno"), "the center" (the Joint
    // Coordination Centre): nouns of a body, which only an organization is, under either spelling, and which
    // the organization's own name, description or introduction holds ("a Russian-language newspaper based in
    // the EU" does not make the EU one).
    // "the outlet", "the broadcaster" (the Kyiv Independent, a "news outlet"; Reuters, a "news agency"): any
    // news medium. "The bloc" (the EU, a "political and economic union"; NATO, an "alliance").
    let forms: &[&str] = match role.as_str() {
        "paper" | "newspaper" => &["paper", "newspaper"],
        "center" | "centre" => &["center", "centre"],
        "outlet" | "broadcaster" | "publication" => &[
            "outlet",
            "broadcaster",
            "publication",
            "newspaper",
            "paper",
            "news",
            "channel",
            "network",
            "magazine",
            "tabloid",
            "website",
        ],
        "bloc" => &["bloc", "union", "alliance"],
        _ => &[],
    };
    let body = !PEOPLE.contains(&role.as_str());
    let news = ["outlet", "broadcaster", "publication"].contains(&role.as_str());
    if !modifiers.is_empty() && !body {
        return None;
    }
    if !PEOPLE.contains(&role.as_str()) && !BODIES.contains(&role.as_str()) {
        return None;
    }
    let quoted = |pos: usize| input.quoted(pos);
    // "the American president" is not the last president named, unless that one is American.
    let qualifiers = capitalised_qualifiers(&words);
    input
        .mentions_before(before)
        .iter()
        .rev()
        .filter(|m| m.range.end <= before && !quoted(m.range.start))
        // "the ministry", "the company": a person or a body, never a place mentioned near the word.
        // "shown on RT ... The broadcaster said": a medium is what a news noun names.
        .filter(|m| m.kind != EntityKind::Place && (news || !as_medium(input.text, &m.range)))
        .filter(|m| !body || m.kind == EntityKind::Organization)
        .find(|m| {
            let has = |r: &str| {
                r.split(|c: char| !c.is_alphanumeric()).any(|w| {
                    w == role || forms.contains(&w) || (["alliance", "bloc"].contains(&role.as_str()) && w == "nato")
                })
            };
            // The gazetteer's description, or how this article introduced the entity: "Governor Pavlo
            // Kyrylenko", "the regional governor, Oleksandr Prokudin", "Kirby, the spokesman for ...".
            // The text around stops at the phrase itself ("the Supreme Court, and the attorney general has
            // asked": the court is not the attorney general).
            let role = current_role(input, m.entity);
            let role = role.as_ref();
            let lower = role.to_lowercase();
            let modifiers_fit =
                |r: &str| modifiers.iter().all(|w| r.split(|c: char| !c.is_alphanumeric()).any(|x| x == w));
            if has(role) && qualifiers_fit(&qualifiers, role) && modifiers_fit(&lower) {
                return true;
            }
            let near = if forms.is_empty() {
                around(&input.text[..before], m.range.clone(), 40).to_lowercase()
            } else {
                // The noun among the three words right before the name: "Italian newspaper Il Tirreno".
                let lead = input.text[..m.range.start].rsplit(' ').take(4).collect::<Vec<_>>();
                lead.iter().rev().map(|w| w.to_lowercase()).collect::<Vec<_>>().join(" ")
            };
            // A body whose own name or description gives a country is not qualified by another country near
            // it: "the Russian military" is not the "military of Ukraine" named in a sentence about Russia.
            let own_country = body
                && DEMONYMS
                    .iter()
                    .any(|(d, c)| lower.split(|c: char| !c.is_alphanumeric()).any(|x| x == *d) || lower.contains(c));
            let countries: Vec<String> = qualifiers.iter().filter(|q| demonym_country(q).is_some()).cloned().collect();
            let near_fits = (!own_country || qualifiers_fit(&countries, &lower)) && qualifiers_fit(&qualifiers, &near);
            (has(role) || has(&near))
                && (qualifiers_fit(&qualifiers, role) || near_fits)
                && (modifiers_fit(&lower) || modifiers_fit(&near))
        })
        .map(|m| m.entity)
}

/// Words naming a body's field ("the health ministry", "the city council"), which its name or description gives.
#[rustfmt::skip]
const FIELDS: &[&str] = &[
    "defense", "defence", "interior", "health", "transport", "foreign", "finance", "economy", "justice",
    "education", "energy", "culture", "agriculture", "emergencies", "city", "police", "news", "trial", "space",
    "intelligence", "nuclear",
];

/// An entity's name and gazetteer description without the offices it came to after the article's date ("Liz
/// Truss" was no prime minister yet in March 2022). Offices that ended stay: "the former president", "the Soviet
/// leader". Undated articles keep every office.
fn current_role<'i>(input: &ClaimInput<'i>, entity: usize) -> std::borrow::Cow<'i, str> {
    let role = input.roles.get(entity).copied().unwrap_or("");
    let Some(date) = input.date else {
        return role.into();
    };
    // The years are the last parenthesis that opens with a digit: "(kremlin spokesman) (2012-)".
    let begun = |seg: &&str| {
        let years = seg
            .rmatch_indices('(')
            .map(|(i, _)| seg[i + 1..].split(')').next().unwrap_or(""))
            .find(|y| y.starts_with(|c: char| c.is_ascii_digit()));
        years.is_none_or(|y| {
            y.split(',')
                .any(|span| year_month(span.split(['-', '–']).next().unwrap_or(""), 1).is_some_and(|from| from <= date))
        })
    };
    // Most descriptions hold no later office: no copy then.
    if role.split(';').all(|seg| begun(&seg)) {
        return role.into();
    }
    role.split(';').filter(begun).collect::<Vec<_>>().join(";").into()
}

/// "the attorney general", "the secretary general": a title of its own, not a general, which the article need
/// not have given anyone before.
fn compound_general(words: &[&str]) -> bool {
    words.len() >= 3 && words[words.len() - 1] == "general" && words[words.len() - 2].starts_with(char::is_lowercase)
}

/// Person nouns that a definite description may end with ("the Ukrainian official", "the aide").
#[rustfmt::skip]
const PERSON_ROLES: &[&str] = &[
    "official", "aide", "adviser", "advisor", "parliamentarian", "senator", "lawmaker", "diplomat", "politician",
    "ceo", "founder", "chairman", "chairwoman", "director", "executive", "actor", "actress", "journalist",
    "reporter", "host", "analyst", "expert", "lawyer", "economist", "negotiator", "spokesperson", "spokesman",
    "spokeswoman", "minister", "governor", "mayor", "president", "commander", "general", "envoy", "ambassador",
    "secretary", "chief", "leader", "billionaire", "entrepreneur", "businessman", "businesswoman", "activist",
    "opposition", "politician", "professor", "researcher", "scientist", "soldier", "officer", "colonel", "captain",
    "deputy", "candidate", "nominee", "lawmaker", "congressman", "congresswoman", "premier", "chancellor", "head",
];

/// "The Ukrainian official said", "the aide", "The Tesla CEO": a definite description of someone the article
/// has already introduced. An unnamed source described with the same noun that spoke recently ("a White
/// House official" ... "the official added"), else the last person whose introduction or gazetteer
/// description holds the noun, else the last person who spoke within a few sentences.
pub(super) fn definite_referent(input: &ClaimInput, phrase: &str, before: usize) -> Option<Speaker> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    if words.len() < 2 || words.len() > 5 || !["the", "The"].contains(&words[0]) {
        return None;
    }
    // "the head of the agency", "the official in charge": only adjectives and names before the noun.
    if words[1..].iter().any(|w| ["of", "for", "in", "at", "to", "and", "who", "from", "with"].contains(w)) {
        return None;
    }
    let head = words.last()?.to_lowercase();
    if !PERSON_ROLES.contains(&head.as_str()) || compound_general(&words) {
        return None;
    }
    const RECENT: usize = 1500;
    let speakers = input.speakers.borrow();
    let recent = || speakers.iter().rev().filter(|(pos, _)| *pos < before && before - pos < RECENT);
    let person = |i: usize| input.kinds.get(i) == Some(&EntityKind::Person);
    // An unnamed source with the same head noun.
    if let Some((_, sp)) = recent().find(|(_, sp)| match sp {
        Speaker::Unnamed(d) => d.split_whitespace().last().is_some_and(|w| w.eq_ignore_ascii_case(&head)),
        _ => false,
    }) {
        return Some(sp.clone());
    }
    let qualifiers = capitalised_qualifiers(&words);
    let country = qualifiers.iter().find_map(|q| demonym_country(q).or_else(|| country_name(q)));
    // A country's office holder at the article's date first: "the US president" in 2022 is Biden, whoever
    // else the article named just before.
    if country.is_some() {
        if let Some(sp) = gazetteer_role(input, phrase) {
            return Some(sp);
        }
    }
    let fits = |r: &str| qualifiers_fit(&qualifiers, r);
    // A person the article introduced with that noun ("Tesla CEO Elon Musk", "Kirby, the spokesman").
    let quoted = |pos: usize| input.quoted(pos);
    let has = |r: &str| r.split(|c: char| !c.is_alphanumeric()).any(|w| w == head) && fits(r);
    let possessive = |m: &EntityMention| {
        let t = &input.text[m.range.clone()];
        t.ends_with("'s") || t.ends_with("’s") || is_possessive(input.text, m.range.end)
    };
    let earlier =
        input.mentions_before(before).iter().rev().filter(|m| m.range.end <= before && !quoted(m.range.start));
    if let Some(m) = earlier.filter(|m| !possessive(m)).find(|m| {
        m.kind == EntityKind::Person
            && (has(&current_role(input, m.entity))
                || has(&around(&input.text[..before], m.range.clone(), 60).to_lowercase()))
    }) {
        return Some(Speaker::Entity(m.entity));
    }
    if let Some(sp) = gazetteer_role(input, phrase) {
        return Some(sp);
    }
    // The last person who spoke, if recently, unless the description names a country or an organization ("the
    // Ukrainian leader", "the White House press secretary" are not whoever spoke last).
    // "The Ukrainian official" may be the last speaker, if that person's role is Ukraine's.
    let countries_only = qualifiers.iter().all(|q| demonym_country(q).or_else(|| country_name(q)).is_some());
    let of_country = |i: usize| {
        let role = input.roles.get(i).copied().unwrap_or("");
        country.is_none_or(|c| role.contains(c) || DEMONYMS.iter().any(|(d, dc)| *dc == c && role.contains(d)))
    };
    if !qualifiers.is_empty() && (!countries_only || !role_synonyms(&head).is_empty()) {
        return None;
    }
    // "Vyacheslav Gladkov ... the city's mayor said": not a person whose gazetteer description gives another
    // office and not this one.
    // Only offices of one holder each: "the official", "the diplomat" or "the leader" may be anyone's.
    const OFFICES: &[&str] = &["mayor", "governor", "ambassador", "senator", "chancellor", "prosecutor"];
    let other_office = |i: usize| {
        if !OFFICES.contains(&head.as_str()) {
            return false;
        }
        let role = current_role(input, i);
        let words: Vec<&str> = role.split(|c: char| !c.is_alphanumeric()).collect();
        !words.contains(&head.as_str())
            && words.iter().any(|w| OFFICES.contains(w) || ["minister", "president"].contains(w))
    };
    let last = recent().find(|(_, sp)| match sp {
        Speaker::Entity(i) => person(*i) && of_country(*i) && !other_office(*i),
        Speaker::Name(_, k) => *k == EntityKind::Person && country.is_none(),
        Speaker::Unnamed(_) => false,
    });
    // "Keir Giles said ... A senior Western official who spoke on condition of anonymity said ... the official
    // said": an unnamed source the article introduced with the noun since that person spoke is the one meant.
    let since = last.map_or(before.saturating_sub(RECENT), |(pos, _)| *pos);
    if let Some(d) = indefinite_since(input, &head, since, before) {
        return Some(Speaker::Unnamed(d));
    }
    last.map(|(_, sp)| sp.clone())
}

/// Words before a role noun that any holder of the role fits: the description names no particular one.
#[rustfmt::skip]
const ANY_HOLDER: &[&str] = &[
    "its", "the", "a", "an", "local", "regional", "provincial", "city's", "city’s", "town's", "town’s",
    "country's", "country’s", "nation's", "nation’s", "region's", "region’s", "state's", "state’s", "oblast's",
    "oblast’s", "area's", "area’s", "current",
];

/// "Ukrainian women are resorting to cutting off their hair ..., according to a town’s mayor. ... Deputy mayor
/// Maryna Beschastna said ...", "..., its governor has said. “...,” Kaliningrad Region Governor Anton Alikhanov
/// told ...": a description of one office holder ("the"/"its"/a possessive, modifiers, a person noun) that the
/// article had not named before, and the one person introduced with that noun within the next few sentences
/// (a title before the name, an appositive after it, or the gazetteer's description), every other word of the
/// description found there too ("Ireland's finance minister" is no "Dutch Prime Minister"). None when two people
/// fit.
fn later_holder(input: &ClaimInput, phrase: &str, after: usize) -> Option<usize> {
    let text = input.text;
    let words: Vec<&str> = phrase.split_whitespace().collect();
    if words.len() < 2 || words.len() > 6 {
        return None;
    }
    let first = words[0];
    let possessive = |w: &str| w.ends_with("'s") || w.ends_with("’s");
    let definite = ["the", "The", "its", "Its"].contains(&first)
        || possessive(first)
        || (["a", "an", "A", "An"].contains(&first) && possessive(words[1]));
    if !definite || words.iter().any(|w| ["of", "for", "in", "at", "to", "and", "who", "from", "with"].contains(w)) {
        return None;
    }
    let head = words.last()?.to_lowercase();
    // Officials and sources are most often unnamed on purpose.
    if !PERSON_ROLES.contains(&head.as_str()) || ["official", "head", "deputy"].contains(&head.as_str()) {
        return None;
    }
    let modifiers: Vec<String> = words[..words.len() - 1]
        .iter()
        .filter(|w| !ANY_HOLDER.contains(&w.to_lowercase().as_str()))
        .map(|w| w.trim_end_matches("'s").trim_end_matches("’s").to_lowercase())
        .collect();
    let fits = |intro: &str| {
        let intro = intro.to_lowercase();
        let has = |w: &str| intro.split(|c: char| !c.is_alphanumeric() && c != '.').any(|x| x == w);
        has(&head)
            && modifiers.iter().all(|q| {
                has(q)
                    || demonym_country(q).is_some_and(|c| intro.contains(c))
                    || DEMONYMS.iter().any(|(d, c)| *c == q.as_str() && has(d))
            })
    };
    // "Klimov argued. The senator stressed ... fellow senator Andrey Klishas": a person who spoke just before
    // is more likely the one described than someone named later.
    let person_spoke = recent_speaker(input, after, 1000, |sp| match sp {
        Speaker::Entity(i) => input.kinds.get(*i) == Some(&EntityKind::Person),
        Speaker::Name(_, k) => *k == EntityKind::Person,
        Speaker::Unnamed(_) => false,
    });
    if person_spoke.is_some() {
        return None;
    }
    let end = floor_char(text, (after + 700).min(text.len()));
    let first_mention = input.mentions.partition_point(|m| m.range.start < after);
    let mut found: Option<usize> = None;
    for m in input.mentions[first_mention..].iter().take_while(|m| m.range.start < end) {
        if m.kind != EntityKind::Person || found == Some(m.entity) || input.quoted(m.range.start) {
            continue;
        }
        if is_possessive(text, m.range.end) || !text[m.range.clone()].contains(' ') {
            continue;
        }
        // The title: up to five words right before the name, within its sentence.
        let lead = &text[ceil_char(text, m.range.start.saturating_sub(60))..m.range.start];
        let open = lead.rfind(['.', '!', '?', ',', '"', '“', '”', ':', ';']);
        let lead = &lead[open.map_or(0, |i| i + lead[i..].chars().next().map_or(1, char::len_utf8))..];
        let title = lead.split_whitespace().rev().take(5).collect::<Vec<_>>().join(" ");
        // The appositive: ", the governor of the Luhansk region,".
        let tail = &text[m.range.end..floor_char(text, (m.range.end + 80).min(text.len()))];
        let appositive = tail
            .strip_prefix(", ")
            .filter(|t| {
                ["the ", "a ", "an "].iter().any(|d| t.starts_with(d)) || possessive(t.split(' ').next().unwrap_or(""))
            })
            .map_or("", |t| &t[..t.find([',', '.', ';']).unwrap_or(t.len())]);
        if fits(&title) || fits(appositive) || fits(&current_role(input, m.entity)) {
            // Someone the article named before the description is not introduced after it.
            if found.is_some() || input.mentions_before(after).iter().any(|b| b.entity == m.entity) {
                return None;
            }
            found = Some(m.entity);
        }
    }
    found
}

/// "a senior Western official", "An official": the last indefinite description in `since..before` (outside
/// quotations) whose noun is `head`, with at most three words between the article and the noun.
fn indefinite_since(input: &ClaimInput, head: &str, since: usize, before: usize) -> Option<String> {
    let text = input.text;
    let lo = input.words.partition_point(|w| w.start < since);
    let hi = input.words.partition_point(|w| w.start < before);
    let ws = &input.words[lo..hi];
    (0..ws.len()).rev().filter(|&k| text[ws[k].clone()].eq_ignore_ascii_case(head)).find_map(|k| {
        let from = k.saturating_sub(4);
        let a = (from..k).rev().find(|&j| ["a", "an", "A", "An"].contains(&&text[ws[j].clone()]))?;
        let span = ws[a].start..ws[k].end;
        let plain = text[span.clone()].chars().all(|c| c.is_alphanumeric() || c == ' ' || c == '-');
        (plain && !input.quoted(span.start)).then(|| text[span].to_string())
    })
}

/// Demonyms and the country they name, for roles ("the Ukrainian leader", "Russian foreign minister").
#[rustfmt::skip]
const DEMONYMS: &[(&str, &str)] = &[
    ("ukrainian", "ukraine"), ("russian", "russia"), ("american", "united states"), ("u.s.", "united states"),
    ("us", "united states"), ("british", "united kingdom"), ("uk", "united kingdom"), ("german", "germany"),
    ("french", "france"), ("polish", "poland"), ("chinese", "china"), ("belarusian", "belarus"),
    ("turkish", "turkey"), ("italian", "italy"), ("israeli", "israel"), ("iranian", "iran"),
    ("lithuanian", "lithuania"), ("latvian", "latvia"), ("estonian", "estonia"), ("finnish", "finland"),
    ("swedish", "sweden"), ("moldovan", "moldova"), ("hungarian", "hungary"), ("japanese", "japan"),
    ("canadian", "canada"), ("dutch", "netherlands"), ("romanian", "romania"), ("georgian", "georgia"),
    ("norwegian", "norway"), ("danish", "denmark"), ("spanish", "spain"), ("czech", "czech"),
    ("slovak", "slovakia"), ("kazakh", "kazakhstan"), ("indian", "india"), ("korean", "korea"),
];

/// "The US president", "the White House press secretary": the capitalised words between the article and the
/// role noun (a country by its name or demonym, an organization), lower-cased, possessives dropped.
fn capitalised_qualifiers(words: &[&str]) -> Vec<String> {
    words[1..words.len().saturating_sub(1).max(1)]
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .map(|w| w.trim_end_matches("'s").trim_end_matches("’s").to_lowercase())
        .collect()
}

/// Whether a role text (lower-cased) holds every qualifier, a demonym also by its country's name.
fn qualifiers_fit(qualifiers: &[String], role: &str) -> bool {
    qualifiers.iter().all(|q| {
        role.split(|c: char| !c.is_alphanumeric() && c != '.').any(|x| x == q)
            || demonym_country(q).is_some_and(|c| role.contains(c))
    })
}

/// The governments the gazetteer names, by their country as `DEMONYMS` writes it.
const GOVERNMENTS: &[(&str, &str)] = &[
    ("ukraine", "Cabinet of Ministers of Ukraine"),
    ("russia", "Government of Russia"),
    ("united kingdom", "UK Government"),
    ("united states", "US Government"),
];

/// Capitals that stand for their country's government ("the Kyiv government", "the government in Moscow").
const CAPITALS: &[(&str, &str)] =
    &[("kyiv", "ukraine"), ("kiev", "ukraine"), ("moscow", "russia"), ("london", "united kingdom")];

/// "the Ukrainian government", "Russia's government", "The U.K. government", "the government in Kyiv", "the
/// government of the United States", "President Volodymyr Zelensky's Government": a country's government, by
/// the name the gazetteer gives it (`GOVERNMENTS`). A country (its name, demonym or capital) or the possessive
/// of a person whose office is that country's presidency or premiership; None for other countries and for
/// any other words ("the local government", "its government").
fn country_government(input: &ClaimInput, np: &Range<usize>, phrase: &str) -> Option<Speaker> {
    // Most phrases hold no "government": one search before splitting into words.
    if !phrase.contains("overnment") {
        return None;
    }
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let bare = words.len() == 2;
    let words = words.strip_prefix(&["the"]).or_else(|| words.strip_prefix(&["The"])).unwrap_or(&words);
    if bare && words.len() == 1 && words[0].eq_ignore_ascii_case("government") {
        return earlier_government(input, np.start);
    }
    let at = words.iter().position(|w| w.eq_ignore_ascii_case("government"))?;
    let country_of = |ws: &[&str]| {
        let w = ws.join(" ");
        let w = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(&w).to_lowercase();
        demonym_country(&w)
            .or_else(|| country_name(&w))
            .or_else(|| demonym_country(&w.replace('.', "")))
            .or_else(|| CAPITALS.iter().find(|(c, _)| *c == w).map(|(_, c)| *c))
    };
    let capitalised = |ws: &[&str]| !ws.is_empty() && ws.iter().all(|w| w.starts_with(char::is_uppercase));
    let country = match (&words[..at], &words[at + 1..]) {
        (before, []) if capitalised(before) && before.len() <= 2 => country_of(before),
        ([], [link, rest @ ..]) if ["of", "in"].contains(link) => {
            let rest = rest.strip_prefix(&["the"]).unwrap_or(rest);
            (capitalised(rest) && rest.len() <= 2).then(|| country_of(rest)).flatten()
        }
        _ => None,
    };
    // "President Volodymyr Zelensky's Government", "Putin's government": the government its leader heads.
    let leader = || {
        let last = words[..at].last()?;
        if at > 4 || !capitalised(&words[..at]) || !(last.ends_with("'s") || last.ends_with("’s")) {
            return None;
        }
        let person = mentions_within(input.mentions, np)
            .filter(|m| {
                let t = &input.text[m.range.clone()];
                m.kind == EntityKind::Person
                    && (t.ends_with("'s") || t.ends_with("’s") || is_possessive(input.text, m.range.end))
            })
            .last()?;
        let role = current_role(input, person.entity);
        GOVERNMENTS.iter().map(|(c, _)| *c).find(|c| {
            ["president of", "prime minister of"]
                .iter()
                .any(|o| role.contains(&format!("{o} {c} (")) || role.contains(&format!("{o} the {c} (")))
        })
    };
    let country = country.or_else(leader)?;
    GOVERNMENTS.iter().find(|(c, _)| *c == country).map(|(_, g)| Speaker::Name(g.to_string(), EntityKind::Organization))
}

/// "The Ukrainian government said ... The government added": a bare "the government" is the country's government
/// the article named last before `before` (within `EARLIER_GOVERNMENT` bytes), passing over other bare or
/// indefinite ones ("a government spokesperson"). None when the last one named is of another country the
/// gazetteer has no government of, or another government ("the local government", "the federal government").
fn earlier_government(input: &ClaimInput, before: usize) -> Option<Speaker> {
    const EARLIER_GOVERNMENT: usize = 2000;
    let text = input.text;
    let lo = ceil_char(text, before.saturating_sub(EARLIER_GOVERNMENT));
    for (i, _) in text[lo..before].rmatch_indices("overnment") {
        let g = lo + i;
        let end = g + "overnment".len();
        // A word of its own: "government", not "governments", "government-run" or "ungovernmental".
        if g == 0 || !matches!(text.as_bytes()[g - 1], b'g' | b'G') {
            continue;
        }
        let g = g - 1;
        let next = text[end..].chars().next();
        if text[..g].ends_with(char::is_alphanumeric) || next.is_some_and(|c| c.is_alphanumeric() || c == '-') {
            continue;
        }
        // The words before it in its clause: up to three.
        let lead = &text[g.saturating_sub(60)..g];
        let lead = lead.rsplit([',', '.', ';', ':', '(', '"', '“', '\n']).next().unwrap_or("");
        let before_words: Vec<&str> = lead.split_whitespace().collect();
        let before_words = &before_words[before_words.len().saturating_sub(3)..];
        let last = before_words.last().copied().unwrap_or("");
        let linked = text[end..].starts_with(" of ") || text[end..].starts_with(" in ");
        if ["a", "A", "an", "An", "any", "every"].contains(&last) || (["the", "The"].contains(&last) && !linked) {
            continue;
        }
        // The phrase as `country_government` reads it: from the first capitalised word (or "the") before, to the
        // place after "of"/"in".
        let from = before_words
            .iter()
            .position(|w| w.starts_with(char::is_uppercase) || *w == "the")
            .map_or(g, |k| g - before_words[k..].iter().map(|w| w.len() + 1).sum::<usize>());
        let mut to = end;
        if linked {
            let tail = &text[end + 4..];
            let seg = &tail[..tail.find([',', '.', ';', ':', ')', '"', '”', '\n']).unwrap_or(tail.len())];
            let mut taken = 0;
            // "the United States", "Ukraine": the capitalised words after it.
            let names = seg.split_whitespace().enumerate();
            for (_, w) in
                names.take_while(|(k, w)| w.starts_with(char::is_uppercase) || (*k == 0 && *w == "the")).take(3)
            {
                taken += seg[taken..].find(w).unwrap_or(0) + w.len();
            }
            to = end + 4 + taken;
        }
        let range = from..to;
        let sp = country_government(input, &range, text[range.clone()].trim())?;
        // Not when another country is named since ("The UK government created the post ... Japan appointed a
        // minister ... so the government pledged" is Japan's).
        let Speaker::Name(name, _) = &sp else { return None };
        let (country, _) = GOVERNMENTS.iter().find(|(_, g)| g == name)?;
        let other = input.mentions_before(before).iter().filter(|m| m.range.start >= range.end).any(|m| {
            let role = input.roles.get(m.entity).copied().unwrap_or("");
            m.kind == EntityKind::Place && role.contains(" country") && !role.starts_with(country)
        });
        return (!other).then_some(sp);
    }
    None
}

/// "the Defense Ministry in Moscow", "The foreign ministry in Oslo": an organization and the place it sits in,
/// and nothing else, speak as the organization.
fn body_in_place(input: &ClaimInput, np: &Range<usize>) -> Option<usize> {
    let text = input.text;
    let phrase = text.get(np.clone())?;
    // Most phrases hold no " in ": one search first.
    if !phrase.contains(" in ") {
        return None;
    }
    let mut inside = mentions_within(input.mentions, np);
    let (org, place) = (inside.next()?, inside.next()?);
    if inside.next().is_some() || org.kind != EntityKind::Organization || place.kind != EntityKind::Place {
        return None;
    }
    let lead = text[np.start..org.range.start].trim();
    let fits = ["", "the", "The"].contains(&lead)
        && text.get(org.range.end..place.range.start) == Some(" in ")
        && text[place.range.end..np.end].trim().is_empty();
    fits.then_some(org.entity)
}

/// "US", "Russia's": a country written by its name, as the gazetteer's role descriptions write it.
fn country_name(word: &str) -> Option<&'static str> {
    DEMONYMS.iter().find(|(_, c)| *c == word).map(|(_, c)| *c)
}

/// The country a demonym names.
pub(super) fn demonym_country(word: &str) -> Option<&'static str> {
    DEMONYMS.iter().find(|(d, _)| *d == word).map(|(_, c)| *c)
}

/// Other words a role is written with in gazetteer descriptions.
fn role_synonyms(head: &str) -> &'static [&'static str] {
    match head {
        "leader" => &["president", "leader", "chancellor", "premier"],
        "president" => &["president"],
        "mayor" => &["mayor"],
        "governor" => &["governor"],
        "minister" => &["minister"],
        "chancellor" => &["chancellor"],
        "premier" => &["premier", "prime"],
        "spokesperson" | "spokesman" | "spokeswoman" => &["spokesperson", "spokesman", "spokeswoman", "press"],
        "chief" => &["chief", "head", "commander-in-chief"],
        "commander" => &["commander", "commander-in-chief"],
        _ => &[],
    }
}

/// "Russia's foreign minister", "the Ukrainian leader", "Mariupol's mayor": the one gazetteer person whose
/// description holds the role for that place in the article's year (or an open-ended role when the year is
/// unknown). None when no one or several match.
pub(super) fn gazetteer_role(input: &ClaimInput, phrase: &str) -> Option<Speaker> {
    let words: Vec<String> = phrase
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '.').to_lowercase())
        .collect();
    if words.len() < 2 || words.len() > 5 {
        return None;
    }
    let head = words.last()?.as_str();
    let synonyms = role_synonyms(head);
    if synonyms.is_empty() {
        return None;
    }
    // The place: a possessive ("russia's") or a demonym ("russian"); qualifiers: the other lower-case words
    // ("foreign", "defense").
    let mut place: Option<String> = None;
    let mut qualifiers: Vec<&str> = Vec::new();
    for w in &words[..words.len() - 1] {
        if let Some(p) = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")) {
            place = Some(demonym_country(p).unwrap_or(p).to_string());
        } else if let Some(c) = demonym_country(w) {
            place = Some(c.to_string());
        } else if ["the", "top", "country's", "new", "current"].contains(&w.as_str()) {
        } else {
            qualifiers.push(w.as_str());
        }
    }
    let place = place?;
    if qualifiers.iter().any(|q| ["former", "deputy", "vice", "acting", "ex"].contains(q)) || qualifiers.len() > 2 {
        return None;
    }
    let demonym = DEMONYMS.iter().find(|(_, c)| *c == place).map(|(d, _)| *d);
    let has_word = |seg: &str, w: &str| seg.split(|c: char| !c.is_alphanumeric() && c != '-').any(|x| x == w);
    let qualifier_in = |seg: &str, q: &str| match q {
        "defense" | "defence" => has_word(seg, "defense") || has_word(seg, "defence"),
        "foreign" => has_word(seg, "foreign"),
        _ => has_word(seg, q),
    };
    let mut found: Option<&str> = None;
    // The place and its demonym are looked for in every gazetteer description: their searchers are built once.
    let place_finder = memchr::memmem::Finder::new(place.as_str());
    let demonym_finder = demonym.map(memchr::memmem::Finder::new);
    for (name, desc) in input.people {
        // Cheap test first: the description must name the place.
        if place_finder.find(desc.as_bytes()).is_none()
            && demonym_finder.as_ref().is_none_or(|d| d.find(desc.as_bytes()).is_none())
        {
            continue;
        }
        let holds = desc.split(';').any(|seg| {
            let (role, years) = seg.split_once('(').unwrap_or((seg, ""));
            // The clause of the first role noun: "ukrainian mp, leader of the holos party" leads a party, not
            // Ukraine.
            let role = role.split(',').find(|cl| role_words(cl).any(is_office)).unwrap_or(role);
            // The role's own noun comes first: "adviser to the mayor of mariupol" is not the mayor, nor is
            // "permanent representative of the president of ukraine in crimea" the president.
            let first_role = role_words(role).find(|w| is_office(w));
            // "Russian-installed mayor of occupied Mariupol", "Acting President": not the office holder.
            let irregular = ["installed", "occupied", "acting", "former", "deputy", "vice", "self-proclaimed"]
                .iter()
                .any(|w| role.contains(w));
            // "Leader of the Liberal Democratic Party of Russia", "Leader of A Just Russia" lead a party, not
            // Russia: without qualifiers, the place comes right after the role noun ("president of russia").
            let party = qualifiers.is_empty()
                && first_role.is_some_and(|r| {
                    !role.contains(&format!("{r} of {place}"))
                        && !role.contains(&format!("{r} of the {place}"))
                        && !demonym.is_some_and(|d| role.contains(&format!("{d} {r}")))
                });
            first_role.is_some_and(|r| synonyms.contains(&r))
                && !irregular
                && !party
                && (has_phrase(role, place.as_str()) || demonym.is_some_and(|d| has_word(role, d)))
                && qualifiers.iter().all(|q| qualifier_in(role, q))
                && in_office(years, input.date)
        });
        if holds {
            if found.is_some_and(|f| f != name) {
                return None;
            }
            found = Some(name);
        }
    }
    found.map(|n| Speaker::Name(n.to_string(), EntityKind::Person))
}

/// A noun naming someone's post in a gazetteer description: the person roles, and posts held on behalf of
/// someone else ("representative of the president", "member of the council").
fn is_office(w: &str) -> bool {
    PERSON_ROLES.contains(&w) || ["representative", "member", "commissioner", "ombudsman", "assistant"].contains(&w)
}

/// Whether `phrase` occurs in `s` as whole words ("russia" in "president of russia", not in "pro-russian").
fn has_phrase(s: &str, phrase: &str) -> bool {
    let part = |c: char| c.is_alphanumeric() || c == '-';
    s.match_indices(phrase).any(|(i, _)| !s[..i].ends_with(part) && !s[i + phrase.len()..].starts_with(part))
}

fn role_words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric() && c != '-')
}

/// "2019-)", "2004-2019)", "2022)", "2005-2009, 2013-2017)", "2019/07-2022/09)": whether the article's year and
/// month fall in one of the spans (a span given in years runs from January to December; a month given with
/// "/" matters for offices that changed hands within a year, like the UK's prime ministers in 2022); without
/// a date, whether a span is still open.
fn in_office(years: &str, date: Option<(i32, u8)>) -> bool {
    let years = years.split(')').next().unwrap_or("");
    if years.trim().is_empty() {
        return date.is_none();
    }
    years.split(',').any(|span| {
        let mut it = span.split(['-', '–']).map(str::trim);
        let from = it.next().and_then(|y| year_month(y, 1));
        let to = it.next();
        let open = to.is_some_and(str::is_empty);
        // "2022)": that year only.
        let to = to.map_or_else(|| from.map(|(y, _)| (y, 12)), |t| year_month(t, 12));
        match (date, from) {
            (None, _) => open,
            (Some(d), Some(f)) => d >= f && (open || to.is_some_and(|t| d <= t)),
            (Some(_), None) => false,
        }
    })
}

/// "2022" or "2022/09" as (year, month), the month defaulting to `month`.
fn year_month(s: &str, month: u8) -> Option<(i32, u8)> {
    let (y, m) = s.trim().split_once('/').unwrap_or((s.trim(), ""));
    Some((y.parse().ok()?, if m.is_empty() { month } else { m.parse().ok()? }))
}

/// The first character boundary of `text` at or after byte `i` (at most `text.len()`).
fn ceil_char(text: &str, i: usize) -> usize {
    (i..text.len()).find(|&b| text.is_char_boundary(b)).unwrap_or(text.len())
}

/// The last character boundary of `text` at or before byte `i`.
fn floor_char(text: &str, i: usize) -> usize {
    (0..=i.min(text.len())).rev().find(|&b| text.is_char_boundary(b)).unwrap_or(0)
}

/// The text within `width` bytes around a range, cut at character boundaries and at sentence ends.
pub(super) fn around(text: &str, r: Range<usize>, width: usize) -> &str {
    let a = ceil_char(text, r.start.saturating_sub(width));
    let b = floor_char(text, (r.end + width).min(text.len()));
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
pub(super) fn unknown_speaker(phrase: &str, lists: &EntityWords) -> Option<(Speaker, String)> {
    let phrase = phrase.trim_start_matches(|c: char| !c.is_alphanumeric()).trim();
    let words: Vec<&str> = phrase.split_whitespace().collect();
    if words.is_empty() {
        return None;
    }
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    // "About one in five say", "Twenty-four percent said", "At least 21,000 said", "Nine of them say", "Those
    // surveyed say": a number or share of people, the description as written.
    if quantity_subject(&lower, lists) {
        return Some((Speaker::Unnamed(phrase.to_string()), phrase.to_string()));
    }
    if words.len() > 6 {
        // "The commander of a Ukrainian Marine unit", "a spokesman for the regional police": a determiner, a
        // person noun among the first four words, and a preposition attaching the rest.
        let head = lower.iter().take(4).position(|w| HEAD_NOUNS.contains(&w.as_str()));
        let attached = head.is_some_and(|h| {
            lower.get(h + 1).is_some_and(|p| ["of", "for", "at", "in", "from", "to", "with"].contains(&p.as_str()))
        });
        let ok = words.len() <= 10 && DETERMINERS.contains(&words[0]) && attached;
        return ok.then(|| (Speaker::Unnamed(phrase.to_string()), phrase.to_string()));
    }
    // "the West" acting as a speaker is a place, like "Moscow" or "Kyiv" (guidelines: "West").
    if words.last() == Some(&"West") && (words.len() == 1 || (words.len() == 2 && lower[0] == "the")) {
        return Some((Speaker::Name("West".to_string(), EntityKind::Place), phrase.to_string()));
    }
    // "Another said", "Others said": someone the article has just described.
    if words.len() == 1
        && ["another", "others", "some", "many", "one", "all", "both", "most"].contains(&lower[0].as_str())
    {
        return Some((Speaker::Unnamed(phrase.to_string()), phrase.to_string()));
    }
    // "47 percent said", "About one in five say", "61% of Republicans said": the share of those polled.
    let share = lower.iter().position(|w| ["percent", "per", "%"].contains(&w.as_str()) || w.ends_with('%'));
    if share.is_some_and(|i| i <= 2)
        && lower.iter().take(3).any(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit()))
    {
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
    // "Critics say", "Many Ukrainians say", "The Russians said": a capitalised plural of people opening the
    // sentence is a group, not a name.
    let has_head = lower.iter().any(|w| HEAD_NOUNS.contains(&w.trim_end_matches(['.', ','])))
        || (capitalized_group(&words) && lower.last().is_some_and(|w| people_plural(w, lists)));
    if capitalized && !has_head && words.len() <= 4 {
        if words.iter().any(|w| entities::is_not_name(lists, w.trim_end_matches('.'))) && words.len() == 1 {
            return None;
        }
        // Titles are not part of the name: "Mr. Kelly" -> Kelly, "Administrator Bill Nelson" -> Bill Nelson.
        let start = words.iter().position(|w| !entities::is_person_title(lists, w.trim_end_matches('.'))).unwrap_or(0);
        let name = words[start..].join(" ");
        let acronym = words.len() == 1 && name.len() >= 2 && name.chars().all(|c| c.is_ascii_uppercase() || c == '&');
        let org_like = words.iter().any(|w| entities::is_org_word(lists, w.trim_end_matches(['.', ','])));
        let kind = if acronym || org_like { EntityKind::Organization } else { EntityKind::Person };
        return Some((Speaker::Name(name, kind), phrase.to_string()));
    }
    let head = lower.last().map(String::as_str).unwrap_or("");
    // "Mr Smith's family", "her husband": relatives of someone named, with a possessive.
    let possessed = lower.iter().any(|w| w.ends_with("'s") || w.ends_with("’s"))
        || ["his", "her", "their"].contains(&lower[0].as_str());
    if KIN.contains(&head) && possessed && words.len() >= 2 {
        return Some((Speaker::Unnamed(phrase.to_string()), phrase.to_string()));
    }
    // "Trump's campaign", "Biden's team", "Wagner's press office": a body that speaks for its owner.
    if lists.has(head, class::OWNED_SPEAKER) && possessed && (2..=5).contains(&words.len()) {
        return Some((Speaker::Unnamed(phrase.to_string()), phrase.to_string()));
    }
    if head.chars().all(char::is_alphabetic) && (has_head || head.ends_with('s') || DETERMINERS.contains(&words[0])) {
        return Some((Speaker::Unnamed(phrase.to_string()), phrase.to_string()));
    }
    None
}

/// Verbs of saying whose subject speaks whatever it is ("Russian state media said", "Its website says").
#[rustfmt::skip]
const SPEECH_VERBS: &[&str] = &[
    "said", "says", "say", "told", "tells", "tell", "added", "adds", "wrote", "writes", "reported", "reports",
    "announced", "announces", "claimed", "claims", "claim", "stated", "states", "confirmed", "confirms", "warned",
    "warns", "warn", "insisted", "insists", "insist", "argued", "argues", "argue", "accused", "accuses", "accuse",
    "denied", "denies", "deny", "alleged", "alleges", "allege", "predicted", "predicts", "predict", "concluded",
    "found", "estimated", "estimates", "estimate", "noted", "notes", "stressed", "vowed", "promised", "urged",
    "acknowledged", "admitted", "admits", "explained", "reads", "read", "described", "revealed", "reveals",
];

/// "Ukraine's state railway says", "Russian state media said", "Opponents of a deal say", "Residents who fled
/// the city say", "A Serbian police statement issued on June 8 said": a common-noun phrase as the subject of a
/// cue, with an opener (a determiner, a possessive, a nationality or a number), lower-case words up to its head,
/// and anything after the head that a preposition, "who" or a participle attaches ("of a deal", "in a May 18 poll
/// by the defence ministry"). Whatever such a phrase's head, the subject of a reporting verb is a source. A verb
/// or link word before the head ("Putin is said", "The State department did not say") is not such a phrase.
fn common_description(phrase: &str, lists: &EntityWords) -> bool {
    const POSTMODIFIERS: &[&str] = &[
        "of", "in", "by", "from", "for", "at", "with", "on", "near", "over", "under", "about", "among", "across",
        "inside", "outside", "within", "who", "whose", "familiar", "close", "involved", "based", "living",
    ];
    const NOT_NOUNS: &[&str] = &[
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "not",
        "never", "to", "would", "will", "could", "should", "can", "may", "might", "must", "it", "there", "which",
        "what", "when", "where", "why", "how", "if", "than", "then", "as", "also", "that", "here", "now", "this",
        "these", "those", "they", "he", "she", "we", "i", "you", "one", "no", "so", "just", "only", "even", "long",
        "own", "first", "last", "latest", "new", "same", "previous", "former", "next",
    ];
    const OPENERS: &[&str] = &[
        "the", "a", "an", "his", "her", "their", "its", "our", "some", "many", "most", "several", "few", "both", "all",
        "each", "every", "other", "another", "these", "those", "this", "two", "three", "four", "five",
    ];
    let phrase = phrase.trim_start_matches(|c: char| !c.is_alphanumeric()).trim();
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    if words.len() < 2 {
        return false;
    }
    let possessive = |w: &str| w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'") || w.ends_with("s’");
    let demonym = |w: &str| lists.has(w, class::DEMONYM | class::OWNER_DEMONYM);
    // What attaches to the head must end on a word of its own, not on a preposition or a determiner ("the brother
    // of X who was executed in March for | alleged ...", "pressure on other western | brands"), and hold no verb of
    // its own past a relative pronoun's ("the person who died was among those | reported ...").
    let last = lower[lower.len() - 1].as_str();
    let open_end = POSTMODIFIERS.contains(&last) || OPENERS.contains(&last) || DETERMINERS.contains(&last);
    let second_verb = (2..words.len()).any(|k| {
        ["is", "are", "was", "were", "be", "could", "would", "will", "can", "not", "have", "has"]
            .contains(&lower[k].as_str())
            && !["who", "that", "which"].contains(&lower[k - 1].as_str())
    });
    if open_end || second_verb {
        return false;
    }
    // "Opponents of a deal", "Residents who fled the city": a plural of people is its own head ("Russians who
    // polls here say" is no relative clause).
    if people_plural(&lower[0], lists) && POSTMODIFIERS.contains(&lower[1].as_str()) {
        return lower[1] != "who" || lower.get(2).is_some_and(|w| !people_plural(w, lists));
    }
    let opener =
        OPENERS.contains(&lower[0].as_str()) || possessive(words[0]) || demonym(words[0]) || quantity_word(&lower[0]);
    if !opener {
        return false;
    }
    // The head is the last word before what attaches to it: a preposition or "who" after at least one word past
    // the opener, or a participle ("issued", "quoted").
    let post = (2..words.len())
        .find(|&k| {
            let w = lower[k].as_str();
            POSTMODIFIERS.contains(&w) || (w.ends_with("ed") && w.len() > 5)
        })
        .unwrap_or(words.len());
    let core = &words[1..post];
    let head = lower[post - 1].as_str();
    let plain = |w: &str| w.chars().all(|c| c.is_ascii_lowercase() || c == '-') && !w.is_empty();
    // Capitalised words before the head only inside a possessive ("The Ukrainian Defense Ministry's latest
    // assessment"), or a nationality ("Russian state media", "the Ukrainian nuclear regulator").
    let owner = core.iter().rposition(|w| possessive(w)).map_or(0, |p| p + 1);
    let fits = |(k, w): (usize, &&str)| {
        let w = w.trim_end_matches(',');
        k < owner || plain(w) || demonym(w) || w.starts_with(|c: char| c.is_ascii_digit()) && !w.contains(['.', ':'])
    };
    // "post-invasion", "pro-Kremlin": a prefixed adjective is no head.
    let prefixed = ["post-", "pre-", "pro-", "anti-", "non-"].iter().any(|p| head.starts_with(p));
    core.len() <= 4
        && core.iter().enumerate().all(fits)
        && owner < core.len()
        && plain(head)
        && head.len() > 2
        && !prefixed
        && !lower[..post].iter().skip(1).any(|w| NOT_NOUNS.contains(&w.as_str()) || POSTMODIFIERS.contains(&w.as_str()))
}

/// "Critics", "Many Ukrainians", "The Russians": capitalised words (a sentence's first), at most three,
/// the first of them a determiner or the plural itself.
fn capitalized_group(words: &[&str]) -> bool {
    const OPENERS: &[&str] = &["The", "Many", "Some", "Most", "Several", "Few", "Other", "All", "Both", "Ordinary"];
    (1..=3).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && (words.len() == 1 || OPENERS.contains(&words[0]))
}

/// A plural noun of people (lower-case): one of the `HEAD_NOUNS` or the `group-plural` list, a person noun with an "s"
/// ("soldiers"), or a demonym's plural ("ukrainians", "israelis").
fn people_plural(w: &str, lists: &EntityWords) -> bool {
    let Some(singular) = w.strip_suffix('s').filter(|s| !s.ends_with('s') && !s.is_empty()) else {
        return w == "people" || w == "police";
    };
    if HEAD_NOUNS.contains(&w) || lists.has(w, class::GROUP_PLURAL) || lists.has(singular, class::PERSON_NOUN) {
        return true;
    }
    let mut chars = singular.chars();
    let demonym: String = chars.next().into_iter().flat_map(char::to_uppercase).chain(chars).collect();
    demonym_country(singular).is_some() || lists.has(&demonym, class::DEMONYM | class::OWNER_DEMONYM)
}

/// Words before a number that hedge it: "about 40 percent", "nearly half", "at least 21,000".
#[rustfmt::skip]
const HEDGES: &[&str] = &[
    "about", "around", "nearly", "almost", "roughly", "approximately", "some", "only", "just", "over", "under",
    "fully", "barely", "overall", "more than", "fewer than", "less than", "at least", "at most", "up to",
    "as many as", "well over",
];

/// Number words, alone or joined by a hyphen ("twenty-four"), and the shares of a whole.
#[rustfmt::skip]
const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
    "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens",
    "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "majority", "minority", "plurality",
];

/// "21,000", "60%", "twenty-four", "two-thirds", "half": a number or a share (not a year such as "2022").
fn quantity_word(w: &str) -> bool {
    if w.starts_with(|c: char| c.is_ascii_digit()) {
        let digits = w.trim_end_matches('%');
        // "000 troops": the end of a number cut at its comma.
        let year = digits.len() == 4 && (digits.starts_with("19") || digits.starts_with("20"))
            || (digits.starts_with('0') && digits.len() > 1 && !digits.starts_with("0."));
        return !year && digits.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.');
    }
    !w.is_empty() && w.split('-').all(|p| NUMBER_WORDS.contains(&p))
}

/// A subject that counts people: a hedge, a number or share ("one in five", "24 percent", "a third"), and
/// optionally "of" and whom ("of respondents", "of them", "of these people") or people described ("eight in 10
/// Democratic voters overall", "two sources familiar with the plans", "one woman who fled"); "those surveyed".
/// Not a time ("Two years ago officials"), nor things counted ("Over a dozen gatherings", "five of the 204 confirmed
/// cases").
fn quantity_subject(lower: &[String], lists: &EntityWords) -> bool {
    if lower.len() > 10 {
        return false;
    }
    if lower.len() == 2 && lower[0] == "those" {
        return ["surveyed", "polled", "asked", "questioned", "interviewed"].contains(&lower[1].as_str());
    }
    let mut i = 0;
    while let Some(h) = HEDGES.iter().find(|h| {
        let n = h.split(' ').count();
        lower.len() > i + n && lower[i..i + n].iter().map(String::as_str).eq(h.split(' '))
    }) {
        i += h.split(' ').count();
    }
    let hedged = i > 0;
    // "a third", "a majority", "a quarter".
    if lower.get(i).is_some_and(|w| w == "a") {
        i += 1;
    }
    if !lower.get(i).is_some_and(|w| quantity_word(w)) {
        return false;
    }
    let mut rest = &lower[i + 1..];
    if rest.iter().any(|w| ["ago", "later", "earlier"].contains(&w.as_str())) {
        return false;
    }
    // "one in five", "eight in 10", "24 percent", "60 per cent".
    if rest.len() >= 2 && rest[0] == "in" && quantity_word(&rest[1]) {
        rest = &rest[2..];
    }
    let share = if rest.first().is_some_and(|w| ["percent", "%"].contains(&w.as_str())) {
        rest = &rest[1..];
        true
    } else if rest.len() >= 2 && rest[0] == "per" && rest[1] == "cent" {
        rest = &rest[2..];
        true
    } else {
        rest.len() < lower.len() - i - 1
            || lower[i].ends_with('%')
            || ["half", "third", "thirds", "quarter", "quarters", "majority", "minority", "plurality"]
                .iter()
                .any(|f| lower[i].ends_with(f))
    };
    if rest.is_empty() {
        // "Almost half", "About one in five", "At least 21,000"; a bare number word ("Two said") is someone the
        // article has just described, left to the rules for descriptions.
        return share || hedged;
    }
    // "of respondents", "of them", "of the people familiar with": the head is after "of".
    if rest[0] == "of" {
        rest = &rest[1..];
    }
    // The head: the last word before a relative clause, a participle or a preposition ("sources familiar with
    // the plans", "woman who was still wearing hers").
    const STOPS: &[&str] = &[
        "who", "whose", "familiar", "close", "briefed", "working", "with", "from", "in", "on", "at", "for", "and",
        "overall", "polled", "surveyed", "asked",
    ];
    let cut = rest.iter().position(|w| STOPS.contains(&w.as_str())).unwrap_or(rest.len());
    let Some(head) = rest[..cut].last() else { return false };
    let noun_before = cut >= 2 && people_plural(&rest[cut - 2], lists);
    let people = |w: &str| {
        ["them", "us", "those", "these"].contains(&w)
            || people_plural(w, lists)
            || HEAD_NOUNS.contains(&w)
            || lists.has(w, class::PERSON_NOUN)
    };
    // "three Israeli officials and a Ukrainian official": both joined; "at least one news agency and Belarusian
    // (state TV)" is no subject.
    let joined = rest.get(cut).is_none_or(|w| w != "and") || rest.last().is_some_and(|w| people(w));
    // "half of the victims police found": two nouns of people in a row are a clause, not a subject.
    people(head) && joined && !noun_before
}

/// The mentions lying inside `range`, found by binary search (mentions are in text order).
fn mentions_within<'m>(mentions: &'m [EntityMention], range: &Range<usize>) -> impl Iterator<Item = &'m EntityMention> {
    let first = mentions.partition_point(|m| m.range.start < range.start);
    let end = range.end;
    mentions[first..].iter().take_while(move |m| m.range.start < end).filter(move |m| m.range.end <= end)
}

/// The first person or organization (else place) in a range: the subject of a participle's main clause.
pub(super) fn first_actor(input: &ClaimInput, range: Range<usize>) -> Option<(Speaker, String)> {
    let inside = || mentions_within(input.mentions, &range).filter(|m| !is_possessive(input.text, m.range.end));
    let m = inside()
        .find(|m| matches!(m.kind, EntityKind::Person | EntityKind::Organization))
        .or_else(|| inside().find(|m| m.kind == EntityKind::Place))?;
    // "White House press secretary Karine Jean-Pierre ..., telling reporters": the person the organization's
    // role words lead to (at most three words between, no punctuation).
    let person_after = inside().find(|p| {
        p.kind == EntityKind::Person && p.range.start >= m.range.end && {
            let gap = &input.text[m.range.end..p.range.start];
            gap.split_whitespace().count() <= 3 && gap.chars().all(|c| c.is_alphanumeric() || c.is_whitespace())
        }
    });
    if m.kind != EntityKind::Person {
        if let Some(p) = person_after {
            return Some((Speaker::Entity(p.entity), input.text[p.range.clone()].to_string()));
        }
    }
    // "The Biden White House, announcing ...", "the Trump administration": a person's name qualifying the
    // organization right after it.
    if m.kind == EntityKind::Person {
        let org = inside().find(|o| o.range.start > m.range.end && o.kind == EntityKind::Organization);
        if let Some(o) = org.filter(|o| input.text[m.range.end..o.range.start] == *" ") {
            return Some((Speaker::Entity(o.entity), input.text[o.range.clone()].to_string()));
        }
    }
    // "U.S. officials do not believe ... but emphasize that": the entity only qualifies the subject.
    let rest = &input.text[m.range.end..range.end];
    let next = rest.split_whitespace().next().unwrap_or("");
    let next = next.trim_end_matches(|c: char| !c.is_alphanumeric());
    if !next.is_empty() && HEAD_NOUNS.contains(&next.to_lowercase().as_str()) {
        let end = m.range.end + rest.find(next).map_or(0, |p| p + next.len());
        let phrase = input.text[m.range.start..end].to_string();
        return Some((Speaker::Unnamed(phrase.clone()), phrase));
    }
    Some((Speaker::Entity(m.entity), input.text[m.range.clone()].to_string()))
}

/// The last speaker the article gave before `before`, less than `reach` bytes back, that `fits`.
fn recent_speaker(input: &ClaimInput, before: usize, reach: usize, fits: impl Fn(&Speaker) -> bool) -> Option<Speaker> {
    let speakers = input.speakers.borrow();
    let (_, sp) = speakers.iter().rev().find(|(pos, sp)| *pos < before && before - pos < reach && fits(sp))?;
    Some(sp.clone())
}

/// '"...," the WNBA said in a statement. "..." the statement added', 'In a statement, the Mariupol City Council
/// said ... The statement added': "the statement" is the last speaker's, when that speaker spoke recently and
/// the text near its cue speaks of a statement (without one, "On the government's website, the statement reads"
/// is no earlier speaker's).
fn statement_source(input: &ClaimInput, phrase: &str, before: usize) -> Option<Speaker> {
    if !["the statement", "The statement"].contains(&phrase) {
        return None;
    }
    let speakers = input.speakers.borrow();
    let (pos, sp) =
        speakers.iter().filter(|(pos, _)| *pos < before && before - pos < 800).max_by_key(|(pos, _)| *pos)?;
    // The statement is named in the clause of that cue: "said in a statement", "In a statement, Biden said".
    let text = input.text;
    let from = ceil_char(text, pos.saturating_sub(60));
    let to = floor_char(text, (pos + 40).min(before));
    text.get(from..to)?.contains("statement").then(|| sp.clone())
}

/// "His wife revealed their tactics and said ...", "Instead, he changed the subject and told us ...": the noun
/// phrase opening the clause whose first verb the reporting verb is coordinated with (after an introductory
/// phrase set off by a comma), resolved like any subject. At most five words before that first verb.
pub(super) fn opening_subject(input: &ClaimInput, range: Range<usize>) -> Option<(Speaker, String)> {
    #[rustfmt::skip]
    const IRREGULAR: &[&str] = &[
        "is", "was", "were", "are", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must",
        "should", "did", "does", "do", "made", "gave", "took", "went", "came", "met", "began", "left", "saw", "spoke",
        "held", "sent", "kept", "brought", "thought", "felt", "got", "put", "set", "ran", "won", "lost", "paid",
        "led", "fled", "fought", "sought", "struck", "stood", "became", "knew", "drove", "rose", "threw", "heard",
        "found", "cut", "hit", "let", "spent", "built", "broke", "chose", "flew", "grew", "hid", "meant", "sold",
        "shook", "shot", "swore", "taught", "tore", "understood", "wore", "bought", "caught", "fell", "now", "also",
        "then", "later", "again",
    ];
    #[rustfmt::skip]
    const INTRODUCTIONS: &[&str] = &[
        "instead",
        "however",
        "in",
        "on",
        "at",
        "after",
        "before",
        "during",
        "since",
        "earlier",
        "later",
        "yet",
        "still",
        "meanwhile",
        "but",
        "and",
        "so",
        "then",
        "speaking",
        "asked",
        "when",
        "while",
        "as",
    ];
    let text = input.text;
    let ws = input.words_in(&range);
    let first = ws.first()?;
    let mut start = 0;
    if INTRODUCTIONS.iter().any(|w| w.eq_ignore_ascii_case(&text[first.clone()])) {
        // The words after the first comma, when it comes within eight words.
        let comma = ws.iter().take(8).position(|w| text[w.end..].starts_with(','))?;
        start = comma + 1;
    }
    let verb = ws[start..].iter().position(|w| {
        let word = &text[w.clone()];
        word.starts_with(char::is_lowercase)
            && ((word.len() > 4 && word.ends_with("ed"))
                || IRREGULAR.contains(&word)
                || input.verbs.get(word).is_some())
    })?;
    // "He could call Zelenskyy and say ...": a hypothetical, no one's claim.
    let modal = ["could", "would", "might", "may", "should", "can", "will", "must"];
    if verb == 0
        || verb > 5
        || modal.contains(&&text[ws[start + verb].clone()])
        || text[ws[start].start..ws[start + verb].start].contains([',', ';', ':', '"', '“'])
    {
        return None;
    }
    // A full stop between the subject and the cue: the sentence was not split where it should have been.
    if ws.len() - start > 40 || text[ws[start].start..range.end].contains(". ") {
        return None;
    }
    // "The basketball great famously made ...", "The Fed chair last week came out": an adverb or a time before the
    // verb is not part of the subject.
    let mut last = start + verb - 1;
    if last > start && text[ws[last].clone()].ends_with("ly") {
        last -= 1;
    }
    if last > start + 1
        && ["week", "month", "year", "night", "weekend"].contains(&&text[ws[last].clone()])
        && ["last", "this", "next", "that"].contains(&&text[ws[last - 1].clone()])
    {
        last -= 2;
    }
    if last > start
        && ["yesterday", "today", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
            .contains(&&text[ws[last].clone()])
    {
        last -= 1;
    }
    let np = ws[start].start..ws[last].end;
    resolve_subject(input, np.clone(), range.start, np.end)
}

/// The capitalized words opening a range ("Cruz exhorted ...", "Sen. Ted Cruz urged ..."), as a speaker: the
/// subject of a sentence whose first entity the gazetteer does not know.
pub(super) fn leading_name(input: &ClaimInput, range: Range<usize>) -> Option<(Speaker, String)> {
    let text = input.text;
    let s = &text[range.clone()];
    let lead = s.len() - s.trim_start().len();
    // "President Volodymyr Zelensky's Government responded ... and said", "Russia's government ... and said":
    // a country's government opening the sentence.
    if let Some(g) = s.split_whitespace().take(6).position(|w| w.eq_ignore_ascii_case("government")) {
        let words = s.split_whitespace().take(g + 1).collect::<Vec<_>>().join(" ");
        let np = range.start + lead..range.start + lead + words.len();
        if text.get(np.clone()) == Some(words.as_str()) {
            if let Some(sp) = country_government(input, &np, &words) {
                return Some((sp, words));
            }
        }
    }
    let mut end = range.start + lead;
    for w in s.split_whitespace().take(5) {
        let w_clean = w.trim_end_matches([',', '.']);
        if !w.starts_with(char::is_uppercase) || w_clean.is_empty() {
            break;
        }
        end = text[end..].find(w).map_or(end, |p| end + p + w_clean.len());
        if w.ends_with(',') {
            break;
        }
    }
    let np = range.start + lead..end;
    if np.is_empty() {
        return None;
    }
    let phrase = text[np].trim();
    if LEADING_LINKS.contains(&phrase) {
        return None;
    }
    unknown_speaker(phrase, input.lists)
}

/// Relatives: "Mr Smith's family", "the wife of".
#[rustfmt::skip]
const KIN: &[&str] = &[
    "family",
    "wife",
    "husband",
    "son",
    "daughter",
    "parents",
    "brother",
    "sister",
    "relatives",
    "widow",
    "partner",
    "fiancee",
    "fiancée",
    "girlfriend",
    "boyfriend",
    "grandmother",
    "grandfather",
];

/// Head nouns of `HEAD_NOUNS` that name a body or a document, not one person.
#[rustfmt::skip]
const NOT_ONE_PERSON: &[&str] = &[
    "statement", "report", "military", "ministry", "government", "army", "forces", "troops", "police", "agency",
    "intelligence", "administration", "command", "staff", "council", "people",
];

/// The person noun of an indefinite description of one person ("a senior aide to Ukrainian President Vladimir
/// Zelensky" gives "aide"): the first head noun after "a" or "an" (within four words), singular.
fn indefinite_person_head(d: &str) -> Option<&str> {
    let mut words = d.split_whitespace();
    if !["a", "an", "A", "An"].contains(&words.next()?) {
        return None;
    }
    let head = words.take(4).find(|w| HEAD_NOUNS.contains(w))?;
    (!NOT_ONE_PERSON.contains(&head) && !plural_description(head)).then_some(head)
}

/// "A senior defense official said this week that ...", "a senior U.S. official", "A senior State Department
/// official", "a senior EU official": a senior official of Washington's or a Western body speaking on background,
/// whom the article does not name on purpose (the next person named, "General Mark Milley", "Jake Sullivan", is
/// someone else). Ukrainian and Russian "senior officials" are often named right after, and stay so.
fn anonymous_briefer(d: &str) -> bool {
    const WESTERN: &[&str] = &[
        "u.s.",
        "us",
        "american",
        "western",
        "defense",
        "defence",
        "pentagon",
        "state",
        "white",
        "administration",
        "nato",
        "eu",
        "european",
        "biden",
    ];
    let lower = d.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    words.contains(&"senior")
        && words.iter().any(|w| ["official", "officials"].contains(w))
        && words.iter().any(|w| WESTERN.contains(w))
}

/// "IAEA inspectors cannot be trusted, a senior aide to Zelensky has said. “...,” Mikhail Podolyak said": news
/// often describes a source first and names them right after. An indefinite description of one person who
/// speaks (not in a participle) is the person named as the next speaker, when that claim is in one of the two
/// sentences after, the person is first named after the description, and their introduction gives no other role ("Ivan Petrenko, the mayor,"
/// after "a resident"; "an official" may be anyone's role).
pub(super) fn named_after(input: &ClaimInput, claims: &mut [ClaimSpan]) {
    for i in 0..claims.len() {
        let Speaker::Unnamed(d) = &claims[i].speaker else { continue };
        let Some(head) = indefinite_person_head(d) else { continue };
        if anonymous_briefer(d) {
            continue;
        }
        // "with an expert saying ...": a participle's source is a side remark, seldom named next.
        if claims[i].cue.ends_with("ing") {
            continue;
        }
        let end = claims[i].sentence.end;
        let Some(next) = claims[i + 1..].iter().find(|c| c.sentence.start >= end) else { continue };
        let Speaker::Entity(e) = next.speaker else { continue };
        // The next speaker is named there, not a pronoun's guess.
        let pronoun = PRONOUNS_PERSON.contains(&next.speaker_text.as_str());
        // Nor a role's holder ("The Ukrainian President this weekend reiterated").
        let role = next.speaker_text.starts_with("The ") || next.speaker_text.starts_with("the ");
        if input.kinds.get(e) != Some(&EntityKind::Person) || pronoun || role {
            continue;
        }
        // At most one sentence between the two claims.
        let between = input
            .paragraphs
            .iter()
            .skip(input.paragraphs.partition_point(|p| p.0.end <= end))
            .take_while(|p| p.0.start < next.sentence.start)
            .flat_map(|p| p.2.iter())
            .filter(|s| s.start >= end && s.start < next.sentence.start)
            .count();
        let Some(first) = input.mentions.iter().find(|m| m.entity == e) else { continue };
        if between > 1 || first.range.start < end || first.range.start >= next.sentence.end {
            continue;
        }
        // The role given with the name, if any: "Andrei Soldatov, a leading Russian investigative journalist,".
        let rest = &input.text[first.range.end..];
        let other_role = rest.strip_prefix(", ").is_some_and(|r| {
            let appositive = &r[..r.find([',', '.', ';']).unwrap_or(r.len())];
            let role = appositive.split_whitespace().find(|w| HEAD_NOUNS.contains(w));
            head != "official" && role.is_some_and(|r| r != head)
        });
        if !other_role {
            claims[i].speaker = Speaker::Entity(e);
        }
    }
}

/// Nouns of documents whose source an article names once and then refers back to ("the report").
const DOCUMENTS: &[&str] = &["report", "study", "survey", "poll", "analysis", "assessment"];

/// "according to a new report from NEADA ... according to the report ... The study found": a definite document
/// is the one the article last introduced (not itself written "the report"), and speaks for the person or
/// organization named with it ("a report from X", "a report by X", "X's report", "an X report"). Looks back at
/// most 300 words.
fn document_source(input: &ClaimInput, phrase: &str, before: usize) -> Option<usize> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    if words.len() < 2 || words.len() > 4 || !["the", "The"].contains(&words[0]) {
        return None;
    }
    if !DOCUMENTS.contains(&words[words.len() - 1]) {
        return None;
    }
    let text = input.text;
    let end = input.words.partition_point(|w| w.start < before);
    let ws = &input.words[end.saturating_sub(300)..end];
    let k = (0..ws.len()).rev().find(|&k| {
        let w = &text[ws[k].clone()];
        let definite = k > 0 && ["the", "The", "this", "This", "that", "same"].contains(&&text[ws[k - 1].clone()]);
        DOCUMENTS.contains(&w) && !definite && !input.quoted(ws[k].start)
    })?;
    let doc = ws[k].clone();
    let named = |m: &&EntityMention| matches!(m.kind, EntityKind::Person | EntityKind::Organization);
    // "a report from X", "a study by X": the entity right after the preposition.
    let after = &text[doc.end..];
    let lead = ["from the ", "by the ", "from ", "by "].iter().find(|p| after.trim_start().starts_with(**p));
    if let Some(p) = lead {
        let at = doc.end + (after.len() - after.trim_start().len()) + p.len();
        let m = input.mentions[input.mentions.partition_point(|m| m.range.start < at)..].first();
        return m.filter(|m| m.range.start == at).filter(named).map(|m| m.entity);
    }
    // "X's report", "an X report": the entity right before the noun.
    let prefix = text[..doc.start].trim_end();
    let prefix = prefix.strip_suffix("'s").or_else(|| prefix.strip_suffix("’s")).unwrap_or(prefix);
    let ms = input.mentions_before(doc.start);
    ms.last().filter(|m| m.range.end == prefix.len()).filter(named).map(|m| m.entity)
}
