'use strict';
// node:zlib — sync functions: round trips for every format, level, strategy and window,
// decompression of data that node's zlib and brotli produced, bytes that are the same in
// every zlib (headers, stored blocks), the info option, crc32, constants and codes.
const zlib = require('zlib');

function t(name, fn) {
  try {
    const r = fn();
    console.log(`${name}: ${Buffer.isBuffer(r) ? `<Buffer ${r.toString('hex')}>` : JSON.stringify(r)}`);
  } catch (e) {
    console.log(`${name}: threw ${e.name} ${e.code} ${e.errno} | ${e.message}`);
  }
}

// Made by node 20's zlib and brotli.
const fixtures = {
  deflate: 'eJzzSM3JyddRqMrJTFJU8BjljHIGihOSkaqQmpeiBwDQe9Rr',
  deflate9: 'eNrzSM3JyddRqMrJTFJU8BjljHIGihOSkaqQmpeiBwDQe9Rr',
  deflate1: 'eAHzSM3JyddRqMrJTFJU8BjljIbBQKWDkIxUhdS8FD0A0HvUaw==',
  deflate0: 'eAEBkgJt/UhlbGxvLCB6bGliISBIZWxsbywgemxpYiEgSGVsbG8sIHpsaWIhIEhlbGxvLCB6bGliISBIZWxsbywgemxpYiEgSGVsbG8sIHpsaWIhIEhlbGxvLCB6bGliISBIZWxsbywgemxpYiEgSGVsbG8sIHpsaWIhIEhlbGxvLCB6bGliISBIZWxsbywgemxpYiEgSGVsbG8sIHpsaWIhIEhlbGxvLCB6bGliISBIZWxsbywgemxpYiEgSGVsbG8sIHpsaWIhIEhlbGxvLCB6bGliISBIZWxsbywgemxpYiEgSGVsbG8sIHpsaWIhIEhlbGxvLCB6bGliISBIZWxsbywgemxpYiEgSGVsbG8sIHpsaWIhIEhlbGxvLCB6bGliISBIZWxsbywgemxpYiEgSGVsbG8sIHpsaWIhIEhlbGxvLCB6bGliISBIZWxsbywgemxpYiEgSGVsbG8sIHpsaWIhIEhlbGxvLCB6bGliISBIZWxsbywgemxpYiEgSGVsbG8sIHpsaWIhIEhlbGxvLCB6bGliISBIZWxsbywgemxpYiEgSGVsbG8sIHpsaWIhIEhlbGxvLCB6bGliISBIZWxsbywgemxpYiEgSGVsbG8sIHpsaWIhIEhlbGxvLCB6bGliISBIZWxsbywgemxpYiEgSGVsbG8sIHpsaWIhIEhlbGxvLCB6bGliISBIZWxsbywgemxpYiEgSGVsbG8sIHpsaWIhIEhlbGxvLCB6bGliISBIZWxsbywgemxpYiEgSGVsbG8sIHpsaWIhIEhlbGxvLCB6bGliISBIZWxsbywgemxpYiEgSGVsbG8sIHpsaWIhIEhlbGxvLCB6bGliISBIZWxsbywgemxpYiEgVGhlIGVuZC7Qe9Rr',
  deflateHuff: 'eAEFwcEJQwEIRMFW1rukDgtIBZKFLzy+d6vPTBk2dUyHyrCpYzpUhk0d06EybOqYDpVhU8d0qAybOqZDZdjUMR0qw6aO6VAZNnVMh8qwqWM6VIZNHdOhMmzqmA6VYVPHdKgMmzqmQ2XY1DEdKsOmjulQGTZ1TIfKsKljOlSGTR3ToTJs6pgOlWFTx3SoDJs6pkNl2NQxHSrDpo7pUBk2dUyHyrCpYzpUhk0d06EybOqYDpVhU8d0qAybOqZDZdjUMR0qw6aO6VAZNnVMh8qwqWM6VIZNHdOhMmzqmA6VYVPHdKgMmzqmQ2XY1DEdKsOmjulQGTZ1TIfKsKljOlSGTR3ToTJs6pgOlWFTx3SoDJs6pkNl2NQxHSrDpo7pUBk2dUyHyrCpYzr0fSy/v88f0HvUaw==',
  deflateFixed: 'eAHzSM3JyddRqMrJTFJU8BjljHIGihOSkaqQmpeiBwDQe9Rr',
  deflateWb9: 'GJXzSM3JyddRqMrJTFJU8BjljHIGihOSkaqQmpeiBwDQe9Rr',
  gzip: 'H4sIAAAAAAAAA/NIzcnJ11GoyslMUlTwGOWMcgaKE5KRqpCal6IHAP8FAd+SAgAA',
  gzipMulti: 'H4sIAAAAAAAAA0vLLCouUQAA/HrxHAYAAAAfiwgAAAAAAAADK05Nzs9LAQBpER+2BgAAAA==',
  raw: '80jNycnXUajKyUxSVPAY5YxyBooTkpGqkJqXogcA',
  brotli: 'G5EC+EVPlup1U7KSzYPto0tRgimwGljpbySlc7ymDBoNuB0=',
  brotli0: 'i0gBAICqqqrq/3RluQv45Sxwt8NJwBjABIDA5S7/d9W/597qnlFd3sZwV7xYWFjY2FjVy4zq4MOHH4PBYBxnsqoGg8FgMBjMoc6IVJRG4bDQTrL3BPfLsKljOnTh1xpu9nyW/+9v',
  empty: 'eJwDAAAAAAE=',
  gzEmpty: 'H4sIAAAAAAAAAwMAAAAAAAAAAAA=',
  brEmpty: 'Ow==',
  gzipHeaders: 'H4sIHgAAAAAAAwQAAQIDBGZpbGUudHh0AGEgY29tbWVudAAl7MtLzE1NUchNzU1KLQIArLc7QwwAAAA=',
};
const text = 'Hello, zlib! '.repeat(50) + 'The end.';
for (const [name, b64] of Object.entries(fixtures)) {
  const data = Buffer.from(b64, 'base64');
  const fn = name.startsWith('br') ? 'brotliDecompressSync' : name.startsWith('gz') ? 'gunzipSync'
    : name === 'raw' ? 'inflateRawSync' : 'inflateSync';
  t(`fixture ${name}`, () => {
    const out = zlib[fn](data).toString();
    return out === text ? 'text' : out;
  });
  if (fn === 'gunzipSync' || fn === 'inflateSync') t(`fixture ${name} unzip`, () => zlib.unzipSync(data).length);
}

// Round trips.
const inputs = {
  empty: Buffer.alloc(0),
  short: Buffer.from('x'),
  text: Buffer.from(text),
  unicode: Buffer.from('κόσμε ✓ 𝄞 '.repeat(100)),
  binary: Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919 + (i >> 3)) % 256)),
  zeros: Buffer.alloc(100000),
  noise: Buffer.from(Array.from({ length: 70000 }, (_, i) => (i * 2654435761) >>> 24)),
};
const pairs = [['deflateSync', 'inflateSync'], ['gzipSync', 'gunzipSync'], ['deflateRawSync', 'inflateRawSync'],
  ['gzipSync', 'unzipSync'], ['deflateSync', 'unzipSync'], ['brotliCompressSync', 'brotliDecompressSync']];
for (const [c, d] of pairs) {
  for (const [name, input] of Object.entries(inputs)) {
    t(`${c} -> ${d} ${name}`, () => {
      const packed = zlib[c](input);
      return [Buffer.isBuffer(packed), zlib[d](packed).equals(input)];
    });
  }
}
for (const level of [-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]) {
  t(`level ${level}`, () => zlib.inflateSync(zlib.deflateSync(inputs.text, { level })).equals(inputs.text));
}
for (const strategy of [0, 1, 2, 3, 4]) {
  t(`strategy ${strategy}`, () => zlib.gunzipSync(zlib.gzipSync(inputs.binary, { strategy })).equals(inputs.binary));
}
for (const windowBits of [8, 9, 10, 11, 12, 13, 14, 15]) {
  t(`windowBits ${windowBits}`, () => zlib.inflateSync(zlib.deflateSync(inputs.text, { windowBits }), { windowBits }).equals(inputs.text));
  t(`raw windowBits ${windowBits}`, () => zlib.inflateRawSync(zlib.deflateRawSync(inputs.binary, { windowBits })).equals(inputs.binary));
}
for (const memLevel of [1, 9]) {
  t(`memLevel ${memLevel}`, () => zlib.inflateSync(zlib.deflateSync(inputs.text, { memLevel })).equals(inputs.text));
}
for (const q of [0, 1, 5, 9, 11]) {
  t(`brotli quality ${q}`, () => zlib.brotliDecompressSync(zlib.brotliCompressSync(inputs.unicode,
    { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: q } })).equals(inputs.unicode));
}
t('brotli text mode', () => zlib.brotliDecompressSync(zlib.brotliCompressSync(text, { params: {
  [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT, [zlib.constants.BROTLI_PARAM_LGWIN]: 16,
  [zlib.constants.BROTLI_PARAM_SIZE_HINT]: text.length } })).toString() === text);
t('compresses', () => [zlib.deflateSync(inputs.zeros).length < 1000, zlib.gzipSync(inputs.text).length < 200,
  zlib.brotliCompressSync(inputs.zeros).length < 100]);

// Input kinds.
t('string input', () => zlib.inflateSync(zlib.deflateSync('héllo')).toString());
t('ArrayBuffer input', () => zlib.inflateSync(zlib.deflateSync(new Uint8Array([1, 2, 3]).buffer)));
t('Uint16Array input', () => zlib.inflateSync(zlib.deflateSync(new Uint16Array([1, 2]))));
t('DataView input', () => zlib.inflateSync(zlib.deflateSync(new DataView(new ArrayBuffer(3)))));
t('subarray input', () => zlib.inflateSync(zlib.deflateSync(inputs.text.subarray(13, 26))).toString());
t('compressed as ArrayBuffer', () => {
  const c = zlib.gzipSync('ab');
  return zlib.gunzipSync(c.buffer.slice(c.byteOffset, c.byteOffset + c.length)).toString();
});

// Bytes every zlib writes the same way.
const hex = (b) => b.toString('hex');
for (const level of [-1, 0, 1, 2, 5, 6, 9]) {
  t(`zlib header level ${level}`, () => hex(zlib.deflateSync('x', { level }).subarray(0, 2)));
  t(`gzip header level ${level}`, () => hex(zlib.gzipSync('x', { level }).subarray(0, 10)));
}
for (const strategy of [1, 2, 3, 4]) t(`gzip header strategy ${strategy}`, () => hex(zlib.gzipSync('x', { strategy }).subarray(0, 10)));
for (const windowBits of [8, 9, 10, 12, 14, 15]) t(`zlib header windowBits ${windowBits}`, () => hex(zlib.deflateSync('x', { windowBits }).subarray(0, 2)));
t('stored zlib', () => zlib.deflateSync('x', { level: 0 }));
t('stored gzip', () => zlib.gzipSync('hello', { level: 0 }));
t('stored raw', () => zlib.deflateRawSync('abc', { level: 0 }));
t('empty zlib', () => zlib.deflateSync(''));
t('empty gzip', () => zlib.gzipSync(''));
t('empty raw', () => zlib.deflateRawSync(''));
t('gzip trailer', () => hex(zlib.gzipSync(text).subarray(-8)));
t('zlib trailer', () => hex(zlib.deflateSync(text).subarray(-4)));

// Multi-member gzip and trailing data.
t('two members', () => zlib.gunzipSync(Buffer.concat([zlib.gzipSync('ab'), zlib.gzipSync('cd')])).toString());
t('three members unzip', () => zlib.unzipSync(Buffer.concat([zlib.gzipSync('a'), zlib.gzipSync(''), zlib.gzipSync('c')])).toString());
t('zero padding ignored', () => zlib.gunzipSync(Buffer.concat([zlib.gzipSync('ab'), Buffer.alloc(7)])).toString());
t('zlib trailing bytes ignored', () => zlib.inflateSync(Buffer.concat([zlib.deflateSync('ab'), Buffer.from('junk')])).toString());
t('raw trailing bytes ignored', () => zlib.inflateRawSync(Buffer.concat([zlib.deflateRawSync('ab'), Buffer.from('junk')])).toString());

// finishFlush lets truncated data through.
t('truncated with Z_SYNC_FLUSH', () => {
  const c = zlib.deflateSync(text);
  return zlib.inflateSync(c.subarray(0, c.length - 10), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString().slice(0, 13);
});
t('gzip truncated with Z_SYNC_FLUSH', () => {
  const c = zlib.gzipSync(inputs.binary);
  const out = zlib.gunzipSync(c.subarray(0, 200), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  return inputs.binary.subarray(0, out.length).equals(out);
});

// info, maxOutputLength.
t('info', () => {
  const r = zlib.deflateSync('abc', { info: true });
  return [Buffer.isBuffer(r.buffer), r.engine instanceof zlib.Deflate, r.engine.bytesWritten, r.engine._handle,
    zlib.inflateSync(r.buffer).toString()];
});
t('maxOutputLength ok', () => zlib.inflateSync(zlib.deflateSync('abcdef'), { maxOutputLength: 6 }).toString());
t('maxOutputLength exceeded', () => zlib.inflateSync(zlib.deflateSync('abcdef'), { maxOutputLength: 5 }));
t('maxOutputLength 0', () => zlib.inflateSync(zlib.deflateSync('abcdef'), { maxOutputLength: 0 }));

// crc32.
for (const [name, data] of [['empty', ''], ['hello', 'hello'], ['text', text], ['unicode', 'κόσμε'],
  ['buffer', Buffer.from([0, 255, 1, 254])], ['check', '123456789']]) {
  t(`crc32 ${name}`, () => zlib.crc32(data));
}
t('crc32 lone surrogate', () => zlib.crc32('a\ud800'));
t('gzip lone surrogate', () => zlib.gunzipSync(zlib.gzipSync('a\ud800b')).toString('hex'));
t('crc32 chained', () => zlib.crc32('world', zlib.crc32('hello ')) === zlib.crc32('hello world'));
t('crc32 initial', () => zlib.crc32('abc', 0xffffffff));
t('crc32 Uint16Array', () => zlib.crc32(new Uint16Array([1, 2, 3])));
t('crc32 DataView', () => zlib.crc32(new DataView(new ArrayBuffer(4))));
t('crc32 number', () => zlib.crc32(1));
t('crc32 bad value', () => zlib.crc32('a', -1));
t('crc32 value string', () => zlib.crc32('a', '1'));

// Constants and codes.
t('constants', () => Object.keys(zlib.constants).length);
t('constants descriptor', () => [Object.getPrototypeOf(zlib.constants), Object.getOwnPropertyDescriptor(zlib.constants, 'Z_OK')]);
t('codes frozen', () => Object.isFrozen(zlib.codes));
for (const k of ['Z_NO_FLUSH', 'Z_FINISH', 'Z_DATA_ERROR', 'Z_BEST_COMPRESSION', 'Z_DEFAULT_CHUNK', 'GUNZIP', 'BROTLI_ENCODE',
  'BROTLI_PARAM_QUALITY', 'BROTLI_DEFAULT_WINDOW', 'BROTLI_DECODER_ERROR_UNREACHABLE', 'Z_MAX_CHUNK', 'ZLIB_VERNUM']) {
  t(`constants.${k}`, () => zlib.constants[k]);
}
t('legacy Z_SYNC_FLUSH', () => zlib.Z_SYNC_FLUSH);
t('legacy not enumerable', () => Object.keys(zlib).includes('Z_SYNC_FLUSH'));
t('no legacy brotli', () => zlib.BROTLI_PARAM_QUALITY);
t('codes', () => zlib.codes);
t('exports', () => Object.keys(zlib).sort());
