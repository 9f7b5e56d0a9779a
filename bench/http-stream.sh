#!/usr/bin/env bash
# BENCHMARKS.md 2: streaming HTTP bodies, capjs against node. 1 MB responses (wrk -c8,
# server on core 0, wrk on core 1) and a 100 MB upload piped to a file (curl, best of 3).
# Prints MB/s, the ratios, and each server's peak RSS. Loopback only; runs are bounded.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "install wrk (apt-get install wrk)" >&2; exit 1; }
capjs=./target/release/capjs
[ -x "$capjs" ] || cargo build --release
dur=${DURATION:-5s}
port=18090
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
head -c $((100 << 20)) /dev/urandom >"$scratch/100mb.bin"
serve() { # command...
  taskset -c 0 "$@" >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$port/1mb" && return; sleep 0.1; done
  echo "server did not start: $*" >&2; exit 1
}
declare -A res
for who in capjs node; do
  mkdir -p "$scratch/$who"
  if [ $who = capjs ]; then
    serve "$capjs" run --allow-net=127.0.0.1:$port --allow-write="$scratch/$who" bench/http-stream-server.js $port "$scratch/$who"
  else serve node bench/http-stream-server.js $port "$scratch/$who"; fi
  rps=$(taskset -c 1 wrk -t1 -c8 -d"$dur" "http://127.0.0.1:$port/1mb" | awk '/Requests\/sec/ { print $2 }')
  best=999
  for _ in 1 2 3; do
    t=$(curl -s -o /dev/null -w '%{time_total}' --data-binary @"$scratch/100mb.bin" "http://127.0.0.1:$port/upload")
    best=$(awk -v a="$t" -v b="$best" 'BEGIN { print (a < b) ? a : b }')
  done
  [ "$(stat -c %s "$scratch/$who/upload.bin")" = $((100 << 20)) ] || { echo "$who: upload incomplete" >&2; exit 1; }
  rss=$(awk '/VmHWM/ { print $2 / 1024 }' /proc/$pid/status)
  res[$who]="$rps $best $rss"
  kill $pid; wait $pid 2>/dev/null || true
done
read -r cr cu cm <<<"${res[capjs]}"; read -r nr nu nm <<<"${res[node]}"
awk -v cr="$cr" -v nr="$nr" -v cu="$cu" -v nu="$nu" -v cm="$cm" -v nm="$nm" 'BEGIN {
  printf "%-22s %12s %12s %8s\n", "case", "capjs", "node", "ratio"
  printf "%-22s %12.1f %12.1f %8.2f\n", "1 MB responses, MB/s", cr, nr, cr / nr
  printf "%-22s %12.1f %12.1f %8.2f\n", "100 MB upload, MB/s", 100 / cu, 100 / nu, nu / cu
  printf "%-22s %12.1f %12.1f %8.2f\n", "peak RSS, MB", cm, nm, cm / nm
}'
