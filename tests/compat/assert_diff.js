// assert: generated messages of strictEqual/deepStrictEqual, including the line diff.
const assert = require('assert');

const t = (fn) => {
  try {
    fn();
    console.log('no throw');
  } catch (e) {
    console.log('---');
    console.log(e.message);
    console.log('>>', e.generatedMessage, e.operator, e.code);
  }
};
t(() => assert.deepStrictEqual({a: 1, b: 2}, {a: 1, b: 3}));
t(() => assert.deepStrictEqual([1, 2, 3], [1, 2, 4]));
t(() => assert.deepStrictEqual(1, 2));
t(() => assert.deepStrictEqual('a', 'b'));
t(() => assert.strictEqual(1, 2));
t(() => assert.strictEqual('hello', 'world'));
t(() => assert.strictEqual({a: 1}, {a: 1}));
t(() => assert.strictEqual([1,2], [1,3]));
t(() => assert.deepStrictEqual({a: {b: {c: [1, 2, {d: 3}]}}, e: 'x'}, {a: {b: {c: [1, 2, {d: 4}]}}, e: 'x'}));
t(() => assert.deepStrictEqual(Array.from({length: 30}, (_, i) => i), Array.from({length: 30}, (_, i) => i === 15 ? 99 : i)));
t(() => assert.deepStrictEqual({a: 1}, [1]));
t(() => assert.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]])));
t(() => assert.deepStrictEqual(null, undefined));
t(() => assert.deepStrictEqual({}, {a: undefined}));
t(() => assert.strictEqual('a'.repeat(10) + '\nb', 'a'.repeat(10) + '\nc'));
t(() => assert.strictEqual(NaN, 0));
t(() => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 11]));
t(() => assert.strictEqual(1, 2, 5));
t(() => assert.deepStrictEqual([Symbol()], [Symbol()], 'mm'));
t(() => { throw new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual', message: 'given' }) });
t(() => assert.strictEqual({a: 1}, {a: 1}, 'mm'));
t(() => assert.strictEqual('hello', 'world', 'mm'));
t(() => assert.deepEqual({a: 1}, {a: 2}, 'mm'));
t(() => assert.deepStrictEqual([[1, 2], {x: 'y'}], [[1, 2], {x: 'z'}]));
t(() => assert.deepStrictEqual({a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7}, {a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 8}));
t(() => assert.deepStrictEqual({a: 0, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7}, {a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7}));
t(() => assert.deepStrictEqual([1, 2, 3], [1, 2, 3, 4, 5]));
t(() => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3])));
t(() => assert.deepStrictEqual(new Date(0), new Date(1)));
t(() => assert.deepStrictEqual(/a/g, /a/i));
t(() => assert.deepStrictEqual(new Error('a'), new Error('b')));
t(() => assert.deepStrictEqual({a: [1, 2, 3, 4, 5, 6, 7, 8]}, {a: [1, 2, 3, 4, 5, 6, 7, 8], b: 1}));
t(() => assert.deepStrictEqual(Object.create(null), {}));
t(() => assert.deepStrictEqual('a'.repeat(40), 'a'.repeat(39) + 'b'));
t(() => assert.deepStrictEqual([1, [2, [3, [4]]]], [1, [2, [3, [5]]]]));
class Point { constructor(x, y) { this.x = x; this.y = y; } }
t(() => assert.deepStrictEqual(new Point(1, 2), new Point(1, 3)));
t(() => assert.deepStrictEqual(new Point(1, 2), { x: 1, y: 2 }));
t(() => assert.deepStrictEqual(Array.from({ length: 80 }, (_, i) => i), Array.from({ length: 80 }, (_, i) => -i)));
t(() => assert.deepStrictEqual({ list: Array.from({ length: 12 }, (_, i) => ({ id: i })) }, { list: Array.from({ length: 12 }, (_, i) => ({ id: i === 6 ? 'six' : i })) }));
t(() => assert.deepStrictEqual('line1\nline2\nline3', 'line1\nlineX\nline3'));
t(() => assert.deepStrictEqual(new Map([['a', { b: 1 }], ['c', [1, 2]]]), new Map([['a', { b: 2 }], ['c', [1, 2]]])));
t(() => assert.deepStrictEqual(new Set([{ a: 1 }]), new Set([{ a: 2 }])));
t(() => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9], [0, 2, 3, 4, 5, 6, 7, 8, 0]));
t(() => assert.deepStrictEqual({ a: 1, b: 'two', c: [3], d: { e: null } }, { a: 1, b: 'two', c: [3], d: { e: undefined } }));
t(() => assert.deepStrictEqual([undefined], [null]));
t(() => assert.deepStrictEqual([1, , 3], [1, undefined, 3]));
t(() => assert.deepStrictEqual({ [Symbol.for('s')]: 1 }, { [Symbol.for('s')]: 2 }));
t(() => assert.deepStrictEqual(new Number(1), new Number(2)));
t(() => assert.deepStrictEqual([[[[1]]]], [[[[2]]]]));
t(() => assert.strictEqual(1.5, 1.25));
t(() => assert.strictEqual(true, false));
t(() => assert.strictEqual('a', 'abcdefghijklmnop'));
t(() => assert.strictEqual('x'.repeat(100), 'y'.repeat(100)));
t(() => assert.deepStrictEqual({ a: 1 }, { a: 1 }));
t(() => assert.deepStrictEqual(NaN, NaN));
t(() => assert.deepStrictEqual([1, 2], [1, 2], 'never shown'));
