'use strict';
// node:stream Duplex, Transform and PassThrough — allowHalfOpen, readable/writable
// options, transform/flush, backpressure through a Transform, object modes, destroy.
const { Duplex, Transform, PassThrough, Readable, Writable } = require('stream');

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

function watch(s, name, events = ['data', 'end', 'prefinish', 'finish', 'close', 'error']) {
  for (const ev of events) {
    s.on(ev, (e) => log(`${name} ${ev}`, ...(e === undefined ? [] : [e])));
  }
}

step('duplex both sides independent', async () => {
  const d = new Duplex({
    objectMode: true,
    read() {},
    write(chunk, enc, cb) {
      log('_write', chunk);
      cb();
    },
  });
  watch(d, 'd');
  d.push('out1');
  d.write('in1');
  d.end();
  await settle();
  log('after write end: writableFinished', d.writableFinished, 'destroyed', d.destroyed);
  d.push(null);
  await settle();
  log('destroyed', d.destroyed, 'readableEnded', d.readableEnded);
});

step('allowHalfOpen false ends writable side on end', async () => {
  const d = new Duplex({
    allowHalfOpen: false,
    read() {
      this.push('x');
      this.push(null);
    },
    write(chunk, enc, cb) { cb(); },
  });
  watch(d, 'd');
  log('allowHalfOpen', d.allowHalfOpen);
  await settle();
  log('writableEnded', d.writableEnded, 'destroyed', d.destroyed);
});

step('readable: false / writable: false options', async () => {
  const d = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
  log('readable', d.readable, 'readableEnded', d.readableEnded, 'writable', d.writable);
  watch(d, 'd');
  d.end('x');
  await settle();
  const d2 = new Duplex({ writable: false, read() {} });
  log('d2 writable', d2.writable, 'writableFinished', d2.writableFinished);
  watch(d2, 'd2');
  d2.push(null);
  await settle();
});

step('separate object modes and highWaterMarks', async () => {
  const d = new Duplex({
    readableObjectMode: true,
    writableHighWaterMark: 3,
    read() {},
    write(c, e, cb) { cb(); },
  });
  log('r objectMode', d.readableObjectMode, 'w objectMode', d.writableObjectMode);
  log('r hwm', d.readableHighWaterMark, 'w hwm', d.writableHighWaterMark);
  const d2 = new Duplex({ highWaterMark: 5, readableHighWaterMark: 7 });
  log('highWaterMark wins', d2.readableHighWaterMark, d2.writableHighWaterMark);
  try {
    new Duplex({ readableHighWaterMark: -1 });
  } catch (e) {
    log('bad hwm', e);
  }
  try {
    new Readable({ highWaterMark: 1.5 });
  } catch (e) {
    log('bad hwm', e);
  }
});

step('transform uppercases and flushes', async () => {
  const t = new Transform({
    transform(chunk, enc, cb) {
      log('_transform', chunk.toString(), enc);
      cb(null, chunk.toString().toUpperCase());
    },
    flush(cb) {
      log('_flush');
      cb(null, '!');
    },
  });
  watch(t, 't');
  t.write('ab');
  t.write('cd', () => log('write cb cd'));
  t.end(() => log('end cb'));
  await settle();
});

step('transform pushing multiple and none', async () => {
  const t = new Transform({
    objectMode: true,
    transform(chunk, enc, cb) {
      for (let i = 0; i < chunk; i++) this.push(`${chunk}.${i}`);
      cb();
    },
  });
  const out = [];
  t.on('data', (d) => out.push(d));
  t.on('end', () => log('end', out));
  t.write(2);
  t.write(0);
  t.write(3);
  t.end();
  await settle();
});

step('transform error in callback and thrown', async () => {
  const t = new Transform({
    transform(chunk, enc, cb) {
      cb(new Error('bad chunk'));
    },
  });
  watch(t, 't');
  t.write('x', (err) => log('write cb', err));
  await settle();
  const t2 = new Transform({
    transform() {
      throw new Error('thrown');
    },
  });
  t2.on('error', (e) => log('t2 error', e));
  try {
    t2.write('x');
  } catch (e) {
    log('write threw', e);
  }
  await settle();
});

step('flush error', async () => {
  const t = new Transform({
    transform(c, e, cb) { cb(null, c); },
    flush(cb) { cb(new Error('flush failed')); },
  });
  watch(t, 't');
  t.resume();
  t.end('z');
  await settle();
});

step('transform backpressure with readable hwm', async () => {
  const t = new Transform({
    objectMode: true,
    highWaterMark: 2,
    transform(chunk, enc, cb) {
      log('_transform', chunk);
      cb(null, chunk);
    },
  });
  const results = [];
  for (let i = 0; i < 6; i++) results.push(t.write(i));
  log('write results', results, 'rlen', t.readableLength, 'wlen', t.writableLength);
  await settle();
  log('reading', t.read(), t.read());
  await settle();
  log('rlen', t.readableLength, 'wlen', t.writableLength);
  const rest = [];
  t.on('data', (d) => rest.push(d));
  await settle();
  log('rest', rest);
});

step('passthrough keeps chunks and encodings', async () => {
  const p = new PassThrough();
  p.setEncoding('utf8');
  p.write(Buffer.from([0xe2, 0x82]));
  p.write(Buffer.from([0xac, 0x41]));
  p.end();
  p.on('data', (d) => log('data', d));
  p.on('end', () => log('end'));
  await settle();
  const p2 = new PassThrough({ objectMode: true });
  p2.write({ x: 1 });
  p2.write([1, 2]);
  log('p2 read', p2.read(), p2.read(), p2.read());
});

step('transform with _final override still flushes', async () => {
  class T extends Transform {
    _transform(c, e, cb) { cb(null, c); }
    _flush(cb) {
      log('_flush');
      cb();
    }
    _final(cb) {
      log('_final');
      cb();
    }
  }
  const t = new T();
  watch(t, 't', ['end', 'finish', 'close']);
  t.resume();
  t.end('x');
  await settle();
});

step('duplex destroy with error', async () => {
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  watch(d, 'd');
  d.destroy(new Error('dd'));
  log('destroyed', d.destroyed, 'readable', d.readable, 'writable', d.writable);
  await settle();
  log('aborted', d.readableAborted, d.writableAborted);
});

step('subclassing with util.inherits and call()', async () => {
  const util = require('util');
  function Old(opts) {
    Readable.call(this, opts);
    this.n = 0;
  }
  util.inherits(Old, Readable);
  Old.prototype._read = function() {
    this.push(this.n < 2 ? String(this.n++) : null);
  };
  const o = new Old();
  const got = [];
  o.on('data', (d) => got.push(d.toString()));
  await new Promise((r) => o.on('end', r));
  log('old style', got, o instanceof Readable);
  function OldT() {
    Transform.call(this);
  }
  util.inherits(OldT, Transform);
  OldT.prototype._transform = function(c, e, cb) { cb(null, c.toString() + '+'); };
  const t = new OldT();
  t.end('q');
  t.on('data', (d) => log('old transform', d.toString()));
  await settle();
});

step('duplex instanceof relations', async () => {
  const d = new Duplex();
  log(d instanceof Readable, d instanceof Writable, new PassThrough() instanceof Duplex,
    new Transform() instanceof Duplex, Duplex() instanceof Duplex, PassThrough() instanceof Transform);
});

(async () => {
  for (const [name, fn] of steps) {
    log(`--- ${name}`);
    await fn();
    await settle();
  }
})();
