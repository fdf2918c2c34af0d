#!/usr/bin/env bash
# Installs what newsmark's build and tests need and a fresh machine of this
# kind lacks, skipping whatever is already there. Safe to run repeatedly.
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_BINDGEN_VERSION=0.2.130   # must equal the wasm-bindgen crate pinned in Cargo.toml

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$"; then
  # Without --locked: the CLI's lock file pins a crate the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || ! command -v pdftotext >/dev/null; then
  # poppler-utils' pdftotext reads back the PDF the print test makes.
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver poppler-utils
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ]; then
  npm ci --no-audit --no-fund
fi
