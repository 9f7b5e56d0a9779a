// node:timers module surface: identity with globals, lengths, promisify, refresh after firing, enroll/active.
const timers = require('timers');
const util = require('util');

process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message));

console.log('globals are module functions:', globalThis.setTimeout === timers.setTimeout,
  setImmediate === timers.setImmediate, clearInterval === timers.clearInterval, require('node:timers') === timers);
console.log('names/lengths:', [setTimeout, setInterval, setImmediate, clearTimeout, clearInterval, clearImmediate]
  .map((f) => `${f.name}/${f.length}`).join(' '));
console.log('module keys:', Object.keys(timers).join());
console.log('promisify.custom:', typeof setTimeout[util.promisify.custom], typeof setImmediate[util.promisify.custom],
  setTimeout[util.promisify.custom] === require('timers/promises').setTimeout,
  setImmediate[util.promisify.custom] === require('timers/promises').setImmediate);

const t = setTimeout(() => {}, 1);
console.log('Timeout:', t.constructor.name, Object.prototype.toString.call(t), t._idleTimeout, t._repeat, typeof t._onTimeout);
console.log('Timeout keys:', Object.keys(t).join(), 'args:', t._timerArgs, setTimeout(() => {}, 1, 'a').close()._timerArgs);
const i = setImmediate(() => {});
console.log('Immediate keys:', Object.keys(i).join(), 'argv:', i._argv, setImmediate(() => {}, 'b')._argv);
console.log('Immediate:', i.constructor.name, typeof i._onImmediate);
const iv = setInterval(() => {}, 7);
console.log('interval fields:', iv._repeat, iv._idleTimeout);
clearInterval(iv);
clearTimeout(t);
console.log('after clear:', t._destroyed, t._idleTimeout);
clearImmediate(i);

async function main() {
  console.log('promisified setTimeout:', await util.promisify(setTimeout)(2, 'pv'));
  console.log('promisified setImmediate:', await util.promisify(setImmediate)('pi'));

  // refresh() on a timer that already fired arms it again
  await new Promise((resolve) => {
    let n = 0;
    const r = setTimeout(() => {
      n++;
      console.log('refresh-after-fire fired', n);
      if (n === 1) setImmediate(() => { r.refresh(); console.log('re-armed, hasRef', r.hasRef()); });
      else resolve();
    }, 3);
  });
  // refresh() on a cleared timer does nothing
  await new Promise((resolve) => {
    const c = setTimeout(() => console.log('never: cleared then refreshed'), 3);
    clearTimeout(c);
    console.log('cleared refresh returns this:', c.refresh() === c);
    setTimeout(resolve, 15);
  });
  // refresh() inside an interval's own callback, then clear
  await new Promise((resolve) => {
    let n = 0;
    const v = setInterval(() => {
      n++;
      v.refresh();
      if (n === 3) { clearInterval(v); console.log('interval refreshed in callback ran', n); setTimeout(resolve, 10); }
    }, 2);
  });
  // a long-delay timer refreshed keeps waiting
  await new Promise((resolve) => {
    // Busy-wait instead of a timer so the refresh surely happens before `a` is due.
    const order = [];
    const a = setTimeout(() => order.push('a'), 30);
    setTimeout(() => order.push('b'), 50);
    const start = Date.now();
    while (Date.now() - start < 25);
    a.refresh();
    setTimeout(() => { console.log('refresh moves a after b:', order.join(',')); resolve(); }, 100);
  });

  // deprecated enroll/active/unenroll on plain objects
  await new Promise((resolve) => {
    const item = { _onTimeout() { console.log('enrolled item fired'); resolve(); } };
    timers.enroll(item, 3);
    console.log('enroll sets _idleTimeout:', item._idleTimeout);
    timers.active(item);
  });
  await new Promise((resolve) => {
    const item = { _onTimeout() { console.log('never: unenrolled'); } };
    timers.enroll(item, 3);
    timers.active(item);
    timers.unenroll(item);
    console.log('unenroll sets _idleTimeout:', item._idleTimeout);
    setTimeout(resolve, 15);
  });
  // hasRef after running or clearing
  await new Promise((resolve) => {
    const i = setImmediate(() => {});
    const i2 = setImmediate(() => {});
    clearImmediate(i2);
    const t = setTimeout(() => {}, 1);
    const t2 = setTimeout(() => {}, 1);
    clearTimeout(t2);
    const t3 = setTimeout(() => {}, 1).unref();
    console.log('cleared: immediate hasRef', i2.hasRef(), 'timeout hasRef', t2.hasRef());
    setTimeout(() => {
      console.log('after running: immediate', i.hasRef(), 'timeout', t.hasRef(), 'unref timeout', t3.hasRef());
      i.ref();
      console.log('ref() on a finished immediate:', i.hasRef());
      t.unref();
      console.log('unref() on a fired timeout:', t.hasRef());
      resolve();
    }, 10);
  });
  for (const bad of ['5', -1, NaN, Infinity, 2 ** 31]) {
    try { timers.enroll({}, bad); } catch (e) { console.log('enroll', bad, e.code, e.message); }
  }
}
main();
