//! Plain-text and Markdown articles.
//!
//! Layout: the first non-empty line is the title (a Markdown `#` prefix is dropped). Right after it, after
//! optional blank lines, header lines `Date:`, `Published:`, `Source:` and `URL:` (any case) may follow; the
//! rest is the body. Without headers, everything after the title line is the body.

use super::date::date_from_file_name;
use super::{as_text, derive_id, parse_date, Article, FileRead, Origin};

pub(super) fn read(bytes: &[u8], path: &str, markdown: bool) -> FileRead {
    let origin = Origin { path, line: None };
    let mut out = FileRead::default();
    let text = match as_text(bytes) {
        Ok(t) => t.strip_prefix('\u{feff}').unwrap_or(t),
        Err((line, reason)) => {
            out.rejects.push(super::Reject { path: path.to_string(), line, reason });
            return out;
        }
    };
    match parse(text, markdown) {
        Ok(parsed) => {
            let body = parsed.body.to_string();
            out.articles.push(Article {
                id: derive_id(&parsed.title, &body),
                path: path.to_string(),
                line: None,
                title: parsed.title,
                body,
                published: parsed.date.as_deref().and_then(parse_date).or_else(|| date_from_file_name(path)),
                source: parsed.source.unwrap_or_default(),
                url: parsed.url.unwrap_or_default(),
            })
        }
        Err(reason) => out.rejects.push(origin.reject(reason)),
    }
    out
}

struct Parsed<'a> {
    title: String,
    date: Option<String>,
    source: Option<String>,
    url: Option<String>,
    body: &'a str,
}

fn parse(text: &str, markdown: bool) -> Result<Parsed<'_>, String> {
    if text.trim().is_empty() {
        return Err("empty file".to_string());
    }
    let mut lines = LineCursor { text, pos: 0 };
    // Title: first non-empty line.
    let title_line = loop {
        match lines.next() {
            Some(l) if l.trim().is_empty() => continue,
            Some(l) => break l.trim(),
            None => return Err("empty file".to_string()),
        }
    };
    let title = if markdown { title_line.trim_start_matches('#').trim().to_string() } else { title_line.to_string() };
    let mut parsed = Parsed { title, date: None, source: None, url: None, body: "" };
    // Headers: after optional blank lines, consecutive `Key: value` lines with known keys.
    let mut body_start = lines.pos;
    let mut probe = LineCursor { text, pos: lines.pos };
    let mut seen_header = false;
    while let Some(line) = probe.next() {
        let t = line.trim();
        if t.is_empty() {
            if seen_header {
                break;
            }
            continue;
        }
        let Some((key, value)) = t.split_once(':') else {
            break;
        };
        let value = value.trim().to_string();
        match key.trim().to_ascii_lowercase().as_str() {
            "date" | "published" => parsed.date = Some(value),
            "source" => parsed.source = Some(value),
            "url" => parsed.url = Some(value),
            _ => break,
        }
        seen_header = true;
        body_start = probe.pos;
    }
    let body = text[body_start..].trim_matches(|c: char| c.is_whitespace());
    if body.is_empty() {
        return Err("no body text after the title line".to_string());
    }
    parsed.body = body;
    Ok(parsed)
}

struct LineCursor<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> LineCursor<'a> {
    fn next(&mut self) -> Option<&'a str> {
        if self.pos >= self.text.len() {
            return None;
        }
        let rest = &self.text[self.pos..];
        let end = rest.find('\n').map_or(rest.len(), |i| i + 1);
        self.pos += end;
        Some(rest[..end].trim_end_matches(['\n', '\r']))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_headers_body() {
        let p = parse("Title here\nDate: 2023-01-14\nSource: Wire\nURL: https://x\n\nBody one.\n\nBody two.\n", false)
            .unwrap();
        assert_eq!(p.title, "Title here");
        assert_eq!(p.date.as_deref(), Some("2023-01-14"));
        assert_eq!(p.source.as_deref(), Some("Wire"));
        assert_eq!(p.url.as_deref(), Some("https://x"));
        assert_eq!(p.body, "Body one.\n\nBody two.");
    }

    #[test]
    fn no_headers_means_all_body() {
        let p = parse("\n# Title\n\nSaid: not a header at all.\n", true).unwrap();
        assert_eq!(p.title, "Title");
        assert_eq!(p.body, "Said: not a header at all.");
    }

    #[test]
    fn title_only_is_rejected() {
        assert!(parse("Only a title\n\n", false).is_err());
        assert!(parse("   \n", false).is_err());
    }
}
