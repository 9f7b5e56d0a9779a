'use strict';
// node:stream pipe/unpipe — backpressure between Readable and Writable, 'pipe'/'unpipe'
// events, { end: false }, multiple destinations, errors on the destination, legacy
// Stream#pipe.
const { Readable, Writable, PassThrough, Stream } = require('stream');

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

function source(items, opts = {}) {
  const list = items.slice();
  return new Readable({
    objectMode: true,
    ...opts,
    read() {
      const v = list.shift();
      if (opts.verbose) log('src _read ->', v === undefined ? 'EOF' : v);
      this.push(v === undefined ? null : v);
    },
  });
}

function sink(name, opts = {}) {
  return new Writable({
    objectMode: true,
    ...opts,
    write(chunk, enc, cb) {
      log(`${name} got`, chunk);
      if (opts.async) setImmediate(cb);
      else cb();
    },
  });
}

step('simple pipe with events', async () => {
  const r = source(['a', 'b', 'c']);
  const w = sink('w');
  w.on('pipe', (src) => log('pipe event, src is r:', src === r));
  w.on('unpipe', (src) => log('unpipe event, src is r:', src === r));
  for (const ev of ['end', 'close']) r.on(ev, () => log(`r ${ev}`));
  for (const ev of ['finish', 'close']) w.on(ev, () => log(`w ${ev}`));
  log('pipe returns dest', r.pipe(w) === w);
  log('flowing after pipe', r.readableFlowing);
  await settle();
});

step('backpressure: slow writer pauses the source', async () => {
  const r = source([1, 2, 3, 4, 5, 6], { highWaterMark: 2, verbose: true });
  const w = sink('slow', { highWaterMark: 2, async: true });
  r.on('pause', () => log('r pause'));
  r.on('resume', () => log('r resume'));
  w.on('drain', () => log('w drain'));
  w.on('finish', () => log('w finish'));
  r.pipe(w);
  await settle(20);
});

step('pipe with end: false', async () => {
  const r = source(['x']);
  const w = sink('w');
  w.on('finish', () => log('w finish (unexpected)'));
  r.on('end', () => log('r end; w writable', w.writable, 'ended', w.writableEnded));
  r.pipe(w, { end: false });
  await settle();
  w.end();
  await settle();
});

step('unpipe stops the flow', async () => {
  const r = new Readable({ objectMode: true, read() {} });
  const w = sink('w');
  w.on('unpipe', () => log('unpipe'));
  r.pipe(w);
  r.push(1);
  await settle();
  r.unpipe(w);
  log('flowing after unpipe', r.readableFlowing);
  r.push(2);
  await settle();
  log('buffered', r.readableLength);
  log('unpipe unknown returns this', r.unpipe(sink('other')) === r);
});

step('pipe to two destinations, one slow', async () => {
  const r = source([1, 2, 3, 4], { highWaterMark: 1 });
  const fast = sink('fast');
  const slow = sink('slow', { highWaterMark: 1, async: true });
  fast.on('finish', () => log('fast finish'));
  slow.on('finish', () => log('slow finish'));
  r.pipe(fast);
  r.pipe(slow);
  await settle(20);
});

step('unpipe all', async () => {
  const r = new Readable({ objectMode: true, read() {} });
  const a = sink('a');
  const b = sink('b');
  a.on('unpipe', () => log('a unpipe'));
  b.on('unpipe', () => log('b unpipe'));
  r.pipe(a);
  r.pipe(b);
  r.unpipe();
  log('pipes left', r._readableState.pipes.length, 'flowing', r.readableFlowing);
});

step('destination error unpipes and propagates', async () => {
  const r = new Readable({ objectMode: true, read() {} });
  const w = new Writable({
    objectMode: true,
    write(chunk, enc, cb) {
      cb(new Error(`cannot write ${chunk}`));
    },
  });
  w.on('unpipe', () => log('unpipe'));
  w.on('error', (e) => log('w error', e));
  w.on('close', () => log('w close'));
  r.pipe(w);
  r.push('q');
  await settle();
  log('r destroyed', r.destroyed, 'pipes', r._readableState.pipes.length, 'flowing', r.readableFlowing);
});

step('destination without error listener: error still reported', async () => {
  const r = new Readable({ objectMode: true, read() {} });
  const w = new Writable({ objectMode: true, write(c, e, cb) { cb(); } });
  r.pipe(w);
  process.once('uncaughtException', (e) => log('uncaught', e));
  w.emit('error', new Error('manual'));
  log('listeners after', w.listenerCount('error'));
  await settle();
});

step('pipe through PassThrough chain', async () => {
  const r = source(['p', 'q']);
  const p1 = new PassThrough({ objectMode: true });
  const p2 = new PassThrough({ objectMode: true });
  const w = sink('end');
  w.on('finish', () => log('chain finish'));
  r.pipe(p1).pipe(p2).pipe(w);
  await settle();
});

step('pipe after end was emitted ends dest', async () => {
  const r = source([]);
  r.resume();
  await settle();
  log('r ended', r.readableEnded);
  const w = sink('late');
  w.on('finish', () => log('late finish'));
  r.pipe(w);
  await settle();
});

step('dest closes early unpipes', async () => {
  const r = new Readable({ objectMode: true, read() {} });
  const w = sink('w');
  w.on('unpipe', () => log('unpipe on close'));
  r.pipe(w);
  w.destroy();
  await settle();
  log('pipes', r._readableState.pipes.length);
});

step('pipe with strings and a buffer sink', async () => {
  const r = new Readable({ read() {} });
  const chunks = [];
  const w = new Writable({
    write(chunk, enc, cb) {
      chunks.push(chunk);
      cb();
    },
  });
  w.on('finish', () => log('joined', Buffer.concat(chunks).toString()));
  r.pipe(w);
  r.push('hello ');
  r.push(Buffer.from('there'));
  r.push(null);
  await settle();
});

step('legacy Stream#pipe', async () => {
  const src = new Stream();
  src.readable = true;
  const dst = new Stream();
  dst.writable = true;
  dst.write = (d) => {
    log('legacy write', d);
    return true;
  };
  dst.end = () => log('legacy end');
  dst.on('pipe', () => log('legacy pipe event'));
  src.pipe(dst);
  src.emit('data', 'one');
  src.emit('data', 'two');
  src.emit('end');
  src.emit('data', 'after end (ignored)');
  log('Stream is EventEmitter', src instanceof require('events'));
});

step('legacy pipe pause/resume via drain', async () => {
  const src = new Stream();
  src.readable = true;
  src.pause = () => log('src pause');
  src.resume = () => log('src resume');
  const dst = new Stream();
  dst.writable = true;
  dst.write = () => false;
  dst.end = () => {};
  src.pipe(dst);
  src.emit('data', 'x');
  dst.emit('drain');
  src.on('error', () => {});
  src.emit('error', new Error('e'));
  log('data listeners after error cleanup', src.listenerCount('data'));
});

(async () => {
  for (const [name, fn] of steps) {
    log(`--- ${name}`);
    await fn();
    await settle();
  }
})();
