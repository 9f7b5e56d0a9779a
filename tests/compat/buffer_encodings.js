'use strict';
// node:buffer encodings: from/toString/write/byteLength in every encoding, with odd inputs.
const { Buffer } = require('buffer');

let n = 0;
const fmt = (v) => {
  if (Buffer.isBuffer(v)) return `Buffer(${v.length}) ${v.toString('hex')}`;
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'bigint') return `${v}n`;
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

const codes = (s) => [...s].map((c) => c.charCodeAt(0).toString(16)).join(',');

// utf8 both ways, including lone surrogates and invalid byte sequences.
show('utf8 ascii', () => Buffer.from('hello'));
show('utf8 multibyte', () => Buffer.from('h\u00e9\u20ac\ud83d\ude00'));
show('utf8 lone high surrogate', () => Buffer.from('a\ud800b'));
show('utf8 lone low surrogate', () => Buffer.from('\udc00'));
show('utf8 reversed pair', () => Buffer.from('\udc00\ud800'));
show('utf8 surrogate at end', () => Buffer.from('ab\ud83d'));
show('utf-8 alias', () => Buffer.from('\u00ff', 'utf-8'));
show('UTF8 upper case', () => Buffer.from('\u00ff', 'UTF8'));
for (const bytes of [[0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0xe2, 0x82, 0x41],
  [0xf0, 0x9f, 0x98], [0xff, 0xfe], [0xef, 0xbb, 0xbf, 0x41], [0xf0, 0x9f, 0x98, 0x80], [0xc2], [0xe0, 0x80, 0x80],
  [0xf8, 0x88, 0x80, 0x80, 0x80], [0x80, 0x41, 0xbf]]) {
  show(`utf8 decode ${bytes}`, () => codes(Buffer.from(bytes).toString()));
}
show('utf8 bom kept', () => Buffer.from([0xef, 0xbb, 0xbf, 0x68]).toString().length);

// ucs2 / utf16le
show('ucs2 encode', () => Buffer.from('ab\u20ac', 'ucs2'));
show('utf16le lone surrogate kept', () => Buffer.from('a\ud800', 'utf16le'));
show('utf-16le pair', () => Buffer.from('\ud83d\ude00', 'utf-16le'));
show('UCS-2 upper', () => Buffer.from('x', 'UCS-2'));
show('ucs2 odd length decode', () => codes(Buffer.from([0x61, 0x00, 0x62]).toString('ucs2')));
show('ucs2 decode lone surrogate', () => codes(Buffer.from([0x00, 0xd8, 0x41, 0x00]).toString('utf16le')));
show('ucs2 one byte', () => Buffer.from([0x61]).toString('ucs2'));

// latin1 / binary / ascii
show('latin1 high chars', () => Buffer.from('\u00e9\u0141\u20ac\uffff', 'latin1'));
show('binary alias', () => Buffer.from('\u00e9', 'binary'));
show('ascii encode keeps low byte', () => Buffer.from('\u00e9\u0141', 'ascii'));
show('latin1 decode', () => codes(Buffer.from([0x41, 0x80, 0xff]).toString('latin1')));
show('ascii decode strips high bit', () => Buffer.from([0x41, 0xc1, 0xff]).toString('ascii'));
show('latin1 surrogate pair', () => Buffer.from('\ud83d\ude00', 'latin1'));

// hex
for (const s of ['', 'a', 'ab', 'abc', 'zz', 'a z', 'abzz', 'AbCd', '0g', 'g0', '12 34', 'ab\u0100cd', 'abc\u0131', 'ffFF00']) {
  show(`hex ${JSON.stringify(s)}`, () => Buffer.from(s, 'hex'));
}
show('hex decode', () => Buffer.from([0, 15, 16, 255]).toString('hex'));

// base64 / base64url
for (const s of ['', 'Q', 'QQ', 'QQ=', 'QQ==', 'QUI', 'QUJD', 'QU JD', 'QU\nJD', 'QUJD=QUJD', 'QQ==QUJD', 'Q=Q=',
  'QUJ=', 'QU=D', '-_-_', '+/+/', '\u0142', 'Q\u0142UJD', 'QUJD\u00ff', '====', 'QUJDRA===', 'Q!U@J#D', 'AB=C', 'ABCD=']) {
  show(`base64 ${JSON.stringify(s)}`, () => [Buffer.from(s, 'base64'), Buffer.byteLength(s, 'base64'), Buffer.from(s, 'base64url')]);
}
show('base64 encode padding', () => ['', 'f', 'fo', 'foo', 'foob'].map((s) => Buffer.from(s).toString('base64')));
show('base64url encode', () => Buffer.from([0xfb, 0xff, 0xbf, 0x3e]).toString('base64url'));
show('base64 encode', () => Buffer.from([0xfb, 0xff, 0xbf, 0x3e]).toString('base64'));
show('base64 big round trip', () => {
  const b = Buffer.alloc(10000);
  for (let i = 0; i < b.length; i++) b[i] = (i * 7) & 255;
  const s = b.toString('base64');
  return [s.length, Buffer.from(s, 'base64').equals(b), Buffer.from(s.replace(/=/g, ''), 'base64url').equals(b)];
});
show('big utf8 round trip', () => {
  const s = 'h\u00e9\u20ac\ud83d\ude00'.repeat(3000);
  const b = Buffer.from(s);
  return [b.length, b.toString() === s, Buffer.byteLength(s)];
});
show('big latin1 round trip', () => {
  let s = '';
  for (let i = 0; i < 5000; i++) s += String.fromCharCode(i & 255);
  const b = Buffer.from(s, 'latin1');
  return [b.length, b.toString('latin1') === s];
});
show('big ucs2 round trip', () => {
  const s = 'a\u20ac\ud800'.repeat(2000);
  return Buffer.from(s, 'ucs2').toString('ucs2') === s;
});

// Encoding names
show('unknown encoding', () => Buffer.from('a', 'nope'));
show('empty string unknown encoding', () => Buffer.from('', 'nope'));
show('non-string encoding is utf8', () => Buffer.from('ab', 5));
show('empty encoding is utf8', () => Buffer.from('ab', ''));
show('toString("")', () => Buffer.from('ab').toString(''));
show('toString(null)', () => Buffer.from('ab').toString(null));
show('toString(8)', () => Buffer.from('ab').toString(8));
show('toString mixed case', () => Buffer.from('ab').toString('Utf-16LE'));
show('isEncoding', () => ['utf8', 'UTF-8', 'ucs2', 'UCS-2', 'binary', 'base64url', 'hex', 'latin1', 'ascii', '', 'utf-16', null, 8]
  .map((e) => Buffer.isEncoding(e)));

// toString ranges
show('toString range', () => Buffer.from('abc').toString('utf8', -1, 100));
show('toString string offsets', () => Buffer.from('abc').toString('utf8', '1', '2'));
show('toString fractional', () => Buffer.from('abc').toString('utf8', 1.7, 2.9));
show('toString NaN', () => Buffer.from('abc').toString('utf8', NaN, NaN));
show('toString end before start', () => Buffer.from('abc').toString('utf8', 2, 1));
show('toString undefined encoding', () => Buffer.from('abc').toString(undefined, 1));
show('toString unknown encoding past end', () => Buffer.from('abc').toString('nope', 5));
show('toString hex range', () => Buffer.from('abcdef').toString('hex', 2, 4));
show('toString split utf8 char', () => codes(Buffer.from('\u20ac').toString('utf8', 0, 2)));

// byteLength
show('byteLength utf8', () => ['', 'a', '\u00e9', '\u20ac', '\ud83d\ude00', '\ud800', 'a\udc00b'].map((s) => Buffer.byteLength(s)));
show('byteLength encodings', () => ['utf8', 'ucs2', 'latin1', 'ascii', 'hex', 'base64', 'base64url'].map((e) => Buffer.byteLength('abcd\u00e9', e)));
show('byteLength unknown encoding', () => Buffer.byteLength('\u00e9', 'nope'));
show('byteLength views', () => [Buffer.byteLength(new Uint16Array(3)), Buffer.byteLength(new ArrayBuffer(7)), Buffer.byteLength(new DataView(new ArrayBuffer(5)))]);
show('byteLength number', () => Buffer.byteLength(5));

// write
show('write default', () => {
  const b = Buffer.alloc(6);
  return [b.write('h\u00e9'), b];
});
show('write offset', () => {
  const b = Buffer.alloc(4);
  return [b.write('abc', 2), b];
});
show('write offset length', () => {
  const b = Buffer.alloc(6);
  return [b.write('abcdef', 1, 2), b];
});
show('write encoding in offset slot', () => {
  const b = Buffer.alloc(4);
  return [b.write('6162', 'hex'), b];
});
show('write encoding in length slot', () => {
  const b = Buffer.alloc(4);
  return [b.write('6162', 1, 'hex'), b];
});
show('write partial utf8 char', () => {
  const b = Buffer.alloc(4);
  return [b.write('ab\u20ac'), b];
});
show('write no room for char', () => Buffer.alloc(2).write('\u20ac'));
show('write ucs2 odd room', () => {
  const b = Buffer.alloc(5);
  return [b.write('abc', 'ucs2'), b];
});
show('write hex stops at invalid', () => {
  const b = Buffer.alloc(4);
  return [b.write('abzzcd', 'hex'), b];
});
show('write hex odd', () => Buffer.alloc(4).write('abc', 'hex'));
show('write base64 limited', () => {
  const b = Buffer.alloc(2);
  return [b.write('QUJD', 'base64'), b];
});
show('write latin1', () => {
  const b = Buffer.alloc(3);
  return [b.write('\u00e9\u20ac', 'latin1'), b];
});
show('write lone surrogate', () => {
  const b = Buffer.alloc(5);
  return [b.write('\ud800x'), b];
});
show('write non-string', () => Buffer.alloc(4).write(1));
show('write offset too big', () => Buffer.alloc(4).write('a', 5));
show('write negative offset', () => Buffer.alloc(4).write('a', -1));
show('write fractional offset', () => Buffer.alloc(4).write('a', 1.5));
show('write length too big', () => Buffer.alloc(4).write('a', 1, 10));
show('write negative length', () => Buffer.alloc(4).write('a', 1, -1));
show('write unknown encoding', () => Buffer.alloc(4).write('a', 1, 'nope'));
show('write unknown encoding 2', () => Buffer.alloc(4).write('a', 'nope'));
show('write null offset', () => Buffer.alloc(4).write('a', null));
show('write at end', () => Buffer.alloc(4).write('a', 4));
show('write into empty', () => Buffer.alloc(0).write('a'));
show('write length capped by remaining', () => {
  const b = Buffer.alloc(4);
  return [b.write('abcdef', 2, 4), b];
});

// The per-encoding methods and their C++-style range checks
show('xxxSlice', () => {
  const b = Buffer.from('abc');
  return [b.utf8Slice(1), b.hexSlice(), b.latin1Slice(1, 2), b.ucs2Slice(), b.base64Slice(), b.base64urlSlice(), b.asciiSlice(0, 3)];
});
show('hexSlice end before start', () => Buffer.from('abc').hexSlice(2, 1));
show('hexSlice negative', () => Buffer.from('abc').hexSlice(-1));
show('hexSlice past end', () => Buffer.from('abc').hexSlice(0, 10));
show('hexSlice start past end', () => Buffer.from('abc').hexSlice(5));
show('utf8Write', () => Buffer.from('abc').utf8Write('zz', 1));
show('utf8Write offset past end', () => Buffer.from('abc').utf8Write('zz', 4));
show('utf8Write negative offset', () => Buffer.from('abc').utf8Write('zz', -1));
show('utf8Write max', () => Buffer.from('abc').utf8Write('zz', 0, 1));
show('hexWrite invalid', () => Buffer.from('abc').hexWrite('zz', 0, 1));
show('hexWrite', () => {
  const b = Buffer.from('abc');
  return [b.hexWrite('abcdef', 1), b];
});
show('ucs2Write', () => {
  const b = Buffer.alloc(4);
  return [b.ucs2Write('\u20acx'), b];
});
show('latin1Write non-string', () => Buffer.alloc(2).latin1Write({}));
show('error shapes', () => [Buffer.alloc(2).write.bind(Buffer.alloc(2), 5), () => Buffer.from('a').hexSlice(-1), () => Buffer.alloc(3).swap16(),
  () => Buffer.from('a', 'nope')].map((f) => {
  try {
    f();
    return 'no error';
  } catch (e) {
    return `${String(e)} | ${e.constructor.name} | ${Object.keys(e)}`;
  }
}));
