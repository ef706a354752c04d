//! The index schema. One table ([`FIELDS`]) is the source of truth: it builds the tantivy schema and is
//! pinned against `schema/index-fields.json` by a test, so code and documentation cannot drift apart.

use serde::Serialize;
use tantivy::schema::{
    BytesOptions, DateOptions, DateTimePrecision, Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing,
    TextOptions,
};
use tantivy::tokenizer::{AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer};
use tantivy::Index;

/// Version of the index layout; an index with another version must be rebuilt (`sitrep index --full`).
/// 7: fast-field dictionaries are no longer zstd-compressed (tantivy built without `columnar-zstd-compression`).
/// 8: one `facet` column holds every counted value (seven columns before); `claim_key`, `speaker_id` and
/// `published` are no longer stored (read from columns, or from `speaker`); a claim's six character offsets are
/// one stored `offsets` value of varints; entity paths are keyword terms (a facet field also wrote a column
/// nothing read); `speaker` has no field norms.
/// 9: a hit's people, places, organizations and equipment are read from the `facet` column, which holds them for
/// counting anyway; their four stored copies are gone.
pub const SCHEMA_VERSION: &str = "9";

/// What the `facet` column counts, by the facet's name in answers. A value of facet `f` starts with the tag
/// byte [`facet_tag`]`(f)`: the tags ascend in this order, so each facet is a contiguous range of the column's
/// sorted dictionary. One column instead of seven: a hit's values are found with one lookup.
pub const FACET_KINDS: [&str; 7] = ["speakers", "people", "places", "organizations", "equipment", "sources", "months"];

/// The tag byte of facet `f` (its index in [`FACET_KINDS`]): `'0'`, `'1'`, ...
pub const fn facet_tag(f: usize) -> u8 {
    b'0' + f as u8
}

/// Between a value's tag and the value in the `facet` column (sorts before any character of a value).
pub const FACET_SEPARATOR: u8 = 0x1f;

/// Index of each facet in [`FACET_KINDS`].
#[allow(missing_docs)]
pub mod facet {
    pub const SPEAKER: usize = 0;
    pub const PERSON: usize = 1;
    pub const PLACE: usize = 2;
    pub const ORGANIZATION: usize = 3;
    pub const EQUIPMENT: usize = 4;
    pub const SOURCE: usize = 5;
    pub const MONTH: usize = 6;
}

/// The `entity` terms of an entity path (`[kind, country, ..., name]`): the path and each ancestor with at least
/// a kind and one name, in tantivy's facet encoding, so a filter on an ancestor finds what lies under it.
pub fn entity_terms<S: AsRef<str>>(path: &[S]) -> impl Iterator<Item = String> + '_ {
    (2..=path.len()).map(move |n| entity_term(&path[..n]))
}

/// The `entity` term of one path (`[kind, ..., name]`).
pub fn entity_term<S: AsRef<str>>(path: &[S]) -> String {
    tantivy::schema::Facet::from_path(path.iter().map(|p| p.as_ref())).encoded_str().to_string()
}

/// A value as the `facet` column holds it: the facet's tag, the separator, the value.
pub fn facet_value(facet: usize, value: &str) -> String {
    let mut s = String::with_capacity(value.len() + 2);
    s.push(facet_tag(facet) as char);
    s.push(FACET_SEPARATOR as char);
    s.push_str(value);
    s
}

/// Name of the analyzer for English prose fields.
pub const TOKENIZER: &str = "sitrep_text";

/// Kinds of index field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FieldType {
    /// Analyzed prose (tokenized, lower-cased, ASCII-folded), with positions for phrases.
    Text,
    /// A short name (a speaker as written): analyzed like prose, with positions, but without field norms (a
    /// name's length says nothing about relevance; a byte per document of every kind saved).
    Name,
    /// An exact keyword (filters, facet counts).
    Keyword,
    /// A date (range queries, sorting).
    Date,
    /// An unsigned integer.
    U64,
    /// Bytes (stored only).
    Bytes,
}

/// One field of the index.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct FieldSpec {
    /// Field name.
    pub name: &'static str,
    /// Type.
    #[serde(rename = "type")]
    pub ty: FieldType,
    /// Searchable (in the inverted index: queries and filters).
    pub indexed: bool,
    /// Stored in the document store (returned in hits).
    pub stored: bool,
    /// Columnar (sorting and counting).
    pub fast: bool,
    /// Which documents carry it: `article`, `claim`, `file` (one bookkeeping document per source file, the
    /// index's own manifest), joined with `+`, or `all`.
    pub on: &'static str,
    /// What it holds.
    pub doc: &'static str,
}

const fn f(
    name: &'static str,
    ty: FieldType,
    indexed: bool,
    stored: bool,
    fast: bool,
    on: &'static str,
    doc: &'static str,
) -> FieldSpec {
    FieldSpec { name, ty, indexed, stored, fast, on, doc }
}

use FieldType::*;

/// Every field, in schema order. Each document carries only what it needs: a claim document holds what
/// filters, counts and shows a claim; its article's title, body, URL and line are read from the article
/// document when a hit is shown (claims are ten times as many as articles, so every field on them counts).
#[rustfmt::skip]
pub const FIELDS: &[FieldSpec] = &[
    f("doc_id", Keyword, true, true, false, "article+file",
      "unique document id: the article id, or `file:<path>` for a file's bookkeeping document"),
    f("kind", Keyword, true, true, false, "all", "`article`, `claim` or `file`"),
    f("article_id", Keyword, false, true, false, "article+claim", "id of the article (its own id on article documents)"),
    f("title", Text, true, true, false, "article", "article title"),
    f("body", Text, true, true, false, "article", "article body"),
    f("claim", Text, true, false, false, "claim",
      "what was said (searchable; shown from the article body through `offsets`)"),
    f("offsets", Bytes, false, true, false, "claim",
      "where the claim is, in characters of the article body, as LEB128 varints: its number n in the article (its id is `<article id>#c<n>`), the start and end of its sentence(s), of its text, and of each passage of a continued quotation (the text joins them with ` … `)"),
    f("speaker", Name, true, true, false, "claim", "speaker: canonical name and the words used in the article"),
    f("speaker_id", Keyword, true, false, false, "claim",
      "canonical speaker (or the description of an unnamed one), for filters; shown from `speaker`, which starts with it"),
    f("speaker_kind", Keyword, false, true, false, "claim", "person, organization, place or unnamed"),
    f("cue", Keyword, false, true, false, "claim", "reporting verb or phrase as written"),
    f("claim_kind", Keyword, true, true, false, "claim", "direct, indirect or according_to"),
    f("claim_key", U64, true, false, true, "claim",
      "hash of the speaker and the normalized words: the same claim in syndicated copies has the same key"),
    f("published", Date, true, false, true, "article+claim", "publication date (UTC midnight); shown from its column"),
    f("source", Keyword, true, true, false, "article+claim", "source or outlet label"),
    f("url", Keyword, false, true, false, "article", "article URL"),
    f("path", Keyword, true, true, false, "all", "file the article came from (a file's articles and claims are deleted by it)"),
    f("line", U64, false, true, false, "article", "line in a JSON Lines file (0 for other formats)"),
    f("entity", Keyword, true, false, false, "article+claim",
      "entities as hierarchical paths (filters): `/place/Ukraine/Donetsk Oblast/Bakhmut` and each of its ancestors down to `/place/Ukraine`, in tantivy's facet encoding (see `entity_terms`); the article's on articles, those mentioned in the claim on claims"),
    f("facet", Keyword, false, false, true, "article+claim",
      "every counted value in one column, as `<tag>\\u001f<value>`: speaker (0), person (1), place (2), organization (3), equipment (4), source (5), `YYYY-MM` month (6); also where a hit's canonical people, places (leaf names), organizations and equipment are read from (they are not stored)"),
    f("file_sig", Keyword, false, true, false, "file", "size and modification time of the source file when it was read"),
    f("file_hash", Keyword, false, true, false, "file", "BLAKE3 hash of the source file's content"),
    f("file_dups", U64, false, true, false, "file", "articles of the file skipped because another file has the same id"),
    f("file_rejects", Keyword, false, true, false, "file", "rejections of the file's content, one per line"),
];

/// Builds the tantivy schema from [`FIELDS`]. Only prose fields (`Text`) keep field norms (BM25 needs them); exact
/// keywords, dates and numbers do not, which saves a byte per document and field.
pub fn build_schema() -> Schema {
    let mut b = Schema::builder();
    for spec in FIELDS {
        match spec.ty {
            Text | Name => {
                let indexing = TextFieldIndexing::default()
                    .set_tokenizer(TOKENIZER)
                    .set_index_option(IndexRecordOption::WithFreqsAndPositions)
                    .set_fieldnorms(spec.ty == Text);
                let mut opts = TextOptions::default().set_indexing_options(indexing);
                if spec.stored {
                    opts = opts.set_stored();
                }
                b.add_text_field(spec.name, opts);
            }
            Keyword => {
                let mut opts = TextOptions::default();
                if spec.indexed {
                    opts = opts.set_indexing_options(
                        TextFieldIndexing::default()
                            .set_tokenizer("raw")
                            .set_index_option(IndexRecordOption::Basic)
                            .set_fieldnorms(false),
                    );
                }
                if spec.stored {
                    opts = opts.set_stored();
                }
                if spec.fast {
                    opts = opts.set_fast("raw");
                }
                b.add_text_field(spec.name, opts);
            }
            Date => {
                let mut opts = DateOptions::default().set_precision(DateTimePrecision::Seconds);
                if spec.indexed {
                    opts = opts.set_indexed();
                }
                if spec.stored {
                    opts = opts.set_stored();
                }
                if spec.fast {
                    opts = opts.set_fast();
                }
                b.add_date_field(spec.name, opts);
            }
            U64 => {
                let mut opts = NumericOptions::default();
                if spec.indexed {
                    opts = opts.set_indexed();
                }
                if spec.stored {
                    opts = opts.set_stored();
                }
                if spec.fast {
                    opts = opts.set_fast();
                }
                b.add_u64_field(spec.name, opts);
            }
            Bytes => {
                let mut opts = BytesOptions::default();
                if spec.stored {
                    opts = opts.set_stored();
                }
                b.add_bytes_field(spec.name, opts);
            }
        }
    }
    b.build()
}

/// Registers sitrep's analyzers on an index. Must be called every time an index is opened or created.
pub fn register_tokenizers(index: &Index) {
    // No stemmer: it was a sixth of indexing time; queries expand English plurals instead (see search).
    let analyzer = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(48))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build();
    index.tokenizers().register(TOKENIZER, analyzer);
}

/// Field handles, resolved once from a schema.
#[derive(Debug, Clone, Copy)]
#[allow(missing_docs)]
pub struct Fields {
    pub doc_id: Field,
    pub kind: Field,
    pub article_id: Field,
    pub title: Field,
    pub body: Field,
    pub claim: Field,
    pub speaker: Field,
    pub speaker_id: Field,
    pub speaker_kind: Field,
    pub cue: Field,
    pub claim_kind: Field,
    pub claim_key: Field,
    pub offsets: Field,
    pub published: Field,
    pub source: Field,
    pub url: Field,
    pub path: Field,
    pub line: Field,
    pub entity: Field,
    pub facet: Field,
    pub file_sig: Field,
    pub file_hash: Field,
    pub file_dups: Field,
    pub file_rejects: Field,
}

impl Fields {
    /// Resolves every field; fails when the schema lacks one (an index from another version).
    pub fn new(schema: &Schema) -> tantivy::Result<Fields> {
        let g = |n: &str| schema.get_field(n);
        Ok(Fields {
            doc_id: g("doc_id")?,
            kind: g("kind")?,
            article_id: g("article_id")?,
            title: g("title")?,
            body: g("body")?,
            claim: g("claim")?,
            speaker: g("speaker")?,
            speaker_id: g("speaker_id")?,
            speaker_kind: g("speaker_kind")?,
            cue: g("cue")?,
            claim_kind: g("claim_kind")?,
            claim_key: g("claim_key")?,
            offsets: g("offsets")?,
            published: g("published")?,
            source: g("source")?,
            url: g("url")?,
            path: g("path")?,
            line: g("line")?,
            entity: g("entity")?,
            facet: g("facet")?,
            file_sig: g("file_sig")?,
            file_hash: g("file_hash")?,
            file_dups: g("file_dups")?,
            file_rejects: g("file_rejects")?,
        })
    }
}

/// The field table as JSON, as kept in `schema/index-fields.json`.
pub fn fields_json() -> String {
    #[derive(Serialize)]
    struct Doc {
        schema_version: &'static str,
        tokenizer: &'static str,
        fields: &'static [FieldSpec],
    }
    let mut s =
        serde_json::to_string_pretty(&Doc { schema_version: SCHEMA_VERSION, tokenizer: TOKENIZER, fields: FIELDS })
            .expect("the field table always serializes");
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `schema/index-fields.json` documents the index; it must say exactly what the code builds.
    /// After an intended change, regenerate it with `SITREP_BLESS=1 cargo test schema_file`.
    #[test]
    fn schema_file_matches_code() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/index-fields.json");
        let expected = fields_json();
        if std::env::var_os("SITREP_BLESS").is_some() {
            std::fs::write(path, &expected).unwrap();
        }
        let on_disk = std::fs::read_to_string(path).unwrap_or_default();
        assert_eq!(
            on_disk, expected,
            "schema/index-fields.json disagrees with src/index/schema.rs (rerun with SITREP_BLESS=1 if intended)"
        );
    }

    #[test]
    fn every_field_resolves() {
        let schema = build_schema();
        assert_eq!(schema.fields().count(), FIELDS.len());
        Fields::new(&schema).unwrap();
    }
}
