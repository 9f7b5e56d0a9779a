'use strict';
// util.inspect of Map, Set, weak collections, typed arrays, ArrayBuffer, DataView and Promise.
const util = require('util');

let n = 0;
function show(label, value, opts) {
  n++;
  console.log(`${n} ${label}: ${opts === undefined ? util.inspect(value) : util.inspect(value, opts)}`);
}
const range = (len, f = (i) => i) => Array.from({ length: len }, (_, i) => f(i));

// Map
show('empty map', new Map());
show('map', new Map([['a', 1], ['b', { c: 2 }]]));
show('map object keys', new Map([[{ k: 1 }, [1, 2]], [[1], 'v']]));
show('map nested', new Map([['a', new Map([['b', new Map([['c', new Map([['d', 1]])]])]])]]));
show('map many', new Map(range(30, (i) => [`key${i}`, i])));
show('map maxArrayLength', new Map([[1, 2], [3, 4], [5, 6]]), { maxArrayLength: 1 });
show('map with props', Object.assign(new Map([[1, 1]]), { extra: true }));
show('empty map with props', Object.assign(new Map(), { extra: true }));
show('map subclass', new (class MyMap extends Map {})([[1, 2]]));
show('map null proto', Object.setPrototypeOf(new Map([[1, 2]]), null));
show('map long entries', new Map([['x'.repeat(40), 'y'.repeat(40)], ['z', 1]]));
show('map sorted', new Map([['b', 1], ['a', 2]]), { sorted: true });
show('map compact false', new Map([['a', 1]]), { compact: false });

// Set
show('empty set', new Set());
show('set', new Set([1, 'two', { three: 3 }]));
show('set numbers', new Set(range(20)));
show('set big', new Set(range(150)));
show('set maxArrayLength', new Set([1, 2, 3]), { maxArrayLength: 1 });
show('set maxArrayLength 0', new Set([1, 2]), { maxArrayLength: 0 });
show('set with props', Object.assign(new Set([1]), { extra: true }));
show('set subclass', new (class MySet extends Set {})([1]));
show('empty set subclass', new (class MySet extends Set {})());
show('set null proto', Object.setPrototypeOf(new Set([1]), null));
show('nested sets', new Set([new Set([new Set([new Set([1])])])]));
show('set of arrays', new Set([[1, 2], [3, 4]]));

// weak collections
show('WeakMap', new WeakMap());
show('WeakSet', new WeakSet([{}]));
show('WeakMap subclass', new (class MyWeakMap extends WeakMap {})());
show('WeakRef-free object', { wm: new WeakMap(), ws: new WeakSet() });

// typed arrays
show('Uint8Array', new Uint8Array([1, 2, 3]));
show('empty Uint8Array', new Uint8Array(0));
show('Float64Array', new Float64Array([1.5, -0, NaN, Infinity]));
show('Float32Array', new Float32Array([0.5, 2]));
show('Int16Array long', new Int16Array(150));
show('Int32Array negatives', Int32Array.from(range(20, (i) => (i - 10) * 99999)));
show('BigInt64Array', new BigInt64Array([1n, -2n]));
show('BigUint64Array', new BigUint64Array([2n ** 64n - 1n]));
show('Uint8Array grouped', Uint8Array.from(range(30, (i) => i * 8)));
show('Uint8ClampedArray', new Uint8ClampedArray([300, -5]));
show('typed array with props', Object.assign(new Uint8Array(2), { foo: 1 }));
show('typed array subclass', new (class Bytes extends Uint8Array {})(2));
show('typed array maxArrayLength', new Uint16Array(5), { maxArrayLength: 2 });
show('typed array numericSeparator', new Uint32Array([1234567]), { numericSeparator: true });
show('typed array showHidden', new Uint8Array([7, 8]), { showHidden: true });
show('subarray showHidden', new Uint8Array([1, 2, 3, 4]).subarray(1, 3), { showHidden: true });
show('typed array in object', { bytes: new Uint8Array([255, 0]) });

// ArrayBuffer / DataView
show('ArrayBuffer', new Uint8Array([1, 2, 255]).buffer);
show('empty ArrayBuffer', new ArrayBuffer(0));
show('ArrayBuffer 120', new ArrayBuffer(120));
show('ArrayBuffer maxArrayLength', new Uint8Array([1, 2, 3, 4]).buffer, { maxArrayLength: 2 });
show('ArrayBuffer with props', Object.assign(new ArrayBuffer(1), { x: 1 }));
show('ArrayBuffer nested', { buf: new ArrayBuffer(3) });
show('ArrayBuffer depth', { a: { b: { c: new ArrayBuffer(2) } } });
show('DataView', new DataView(new ArrayBuffer(4), 1, 2));

// arrays showHidden
show('array showHidden', [1, 2], { showHidden: true });
show('empty array showHidden', [], { showHidden: true });
show('string object showHidden', new String('ab'), { showHidden: true });

// Promise
const rejected = Promise.reject(new Number(3));
rejected.catch(() => {});
show('resolved promise', Promise.resolve(42));
show('rejected promise', rejected);
show('pending promise', new Promise(() => {}));
show('promise of object', Promise.resolve({ a: [1, 2] }));
show('promise with props', Object.assign(Promise.resolve(1), { tag: 'x' }));
show('promise nested', { p: Promise.resolve('s') });
show('promise subclass', (() => { class MyPromise extends Promise {} return MyPromise.resolve(1); })());
show('promise in array', [Promise.resolve(undefined)]);

// mixed containers
show('containers', { map: new Map([[1, new Set([2])]]), set: new Set([new Map()]), arr: [new Map(), new Set()] });
show('containers depth 0', { map: new Map([[1, 2]]), set: new Set([1]), ta: new Uint8Array(1) }, { depth: 0 });
show('array of maps', range(7, (i) => new Map([[i, i]])));
show('circular set', (() => { const s = new Set(); s.add(s); return s; })());
show('map compact true', new Map([['key', { nested: [1, 2, 3] }]]), { compact: true });
show('collections colors', [new Map([['k', 1]]), new Set(['v']), new Uint8Array([1])], { colors: true });
