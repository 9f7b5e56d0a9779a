'use strict';
// AbortController and AbortSignal (abort, timeout, any, throwIfAborted), on EventTarget.

const { EventTarget, Event, kTrustEvent } = require('internal/event_target');
const { codes } = require('internal/errors');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kConstruct = Symbol('kConstruct');

function abortReason() {
  const { DOMException } = require('internal/web');
  return new DOMException('This operation was aborted', 'AbortError');
}

class AbortSignal extends EventTarget {
  constructor(key) {
    if (key !== kConstruct) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    super();
    this[kAborted] = false;
    this[kReason] = undefined;
  }

  get aborted() {
    return this[kAborted];
  }

  get reason() {
    return this[kReason];
  }

  throwIfAborted() {
    if (this[kAborted]) throw this[kReason];
  }

  static abort(reason = abortReason()) {
    const s = new AbortSignal(kConstruct);
    s[kAborted] = true;
    s[kReason] = reason;
    return s;
  }

  static timeout(delay) {
    if (typeof delay !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('delay', 'number', delay);
    if (!Number.isInteger(delay) || delay < 0 || delay > Number.MAX_SAFE_INTEGER) {
      throw new codes.ERR_OUT_OF_RANGE('delay', `an integer >= 0 && <= ${Number.MAX_SAFE_INTEGER}`, delay);
    }
    const s = new AbortSignal(kConstruct);
    // Like Node, the timer does not keep the process alive.
    require('internal/timers').setTimeout(() => {
      const { DOMException } = require('internal/web');
      abortSignal(s, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay).unref();
    return s;
  }

  static any(signals) {
    if (signals == null || typeof signals[Symbol.iterator] !== 'function') {
      throw new codes.ERR_INVALID_ARG_TYPE('signals', 'Array', signals);
    }
    const list = [...signals];
    list.forEach((s, i) => {
      if (!(s instanceof AbortSignal)) throw new codes.ERR_INVALID_ARG_TYPE(`signals[${i}]`, 'AbortSignal', s);
    });
    const out = new AbortSignal(kConstruct);
    const already = list.find((s) => s.aborted);
    if (already) {
      out[kAborted] = true;
      out[kReason] = already.reason;
      return out;
    }
    for (const s of list) {
      s.addEventListener('abort', () => abortSignal(out, s.reason), { once: true });
    }
    return out;
  }

  get [Symbol.toStringTag]() {
    return 'AbortSignal';
  }
}

let onabortKey = Symbol('onabort');
Object.defineProperty(AbortSignal.prototype, 'onabort', {
  get() { return this[onabortKey] ?? null; },
  set(fn) {
    if (this[onabortKey]) this.removeEventListener('abort', this[onabortKey]);
    this[onabortKey] = typeof fn === 'function' ? fn : null;
    if (this[onabortKey]) this.addEventListener('abort', this[onabortKey]);
  },
  enumerable: true,
  configurable: true,
});

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  signal.dispatchEvent(new Event('abort', { [kTrustEvent]: true }));
}

class AbortController {
  #signal = new AbortSignal(kConstruct);

  get signal() {
    return this.#signal;
  }

  abort(reason = abortReason()) {
    abortSignal(this.#signal, reason);
  }

  get [Symbol.toStringTag]() {
    return 'AbortController';
  }
}

module.exports = { AbortController, AbortSignal };
