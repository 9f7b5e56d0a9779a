'use strict';
// node:stream pipeline — callback and promise forms, generator stages, iterables as
// sources, async function destinations, error propagation and destruction of every
// stage, AbortSignal, { end: false }, argument validation.
const { pipeline, Readable, Writable, Transform, PassThrough } = require('stream');
const { pipeline: pipelineP } = require('stream/promises');

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

function collector(name, out) {
  return new Writable({
    objectMode: true,
    write(chunk, enc, cb) {
      out.push(Buffer.isBuffer(chunk) ? chunk.toString() : chunk);
      cb();
    },
  });
}

function upper() {
  return new Transform({
    transform(chunk, enc, cb) {
      cb(null, chunk.toString().toUpperCase());
    },
  });
}

function track(s, name) {
  s.on('close', () => log(`${name} close, destroyed`, s.destroyed));
  return s;
}

step('readable -> transform -> writable', async () => {
  const out = [];
  const last = pipeline(
    track(Readable.from(['a', 'b', 'c']), 'src'),
    track(upper(), 'upper'),
    track(collector('w', out), 'dst'),
    (err) => log('pipeline done', err, out),
  );
  log('returns last', last instanceof Writable);
  await settle();
});

step('error in the middle destroys all stages', async () => {
  const out = [];
  const src = track(new Readable({ objectMode: true, read() {} }), 'src');
  const bad = track(new Transform({
    objectMode: true,
    transform(chunk, enc, cb) {
      if (chunk === 'bad') cb(new Error('bad chunk'));
      else cb(null, chunk);
    },
  }), 'bad');
  const dst = track(collector('w', out), 'dst');
  pipeline(src, bad, dst, (err) => log('pipeline err', err, out));
  src.push('ok');
  src.push('bad');
  await settle();
  log('destroyed', src.destroyed, bad.destroyed, dst.destroyed);
});

step('source error', async () => {
  const src = new Readable({ read() { this.destroy(new Error('source broke')); } });
  const dst = track(new PassThrough(), 'dst');
  pipeline(src, dst, (err) => log('cb', err));
  await settle();
});

step('destination destroyed early gives premature close', async () => {
  const src = new Readable({ objectMode: true, read() {} });
  const dst = new Writable({ objectMode: true, write(c, e, cb) { cb(); } });
  pipeline(src, dst, (err) => log('cb', err, 'src destroyed', src.destroyed));
  dst.destroy();
  await settle();
});

step('generator functions as stages', async () => {
  const out = [];
  pipeline(
    function* () {
      yield 1;
      yield 2;
      yield 3;
    },
    async function* (source) {
      for await (const n of source) yield n * 10;
    },
    async function* (source) {
      for await (const n of source) {
        if (n !== 20) yield String(n);
      }
    },
    collector('w', out),
    (err) => log('done', err, out),
  );
  await settle();
});

step('iterable source and async function sink with value', async () => {
  pipeline(
    ['x', 'y', 'z'],
    async function(source) {
      let s = '';
      for await (const c of source) s += c;
      return s;
    },
    (err, value) => log('value', err, value),
  );
  await settle();
});

step('generator throwing', async () => {
  pipeline(
    Readable.from([1, 2, 3]),
    async function* (source) {
      for await (const n of source) {
        if (n === 2) throw new Error('gen failed');
        yield n;
      }
    },
    new PassThrough({ objectMode: true }).on('data', (d) => log('data', d)),
    (err) => log('cb', err),
  );
  await settle();
});

step('promise pipeline resolves', async () => {
  const out = [];
  await pipelineP(Readable.from(['p', 'q']), upper(), collector('w', out));
  log('resolved', out);
  const value = await pipelineP(Readable.from([1, 2]), async (source) => {
    let sum = 0;
    for await (const n of source) sum += n;
    return sum;
  });
  log('value', value);
});

step('promise pipeline rejects', async () => {
  try {
    await pipelineP(
      Readable.from(['a']),
      new Transform({ transform(c, e, cb) { cb(new Error('nope')); } }),
      new PassThrough(),
    );
  } catch (e) {
    log('rejected', e);
  }
});

step('pipeline with AbortSignal', async () => {
  const ac = new AbortController();
  const src = new Readable({ read() {} });
  const p = pipelineP(src, new PassThrough(), { signal: ac.signal });
  setImmediate(() => ac.abort());
  try {
    await p;
  } catch (e) {
    log('aborted', e.name, e.code, 'src destroyed', src.destroyed);
  }
});

step('pipeline end: false', async () => {
  const dst = new PassThrough();
  await pipelineP(Readable.from(['k']), dst, { end: false });
  log('dst writableEnded', dst.writableEnded, 'readableLength', dst.readableLength);
});

step('pipeline backpressure with slow sink', async () => {
  let reads = 0;
  const src = new Readable({
    objectMode: true,
    highWaterMark: 2,
    read() {
      reads++;
      this.push(reads <= 6 ? reads : null);
    },
  });
  const seen = [];
  const slow = new Writable({
    objectMode: true,
    highWaterMark: 1,
    write(chunk, enc, cb) {
      seen.push(`${chunk}@${reads}`);
      setImmediate(cb);
    },
  });
  await pipelineP(src, slow);
  log('writes with read count', seen);
});

step('argument validation', async () => {
  try {
    pipeline(Readable.from([]));
  } catch (e) {
    log('no callback', e);
  }
  try {
    pipeline([Readable.from([])], () => {});
  } catch (e) {
    log('one stream', e);
  }
  try {
    pipeline(Readable.from([]), 42, () => {});
  } catch (e) {
    log('bad stage', e.code);
  }
  try {
    pipeline(() => 5, new PassThrough(), () => {});
  } catch (e) {
    log('bad source fn', e);
  }
});

step('array of streams', async () => {
  const out = [];
  pipeline([Readable.from(['a', 'b']), collector('w', out)], (err) => log('array form', err, out));
  await settle();
});

step('pipeline to writable that errors later', async () => {
  const dst = new Writable({
    write(chunk, enc, cb) {
      setImmediate(() => cb(new Error('disk full')));
    },
  });
  const src = track(Readable.from(['1', '2']), 'src');
  pipeline(src, dst, (err) => log('cb', err));
  await settle(6);
});

(async () => {
  for (const [name, fn] of steps) {
    log(`--- ${name}`);
    await fn();
    await settle();
  }
})();
