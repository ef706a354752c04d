//! # sitrep
//!
//! An offline search engine for war reporting. It reads news articles ([`article`]), extracts entities and
//! claims ([`extract`]), writes a tantivy index ([`index`]) and answers analyst questions such as
//! *"claims by Kirby mentioning Bakhmut"* ([`search`]).
//!
//! The library is usable without the command line: the binary only turns flags into [`index::IndexOptions`]
//! and [`search::SearchOptions`].
//!
//! ```no_run
//! use sitrep::{extract::Extractor, vocab::Vocabulary, article};
//!
//! let extractor = Extractor::new(Vocabulary::builtin()?);
//! let read = article::read_file(std::path::Path::new("corpus-sample/soledar-2023-01.txt"));
//! for a in &read.articles {
//!     for claim in extractor.extract(a).claims {
//!         println!("{}: {}", claim.speaker, &a.body[claim.content.clone()]);
//!     }
//! }
//! # Ok::<(), sitrep::Error>(())
//! ```
#![warn(missing_docs)]

pub mod article;
pub mod discover;
pub mod error;
pub mod extract;
pub mod index;
pub mod output;
pub mod search;
pub mod vocab;

pub use error::{Error, Result};
