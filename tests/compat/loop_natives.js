// process.nextTick, the timer functions and performance.now, which capjs implements as
// native dispatchers: names, lengths, arguments, receivers and argument errors.
'use strict';
const log = (...a) => console.log(...a);

log('nextTick', process.nextTick.name, process.nextTick.length);
log('setTimeout', setTimeout.name, setTimeout.length);
log('setInterval', setInterval.name, setInterval.length);
log('setImmediate', setImmediate.name, setImmediate.length);
log('performance.now', performance.now.name, performance.now.length, typeof Performance);
log('now enumerable', Object.getOwnPropertyDescriptor(Performance.prototype, 'now').enumerable);

for (const bad of [undefined, 5, 'x', {}, null]) {
  for (const [name, fn] of [['nextTick', process.nextTick], ['setTimeout', setTimeout],
    ['setInterval', setInterval], ['setImmediate', setImmediate]]) {
    try {
      fn(bad);
      log(name, 'accepted', bad);
    } catch (e) {
      log(name, e.code, e.name, e.message);
    }
  }
}
try {
  process.nextTick();
} catch (e) {
  log('no args', e.code);
}
for (const recv of [{}, undefined, Object.create(performance)]) {
  try {
    log('now on', typeof performance.now.call(recv));
  } catch (e) {
    log('now on', e.code, e.message);
  }
}
const t0 = performance.now();
log('now monotonic', performance.now() >= t0, t0 >= 0);

// Each kind of callback records into its own list: which of setTimeout(1) and setImmediate
// runs first from the main module depends on timing, in Node too.
const ticks = [];
const imms = [];
const timers = [];
const recorder = (list) => function (...args) {
  list.push(`${args.length}:${args.map(String).join(',')}`);
};
process.nextTick(recorder(ticks));
process.nextTick(recorder(ticks), undefined);
process.nextTick(recorder(ticks), 1, 'two', null, undefined, 5);
process.nextTick(function () {
  'use strict';
  ticks.push(`this=${this}`);
});
setImmediate(recorder(imms));
setImmediate(recorder(imms), 'a');
setImmediate(recorder(imms), 'a', 'b', 'c', 'd');
setImmediate(function () {
  imms.push(`imm this=${this instanceof setImmediate(() => {}).constructor}`);
});
setTimeout(recorder(timers), 1);
setTimeout(recorder(timers), 1, 'x');
setTimeout(recorder(timers), 1, 'x', 'y', 'z');
const iv = setInterval(function (a, b) {
  timers.push(`interval ${a} ${b} ${arguments.length}`);
  clearInterval(iv);
}, 1, 'p', 'q');
// nextTicks queued from ticks, microtasks between, and an exception that does not stop the queue.
process.nextTick(() => {
  ticks.push('outer');
  Promise.resolve().then(() => ticks.push('micro'));
  process.nextTick(() => ticks.push('inner'));
});
setTimeout(() => {
  process.once('uncaughtException', (e) => {
    ticks.push(`caught ${e.message}`);
  });
  process.nextTick(() => {
    throw new Error('tick boom');
  });
  process.nextTick(() => ticks.push('after boom'));
}, 5);
setTimeout(() => {
  for (const [name, list] of [['ticks', ticks], ['immediates', imms], ['timers', timers]]) {
    log(name);
    for (const line of list) log(' ', line);
  }
  // Node skips ticks queued once process._exiting is set.
  process._exiting = true;
  process.nextTick(() => log('never'));
  process._exiting = false;
  process.nextTick(() => log('tick after exiting reset'));
}, 30);
