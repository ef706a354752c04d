//! Snippets: the best passage of a claim or article body with matched terms highlighted; never empty (an
//! article matched only through its title or an entity's path terms shows its lead).

use tantivy::query::Query;
use tantivy::snippet::{Snippet, SnippetGenerator};
use tantivy::Searcher;

use crate::index::Fields;

pub(super) struct Snippets {
    claim: SnippetGenerator,
    body: SnippetGenerator,
    chars: usize,
}

impl Snippets {
    pub fn new(searcher: &Searcher, query: &dyn Query, fields: &Fields, chars: usize) -> tantivy::Result<Snippets> {
        let mut claim = SnippetGenerator::create(searcher, query, fields.claim)?;
        claim.set_max_num_chars(chars.max(40));
        let mut body = SnippetGenerator::create(searcher, query, fields.body)?;
        body.set_max_num_chars(chars.max(40));
        Ok(Snippets { claim, body, chars: chars.max(40) })
    }

    /// The snippet of a claim's text or an article's body, and its highlighted ranges (character offsets into
    /// the snippet).
    pub fn for_text(&self, text: &str, is_claim: bool) -> (String, Vec<[usize; 2]>) {
        let generator = if is_claim { &self.claim } else { &self.body };
        // A claim that fits is shown whole.
        if is_claim && text.chars().count() <= self.chars {
            let snippet = generator.snippet(text);
            let offset = text.find(snippet.fragment()).unwrap_or(0);
            let ranges = snippet
                .highlighted()
                .iter()
                .map(|r| [char_pos(text, offset + r.start), char_pos(text, offset + r.end)])
                .collect();
            return (text.to_string(), ranges);
        }
        let snippet: Snippet = generator.snippet(text);
        if snippet.highlighted().is_empty() || snippet.fragment().trim().is_empty() {
            return (lead(text, self.chars), Vec::new());
        }
        let fragment = snippet.fragment();
        let ranges =
            snippet.highlighted().iter().map(|r| [char_pos(fragment, r.start), char_pos(fragment, r.end)]).collect();
        (fragment.trim_end().to_string(), ranges)
    }
}

fn char_pos(s: &str, byte: usize) -> usize {
    s[..byte.min(s.len())].chars().count()
}

/// The first `chars` characters of a text, cut at a word boundary.
fn lead(text: &str, chars: usize) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= chars {
        return flat;
    }
    let cut: String = flat.chars().take(chars).collect();
    let cut = match cut.rfind(' ') {
        Some(p) if p > chars / 2 => cut[..p].to_string(),
        _ => cut,
    };
    format!("{cut}…")
}
