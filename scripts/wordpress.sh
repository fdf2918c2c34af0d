#!/usr/bin/env bash
# Starts and stops a real WordPress for the plugin's end-to-end test:
# Debian's wordpress package, a private MariaDB and `php -S`, all on
# 127.0.0.1, with the plugin installed and activated from the built zip.
#
#   bash scripts/wordpress.sh start STATE_DIR   # prints STATE_DIR/env.json
#   bash scripts/wordpress.sh stop STATE_DIR
#
# STATE_DIR is emptied and holds everything of this WordPress: the database,
# the content folder (theme, plugins, uploads), logs and env.json ({url,
# user, password, content, ports, pids}). `stop` ends the two servers that
# `start` began, by their process ids. Needs the packages that
# scripts/install.sh installs and dist/newsmark-wordpress.zip from
# `python3 scripts/build.py`. WordPress reads its settings from
# /etc/wordpress/config-127.0.0.1.php, which `start` installs from
# tests/e2e/wordpress/config.php; they take every value from the
# environment, so nothing here needs a fixed port.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

usage() {
  echo "usage: bash scripts/wordpress.sh start|stop STATE_DIR" >&2
  exit 2
}
[ $# -eq 2 ] || usage
ACTION=$1
STATE=$(realpath -m "$2")

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Ends the process group that `setsid` began for a server (`name`: mariadbd
# or php, checked so that a reused process id is left alone), and waits.
stop_group() {
  local pid=$1 name=$2
  if kill -0 "$pid" 2>/dev/null && [ "$(ps -o comm= -p "$pid")" = "$name" ]; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || return 0
      sleep 0.2
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
}

stop() {
  local name
  for name in php mariadb; do
    if [ -f "$STATE/$name.pid" ]; then
      stop_group "$(cat "$STATE/$name.pid")" "$([ $name = php ] && echo php || echo mariadbd)"
      rm -f "$STATE/$name.pid"
    fi
  done
}

if [ "$ACTION" = stop ]; then
  stop
  exit 0
fi
[ "$ACTION" = start ] || usage

for need in /usr/share/wordpress/wp-load.php /usr/sbin/mariadbd /usr/bin/php \
  /usr/share/wordpress/wp-content/themes/twentytwentythree/theme.json; do
  [ -e "$need" ] || { echo "wordpress.sh: $need is missing: run bash scripts/install.sh" >&2; exit 1; }
done
ZIP="$ROOT/dist/newsmark-wordpress.zip"
[ -f "$ZIP" ] || { echo "wordpress.sh: $ZIP is missing: run python3 scripts/build.py" >&2; exit 1; }

CONFIG=/etc/wordpress/config-127.0.0.1.php
if [ -e "$CONFIG" ] && ! grep -q newsmark-e2e-config "$CONFIG"; then
  echo "wordpress.sh: $CONFIG exists and is not newsmark's: move it away first" >&2
  exit 1
fi
install -m 0644 tests/e2e/wordpress/config.php "$CONFIG"

# A start over an old state first stops what that state started.
stop
rm -rf "$STATE"
mkdir -p "$STATE"/{db,content/plugins,content/themes,content/uploads,content/upgrade}
cp -r /usr/share/wordpress/wp-content/themes/twentytwentythree "$STATE/content/themes/"

DB_PORT=$(free_port)
WP_PORT=$(free_port)
USER_NAME=admin
PASSWORD=$(python3 -c 'import secrets; print(secrets.token_urlsafe(12))')
export NEWSMARK_WP_CONTENT="$STATE/content" NEWSMARK_WP_PORT=$WP_PORT NEWSMARK_WP_DB_PORT=$DB_PORT \
  NEWSMARK_WP_DB_PASSWORD=$(python3 -c 'import secrets; print(secrets.token_hex(12))') \
  NEWSMARK_WP_SALT=$(python3 -c 'import secrets; print(secrets.token_hex(24))') NEWSMARK_WP_USER=$USER_NAME

echo "== MariaDB on 127.0.0.1:$DB_PORT"
mariadb-install-db --no-defaults --user=root --datadir="$STATE/db" --auth-root-authentication-method=socket \
  --skip-test-db >"$STATE/mariadb-install.log" 2>&1
SOCKET="$STATE/mariadb.sock"
setsid mariadbd --no-defaults --user=root --datadir="$STATE/db" --socket="$SOCKET" --port="$DB_PORT" \
  --bind-address=127.0.0.1 --skip-name-resolve --pid-file="$STATE/mariadbd.pid" \
  --log-error="$STATE/mariadb.log" </dev/null >/dev/null 2>&1 &
echo $! >"$STATE/mariadb.pid"
for _ in $(seq 1 100); do
  mariadb-admin --no-defaults --socket="$SOCKET" -uroot ping >/dev/null 2>&1 && break
  sleep 0.2
done
mariadb --no-defaults --socket="$SOCKET" -uroot -e "
  CREATE DATABASE wordpress CHARACTER SET utf8mb4;
  CREATE USER 'wordpress'@'127.0.0.1' IDENTIFIED BY '$NEWSMARK_WP_DB_PASSWORD';
  GRANT ALL PRIVILEGES ON wordpress.* TO 'wordpress'@'127.0.0.1';"

echo "== WordPress on http://127.0.0.1:$WP_PORT"
# Workers let the editor's parallel requests run side by side.
PHP_CLI_SERVER_WORKERS=4 setsid php -S "127.0.0.1:$WP_PORT" -t /usr/share/wordpress \
  tests/e2e/wordpress/router.php </dev/null >"$STATE/php.log" 2>&1 &
echo $! >"$STATE/php.pid"
URL="http://127.0.0.1:$WP_PORT"
for _ in $(seq 1 100); do
  curl -s -o /dev/null "$URL/wp-login.php" && break
  sleep 0.2
done
curl -sS -o "$STATE/install.html" -w '%{http_code}\n' "$URL/wp-admin/install.php?step=2" \
  --data-urlencode "weblog_title=newsmark test" --data-urlencode "user_name=$USER_NAME" \
  --data-urlencode "admin_password=$PASSWORD" --data-urlencode "admin_password2=$PASSWORD" \
  --data-urlencode "pw_weak=1" --data-urlencode "admin_email=admin@example.invalid" \
  --data-urlencode "blog_public=0" --data-urlencode "language=" >"$STATE/install.status"
if ! grep -q "Success" "$STATE/install.html"; then
  echo "wordpress.sh: the WordPress install did not succeed (HTTP $(cat "$STATE/install.status")); see $STATE/install.html" >&2
  stop
  exit 1
fi

echo "== the plugin from $(basename "$ZIP")"
python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' "$ZIP" "$STATE/content/plugins"
php tests/e2e/wordpress/setup.php

python3 - "$STATE/env.json" <<EOF
import json, sys
json.dump({"url": "$URL", "user": "$USER_NAME", "password": "$PASSWORD",
           "content": "$STATE/content", "ports": {"wordpress": $WP_PORT, "mariadb": $DB_PORT},
           "pids": {"php": $(cat "$STATE/php.pid"), "mariadb": $(cat "$STATE/mariadb.pid")}},
          open(sys.argv[1], "w"), indent=2)
EOF
echo "wordpress.sh: ready at $URL (user $USER_NAME); state in $STATE"
