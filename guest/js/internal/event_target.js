'use strict';
// Minimal EventTarget / Event / CustomEvent following the DOM spec as Node 20 implements it.

const { codes } = require('internal/errors');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_MISSING_ARGS } = codes;
const { validateAbortSignal } = require('internal/validators');

class ERR_EVENT_RECURSION extends Error {
  constructor(type) {
    super(`The event "${type}" is already being dispatched`);
    Object.defineProperty(this, 'code', { value: 'ERR_EVENT_RECURSION', enumerable: true, writable: true, configurable: true });
    Object.defineProperty(this, 'name', { value: 'Error', enumerable: false, writable: true, configurable: true });
  }
  toString() {
    return `Error [ERR_EVENT_RECURSION]: ${this.message}`;
  }
}

const kTrustEvent = Symbol('kTrustEvent');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

// Per-event and per-target state lives in WeakMaps so nothing leaks into inspection.
const eventState = new WeakMap();
const targetState = new WeakMap();

function lazyEvents() {
  return require('events');
}

function now() {
  const perf = globalThis.performance;
  if (perf && typeof perf.now === 'function') return perf.now();
  return Date.now() - startTime;
}
const startTime = Date.now();

function validateOptionsObject(value, name) {
  if (value !== null && value !== undefined && typeof value !== 'object' && typeof value !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(name, 'object', value);
  }
}

function evState(self, className = 'Event') {
  const s = (self !== null && typeof self === 'object') ? eventState.get(self) : undefined;
  if (s === undefined) throw new ERR_INVALID_THIS(className);
  return s;
}

function inspectWith(value, options, inspect) {
  if (typeof inspect !== 'function') inspect = require('util').inspect;
  return inspect(value, options);
}

class Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    validateOptionsObject(options, 'options');
    const { bubbles, cancelable, composed } = { ...options };
    eventState.set(this, {
      type: `${type}`,
      bubbles: !!bubbles,
      cancelable: !!cancelable,
      composed: !!composed,
      defaultPrevented: false,
      propagationStopped: false,
      stop: false,
      target: null,
      dispatching: false,
      trusted: !!(options && options[kTrustEvent]),
      timeStamp: now(),
    });
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    const s = evState(this);
    if (s.dispatching) return;
    s.type = `${type}`;
    s.bubbles = !!bubbles;
    s.cancelable = !!cancelable;
  }

  [customInspect](depth, options, inspect) {
    const s = evState(this);
    const name = this.constructor.name;
    if (depth < 0) return name;
    const opts = Object.assign({}, options, {
      depth: Number.isInteger(options?.depth) ? options.depth - 1 : options?.depth,
    });
    return `${name} ${inspectWith({
      type: s.type,
      defaultPrevented: s.cancelable && s.defaultPrevented,
      cancelable: s.cancelable,
      timeStamp: s.timeStamp,
    }, opts, inspect)}`;
  }

  stopImmediatePropagation() {
    const s = evState(this);
    s.propagationStopped = true;
    s.stop = true;
  }

  preventDefault() {
    evState(this).defaultPrevented = true;
  }

  get target() { return evState(this).target; }
  get currentTarget() { const s = evState(this); return s.dispatching ? s.target : null; }
  get srcElement() { return evState(this).target; }
  get type() { return evState(this).type; }
  get cancelable() { return evState(this).cancelable; }
  get defaultPrevented() { const s = evState(this); return s.cancelable && s.defaultPrevented; }
  get timeStamp() { return evState(this).timeStamp; }

  composedPath() {
    const s = evState(this);
    return s.dispatching ? [s.target] : [];
  }

  get returnValue() { const s = evState(this); return !(s.cancelable && s.defaultPrevented); }
  get bubbles() { return evState(this).bubbles; }
  get composed() { return evState(this).composed; }
  get eventPhase() { return evState(this).dispatching ? Event.AT_TARGET : Event.NONE; }
  get cancelBubble() { return evState(this).propagationStopped; }
  set cancelBubble(value) {
    if (value) this.stopPropagation();
  }

  stopPropagation() {
    evState(this).propagationStopped = true;
  }
}

for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  Object.defineProperty(Event, name, { value, writable: false, enumerable: true, configurable: false });
}

Object.defineProperty(Event.prototype, 'isTrusted', {
  get: Object.getOwnPropertyDescriptor({ get isTrusted() { return evState(this).trusted; } }, 'isTrusted').get,
  enumerable: true,
  configurable: false,
});

function makeEnumerable(proto, names) {
  for (const name of names) {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    d.enumerable = true;
    Object.defineProperty(proto, name, d);
  }
}

makeEnumerable(Event.prototype, [
  'initEvent', 'stopImmediatePropagation', 'preventDefault', 'target', 'currentTarget',
  'srcElement', 'type', 'cancelable', 'defaultPrevented', 'timeStamp', 'composedPath',
  'returnValue', 'bubbles', 'composed', 'eventPhase', 'cancelBubble', 'stopPropagation',
]);
Object.defineProperty(Event.prototype, Symbol.toStringTag, {
  value: 'Event', writable: false, enumerable: false, configurable: true,
});

const customDetail = new WeakMap();

class CustomEvent extends Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    customDetail.set(this, options?.detail ?? null);
  }

  get detail() {
    if (!customDetail.has(this)) throw new ERR_INVALID_THIS('CustomEvent');
    return customDetail.get(this);
  }
}

makeEnumerable(CustomEvent.prototype, ['detail']);
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, {
  value: 'CustomEvent', writable: false, enumerable: false, configurable: true,
});

// ---------------------------------------------------------------------------

function reportError(err) {
  process.nextTick(() => {
    throw err;
  });
}

function addCatch(promise) {
  const then = promise.then;
  if (typeof then === 'function') {
    then.call(promise, undefined, (err) => reportError(err));
  }
}

function isEventTarget(obj) {
  return obj !== null && typeof obj === 'object' && targetState.has(obj);
}

function tgState(self) {
  const s = isEventTarget(self) ? targetState.get(self) : undefined;
  if (s === undefined) throw new ERR_INVALID_THIS('EventTarget');
  return s;
}

function validateEventListener(listener) {
  if (typeof listener === 'function') return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function normalizeListenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null) return {};
  validateOptionsObject(options, 'options');
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
  };
}

function makeCallback(listener) {
  if (typeof listener === 'function') return listener;
  return async function(...args) {
    if (listener.handleEvent) await Reflect.apply(listener.handleEvent, listener, args);
  };
}

class EventTarget {
  constructor() {
    const ev = lazyEvents();
    targetState.set(this, { events: new Map() });
    this[ev.kMaxEventTargetListeners] = ev.defaultMaxListeners;
    this[ev.kMaxEventTargetListenersWarned] = false;
  }

  addEventListener(type, listener, options = {}) {
    const state = tgState(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const { once, capture, passive, signal } = normalizeListenerOptions(options);
    validateAbortSignal(signal, 'options.signal');
    if (!validateEventListener(listener)) {
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      process.emitWarning(w);
      return;
    }
    type = `${type}`;

    if (signal) {
      if (signal.aborted) return;
      signal.addEventListener('abort', () => {
        this.removeEventListener(type, listener, options);
      }, { __proto__: null, once: true });
    }

    let root = state.events.get(type);
    if (root === undefined) {
      root = { size: 0, next: undefined };
      state.events.set(type, root);
    }
    let previous = root;
    let handler = root.next;
    while (handler !== undefined) {
      if (handler.listener === listener && handler.capture === capture) return; // duplicate: ignored
      previous = handler;
      handler = handler.next;
    }
    const node = {
      previous,
      next: undefined,
      listener,
      callback: makeCallback(listener),
      once: !!once,
      capture: !!capture,
      passive: !!passive,
      removed: false,
    };
    previous.next = node;
    root.size++;
    this.#checkMax(type, root.size);
  }

  #checkMax(type, size) {
    const ev = lazyEvents();
    const max = this[ev.kMaxEventTargetListeners];
    if (max > 0 && size > max && !this[ev.kMaxEventTargetListenersWarned]) {
      this[ev.kMaxEventTargetListenersWarned] = true;
      const w = new Error(
        `Possible EventTarget memory leak detected. ${size} ${type} listeners added to ` +
        `${require('util').inspect(this, { depth: -1 })}. MaxListeners is ${max}. ` +
        'Use events.setMaxListeners() to increase limit');
      w.name = 'MaxListenersExceededWarning';
      w.target = this;
      w.type = type;
      w.count = size;
      process.emitWarning(w);
    }
  }

  removeEventListener(type, listener, options = {}) {
    const state = tgState(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validateEventListener(listener)) return;
    type = `${type}`;
    const capture = options?.capture === true;
    const root = state.events.get(type);
    if (root === undefined) return;
    for (let handler = root.next; handler !== undefined; handler = handler.next) {
      if (handler.listener === listener && handler.capture === capture) {
        unlink(handler);
        if (--root.size === 0) state.events.delete(type);
        return;
      }
    }
  }

  dispatchEvent(event) {
    const state = tgState(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!(event instanceof Event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    const es = evState(event);
    if (es.dispatching) throw new ERR_EVENT_RECURSION(es.type);

    es.target = this;
    es.dispatching = true;
    const type = es.type;
    const root = state.events.get(type);
    let handler = root === undefined ? undefined : root.next;
    while (handler !== undefined && !es.stop) {
      // Remember the successor now: the listener may remove itself.
      const next = handler.next;
      if (handler.removed) {
        handler = next;
        continue;
      }
      if (handler.once) {
        unlink(handler);
        if (--root.size === 0 && state.events.get(type) === root) state.events.delete(type);
      }
      try {
        const result = handler.callback.call(this, event);
        es.dispatching = false;
        if (result !== undefined && result !== null) addCatch(result);
      } catch (err) {
        reportError(err);
      }
      handler = next;
    }
    es.dispatching = false;
    return !(es.cancelable && es.defaultPrevented);
  }

  [customInspect](depth, options, inspect) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    const opts = Object.assign({}, options, {
      depth: Number.isInteger(options?.depth) ? options.depth - 1 : options?.depth,
    });
    return `${name} ${inspectWith({}, opts, inspect)}`;
  }
}

makeEnumerable(EventTarget.prototype, ['addEventListener', 'removeEventListener', 'dispatchEvent']);
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, {
  value: 'EventTarget', writable: false, enumerable: false, configurable: true,
});

function unlink(handler) {
  handler.removed = true;
  if (handler.previous) handler.previous.next = handler.next;
  if (handler.next) handler.next.previous = handler.previous;
}

// The listeners registered on `target` for `type` (used by events.getEventListeners).
function getListeners(target, type) {
  const out = [];
  const root = tgState(target).events.get(`${type}`);
  for (let h = root === undefined ? undefined : root.next; h !== undefined; h = h.next) out.push(h.listener);
  return out;
}

module.exports = { EventTarget, Event, CustomEvent, isEventTarget, getListeners, kTrustEvent };
