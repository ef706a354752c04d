//! From an article and its extraction to tantivy documents: one article document and one document per
//! claim.

use tantivy::schema::Facet;
use tantivy::{DateTime, TantivyDocument};

use super::schema::Fields;
use crate::article::Article;
use crate::extract::{CharOffsets, Extraction, FoundEntity};
use crate::vocab::EntityKind;

/// `article` / `claim` values of the `kind` field.
pub const KIND_ARTICLE: &str = "article";
/// See [`KIND_ARTICLE`].
pub const KIND_CLAIM: &str = "claim";
/// See [`KIND_ARTICLE`]: the bookkeeping document of a source file.
pub const KIND_FILE: &str = "file";

fn common(f: &Fields, doc: &mut TantivyDocument, a: &Article) {
    doc.add_text(f.article_id, &a.id);
    if let Some(d) = a.published {
        let ts = d.midnight().assume_utc().unix_timestamp();
        doc.add_date(f.published, DateTime::from_timestamp_secs(ts));
        doc.add_text(f.month, format!("{:04}-{:02}", d.year(), d.month() as u8));
    }
    if !a.source.is_empty() {
        doc.add_text(f.source, &a.source);
    }
    if !a.url.is_empty() {
        doc.add_text(f.url, &a.url);
    }
    doc.add_text(f.path, &a.path);
    doc.add_u64(f.line, a.line.unwrap_or(0) as u64);
}

fn add_entities<'e>(f: &Fields, doc: &mut TantivyDocument, entities: impl Iterator<Item = &'e FoundEntity>) {
    for e in entities {
        let mut path = Vec::with_capacity(e.path.len() + 1);
        path.push(e.kind.as_str());
        path.extend(e.path.iter().map(String::as_str));
        doc.add_facet(f.entity, Facet::from_path(path));
        let field = match e.kind {
            EntityKind::Person => f.person,
            EntityKind::Place => f.place,
            EntityKind::Organization => f.organization,
            EntityKind::Equipment => f.equipment,
        };
        doc.add_text(field, &e.name);
    }
}

/// The article document.
pub fn article_doc(f: &Fields, a: &Article, x: &Extraction) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_text(f.doc_id, &a.id);
    doc.add_text(f.kind, KIND_ARTICLE);
    doc.add_text(f.title, a.display_title());
    common(f, &mut doc, a);
    doc.add_text(f.body, &a.body);
    add_entities(f, &mut doc, x.entities.iter());
    doc
}

/// One document per claim.
pub fn claim_docs(f: &Fields, a: &Article, x: &Extraction) -> Vec<TantivyDocument> {
    let chars = CharOffsets::new(&a.body);
    x.claims
        .iter()
        .enumerate()
        .map(|(n, c)| {
            let mut doc = TantivyDocument::default();
            doc.add_text(f.doc_id, format!("{}#c{}", a.id, n + 1));
            doc.add_text(f.kind, KIND_CLAIM);
            common(f, &mut doc, a);
            let text = c.text(&a.body);
            doc.add_text(f.claim, &text);
            doc.add_u64(f.sentence_start, chars.get(c.sentence.start) as u64);
            doc.add_u64(f.sentence_end, chars.get(c.sentence.end) as u64);
            doc.add_text(f.speaker, &c.speaker);
            if c.speaker_text != c.speaker {
                doc.add_text(f.speaker, &c.speaker_text);
            }
            doc.add_text(f.speaker_id, &c.speaker);
            doc.add_text(f.speaker_kind, c.speaker_kind.as_str());
            doc.add_text(f.cue, &c.cue);
            doc.add_text(f.claim_kind, c.kind.as_str());
            doc.add_text(f.claim_key, claim_key(&c.speaker, &text));
            doc.add_u64(f.start, chars.get(c.content.start) as u64);
            doc.add_u64(f.end, chars.get(c.content.end) as u64);
            add_entities(f, &mut doc, c.mentions.iter().map(|&i| &x.entities[i]));
            doc
        })
        .collect()
}

/// The identity of a claim across syndicated copies: its speaker and its first 30 words, lower-cased, letters
/// and digits only. Copies that differ in punctuation, case or a trailing sentence still share the key.
pub fn claim_key(speaker: &str, text: &str) -> String {
    let mut h = blake3::Hasher::new();
    h.update(speaker.to_lowercase().as_bytes());
    for w in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(30) {
        h.update(b" ");
        h.update(w.to_lowercase().as_bytes());
    }
    h.finalize().to_hex()[..16].to_string()
}
