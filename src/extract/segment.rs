//! Segmentation of a body into paragraphs, quotations, sentences and words, all as byte ranges into the
//! body. Sentences never split inside a quotation, so a quote of several sentences stays with its
//! attribution.

use std::ops::Range;

/// A quotation: the marks and the quoted words between them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// Byte range of the quoted text (without the marks, trimmed).
    pub inner: Range<usize>,
    /// Byte range including the marks (the closing mark may be missing at a paragraph end).
    pub outer: Range<usize>,
}

/// Paragraph ranges: split at blank lines; trimmed; empty paragraphs dropped.
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\n' {
            // A blank line: newline, optional spaces, newline.
            let mut j = i + 1;
            while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\r') {
                j += 1;
            }
            if j < bytes.len() && bytes[j] == b'\n' {
                push_trimmed(text, start..i, &mut out);
                start = j + 1;
                i = j + 1;
                continue;
            }
        }
        i += 1;
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(r.start + lead..r.end - trail);
    }
}

fn trim_range(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail >= s.len() {
        return r.start..r.start;
    }
    r.start + lead..r.end - trail
}

/// Quotations in one paragraph. Straight quotes toggle; curly and guillemet marks open and close
/// explicitly (a straight opening mark may be closed by a curly one, as in the seed article). A quotation
/// still open at the paragraph's end ends there.
///
/// Single marks quote too, as British papers write: 'We hold,' he said. Outside double-quoted passages, a single
/// mark opens a quotation at the start of a word and closes it at the end of one (see `opens_single`,
/// `closes_single`), so apostrophes (We've, Russia's) are not marks. A single quotation that is never closed, or
/// that would hold a double-quoted one, is not taken: double marks are the more reliable ones.
pub fn quotes(text: &str, para: Range<usize>) -> Vec<Quote> {
    let doubles = double_quotes(text, para.clone());
    let mut singles = Vec::new();
    let mut open: Option<usize> = None;
    let mut next_double = 0;
    for (pos, c) in marks(text, &para) {
        while doubles.get(next_double).is_some_and(|q| q.outer.end <= pos) {
            next_double += 1;
        }
        let in_double = doubles.get(next_double).is_some_and(|q| q.outer.start <= pos);
        if !matches!(c, '\'' | '‘' | '’') {
            continue;
        }
        match open {
            _ if in_double => {}
            None if opens_single(text, &para, pos, c) => open = Some(pos),
            Some(o) if closes_single(text, &para, pos, c) => {
                // A double quotation inside: the single one is dropped.
                if doubles[..next_double].last().is_none_or(|q| q.outer.start <= o) {
                    push_quote(text, o, pos, pos + c.len_utf8(), &mut singles);
                }
                open = None;
            }
            _ => {}
        }
    }
    if singles.is_empty() {
        return doubles;
    }
    let mut all = doubles;
    all.append(&mut singles);
    all.sort_by_key(|q| q.outer.start);
    all
}

/// Double quotation marks, straight, curly or guillemets, and two apostrophes for a straight double mark.
fn double_quotes(text: &str, para: Range<usize>) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut skip = false;
    for (pos, c) in marks(text, &para) {
        // The second of two apostrophes standing for a double mark.
        if std::mem::take(&mut skip) && c == '\'' {
            continue;
        }
        match c {
            // Two apostrophes stand for a straight double quote in some wire copy: ''It is,'' he said.
            '\'' if text[pos + 1..para.end].starts_with('\'') => {
                skip = true;
                match open.take() {
                    Some(o) => push_quote(text, o, pos, pos + 2, &mut out),
                    None => open = Some(pos),
                }
            }
            '“' | '«' | '„' => match open {
                None => open = Some(pos),
                // An opening mark while a quotation is open after a full stop: the open one lost its closing mark
                // at a paragraph's end ('He said: “China ... step. “The moon ...').
                Some(o) if c == '“' && text[o..pos].contains(". ") && text[o..].starts_with('“') => {
                    let close = lost_close_before_intro(text, o, pos);
                    push_quote(text, o, close, close, &mut out);
                    open = Some(pos);
                }
                Some(_) => {}
            },
            '”' | '»' => {
                if let Some(o) = open.take() {
                    push_quote(text, o, pos, pos + c.len_utf8(), &mut out);
                }
            }
            // A straight mark toggles, unless its surroundings say otherwise: one opening a word while a quotation
            // is open ('said. "Next') means the open one lost its closing mark, and starts a new quotation.
            '"' => match open.take() {
                Some(o) if straight_opens(text, &para, pos) && text[o..pos].contains(". ") => {
                    let close = lost_close_before_intro(text, o, pos);
                    push_quote(text, o, close, close, &mut out);
                    open = Some(pos);
                }
                Some(o) => push_quote(text, o, pos, pos + 1, &mut out),
                None => open = Some(pos),
            },
            _ => {}
        }
    }
    if let Some(o) = open {
        let close = lost_close(text, o, para.end).unwrap_or(para.end);
        push_quote(text, o, close, close, &mut out);
    }
    out
}

/// '"We will hold the line, Zelensky said on Monday. The troops moved ...': a quotation still open at the end of
/// its paragraph whose first sentence goes on after a comma with an attribution (at most four words, then a
/// reporting verb) lost its closing mark at that comma. A quotation running on over paragraphs has none.
fn lost_close(text: &str, open: usize, end: usize) -> Option<usize> {
    const VERBS: &[&str] = &["said", "says", "told", "added", "wrote", "tweeted", "stated", "warned", "insisted"];
    let s = &text[open..end];
    let first = &s[..s.find(". ").unwrap_or(s.len())];
    let mut from = 0;
    while let Some(c) = first[from..].find(", ") {
        let at = from + c;
        from = at + 2;
        let words: Vec<&str> = first[at + 2..].split_whitespace().take(5).collect();
        let Some(k) = words.iter().position(|w| VERBS.contains(w)) else { continue };
        let lead = words[..k].iter().all(|w| w.chars().all(|c| c.is_alphanumeric() || ".-'’".contains(c)));
        let opens = words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase) || ["he", "she", "they", "the", "a", "an"].contains(w));
        if (1..=4).contains(&k) && lead && opens {
            return Some(open + at + 1);
        }
    }
    None
}

/// The characters of a paragraph that may be quotation marks, with their byte offsets: the bytes between them
/// are skipped by a table lookup instead of being decoded (marks are ASCII, or start with byte 0xC2 or 0xE2).
fn marks<'t>(text: &'t str, para: &Range<usize>) -> impl Iterator<Item = (usize, char)> + 't {
    const MAY_MARK: [bool; 256] = {
        let mut t = [false; 256];
        t[b'"' as usize] = true;
        t[b'\'' as usize] = true;
        t[0xC2] = true;
        t[0xE2] = true;
        t
    };
    let bytes = text.as_bytes();
    let end = para.end;
    let mut pos = para.start;
    std::iter::from_fn(move || {
        while pos < end {
            let at = pos;
            pos += 1;
            if MAY_MARK[usize::from(bytes[at])] {
                let c = text[at..].chars().next()?;
                pos = at + c.len_utf8();
                return Some((at, c));
            }
        }
        None
    })
}

/// Where a quotation opened at `open` that lost its closing mark ends, when the next one opens at `next`: before
/// the spaces, or before the author's introduction of the next one.
/// British papers open every paragraph of a long quotation and close only the last; with the paragraph breaks
/// lost, '"... business. He added: "It could ...' shows the author's sentence introducing the next quotation
/// (at most eight words ending in a colon) after the last sentence of the open one, which ends before it.
fn lost_close_before_intro(text: &str, open: usize, next: usize) -> usize {
    let end = open + text[open..next].trim_end().len();
    let Some(dot) = text[open..end].rfind(". ") else { return end };
    let intro = text[open + dot + 1..end].trim();
    if intro.ends_with(':') && intro.split_whitespace().count() <= 8 && intro.starts_with(char::is_uppercase) {
        open + dot + 1
    } else {
        end
    }
}

/// A straight double mark at `pos` looks like an opening one: a space or the paragraph start before it, and a
/// letter or digit after it.
fn straight_opens(text: &str, para: &Range<usize>, pos: usize) -> bool {
    let before = text[para.start..pos].chars().next_back();
    before.is_none_or(char::is_whitespace) && text[pos + 1..para.end].starts_with(char::is_alphanumeric)
}

/// A single mark at `pos` opens a quotation: `'` or `‘` at the start of a word (after a space, a bracket, a dash,
/// a colon or a double mark) with a letter, a digit or an ellipsis right after it, and not a year ('90s) or a
/// lone letter other than I and A.
fn opens_single(text: &str, para: &Range<usize>, pos: usize, c: char) -> bool {
    if c == '’' {
        return false;
    }
    let before = text[para.start..pos].chars().next_back();
    if !before.is_none_or(|b| b.is_whitespace() || "([—–:;\"“".contains(b)) {
        return false;
    }
    let after = &text[pos + c.len_utf8()..para.end];
    let year = after.len() >= 3 && after.as_bytes()[..2].iter().all(u8::is_ascii_digit) && after.as_bytes()[2] == b's';
    // A lone letter other than I and A is debris of a stripped name ("'S Secretary General").
    let mut chars = after.chars();
    let lone_letter =
        chars.next().is_some_and(|l| !matches!(l, 'I' | 'A')) && chars.next().is_some_and(char::is_whitespace);
    after.starts_with(|a: char| a.is_alphanumeric() || a == '.' || a == '…') && !year && !lone_letter
}

/// A single mark at `pos` closes a quotation: `'` or `’` right after a word or a punctuation mark, with the
/// paragraph's end, a space or a punctuation mark after it, but not a plural possessive ("soldiers' lives").
fn closes_single(text: &str, para: &Range<usize>, pos: usize, c: char) -> bool {
    if c == '‘' {
        return false;
    }
    let Some(before) = text[para.start..pos].chars().next_back() else { return false };
    if before.is_whitespace() {
        return false;
    }
    let after = &text[pos + c.len_utf8()..para.end];
    match after.chars().next() {
        None => true,
        Some(' ') if matches!(before, 's' | 'S') => !after[1..].starts_with(char::is_lowercase),
        Some(a) => a.is_whitespace() || ",.;:!?)]—–\"”".contains(a),
    }
}

fn push_quote(text: &str, open: usize, close: usize, outer_end: usize, out: &mut Vec<Quote>) {
    let mark_len =
        if text[open..].starts_with("''") { 2 } else { text[open..].chars().next().map_or(1, char::len_utf8) };
    let mut inner = trim_range(text, open + mark_len..close);
    // '"We hold," he said': the comma belongs to the attribution, not to the quotation.
    while inner.end > inner.start && text[..inner.end].ends_with(',') {
        inner.end -= 1;
    }
    if !inner.is_empty() {
        out.push(Quote { inner, outer: open..outer_end });
    }
}

#[rustfmt::skip]
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "st", "sen", "rep", "gov", "prof", "jr",
    "sr", "adm", "cmdr", "no", "vs", "etc", "approx", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct",
    "nov", "dec", "inc", "corp", "co", "ltd", "mt", "ft", "pres", "est", "fig",
];

/// Sentence ranges inside one paragraph, never splitting inside a quotation.
pub fn sentences(text: &str, para: Range<usize>, quotes: &[Quote]) -> Vec<Range<usize>> {
    // Inside a quotation, unless only its closing mark follows: 'We hold."' ends a sentence.
    // Quotations are in text order and do not overlap: only the last one opening before `pos` can hold it.
    let inside_quote = |pos: usize| {
        let i = quotes.partition_point(|q| q.outer.start < pos);
        i > 0 && {
            let q = &quotes[i - 1];
            pos < q.outer.end && !text[pos + 1..q.outer.end].chars().all(|c| "\"”»'".contains(c))
        }
    };
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = para.start;
    let mut i = para.start;
    while i < para.end {
        // Jump to the next sentence mark (memchr: the text between marks is not looked at).
        match memchr::memchr3(b'.', b'!', b'?', &bytes[i..para.end]) {
            Some(k) => i += k,
            None => break,
        }
        let b = bytes[i];
        if !inside_quote(i) {
            // Include closing quotes/brackets right after the mark.
            let mut end = i + 1;
            while end < para.end {
                let c = text[end..].chars().next().unwrap_or(' ');
                if matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»') {
                    end += c.len_utf8();
                } else {
                    break;
                }
            }
            let next_starts = {
                let rest = &text[end..para.end];
                let trimmed = rest.trim_start();
                let ws = rest.len() - trimmed.len();
                ws > 0
                    && (trimmed.chars().next().is_some_and(|c| {
                        c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '«' | '‘' | '\'')
                    }) || trimmed.starts_with("''"))
            };
            if next_starts && (b != b'.' || !is_abbreviation(text, para.start, i)) {
                push_trimmed(text, start..end, &mut out);
                start = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    push_trimmed(text, start..para.end, &mut out);
    out
}

/// True when the period at `dot` ends an abbreviation or an initial rather than a sentence.
pub(crate) fn is_abbreviation(text: &str, floor: usize, dot: usize) -> bool {
    let before = &text[floor..dot];
    let word_start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |p| p + before[p..].chars().next().map_or(1, char::len_utf8));
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    // Initials and dotted acronyms: "F." in "John F. Kirby", "U.S." in "U.S. officials".
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return true;
    }
    if word.contains('.') {
        return word.split('.').all(|p| p.chars().count() <= 2);
    }
    let lower = word.to_ascii_lowercase();
    // "No. 10 Downing Street" but "he would vote no. Last week ...": a number follows the abbreviation.
    if lower == "no" {
        return text[dot + 1..].trim_start().starts_with(|c: char| c.is_ascii_digit());
    }
    ABBREVIATIONS.contains(&lower.as_str())
}

/// Word ranges in a range of text: letters, digits and inner hyphens/apostrophes (`24-year-old`, `Putin's`
/// is `Putin` + `'s`).
pub fn words(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    // Hot path of extraction (every body is split once): ASCII bytes are classified by a table, and only
    // non-ASCII characters are decoded.
    let bytes = text.as_bytes();
    let alnum_char = |i: usize| text[i..].chars().next().is_some_and(char::is_alphanumeric);
    let alnum_at = |i: usize| {
        let b = bytes[i];
        if b < 0x80 {
            ASCII_ALNUM[usize::from(b)]
        } else {
            alnum_char(i)
        }
    };
    let mut out = Vec::with_capacity(range.len() / 6 + 1);
    let mut start: Option<usize> = None;
    let mut i = range.start;
    while i < range.end {
        let b = bytes[i];
        let (alnum, len) = if b < 0x80 {
            (ASCII_ALNUM[usize::from(b)], 1)
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            (c.is_alphanumeric(), c.len_utf8())
        };
        if alnum {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s0) = start {
            // An inner hyphen: "24-year-old".
            if !(b == b'-' && i + 1 < range.end && alnum_at(i + 1)) {
                out.push(s0..i);
                start = None;
            }
        }
        i += len;
    }
    if let Some(s0) = start {
        out.push(s0..range.end);
    }
    out
}

/// ASCII letters and digits, by byte.
static ASCII_ALNUM: [bool; 128] = {
    let mut t = [false; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

#[cfg(test)]
mod tests {
    use super::*;

    /// The inside of every quotation of a text.
    fn inner(t: &str) -> Vec<&str> {
        quotes(t, 0..t.len()).iter().map(|q| &t[q.inner.clone()]).collect()
    }

    /// Every sentence of a text.
    fn sentence_texts(t: &str) -> Vec<&str> {
        let q = quotes(t, 0..t.len());
        sentences(t, 0..t.len(), &q).into_iter().map(|r| &t[r]).collect()
    }

    #[test]
    fn quotes_mixed_marks_and_unclosed() {
        let t = "He said \"there are pockets at present.” Then “more\" and \"open";
        assert_eq!(inner(t), ["there are pockets at present.", "more", "open"]);
        let t = "''It is,'' he said, ''it's over.''";
        assert_eq!(inner(t), ["It is", "it's over."]);
    }

    #[test]
    fn single_marks_quote_but_apostrophes_do_not() {
        assert_eq!(
            inner("The mayor told reporters: 'We've held the city's line. The soldiers' courage is unbroken and we won't leave.' It was the '90s."),
            ["We've held the city's line. The soldiers' courage is unbroken and we won't leave."]
        );
        assert_eq!(
            inner("‘It is over,’ she said of the ‘special military operation’."),
            ["It is over", "special military operation"]
        );
        // A double quotation inside a single one wins: double marks are the more reliable.
        assert_eq!(inner("'He called it \"madness\",' an aide said."), ["madness"]);
        // Debris of a stripped name opens nothing, and an unclosed single mark hides no double quotation.
        assert_eq!(
            inner("the bloc. 'S Secretary General spoke. \"We are united,\" he said. Cost 's assets"),
            ["We are united"]
        );
        // An apostrophe-like mark that never closes is not a quotation.
        assert!(inner("Rock 'n roll and the officers' mess").is_empty());
        // Inside a double-quoted passage, single marks are left alone.
        assert_eq!(inner("\"They said 'no' to us,\" he said."), ["They said 'no' to us"]);
    }

    #[test]
    fn sentences_keep_quotes_and_abbreviations() {
        let t = "A soldier said: \"It is harsh. We hold.\" U.S. officials doubted it. John F. Kirby spoke. Next one.";
        assert_eq!(
            sentence_texts(t),
            [
                "A soldier said: \"It is harsh. We hold.\"",
                "U.S. officials doubted it.",
                "John F. Kirby spoke.",
                "Next one."
            ]
        );
    }

    #[test]
    fn a_lost_closing_mark_before_an_attribution_closes_at_its_comma() {
        let t = "\"We are in touch with the families, the spokesperson said. The fighting went on. Officials said so.";
        assert_eq!(inner(t), ["We are in touch with the families"]);
        // A quotation running on to the next paragraph has no attribution inside: it stays open.
        let t = "\"We are in touch with the families. We will not stop, whatever happens.";
        assert_eq!(inner(t), ["We are in touch with the families. We will not stop, whatever happens."]);
    }

    #[test]
    fn no_is_an_abbreviation_only_before_a_number() {
        let t = "He would vote no. Last week it was No. 10 that spoke.";
        assert_eq!(sentence_texts(t), ["He would vote no.", "Last week it was No. 10 that spoke."]);
    }

    #[test]
    fn a_lost_closing_mark_does_not_swallow_the_next_quotation() {
        let t = "\"We hold the line. We will not leave, he said. \"The city stands,\" the mayor said.";
        assert_eq!(inner(t), ["We hold the line. We will not leave, he said.", "The city stands"]);
        // Inside a quotation of one sentence, a mark opening a word still closes it (toggling as before).
        let t = "He said \"it is \"over\" now.";
        assert_eq!(inner(t), ["it is", "now."]);
    }

    #[test]
    fn sentences_split_before_a_single_mark() {
        let t = "He knows it 'too well.' 'I got permission,' the player told NBC.";
        assert_eq!(sentence_texts(t), ["He knows it 'too well.'", "'I got permission,' the player told NBC."]);
    }

    #[test]
    fn paragraphs_split_on_blank_lines() {
        let t = "One.\n\n  \nTwo\nstill two.\n\n";
        let p: Vec<&str> = paragraphs(t).into_iter().map(|r| &t[r]).collect();
        assert_eq!(p, ["One.", "Two\nstill two."]);
    }

    #[test]
    fn words_keep_hyphens() {
        let t = "a 24-year-old Putin's";
        let w: Vec<&str> = words(t, 0..t.len()).into_iter().map(|r| &t[r]).collect();
        assert_eq!(w, ["a", "24-year-old", "Putin", "s"]);
    }
}
