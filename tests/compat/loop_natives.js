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

const order = [];
function record(...args) {
  order.push(`${args.length}:${args.map(String).join(',')}`);
}
process.nextTick(record);
process.nextTick(record, undefined);
process.nextTick(record, 1, 'two', null, undefined, 5);
process.nextTick(function () {
  'use strict';
  order.push(`this=${this}`);
});
setImmediate(record);
setImmediate(record, 'a');
setImmediate(record, 'a', 'b', 'c', 'd');
setImmediate(function () {
  order.push(`imm this=${this instanceof setImmediate(() => {}).constructor}`);
});
setTimeout(record, 1);
setTimeout(record, 1, 'x');
setTimeout(record, 1, 'x', 'y', 'z');
const iv = setInterval(function (a, b) {
  order.push(`interval ${a} ${b} ${arguments.length}`);
  clearInterval(iv);
}, 1, 'p', 'q');
// nextTicks queued from ticks, microtasks between, and an exception that does not stop the queue.
process.nextTick(() => {
  order.push('outer');
  Promise.resolve().then(() => order.push('micro'));
  process.nextTick(() => order.push('inner'));
});
setTimeout(() => {
  process.once('uncaughtException', (e) => {
    order.push(`caught ${e.message}`);
  });
  process.nextTick(() => {
    throw new Error('tick boom');
  });
  process.nextTick(() => order.push('after boom'));
}, 5);
setTimeout(() => {
  for (const line of order) log(line);
  // Node skips ticks queued once process._exiting is set.
  process._exiting = true;
  process.nextTick(() => log('never'));
  process._exiting = false;
  process.nextTick(() => log('tick after exiting reset'));
}, 30);
