#!/usr/bin/env bash
# `npm test`: every check and every test, in the order that fails fastest.
# Needs PostgreSQL on 127.0.0.1:5432 (TEST_DATABASE_URL to change) and Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "seed files";        npm run --silent seeds:check
step "lint";              npm run --silent lint
step "types";             npm run --silent typecheck
step "unit tests";        npm run --silent test:unit
step "integration tests"; npm run --silent test:integration
step "production build";  npm run --silent build
step "end-to-end tests";  npm run --silent test:e2e
