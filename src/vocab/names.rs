//! The gazetteer's names as a prebuilt table: every name and alias (as [`name_key`]) -> entry, in an FST, with
//! each entry's canonical name, kind, parent, aliases and description kept as text to be read only when a name
//! is looked up.
//!
//! `sitrep search` answers one question per process. Parsing the gazetteer files and hashing some 19,000 names to
//! resolve the two or three names of a question took about as long as running the question (BENCHMARKS.md,
//! session 6), so `sitrep index` writes this table into each generation of the index (the vocabulary is fixed
//! per generation: a changed one rebuilds) and `search` reads it in one call, without parsing anything it
//! does not use. The file starts with the vocabulary fingerprint; a table of another vocabulary is ignored.
//!
//! ```text
//! "sitrep-names 1\n"  fingerprint "\n"
//! u32 FST length, FST bytes (name key -> entry number)
//! u32 entry count n, (n + 1) u32 offsets into the entry text
//! entry text: per entry  kind \t parent number or "" \t canonical \t aliases joined by \x1f \t description
//! ```
//! Integers are little-endian.

use std::ops::{Deref, Range};
use std::path::Path;
use std::sync::Arc;

use tantivy_fst::{Map, Streamer};

use super::gazetteer::{name_key, EntityKind, Entry, Gazetteer};
use crate::error::{Error, Result};

/// The file name inside a generation directory.
pub const FILE_NAME: &str = "sitrep-names.bin";
const MAGIC: &[u8] = b"sitrep-names 1\n";
const ALIAS_SEP: char = '\x1f';

/// Names to entries, with the entries' text (see the module documentation). A loaded table is the file's bytes,
/// read once and used in place: the FST, the offsets and the text are ranges of them, and an entry's text is
/// checked when it is read, so loading costs one read whatever the table's size.
pub struct NameTable {
    keys: Map<Slice>,
    /// `count + 1` little-endian u32 offsets into `text`.
    offsets: Slice,
    text: Slice,
    count: usize,
    /// All of the above, as written after the file's header.
    body: Slice,
}

/// A range of a shared byte buffer.
#[derive(Clone)]
struct Slice {
    bytes: Arc<Bytes>,
    range: Range<usize>,
}

/// A table's bytes: built in memory, or the file mapped.
enum Bytes {
    Heap(Vec<u8>),
    Mapped(memmap2::Mmap),
}

impl Deref for Bytes {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Bytes::Heap(v) => v,
            Bytes::Mapped(m) => m,
        }
    }
}

impl Deref for Slice {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.bytes[self.range.clone()]
    }
}

impl NameTable {
    /// Every name and alias of a gazetteer; where two entries share a name, the first keeps it (as in
    /// [`Gazetteer::name_table`]).
    pub fn build(gazetteer: &Gazetteer) -> NameTable {
        let mut keys: Vec<(String, u64)> = Vec::with_capacity(gazetteer.len() * 4);
        let mut text = String::new();
        let mut offsets = Vec::with_capacity(gazetteer.len() + 1);
        for (idx, e) in gazetteer.entries().iter().enumerate() {
            keys.extend(std::iter::once(&e.canonical).chain(&e.aliases).map(|n| (name_key(n), idx as u64)));
            offsets.push(text.len() as u32);
            let parent = e.parent.map(|p| p.to_string()).unwrap_or_default();
            // Fields come from tab-separated files, so they hold no tab; separators are blanked all the same.
            let clean = |s: &str| s.replace(['\t', '\n', ALIAS_SEP], " ");
            let aliases: Vec<String> = e.aliases.iter().map(|a| clean(a)).collect();
            text.push_str(&format!(
                "{}\t{parent}\t{}\t{}\t{}\n",
                e.kind.as_str(),
                clean(&e.canonical),
                aliases.join(&ALIAS_SEP.to_string()),
                clean(&e.description)
            ));
        }
        offsets.push(text.len() as u32);
        // Stable sort: for a shared key the earliest entry comes first and is the one kept.
        keys.sort_by(|a, b| a.0.cmp(&b.0));
        keys.dedup_by(|later, first| later.0 == first.0);
        let mut builder = tantivy_fst::MapBuilder::memory();
        for (key, idx) in keys {
            builder.insert(key, idx).expect("sorted, unique keys");
        }
        let fst = builder.into_inner().expect("an in-memory FST");
        // The table is its file's layout after the header, held the way a loaded one is.
        let mut bytes = Vec::with_capacity(fst.len() + 4 * offsets.len() + text.len() + 8);
        bytes.extend_from_slice(&(fst.len() as u32).to_le_bytes());
        bytes.extend_from_slice(&fst);
        bytes.extend_from_slice(&((offsets.len() - 1) as u32).to_le_bytes());
        for o in &offsets {
            bytes.extend_from_slice(&o.to_le_bytes());
        }
        bytes.extend_from_slice(text.as_bytes());
        NameTable::parse(Arc::new(Bytes::Heap(bytes)), 0).expect("a table just built")
    }

    /// Writes the table (atomically: a temporary file renamed into place).
    pub fn save(&self, path: &Path, fingerprint: &str) -> Result<()> {
        let body = &self.body[..];
        let mut out = Vec::with_capacity(MAGIC.len() + fingerprint.len() + 1 + body.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(fingerprint.as_bytes());
        out.push(b'\n');
        out.extend_from_slice(body);
        let tmp = path.with_extension("tmp");
        std::fs::write(&tmp, &out).map_err(|e| Error::io(&tmp, e))?;
        std::fs::rename(&tmp, path).map_err(|e| Error::io(path, e))
    }

    /// Writes the table of a vocabulary's gazetteer unless the file already holds that vocabulary's table.
    pub fn ensure(path: &Path, vocabulary: &super::Vocabulary) -> Result<()> {
        let header = [MAGIC, vocabulary.fingerprint.as_bytes(), b"\n"].concat();
        let mut found = vec![0; header.len()];
        let current = std::fs::File::open(path).and_then(|mut f| std::io::Read::read_exact(&mut f, &mut found));
        if current.is_ok() && found == header {
            return Ok(());
        }
        NameTable::build(&vocabulary.gazetteer).save(path, &vocabulary.fingerprint)
    }

    /// Reads a table written for this vocabulary fingerprint; `None` when there is none, it was written for
    /// another vocabulary, or it cannot be read (the caller then loads the gazetteer itself).
    pub fn load(path: &Path, fingerprint: &str) -> Option<NameTable> {
        let file = std::fs::File::open(path).ok()?;
        // SAFETY: a table file is only ever replaced whole, by renaming a new file over it (`save`), never written
        // in place, so the mapped bytes do not change while they are read. Bytes damaged before the file was
        // mapped are caught: the layout is checked here and each entry's text when it is read (`fields`).
        let bytes = Bytes::Mapped(unsafe { memmap2::Mmap::map(&file) }.ok()?);
        let header = MAGIC.len() + fingerprint.len() + 1;
        let found = bytes.strip_prefix(MAGIC)?.strip_prefix(fingerprint.as_bytes())?.starts_with(b"\n");
        found.then(|| NameTable::parse(Arc::new(bytes), header)).flatten()
    }

    /// The table in `bytes` from `start` on: FST, offsets, text (see the module documentation).
    fn parse(bytes: Arc<Bytes>, start: usize) -> Option<NameTable> {
        let slice = |range: Range<usize>| Slice { bytes: Arc::clone(&bytes), range };
        let u32_at = |at: usize| Some(u32::from_le_bytes(*bytes.get(at..at + 4)?.first_chunk::<4>()?) as usize);
        let fst_start = start + 4;
        let fst_end = fst_start.checked_add(u32_at(start)?).filter(|&e| e <= bytes.len())?;
        let keys = Map::from(tantivy_fst::raw::Fst::new(slice(fst_start..fst_end)).ok()?);
        let count = u32_at(fst_end)?;
        let offsets_start = fst_end + 4;
        let text_start = offsets_start.checked_add(count.checked_add(1)?.checked_mul(4)?)?;
        // The last offset is the text's length; each entry's own offsets are checked when it is read.
        (text_start <= bytes.len() && u32_at(text_start - 4)? == bytes.len() - text_start).then(|| NameTable {
            keys,
            offsets: slice(offsets_start..text_start),
            text: slice(text_start..bytes.len()),
            count,
            body: slice(start..bytes.len()),
        })
    }

    /// The entry a name (any case, curly or straight apostrophe) belongs to.
    pub fn get(&self, name: &str) -> Option<usize> {
        self.keys.get(name_key(name)).map(|i| i as usize)
    }

    /// Calls `f` with every name key and its entry, in key order.
    pub fn for_each_name(&self, mut f: impl FnMut(&str, usize)) {
        let mut stream = self.keys.stream();
        while let Some((key, idx)) = stream.next() {
            // Keys were built from `String`s.
            if let Ok(key) = std::str::from_utf8(key) {
                f(key, idx as usize);
            }
        }
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.count
    }

    /// True when there is no entry.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The fields of an entry; empty ones when the file is damaged there.
    fn fields(&self, idx: usize) -> [&str; 5] {
        let offset = |i: usize| {
            let b = self.offsets.get(4 * i..4 * i + 4)?;
            Some(u32::from_le_bytes(b.try_into().ok()?) as usize)
        };
        let line = (idx < self.count)
            .then(|| self.text.get(offset(idx)?..offset(idx + 1)?))
            .flatten()
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or("");
        let mut f = line.trim_end_matches('\n').splitn(5, '\t');
        [(); 5].map(|_| f.next().unwrap_or(""))
    }

    /// The kind of an entry.
    pub fn kind(&self, idx: usize) -> EntityKind {
        EntityKind::parse(self.fields(idx)[0]).unwrap_or(EntityKind::Organization)
    }

    /// The canonical name of an entry.
    pub fn canonical(&self, idx: usize) -> &str {
        self.fields(idx)[2]
    }

    /// An entry, as the gazetteer held it.
    pub fn entry(&self, idx: usize) -> Entry {
        let [kind, _, canonical, aliases, description] = self.fields(idx);
        Entry {
            kind: EntityKind::parse(kind).unwrap_or(EntityKind::Organization),
            canonical: canonical.to_string(),
            parent: self.parent(idx),
            aliases: aliases.split(ALIAS_SEP).filter(|a| !a.is_empty()).map(str::to_string).collect(),
            description: description.to_string(),
        }
    }

    /// The containing place of an entry (places only).
    fn parent(&self, idx: usize) -> Option<usize> {
        self.fields(idx)[1].parse().ok().filter(|&p: &usize| p < self.len())
    }

    /// Canonical names from the outermost place down to the entry (`Ukraine`, `Donetsk Oblast`, `Bakhmut`).
    pub fn path(&self, idx: usize) -> Vec<String> {
        let mut path = vec![self.canonical(idx).to_string()];
        let mut cur = self.parent(idx);
        // A parent chain longer than the table would be a cycle.
        while let Some(p) = cur.filter(|_| path.len() <= self.len()) {
            path.push(self.canonical(p).to_string());
            cur = self.parent(p);
        }
        path.reverse();
        path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gazetteer() -> Gazetteer {
        let mut g = Gazetteer::default();
        let tsv = "place\tUkraine\t\tUkrainian\tcountry\n\
                   place\tDonetsk Oblast\tUkraine\tDonetsk region\toblast\n\
                   place\tBakhmut\tDonetsk Oblast\tArtemivsk|Бахмут\ttown, Artemivsk until 2016\n\
                   person\tVolodymyr Zelensky\t\tZelenskyy|Zelensky’s\tPresident of Ukraine (2019-)\n";
        g.add_tsv(tsv, Path::new("test.tsv")).unwrap();
        g.resolve_parents().unwrap();
        g
    }

    #[test]
    fn names_resolve_to_the_gazetteer_entries_after_a_round_trip() {
        let g = gazetteer();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        NameTable::build(&g).save(&path, "fp1").unwrap();
        let t = NameTable::load(&path, "fp1").unwrap();
        assert_eq!(t.len(), g.len());
        for name in ["artemivsk", "BAKHMUT", "Бахмут", "Zelensky's", "Donetsk region"] {
            let idx = t.get(name).unwrap_or_else(|| panic!("{name} not found"));
            assert_eq!(Some(&idx), g.name_table().get(&name_key(name)), "{name}");
            let (a, b) = (t.entry(idx), g.entry(idx));
            let fields = |e: &Entry| (e.kind, e.canonical.clone(), e.parent, e.aliases.clone(), e.description.clone());
            assert_eq!(fields(&a), fields(b));
            assert_eq!(t.path(idx), g.path(idx));
        }
        assert_eq!(t.path(t.get("Artemivsk").unwrap()), ["Ukraine", "Donetsk Oblast", "Bakhmut"]);
        assert_eq!(t.get("Soledar"), None);
        let mut n = 0;
        t.for_each_name(|_, _| n += 1);
        assert_eq!(n, g.name_table().len());
    }

    #[test]
    fn a_table_of_another_vocabulary_or_a_damaged_file_is_not_used() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        NameTable::build(&gazetteer()).save(&path, "fp1").unwrap();
        assert!(NameTable::load(&path, "fp2").is_none());
        let bytes = std::fs::read(&path).unwrap();
        std::fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
        assert!(NameTable::load(&path, "fp1").is_none());
        assert!(NameTable::load(&dir.path().join("missing"), "fp1").is_none());
    }

    #[test]
    fn a_damaged_entry_reads_as_empty_and_the_others_still_resolve() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        NameTable::build(&gazetteer()).save(&path, "fp1").unwrap();
        let mut bytes = std::fs::read(&path).unwrap();
        // The last entry's text ends the file: break its UTF-8.
        let last = bytes.len() - 3;
        bytes[last] = 0xff;
        std::fs::write(&path, &bytes).unwrap();
        let t = NameTable::load(&path, "fp1").unwrap();
        let zelensky = t.get("Zelenskyy").unwrap();
        assert_eq!(t.canonical(zelensky), "");
        assert_eq!(t.path(t.get("Artemivsk").unwrap()), ["Ukraine", "Donetsk Oblast", "Bakhmut"]);
    }
}
