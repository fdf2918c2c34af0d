#!/usr/bin/env bash
# Native throughput of newsmark against compromise on the same text, in one
# run: the test articles repeated to about 1 MB. Compares names alone (what
# compromise's people/places/organizations do) and reports the whole
# pipeline too, in tokens per second (newsmark's own token count for both,
# so the rates compare). Exits 1 if names are not at least 10 times faster.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules/compromise ] || npm ci --no-audit --no-fund
cargo bench --bench pipeline -- --write-input target/bench-input.txt all-articles > target/bench-newsmark.txt
newsmark=$(tail -n 1 target/bench-newsmark.txt)
names=$(grep '"bench":"names"' target/bench-newsmark.txt)
compromise=$(node scripts/bench-compromise.mjs target/bench-input.txt)
python3 - "$newsmark" "$names" "$compromise" <<'PY'
import json, sys
n, names, c = (json.loads(a) for a in sys.argv[1:4])
tokens = n["tokens"]
all_rate, names_rate, c_rate = n["tokens_per_s"], names["tokens_per_s"], tokens / c["seconds"]
print(f"input: {n['bytes']} bytes, {tokens} newsmark tokens ({c['terms']} compromise terms)")
print(f"newsmark names      {names_rate:>12,.0f} tokens/s  ({names['mean_ms']:.1f} ms per pass, structure and names)")
print(f"newsmark all layers {all_rate:>12,.0f} tokens/s  ({n['mean_ms']:.1f} ms per pass)")
print(f"compromise          {c_rate:>12,.0f} tokens/s  ({c['seconds'] * 1000:.1f} ms, people/places/organizations)")
print(f"ratio, names        {names_rate / c_rate:>12.1f}x   (all layers {all_rate / c_rate:.1f}x)")
print(json.dumps({"bench": "throughput", "newsmark_names_tokens_per_s": round(names_rate), "newsmark_all_tokens_per_s": round(all_rate),
                  "compromise_tokens_per_s": round(c_rate), "ratio_names": round(names_rate / c_rate, 1), "ratio_all": round(all_rate / c_rate, 1)}))
sys.exit(0 if names_rate >= 10 * c_rate else 1)
PY
