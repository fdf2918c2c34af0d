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

# The WordPress plugin's end-to-end test runs a real WordPress from Debian's
# packages (scripts/wordpress.sh). apache2 comes along as a dependency and
# is never started.
WORDPRESS_PACKAGES="wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql curl"
missing=""
for package in $WORDPRESS_PACKAGES; do
  dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null | grep -qx installed || missing="$missing $package"
done
if [ -n "$missing" ]; then
  # Debian starts a service when its package is installed, unless
  # policy-rc.d says no: neither Apache (on *:80) nor the system MariaDB
  # may start. The test starts its own servers on 127.0.0.1.
  added_policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\n# added by newsmark scripts/install.sh while it installs packages\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod +x /usr/sbin/policy-rc.d
    added_policy=1
  fi
  apt-get update
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing
  [ -z "$added_policy" ] || rm -f /usr/sbin/policy-rc.d
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
  || [ ! -x node_modules/.bin/esbuild ] || [ ! -x node_modules/.bin/tsc ]; then
  npm ci --no-audit --no-fund
fi
