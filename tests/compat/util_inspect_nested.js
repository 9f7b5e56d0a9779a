'use strict';
// util.inspect layout: depth, circular references, compact/breakLength line breaking, array grouping, custom inspect.
const util = require('util');

let n = 0;
function show(label, value, opts) {
  n++;
  console.log(`${n} ${label}: ${opts === undefined ? util.inspect(value) : util.inspect(value, opts)}`);
}
const range = (len, f = (i) => i) => Array.from({ length: len }, (_, i) => f(i));

class Foo {
  constructor() {
    this.a = 1;
  }
}
class Bar extends Foo {
  constructor() {
    super();
    this.b = [1, 2];
  }
}
function OldStyle() {
  this.x = 1;
}

// depth
const deep = { l1: { l2: { l3: { l4: { l5: 'bottom' } } } } };
show('deep default', deep);
show('deep depth 0', deep, { depth: 0 });
show('deep depth 1', deep, { depth: 1 });
show('deep depth null', deep, { depth: null });
show('deep depth Infinity', deep, { depth: Infinity });
show('deep arrays', [[[[[1]]]]]);
show('deep instance', { a: { b: { c: new Foo() } } });
show('deep map', { a: { b: { c: new Map([[1, 2]]) } } });
show('deep null proto', { a: { b: { c: Object.create(null) } } });
show('depth 0 array of objects', [{}, { a: 1 }, []], { depth: 0 });

// class instances
show('instance', new Foo());
show('subclass instance', new Bar());
show('old-style constructor', new OldStyle());
show('anonymous class instance', new ((() => class {})())());
show('null prototype', Object.create(null));
show('null prototype with props', Object.assign(Object.create(null), { a: 1, b: [2] }));
show('prototype chain without constructor', Object.create(Object.create(null)));
show('toStringTag', { [Symbol.toStringTag]: 'Custom', a: 1 });
show('hidden toStringTag', Object.defineProperty({ a: 1 }, Symbol.toStringTag, { value: 'Tagged' }));
show('class with toStringTag getter', new (class Tagged { get [Symbol.toStringTag]() { return 'TG'; } })());
show('arguments', (function () { return arguments; })(1, 'a'));

// circular references
const self = { name: 'self' };
self.me = self;
show('circular self', self);
const ring = { tag: 'ring' };
ring.inner = { back: ring, list: [ring] };
show('circular nested', ring);
const arr = [1];
arr.push(arr);
show('circular array', arr);
const x1 = {};
const x2 = { x1 };
x1.x2 = x2;
show('two circular refs', { x1, x2 });
const cmap = new Map();
cmap.set('me', cmap);
show('circular map', cmap);

// compact and breakLength
const mid = { alpha: [1, 2, { beta: 3 }], gamma: 'delta', epsilon: { zeta: { eta: 1 } } };
show('compact default', mid);
show('compact false', mid, { compact: false });
show('compact true', mid, { compact: true });
show('compact 1', mid, { compact: 1 });
show('compact 5', mid, { compact: 5 });
show('breakLength 40', mid, { breakLength: 40 });
show('breakLength Infinity', { a: range(30), b: 'x'.repeat(100) }, { breakLength: Infinity });
show('compact true long value', { a: [1, 2, { b: 3 }], c: 'x'.repeat(80) }, { compact: true });
show('76 columns', { key: 'x'.repeat(64) });
show('77 columns', { key: 'x'.repeat(65) });
show('width edge', { aaaaaaaaaa: 'bbbbbbbbbbbbbbbbbbbb', cccccccccc: 'dddddddddddddddddddd', e: 12345 });
show('width edge +2', { aaaaaaaaaa: 'bbbbbbbbbbbbbbbbbbbb', cccccccccc: 'dddddddddddddddddddd', e: 1234567 });
show('many keys', Object.fromEntries(range(26, (i) => [String.fromCharCode(97 + i), i])));
show('three levels inline', { a: { b: { c: {} } } });
show('four levels', { a: { b: { c: { d: 1 } } } }, { depth: 5 });
show('json-like', JSON.parse('{"users":[{"id":1,"name":"Alice","roles":["admin","user"]},{"id":2,"name":"Bob","roles":[]}],"total":2}'));

// array grouping
for (const len of [6, 7, 10, 26, 27, 101]) show(`numbers ${len}`, range(len));
show('strings 12', range(12, (i) => `item${i}`));
show('words', 'the quick brown fox jumps over the lazy dog and keeps running far away from here'.split(' '));
show('floats', range(20, (i) => i * 1.37));
show('negatives', range(20, (i) => (i - 10) * 1000));
show('bigints', range(12, (i) => BigInt(i) ** 5n));
show('mixed', range(30, (i) => (i % 3 ? i : `s${i}`)));
show('objects', range(8, (i) => ({ id: i })));
show('pairs', range(10, (i) => [i, i * 2]));
show('growing strings', range(8, (i) => 'x'.repeat(i * 4)));
show('one long entry', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'x'.repeat(60)]);
show('cjk', range(14, (i) => '中文'.repeat((i % 3) + 1)));
show('grid', range(5, (i) => range(5, (j) => i * j)));
show('in object', { list: range(40, (i) => i * 3), name: 'x' });
show('grouped, compact 1', range(30), { compact: 1 });
show('grouped, breakLength 40', range(30), { breakLength: 40 });
show('long array maxArrayLength', range(120));
show('maxArrayLength 3', range(10), { maxArrayLength: 3 });
show('maxArrayLength 0', [1, 2], { maxArrayLength: 0 });
show('holes', [1, , 3, , , 6]);
show('leading holes', [, , 'x']);
show('only holes', new Array(5));
show('sparse', (() => { const a = []; a[3] = 'x'; a[50] = 'y'; return a; })());
show('array with props', Object.assign([1, 2], { extra: 'yes', 'k-v': 1 }));
show('array only props', Object.assign([], { x: 1 }));
show('array subclass', (() => { class List extends Array {} return List.from([1, 2]); })());
show('array null proto', Object.setPrototypeOf([1, 2], null));

// sorted
show('sorted', { c: 3, a: 1, b: 2 }, { sorted: true });
show('sorted comparator', { c: 3, a: 1, b: 2 }, { sorted: (p, q) => (p < q ? 1 : -1) });
show('sorted map', new Map([['z', 1], ['a', 2]]), { sorted: true });
show('sorted array props', Object.assign([3, 1], { z: 1, a: 2 }), { sorted: true });

// colors
show('colors', { n: 1, s: 'str', b: true, u: undefined, nl: null, sym: Symbol('s'), big: 2n, d: new Date(0), r: /x/ }, { colors: true });
show('colors nested', [[1, 'a'], { k: [null] }], { colors: true });

// custom inspect
const custom = util.inspect.custom;
show('custom string', { [custom]() { return 'CUSTOM'; } });
show('custom object', { [custom]() { return { replaced: true }; } });
show('custom multiline nested', { a: { [custom]() { return 'line1\nline2'; } } });
show('custom returns this', { x: 1, [custom]() { return this; } });
show('custom args', { a: { b: { [custom](depth, opts) { return `depth=${depth} compact=${opts.compact} breakLength=${opts.breakLength}`; } } } });
show('custom uses inspect', { [custom](depth, opts, inspect) { return inspect({ nested: [1, 2] }, opts); } });
show('custom option keys', { [custom](depth, opts) { return Object.keys(opts).sort().join(','); } });
show('custom user option', { [custom](depth, opts) { return String(opts.myOption); } }, { myOption: 'passed' });
show('custom stylize', { [custom](depth, opts) { return opts.stylize('styled', 'special'); } }, { colors: true });
show('custom on class', new (class WithCustom { [custom]() { return 'WithCustom!'; } })());
show('custom primitive', { [custom]() { return 42; } });
show('customInspect false', { a: 1, [custom]() { return 'hidden'; } }, { customInspect: false });
show('custom not a function', { [custom]: 1 });
show('symbol is shared', util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
