// assert.deepEqual (loose) against edge cases: sets, maps, typed arrays, boxed values.
const assert = require('assert');
const r = (a, b) => { try { assert.deepEqual(a, b); return true; } catch { return false; } };
const cases = [
  [new Set([1, 2]), new Set(['1', 1])], [new Set([1, '1']), new Set(['1', 1])], [new Set([null]), new Set([undefined])],
  [new Set([0]), new Set([false])], [new Set([{}]), new Set([{}])], [new Set([[1]]), new Set([['1']])],
  [new Map([[1, 'a']]), new Map([['1', 'a']])], [new Map([[1, 1]]), new Map([[1, '1']])], [new Map([[{}, 1]]), new Map([[{}, '1']])],
  [new Set([NaN]), new Set([NaN])], [new Map([[NaN, 1]]), new Map([[NaN, 1]])], [new Set([1, 2, 3]), new Set([3, '2', 1])],
  [[1, 2], new Set([1, 2])], [{ a: 1 }, Object.assign(Object.create({ b: 2 }), { a: 1 })], [Object.assign([1], { x: 1 }), [1]],
  [new Float64Array([0]), new Float64Array([-0])], [new Float64Array([NaN]), new Float64Array([NaN])], [new Float32Array([0]), new Float32Array([-0])],
  [{ [Symbol('s')]: 1 }, {}], [new Boolean(true), new Boolean(true)], [function f() {}, function f() {}],
  [[,], [undefined]], [{ a: NaN }, { a: NaN }], [new Set(['a']), new Set(['b'])], [new Map([['a', 1]]), new Map([['b', 1]])],
  [1, new Number(1)], ['a', new String('a')],
];
cases.forEach(([a, b], i) => console.log(i, r(a, b), r(b, a)));
