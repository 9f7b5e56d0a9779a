// assert: ok/equal/notEqual/deepEqual/strict variants, fail, ifError, match, AssertionError, strict mode.
const assert = require('assert');
const util = require('util');

const t = (fn) => {
  try {
    fn();
    console.log('no throw');
  } catch (e) {
    console.log('---', e.name, e instanceof assert.AssertionError);
    console.log(JSON.stringify(e.message));
    console.log('>>', e.generatedMessage, e.operator, e.code, typeof e.actual, typeof e.expected);
  }
};
t(() => assert.notStrictEqual(1, 1));
t(() => assert.notStrictEqual('abcdef', 'abcdef'));
t(() => assert.notStrictEqual({a: 1}, {a: 1}));
const o = {a: 1}; t(() => assert.notStrictEqual(o, o));
t(() => assert.notDeepStrictEqual({a: 1}, {a: 1}));
t(() => assert.notDeepStrictEqual([1], [1]));
t(() => assert.notDeepStrictEqual(1, 1));
t(() => assert.deepEqual({a: 1}, {a: 2}));
t(() => assert.deepEqual([1, 2], [1, 3]));
t(() => assert.notDeepEqual({a: 1}, {a: '1'}));
t(() => assert.notDeepEqual({a: 1}, {a: 1}));
t(() => assert.equal(1, 2));
t(() => assert.equal('a', 'b'));
t(() => assert.equal({a: 1}, {a: 1}));
t(() => assert.notEqual(1, '1'));
t(() => assert.notEqual('a', 'a'));
t(() => assert.fail());
t(() => assert.fail('boom'));
t(() => assert.fail(new TypeError('te')));
t(() => assert.fail(1, 2));
t(() => assert.fail(1, 2, undefined, '>'));
t(() => assert.fail(1, 2, 'msg'));
t(() => assert.ifError(null));
t(() => assert.ifError(new Error('e1')));
t(() => assert.ifError('str'));
t(() => assert.ifError(0));
t(() => assert.match('abc', /x/));
t(() => assert.match(123, /x/));
t(() => assert.match('abc', 'x'));
t(() => assert.doesNotMatch('abc', /b/));
t(() => assert.strictEqual(1, 2, 'custom msg'));
t(() => assert.strictEqual(1, 2, new RangeError('own')));
t(() => assert.ok(0, 'ok msg'));
t(() => assert.ok());
t(() => assert.equal(1, 2, undefined));
t(() => assert.deepStrictEqual(-0, 0));
t(() => assert.strictEqual(-0, 0));
t(() => assert.deepEqual(1, 2));
t(() => assert.deepEqual('x'.repeat(600), 'y'));
t(() => assert.strictEqual(Symbol('a'), Symbol('a')));
t(() => assert.deepStrictEqual([Symbol('a')], [Symbol('a')]));
t(() => assert.strictEqual(function f() {}, function f() {}));
t(() => assert.strictEqual(1n, 2n));
t(() => assert.strictEqual(undefined, null));
t(() => assert.strictEqual('a\nb', 'a\nc'));
t(() => assert.strictEqual('abcdefghij', 'abcdefghiX'));
// generated messages that quote the source of the failing call
const { ok } = assert;
const isOk = (x) => x;
t(() => assert(false));
t(() => assert.ok(null));
t(() => assert.ok(isOk(0)));
t(() => ok(isOk(0) && isOk(1), undefined));
t(() => assert.strict.ok(typeof 1 === 'string'));
t(() => assert.ok("a(" === ')'));
t(() => {
  assert(
    isOk(''),
    undefined
  );
});
t(() => assert(1));
t(() => assert.ok(0, new TypeError('own error')));

// loose deep equality
for (const [a, b] of [
  [{ a: 1 }, { a: '1' }], [[1, 2], ['1', '2']], [1, true], [null, undefined], [NaN, NaN], [0, -0],
  [new Set([1, 2]), new Set(['1', '2'])], [new Map([[1, { x: 1 }]]), new Map([[1, { x: '1' }]])],
  [new Date(5), new Date(5)], [new Date(5), new Date(6)], [/a/g, /a/g], [/a/g, /a/i],
  [Object.create(null), {}], [[1, 2], { 0: 1, 1: 2 }],
  [{ a: undefined }, {}], [new Number(1), new Number(1)], [new String('a'), 'a'], [[], {}], ['', 0],
  [new Uint8Array([1, 2]), new Uint8Array([1, 2])], [new Uint8Array([1]), new Int8Array([1])],
]) {
  console.log(util.inspect(a), util.inspect(b), noThrow(() => assert.deepEqual(a, b)),
    noThrow(() => assert.deepStrictEqual(a, b)), noThrow(() => assert.notDeepEqual(a, b)));
}
function noThrow(fn) {
  try {
    fn();
    return true;
  } catch (e) {
    return e.code;
  }
}
const circA = { name: 'c' };
circA.self = circA;
console.log(noThrow(() => assert.deepEqual(new Error('e'), new Error('e'))), noThrow(() => assert.deepEqual(new Error('e'), new TypeError('e'))));
const circB = { name: 'c' };
circB.self = circB;
console.log(noThrow(() => assert.deepEqual(circA, circB)), noThrow(() => assert.deepStrictEqual(circA, circB)));

// missing arguments
t(() => assert.equal(1));
t(() => assert.deepStrictEqual());

// AssertionError itself
const e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(JSON.stringify(e.message), e.generatedMessage, e.name, e.code, e instanceof Error, String(e));
console.log(Object.keys(e));
const e2 = new assert.AssertionError({ message: 'hi' });
console.log(JSON.stringify(e2.message), e2.generatedMessage, Object.keys(e2), e2.actual, e2.operator);
const e3 = new assert.AssertionError({ actual: [1], expected: [2], operator: 'deepStrictEqual', message: 'custom' });
console.log(JSON.stringify(e3.message));
try {
  new assert.AssertionError(1);
} catch (err) {
  console.log(err.name, err.code, err.message);
}
try {
  assert.equal(1, 2);
} catch (err) {
  console.log(util.inspect(err).split('\n').filter((l) => !/^\s+at /.test(l)).join('\n'));
}
try {
  assert.deepStrictEqual({ a: [1, 2, { b: 3 }] }, { a: 1 });
} catch (err) {
  console.log(util.inspect(err).split('\n').filter((l) => !/^\s+at /.test(l)).join('\n'));
}

// strict mode
console.log(Object.keys(assert).join(','));
const strict = require('assert/strict');
console.log(strict === assert.strict, strict.strict === strict, strict.equal === assert.strictEqual,
  strict.deepEqual === assert.deepStrictEqual, strict.notEqual === assert.notStrictEqual,
  strict.notDeepEqual === assert.notDeepStrictEqual, Object.keys(strict).length, typeof strict);
t(() => strict.equal(1, '1'));
t(() => strict.deepEqual([1], ['1']));
t(() => strict.notEqual(1, 1));
t(() => strict(0));
t(() => require('node:assert/strict').ok(''));
