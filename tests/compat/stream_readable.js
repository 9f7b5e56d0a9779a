'use strict';
// node:stream Readable — paused/flowing modes, read(n), 'readable'/'data'/'end'/'close'
// ordering, highWaterMark, push return values, unshift, setEncoding, state getters.
const { Readable } = require('stream');

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

function watch(r, name = 'r', events = ['readable', 'data', 'end', 'close', 'error', 'pause', 'resume']) {
  for (const ev of events) {
    if (ev === 'data') r.on('data', (c) => log(`${name} data`, c));
    else if (ev === 'readable') continue;
    else r.on(ev, (e) => log(`${name} ${ev}`, ...(e === undefined ? [] : [e])));
  }
}

step('flowing mode with push in read()', async () => {
  let i = 0;
  const r = new Readable({
    objectMode: true,
    read() {
      log('_read called', i);
      if (i < 3) this.push(`chunk${i++}`);
      else this.push(null);
    },
  });
  watch(r);
  log('flowing before', r.readableFlowing);
  await settle();
  log('flowing after', r.readableFlowing, 'ended', r.readableEnded, 'destroyed', r.destroyed);
});

step('paused mode with readable event and read()', async () => {
  const r = new Readable({ objectMode: true, read() {} });
  r.on('readable', () => {
    log('readable, length', r.readableLength);
    let c;
    while ((c = r.read()) !== null) log('read', c);
  });
  r.on('end', () => log('end'));
  r.on('close', () => log('close'));
  r.push('a');
  r.push('b');
  log('pushed sync, flowing', r.readableFlowing);
  await settle();
  r.push('c');
  r.push(null);
  await settle();
});

step('push return values and highWaterMark', async () => {
  const r = new Readable({ highWaterMark: 3, objectMode: true, read() {} });
  log('hwm', r.readableHighWaterMark, 'objectMode', r.readableObjectMode);
  log('push 1', r.push(1), r.readableLength);
  log('push 2', r.push(2), r.readableLength);
  log('push 3', r.push(3), r.readableLength);
  log('push 4', r.push(4), r.readableLength);
  log('read', r.read(), r.readableLength);
  log('push null', r.push(null));
  log('push after eof, errored?');
  r.on('error', (e) => log('error', e));
  r.push(5);
  await settle();
  log('destroyed', r.destroyed);
});

step('string chunks become Buffers; read(n) slices', async () => {
  const r = new Readable({ read() {} });
  r.push('hello ');
  r.push('world');
  log('length', r.readableLength);
  const a = r.read(3);
  log('read(3)', a, Buffer.isBuffer(a));
  log('read(4)', r.read(4));
  log('read(100) not ended', r.read(100));
  r.push(null);
  log('read(100) ended', r.read(100));
  log('read() after', r.read());
  r.on('end', () => log('end event'));
  await settle();
});

step('read(0) and needReadable with hwm 0', async () => {
  const r = new Readable({
    highWaterMark: 0,
    read() {
      log('_read, length', this.readableLength);
    },
  });
  r.on('readable', () => log('readable', r.readableLength));
  await settle();
  r.push('xy');
  await settle();
  log('read', r.read());
});

step('setEncoding utf8 with split multibyte', async () => {
  const r = new Readable({ read() {} });
  r.setEncoding('utf8');
  log('encoding', r.readableEncoding);
  const euro = Buffer.from('€uro');
  r.push(euro.subarray(0, 1));
  r.push(euro.subarray(1, 2));
  r.push(euro.subarray(2));
  r.push(null);
  r.on('data', (c) => log('data', c, typeof c));
  r.on('end', () => log('end'));
  await settle();
});

step('setEncoding after buffering, hex', async () => {
  const r = new Readable({ read() {} });
  r.push(Buffer.from([1, 2, 255]));
  r.push('ab');
  r.setEncoding('hex');
  log('length', r.readableLength);
  log('read', r.read());
});

step('unshift puts data back in front', async () => {
  const r = new Readable({ objectMode: true, read() {} });
  r.push('b');
  r.push('c');
  r.unshift('a');
  log('read', r.read(), r.read(), r.read());
  r.push(null);
  r.on('end', () => {
    log('end');
    r.on('error', (e) => log('error', e));
    r.unshift('z');
  });
  r.resume();
  await settle();
});

step('pause / resume / isPaused events', async () => {
  const r = new Readable({ objectMode: true, read() {} });
  watch(r);
  log('isPaused initial', r.isPaused(), r.readableFlowing);
  r.pause();
  log('after pause', r.isPaused(), r.readableFlowing);
  r.push(1);
  await settle();
  r.resume();
  log('after resume', r.isPaused(), r.readableFlowing);
  await settle();
  r.push(2);
  r.push(null);
  await settle();
});

step('data listener after explicit pause does not flow', async () => {
  const r = new Readable({ objectMode: true, read() {} });
  r.pause();
  r.on('data', (d) => log('data', d));
  r.push('x');
  await settle();
  log('flowing', r.readableFlowing, 'length', r.readableLength);
  r.resume();
  await settle();
  log('length after resume', r.readableLength);
});

step('readable listener takes precedence over data', async () => {
  const r = new Readable({ objectMode: true, read() {} });
  r.on('data', (d) => log('data', d));
  r.on('readable', () => log('readable, read:', r.read()));
  r.push('one');
  await settle();
  log('flowing', r.readableFlowing);
  r.removeAllListeners('readable');
  await settle();
  log('flowing after removing readable', r.readableFlowing);
  r.push('two');
  await settle();
});

step('push from _read asynchronously with chunks', async () => {
  const data = ['a', 'b', 'c'];
  const r = new Readable({
    read(n) {
      const c = data.shift();
      setImmediate(() => this.push(c === undefined ? null : c));
    },
  });
  const out = [];
  r.on('data', (c) => out.push(c.toString()));
  await new Promise((res) => r.on('end', res));
  log('collected', out, 'ended', r.readableEnded);
});

step('invalid chunk type errors the stream', async () => {
  const r = new Readable({ read() {} });
  r.on('error', (e) => log('error', e));
  r.on('close', () => log('close', r.destroyed, r.errored && r.errored.code));
  r.push(42);
  await settle();
});

step('_read not implemented', async () => {
  const r = new Readable();
  r.on('error', (e) => log('error', e));
  r.read();
  await settle();
});

step('state getters through a lifecycle', async () => {
  const r = new Readable({ read() {} });
  const g = () => [r.readable, r.readableEnded, r.readableFlowing, r.readableLength, r.readableDidRead,
    r.readableAborted, r.destroyed, r.closed, r.errored].map(String).join(',');
  log('initial', g());
  r.push('abc');
  log('pushed', g());
  r.read(1);
  log('read 1', g());
  r.push(null);
  r.resume();
  await settle();
  log('done', g());
});

step('emitClose false and autoDestroy false', async () => {
  const r = new Readable({ objectMode: true, emitClose: false, read() {} });
  watch(r);
  r.push(1);
  r.push(null);
  await settle();
  log('destroyed', r.destroyed);
  const r2 = new Readable({ objectMode: true, autoDestroy: false, read() {} });
  watch(r2, 'r2');
  r2.push(null);
  r2.resume();
  await settle();
  log('r2 destroyed', r2.destroyed);
});

step('encoding option and defaultEncoding', async () => {
  const r = new Readable({ encoding: 'base64', read() {} });
  r.push(Buffer.from('hi!?'));
  r.push(null);
  r.on('data', (c) => log('data', c));
  await settle();
  const r2 = new Readable({ read() {} });
  r2.push('68656c6c6f', 'hex');
  log('r2 read', r2.read().toString());
});

step('readable event ordering on end', async () => {
  const r = new Readable({ objectMode: true, read() {} });
  r.on('readable', () => {
    log('readable; ended?', r.readableEnded, 'len', r.readableLength);
    while (r.read() !== null);
  });
  r.on('end', () => log('end'));
  r.on('close', () => log('close'));
  r.push(1);
  r.push(null);
  await settle();
});

step('construct delays _read', async () => {
  const r = new Readable({
    objectMode: true,
    construct(cb) {
      log('construct');
      setImmediate(() => {
        log('construct done');
        cb();
      });
    },
    read() {
      log('_read');
      this.push('v');
      this.push(null);
    },
  });
  watch(r);
  await settle(6);
});

step('construct error', async () => {
  const r = new Readable({
    construct(cb) {
      cb(new Error('no construct'));
    },
    read() {
      log('_read should not run');
    },
  });
  watch(r);
  await settle();
});

(async () => {
  for (const [name, fn] of steps) {
    log(`--- ${name}`);
    await fn();
    await settle();
  }
})();
