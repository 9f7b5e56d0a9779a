'use strict';
// node:buffer, randomized (fixed seed): encode/decode, write, indexOf, fill and compare with
// random contents, encodings and offsets, one line of results per round.
const { Buffer } = require('buffer');

let seed = 0x2545f491;
function rand(n) {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
}

const encodings = ['utf8', 'ucs2', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];
const alphabet = ['a', 'b', 'z', '0', '9', '=', '+', '/', '-', '_', ' ', '\n', '\u00e9', '\u00ff', '\u0100', '\u20ac',
  '\ud83d\ude00', '\ud800', '\udc00', 'A', 'F', 'f', 'g', '\u0000'];
const randomString = (len) => {
  let s = '';
  for (let i = 0; i < len; i++) s += alphabet[rand(alphabet.length)];
  return s;
};
const randomBytes = (len) => {
  const b = Buffer.alloc(len);
  for (let i = 0; i < len; i++) b[i] = rand(4) === 0 ? rand(256) : [0x61, 0x62, 0xc3, 0xa9, 0xed, 0xa0, 0x80, 0xff][rand(8)];
  return b;
};
const randomOffset = (len) => [undefined, 0, 1, -1, len, len + 1, -len - 1, 1.5, NaN, rand(len + 2) - 1][rand(10)];
const attempt = (fn) => {
  try {
    const r = fn();
    if (Buffer.isBuffer(r)) return r.toString('hex');
    return typeof r === 'string' ? JSON.stringify(r) : String(r);
  } catch (e) {
    return `!${e.code || e.name}`;
  }
};

for (let round = 0; round < 150; round++) {
  const enc = encodings[rand(encodings.length)];
  const str = randomString(rand(12));
  const bytes = randomBytes(rand(16));
  const out = [];
  out.push(attempt(() => Buffer.from(str, enc)));
  out.push(attempt(() => Buffer.byteLength(str, enc)));
  out.push(attempt(() => bytes.toString(enc, randomOffset(bytes.length), randomOffset(bytes.length))));
  const target = Buffer.alloc(rand(10));
  out.push(attempt(() => target.write(str, randomOffset(target.length), randomOffset(target.length), enc)) + ':' + target.toString('hex'));
  out.push(attempt(() => bytes.indexOf(str.slice(0, rand(3)), randomOffset(bytes.length), enc)));
  out.push(attempt(() => bytes.lastIndexOf(bytes.subarray(rand(4), rand(8)), randomOffset(bytes.length), enc)));
  out.push(attempt(() => bytes.indexOf(rand(300) - 20, randomOffset(bytes.length))));
  out.push(attempt(() => Buffer.alloc(rand(9)).fill(str, randomOffset(6), undefined, enc)));
  const other = randomBytes(rand(6));
  out.push(attempt(() => bytes.compare(other, rand(3), rand(7), rand(3), rand(9))));
  out.push(attempt(() => Buffer.from(bytes.toString(enc), enc).toString('hex')));
  console.log(`${round} ${enc} ${out.join(' ')}`);
}
