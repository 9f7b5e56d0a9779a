#!/usr/bin/env bash
# BENCHMARKS.md 6: event-loop turns, ns/op, capjs against node, as ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
capjs=./target/release/capjs
[ -x "$capjs" ] || cargo build --release
paste <("$capjs" bench/event-loop/turns.js) <(node bench/event-loop/turns.js) |
  awk 'BEGIN { printf "%-18s %12s %12s %8s\n", "case", "capjs ns/op", "node ns/op", "ratio" }
       { printf "%-18s %12s %12s %8.2f\n", $1, $2, $4, $2 / $4 }'
