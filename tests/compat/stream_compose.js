'use strict';
// stream.compose and Readable.prototype.compose — argument validation, node streams,
// async generator functions, iterables and web streams as stages, readable/writable
// sides and object mode of the composite, error propagation and destruction,
// backpressure through the composite, AbortSignal.
const {
  compose, pipeline, finished, Readable, Writable, Duplex, Transform, PassThrough,
} = require('stream');

const show = (v) => {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (typeof v === 'string') return JSON.stringify(v);
  if (v instanceof Error) return `${v.name}[${v.code}]: ${v.message}`;
  if (Array.isArray(v)) return `[${v.map(show).join(', ')}]`;
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
};
const log = (...a) => console.log(a.map((x) => (typeof x === 'string' ? x : show(x))).join(' '));
const settle = async (n = 6) => { for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r)); };
// Validation messages end with an inspection of the argument; keep the part before it.
const brief = (e) => `${e.name}[${e.code}]: ${String(e.message).split(' Received')[0]}`;

const steps = [];
const step = (name, fn) => steps.push([name, fn]);

const upper = () => new Transform({
  transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); },
});
const suffix = (s) => new Transform({
  transform(chunk, enc, cb) { cb(null, chunk.toString() + s); },
});
const objT = (fn) => new Transform({
  objectMode: true,
  transform(chunk, enc, cb) { cb(null, fn(chunk)); },
});
const failing = (msg, after = 0) => {
  let n = 0;
  return new Transform({
    transform(chunk, enc, cb) {
      if (n++ >= after) cb(new Error(msg));
      else cb(null, chunk);
    },
  });
};
async function drain(stream) {
  const out = [];
  try {
    for await (const c of stream) out.push(Buffer.isBuffer(c) ? c.toString() : c);
    return out;
  } catch (e) {
    out.push(`error: ${e.message}`);
    return out;
  }
}
function sides(d) {
  return `readable=${d.readable} writable=${d.writable} rObj=${d.readableObjectMode} wObj=${d.writableObjectMode}`;
}

step('no arguments', () => {
  try { compose(); } catch (e) { log(brief(e)); }
});

step('one stream is Duplex.from', async () => {
  const t = upper();
  log('same duplex', compose(t) === t);
  const d = compose(async function* (src) { for await (const c of src) yield String(c) + '!'; });
  log('from generator', d instanceof Duplex, sides(d));
  d.end('x');
  log(await drain(d));
});

step('first stream not readable', () => {
  try { compose(new Writable({ write(c, e, cb) { cb(); } }), upper()); } catch (e) { log(brief(e)); }
});

step('later stream not writable', () => {
  try { compose(upper(), new Readable({ read() {} })); } catch (e) { log(brief(e)); }
  try { compose(upper(), Readable.from(['a']), upper()); } catch (e) { log(brief(e)); }
});

step('middle stream not readable', () => {
  try { compose(upper(), new Writable({ write(c, e, cb) { cb(); } }), upper()); } catch (e) { log(brief(e)); }
});

step('invalid stage types', () => {
  for (const bad of [5, null, true, {}]) {
    try { compose(upper(), bad); log('no throw', bad); } catch (e) { log(e.name, e.code); }
  }
  try { compose(42, upper()); } catch (e) { log('first', e.name, e.code); }
});

step('destroyed stage is rejected', () => {
  const t = upper();
  t.destroy();
  try { compose(upper(), t); log('no throw'); } catch (e) { log(brief(e)); }
});

step('two transforms', async () => {
  const d = compose(upper(), suffix('.'));
  log('duplex', d instanceof Duplex, d.constructor.name, sides(d));
  d.write('ab');
  d.end('cd');
  log(await drain(d));
});

step('three stages with a generator in the middle', async () => {
  const d = compose(upper(), async function* (src) {
    for await (const c of src) yield `<${c}>`;
  }, suffix('|'));
  d.write('x');
  d.write('y');
  d.end();
  log(await drain(d));
});

step('generator first and last', async () => {
  const d = compose(async function* (src) {
    for await (const c of src) yield String(c).repeat(2);
  }, upper(), async function* (src) {
    for await (const c of src) yield `${c}-`;
  });
  log(sides(d));
  d.end('q');
  log(await drain(d));
});

step('async function last is a sink', async () => {
  const seen = [];
  const d = compose(upper(), async function (src) {
    for await (const c of src) seen.push(c.toString());
  });
  log(sides(d));
  d.on('finish', () => log('finish', seen));
  d.on('close', () => log('close'));
  d.write('a');
  d.end('b');
  await settle();
});

step('array first makes a readable-only composite', async () => {
  const d = compose([1, 2, 3], async function* (src) { for await (const n of src) yield n * 10; });
  log(sides(d));
  log(await drain(d));
  log('write result', d.write === undefined ? 'none' : typeof d.write);
});

step('string first', async () => {
  const d = compose('abc', upper());
  log(sides(d));
  log(await drain(d));
});

step('readable first', async () => {
  const d = compose(Readable.from(['p', 'q']), upper(), suffix('!'));
  log(sides(d));
  log(await drain(d));
});

step('writable last makes a writable-only composite', async () => {
  const out = [];
  const d = compose(upper(), new Writable({ write(c, e, cb) { out.push(c.toString()); cb(); } }));
  log(sides(d));
  d.on('finish', () => log('finish', out));
  d.end('z');
  await settle();
});

step('object mode sides follow the ends', () => {
  const a = compose(objT((x) => x), upper());
  const b = compose(upper(), objT((x) => x));
  const c = compose(new PassThrough({ highWaterMark: 3 }), new PassThrough({ highWaterMark: 7 }));
  log(sides(a), a.writableHighWaterMark, a.readableHighWaterMark);
  log(sides(b), b.writableHighWaterMark, b.readableHighWaterMark);
  log(sides(c), c.writableHighWaterMark, c.readableHighWaterMark);
});

step('objects flow through', async () => {
  const d = compose(objT((o) => ({ ...o, a: o.a + 1 })), async function* (src) {
    for await (const o of src) if (o.a % 2 === 0) yield o;
  }, objT((o) => [o.a]));
  for (let i = 0; i < 6; i++) d.write({ a: i });
  d.end();
  log(await drain(d));
});

step('error in a middle transform', async () => {
  const a = upper();
  const b = failing('mid boom', 1);
  const c = suffix('!');
  const d = compose(a, b, c);
  d.on('error', (e) => log('composite error', e));
  d.on('close', () => log('composite close', a.destroyed, b.destroyed, c.destroyed, d.destroyed));
  d.write('one');
  d.write('two');
  d.write('three');
  d.on('data', (c2) => log('data', c2.toString()));
  await settle();
});

step('error thrown by a generator stage', async () => {
  const d = compose(upper(), async function* (src) {
    for await (const c of src) {
      if (String(c) === 'BAD') throw new Error('gen boom');
      yield c;
    }
  });
  d.write('ok');
  d.write('bad');
  d.end();
  log(await drain(d));
  log('destroyed', d.destroyed);
});

step('error in the first stream', async () => {
  const a = new Transform({ transform(c, e, cb) { cb(new Error('head boom')); } });
  const b = upper();
  const d = compose(a, b);
  d.on('error', (e) => log('error', e, 'b destroyed', b.destroyed));
  d.write('x', (err) => log('write cb', err && err.message));
  await settle();
});

step('error in the last stream', async () => {
  const a = upper();
  const b = failing('tail boom');
  const d = compose(a, b);
  d.on('error', (e) => log('error', e, 'a destroyed', a.destroyed));
  d.end('x');
  d.resume();
  await settle();
});

step('destroying the composite with an error', async () => {
  const a = upper();
  const b = upper();
  a.on('error', (e) => log('a error', e.message));
  b.on('error', (e) => log('b error', e.message));
  const d = compose(a, b);
  d.on('error', (e) => log('composite error', e.message));
  d.on('close', () => log('composite close'));
  d.destroy(new Error('outer boom'));
  await settle();
  log('destroyed', a.destroyed, b.destroyed, d.destroyed);
});

step('destroying the composite without an error', async () => {
  const a = upper();
  const b = upper();
  const d = compose(a, b);
  a.on('error', (e) => log('a error', e.name, e.code));
  d.on('error', (e) => log('composite error', e.name));
  d.on('close', () => log('composite close', d.errored && d.errored.name));
  d.destroy();
  await settle();
  log('destroyed', a.destroyed, b.destroyed);
});

step('finished() on the composite', async () => {
  const d = compose(upper(), suffix('.'));
  finished(d, (err) => log('finished', err));
  d.end('fin');
  d.resume();
  await settle();
});

step('finished() reports an inner error', async () => {
  const d = compose(upper(), failing('fin boom'));
  finished(d, (err) => log('finished', err && err.message));
  d.on('error', () => {});
  d.end('x');
  d.resume();
  await settle();
});

step('event order on success', async () => {
  const d = compose(upper(), suffix('.'));
  for (const ev of ['finish', 'end', 'close']) d.on(ev, () => log('event', ev));
  d.on('data', (c) => log('data', c.toString()));
  d.end('go');
  await settle();
});

step('finish waits until the output has been read', async () => {
  const a = new PassThrough();
  const b = new PassThrough();
  for (const [name, s] of [['a', a], ['b', b]]) for (const ev of ['finish', 'end']) s.on(ev, () => log(name, ev));
  const d = compose(a, b);
  d.on('finish', () => log('composite finish'));
  d.end('abc');
  await settle();
  log('before reading', d.writableFinished, b.readableLength);
  d.resume();
  await settle();
  log('after reading', d.writableFinished);
});

step('last stage whose readable side ends first', async () => {
  const b = new Duplex({
    read() { this.push('r'); this.push(null); },
    write(c, e, cb) { log('b write', String(c)); setTimeout(cb, 5); },
  });
  for (const ev of ['finish', 'end', 'close']) b.on(ev, () => log('b', ev));
  const d = compose(new PassThrough(), b);
  for (const ev of ['finish', 'end', 'close']) d.on(ev, () => log('composite', ev));
  d.on('data', (c) => log('composite data', String(c)));
  d.write('x');
  d.end('y');
  await new Promise((r) => setTimeout(r, 60));
});

step('write after end', async () => {
  const d = compose(upper(), upper());
  d.on('error', (e) => log('error', e.code));
  d.end();
  d.write('late', (err) => log('cb', err && err.code));
  d.resume();
  await settle();
});

step('setEncoding on the composite', async () => {
  const d = compose(upper(), suffix('-'));
  d.setEncoding('utf8');
  d.end('enc');
  const out = [];
  for await (const c of d) out.push(typeof c, c);
  log(out);
});

step('writes report backpressure from the head', async () => {
  const head = new PassThrough({ highWaterMark: 2, objectMode: true });
  const tail = new PassThrough({ highWaterMark: 2, objectMode: true });
  const d = compose(head, tail);
  log('hwm', d.writableHighWaterMark, d.readableHighWaterMark);
  const results = [];
  for (let i = 0; i < 40; i++) results.push(d.write(i));
  log('writes', results.indexOf(false), 'needDrain', d.writableNeedDrain);
  let drained = 0;
  d.on('drain', () => drained++);
  d.end();
  log(await drain(d));
  log('drained', drained > 0, 'final needDrain', d.writableNeedDrain);
});

step('a slow reader holds back the stages', async () => {
  let transformed = 0;
  const counter = new Transform({
    objectMode: true,
    highWaterMark: 1,
    transform(c, e, cb) { transformed++; cb(null, c); },
  });
  const d = compose(counter, new PassThrough({ objectMode: true, highWaterMark: 1 }));
  let accepted = 0;
  const writeMore = () => {
    while (accepted < 50) {
      accepted++;
      if (!d.write(accepted)) return;
    }
    d.end();
  };
  d.on('drain', writeMore);
  writeMore();
  await settle();
  log('held back', transformed < 50, accepted < 50);
  log('total', (await drain(d)).length, 'transformed', transformed);
});

step('pipeline through a composite', async () => {
  const out = [];
  pipeline(
    Readable.from(['a', 'b', 'c']),
    compose(upper(), suffix('+')),
    new Writable({ write(c, e, cb) { out.push(c.toString()); cb(); } }),
    (err) => log('pipeline', err, out),
  );
  await settle();
});

step('pipeline error through a composite', async () => {
  const inner = upper();
  pipeline(
    Readable.from(['a', 'b']),
    compose(inner, failing('piped boom')),
    new Writable({ write(c, e, cb) { cb(); } }),
    (err) => log('pipeline', err && err.message, 'inner destroyed', inner.destroyed),
  );
  await settle();
});

step('nested composites', async () => {
  const d = compose(compose(upper(), suffix('1')), compose(suffix('2'), suffix('3')));
  d.end('n');
  log(await drain(d));
});

step('Readable.prototype.compose', async () => {
  log(typeof Readable.prototype.compose, Readable.prototype.compose.length);
  const r = Readable.from(['m', 'n']).compose(upper());
  log('is readable', r instanceof Readable, r.readable);
  log(await r.toArray().then((a) => a.map(String)));
  const g = Readable.from([1, 2, 3]).compose(async function* (src) { for await (const n of src) yield n + 100; });
  log(await g.toArray());
});

step('Readable.prototype.compose validation', async () => {
  try {
    Readable.from(['a']).compose(new Readable({ read() {} }));
  } catch (e) { log(brief(e)); }
  try { Readable.from(['a']).compose(upper(), 'nope'); } catch (e) { log(e.name, e.code); }
  try { Readable.from(['a']).compose(upper(), { signal: 1 }); } catch (e) { log(e.name, e.code); }
});

step('Readable.prototype.compose with an aborted signal', async () => {
  const ac = new AbortController();
  const r = Readable.from(['a', 'b']).compose(async function* (src) {
    for await (const c of src) { ac.abort(); yield c; }
  }, { signal: ac.signal });
  log(await drain(r));
});

step('web TransformStream in the middle', async () => {
  const ts = new TransformStream({
    transform(chunk, controller) { controller.enqueue(String(chunk).split('').reverse().join('')); },
  });
  const d = compose(objT((x) => String(x)), ts, objT((x) => x + '!'));
  log(sides(d));
  d.write('abc');
  d.end('de');
  log(await drain(d));
});

step('web ReadableStream first', async () => {
  const rs = new ReadableStream({
    start(c) { c.enqueue('r1'); c.enqueue('r2'); c.close(); },
  });
  const d = compose(rs, objT((x) => x.toUpperCase()));
  log(sides(d));
  log(await drain(d));
});

step('web WritableStream last', async () => {
  const got = [];
  const ws = new WritableStream({ write(chunk) { got.push(String(chunk)); } });
  const d = compose(objT((x) => `w:${x}`), ws);
  log('writable', d.writable, 'readable', d.readable);
  d.on('finish', () => log('finish', got));
  d.write('1');
  d.end('2');
  await settle(10);
  log('got', got);
});

step('web TransformStream at both ends', async () => {
  const t1 = new TransformStream({ transform(c, ctl) { ctl.enqueue(`[${c}]`); } });
  const t2 = new TransformStream({ transform(c, ctl) { ctl.enqueue(`${c}*`); } });
  const d = compose(t1, t2);
  log(sides(d));
  d.write('k');
  d.end();
  log(await drain(d));
});

step('middle function must return an iterable', () => {
  try {
    compose(upper(), () => 5, upper());
    log('no throw');
  } catch (e) { log(e.name, e.code); }
});

step('destroy after completion is not an error', async () => {
  const d = compose(upper(), suffix('.'));
  d.on('error', (e) => log('unexpected error', e));
  d.end('done');
  log(await drain(d));
  d.destroy();
  await settle();
  log('errored', d.errored, 'destroyed', d.destroyed);
});

step('error in a web TransformStream stage', async () => {
  const ts = new TransformStream({
    transform(chunk, controller) {
      if (String(chunk) === 'x') throw new Error('web boom');
      controller.enqueue(chunk);
    },
  });
  const head = objT((v) => v);
  const d = compose(head, ts, objT((v) => v));
  d.write('a');
  d.write('x');
  d.end();
  log(await drain(d));
  log('head destroyed', head.destroyed);
});

step('async function sink that rejects', async () => {
  const d = compose(upper(), async function (src) {
    for await (const c of src) if (String(c) === 'STOP') throw new Error('sink boom');
  });
  d.on('error', (e) => log('error', e.message));
  d.on('finish', () => log('unexpected finish'));
  d.on('close', () => log('close', d.destroyed));
  d.write('go');
  d.write('stop');
  await settle();
});

step('many chunks through three stages', async () => {
  const d = compose(new PassThrough({ highWaterMark: 4, objectMode: true }), async function* (src) {
    for await (const c of src) yield c;
  }, new PassThrough({ highWaterMark: 4, objectMode: true }));
  let falses = 0;
  (async () => {
    for (let i = 0; i < 200; i++) {
      if (!d.write(`${i % 10}`)) {
        falses++;
        await new Promise((r) => d.once('drain', r));
      }
    }
    d.end();
  })();
  const out = (await drain(d)).join('');
  log('length', out.length, 'sum', out.split('').reduce((a, c) => a + Number(c), 0), 'waited', falses > 0);
});

step('writes to a failed composite', async () => {
  const d = compose(failing('first write fails'), upper());
  const errs = [];
  d.on('error', (e) => errs.push(e.message));
  d.write('a');
  await settle();
  d.write('b', (err) => log('cb after failure', err && err.code));
  await settle();
  log('errors', errs, 'writable', d.writable);
});

step('cork and uncork', async () => {
  const d = compose(new Transform({
    writev(chunks, cb) { this.push(`batch:${chunks.length}`); cb(); },
    transform(c, e, cb) { cb(null, c); },
  }), upper());
  d.cork();
  d.write('a');
  d.write('b');
  process.nextTick(() => d.uncork());
  d.end();
  log(await drain(d));
});

(async () => {
  for (const [name, fn] of steps) {
    log(`--- ${name}`);
    await fn();
    await settle();
  }
  log('done');
})();
