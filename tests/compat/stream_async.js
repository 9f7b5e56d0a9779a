'use strict';
// node:stream async features — Readable.from, for await over a Readable (break, errors,
// destroyOnReturn), and the operators (map/filter/flatMap/take/drop/toArray/forEach/
// reduce/some/every/find) with concurrency, errors and AbortSignal.
const { Readable, PassThrough } = require('stream');

const show = (v) => {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (typeof v === 'string') return JSON.stringify(v);
  if (v instanceof Uint8Array) return `<${v.constructor.name} ${Array.from(v, (b) => b.toString(16).padStart(2, '0')).join(' ')}>`;
  if (v instanceof Error) return `${v.name}[${v.code}]: ${v.message}`;
  if (Array.isArray(v)) return `[${v.map(show).join(', ')}]`;
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
};
const log = (...a) => console.log(a.map((x) => (typeof x === 'string' ? x : show(x))).join(' '));
const settle = async (n = 4) => { for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r)); };

const steps = [];
const step = (name, fn) => steps.push([name, fn]);

step('Readable.from array, string, buffer, generator', async () => {
  log('array', await Readable.from([1, 'two', { three: 3 }]).toArray());
  log('string is one chunk', await Readable.from('hello').toArray());
  log('buffer is one chunk', await Readable.from(Buffer.from('hi')).toArray());
  function* gen() {
    yield 'g1';
    yield 'g2';
  }
  log('generator', await Readable.from(gen()).toArray());
  async function* agen() {
    yield 'a1';
    await null;
    yield 'a2';
  }
  log('async generator', await Readable.from(agen()).toArray());
  log('promises are awaited', await Readable.from([Promise.resolve('p1'), 'v']).toArray());
  const r = Readable.from([]);
  log('objectMode', r.readableObjectMode, 'hwm', r.readableHighWaterMark);
  const r2 = Readable.from(['x'], { objectMode: false });
  log('objectMode false', r2.readableObjectMode, await r2.toArray());
  try {
    Readable.from(42);
  } catch (e) {
    log('not iterable', e);
  }
});

step('Readable.from with null value errors', async () => {
  const r = Readable.from(['a', null, 'b']);
  try {
    for await (const v of r) log('got', v);
  } catch (e) {
    log('error', e);
  }
});

step('Readable.from destroy calls iterator return', async () => {
  function* gen() {
    try {
      yield 1;
      yield 2;
      yield 3;
    } finally {
      log('generator finally');
    }
  }
  const r = Readable.from(gen());
  r.on('close', () => log('close'));
  log('first', r.read());
  r.destroy();
  await settle();
});

step('for await over a paused readable', async () => {
  const r = new Readable({ objectMode: true, read() {} });
  setImmediate(() => {
    r.push('a');
    r.push('b');
    setImmediate(() => {
      r.push('c');
      r.push(null);
    });
  });
  for await (const chunk of r) log('chunk', chunk);
  log('done; destroyed', r.destroyed, 'ended', r.readableEnded);
});

step('for await with Buffer chunks and setEncoding', async () => {
  const r = new Readable({ read() {} });
  r.setEncoding('utf8');
  r.push(Buffer.from([0xf0, 0x9f]));
  r.push(Buffer.from([0x98, 0x80, 0x21]));
  r.push(null);
  const parts = [];
  for await (const c of r) parts.push(c);
  log('parts', parts);
});

step('break destroys the stream', async () => {
  const r = Readable.from([1, 2, 3]);
  r.on('close', () => log('close'));
  r.on('error', (e) => log('error event', e.name));
  for await (const v of r) {
    log('v', v);
    break;
  }
  // (QuickJS does not await return() on break, so look only after the events.)
  await settle();
  log('after break: destroyed', r.destroyed);
});

step('iterator({ destroyOnReturn: false }) keeps it open', async () => {
  const r = Readable.from([1, 2, 3]);
  for await (const v of r.iterator({ destroyOnReturn: false })) {
    log('first', v);
    break;
  }
  await settle();
  log('destroyed', r.destroyed);
  const rest = [];
  for await (const v of r) rest.push(v);
  log('rest', rest);
});

step('error during iteration rejects', async () => {
  const r = new Readable({ objectMode: true, read() {} });
  r.push('ok');
  setImmediate(() => r.destroy(new Error('mid-stream')));
  try {
    for await (const v of r) log('v', v);
  } catch (e) {
    log('caught', e);
  }
});

step('throw inside loop destroys with that error', async () => {
  const r = Readable.from(['a', 'b']);
  r.on('error', (e) => log('error event', e));
  try {
    for await (const v of r) throw new Error(`stop at ${v}`);
  } catch (e) {
    log('caught', e);
  }
  await settle();
  log('destroyed', r.destroyed);
});

step('manual next() calls', async () => {
  const it = Readable.from(['x', 'y'])[Symbol.asyncIterator]();
  log(await it.next());
  log(await it.next());
  log(await it.next());
  log(await it.next());
});

step('map, filter, chained', async () => {
  const res = await Readable.from([1, 2, 3, 4, 5])
    .map((x) => x * 2)
    .filter(async (x) => x % 4 !== 0)
    .toArray();
  log('map/filter', res);
  const m = Readable.from([1]).map((x) => x);
  log('map returns Readable', m instanceof Readable, m.readableObjectMode);
});

step('map with concurrency keeps order', async () => {
  const started = [];
  const res = await Readable.from([3, 1, 2]).map(async (x) => {
    started.push(x);
    for (let i = 0; i < x; i++) await new Promise((r) => setImmediate(r));
    return x * 10;
  }, { concurrency: 3 }).toArray();
  log('results', res, 'started', started);
});

step('map error rejects and destroys', async () => {
  try {
    await Readable.from([1, 2, 3]).map((x) => {
      if (x === 2) throw new Error('map failed');
      return x;
    }).toArray();
  } catch (e) {
    log('caught', e);
  }
});

step('flatMap, take, drop', async () => {
  log('flatMap', await Readable.from([1, 2]).flatMap((x) => [x, x]).toArray());
  log('flatMap async gen', await Readable.from(['a']).flatMap(async function* (x) {
    yield x;
    yield x.toUpperCase();
  }).toArray());
  log('take 2', await Readable.from([1, 2, 3, 4]).take(2).toArray());
  log('drop 2', await Readable.from([1, 2, 3, 4]).drop(2).toArray());
  log('take 0', await Readable.from([1, 2]).take(0).toArray());
  try {
    Readable.from([]).take(-1);
  } catch (e) {
    log('take -1', e);
  }
});

step('forEach, reduce, some, every, find', async () => {
  const seen = [];
  const ret = await Readable.from([1, 2, 3]).forEach((x) => { seen.push(x); });
  log('forEach', seen, ret);
  log('reduce', await Readable.from([1, 2, 3]).reduce((a, b) => a + b));
  log('reduce init', await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 10));
  try {
    await Readable.from([]).reduce((a, b) => a + b);
  } catch (e) {
    log('reduce empty', e);
  }
  log('some', await Readable.from([1, 2, 3]).some((x) => x > 2), await Readable.from([1]).some((x) => x > 2));
  log('every', await Readable.from([1, 2, 3]).every((x) => x > 0), await Readable.from([1, -1]).every((x) => x > 0));
  log('find', await Readable.from([1, 2, 3]).find((x) => x > 1), await Readable.from([1]).find((x) => x > 5));
});

step('operator validation', async () => {
  for (const [name, fn] of [
    ['map', () => Readable.from([]).map(5)],
    ['filter', () => Readable.from([]).filter('x')],
    ['concurrency', () => Readable.from([]).map((x) => x, { concurrency: 0 })],
    ['options', () => Readable.from([]).map((x) => x, 'opts')],
    ['signal', () => Readable.from([]).map((x) => x, { signal: {} })],
  ]) {
    try {
      fn();
      log(name, 'no throw');
    } catch (e) {
      log(name, e);
    }
  }
  await Readable.from([]).reduce(5).catch((e) => log('reduce', e));
  await Readable.from([]).forEach(5).catch((e) => log('forEach', e));
});

step('operators with AbortSignal', async () => {
  const ac = new AbortController();
  const r = Readable.from([1, 2, 3, 4]);
  const p = r.map(async (x) => {
    if (x === 2) ac.abort();
    return x;
  }, { signal: ac.signal }).toArray();
  try {
    log('result', await p);
  } catch (e) {
    log('aborted', e.name);
  }
  try {
    await Readable.from([1]).toArray({ signal: AbortSignal.abort() });
  } catch (e) {
    log('toArray pre-aborted', e.name);
  }
});

step('operators on byte streams', async () => {
  const p = new PassThrough();
  p.end('abc');
  const out = await p.map((b) => b.toString().toUpperCase()).toArray();
  log('bytes mapped', out);
});

step('async iteration of a PassThrough written later', async () => {
  const p = new PassThrough({ objectMode: true });
  (async () => {
    for (const v of ['w1', 'w2', 'w3']) {
      await new Promise((r) => setImmediate(r));
      p.write(v);
    }
    p.end();
  })();
  const got = [];
  for await (const v of p) got.push(v);
  log('got', got);
});

(async () => {
  for (const [name, fn] of steps) {
    log(`--- ${name}`);
    await fn();
    await settle();
  }
})();
