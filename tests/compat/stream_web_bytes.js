'use strict';
// node:stream/web byte streams — type: 'bytes' with default and BYOB readers,
// byobRequest respond/respondWithNewView, autoAllocateChunkSize, buffer transfer,
// partial fills, close with pending reads, tee, errors.
const { ReadableStream, ReadableStreamBYOBReader, ReadableByteStreamController } = require('stream/web');

const show = (v) => {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (typeof v === 'string') return JSON.stringify(v);
  if (ArrayBuffer.isView(v)) {
    const bytes = new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
    return `<${v.constructor.name}(${v.byteOffset},${v.byteLength}/${v.buffer.byteLength}) ${Array.from(bytes).join(' ')}>`;
  }
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
    log(name, 'error', e.name, e.code);
  }
};

const steps = [];
const step = (name, fn) => steps.push([name, fn]);

step('default reader on a byte stream', async () => {
  const rs = new ReadableStream({
    type: 'bytes',
    start(c) {
      log('controller', c instanceof ReadableByteStreamController, 'desiredSize', c.desiredSize, 'byobRequest', c.byobRequest);
      c.enqueue(new Uint8Array([1, 2, 3]));
      c.enqueue(new Uint16Array([0x0504]));
      c.close();
    },
  });
  const r = rs.getReader();
  log(await r.read());
  log(await r.read());
  log(await r.read());
});

step('enqueue transfers the buffer', async () => {
  let ctrl;
  const rs = new ReadableStream({ type: 'bytes', start(c) { ctrl = c; } });
  const chunk = new Uint8Array([9, 8, 7]);
  ctrl.enqueue(chunk);
  log('original after enqueue', chunk.byteLength, chunk.buffer.byteLength);
  log('desiredSize', ctrl.desiredSize);
  const r = rs.getReader();
  log(await r.read());
  await attempt('enqueue empty', () => ctrl.enqueue(new Uint8Array(0)));
  await attempt('enqueue non-view', () => ctrl.enqueue([1]));
});

step('BYOB reader with respond', async () => {
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const req = c.byobRequest;
      log('pull; view', req.view);
      req.view[0] = 42;
      req.view[1] = 43;
      req.respond(2);
      log('after respond view', req.view);
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  log('reader class', reader instanceof ReadableStreamBYOBReader);
  const buf = new Uint8Array(8);
  const result = await reader.read(buf);
  log('result', result, 'original detached length', buf.byteLength);
  const again = await reader.read(new Uint16Array(2));
  log('uint16 read', again);
});

step('respondWithNewView', async () => {
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const v = c.byobRequest.view;
      const nv = new Uint8Array(v.buffer, v.byteOffset, 3);
      nv.set([7, 7, 7]);
      c.byobRequest.respondWithNewView(nv);
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  log(await reader.read(new Uint8Array(5)));
});

step('BYOB read filled from queue, and leftover', async () => {
  const rs = new ReadableStream({
    type: 'bytes',
    start(c) {
      c.enqueue(new Uint8Array([1, 2, 3, 4, 5]));
      c.close();
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  log(await reader.read(new Uint8Array(2)));
  log(await reader.read(new Uint8Array(2)));
  log(await reader.read(new Uint8Array(2)));
  log(await reader.read(new Uint8Array(2)));
});

step('element alignment with Uint16Array views', async () => {
  const rs = new ReadableStream({
    type: 'bytes',
    start(c) {
      c.enqueue(new Uint8Array([1, 0, 2]));
    },
    pull(c) {
      c.enqueue(new Uint8Array([0, 3]));
      c.close();
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  log(await reader.read(new Uint16Array(4)));
  log(await reader.read(new Uint16Array(4)));
  await attempt('odd byte left at close', () => reader.read(new Uint16Array(4)));
  await attempt('stream errored', () => reader.closed);
});

step('autoAllocateChunkSize with default reader', async () => {
  const rs = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 4,
    pull(c) {
      const view = c.byobRequest && c.byobRequest.view;
      log('auto view', view);
      view.set([5, 6]);
      c.byobRequest.respond(2);
    },
  });
  const r = rs.getReader();
  log(await r.read());
  await attempt('autoAllocate 0', () => new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 }));
});

step('close with pending BYOB read', async () => {
  let ctrl;
  const rs = new ReadableStream({ type: 'bytes', start(c) { ctrl = c; } });
  const reader = rs.getReader({ mode: 'byob' });
  const p = reader.read(new Uint8Array(4));
  await settle();
  ctrl.close();
  ctrl.byobRequest.respond(0);
  log('pending read', await p);
  log('closed', await reader.closed);
  log('read after close', await reader.read(new Uint8Array(3)));
});

step('errors and validation', async () => {
  const rs = new ReadableStream({ type: 'bytes' });
  const reader = rs.getReader({ mode: 'byob' });
  await attempt('read non-view', () => reader.read([1, 2]));
  await attempt('read empty view', () => reader.read(new Uint8Array(0)));
  reader.releaseLock();
  await attempt('byob on default stream', () => new ReadableStream().getReader({ mode: 'byob' }));
  await attempt('size with bytes', () => new ReadableStream({ type: 'bytes' }, { size() { return 1; } }));
  let ctrl;
  const rs2 = new ReadableStream({ type: 'bytes', start(c) { ctrl = c; } });
  const r2 = rs2.getReader({ mode: 'byob' });
  const p = r2.read(new Uint8Array(2));
  ctrl.error(new Error('byte error'));
  await attempt('pending read', () => p);
  await attempt('closed', () => r2.closed);
  let ctrl3;
  new ReadableStream({ type: 'bytes', start(c) { ctrl3 = c; } });
  ctrl3.close();
  await attempt('enqueue after close', () => ctrl3.enqueue(new Uint8Array(1)));
  await attempt('close twice', () => ctrl3.close());
});

step('cancel, async iteration and tee on byte streams', async () => {
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) { c.enqueue(new Uint8Array([1])); },
    cancel(reason) { log('byte source cancel', reason); },
  });
  const reader = rs.getReader({ mode: 'byob' });
  const p = reader.read(new Uint8Array(4));
  log('read', await p);
  await reader.cancel('done');
  const it = new ReadableStream({
    type: 'bytes',
    start(c) {
      c.enqueue(new Uint8Array([3, 4]));
      c.close();
    },
  });
  const chunks = [];
  for await (const c of it) chunks.push(c);
  log('iterated', chunks);
  const src = new ReadableStream({
    type: 'bytes',
    start(c) {
      c.enqueue(new Uint8Array([10, 20]));
      c.close();
    },
  });
  const [a, b] = src.tee();
  const ra = a.getReader({ mode: 'byob' });
  log('tee a', await ra.read(new Uint8Array(4)));
  const rb = b.getReader();
  log('tee b', await rb.read(), await rb.read());
});

(async () => {
  for (const [name, fn] of steps) {
    log(`--- ${name}`);
    await fn();
    await settle();
  }
})();
