//! Understanding a query: analyst phrasing, explicit filters and plain text become a [`StructuredQuery`]
//! with an explanation of how it was read. Deterministic: no network, no model.
//!
//! Grammar (README "Query language"; lead words are case-insensitive; X and Y are names or words):
//!
//! ```text
//! query     := item*
//! item      := field ':' value | '"' phrase '"' | '-' word | 'NOT' word | word 'OR' word | time | word
//! field     := speaker | person | place | org | equipment | source | kind | since | until
//! time      := since D | after D | before D | until D | in D | from D to D | between D and D
//! D         := 2023-01-10 | 2023-01 | 2023 | January 2023 | Jan 10, 2023 | 10 January 2023
//! phrasing  := claims by X [mentioning|about|on Y] | quotes from X [about Y] | statements by X [about Y]
//!            | what did X say [about Y] | X on Y | who said Y | claims mentioning|about Y
//!            | articles about|mentioning|on Y [and Z] | X in Y
//! ```

use serde::Serialize;
use time::Date;

pub use super::dates::parse_date_range;
use super::dates::take_time_words;
pub use super::names::NameResolver;
use crate::error::{Error, Result};
use crate::vocab::EntityKind;
#[cfg(test)]
use crate::vocab::NameTable;

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
    /// The name was corrected from a typo (`Zelenskyi` -> `Volodymyr Zelensky`).
    pub corrected: bool,
    /// Close gazetteer names, when unresolved.
    pub suggestions: Vec<String>,
    /// For a word naming a kind of equipment (`tanks`, `drones`): the equipment it covers, matched by facet
    /// and by name.
    pub members: Vec<String>,
}

impl NameRef {
    /// The name shown to the user.
    pub fn shown(&self) -> &str {
        self.canonical.as_deref().unwrap_or(&self.query)
    }

    pub(super) fn unresolved(query: &str) -> NameRef {
        NameRef {
            query: query.to_string(),
            canonical: None,
            kind: None,
            path: Vec::new(),
            also: Vec::new(),
            corrected: false,
            suggestions: Vec::new(),
            members: Vec::new(),
        }
    }

    fn describe(&self, verb: &str) -> String {
        match &self.canonical {
            Some(c) => {
                let mut p = format!("{verb} {c}");
                if self.corrected {
                    p.push_str(&format!(" (corrected from \"{}\")", self.query));
                }
                if !self.also.is_empty() {
                    let shown: Vec<&str> = self.also.iter().take(4).map(String::as_str).collect();
                    p.push_str(&format!(" (also: {})", shown.join(", ")));
                }
                p
            }
            None if !self.members.is_empty() => {
                let shown: Vec<&str> = self.members.iter().take(5).map(String::as_str).collect();
                let more =
                    if self.members.len() > 5 { format!(", +{} more", self.members.len() - 5) } else { String::new() };
                format!("{verb} \"{}\" (as text, or any of: {}{more})", self.query, shown.join(", "))
            }
            None => {
                let mut p = format!("{verb} \"{}\" as text (not in the gazetteer)", self.query);
                if !self.suggestions.is_empty() {
                    p.push_str(&format!("; did you mean {}?", self.suggestions.join(", ")));
                }
                p
            }
        }
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
    /// Entities or words that must be mentioned (entities match through aliases and, for places, everything
    /// under them).
    pub mentions: Vec<NameRef>,
    /// Required words (ranked).
    pub words: Vec<String>,
    /// Groups of words of which at least one must match (`Bakhmut OR Soledar`).
    pub any_of: Vec<Vec<String>>,
    /// Exact phrases.
    pub phrases: Vec<String>,
    /// Words or phrases that must not match (`-word`, `NOT word`).
    pub excluded: Vec<String>,
    /// Source labels (any of them).
    pub sources: Vec<String>,
    /// Published on or after.
    pub since: Option<Date>,
    /// Published on or before.
    pub until: Option<Date>,
}

impl StructuredQuery {
    /// An empty query over everything.
    pub fn new(raw: &str) -> StructuredQuery {
        StructuredQuery {
            raw: raw.to_string(),
            target: Target::All,
            speaker: None,
            mentions: Vec::new(),
            words: Vec::new(),
            any_of: Vec::new(),
            phrases: Vec::new(),
            excluded: Vec::new(),
            sources: Vec::new(),
            since: None,
            until: None,
        }
    }

    /// True when nothing restricts the query (it would match every document).
    pub fn is_unrestricted(&self) -> bool {
        self.speaker.is_none()
            && self.mentions.is_empty()
            && self.words.is_empty()
            && self.any_of.is_empty()
            && self.phrases.is_empty()
            && self.sources.is_empty()
            && self.since.is_none()
            && self.until.is_none()
            && self.target == Target::All
    }

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
                Some(c) if s.corrected => format!("speaker = {c} (corrected from \"{}\")", s.query),
                Some(c) => format!("speaker = {c}"),
                None => s.describe("speaker matches"),
            });
        }
        for m in &self.mentions {
            parts.push(m.describe("mentions"));
        }
        if !self.words.is_empty() {
            parts.push(format!("words: {}", self.words.join(" ")));
        }
        for g in &self.any_of {
            parts.push(format!("any of: {}", g.join(" | ")));
        }
        for p in &self.phrases {
            parts.push(format!("phrase \"{p}\""));
        }
        for e in &self.excluded {
            parts.push(format!("not \"{e}\""));
        }
        if !self.sources.is_empty() {
            parts.push(format!("source = {}", self.sources.join(" | ")));
        }
        match (self.since, self.until) {
            (Some(a), Some(b)) => parts.push(format!("published {a} .. {b}")),
            (Some(a), None) => parts.push(format!("published since {a}")),
            (None, Some(b)) => parts.push(format!("published until {b}")),
            (None, None) => {}
        }
        parts.join(" · ")
    }
}

/// Longest query accepted, in characters.
pub const MAX_QUERY_CHARS: usize = 1000;

/// A piece of the raw query.
#[derive(Debug, Clone, PartialEq)]
enum Token {
    Word(String),
    Phrase(String),
    Field(String, String),
}

fn tokenize(text: &str) -> Result<Vec<Token>> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let is_quote = |c: char| matches!(c, '"' | '“' | '”');
    let read_quoted = |start: usize| -> Result<(String, usize)> {
        let mut j = start + 1;
        while j < chars.len() && !is_quote(chars[j]) {
            j += 1;
        }
        if j >= chars.len() {
            return Err(Error::Query(format!(
                "unbalanced quotation mark at column {}: close the phrase with \"",
                start + 1
            )));
        }
        Ok((chars[start + 1..j].iter().collect::<String>().trim().to_string(), j + 1))
    };
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if is_quote(c) {
            let (p, next) = read_quoted(i)?;
            if !p.is_empty() {
                out.push(Token::Phrase(p));
            }
            i = next;
        } else {
            let start = i;
            while i < chars.len() && !chars[i].is_whitespace() && !is_quote(chars[i]) {
                if chars[i] == ':' && i > start {
                    break;
                }
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            if i < chars.len() && chars[i] == ':' && is_field_name(&word) {
                i += 1;
                let value = if i < chars.len() && is_quote(chars[i]) {
                    let (v, next) = read_quoted(i)?;
                    i = next;
                    v
                } else {
                    let vs = i;
                    while i < chars.len() && !chars[i].is_whitespace() {
                        i += 1;
                    }
                    chars[vs..i].iter().collect()
                };
                if value.is_empty() {
                    return Err(Error::Query(format!("`{word}:` needs a value, e.g. {word}:\"John Kirby\"")));
                }
                out.push(Token::Field(word.to_lowercase(), value));
            } else if i < chars.len() && chars[i] == ':' && looks_like_field(&word) {
                return Err(Error::Query(format!(
                    "unknown field `{word}:` (known: speaker, person, place, org, equipment, source, kind, since, until)"
                )));
            } else {
                // A colon inside a word ("10:30") is part of it.
                while i < chars.len() && !chars[i].is_whitespace() && !is_quote(chars[i]) {
                    i += 1;
                }
                out.push(Token::Word(chars[start..i].iter().collect()));
            }
        }
    }
    Ok(out)
}

const FIELDS: [&str; 11] =
    ["speaker", "person", "place", "org", "organization", "equipment", "source", "kind", "since", "until", "before"];

fn is_field_name(w: &str) -> bool {
    FIELDS.contains(&w.to_lowercase().as_str())
}

/// `foo:` where foo is a plain lower-case word: a mistyped field rather than text such as `10:30`.
fn looks_like_field(w: &str) -> bool {
    !w.is_empty() && w.chars().all(|c| c.is_ascii_alphabetic()) && w.len() <= 12
}

/// Parses a query.
pub fn parse(raw: &str, names: &NameResolver) -> Result<StructuredQuery> {
    let text = raw.trim();
    if text.chars().count() > MAX_QUERY_CHARS {
        return Err(Error::Query(format!(
            "query is {} characters long; the limit is {MAX_QUERY_CHARS}",
            text.chars().count()
        )));
    }
    let mut q = StructuredQuery::new(raw);
    let tokens = tokenize(text)?;
    // Explicit items first; plain words are kept, in order, for phrasing and time words.
    enum Item {
        Word(String),
        Group(usize),
    }
    let mut plain: Vec<Item> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match &tokens[i] {
            Token::Phrase(p) => q.phrases.push(p.clone()),
            Token::Field(f, v) => apply_field(&mut q, f, v, names)?,
            Token::Word(w) if w == "NOT" => {
                match tokens.get(i + 1) {
                    Some(Token::Word(x)) | Some(Token::Phrase(x)) => q.excluded.push(x.clone()),
                    _ => return Err(Error::Query("NOT needs a word or \"phrase\" after it".to_string())),
                }
                i += 1;
            }
            Token::Word(w) if w.len() > 1 && w.starts_with('-') && !w[1..].starts_with('-') => {
                q.excluded.push(w[1..].to_string())
            }
            Token::Word(w) if w == "OR" => {
                let next = match tokens.get(i + 1) {
                    Some(Token::Word(x)) if !["OR", "AND", "NOT"].contains(&x.as_str()) => Some(x.clone()),
                    _ => None,
                };
                let (Some(prev), Some(b)) = (plain.pop(), next) else {
                    return Err(Error::Query("OR needs a word on each side (Bakhmut OR Soledar)".to_string()));
                };
                let g = match prev {
                    Item::Group(g) => g,
                    Item::Word(a) => {
                        q.any_of.push(vec![a]);
                        q.any_of.len() - 1
                    }
                };
                q.any_of[g].push(b);
                plain.push(Item::Group(g));
                i += 1;
            }
            Token::Word(w) if w == "AND" => {}
            Token::Word(w) => plain.push(Item::Word(w.clone())),
        }
        i += 1;
    }
    let plain: Vec<String> = plain
        .into_iter()
        .filter_map(|item| match item {
            Item::Word(w) => Some(w),
            Item::Group(_) => None,
        })
        .collect();
    let plain = take_time_words(plain, &mut q)?;
    let rest = plain.join(" ");
    if !rest.is_empty() {
        phrasing(&rest, &mut q, names)?;
    }
    if q.is_unrestricted() && q.excluded.is_empty() {
        return Err(Error::Query(if text.is_empty() {
            "empty query".to_string()
        } else {
            "nothing to search for".to_string()
        }));
    }
    Ok(q)
}

fn apply_field(q: &mut StructuredQuery, field: &str, value: &str, names: &NameResolver) -> Result<()> {
    match field {
        "speaker" => {
            q.speaker = Some(names.resolve(value, None));
            q.target = Target::Claims;
        }
        "person" => q.mentions.push(names.resolve(value, Some(EntityKind::Person))),
        "place" => q.mentions.push(names.resolve(value, Some(EntityKind::Place))),
        "org" | "organization" => q.mentions.push(names.resolve(value, Some(EntityKind::Organization))),
        "equipment" => q.mentions.push(names.resolve(value, Some(EntityKind::Equipment))),
        "source" => q.sources.push(value.to_string()),
        "kind" => {
            q.target = match value.to_lowercase().as_str() {
                "claim" | "claims" => Target::Claims,
                "article" | "articles" => Target::Articles,
                "all" | "any" => Target::All,
                other => return Err(Error::Query(format!("kind:{other}: expected kind:claim or kind:article"))),
            }
        }
        "since" => q.since = Some(parse_date_range(value)?.0),
        "until" => q.until = Some(parse_date_range(value)?.1),
        "before" => q.until = parse_date_range(value)?.0.previous_day(),
        _ => unreachable!("tokenize only accepts known fields"),
    }
    Ok(())
}

/// Analyst phrasing over the plain words (time words already removed).
fn phrasing(rest: &str, q: &mut StructuredQuery, names: &NameResolver) -> Result<()> {
    let lower = rest.to_lowercase();
    // (lead words, target, has speaker)
    const FORMS: &[(&str, Target, bool)] = &[
        ("claims by ", Target::Claims, true),
        ("claim by ", Target::Claims, true),
        ("quotes from ", Target::Claims, true),
        ("quotes by ", Target::Claims, true),
        ("statements by ", Target::Claims, true),
        ("statements from ", Target::Claims, true),
        ("what did ", Target::Claims, true),
        ("what has ", Target::Claims, true),
        ("claims mentioning ", Target::Claims, false),
        ("claims about ", Target::Claims, false),
        ("claims on ", Target::Claims, false),
        ("who said ", Target::Claims, false),
        ("articles about ", Target::Articles, false),
        ("articles mentioning ", Target::Articles, false),
        ("articles on ", Target::Articles, false),
    ];
    for &(lead, target, has_speaker) in FORMS {
        let bare = lower == lead.trim_end();
        if !lower.starts_with(lead) && !bare {
            continue;
        }
        if q.target == Target::All {
            q.target = target;
        }
        let cut = if bare { rest.len() } else { lead.len() };
        let (body, body_lower) = (&rest[cut..], &lower[cut..]);
        if has_speaker {
            let (speaker, topic) = split_topic(body, body_lower);
            let speaker = ["what did ", "what has "]
                .contains(&lead)
                .then(|| strip_suffix_ci(speaker, " say").or_else(|| strip_suffix_ci(speaker, " said")))
                .flatten()
                .unwrap_or(speaker);
            if speaker.trim().is_empty() {
                return Err(Error::Query(format!("`{}` needs a speaker after it", lead.trim())));
            }
            q.speaker = Some(names.resolve(speaker, None));
            if let Some(topic) = topic {
                add_topic(q, topic, names);
            }
        } else if lead == "who said " {
            q.words.extend(body.split_whitespace().map(|w| w.trim_matches('?').to_string()).filter(|w| !w.is_empty()));
        } else {
            add_topic(q, body, names);
        }
        return Ok(());
    }
    // "X on Y": a known speaker and a topic.
    if let Some((x, y)) = split_once_ci(rest, &lower, " on ") {
        if let Some(s) =
            names.exact(x).filter(|s| matches!(s.kind, Some(EntityKind::Person | EntityKind::Organization)))
        {
            q.target = Target::Claims;
            q.speaker = Some(s);
            add_topic(q, y, names);
            return Ok(());
        }
    }
    // "X in Y": an entity in a place.
    if let Some((x, y)) = split_once_ci(rest, &lower, " in ") {
        if let (Some(a), Some(b)) = (names.exact(x), names.exact(y).filter(|p| p.kind == Some(EntityKind::Place))) {
            q.mentions.push(a);
            q.mentions.push(b);
            return Ok(());
        }
    }
    // A bare name ("Kiev", "Artemivsk", "Wagner Group"): everything that mentions it.
    if let Some(n) = names.exact(rest) {
        q.mentions.push(n);
        return Ok(());
    }
    q.words.extend(rest.split_whitespace().map(str::to_string));
    Ok(())
}

fn split_once_ci<'a>(s: &'a str, lower: &str, sep: &str) -> Option<(&'a str, &'a str)> {
    let p = lower.find(sep)?;
    Some((&s[..p], &s[p + sep.len()..]))
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
            // A topic that is an ordinary word ("tanks") stays a word, without typo correction.
            let resolved = names.resolve(part, None);
            if resolved.canonical.is_some()
                && (!resolved.corrected || part.chars().next().is_some_and(char::is_uppercase))
            {
                q.mentions.push(resolved);
            } else {
                let mut r = NameRef::unresolved(part);
                r.suggestions =
                    if part.chars().next().is_some_and(char::is_uppercase) { resolved.suggestions } else { Vec::new() };
                if !part.contains(' ') {
                    r.members = names.category(part);
                }
                q.mentions.push(r);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn names() -> NameTable {
        let mut g = crate::vocab::Gazetteer::default();
        g.add_tsv(
            "person\tJohn Kirby\t\tKirby\tspokesperson\nperson\tVolodymyr Zelensky\t\tZelensky|Zelenskiy|Zelenskyy\tpresident\nplace\tUkraine\t\t\tcountry\nplace\tDonetsk Oblast\tUkraine\t\toblast\nplace\tBakhmut\tDonetsk Oblast\tArtemivsk\tcity\nplace\tKyiv\tUkraine\tKiev\tcapital\norganization\tWagner Group\t\tWagner\tmilitia\n",
            Path::new("t.tsv"),
        )
        .unwrap();
        g.resolve_parents().unwrap();
        NameTable::build(&g)
    }

    fn p(s: &str) -> StructuredQuery {
        let g = names();
        parse(s, &NameResolver::new(&g)).unwrap()
    }

    fn err(s: &str) -> String {
        let g = names();
        parse(s, &NameResolver::new(&g)).unwrap_err().to_string()
    }

    #[test]
    fn claims_by_mentioning() {
        let q = p("claims by Kirby mentioning Bakhmut");
        assert_eq!(q.target, Target::Claims);
        assert_eq!(q.speaker.as_ref().unwrap().canonical.as_deref(), Some("John Kirby"));
        assert_eq!(q.mentions[0].path, ["Ukraine", "Donetsk Oblast", "Bakhmut"]);
        assert_eq!(q.explain(), "claims · speaker = John Kirby · mentions Bakhmut (also: Artemivsk)");
    }

    #[test]
    fn every_phrasing() {
        let q = p("What did kirby say about artemivsk?");
        assert_eq!(q.speaker.unwrap().canonical.as_deref(), Some("John Kirby"));
        assert_eq!(q.mentions[0].canonical.as_deref(), Some("Bakhmut"));
        let q = p("Zelenskiy on tanks");
        assert_eq!((q.target, q.speaker.unwrap().canonical.unwrap().as_str()), (Target::Claims, "Volodymyr Zelensky"));
        assert_eq!(q.mentions[0].query, "tanks");
        assert_eq!(p("quotes from Kirby").speaker.unwrap().canonical.as_deref(), Some("John Kirby"));
        assert_eq!(p("statements by Wagner about Bakhmut").mentions[0].canonical.as_deref(), Some("Bakhmut"));
        let q = p("who said meat grinder");
        assert_eq!((q.target, q.words.clone()), (Target::Claims, vec!["meat".to_string(), "grinder".to_string()]));
        assert_eq!(p("claims mentioning Kiev").mentions[0].canonical.as_deref(), Some("Kyiv"));
        let q = p("articles mentioning Wagner and Bakhmut");
        assert_eq!((q.target, q.mentions.len()), (Target::Articles, 2));
        let q = p("Wagner in Donetsk Oblast");
        assert_eq!(q.mentions.iter().map(|m| m.shown()).collect::<Vec<_>>(), ["Wagner Group", "Donetsk Oblast"]);
        assert_eq!(p("Kiev").mentions[0].canonical.as_deref(), Some("Kyiv"));
    }

    #[test]
    fn time_words() {
        let q = p("articles about Bakhmut since 2023-01-10");
        assert_eq!(q.since.unwrap().to_string(), "2023-01-10");
        let q = p("claims by Kirby before March 2022");
        assert_eq!(q.until.unwrap().to_string(), "2022-02-28");
        let q = p("Soledar in January 2023");
        assert_eq!(
            (q.since.unwrap().to_string(), q.until.unwrap().to_string()),
            ("2023-01-01".into(), "2023-01-31".into())
        );
        assert_eq!(q.mentions.len() + q.words.len(), 1);
        let q = p("tanks from 2022-02-24 to 2022-03-31");
        assert_eq!(
            (q.since.unwrap().to_string(), q.until.unwrap().to_string()),
            ("2022-02-24".into(), "2022-03-31".into())
        );
        assert_eq!(q.words, ["tanks"]);
        assert!(err("tanks from 2023-02-01 to 2023-01-01").contains("ends"));
    }

    #[test]
    fn explicit_syntax() {
        let q =
            p("speaker:\"John Kirby\" place:Artemivsk kind:claim since:2023-01 -Soledar NOT grinder \"salt mines\"");
        assert_eq!(q.speaker.unwrap().canonical.as_deref(), Some("John Kirby"));
        assert_eq!(q.mentions[0].canonical.as_deref(), Some("Bakhmut"));
        assert_eq!(q.since.unwrap().to_string(), "2023-01-01");
        assert_eq!(q.excluded, ["Soledar", "grinder"]);
        assert_eq!(q.phrases, ["salt mines"]);
        let q = p("Bakhmut OR Soledar OR Avdiivka tanks");
        assert_eq!(q.any_of, [vec!["Bakhmut", "Soledar", "Avdiivka"]]);
        assert_eq!(q.words, ["tanks"]);
        assert_eq!(p("person:Zelenskyi").mentions[0].canonical.as_deref(), Some("Volodymyr Zelensky"));
        assert!(p("person:Zelenskyi").explain().contains("corrected from \"Zelenskyi\""));
    }

    #[test]
    fn unresolved_names_suggest() {
        let q = p("claims by Kirbyy Jonhson");
        assert_eq!(q.speaker.as_ref().unwrap().canonical, None);
        let q = p("claims by Krby");
        let s = q.speaker.unwrap();
        assert!(s.canonical.is_none() && s.suggestions.contains(&"John Kirby".to_string()), "{s:?}");
    }

    #[test]
    fn bad_queries_say_why() {
        assert_eq!(err("  "), "bad query: empty query");
        assert!(err("tanks \"leopard").contains("unbalanced quotation mark at column 7"));
        assert!(err(&"x ".repeat(600)).contains("limit"));
        assert!(err("claims by ").contains("needs a speaker"));
        assert!(err("colour:red tanks").contains("unknown field `colour:`"));
        assert!(err("since:yesterday").contains("cannot read"));
        assert!(err("kind:tweet").contains("kind:claim"));
        assert!(err("Bakhmut OR").contains("OR needs"));
        assert!(err("speaker:").contains("needs a value"));
    }
}
