#!/usr/bin/env bash
# National-scale population import benchmark (bench/README.md has the figures and how to read them).
# Generates every municipality × 1951–2024 × every year and quarter × every component (1.3 million
# values), starts the backend at 512 MB heap on a fresh embedded PostgreSQL (durable settings, as
# `make run`), and times the import through the API: first into an empty database, then the same
# file again (every value unchanged), then a dry run.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../backend.sh"

echo "# generating the national file"
java "$here/GenerateNationalCsv.java" "$root/backend/src/main/resources/seed/municipalities-2024.csv" "$work/national.csv"
ls -la "$work/national.csv" | awk '{print "# file size: " $5 " bytes"}'

bench_start_backend QUARKUS_LOG_CATEGORY__NO_KONGSBERG_VEKST_POPULATION_IMPORTING__LEVEL=DEBUG

# Posts the file; follows a background run (202) to its end. Prints seconds and the run's counts.
import_file() {
  local dry=$1 start end body status location
  start=$(date +%s.%N)
  body=$(curl -s -w '\n%{http_code}' -XPOST "$base/api/v1/population/imports?dryRun=$dry&source=national.csv" \
    -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' --data-binary @"$work/national.csv")
  status=$(tail -n1 <<<"$body"); body=$(sed '$d' <<<"$body")
  if [ "$status" = "202" ]; then
    location=$(python3 -c 'import sys,json; print("/api/v1/imports/" + json.loads(sys.argv[1])["id"])' "$body")
    while :; do
      body=$(curl -sf "$base$location" -H "Authorization: Bearer $token")
      case $(python3 -c 'import sys,json; print(json.loads(sys.argv[1])["status"])' "$body") in
        completed|rejected) break ;;
      esac
      sleep 0.2
    done
  fi
  end=$(date +%s.%N)
  python3 -c 'import sys,json
run = json.loads(sys.argv[1]); c = run["counts"]
print("%s: %.1f s, HTTP %s, %s, inserted %d, updated %d, unchanged %d, rejected %d, flagged %d" % (sys.argv[2],
      float(sys.argv[4]) - float(sys.argv[3]), sys.argv[5], run["status"], c["inserted"], c["updated"], c["unchanged"],
      c["rejected"], c["flagged"]))' \
    "$body" "$2" "$start" "$end" "$status"
}

import_file false "first import (empty database)"
import_file false "same file again (idempotent)"
import_file true "dry run of the same file"
grep -E "OutOfMemory|ERROR| took " "$work/backend.log" | sed "s/.*Import [0-9a-f-]*: /# /" | head -40 || true
