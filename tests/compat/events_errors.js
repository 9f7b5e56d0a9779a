'use strict';
// node:events — the 'error' event, errorMonitor, and argument validation errors.
const EventEmitter = require('events');

function t(name, fn) {
  try {
    const r = fn();
    console.log(`${name}: ok ${typeof r === 'symbol' ? r.toString() : JSON.stringify(r)}`);
  } catch (e) {
    console.log(`${name}: threw ${e.name} ${e.code} | ${e.message}`);
  }
}

// --- unhandled 'error'
{
  const e = new EventEmitter();
  const err = new Error('boom');
  let caught;
  try { e.emit('error', err); } catch (x) { caught = x; }
  t('Error thrown as is', () => caught === err);
  t('emit error string', () => e.emit('error', 'bad thing'));
  t('emit error no args', () => e.emit('error'));
  t('emit error object', () => e.emit('error', { code: 'X', n: 1 }));
  t('emit error number', () => e.emit('error', 42));
  t('emit error null', () => e.emit('error', null));
  t('emit error array', () => e.emit('error', [1, 'a']));
  t('emit error symbol', () => e.emit('error', Symbol('s')));
  try { e.emit('error', { reason: 'ctx' }); } catch (x) {
    t('context of unhandled error', () => [x.context, x instanceof Error, Object.keys(x)]);
  }
  class MyErr extends TypeError {}
  try { e.emit('error', new MyErr('mine')); } catch (x) {
    t('subclass thrown as is', () => [x instanceof MyErr, x.message, x.name]);
  }
  const fresh = Object.create(EventEmitter.prototype);
  t('error on emitter without _events', () => fresh.emit('error', 'early'));
  t('non-error event on emitter without _events', () => fresh.emit('data'));
}

// --- handled 'error'
{
  const e = new EventEmitter();
  const log = [];
  e.on('error', (er) => log.push(`handled ${er.message}`));
  t('emit handled error', () => e.emit('error', new Error('x1')));
  t('handled log', () => log);
}

// --- errorMonitor
{
  const e = new EventEmitter();
  const log = [];
  e.on(EventEmitter.errorMonitor, (er) => log.push(`monitor ${er}`));
  try { e.emit('error', 'm1'); } catch (x) { log.push(`thrown ${x.code}`); }
  e.on('error', (er) => log.push(`handler ${er}`));
  e.emit('error', 'm2');
  t('errorMonitor order', () => log);
  t('errorMonitor not in listenerCount(error)', () => e.listenerCount('error'));
  t('eventNames with errorMonitor', () => e.eventNames().map(String));
}

// --- listener exceptions
{
  const e = new EventEmitter();
  const log = [];
  e.on('x', () => log.push('first'));
  e.on('x', () => { throw new RangeError('in listener'); });
  e.on('x', () => log.push('never'));
  t('listener throw propagates', () => e.emit('x'));
  t('later listeners skipped', () => log);
  const o = new EventEmitter();
  o.once('y', () => { throw new Error('once throws'); });
  t('once listener throw', () => o.emit('y'));
  t('once removed even though it threw', () => o.listenerCount('y'));
}

// --- listener validation
{
  const e = new EventEmitter();
  const bad = [undefined, null, 1, 'str', true, {}, [], Symbol('q'), 10n, new Map()];
  for (const method of ['on', 'addListener', 'once', 'prependListener', 'prependOnceListener', 'off', 'removeListener']) {
    for (const v of bad.slice(0, method === 'on' ? bad.length : 3)) {
      t(`${method}(${typeof v})`, () => e[method]('x', v));
    }
  }
  t('nothing was added', () => e.eventNames());
}

// --- max listeners validation
{
  const e = new EventEmitter();
  t('setMaxListeners(-1)', () => e.setMaxListeners(-1));
  t('setMaxListeners(NaN)', () => e.setMaxListeners(NaN));
  t("setMaxListeners('5')", () => e.setMaxListeners('5'));
  t('setMaxListeners()', () => e.setMaxListeners());
  t('setMaxListeners(0.5)', () => e.setMaxListeners(0.5) && e.getMaxListeners());
  t('defaultMaxListeners = -1', () => { EventEmitter.defaultMaxListeners = -1; });
  t("defaultMaxListeners = 'x'", () => { EventEmitter.defaultMaxListeners = 'x'; });
  t('defaultMaxListeners = NaN', () => { EventEmitter.defaultMaxListeners = NaN; });
  t('defaultMaxListeners unchanged', () => EventEmitter.defaultMaxListeners);
  t('static setMaxListeners(-2)', () => EventEmitter.setMaxListeners(-2));
  t('static setMaxListeners bad target', () => EventEmitter.setMaxListeners(1, {}));
  t('static setMaxListeners string', () => EventEmitter.setMaxListeners('3'));
}

// --- other validation
{
  t('captureRejections = 1', () => { EventEmitter.captureRejections = 1; });
  t("new EventEmitter({ captureRejections: 'yes' })", () => new EventEmitter({ captureRejections: 'yes' }));
  t('new EventEmitter({ captureRejections: 0 })', () => new EventEmitter({ captureRejections: 0 }) instanceof EventEmitter);
  t('getEventListeners(5)', () => EventEmitter.getEventListeners(5, 'x'));
  t('getEventListeners({})', () => EventEmitter.getEventListeners({}, 'x'));
  t('getMaxListeners(null)', () => EventEmitter.getMaxListeners(null));
  t('addAbortListener()', () => EventEmitter.addAbortListener());
  t('addAbortListener(signal, 5)', () => EventEmitter.addAbortListener(new AbortController().signal, 5));
  t('getMaxListeners([])', () => EventEmitter.getMaxListeners([]));
  t('EventEmitter.listenerCount plain object', () => EventEmitter.listenerCount({ _events: { a: [1, 2] } }, 'a'));
  t('on(emitter) bad highWaterMark', () => EventEmitter.on(new EventEmitter(), 'x', { highWaterMark: 0 }));
  t('on(emitter) float lowWaterMark', () => EventEmitter.on(new EventEmitter(), 'x', { lowWaterMark: 1.5 }));
  t('on(emitter) string highWaterMark', () => EventEmitter.on(new EventEmitter(), 'x', { highWaterMark: 'a' }));
  t('on(5)', () => EventEmitter.on(5, 'x'));
  t('on(emitter) bad signal', () => EventEmitter.on(new EventEmitter(), 'x', { signal: {} }));
}

// --- EventTarget / Event errors
{
  const et = new EventTarget();
  t('new Event()', () => new Event());
  t('new Event(x, 5)', () => new Event('x', 5));
  t('new CustomEvent()', () => new CustomEvent());
  t('Event.prototype.type getter', () => Event.prototype.type);
  t('addEventListener()', () => et.addEventListener());
  t('addEventListener(type)', () => et.addEventListener('a'));
  t('addEventListener(type, 5)', () => et.addEventListener('a', 5));
  t('addEventListener bad options', () => et.addEventListener('a', () => {}, 7));
  t('addEventListener bad signal', () => et.addEventListener('a', () => {}, { signal: 1 }));
  t('removeEventListener(type)', () => et.removeEventListener('a'));
  t('removeEventListener(type, 5)', () => et.removeEventListener('a', 5));
  t('dispatchEvent()', () => et.dispatchEvent());
  t('dispatchEvent(plain object)', () => et.dispatchEvent({ type: 'a' }));
  t('addEventListener with wrong this', () => EventTarget.prototype.addEventListener.call({}, 'a', () => {}));
  t('dispatchEvent with wrong this', () => EventTarget.prototype.dispatchEvent.call({}, new Event('a')));
  et.addEventListener('rec', (ev) => {
    t('recursive dispatch', () => et.dispatchEvent(ev));
  });
  t('dispatch rec', () => et.dispatchEvent(new Event('rec')));
  const ev = new Event('again');
  et.dispatchEvent(ev);
  t('redispatch after finish', () => et.dispatchEvent(ev));
}
