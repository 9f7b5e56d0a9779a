'use strict';
// node:stream/web pipeTo/pipeThrough (close, error and cancel propagation, prevent*
// options, AbortSignal) and the node <-> web adapters (Readable.fromWeb/toWeb,
// Writable.fromWeb/toWeb, Duplex.fromWeb/toWeb), pipeline and finished with web streams.
const { ReadableStream, WritableStream, TransformStream } = require('stream/web');
const { Readable, Writable, Duplex, PassThrough, finished } = require('stream');
const { pipeline } = require('stream/promises');

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

function source(items, extra = {}) {
  return new ReadableStream({
    start(c) {
      for (const i of items) c.enqueue(i);
      if (!extra.keepOpen) c.close();
    },
    cancel(reason) {
      log('source cancel', reason);
    },
  });
}

function sink(name, extra = {}) {
  return new WritableStream({
    write(chunk) {
      log(`${name} write`, chunk);
      if (extra.failOn === chunk) throw new Error(`sink refuses ${chunk}`);
    },
    close() {
      log(`${name} close`);
    },
    abort(reason) {
      log(`${name} abort`, reason);
    },
  });
}

step('pipeTo copies and closes', async () => {
  const rs = source(['a', 'b']);
  await attempt('pipeTo', () => rs.pipeTo(sink('w')));
  log('locked after', rs.locked);
});

step('preventClose keeps the destination open', async () => {
  const ws = sink('w');
  await source(['x']).pipeTo(ws, { preventClose: true });
  const writer = ws.getWriter();
  await writer.write('manual');
  await writer.close();
});

step('source error aborts the destination', async () => {
  const rs = new ReadableStream({ start(c) { c.enqueue('ok'); c.error(new Error('source error')); } });
  await attempt('pipeTo', () => rs.pipeTo(sink('w')));
  const rs2 = new ReadableStream({ start(c) { c.error(new Error('source error 2')); } });
  const ws2 = sink('w2');
  await attempt('preventAbort', () => rs2.pipeTo(ws2, { preventAbort: true }));
  await attempt('w2 still usable', () => ws2.getWriter().write('still'));
});

step('destination error cancels the source', async () => {
  const rs = source(['1', '2', '3'], { keepOpen: true });
  await attempt('pipeTo', () => rs.pipeTo(sink('w', { failOn: '2' })));
  const rs2 = source(['q'], { keepOpen: true });
  await attempt('preventCancel', () => rs2.pipeTo(sink('w2', { failOn: 'q' }), { preventCancel: true }));
  log('rs2 locked', rs2.locked);
});

step('pipeTo with AbortSignal', async () => {
  const ac = new AbortController();
  const rs = new ReadableStream({
    pull(c) {
      return new Promise((r) => setImmediate(() => {
        try {
          c.enqueue('tick');
        } catch (e) {
          log('enqueue after cancel', e.code);
        }
        r();
      }));
    },
    cancel(reason) {
      log('source cancelled', reason && reason.name);
    },
  });
  const ws = new WritableStream({
    write() {},
    abort(reason) {
      log('sink aborted', reason && reason.name);
    },
  });
  const p = rs.pipeTo(ws, { signal: ac.signal });
  await settle(2);
  ac.abort();
  await attempt('pipeTo', () => p.then(() => 'resolved'));
  await attempt('pre-aborted', () => source(['z']).pipeTo(sink('w3'), { signal: AbortSignal.abort(new Error('reason')) }));
});

step('pipeTo validation', async () => {
  await attempt('locked source', () => {
    const rs = source([]);
    rs.getReader();
    return rs.pipeTo(sink('w'));
  });
  await attempt('locked dest', () => {
    const ws = sink('w');
    ws.getWriter();
    return source([]).pipeTo(ws);
  });
  await attempt('pipeThrough bad', () => source([]).pipeThrough({ readable: 1, writable: 2 }));
});

step('pipeThrough chain', async () => {
  const double = () => new TransformStream({ transform(c, ctl) { ctl.enqueue(c * 2); } });
  const out = await ReadableStream.from([1, 2, 3]).pipeThrough(double()).pipeThrough(double());
  const got = [];
  for await (const v of out) got.push(v);
  log('chain', got);
});

step('Readable.toWeb', async () => {
  const r = Readable.from(['n1', 'n2']);
  const rs = Readable.toWeb(r);
  const got = [];
  for await (const v of rs) got.push(v);
  log('toWeb objectMode', got);
  const bytes = new Readable({ read() {} });
  bytes.push('ab');
  bytes.push(null);
  const chunks = [];
  for await (const c of Readable.toWeb(bytes)) chunks.push(c);
  log('toWeb bytes', chunks);
  const errored = new Readable({ read() { this.destroy(new Error('node error')); } });
  await attempt('toWeb error', () => Readable.toWeb(errored).getReader().read());
  await attempt('toWeb bad arg', () => Readable.toWeb({}));
});

step('Readable.fromWeb', async () => {
  const r = Readable.fromWeb(source(['w1', 'w2']), { objectMode: true });
  const got = [];
  for await (const v of r) got.push(v);
  log('fromWeb', got);
  const r2 = Readable.fromWeb(ReadableStream.from([new Uint8Array([104, 105])]));
  r2.setEncoding('utf8');
  const texts = [];
  for await (const t of r2) texts.push(t);
  log('fromWeb bytes', texts);
  const r3 = Readable.fromWeb(new ReadableStream({ start(c) { c.error(new Error('web error')); } }));
  r3.on('error', (e) => log('node error event', e));
  r3.on('close', () => log('node close'));
  r3.resume();
  await settle();
  const rs4 = new ReadableStream({ pull(c) { c.enqueue('x'); }, cancel(reason) { log('web cancelled', reason && reason.message); } });
  const r4 = Readable.fromWeb(rs4, { objectMode: true });
  r4.destroy(new Error('node side destroyed'));
  r4.on('error', () => {});
  await settle();
  await attempt('fromWeb bad arg', () => Readable.fromWeb({}));
});

step('Writable.toWeb and fromWeb', async () => {
  const received = [];
  const w = new Writable({
    objectMode: true,
    write(chunk, enc, cb) {
      received.push(chunk);
      cb();
    },
  });
  w.on('finish', () => log('node finish'));
  const ws = Writable.toWeb(w);
  const writer = ws.getWriter();
  await writer.write('to');
  await writer.write('web');
  await writer.close();
  log('received', received);

  const chunks = [];
  const webSink = new WritableStream({
    write(c) {
      chunks.push(c);
    },
    close() {
      log('web sink close');
    },
  });
  const nw = Writable.fromWeb(webSink);
  nw.write('str');
  nw.write(Buffer.from('buf'));
  await new Promise((r) => nw.end(r));
  log('web got', chunks);
  await attempt('fromWeb bad arg', () => Writable.fromWeb({}));
});

step('Duplex.toWeb / fromWeb', async () => {
  const p = new PassThrough();
  const { readable, writable } = Duplex.toWeb(p);
  const w = writable.getWriter();
  w.write(new Uint8Array([1, 2]));
  w.close();
  const got = [];
  for await (const c of readable) got.push(c);
  log('duplex toWeb', got);
  const ts = new TransformStream({ transform(c, ctl) { ctl.enqueue(String(c).toUpperCase()); } });
  const d = Duplex.fromWeb(ts, { objectMode: true });
  d.on('data', (x) => log('duplex data', x));
  d.on('end', () => log('duplex end'));
  d.write('hey');
  d.end();
  await settle(6);
});

step('pipeline and finished with web streams', async () => {
  const out = [];
  await pipeline(
    ReadableStream.from(['s1', 's2']),
    new TransformStream({ transform(c, ctl) { ctl.enqueue(`${c}!`); } }),
    new Writable({
      objectMode: true,
      write(c, e, cb) {
        out.push(c);
        cb();
      },
    }),
  );
  log('pipeline web -> node', out);
  const web = [];
  await pipeline(Readable.from(['n']), new WritableStream({ write(c) { web.push(c); } }));
  log('pipeline node -> web', web);
  const rs = ReadableStream.from(['f']);
  finished(rs, (err) => log('finished web readable', err));
  for await (const v of rs) log('consumed', v);
  await settle();
});

(async () => {
  for (const [name, fn] of steps) {
    log(`--- ${name}`);
    await fn();
    await settle();
  }
})();
