#!/usr/bin/env bash
# Attractiveness analysis benchmark (bench/README.md has the figures): starts the backend on a fresh
# embedded PostgreSQL with the synthetic national dataset (357 municipalities, ten years: population,
# net migration and jobs), then times GET /api/v1/analysis/attractiveness, which reads the figures
# and fits the model on every call: once cold, then 30 times, and prints median, 95th percentile and max.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../backend.sh"
bench_start_backend VEKST_SYNTHETIC_DATA=true

python3 - "$base" "$token" <<'PY'
import json, statistics, sys, time, urllib.request
base, token = sys.argv[1], sys.argv[2]
def call():
    request = urllib.request.Request(base + "/api/v1/analysis/attractiveness", headers={"Authorization": "Bearer " + token})
    start = time.perf_counter()
    with urllib.request.urlopen(request) as response:
        body = json.load(response)
    return (time.perf_counter() - start) * 1000, body
cold, body = call()
print("# span %s-%s, %d municipalities used, R² %.3f, coefficients %s" % (body["from"], body["to"], body["municipalitiesUsed"],
      body["rSquared"], ", ".join("%s %.3f ± %.3f" % (c["term"], c["estimate"], c["standardError"]) for c in body["coefficients"])))
times = sorted(call()[0] for _ in range(30))
print("cold: %.0f ms; warm (30 calls): median %.0f ms, p95 %.0f ms, max %.0f ms" % (cold, statistics.median(times),
      times[int(len(times) * 0.95) - 1], times[-1]))
PY
