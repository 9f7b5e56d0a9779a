'use strict';
// node:crypto — randomness: shapes, ranges and formats (never the values), and validation.
const crypto = require('crypto');

function t(name, fn) {
  try {
    const r = fn();
    console.log(`${name}: ${JSON.stringify(r)}`);
  } catch (e) {
    console.log(`${name}: threw ${e.name} ${e.code} | ${e.message}`);
  }
}

// randomBytes
for (const n of [0, 1, 16, 1000, 70000]) t(`randomBytes(${n})`, () => {
  const b = crypto.randomBytes(n);
  return [Buffer.isBuffer(b), b.length];
});
t('randomBytes(1.5)', () => crypto.randomBytes(1.5).length);
t('randomBytes differ', () => !crypto.randomBytes(32).equals(crypto.randomBytes(32)));
t('randomBytes not all zero', () => crypto.randomBytes(64).some((x) => x !== 0));
t('randomBytes uses all bytes values', () => new Set(crypto.randomBytes(20000)).size);
t('randomBytes string', () => crypto.randomBytes('1'));
t('randomBytes -1', () => crypto.randomBytes(-1));
t('randomBytes NaN', () => crypto.randomBytes(NaN));
t('randomBytes 2^31', () => crypto.randomBytes(2 ** 31));
t('randomBytes bad callback', () => crypto.randomBytes(1, 'x'));
t('pseudoRandomBytes', () => crypto.pseudoRandomBytes(3).length);

// randomFillSync keeps bytes outside [offset, offset + size).
t('randomFillSync range', () => {
  const b = Buffer.alloc(100);
  crypto.randomFillSync(b, 10, 20);
  return [b.subarray(0, 10).every((x) => x === 0), b.subarray(30).every((x) => x === 0), b.subarray(10, 30).some((x) => x !== 0)];
});
t('randomFillSync returns buf', () => {
  const b = Buffer.alloc(4);
  return crypto.randomFillSync(b) === b;
});
t('randomFillSync Uint32Array offsets in elements', () => {
  const a = new Uint32Array(8);
  crypto.randomFillSync(a, 2, 3);
  return [a[0], a[1], a[5], a[6], a[7], a.subarray(2, 5).some((x) => x !== 0)];
});
t('randomFillSync ArrayBuffer', () => {
  const ab = new ArrayBuffer(8);
  crypto.randomFillSync(ab, 4);
  const v = new Uint8Array(ab);
  return [v.subarray(0, 4).every((x) => x === 0), v.subarray(4).some((x) => x !== 0)];
});
t('randomFillSync DataView', () => crypto.randomFillSync(new DataView(new ArrayBuffer(16))).byteLength);
t('randomFillSync Float64Array', () => crypto.randomFillSync(new Float64Array(2)).length);
t('randomFillSync string', () => crypto.randomFillSync('x'));
t('randomFillSync offset too big', () => crypto.randomFillSync(Buffer.alloc(10), 11));
t('randomFillSync offset type', () => crypto.randomFillSync(Buffer.alloc(10), '1'));
t('randomFillSync size too big', () => crypto.randomFillSync(Buffer.alloc(10), 5, 6));
t('randomFillSync size negative', () => crypto.randomFillSync(Buffer.alloc(10), 0, -1));
t('randomFillSync u16 size too big', () => crypto.randomFillSync(new Uint16Array(4), 1, 4));
t('randomFill no callback', () => crypto.randomFill(Buffer.alloc(10)));
t('randomFill bad buf', () => crypto.randomFill('x', () => {}));

// randomInt
t('randomInt ranges', () => {
  const seen = new Set();
  let ok = true;
  for (let i = 0; i < 2000; i++) {
    const v = crypto.randomInt(-3, 4);
    if (!Number.isInteger(v) || v < -3 || v >= 4) ok = false;
    seen.add(v);
  }
  return [ok, seen.size];
});
t('randomInt one arg', () => {
  let ok = true;
  for (let i = 0; i < 500; i++) {
    const v = crypto.randomInt(3);
    if (v < 0 || v >= 3) ok = false;
  }
  return ok;
});
t('randomInt max range', () => {
  const v = crypto.randomInt(0, 2 ** 48 - 1);
  return Number.isSafeInteger(v) && v >= 0;
});
t('randomInt unit range', () => crypto.randomInt(7, 8));
t('randomInt frac', () => crypto.randomInt(1.5));
t('randomInt equal', () => crypto.randomInt(5, 5));
t('randomInt reversed', () => crypto.randomInt(5, 1));
t('randomInt range too big', () => crypto.randomInt(0, 2 ** 48));
t('randomInt max too big', () => crypto.randomInt(2 ** 48));
t('randomInt min string', () => crypto.randomInt('1', 3));
t('randomInt unsafe', () => crypto.randomInt(2 ** 53, 2 ** 53 + 2));
t('randomInt bad callback', () => crypto.randomInt(1, 3, 'x'));

// randomUUID
const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
t('randomUUID format', () => {
  for (let i = 0; i < 200; i++) if (!uuidRe.test(crypto.randomUUID())) return false;
  return true;
});
t('randomUUID unique', () => new Set(Array.from({ length: 100 }, () => crypto.randomUUID())).size);
t('randomUUID options', () => uuidRe.test(crypto.randomUUID({ disableEntropyCache: true })));
t('randomUUID bad option', () => crypto.randomUUID({ disableEntropyCache: 1 }));
t('randomUUID bad options', () => crypto.randomUUID(1));

// getRandomValues
for (const C of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  BigInt64Array, BigUint64Array]) {
  t(`getRandomValues ${C.name}`, () => {
    const a = new C(8);
    return [crypto.getRandomValues(a) === a, a.length];
  });
}
for (const [name, make] of [['Float32Array', () => new Float32Array(2)], ['Float64Array', () => new Float64Array(2)],
  ['DataView', () => new DataView(new ArrayBuffer(2))], ['string', () => 'x'], ['ArrayBuffer', () => new ArrayBuffer(2)],
  ['too long', () => new Uint8Array(65537)], ['undefined', () => undefined]]) {
  t(`getRandomValues ${name}`, () => {
    try {
      crypto.getRandomValues(make());
      return 'no error';
    } catch (e) {
      return [e.name, e.code, e.message, e instanceof DOMException];
    }
  });
}
t('getRandomValues 65536', () => crypto.getRandomValues(new Uint8Array(65536)).length);
t('webcrypto.getRandomValues', () => crypto.webcrypto.getRandomValues(new Uint16Array(3)).length);
t('webcrypto.getRandomValues unbound', () => crypto.webcrypto.getRandomValues.call({}, new Uint8Array(2)));
t('webcrypto.randomUUID', () => uuidRe.test(crypto.webcrypto.randomUUID()));
t('webcrypto.randomUUID unbound', () => crypto.webcrypto.randomUUID.call({}));
t('getRandomValues detached', () => {
  const { getRandomValues } = crypto;
  return getRandomValues(new Uint8Array(4)).length;
});

// Callbacks come later, with (null, value); their order among themselves is not fixed.
const results = {};
let sync = true;
const later = () => !sync;
crypto.randomBytes(8, (err, buf) => {
  results.randomBytes = [err, Buffer.isBuffer(buf), buf.length, later()];
});
const fillMe = Buffer.alloc(16);
crypto.randomFill(fillMe, 8, (err, buf) => {
  results.randomFill = [err, buf === fillMe, fillMe.subarray(0, 8).every((x) => x === 0), later()];
});
crypto.randomFill(new Uint8Array(16), 2, 4, (err, buf) => {
  results.randomFillSize = [err, buf.subarray(6).every((x) => x === 0), later()];
});
crypto.randomFill(new Uint8Array(4), (err, buf) => {
  results.randomFillWhole = [err, buf.length, later()];
});
crypto.randomInt(10, (err, n) => {
  results.randomInt = [err, n >= 0 && n < 10, later()];
});
crypto.randomInt(5, 6, (err, n) => {
  results.randomInt2 = [err, n, later()];
});
sync = false;
// Printed once everything pending has run (the thread pool may be slow under load).
process.once('beforeExit', () => {
  for (const k of Object.keys(results).sort()) t(`cb ${k}`, () => results[k]);
});
