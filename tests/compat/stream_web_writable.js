'use strict';
// node:stream/web WritableStream and TransformStream — writer ready/desiredSize
// backpressure, write ordering, close, abort (signal and reason), sink errors, transform
// and flush, terminate, TextEncoderStream/TextDecoderStream, Compression/DecompressionStream.
const {
  WritableStream, WritableStreamDefaultWriter, TransformStream, ReadableStream,
  TextEncoderStream, TextDecoderStream,
} = require('stream/web');

const show = (v) => {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (typeof v === 'string') return JSON.stringify(v);
  if (v instanceof Uint8Array) return `<${v.constructor.name} ${Array.from(v).join(' ')}>`;
  if (v instanceof Error) return `${v.name}[${v.code}]: ${v.message}`;
  if (Array.isArray(v)) return `[${v.map(show).join(', ')}]`;
  if (typeof v === 'object') return `{${Object.keys(v).map((k) => `${k}: ${show(v[k])}`).join(', ')}}`;
  return String(v);
};
const log = (...a) => console.log(a.map((x) => (typeof x === 'string' ? x : show(x))).join(' '));
const settle = async (n = 4) => { for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r)); };
const attempt = async (name, fn) => {
  try {
    log(name, 'ok', await fn());
  } catch (e) {
    log(name, 'error', e);
  }
};

const steps = [];
const step = (name, fn) => steps.push([name, fn]);

step('writes are processed one at a time, in order', async () => {
  const ws = new WritableStream({
    start() {
      log('sink start');
    },
    write(chunk) {
      log('sink write', chunk);
      return new Promise((r) => setImmediate(r));
    },
    close() {
      log('sink close');
    },
  });
  const writer = ws.getWriter();
  log('writer', writer instanceof WritableStreamDefaultWriter, 'locked', ws.locked);
  const ps = ['a', 'b', 'c'].map((c) => writer.write(c).then(() => log('write resolved', c)));
  log('desiredSize while queued', writer.desiredSize);
  await Promise.all(ps);
  await writer.close();
  log('closed; desiredSize', writer.desiredSize);
  await writer.closed.then(() => log('closed promise resolved'));
});

step('ready and backpressure', async () => {
  let release;
  const ws = new WritableStream({
    write(chunk) {
      log('write', chunk);
      return new Promise((r) => { release = r; });
    },
  }, { highWaterMark: 2 });
  const writer = ws.getWriter();
  await writer.ready;
  log('desiredSize', writer.desiredSize);
  writer.write(1);
  writer.write(2);
  log('desiredSize after 2 writes', writer.desiredSize);
  let ready = false;
  writer.ready.then(() => { ready = true; });
  await settle();
  log('ready while full', ready);
  release();
  await settle();
  log('ready after one completes', ready, 'desiredSize', writer.desiredSize);
  release();
  await settle();
  log('desiredSize at end', writer.desiredSize);
});

step('size strategy on writable', async () => {
  const ws = new WritableStream({ write() { return new Promise(() => {}); } },
    { highWaterMark: 10, size: (c) => c.length });
  const w = ws.getWriter();
  w.write('12345');
  log('desiredSize', w.desiredSize);
  w.write('1234567');
  log('desiredSize', w.desiredSize);
});

step('sink write error errors the stream', async () => {
  const ws = new WritableStream({
    write(chunk) {
      if (chunk === 'bad') throw new Error('sink rejected');
    },
    close() {
      log('close should not be called');
    },
  });
  const w = ws.getWriter();
  await attempt('good write', () => w.write('good'));
  await attempt('bad write', () => w.write('bad'));
  await attempt('write after error', () => w.write('more'));
  await attempt('close after error', () => w.close());
  await attempt('closed', () => w.closed);
  await attempt('ready', () => w.ready);
  log('desiredSize', w.desiredSize);
});

step('abort', async () => {
  let signal;
  const ws = new WritableStream({
    start(c) {
      signal = c.signal;
    },
    write(chunk) {
      log('writing', chunk);
      return new Promise((r) => setImmediate(r));
    },
    abort(reason) {
      log('sink abort', reason, 'signal aborted', signal.aborted, signal.reason);
    },
  });
  const w = ws.getWriter();
  const p1 = w.write('first');
  const p2 = w.write('second');
  const abortP = w.abort('user abort');
  await attempt('first write', () => p1);
  await attempt('second write', () => p2);
  await attempt('abort', () => abortP);
  await attempt('closed', () => w.closed);
  await attempt('abort again', () => w.abort('x'));
});

step('controller.error', async () => {
  let ctrl;
  const ws = new WritableStream({ start(c) { ctrl = c; } });
  const w = ws.getWriter();
  ctrl.error(new Error('from controller'));
  await attempt('write', () => w.write(1));
  await attempt('closed', () => w.closed);
});

step('close waits for queued writes; close errors', async () => {
  const ws = new WritableStream({
    write(c) {
      log('write', c);
      return new Promise((r) => setImmediate(r));
    },
    close() {
      log('close after writes');
      throw new Error('close failed');
    },
  });
  const w = ws.getWriter();
  w.write('x');
  w.write('y');
  await attempt('close', () => w.close());
  await attempt('closed', () => w.closed);
  await attempt('close twice', () => new WritableStream().close().then(() => 'first ok'));
});

step('locking and releaseLock', async () => {
  const ws = new WritableStream();
  const w = ws.getWriter();
  await attempt('second writer', () => ws.getWriter());
  await attempt('abort locked', () => ws.abort());
  await attempt('close locked', () => ws.close());
  w.releaseLock();
  log('locked', ws.locked);
  await attempt('write released', () => w.write(1));
  await attempt('closed released', () => w.closed);
  await attempt('desiredSize released', () => w.desiredSize);
  const w2 = ws.getWriter();
  await w2.close();
  await attempt('bad type', () => new WritableStream({ type: 'x' }));
});

step('transform stream basics', async () => {
  const ts = new TransformStream({
    start() {
      log('transformer start');
    },
    transform(chunk, controller) {
      controller.enqueue(chunk.toUpperCase());
      controller.enqueue(`${chunk}!`);
    },
    flush(controller) {
      log('flush');
      controller.enqueue('END');
    },
  });
  const writer = ts.writable.getWriter();
  const reader = ts.readable.getReader();
  writer.write('ab');
  writer.write('cd');
  writer.close();
  const out = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    out.push(value);
  }
  log('out', out);
});

step('identity transform and backpressure', async () => {
  const ts = new TransformStream();
  const writer = ts.writable.getWriter();
  log('writable desiredSize', writer.desiredSize);
  const p1 = writer.write('one');
  log('desiredSize after write', writer.desiredSize);
  let done1 = false;
  p1.then(() => { done1 = true; });
  await settle();
  log('write done before read', done1);
  const reader = ts.readable.getReader();
  log('read', await reader.read());
  await settle();
  log('write done after read', done1);
});

step('transform errors', async () => {
  const ts = new TransformStream({
    transform(chunk) {
      throw new Error(`cannot transform ${chunk}`);
    },
  });
  const w = ts.writable.getWriter();
  const r = ts.readable.getReader();
  const read = r.read();
  await attempt('write', () => w.write('x'));
  await attempt('read', () => read);
  await attempt('closed', () => w.closed);
  const ts2 = new TransformStream({ flush() { throw new Error('flush failed'); } });
  const w2 = ts2.writable.getWriter();
  const r2 = ts2.readable.getReader();
  const read2 = r2.read();
  await attempt('close', () => w2.close());
  await attempt('read', () => read2);
  const ts3 = new TransformStream({ start(c) { c.error(new Error('start error')); } });
  await attempt('write to errored', () => ts3.writable.getWriter().write(1));
});

step('terminate and readable cancel', async () => {
  const ts = new TransformStream({
    transform(chunk, c) {
      c.enqueue(chunk);
      c.terminate();
    },
  });
  const w = ts.writable.getWriter();
  const r = ts.readable.getReader();
  const first = r.read();
  w.write('last');
  log('read', await first, await r.read());
  await attempt('write after terminate', () => w.write('more'));
  const ts2 = new TransformStream({
    cancel(reason) {
      log('transformer cancel', reason);
    },
  });
  await ts2.readable.cancel('stop reading');
  await attempt('writer after readable cancel', () => ts2.writable.getWriter().write('x'));
  const ts3 = new TransformStream({ cancel(reason) { log('cancel on abort', reason); } });
  await ts3.writable.abort('abort reason');
  await attempt('read after abort', () => ts3.readable.getReader().read());
});

step('pipeThrough a TransformStream', async () => {
  const rs = ReadableStream.from(['p', 'q', 'r']);
  const out = rs.pipeThrough(new TransformStream({
    transform(chunk, c) {
      c.enqueue(chunk.repeat(2));
    },
  }));
  const got = [];
  for await (const v of out) got.push(v);
  log('piped through', got, 'source locked', rs.locked);
});

step('text encoder and decoder streams', async () => {
  const enc = new TextEncoderStream();
  log('encoding', enc.encoding);
  const w = enc.writable.getWriter();
  w.write('h€');
  w.write('\ud83d');
  w.write('\ude00');
  w.close();
  const chunks = [];
  for await (const c of enc.readable) chunks.push(c);
  log('encoded', chunks);
  const dec = new TextDecoderStream();
  log('decoder', dec.encoding, dec.fatal, dec.ignoreBOM);
  const dw = dec.writable.getWriter();
  dw.write(new Uint8Array([0xe2, 0x82]));
  dw.write(new Uint8Array([0xac, 0x41]));
  dw.write(new Uint8Array([0xf0]));
  dw.close();
  const texts = [];
  for await (const t of dec.readable) texts.push(t);
  log('decoded', texts);
});

step('compression streams round trip', async () => {
  const { CompressionStream, DecompressionStream } = require('stream/web');
  for (const format of ['gzip', 'deflate', 'deflate-raw']) {
    const cs = new CompressionStream(format);
    const w = cs.writable.getWriter();
    w.write(new TextEncoder().encode('hello '.repeat(20)));
    w.close();
    const compressed = [];
    for await (const c of cs.readable) compressed.push(...c);
    const ds = new DecompressionStream(format);
    const w2 = ds.writable.getWriter();
    w2.write(new Uint8Array(compressed));
    w2.close();
    let out = '';
    for await (const c of ds.readable) out += new TextDecoder().decode(c);
    log(format, 'smaller', compressed.length < 120, 'round trip', out.length, out.slice(0, 12));
  }
  const bad = new DecompressionStream('gzip');
  const bw = bad.writable.getWriter();
  bw.write(new Uint8Array([1, 2, 3, 4])).catch(() => {});
  bw.close().catch(() => {});
  await attempt('corrupt input', () => bad.readable.getReader().read().then((r) => r.done));
  await attempt('bad format', () => new CompressionStream('zip'));
});

(async () => {
  for (const [name, fn] of steps) {
    log(`--- ${name}`);
    await fn();
    await settle();
  }
})();
