#!/usr/bin/env bash
# Checks the deployment files as far as a machine without a Docker engine can:
#   1. nginx -t on deploy/nginx.conf (nginx from Debian, installed when missing and run as root), and
#      the file run for real on loopback in front of a stand-in backend: the headers it sends;
#   2. docker-compose.yml against the Compose Specification JSON schema, raw and with .env.example's
#      values interpolated, plus the project's rules (only `web` publishes a port, no literal
#      secrets, every variable documented in .env.example);
#   3. .gitlab-ci.yml against GitLab's CI JSON schema, plus stage and `needs` references;
#   4. the Dockerfiles that docker-compose.yml builds copy only files that exist in their build
#      context (or are build outputs under target/) and that their .dockerignore lets through.
# The schemas and validators are installed from npm by `npm ci --prefix deploy` (pinned in
# deploy/package-lock.json). Run from anywhere: `bash deploy/check.sh`. Exits non-zero on a failure.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

passed=0
failed=0
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

run_check() {
  local name="$1"
  shift
  echo "--- $name"
  if "$@"; then
    echo "PASS $name"
    passed=$((passed + 1))
  else
    echo "FAIL $name"
    failed=$((failed + 1))
  fi
}

find_nginx() {
  command -v nginx 2>/dev/null || { [ -x /usr/sbin/nginx ] && echo /usr/sbin/nginx; } || true
}

install_nginx() {
  if [ "$(id -u)" != 0 ]; then
    echo "nginx is not installed and this is not root: install Debian's nginx (apt-get install nginx-light)" >&2
    return 1
  fi
  # Installing must never start a daemon: Debian's maintainer scripts ask /usr/sbin/policy-rc.d,
  # and exit 101 there means "do not start services". Put one in place only for the install.
  local own_policy=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    own_policy=1
  fi
  local rc=0
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y --no-install-recommends nginx >"$tmp/apt.log" 2>&1 \
    || { apt-get update >>"$tmp/apt.log" 2>&1 \
         && apt-get install -y --no-install-recommends nginx >>"$tmp/apt.log" 2>&1; } \
    || rc=$?
  if [ "$own_policy" = 1 ]; then rm -f /usr/sbin/policy-rc.d; fi
  if [ "$rc" != 0 ]; then
    tail -20 "$tmp/apt.log" >&2
    return 1
  fi
}

check_nginx() {
  local nginx_bin
  nginx_bin="$(find_nginx)"
  if [ -z "$nginx_bin" ]; then
    echo "installing nginx from Debian"
    install_nginx || return 1
    nginx_bin="$(find_nginx)"
  fi
  # The production file is a server block for conf.d/ inside the image's http { }. Wrap it in a
  # minimal nginx.conf whose paths all point into a temporary directory. The upstream `backend`
  # need not resolve here: the file takes it from a variable, resolved at request time.
  local conf="$tmp/nginx"
  mkdir -p "$conf/logs" "$conf/temp"
  cp deploy/nginx.conf "$conf/default.conf"
  local mime=""
  [ -f /etc/nginx/mime.types ] && mime="include /etc/nginx/mime.types;"
  cat >"$conf/nginx.conf" <<EOF
pid $conf/nginx.pid;
error_log $conf/logs/error.log;
events {}
http {
    $mime
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path $conf/temp/body;
    proxy_temp_path $conf/temp/proxy;
    fastcgi_temp_path $conf/temp/fastcgi;
    uwsgi_temp_path $conf/temp/uwsgi;
    scgi_temp_path $conf/temp/scgi;
    include $conf/default.conf;
}
EOF
  local out rc=0
  out="$("$nginx_bin" -t -p "$conf/" -c "$conf/nginx.conf" 2>&1)" || rc=$?
  echo "$out" | sed 's/^/  /'
  return "$rc"
}

# Runs the file for real on loopback and checks the headers it sends (deploy/nginx-serves.mjs).
check_nginx_serves() {
  local nginx_bin
  nginx_bin="$(find_nginx)"
  [ -n "$nginx_bin" ] || { echo "nginx is not installed"; return 1; }
  mkdir -p "$tmp/serve"
  node deploy/nginx-serves.mjs "$nginx_bin" "$tmp/serve"
}

ensure_tools() {
  # npm ci writes node_modules/.package-lock.json: reinstall when it is missing or older than the
  # lock file (a version was changed).
  local installed=deploy/node_modules/.package-lock.json
  if [ ! -f "$installed" ] || [ deploy/package-lock.json -nt "$installed" ]; then
    echo "installing the validators: npm ci --prefix deploy"
    npm ci --prefix deploy --ignore-scripts --no-audit --no-fund >"$tmp/npm.log" 2>&1 \
      || { tail -20 "$tmp/npm.log" >&2; return 1; }
  fi
}

tools_ok=1
ensure_tools || tools_ok=0
validate() {
  [ "$tools_ok" = 1 ] || { echo "validators not installed (npm ci --prefix deploy failed)"; return 1; }
  node deploy/validate.mjs "$@"
}

run_check "nginx -t deploy/nginx.conf" check_nginx
run_check "nginx serves the app, the widget bundle and the API with the right headers" check_nginx_serves
run_check "docker-compose.yml (Compose Specification schema)" validate compose
run_check ".gitlab-ci.yml (GitLab CI schema)" validate gitlab-ci
run_check "Dockerfiles copy only files that exist" validate dockerfiles

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
