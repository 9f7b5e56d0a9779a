'use strict';
// node:stream odds and ends — stream/consumers, duplexPair, Symbol.asyncDispose,
// Readable#wrap of an old-style stream, Duplex.from, captureRejections, events on
// Readable#removeListener, writableBuffer/readableBuffer, module shape.
const stream = require('stream');
const { Readable, Writable, Duplex, PassThrough } = stream;
const consumers = require('stream/consumers');
const EventEmitter = require('events');

const show = (v) => {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (typeof v === 'string') return JSON.stringify(v);
  if (v instanceof Uint8Array) return `<${v.constructor.name} ${Array.from(v).join(' ')}>`;
  if (v instanceof ArrayBuffer) return `<ArrayBuffer ${v.byteLength}>`;
  if (v instanceof Error) return `${v.name}[${v.code}]: ${v.message}`;
  if (Array.isArray(v)) return `[${v.map(show).join(', ')}]`;
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
};
const log = (...a) => console.log(a.map((x) => (typeof x === 'string' ? x : show(x))).join(' '));
const settle = async (n = 4) => { for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r)); };

const steps = [];
const step = (name, fn) => steps.push([name, fn]);

step('module shape', async () => {
  log('keys', Object.keys(stream));
  log('promises keys', Object.keys(require('stream/promises')));
  log('web keys', Object.keys(require('stream/web')));
  log('consumers keys', Object.keys(consumers));
  log('Readable statics', ['from', 'fromWeb', 'toWeb', 'wrap', 'ReadableState'].map((k) => typeof Readable[k]));
  log('operators', ['map', 'filter', 'forEach', 'toArray', 'some', 'find', 'every', 'flatMap', 'drop', 'take',
    'reduce', 'asIndexedPairs'].map((k) => typeof Readable.prototype[k]));
  log('require node:stream', require('node:stream') === stream, stream.Stream === stream);
});

step('stream/consumers', async () => {
  log('text', await consumers.text(Readable.from(['he', 'llo'])));
  log('text of bytes', await consumers.text(Readable.from([Buffer.from([0xe2, 0x82]), Buffer.from([0xac])])));
  log('json', await consumers.json(Readable.from(['{"a":', '[1,2]}'])));
  log('buffer', await consumers.buffer(Readable.from([Buffer.from('ab'), Buffer.from('c')])));
  log('arrayBuffer', await consumers.arrayBuffer(Readable.from([Buffer.from('xyz')])));
  const { ReadableStream } = require('stream/web');
  log('web text', await consumers.text(ReadableStream.from([new TextEncoder().encode('web')])));
  const b = await consumers.blob(Readable.from([Buffer.from('blob')]));
  log('blob size', b.size);
  try {
    await consumers.json(Readable.from(['not json']));
  } catch (e) {
    log('bad json', e.name);
  }
});

step('duplexPair', async () => {
  const [a, b] = stream.duplexPair();
  b.on('data', (d) => log('b got', d.toString()));
  a.on('data', (d) => log('a got', d.toString()));
  b.on('end', () => log('b end'));
  a.on('finish', () => log('a finish'));
  a.write('ping');
  b.write('pong');
  a.end();
  await settle();
  log('instances', a instanceof Duplex, b instanceof Duplex);
});

step('Symbol.asyncDispose', async () => {
  const r = Readable.from(['x']);
  r.on('error', (e) => log('error event', e.name));
  await r[Symbol.asyncDispose]();
  log('readable disposed', r.destroyed, r.errored && r.errored.name);
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', () => {});
  await w[Symbol.asyncDispose]();
  log('writable disposed', w.destroyed);
  const done = Readable.from([]);
  done.resume();
  await settle();
  await done[Symbol.asyncDispose]();
  log('ended then disposed', done.destroyed, done.errored);
});

step('Readable#wrap of an old-style stream', async () => {
  const old = new EventEmitter();
  old.pause = () => log('old pause');
  old.resume = () => log('old resume');
  const r = new Readable({ objectMode: true, highWaterMark: 1 }).wrap(old);
  const got = [];
  r.on('data', (d) => got.push(d));
  r.on('end', () => log('wrapped end', got));
  old.emit('data', 'o1');
  old.emit('data', 'o2');
  old.emit('end');
  await settle();
  const old2 = new EventEmitter();
  const r2 = Readable.wrap(old2);
  r2.on('error', (e) => log('wrapped error', e));
  old2.emit('error', new Error('legacy failure'));
  await settle();
});

step('Duplex.from variants', async () => {
  const d1 = Duplex.from(async function* (source) {
    for await (const chunk of source) yield String(chunk).toUpperCase();
  });
  const out = [];
  d1.on('data', (c) => out.push(c));
  d1.write('abc');
  d1.end('def');
  await new Promise((r) => d1.on('end', r));
  log('async generator duplex', out);
  const d2 = Duplex.from(['i1', 'i2']);
  log('iterable duplex', await d2.toArray(), d2.writable);
  const d3 = Duplex.from(Promise.resolve('promised'));
  log('promise duplex', await d3.toArray());
  const p = new PassThrough();
  log('duplex passes through', Duplex.from(p) === p);
  try {
    Duplex.from(42);
  } catch (e) {
    log('bad body', e.code);
  }
});

step('captureRejections destroys the stream', async () => {
  const r = new Readable({ read() {}, captureRejections: true });
  r.on('error', (e) => log('error from async listener', e.message));
  r.on('data', async () => {
    throw new Error('async listener failed');
  });
  r.push('x');
  await settle();
  log('destroyed', r.destroyed);
});

step('writableBuffer and readableBuffer', async () => {
  const w = new Writable({ write(c, e, cb) { setImmediate(cb); } });
  w.write('a');
  w.write('b');
  w.write('c');
  log('writableBuffer', w.writableBuffer.map((x) => x.chunk.toString()), 'length', w.writableLength);
  await settle();
  const r = new Readable({ read() {} });
  r.push('q');
  r.push('r');
  log('readableBuffer length', r.readableBuffer.length, r.readableLength);
});

step('compose with zero or one stream', async () => {
  const one = stream.compose(new PassThrough());
  log('compose one', one instanceof Duplex);
  try {
    stream.compose();
  } catch (e) {
    log('compose none', e.code);
  }
});

(async () => {
  for (const [name, fn] of steps) {
    log(`--- ${name}`);
    await fn();
    await settle();
  }
})();
