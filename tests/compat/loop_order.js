// Ordering of nextTick, microtasks, timers and immediates (Node's documented cases).
const log = [];
const out = (s) => log.push(s);
const immediates = [];

setTimeout(() => out('timeout 0'), 0);
process.nextTick(() => out('tick 1'));
Promise.resolve().then(() => out('micro 1'));
queueMicrotask(() => out('micro 2'));
process.nextTick(() => {
  out('tick 2');
  Promise.resolve().then(() => out('micro from tick'));
  process.nextTick(() => out('tick from tick'));
});
Promise.resolve().then(() => {
  out('micro 3');
  process.nextTick(() => out('tick from micro'));
});
out('sync');

setTimeout(() => {
  out('T1');
  // Logged apart: T2 may be due 1 ms after T1 (node's clock can tick between the two
  // setTimeout calls), and then this immediate runs between them, in node as here.
  setImmediate(() => immediates.push('I from T1'));
  process.nextTick(() => out('tick in T1'));
  Promise.resolve().then(() => out('micro in T1'));
}, 5);
setTimeout(() => out('T2 (same delay as T1)'), 5);

const t = setTimeout(() => out('never'), 1);
clearTimeout(t);
const i = setImmediate(() => out('never imm'));
clearImmediate(i);

setTimeout(() => {
  // Inside a timer callback, an immediate runs before a new 0 ms timer.
  setTimeout(() => {
    out('late timeout');
    let n = 0;
    const iv = setInterval(() => {
      out(`interval ${++n}`);
      if (n === 3) clearInterval(iv);
    }, 2);
  }, 0);
  setImmediate(() => out('late immediate'));
}, 30);

process.on('beforeExit', (code) => {
  if (!log.includes('beforeExit')) {
    out('beforeExit');
    setTimeout(() => out('timer from beforeExit'), 1);
  }
});
process.on('exit', (code) => {
  out(`exit ${code}`);
  console.log(log.join('\n'));
  console.log(immediates.join('\n'));
});
