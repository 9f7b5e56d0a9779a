// AbortController / AbortSignal: abort, reason, onabort, events, static abort/any/timeout, throwIfAborted.
const show = (label, e) => console.log(label, e === undefined ? 'undefined' :
  e instanceof Error || e instanceof DOMException ? `${e.name} | ${e.message} | code=${e.code}` : JSON.stringify(e));

const ac = new AbortController();
const { signal } = ac;
console.log('initial:', signal.aborted, signal.reason, signal.onabort, ac.signal === signal);
console.log('types:', signal instanceof AbortSignal, signal instanceof EventTarget, typeof signal.addEventListener);
console.log('tags:', Object.prototype.toString.call(ac), Object.prototype.toString.call(signal));
const events = [];
signal.onabort = (ev) => events.push(`onabort type=${ev.type} trusted=${ev.isTrusted} target=${ev.target === signal}`);
signal.addEventListener('abort', function (ev) { events.push(`listener this=${this === signal} aborted=${signal.aborted}`); });
signal.addEventListener('abort', () => events.push('once listener'), { once: true });
ac.abort();
console.log('events:', events.join('; '));
console.log('after abort:', signal.aborted);
show('default reason:', signal.reason);
console.log('reason is DOMException:', signal.reason instanceof DOMException);
events.length = 0;
ac.abort('again');
console.log('second abort ignored:', events.length, signal.reason.name);
try { signal.throwIfAborted(); } catch (e) { show('throwIfAborted:', e); console.log('throws the reason itself:', e === signal.reason); }

for (const reason of ['string reason', 42, null, { custom: true }, new TypeError('boom')]) {
  const c = new AbortController();
  c.abort(reason);
  show(`abort(${JSON.stringify(reason) ?? reason}) reason:`, c.signal.reason);
  try { c.signal.throwIfAborted(); } catch (e) { console.log('  thrown === reason:', e === reason); }
}
const cu = new AbortController();
cu.abort(undefined);
show('abort(undefined) reason:', cu.signal.reason);
const fresh = new AbortController();
console.log('throwIfAborted on fresh signal:', fresh.signal.throwIfAborted());

// onabort replacement and null
const c2 = new AbortController();
const log2 = [];
c2.signal.onabort = () => log2.push('first');
c2.signal.onabort = () => log2.push('second');
c2.signal.addEventListener('abort', () => log2.push('listener'));
c2.abort();
console.log('onabort replaced:', log2.join(','));
const c3 = new AbortController();
c3.signal.onabort = () => console.log('never');
c3.signal.onabort = null;
console.log('onabort null:', c3.signal.onabort);
c3.abort();

// listener order: registered before onabort vs after
const c4 = new AbortController();
const log4 = [];
c4.signal.addEventListener('abort', () => log4.push('L1'));
c4.signal.onabort = () => log4.push('onabort');
c4.signal.addEventListener('abort', () => log4.push('L2'));
c4.abort();
console.log('order:', log4.join(','));

// AbortSignal.abort
const sa = AbortSignal.abort();
console.log('AbortSignal.abort():', sa.aborted);
show('  reason:', sa.reason);
const sr = AbortSignal.abort('why');
console.log('AbortSignal.abort(reason):', sr.aborted, sr.reason);

// AbortSignal.any
const a1 = new AbortController();
const a2 = new AbortController();
const any = AbortSignal.any([a1.signal, a2.signal]);
const anyLog = [];
any.addEventListener('abort', () => anyLog.push(`any aborted with ${any.reason}`));
console.log('any initial:', any.aborted);
a2.abort('second wins');
a1.abort('first late');
console.log('any:', any.aborted, any.reason, anyLog.join(';'));
// the source's own listeners all run before the derived signal aborts
const src = new AbortController();
const orderLog = [];
src.signal.addEventListener('abort', () => orderLog.push('source L1'));
const derived = AbortSignal.any([src.signal]);
derived.addEventListener('abort', () => orderLog.push('derived'));
src.signal.addEventListener('abort', () => orderLog.push('source L2'));
const derived2 = AbortSignal.any([derived]);
derived2.onabort = () => orderLog.push('derived of derived');
src.abort();
console.log('any order:', orderLog.join(', '));
const pre = AbortSignal.any([new AbortController().signal, AbortSignal.abort('pre')]);
console.log('any with aborted input:', pre.aborted, pre.reason);
console.log('any empty:', AbortSignal.any([]).aborted);
for (const bad of [null, [1], ['x'], 5]) {
  try { AbortSignal.any(bad); console.log('any', bad, 'ok'); } catch (e) { console.log('any invalid:', e.name, e.code); }
}

// constructing AbortSignal directly is not allowed
try { new AbortSignal(); } catch (e) { console.log('new AbortSignal:', e.name, e.code, e.message); }

// AbortSignal.timeout validation
for (const bad of ['10', -1, 1.5, NaN, 2 ** 53]) {
  try { AbortSignal.timeout(bad); console.log('timeout', bad, 'ok'); } catch (e) { console.log('timeout invalid:', e.name, e.code, e.message); }
}

console.log('AbortController inspect:', new AbortController());
console.log('AbortSignal inspect:', AbortSignal.abort());

// AbortSignal.timeout fires (async part)
const ts = AbortSignal.timeout(10);
ts.onabort = () => {
  console.log('timeout aborted:', ts.aborted);
  show('timeout reason:', ts.reason);
  const ac5 = new AbortController();
  const anyT = AbortSignal.any([ac5.signal, AbortSignal.timeout(5)]);
  anyT.addEventListener('abort', () => show('any(timeout) reason:', anyT.reason));
  setTimeout(() => {}, 30); // keep the loop alive long enough
};
console.log('timeout initially aborted:', ts.aborted);
setTimeout(() => {}, 50);
