#!/usr/bin/env bash
# node:fs workloads (bench/fs.js, issue 5), ms per case, capjs against node, as ratios.
# CAPJS=target/debug/capjs bench/fs.sh runs a debug build instead of release.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${CAPJS:-}" ]; then
  capjs=$CAPJS
else
  capjs=./target/release/capjs
  [ -x "$capjs" ] || cargo build --release
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/capjs" "$scratch/node"
ours=$("$capjs" --allow-read="$scratch/capjs" --allow-write="$scratch/capjs" bench/fs.js "$scratch/capjs")
theirs=$(node bench/fs.js "$scratch/node")
paste -d'|' <(echo "$ours") <(echo "$theirs") |
  awk -F'|' 'BEGIN { printf "%-31s %10s %10s %8s\n", "case", "capjs ms", "node ms", "ratio" }
       { n = split($1, a, " "); split($2, b, " "); name = substr($1, 1, 30)
         printf "%-31s %10.2f %10.2f %8.2f\n", name, a[n], b[n], a[n] / b[n] }'
