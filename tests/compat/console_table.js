// console.table: arrays of objects and primitives, objects, Map, Set, property filters, nested and wide values.
console.table([{ a: 1, b: 'Y' }, { a: 'Z', b: 2 }]);
console.table([1, 'two', { x: 1 }, [3, 4]]);
console.table({ r1: { c: 1 }, r2: { d: 2 }, r3: 5 });
console.table(new Map([['k1', { v: 1 }], ['k2', 2]]));
console.table(new Set([1, { a: 2 }]));
console.table([{ a: 1, b: 2, c: 3 }, { a: 4, b: 5, c: 6 }], ['c', 'a']);
console.table([{ a: { nested: { deep: 1 } }, b: [1, [2, [3]]] }]);
console.table([]);
console.table({});
console.table('string');
console.table(42);
console.table(null);
console.table([[1, 2], [3, 4, 5]]);
console.table([{ 'ünï': 'çödé', emoji: '😀' }]);
console.table(['a\nb']);
console.table([{ a: undefined, b: null, c: Symbol('s'), d: () => {}, e: 10n }]);
console.table([1, 2], ['x']);
console.table({ a: 1, b: 2 }, []);
console.table(new Map([[{ k: 1 }, 'v']]));
console.table([new Map([['a', 1]])]);
console.table([{ x: 1 }, 'str', { y: 2 }]);
console.table([[1], { 0: 'z', k: 2 }]);
console.table([{ a: [1, 2, 3, 4, 5] }]);
console.table([{ s: 'quote\'s' }]);
console.table(new Uint8Array([5, 6]));
console.table([{ a: 1 }, { b: 2 }], ['b', 'zz']);
console.table({ x: [1, 2], y: { a: 1, b: 2, c: 3 } });
console.table([{ long: 'x'.repeat(30) }, { long: '' }]);
console.table(['日本語', 'ab']);
console.table([{ 2: 'two', 1: 'one', b: 'b', a: 'a' }]);
console.table(Object.assign(Object.create({ inherited: 1 }), { own: { v: 1 } }));
console.table([[]]);
console.table(new Map());
console.table(new Set());
console.table([true, false, NaN, -0]);
console.table({ fn() {} });
console.table([{ date: new Date(0) }]);
console.table([{ err: Object.assign(Object.create(null), { x: 1 }) }]);
console.group('grouped');
console.table([{ a: 1 }]);
console.groupEnd();
for (const bad of ['x', {}, 1]) {
  try { console.table([{ a: 1 }], bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
