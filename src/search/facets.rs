//! Facet counts over all hits: how many hits carry each speaker, person, place, organization, equipment,
//! source and month.
//!
//! A dedicated collector instead of tantivy's terms aggregation, which spent most of a broad query
//! de-duplicating (document, value) pairs and turning every counted value of every segment back into text
//! (BENCHMARKS.md). Here each segment counts term ordinals in a flat array (sitrep writes each value once per
//! document, so nothing needs de-duplicating) and hands over only its top candidates as text; the candidates'
//! counts in the other segments are then looked up exactly. Every count shown is exact. A value can be missed
//! only if it is outside the top `4 × size + 16` of every segment yet in the top `size` overall.

use std::collections::BTreeMap;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::StrColumn;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

use super::FacetCount;

/// Counts the values of keyword fast fields over the matching documents.
pub(super) struct FacetCounter {
    /// `(facet name, field name)`.
    facets: &'static [(&'static str, &'static str)],
    /// Values per facet in the answer.
    size: usize,
    /// Candidates each segment hands over per facet.
    candidates: usize,
}

impl FacetCounter {
    pub fn new(facets: &'static [(&'static str, &'static str)], size: usize) -> FacetCounter {
        let size = size.max(1);
        FacetCounter { facets, size, candidates: size * 4 + 16 }
    }
}

/// One facet's counts in one segment.
struct FieldCounts {
    column: Option<StrColumn>,
    counts: Vec<u32>,
}

pub(super) struct SegmentFacetCounter {
    fields: Vec<FieldCounts>,
    pending: Vec<DocId>,
    doc_buf: Vec<DocId>,
    row_buf: Vec<u32>,
    val_buf: Vec<u64>,
    candidates: usize,
}

/// What a segment hands over for one facet: its top values with their counts, and its column to look up the
/// counts of other segments' candidates.
pub(super) struct SegmentFieldFruit {
    top: Vec<(String, u32)>,
    /// `top` holds every value counted in this segment: a value missing from it counts 0, no lookup needed.
    complete: bool,
    column: Option<StrColumn>,
    counts: Vec<u32>,
}

impl Collector for FacetCounter {
    type Fruit = BTreeMap<String, Vec<FacetCount>>;
    type Child = SegmentFacetCounter;

    fn for_segment(&self, _: SegmentOrdinal, segment: &SegmentReader) -> tantivy::Result<SegmentFacetCounter> {
        let mut fields = Vec::with_capacity(self.facets.len());
        for (_, field) in self.facets {
            let column = segment.fast_fields().str(field)?;
            let counts = vec![0u32; column.as_ref().map_or(0, |c| c.num_terms())];
            fields.push(FieldCounts { column, counts });
        }
        Ok(SegmentFacetCounter {
            fields,
            pending: Vec::with_capacity(BLOCK),
            doc_buf: Vec::new(),
            row_buf: Vec::new(),
            val_buf: Vec::new(),
            candidates: self.candidates,
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, segments: Vec<Vec<SegmentFieldFruit>>) -> tantivy::Result<Self::Fruit> {
        let mut out = BTreeMap::new();
        for (f, (name, _)) in self.facets.iter().enumerate() {
            let fruits: Vec<&SegmentFieldFruit> = segments.iter().map(|s| &s[f]).collect();
            let mut totals: BTreeMap<&str, u64> = BTreeMap::new();
            for fruit in &fruits {
                for (value, _) in &fruit.top {
                    totals.entry(value.as_str()).or_insert(0);
                }
            }
            for (value, total) in totals.iter_mut() {
                for fruit in &fruits {
                    *total += fruit.count_of(value)? as u64;
                }
            }
            let mut values: Vec<FacetCount> = totals
                .into_iter()
                .filter(|&(_, count)| count > 0)
                .map(|(value, count)| FacetCount { value: value.to_string(), count })
                .collect();
            values.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
            values.truncate(self.size);
            out.insert(name.to_string(), values);
        }
        Ok(out)
    }
}

impl SegmentFieldFruit {
    /// The count of `value` in this segment.
    fn count_of(&self, value: &str) -> tantivy::Result<u32> {
        if let Some(&(_, count)) = self.top.iter().find(|(v, _)| v == value) {
            return Ok(count);
        }
        let Some(column) = &self.column else { return Ok(0) };
        if self.complete {
            return Ok(0);
        }
        Ok(match column.dictionary().term_ord(value.as_bytes())? {
            Some(ord) => self.counts.get(ord as usize).copied().unwrap_or(0),
            None => 0,
        })
    }
}

/// Documents counted together.
const BLOCK: usize = 256;

impl SegmentFacetCounter {
    fn flush(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        for field in &mut self.fields {
            let Some(column) = &field.column else { continue };
            let ords = column.ords();
            self.doc_buf.clear();
            self.row_buf.clear();
            ords.index.docids_to_rowids(&self.pending, &mut self.doc_buf, &mut self.row_buf);
            self.val_buf.clear();
            self.val_buf.resize(self.row_buf.len(), 0);
            ords.values.get_vals(&self.row_buf, &mut self.val_buf);
            for &ord in &self.val_buf {
                field.counts[ord as usize] += 1;
            }
        }
        self.pending.clear();
    }
}

impl SegmentCollector for SegmentFacetCounter {
    type Fruit = Vec<SegmentFieldFruit>;

    /// Documents come one by one; they are counted in blocks (a column resolves a block of documents to its
    /// rows much faster than one document at a time).
    fn collect(&mut self, doc: DocId, _: Score) {
        self.pending.push(doc);
        if self.pending.len() == BLOCK {
            self.flush();
        }
    }

    fn collect_block(&mut self, docs: &[DocId]) {
        self.pending.extend_from_slice(docs);
        if self.pending.len() >= BLOCK {
            self.flush();
        }
    }

    fn harvest(mut self) -> Vec<SegmentFieldFruit> {
        self.flush();
        let candidates = self.candidates;
        self.fields
            .into_iter()
            .map(|field| {
                let mut top: Vec<(u32, u32)> =
                    field.counts.iter().enumerate().filter(|&(_, &c)| c > 0).map(|(ord, &c)| (c, ord as u32)).collect();
                let complete = top.len() <= candidates;
                if !complete {
                    top.select_nth_unstable_by(candidates - 1, |a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
                    top.truncate(candidates);
                }
                // Ordinals in order: the dictionary decodes each of its blocks once.
                top.sort_unstable_by_key(|&(_, ord)| ord);
                let ords: Vec<u64> = top.iter().map(|&(_, ord)| ord as u64).collect();
                let mut names = Vec::with_capacity(ords.len());
                if let Some(column) = &field.column {
                    let _ = column
                        .dictionary()
                        .sorted_ords_to_term_cb(&ords, |bytes| names.push(String::from_utf8_lossy(bytes).into_owned()));
                }
                let top = names.into_iter().zip(top).map(|(name, (count, _))| (name, count)).collect();
                SegmentFieldFruit { top, complete, column: field.column, counts: field.counts }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use tantivy::query::AllQuery;
    use tantivy::schema::{Schema, FAST, STRING};
    use tantivy::{doc, Index, IndexWriter};

    use super::*;

    /// Three segments whose local leaders differ from the overall ones: with one candidate per segment, the
    /// counts shown must still be exact (looked up in every segment), and the overall leader found.
    #[test]
    fn counts_are_exact_across_segments() {
        let mut sb = Schema::builder();
        let person = sb.add_text_field("person", STRING | FAST);
        let index = Index::create_in_ram(sb.build());
        let mut w: IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
        let segments: [&[&[&str]]; 3] = [
            &[&["A", "B"], &["A", "B"], &["A"], &["C"]],
            &[&["B"], &["B"], &["B", "C"], &["A"]],
            &[&["C"], &["C"], &["C", "A"], &["B"], &["A"]],
        ];
        for seg in segments {
            for names in seg {
                let mut d = tantivy::TantivyDocument::default();
                for n in *names {
                    d.add_text(person, n);
                }
                w.add_document(d).unwrap();
            }
            w.commit().unwrap();
        }
        w.add_document(doc!()).unwrap();
        w.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        assert!(searcher.segment_readers().len() >= 3);
        let counter = FacetCounter { facets: &[("people", "person")], size: 2, candidates: 1 };
        let got = searcher.search(&AllQuery, &counter).unwrap();
        let got: Vec<(String, u64)> = got["people"].iter().map(|c| (c.value.clone(), c.count)).collect();
        // Totals: A 6, B 6, C 5; ties by name.
        assert_eq!(got, [("A".to_string(), 6), ("B".to_string(), 6)]);
    }
}
