'use strict';
// node:stream edge cases — read(n) above the mark, partial string reads, empty pushes,
// unshift with encodings, end(chunk, encoding, cb), invalid options, signal option,
// destroy inside _read/_write, read() after end, listener bookkeeping.
const { Readable, Writable, PassThrough, Duplex } = require('stream');

const show = (v) => {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (typeof v === 'string') return JSON.stringify(v);
  if (v instanceof Uint8Array) return `<${v.constructor.name} ${Array.from(v).join(' ')}>`;
  if (v instanceof Error) return `${v.name}[${v.code}]: ${v.message}`;
  if (Array.isArray(v)) return `[${v.map(show).join(', ')}]`;
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
};
const log = (...a) => console.log(a.map((x) => (typeof x === 'string' ? x : show(x))).join(' '));
const settle = async (n = 4) => { for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r)); };

const steps = [];
const step = (name, fn) => steps.push([name, fn]);

step('read(n) larger than the mark grows it', async () => {
  const r = new Readable({ highWaterMark: 4, read(n) { log('_read', n); } });
  log('read(100) ->', r.read(100), 'hwm now', r.readableHighWaterMark);
  log('read(5000) ->', r.read(5000), 'hwm now', r.readableHighWaterMark);
  r.push('abc');
  log('read(2) ->', r.read(2), 'read(5) ->', r.read(5), 'len', r.readableLength);
  r.push(null);
  log('read(5) after end ->', r.read(5));
  await settle();
});

step('string reads with an encoding', async () => {
  const r = new Readable({ encoding: 'utf8', read() {} });
  r.push('héllo');
  r.push(' wörld');
  // (Reads spanning several string chunks hit a Node 20 bug; capjs returns exactly n.)
  log('read(3)', r.read(3), 'read(2)', r.read(2), 'read(4)', r.read(4), 'rest', r.read());
  r.push(Buffer.from([0xe2, 0x82]));
  log('partial char', r.read(), r.readableLength);
  r.push(Buffer.from([0xac]));
  log('completed', r.read());
});

step('empty pushes', async () => {
  const r = new Readable({ read() { log('_read'); } });
  r.on('readable', () => log('readable', r.readableLength));
  log('push empty string', r.push(''));
  log('push empty buffer', r.push(Buffer.alloc(0)));
  await settle();
  const o = new Readable({ objectMode: true, read() {} });
  log('objectMode push empty string', o.push(''), o.readableLength);
  log('objectMode push 0', o.push(0), o.push(false), o.readableLength);
  log('reads', o.read(), o.read(), o.read(), o.read());
});

step('unshift with encodings', async () => {
  const r = new Readable({ read() {} });
  r.setEncoding('utf8');
  r.push('world');
  r.unshift('68656c6c6f20', 'hex');
  log('after unshift hex', r.read());
  const r2 = new Readable({ read() {} });
  r2.push('b');
  r2.unshift('a');
  log('buffer mode unshift', r2.read());
});

step('end(chunk, encoding, cb) and write encoding buffer', async () => {
  const w = new Writable({
    write(c, e, cb) {
      log('_write', c, e);
      cb();
    },
  });
  w.write(Buffer.from('x'), 'buffer');
  w.end('6869', 'hex', () => log('end cb'));
  await settle();
});

step('invalid options', async () => {
  for (const [name, fn] of [
    ['encoding', () => new Readable({ encoding: 'nope' })],
    ['defaultEncoding on write', () => new Writable({ defaultEncoding: 'bogus', write(c, e, cb) { cb(); } }).write('x')],
    ['highWaterMark string', () => new Writable({ highWaterMark: '16' })],
    ['signal', () => new Readable({ signal: {} })],
  ]) {
    try {
      fn();
      log(name, 'no throw');
    } catch (e) {
      log(name, e);
    }
  }
});

step('signal option aborts', async () => {
  const ac = new AbortController();
  const r = new Readable({ read() {}, signal: ac.signal });
  r.on('error', (e) => log('readable error', e.name, e.code));
  r.on('close', () => log('readable close'));
  ac.abort();
  await settle();
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); }, signal: AbortSignal.abort() });
  d.on('error', (e) => log('duplex error', e.name));
  await settle();
  log('duplex destroyed', d.destroyed);
});

step('destroy inside _read and _write', async () => {
  const r = new Readable({
    read() {
      this.destroy(new Error('read destroyed'));
    },
  });
  r.on('error', (e) => log('r error', e));
  r.on('close', () => log('r close'));
  r.resume();
  await settle();
  const w = new Writable({
    write(c, e, cb) {
      this.destroy();
      cb();
    },
  });
  w.on('error', (e) => log('w error', e));
  w.on('close', () => log('w close'));
  w.write('a', (err) => log('write cb', err));
  await settle();
});

step('resume and read after end', async () => {
  const r = Readable.from(['only']);
  const got = [];
  r.on('data', (d) => got.push(d));
  await settle();
  log('got', got, 'ended', r.readableEnded);
  r.resume();
  log('read after end', r.read(), r.read(0));
  r.on('end', () => log('second end listener never fires'));
  await settle();
});

step('listener bookkeeping', async () => {
  const r = new Readable({ read() {} });
  const onReadable = () => {};
  r.on('readable', onReadable);
  log('flowing with readable', r.readableFlowing);
  r.removeListener('readable', onReadable);
  log('right after removal', r.readableFlowing);
  await settle();
  log('after tick', r.readableFlowing);
  r.on('data', () => {});
  await settle();
  log('with data', r.readableFlowing);
  r.removeAllListeners('data');
  r.pause();
  log('after pause', r.readableFlowing, r.isPaused());
});

step('pipe into a Duplex and back', async () => {
  const d = new PassThrough({ objectMode: true });
  const out = [];
  Readable.from(['x', 'y']).pipe(d).on('data', (c) => out.push(c)).on('end', () => log('through duplex', out));
  await settle();
});

step('writable final with sync callback and prefinish order', async () => {
  const events = [];
  const w = new Writable({
    write(c, e, cb) { cb(); },
    final(cb) {
      events.push('final');
      cb();
    },
  });
  for (const ev of ['prefinish', 'finish', 'close']) w.on(ev, () => events.push(ev));
  w.end(() => events.push('end cb'));
  events.push('after end()');
  process.nextTick(() => events.push('tick'));
  await settle();
  log(events);
});

(async () => {
  for (const [name, fn] of steps) {
    log(`--- ${name}`);
    await fn();
    await settle();
  }
})();
