'use strict';
// node:zlib — errors: corrupt and truncated input (zlib's messages, errno and code), brotli
// errors, option validation and argument types.
const zlib = require('zlib');

function t(name, fn) {
  try {
    const r = fn();
    console.log(`${name}: ok ${Buffer.isBuffer(r) ? r.toString('hex') : JSON.stringify(r)}`);
  } catch (e) {
    console.log(`${name}: threw ${e.name} code=${e.code} errno=${e.errno} keys=${Object.keys(e)} | ${e.message}`);
  }
}

const text = 'hello hello hello hello';
const good = zlib.deflateSync(text);
const gz = zlib.gzipSync(text);
const raw = zlib.deflateRawSync(text);
const flip = (b, i, mask = 1) => {
  const c = Buffer.from(b);
  c[i < 0 ? c.length + i : i] ^= mask;
  return c;
};

// Headers and trailers.
t('inflate garbage', () => zlib.inflateSync(Buffer.from('hello world')));
t('gunzip garbage', () => zlib.gunzipSync(Buffer.from('hello world')));
t('unzip garbage', () => zlib.unzipSync(Buffer.from('hello world')));
t('inflate bad method', () => zlib.inflateSync(Buffer.from([0x79, 0x9c, 1, 2])));
t('inflate bad fcheck', () => zlib.inflateSync(flip(good, 1)));
t('inflate window too big for option', () => zlib.inflateSync(good, { windowBits: 9 }));
t('inflate preset dictionary flag', () => zlib.inflateSync(Buffer.from([0x78, 0xbb, 0, 0, 0, 1, 3, 0])));
t('gunzip bad method', () => zlib.gunzipSync(Buffer.from([0x1f, 0x8b, 7, 0, 0, 0, 0, 0, 0, 3])));
t('gunzip reserved flags', () => zlib.gunzipSync(Buffer.from([0x1f, 0x8b, 8, 0xe0, 0, 0, 0, 0, 0, 3, 3, 0])));
t('gunzip zlib data', () => zlib.gunzipSync(good));
t('inflate gzip data', () => zlib.inflateSync(gz));
t('inflate bad adler', () => zlib.inflateSync(flip(good, -1)));
t('gunzip bad crc', () => zlib.gunzipSync(flip(gz, -6)));
t('gunzip bad length', () => zlib.gunzipSync(flip(gz, -1)));
t('unzip bad crc', () => zlib.unzipSync(flip(gz, -5)));

// Truncation.
t('inflate empty', () => zlib.inflateSync(Buffer.alloc(0)));
t('gunzip empty', () => zlib.gunzipSync(Buffer.alloc(0)));
t('unzip empty', () => zlib.unzipSync(Buffer.alloc(0)));
t('inflateRaw empty', () => zlib.inflateRawSync(Buffer.alloc(0)));
t('inflate truncated trailer', () => zlib.inflateSync(good.subarray(0, good.length - 3)));
t('inflate truncated body', () => zlib.inflateSync(good.subarray(0, 5)));
t('inflate header only', () => zlib.inflateSync(good.subarray(0, 2)));
t('gunzip truncated header', () => zlib.gunzipSync(gz.subarray(0, 5)));
t('gunzip truncated trailer', () => zlib.gunzipSync(gz.subarray(0, gz.length - 1)));
t('inflateRaw truncated', () => zlib.inflateRawSync(raw.subarray(0, raw.length - 2)));

// Corrupt DEFLATE blocks.
t('raw garbage', () => zlib.inflateRawSync(Buffer.from('hello world')));
t('raw stored lengths', () => zlib.inflateRawSync(Buffer.from([1, 5, 0, 0, 0])));
t('raw block type 3', () => zlib.inflateRawSync(Buffer.from([7, 0])));
// Hand-made DEFLATE streams, one per zlib message.
const vectors = {
  'bad code lengths': '050092000000',
  'bad bit length repeat': '0500120000',
  'missing end-of-block': '050080e47f1b00',
  'empty code length code': '05' + '00'.repeat(41),
  'bad literal/lengths set': '05c021090000000020f5ff68050000',
  'bad distances set': '05c221090000000020ffaf56050000',
  'distance too far back': '4b04420000',
  'bad literal/length code': '1b030000',
  'bad distance code': '4b043e0000',
  'too many symbols': 'fd00000000',
  'valid fixed block': '4b040200',
};
for (const [name, hex] of Object.entries(vectors)) {
  t(`raw ${name}`, () => zlib.inflateRawSync(Buffer.from(hex, 'hex')));
  t(`zlib ${name}`, () => zlib.inflateSync(Buffer.concat([Buffer.from('789c', 'hex'), Buffer.from(hex, 'hex'), Buffer.alloc(4)])));
}
t('fixed block after a sync flush', () => {
  const head = zlib.deflateRawSync(Buffer.alloc(40000, 1), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  const out = zlib.inflateRawSync(Buffer.concat([head, Buffer.from(vectors['valid fixed block'], 'hex')]));
  return [out.length, out.subarray(-5).toString('hex')];
});
t('too far back after a sync flush', () => {
  const head = zlib.deflateRawSync(Buffer.alloc(100, 1), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  return zlib.inflateRawSync(Buffer.concat([head, Buffer.from(vectors['distance too far back'], 'hex')]));
});
t('inflate corrupt body', () => zlib.inflateSync(Buffer.concat([good.subarray(0, 2), Buffer.from([0xff, 0xff, 0xff])])));
t('gunzip corrupt body', () => zlib.gunzipSync(Buffer.concat([gz.subarray(0, 10), Buffer.from([7, 0, 0, 0])])));

// Gzip members after the first.
t('member then junk', () => zlib.gunzipSync(Buffer.concat([gz, Buffer.from('hello')])));
t('member then bad method', () => zlib.gunzipSync(Buffer.concat([gz, Buffer.from([0x1f, 0x8b, 0xff, 0xff])])));
t('member then truncated member', () => zlib.gunzipSync(Buffer.concat([gz, gz.subarray(0, 12)])));

// Brotli.
t('brotli garbage', () => zlib.brotliDecompressSync(Buffer.from('hello world')));
t('brotli empty', () => zlib.brotliDecompressSync(Buffer.alloc(0)));
const br = zlib.brotliCompressSync(text);
t('brotli truncated', () => zlib.brotliDecompressSync(br.subarray(0, br.length - 2)));
t('brotli bad param', () => zlib.brotliCompressSync('x', { params: { 99: 1 } }));
t('brotli bad param name', () => zlib.brotliCompressSync('x', { params: { foo: 1 } }));
t('brotli param value type', () => zlib.brotliCompressSync('x', { params: { 1: 'x' } }));
t('brotli param boolean', () => zlib.brotliDecompressSync(zlib.brotliCompressSync('x', { params: { 4: true } })).toString());

// Options.
for (const [name, opts] of [['level 42', { level: 42 }], ['level -2', { level: -2 }], ['level string', { level: '1' }],
  ['level NaN', { level: NaN }], ['level Infinity', { level: Infinity }], ['windowBits 7', { windowBits: 7 }],
  ['windowBits 16', { windowBits: 16 }], ['memLevel 0', { memLevel: 0 }], ['memLevel 10', { memLevel: 10 }],
  ['strategy 5', { strategy: 5 }], ['chunkSize 10', { chunkSize: 10 }], ['chunkSize string', { chunkSize: 'x' }],
  ['flush 6', { flush: 6 }], ['finishFlush -1', { finishFlush: -1 }], ['maxOutputLength 0', { maxOutputLength: 0 }],
  ['dictionary string', { dictionary: 'abc' }], ['level null', { level: null }], ['level undefined', { level: undefined }]]) {
  t(`deflate option ${name}`, () => zlib.inflateSync(zlib.deflateSync('abc', opts)).toString());
}
t('inflate windowBits 0', () => zlib.inflateSync(good, { windowBits: 0 }).toString());
t('inflateRaw windowBits 0', () => zlib.inflateRawSync(raw, { windowBits: 0 }));
t('gunzip windowBits 0', () => zlib.gunzipSync(gz, { windowBits: 0 }).toString());
t('brotli flush 4', () => zlib.brotliCompressSync('x', { flush: 4 }));
t('params level check', () => zlib.createDeflate().params(10, 0));
t('params strategy check', () => zlib.createDeflate().params(1, 7));

// Argument types.
t('input number', () => zlib.deflateSync(42));
t('input null', () => zlib.gzipSync(null));
t('input object', () => zlib.inflateSync({}));
t('callback missing', () => zlib.deflate('x'));
t('callback not a function', () => zlib.gzip('x', {}, 'nope'));
t('callback input number', () => zlib.deflate(42, () => {}));
zlib.deflate(null, (err, r) => console.log('callback null input:', err, zlib.inflateSync(r).length));
t('callback bad option', () => zlib.deflate('x', { level: 99 }, () => {}));

// Errors through callbacks.
const results = {};
const record = (name) => (err, res) => {
  results[name] = err ? `${err.name} code=${err.code} errno=${err.errno} | ${err.message}` : `ok ${res.toString()}`;
};
zlib.inflate(Buffer.from('nope'), record('cb inflate garbage'));
zlib.gunzip(gz.subarray(0, 15), record('cb gunzip truncated'));
zlib.brotliDecompress(Buffer.from('bad brotli'), record('cb brotli garbage'));
zlib.inflate(zlib.deflateSync('abcdef'), { maxOutputLength: 2 }, record('cb maxOutputLength'));
zlib.inflateRaw(Buffer.from([7, 0]), record('cb raw block type'));
zlib.unzip(gz, record('cb unzip ok'));
// Printed once everything pending has run (the thread pool may be slow under load).
process.once('beforeExit', () => {
  for (const k of Object.keys(results).sort()) console.log(`${k}: ${results[k]}`);
});
