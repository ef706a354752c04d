//! Understanding a query: analyst phrasing (`claims by Kirby mentioning Bakhmut`) and plain text
//! (`keywords`, `"exact phrase"`) become a [`StructuredQuery`] with an explanation of how it was read.
//!
//! Grammar (case-insensitive lead words; X and Y are names or words):
//!
//! ```text
//! claims by X [mentioning|about Y]     quotes from X [about Y]     statements by X [about Y]
//! what did X say [about Y]             claims mentioning|about Y   who said Y
//! articles about|mentioning Y
//! anything else                        ranked full-text search ("..." for exact phrases)
//! ```

use std::collections::HashMap;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::vocab::{EntityKind, Gazetteer};

/// Which documents a query asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Target {
    /// Claims only.
    Claims,
    /// Articles only.
    Articles,
    /// Both.
    All,
}

/// A name in a query, resolved through the gazetteer when possible.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NameRef {
    /// As typed.
    pub query: String,
    /// Canonical name when resolved.
    pub canonical: Option<String>,
    /// Entity kind when resolved.
    pub kind: Option<EntityKind>,
    /// Facet path below the kind when resolved (places: the whole hierarchy).
    #[serde(skip)]
    pub path: Vec<String>,
    /// Other names it is matched by (aliases), when resolved.
    pub also: Vec<String>,
}

impl NameRef {
    /// The name shown to the user.
    pub fn shown(&self) -> &str {
        self.canonical.as_deref().unwrap_or(&self.query)
    }
}

/// A query, understood.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StructuredQuery {
    /// The text as given.
    pub raw: String,
    /// Claims, articles or both.
    pub target: Target,
    /// Required speaker (claims).
    pub speaker: Option<NameRef>,
    /// Entities or words that must be mentioned.
    pub mentions: Vec<NameRef>,
    /// Free words (ranked, all required).
    pub words: Vec<String>,
    /// Exact phrases (all required).
    pub phrases: Vec<String>,
}

impl StructuredQuery {
    /// One line saying how the query was read, e.g.
    /// `claims · speaker = John Kirby · mentions Bakhmut (also: Artemivsk)`.
    pub fn explain(&self) -> String {
        let mut parts = vec![match self.target {
            Target::Claims => "claims".to_string(),
            Target::Articles => "articles".to_string(),
            Target::All => "articles and claims".to_string(),
        }];
        if let Some(s) = &self.speaker {
            parts.push(match &s.canonical {
                Some(c) => format!("speaker = {c}"),
                None => format!("speaker matches \"{}\" (not in the gazetteer)", s.query),
            });
        }
        for m in &self.mentions {
            let mut p = match &m.canonical {
                Some(c) => format!("mentions {c}"),
                None => format!("mentions \"{}\" as text (not in the gazetteer)", m.query),
            };
            if !m.also.is_empty() {
                let shown: Vec<&str> = m.also.iter().take(4).map(String::as_str).collect();
                p.push_str(&format!(" (also: {})", shown.join(", ")));
            }
            parts.push(p);
        }
        if !self.words.is_empty() {
            parts.push(format!("words: {}", self.words.join(" ")));
        }
        for p in &self.phrases {
            parts.push(format!("phrase \"{p}\""));
        }
        parts.join(" · ")
    }
}

/// Longest query accepted, in characters.
pub const MAX_QUERY_CHARS: usize = 1000;

/// Looks names up in the gazetteer, case-insensitively, by canonical name or alias.
pub struct NameResolver<'g> {
    gazetteer: &'g Gazetteer,
    by_name: HashMap<String, usize>,
}

impl<'g> NameResolver<'g> {
    /// Builds the lookup table.
    pub fn new(gazetteer: &'g Gazetteer) -> Self {
        let mut by_name = HashMap::new();
        for (idx, e) in gazetteer.entries().iter().enumerate() {
            for n in std::iter::once(&e.canonical).chain(e.aliases.iter()) {
                by_name.entry(normalize(n)).or_insert(idx);
            }
        }
        NameResolver { gazetteer, by_name }
    }

    /// Resolves a name; unresolved names are kept as text.
    pub fn resolve(&self, name: &str) -> NameRef {
        let name = name.trim();
        match self.by_name.get(&normalize(name)) {
            Some(&idx) => {
                let e = self.gazetteer.entry(idx);
                let mut also: Vec<String> = e.aliases.iter().filter(|a| a.is_ascii()).cloned().collect();
                also.extend(e.aliases.iter().filter(|a| !a.is_ascii()).cloned());
                NameRef {
                    query: name.to_string(),
                    canonical: Some(e.canonical.clone()),
                    kind: Some(e.kind),
                    path: self.gazetteer.path(idx),
                    also,
                }
            }
            None => {
                NameRef { query: name.to_string(), canonical: None, kind: None, path: Vec::new(), also: Vec::new() }
            }
        }
    }
}

fn normalize(s: &str) -> String {
    s.trim().to_lowercase().replace('’', "'")
}

/// Parses a query.
pub fn parse(raw: &str, names: &NameResolver) -> Result<StructuredQuery> {
    let text = raw.trim();
    if text.is_empty() {
        return Err(Error::Query("empty query".to_string()));
    }
    if text.chars().count() > MAX_QUERY_CHARS {
        return Err(Error::Query(format!(
            "query is {} characters long; the limit is {MAX_QUERY_CHARS}",
            text.chars().count()
        )));
    }
    let mut q = StructuredQuery {
        raw: raw.to_string(),
        target: Target::All,
        speaker: None,
        mentions: Vec::new(),
        words: Vec::new(),
        phrases: Vec::new(),
    };
    let (rest, phrases) = take_phrases(text)?;
    q.phrases = phrases;
    let rest = rest.split_whitespace().collect::<Vec<_>>().join(" ");
    let lower = rest.to_lowercase();

    // (lead words, target, has speaker, separators between speaker and topic)
    const FORMS: &[(&str, Target, bool)] = &[
        ("claims by ", Target::Claims, true),
        ("claim by ", Target::Claims, true),
        ("quotes from ", Target::Claims, true),
        ("quotes by ", Target::Claims, true),
        ("statements by ", Target::Claims, true),
        ("statements from ", Target::Claims, true),
        ("what did ", Target::Claims, true),
        ("claims mentioning ", Target::Claims, false),
        ("claims about ", Target::Claims, false),
        ("who said ", Target::Claims, false),
        ("articles about ", Target::Articles, false),
        ("articles mentioning ", Target::Articles, false),
    ];
    for &(lead, target, has_speaker) in FORMS {
        let bare = lower == lead.trim_end();
        if !lower.starts_with(lead) && !bare {
            continue;
        }
        q.target = target;
        let cut = if bare { rest.len() } else { lead.len() };
        let body = &rest[cut..];
        let body_lower = &lower[cut..];
        if has_speaker {
            let (speaker, topic) = split_topic(body, body_lower);
            let speaker =
                if lead == "what did " { strip_suffix_ci(speaker, " say").unwrap_or(speaker) } else { speaker };
            if speaker.trim().is_empty() {
                return Err(Error::Query(format!("`{}` needs a speaker after it", lead.trim())));
            }
            q.speaker = Some(names.resolve(speaker));
            if let Some(topic) = topic {
                add_topic(&mut q, topic, names);
            }
        } else {
            add_topic(&mut q, body, names);
        }
        if lead == "who said " {
            // "who said Y": Y is what was said, searched as text in claims.
            q.words = q.mentions.drain(..).map(|m| m.query).collect();
        }
        return Ok(q);
    }
    q.words = rest.split_whitespace().map(str::to_string).collect();
    if q.words.is_empty() && q.phrases.is_empty() {
        return Err(Error::Query("nothing to search for".to_string()));
    }
    Ok(q)
}

fn strip_suffix_ci<'a>(s: &'a str, suffix: &str) -> Option<&'a str> {
    let n = s.len().checked_sub(suffix.len())?;
    (s.is_char_boundary(n) && s[n..].eq_ignore_ascii_case(suffix)).then(|| &s[..n])
}

/// Splits `X mentioning Y` / `X about Y` / `X say about Y`.
fn split_topic<'a>(body: &'a str, lower: &str) -> (&'a str, Option<&'a str>) {
    for sep in [" mentioning ", " about ", " on "] {
        if let Some(p) = lower.find(sep) {
            return (&body[..p], Some(&body[p + sep.len()..]));
        }
    }
    (body, None)
}

fn add_topic(q: &mut StructuredQuery, topic: &str, names: &NameResolver) {
    let topic = topic.trim().trim_end_matches('?').trim();
    if topic.is_empty() {
        return;
    }
    for part in topic.split(" and ") {
        let part = part.trim();
        if !part.is_empty() {
            q.mentions.push(names.resolve(part));
        }
    }
}

/// Pulls `"exact phrases"` out of the text; an unbalanced quotation mark is an error that says where.
fn take_phrases(text: &str) -> Result<(String, Vec<String>)> {
    let mut rest = String::new();
    let mut phrases = Vec::new();
    let mut open: Option<(usize, String)> = None;
    for (i, c) in text.char_indices() {
        let is_quote = matches!(c, '"' | '“' | '”');
        match (&mut open, is_quote) {
            (None, true) => open = Some((i, String::new())),
            (Some((_, buf)), true) => {
                let p = buf.trim().to_string();
                if !p.is_empty() {
                    phrases.push(p);
                }
                open = None;
                rest.push(' ');
            }
            (Some((_, buf)), false) => buf.push(c),
            (None, false) => rest.push(c),
        }
    }
    if let Some((pos, _)) = open {
        let col = text[..pos].chars().count() + 1;
        return Err(Error::Query(format!("unbalanced quotation mark at column {col}: close the phrase with \"")));
    }
    Ok((rest, phrases))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn names() -> Gazetteer {
        let mut g = Gazetteer::default();
        g.add_tsv(
            "person\tJohn Kirby\t\tKirby\tspokesperson\nplace\tUkraine\t\t\tcountry\nplace\tDonetsk Oblast\tUkraine\t\toblast\nplace\tBakhmut\tDonetsk Oblast\tArtemivsk\tcity\n",
            Path::new("t.tsv"),
        )
        .unwrap();
        g.resolve_parents().unwrap();
        g
    }

    #[test]
    fn claims_by_mentioning() {
        let g = names();
        let q = parse("claims by Kirby mentioning Bakhmut", &NameResolver::new(&g)).unwrap();
        assert_eq!(q.target, Target::Claims);
        assert_eq!(q.speaker.as_ref().unwrap().canonical.as_deref(), Some("John Kirby"));
        assert_eq!(q.mentions[0].path, ["Ukraine", "Donetsk Oblast", "Bakhmut"]);
        assert_eq!(q.explain(), "claims · speaker = John Kirby · mentions Bakhmut (also: Artemivsk)");
    }

    #[test]
    fn what_did_x_say_about_y() {
        let g = names();
        let q = parse("What did kirby say about artemivsk?", &NameResolver::new(&g)).unwrap();
        assert_eq!(q.speaker.unwrap().canonical.as_deref(), Some("John Kirby"));
        assert_eq!(q.mentions[0].canonical.as_deref(), Some("Bakhmut"));
    }

    #[test]
    fn keywords_and_phrases() {
        let g = names();
        let q = parse("salt \"meat grinder\" mines", &NameResolver::new(&g)).unwrap();
        assert_eq!(q.target, Target::All);
        assert_eq!(q.words, ["salt", "mines"]);
        assert_eq!(q.phrases, ["meat grinder"]);
    }

    #[test]
    fn bad_queries_say_why() {
        let g = names();
        let r = NameResolver::new(&g);
        assert_eq!(parse("  ", &r).unwrap_err().to_string(), "bad query: empty query");
        let e = parse("tanks \"leopard", &r).unwrap_err().to_string();
        assert!(e.contains("unbalanced quotation mark at column 7"), "{e}");
        assert!(parse(&"x".repeat(2000), &r).is_err());
        assert!(parse("claims by ", &r).is_err());
    }
}
