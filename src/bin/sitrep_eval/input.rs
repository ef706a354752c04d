//! Reading gold files and corpora: JSON Lines (plain, `.zst`, `.gz`), single JSON objects, and any article file
//! sitrep itself reads (`.txt`, `.md`, `.json`).

use std::collections::{HashMap, HashSet};

use std::io::{BufRead, Read};
use std::path::Path;

use anyhow::{bail, Context};
use serde_json::Value;
use sitrep::article::{derive_id, parse_date, read_file, Article};

/// Fails with a message naming the path when it does not exist.
pub fn require(path: &Path, what: &str) -> anyhow::Result<()> {
    if !path.exists() {
        let hint = if path.starts_with("../shared") {
            "the ../shared corpora are optional on other machines; run from the repository root next to ../shared, \
             or pass the path explicitly"
        } else {
            "default paths are relative to the repository root; run from there or pass the path explicitly"
        };
        bail!("{what} not found: {} ({hint})", path.display());
    }
    Ok(())
}

fn lower_name(path: &Path) -> String {
    path.file_name().and_then(|n| n.to_str()).unwrap_or("").to_ascii_lowercase()
}

pub use super::compressed::open_lines;

/// True for files read record by record (JSON Lines, possibly compressed).
pub fn is_records_file(path: &Path) -> bool {
    let name = lower_name(path);
    let name = name.trim_end_matches(".zst").trim_end_matches(".zstd").trim_end_matches(".gz");
    name.ends_with(".jsonl") || name.ends_with(".ndjson") || lower_name(path) != name
}

/// Calls `f(line, record)` for every non-empty line of a JSON Lines file; stops when `f` returns false.
pub fn for_each_record(path: &Path, mut f: impl FnMut(usize, Value) -> anyhow::Result<bool>) -> anyhow::Result<()> {
    let mut reader = open_lines(path)?;
    let mut buf = String::new();
    let mut line = 0usize;
    loop {
        buf.clear();
        if reader.read_line(&mut buf).with_context(|| format!("reading {}", path.display()))? == 0 {
            return Ok(());
        }
        line += 1;
        let text = buf.trim();
        if text.is_empty() {
            continue;
        }
        let value: Value =
            serde_json::from_str(text).with_context(|| format!("{}:{line}: invalid JSON", path.display()))?;
        if !f(line, value)? {
            return Ok(());
        }
    }
}

/// Reads a gold file: a JSON array, one JSON object, or JSON Lines (chosen by content, so `.json` and `.jsonl`
/// both work).
pub fn read_gold(path: &Path) -> anyhow::Result<Vec<Value>> {
    require(path, "gold file")?;
    let mut text = String::new();
    open_lines(path)?.read_to_string(&mut text).with_context(|| format!("reading {}", path.display()))?;
    if let Ok(value) = serde_json::from_str::<Value>(&text) {
        return match value {
            Value::Array(items) => Ok(items),
            Value::Object(_) => Ok(vec![value]),
            _ => bail!("{}: expected a JSON object, an array of objects or JSON Lines", path.display()),
        };
    }
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        out.push(serde_json::from_str(line).with_context(|| format!("{}:{}: invalid JSON", path.display(), i + 1))?);
    }
    Ok(out)
}

/// The id of a record (string or number), if any.
pub fn record_id(v: &Value) -> Option<String> {
    match v.get("id")? {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn str_field<'v>(v: &'v Value, key: &str) -> &'v str {
    v.get(key).and_then(Value::as_str).unwrap_or("")
}

/// Builds an article from a corpus record the way sitrep's JSON reader does: `text` (or `body`, `content`) is the
/// body, untouched, so gold offsets into `text` are offsets into the body.
pub fn article_from_record(v: &Value, path: &Path, line: usize) -> Option<Article> {
    let body = ["text", "body", "content"].iter().map(|k| str_field(v, k)).find(|t| !t.trim().is_empty())?;
    let title = str_field(v, "title").to_string();
    let date = [str_field(v, "date_norm"), str_field(v, "date")].into_iter().find_map(parse_date);
    Some(Article {
        id: record_id(v).unwrap_or_else(|| derive_id(&title, body)),
        path: path.display().to_string(),
        line: Some(line),
        title,
        body: body.to_string(),
        published: date,
        source: str_field(v, "source").to_string(),
        url: str_field(v, "url").to_string(),
    })
}

/// The corpus articles with the wanted ids. A records file is streamed and only wanted records are kept; any
/// other file is read as sitrep reads it, and when it holds a single article, that article is also found under
/// the file's stem (`soledar-2023-01` for `corpus-sample/soledar-2023-01.txt`).
pub fn load_articles(corpus: &Path, wanted: &HashSet<String>) -> anyhow::Result<HashMap<String, Article>> {
    require(corpus, "corpus")?;
    let mut found = HashMap::new();
    if is_records_file(corpus) {
        for_each_record(corpus, |line, v| {
            if let Some(id) = record_id(&v).filter(|id| wanted.contains(id)) {
                if let Some(a) = article_from_record(&v, corpus, line) {
                    found.insert(id, a);
                }
            }
            Ok(found.len() < wanted.len())
        })?;
        return Ok(found);
    }
    let read = read_file(corpus);
    if let Some(r) = read.rejects.first() {
        bail!("corpus {r}");
    }
    let stem = corpus.file_name().and_then(|n| n.to_str()).map(|n| n.split('.').next().unwrap_or(n).to_string());
    if let ([only], Some(stem)) = (read.articles.as_slice(), stem) {
        found.insert(stem, only.clone());
    }
    for a in read.articles {
        found.insert(a.id.clone(), a);
    }
    Ok(found)
}

/// Ids of the articles the extractor panicked on (each is evaluated as if nothing had been extracted).
static PANICKED: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

/// Runs the extractor; a panic is reported on stderr, remembered (see [`panicked`]) and gives an empty extraction,
/// so one bad article does not hide the numbers of all the others.
pub fn extract(extractor: &sitrep::extract::Extractor, article: &Article) -> sitrep::extract::Extraction {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| extractor.extract(article))) {
        Ok(x) => x,
        Err(_) => {
            eprintln!("sitrep-eval: the extractor panicked on article {}; it counts as extracting nothing", article.id);
            PANICKED.lock().unwrap_or_else(|e| e.into_inner()).push(article.id.clone());
            sitrep::extract::Extraction::default()
        }
    }
}

/// The articles the extractor panicked on so far.
pub fn panicked() -> Vec<String> {
    PANICKED.lock().unwrap_or_else(|e| e.into_inner()).clone()
}

/// A note under a table when the extractor panicked on some articles.
pub fn print_panics() {
    let ids = panicked();
    if !ids.is_empty() {
        println!(
            "\nnote: the extractor panicked on {} article(s), counted as extracting nothing: {}",
            ids.len(),
            ids.join(", ")
        );
    }
}
