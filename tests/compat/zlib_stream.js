'use strict';
// node:zlib — the stream classes: writes in pieces, pipes, flush(), params(), reset(),
// close(), chunkSize, bytesWritten, error events; callbacks and util.promisify.
const zlib = require('zlib');
const util = require('util');
const { Readable, Writable, pipeline, PassThrough } = require('stream');

const results = {};
function record(name, value) {
  results[name] = Buffer.isBuffer(value) ? `<Buffer ${value.toString('hex')}>` : JSON.stringify(value);
}
function recordError(name, err) {
  results[name] = `error ${err.name} code=${err.code} errno=${err.errno} | ${err.message}`;
}

const text = 'streams of text, '.repeat(3000);
const data = Buffer.from(text);

function collect(stream, done) {
  const chunks = [];
  stream.on('data', (c) => chunks.push(c));
  stream.on('end', () => done(Buffer.concat(chunks), chunks));
  stream.on('error', (err) => done(null, null, err));
}

function feed(stream, buf, size) {
  for (let i = 0; i < buf.length; i += size) stream.write(buf.subarray(i, i + size));
  stream.end();
}

// Every class round-trips when written in pieces.
const pairs = [['Deflate', 'Inflate'], ['Gzip', 'Gunzip'], ['DeflateRaw', 'InflateRaw'], ['Gzip', 'Unzip'],
  ['Deflate', 'Unzip'], ['BrotliCompress', 'BrotliDecompress']];
for (const [c, d] of pairs) {
  const comp = zlib[`create${c}`]();
  collect(comp, (packed) => {
    const dec = new zlib[d]();
    collect(dec, (out) => record(`${c} -> ${d}`, [out.equals(data), comp.bytesWritten, dec.bytesWritten === packed.length]));
    feed(dec, packed, 97);
  });
  feed(comp, data, 1000);
}

// Class shapes.
record('instanceof Transform', [new zlib.Gzip() instanceof require('stream').Transform, zlib.createGzip() instanceof zlib.Gzip]);
record('without new', zlib.Deflate() instanceof zlib.Deflate);
record('class names', ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip', 'BrotliCompress',
  'BrotliDecompress'].map((n) => zlib[n].name));
record('methods', ['flush', 'params', 'reset', 'close'].map((m) => typeof zlib.createDeflate()[m]));
record('brotli inherits Zlib', [typeof zlib.createBrotliCompress().params, zlib.BrotliCompress.prototype instanceof zlib.Deflate]);

// pipeline through gzip and gunzip.
{
  const out = [];
  pipeline(Readable.from([data.subarray(0, 10000), data.subarray(10000)]), zlib.createGzip({ level: 9 }), zlib.createGunzip(),
    new Writable({
      write(chunk, enc, cb) {
        out.push(chunk);
        cb();
      },
    }), (err) => record('pipeline', [err || null, Buffer.concat(out).equals(data)]));
}

// chunkSize splits the output.
{
  const inf = zlib.createInflate({ chunkSize: 1024 });
  collect(inf, (out, chunks) => record('chunkSize', [out.length, chunks.every((c) => c.length <= 1024), chunks.length >= 50]));
  inf.end(zlib.deflateSync(data));
}

// flush() makes everything written so far decodable.
{
  const def = zlib.createDeflate();
  const got = [];
  def.on('data', (c) => got.push(c));
  def.write('first part;');
  def.flush(() => {
    const partial = zlib.inflateSync(Buffer.concat(got), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
    record('flush default kind', partial.toString());
    def.write(' second part');
    def.flush(zlib.constants.Z_SYNC_FLUSH, () => {
      const more = zlib.inflateSync(Buffer.concat(got), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
      record('flush Z_SYNC_FLUSH', more.toString());
      def.end();
    });
  });
  def.on('end', () => record('flush then end', zlib.inflateSync(Buffer.concat(got)).toString()));
}
{
  const br = zlib.createBrotliCompress();
  const got = [];
  br.on('data', (c) => got.push(c));
  br.write('brotli flush');
  br.flush(() => {
    const dec = zlib.createBrotliDecompress();
    dec.on('data', (out) => record('brotli flush', out.toString()));
    dec.write(Buffer.concat(got));
  });
  br.on('error', (e) => recordError('brotli flush error', e));
}

// params() changes the level midway.
{
  const def = zlib.createDeflate({ level: 1 });
  collect(def, (out) => record('params', zlib.inflateSync(out).toString() === text + text));
  def.write(text);
  def.params(9, zlib.constants.Z_DEFAULT_STRATEGY, (err) => {
    record('params callback', [err === undefined || err === null, def._level]);
    def.end(text);
  });
}

// reset() starts over.
{
  const def = zlib.createDeflate();
  def.write('thrown away');
  def.reset();
  record('reset', 'ok');
  collect(def, (out) => record('after reset', out.length > 0));
  def.end('kept');
}

// Errors arrive as 'error' events with errno and code.
{
  const inf = zlib.createInflate();
  inf.on('error', (e) => recordError('stream garbage', e));
  inf.on('close', () => record('stream garbage closed', inf.destroyed));
  inf.end(Buffer.from('definitely not zlib'));
}
{
  const gun = zlib.createGunzip();
  gun.on('error', (e) => recordError('stream truncated', e));
  gun.on('data', () => {});
  gun.end(zlib.gzipSync(text).subarray(0, 30));
}
{
  const br = zlib.createBrotliDecompress();
  // The brotli decoders name this failure differently (PADDING_1 or _2); the family matches.
  br.on('error', (e) => record('stream brotli garbage', [e.message, e.code.startsWith('ERR__ERROR_FORMAT_'), e.errno < 0]));
  br.end(Buffer.from('definitely not brotli'));
}
{
  const gun = zlib.createGunzip();
  collect(gun, (out) => record('stream two members', out.toString()));
  gun.write(zlib.gzipSync('one '));
  gun.end(zlib.gzipSync('two'));
}
{
  const gun = zlib.createGunzip();
  collect(gun, (out) => record('stream member split', out.toString()));
  const both = Buffer.concat([zlib.gzipSync('split '), zlib.gzipSync('members')]);
  feed(gun, both, 3);
}

// The native handle goes when a stream ends.
{
  const gz = zlib.createGzip();
  gz.resume();
  gz.on('close', () => record('handle released at end', [gz._handle, gz.destroyed, gz.bytesWritten]));
  gz.end('abc');
}

// close().
{
  const def = zlib.createDeflate();
  def.close(() => record('close callback', [def.destroyed, def._handle === null]));
}

// Callback and promisified functions.
zlib.deflate(text, (err, buf) => zlib.inflate(buf, (err2, out) => record('callback round trip', [err, err2, out.toString() === text])));
zlib.gzip(data, { level: 1 }, (err, buf) => record('callback with options', [err, zlib.gunzipSync(buf).equals(data)]));
zlib.brotliCompress('brotli cb', (err, buf) => zlib.brotliDecompress(buf, (err2, out) => record('brotli callback', out.toString())));
const gzipP = util.promisify(zlib.gzip);
const gunzipP = util.promisify(zlib.gunzip);
gzipP('promised').then(gunzipP).then((out) => record('promisify', out.toString()));
gunzipP(Buffer.from('nope')).catch((e) => recordError('promisify error', e));

// Through a PassThrough with setEncoding on the output.
{
  const gun = zlib.createGunzip();
  gun.setEncoding('utf8');
  let s = '';
  gun.on('data', (d) => { s += d; });
  gun.on('end', () => record('setEncoding', s === text));
  new PassThrough().end(zlib.gzipSync(text)).pipe(gun);
}

// Printed once everything pending has run (the thread pool may be slow under load).
process.once('beforeExit', () => {
  for (const k of Object.keys(results).sort()) console.log(`${k}: ${results[k]}`);
});
