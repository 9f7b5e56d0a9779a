'use strict';
// node:string_decoder — every encoding, characters split across writes, end(), and
// Node's replacement characters for invalid or incomplete UTF-8.
const { StringDecoder } = require('string_decoder');

const esc = (s) => JSON.stringify(s).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const bytes = (...b) => new Uint8Array(b);
const hex = (u8) => Array.from(u8, (b) => b.toString(16).padStart(2, '0')).join(' ');

// Feeds `input` to a fresh decoder in every possible two-way split and checks all
// splits agree; prints the result once.
function splits(enc, input) {
  const results = new Set();
  for (let i = 0; i <= input.length; i++) {
    const d = new StringDecoder(enc);
    results.add(d.write(input.subarray(0, i)) + d.write(input.subarray(i)) + d.end());
  }
  const byteWise = new StringDecoder(enc);
  let s = '';
  for (const b of input) s += byteWise.write(bytes(b));
  s += byteWise.end();
  results.add(s);
  console.log(enc, hex(input), '->', [...results].map(esc).join(' | '));
}

function steps(enc, chunks) {
  const d = new StringDecoder(enc);
  const out = chunks.map((c) => esc(d.write(c)));
  out.push(`end:${esc(d.end())}`);
  console.log(enc, chunks.map(hex).join(' / '), '=>', out.join(' '));
}

console.log('--- encodings and normalisation');
for (const enc of [undefined, 'utf8', 'UTF-8', 'utf-8', 'ucs2', 'UCS-2', 'utf16le', 'UTF-16LE', 'latin1', 'binary',
  'BINARY', 'base64', 'base64url', 'hex', 'HEX', 'ascii', 'Ascii']) {
  console.log(String(enc), '->', new StringDecoder(enc).encoding);
}
for (const bad of ['utf9', 'raw', 'buffer', 42]) {
  try {
    new StringDecoder(bad);
    console.log(bad, 'accepted');
  } catch (e) {
    console.log(`${e.name} [${e.code}]: ${e.message}`);
  }
}

console.log('--- utf8 splits');
const enc = new TextEncoder();
splits('utf8', enc.encode('aé€😀z'));
splits('utf8', enc.encode('日本語'));
splits('utf8', bytes(0xf0, 0x9f, 0x98, 0x80));

console.log('--- utf8 step by step');
steps('utf8', [bytes(0xe2), bytes(0x82), bytes(0xac)]);
steps('utf8', [bytes(0xe2, 0x82), bytes(0xac, 0x41)]);
steps('utf8', [bytes(0xf0, 0x9f), bytes(0x98), bytes(0x80, 0x41)]);
steps('utf8', [bytes(0x61, 0xf0, 0x9f, 0x98)]);
steps('utf8', [bytes(0xe2, 0x82)]);
steps('utf8', [bytes(0xc3)]);

console.log('--- utf8 invalid and incomplete');
steps('utf8', [bytes(0xff)]);
steps('utf8', [bytes(0x80, 0x80)]);
steps('utf8', [bytes(0xe2), bytes(0x41)]);
steps('utf8', [bytes(0xe2, 0x82), bytes(0x41, 0x42)]);
steps('utf8', [bytes(0xf0, 0x9f), bytes(0x41)]);
steps('utf8', [bytes(0xc3, 0xc3), bytes(0xa9)]);
steps('utf8', [bytes(0xed, 0xa0, 0x80)]);
steps('utf8', [bytes(0xf8, 0x88, 0x80, 0x80, 0x80)]);
steps('utf8', [bytes(0x41, 0x80, 0x80, 0x80, 0x80)]);
steps('utf8', [bytes(0xe2, 0x82, 0xac, 0x80)]);
steps('utf8', [bytes(0xf4, 0x90, 0x80, 0x80)]);
steps('utf8', [bytes(0xc0, 0xaf)]);
steps('utf8', [bytes(0xe0, 0x80), bytes(0x80)]);
steps('utf8', [bytes(0xf0), bytes(0x9f), bytes(0x41)]);

console.log('--- utf16le');
splits('utf16le', bytes(0x61, 0x00, 0xac, 0x20, 0x3d, 0xd8, 0x00, 0xde));
steps('utf16le', [bytes(0x61), bytes(0x00, 0x62), bytes(0x00)]);
steps('utf16le', [bytes(0x3d, 0xd8), bytes(0x00, 0xde)]);
steps('utf16le', [bytes(0x3d, 0xd8)]);
steps('utf16le', [bytes(0x3d, 0xd8, 0x00)]);
steps('utf16le', [bytes(0x61)]);

console.log('--- base64 / base64url');
splits('base64', bytes(0xfb, 0xff, 0xbf, 0x01, 0x02));
splits('base64url', bytes(0xfb, 0xff, 0xbf, 0x01, 0x02));
steps('base64', [bytes(0x68), bytes(0x69), bytes(0x21), bytes(0x3f)]);
steps('base64', [bytes(0x68, 0x69, 0x21, 0x3f)]);
steps('base64url', [bytes(0xff), bytes(0xfe, 0xfd, 0xfc)]);

console.log('--- hex, latin1, ascii');
steps('hex', [bytes(0x00, 0xff), bytes(0x10)]);
steps('latin1', [bytes(0x61, 0xe9, 0xff)]);
steps('ascii', [bytes(0x61, 0xe9, 0xff, 0x7f)]);
splits('latin1', bytes(0xc3, 0xa9));

console.log('--- write / end API');
const d = new StringDecoder('utf8');
console.log('string passthrough', esc(d.write('already a string')));
console.log('end with buffer', esc(d.end(bytes(0x68, 0xc3))));
console.log('reusable after end', esc(d.write(bytes(0x6f, 0x6b))), esc(d.end()));
console.log('DataView', esc(new StringDecoder('hex').write(new DataView(bytes(1, 2, 3).buffer, 1))));
console.log('Uint16Array', esc(new StringDecoder('hex').write(new Uint16Array([0x0102]))));
for (const bad of [null, 42, {}, [1, 2]]) {
  try {
    d.write(bad);
  } catch (e) {
    console.log(`${e.name} [${e.code}]: ${e.message}`);
  }
}

console.log('--- lastNeed / lastTotal / lastChar');
const d2 = new StringDecoder('utf8');
d2.write(bytes(0xf0, 0x9f));
console.log('lastNeed', d2.lastNeed, 'lastTotal', d2.lastTotal, 'lastChar', hex(d2.lastChar).slice(0, 5));
d2.write(bytes(0x98));
console.log('lastNeed', d2.lastNeed, 'lastTotal', d2.lastTotal);
console.log('completed', esc(d2.write(bytes(0x80))), 'lastNeed', d2.lastNeed);
const d3 = new StringDecoder('base64');
d3.write(bytes(1, 2, 3, 4));
console.log('base64 lastNeed', d3.lastNeed, 'lastTotal', d3.lastTotal);
const d4 = new StringDecoder('utf8');
d4.write(bytes(0xe2));
console.log('text() resets', esc(d4.text(bytes(0x41, 0x42, 0x43), 1)));

console.log('--- inspect shows the decoder state');
const d5 = new StringDecoder('utf16le');
d5.write(bytes(0x3d, 0xd8, 0x00));
console.log(d5);
console.log(new StringDecoder('base64url'));
