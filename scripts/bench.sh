#!/usr/bin/env bash
# Native throughput of newsmark against compromise on the same text, in one
# run: the test articles repeated to about 1 MB. Prints tokens per second of
# each (newsmark's own token count for both, so the rates compare) and the
# ratio, and exits 1 if newsmark is not at least 10 times faster.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules/compromise ] || npm ci --no-audit --no-fund
cargo bench --bench pipeline -- --write-input target/bench-input.txt all-articles > target/bench-newsmark.txt
newsmark=$(tail -n 1 target/bench-newsmark.txt)
compromise=$(node scripts/bench-compromise.mjs target/bench-input.txt)
python3 - "$newsmark" "$compromise" <<'PY'
import json, sys
n, c = json.loads(sys.argv[1]), json.loads(sys.argv[2])
tokens = n["tokens"]
n_rate, c_rate = n["tokens_per_s"], tokens / c["seconds"]
print(f"input: {n['bytes']} bytes, {tokens} newsmark tokens ({c['terms']} compromise terms)")
print(f"newsmark   {n_rate:>12,.0f} tokens/s  ({n['mean_ms']:.1f} ms per pass, all layers)")
print(f"compromise {c_rate:>12,.0f} tokens/s  ({c['seconds'] * 1000:.1f} ms, people/places/organizations)")
print(f"ratio      {n_rate / c_rate:>12.1f}x")
print(json.dumps({"bench": "throughput", "newsmark_tokens_per_s": round(n_rate), "compromise_tokens_per_s": round(c_rate), "ratio": round(n_rate / c_rate, 1)}))
sys.exit(0 if n_rate >= 10 * c_rate else 1)
PY
