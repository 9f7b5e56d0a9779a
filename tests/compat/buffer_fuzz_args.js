'use strict';
// node:buffer, randomized (fixed seed): reads, writes, copy, slice, compare, fill and includes
// with awkward arguments (NaN, Infinity, strings, BigInts, huge and negative numbers).
// Errors without a code come from the engine, so only their name is compared.
const { Buffer } = require('buffer');

let seed = 0x5bd1e995;
function rand(n) {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
}
const pick = (list) => list[rand(list.length)];
const vals = () => pick([undefined, null, 0, 1, -1, 2, 3, 5, 8, 1.5, -0.5, NaN, Infinity, -Infinity, '1', 2 ** 32, 2 ** 53,
  255, 256, -129, 65535, 0x7fffffff, -0x80000000, 2 ** 40, 2 ** 47, -(2 ** 47), 10n, -1n, 2n ** 63n, true]);
const attempt = (fn) => {
  try {
    const r = fn();
    if (Buffer.isBuffer(r)) return r.toString('hex');
    return typeof r === 'bigint' ? `${r}n` : String(r);
  } catch (e) {
    return `!${e.code || e.name}:${e.code ? e.message : ''}`;
  }
};
const reads = ['readUInt8', 'readInt8', 'readUInt16LE', 'readInt16BE', 'readUInt32BE', 'readInt32LE', 'readFloatLE',
  'readDoubleBE', 'readBigInt64LE', 'readBigUInt64BE'];
const writes = ['writeUInt8', 'writeInt8', 'writeUInt16BE', 'writeInt16LE', 'writeUInt32LE', 'writeInt32BE', 'writeFloatBE',
  'writeDoubleLE', 'writeBigInt64BE', 'writeBigUInt64LE'];

for (let r = 0; r < 300; r++) {
  const b = Buffer.alloc(rand(12));
  for (let i = 0; i < b.length; i++) b[i] = rand(256);
  const out = [];
  out.push(attempt(() => b[pick(reads)](vals())));
  const w = Buffer.from(b);
  out.push(attempt(() => w[pick(writes)](vals(), vals())) + w.toString('hex'));
  const bl = pick([1, 2, 3, 4, 5, 6, 0, 7, undefined]);
  out.push(attempt(() => b[pick(['readUIntLE', 'readUIntBE', 'readIntLE', 'readIntBE'])](vals(), bl)));
  const w2 = Buffer.from(b);
  out.push(attempt(() => w2[pick(['writeUIntLE', 'writeUIntBE', 'writeIntLE', 'writeIntBE'])](vals(), vals(), bl)) + w2.toString('hex'));
  const t = Buffer.alloc(rand(8));
  out.push(attempt(() => b.copy(t, vals(), vals(), vals())) + t.toString('hex'));
  out.push(attempt(() => b.slice(vals(), vals())), attempt(() => b.subarray(vals(), vals())));
  out.push(attempt(() => b.toString('hex', vals(), vals())));
  out.push(attempt(() => b.compare(Buffer.from([rand(256)]), vals(), vals(), vals(), vals())));
  out.push(attempt(() => Buffer.alloc(rand(6)).fill(vals(), vals(), vals())));
  out.push(attempt(() => b.includes(vals(), vals())));
  console.log(r, out.join(' '));
}
