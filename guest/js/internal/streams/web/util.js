'use strict';
// Shared pieces of the WHATWG streams: queuing strategies, queue-with-sizes, promise
// helpers, strategy extraction and the error constructors Node uses.

const { codes } = require('internal/streams/utils');

const kState = Symbol('kState');

function invalidState(msg) {
  const C = codes.ERR_INVALID_STATE;
  return new (C.TypeError || C)(msg);
}

// A promise with its resolve/reject; `done` tells whether either was called.
function deferred() {
  const d = { done: false };
  d.promise = new Promise((res, rej) => {
    d.resolve = (v) => {
      d.done = true;
      res(v);
    };
    d.reject = (e) => {
      d.done = true;
      rej(e);
    };
  });
  return d;
}

function setHandled(promise) {
  promise.then(undefined, () => {});
}

function rejected(err) {
  const p = Promise.reject(err);
  return p;
}

// WebIDL "invoke a callback function" returning a promise: a throw becomes a rejection,
// and a returned promise is adopted (which costs the same ticks as in Node).
async function promiseCall(fn, thisArg, ...args) {
  return Reflect.apply(fn, thisArg, args);
}

function dictMethod(dict, name, owner) {
  const fn = dict == null ? undefined : dict[name];
  if (fn === undefined) return undefined;
  if (typeof fn !== 'function') throw new codes.ERR_INVALID_ARG_TYPE(`${owner}.${name}`, 'Function', fn);
  return fn;
}

function extractHighWaterMark(strategy, defaultHwm) {
  if (strategy == null || strategy.highWaterMark === undefined) return defaultHwm;
  const hwm = Number(strategy.highWaterMark);
  if (Number.isNaN(hwm) || hwm < 0) {
    throw new codes.ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', hwm);
  }
  return hwm;
}

function extractSizeAlgorithm(strategy) {
  const size = strategy == null ? undefined : strategy.size;
  if (size === undefined) return () => 1;
  if (typeof size !== 'function') throw new codes.ERR_INVALID_ARG_TYPE('strategy.size', 'Function', size);
  return (chunk) => size(chunk);
}

// --- queue with sizes ----------------------------------------------------------------

// A FIFO with O(1) shift (arrays shift in O(n)).
class Queue {
  constructor() {
    this.items = [];
    this.head = 0;
  }
  get length() {
    return this.items.length - this.head;
  }
  push(v) {
    this.items.push(v);
  }
  peek() {
    return this.items[this.head];
  }
  shift() {
    const v = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return v;
  }
}

function resetQueue(c) {
  c.queue = new Queue();
  c.queueTotalSize = 0;
}

function enqueueValueWithSize(c, value, size) {
  if (typeof size !== 'number' || Number.isNaN(size) || size < 0 || size === Infinity) {
    throw new codes.ERR_INVALID_ARG_VALUE.RangeError('size', size);
  }
  c.queue.push({ value, size });
  c.queueTotalSize += size;
}

function dequeueValue(c) {
  const { value, size } = c.queue.shift();
  c.queueTotalSize -= size;
  if (c.queueTotalSize < 0) c.queueTotalSize = 0;
  return value;
}

function peekQueueValue(c) {
  return c.queue.peek().value;
}

// --- queuing strategies ----------------------------------------------------------------

function validateInit(init) {
  if (init === null || typeof init !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('init', 'Object', init);
  if (init.highWaterMark === undefined) throw new codes.ERR_MISSING_OPTION('init.highWaterMark');
  return Number(init.highWaterMark);
}

const countSize = function size() {
  return 1;
};
const byteSize = function size(chunk) {
  return chunk.byteLength;
};

class CountQueuingStrategy {
  #hwm;
  constructor(init) {
    this.#hwm = validateInit(init);
  }
  get highWaterMark() {
    return this.#hwm;
  }
  get size() {
    return countSize;
  }
  get [Symbol.toStringTag]() {
    return 'CountQueuingStrategy';
  }
}

class ByteLengthQueuingStrategy {
  #hwm;
  constructor(init) {
    this.#hwm = validateInit(init);
  }
  get highWaterMark() {
    return this.#hwm;
  }
  get size() {
    return byteSize;
  }
  get [Symbol.toStringTag]() {
    return 'ByteLengthQueuingStrategy';
  }
}

function brandCheck(obj, Class, name) {
  if (obj === null || typeof obj !== 'object' || !(kState in obj) || !(obj instanceof Class)) {
    throw new codes.ERR_INVALID_THIS(name);
  }
}

module.exports = {
  kState, codes, invalidState, deferred, setHandled, rejected, promiseCall, dictMethod,
  extractHighWaterMark, extractSizeAlgorithm,
  Queue, resetQueue, enqueueValueWithSize, dequeueValue, peekQueueValue,
  CountQueuingStrategy, ByteLengthQueuingStrategy, brandCheck,
};
