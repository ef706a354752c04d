//! From an article and its extraction to tantivy documents: one article document and one document per
//! claim. The article document holds the text shown in hits (title, body, URL); a claim document holds what
//! finds, filters and counts claims, and points back to its article.

use rustc_hash::FxHashSet;
use tantivy::{DateTime, TantivyDocument};

use super::schema::{entity_terms, facet, facet_value, Fields};
use crate::article::Article;
use crate::extract::{CharOffsets, Extraction, FoundEntity};
use crate::vocab::EntityKind;

/// `article` / `claim` values of the `kind` field.
pub const KIND_ARTICLE: &str = "article";
/// See [`KIND_ARTICLE`].
pub const KIND_CLAIM: &str = "claim";
/// See [`KIND_ARTICLE`]: the bookkeeping document of a source file.
pub const KIND_FILE: &str = "file";

/// Fields shared by an article and its claims (filters and counts).
fn common(f: &Fields, doc: &mut TantivyDocument, a: &Article) {
    doc.add_text(f.article_id, &a.id);
    if let Some(d) = a.published {
        let ts = d.midnight().assume_utc().unix_timestamp();
        doc.add_date(f.published, DateTime::from_timestamp_secs(ts));
        doc.add_text(f.facet, facet_value(facet::MONTH, &format!("{:04}-{:02}", d.year(), d.month() as u8)));
    }
    if !a.source.is_empty() {
        doc.add_text(f.source, &a.source);
        doc.add_text(f.facet, facet_value(facet::SOURCE, &a.source));
    }
    doc.add_text(f.path, &a.path);
}

fn add_entities<'e>(f: &Fields, doc: &mut TantivyDocument, entities: impl Iterator<Item = &'e FoundEntity>) {
    let mut seen: FxHashSet<String> = FxHashSet::default();
    for e in entities {
        let mut path = Vec::with_capacity(e.path.len() + 1);
        path.push(e.kind.as_str());
        path.extend(e.path.iter().map(String::as_str));
        // Places share ancestors (Ukraine, its oblasts): each term once per document.
        for term in entity_terms(&path) {
            if !seen.contains(&term) {
                doc.add_text(f.entity, &term);
                seen.insert(term);
            }
        }
        let counted = match e.kind {
            EntityKind::Person => facet::PERSON,
            EntityKind::Place => facet::PLACE,
            EntityKind::Organization => facet::ORGANIZATION,
            EntityKind::Equipment => facet::EQUIPMENT,
        };
        // Counted and shown from the column: no stored copy.
        doc.add_text(f.facet, facet_value(counted, &e.name));
    }
}

/// The article document.
pub fn article_doc(f: &Fields, a: &Article, x: &Extraction) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_text(f.doc_id, &a.id);
    doc.add_text(f.kind, KIND_ARTICLE);
    doc.add_text(f.title, a.display_title());
    common(f, &mut doc, a);
    if !a.url.is_empty() {
        doc.add_text(f.url, &a.url);
    }
    doc.add_u64(f.line, a.line.unwrap_or(0) as u64);
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
            doc.add_text(f.kind, KIND_CLAIM);
            common(f, &mut doc, a);
            let text = c.text(&a.body);
            doc.add_text(f.claim, &text);
            doc.add_text(f.speaker, &c.speaker);
            if c.speaker_text != c.speaker {
                doc.add_text(f.speaker, &c.speaker_text);
            }
            doc.add_text(f.speaker_id, &c.speaker);
            doc.add_text(f.facet, facet_value(facet::SPEAKER, &c.speaker));
            doc.add_text(f.speaker_kind, c.speaker_kind.as_str());
            doc.add_text(f.cue, &c.cue);
            doc.add_text(f.claim_kind, c.kind.as_str());
            doc.add_u64(f.claim_key, claim_key(&c.speaker, &text));
            let at = |i: usize| chars.get(i) as u64;
            let offsets = ClaimOffsets {
                claim_no: n as u64 + 1,
                sentence: [at(c.sentence.start), at(c.sentence.end)],
                content: [at(c.content.start), at(c.content.end)],
                parts: c.parts.iter().flat_map(|p| [at(p.start), at(p.end)]).collect(),
            };
            doc.add_bytes(f.offsets, &offsets.encode());
            add_entities(f, &mut doc, c.mentions.iter().map(|&i| &x.entities[i]));
            doc
        })
        .collect()
}

/// Where a claim is in its article's body, in characters. Stored as one value of LEB128 varints (about 12 bytes)
/// instead of six stored numbers of 8 bytes each.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClaimOffsets {
    /// The claim's number in its article (1, 2, ...).
    pub claim_no: u64,
    /// Start and end of the sentence(s) holding it.
    pub sentence: [u64; 2],
    /// Start and end of its text.
    pub content: [u64; 2],
    /// Start and end of each passage of a continued quotation (empty otherwise).
    pub parts: Vec<u64>,
}

impl ClaimOffsets {
    /// The stored form.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(16);
        let values = [self.claim_no, self.sentence[0], self.sentence[1], self.content[0], self.content[1]];
        for mut v in values.into_iter().chain(self.parts.iter().copied()) {
            while v >= 0x80 {
                out.push((v as u8) | 0x80);
                v >>= 7;
            }
            out.push(v as u8);
        }
        out
    }

    /// Reads the stored form; `None` when it is not one: cut short, a value over 64 bits, or passages without
    /// an end.
    pub fn decode(bytes: &[u8]) -> Option<ClaimOffsets> {
        let mut values = Vec::with_capacity(8);
        let (mut v, mut shift) = (0u64, 0u32);
        for &b in bytes {
            if shift > 63 || (shift == 63 && b > 1) {
                return None;
            }
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                values.push(v);
                (v, shift) = (0, 0);
            } else {
                shift += 7;
            }
        }
        if shift != 0 || values.len() < 5 || (values.len() - 5) % 2 == 1 {
            return None;
        }
        Some(ClaimOffsets {
            claim_no: values[0],
            sentence: [values[1], values[2]],
            content: [values[3], values[4]],
            parts: values[5..].to_vec(),
        })
    }
}

/// The identity of a claim across syndicated copies: a hash of its speaker and its first 30 words,
/// lower-cased, letters and digits only. Copies that differ in punctuation, case or a trailing sentence still
/// share the key.
pub fn claim_key(speaker: &str, text: &str) -> u64 {
    let mut h = blake3::Hasher::new();
    h.update(speaker.to_lowercase().as_bytes());
    for w in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(30) {
        h.update(b" ");
        h.update(w.to_lowercase().as_bytes());
    }
    let bytes = h.finalize();
    u64::from_le_bytes(bytes.as_bytes()[..8].try_into().expect("a BLAKE3 hash has 32 bytes"))
}

/// A claim's text rebuilt from its article's body and the character offsets of its document ([`ClaimOffsets`]:
/// its text's start and end, or the passages of a continued quotation): the same text [`crate::extract::Claim::text`] gave the index.
pub fn claim_text(body: &str, start: u64, end: u64, parts: &[u64]) -> String {
    // Byte offsets of the wanted character offsets, in one pass over the body.
    let mut wanted: Vec<u64> = if parts.len() >= 2 { parts.to_vec() } else { vec![start, end] };
    let pieces = wanted.len() / 2;
    let mut order: Vec<usize> = (0..wanted.len()).collect();
    order.sort_unstable_by_key(|&i| wanted[i]);
    let mut chars = body.char_indices().map(|(b, _)| b).chain(std::iter::once(body.len())).enumerate();
    let mut current = chars.next();
    for i in order {
        while let Some((c, _)) = current {
            if c as u64 >= wanted[i] {
                break;
            }
            current = chars.next();
        }
        wanted[i] = current.map_or(body.len(), |(_, b)| b) as u64;
    }
    let piece = |k: usize| body.get(wanted[2 * k] as usize..wanted[2 * k + 1] as usize).unwrap_or("");
    (0..pieces).map(piece).collect::<Vec<_>>().join(" … ")
}

/// The id shown for a claim: `<article id>#c<n>`.
pub fn claim_id(article_id: &str, claim_no: u64) -> String {
    format!("{article_id}#c{claim_no}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{CharOffsets, Extractor};
    use crate::vocab::Vocabulary;

    #[test]
    fn claim_text_is_rebuilt_from_the_body() {
        let body = "“We hold Soledar,” Zelensky said. “The fight goes on.” Шмигаль said the grid “is stable.”";
        let a = Article { id: "t".into(), path: "t.txt".into(), body: body.into(), ..Article::default() };
        let x = Extractor::new(Vocabulary::builtin().unwrap()).extract(&a);
        assert!(x.claims.iter().any(|c| !c.parts.is_empty()), "a continued quotation: {:?}", x.claims);
        let chars = CharOffsets::new(body);
        for c in &x.claims {
            let parts: Vec<u64> =
                c.parts.iter().flat_map(|p| [chars.get(p.start) as u64, chars.get(p.end) as u64]).collect();
            let (s, e) = (chars.get(c.content.start) as u64, chars.get(c.content.end) as u64);
            assert_eq!(claim_text(body, s, e, &parts), c.text(body));
        }
        assert_eq!(claim_text("abc", 1, 99, &[]), "bc");
    }

    #[test]
    fn claim_offsets_round_trip() {
        for o in [
            ClaimOffsets::default(),
            ClaimOffsets { claim_no: 3, sentence: [127, 128], content: [300, 16_384], parts: vec![] },
            ClaimOffsets {
                claim_no: 1,
                sentence: [0, u64::MAX],
                content: [5, 9],
                parts: vec![5, 7, 2_000_000, 2_000_009],
            },
        ] {
            let bytes = o.encode();
            assert_eq!(ClaimOffsets::decode(&bytes), Some(o.clone()));
            assert_eq!(ClaimOffsets::decode(&bytes[..bytes.len() - 1]), None, "{o:?} cut short");
        }
        // A passage without its end; a value over 64 bits.
        assert_eq!(ClaimOffsets::decode(&[1, 2, 3, 4, 5, 6]), None);
        assert_eq!(
            ClaimOffsets::decode(&[0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02, 1, 2, 3, 4]),
            None
        );
        assert_eq!(
            ClaimOffsets { claim_no: 12, sentence: [1000, 1200], content: [1010, 1190], parts: vec![] }.encode().len(),
            9
        );
    }
}
