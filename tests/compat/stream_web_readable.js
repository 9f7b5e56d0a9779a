'use strict';
// node:stream/web ReadableStream — start/pull/cancel, enqueue/close/error, backpressure
// through highWaterMark and desiredSize, readers (read, releaseLock, closed, cancel),
// async iteration, tee, ReadableStream.from, queuing strategies, error types.
const {
  ReadableStream, ReadableStreamDefaultReader, ReadableStreamDefaultController,
  CountQueuingStrategy, ByteLengthQueuingStrategy,
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

step('start, pull and desiredSize with default strategy', async () => {
  let n = 0;
  const rs = new ReadableStream({
    start(c) {
      log('start, desiredSize', c.desiredSize, c instanceof ReadableStreamDefaultController);
    },
    pull(c) {
      n++;
      log('pull', n, 'desiredSize', c.desiredSize);
      if (n <= 3) c.enqueue(`v${n}`);
      else c.close();
    },
  });
  await settle();
  log('pulls before reading', n);
  const reader = rs.getReader();
  log('locked', rs.locked, reader instanceof ReadableStreamDefaultReader);
  for (;;) {
    const r = await reader.read();
    log('read', r);
    if (r.done) break;
  }
  await reader.closed.then(() => log('closed resolved'));
});

step('highWaterMark and backpressure via desiredSize', async () => {
  let controller;
  const rs = new ReadableStream({
    start(c) {
      controller = c;
    },
    pull() {
      log('pull called, desiredSize', controller.desiredSize);
    },
  }, { highWaterMark: 3 });
  await settle();
  controller.enqueue('a');
  log('desiredSize after 1', controller.desiredSize);
  controller.enqueue('b');
  controller.enqueue('c');
  log('desiredSize after 3', controller.desiredSize);
  controller.enqueue('d');
  log('desiredSize after 4', controller.desiredSize);
  const reader = rs.getReader();
  log('read', await reader.read());
  log('desiredSize after read', controller.desiredSize);
  await settle();
});

step('custom size strategy', async () => {
  let controller;
  new ReadableStream({ start(c) { controller = c; } }, { highWaterMark: 10, size: (chunk) => chunk.length });
  controller.enqueue('abcd');
  log('desiredSize', controller.desiredSize);
  controller.enqueue('123456789');
  log('desiredSize', controller.desiredSize);
  const cq = new CountQueuingStrategy({ highWaterMark: 2 });
  const bq = new ByteLengthQueuingStrategy({ highWaterMark: 16 });
  log('strategies', cq.highWaterMark, cq.size('x'), bq.highWaterMark, bq.size(new Uint8Array(5)));
  let c2;
  new ReadableStream({ start(c) { c2 = c; } }, bq);
  c2.enqueue(new Uint8Array(10));
  log('byte strategy desiredSize', c2.desiredSize);
  let c3;
  const rs3 = new ReadableStream({ start(c) { c3 = c; } }, { size() { return -1; } });
  await attempt('negative size', () => c3.enqueue('x'));
  await attempt('stream errored by bad size', () => rs3.getReader().read());
});

step('enqueue after close, close twice, error', async () => {
  let c;
  const rs = new ReadableStream({ start(ctrl) { c = ctrl; } });
  c.enqueue(1);
  c.close();
  await attempt('enqueue after close', () => c.enqueue(2));
  await attempt('close twice', () => c.close());
  const reader = rs.getReader();
  log(await reader.read(), await reader.read(), await reader.read());
  let c2;
  const rs2 = new ReadableStream({ start(ctrl) { c2 = ctrl; } });
  const r2 = rs2.getReader();
  const pending = r2.read();
  c2.error(new Error('source failed'));
  await attempt('pending read', () => pending);
  await attempt('later read', () => r2.read());
  await attempt('closed', () => r2.closed);
  c2.error(new Error('ignored second error'));
  await attempt('enqueue after error', () => c2.enqueue(1));
});

step('start throwing or rejecting, pull rejecting', async () => {
  await attempt('start throws', () => new ReadableStream({ start() { throw new Error('sync start'); } }));
  const rs = new ReadableStream({ start() { return Promise.reject(new Error('async start')); } });
  await attempt('read after start rejection', () => rs.getReader().read());
  const rs2 = new ReadableStream({ pull() { throw new Error('pull threw'); } });
  await attempt('read after pull throw', () => rs2.getReader().read());
});

step('cancel calls source cancel and resolves reads', async () => {
  const rs = new ReadableStream({
    start(c) {
      c.enqueue('queued');
    },
    cancel(reason) {
      log('source cancel with', reason);
      return new Promise((r) => setImmediate(r));
    },
  });
  const reader = rs.getReader();
  log('cancel result', await reader.cancel('no longer needed'));
  log('read after cancel', await reader.read());
  await attempt('stream cancel when locked', () => rs.cancel());
  reader.releaseLock();
  log('cancel unlocked closed stream', await rs.cancel());
  const rs2 = new ReadableStream({ cancel() { throw new Error('cancel failed'); } });
  await attempt('cancel throws', () => rs2.cancel());
});

step('reader locking and releaseLock', async () => {
  const rs = new ReadableStream({ start(c) { c.enqueue('x'); } });
  const r1 = rs.getReader();
  await attempt('second getReader', () => rs.getReader());
  await attempt('new Reader on locked', () => new ReadableStreamDefaultReader(rs));
  const pending = r1.read();
  const pending2 = r1.read();
  r1.releaseLock();
  await attempt('read resolved before release', () => pending);
  await attempt('pending read at release', () => pending2);
  await attempt('closed after release', () => r1.closed);
  await attempt('read after release', () => r1.read());
  log('locked after release', rs.locked);
  const r2 = rs.getReader();
  log('new reader works', r2 !== r1);
  r1.releaseLock();
  log('release twice is a no-op');
});

step('async iteration', async () => {
  const rs = new ReadableStream({
    start(c) {
      c.enqueue(1);
      c.enqueue(2);
      c.enqueue(3);
      c.close();
    },
  });
  const got = [];
  for await (const v of rs) got.push(v);
  log('iterated', got, 'locked after', rs.locked);
  const rs2 = new ReadableStream({
    pull(c) { c.enqueue('again'); },
    cancel(reason) { log('cancelled by break, reason', reason); },
  });
  for await (const v of rs2) {
    log('first', v);
    break;
  }
  const rs3 = new ReadableStream({
    pull(c) { c.enqueue('kept'); },
    cancel() { log('should not cancel'); },
  });
  for await (const v of rs3.values({ preventCancel: true })) {
    log('value', v);
    break;
  }
  await settle();
  log('rs3 locked', rs3.locked);
  const rs4 = new ReadableStream({ start(c) { c.error(new Error('iter error')); } });
  try {
    for await (const v of rs4) log('never', v);
  } catch (e) {
    log('iteration threw', e);
  }
  const it = new ReadableStream({ start(c) { c.enqueue('a'); c.close(); } })[Symbol.asyncIterator]();
  const [a, b, c] = await Promise.all([it.next(), it.next(), it.next()]);
  log('concurrent next', a, b, c);
});

step('tee', async () => {
  const rs = new ReadableStream({
    start(c) {
      c.enqueue('t1');
      c.enqueue('t2');
      c.close();
    },
  });
  const [b1, b2] = rs.tee();
  log('source locked', rs.locked);
  const r1 = b1.getReader();
  const r2 = b2.getReader();
  log('b1', await r1.read(), await r1.read(), await r1.read());
  log('b2', await r2.read(), await r2.read(), await r2.read());
  const src = new ReadableStream({
    pull(c) { c.enqueue('x'); },
    cancel(reason) { log('source cancelled with', reason); },
  });
  const [c1, c2] = src.tee();
  const p1 = c1.cancel('r1').then(() => log('branch 1 cancel resolved'));
  await settle();
  log('one branch cancelled');
  await c2.cancel('r2');
  await p1;
  const err = new ReadableStream({ start(c) { c.error(new Error('tee err')); } });
  const [e1, e2] = err.tee();
  await attempt('tee branch 1', () => e1.getReader().read());
  await attempt('tee branch 2', () => e2.getReader().read());
});

step('ReadableStream.from', async () => {
  const got = [];
  for await (const v of ReadableStream.from(['f1', 'f2'])) got.push(v);
  log('from array', got);
  async function* gen() {
    yield 'g1';
    yield 'g2';
  }
  const r = ReadableStream.from(gen()).getReader();
  log(await r.read(), await r.read(), await r.read());
  await attempt('from non-iterable', () => ReadableStream.from(5));
  let returned = false;
  const iterable = {
    [Symbol.asyncIterator]() {
      return {
        next: () => Promise.resolve({ value: 'i', done: false }),
        return: (reason) => {
          returned = reason;
          return Promise.resolve({ done: true });
        },
      };
    },
  };
  await ReadableStream.from(iterable).cancel('stop');
  log('return called with', returned);
});

step('constructor validation and brand checks', async () => {
  await attempt('null source', () => new ReadableStream(null));
  await attempt('bad type', () => new ReadableStream({ type: 'nope' }));
  await attempt('bad hwm', () => new ReadableStream({}, { highWaterMark: -1 }));
  await attempt('NaN hwm', () => new ReadableStream({}, { highWaterMark: 'x' }));
  await attempt('bad pull', () => new ReadableStream({ pull: 5 }));
  await attempt('getReader bad mode', () => new ReadableStream().getReader({ mode: 'other' }));
  await attempt('brand check', () => ReadableStream.prototype.getReader.call({}));
  await attempt('cancel brand check', () => ReadableStream.prototype.cancel.call({}));
  await attempt('controller constructor', () => new ReadableStreamDefaultController());
  await attempt('CountQueuingStrategy()', () => new CountQueuingStrategy());
  await attempt('CountQueuingStrategy({})', () => new CountQueuingStrategy({}));
  log('toStringTag', Object.prototype.toString.call(new ReadableStream()),
    Object.prototype.toString.call(new ReadableStream().getReader()));
});

step('pull is not called while queue is full, called again after read', async () => {
  let pulls = 0;
  const rs = new ReadableStream({
    pull(c) {
      pulls++;
      c.enqueue(pulls);
    },
  }, { highWaterMark: 2 });
  await settle();
  log('pulls after start', pulls);
  const reader = rs.getReader();
  await reader.read();
  await settle();
  log('pulls after one read', pulls);
  await reader.read();
  await reader.read();
  await settle();
  log('pulls after three reads', pulls);
});

step('pull returning a promise is awaited before next pull', async () => {
  const events = [];
  let resolvePull;
  const rs = new ReadableStream({
    pull(c) {
      events.push('pull');
      c.enqueue('p');
      return new Promise((r) => { resolvePull = r; });
    },
  }, { highWaterMark: 0 });
  const reader = rs.getReader();
  const r1 = reader.read();
  const r2 = reader.read();
  await settle();
  events.push(`after reads: ${events.length} pulls`);
  resolvePull();
  await settle();
  log(events, await r1, await r2);
});

(async () => {
  for (const [name, fn] of steps) {
    log(`--- ${name}`);
    await fn();
    await settle();
  }
})();
