#!/usr/bin/env bash
# Instructions V8 spends on one annotation of the test articles joined, with
# the Node build of the wasm module (dist/node, from scripts/build.py), for
# names only and for every layer. Counted by valgrind, so the figure does not
# depend on what else the machine runs, unlike the Chromium benchmark: 12
# calls minus 2 calls, divided by 10, leaves out loading and compiling.
# V8 runs with --no-liftoff, so that every function is compiled by its
# optimising tier at once: with tiering on, when the optimised code lands
# depends on thread scheduling, and one run of nine counted almost twice
# the instructions. Used to choose the wasm-opt level
# (wasm-pack.toml).
#   bash scripts/wasm-instructions.sh [MODULE_DIR]     (default dist/node)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(realpath "${1:-dist/node}")
count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null --smc-check=all \
    node --no-liftoff scripts/wasm-instructions.mjs "$dir" "$1" "$2" 2>&1 |
    grep -o "Collected : [0-9]*" | awk '{print $3}'
}
for mode in names all; do
  short=$(count "$mode" 2)
  long=$(count "$mode" 12)
  echo "$mode: $(( (long - short) / 10 )) instructions per call"
done
