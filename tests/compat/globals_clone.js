// structuredClone: primitives, wrappers, Date, RegExp, Map, Set, typed arrays, cycles, errors, DataCloneError.
const show = (label, v) => console.log(label, v);

show('primitives:', [1, 'a', true, null, undefined, 10n, -0, NaN].map((v) => structuredClone(v)));
console.log('-0 preserved:', Object.is(structuredClone(-0), -0));
const obj = { a: 1, nested: { b: [1, 2, { c: 3 }] } };
const oc = structuredClone(obj);
console.log('deep copy:', JSON.stringify(oc), oc !== obj, oc.nested !== obj.nested, oc.nested.b !== obj.nested.b);

const d = new Date(1234567890123);
const dc = structuredClone(d);
console.log('Date:', dc instanceof Date, dc.getTime(), dc !== d);
console.log('invalid Date:', String(structuredClone(new Date(NaN))));
const re = /ab+c/gi;
re.lastIndex = 3;
const rc = structuredClone(re);
console.log('RegExp:', rc instanceof RegExp, rc.source, rc.flags, rc !== re, 'lastIndex reset:', rc.lastIndex);
console.log('RegExp sticky unicode:', structuredClone(/x/yu).flags);

const m = new Map([[1, 'one'], ['k', { deep: true }]]);
const mc = structuredClone(m);
console.log('Map:', mc instanceof Map, [...mc.entries()], mc.get('k') !== m.get('k'));
const s = new Set([1, 'two', { three: 3 }]);
const sc = structuredClone(s);
console.log('Set:', sc instanceof Set, [...sc], [...sc][2] !== [...s][2]);

const u8 = new Uint8Array([1, 2, 3, 255]);
const u8c = structuredClone(u8);
console.log('Uint8Array:', u8c instanceof Uint8Array, [...u8c], u8c.buffer !== u8.buffer);
const f64 = new Float64Array([1.5, -2.25]);
console.log('Float64Array:', structuredClone(f64));
const big = new BigInt64Array([1n, -1n]);
console.log('BigInt64Array:', structuredClone(big));
const buf = new ArrayBuffer(8);
new Uint8Array(buf).set([9, 8, 7]);
const bufc = structuredClone(buf);
console.log('ArrayBuffer:', bufc instanceof ArrayBuffer, bufc.byteLength, [...new Uint8Array(bufc)]);
const sub = new Uint16Array(buf, 2, 2);
const subc = structuredClone(sub);
console.log('subarray view:', subc.byteOffset, subc.length, subc.buffer.byteLength);
const dv = new DataView(buf, 1, 4);
const dvc = structuredClone(dv);
console.log('DataView:', dvc instanceof DataView, dvc.byteOffset, dvc.byteLength, dvc.getUint8(0));
// two views on one buffer stay on one buffer
const shared = { a: new Uint8Array(buf), b: new Uint8Array(buf, 4) };
const sharedc = structuredClone(shared);
console.log('shared buffer kept:', sharedc.a.buffer === sharedc.b.buffer);

// cycles and shared references
const cyc = { name: 'cyc' };
cyc.self = cyc;
cyc.list = [cyc, { back: cyc }];
const cc = structuredClone(cyc);
console.log('cycle:', cc.self === cc, cc.list[0] === cc, cc.list[1].back === cc, cc !== cyc);
const leaf = { leaf: 1 };
const twice = structuredClone({ x: leaf, y: leaf });
console.log('shared ref preserved:', twice.x === twice.y);
const arr = [1, 2];
arr.push(arr);
const ac = structuredClone(arr);
console.log('array cycle:', ac[2] === ac, ac.length);
const cm = new Map();
cm.set('me', cm);
const cmc = structuredClone(cm);
console.log('map cycle:', cmc.get('me') === cmc);

// what is dropped
class Point { constructor() { this.x = 1; } get y() { return 2; } method() {} }
const pc = structuredClone(new Point());
console.log('class instance becomes plain:', pc.constructor === Object, pc instanceof Point, JSON.stringify(pc));
const withSym = { [Symbol('s')]: 1, keep: 2 };
console.log('symbol keys dropped:', Object.getOwnPropertySymbols(structuredClone(withSym)).length, structuredClone(withSym).keep);
const nonEnum = Object.defineProperty({ a: 1 }, 'hidden', { value: 2, enumerable: false });
console.log('non-enumerable dropped:', Object.keys(structuredClone(nonEnum)), 'hidden' in structuredClone(nonEnum));
const getter = { get g() { return 'computed'; } };
const gc = structuredClone(getter);
console.log('getter becomes value:', gc.g, typeof Object.getOwnPropertyDescriptor(gc, 'g').get);
const sparse = [1, , 3];
const spc = structuredClone(sparse);
console.log('sparse array:', spc.length, 1 in spc);
const arrProps = Object.assign([1, 2], { extra: 'x' });
console.log('array extra prop:', structuredClone(arrProps).extra);
const nullProto = Object.assign(Object.create(null), { z: 1 });
console.log('null proto becomes Object:', Object.getPrototypeOf(structuredClone(nullProto)) === Object.prototype);

// wrappers
console.log('wrappers:', structuredClone(new Number(5)), structuredClone(new String('s')), structuredClone(new Boolean(false)),
  typeof structuredClone(Object(1n)));

// errors
for (const e of [new Error('plain'), new TypeError('type'), new RangeError('range'), new SyntaxError('syn'),
  new ReferenceError('ref'), new EvalError('ev'), new URIError('uri')]) {
  const c = structuredClone(e);
  console.log('error:', c.constructor.name, c.name, c.message, c instanceof Error, c !== e, typeof c.stack);
}
const withCause = new Error('outer', { cause: new Error('inner') });
const wcc = structuredClone(withCause);
console.log('error cause:', wcc.cause instanceof Error, wcc.cause.message);
const custom = new Error('custom');
custom.name = 'MyError';
custom.code = 'E_X';
const customC = structuredClone(custom);
console.log('custom name/code:', customC.name, customC.constructor.name, customC.code);
class MyErr extends TypeError {}
console.log('subclass:', structuredClone(new MyErr('sub')).constructor.name);
const noMsg = structuredClone(new Error());
console.log('no message:', JSON.stringify(noMsg.message), Object.hasOwn(noMsg, 'message'));
console.log('error in object:', structuredClone({ e: new RangeError('r') }).e instanceof RangeError);

// DataCloneError
const bad = [
  ['function', () => {}],
  ['named function', function foo() {}],
  ['symbol', Symbol('sym')],
  ['nested function', { a: { f() {} } }],
  ['WeakMap', new WeakMap()],
  ['WeakSet', new WeakSet()],
  ['Promise', Promise.resolve()],
  ['symbol in array', [Symbol.iterator]],
  ['function in Map', new Map([[1, Math.max]])],
];
for (const [label, v] of bad) {
  try {
    structuredClone(v);
    console.log(label, 'cloned');
  } catch (e) {
    console.log(label, '->', e.name, e.code, e instanceof DOMException, e.constructor.name,
      label.includes('function') ? '' : e.message);
  }
}
try {
  structuredClone();
} catch (e) {
  console.log('no args:', e.name, e.code, e.message);
}
console.log('undefined arg:', structuredClone(undefined));
console.log('options ignored:', structuredClone({ v: 1 }, {}).v, structuredClone({ v: 2 }, { transfer: [] }).v);
console.log('typeof/length:', typeof structuredClone, structuredClone.length, structuredClone.name);

// transfer
const tbuf = new Uint8Array([1, 2, 3]).buffer;
const moved = structuredClone({ b: tbuf, v: new Uint8Array(tbuf, 1) }, { transfer: [tbuf] });
console.log('transfer:', tbuf.byteLength, moved.b.byteLength, [...new Uint8Array(moved.b)], moved.v.buffer === moved.b, [...moved.v]);
for (const [label, t] of [['string', 'x'], ['object in list', [{}]], ['number in list', [1]], ['null', null],
  ['plain object', {}], ['detached buffer', [tbuf]], ['buffer then number', [new ArrayBuffer(1), 5]]]) {
  try { structuredClone(1, { transfer: t }); console.log('transfer', label, 'ok'); } catch (e) { console.log('transfer', label, e.name, e.code, e.message); }
}
const dup = new ArrayBuffer(4);
try { structuredClone(1, { transfer: [dup, dup] }); } catch (e) { console.log('duplicate:', e.name, e.message); }
for (const o of [null, 5, 'x', { transfer: undefined }]) {
  try { console.log('options', JSON.stringify(o), '->', structuredClone(2, o)); } catch (e) { console.log('options', JSON.stringify(o), e.name, e.code, e.message); }
}

// typed array subclasses come back as the built-in class
class MyBytes extends Uint8Array {}
const mb = structuredClone(new MyBytes([7, 8]));
console.log('subclass view:', mb.constructor.name, [...mb]);
