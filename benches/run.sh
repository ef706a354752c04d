#!/usr/bin/env bash
# The benchmark of issue 7 (README "Benchmarks", BENCHMARKS.md): builds sitrep and sitrep-bench in release mode,
# then runs sitrep-bench from the repository root with the arguments given, e.g.
#
#   benches/run.sh                                  # ../shared/corpora/ukraine-media-r2nery as it is (10,368 articles)
#   benches/run.sh --scale 100000 --out benches/results/100k.json
#   benches/run.sh --scale 1000000 --skip baseline,extract,rerun,cli,grep
#   benches/run.sh --smoke                          # seconds, on corpus-sample/ (what CI runs)
#
# Generated corpora and indexes go to ${TMPDIR:-/tmp}/sitrep-bench (--work DIR to change); see --help.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin sitrep --bin sitrep-bench
target_dir="${CARGO_TARGET_DIR:-target}"
exec "$target_dir/release/sitrep-bench" --sitrep "$target_dir/release/sitrep" "$@"
