//! The JSON contract: serialized shapes of `extract --json` and `search --json`, kept apart from internal
//! types so that a change to them is always a visible diff (README "JSON contract" documents every field).

use serde::Serialize;

use crate::article::Article;
use crate::extract::{CharOffsets, Extraction};
use crate::vocab::EntityKind;

/// One line of `sitrep extract --json`.
#[derive(Debug, Serialize)]
pub struct ExtractedArticle {
    /// Article id.
    pub id: String,
    /// File path.
    pub path: String,
    /// Line in a JSON Lines file, else null.
    pub line: Option<usize>,
    /// Title.
    pub title: String,
    /// `YYYY-MM-DD` or null.
    pub published: Option<String>,
    /// Source label.
    pub source: String,
    /// URL.
    pub url: String,
    /// Canonical names of people.
    pub people: Vec<String>,
    /// Canonical names of places.
    pub places: Vec<String>,
    /// Canonical names of organizations.
    pub organizations: Vec<String>,
    /// Canonical names of equipment.
    pub equipment: Vec<String>,
    /// Every entity with its facet path and whether the gazetteer knows it.
    pub entities: Vec<ExtractedEntity>,
    /// Claims in text order.
    pub claims: Vec<ExtractedClaim>,
    /// With `extract --spans`: every entity mention in the body, in text order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spans: Option<Vec<ExtractedSpan>>,
}

/// An entity mention in `extract --json --spans`.
#[derive(Debug, Serialize)]
pub struct ExtractedSpan {
    /// Canonical name of the entity.
    pub name: String,
    /// person, place, organization or equipment.
    pub kind: EntityKind,
    /// Start of the mention in the body, in characters.
    pub start: usize,
    /// End (exclusive), in characters.
    pub end: usize,
    /// The mention as written.
    pub text: String,
}

/// An entity in `extract --json`.
#[derive(Debug, Serialize)]
pub struct ExtractedEntity {
    /// person, place, organization or equipment.
    pub kind: EntityKind,
    /// Canonical name.
    pub name: String,
    /// Facet path, e.g. `/place/Ukraine/Donetsk Oblast/Bakhmut`.
    pub facet: String,
    /// In the gazetteer (true) or recognized from context (false).
    pub known: bool,
    /// Number of mentions.
    pub mentions: u32,
}

/// A claim in `extract --json`.
#[derive(Debug, Serialize)]
pub struct ExtractedClaim {
    /// Canonical speaker, or the description of an unnamed one.
    pub speaker: String,
    /// The speaker as written at the attribution.
    pub speaker_as_written: String,
    /// person, organization, place or unnamed.
    pub speaker_kind: &'static str,
    /// Reporting verb or phrase as written.
    pub cue: String,
    /// direct, indirect or according_to.
    pub kind: &'static str,
    /// What was said; the pieces of a quotation split by its attribution are joined with " … ".
    pub text: String,
    /// Start of the claim in the body, in characters (Unicode scalar values).
    pub start: usize,
    /// End (exclusive) of `text` in the body, in characters.
    pub end: usize,
    /// Canonical names of the entities mentioned in `text`.
    pub mentions: Vec<String>,
}

/// Builds the `extract --json` record of an article; `spans` adds where each entity is mentioned.
pub fn extracted(article: &Article, x: &Extraction, spans: bool) -> ExtractedArticle {
    let body = &article.body;
    let chars = CharOffsets::new(body);
    ExtractedArticle {
        id: article.id.clone(),
        path: article.path.clone(),
        line: article.line,
        title: article.title.clone(),
        published: article.published.map(|d| d.to_string()),
        source: article.source.clone(),
        url: article.url.clone(),
        people: x.names(EntityKind::Person),
        places: x.names(EntityKind::Place),
        organizations: x.names(EntityKind::Organization),
        equipment: x.names(EntityKind::Equipment),
        entities: x
            .entities
            .iter()
            .map(|e| ExtractedEntity {
                kind: e.kind,
                name: e.name.clone(),
                facet: facet_string(e.kind, &e.path),
                known: e.known,
                mentions: e.mentions,
            })
            .collect(),
        claims: x
            .claims
            .iter()
            .map(|c| ExtractedClaim {
                speaker: c.speaker.clone(),
                speaker_as_written: c.speaker_text.clone(),
                speaker_kind: c.speaker_kind.as_str(),
                cue: c.cue.clone(),
                kind: c.kind.as_str(),
                text: c.text(body),
                start: chars.get(c.content.start),
                end: chars.get(c.content.end),
                mentions: c.mentions.iter().map(|&i| x.entities[i].name.clone()).collect(),
            })
            .collect(),
        spans: spans.then(|| {
            x.mentions
                .iter()
                .map(|m| ExtractedSpan {
                    name: x.entities[m.entity].name.clone(),
                    kind: x.entities[m.entity].kind,
                    start: chars.get(m.range.start),
                    end: chars.get(m.range.end),
                    text: body[m.range.clone()].to_string(),
                })
                .collect()
        }),
    }
}

/// `/kind/a/b/c` for display (names are shown unescaped).
pub fn facet_string(kind: EntityKind, path: &[String]) -> String {
    let mut s = format!("/{}", kind.as_str());
    for p in path {
        s.push('/');
        s.push_str(p);
    }
    s
}

/// Renders an extraction for a person reading a terminal.
pub fn extracted_text(a: &ExtractedArticle) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let _ = writeln!(s, "== {} ==", a.title);
    let loc = match a.line {
        Some(l) => format!("{}:{}", a.path, l),
        None => a.path.clone(),
    };
    let _ = writeln!(
        s,
        "id {} · {} · {} · {}",
        a.id,
        a.published.as_deref().unwrap_or("undated"),
        if a.source.is_empty() { "no source" } else { &a.source },
        loc
    );
    for (label, names) in
        [("people", &a.people), ("places", &a.places), ("organizations", &a.organizations), ("equipment", &a.equipment)]
    {
        if !names.is_empty() {
            let _ = writeln!(s, "{label:>13}: {}", names.join(", "));
        }
    }
    let _ = writeln!(s, "{:>13}: {}", "claims", a.claims.len());
    for c in &a.claims {
        let _ = writeln!(
            s,
            "  - {} [{}] {} ({}, {}..{}): {}",
            c.speaker, c.speaker_kind, c.cue, c.kind, c.start, c.end, c.text
        );
    }
    if let Some(spans) = &a.spans {
        let _ = writeln!(s, "{:>13}: {}", "mentions", spans.len());
        for m in spans {
            let _ = writeln!(s, "  {}..{} \"{}\" -> {} [{}]", m.start, m.end, m.text, m.name, m.kind.as_str());
        }
    }
    s
}

/// Renders search results for a person. `bold` wraps highlights in ANSI bold (terminals only).
pub fn search_text(r: &crate::search::SearchResult, bold: bool) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let _ = writeln!(s, "{}", r.interpretation.summary);
    let shown = r.hits.len();
    let first = r.hits.first().map_or(0, |h| h.rank);
    if shown == 0 {
        let _ = writeln!(s, "no hits");
    } else {
        let noun = if r.total == 1 { "hit" } else { "hits" };
        let _ = writeln!(s, "{} {noun}, showing {}-{}", r.total, first, first + shown - 1);
    }
    for h in &r.hits {
        let _ = writeln!(s);
        let date = h.published.as_deref().unwrap_or("undated");
        let source = if h.source.is_empty() { "no source" } else { &h.source };
        match &h.speaker {
            Some(sp) => {
                let _ = writeln!(
                    s,
                    "{:>2}. [claim] {} ({}) · {} {} · {} · {}",
                    h.rank,
                    sp,
                    h.speaker_kind.as_deref().unwrap_or(""),
                    h.cue.as_deref().unwrap_or(""),
                    h.claim_kind.as_deref().map(|k| format!("[{k}]")).unwrap_or_default(),
                    date,
                    source
                );
            }
            None => {
                let _ = writeln!(s, "{:>2}. [article] {} · {}", h.rank, date, source);
            }
        }
        // A headline-only article has no body to quote: its title below is all there is.
        if !h.snippet.is_empty() {
            let _ = writeln!(s, "    {}", highlight(&h.snippet, &h.highlights, bold));
        }
        if let Some(n) = h.carried_by.filter(|&n| n > 1) {
            let _ = writeln!(s, "    (carried by {n} articles)");
        }
        let _ = writeln!(s, "    — {}", h.title);
        let loc = match h.line {
            Some(l) => format!("{}:{}", h.path, l),
            None => h.path.clone(),
        };
        let _ = writeln!(s, "    {loc}");
    }
    let facets: Vec<String> = r
        .facets
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(name, values)| {
            let vals: Vec<String> = values.iter().map(|v| format!("{} ({})", v.value, v.count)).collect();
            format!("  {name}: {}", vals.join(", "))
        })
        .collect();
    if !facets.is_empty() {
        let _ = writeln!(s, "\nfacets over all {} hits:", r.total);
        for f in facets {
            let _ = writeln!(s, "{f}");
        }
    }
    s
}

/// Wraps highlighted character ranges in `**` (plain) or ANSI bold.
fn highlight(text: &str, ranges: &[[usize; 2]], bold: bool) -> String {
    let (open, close) = if bold { ("\x1b[1m", "\x1b[0m") } else { ("", "") };
    if ranges.is_empty() || !bold {
        return text.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    let mut out = String::with_capacity(text.len() + ranges.len() * 8);
    let mut pos = 0;
    let chars: Vec<char> = text.chars().collect();
    for r in ranges {
        let (a, b) = (r[0].min(chars.len()), r[1].min(chars.len()));
        if a < pos {
            continue;
        }
        out.extend(&chars[pos..a]);
        out.push_str(open);
        out.extend(&chars[a..b]);
        out.push_str(close);
        pos = b;
    }
    out.extend(&chars[pos..]);
    out.split(['\n', '\r']).collect::<Vec<_>>().join(" ")
}

/// Renders hits as CSV (RFC 4180 quoting): one row per hit, with a header.
pub fn search_csv(r: &crate::search::SearchResult) -> String {
    fn field(s: &str) -> String {
        if s.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_string()
        }
    }
    let mut out = String::from("rank,score,kind,id,published,source,speaker,claim_kind,title,path,line,snippet\n");
    for h in &r.hits {
        let row = [
            h.rank.to_string(),
            format!("{:.3}", h.score),
            h.kind.clone(),
            h.id.clone(),
            h.published.clone().unwrap_or_default(),
            h.source.clone(),
            h.speaker.clone().unwrap_or_default(),
            h.claim_kind.clone().unwrap_or_default(),
            h.title.clone(),
            h.path.clone(),
            h.line.map(|l| l.to_string()).unwrap_or_default(),
            h.snippet.split_whitespace().collect::<Vec<_>>().join(" "),
        ];
        out.push_str(&row.iter().map(|c| field(c)).collect::<Vec<_>>().join(","));
        out.push('\n');
    }
    out
}
