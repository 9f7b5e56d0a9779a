#!/usr/bin/env bash
# BENCHMARKS.md 3: `capjs run hi.js` against `node hi.js` under hyperfine, and peak RSS.
# Prints each mean and the ratio capjs/node. Needs a release build and hyperfine.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "install hyperfine (apt-get install hyperfine)" >&2; exit 1; }
capjs=./target/release/capjs
[ -x "$capjs" ] || cargo build --release
"$capjs" run bench/hi.js >/dev/null   # fill the compiled-guest cache once
json=$(mktemp)
hyperfine -N --warmup 5 --runs "${RUNS:-50}" --export-json "$json" \
  -n capjs "$capjs run bench/hi.js" -n node "node bench/hi.js" >&2
python3 - "$json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
c, n = r["capjs"]["mean"] * 1000, r["node"]["mean"] * 1000
print(f"cold-start hi.js: capjs {c:.2f} ms, node {n:.2f} ms, ratio capjs/node {c / n:.3f}")
PY
rss() { /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -n 1; }
c=$(rss "$capjs" run bench/hi.js); n=$(rss node bench/hi.js)
python3 -c "print(f'peak RSS hi.js: capjs {$c/1024:.1f} MB, node {$n/1024:.1f} MB, ratio {$c/$n:.3f}')"
rm -f "$json"
