//! No text makes the extractor panic. Real feeds cut articles anywhere ("the Office of..."), so every rule must
//! hold at the end of the text and at its start: each article of `corpus-sample/` is extracted as windows that
//! start and end at every word, and a list of odd fragments is extracted as it is.

use std::path::Path;

use sitrep::article::Article;
use sitrep::extract::Extractor;
use sitrep::vocab::Vocabulary;

fn extract_all(extractor: &Extractor, texts: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut failed = Vec::new();
    for text in texts {
        let article =
            Article { id: "t".into(), path: "t".into(), title: text.clone(), body: text.clone(), ..Default::default() };
        if extractor.try_extract(&article).is_err() {
            failed.push(text);
        }
    }
    failed
}

/// Windows of up to `width` bytes of `body` ending after each word (and starting wherever that puts them, at a
/// character boundary, often inside a word).
fn windows(body: &str, width: usize) -> Vec<String> {
    let ends = body.char_indices().filter(|&(i, c)| c.is_whitespace() && i > 0).map(|(i, _)| i).chain([body.len()]);
    ends.map(|end| {
        let mut start = end.saturating_sub(width);
        while !body.is_char_boundary(start) {
            start += 1;
        }
        body[start..end].to_string()
    })
    .collect()
}

#[test]
fn every_cut_of_the_sample_articles() {
    let extractor = Extractor::new(Vocabulary::builtin().unwrap());
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus-sample");
    let files = sitrep::discover::discover(&[dir]);
    let (mut articles, mut texts) = (0, 0);
    for path in &files.files {
        for a in sitrep::article::read_file(path).articles {
            articles += 1;
            for width in [60, 400] {
                let ws = windows(&a.body, width);
                texts += ws.len();
                let failed = extract_all(&extractor, ws);
                assert!(failed.is_empty(), "{}: {} windows panic, e.g. {:?}", a.path, failed.len(), failed[0]);
            }
        }
    }
    assert!(articles >= 15 && texts > 10_000, "{articles} articles, {texts} windows");
}

#[test]
fn odd_fragments() {
    let extractor = Extractor::new(Vocabulary::builtin().unwrap());
    let fragments = [
        "",
        " ",
        "\"",
        "“",
        "”",
        "'",
        "...",
        "…",
        "said",
        "said that",
        "according to",
        "According to",
        "the Office of",
        "the Office of...",
        "The Academy of…",
        "University of",
        "Ministry of the",
        "Zelensky said: \"",
        "\"We will win,\" said",
        "\"We will win,\"",
        "he told",
        "Kirby, a",
        "Kirby, the",
        "President",
        "the ministry's",
        "U.S.",
        "Mr.",
        "On Friday",
        "In a statement the",
        "— said",
        "’s",
        "Ukraine’s",
        "and the",
        "Dr. A. B.",
    ];
    let failed = extract_all(&extractor, fragments.iter().map(|s| s.to_string()));
    assert!(failed.is_empty(), "these panic: {failed:?}");
}
