# Vekst: the two commands of the README, and the pieces they are made of.
#   make run    the whole product on http://localhost:8080 (embedded PostgreSQL, demo data)
#   make test   every test: contract lint, backend, app, browser, deployment files
#   make bench  the benchmarks (bench/README.md)
# Builds run one at a time (2 cores): Maven and Vite never in parallel.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

MVNW := cd backend && ./mvnw -B -ntp
JAR := backend/target/quarkus-app/quarkus-run.jar

.PHONY: help run test bench test-contract test-backend test-frontend test-e2e test-deploy \
        backend-package frontend-deps frontend-build clean

help:
	@echo "make run   - build and start Vekst on http://localhost:8080 (data in ./.data or \$$VEKST_DATA_DIR)"
	@echo "make test  - run every test"
	@echo "make bench - run the benchmarks (bench/README.md has the figures)"

## ---- run ---------------------------------------------------------------

run: frontend-build backend-package
	VEKST_WEB_DIR="$(CURDIR)/frontend/dist" VEKST_DATA_DIR="$${VEKST_DATA_DIR:-$(CURDIR)/.data}" \
	  java -jar $(JAR)

backend-package:
	$(MVNW) -q package -DskipTests

frontend-deps:
	@if [ ! -d frontend/node_modules ] || [ frontend/package-lock.json -nt frontend/node_modules ]; then \
	  cd frontend && npm ci --no-audit --no-fund; fi

frontend-build: frontend-deps
	cd frontend && npm run build

## ---- test --------------------------------------------------------------

test: test-contract test-backend test-frontend test-e2e test-deploy
	@echo "make test: every suite passed"

# The contract, linted with Spectral and the OWASP ruleset (tools/contract-lint/.spectral.yaml).
test-contract:
	@if [ ! -d tools/contract-lint/node_modules ] || [ tools/contract-lint/package-lock.json -nt tools/contract-lint/node_modules ]; then \
	  cd tools/contract-lint && npm ci --no-audit --no-fund; fi
	cd tools/contract-lint && npm run --silent lint

# JUnit + REST Assured against a real PostgreSQL; also packages the jar the browser tests start.
test-backend:
	$(MVNW) verify

# Generated API types up to date, types, lint, unit and component tests, production build (the app
# and the widget bundle), and the widget bundle within its 15 KB gzip budget.
test-frontend: frontend-deps
	cd frontend && npm run check:api && npm run typecheck && npm run lint && npm test && npm run build && npm run check:widgets

# Playwright (playwright-core + Debian's Chromium) against the product started by the test itself.
test-e2e: frontend-deps
	cd frontend && npm run e2e

# nginx -t, compose and GitLab CI files against their schemas, Dockerfile sources.
test-deploy:
	bash deploy/check.sh

## ---- bench -------------------------------------------------------------

# Load and import benchmarks with their figures in bench/README.md; never part of make test.
bench: backend-package
	bash bench/population-import/run.sh
	bash bench/attractiveness/run.sh

clean:
	rm -rf backend/target frontend/dist
