#!/usr/bin/env bash
# BENCHMARKS.md 1, interleaved: the hello-world server at -c64 (CONNS), capjs and node taking
# turns (capjs, node, capjs, ...) for ROUNDS rounds of DURATION each, so that both meet the
# same machine noise; prints each run and the medians' ratio. Server pinned to core 0 and
# wrk to core 1; loopback only; every load run is bounded by -d.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "install wrk (apt-get install wrk)" >&2; exit 1; }
capjs=./target/release/capjs
[ -x "$capjs" ] || cargo build --release
rounds=${ROUNDS:-8}
dur=${DURATION:-3s}
conns=${CONNS:-64}
port=18081
one() { # server command... -> req/s
  taskset -c 0 "$@" >/dev/null 2>&1 &
  local pid=$!
  for _ in $(seq 50); do curl -s "http://127.0.0.1:$port/" >/dev/null && break; sleep 0.1; done
  taskset -c 1 wrk -t1 -c"$conns" -d"$dur" "http://127.0.0.1:$port/" | awk '/Requests\/sec/ { printf "%d", $2 }'
  kill $pid
  wait $pid 2>/dev/null || true
}
c=()
n=()
for _ in $(seq "$rounds"); do
  c+=("$(one "$capjs" run --allow-net=127.0.0.1:$port examples/hello-server.js $port)")
  n+=("$(one node examples/hello-server.js $port)")
done
echo "capjs req/s: ${c[*]}"
echo "node req/s:  ${n[*]}"
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
mc=$(median "${c[@]}")
mn=$(median "${n[@]}")
awk -v c="$mc" -v n="$mn" -v k="$conns" 'BEGIN { printf "-c%s medians: capjs %.0f, node %.0f, capjs/node %.3f\n", k, c, n, c / n }'
