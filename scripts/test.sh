#!/usr/bin/env bash
# The test command (README, .ci/run): set up a fresh machine, then run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
export WASI_SDK="${WASI_SDK:-$(bash scripts/setup.sh | tail -n 1)}"
# Real npm packages (express, ws) that host/tests/npm.rs runs unmodified, pinned by the lockfile.
(cd tests/npm && npm ci --no-audit --no-fund --loglevel=error)
cargo test --workspace --no-fail-fast "$@"
