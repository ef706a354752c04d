//! `sitrep-eval`: reproducible evaluation of sitrep's extractor against gold data (README "Evaluation").
//!
//! - `entities`: per-article people/places/organizations against hand-made gold lists;
//! - `claims`: claim spans and speakers against hand-made gold claims;
//! - `polnear`: claim spans and speakers against PolNeAR attributions;
//! - `conll`: body mentions against CoNLL-2003 entity spans.
//!
//! Default paths are relative to the current directory (run from the repository root); the `../shared`
//! corpora are optional, and a missing one is a clear error naming the path.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use sitrep::extract::Extractor;
use sitrep::vocab::Vocabulary;

#[path = "sitrep_eval/claims.rs"]
mod claims;
#[path = "common/compressed.rs"]
mod compressed;
#[path = "sitrep_eval/conll.rs"]
mod conll;
#[path = "sitrep_eval/entities.rs"]
mod entities;
#[path = "sitrep_eval/input.rs"]
mod input;
#[path = "sitrep_eval/loaders.rs"]
mod loaders;
#[path = "sitrep_eval/metrics.rs"]
mod metrics;

const R2NERY: &str = "../shared/corpora/ukraine-media-r2nery/articles.jsonl.zst";

#[derive(Parser)]
#[command(name = "sitrep-eval", version, about = "Evaluate sitrep's entity and claim extraction against gold data")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args)]
struct Output {
    /// Print the numbers as one JSON object.
    #[arg(long, conflicts_with = "errors")]
    json: bool,
    /// First list every error (false positives and misses per article, then the most frequent ones), for tuning.
    #[arg(long)]
    errors: bool,
}

#[derive(Subcommand)]
enum Command {
    /// People, places and organizations per article against gold lists (`.json` object/array or `.jsonl`).
    Entities {
        /// Gold file: records with `id`, `people`, `places`, `organizations` (optionally `equipment`).
        #[arg(long, default_value = "eval/gold/r2nery-entities.jsonl")]
        gold: PathBuf,
        /// Corpus: JSON Lines (`.jsonl`, `.jsonl.zst`, `.jsonl.gz`) found by `id`, or one article file
        /// (`.txt`, `.md`, `.json`), also found by its file stem.
        #[arg(long, default_value = R2NERY)]
        corpus: PathBuf,
        #[command(flatten)]
        out: Output,
    },
    /// Claims (content spans, speakers, kinds) against hand-made gold claims.
    Claims {
        /// Gold file: records with `id` and `claims` (`start`/`end` in characters of `text`, `speaker`, `kind`...).
        #[arg(long, default_value = "eval/gold/r2nery-claims.jsonl")]
        gold: PathBuf,
        /// Corpus, as for `entities`.
        #[arg(long, default_value = R2NERY)]
        corpus: PathBuf,
        #[command(flatten)]
        out: Output,
    },
    /// Claims against PolNeAR attribution annotations (one article per annotation record).
    Polnear {
        /// PolNeAR JSON Lines (`attributions` with `source`, `cue`, `content` spans).
        #[arg(long, default_value = "../shared/corpora/polnear/annotated_articles.jsonl.zst")]
        corpus: PathBuf,
        /// Records whose `compartment` is this (`all` for every record).
        #[arg(long, default_value = "test", value_parser = ["test", "dev", "train", "annotator-training", "all"])]
        split: String,
        /// At most this many records.
        #[arg(long)]
        limit: Option<usize>,
        #[command(flatten)]
        out: Output,
    },
    /// Body mentions against CoNLL-2003 gold entity spans (PER, LOC, ORG), exact and overlapping.
    Conll {
        /// CoNLL-2003 file (plain or `.gz`).
        #[arg(long, default_value = "../shared/corpora/conll2003/test.txt.gz")]
        file: PathBuf,
        #[command(flatten)]
        out: Output,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // One line per panic (the extractor's are caught and reported per article), no backtrace noise.
    std::panic::set_hook(Box::new(|info| {
        let text = info.to_string().replace('\n', " ");
        // `sitrep-eval ... | head`: a closed stdout is not an error.
        if text.contains("failed printing to stdout") {
            std::process::exit(0);
        }
        let short: String = text.chars().take(240).collect();
        eprintln!("sitrep-eval: {short}{}", if short.len() < text.len() { "…" } else { "" });
    }));
    match run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let broken_pipe = e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            });
            if broken_pipe {
                return ExitCode::SUCCESS;
            }
            eprintln!("sitrep-eval: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(command: Command) -> anyhow::Result<()> {
    let extractor = Extractor::new(Vocabulary::builtin()?);
    let names = metrics::Names::new(&extractor.vocabulary().gazetteer);
    match command {
        Command::Entities { gold, corpus, out } => entities::run(&extractor, &gold, &corpus, out.json, out.errors),
        Command::Claims { gold, corpus, out } => {
            let (docs, missing) = loaders::r2nery_docs(&extractor, &gold, &corpus)?;
            if docs.is_empty() {
                anyhow::bail!("none of the gold articles was found in {}", corpus.display());
            }
            for id in &missing {
                eprintln!("sitrep-eval: gold article {id} is not in {}", corpus.display());
            }
            let header = format!(
                "claims · gold {} · {} articles{} · corpus {} · match: overlap >= {:.0}% of the longer span",
                gold.display(),
                docs.len(),
                if missing.is_empty() { String::new() } else { format!(" ({} not in the corpus)", missing.len()) },
                corpus.display(),
                claims::MIN_OVERLAP * 100.0
            );
            let meta = serde_json::json!({
                "command": "claims",
                "gold": gold.display().to_string(),
                "corpus": corpus.display().to_string(),
                "missing": missing,
            });
            claims::report(&docs, claims::SpeakerRule::Names, &names, &header, meta, out.json, out.errors);
            Ok(())
        }
        Command::Polnear { corpus, split, limit, out } => {
            let docs = loaders::polnear_docs(&extractor, &corpus, &split, limit)?;
            let header = format!(
                "polnear · gold {} · split {split} · {} articles (annotation records) · match: overlap >= {:.0}% of \
                 the longer span · gold kind derived (quote mark -> direct, \"according to\" -> according_to)",
                corpus.display(),
                docs.len(),
                claims::MIN_OVERLAP * 100.0
            );
            let meta = serde_json::json!({
                "command": "polnear",
                "gold": corpus.display().to_string(),
                "split": split,
                "limit": limit,
            });
            claims::report(&docs, claims::SpeakerRule::SourceText, &names, &header, meta, out.json, out.errors);
            Ok(())
        }
        Command::Conll { file, out } => conll::run(&extractor, &file, out.json, out.errors),
    }
}
