// timers/promises: setTimeout, setImmediate, setInterval iterators, AbortSignal, ref, validation.
const tp = require('timers/promises');
const { setTimeout: sleep, setImmediate: immediate, setInterval: every } = tp;

function show(label, e) {
  console.log(label, e.name, e.code, e.message, e.cause === undefined ? 'no cause' : `cause=${String(e.cause)}`);
}

async function main() {
  console.log('same module:', require('timers').promises === tp, require('node:timers/promises') === tp);
  console.log('exports:', ['setTimeout', 'setImmediate', 'setInterval', 'scheduler'].map((k) => typeof tp[k]).join(','));

  console.log('timeout value:', await sleep(5, 'hello'));
  console.log('timeout no value:', await sleep(1));
  console.log('immediate value:', await immediate('imm'));
  console.log('immediate no value:', await immediate());
  const obj = { a: 1 };
  console.log('same object:', (await sleep(1, obj)) === obj);
  console.log('returns promise:', sleep(1) instanceof Promise, immediate() instanceof Promise);

  // ordering between promise timers
  const order = [];
  await Promise.all([
    sleep(20).then(() => order.push(20)),
    sleep(5).then(() => order.push(5)),
    sleep(10).then(() => order.push(10)),
    immediate().then(() => order.push('imm')),
  ]);
  console.log('order:', order.join(' '));

  // already aborted
  const ac0 = new AbortController();
  ac0.abort();
  try { await sleep(10, 'x', { signal: ac0.signal }); } catch (e) { show('aborted before:', e); }
  try { await immediate('x', { signal: ac0.signal }); } catch (e) { show('immediate aborted before:', e); }
  try { await sleep(10, 'x', { signal: ac0.signal }); } catch (e) {
    console.log('AbortError shape:', e.constructor.name, Object.keys(e).join(), e instanceof Error,
      Object.getOwnPropertyDescriptor(e, 'cause').enumerable, e.cause === ac0.signal.reason);
  }
  const acR = new AbortController();
  acR.abort('my reason');
  try { await sleep(10, 'x', { signal: acR.signal }); } catch (e) { show('aborted with reason:', e); }

  // abort during
  const ac1 = new AbortController();
  const p1 = sleep(1000, 'late', { signal: ac1.signal });
  setTimeout(() => ac1.abort(), 5);
  try { await p1; } catch (e) { show('aborted during:', e); }
  const ac2 = new AbortController();
  const p2 = immediate('late', { signal: ac2.signal });
  ac2.abort(new Error('custom'));
  try { await p2; } catch (e) { show('immediate aborted during:', e); console.log('cause is Error:', e.cause instanceof Error); }

  // abort after completion is harmless
  const ac3 = new AbortController();
  console.log('before abort:', await sleep(1, 'done', { signal: ac3.signal }));
  ac3.abort();
  console.log('abort after settle ok');

  // setInterval as async iterator
  let n = 0;
  for await (const v of every(2, 'tick')) {
    n++;
    console.log('interval value', n, v);
    if (n === 3) break;
  }
  console.log('after break');
  const it = every(1, 7);
  console.log('iterator has next:', typeof it.next, typeof it[Symbol.asyncIterator]);
  console.log('first:', JSON.stringify(await it.next()));
  console.log('return:', JSON.stringify(await it.return()));
  console.log('after return:', JSON.stringify(await it.next()));

  // abort the iterator
  const ac4 = new AbortController();
  let m = 0;
  try {
    for await (const v of every(2, 'x', { signal: ac4.signal })) {
      m++;
      if (m === 2) ac4.abort();
    }
    console.log('no error');
  } catch (e) {
    show('interval aborted:', e);
    console.log('iterations before abort:', m);
  }
  const ac5 = new AbortController();
  ac5.abort();
  try {
    for await (const v of every(2, 'x', { signal: ac5.signal })) console.log('never', v);
  } catch (e) {
    show('interval aborted before:', e);
  }

  // abort while the iterator waits for a tick: rejects at once, then the iterator is done
  const ac6 = new AbortController();
  const it6 = every(100000, 'x', { signal: ac6.signal });
  const p6 = it6.next();
  setTimeout(() => ac6.abort('stop waiting'), 5);
  try { await p6; } catch (e) { show('interval aborted while waiting:', e); }
  console.log('next after abort:', JSON.stringify(await it6.next()));

  // validation errors
  const bad = [
    ['options null', () => sleep(1, 1, null)],
    ['options string', () => sleep(1, 1, 'x')],
    ['signal bad', () => sleep(1, 1, { signal: {} })],
    ['signal number', () => sleep(1, 1, { signal: 1 })],
    ['ref bad', () => sleep(1, 1, { ref: 'yes' })],
    ['immediate options', () => immediate(1, 5)],
    ['immediate ref bad', () => immediate(1, { ref: 1 })],
    ['interval options', () => every(1, 1, null).next()],
    ['options array', () => sleep(1, 1, [])],
    ['delay string', () => sleep('3', 's')],
    ['delay null', () => sleep(null)],
    ['interval delay string', () => every('3').next()],
    ['interval options array', () => every(1, 1, []).next()],
    ['scheduler.wait string', () => tp.scheduler.wait('5')],
  ];
  for (const [label, fn] of bad) {
    let p;
    try { p = fn(); } catch (e) { show(`${label} (sync):`, e); continue; }
    try { await p; console.log(label, 'resolved'); } catch (e) { show(`${label}:`, e); }
  }

  // delays: negatives, NaN and undefined are allowed (1 ms)
  console.log('negative delay:', await sleep(-5, 'n'));
  console.log('NaN delay:', await sleep(NaN, 'nan'));
  console.log('undefined delay:', await sleep(undefined, 'u'));
  console.log('scheduler.wait:', await tp.scheduler.wait(2));
  console.log('scheduler.yield:', await tp.scheduler.yield());
  console.log('scheduler methods on prototype:', Object.keys(tp.scheduler).length,
    typeof Object.getPrototypeOf(tp.scheduler).wait);

  // ref: false does not keep the process alive
  sleep(10000, 'never', { ref: false }).then((v) => console.log(v));
  immediate('unref immediate', { ref: false }).then((v) => console.log('unref immediate resolves when loop alive:', v));
  const it2 = every(10000, 'never', { ref: false });
  it2.next().then((v) => console.log('never', v));
  await sleep(5);
  console.log('main done');
}

process.on('exit', (c) => console.log('exit', c));
main();
