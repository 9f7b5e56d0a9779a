// node:buffer hot paths, run the same under capjs and node: `capjs bench/buffer.js` and
// `node bench/buffer.js`. Prints one line per case: "<name> <ms per op>", the best of up to
// 20 runs (bounded to about a second per case).
'use strict';
const { Buffer } = require('buffer');

// Best time per op over up to `runs` runs (the minimum is the least disturbed by other load).
function bench(name, fn, runs = 20) {
  fn(); // warm-up
  let best = Infinity;
  const start = performance.now();
  for (let i = 0; i < runs && performance.now() - start < 1000; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  console.log(`${name.padEnd(26)} ${best.toFixed(3)}`);
}

const mb = Buffer.alloc(1 << 20);
for (let i = 0; i < mb.length; i++) mb[i] = (i * 31 + (i >> 8)) & 255;
const b64 = mb.toString('base64');
const hex = mb.toString('hex');
const text = 'h\u00e9llo w\u00f6rld \u20ac '.repeat(1 << 16);
const ascii = 'hello world, plain ascii '.repeat(1 << 16);
const textBuf = Buffer.from(text);

bench('base64 encode 1MB', () => mb.toString('base64'));
bench('base64 decode 1MB', () => Buffer.from(b64, 'base64'));
bench('hex encode 1MB', () => mb.toString('hex'));
bench('hex decode 1MB', () => Buffer.from(hex, 'hex'));
bench('utf8 encode 1.2MB', () => Buffer.from(text));
bench('utf8 decode 1.2MB text', () => textBuf.toString('utf8'));
bench('utf8 decode 1MB binary', () => mb.toString('utf8'));
bench('ascii string to utf8 1.6MB', () => Buffer.from(ascii));
bench('latin1 decode 1MB', () => mb.toString('latin1'));

const chunks = [];
for (let i = 0; i < 10000; i++) chunks.push(Buffer.from(`chunk number ${i}\n`));
bench('concat 10k chunks', () => Buffer.concat(chunks));

const hay = Buffer.alloc(1 << 20, 'abcdefgh');
hay.write('needle', hay.length - 10);
bench('indexOf 1MB', () => hay.indexOf('needle'));

bench('from small strings x10k', () => {
  for (let i = 0; i < 10000; i++) Buffer.from('small string');
});
bench('alloc small x10k', () => {
  for (let i = 0; i < 10000; i++) Buffer.allocUnsafe(64);
});
bench('readUInt32LE x100k', () => {
  let t = 0;
  for (let i = 0; i < 100000; i++) t += mb.readUInt32LE(i & 0xffff);
  return t;
});
