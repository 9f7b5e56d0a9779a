'use strict';
// node:timers/promises — setTimeout, setImmediate and setInterval (async iterator)
// returning promises, with AbortSignal and `ref` options.

const t = require('internal/timers');
const { codes } = require('internal/errors');

// Node's AbortError: an Error subclass with own `code` and `name`, and the signal's reason as cause.
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

function abortError(signal) {
  return new AbortError(undefined, { cause: signal ? signal.reason : undefined });
}

function validateDelay(delay) {
  if (delay !== undefined && typeof delay !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('delay', 'number', delay);
}

function validateOptions(options) {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const { signal, ref = true } = options;
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  if (typeof ref !== 'boolean') throw new codes.ERR_INVALID_ARG_TYPE('options.ref', 'boolean', ref);
  return { signal, ref };
}

function later(schedule, clear, value, options, delay) {
  let opts;
  try {
    validateDelay(delay);
    opts = validateOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  const { signal, ref } = opts;
  if (signal && signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clear(handle);
      reject(abortError(signal));
    };
    const handle = schedule(() => {
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(value);
    });
    if (!ref) handle.unref();
    if (signal) signal.addEventListener('abort', onAbort, { once: true });
  });
}

function setTimeout(delay, value, options = {}) {
  return later((cb) => t.setTimeout(cb, delay), t.clearTimeout, value, options, delay);
}

function setImmediate(value, options = {}) {
  return later((cb) => t.setImmediate(cb), t.clearImmediate, value, options);
}

async function* setInterval(delay, value, options = {}) {
  validateDelay(delay);
  const { signal, ref } = validateOptions(options);
  if (signal && signal.aborted) throw abortError(signal);
  let pending = 0;
  let wake = null;
  const handle = t.setInterval(() => {
    pending++;
    if (wake) wake();
  }, delay);
  if (!ref) handle.unref();
  const onAbort = () => {
    if (wake) wake();
  };
  if (signal) signal.addEventListener('abort', onAbort, { once: true });
  try {
    // Ticks that already happened are yielded before an abort is noticed, as in Node.
    while (!(signal && signal.aborted)) {
      if (pending === 0) await new Promise((r) => { wake = r; });
      wake = null;
      for (; pending > 0; pending--) yield value;
    }
    throw abortError(signal);
  } finally {
    t.clearInterval(handle);
    if (signal) signal.removeEventListener('abort', onAbort);
  }
}

// Node's scheduler is an instance whose methods live on its prototype.
class Scheduler {
  yield() {
    return setImmediate();
  }

  wait(delay, options) {
    return setTimeout(delay, undefined, options);
  }
}
const scheduler = new Scheduler();

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
