'use strict';
// node:buffer creation and copying: alloc*, from, of, copyBytesFrom, concat, compare, equals,
// copy, slice/subarray sharing memory, toJSON, statics and the shape of Buffer itself.
const buffer = require('buffer');
const { Buffer, SlowBuffer } = buffer;

let n = 0;
const fmt = (v) => {
  if (Buffer.isBuffer(v)) return `Buffer(${v.length}) ${v.toString('hex')}`;
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'bigint') return `${v}n`;
  if (Array.isArray(v)) return `[${v.map(fmt).join(', ')}]`;
  if (v && typeof v === 'object') return JSON.stringify(v);
  return String(v);
};
function show(label, fn) {
  n++;
  let out;
  try {
    out = fmt(fn());
  } catch (err) {
    out = `throws ${err.name} ${err.code}: ${err.message}`;
  }
  console.log(`${n} ${label}: ${out}`);
}

// alloc family
show('alloc', () => Buffer.alloc(3));
show('alloc fractional size', () => Buffer.alloc(1.5));
show('alloc negative', () => Buffer.alloc(-1));
show('alloc string size', () => Buffer.alloc('5'));
show('alloc NaN', () => Buffer.alloc(NaN));
show('alloc too big', () => Buffer.alloc(2 ** 33));
show('alloc fill number', () => Buffer.alloc(3, 257));
show('alloc fill string', () => Buffer.alloc(5, 'ab'));
show('alloc fill hex', () => Buffer.alloc(3, 'abc', 'hex'));
show('alloc fill invalid hex', () => Buffer.alloc(3, 'zz', 'hex'));
show('alloc fill empty string', () => Buffer.alloc(3, '', 'hex'));
show('alloc fill unknown encoding', () => Buffer.alloc(3, 'a', 'nope'));
show('alloc fill encoding not string', () => Buffer.alloc(3, 'a', 5));
show('alloc fill true', () => Buffer.alloc(3, true));
show('alloc fill object', () => Buffer.alloc(3, {}));
show('alloc fill empty buffer', () => Buffer.alloc(3, Buffer.alloc(0)));
show('alloc fill buffer', () => Buffer.alloc(5, Buffer.from([1, 2])));
show('alloc fill base64', () => Buffer.alloc(5, 'YWI=', 'base64'));
show('allocUnsafe', () => Buffer.allocUnsafe(4).length);
show('allocUnsafe zero', () => Buffer.allocUnsafe(0));
show('allocUnsafe negative', () => Buffer.allocUnsafe(-5));
show('allocUnsafe string', () => Buffer.allocUnsafe('4'));
show('allocUnsafeSlow', () => Buffer.allocUnsafeSlow(4).length);
show('allocUnsafeSlow bad', () => Buffer.allocUnsafeSlow(undefined));
show('SlowBuffer', () => {
  const s = SlowBuffer(3);
  return [s.length, s instanceof Buffer, s.constructor.name];
});
show('SlowBuffer negative', () => SlowBuffer(-1));
show('Buffer(number)', () => Buffer(2));
show('new Buffer(string)', () => new Buffer('ab'));
show('Buffer(number, encoding)', () => Buffer(2, 'utf8'));

// from
show('from array', () => Buffer.from([257, -1, 1.9, '3', NaN]));
show('from array-like', () => Buffer.from({ length: 3, 0: 1, 1: '2', 2: 'a' }));
show('from array-like bad length', () => Buffer.from({ length: 'x' }));
show('from JSON shape', () => Buffer.from({ type: 'Buffer', data: [1, 2, 3] }));
show('from String object', () => Buffer.from(new String('hey')));
show('from valueOf', () => Buffer.from({ valueOf() { return 'vo'; } }));
show('from toPrimitive', () => Buffer.from({ [Symbol.toPrimitive]() { return 'tp'; } }));
show('from valueOf number', () => Buffer.from({ valueOf() { return 5; } }));
show('from Uint16Array', () => Buffer.from(new Uint16Array([256, 513])));
show('from Float64Array', () => Buffer.from(new Float64Array([1.5, -2])));
show('from buffer copies', () => {
  const a = Buffer.from('ab');
  const b = Buffer.from(a);
  b[0] = 0x7a;
  return [a, b];
});
show('from number', () => Buffer.from(5));
show('from null', () => Buffer.from(null));
show('from plain object', () => Buffer.from({}));
show('from symbol', () => Buffer.from(Symbol('x')));
show('from undefined', () => Buffer.from());
show('from DataView', () => Buffer.from(new DataView(new ArrayBuffer(4))));
const ab = new ArrayBuffer(8);
new Uint8Array(ab).set([1, 2, 3, 4, 5, 6, 7, 8]);
show('from arrayBuffer shares memory', () => {
  const b = Buffer.from(ab, 2, 3);
  b[0] = 0xff;
  return [b, new Uint8Array(ab)[2], b.buffer === ab, b.byteOffset];
});
show('from arrayBuffer offset only', () => Buffer.from(ab, 6));
show('from arrayBuffer offset too big', () => Buffer.from(ab, 9));
show('from arrayBuffer length too big', () => Buffer.from(ab, 1, 8));
show('from arrayBuffer negative length', () => Buffer.from(ab, 1, -1).length);
show('from arrayBuffer NaN args', () => Buffer.from(ab, 'x', 'y').length);
show('from arrayBuffer fractional offset', () => Buffer.from(ab, 1.5, 2));
show('of', () => Buffer.of(1, 2, 300));
show('of empty', () => Buffer.of());
show('copyBytesFrom', () => Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1));
show('copyBytesFrom offset past end', () => Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 5));
show('copyBytesFrom no args', () => Buffer.copyBytesFrom(new Uint8Array([9, 8])));
show('copyBytesFrom array', () => Buffer.copyBytesFrom([1]));
show('copyBytesFrom negative', () => Buffer.copyBytesFrom(new Uint8Array(2), -1));
show('copyBytesFrom fractional', () => Buffer.copyBytesFrom(new Uint8Array(2), 1.5));

// concat
show('concat', () => Buffer.concat([Buffer.from('ab'), new Uint8Array([0x63]), Buffer.alloc(0)]));
show('concat totalLength longer', () => Buffer.concat([Buffer.from('ab')], 5));
show('concat totalLength shorter', () => Buffer.concat([Buffer.from('ab'), Buffer.from('cd')], 3));
show('concat negative length', () => Buffer.concat([Buffer.from('ab')], -1));
show('concat fractional length', () => Buffer.concat([Buffer.from('ab')], 1.5));
show('concat string length', () => Buffer.concat([Buffer.from('ab')], '1'));
show('concat empty', () => Buffer.concat([]));
show('concat bad element', () => Buffer.concat([Buffer.from('a'), 'b']));
show('concat array-like element', () => Buffer.concat([{ length: 2 }]));
show('concat not array', () => Buffer.concat('ab'));
show('concat many', () => {
  const parts = [];
  for (let i = 0; i < 1000; i++) parts.push(Buffer.from([i & 255, (i >> 8) & 255]));
  const all = Buffer.concat(parts);
  return [all.length, all.readUInt16LE(998 * 2), all.readUInt16LE(0)];
});

// compare / equals
const x = Buffer.from('abcd');
const y = Buffer.from('bcde');
show('compare', () => [x.compare(y), y.compare(x), x.compare(x), Buffer.compare(x, y), Buffer.compare(y, x), Buffer.compare(x, Buffer.from(x))]);
show('compare prefix', () => [Buffer.compare(Buffer.from('ab'), Buffer.from('abc')), Buffer.compare(Buffer.from('abc'), Buffer.from('ab'))]);
show('compare ranges', () => [x.compare(y, 0, 3, 1, 4), x.compare(y, 1), x.compare(y, 0, 0), x.compare(y, 0, 4, 2, 2), x.compare(y, 5)]);
show('compare empty ranges', () => [x.compare(y, 2, 2, 1, 1), x.compare(y, 3, 2)]);
show('compare negative targetStart', () => x.compare(y, -1));
show('compare targetEnd too big', () => x.compare(y, 0, 5));
show('compare sourceEnd too big', () => x.compare(y, 0, 4, 0, 5));
show('compare fractional', () => x.compare(y, 1.5));
show('compare string offset', () => x.compare(y, '1'));
show('compare non-buffer', () => x.compare('x'));
show('Buffer.compare non-buffer', () => Buffer.compare(x, 'b'));
show('Buffer.compare non-buffer first', () => Buffer.compare('a', x));
show('compare with Uint8Array', () => x.compare(new Uint8Array([0x61, 0x62, 0x63, 0x64])));
show('sort with compare', () => [Buffer.from('b'), Buffer.from('a'), Buffer.from('ab')].sort(Buffer.compare).map((b) => b.toString()));
show('equals', () => [x.equals(Buffer.from('abcd')), x.equals(y), x.equals(x), x.equals(new Uint8Array([0x61, 0x62, 0x63, 0x64])), Buffer.alloc(0).equals(Buffer.alloc(0))]);
show('equals non-buffer', () => x.equals('abcd'));

// copy
const c = Buffer.from('abcdef');
show('copy', () => {
  const d = Buffer.alloc(4);
  return [c.copy(d), d];
});
show('copy targetStart sourceStart', () => {
  const d = Buffer.alloc(4);
  return [c.copy(d, 1, 2), d];
});
show('copy range', () => {
  const d = Buffer.alloc(4);
  return [c.copy(d, 1, 2, 3), d];
});
show('copy targetStart past end', () => c.copy(Buffer.alloc(4), 10));
show('copy negative targetStart', () => c.copy(Buffer.alloc(4), -1));
show('copy sourceStart past end', () => c.copy(Buffer.alloc(4), 0, 7));
show('copy negative sourceStart', () => c.copy(Buffer.alloc(4), 0, -1));
show('copy negative sourceEnd', () => c.copy(Buffer.alloc(4), 0, 0, -1));
show('copy coerced args', () => {
  const d = Buffer.alloc(4);
  return [c.copy(d, 1.7, '1', 3.9), d];
});
show('copy NaN args', () => {
  const d = Buffer.alloc(4);
  return [c.copy(d, 'x', NaN), d];
});
show('copy end before start', () => c.copy(Buffer.alloc(4), 0, 4, 2));
show('copy huge integers', () => [c.copy(Buffer.alloc(4), 2 ** 53), c.copy(Buffer.alloc(4), 0, 0, 2 ** 53)]);
show('copy huge sourceStart', () => c.copy(Buffer.alloc(4), 0, 2 ** 53));
show('copy infinite args', () => [c.copy(Buffer.alloc(4), Infinity), c.copy(Buffer.alloc(4), 0, Infinity), c.copy(Buffer.alloc(4), 0, 0, Infinity)]);
show('copy boolean and null args', () => [c.copy(Buffer.alloc(4), true), c.copy(Buffer.alloc(4), null)]);
show('copy to string', () => c.copy('x'));
show('copy to Uint16Array', () => c.copy(new Uint16Array(4)));
show('copy overlapping', () => {
  const d = Buffer.from('abcdef');
  return [d.copy(d, 2, 0), d.toString()];
});
show('copy from non-buffer', () => Buffer.prototype.copy.call('abc', Buffer.alloc(2)));

// slice / subarray share memory
show('slice shares', () => {
  const p = Buffer.from('abc');
  const s = p.slice(1);
  s[0] = 0x7a;
  return [p, s.parent === p.buffer, s instanceof Buffer, s.offset - p.offset];
});
show('slice args', () => {
  const b = Buffer.from('abcdef');
  return [b.slice(-2), b.slice(1, -1), b.slice(5, 1), b.slice('2'), b.slice(NaN, 3), b.slice(1.9), b.slice(-100, 2), b.slice(2, 100)];
});
show('subarray args', () => {
  const b = Buffer.from('abcdef');
  return [b.subarray(-2), b.subarray(1, -1), b.subarray('2'), b.subarray(NaN, 3), b.subarray(4, 2), b.subarray(1) instanceof Buffer];
});
show('map returns Buffer', () => {
  const m = Buffer.from('abc').map((v) => v + 1);
  return [m, m instanceof Buffer];
});
show('filter returns Buffer', () => Buffer.from('abc').filter((v) => v !== 0x62));
show('Uint8Array slice returns copy', () => {
  const b = Buffer.from('abc');
  const u = Uint8Array.prototype.slice.call(b, 1);
  u[0] = 0;
  return [b, u instanceof Buffer];
});

// toJSON and friends
show('toJSON', () => Buffer.from('abc').toJSON());
show('toJSON empty', () => Buffer.alloc(0).toJSON());
show('JSON.stringify', () => JSON.stringify({ b: Buffer.from([1, 2]) }));
show('JSON round trip', () => Buffer.from(JSON.parse(JSON.stringify(Buffer.from('xyz')))));
show('String()', () => [String(Buffer.from('hey')), `${Buffer.from([0x41])}`, Buffer.from('x') + '']);
show('toLocaleString', () => Buffer.from('ab').toLocaleString('hex'));
show('spread', () => [...Buffer.from('ab')]);
show('entries', () => [...Buffer.from('ab').entries()].join('|'));

// identity and shape
show('isBuffer', () => [Buffer.isBuffer(Buffer.alloc(1)), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer('a'), Buffer.isBuffer(null)]);
show('instanceof', () => [Buffer.alloc(1) instanceof Uint8Array, Buffer.alloc(1) instanceof Buffer, new Uint8Array(1) instanceof Buffer]);
show('constructor', () => [Buffer.alloc(1).constructor === Buffer, Buffer.name, Buffer.length, Object.getPrototypeOf(Buffer) === Uint8Array]);
show('prototype chain', () => [Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype, Object.getPrototypeOf(Buffer.from('a')) === Buffer.prototype]);
show('species', () => [Buffer[Symbol.species] === Buffer, Buffer[Symbol.species].name]);
show('static names', () => Object.getOwnPropertyNames(Buffer).join(','));
show('static lengths', () => ['from', 'of', 'alloc', 'allocUnsafe', 'allocUnsafeSlow', 'isBuffer', 'compare', 'isEncoding', 'concat',
  'byteLength', 'copyBytesFrom'].map((k) => `${Buffer[k].name}/${Buffer[k].length}`).join(' '));
show('prototype names', () => Object.getOwnPropertyNames(Buffer.prototype).join(','));
show('method names', () => ['readUint8', 'readFloatLE', 'writeDoubleBE', 'toLocaleString', 'hexSlice', 'utf8Write', 'copy', 'fill']
  .map((k) => `${Buffer.prototype[k].name}/${Buffer.prototype[k].length}`).join(' '));
show('aliases', () => [Buffer.prototype.readUint32LE === Buffer.prototype.readUInt32LE, Buffer.prototype.writeBigUint64LE === Buffer.prototype.writeBigUInt64LE]);
show('parent/offset descriptors', () => {
  const d = Object.getOwnPropertyDescriptor(Buffer.prototype, 'parent');
  return [typeof d.get, d.enumerable, d.configurable, Buffer.prototype.parent, Buffer.prototype.offset];
});
show('poolSize', () => [Buffer.poolSize, Object.getOwnPropertyDescriptor(Buffer, 'poolSize').writable]);
show('constants', () => [buffer.constants.MAX_LENGTH, buffer.constants.MAX_STRING_LENGTH, buffer.kMaxLength, buffer.kStringMaxLength]);
show('exports', () => Object.keys(buffer).join(','));
show('pooled small buffers', () => {
  const a = Buffer.allocUnsafe(10);
  return [a.buffer.byteLength > a.length, a.byteOffset % 8];
});
show('unpooled big buffers', () => {
  const a = Buffer.allocUnsafe(8192);
  return [a.buffer.byteLength, a.byteOffset];
});
