//! `sitrep stats`: what an index holds.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;
use tantivy::aggregation::agg_req::Aggregations;
use tantivy::aggregation::agg_result::{AggregationResult, MetricResult};
use tantivy::aggregation::{AggContextParams, AggregationCollector, AggregationLimitsGuard};
use tantivy::collector::Count;
use tantivy::query::TermQuery;
use tantivy::schema::IndexRecordOption;
use tantivy::Term;

use super::document::{KIND_ARTICLE, KIND_CLAIM, KIND_FILE};
use super::{commit_info, open_index, CommitInfo};
use crate::error::Result;
use crate::search::facets::FacetCounter;

/// A summary of an index.
#[derive(Debug, Serialize)]
pub struct Stats {
    /// Articles.
    pub articles: u64,
    /// Claims.
    pub claims: u64,
    /// Source files.
    pub files: u64,
    /// Earliest publication date (`YYYY-MM-DD`).
    pub first_published: Option<String>,
    /// Latest publication date.
    pub last_published: Option<String>,
    /// Top values among articles: sources, people, places, organizations, equipment; and speakers among claims.
    pub top: BTreeMap<String, Vec<(String, u64)>>,
    /// The last commit: versions and time.
    pub last_commit: Option<CommitInfo>,
}

/// Reads the statistics of the index in `dir`.
pub fn stats(dir: &Path, top: usize) -> Result<Stats> {
    let (index, fields, _, _) = open_index(dir)?;
    let searcher = index.reader()?.searcher();
    let kind_query = |k: &str| TermQuery::new(Term::from_field_text(fields.kind, k), IndexRecordOption::Basic);
    let count = |k: &str| -> Result<u64> { Ok(searcher.search(&kind_query(k), &Count)? as u64) };
    let agg = |req: serde_json::Value, k: &str| -> Result<tantivy::aggregation::agg_result::AggregationResults> {
        let aggs: Aggregations = serde_json::from_value(req).expect("stats aggregation request is well-formed");
        let collector = AggregationCollector::from_aggs(
            aggs,
            AggContextParams::new(AggregationLimitsGuard::default(), index.tokenizers().clone()),
        );
        Ok(searcher.search(&kind_query(k), &collector)?)
    };
    let articles = searcher.search(&kind_query(KIND_ARTICLE), &FacetCounter::new(top))?;
    let claims = searcher.search(&kind_query(KIND_CLAIM), &FacetCounter::new(top))?;
    let mut top_values = BTreeMap::new();
    for (name, counts) in [
        ("sources", &articles),
        ("people", &articles),
        ("places", &articles),
        ("organizations", &articles),
        ("equipment", &articles),
        ("speakers", &claims),
    ] {
        let values = counts.get(name).map(|v| v.iter().map(|c| (c.value.clone(), c.count)).collect());
        top_values.insert(name.to_string(), values.unwrap_or_default());
    }
    let dates = agg(serde_json::json!({"dates": {"stats": {"field": "published"}}}), KIND_ARTICLE)?;
    let date = |v: Option<f64>| {
        v.and_then(|secs| time::OffsetDateTime::from_unix_timestamp((secs / 1e9) as i64).ok())
            .map(|t| t.date().to_string())
    };
    let (first, last) = match dates.0.get("dates") {
        Some(AggregationResult::MetricResult(MetricResult::Stats(s))) => (date(s.min), date(s.max)),
        _ => (None, None),
    };
    Ok(Stats {
        articles: count(KIND_ARTICLE)?,
        claims: count(KIND_CLAIM)?,
        files: count(KIND_FILE)?,
        first_published: first,
        last_published: last,
        top: top_values,
        last_commit: commit_info(&index)?,
    })
}
