// Event-loop turns for bench/event-loop: prints "<name> <ns per op>" per case.
const N = Number(process.argv[2] || 200000);
const results = [];
function report(name, t0, n) {
  results.push(`${name} ${(((performance.now() - t0) * 1e6) / n).toFixed(1)}`);
}

function immediates(done) {
  let i = 0;
  const t0 = performance.now();
  (function step() {
    if (++i < N) setImmediate(step);
    else { report('setImmediate', t0, N); done(); }
  })();
}

function timeouts(done) {
  let i = 0;
  const n = N / 10;
  const t0 = performance.now();
  (function step() {
    if (++i < n) setTimeout(step, 0);
    else { report('setTimeout0', t0, n); done(); }
  })();
}

function promises(done) {
  let i = 0;
  const t0 = performance.now();
  (function step() {
    if (++i < N) Promise.resolve().then(step);
    else { report('promise', t0, N); done(); }
  })();
}

function ticks(done) {
  let i = 0;
  const t0 = performance.now();
  (function step() {
    if (++i < N) process.nextTick(step);
    else { report('nextTick', t0, N); done(); }
  })();
}

function perfNow(done) {
  const t0 = performance.now();
  let x = 0;
  for (let i = 0; i < N; i++) x += performance.now();
  report('performance.now', t0, N);
  done(x);
}

const cases = [immediates, timeouts, promises, ticks, perfNow];
(function next() {
  const c = cases.shift();
  if (c) c(next);
  else console.log(results.join('\n'));
})();
