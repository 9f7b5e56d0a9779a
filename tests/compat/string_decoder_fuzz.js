'use strict';
// node:string_decoder — deterministic pseudo-random byte sequences (biased towards UTF-8
// lead and continuation bytes and surrogates) cut into random chunks, for every
// encoding; prints a digest per encoding and the first results in full.
const { StringDecoder } = require('string_decoder');

let seed = 0x2545f491;
const rand = (n) => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return (seed >>> 8) % n;
};
const pool = [0x41, 0x7a, 0x00, 0x7f, 0x80, 0x9f, 0xbf, 0xc2, 0xc3, 0xdf, 0xe0, 0xe2, 0xed, 0xef, 0xf0, 0xf4, 0xf8,
  0xff, 0xd8, 0xdc, 0x82, 0xac, 0x98, 0x3d];

function digest(str) {
  let h = 0x811c9dc5;
  for (let i = 0; i < str.length; i++) h = Math.imul(h ^ str.charCodeAt(i), 16777619) >>> 0;
  return h.toString(16).padStart(8, '0');
}
const esc = (s) => JSON.stringify(s).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

const encodings = ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1', 'ascii'];
const cases = [];
for (let i = 0; i < 400; i++) {
  const len = 1 + rand(12);
  const data = new Uint8Array(len);
  for (let j = 0; j < len; j++) data[j] = rand(3) === 0 ? rand(256) : pool[rand(pool.length)];
  const cuts = [];
  for (let j = 1; j < len; j++) if (rand(3) === 0) cuts.push(j);
  cases.push([data, cuts]);
}

for (const enc of encodings) {
  let all = '';
  let shown = 0;
  for (const [data, cuts] of cases) {
    const d = new StringDecoder(enc);
    let prev = 0;
    const parts = [];
    for (const c of [...cuts, data.length]) {
      parts.push(d.write(data.subarray(prev, c)));
      prev = c;
    }
    parts.push(d.end());
    const whole = new StringDecoder(enc).end(data);
    const joined = parts.join('');
    all += `${joined}\u0001${whole}\u0002`;
    if (shown < 4) {
      shown++;
      console.log(enc, Array.from(data, (b) => b.toString(16)).join(','), cuts.join(','), parts.map(esc).join(' '),
        joined === whole ? 'same-as-whole' : `whole=${esc(whole)}`);
    }
  }
  console.log(enc, 'digest', digest(all), 'length', all.length);
}
