//! JSON and JSON Lines articles.
//!
//! Fields: `id` (string or number, optional), `title`, `text` (or `body`, or `content`), `date`, `source`,
//! `url`; unknown fields are ignored. JSON Lines files are streamed line by line, each line its own article;
//! a bad line is rejected with its line number and the others are kept.

use std::io::{BufRead, BufReader};
use std::path::Path;

use serde::Deserialize;

use super::{as_text, derive_id, parse_date, Article, FileRead, Origin, Reject};

#[derive(Deserialize)]
struct Raw {
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    body: Option<String>,
    #[serde(default)]
    content: Option<String>,
    #[serde(default)]
    date: Option<serde_json::Value>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    url: Option<String>,
}

fn article_from(json: &str, origin: &Origin) -> Result<Article, Reject> {
    let raw: Raw = serde_json::from_str(json).map_err(|e| {
        let what = if e.is_data() { "not an article object" } else { "invalid JSON" };
        origin.reject(format!("{what}: {e}"))
    })?;
    let title = raw.title.unwrap_or_default();
    let title = if super::html::looks_like_html(&title) { super::html::to_text(&title) } else { title };
    let body = [raw.text, raw.body, raw.content].into_iter().flatten().find(|t| !t.trim().is_empty());
    // Feed text often carries HTML: reduce it to plain text (offsets then point into the cleaned text).
    let body = match body {
        Some(b) if super::html::looks_like_html(&b) => super::html::to_text(&b),
        Some(b) => b,
        None => String::new(),
    };
    // A feed item with a headline and no body is a headline-only article (RSS dumps carry many); only a record
    // with neither is no article.
    if body.trim().is_empty() && title.trim().is_empty() {
        return Err(origin.reject("no text (expected a non-empty `text`, `body` or `content` field, or a `title`)"));
    }
    let body = if body.trim().is_empty() { String::new() } else { body };
    let id = match raw.id {
        Some(serde_json::Value::String(s)) if !s.trim().is_empty() => s.trim().to_string(),
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => derive_id(&title, &body),
    };
    let published = match raw.date {
        Some(serde_json::Value::String(s)) => parse_date(&s),
        _ => None,
    };
    Ok(Article {
        id,
        path: origin.path.to_string(),
        line: origin.line,
        title,
        body,
        published,
        source: raw.source.unwrap_or_default(),
        url: raw.url.unwrap_or_default(),
    })
}

pub(super) fn read_object(bytes: &[u8], path: &str) -> FileRead {
    let mut out = FileRead::default();
    let origin = Origin { path, line: None };
    let text = match as_text(bytes) {
        Ok(t) => t.strip_prefix('\u{feff}').unwrap_or(t),
        Err((line, reason)) => {
            out.rejects.push(Reject { path: path.to_string(), line, reason });
            return out;
        }
    };
    if text.trim().is_empty() {
        out.rejects.push(origin.reject("empty file"));
        return out;
    }
    match article_from(text, &origin) {
        Ok(a) => out.articles.push(a),
        Err(mut r) => {
            // serde_json reports the line inside the file: move it to the reject's line.
            if let Some(line) = serde_json_line(&r.reason) {
                r.line = Some(line);
            }
            out.rejects.push(r)
        }
    }
    out
}

fn serde_json_line(msg: &str) -> Option<usize> {
    let rest = &msg[msg.rfind(" at line ")? + " at line ".len()..];
    rest.split_whitespace().next()?.parse().ok()
}

pub(super) fn read_lines(path: &Path, shown: &str) -> FileRead {
    let mut out = FileRead::default();
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => {
            out.rejects.push(Reject { path: shown.to_string(), line: None, reason: format!("cannot read: {e}") });
            return out;
        }
    };
    let mut reader = BufReader::with_capacity(1 << 20, file);
    let mut buf = Vec::new();
    let mut line_no = 0usize;
    let mut non_empty = 0usize;
    loop {
        buf.clear();
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => break,
            Ok(n) => out.bytes += n as u64,
            Err(e) => {
                out.rejects.push(Reject {
                    path: shown.to_string(),
                    line: Some(line_no + 1),
                    reason: format!("read error: {e}"),
                });
                break;
            }
        }
        line_no += 1;
        let origin = Origin { path: shown, line: Some(line_no) };
        let line = match as_text(&buf) {
            Ok(t) => t.trim(),
            Err((_, reason)) => {
                out.rejects.push(origin.reject(reason));
                continue;
            }
        };
        let line = line.strip_prefix('\u{feff}').unwrap_or(line);
        if line.is_empty() {
            continue;
        }
        non_empty += 1;
        match article_from(line, &origin) {
            Ok(a) => out.articles.push(a),
            Err(r) => out.rejects.push(r),
        }
    }
    if non_empty == 0 && out.rejects.is_empty() {
        out.rejects.push(Reject { path: shown.to_string(), line: None, reason: "empty file".to_string() });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn origin() -> Origin<'static> {
        Origin { path: "x.json", line: Some(3) }
    }

    #[test]
    fn body_and_content_are_text() {
        let a = article_from(r#"{"title":"T","body":"B","extra":1}"#, &origin()).unwrap();
        assert_eq!(a.body, "B");
        let a = article_from(r#"{"title":"T","content":"C","date":"July 11, 2022"}"#, &origin()).unwrap();
        assert_eq!(a.body, "C");
        assert_eq!(a.published.unwrap().to_string(), "2022-07-11");
        assert!(a.id.starts_with("a-"));
    }

    #[test]
    fn numeric_id_kept() {
        let a = article_from(r#"{"id":42,"text":"x"}"#, &origin()).unwrap();
        assert_eq!(a.id, "42");
    }

    #[test]
    fn headline_only_is_an_article() {
        let a = article_from(r#"{"title":"Wagner claims Soledar","text":""}"#, &origin()).unwrap();
        assert_eq!((a.title.as_str(), a.body.as_str()), ("Wagner claims Soledar", ""));
        assert!(a.headline_only());
        let a = article_from(r#"{"title":"T","text":"<p> </p>"}"#, &origin()).unwrap();
        assert!(a.headline_only());
    }

    #[test]
    fn missing_text_and_bad_json_are_rejected_with_line() {
        let r = article_from(r#"{"title":" ","text":""}"#, &origin()).unwrap_err();
        assert_eq!(r.line, Some(3));
        assert!(r.reason.contains("no text"), "{}", r.reason);
        let r = article_from(r#"{"title": "#, &origin()).unwrap_err();
        assert!(r.reason.contains("invalid JSON"), "{}", r.reason);
        let r = article_from(r#"[1,2]"#, &origin()).unwrap_err();
        assert!(r.reason.contains("not an article object"), "{}", r.reason);
    }
}
