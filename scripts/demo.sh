#!/usr/bin/env bash
# The main job (README): set up a fresh machine, build capjs, and run an example.
set -euo pipefail
cd "$(dirname "$0")/.."
export WASI_SDK="${WASI_SDK:-$(bash scripts/setup.sh | tail -n 1)}"
cargo build --release
./target/release/capjs run "${1:-examples/hello.js}"
