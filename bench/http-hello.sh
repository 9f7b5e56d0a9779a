#!/usr/bin/env bash
# BENCHMARKS.md 1: hello-world HTTP, capjs against node and against a plain one-thread
# hyper server (bench/http-hello/ceiling, the ceiling), server pinned to core 0 and wrk to
# core 1, at -c1, -c64 and -c256. Prints req/s and p99 latency per run and the ratios.
# Loopback only; each load run is bounded by -d.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "install wrk (apt-get install wrk)" >&2; exit 1; }
capjs=./target/release/capjs
[ -x "$capjs" ] || cargo build --release
ceiling=bench/http-hello/ceiling/target/release/hyper-hello
[ -x "$ceiling" ] || (cd bench/http-hello/ceiling && cargo build --release -q)
dur=${DURATION:-8s}
port=18080
run() { # name, conns -> "req/s p99ms"
  taskset -c 1 wrk -t1 -c"$2" -d"$dur" --latency "http://127.0.0.1:$port/" |
    awk '/Requests\/sec/ { rps = $2 } / 99%/ { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v) } else if (v ~ /s$/) { sub(/s/, "", v); v *= 1000 } p99 = v }
         END { printf "%s %s\n", rps, p99 }'
}
serve() { # command...
  taskset -c 0 "$@" >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 50); do curl -s "http://127.0.0.1:$port/" >/dev/null && return; sleep 0.1; done
  echo "server did not start: $*" >&2; exit 1
}
declare -A res
for who in capjs node hyper; do
  case $who in
    capjs) serve "$capjs" run --allow-net=127.0.0.1:$port examples/hello-server.js $port ;;
    node) serve node examples/hello-server.js $port ;;
    hyper) serve "$ceiling" $port ;;
  esac
  for c in 1 64 256; do res[$who,$c]=$(run $who $c); done
  kill $pid; wait $pid 2>/dev/null || true
done
printf "%-6s %12s %12s %12s %8s %8s %11s %11s %8s\n" conns "capjs req/s" "node req/s" "hyper req/s" \
  "c/node" "c/hyper" "capjs p99" "node p99" "c/node"
for c in 1 64 256; do
  read -r cr cp <<<"${res[capjs,$c]}"; read -r nr np <<<"${res[node,$c]}"; read -r hr _ <<<"${res[hyper,$c]}"
  awk -v c=$c -v cr="$cr" -v nr="$nr" -v hr="$hr" -v cp="$cp" -v np="$np" \
    'BEGIN { printf "%-6s %12.0f %12.0f %12.0f %8.2f %8.2f %9.2fms %9.2fms %8.2f\n", c, cr, nr, hr, cr/nr, cr/hr, cp, np, cp/np }'
done
