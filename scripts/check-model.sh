#!/usr/bin/env bash
# Proves that data/model/ner.bin is what `newsmark train ner` makes: builds
# the CLI (release profile without LTO, as same-output.sh does), trains with
# the defaults (CoNLL-2003 eng.train and GUM from ../shared/corpora, seed 1)
# into a temporary file and compares it with the shipped model byte for
# byte. Exits 1 when they differ, 2 when ../shared/corpora is missing.
#
#   bash scripts/check-model.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f ../shared/corpora/conll2003/eng.train ] || [ ! -f ../shared/corpora/gum/gum_train.jsonl ]; then
  echo "check-model: ../shared/corpora is missing; nothing to train on" >&2
  exit 2
fi
export CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16
CARGO_TARGET_DIR=target/same-output/build-work cargo build --quiet --release --bin newsmark
out=$(mktemp)
trap 'rm -f "$out"' EXIT
target/same-output/build-work/release/newsmark train ner --out "$out" > /dev/null 2>&1
if cmp -s "$out" data/model/ner.bin; then
  echo "check-model: data/model/ner.bin is reproduced byte for byte ($(stat -c %s "$out") bytes)"
else
  echo "check-model: newsmark train ner does not reproduce data/model/ner.bin" >&2
  exit 1
fi
