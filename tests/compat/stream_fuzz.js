'use strict';
// node:stream — deterministic pseudo-random scenarios: Readables with random marks,
// modes and push schedules piped (or read) into Writables/Transforms with random
// marks and sync/async completion, sometimes failing or destroyed midway; every event
// is logged and compared in full.
const { Readable, Writable, Transform, PassThrough } = require('stream');

let seed = 12345;
const rand = (n) => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return (seed >>> 8) % n;
};
const tick = () => new Promise((r) => (rand(2) ? setImmediate(r) : process.nextTick(r)));

async function scenario(id) {
  const events = [];
  const ev = (s) => events.push(s);
  const objectMode = rand(2) === 0;
  const total = 1 + rand(8);
  let pushed = 0;
  const rHwm = rand(4);
  const r = new Readable({
    objectMode,
    highWaterMark: objectMode ? rHwm : rHwm * 3,
    read(n) {
      ev(`read(${objectMode ? '-' : n}) len=${this.readableLength}`);
      if (rand(3) === 0) {
        setImmediate(() => {
          if (pushed < total) ev(`push async ${pushed} -> ${this.push(objectMode ? pushed++ : `c${pushed++}`)}`);
          else if (pushed++ === total) this.push(null);
        });
      } else if (pushed < total) {
        ev(`push sync ${pushed} -> ${this.push(objectMode ? pushed++ : `c${pushed++}`)}`);
      } else if (pushed++ === total) {
        this.push(null);
      }
    },
  });
  for (const e of ['end', 'close', 'pause', 'resume', 'error']) r.on(e, () => ev(`r ${e}`));

  const mode = rand(4);
  const wAsync = rand(2) === 0;
  const failWrite = rand(5) === 0 ? rand(total + 1) : -1;
  let writes = 0;
  const w = new Writable({
    objectMode,
    highWaterMark: objectMode ? 1 + rand(3) : 1 + rand(6),
    write(chunk, enc, cb) {
      ev(`w write ${chunk} len=${this.writableLength}`);
      const err = writes++ === failWrite ? new Error('write failed') : null;
      if (wAsync) setImmediate(cb, err);
      else cb(err);
    },
    final(cb) {
      ev('w final');
      cb();
    },
  });
  for (const e of ['drain', 'finish', 'close', 'pipe', 'unpipe', 'prefinish']) w.on(e, () => ev(`w ${e}`));
  w.on('error', (e) => ev(`w error ${e.message}`));
  r.on('error', () => {});
  const destroyAt = rand(4) === 0 ? rand(12) : -1;
  const destroyWhich = rand(2) ? r : w;

  if (mode === 0) {
    r.pipe(w);
  } else if (mode === 1) {
    const t = new Transform({
      objectMode,
      highWaterMark: rand(3),
      transform(chunk, enc, cb) {
        ev(`t transform ${chunk}`);
        if (rand(2)) cb(null, chunk);
        else setImmediate(() => cb(null, chunk));
      },
    });
    for (const e of ['end', 'finish', 'close']) t.on(e, () => ev(`t ${e}`));
    r.pipe(t).pipe(w);
  } else if (mode === 2) {
    r.on('readable', () => {
      let c;
      ev(`r readable len=${r.readableLength}`);
      while ((c = r.read()) !== null) ev(`r read ${c} -> write ${w.write(c)}`);
    });
    r.on('end', () => w.end());
  } else {
    r.on('data', (c) => {
      ev(`r data ${c}`);
      if (!w.write(c)) {
        r.pause();
        w.once('drain', () => r.resume());
      }
    });
    r.on('end', () => w.end());
  }
  for (let i = 0; i < 30; i++) {
    if (i === destroyAt) {
      ev(`destroy ${destroyWhich === r ? 'r' : 'w'}`);
      destroyWhich.destroy(rand(2) ? new Error('boom') : undefined);
    }
    await tick();
  }
  console.log(`#${id} objectMode=${objectMode} mode=${mode} wAsync=${wAsync} total=${total}`);
  console.log(`  ${events.join(' | ')}`);
}

(async () => {
  for (let i = 0; i < 40; i++) await scenario(i);
  const p = new PassThrough();
  p.end('done');
  console.log(String(await p.toArray()));
})();
