#!/usr/bin/env bash
# BENCHMARKS.md 5: CPU kernels in capjs, node, node --jitless and native QuickJS (same
# rquickjs crate). Prints ms per kernel and the ratios; capjs/native is the wasm layer's cost.
set -euo pipefail
cd "$(dirname "$0")/.."
capjs=./target/release/capjs
[ -x "$capjs" ] || cargo build --release
native=bench/js-cpu/native/target/release/qjs-native
[ -x "$native" ] || (cd bench/js-cpu/native && cargo build --release -q)
k=bench/js-cpu/kernels.js
paste <("$capjs" $k) <("$native" $k) <(node $k) <(node --jitless $k) |
  awk 'BEGIN { printf "%-12s %9s %9s %9s %9s %11s %11s %13s\n", "kernel", "capjs", "native", "node", "jitless", "capjs/node", "/jitless", "capjs/native" }
       { printf "%-12s %9.1f %9.1f %9.1f %9.1f %11.2f %11.2f %13.2f\n", $1, $2, $4, $6, $8, $2/$6, $2/$8, $2/$4 }'
