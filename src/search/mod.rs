//! Searching: a [`StructuredQuery`] becomes a tantivy query; hits come back ranked by BM25 with snippets,
//! and facet counts over all hits come from counting keyword fast-field ordinals ([`facets`]).

mod dates;
pub(crate) mod facets;
mod names;
pub mod query;
mod snippet;

use std::collections::BTreeMap;
use std::ops::Bound;
use std::path::PathBuf;

use serde::Serialize;
use tantivy::collector::{Collector, Count, TopDocs};
use tantivy::query::{BooleanQuery, BoostQuery, EnableScoring, Occur, PhraseQuery, Query, RangeQuery, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::{DocAddress, Executor, Index, Order, Searcher, TantivyDocument, Term};

pub use query::{parse, NameRef, NameResolver, StructuredQuery, Target};

use crate::error::{Error, Result};
use crate::index::document::{claim_id, claim_text, ClaimOffsets, KIND_ARTICLE, KIND_CLAIM};
use crate::index::schema::entity_term;
use crate::index::{open_index, Fields};
use crate::vocab::{load_gazetteer, EntityKind, Gazetteer, NameTable};

/// How to search.
#[derive(Debug, Clone)]
pub struct SearchOptions {
    /// Index directory.
    pub index_dir: PathBuf,
    /// Hits to return.
    pub limit: usize,
    /// Hits to skip.
    pub offset: usize,
    /// Snippet length in characters.
    pub snippet_chars: usize,
    /// Values per facet.
    pub facet_size: usize,
    /// Ranking order.
    pub sort: SortBy,
    /// Collapse syndicated copies of a claim (same speaker, same words) into one hit.
    pub collapse: bool,
}

/// Ranking order of hits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SortBy {
    /// BM25 relevance.
    Relevance,
    /// Newest first.
    Date,
}

impl SearchOptions {
    /// Defaults: 10 hits by relevance, 240-character snippets, 10 values per facet, copies collapsed.
    pub fn new(index_dir: impl Into<PathBuf>) -> SearchOptions {
        SearchOptions {
            index_dir: index_dir.into(),
            limit: 10,
            offset: 0,
            snippet_chars: 240,
            facet_size: 10,
            sort: SortBy::Relevance,
            collapse: true,
        }
    }
}

/// One hit (field by field in README "JSON contract").
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    /// 1-based rank.
    pub rank: usize,
    /// BM25 score.
    pub score: f32,
    /// `claim` or `article`.
    pub kind: String,
    /// Document id (`<article id>#c<n>` for claims).
    pub id: String,
    /// Article id.
    pub article_id: String,
    /// Article title.
    pub title: String,
    /// `YYYY-MM-DD` or null.
    pub published: Option<String>,
    /// Source label.
    pub source: String,
    /// URL.
    pub url: String,
    /// File path.
    pub path: String,
    /// Line in a JSON Lines file, else null.
    pub line: Option<u64>,
    /// Best passage.
    pub snippet: String,
    /// Highlighted ranges in `snippet`, as `[start, end)` character offsets.
    pub highlights: Vec<[usize; 2]>,
    /// People (on claims: those mentioned in the claim).
    pub people: Vec<String>,
    /// Places.
    pub places: Vec<String>,
    /// Organizations.
    pub organizations: Vec<String>,
    /// Equipment.
    pub equipment: Vec<String>,
    /// Claims only: canonical speaker.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// Claims only: person, organization, place or unnamed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker_kind: Option<String>,
    /// Claims only: the cue.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cue: Option<String>,
    /// Claims only: direct, indirect or according_to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claim_kind: Option<String>,
    /// Claims only: the claim text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Claims only: `[start, end)` of the claim in the article body, in characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offsets: Option<[u64; 2]>,
    /// Claims only: the sentence(s) holding the claim.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentence: Option<String>,
    /// Claims only: how many articles in the index carry this claim (same speaker, same words); copies are
    /// collapsed into this hit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub carried_by: Option<u64>,
}

/// A facet value and how many hits carry it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct FacetCount {
    /// Value.
    pub value: String,
    /// Hits with it.
    pub count: u64,
}

/// A search's answer.
#[derive(Debug, Clone, Serialize)]
pub struct SearchResult {
    /// The query as given.
    pub query: String,
    /// How it was understood.
    pub interpretation: Interpretation,
    /// All matching documents.
    pub total: usize,
    /// The requested page of hits.
    pub hits: Vec<Hit>,
    /// Facet counts over all hits: speakers, people, places, organizations, equipment, sources, months.
    pub facets: BTreeMap<String, Vec<FacetCount>>,
}

/// The query as understood, for people (`summary`) and scripts (the rest).
#[derive(Debug, Clone, Serialize)]
pub struct Interpretation {
    /// One line, as printed at the top of text output.
    pub summary: String,
    /// The structure.
    #[serde(flatten)]
    pub structured: StructuredQuery,
}

/// An open index, ready for many searches.
pub struct Searchable {
    index: Index,
    fields: Fields,
    searcher: Searcher,
    names: NameTable,
    warnings: Vec<String>,
}

impl Searchable {
    /// Opens the index of the options. Names in questions resolve through `gazetteer` (see
    /// [`crate::vocab::load_gazetteer`]) or, when `None`, through the gazetteer the index was built with: the
    /// name table `sitrep index` wrote into the generation or, for an index without one, the gazetteer files
    /// recorded with each commit (if they are gone, the built-in one, with a warning).
    pub fn open(opts: &SearchOptions, gazetteer: Option<Gazetteer>) -> Result<Searchable> {
        let (mut index, fields, info, gen) = open_index(&opts.index_dir)?;
        // Segments are searched in parallel (one thread per core): facet counts over many hits scale with it.
        index.set_default_multithread_executor()?;
        // The name table is read while the segments are opened: each takes about as long as the other.
        let load_names = || -> Result<(NameTable, Vec<String>)> {
            let mut warnings = Vec::new();
            let names = match gazetteer {
                Some(g) => NameTable::build(&g),
                None => match NameTable::load(&gen.join(crate::vocab::names::FILE_NAME), &info.vocabulary) {
                    Some(table) => table,
                    None => NameTable::build(&load_gazetteer(&info.vocabulary_sources).or_else(|e| {
                        warnings.push(format!(
                            "the index was built with a gazetteer that cannot be loaded now ({e}); names in \
                             questions resolve through the built-in one"
                        ));
                        load_gazetteer(&Default::default())
                    })?),
                },
            };
            Ok((names, warnings))
        };
        let (names, reader) = std::thread::scope(|scope| {
            let names = scope.spawn(load_names);
            // One searcher for the life of this value: no watcher thread reloading on new commits.
            let reader: tantivy::Result<tantivy::IndexReader> =
                index.reader_builder().reload_policy(tantivy::ReloadPolicy::Manual).try_into();
            (names.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)), reader)
        });
        let (names, warnings) = names?;
        let searcher = reader?.searcher();
        Ok(Searchable { index, fields, searcher, names, warnings })
    }

    /// What the caller should tell the user about how the index was opened (a recorded gazetteer that is gone).
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }

    /// Parses and runs a query.
    pub fn search(&self, raw: &str, opts: &SearchOptions) -> Result<SearchResult> {
        let resolver = NameResolver::new(&self.names);
        let sq = parse(raw, &resolver)?;
        self.run(sq, opts)
    }

    /// Runs an already structured query.
    pub fn run(&self, sq: StructuredQuery, opts: &SearchOptions) -> Result<SearchResult> {
        let query = self.build(&sq)?;
        let limit = opts.limit.max(1);
        // With collapsing, fetch more candidates than shown: copies of one claim take one slot.
        let want = opts.offset + limit;
        let fetch = if opts.collapse { want * 4 + 20 } else { want };
        // The facet counter also counts the hits.
        let agg = facets::CountedFacets(facets::FacetCounter::new(opts.facet_size));
        let (candidates, (total, agg_res)): (Vec<(f32, DocAddress)>, _) = match opts.sort {
            SortBy::Relevance => self.searcher.search(&*query, &(TopDocs::with_limit(fetch).order_by_score(), agg))?,
            SortBy::Date => {
                let top = TopDocs::with_limit(fetch).order_by_fast_field::<tantivy::DateTime>("published", Order::Desc);
                let (docs, counted) = self.searcher.search(&*query, &(top, agg))?;
                (docs.into_iter().map(|(_, a)| (0.0, a)).collect(), counted)
            }
        };
        let snippets = snippet::Snippets::new(&self.searcher, &*query, &self.fields, opts.snippet_chars)?;
        let mut seen_keys = std::collections::HashSet::new();
        let mut kept = Vec::new();
        // Each segment's `claim_key` column, opened once (opening looks its name up in the segment's columns).
        let mut key_columns: Vec<Option<tantivy::columnar::Column<u64>>> =
            vec![None; self.searcher.segment_readers().len()];
        for (score, addr) in candidates {
            if kept.len() == want {
                // The page is full: later candidates are not shown.
                break;
            }
            if opts.collapse {
                let column = match &mut key_columns[addr.segment_ord as usize] {
                    Some(column) => column,
                    slot => slot.insert(self.searcher.segment_reader(addr.segment_ord).fast_fields().u64("claim_key")?),
                };
                if let Some(key) = column.first(addr.doc_id) {
                    if !seen_keys.insert(key) {
                        continue;
                    }
                }
            }
            kept.push((score, addr));
        }
        // Each hit reads its documents from the store (decompressing a block, in a fresh process touching its
        // pages for the first time), its article's and its copies' counts: the hits are built on the search
        // threads, in rank order.
        let page: Vec<(usize, (f32, DocAddress))> =
            kept.into_iter().skip(opts.offset).take(limit).enumerate().collect();
        let hits = self
            .index
            .search_executor()
            .map(|(i, (score, addr))| Ok(self.hit(opts.offset + i + 1, score, addr, &snippets)), page.into_iter())?
            .into_iter()
            .collect::<Result<Vec<Hit>>>()?;
        let facets = agg_res;
        Ok(SearchResult {
            query: sq.raw.clone(),
            interpretation: Interpretation { summary: sq.explain(), structured: sq },
            total,
            hits,
            facets,
        })
    }

    fn article_doc(&self, id: &str) -> Result<Option<TantivyDocument>> {
        let q = TermQuery::new(Term::from_field_text(self.fields.doc_id, id), IndexRecordOption::Basic);
        match self.search_here(&q, &TopDocs::with_limit(1).order_by_score())?.first() {
            Some(&(_, addr)) => Ok(Some(self.searcher.doc(addr)?)),
            None => Ok(None),
        }
    }

    /// Runs a lookup of a few documents on this thread: handing each segment to the search threads costs more
    /// than looking a term up in it.
    fn search_here<C: Collector>(&self, query: &dyn Query, collector: &C) -> Result<C::Fruit> {
        let scoring = if collector.requires_scoring() {
            EnableScoring::enabled_from_searcher(&self.searcher)
        } else {
            EnableScoring::disabled_from_searcher(&self.searcher)
        };
        Ok(self.searcher.search_with_executor(query, collector, &Executor::single_thread(), scoring)?)
    }

    fn claim_key(&self, addr: DocAddress) -> Result<Option<u64>> {
        let segment = self.searcher.segment_reader(addr.segment_ord);
        let col = segment.fast_fields().u64("claim_key")?;
        Ok(col.first(addr.doc_id))
    }

    fn hit(&self, rank: usize, score: f32, addr: DocAddress, snippets: &snippet::Snippets) -> Result<Hit> {
        let f = &self.fields;
        let doc: TantivyDocument = self.searcher.doc(addr)?;
        let text = |field: Field| doc.get_first(field).and_then(|v| v.as_str()).unwrap_or("").to_string();
        let kind = text(f.kind);
        let is_claim = kind == KIND_CLAIM;
        // A claim's title and sentence live in its article's document (stored once per article).
        let article: Option<TantivyDocument> = if is_claim { self.article_doc(&text(f.article_id))? } else { None };
        let segment = self.searcher.segment_reader(addr.segment_ord);
        let [_, people, places, organizations, equipment, ..] = facets::document_values(segment, addr.doc_id)?;
        let published = segment.fast_fields().date("published")?.first(addr.doc_id).map(|d| {
            let secs = d.into_timestamp_secs();
            time::OffsetDateTime::from_unix_timestamp(secs).map(|t| t.date().to_string()).unwrap_or_default()
        });
        let article_body = article.as_ref().and_then(|a| a.get_first(f.body)).and_then(|v| v.as_str()).unwrap_or("");
        let offsets = match doc.get_first(f.offsets).and_then(|v| v.as_bytes()) {
            Some(bytes) if is_claim => ClaimOffsets::decode(bytes),
            _ => None,
        };
        let claim = offsets.as_ref().map(|o| claim_text(article_body, o.content[0], o.content[1], &o.parts));
        let (snippet, highlights) = match &claim {
            Some(t) => snippets.for_text(t, true),
            None => snippets.for_text(doc.get_first(f.body).and_then(|v| v.as_str()).unwrap_or(""), false),
        };
        // URL and line are the article's: a claim reads them from its article's document.
        let source_doc = article.as_ref().unwrap_or(&doc);
        let line = source_doc.get_first(f.line).and_then(|v| v.as_u64()).filter(|&l| l > 0);
        let url = source_doc.get_first(f.url).and_then(|v| v.as_str()).unwrap_or("").to_string();
        Ok(Hit {
            rank,
            score,
            id: match &offsets {
                Some(o) => claim_id(&text(f.article_id), o.claim_no),
                None => text(f.doc_id),
            },
            article_id: text(f.article_id),
            title: match &article {
                Some(a) => a.get_first(f.title).and_then(|v| v.as_str()).unwrap_or("").to_string(),
                None => text(f.title),
            },
            sentence: offsets.as_ref().map(|o| claim_text(article_body, o.sentence[0], o.sentence[1], &[])),
            published,
            source: text(f.source),
            url,
            path: text(f.path),
            line,
            snippet,
            highlights,
            people,
            places,
            organizations,
            equipment,
            speaker: is_claim.then(|| text(f.speaker)),
            speaker_kind: is_claim.then(|| text(f.speaker_kind)),
            cue: is_claim.then(|| text(f.cue)),
            claim_kind: is_claim.then(|| text(f.claim_kind)),
            text: claim,
            offsets: offsets.as_ref().map(|o| o.content),
            carried_by: if is_claim {
                match self.claim_key(addr)? {
                    Some(key) => {
                        let q = TermQuery::new(Term::from_field_u64(f.claim_key, key), IndexRecordOption::Basic);
                        Some(self.search_here(&q, &Count)? as u64)
                    }
                    None => Some(1),
                }
            } else {
                None
            },
            kind,
        })
    }

    /// Builds the tantivy query for a structured query.
    fn build(&self, sq: &StructuredQuery) -> Result<Box<dyn Query>> {
        let f = &self.fields;
        let mut must: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        match sq.target {
            Target::Claims => must.push((Occur::Must, keyword(f.kind, KIND_CLAIM))),
            Target::Articles => must.push((Occur::Must, keyword(f.kind, KIND_ARTICLE))),
            // Articles and claims: any other condition excludes the files' bookkeeping documents by itself (they
            // have no text, entities, speaker, source or date); without one, see the end.
            Target::All => {}
        }
        let text_fields: Vec<(Field, f32)> = match sq.target {
            Target::Claims => vec![(f.claim, 2.0)],
            Target::Articles => vec![(f.title, 2.0), (f.body, 1.0)],
            Target::All => vec![(f.claim, 1.5), (f.title, 2.0), (f.body, 1.0)],
        };
        if let Some(s) = &sq.speaker {
            let q: Box<dyn Query> = match &s.canonical {
                Some(c) => keyword(f.speaker_id, c),
                None => self
                    .text_query(f.speaker, &s.query)?
                    .ok_or_else(|| Error::Query(format!("speaker {:?} has no searchable words", s.query)))?,
            };
            must.push((Occur::Must, Box::new(BoostQuery::new(q, 0.2))));
        }
        for m in &sq.mentions {
            let mut alternatives: Vec<(Occur, Box<dyn Query>)> = Vec::new();
            if let (Some(kind), false) = (m.kind, m.path.is_empty()) {
                let mut path = vec![kind.as_str().to_string()];
                path.extend(m.path.iter().cloned());
                alternatives.push((Occur::Should, keyword(f.entity, &entity_term(&path))));
            }
            for member in &m.members {
                let term = entity_term(&[EntityKind::Equipment.as_str(), member.as_str()]);
                alternatives.push((Occur::Should, keyword(f.entity, &term)));
            }
            let names = std::iter::once(m.shown().to_string()).chain(m.also.iter().cloned());
            for name in names {
                alternatives.extend(self.in_fields(&text_fields, &name)?);
            }
            if alternatives.is_empty() {
                return Err(Error::Query(format!("{:?} has no searchable words", m.query)));
            }
            must.push((Occur::Must, Box::new(BooleanQuery::new(alternatives))));
        }
        for w in sq.words.iter().chain(sq.phrases.iter()) {
            let alternatives = self.in_fields(&text_fields, w)?;
            if !alternatives.is_empty() {
                must.push((Occur::Must, Box::new(BooleanQuery::new(alternatives))));
            }
        }
        for group in &sq.any_of {
            let mut alternatives = Vec::new();
            for w in group {
                alternatives.extend(self.in_fields(&text_fields, w)?);
            }
            if !alternatives.is_empty() {
                must.push((Occur::Must, Box::new(BooleanQuery::new(alternatives))));
            }
        }
        for x in &sq.excluded {
            let all_fields = [(f.claim, 1.0), (f.title, 1.0), (f.body, 1.0)];
            for (occ, q) in self.in_fields(&all_fields, x)? {
                let _ = occ;
                must.push((Occur::MustNot, q));
            }
        }
        if !sq.sources.is_empty() {
            let alts = sq.sources.iter().map(|v| (Occur::Should, keyword(f.source, v))).collect();
            must.push((Occur::Must, Box::new(BoostQuery::new(Box::new(BooleanQuery::new(alts)), 0.0))));
        }
        if sq.since.is_some() || sq.until.is_some() {
            let day = |d: time::Date, end: bool| {
                let mut secs = d.midnight().assume_utc().unix_timestamp();
                if end {
                    secs += 86_399;
                }
                Term::from_field_date(f.published, tantivy::DateTime::from_timestamp_secs(secs))
            };
            let lower = sq.since.map_or(Bound::Unbounded, |d| Bound::Included(day(d, false)));
            let upper = sq.until.map_or(Bound::Unbounded, |d| Bound::Included(day(d, true)));
            must.push((Occur::Must, Box::new(BoostQuery::new(Box::new(RangeQuery::new(lower, upper)), 0.0))));
        }
        if sq.target == Target::Claims {
            // A direct quotation is the speaker's own words: rank it above reported speech.
            must.push((Occur::Should, Box::new(BoostQuery::new(keyword(f.claim_kind, "direct"), 0.5))));
        }
        if sq.target == Target::All && !must.iter().any(|(occur, _)| *occur == Occur::Must) {
            let kinds =
                vec![(Occur::Should, keyword(f.kind, KIND_CLAIM)), (Occur::Should, keyword(f.kind, KIND_ARTICLE))];
            must.push((Occur::Must, Box::new(BoostQuery::new(Box::new(BooleanQuery::new(kinds)), 0.0))));
        }
        Ok(Box::new(BooleanQuery::new(must)))
    }

    /// `text` in each of the fields (boosted), as alternatives.
    fn in_fields(&self, fields: &[(Field, f32)], text: &str) -> Result<Vec<(Occur, Box<dyn Query>)>> {
        let mut out: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for &(field, boost) in fields {
            if let Some(q) = self.text_query(field, text)? {
                out.push((Occur::Should, Box::new(BoostQuery::new(q, boost))));
            }
        }
        Ok(out)
    }

    /// A term query for one word, a phrase query for several; `None` when the text has no tokens.
    fn text_query(&self, field: Field, text: &str) -> Result<Option<Box<dyn Query>>> {
        let mut analyzer = self.index.tokenizer_for_field(field)?;
        let mut terms = Vec::new();
        let mut stream = analyzer.token_stream(text);
        while let Some(tok) = stream.next() {
            terms.push(Term::from_field_text(field, &tok.text));
        }
        Ok(match terms.len() {
            0 => None,
            1 => {
                let word = terms[0].value().as_str().unwrap_or("").to_string();
                let variants: Vec<(Occur, Box<dyn Query>)> = english_variants(&word)
                    .into_iter()
                    .map(|v| {
                        let term = Term::from_field_text(field, &v);
                        let q: Box<dyn Query> = Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs));
                        (Occur::Should, q)
                    })
                    .collect();
                Some(Box::new(BooleanQuery::new(variants)))
            }
            _ => Some(Box::new(PhraseQuery::new(terms))),
        })
    }
}

/// A word and its English singular/plural forms (`tanks` -> `tank`, `tank` -> `tanks`, `casualties` ->
/// `casualty`): the index does not stem, queries expand instead.
pub fn english_variants(word: &str) -> Vec<String> {
    let mut out = vec![word.to_string()];
    let n = word.len();
    if n < 3 || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return out;
    }
    if let Some(stem) = word.strip_suffix("ies") {
        out.push(format!("{stem}y"));
    } else if word.ends_with("ses") || word.ends_with("xes") || word.ends_with("ches") || word.ends_with("shes") {
        out.push(word[..n - 2].to_string());
    } else if word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us") && !word.ends_with("is") {
        out.push(word[..n - 1].to_string());
    } else if let Some(stem) = word.strip_suffix('y').filter(|s| !s.ends_with(['a', 'e', 'o', 'u'])) {
        out.push(format!("{stem}ies"));
    } else if word.ends_with(['s', 'x']) || word.ends_with("ch") || word.ends_with("sh") {
        out.push(format!("{word}es"));
    } else {
        out.push(format!("{word}s"));
    }
    out
}

fn keyword(field: Field, value: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(Term::from_field_text(field, value), IndexRecordOption::Basic))
}

#[cfg(test)]
mod tests {
    use super::english_variants;

    #[test]
    fn plurals_both_ways() {
        assert_eq!(english_variants("tanks"), ["tanks", "tank"]);
        assert_eq!(english_variants("tank"), ["tank", "tanks"]);
        assert_eq!(english_variants("casualties"), ["casualties", "casualty"]);
        assert_eq!(english_variants("casualty"), ["casualty", "casualties"]);
        assert_eq!(english_variants("mass"), ["mass", "masses"]);
        assert_eq!(english_variants("of"), ["of"]);
    }
}
