#!/usr/bin/env bash
# hello world over https (keep-alive, so mostly TLS record work rather than handshakes):
# capjs against node, server pinned to core 0 and wrk to core 1, at -c1 and -c64.
# Prints req/s per run and the ratios. Loopback only; each load run is bounded by -d.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "install wrk (apt-get install wrk)" >&2; exit 1; }
capjs=./target/release/capjs
[ -x "$capjs" ] || cargo build --release
dur=${DURATION:-5s}
port=18443
serve() { # command...
  taskset -c 0 "$@" >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 50); do curl -sk "https://127.0.0.1:$port/" >/dev/null && return; sleep 0.1; done
  echo "server did not start: $*" >&2; exit 1
}
declare -A res
for who in capjs node; do
  case $who in
    capjs) serve "$capjs" run --allow-net=127.0.0.1:$port --allow-read=tests/compat/fixtures/tls bench/https-hello-server.js $port ;;
    node) serve node bench/https-hello-server.js $port ;;
  esac
  for c in 1 64; do
    res[$who,$c]=$(taskset -c 1 wrk -t1 -c"$c" -d"$dur" "https://127.0.0.1:$port/" | awk '/Requests\/sec/ { print $2 }')
  done
  kill $pid; wait $pid 2>/dev/null || true
done
printf "%-6s %12s %12s %8s\n" conns "capjs req/s" "node req/s" "c/node"
for c in 1 64; do
  awk -v c=$c -v cr="${res[capjs,$c]}" -v nr="${res[node,$c]}" 'BEGIN { printf "%-6s %12.0f %12.0f %8.2f\n", c, cr, nr, cr/nr }'
done
