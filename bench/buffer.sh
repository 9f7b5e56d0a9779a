#!/usr/bin/env bash
# node:buffer hot paths (bench/buffer.js), ms per op, capjs against node, as ratios.
# CAPJS=target/debug/capjs bench/buffer.sh runs a debug build instead of release.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${CAPJS:-}" ]; then
  capjs=$CAPJS
else
  capjs=./target/release/capjs
  [ -x "$capjs" ] || cargo build --release
fi
paste -d'|' <("$capjs" bench/buffer.js) <(node bench/buffer.js) |
  awk -F'|' 'BEGIN { printf "%-27s %10s %10s %8s\n", "case", "capjs ms", "node ms", "ratio" }
       { n = split($1, a, " "); split($2, b, " "); name = substr($1, 1, 26)
         printf "%-27s %10.3f %10.3f %8.2f\n", name, a[n], b[n], a[n] / b[n] }'
