#!/usr/bin/env bash
# The one command for a fresh machine: installs what is missing, builds the
# wasm module and the page, and serves the page on http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
python3 scripts/build.py
echo "newsmark: serving http://127.0.0.1:8080 (Ctrl-C stops); single file: dist/newsmark.html"
exec python3 -m http.server 8080 --bind 127.0.0.1 --directory dist/www
