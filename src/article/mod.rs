//! Reading articles: one file in, zero or more [`Article`]s and [`Reject`]s out.
//!
//! Formats (see `schema/article.schema.json` and README "Input formats"):
//! `.txt`/`.md` (title line, optional `Date:`/`Source:`/`URL:` headers, body), `.json` (one object),
//! `.jsonl`/`.ndjson` (one object per line). A bad file or line becomes a [`Reject`] naming the path and
//! line; it never stops the others.

mod date;
mod html;
mod json;
mod text;

pub(crate) use date::month_from_name;
pub use date::parse_date;

use std::fmt;
use std::path::Path;

/// One news article, as the extractor and the index see it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Article {
    /// Stable id: the input's own `id`, or derived from the title and body (see [`derive_id`]).
    pub id: String,
    /// The file the article came from, as given on the command line plus the walked part.
    pub path: String,
    /// 1-based line for articles from JSON Lines files.
    pub line: Option<usize>,
    /// Headline; may be empty for JSON inputs that have none.
    pub title: String,
    /// Body text, exactly as in the input (claim offsets point into it).
    pub body: String,
    /// Publication date, when the input had one we could read.
    pub published: Option<time::Date>,
    /// Outlet or feed label.
    pub source: String,
    /// Original URL.
    pub url: String,
}

impl Article {
    /// A feed item with a headline and no body (JSON inputs only): indexed, searchable by its title.
    pub fn headline_only(&self) -> bool {
        self.body.is_empty()
    }

    /// The title, or the first words of the body when the input had no title.
    pub fn display_title(&self) -> String {
        if !self.title.trim().is_empty() {
            return self.title.trim().to_string();
        }
        let lead: String = self.body.split_whitespace().take(12).collect::<Vec<_>>().join(" ");
        format!("{lead}…")
    }
}

/// An input that could not be read as an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reject {
    /// The file.
    pub path: String,
    /// 1-based line (JSON Lines, or where a text file stopped being valid), if known.
    pub line: Option<usize>,
    /// What was wrong, for a person.
    pub reason: String,
}

impl fmt::Display for Reject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.path, line, self.reason),
            None => write!(f, "{}: {}", self.path, self.reason),
        }
    }
}

/// What reading one file produced.
#[derive(Debug, Default)]
pub struct FileRead {
    /// Articles read.
    pub articles: Vec<Article>,
    /// Inputs rejected (the whole file, or single lines of a JSON Lines file).
    pub rejects: Vec<Reject>,
    /// Bytes read.
    pub bytes: u64,
}

/// Input formats, chosen by file extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `.txt`, `.text`
    Text,
    /// `.md`, `.markdown`
    Markdown,
    /// `.json`
    Json,
    /// `.jsonl`, `.ndjson`
    JsonLines,
}

impl Format {
    /// The format for a path, or `None` for an unsupported extension.
    pub fn of(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "json" => Some(Format::Json),
            "jsonl" | "ndjson" => Some(Format::JsonLines),
            _ => None,
        }
    }
}

/// Largest single file read whole (text and JSON); JSON Lines files are streamed and have no limit.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Reads one file. Never fails: every problem becomes a [`Reject`].
pub fn read_file(path: &Path) -> FileRead {
    let shown = path.display().to_string();
    let Some(format) = Format::of(path) else {
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        let reason = if ext.is_empty() {
            "unsupported file type (no extension)".to_string()
        } else {
            format!("unsupported file type (.{ext})")
        };
        return rejected(shown, None, reason);
    };
    match format {
        Format::JsonLines => json::read_lines(path, &shown),
        Format::Text | Format::Markdown | Format::Json => {
            let bytes = match read_limited(path) {
                Ok(bytes) => bytes,
                Err(reason) => return rejected(shown, None, reason),
            };
            let n = bytes.len() as u64;
            let mut read = match format {
                Format::Json => json::read_object(&bytes, &shown),
                _ => text::read(&bytes, &shown, format == Format::Markdown),
            };
            read.bytes = n;
            read
        }
    }
}

fn read_limited(path: &Path) -> Result<Vec<u8>, String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot read: {e}"))?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(format!(
            "file too large ({} MB, limit {} MB; split it into JSON Lines)",
            meta.len() / (1024 * 1024),
            MAX_FILE_BYTES / (1024 * 1024)
        ));
    }
    std::fs::read(path).map_err(|e| format!("cannot read: {e}"))
}

fn rejected(path: String, line: Option<usize>, reason: String) -> FileRead {
    FileRead { articles: Vec::new(), rejects: vec![Reject { path, line, reason }], bytes: 0 }
}

/// Checks that bytes are text: not binary, valid UTF-8. Returns the 1-based line of the first problem.
pub(crate) fn as_text(bytes: &[u8]) -> Result<&str, (Option<usize>, String)> {
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        return Err((Some(line_of(bytes, pos)), "binary file (NUL byte)".to_string()));
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let pos = e.valid_up_to();
        (Some(line_of(bytes, pos)), format!("invalid UTF-8 at byte {pos}"))
    })
}

fn line_of(bytes: &[u8], pos: usize) -> usize {
    bytes[..pos].iter().filter(|&&b| b == b'\n').count() + 1
}

/// A stable id for an article without one: `a-` and 16 hex digits of the BLAKE3 hash of title and body.
/// The same article gets the same id wherever its file lives, so moving a file does not duplicate it.
pub fn derive_id(title: &str, body: &str) -> String {
    let mut hasher = blake3::Hasher::new();
    hasher.update(title.trim().as_bytes());
    hasher.update(b"\n");
    hasher.update(body.trim().as_bytes());
    let hex = hasher.finalize().to_hex();
    format!("a-{}", &hex[..16])
}

/// Where an input came from, for building rejects and articles.
pub(crate) struct Origin<'a> {
    pub path: &'a str,
    pub line: Option<usize>,
}

impl Origin<'_> {
    pub fn reject(&self, reason: impl Into<String>) -> Reject {
        Reject { path: self.path.to_string(), line: self.line, reason: reason.into() }
    }
}
