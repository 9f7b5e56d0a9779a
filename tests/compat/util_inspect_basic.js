'use strict';
// util.inspect of primitives, strings, functions, classes, boxed values, dates, regexps, errors and keys.
const util = require('util');

let n = 0;
function show(label, value, opts) {
  n++;
  console.log(`${n} ${label}: ${opts === undefined ? util.inspect(value) : util.inspect(value, opts)}`);
}
function withStack(err, stack) {
  if (stack === undefined) delete err.stack;
  else err.stack = stack;
  return err;
}

// primitives
for (const v of [0, -0, 42, -1.5, NaN, Infinity, -Infinity, 1e21, 1e-7, 2 ** 53, 0n, -123n, true, false, null, undefined]) {
  show(`prim ${typeof v}`, v);
}
show('symbol', Symbol('desc'));
show('symbol empty', Symbol());
show('symbol registered', Symbol.for('reg'));
show('well-known symbol', Symbol.iterator);

// strings and quoting
show('empty string', '');
show('plain string', 'hello');
show('single quote', "it's");
show('both quotes', 'it\'s "quoted"');
show('all quotes', 'it\'s "q" `b`');
show('all quotes and ${', 'it\'s "q" `b` ${x}');
show('newline', 'a\nb');
show('controls', '\x00\x01\b\t\n\v\f\r\x1b\x7f\x9f');
show('backslash', 'back\\slash');
show('unicode', 'é ü 中文 😀');
show('lone high surrogate', 'a\ud83db');
show('lone low surrogate', '\ude00z');
show('long string', 'x'.repeat(120));
show('long multiline string', 'first line\n'.repeat(12));
show('maxStringLength', 'abcdefghij', { maxStringLength: 4 });
show('maxStringLength 1', 'ab', { maxStringLength: 1 });
show('string in object', { s: 'multi\nline\nvalue that is long enough to be split into pieces by inspect.....' });

// numbers with numericSeparator
for (const v of [1234, -1234567, 1234.5678, -0.5, 0.000123, 1e21, 123456789n]) {
  show('numericSeparator', v, { numericSeparator: true });
}

// functions and classes
function named() {}
const anon = (() => function () {})();
class Base {}
class Derived extends Base {}
const AnonClass = (() => class {})();
show('function', named);
show('anonymous function', anon);
show('arrow', () => {});
show('async function', async function asyncFn() {});
show('generator', function* gen() {});
show('async generator', async function* agen() {});
show('class', Base);
show('derived class', Derived);
show('anonymous class', AnonClass);
show('class extends Map', class M extends Map {});
show('function with props', Object.assign(function withProps() {}, { a: 1, b: 'two' }));
show('class with static', class Static { static x = 1; });
show('null-prototype function', Object.setPrototypeOf(function np() {}, null));
show('function in object', { fn: named, cls: Base });
show('method shorthand', { m() {} }.m);

// boxed primitives
show('Number', new Number(3));
show('Number -0', new Number(-0));
show('String', new String('abc'));
show('Boolean', new Boolean(false));
show('BigInt object', Object(5n));
show('Symbol object', Object(Symbol('boxed')));
show('String with props', Object.assign(new String('ab'), { extra: 1 }));

// dates and regexps
show('date', new Date(0));
show('date ms', new Date(Date.UTC(2020, 1, 29, 12, 34, 56, 789)));
show('invalid date', new Date(NaN));
show('date with props', Object.assign(new Date(0), { tag: 'x' }));
show('regexp', /ab+c/gi);
show('regexp escaped slash', /a\/b/);
show('regexp flags', /x/ysm);
show('regexp with props', Object.assign(/x/, { y: 1 }));

// errors with fixed stacks (engine frames are never printed)
show('error no stack', withStack(new Error('boom')));
show('type error no stack', withStack(new TypeError('bad type')));
show('error empty message', withStack(new Error('')));
show('error with code', Object.assign(withStack(new Error('failed')), { code: 'E_FAIL', errno: 3 }));
show('error fixed stack', withStack(new Error('msg'), 'Error: msg\n    at foo (file.js:1:2)\n    at bar (file.js:3:4)'));
show('error stack and props', Object.assign(withStack(new RangeError('r'), 'RangeError: r\n    at z (a.js:1:1)'), { code: 'ERR' }));
show('error nested', { inner: Object.assign(withStack(new Error('inner'), 'Error: inner\n    at x (y.js:1:1)'), { code: 1 }) });
show('error in array', [withStack(new Error('in array'))]);
class MyError extends Error {}
class NamedError extends Error {
  constructor(m) {
    super(m);
    this.name = 'NamedError';
  }
}
show('error subclass', withStack(new MyError('sub')));
show('error subclass stack', withStack(new MyError('sub'), 'Error: sub\n    at q (w.js:1:1)'));
show('named error', withStack(new NamedError('nm')));
show('error name changed', Object.assign(withStack(new Error('m')), { name: 'Custom' }));
show('error with cause', withStack(new Error('outer', { cause: withStack(new Error('inner cause')) })));
show('error with primitive cause', withStack(new Error('outer', { cause: 'just a string' })));
show('error message with newline', withStack(new Error('line1\nline2'), 'Error: line1\nline2\n    at x (y.js:1:1)'));
show('error stack not frames', withStack(new Error('m'), 'custom stack text'));

// keys
show('quoted keys', { 'a-b': 1, '1': 2, valid_id: 3, $d: 4, 'sp ace': 5, "q'uote": 6, '': 7 });
show('__proto__ key', JSON.parse('{"__proto__": 1}'));
show('symbol keys', { [Symbol('k')]: 1, [Symbol()]: 2, regular: 3 });
show('non-enumerable hidden', Object.defineProperty({ a: 1 }, 'hidden', { value: 2, enumerable: false }));
show('non-enumerable showHidden', Object.defineProperty({ a: 1 }, 'hidden', { value: 2, enumerable: false }), { showHidden: true });
const accessors = {
  get a() { return 1; },
  set b(v) {},
  get c() { return { x: 1 }; },
  set c(v) {},
  get d() { return null; },
  get e() { throw new Error('nope'); },
};
show('getters', accessors);
show('getters: true', accessors, { getters: true });
show('getters: set', accessors, { getters: 'set' });
show('getters: get', accessors, { getters: 'get' });
