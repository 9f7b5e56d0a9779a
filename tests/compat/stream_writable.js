'use strict';
// node:stream Writable — backpressure and 'drain', cork/uncork and writev, final,
// 'prefinish'/'finish'/'close' ordering, end(chunk, cb), write errors, state getters.
const { Writable } = require('stream');

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

function watch(w, name = 'w') {
  for (const ev of ['drain', 'prefinish', 'finish', 'close', 'error', 'pipe', 'unpipe']) {
    w.on(ev, (e) => log(`${name} ${ev}`, ...(e === undefined || ev === 'pipe' || ev === 'unpipe' ? [] : [e])));
  }
}

step('sync write callbacks and finish ordering', async () => {
  const w = new Writable({
    write(chunk, enc, cb) {
      log('_write', chunk, enc);
      cb();
    },
  });
  watch(w);
  log('write a ->', w.write('a', () => log('cb a')));
  log('write b ->', w.write(Buffer.from('b'), () => log('cb b')));
  w.end('c', () => log('end cb'));
  log('after end: ended', w.writableEnded, 'finished', w.writableFinished);
  await settle();
  log('finished', w.writableFinished, 'destroyed', w.destroyed, 'closed', w.closed);
});

step('backpressure: write returns false, then drain', async () => {
  const pending = [];
  const w = new Writable({
    highWaterMark: 5,
    write(chunk, enc, cb) {
      log('_write', chunk.toString());
      pending.push(cb);
    },
  });
  watch(w);
  log('write 1 ->', w.write('abc'), 'len', w.writableLength, 'needDrain', w.writableNeedDrain);
  log('write 2 ->', w.write('de'), 'len', w.writableLength, 'needDrain', w.writableNeedDrain);
  log('write 3 ->', w.write('f'), 'len', w.writableLength);
  while (pending.length) {
    await settle(1);
    log('completing one write');
    pending.shift()();
    await settle(1);
  }
  await settle();
  log('len', w.writableLength, 'needDrain', w.writableNeedDrain);
});

step('async write completion order with drain', async () => {
  const w = new Writable({
    objectMode: true,
    highWaterMark: 2,
    write(chunk, enc, cb) {
      log('_write', chunk);
      setImmediate(() => {
        log('done', chunk);
        cb();
      });
    },
  });
  watch(w);
  for (let i = 0; i < 3; i++) log('write', i, '->', w.write(i, () => log('cb', i)));
  await settle(8);
  w.end();
  await settle();
});

step('cork/uncork with writev', async () => {
  const w = new Writable({
    writev(chunks, cb) {
      log('_writev', chunks.map((c) => `${c.chunk.toString()}:${c.encoding}`));
      cb();
    },
    write(chunk, enc, cb) {
      log('_write', chunk.toString());
      cb();
    },
  });
  watch(w);
  w.cork();
  w.write('a');
  w.write('b', () => log('cb b'));
  log('corked', w.writableCorked, 'buffer', w.writableBuffer.length, 'len', w.writableLength);
  w.uncork();
  log('after uncork corked', w.writableCorked);
  w.cork();
  w.cork();
  w.write('c');
  w.write('d');
  w.end('e');
  log('end uncorks; corked', w.writableCorked);
  await settle();
});

step('decodeStrings false keeps strings with encoding', async () => {
  const w = new Writable({
    decodeStrings: false,
    write(chunk, enc, cb) {
      log('_write', typeof chunk, chunk, enc);
      cb();
    },
  });
  w.write('héllo', 'latin1');
  w.write('plain');
  w.setDefaultEncoding('hex');
  w.write('abcd');
  w.end();
  await settle();
});

step('string encodings are decoded to Buffers', async () => {
  const w = new Writable({
    write(chunk, enc, cb) {
      log('_write', chunk, enc);
      cb();
    },
  });
  w.write('aGk=', 'base64');
  w.write('ff00', 'hex');
  w.write(new Uint8Array([7, 8]));
  try {
    w.write('x', 'nope');
  } catch (e) {
    log('bad encoding throws', e);
  }
  try {
    w.write(null);
  } catch (e) {
    log('null throws', e);
  }
  try {
    w.write({});
  } catch (e) {
    log('object throws', e);
  }
  try {
    w.setDefaultEncoding('what');
  } catch (e) {
    log('setDefaultEncoding throws', e);
  }
  await settle();
});

step('final runs before finish', async () => {
  const w = new Writable({
    write(chunk, enc, cb) {
      log('_write', chunk.toString());
      cb();
    },
    final(cb) {
      log('_final');
      setImmediate(() => {
        log('_final done');
        cb();
      });
    },
  });
  watch(w);
  w.end('x', () => log('end cb'));
  await settle(6);
});

step('final error', async () => {
  const w = new Writable({
    write(chunk, enc, cb) { cb(); },
    final(cb) { cb(new Error('final failed')); },
  });
  watch(w);
  w.end(() => log('end cb, args'));
  w.end((err) => log('second end cb', err));
  await settle();
});

step('write error from _write (sync and async)', async () => {
  const w = new Writable({
    write(chunk, enc, cb) {
      cb(new Error('write failed'));
    },
  });
  watch(w);
  log('write ->', w.write('a', (err) => log('cb err', err)));
  log('errored now', w.errored && w.errored.message, 'writable', w.writable);
  await settle();
  log('destroyed', w.destroyed);
  const w2 = new Writable({
    autoDestroy: false,
    write(chunk, enc, cb) {
      setImmediate(() => cb(new Error('later')));
    },
  });
  watch(w2, 'w2');
  w2.write('a', (err) => log('w2 cb', err));
  w2.write('b', (err) => log('w2 cb b', err));
  await settle();
  log('w2 destroyed', w2.destroyed, 'errored', w2.errored && w2.errored.message);
});

step('write after end', async () => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  watch(w);
  w.end();
  log('write ->', w.write('late', (err) => log('cb', err)));
  await settle();
});

step('end twice and end after finish', async () => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('finish', () => log('finish'));
  w.end(() => log('end 1 cb'));
  w.end(() => log('end 2 cb'));
  await settle();
  w.end((err) => log('end 3 cb', err));
  await settle();
});

step('destroy with pending writes', async () => {
  const w = new Writable({
    write(chunk, enc, cb) {
      log('_write', chunk.toString());
      setImmediate(cb);
    },
  });
  watch(w);
  w.write('1', (err) => log('cb 1', err));
  w.write('2', (err) => log('cb 2', err));
  w.end((err) => log('end cb', err));
  w.destroy();
  log('destroyed', w.destroyed, 'writable', w.writable);
  await settle();
  log('write after destroy ->', w.write('3', (err) => log('cb 3', err)));
  await settle();
});

step('destroy(err) emits error then close', async () => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  watch(w);
  w.destroy(new Error('boom'), (err) => log('destroy cb', err));
  log('errored', w.errored);
  w.destroy(new Error('again'));
  await settle();
});

step('custom _destroy', async () => {
  const w = new Writable({
    write(c, e, cb) { cb(); },
    destroy(err, cb) {
      log('_destroy', err);
      setImmediate(() => cb(new Error('from _destroy')));
    },
  });
  watch(w);
  w.destroy();
  await settle();
});

step('emitClose false, autoDestroy false', async () => {
  const w = new Writable({ emitClose: false, write(c, e, cb) { cb(); } });
  watch(w);
  w.end('x');
  await settle();
  log('destroyed', w.destroyed);
  const w2 = new Writable({ autoDestroy: false, write(c, e, cb) { cb(); } });
  watch(w2, 'w2');
  w2.end();
  await settle();
  log('w2 destroyed', w2.destroyed);
  w2.destroy();
  await settle();
});

step('construct buffers writes until done', async () => {
  const w = new Writable({
    construct(cb) {
      log('construct');
      setImmediate(() => {
        log('constructed');
        cb();
      });
    },
    write(chunk, enc, cb) {
      log('_write', chunk.toString());
      cb();
    },
  });
  watch(w);
  w.write('early');
  w.end('last');
  await settle(6);
});

step('objectMode and highWaterMark getters', async () => {
  const w = new Writable({ objectMode: true, write(c, e, cb) { log('_write', c, e); cb(); } });
  log('objectMode', w.writableObjectMode, 'hwm', w.writableHighWaterMark);
  w.write({ a: 1 });
  w.write(0);
  w.write('s');
  const w2 = new Writable({ highWaterMark: 0, write(c, e, cb) { cb(); } });
  log('hwm 0 write ->', w2.write('a'));
  await settle();
});

step('_write not implemented, writev only', async () => {
  const w = new Writable();
  w.on('error', (e) => log('error', e));
  try {
    w.write('x');
  } catch (e) {
    log('throws', e);
  }
  const w2 = new Writable({
    writev(chunks, cb) {
      log('writev', chunks.length, chunks[0].chunk.toString());
      cb();
    },
  });
  w2.write('solo');
  await settle();
});

step('instanceof and Writable() without new', async () => {
  const { Duplex, Transform } = require('stream');
  const w = Writable({ write(c, e, cb) { cb(); } });
  log('no new', w instanceof Writable);
  log('duplex instanceof Writable', new Duplex() instanceof Writable);
  log('transform instanceof Writable', new Transform() instanceof Writable);
  log('plain object', {} instanceof Writable);
});

step('multiple callback error', async () => {
  const w = new Writable({
    write(c, e, cb) {
      cb();
      cb();
    },
  });
  w.on('error', (e) => log('error', e));
  w.write('x');
  await settle();
});

(async () => {
  for (const [name, fn] of steps) {
    log(`--- ${name}`);
    await fn();
    await settle();
  }
})();
