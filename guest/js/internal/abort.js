'use strict';
// AbortController and AbortSignal (abort, timeout, any, throwIfAborted), on EventTarget.

const { EventTarget, Event, kTrustEvent } = require('internal/event_target');
const { codes } = require('internal/errors');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kConstruct = Symbol('kConstruct');
const kDependants = Symbol('kDependants');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

// `Name { ...fields }`, one level shallower than the caller's depth.
function customInspect(self, obj, depth, options) {
  if (typeof depth === 'number' && depth < 0) return self;
  const opts = { ...options, depth: options.depth === null ? null : options.depth - 1 };
  return `${self.constructor.name} ${require('internal/inspect').inspect(obj, opts)}`;
}

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
    this[kDependants] = [];
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
    if (!Number.isInteger(delay)) throw new codes.ERR_OUT_OF_RANGE('delay', 'an integer', delay);
    if (delay < 0 || delay > 4294967295) throw new codes.ERR_OUT_OF_RANGE('delay', '>= 0 && <= 4294967295', delay);
    const s = new AbortSignal(kConstruct);
    // Like Node, the timer does not keep the process alive.
    require('internal/timers').setTimeout(() => {
      const { DOMException } = require('internal/web');
      abortSignal(s, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay).unref();
    return s;
  }

  static any(signals) {
    if (signals == null || typeof signals[Symbol.iterator] !== 'function' || typeof signals === 'string') {
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
    // Dependent signals abort after the source's own listeners have run, as in Node.
    // Held weakly where the engine has WeakRef, so a long-lived signal does not keep every
    // derived one alive.
    const ref = typeof WeakRef === 'function' ? new WeakRef(out) : { deref: () => out };
    for (const s of list) s[kDependants].push(ref);
    return out;
  }

  [kInspect](depth, options) {
    return customInspect(this, { aborted: this.aborted }, depth, options);
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
  const dependants = signal[kDependants];
  signal[kDependants] = [];
  for (const ref of dependants) {
    const d = ref.deref();
    if (d) abortSignal(d, reason);
  }
}

class AbortController {
  #signal = new AbortSignal(kConstruct);

  get signal() {
    return this.#signal;
  }

  abort(reason = abortReason()) {
    abortSignal(this.#signal, reason);
  }

  [kInspect](depth, options) {
    return customInspect(this, { signal: this.signal }, depth, options);
  }

  get [Symbol.toStringTag]() {
    return 'AbortController';
  }
}

module.exports = { AbortController, AbortSignal };
