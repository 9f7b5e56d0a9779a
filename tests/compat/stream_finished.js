'use strict';
// node:stream destroy/finished — error and close ordering, destroy callbacks, finished()
// (callback and promise forms, premature close, options), addAbortSignal, the is*
// helpers and getDefaultHighWaterMark.
const stream = require('stream');
const { Readable, Writable, Duplex, PassThrough, finished } = stream;
const { finished: finishedP } = require('stream/promises');

const show = (v) => {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (typeof v === 'string') return JSON.stringify(v);
  if (v instanceof Uint8Array) return `<${v.constructor.name} ${Array.from(v, (b) => b.toString(16).padStart(2, '0')).join(' ')}>`;
  if (v instanceof Error) return `${v.name}[${v.code}]: ${v.message}${v.cause ? ` (cause: ${show(v.cause)})` : ''}`;
  if (Array.isArray(v)) return `[${v.map(show).join(', ')}]`;
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
};
const log = (...a) => console.log(a.map((x) => (typeof x === 'string' ? x : show(x))).join(' '));
const settle = async (n = 4) => { for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r)); };

const steps = [];
const step = (name, fn) => steps.push([name, fn]);

step('destroy() without error on a readable', async () => {
  const r = new Readable({ read() {} });
  r.on('close', () => log('close; destroyed', r.destroyed, 'closed', r.closed));
  r.on('end', () => log('end (unexpected)'));
  r.on('error', (e) => log('error', e));
  r.destroy();
  log('sync: destroyed', r.destroyed, 'closed', r.closed);
  log('push after destroy ->', r.push('x'));
  log('read after destroy ->', r.read());
  await settle();
});

step('destroy(err) ordering and second destroy', async () => {
  const r = new Readable({ read() {} });
  r.on('error', (e) => log('error', e, 'errored', r.errored === e));
  r.on('close', () => log('close'));
  const e1 = new Error('first');
  r.destroy(e1, (err) => log('destroy cb', err));
  r.destroy(new Error('second'), (err) => log('second destroy cb', err));
  process.nextTick(() => log('tick'));
  await settle();
});

step('_destroy can replace the error', async () => {
  const r = new Readable({
    read() {},
    destroy(err, cb) {
      log('_destroy got', err);
      cb(new Error('replaced'));
    },
  });
  r.on('error', (e) => log('error', e));
  r.on('close', () => log('close'));
  r.destroy(new Error('original'));
  await settle();
});

step('_destroy throwing', async () => {
  const w = new Writable({
    write(c, e, cb) { cb(); },
    destroy() {
      throw new Error('thrown in _destroy');
    },
  });
  w.on('error', (e) => log('error', e));
  w.on('close', () => log('close'));
  w.destroy();
  await settle();
});

step('destroy during construct waits', async () => {
  const r = new Readable({
    construct(cb) {
      log('construct start');
      setImmediate(() => {
        log('construct cb');
        cb();
      });
    },
    read() {},
    destroy(err, cb) {
      log('_destroy', err);
      cb(err);
    },
  });
  r.on('close', () => log('close'));
  r.destroy();
  log('destroyed flag', r.destroyed);
  await settle(6);
});

step('finished on a readable that ends', async () => {
  const r = Readable.from(['a', 'b']);
  const cleanup = finished(r, (err) => log('finished cb', err, 'this is r', this === undefined));
  log('cleanup type', typeof cleanup);
  r.resume();
  await settle();
});

step('finished on a writable', async () => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  finished(w, (err) => log('finished w', err, 'finished', w.writableFinished));
  w.end('x');
  await settle();
});

step('finished premature close', async () => {
  const r = new Readable({ read() {} });
  finished(r, (err) => log('readable premature', err));
  r.destroy();
  const w = new Writable({ write(c, e, cb) { cb(); } });
  finished(w, (err) => log('writable premature', err));
  w.destroy();
  await settle();
});

step('finished with error', async () => {
  const d = new PassThrough();
  finished(d, (err) => log('finished err', err));
  d.destroy(new Error('dup'));
  await settle();
});

step('finished options readable:false / writable:false', async () => {
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  finished(d, { readable: false }, (err) => log('writable side done', err));
  finished(d, { writable: false }, (err) => log('readable side done', err));
  d.end();
  await settle();
  log('--- now end readable');
  d.push(null);
  d.resume();
  await settle();
});

step('finished on already finished stream', async () => {
  const r = Readable.from([]);
  r.resume();
  await settle();
  log('ended', r.readableEnded, 'destroyed', r.destroyed);
  finished(r, (err) => log('late finished', err));
  await settle();
});

step('finished error option false', async () => {
  const r = new Readable({ read() {} });
  r.on('error', () => {});
  finished(r, { error: false }, (err) => log('error:false cb', err));
  r.destroy(new Error('ignored?'));
  await settle();
});

step('finished cleanup removes listeners', async () => {
  const r = new Readable({ read() {} });
  const before = r.listenerCount('end') + r.listenerCount('close') + r.listenerCount('error');
  const cleanup = finished(r, () => log('never'));
  const during = r.listenerCount('end') + r.listenerCount('close') + r.listenerCount('error');
  cleanup();
  const after = r.listenerCount('end') + r.listenerCount('close') + r.listenerCount('error');
  log('listeners', before, during, after);
  r.destroy();
  await settle();
});

step('finished argument validation', async () => {
  try {
    finished({}, () => {});
  } catch (e) {
    log('not a stream', e);
  }
  try {
    finished(new Readable(), 'nope');
  } catch (e) {
    log('bad callback', e);
  }
});

step('promises.finished resolves and rejects', async () => {
  const r = Readable.from(['x']);
  r.resume();
  await finishedP(r).then(() => log('resolved'));
  const r2 = new Readable({ read() {} });
  setImmediate(() => r2.destroy(new Error('fail')));
  r2.on('error', () => {});
  await finishedP(r2).catch((e) => log('rejected', e));
  log('promisify custom', require('util').promisify(finished) === finishedP);
});

step('finished with AbortSignal', async () => {
  const ac = new AbortController();
  const r = new Readable({ read() {} });
  finished(r, { signal: ac.signal }, (err) => log('aborted finished', err));
  ac.abort();
  await settle();
  log('stream destroyed by abort?', r.destroyed);
});

step('addAbortSignal destroys the stream', async () => {
  const ac = new AbortController();
  const r = stream.addAbortSignal(ac.signal, new Readable({ read() {} }));
  r.on('error', (e) => log('error', e.name, e.code, e.message));
  r.on('close', () => log('close'));
  ac.abort();
  await settle();
  const w = new Writable({ signal: AbortSignal.abort('why'), write(c, e, cb) { cb(); } });
  w.on('error', (e) => log('already aborted', e.name, e.cause));
  await settle();
  try {
    stream.addAbortSignal('x', new Readable());
  } catch (e) {
    log('bad signal', e);
  }
  try {
    stream.addAbortSignal(ac.signal, {});
  } catch (e) {
    log('bad stream', e);
  }
});

step('stream.destroy helper', async () => {
  const r = new Readable({ read() {} });
  r.on('error', (e) => log('helper error', e.name, e.code));
  r.on('close', () => log('helper close'));
  stream.destroy(r);
  await settle();
  const ended = Readable.from([]);
  ended.resume();
  await settle();
  stream.destroy(ended);
  log('ended destroyed', ended.destroyed);
});

step('is* helpers', async () => {
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { cb(); } });
  log('fresh', stream.isReadable(r), stream.isWritable(w), stream.isDisturbed(r), stream.isErrored(r),
    stream.isDestroyed(r));
  r.push('x');
  r.read();
  log('after read disturbed', stream.isDisturbed(r));
  r.destroy(new Error('e'));
  r.on('error', () => {});
  w.end();
  await settle();
  log('after', stream.isReadable(r), stream.isWritable(w), stream.isErrored(r), stream.isDestroyed(r));
  log('non streams', stream.isReadable({}), stream.isWritable(null), stream.isDestroyed('x'));
});

step('default high water marks', async () => {
  log(stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
  stream.setDefaultHighWaterMark(true, 4);
  log('object default now', new Readable({ objectMode: true }).readableHighWaterMark);
  stream.setDefaultHighWaterMark(true, 16);
  try {
    stream.setDefaultHighWaterMark(false, -1);
  } catch (e) {
    log('negative', e.code);
  }
});

step('errored getters and write after destroy', async () => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (e) => log('error', e));
  w.destroy();
  w.write('x', (err) => log('write cb', err));
  await settle();
  log('errored', w.errored, 'writableAborted', w.writableAborted);
});

(async () => {
  for (const [name, fn] of steps) {
    log(`--- ${name}`);
    await fn();
    await settle();
  }
})();
