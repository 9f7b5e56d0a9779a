'use strict';
// The bridge to the host's fs operations: sync calls, and async requests completed by 'fs' loop events.

const natives = require('internal/natives');
const loop = require('internal/loop');

const pending = new Map();
let nextId = 1;
let listening = false;

function onDone(ev) {
  const done = pending.get(ev[1]);
  if (done === undefined) return;
  pending.delete(ev[1]);
  loop.unrefHandle();
  const err = ev[2];
  if (err != null) done(err);
  else done(null, ev[3]);
}

// Runs `op` now; host errors are thrown as the Node-shaped errors the native builds.
function sync(op, a, b, c, d) {
  return natives.fsSync(op, a, b, c, d);
}

// Starts `op` on the host's pool; `done(err, result)` runs later from the loop, never synchronously.
// Each request in flight keeps the process alive, as libuv's requests do.
function submit(op, a, b, c, d, done) {
  if (!listening) {
    loop.onEvent('fs', onDone);
    listening = true;
  }
  let id = nextId;
  while (pending.has(id)) id = id >= 0x7fffffff ? 1 : id + 1;
  nextId = id >= 0x7fffffff ? 1 : id + 1;
  pending.set(id, done);
  loop.refHandle();
  try {
    natives.fsAsync(id, op, a, b, c, d);
  } catch (err) {
    pending.delete(id);
    loop.unrefHandle();
    loop.nextTick(done, err);
  }
}

// `op` as a promise.
function call(op, a, b, c, d) {
  return new Promise((resolve, reject) => {
    submit(op, a, b, c, d, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

module.exports = { sync, submit, call };
