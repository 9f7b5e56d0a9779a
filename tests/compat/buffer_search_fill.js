'use strict';
// node:buffer searching (indexOf/lastIndexOf/includes), fill and byte swapping.
const { Buffer } = require('buffer');

let n = 0;
const fmt = (v) => {
  if (Buffer.isBuffer(v)) return `Buffer(${v.length}) ${v.toString('hex')}`;
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(fmt).join(', ')}]`;
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

const b = Buffer.from('abcabc');
show('indexOf string offsets', () => [b.indexOf('bc'), b.indexOf('bc', 2), b.indexOf('bc', -2), b.indexOf('bc', -100), b.indexOf('bc', 100)]);
show('indexOf empty needle', () => [b.indexOf(''), b.indexOf('', 3), b.indexOf('', 100), b.indexOf('', -100), b.indexOf('', -2)]);
show('lastIndexOf empty needle', () => [b.lastIndexOf(''), b.lastIndexOf('', 2), b.lastIndexOf('', -100), b.lastIndexOf('', 100)]);
show('lastIndexOf string', () => [b.lastIndexOf('bc'), b.lastIndexOf('bc', 3), b.lastIndexOf('bc', 4), b.lastIndexOf('bc', -3), b.lastIndexOf('bc', -100), b.lastIndexOf('abc', 100)]);
show('indexOf number', () => [b.indexOf(98), b.indexOf(98 + 256), b.indexOf(-158), b.lastIndexOf(98), b.lastIndexOf(98, 3), b.indexOf(98.9), b.indexOf(0x100)]);
show('indexOf number offsets', () => [b.indexOf(98, 1.5), b.indexOf(98, '1'), b.indexOf(98, null), b.lastIndexOf(98, null), b.lastIndexOf(98, NaN), b.indexOf(98, -1), b.indexOf(98, 2 ** 40), b.lastIndexOf(98, -(2 ** 40))]);
show('indexOf object offset', () => b.indexOf('c', { valueOf() { return 3; } }));
show('indexOf bad value', () => b.indexOf({}));
show('indexOf bad value undefined', () => b.indexOf(undefined));
show('indexOf unknown encoding', () => b.indexOf('b', 0, 'nope'));
show('indexOf string offset is encoding', () => b.indexOf('b', '1'));
show('indexOf encodings', () => [b.indexOf('6263', 'hex'), b.indexOf('YmM=', 'base64'), b.indexOf('YmM', 'base64url'), b.indexOf('bc', 'latin1'), b.indexOf('bc', 'ascii'), b.indexOf('b', 'ucs2'), b.indexOf('zz', 'hex')]);
show('indexOf hex with offset', () => [b.indexOf('63', 3, 'hex'), b.lastIndexOf('63', 4, 'hex'), b.indexOf('', 2, 'hex')]);
const u = Buffer.from('abcabc', 'ucs2');
show('ucs2 search', () => [u.indexOf('b', 'ucs2'), u.indexOf('c', 3, 'ucs2'), u.lastIndexOf('a', 'ucs2'), u.lastIndexOf('a', 5, 'ucs2'), u.lastIndexOf('a', 6, 'ucs2')]);
show('ucs2 buffer needle aligned', () => [u.indexOf(Buffer.from([0x62, 0]), 0, 'ucs2'), u.indexOf(Buffer.from([0, 0x62]), 0, 'ucs2'), u.indexOf(Buffer.from([0, 0x62]))]);
show('ucs2 misaligned only', () => Buffer.from([0x00, 0x61, 0x00, 0x00]).indexOf('a', 'ucs2'));
show('ucs2 odd haystack', () => Buffer.from([0x61, 0x00, 0x62]).indexOf('b', 'ucs2'));
show('ucs2 one-byte needle', () => u.indexOf(Buffer.from([0x61]), 0, 'ucs2'));
show('includes', () => [b.includes('ca'), b.includes('x'), b.includes(Buffer.from('cab')), b.includes(new Uint8Array([99])), b.includes(99, 3), b.includes('a', 4)]);
show('indexOf buffer needle', () => [b.indexOf(Buffer.from('cab')), b.indexOf(b), b.lastIndexOf(Buffer.from('abc')), b.indexOf(Buffer.alloc(0)), b.indexOf(Buffer.from('abcabcd'))]);
show('utf8 needles', () => [Buffer.from('h\u00e9llo').indexOf('\u00e9'), Buffer.from('h\u00e9llo').indexOf('\u00e9', 'latin1'), Buffer.from('h\u00e9llo', 'latin1').indexOf('\u00e9', 'latin1')]);
show('lone surrogate needle', () => [Buffer.from('a\ufffdb').indexOf('\ud800'), Buffer.from('a\ufffdb').indexOf('\ufffd')]);
show('empty haystack', () => [Buffer.alloc(0).indexOf('a'), Buffer.alloc(0).indexOf(''), Buffer.alloc(0).lastIndexOf(0), Buffer.alloc(0).indexOf(Buffer.alloc(0))]);
show('needle longer than haystack', () => [Buffer.from('ab').indexOf('abc'), Buffer.from('ab').lastIndexOf('abc')]);
show('large haystack', () => {
  const big = Buffer.alloc(1 << 20, 'abcdefgh');
  big.write('needle!', 999000);
  return [big.indexOf('needle!'), big.lastIndexOf('abc'), big.indexOf('needle!', 999001), big.includes('zzz'), big.lastIndexOf(0x6e), big.indexOf(Buffer.from('hab'), 500000)];
});
show('repetitive haystack', () => {
  const big = Buffer.alloc(100000, 'a');
  big[99999] = 0x62;
  return [big.indexOf('aaab'), big.lastIndexOf('aab'), big.indexOf('ab', 99998), big.indexOf('ba')];
});
show('indexOf on Uint8Array via call', () => Buffer.prototype.indexOf.call(new Uint8Array([1, 2, 3]), 2));
show('indexOf this not a view', () => Buffer.prototype.indexOf.call({}, 2));

// fill
show('fill string', () => Buffer.alloc(5).fill('ab'));
show('fill string offset', () => Buffer.alloc(5).fill('ab', 1));
show('fill string range', () => Buffer.alloc(5).fill('ab', 1, 3));
show('fill encoding as offset', () => Buffer.alloc(5).fill('ab', 'latin1'));
show('fill encoding as end', () => Buffer.alloc(5).fill('ab', 1, 'ucs2'));
show('fill euro utf8', () => Buffer.alloc(5).fill('\u20ac'));
show('fill euro ucs2', () => Buffer.alloc(5).fill('\u20ac', 'ucs2'));
show('fill wide latin1', () => Buffer.alloc(5).fill('\u0101', 'latin1'));
show('fill single utf8 high char', () => Buffer.alloc(3).fill('\u00e9'));
show('fill hex', () => Buffer.alloc(5).fill('abzz', 'hex'));
show('fill base64', () => Buffer.alloc(7).fill('AQID', 'base64'));
show('fill ascii', () => Buffer.alloc(3).fill('\u00e9', 'ascii'));
show('fill number', () => Buffer.alloc(5).fill(257));
show('fill negative number', () => Buffer.alloc(5).fill(-1, 2));
show('fill fractional number', () => Buffer.alloc(3).fill(65.9));
show('fill offset past end', () => Buffer.alloc(5).fill(1, 6));
show('fill end past end', () => Buffer.alloc(5).fill(1, 2, 6));
show('fill end before offset', () => Buffer.alloc(5).fill(1, 3, 2));
show('fill negative offset', () => Buffer.alloc(5).fill(1, -1));
show('fill fractional offset', () => Buffer.alloc(5).fill(1, 1.5));
show('fill string offset', () => Buffer.alloc(5).fill(1, '1'));
show('fill encoding number', () => Buffer.alloc(5).fill('a', 1, 2, 3));
show('fill unknown encoding', () => Buffer.alloc(5).fill('a', 0, 5, 'nope'));
show('fill ignored encoding', () => Buffer.alloc(5).fill('a', undefined, undefined, 'nope'));
show('fill empty string', () => Buffer.alloc(5, 1).fill('', 1));
show('fill buffer', () => Buffer.alloc(5).fill(Buffer.from([1, 2]), 1));
show('fill Uint16Array', () => Buffer.alloc(5).fill(new Uint16Array([0x102]), 1));
show('fill empty buffer', () => Buffer.alloc(5).fill(Buffer.alloc(0)));
show('fill invalid hex', () => Buffer.alloc(5).fill('zz', 'hex'));
show('fill null', () => Buffer.alloc(5, 9).fill(null));
show('fill undefined', () => Buffer.alloc(5, 9).fill(undefined));
show('fill boolean', () => Buffer.alloc(3).fill(true));
show('fill object valueOf', () => Buffer.alloc(3).fill({ valueOf() { return 258; } }));
show('fill returns this', () => {
  const x = Buffer.alloc(2);
  return x.fill(1) === x;
});
show('fill self pattern', () => {
  const x = Buffer.from('abcdef');
  return x.fill(x.subarray(0, 2), 2);
});
show('fill large', () => {
  const x = Buffer.alloc(100001).fill('xyz');
  return [x.toString('latin1', 99990), x.indexOf('xyzxyy')];
});

// swap
show('swap16', () => Buffer.from([1, 2, 3, 4]).swap16());
show('swap32', () => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap32());
show('swap64', () => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap64());
show('swap16 odd', () => Buffer.from([1, 2, 3]).swap16());
show('swap32 bad size', () => Buffer.from([1, 2, 3, 4, 5, 6]).swap32());
show('swap64 bad size', () => Buffer.alloc(4).swap64());
show('swap large', () => {
  const x = Buffer.alloc(256);
  for (let i = 0; i < x.length; i++) x[i] = i;
  return [x.swap16().subarray(0, 4), Buffer.from(x).swap32().subarray(0, 4), Buffer.from(x).swap64().subarray(248)];
});
show('swap16 on subarray', () => {
  const x = Buffer.from([0, 1, 2, 3, 4]);
  x.subarray(1).swap16();
  return x;
});
const errorName = (fn) => {
  try {
    return fn();
  } catch (e) {
    return `${e.name} ${e.code}`;
  }
};
show('BigInt byteOffset in range', () => errorName(() => b.indexOf(98, -1n)));
show('BigInt byteOffset clamped', () => [b.includes(98, 2n ** 63n), b.lastIndexOf(98, -(2n ** 63n))]);
