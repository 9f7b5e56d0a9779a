'use strict';
// Timers live in the guest (DESIGN.md §2): Timeout and Immediate objects with
// ref/unref/hasRef/refresh, scheduled the way Node's timers module documents and behaves.
//
// As in Node, timeouts are grouped into one FIFO list per duration, and the lists sit in a
// priority queue ordered by their earliest expiry. When the loop is late, a list runs every
// timer of its own that is due before the next list starts. Unlike libuv's whole-millisecond
// loop clock, start times keep their fraction, so two timers created together with the same
// delay are always due together.

const natives = require('internal/natives');

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const kId = Symbol('asyncId');
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

function loopNow() {
  return natives.hrtime() / 1e6;
}

// ---- intrusive doubly-linked lists (list._idleNext is the oldest item) ------------------
function isLinked(item) {
  return item._idleNext != null && item._idleNext !== item;
}
function unlink(item) {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}
function append(list, item) {
  if (isLinked(item)) unlink(item);
  item._idleNext = list;
  item._idlePrev = list._idlePrev;
  list._idlePrev._idleNext = item;
  list._idlePrev = item;
}
function peek(list) {
  const head = list._idleNext;
  return head === list ? null : head;
}

let timerListId = 0;

class TimersList {
  constructor(expiry, msecs) {
    this._idleNext = this;
    this._idlePrev = this;
    this.expiry = expiry;
    this.id = timerListId++;
    this.msecs = msecs;
    this.priorityQueuePosition = null;
  }
}

// ---- priority queue of lists, by (expiry, id) ------------------------------------------
const queue = [];
function before(a, b) {
  return a.expiry < b.expiry || (a.expiry === b.expiry && a.id < b.id);
}
function setAt(i, list) {
  queue[i] = list;
  list.priorityQueuePosition = i;
}
function percolateUp(i) {
  const item = queue[i];
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!before(item, queue[p])) break;
    setAt(i, queue[p]);
    i = p;
  }
  setAt(i, item);
}
function percolateDown(i) {
  const item = queue[i];
  const n = queue.length;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= n) break;
    const r = l + 1;
    const c = r < n && before(queue[r], queue[l]) ? r : l;
    if (!before(queue[c], item)) break;
    setAt(i, queue[c]);
    i = c;
  }
  setAt(i, item);
}
function queueInsert(list) {
  queue.push(list);
  percolateUp(queue.length - 1);
}
function queueRemoveAt(i) {
  const last = queue.pop();
  if (i < queue.length) {
    setAt(i, last);
    percolateUp(i);
    percolateDown(last.priorityQueuePosition);
  }
}

const timerListMap = new Map();
let refCount = 0;
let nextId = 1;
const knownTimersById = new Map();

// Appends the timer to the list for its (whole-millisecond) duration.
function insert(item, msecs, start = loopNow()) {
  msecs = Math.trunc(msecs);
  item._idleStart = start;
  let list = timerListMap.get(msecs);
  if (list === undefined) {
    list = new TimersList(start + msecs, msecs);
    timerListMap.set(msecs, list);
    queueInsert(list);
  }
  append(list, item);
}

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
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    if (isRefed) refCount++;
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[kId] = nextId++;
  }

  // Restarts the countdown from now. A timer that already fired is armed again, as in Node;
  // a cleared one stays cleared.
  refresh() {
    const refed = this[kRefed];
    const msecs = this._idleTimeout;
    if (msecs === undefined || msecs < 0) return this;
    insert(this, msecs);
    if (this._destroyed) {
      this._destroyed = false;
      if (refed) refCount++;
      if (this[kHasPrimitive]) knownTimersById.set(this[kId], this);
    }
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) refCount--;
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) refCount++;
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
    const id = this[kId];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      if (!this._destroyed) knownTimersById.set(id, this);
    }
    return id;
  }

  [Symbol.dispose]() {
    clearTimeout(this);
  }
}

function unenroll(item) {
  if (item._destroyed) return;
  item._destroyed = true;
  if (item[kHasPrimitive]) knownTimersById.delete(item[kId]);
  unlink(item);
  const list = timerListMap.get(Math.trunc(item._idleTimeout));
  if (list !== undefined && peek(list) === null) {
    queueRemoveAt(list.priorityQueuePosition);
    timerListMap.delete(list.msecs);
  }
  // A later refresh() must not arm it again.
  item._idleTimeout = -1;
  if (item[kRefed]) refCount--;
}

function validateCallback(cb) {
  if (typeof cb !== 'function') {
    throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('callback', 'Function', cb);
  }
}

// The public timer functions are natives.byArgc dispatchers with Node's `length`: the
// common call, with no extra arguments for the callback, reaches a function that never
// builds `arguments`. Without extra arguments _timerArgs is undefined, as in Node.
function makeTimer(callback, after, args, repeat) {
  validateCallback(callback);
  const timeout = new Timeout(callback, after, args, repeat, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

const setTimeout = natives.byArgc('setTimeout', 5, 2, function setTimeout(callback, after) {
  return makeTimer(callback, after, undefined, false);
}, function setTimeout(callback, after) {
  return makeTimer(callback, after, Array.prototype.slice.call(arguments, 2), false);
});

const setInterval = natives.byArgc('setInterval', 5, 2, function setInterval(callback, repeat) {
  return makeTimer(callback, repeat, undefined, true);
}, function setInterval(callback, repeat) {
  return makeTimer(callback, repeat, Array.prototype.slice.call(arguments, 2), true);
});

function clearTimeout(timer) {
  if (timer && timer._onTimeout && timer instanceof Timeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const t = knownTimersById.get(Number(timer));
    if (t !== undefined) {
      t._idleTimeout = -1;
      unenroll(t);
    }
  }
}

function clearInterval(timer) {
  clearTimeout(timer);
}

function destroyFired(timer) {
  if (timer._destroyed) return;
  timer._destroyed = true;
  if (timer[kRefed]) refCount--;
  if (timer[kHasPrimitive]) knownTimersById.delete(timer[kId]);
}

// Runs one list's due timers, oldest first; stops at the first that is not due yet.
function listOnTimeout(list, now, drain, onError) {
  const msecs = list.msecs;
  let timer;
  while ((timer = peek(list)) !== null) {
    if (now - timer._idleStart < msecs) {
      list.expiry = timer._idleStart + msecs;
      list.id = timerListId++;
      percolateDown(list.priorityQueuePosition);
      return;
    }
    unlink(timer);
    if (!timer._onTimeout) {
      destroyFired(timer);
      continue;
    }
    // An interval's next run is measured from when this one started.
    const start = timer._repeat ? loopNow() : 0;
    try {
      const args = timer._timerArgs;
      if (args === undefined) timer._onTimeout();
      else Reflect.apply(timer._onTimeout, timer, args);
    } catch (err) {
      onError(err);
    }
    if (timer._repeat && timer._idleTimeout !== -1) {
      timer._idleTimeout = timer._repeat;
      insert(timer, timer._idleTimeout, start);
    } else if (!timer._idleNext && !timer._idlePrev) {
      destroyFired(timer);
    }
    drain();
  }
  if (list === timerListMap.get(msecs)) {
    timerListMap.delete(msecs);
    queueRemoveAt(list.priorityQueuePosition);
  }
}

// The timers phase: every list whose expiry has passed, earliest first, with nextTicks
// and microtasks drained after each callback.
function runTimers(drain, onError) {
  if (queue.length === 0) return;
  const now = loopNow();
  while (queue.length > 0) {
    const list = queue[0];
    if (list.expiry > now) return;
    listOnTimeout(list, now, drain, onError);
  }
}

// Milliseconds until the earliest list is due, or undefined when there are no timers.
// Unrefed timers count too: they still fire while something else keeps the loop alive.
function msUntilNext() {
  if (queue.length === 0) return undefined;
  return Math.max(0, queue[0].expiry - natives.hrtime() / 1e6);
}

function hasRefed() {
  return refCount > 0 || refedImmediates > 0;
}

// ---- immediates ------------------------------------------------------------------
let immediateQueue = [];
// Immediates left over when one threw; Node runs them on the next loop turn.
let outstandingQueue = [];
let spareQueue = null;
let immediateCount = 0;
let refedImmediates = 0;

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = true;
    refedImmediates++;
    immediateCount++;
    immediateQueue.push(this);
  }

  // Once an immediate has run or been cleared its ref state is gone (null), as in Node.
  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      refedImmediates++;
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      refedImmediates--;
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

const setImmediate = natives.byArgc('setImmediate', 4, 1, function setImmediate(callback) {
  validateCallback(callback);
  return new Immediate(callback, undefined);
}, function setImmediate(callback) {
  validateCallback(callback);
  return new Immediate(callback, Array.prototype.slice.call(arguments, 1));
});

function clearImmediate(imm) {
  if (!imm || imm._destroyed || !(imm instanceof Immediate)) return;
  imm._destroyed = true;
  immediateCount--;
  if (imm[kRefed]) refedImmediates--;
  imm[kRefed] = null;
  imm._onImmediate = null;
}

function hasImmediates() {
  return immediateCount > 0;
}

// The check phase. Immediates queued during it wait for the next loop turn; if one throws,
// the rest of this batch also waits for the next turn.
function runImmediates(drain, onError) {
  let list;
  if (outstandingQueue.length > 0) {
    list = outstandingQueue;
    outstandingQueue = [];
  } else {
    if (immediateQueue.length === 0) return;
    list = immediateQueue;
    immediateQueue = spareQueue || [];
    spareQueue = null;
  }
  for (let i = 0; i < list.length; i++) {
    const imm = list[i];
    if (imm._destroyed) continue;
    imm._destroyed = true;
    immediateCount--;
    if (imm[kRefed]) refedImmediates--;
    imm[kRefed] = null;
    // As Node: called as a method, and dropped only afterwards.
    try {
      const argv = imm._argv;
      if (argv === undefined) imm._onImmediate();
      else imm._onImmediate(...argv);
    } catch (err) {
      imm._onImmediate = null;
      outstandingQueue = list.slice(i + 1);
      onError(err);
      drain();
      return;
    }
    imm._onImmediate = null;
    drain();
  }
  // The next turn queues into this array, instead of a new one per turn.
  list.length = 0;
  spareQueue = list;
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
