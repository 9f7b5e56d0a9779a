'use strict';
// node:crypto — Hash and Hmac objects as Transform streams (results printed in a fixed order).
const crypto = require('crypto');
const { Readable, Writable, Transform, pipeline } = require('stream');

const results = {};
function t(name, fn) {
  let out;
  try {
    const r = fn();
    out = Buffer.isBuffer(r) ? `<Buffer ${r.toString('hex')}>` : JSON.stringify(r);
  } catch (e) {
    out = `threw ${e.name} ${e.code} | ${e.message}`;
  }
  results[name] = out;
}

t('is a stream', () => {
  const h = crypto.createHash('sha1');
  return [typeof h.pipe, typeof h.write, typeof h.on, h instanceof Transform];
});
t('hmac is a stream', () => crypto.createHmac('sha1', 'k') instanceof Transform);

{
  const h = crypto.createHash('sha256');
  h.on('readable', () => {
    const d = h.read();
    if (d) t('read after end', () => d);
  });
  h.write('ab');
  h.write(Buffer.from('c'));
  h.end();
}

{
  const h = crypto.createHash('md5');
  h.setEncoding('hex');
  const parts = [];
  h.on('data', (d) => parts.push(d));
  h.on('end', () => t('setEncoding hex', () => parts.join('')));
  h.end('hello');
}

{
  const h = crypto.createHash('sha1');
  h.setEncoding('base64');
  let all = '';
  h.on('data', (d) => { all += d; });
  h.on('end', () => t('write with encoding', () => all));
  h.write('68656c6c6f', 'hex');
  h.end();
}

{
  const m = crypto.createHmac('sha1', 'key');
  m.on('data', (d) => t('hmac stream', () => d));
  m.write('The quick brown fox ');
  m.end('jumps over the lazy dog');
}

pipeline(Readable.from(['a', 'b', 'c']), crypto.createHash('sha1'), new Writable({
  write(chunk, enc, cb) {
    t('pipeline digest', () => chunk);
    cb();
  },
}), (err) => t('pipeline done', () => err || 'ok'));

{
  const h = crypto.createHash('sha1');
  h.end('x');
  h.on('finish', () => t('digest after stream end', () => h.digest('hex')));
  h.resume();
}

t('plain use does not build stream state', () => {
  const h = crypto.createHash('md5');
  h.update('x');
  return Object.keys(h).includes('_readableState');
});

// Printed once everything pending has run (the thread pool may be slow under load).
process.once('beforeExit', () => {
  for (const k of Object.keys(results).sort()) console.log(`${k}: ${results[k]}`);
});
