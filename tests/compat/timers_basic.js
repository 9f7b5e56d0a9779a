// Timers: argument passing, ids, clear*, ref/unref/hasRef, toPrimitive, ordering.
// Sections run one after another so the output does not depend on timing.
const phases = [];
const phase = (name, fn) => phases.push([name, fn]);
function next() {
  const p = phases.shift();
  if (!p) return;
  console.log(`-- ${p[0]}`);
  p[1](() => setTimeout(next, 5));
}

phase('objects', (done) => {
  const t0 = setTimeout(() => {}, 1);
  console.log('setTimeout returns object:', typeof t0);
  console.log('hasRef default:', t0.hasRef());
  console.log('unref returns this:', t0.unref() === t0);
  console.log('hasRef after unref:', t0.hasRef());
  console.log('ref returns this:', t0.ref() === t0);
  console.log('hasRef after ref:', t0.hasRef());
  console.log('refresh returns this:', t0.refresh() === t0);
  console.log('close returns this:', t0.close() === t0);
  console.log('toPrimitive is function:', typeof t0[Symbol.toPrimitive]);
  const id0 = +t0;
  console.log('id is integer:', Number.isInteger(id0), id0 > 0);
  console.log('id stable:', +t0 === id0, `${t0}` === String(id0));
  const t1 = setTimeout(() => {}, 1);
  console.log('ids differ:', +t1 !== id0);
  clearTimeout(t1);
  const imm0 = setImmediate(() => console.log('never imm0'));
  console.log('setImmediate returns object:', typeof imm0);
  console.log('immediate hasRef:', imm0.hasRef());
  console.log('immediate unref returns this:', imm0.unref() === imm0, imm0.hasRef());
  console.log('immediate ref returns this:', imm0.ref() === imm0, imm0.hasRef());
  clearImmediate(imm0);
  const iv = setInterval(() => {}, 1000);
  console.log('interval hasRef:', iv.hasRef(), typeof +iv);
  clearInterval(iv);
  done();
});

phase('arguments', (done) => {
  setTimeout((a, b, c) => console.log('args timeout', a, b, c, typeof c), 1, 'x', 2);
  setImmediate((a, b) => console.log('args immediate', a, b), 'p', 'q');
  let n = 0;
  const iv = setInterval((x, y) => {
    console.log('args interval', x, y, ++n);
    if (n === 3) {
      clearInterval(iv);
      done();
    }
  }, 1, 'iv', { k: 1 });
  setTimeout((...rest) => console.log('no extra args:', rest.length), 1);
  setImmediate((...rest) => console.log('immediate no extra args:', rest.length));
});

phase('this', (done) => {
  const self = setTimeout(function () { console.log('timeout this is timer:', this === self); done(); }, 3);
  const selfImm = setImmediate(function () { console.log('immediate this is Immediate:', this === selfImm); });
});

phase('clear', (done) => {
  const byNum = setTimeout(() => console.log('never byNum'), 2);
  clearTimeout(+byNum);
  const byStr = setTimeout(() => console.log('never byStr'), 2);
  clearTimeout(String(+byStr));
  const ivById = setInterval(() => console.log('never ivById'), 2);
  clearInterval(`${ivById}`);
  const cross1 = setInterval(() => console.log('never cross1'), 2);
  clearTimeout(cross1);
  const cross2 = setTimeout(() => console.log('never cross2'), 2);
  clearInterval(cross2);
  clearTimeout();
  clearTimeout(null);
  clearTimeout({});
  clearTimeout(123456);
  clearTimeout('nope');
  clearImmediate();
  clearImmediate(null);
  clearInterval(undefined);
  console.log('clearing junk does not throw');
  const twice = setTimeout(() => console.log('never twice'), 2);
  clearTimeout(twice);
  clearTimeout(twice);
  setTimeout(() => console.log('never closed'), 2).close();
  const victim = setTimeout(() => console.log('never victim'), 30);
  setTimeout(() => { clearTimeout(victim); console.log('cleared victim'); }, 10);
  let immVictim;
  setImmediate(() => { clearImmediate(immVictim); console.log('cleared immVictim'); });
  immVictim = setImmediate(() => console.log('never immVictim'));
  // an interval cleared from its own callback runs once
  let selfClear = 0;
  const sc = setInterval(() => { selfClear++; clearInterval(sc); }, 1);
  // a timeout cleared after it fired: harmless
  const fired = setTimeout(() => {
    clearTimeout(fired);
    console.log('cleared self after firing, selfClear =', selfClear);
  }, 15);
  setTimeout(() => { clearTimeout(fired); done(); }, 40);
});

phase('order', (done) => {
  // Created shortest first, so a slow machine cannot reorder them.
  setTimeout(() => console.log('order 1'), 1);
  setTimeout(() => console.log('order 10a'), 10);
  setTimeout(() => console.log('order 10b'), 10);
  setTimeout(() => console.log('order 25'), 25);
  setTimeout(() => console.log('order 10c'), 10);
  setTimeout(() => { console.log('order 40'); done(); }, 40);
  setImmediate(() => console.log('order immediate'));
  process.nextTick(() => console.log('order nextTick'));
  Promise.resolve().then(() => console.log('order microtask'));
  console.log('order sync');
});

phase('delays', (done) => {
  // All of these are coerced to 1 ms and so fire in creation order.
  setTimeout(() => console.log('delay 0'), 0);
  setTimeout(() => console.log('delay -1'), -1);
  setTimeout(() => console.log('delay NaN'), NaN);
  setTimeout(() => console.log('delay undefined'));
  setTimeout(() => console.log('delay null'), null);
  setTimeout(() => console.log("delay 'abc'"), 'abc');
  setTimeout(() => console.log('delay -Infinity'), -Infinity);
  setTimeout(() => console.log('delay 0.5'), 0.5);
  setImmediate(() => console.log('immediate before 1ms timers'));
  setTimeout(() => console.log("delay '20'"), '20');
  setTimeout(() => console.log('delay valueOf 10'), { valueOf: () => 10 });
  setTimeout(() => { console.log('delay 30'); done(); }, 30);
});

phase('nested', (done) => {
  setTimeout(() => {
    console.log('outer');
    setTimeout(() => {
      console.log('inner timeout 0');
      setTimeout(() => { console.log('innermost'); done(); }, 0);
      setImmediate(() => console.log('inner immediate'));
      process.nextTick(() => console.log('inner tick'));
    }, 0);
    setImmediate(() => {
      console.log('immediate from outer');
      process.nextTick(() => console.log('tick from immediate'));
    });
  }, 1);
});

phase('refresh', (done) => {
  const start = Date.now();
  const t = setTimeout(() => {
    console.log('refreshed fired late enough:', Date.now() - start >= 45);
    done();
  }, 40);
  setTimeout(() => t.refresh(), 10);
});

phase('late loop', (done) => {
  // When the loop is late, Node runs each duration's list in turn: lists by expiry, and
  // within a list every due timer in creation order.
  const busy = (ms) => { const s = Date.now(); while (Date.now() - s < ms); };
  // C is due after B, but runs with A because it is in A's list.
  const order = [];
  setTimeout(() => order.push('D 3'), 3);
  setTimeout(() => order.push('A 50'), 50);
  setTimeout(() => order.push('B 52'), 52);
  busy(5);
  setTimeout(() => order.push('C 50 (created 5ms later)'), 50);
  busy(70);
  setTimeout(() => { console.log(order.join(' | ')); done(); }, 20);
});

phase('validation', (done) => {
  for (const [name, fn] of [
    ['setTimeout string', () => setTimeout('code', 1)],
    ['setInterval null', () => setInterval(null, 1)],
    ['setImmediate number', () => setImmediate(42)],
    ['setTimeout none', () => setTimeout()],
    ['setImmediate object', () => setImmediate({})],
  ]) {
    try { fn(); console.log(name, 'no throw'); } catch (e) {
      console.log(name, e.name, e.code, e.message, e instanceof TypeError);
    }
  }
  done();
});

next();
