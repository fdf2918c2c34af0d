#!/usr/bin/env bash
# Runs every test of newsmark: native unit, golden and CLI tests, the wasm
# build with its size budget, wasm-bindgen tests in Node and in headless
# Chromium, and the end-to-end tests: the page, the npm package, its
# examples and exports, and the WordPress plugin in a real WordPress.
# Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh

# A clean clone builds once: incremental caches only cost disk there.
if [ "${CI:-}" = true ]; then
  export CARGO_INCREMENTAL=0
fi

echo "== formatting and lints"
cargo fmt --check
cargo clippy --all-targets --quiet -- -D warnings

echo "== native tests"
cargo test

echo "== wasm build and size budget"
python3 scripts/build.py
# The budget check must be able to fail: a 1-byte budget is over.
if python3 scripts/build.py --size-only --budget 1 >/dev/null; then
  echo "size check passed a 1-byte budget: it cannot fail" >&2
  exit 1
fi

echo "== wasm-bindgen tests in Node"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
cargo test --target wasm32-unknown-unknown --no-default-features --test main

echo "== wasm-bindgen tests in headless Chromium"
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_USE_BROWSER=1 \
  cargo test --target wasm32-unknown-unknown --no-default-features --test main

echo "== browser, package and WordPress end-to-end tests"
# The export tests compare the command line's output with www/exports.js.
cargo build --bin newsmark
node --test --test-concurrency=1 tests/e2e/
