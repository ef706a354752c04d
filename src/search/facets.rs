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
use std::sync::Arc;

use rustc_hash::{FxHashMap, FxHashSet};
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::column_index::MultiValueIndex;
use tantivy::columnar::{ColumnIndex, StrColumn};
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

use super::FacetCount;
use crate::index::schema::{facet_tag, facet_value, FACET_KINDS};

/// The column that holds every counted value.
const COLUMN: &str = "facet";

/// Counts the values of the `facet` column over the matching documents, per facet.
pub(crate) struct FacetCounter {
    /// Values per facet in the answer.
    size: usize,
    /// Candidates each segment hands over per facet.
    candidates: usize,
    /// A segment with at most this many values of a facet hands them all over (cheaper than looking
    /// candidates up in it later).
    all_below: usize,
}

impl FacetCounter {
    /// Counts the top `size` values of every facet.
    pub fn new(size: usize) -> FacetCounter {
        let size = size.max(1);
        FacetCounter { size, candidates: size * 4 + 16, all_below: 1024 }
    }
}

pub struct SegmentFacetCounter {
    column: Option<StrColumn>,
    counts: Vec<u32>,
    /// Facet `f` is the ordinals `bounds[f]..bounds[f + 1]` of the column's dictionary.
    bounds: [u32; FACET_KINDS.len() + 1],
    pending: Vec<DocId>,
    doc_buf: Vec<DocId>,
    rank_buf: Vec<u32>,
    bound_buf: Vec<u32>,
    start_buf: Vec<u32>,
    row_buf: Vec<u32>,
    val_buf: Vec<u64>,
    candidates: usize,
    all_below: usize,
    /// Documents collected.
    docs: u64,
}

/// What a segment hands over: per facet, its top values with their counts; and its column and counts, to look
/// up the counts of other segments' candidates.
pub struct SegmentFruit {
    /// Per facet: the top values (without their tag) and whether they are every value counted in this segment
    /// (then a value missing from them counts 0, no lookup needed).
    top: Vec<(Vec<(String, u32)>, bool)>,
    counted: Option<Arc<(StrColumn, Vec<u32>)>>,
    /// Documents collected.
    docs: u64,
}

impl Collector for FacetCounter {
    type Fruit = BTreeMap<String, Vec<FacetCount>>;
    type Child = SegmentFacetCounter;

    fn for_segment(&self, _: SegmentOrdinal, segment: &SegmentReader) -> tantivy::Result<SegmentFacetCounter> {
        let column = segment.fast_fields().str(COLUMN)?;
        let mut bounds = [0u32; FACET_KINDS.len() + 1];
        if let Some(column) = &column {
            let dict = column.dictionary();
            let num_terms = dict.num_terms() as u32;
            // The first ordinal at or after each tag (the tags are ascending bytes).
            for (f, bound) in bounds.iter_mut().take(FACET_KINDS.len()).enumerate() {
                let mut stream = dict.range().ge([facet_tag(f)]).into_stream()?;
                *bound = if stream.advance() { stream.term_ord() as u32 } else { num_terms };
            }
            bounds[FACET_KINDS.len()] = num_terms;
        }
        let counts = vec![0u32; column.as_ref().map_or(0, |c| c.num_terms())];
        Ok(SegmentFacetCounter {
            column,
            counts,
            bounds,
            pending: Vec::with_capacity(BLOCK),
            doc_buf: Vec::new(),
            rank_buf: Vec::new(),
            bound_buf: Vec::new(),
            start_buf: Vec::new(),
            row_buf: Vec::new(),
            val_buf: Vec::new(),
            candidates: self.candidates,
            all_below: self.all_below,
            docs: 0,
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, segments: Vec<SegmentFruit>) -> tantivy::Result<Self::Fruit> {
        let mut out = BTreeMap::new();
        for (f, name) in FACET_KINDS.iter().enumerate() {
            // Every value some segment handed over, with the counts of the segments that did: a lower bound of
            // its total.
            let mut totals: FxHashMap<&str, u64> = FxHashMap::default();
            for fruit in &segments {
                for (value, count) in &fruit.top[f].0 {
                    *totals.entry(value.as_str()).or_insert(0) += *count as u64;
                }
            }
            // A segment that handed over only its top values counts any other value at most as often as its
            // last handed-over one: an upper bound. A value whose upper bound is below the `size`-th largest lower
            // bound cannot be shown; the others get their exact totals, looked up in the segments that did not
            // hand them over (a segment that handed over every value it counted counts the others zero times).
            let partial: Vec<(&SegmentFruit, FxHashSet<&str>, u64)> = segments
                .iter()
                .filter(|fruit| !fruit.top[f].1 && fruit.counted.is_some())
                .map(|fruit| {
                    let top = &fruit.top[f].0;
                    let theirs = top.iter().map(|(v, _)| v.as_str()).collect();
                    // Nothing handed over (the dictionary failed to read): no bound.
                    (fruit, theirs, top.iter().map(|&(_, c)| c as u64).min().unwrap_or(u32::MAX as u64))
                })
                .collect();
            if !partial.is_empty() {
                let mut lower: Vec<u64> = totals.values().copied().collect();
                let bar = if lower.len() > self.size {
                    *lower.select_nth_unstable_by(self.size - 1, |a, b| b.cmp(a)).1
                } else {
                    0
                };
                totals.retain(|value, total| {
                    let missing: u64 = partial
                        .iter()
                        .filter(|(_, theirs, _)| !theirs.contains(value))
                        .map(|&(_, _, at_most)| at_most)
                        .sum();
                    *total + missing >= bar
                });
                for (fruit, theirs, _) in &partial {
                    let (column, counts) = &**fruit.counted.as_ref().expect("partial fruits have counts");
                    for (value, total) in totals.iter_mut().filter(|(value, _)| !theirs.contains(*value)) {
                        if let Some(ord) = column.dictionary().term_ord(facet_value(f, value))? {
                            *total += counts.get(ord as usize).copied().unwrap_or(0) as u64;
                        }
                    }
                }
            }
            let mut values: Vec<FacetCount> =
                totals.into_iter().map(|(value, count)| FacetCount { value: value.to_string(), count }).collect();
            values.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
            values.truncate(self.size);
            out.insert(name.to_string(), values);
        }
        Ok(out)
    }
}

/// A [`FacetCounter`] that also counts the matching documents: a search needs no separate count of its hits
/// (one call less per hit).
pub(crate) struct CountedFacets(pub FacetCounter);

impl Collector for CountedFacets {
    type Fruit = (usize, BTreeMap<String, Vec<FacetCount>>);
    type Child = SegmentFacetCounter;

    fn for_segment(&self, ord: SegmentOrdinal, segment: &SegmentReader) -> tantivy::Result<SegmentFacetCounter> {
        self.0.for_segment(ord, segment)
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, segments: Vec<SegmentFruit>) -> tantivy::Result<Self::Fruit> {
        let docs = segments.iter().map(|fruit| fruit.docs).sum::<u64>() as usize;
        Ok((docs, self.0.merge_fruits(segments)?))
    }
}

/// Documents counted together.
const BLOCK: usize = 256;

impl SegmentFacetCounter {
    fn flush(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        if let Some(column) = &self.column {
            let ords = column.ords();
            self.row_buf.clear();
            match &ords.index {
                // The layout tantivy writes for a multi-valued column: which documents have values (a bit set
                // with ranks), and where each such document's values start. Resolved for the whole block at
                // once: one pass over the bit set and one call into each column, not three per document.
                ColumnIndex::Multivalued(MultiValueIndex::MultiValueIndexV2(index)) => {
                    self.doc_buf.clear();
                    self.rank_buf.clear();
                    index.optional_index.rank_if_exists_batch(&self.pending, &mut self.doc_buf, &mut self.rank_buf);
                    // Each document's values are the rows `start[rank]..start[rank + 1]`.
                    self.bound_buf.clear();
                    for &rank in &self.rank_buf {
                        self.bound_buf.push(rank);
                        self.bound_buf.push(rank + 1);
                    }
                    self.start_buf.clear();
                    self.start_buf.resize(self.bound_buf.len(), 0);
                    index.start_index_column.get_vals(&self.bound_buf, &mut self.start_buf);
                    // Each document's values are consecutive rows: read them as ranges, one call per document.
                    let rows: usize = self.start_buf.chunks_exact(2).map(|p| p[1].saturating_sub(p[0]) as usize).sum();
                    self.val_buf.clear();
                    self.val_buf.resize(rows, 0);
                    let mut at = 0;
                    for pair in self.start_buf.chunks_exact(2) {
                        let n = pair[1].saturating_sub(pair[0]) as usize;
                        ords.values.get_range(pair[0] as u64, &mut self.val_buf[at..at + n]);
                        at += n;
                    }
                }
                other => {
                    self.doc_buf.clear();
                    other.docids_to_rowids(&self.pending, &mut self.doc_buf, &mut self.row_buf);
                    self.val_buf.clear();
                    self.val_buf.resize(self.row_buf.len(), 0);
                    ords.values.get_vals(&self.row_buf, &mut self.val_buf);
                }
            }
            // Local slices: the counts' address and length stay in registers.
            let counts = &mut self.counts[..];
            for &ord in &self.val_buf {
                if let Some(count) = counts.get_mut(ord as usize) {
                    *count += 1;
                }
            }
        }
        self.pending.clear();
    }
}

impl SegmentCollector for SegmentFacetCounter {
    type Fruit = SegmentFruit;

    /// Documents come one by one; they are counted in blocks (a column resolves a block of documents to its
    /// rows much faster than one document at a time).
    fn collect(&mut self, doc: DocId, _: Score) {
        self.docs += 1;
        self.pending.push(doc);
        if self.pending.len() == BLOCK {
            self.flush();
        }
    }

    fn collect_block(&mut self, docs: &[DocId]) {
        self.docs += docs.len() as u64;
        self.pending.extend_from_slice(docs);
        if self.pending.len() >= BLOCK {
            self.flush();
        }
    }

    fn harvest(mut self) -> SegmentFruit {
        self.flush();
        let Some(column) = self.column else {
            return SegmentFruit { top: vec![(Vec::new(), true); FACET_KINDS.len()], counted: None, docs: self.docs };
        };
        let mut top = Vec::with_capacity(FACET_KINDS.len());
        for f in 0..FACET_KINDS.len() {
            let range = self.bounds[f] as usize..self.bounds[f + 1] as usize;
            let mut best: Vec<(u32, u32)> = self.counts[range.clone()]
                .iter()
                .zip(range.start as u32..)
                .filter(|&(&c, _)| c > 0)
                .map(|(&c, ord)| (c, ord))
                .collect();
            let complete = best.len() <= self.candidates.max(self.all_below);
            if !complete {
                best.select_nth_unstable_by(self.candidates - 1, |a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
                best.truncate(self.candidates);
            }
            // Ordinals in order: the dictionary decodes each of its blocks once.
            best.sort_unstable_by_key(|&(_, ord)| ord);
            let ords: Vec<u64> = best.iter().map(|&(_, ord)| ord as u64).collect();
            let mut names = Vec::with_capacity(ords.len());
            let read = column.dictionary().sorted_ords_to_term_cb(&ords, |bytes| {
                // Without the tag and the separator.
                names.push(String::from_utf8_lossy(bytes.get(2..).unwrap_or_default()).into_owned())
            });
            if read.is_err() || names.len() != best.len() {
                // Nothing handed over and not complete: the merge looks this segment's counts up (and reports
                // the dictionary's error if it fails again).
                top.push((Vec::new(), false));
                continue;
            }
            top.push((names.into_iter().zip(best).map(|(name, (count, _))| (name, count)).collect(), complete));
        }
        SegmentFruit { top, counted: Some(Arc::new((column, self.counts))), docs: self.docs }
    }
}

/// One document's values of each facet, in the column's order (by value), without their tags: the only copy
/// of a hit's entities (they are not stored; the column already holds them for counting).
pub fn document_values(segment: &SegmentReader, doc: DocId) -> tantivy::Result<[Vec<String>; FACET_KINDS.len()]> {
    let mut out: [Vec<String>; FACET_KINDS.len()] = Default::default();
    let Some(column) = segment.fast_fields().str(COLUMN)? else {
        return Ok(out);
    };
    let mut ords: Vec<u64> = column.term_ords(doc).collect();
    ords.sort_unstable();
    ords.dedup();
    column.dictionary().sorted_ords_to_term_cb(&ords, |bytes| {
        let f = bytes.first().map_or(usize::MAX, |&t| t.wrapping_sub(facet_tag(0)) as usize);
        if let Some(values) = out.get_mut(f) {
            values.push(String::from_utf8_lossy(bytes.get(2..).unwrap_or_default()).into_owned());
        }
    })?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use tantivy::query::AllQuery;
    use tantivy::schema::{Schema, FAST, STRING};
    use tantivy::{Index, IndexWriter, TantivyDocument};

    use super::*;
    use crate::index::schema::{facet, facet_value};

    /// An index with only the `facet` column: one segment per entry of `segments`, one document per list of
    /// (already encoded) values.
    fn index_of(segments: &[Vec<Vec<String>>]) -> Index {
        let mut sb = Schema::builder();
        let column = sb.add_text_field(COLUMN, STRING | FAST);
        let index = Index::create_in_ram(sb.build());
        let mut w: IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
        for seg in segments {
            for values in seg {
                let mut d = TantivyDocument::default();
                for v in values {
                    d.add_text(column, v);
                }
                w.add_document(d).unwrap();
            }
            w.commit().unwrap();
        }
        index
    }

    /// Three segments whose local leaders differ from the overall ones: with one candidate per segment, the
    /// counts shown must still be exact (looked up in every segment), and the overall leader found.
    #[test]
    fn counts_are_exact_across_segments() {
        let people: [&[&[&str]]; 3] = [
            &[&["A", "B"], &["A", "B"], &["A"], &["C"]],
            &[&["B"], &["B"], &["B", "C"], &["A"]],
            &[&["C"], &["C"], &["C", "A"], &["B"], &["A"]],
        ];
        let mut segments: Vec<Vec<Vec<String>>> = people
            .iter()
            .map(|seg| {
                seg.iter()
                    .map(|names| {
                        let mut values: Vec<String> = names.iter().map(|n| facet_value(facet::PERSON, n)).collect();
                        // Values of other facets around the people's range.
                        values.push(facet_value(facet::SPEAKER, "A"));
                        values.push(facet_value(facet::PLACE, "Z"));
                        values
                    })
                    .collect()
            })
            .collect();
        segments.push(vec![Vec::new()]); // a segment whose document has no value
        let searcher = index_of(&segments).reader().unwrap().searcher();
        assert!(searcher.segment_readers().len() >= 3);
        let counter = FacetCounter { size: 2, candidates: 1, all_below: 0 };
        let got = searcher.search(&AllQuery, &counter).unwrap();
        let got: Vec<(String, u64)> = got["people"].iter().map(|c| (c.value.clone(), c.count)).collect();
        // Totals: A 6, B 6, C 5; ties by name.
        assert_eq!(got, [("A".to_string(), 6), ("B".to_string(), 6)]);
    }

    /// Many segments with skewed, different value distributions, few candidates per segment: the top values
    /// and their counts must be those of counting every document, whatever the pruning skipped.
    #[test]
    fn pruned_merge_equals_brute_force() {
        let mut segments: Vec<Vec<Vec<String>>> = Vec::new();
        let mut expected: BTreeMap<String, u64> = BTreeMap::new();
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % n
        };
        for seg in 0..7u64 {
            let mut docs = Vec::new();
            for _ in 0..300 {
                let mut values = Vec::new();
                let mut seen = std::collections::BTreeSet::new();
                for _ in 0..3 {
                    // Skewed: small numbers are frequent; each segment favours other values.
                    let v = (next(40) * next(40) / 40 + seg * 3) % 60;
                    if seen.insert(v) {
                        let name = format!("v{v:02}");
                        values.push(facet_value(facet::PERSON, &name));
                        *expected.entry(name).or_default() += 1;
                    }
                }
                docs.push(values);
            }
            segments.push(docs);
        }
        let searcher = index_of(&segments).reader().unwrap().searcher();
        let mut want: Vec<(String, u64)> = expected.into_iter().collect();
        want.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        for (size, candidates) in [(1, 1), (3, 2), (5, 5), (10, 3), (60, 1)] {
            let counter = FacetCounter { size, candidates, all_below: 0 };
            let got = searcher.search(&AllQuery, &counter).unwrap();
            let got: Vec<(String, u64)> = got["people"].iter().map(|c| (c.value.clone(), c.count)).collect();
            let exact: Vec<(String, u64)> = want.iter().take(size).cloned().collect();
            // A value outside every segment's candidates can be missed (documented); shown counts are exact and
            // the leader is always found.
            for (value, count) in &got {
                assert_eq!(Some(count), want.iter().find(|(v, _)| v == value).map(|(_, c)| c), "{value}");
            }
            assert_eq!(got.first(), exact.first(), "size {size}, candidates {candidates}");
            if candidates >= size {
                assert_eq!(got, exact, "size {size}, candidates {candidates}");
            }
        }
    }
}
