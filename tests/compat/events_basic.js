'use strict';
// node:events — EventEmitter listener bookkeeping, ordering and return values.
const EventEmitter = require('events');
const { once: _once, getEventListeners, getMaxListeners } = EventEmitter;

const fmt = (v) => {
  if (typeof v === 'function') return `fn:${v.name}`;
  if (typeof v === 'symbol') return v.toString();
  if (v === undefined) return 'undefined';
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return `[${v.map(fmt).join(', ')}]`;
  return JSON.stringify(v);
};
function t(name, fn) {
  try {
    console.log(`${name}: ${fmt(fn())}`);
  } catch (e) {
    console.log(`${name}: threw ${e.name} ${e.code} ${e.message}`);
  }
}

// --- shape of the module
t('module is EventEmitter', () => EventEmitter.EventEmitter === EventEmitter && typeof EventEmitter === 'function');
t('module keys', () => Object.keys(EventEmitter));
t('usingDomains', () => EventEmitter.usingDomains);
t('defaultMaxListeners', () => EventEmitter.defaultMaxListeners);
t('errorMonitor', () => EventEmitter.errorMonitor.toString());
t('captureRejectionSymbol', () => EventEmitter.captureRejectionSymbol === Symbol.for('nodejs.rejection'));
t('captureRejections default', () => EventEmitter.captureRejections);
t('prototype methods', () => Object.keys(EventEmitter.prototype));
t('on is addListener', () => EventEmitter.prototype.on === EventEmitter.prototype.addListener);
t('off is removeListener', () => EventEmitter.prototype.off === EventEmitter.prototype.removeListener);
t('method names', () => ['on', 'off', 'once', 'emit', 'prependOnceListener'].map((k) => EventEmitter.prototype[k].name));
t('kMaxEventTargetListeners', () => typeof EventEmitter.kMaxEventTargetListeners);

// --- basic emit
{
  const e = new EventEmitter();
  const log = [];
  t('emit without listeners', () => e.emit('x', 1));
  e.on('x', function(a, b) { log.push(['first', a, b, this === e]); });
  e.on('x', (...args) => log.push(['second', args.length]));
  t('emit with listeners', () => e.emit('x', 1, 2));
  t('listener call order', () => log.map((l) => l.join(':')));
  log.length = 0;
  e.emit('x', 1, 2, 3, 4, 5, 6);
  t('many args', () => log.map((l) => l.join(':')));
  t('on returns this', () => e.on('y', () => {}) === e);
  t('_eventsCount', () => e._eventsCount);
  t('_events keys', () => Object.keys(e._events));
  t('single listener stored as function', () => typeof e._events.y);
  t('several stored as array', () => Array.isArray(e._events.x));
  t('fresh emitter shape', () => {
    const f = new EventEmitter();
    return [Object.keys(f), f._maxListeners, Object.getPrototypeOf(f._events)];
  });
}

// --- once
{
  const e = new EventEmitter();
  const log = [];
  e.once('x', function(...args) { log.push(`once ${args.length} ${this === e}`); });
  e.emit('x');
  e.emit('x', 1);
  t('once runs once', () => log);
  t('once removed', () => e.listenerCount('x'));
  function named() {}
  e.once('y', named);
  const raw = e.rawListeners('y')[0];
  t('raw once wrapper', () => [raw.name, raw.listener === named, e.listeners('y')[0] === named]);
  raw();
  t('calling raw wrapper removes it', () => e.listenerCount('y'));
  let count = 0;
  e.once('z', () => { count++; e.emit('z'); });
  e.emit('z');
  t('once not re-entered', () => count);
}

// --- prepend
{
  const e = new EventEmitter();
  const log = [];
  e.on('x', () => log.push('on1'));
  e.prependListener('x', () => log.push('prepend1'));
  e.on('x', () => log.push('on2'));
  e.prependOnceListener('x', () => log.push('prependOnce'));
  e.prependListener('x', () => log.push('prepend2'));
  e.emit('x');
  e.emit('x');
  t('prepend order', () => log);
}

// --- mutation during emit
{
  const e = new EventEmitter();
  const log = [];
  const b = () => log.push('b');
  e.on('x', () => { log.push('a'); e.removeListener('x', b); e.on('x', () => log.push('late')); });
  e.on('x', b);
  e.emit('x');
  t('emit uses snapshot', () => log);
  log.length = 0;
  e.emit('x');
  t('second emit sees changes', () => log);
}

// --- removal
{
  const e = new EventEmitter();
  const log = [];
  const f = () => log.push('f');
  const g = () => log.push('g');
  e.on('x', f).on('x', g).on('x', f);
  e.removeListener('x', f);
  e.emit('x');
  t('removes last matching listener', () => log);
  t('off returns this', () => e.off('x', () => {}) === e);
  t('off unknown event', () => e.off('nope', f) === e);
  e.once('o', f);
  e.off('o', f);
  t('off removes once listener by original', () => e.listenerCount('o'));
  e.off('x', f).off('x', g);
  t('all removed', () => [e.listenerCount('x'), e.eventNames()]);
  t('_events reset when empty', () => Object.keys(e._events).length);
}

// --- newListener / removeListener
{
  const e = new EventEmitter();
  const log = [];
  e.on('newListener', (type, l) => {
    log.push(`new ${String(type)} ${l.name} count=${e.listenerCount(type)}`);
  });
  e.on('removeListener', (type, l) => {
    log.push(`removed ${String(type)} ${l.name} count=${e.listenerCount(type)}`);
  });
  function a() {}
  function b() {}
  e.on('x', a);
  e.once('x', b);
  e.prependListener(Symbol('s'), a);
  e.emit('x');
  e.removeListener('x', a);
  t('newListener/removeListener events', () => log);

  log.length = 0;
  const e2 = new EventEmitter();
  let adding = false;
  e2.on('newListener', (type) => {
    if (type === 'x' && !adding) {
      adding = true;
      e2.on('x', () => log.push('added in newListener'));
    }
  });
  e2.on('x', () => log.push('original'));
  e2.emit('x');
  t('listener added inside newListener runs first', () => log);
}

// --- removeAllListeners ordering
{
  const e = new EventEmitter();
  const log = [];
  function f1() {}
  function f2() {}
  function f3() {}
  e.on('a', f1).on('a', f2).on('a', f3).on('b', f1).on(Symbol('c'), f2).on(2, f3);
  e.on('removeListener', function rl(type, l) { log.push(`${String(type)}:${l.name}`); });
  e.removeAllListeners('a');
  t('removeAllListeners(type) is LIFO', () => log);
  log.length = 0;
  t('removeAllListeners() returns this', () => e.removeAllListeners() === e);
  t('removeAllListeners() order', () => log);
  t('nothing left', () => [e.eventNames(), e._eventsCount]);
  const q = new EventEmitter();
  q.on('a', f1);
  t('removeAllListeners without removeListener listener', () => q.removeAllListeners('a').eventNames());
  t('removeAllListeners unknown type', () => q.removeAllListeners('zzz') === q);
}

// --- listeners / counts / names
{
  const e = new EventEmitter();
  function f() {}
  function g() {}
  const sym = Symbol('sym');
  e.on('b', f);
  e.on(sym, f);
  e.on('a', f);
  e.on(10, g);
  e.on('1', g);
  e.once('a', g);
  t('eventNames order', () => e.eventNames());
  t('listeners copy', () => e.listeners('a'));
  t('rawListeners', () => e.rawListeners('a').map((l) => l.name));
  t('listeners is a copy', () => { const l = e.listeners('a'); l.push(1); return e.listeners('a').length; });
  t('listenerCount', () => [e.listenerCount('a'), e.listenerCount(sym), e.listenerCount('none')]);
  t('listenerCount with listener', () => [e.listenerCount('a', g), e.listenerCount('a', f), e.listenerCount('b', g)]);
  t('static listenerCount', () => EventEmitter.listenerCount(e, 'a'));
  t('getEventListeners', () => getEventListeners(e, 'a'));
  t('listeners of unknown', () => e.listeners('nope'));
}

// --- max listeners (warnings arrive asynchronously, printed at the end)
process.on('warning', (w) => {
  console.log(`warning: ${w.name} | ${w.message} | type=${String(w.type)} count=${w.count}`);
});
{
  const e = new EventEmitter();
  t('getMaxListeners default', () => e.getMaxListeners());
  t('setMaxListeners returns this', () => e.setMaxListeners(2) === e);
  t('getMaxListeners', () => [e.getMaxListeners(), getMaxListeners(e)]);
  for (let i = 0; i < 4; i++) e.on('x', () => {});
  t('warned flag', () => e._events.x.warned);
  const leak = Symbol('leak');
  for (let i = 0; i < 3; i++) e.on(leak, () => {});
  const z = new EventEmitter();
  z.setMaxListeners(0);
  for (let i = 0; i < 20; i++) z.on('x', () => {});
  t('zero means unlimited', () => z.listenerCount('x'));
  const inf = new EventEmitter();
  inf.setMaxListeners(Infinity);
  t('Infinity', () => inf.getMaxListeners());
  class Custom extends EventEmitter {}
  const c = new Custom();
  for (let i = 0; i < 11; i++) c.on('big', () => {});
  EventEmitter.setMaxListeners(1, z, inf);
  t('static setMaxListeners on emitters', () => [z.getMaxListeners(), inf.getMaxListeners()]);
  const before = EventEmitter.defaultMaxListeners;
  EventEmitter.setMaxListeners(3);
  t('static setMaxListeners sets default', () => [EventEmitter.defaultMaxListeners, new EventEmitter().getMaxListeners()]);
  EventEmitter.defaultMaxListeners = before;
  t('defaultMaxListeners restored', () => new EventEmitter().getMaxListeners());
}

// --- inheritance styles
{
  function Legacy() {
    EventEmitter.call(this);
    this.legacy = true;
  }
  Object.setPrototypeOf(Legacy.prototype, EventEmitter.prototype);
  const l = new Legacy();
  let got;
  l.on('x', (v) => { got = v; });
  l.emit('x', 5);
  t('legacy subclass', () => [got, l.legacy, l instanceof EventEmitter, Object.keys(l)]);
  class Modern extends EventEmitter {
    constructor() {
      super();
      this.on('ready', () => { this.ready = true; });
    }
  }
  const m = new Modern();
  m.emit('ready');
  t('class subclass', () => [m.ready, m.listenerCount('ready')]);
  const plain = Object.create(EventEmitter.prototype);
  plain.on('x', () => {});
  t('object without constructor', () => [plain.listenerCount('x'), plain._eventsCount]);
  const o = {};
  EventEmitter.init.call(o);
  t('init on plain object', () => Object.keys(o));
}

// --- EventTarget / Event / CustomEvent
{
  const et = new EventTarget();
  const log = [];
  const handler = { handleEvent(ev) { log.push(`handleEvent ${ev.type} ${this === handler}`); } };
  function f(ev) { log.push(`f ${ev.type} phase=${ev.eventPhase} this=${this === et} target=${ev.target === et}`); }
  et.addEventListener('ping', f);
  et.addEventListener('ping', f); // duplicate ignored
  et.addEventListener('ping', handler);
  et.addEventListener('ping', () => log.push('once'), { once: true });
  et.addEventListener('ping', f, { capture: true });
  const ev = new Event('ping');
  t('dispatchEvent result', () => et.dispatchEvent(ev));
  t('dispatch order', () => log);
  t('event after dispatch', () => [ev.target === et, ev.currentTarget, ev.eventPhase, ev.composedPath().length]);
  log.length = 0;
  et.dispatchEvent(new Event('ping'));
  t('once listener gone', () => log.length);
  et.removeEventListener('ping', f);
  et.removeEventListener('ping', f, { capture: true });
  log.length = 0;
  et.dispatchEvent(new Event('ping'));
  t('after removeEventListener', () => log);
  t('getEventListeners on EventTarget', () => getEventListeners(et, 'ping').length);
  const cap = () => log.push('cap');
  et.addEventListener('cap', cap, true);
  et.removeEventListener('cap', cap, true); // a boolean is not read as { capture: true }
  t('removeEventListener(type, fn, true) keeps capture listener', () => getEventListeners(et, 'cap').length);
  et.removeEventListener('cap', cap, { capture: true });
  t('removeEventListener with { capture: true }', () => getEventListeners(et, 'cap').length);

  const c = new Event('c', { cancelable: true, bubbles: true, composed: true });
  t('event init', () => [c.type, c.cancelable, c.bubbles, c.composed, c.defaultPrevented, c.isTrusted, c.returnValue]);
  et.addEventListener('c', (e) => e.preventDefault());
  t('preventDefault makes dispatch false', () => [et.dispatchEvent(c), c.defaultPrevented, c.returnValue]);
  const nc = new Event('c');
  t('preventDefault ignored when not cancelable', () => [et.dispatchEvent(nc), nc.defaultPrevented]);
  const s = new Event('s');
  et.addEventListener('s', (e) => { log.push('s1'); e.stopImmediatePropagation(); });
  et.addEventListener('s', () => log.push('s2'));
  log.length = 0;
  et.dispatchEvent(s);
  t('stopImmediatePropagation', () => [log, s.cancelBubble]);
  const ce = new CustomEvent('cust', { detail: { n: 1 } });
  t('CustomEvent', () => [ce.type, ce.detail, ce instanceof Event, new CustomEvent('x').detail]);
  t('toStringTag', () => [Object.prototype.toString.call(ev), Object.prototype.toString.call(et), Object.prototype.toString.call(ce)]);
  t('Event constants', () => [Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE]);
  const ev2 = new Event('x');
  ev2.cancelBubble = true;
  t('cancelBubble setter', () => ev2.cancelBubble);
  const t2 = new EventTarget();
  EventEmitter.setMaxListeners(2, t2);
  t('getMaxListeners on EventTarget', () => getMaxListeners(t2));
  t2.addEventListener('m', () => {});
  t2.addEventListener('m', () => {});
  t2.addEventListener('m', () => {});
}
