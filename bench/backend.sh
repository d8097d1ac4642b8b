# Sourced by the benchmarks: starts the built backend on loopback with a fresh embedded PostgreSQL in
# a temporary folder, and stops it and removes the folder on exit. After `bench_start_backend ENV=...`:
# $work (the folder), $base (the URL) and $token (an admin's bearer token).
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/backend/target/quarkus-app/quarkus-run.jar"
[ -f "$jar" ] || { echo "Build the backend first: (cd backend && ./mvnw package -DskipTests)"; exit 1; }

work="$(mktemp -d)"
backend_pid=""
bench_cleanup() {
  if [ -n "$backend_pid" ]; then kill "$backend_pid" 2>/dev/null || true; wait "$backend_pid" 2>/dev/null || true; fi
  if [ -n "${KEEP_BENCH_DIR:-}" ]; then echo "# kept $work"; else rm -rf "$work"; fi
}
trap bench_cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# Starts the backend (-Xmx512m, no demo data) with the extra environment given as NAME=value arguments.
# The load generator runs on loopback, which the bench configuration exempts from the rate limits.
bench_start_backend() {
  local port db_port password="bench-admin-password"
  port=$(free_port); db_port=$(free_port)
  echo "# starting the backend (-Xmx512m) on port $port $*"
  env QUARKUS_HTTP_PORT="$port" VEKST_EMBEDDED_DB_PORT="$db_port" VEKST_DATA_DIR="$work/data" VEKST_ADMIN_PASSWORD="$password" \
    VEKST_DEMO_DATA=false VEKST_RATE_LIMIT_EXEMPT=127.0.0.1 "$@" java -Xmx512m -jar "$jar" > "$work/backend.log" 2>&1 &
  backend_pid=$!
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null && break; sleep 1; done
  base="http://127.0.0.1:$port"
  token=$(curl -sf -XPOST "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$password\"}" | python3 -c 'import sys,json; print(json.load(sys.stdin)["accessToken"])')
}
