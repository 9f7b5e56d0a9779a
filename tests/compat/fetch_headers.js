// Headers: constructor forms, append/set/get/has/delete, sorted iteration, Set-Cookie, validation, guards.
const util = require('util');
const show = (label, fn) => {
  try {
    const v = fn();
    console.log(label, typeof v === 'string' ? JSON.stringify(v) : util.inspect(v));
  } catch (e) {
    console.log(label, 'throws', `${e.name}: ${JSON.stringify(e.message)}`, e.code ?? '');
  }
};

// Constructor forms
show('empty', () => [...new Headers()]);
show('undefined', () => [...new Headers(undefined)]);
show('record', () => [...new Headers({ B: '2', a: '1', 'X-Num': 3 })]);
show('pairs', () => [...new Headers([['b', '1'], ['A', '2'], ['a', '3']])]);
show('from Headers', () => [...new Headers(new Headers({ z: '1', Y: '2' }))]);
show('from Map', () => [...new Headers(new Map([['k', 'v'], ['j', 'w']]))]);
show('pair from Set', () => new Headers([new Set(['name', 'val'])]).get('name'));
show('record coercion', () => [...new Headers({ a: 1, b: null, c: undefined, d: true })]);
show('non-enumerable key', () => {
  const o = {};
  Object.defineProperty(o, 'hidden', { value: 'h', enumerable: false });
  return new Headers(o).get('hidden');
});
show('inherited key ignored', () => new Headers(Object.create({ a: '1' })).has('a'));

// Constructor errors
show('null', () => new Headers(null));
show('number', () => new Headers(1));
show('string', () => new Headers('abc'));
show('pair too short', () => new Headers([['a']]));
show('pair too long', () => new Headers([['a', 'b', 'c']]));
show('empty pair', () => new Headers([[]]));
show('element number', () => new Headers([1]));
show('element string', () => new Headers(['ab']));
show('element null', () => new Headers([null]));
show('element object', () => new Headers([{}]));
show('second element', () => new Headers([['a', 'b'], { a: 1 }]));
show('symbol key', () => new Headers({ [Symbol('s')]: 'x' }));
show('symbol value', () => new Headers({ a: Symbol('s') }));
show('bad name in record', () => new Headers({ 'a b': 'c' }));
show('bad value in pairs', () => new Headers([['a', 'x\0y']]));
show('wide char value', () => new Headers({ a: '\u0100' }));
show('wide char name', () => new Headers({ 'a\u0100': 'x' }));

// append / get / set / delete / has
const h = new Headers();
h.append('Accept', 'text/html');
h.append('accept', 'application/json');
h.append('X-Empty', '');
show('get combined', () => h.get('ACCEPT'));
show('get empty value', () => h.get('x-empty'));
show('get missing', () => h.get('nope'));
show('has', () => [h.has('accept'), h.has('Accept'), h.has('nope')]);
h.set('accept', 'only/this');
show('set replaces', () => h.get('accept'));
h.delete('ACCEPT');
show('after delete', () => [h.has('accept'), [...h.keys()]]);
show('delete missing is fine', () => h.delete('never-there'));
show('append returns', () => h.append('a', 'b'));

// Value normalization
show('trim whitespace', () => new Headers({ a: ' \t x y \r\n' }).get('a'));
show('inner tab kept', () => new Headers({ a: 'x\ty' }).get('a'));
show('only spaces', () => { const x = new Headers(); x.append('a', '   '); return x.get('a'); });
show('latin1 value', () => new Headers({ x: '\u00ff\u00e9' }).get('x'));
show('control char kept', () => new Headers({ x: 'a\x01b' }).get('x'));
show('trailing CR trimmed then valid', () => { const x = new Headers(); x.append('a', ' c\r'); return x.get('a'); });
show('empty combine', () => new Headers([['a', '1'], ['A', '']]).get('a'));

// Validation errors with Node's messages
show('append bad name', () => new Headers().append('a b', 'c'));
show('append empty name', () => new Headers().append('', 'c'));
show('append bad value', () => new Headers().append('a', ' c\0 '));
show('append CR inside', () => new Headers().append('a', 'x\ry'));
show('append LF inside', () => new Headers().append('a', 'x\ny'));
show('set bad name', () => new Headers().set('(x)', 'v'));
show('set bad value', () => new Headers().set('x', 'a\nb'));
show('get bad name', () => new Headers().get('a b'));
show('get latin1 name', () => new Headers().get('\u00e7'));
show('has bad name', () => new Headers().has('a:b'));
show('delete bad name', () => new Headers().delete('a b'));
show('bytestring name', () => new Headers().get('\u0100'));
show('bytestring value', () => new Headers().append('a b', '\u0100'));
show('symbol name', () => new Headers().append(Symbol('n'), 'x'));
show('symbol value', () => new Headers().append('a', Symbol('v')));
show('append 1 arg', () => new Headers().append('a'));
show('append 0 args', () => new Headers().append());
show('set 1 arg', () => new Headers().set('a'));
show('get 0 args', () => new Headers().get());
show('has 0 args', () => new Headers().has());
show('delete 0 args', () => new Headers().delete());
show('forEach no args', () => new Headers().forEach());
show('forEach not function', () => new Headers().forEach(1));
show('illegal get', () => Headers.prototype.get.call({}, 'a'));
show('illegal append', () => Headers.prototype.append.call(new Map(), 'a', 'b'));
show('illegal getSetCookie', () => new Headers().getSetCookie.call({}));
show('illegal keys', () => Headers.prototype.keys.call([]));

// Sorted iteration, lower-case names, Set-Cookie kept separate
const sc = new Headers([['b', '1'], ['A', '2'], ['a', '3'], ['set-cookie', 'x=1'], ['Set-Cookie', 'y=2'], ['C', '4']]);
show('entries', () => [...sc]);
show('keys', () => [...sc.keys()]);
show('values', () => [...sc.values()]);
show('get set-cookie', () => sc.get('set-cookie'));
show('getSetCookie', () => sc.getSetCookie());
show('getSetCookie copy', () => { const a = sc.getSetCookie(); a.push('z'); return sc.getSetCookie().length; });
show('getSetCookie none', () => new Headers({ a: '1' }).getSetCookie());
show('set set-cookie', () => { const x = new Headers(sc); x.set('set-cookie', 'only=1'); return [x.getSetCookie(), [...x]]; });
show('delete set-cookie', () => { const x = new Headers(sc); x.delete('Set-Cookie'); return [x.getSetCookie(), x.has('set-cookie')]; });
show('sort order', () => [...new Headers({ 'x-b': '1', 'x-a': '2', 'a-z': '3', '0': '4', '_u': '5', '~t': '6' }).keys()]);

// Iterators are live and have Node's shape
show('live iterator', () => {
  const x = new Headers({ a: '1', c: '3' });
  const it = x.entries();
  const first = it.next();
  x.append('b', '2');
  return [first, it.next(), it.next(), it.next()];
});
show('delete during for-of', () => {
  const x = new Headers({ a: '1', b: '2', c: '3' });
  const seen = [];
  for (const [k] of x) {
    seen.push(k);
    if (k === 'a') x.delete('b');
  }
  return seen;
});
show('iterator tag', () => [Object.prototype.toString.call(new Headers().keys()), String(new Headers().entries())]);
show('iterator is iterable', () => { const it = new Headers().values(); return it[Symbol.iterator]() === it; });
show('iterator own next', () => Object.getOwnPropertyNames(Object.getPrototypeOf(new Headers().keys())));
show('iterator next bad this', () => new Headers([]).keys().next.call({}));
show('iterator inspect', () => util.inspect(new Headers({ a: 1 }).keys()));
show('Symbol.iterator is entries', () => Headers.prototype[Symbol.iterator] === Headers.prototype.entries);

show('forEach', () => {
  const out = [];
  new Headers({ b: '2', A: '1' }).forEach(function (v, k, self) {
    out.push([v, k, self instanceof Headers, typeof this, String(this)]);
  }, 'T');
  return out;
});

// Guards: Response.error() and Response.redirect() headers are immutable
show('immutable set', () => Response.error().headers.set('a', 'b'));
show('immutable append', () => Response.error().headers.append('a', 'b'));
show('immutable delete', () => Response.redirect('http://example.com/').headers.delete('location'));
show('immutable still validates first', () => Response.error().headers.append('a b', 'c'));
show('immutable get works', () => Response.redirect('http://example.com/x').headers.get('Location'));
show('immutable clone stays immutable', () => Response.error().clone().headers.set('a', 'b'));
show('request headers mutable', () => { const r = new Request('http://a/'); r.headers.set('x', '1'); return r.headers.get('x'); });
show('response headers keep forbidden names', () => [...new Response('', { headers: { 'set-cookie': 'a', 'set-cookie2': 'b' } }).headers]);
show('request headers keep forbidden names', () => [...new Request('http://a/', { headers: { host: 'h', cookie: 'c', 'content-length': '5' } }).headers]);

// Shape and inspection
show('toStringTag', () => [Object.prototype.toString.call(new Headers()), String(new Headers())]);
show('prototype names', () => Object.getOwnPropertyNames(Headers.prototype));
show('length', () => [Headers.length, Headers.name, Headers.prototype.append.length, Headers.prototype.get.length]);
show('append descriptor', () => Object.getOwnPropertyDescriptor(Headers.prototype, 'append'));
show('own keys of instance', () => Reflect.ownKeys(new Headers({ a: '1' })));
console.log(new Headers({ a: '1', b: '2' }));
console.log(new Headers([['b', '1'], ['A', '2'], ['a', '3'], ['set-cookie', 'x'], ['Set-Cookie', 'y']]));
const order = new Headers([['B', '1'], ['A', '2']]);
order.delete('b');
order.set('b', 'z');
order.append('C', 'q');
console.log(order);
console.log(util.inspect(new Headers({ a: '1' }), { depth: -1 }));
console.log({ h: { h: { h: new Headers({ a: '1' }) } } });
console.log(new Headers());
