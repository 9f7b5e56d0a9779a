#!/usr/bin/env bash
# The main job (README): set up a fresh machine, build capjs, run an example, then start
# the hello-world server, fetch one page from it and stop it.
set -euo pipefail
cd "$(dirname "$0")/.."
export WASI_SDK="${WASI_SDK:-$(bash scripts/setup.sh | tail -n 1)}"
cargo build --release
capjs=./target/release/capjs
"$capjs" run examples/hello.js
port=${PORT:-8080}
"$capjs" run --allow-net=127.0.0.1:"$port" examples/hello-server.js "$port" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 100); do
  if reply=$(curl -s "http://127.0.0.1:$port/"); then
    printf 'GET / -> %s' "$reply"
    break
  fi
  sleep 0.1
done
kill -TERM $server
wait $server
