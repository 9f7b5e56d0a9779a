// Buffer.concat: lengths given or not, zero fill, element type errors, the pool, views.
const a = Buffer.from('abc'), b = Buffer.from('defg');
console.log(Buffer.concat([a, b]), Buffer.concat([a, b], 5), Buffer.concat([a, b], 10), Buffer.concat([]), Buffer.concat([a], 0));
console.log(Buffer.concat([new Uint8Array([1, 2]), a]));
for (const bad of [[a, 'str'], [a, 5], [{ length: 3 }], [a, new Uint16Array(2)], [new Uint8ClampedArray(2)]]) {
  try { Buffer.concat(bad); } catch (e) { console.log(e.code, e.message); }
}
try { Buffer.concat([a], -1); } catch (e) { console.log(e.code, e.message); }
try { Buffer.concat('x'); } catch (e) { console.log(e.code, e.message); }
const big = Buffer.concat([Buffer.alloc(5000, 1), Buffer.alloc(5000, 2)]); console.log(big.length, big[4999], big[5000], big.buffer.byteLength);
const small = Buffer.concat([a, b]); console.log(small.buffer.byteLength, small.byteOffset >= 0);
const sh = Buffer.concat([a.subarray(1), b.subarray(0, 2)]); console.log(sh.toString());
