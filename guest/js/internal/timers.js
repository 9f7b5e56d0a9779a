'use strict';
// Timers live in the guest as a heap of deadlines (DESIGN.md §2): Timeout and Immediate
// objects with ref/unref/hasRef/refresh, as in Node's timers module.

const natives = require('internal/natives');

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHeapIndex = Symbol('heapIndex');
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

function now() {
  return natives.hrtime() / 1e6;
}

// Binary min-heap ordered by (when, seq): equal deadlines fire in creation order.
// Each timer remembers its slot so clearTimeout and refresh remove it in O(log n).
const heap = [];
function less(a, b) {
  return a._when < b._when || (a._when === b._when && a._seq < b._seq);
}
function place(t, i) {
  heap[i] = t;
  t[kHeapIndex] = i;
}
function siftUp(i) {
  const t = heap[i];
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!less(t, heap[p])) break;
    place(heap[p], i);
    i = p;
  }
  place(t, i);
}
function siftDown(i) {
  const t = heap[i];
  const n = heap.length;
  for (;;) {
    const l = 2 * i + 1, r = l + 1;
    let m = l;
    if (l >= n) break;
    if (r < n && less(heap[r], heap[l])) m = r;
    if (!less(heap[m], t)) break;
    place(heap[m], i);
    i = m;
  }
  place(t, i);
}
function heapPush(t) {
  heap.push(t);
  siftUp(heap.length - 1);
}
function heapRemove(t) {
  const i = t[kHeapIndex];
  t[kHeapIndex] = -1;
  if (i === undefined || i < 0 || heap[i] !== t) return;
  const last = heap.pop();
  if (i < heap.length) {
    place(last, i);
    siftUp(i);
    siftDown(last[kHeapIndex]);
  }
}

let seq = 0;
let refedTimers = 0;
let nextId = 1;
const byId = new Map();

// Node coerces the delay with `* 1`; anything outside 1..2**31-1 becomes 1 ms.
function coerceDelay(after) {
  after *= 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      process.emitWarning(`${after} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`,
        'TimeoutOverflowWarning');
    }
    after = 1;
  }
  return after;
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after = coerceDelay(after);
    this._idleTimeout = after;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this[kHeapIndex] = -1;
    this._id = 0;
    if (isRefed) refedTimers++;
    this._schedule(now());
  }

  _schedule(from) {
    this._when = from + this._idleTimeout;
    this._seq = seq++;
    heapPush(this);
  }

  get _active() {
    return this[kHeapIndex] >= 0;
  }

  // Restarts the countdown. A timer that already fired is armed again, as in Node;
  // a cleared one (idle timeout -1) stays cleared.
  refresh() {
    if (this._idleTimeout < 0) return this;
    heapRemove(this);
    if (this._destroyed) {
      this._destroyed = false;
      if (this[kRefed]) refedTimers++;
      if (this._id) byId.set(this._id, this);
    }
    this._schedule(now());
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) refedTimers--;
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) refedTimers++;
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    if (this._id === 0) {
      this._id = nextId++;
      if (!this._destroyed) byId.set(this._id, this);
    }
    return this._id;
  }

  [Symbol.dispose]() {
    clearTimeout(this);
  }
}

function destroy(t) {
  if (t._destroyed) return;
  t._destroyed = true;
  if (t[kRefed]) refedTimers--;
  if (t._id) byId.delete(t._id);
}

function validateCallback(cb) {
  if (typeof cb !== 'function') {
    throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('callback', 'Function', cb);
  }
}

// The extra named parameters give these functions Node's `length`.
function setTimeout(callback, after, arg1, arg2, arg3) {
  validateCallback(callback);
  const args = arguments.length > 2 ? Array.prototype.slice.call(arguments, 2) : [];
  return new Timeout(callback, after, args, false, true);
}

function setInterval(callback, repeat, arg1, arg2, arg3) {
  validateCallback(callback);
  const args = arguments.length > 2 ? Array.prototype.slice.call(arguments, 2) : [];
  return new Timeout(callback, repeat, args, true, true);
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    if (!(timer instanceof Timeout)) return;
    heapRemove(timer);
    timer._idleTimeout = -1;
    destroy(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const t = byId.get(Number(timer));
    if (t) clearTimeout(t);
  }
}

function clearInterval(timer) {
  clearTimeout(timer);
}

// Runs every timer whose deadline has passed, in deadline order, draining
// nextTicks and microtasks after each one as Node does.
function runTimers(drain, onError) {
  const start = now();
  while (heap.length > 0 && heap[0]._when <= start) {
    const t = heap[0];
    heapRemove(t);
    if (t._destroyed) continue;
    // An interval's next run is measured from when this one started.
    const ranAt = now();
    try {
      t._onTimeout(...t._timerArgs);
    } catch (err) {
      onError(err);
    }
    if (!t._active && !t._destroyed) {
      if (t._repeat !== null && t._idleTimeout >= 0) {
        t._idleTimeout = t._repeat;
        t._schedule(ranAt);
      } else {
        destroy(t);
      }
    }
    drain();
  }
}

function msUntilNext() {
  if (heap.length === 0) return undefined;
  return Math.max(0, heap[0]._when - now());
}

function hasRefed() {
  return refedTimers > 0 || refedImmediates > 0;
}

// ---- immediates ------------------------------------------------------------------
let immediates = [];
let refedImmediates = 0;

class Immediate {
  constructor(callback, args) {
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = true;
    refedImmediates++;
    immediates.push(this);
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) refedImmediates++;
    }
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) refedImmediates--;
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }

  [Symbol.dispose]() {
    clearImmediate(this);
  }
}

function setImmediate(callback, arg1, arg2, arg3) {
  validateCallback(callback);
  const args = arguments.length > 1 ? Array.prototype.slice.call(arguments, 1) : [];
  return new Immediate(callback, args);
}

function clearImmediate(imm) {
  if (!imm || imm._destroyed || !(imm instanceof Immediate)) return;
  imm._destroyed = true;
  if (imm[kRefed]) refedImmediates--;
  imm._onImmediate = null;
}

function hasImmediates() {
  return immediates.some((i) => !i._destroyed);
}

// The check phase: immediates queued during it wait for the next loop turn.
function runImmediates(drain, onError) {
  const list = immediates;
  immediates = [];
  for (let i = 0; i < list.length; i++) {
    const imm = list[i];
    if (imm._destroyed) continue;
    imm._destroyed = true;
    if (imm[kRefed]) refedImmediates--;
    try {
      imm._onImmediate(...imm._argv);
    } catch (err) {
      onError(err);
    }
    drain();
  }
}

// util.promisify(setTimeout) and util.promisify(setImmediate) give the timers/promises versions.
for (const [fn, name] of [[setTimeout, 'setTimeout'], [setImmediate, 'setImmediate']]) {
  Object.defineProperty(fn, kCustomPromisify, {
    get() {
      return require('timers/promises')[name];
    },
    enumerable: true,
    configurable: true,
  });
}

module.exports = {
  Timeout, Immediate, setTimeout, setInterval, clearTimeout, clearInterval,
  setImmediate, clearImmediate, runTimers, runImmediates, msUntilNext, hasRefed, hasImmediates, TIMEOUT_MAX,
};
