'use strict';
// util helpers besides inspect: deep equality, types, promisify/callbackify, inherits, parseArgs, strings.
const util = require('util');

let n = 0;
function show(label, fn) {
  n++;
  let out;
  try {
    out = JSON.stringify(fn());
  } catch (err) {
    out = `throws ${err.name} ${err.code}: ${err.message}`;
  }
  console.log(`${n} ${label}: ${out}`);
}

// isDeepStrictEqual
const sym = Symbol('s');
const c1 = { v: 1 };
c1.self = c1;
const c2 = { v: 1 };
c2.self = c2;
const pairs = [
  ['numbers', 1, 1], ['number vs string', 1, '1'], ['NaN', NaN, NaN], ['zero signs', 0, -0],
  ['objects', { a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }], ['objects differ', { a: 1 }, { a: 2 }],
  ['missing key', { a: undefined }, {}], ['array order', [1, 2], [2, 1]], ['hole vs undefined', [1, , 3], [1, undefined, 3]],
  ['dates', new Date(5), new Date(5)], ['dates differ', new Date(5), new Date(6)], ['regexps', /a/g, /a/g], ['regexp flags', /a/g, /a/i],
  ['maps', new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])], ['map object keys', new Map([[{}, 1]]), new Map([[{}, 1]])],
  ['map values differ', new Map([[{}, 1]]), new Map([[{}, 2]])], ['sets unordered', new Set([1, { a: 1 }]), new Set([{ a: 1 }, 1])],
  ['set types', new Set([1]), new Set(['1'])], ['circular', c1, c2], ['typed arrays', new Uint8Array([1, 2]), new Uint8Array([1, 2])],
  ['typed array kinds', new Uint8Array([1]), new Int8Array([1])], ['float zero', new Float64Array([0]), new Float64Array([-0])],
  ['buffers', new ArrayBuffer(2), new ArrayBuffer(2)], ['boxed', new Number(1), new Number(1)], ['boxed vs prim', new String('a'), 'a'],
  ['errors', new Error('a'), new Error('a')], ['error types', new Error('a'), new TypeError('a')],
  ['symbol keys', { [sym]: 1 }, { [sym]: 1 }], ['symbol key missing', { [sym]: 1 }, {}], ['prototypes', Object.create(null), {}],
  ['array vs object', [1], { 0: 1, length: 1 }], ['array props', Object.assign([1], { x: 1 }), [1]], ['null undefined', null, undefined],
  ['nested', { a: [{ b: new Map([[1, new Set([2])]]) }] }, { a: [{ b: new Map([[1, new Set([2])]]) }] }],
  ['non-enumerable ignored', Object.defineProperty({}, 'x', { value: 1 }), {}], ['lengths', [1, 2, 3], [1, 2]],
];
for (const [label, a, b] of pairs) show(`deepEqual ${label}`, () => [util.isDeepStrictEqual(a, b), util.isDeepStrictEqual(b, a)]);

// types
const samples = {
  date: new Date(0), regexp: /x/, map: new Map(), set: new Set(), weakmap: new WeakMap(), weakset: new WeakSet(),
  promise: Promise.resolve(), error: new TypeError('t'), u8: new Uint8Array(1), f64: new Float64Array(1), ab: new ArrayBuffer(1),
  dv: new DataView(new ArrayBuffer(1)), num: new Number(1), str: new String('s'), bool: new Boolean(true), big: Object(1n),
  symobj: Object(Symbol('o')), fn: function plain() {}, asyncFn: async function af() {}, genFn: function* gf() {},
  args: (function () { return arguments; })(), gen: (function* g() {})(), plainObj: {}, fakeDate: Object.create(Date.prototype),
  prim: 1,
};
const checks = ['isDate', 'isRegExp', 'isMap', 'isSet', 'isWeakMap', 'isWeakSet', 'isPromise', 'isNativeError', 'isTypedArray',
  'isUint8Array', 'isFloat64Array', 'isArrayBuffer', 'isAnyArrayBuffer', 'isArrayBufferView', 'isDataView', 'isBoxedPrimitive',
  'isNumberObject', 'isStringObject', 'isBooleanObject', 'isBigIntObject', 'isSymbolObject', 'isAsyncFunction',
  'isGeneratorFunction', 'isGeneratorObject', 'isArgumentsObject'];
for (const check of checks) {
  show(`types.${check}`, () => Object.keys(samples).filter((k) => util.types[check](samples[k])));
}
show('legacy checks', () => [util.isArray([]), util.isBoolean(false), util.isNull(null), util.isNullOrUndefined(undefined),
  util.isNumber('1'), util.isString('s'), util.isSymbol(sym), util.isUndefined(null), util.isObject(null), util.isObject({}),
  util.isFunction(() => {}), util.isPrimitive({}), util.isPrimitive('x'), util.isRegExp(/x/), util.isDate(new Date()),
  util.isError(new Error())]);

// strings
show('toUSVString', () => [util.toUSVString('a\ud800b'), util.toUSVString('\udc00'), util.toUSVString('ok 😀'), util.toUSVString('x\ud83d')]);
show('stripVTControlCharacters', () => [
  util.stripVTControlCharacters('\u001b[31mred\u001b[39m'), util.stripVTControlCharacters('a\u001b[1;2mb'),
  util.stripVTControlCharacters('\u001b]8;;http://x\u0007link\u001b]8;;\u0007'), util.stripVTControlCharacters('\u001b[2Jclear'),
]);
show('stripVTControlCharacters non-string', () => util.stripVTControlCharacters(1));
show('styleText invalid format', () => util.styleText('not-a-color', 'x').length);
show('styleText non-string text', () => util.styleText('red', 5));
show('inspect.colors', () => [util.inspect.colors.red, util.inspect.colors.bold, util.inspect.colors.grey, util.inspect.colors.bgBlue]);
show('inspect.styles', () => [util.inspect.styles.number, util.inspect.styles.string, util.inspect.styles.date, util.inspect.styles.regexp]);
show('inspect.defaultOptions', () => util.inspect.defaultOptions);
show('defaultOptions setter rejects null', () => { util.inspect.defaultOptions = null; });
show('defaultOptions change', () => {
  const before = util.inspect.defaultOptions.depth;
  util.inspect.defaultOptions = { depth: 0 };
  const out = util.inspect({ a: { b: 1 } });
  util.inspect.defaultOptions = { depth: before };
  return [out, util.inspect({ a: { b: 1 } })];
});
show('inspect legacy args', () => [util.inspect({ a: { b: { c: {} } } }, false, 0), util.inspect({ h: 1 }, true)]);

// inherits, promisify, callbackify, deprecate, debuglog
show('inherits', () => {
  function Animal() {}
  Animal.prototype.speak = function () { return 'speaks'; };
  function Dog() {}
  util.inherits(Dog, Animal);
  return [new Dog().speak(), Dog.super_ === Animal, Object.keys(Dog), new Dog() instanceof Animal];
});
show('inherits bad superCtor', () => util.inherits(function () {}, null));
show('inherits no prototype', () => util.inherits(function () {}, {}));
show('promisify metadata', () => {
  function doThing(a, b, cb) {}
  doThing.extra = 1;
  const p = util.promisify(doThing);
  return [p.name, p.length, p.extra, util.promisify(p) === p, p[util.promisify.custom] === p];
});
show('promisify.custom', () => {
  function f() {}
  const custom = () => 'custom';
  f[util.promisify.custom] = custom;
  return [util.promisify(f) === custom, util.promisify.custom === Symbol.for('nodejs.util.promisify.custom')];
});
show('promisify non-function', () => util.promisify('nope'));
show('callbackify metadata', () => {
  async function work(a) {}
  const cb = util.callbackify(work);
  return [cb.name, cb.length];
});
show('callbackify missing callback', () => util.callbackify(async () => 1)(1, 2));
show('callbackify non-function', () => util.callbackify(null));
show('deprecate bad code', () => util.deprecate(() => 1, 'msg', 5));
show('deprecate warns once per function and code', () => {
  const calls = [];
  const original = process.emitWarning;
  process.emitWarning = (msg, type, code) => calls.push([msg, type, typeof code === 'string' ? code : null]);
  try {
    const a = util.deprecate(() => 'a', 'a is old', 'DEP_CAPJS_TEST');
    const b = util.deprecate(() => 'b', 'b is old', 'DEP_CAPJS_TEST');
    const c = util.deprecate(() => 'c', 'c is old');
    const results = [a(), a(), b(), c(), c()];
    class Legacy { constructor(v) { this.v = v; } }
    const Wrapped = util.deprecate(Legacy, 'Legacy is old');
    const inst = new Wrapped(7);
    return [results, calls, inst instanceof Legacy, inst.v, Object.getPrototypeOf(Wrapped) === Legacy];
  } finally {
    process.emitWarning = original;
  }
});
show('debuglog disabled', () => {
  const log = util.debuglog('capjs_util_test_section');
  log('not printed %d', 1);
  return [log.enabled, typeof util.debug];
});

// parseArgs
const parse = (config) => {
  const r = util.parseArgs(config);
  return { nullProto: Object.getPrototypeOf(r.values) === null, values: { ...r.values }, positionals: r.positionals, tokens: r.tokens };
};
show('parseArgs basic', () => parse({ args: ['-f', '--bar', 'b'], options: { foo: { type: 'boolean', short: 'f' }, bar: { type: 'string' } } }));
show('parseArgs short group', () => parse({ args: ['-abc'], options: { a: { type: 'boolean' }, b: { type: 'boolean' }, c: { type: 'boolean' } } }));
show('parseArgs group with value', () => parse({ args: ['-abVALUE'], options: { a: { type: 'boolean' }, b: { type: 'string' } } }));
show('parseArgs tokens', () => parse({ args: ['--name=val', '--', '--not-opt', 'x'], options: { name: { type: 'string' } }, allowPositionals: true, tokens: true }));
show('parseArgs multiple', () => parse({ args: ['--m', 'a', '--m=b', '-m', 'c'], options: { m: { type: 'string', multiple: true, short: 'm' } } }));
show('parseArgs defaults', () => parse({ args: [], options: { d: { type: 'string', default: 'def' }, e: { type: 'boolean', default: false } } }));
show('parseArgs non-strict', () => parse({ args: ['--unknown=5', '-xy', 'pos'], strict: false, tokens: true }));
show('parseArgs unknown option', () => parse({ args: ['--unknown'] }));
show('parseArgs unknown with positionals', () => parse({ args: ['-u'], allowPositionals: true }));
show('parseArgs unexpected positional', () => parse({ args: ['pos'] }));
show('parseArgs ambiguous value', () => parse({ args: ['--s', '-t'], options: { s: { type: 'string' } } }));
show('parseArgs missing value', () => parse({ args: ['--s'], options: { s: { type: 'string', short: 'x' } } }));
show('parseArgs boolean with value', () => parse({ args: ['--b=1'], options: { b: { type: 'boolean' } } }));
show('parseArgs bad type', () => parse({ args: [], options: { s: { type: 'number' } } }));
show('parseArgs bad short', () => parse({ args: [], options: { s: { type: 'string', short: 'ab' } } }));
show('parseArgs bad default', () => parse({ args: [], options: { s: { type: 'string', default: 1 } } }));
show('parseArgs args not array', () => parse({ args: 'x' }));

// parseEnv
show('parseEnv basic', () => util.parseEnv('A=1\nB = two \n# comment\nexport C=3\nD=x # trailing'));
show('parseEnv quotes', () => util.parseEnv('A="dbl\\n"\nB=\'single\\n\'\nC=`tick`\nD="has # hash"'));
show('parseEnv multiline', () => util.parseEnv('A="multi\nline"\nB=2\nC=\'x\ny\''));
show('parseEnv odd lines', () => util.parseEnv('NOEQ\n=novalue\nE=\nF=a=b\r\nG=last'));

// system errors
show('getSystemErrorName', () => [util.getSystemErrorName(-2), util.getSystemErrorName(-13), util.getSystemErrorName(-99999)]);
show('getSystemErrorName positive', () => util.getSystemErrorName(2));
show('getSystemErrorMap', () => util.getSystemErrorMap().get(-17));

// async helpers: output order is fixed by awaiting each step
(async () => {
  const results = [];
  const nodeStyle = (arg, cb) => setTimeout(() => (arg === 'fail' ? cb(new Error(`failed ${arg}`)) : cb(null, `${arg}!`, 'ignored')), 1);
  results.push(await util.promisify(nodeStyle)('ok'));
  try {
    await util.promisify(nodeStyle)('fail');
  } catch (err) {
    results.push(err.message);
  }
  await new Promise((resolve) => util.callbackify(async (x) => x * 2)(21, (err, v) => { results.push([err, v]); resolve(); }));
  await new Promise((resolve) => util.callbackify(async () => { throw null; })((err) => { results.push([err.code, err.reason]); resolve(); }));
  await new Promise((resolve) => util.callbackify(async () => { throw new Error('rejected'); })((err) => { results.push(err.message); resolve(); }));
  await new Promise((resolve) => util.callbackify(function () { return Promise.resolve(this.v); }).call({ v: 'this kept' }, (e, v) => { results.push(v); resolve(); }));
  console.log(`async: ${JSON.stringify(results)}`);
})();
