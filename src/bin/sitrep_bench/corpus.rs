//! The benchmark corpus: source articles (a `.jsonl[.zst]` file or any path sitrep reads), replicated with new
//! ids to the requested scale, written as JSON Lines files of a fixed number of articles (what `sitrep index`
//! and the tantivy baseline read) and as plain text, one article per line (what grep reads):
//! `YYYY-MM-DD<TAB>title. body` (`-` for an undated article), newlines in the body replaced by spaces.

use std::fs::File;
use std::io::{BufRead, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// One source article, as written to the generated JSON Lines.
#[derive(Debug, Clone)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub text: String,
    pub date: Option<String>,
    pub source: String,
    pub url: String,
}

/// Loads the source articles: a JSON Lines file (plain or `.zst`), or files and directories read with sitrep's
/// own readers (the sample corpus).
pub fn load_sources(path: &Path) -> anyhow::Result<Vec<Source>> {
    if !path.exists() {
        let hint = if path.starts_with("../shared") {
            " (the ../shared corpora exist only on the project's machine: pass --corpus PATH, or --smoke)"
        } else {
            ""
        };
        bail!("corpus not found: {}{hint}", path.display());
    }
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("").to_ascii_lowercase();
    let base = name.trim_end_matches(".zst").trim_end_matches(".zstd");
    if path.is_file() && (base.ends_with(".jsonl") || base.ends_with(".ndjson")) {
        return load_jsonl(path);
    }
    let found = sitrep::discover::discover(&[path.to_path_buf()]);
    let mut out = Vec::new();
    for file in &found.files {
        for a in sitrep::article::read_file(file).articles {
            out.push(Source {
                id: a.id,
                title: a.title,
                text: a.body,
                date: a.published.map(|d| d.to_string()),
                source: a.source,
                url: a.url,
            });
        }
    }
    if out.is_empty() {
        bail!("{}: no articles", path.display());
    }
    Ok(out)
}

fn load_jsonl(path: &Path) -> anyhow::Result<Vec<Source>> {
    let reader = super::compressed::open_lines(path)?;
    let str_of = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
    let mut out = Vec::new();
    for (n, line) in reader.lines().enumerate() {
        let line = line.with_context(|| format!("{}:{}", path.display(), n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(&line).with_context(|| format!("{}:{}", path.display(), n + 1))?;
        let text = str_of(&v, "text").or_else(|| str_of(&v, "body")).or_else(|| str_of(&v, "content"));
        let Some(text) = text else { continue };
        let title = str_of(&v, "title").unwrap_or_default();
        out.push(Source {
            id: str_of(&v, "id").unwrap_or_else(|| sitrep::article::derive_id(&title, &text)),
            title,
            text,
            date: str_of(&v, "date"),
            source: str_of(&v, "source").unwrap_or_default(),
            url: str_of(&v, "url").unwrap_or_default(),
        });
    }
    Ok(out)
}

/// A generated corpus on disk (`corpus.json` in its directory; reused when the parameters match).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Corpus {
    /// [`FORMAT`] of the generator that wrote it.
    pub format: u32,
    /// Where the source articles came from.
    pub source: String,
    /// Source articles.
    pub source_articles: usize,
    /// Articles written.
    pub articles: usize,
    /// Articles per JSON Lines file.
    pub articles_per_file: usize,
    /// JSON Lines files, in order.
    pub files: Vec<PathBuf>,
    /// Bytes of JSON Lines.
    pub jsonl_bytes: u64,
    /// Bytes of title + body text (UTF-8).
    pub text_bytes: u64,
    /// Directory of the JSON Lines files (what `sitrep index` is given).
    pub jsonl_dir: PathBuf,
    /// Directory of the plain-text files (what grep scans), if written.
    pub text_dir: Option<PathBuf>,
}

/// Version of the generated layout: a corpus written by another version is generated again.
pub const FORMAT: u32 = 2;

/// Articles per plain-text file.
const TEXT_ARTICLES_PER_FILE: usize = 1000;
/// JSON Lines files per subdirectory.
const FILES_PER_DIR: usize = 100;

/// Returns the corpus in `dir`, generating it first unless an identical one is already there.
pub fn prepare(
    dir: &Path,
    source_path: &Path,
    scale: Option<usize>,
    per_file: usize,
    with_text: bool,
) -> anyhow::Result<Corpus> {
    let marker = dir.join("corpus.json");
    let source = source_path.display().to_string();
    if let Ok(bytes) = std::fs::read(&marker) {
        if let Ok(c) = serde_json::from_slice::<Corpus>(&bytes) {
            let same = c.format == FORMAT
                && c.source == source
                && scale.is_none_or(|n| n == c.articles)
                && c.articles_per_file == per_file
                && (c.text_dir.is_some() || !with_text)
                && c.files.iter().all(|f| f.exists());
            if same {
                eprintln!("sitrep-bench: reusing the corpus in {}", dir.display());
                return Ok(c);
            }
        }
    }
    eprintln!("sitrep-bench: loading {}", source_path.display());
    let sources = load_sources(source_path)?;
    let articles = scale.unwrap_or(sources.len());
    eprintln!("sitrep-bench: writing {articles} articles to {}", dir.display());
    if dir.exists() {
        std::fs::remove_dir_all(dir).with_context(|| format!("cannot clear {}", dir.display()))?;
    }
    let jsonl_dir = dir.join("jsonl");
    let text_dir = dir.join("text");
    std::fs::create_dir_all(&jsonl_dir)?;
    if with_text {
        std::fs::create_dir_all(&text_dir)?;
    }
    let mut files = Vec::new();
    let mut jsonl_bytes = 0u64;
    let mut text_bytes = 0u64;
    let mut jsonl: Option<BufWriter<File>> = None;
    let mut text: Option<BufWriter<File>> = None;
    let mut line = Vec::new();
    for i in 0..articles {
        if i % per_file == 0 {
            if let Some(mut w) = jsonl.take() {
                w.flush()?;
            }
            let n = i / per_file;
            let sub = jsonl_dir.join(format!("d{:04}", n / FILES_PER_DIR));
            std::fs::create_dir_all(&sub)?;
            let path = sub.join(format!("part-{n:06}.jsonl"));
            jsonl = Some(BufWriter::new(File::create(&path).with_context(|| format!("{}", path.display()))?));
            files.push(path);
        }
        if with_text && i % TEXT_ARTICLES_PER_FILE == 0 {
            if let Some(mut w) = text.take() {
                w.flush()?;
            }
            let path = text_dir.join(format!("part-{:05}.txt", i / TEXT_ARTICLES_PER_FILE));
            text = Some(BufWriter::new(File::create(&path).with_context(|| format!("{}", path.display()))?));
        }
        let src = &sources[i % sources.len()];
        let replica = i / sources.len();
        let id = if replica == 0 { src.id.clone() } else { format!("{}-r{replica}", src.id) };
        line.clear();
        serde_json::to_writer(
            &mut line,
            &serde_json::json!({
                "id": id, "title": src.title, "date": src.date, "source": src.source, "url": src.url, "text": src.text,
            }),
        )?;
        line.push(b'\n');
        jsonl.as_mut().expect("opened above").write_all(&line)?;
        jsonl_bytes += line.len() as u64;
        text_bytes += (src.title.len() + src.text.len()) as u64;
        if let Some(w) = text.as_mut() {
            let flat: String = src.text.chars().map(|c| if c == '\n' || c == '\r' { ' ' } else { c }).collect();
            let date = src.date.as_deref().and_then(sitrep::article::parse_date);
            let date = date.map_or_else(|| "-".to_string(), |d| d.to_string());
            writeln!(w, "{date}\t{}. {flat}", src.title.replace(['\n', '\r'], " "))?;
        }
    }
    for mut w in jsonl.into_iter().chain(text) {
        w.flush()?;
    }
    let corpus = Corpus {
        format: FORMAT,
        source,
        source_articles: sources.len(),
        articles,
        articles_per_file: per_file,
        files,
        jsonl_bytes,
        text_bytes,
        jsonl_dir,
        text_dir: with_text.then_some(text_dir),
    };
    std::fs::write(&marker, serde_json::to_vec_pretty(&corpus)?)?;
    Ok(corpus)
}

/// Reads every file under `dir` once, so that the timed runs start from a warm page cache.
pub fn warm(dir: &Path) -> anyhow::Result<u64> {
    let mut total = 0;
    let mut buf = vec![0u8; 1 << 20];
    for entry in walkdir::WalkDir::new(dir) {
        let entry = entry?;
        if entry.file_type().is_file() {
            let mut f = File::open(entry.path())?;
            loop {
                let n = f.read(&mut buf)?;
                if n == 0 {
                    break;
                }
                total += n as u64;
            }
        }
    }
    Ok(total)
}

/// Files edited for the "1% changed" rerun, with their original bytes (see [`restore`]).
pub struct Edited {
    pub originals: Vec<(PathBuf, Vec<u8>)>,
}

/// Rewrites `fraction` of the JSON Lines files (at least one, spread evenly), editing the first article of each:
/// a sentence is appended to its text, so the file's content (and its hash) changes.
pub fn edit_files(corpus: &Corpus, fraction: f64) -> anyhow::Result<Edited> {
    let n = ((corpus.files.len() as f64 * fraction).round() as usize).clamp(1, corpus.files.len());
    let mut originals = Vec::new();
    for k in 0..n {
        let path = &corpus.files[k * corpus.files.len() / n];
        let bytes = std::fs::read(path)?;
        let text = std::str::from_utf8(&bytes)?;
        let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
        let mut v: Value = serde_json::from_str(first)?;
        if let Some(Value::String(t)) = v.get_mut("text") {
            t.push_str(" Updated by sitrep-bench: this sentence was added to change the file.");
        }
        let mut out = serde_json::to_vec(&v)?;
        out.push(b'\n');
        out.extend_from_slice(rest.as_bytes());
        std::fs::write(path, &out)?;
        originals.push((path.clone(), bytes));
    }
    Ok(Edited { originals })
}

/// Puts the edited files back as they were.
pub fn restore(edited: Edited) -> anyhow::Result<()> {
    for (path, bytes) in edited.originals {
        std::fs::write(&path, bytes)?;
    }
    Ok(())
}

/// Total size of the files under a directory (apparent size, like `du -sb`).
pub fn du(dir: &Path) -> u64 {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter_map(|e| e.metadata().ok())
        .map(|m| m.len())
        .sum()
}
