'use strict';
// node:events — events.once / events.on, AbortSignal, captureRejections and async ordering.
const EventEmitter = require('events');
const { once, on } = EventEmitter;

const show = (v) => {
  if (v === undefined) return 'undefined';
  if (Array.isArray(v)) return `[${v.map(show).join(', ')}]`;
  if (v instanceof Error) return `${v.name}(${v.code}): ${v.message}`;
  if (typeof v === 'symbol' || typeof v === 'function') return String(v.name || v.toString());
  return JSON.stringify(v);
};
const log = (...args) => console.log(args.map((a) => (typeof a === 'string' ? a : show(a))).join(' '));
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

async function settle(name, promise) {
  try {
    log(`${name}: resolved`, await promise);
  } catch (e) {
    log(`${name}: rejected`, e);
  }
}

const steps = [];
const step = (name, fn) => steps.push([name, fn]);

step('once resolves with args', async () => {
  const e = new EventEmitter();
  const p = once(e, 'ready');
  log('listeners while waiting', e.listenerCount('ready'), e.listenerCount('error'));
  e.emit('ready', 1, 'two', { three: 3 });
  await settle('once', p);
  log('listeners after', e.listenerCount('ready'), e.listenerCount('error'));
});

step('once with no args', async () => {
  const e = new EventEmitter();
  process.nextTick(() => e.emit('go'));
  await settle('once no args', once(e, 'go'));
});

step('once rejects on error', async () => {
  const e = new EventEmitter();
  const p = once(e, 'ready');
  e.emit('error', new Error('failed'));
  await settle('once error', p);
  log('cleanup', e.listenerCount('ready'), e.listenerCount('error'));
});

step('once for error event itself', async () => {
  const e = new EventEmitter();
  const p = once(e, 'error');
  log('error listeners', e.listenerCount('error'));
  e.emit('error', new TypeError('as value'));
  await settle('once(error)', p);
});

step('once with already aborted signal', async () => {
  const e = new EventEmitter();
  const ac = new AbortController();
  ac.abort();
  await settle('aborted before', once(e, 'x', { signal: ac.signal }));
  log('no listeners added', e.eventNames());
});

step('once aborted while waiting', async () => {
  const e = new EventEmitter();
  const ac = new AbortController();
  const p = once(e, 'x', { signal: ac.signal });
  log('waiting listeners', e.listenerCount('x'), e.listenerCount('error'));
  ac.abort();
  await settle('aborted later', p);
  log('after abort', e.listenerCount('x'), e.listenerCount('error'));
  e.emit('x', 1);
});

step('once signal not aborted', async () => {
  const e = new EventEmitter();
  const ac = new AbortController();
  const p = once(e, 'x', { signal: ac.signal });
  e.emit('x', 'value');
  await settle('signal unused', p);
  ac.abort();
  log('abort afterwards is harmless');
});

step('once validation', async () => {
  await settle('bad signal', once(new EventEmitter(), 'x', { signal: 'nope' }));
  await settle('bad emitter', once({}, 'x'));
});

step('once on EventTarget', async () => {
  const et = new EventTarget();
  const p = once(et, 'ping');
  et.dispatchEvent(new Event('ping'));
  const [ev] = await p;
  log('EventTarget once', ev.type, ev instanceof Event);
  et.dispatchEvent(new Event('ping'));
  log('listener removed', EventEmitter.getEventListeners(et, 'ping').length);
});

step('ordering of once resolution vs nextTick and promises', async () => {
  const e = new EventEmitter();
  const order = [];
  once(e, 'x').then(() => order.push('once resolved'));
  e.emit('x');
  process.nextTick(() => order.push('nextTick'));
  Promise.resolve().then(() => order.push('microtask'));
  order.push('sync');
  await tick();
  log('order', order);
});

step('rejection ordering: validation vs executor', async () => {
  const order = [];
  once(5, 'x').catch(() => order.push('bad emitter'));
  once(new EventEmitter(), 'x', { signal: 1 }).catch(() => order.push('bad signal'));
  await tick();
  log('order', order);
});

step('on() iterates emitted events', async () => {
  const e = new EventEmitter();
  const it = on(e, 'data');
  log('listeners', e.listenerCount('data'), e.listenerCount('error'));
  e.emit('data', 1);
  e.emit('data', 2, 3);
  setTimeout(() => {
    e.emit('data', 'late');
    e.emit('data', 'stop');
  }, 0);
  const seen = [];
  for await (const args of it) {
    seen.push(args);
    if (args[0] === 'stop') break;
  }
  log('seen', seen);
  log('after break', e.listenerCount('data'), e.listenerCount('error'));
});

step('on() with close events', async () => {
  const e = new EventEmitter();
  const it = on(e, 'data', { close: ['end', 'finish'] });
  setTimeout(() => {
    e.emit('data', 'a');
    e.emit('end');
    e.emit('data', 'after end');
  }, 0);
  const seen = [];
  for await (const args of it) seen.push(args[0]);
  log('until end', seen, e.listenerCount('data'), e.listenerCount('end'), e.listenerCount('finish'));
});

step('on() rejects on error', async () => {
  const e = new EventEmitter();
  const it = on(e, 'data');
  const p = it.next();
  e.emit('error', new Error('iter fail'));
  await settle('pending next', p);
  await settle('next after error', it.next());
  const e2 = new EventEmitter();
  const it2 = on(e2, 'data');
  e2.emit('data', 'queued');
  e2.emit('error', new Error('queued fail'));
  await settle('queued value first', it2.next());
  await settle('then the error', it2.next());
  await settle('then done', it2.next());
});

step('on() return and throw', async () => {
  const e = new EventEmitter();
  const it = on(e, 'x');
  const pending = it.next();
  await settle('return', it.return());
  await settle('pending resolved done', pending);
  await settle('return again', it.return());
  const it2 = on(e, 'x');
  log('throw result', it2.throw(new Error('thrown in')));
  await settle('next after throw', it2.next());
  try {
    it2.throw('not an error');
  } catch (err) {
    log('throw non-error', err);
  }
  log('iterator is async iterable', typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it);
});

step('on() watermarks pause and resume the emitter', async () => {
  const e = new EventEmitter();
  const calls = [];
  e.pause = () => calls.push('pause');
  e.resume = () => calls.push('resume');
  const it = on(e, 'd', { highWaterMark: 2, lowWaterMark: 1 });
  for (let i = 1; i <= 4; i++) {
    e.emit('d', i);
    calls.push(`emit ${i}`);
  }
  for (let i = 0; i < 4; i++) {
    const { value } = await it.next();
    calls.push(`read ${value[0]}`);
  }
  await it.return();
  log('watermark calls', calls);
});

step('on() with signal', async () => {
  const e = new EventEmitter();
  const ac = new AbortController();
  const it = on(e, 'x', { signal: ac.signal });
  e.emit('x', 1);
  setTimeout(() => ac.abort(), 0);
  const seen = [];
  try {
    for await (const args of it) seen.push(args[0]);
  } catch (err) {
    log('aborted iteration', err, seen);
  }
  log('listeners after abort', e.listenerCount('x'), e.listenerCount('error'));
  const done = new AbortController();
  done.abort();
  try {
    on(e, 'x', { signal: done.signal });
  } catch (err) {
    log('on with aborted signal throws synchronously', err);
  }
});

step('captureRejections per instance', async () => {
  const e = new EventEmitter({ captureRejections: true });
  e.on('job', async (n) => {
    throw new Error(`job ${n} failed`);
  });
  e.on('error', (err) => log('captured', err));
  log('emit returns', e.emit('job', 7));
  await tick();
});

step('captureRejections with nodejs.rejection handler', async () => {
  const e = new EventEmitter({ captureRejections: true });
  e[Symbol.for('nodejs.rejection')] = (err, event, ...args) => log('rejection handler', err, event, args);
  e.on('evt', async () => { throw new RangeError('async range'); });
  e.emit('evt', 'a', 'b');
  await tick();
});

step('captureRejections global switch', async () => {
  const before = new EventEmitter();
  EventEmitter.captureRejections = true;
  const after = new EventEmitter();
  EventEmitter.captureRejections = false;
  log('flag restored', EventEmitter.captureRejections);
  after.on('error', (err) => log('global capture', err));
  after.on('x', () => Promise.reject(new Error('from promise')));
  after.emit('x');
  const thenable = { then(ok, fail) { fail(new Error('thenable fail')); } };
  after.on('y', () => thenable);
  after.emit('y');
  before.on('x', () => Promise.resolve('fine'));
  before.emit('x');
  await tick();
});

step('warnings are emitted asynchronously', async () => {
  const order = [];
  const onWarning = (w) => order.push(`warning ${w.name}: ${w.message}`);
  process.on('warning', onWarning);
  const e = new EventEmitter();
  e.setMaxListeners(1);
  e.on('x', () => {});
  e.on('x', () => {});
  order.push('after adding');
  e.on('x', () => {});
  order.push('no second warning');
  await tick();
  process.removeListener('warning', onWarning);
  log('order', order);
});

step('EventTarget with signal option', async () => {
  const et = new EventTarget();
  const ac = new AbortController();
  const seen = [];
  et.addEventListener('x', () => seen.push('x'), { signal: ac.signal });
  et.dispatchEvent(new Event('x'));
  ac.abort();
  et.dispatchEvent(new Event('x'));
  log('signal removes listener', seen, EventEmitter.getEventListeners(et, 'x').length);
});

step('addAbortListener', async () => {
  const ac = new AbortController();
  const seen = [];
  const disposable = EventEmitter.addAbortListener(ac.signal, () => seen.push('aborted'));
  log('disposable type', typeof disposable);
  ac.abort();
  const ac2 = new AbortController();
  ac2.abort();
  EventEmitter.addAbortListener(ac2.signal, () => seen.push('already aborted (microtask)'));
  seen.push('sync');
  await tick();
  log('abort listeners', seen);
});

(async () => {
  for (const [name, fn] of steps) {
    console.log(`# ${name}`);
    try {
      await fn();
    } catch (err) {
      // Keeps one failing step from hiding the rest (e.g. a missing AbortController).
      console.log(`step failed: ${err && err.name}`);
    }
  }
  console.log('# done');
})();
