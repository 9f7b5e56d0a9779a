'use strict';
// node:stream/web — deterministic pseudo-random scenarios: ReadableStreams with random
// marks and sync/async pulls, read directly, piped through TransformStreams or into
// WritableStreams with random marks and sync/async sinks; every event is logged (with two
// pipes running at once, source and sink events are logged separately).
const { ReadableStream, WritableStream, TransformStream } = require('stream/web');

let seed = 4242;
const rand = (n) => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return (seed >>> 8) % n;
};
const later = () => new Promise((r) => setImmediate(r));

async function scenario(id) {
  const events = [];
  const sinkEvents = [];
  let ev = (s) => events.push(s);
  const sev = (s) => sinkEvents.push(s);
  const total = 1 + rand(6);
  let n = 0;
  const pullAsync = rand(2) === 0;
  const rs = new ReadableStream({
    start(c) {
      ev(`start ds=${c.desiredSize}`);
      if (rand(2)) c.enqueue(`s${n++}`);
    },
    pull(c) {
      ev(`pull ds=${c.desiredSize}`);
      const go = () => {
        if (n < total) c.enqueue(`v${n++}`);
        else c.close();
      };
      if (pullAsync) return later().then(go);
      go();
      return undefined;
    },
    cancel(reason) {
      ev(`cancel ${reason}`);
    },
  }, { highWaterMark: rand(3) });

  const mode = rand(3);
  if (mode === 0) {
    const reader = rs.getReader();
    for (;;) {
      const { value, done } = await reader.read();
      ev(`read ${done ? 'done' : value}`);
      if (done) break;
      if (rand(4) === 0) {
        ev(`cancel -> ${await reader.cancel('stop')}`);
        break;
      }
    }
  } else {
    const failAt = rand(4) === 0 ? rand(total + 1) : -1;
    let count = 0;
    const ws = new WritableStream({
      write(chunk) {
        ev(`write ${chunk}`);
        if (count++ === failAt) throw new Error('sink failure');
        if (rand(2)) return later();
        return undefined;
      },
      close() {
        ev('sink close');
      },
      abort(reason) {
        ev(`sink abort ${reason && reason.message}`);
      },
    }, { highWaterMark: 1 + rand(2) });
    let src = rs;
    if (mode === 2) {
      const sourceEv = ev;
      ev = (x) => (x.startsWith('pull') || x.startsWith('start') || x.startsWith('cancel') ? sourceEv(x) : sev(x));
      src = rs.pipeThrough(new TransformStream({
        transform(chunk, c) {
          ev(`transform ${chunk}`);
          c.enqueue(chunk.toUpperCase());
        },
      }, { highWaterMark: 1 + rand(2) }, { highWaterMark: rand(2) }));
    }
    await src.pipeTo(ws).then(() => ev('piped'), (e) => ev(`pipe failed ${e.message}`));
  }
  for (let i = 0; i < 5; i++) await later();
  console.log(`#${id} mode=${mode} total=${total} pullAsync=${pullAsync}`);
  console.log(`  ${events.join(' | ')}`);
  if (sinkEvents.length) console.log(`  sink: ${sinkEvents.join(' | ')}`);
}

(async () => {
  for (let i = 0; i < 40; i++) await scenario(i);
})();
