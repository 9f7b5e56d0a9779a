// atob/btoa and TextEncoder/TextDecoder: utf-8 (surrogates, invalid bytes, fatal, BOM, streaming), utf-16le, latin1.
const hex = (u8) => Array.from(u8, (b) => b.toString(16).padStart(2, '0')).join(' ');
const codes = (s) => Array.from(s, (c) => c.codePointAt(0).toString(16)).join(',');

// ---- btoa / atob
for (const s of ['', 'a', 'ab', 'abc', 'abcd', 'Hello, World!', '\x00\xff\x80', 'ÿþ']) {
  console.log('btoa', JSON.stringify(s), '->', btoa(s));
}
console.log('btoa coerces:', btoa(123), btoa(null), btoa(undefined), btoa([1, 2]), btoa({}));
for (const s of ['', 'YQ==', 'YWI=', 'YWJj', 'YQ', 'YWI', ' Y W J j ', 'YW\nJj', 'YWJj\t\f\r', 'SGVsbG8sIFdvcmxkIQ==', 'AP+A']) {
  console.log('atob', JSON.stringify(s), '->', JSON.stringify(atob(s)));
}
console.log('atob coerces:', JSON.stringify(atob(undefined === 1 ? '' : null)), JSON.stringify(atob(1234)));
for (const s of ['Y', 'YQ=', 'YQ===', 'Y===', '=YQ', 'Y-Q=', 'YQ==YQ==', 'YQ=a', '€', 'YQ== ', 'YQ\v==']) {
  try {
    console.log('atob', JSON.stringify(s), '->', JSON.stringify(atob(s)));
  } catch (e) {
    console.log('atob', JSON.stringify(s), 'throws', e.name, e.code, e.message, e instanceof DOMException);
  }
}
for (const s of ['€', 'a\u0100', '😀']) {
  try {
    console.log('btoa', s, btoa(s));
  } catch (e) {
    console.log('btoa', JSON.stringify(s), 'throws', e.name, e.code, e.message, e instanceof DOMException);
  }
}
for (const [label, fn] of [['btoa()', () => btoa()], ['atob()', () => atob()]]) {
  try { fn(); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
console.log('roundtrip all bytes:', (() => {
  let s = '';
  for (let i = 0; i < 256; i++) s += String.fromCharCode(i);
  return atob(btoa(s)) === s;
})());

// ---- TextEncoder
const enc = new TextEncoder();
console.log('encoder encoding:', enc.encoding);
console.log('encode ascii:', hex(enc.encode('abc')));
console.log('encode multi-byte:', hex(enc.encode('é€😀')));
console.log('encode lone high surrogate:', hex(enc.encode('a\ud800b')));
console.log('encode lone low surrogate:', hex(enc.encode('\udc00')));
console.log('encode reversed pair:', hex(enc.encode('\udc00\ud800')));
console.log('encode empty/undefined:', enc.encode().length, enc.encode('').length, enc.encode(undefined).length);
console.log('encode coerces:', hex(enc.encode(12)), hex(enc.encode(null)), hex(enc.encode({ toString: () => 'x' })));
console.log('encode returns Uint8Array:', enc.encode('a') instanceof Uint8Array);

const dest = new Uint8Array(5);
console.log('encodeInto:', JSON.stringify(enc.encodeInto('ab€', dest)), hex(dest));
const small = new Uint8Array(4);
console.log('encodeInto partial:', JSON.stringify(enc.encodeInto('a😀b', small)), hex(small));
const tiny = new Uint8Array(2);
console.log('encodeInto no room for char:', JSON.stringify(enc.encodeInto('€', tiny)), hex(tiny));
console.log('encodeInto surrogate pair read 2:', JSON.stringify(enc.encodeInto('😀', new Uint8Array(4))));
console.log('encodeInto lone surrogate:', JSON.stringify(enc.encodeInto('\ud800', new Uint8Array(3))));
console.log('encodeInto empty:', JSON.stringify(enc.encodeInto('', new Uint8Array(0))));
for (const [label, fn] of [
  ['encodeInto bad dest', () => enc.encodeInto('a', [])],
  ['encodeInto no dest', () => enc.encodeInto('a')],
]) {
  try { fn(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code); }
}

// ---- TextDecoder utf-8
const dec = new TextDecoder();
console.log('decoder:', dec.encoding, dec.fatal, dec.ignoreBOM);
console.log('decode:', dec.decode(new Uint8Array([0x68, 0x69, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80])));
console.log('decode empty:', JSON.stringify(dec.decode()), JSON.stringify(dec.decode(new Uint8Array(0))));
console.log('decode ArrayBuffer:', dec.decode(new Uint8Array([0x61, 0x62]).buffer));
console.log('decode DataView:', dec.decode(new DataView(new Uint8Array([0x78, 0x79, 0x7a]).buffer, 1)));
console.log('decode Uint16Array:', dec.decode(new Uint16Array([0x6261])));
console.log('decode subarray:', dec.decode(new Uint8Array([0x61, 0x62, 0x63, 0x64]).subarray(1, 3)));
const invalid = [
  [0xff], [0x80], [0xc3], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xc0, 0x80], [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80], [0x61, 0xc3, 0x62], [0xe2, 0x28, 0xa1], [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0xc3, 0xa9, 0xa9],
];
for (const bytes of invalid) {
  console.log('invalid', hex(bytes), '->', codes(dec.decode(new Uint8Array(bytes))));
}
const fatal = new TextDecoder('utf-8', { fatal: true });
console.log('fatal flag:', fatal.fatal);
for (const bytes of [[0xff], [0x61, 0x80], [0xc3], [0x61]]) {
  try {
    console.log('fatal', hex(bytes), '->', fatal.decode(new Uint8Array(bytes)));
  } catch (e) {
    console.log('fatal', hex(bytes), 'throws', e.name, e.code, e.message);
  }
}

// BOM handling
const bom = new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]);
console.log('BOM stripped:', JSON.stringify(dec.decode(bom)), dec.decode(bom).length);
const keepBom = new TextDecoder('utf-8', { ignoreBOM: true });
console.log('ignoreBOM keeps it:', keepBom.ignoreBOM, dec.decode(bom).length, keepBom.decode(bom).length, codes(keepBom.decode(bom)));
console.log('only first BOM stripped:', codes(dec.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]))));

// streaming: multi-byte characters split across chunks
const sdec = new TextDecoder();
const euro = [0xe2, 0x82, 0xac];
const smile = [0xf0, 0x9f, 0x98, 0x80];
const parts = [];
parts.push(sdec.decode(new Uint8Array([0x61, euro[0]]), { stream: true }));
parts.push(sdec.decode(new Uint8Array([euro[1]]), { stream: true }));
parts.push(sdec.decode(new Uint8Array([euro[2], smile[0], smile[1]]), { stream: true }));
parts.push(sdec.decode(new Uint8Array([smile[2], smile[3], 0x62]), { stream: true }));
parts.push(sdec.decode());
console.log('stream parts:', JSON.stringify(parts));
const sdec2 = new TextDecoder();
console.log('stream incomplete then flush:', codes(sdec2.decode(new Uint8Array([0xe2, 0x82]), { stream: true })) || '(empty)',
  codes(sdec2.decode()));
const sdec3 = new TextDecoder();
sdec3.decode(new Uint8Array([0xef, 0xbb]), { stream: true });
console.log('stream BOM split:', JSON.stringify(sdec3.decode(new Uint8Array([0xbf, 0x41]))));
const sdec4 = new TextDecoder();
console.log('BOM stripped once per stream:', codes(sdec4.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), { stream: true })),
  codes(sdec4.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x42]))));
const sdec5 = new TextDecoder();
sdec5.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), { stream: true });
sdec5.decode();
console.log('BOM stripped again after flush:', codes(sdec5.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x43]))));
const sfatal = new TextDecoder('utf-8', { fatal: true });
sfatal.decode(new Uint8Array([0xe2]), { stream: true });
try {
  sfatal.decode();
  console.log('fatal flush ok');
} catch (e) {
  console.log('fatal flush throws', e.name, e.code);
}
const sinv = new TextDecoder();
console.log('stream invalid continuation:', codes(sinv.decode(new Uint8Array([0xe2]), { stream: true }) +
  sinv.decode(new Uint8Array([0x41]), { stream: true })));

// labels and other encodings
for (const label of ['utf8', 'UTF-8', ' utf-8 ', 'unicode-1-1-utf-8', 'utf-16le', 'utf-16', 'latin1', 'iso-8859-1',
  'ascii', 'us-ascii', 'windows-1252', 'ISO-8859-1', 'l1', 'cp1252', 'utf-16be', 'x-nope', '', 'utf-32']) {
  try {
    console.log('label', JSON.stringify(label), '->', new TextDecoder(label).encoding);
  } catch (e) {
    console.log('label', JSON.stringify(label), 'throws', e.name, e.code, e.message);
  }
}
const u16 = new TextDecoder('utf-16le');
console.log('utf-16le:', u16.decode(new Uint8Array([0x68, 0x00, 0x69, 0x00, 0x3d, 0xd8, 0x00, 0xde])));
console.log('utf-16le BOM:', codes(u16.decode(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))));
console.log('utf-16le odd byte:', codes(u16.decode(new Uint8Array([0x41, 0x00, 0x42]))));
const u16s = new TextDecoder('utf-16le');
console.log('utf-16le stream split:', JSON.stringify(u16s.decode(new Uint8Array([0x41]), { stream: true }) +
  u16s.decode(new Uint8Array([0x00, 0x42]), { stream: true }) + u16s.decode(new Uint8Array([0x00]))));
const l1 = new TextDecoder('latin1');
console.log('latin1 ascii/high:', codes(l1.decode(new Uint8Array([0x41, 0xe9, 0xff]))));
console.log('windows-1252 0x80..0x9f:', codes(l1.decode(new Uint8Array([0x80, 0x81, 0x8d, 0x99, 0x9f]))));

// validation
for (const [label, fn] of [
  ['decode string', () => dec.decode('abc')],
  ['decode number', () => dec.decode(5)],
  ['decode null', () => dec.decode(null)],
  ['decode array', () => dec.decode([1, 2])],
]) {
  try { console.log(label, JSON.stringify(fn())); } catch (e) { console.log(label, e.name, e.code); }
}
console.log('toStringTag:', Object.prototype.toString.call(enc), Object.prototype.toString.call(dec));

// utf-16 details
const u16b = new TextDecoder('utf-16le');
console.log('utf-16le lone surrogates:', codes(u16b.decode(new Uint8Array([0x00, 0xde, 0x3d, 0xd8]))));
const u16f = new TextDecoder('utf-16le', { fatal: true });
for (const bytes of [[0x3d, 0xd8], [0x41, 0x00, 0x42], [0x41, 0x00]]) {
  try {
    console.log('utf-16le fatal', hex(bytes), '->', codes(u16f.decode(new Uint8Array(bytes))));
  } catch (e) {
    console.log('utf-16le fatal', hex(bytes), 'throws', e.name, e.code, e.message);
  }
}
const u16p = new TextDecoder('utf-16le');
const pairParts = [u16p.decode(new Uint8Array([0x3d, 0xd8]), { stream: true }), u16p.decode(new Uint8Array([0x00, 0xde]))];
console.log('utf-16le pair split:', JSON.stringify(pairParts[0]), codes(pairParts[1]));
const be = new TextDecoder('utf-16be');
console.log('utf-16be:', be.encoding, codes(be.decode(new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0xd8, 0x3d, 0xde, 0x00]))));

// options and inspection
for (const [label, fn] of [
  ['options number', () => new TextDecoder('utf-8', 5)],
  ['options null', () => new TextDecoder('utf-8', null).fatal],
  ['options truthy fatal', () => new TextDecoder('utf-8', { fatal: 1 }).fatal],
  ['encodeInto number src', () => enc.encodeInto(12, new Uint8Array(2))],
  ['encodeInto Uint16Array', () => enc.encodeInto('a', new Uint16Array(2))],
  ['label object', () => new TextDecoder({ toString: () => 'latin1' }).encoding],
]) {
  try { console.log(label, '->', JSON.stringify(fn())); } catch (e) { console.log(label, 'throws', e.name, e.code, e.message); }
}
console.log(new TextEncoder(), new TextDecoder(), new TextDecoder('latin1', { fatal: true, ignoreBOM: true }));
console.log('getters:', ['encoding', 'fatal', 'ignoreBOM'].map((k) => typeof Object.getOwnPropertyDescriptor(TextDecoder.prototype, k).get).join());
const big = 'a€😀'.repeat(5000);
console.log('large roundtrip:', dec.decode(enc.encode(big)) === big, enc.encode(big).length);
