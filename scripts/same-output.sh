#!/usr/bin/env bash
# Proves a change kept the output: runs the CLI built at REV and the CLI
# built from the working tree on every text in ../shared/corpora and
# ../shared/articles, and says "identical" or lists the documents and fields
# that differ (exit status 1).
#
#   bash scripts/same-output.sh REV [--keep DIR]
#
# Both builds use the release profile without LTO, so they build faster and
# alike; each built REV is cached under target/same-output/bin by commit.
# --keep DIR keeps the inputs and both outputs there for a closer look.
set -euo pipefail
cd "$(dirname "$0")/.."

rev=${1:?usage: scripts/same-output.sh REV [--keep DIR]}
keep=""
if [ "${2:-}" = "--keep" ]; then keep=${3:?--keep needs a folder}; fi
sha=$(git rev-parse --verify "$rev^{commit}")

root=$PWD
cache=$root/target/same-output
mkdir -p "$cache/bin"
export CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16

# The CLI at REV, from a clean export of that commit.
old_bin=$cache/bin/newsmark-$sha
if [ ! -x "$old_bin" ]; then
  src=$(mktemp -d)
  git archive "$sha" | tar -x -C "$src"
  echo "building newsmark at ${sha:0:12}" >&2
  (cd "$src" && CARGO_TARGET_DIR=$cache/build-rev cargo build --quiet --release --bin newsmark)
  cp "$cache/build-rev/release/newsmark" "$old_bin"
  rm -rf "$src"
fi

echo "building newsmark from the working tree" >&2
CARGO_TARGET_DIR=$cache/build-work cargo build --quiet --release --bin newsmark
new_bin=$cache/build-work/release/newsmark

work=${keep:-$(mktemp -d)}
mkdir -p "$work"
python3 scripts/corpus_texts.py > "$work/inputs.jsonl"
# A bad line makes the exit status 1; the lines are compared all the same.
"$old_bin" annotate --jsonl < "$work/inputs.jsonl" > "$work/before.jsonl" 2>/dev/null || true
"$new_bin" annotate --jsonl < "$work/inputs.jsonl" > "$work/after.jsonl" 2>/dev/null || true
status=0
python3 scripts/same_output.py "$work/before.jsonl" "$work/after.jsonl" || status=$?
[ -n "$keep" ] || rm -rf "$work"
exit $status
