'use strict';
// Timers live in the guest as a heap of deadlines (DESIGN.md §2): Timeout and Immediate
// objects with ref/unref/hasRef/refresh, as in Node's timers module.

const natives = require('internal/natives');

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');

function now() {
  return natives.hrtime() / 1e6;
}

// Binary min-heap ordered by (when, seq): equal deadlines fire in creation order.
const heap = [];
function less(a, b) {
  return a._when < b._when || (a._when === b._when && a._seq < b._seq);
}
function heapPush(t) {
  heap.push(t);
  let i = heap.length - 1;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!less(heap[i], heap[p])) break;
    [heap[i], heap[p]] = [heap[p], heap[i]];
    i = p;
  }
}
function heapPop() {
  const top = heap[0];
  const last = heap.pop();
  if (heap.length > 0) {
    heap[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < heap.length && less(heap[l], heap[m])) m = l;
      if (r < heap.length && less(heap[r], heap[m])) m = r;
      if (m === i) break;
      [heap[i], heap[m]] = [heap[m], heap[i]];
      i = m;
    }
  }
  return top;
}

let seq = 0;
let refedTimers = 0;
let nextId = 1;
const byId = new Map();

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after = Number(after);
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        process.emitWarning(`${after} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`,
          'TimeoutOverflowWarning');
      }
      after = 1;
    }
    this._idleTimeout = after;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this._id = 0;
    if (isRefed) refedTimers++;
    this._schedule(now());
  }

  _schedule(from) {
    this._when = from + this._idleTimeout;
    this._seq = seq++;
    this._active = true;
    heapPush(this);
  }

  refresh() {
    if (this._active) this._removeFromHeap();
    if (!this._destroyed) this._schedule(now());
    return this;
  }

  _removeFromHeap() {
    const i = heap.indexOf(this);
    if (i >= 0) {
      const last = heap.pop();
      if (i < heap.length) {
        heap[i] = last;
        // Re-sort the moved element; the heap is small in the common case.
        heap.sort(less2);
      }
    }
    this._active = false;
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
      byId.set(this._id, this);
    }
    return this._id;
  }

  [Symbol.dispose]() {
    clearTimeout(this);
  }
}

function less2(a, b) {
  return a._when - b._when || a._seq - b._seq;
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

function setTimeout(callback, after, ...args) {
  validateCallback(callback);
  return new Timeout(callback, after, args, false, true);
}

function setInterval(callback, repeat, ...args) {
  validateCallback(callback);
  return new Timeout(callback, repeat, args, true, true);
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    if (timer._active) timer._removeFromHeap();
    destroy(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const t = byId.get(Number(timer));
    if (t) clearTimeout(t);
  }
}

// Runs every timer whose deadline has passed, in deadline order, draining
// nextTicks and microtasks after each one as Node does.
function runTimers(drain, onError) {
  const start = now();
  while (heap.length > 0 && heap[0]._when <= start) {
    const t = heapPop();
    t._active = false;
    if (t._destroyed) continue;
    try {
      t._onTimeout(...t._timerArgs);
    } catch (err) {
      onError(err);
    }
    if (t._repeat !== null && !t._destroyed && !t._active) t._schedule(now());
    else if (!t._active) destroy(t);
    drain();
  }
}

function msUntilNext() {
  // Unrefed timers still fire while something else keeps the loop alive.
  while (heap.length > 0 && heap[0]._destroyed) heapPop();
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
    return this[kRefed];
  }

  [Symbol.dispose]() {
    clearImmediate(this);
  }
}

function setImmediate(callback, ...args) {
  validateCallback(callback);
  return new Immediate(callback, args);
}

function clearImmediate(imm) {
  if (!imm || imm._destroyed || !(imm instanceof Immediate)) return;
  imm._destroyed = true;
  if (imm[kRefed]) refedImmediates--;
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

module.exports = {
  Timeout, Immediate, setTimeout, setInterval, clearTimeout, clearInterval: clearTimeout,
  setImmediate, clearImmediate, runTimers, runImmediates, msUntilNext, hasRefed, hasImmediates, TIMEOUT_MAX,
};
