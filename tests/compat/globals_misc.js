// queueMicrotask, EventTarget/Event basics, DOMException, typeof of Node globals, performance.now().
// ---- typeof globals
for (const name of ['global', 'globalThis', 'process', 'console', 'setTimeout', 'setInterval', 'setImmediate',
  'clearTimeout', 'clearInterval', 'clearImmediate', 'queueMicrotask', 'structuredClone', 'atob', 'btoa',
  'TextEncoder', 'TextDecoder', 'AbortController', 'AbortSignal', 'EventTarget', 'Event', 'DOMException',
  'performance', 'require', 'module', 'exports', '__filename', '__dirname', 'window', 'document', 'self', 'navigator_x']) {
  console.log(`typeof ${name}:`, eval(`typeof ${name}`));
}
console.log('global === globalThis:', global === globalThis, globalThis.globalThis === globalThis);
console.log('require is function of module:', typeof require.resolve, typeof require.cache, module.exports === exports);
console.log('globals non-enumerable:', ['console', 'process', 'TextEncoder', 'AbortController', 'DOMException', 'EventTarget']
  .map((n) => Object.getOwnPropertyDescriptor(globalThis, n)?.enumerable).join());
console.log('timer globals enumerable:', ['setTimeout', 'setInterval', 'setImmediate', 'clearTimeout']
  .map((n) => Object.getOwnPropertyDescriptor(globalThis, n)?.enumerable).join());

// ---- performance
const t1 = performance.now();
let spin = 0;
for (let i = 0; i < 1e5; i++) spin += i;
const t2 = performance.now();
console.log('performance.now number:', typeof t1, t1 > 0, t2 >= t1, spin > 0);
console.log('timeOrigin close to Date.now:', Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 1000);
console.log('toJSON has timeOrigin:', typeof performance.toJSON().timeOrigin);
console.log('performance object:', String(performance), performance instanceof EventTarget, typeof performance.mark);
{
  const { now } = performance;
  try { now(); console.log('detached now ok'); } catch (e) { console.log('detached now:', e.name, e.code); }
  let mono = true;
  let last = performance.now();
  for (let i = 0; i < 1000; i++) {
    const t = performance.now();
    if (t < last) mono = false;
    last = t;
  }
  console.log('monotonic over 1000 calls:', mono);
}

// ---- DOMException
const d = new DOMException('msg', 'NotFoundError');
console.log('DOMException:', d.name, d.message, d.code, d instanceof Error, d instanceof DOMException);
const d0 = new DOMException();
console.log('defaults:', JSON.stringify(d0.name), JSON.stringify(d0.message), d0.code);
for (const name of ['IndexSizeError', 'HierarchyRequestError', 'InvalidCharacterError', 'NotSupportedError',
  'InvalidStateError', 'SyntaxError', 'NetworkError', 'AbortError', 'QuotaExceededError', 'TimeoutError',
  'DataCloneError', 'EncodingError', 'NotAllowedError', 'OperationError', 'Custom']) {
  console.log('code of', name, '=', new DOMException('', name).code);
}
const withCause = new DOMException('c', { name: 'AbortError', cause: 'why' });
console.log('options bag:', withCause.name, withCause.code, withCause.cause);
console.log('constants:', DOMException.ABORT_ERR, DOMException.TIMEOUT_ERR, DOMException.DATA_CLONE_ERR,
  DOMException.INVALID_CHARACTER_ERR, DOMException.NOT_FOUND_ERR, DOMException.prototype.ABORT_ERR);
console.log('toString:', String(d), Object.prototype.toString.call(d));
console.log('message coerced:', new DOMException(42, 'X').message, new DOMException(undefined).message === '');
console.log('own props:', Object.keys(d), Object.hasOwn(d, 'name'), Object.hasOwn(d, 'message'), Object.hasOwn(d, 'code'));
console.log('getters on prototype:', ['name', 'message', 'code'].map((k) => typeof Object.getOwnPropertyDescriptor(DOMException.prototype, k)?.get).join());

// ---- EventTarget / Event
const et = new EventTarget();
const log = [];
function h1(e) { log.push(`h1 ${e.type} ${this === et} ${e.target === et} ${e.currentTarget === et}`); }
et.addEventListener('ping', h1);
et.addEventListener('ping', h1); // duplicate ignored
et.addEventListener('ping', { handleEvent(e) { log.push(`object listener ${e.type}`); } });
et.addEventListener('ping', () => log.push('once'), { once: true });
const ev = new Event('ping');
console.log('dispatch returns:', et.dispatchEvent(ev), 'second:', et.dispatchEvent(new Event('ping')));
console.log('log:', log.join(' | '));
console.log('event after dispatch:', ev.type, ev.eventPhase, ev.currentTarget, ev.target === et, ev.isTrusted, ev.defaultPrevented);
log.length = 0;
et.removeEventListener('ping', h1);
et.dispatchEvent(new Event('ping'));
console.log('after remove:', log.join(' | '));

const cancelable = new Event('c', { cancelable: true });
et.addEventListener('c', (e) => e.preventDefault());
console.log('preventDefault:', et.dispatchEvent(cancelable), cancelable.defaultPrevented);
const notCancelable = new Event('c');
console.log('not cancelable:', et.dispatchEvent(notCancelable), notCancelable.defaultPrevented);

const stop = new EventTarget();
const slog = [];
stop.addEventListener('s', (e) => { slog.push('first'); e.stopImmediatePropagation(); });
stop.addEventListener('s', () => slog.push('second'));
stop.dispatchEvent(new Event('s'));
console.log('stopImmediatePropagation:', slog.join(','));

const sig = new AbortController();
const slog2 = [];
et.addEventListener('sig', () => slog2.push('with signal'), { signal: sig.signal });
et.dispatchEvent(new Event('sig'));
sig.abort();
et.dispatchEvent(new Event('sig'));
console.log('listener removed by signal:', slog2.join(','));

console.log('Event props:', new Event('x').bubbles, new Event('x', { bubbles: true }).bubbles, new Event('x').composed,
  typeof new Event('x').timeStamp, new Event('x').eventPhase);
console.log('Event constants:', Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE);
try { new Event(); } catch (e) { console.log('new Event():', e.name, e.code); }
try { et.dispatchEvent('x'); } catch (e) { console.log('dispatch non-event:', e.name, e.code); }
const ce = new CustomEvent('cust', { detail: { n: 1 } });
console.log('CustomEvent:', typeof CustomEvent, ce.type, ce.detail, ce instanceof Event);
class MyTarget extends EventTarget {}
const mt = new MyTarget();
mt.addEventListener('x', (e) => console.log('subclass listener:', e.target instanceof MyTarget));
mt.dispatchEvent(new Event('x'));
try { et.addEventListener('x', null); console.log('null listener ok'); } catch (e) { console.log('null listener:', e.name); }
// ---- queueMicrotask ordering (inside a timer callback, so the immediate runs before a 0 ms timer)
setTimeout(() => {
  const order = [];
  setTimeout(() => {
    order.push('timeout');
    console.log('order:', order.join(' '));
  }, 0);
  setImmediate(() => {
    order.push('immediate');
    // An error thrown by a listener is reported as uncaught; later listeners still run.
    const errT = new EventTarget();
    process.on('uncaughtException', (e) => console.log('listener error is uncaught:', e.message));
    errT.addEventListener('boom', () => { throw new Error('from listener'); });
    errT.addEventListener('boom', () => console.log('next listener still runs'));
    errT.dispatchEvent(new Event('boom'));
    console.log('dispatch continued');
    setTimeout(() => console.log('after the uncaught error'), 5);
  });
  queueMicrotask(() => order.push('micro1'));
  Promise.resolve().then(() => order.push('promise1'));
  process.nextTick(() => order.push('tick1'));
  queueMicrotask(() => {
    order.push('micro2');
    queueMicrotask(() => order.push('micro from micro'));
    process.nextTick(() => order.push('tick from micro'));
    Promise.resolve().then(() => order.push('promise from micro'));
  });
  process.nextTick(() => {
    order.push('tick2');
    queueMicrotask(() => order.push('micro from tick'));
  });
  order.push('sync');
}, 1);
for (const bad of [undefined, 'str', {}]) {
  try { queueMicrotask(bad); } catch (e) { console.log('queueMicrotask invalid:', e.name, e.code, e.message); }
}
