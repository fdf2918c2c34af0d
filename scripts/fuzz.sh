#!/usr/bin/env bash
# Fuzzes the whole pipeline (fuzz/fuzz_targets/annotate.rs) for a bounded
# time: `scripts/fuzz.sh [SECONDS]`, 60 seconds by default. Exits non-zero on
# a panic, a broken span invariant or a hang (an input that takes more than
# 5 seconds), leaving the input in fuzz/artifacts/annotate/.
#
# Only the stable toolchain is installed, and cargo-fuzz passes rustc flags
# that nightly alone accepts (-Z ...), so this sets RUSTC_BOOTSTRAP=1 to let
# the stable compiler take them. Nothing else is built with it.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_TO_RUN=${1:-60}
MAX_LEN=4096

if ! cargo fuzz --version >/dev/null 2>&1; then
  cargo install cargo-fuzz
fi

# Seed the corpus with the sample articles, cut at line ends into pieces
# no longer than MAX_LEN so that libFuzzer sees all of each, not only its
# start. The corpus is git-ignored; what libFuzzer adds to it is kept.
corpus=fuzz/corpus/annotate
mkdir -p "$corpus"
for article in tests/data/articles/*.txt; do
  split -C "$MAX_LEN" -d -a 3 "$article" "$corpus/seed-$(basename "$article" .txt)-"
done

# The crate has no unsafe code, so AddressSanitizer would find nothing that
# a panic does not, at a cost of half the executions: build without it.
# Debug assertions stay on (-a): they are invariants too.
export RUSTC_BOOTSTRAP=1
exec cargo fuzz run --sanitizer none --debug-assertions annotate "$corpus" -- \
  -max_total_time="$SECONDS_TO_RUN" \
  -max_len="$MAX_LEN" \
  -timeout=5 \
  -print_final_stats=1
