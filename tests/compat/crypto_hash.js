'use strict';
// node:crypto — createHash for every digest, input encodings, output encodings, copy(),
// errors after digest, crypto.hash() and digest names.
const crypto = require('crypto');

function t(name, fn) {
  try {
    const r = fn();
    console.log(`${name}: ${Buffer.isBuffer(r) ? `<Buffer ${r.toString('hex')}>` : JSON.stringify(r)}`);
  } catch (e) {
    console.log(`${name}: threw ${e.name} ${e.code} | ${e.message}`);
  }
}

const algorithms = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256', 'sha3-224',
  'sha3-256', 'sha3-384', 'sha3-512', 'ripemd160'];
const inputs = ['', 'abc', 'The quick brown fox jumps over the lazy dog', 'a'.repeat(1000), 'héllo wörld ✓ 𝄞',
  'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'];
for (const alg of algorithms) {
  for (const [i, input] of inputs.entries()) t(`${alg} #${i}`, () => crypto.createHash(alg).update(input).digest('hex'));
}

// Exactly one and two blocks, and bytes of every value.
const bytes = Buffer.alloc(256);
for (let i = 0; i < 256; i++) bytes[i] = i;
for (const alg of ['md5', 'sha1', 'sha256', 'sha512']) {
  for (const n of [55, 56, 63, 64, 65, 111, 112, 127, 128, 129, 256]) {
    t(`${alg} bytes ${n}`, () => crypto.createHash(alg).update(bytes.subarray(0, n)).digest('hex'));
  }
}

// Streaming updates equal one update.
t('chunked = whole', () => {
  const whole = crypto.createHash('sha256').update(bytes).digest('hex');
  const h = crypto.createHash('sha256');
  for (let i = 0; i < 256; i += 7) h.update(bytes.subarray(i, i + 7));
  return h.digest('hex') === whole;
});
t('million a', () => {
  const h = crypto.createHash('sha1');
  const chunk = 'a'.repeat(10000);
  for (let i = 0; i < 100; i++) h.update(chunk);
  return h.digest('hex');
});

// Output encodings.
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'ucs2', 'utf16le', 'HEX', 'buffer', undefined, '']) {
  t(`digest ${enc}`, () => {
    const r = crypto.createHash('md5').update('encodings').digest(enc);
    return typeof r === 'string' ? Buffer.from(r, enc === 'HEX' ? 'hex' : (enc || 'latin1')).toString('hex') : r;
  });
}
t('digest bogus encoding gives Buffer', () => Buffer.isBuffer(crypto.createHash('md5').update('x').digest('bogus')));
t('digest latin1 length', () => crypto.createHash('sha1').update('x').digest('latin1').length);

// Input encodings.
for (const [data, enc] of [['68656c6c6f', 'hex'], ['aGVsbG8=', 'base64'], ['aGVsbG8', 'base64url'], ['héllo', 'latin1'],
  ['héllo', 'binary'], ['héllo', 'utf16le'], ['héllo', 'ucs2'], ['héllo', 'utf8'], ['héllo', 'utf-8'], ['héllo', 'ascii'],
  ['héllo', 'bogus'], ['héllo', undefined]]) {
  t(`update ${enc}`, () => crypto.createHash('sha1').update(data, enc).digest('hex'));
}
t('lone surrogates', () => [crypto.createHash('md5').update('\ud800').digest('hex'),
  crypto.createHash('md5').update('a\udc00b\ud83d').digest('hex'), crypto.hash('sha1', 'x\ud800')]);
t('update odd hex', () => crypto.createHash('sha1').update('abc', 'hex').digest('hex'));

// Views of every kind hash their bytes.
t('Uint16Array', () => crypto.createHash('md5').update(new Uint16Array([1, 2, 3])).digest('hex'));
t('DataView', () => crypto.createHash('md5').update(new DataView(bytes.buffer, bytes.byteOffset + 3, 5)).digest('hex'));
t('Float64Array', () => crypto.createHash('md5').update(new Float64Array([1.5])).digest('hex'));
t('subarray', () => crypto.createHash('md5').update(bytes.subarray(10, 20)).digest('hex'));
t('Uint8Array', () => crypto.createHash('md5').update(new Uint8Array([104, 105])).digest('hex'));

// Chaining and copy().
t('update returns this', () => {
  const h = crypto.createHash('md5');
  return h.update('a') === h;
});
t('copy', () => {
  const h = crypto.createHash('sha256').update('abc');
  const c = h.copy();
  c.update('def');
  return [h.digest('hex'), c.digest('hex'), crypto.createHash('sha256').update('abcdef').digest('hex')];
});
t('copy of copy', () => {
  const h = crypto.createHash('sha1').update('x');
  return h.copy().copy().update('y').digest('hex');
});

// After digest().
const done = crypto.createHash('md5');
done.digest();
t('digest twice', () => done.digest());
t('update after digest', () => done.update('x'));
t('copy after digest', () => done.copy());

// Bad arguments.
t('update number', () => crypto.createHash('md5').update(1));
t('update null', () => crypto.createHash('md5').update(null));
t('update object', () => crypto.createHash('md5').update({}));
t('update ArrayBuffer', () => crypto.createHash('md5').update(new ArrayBuffer(2)));
t('algorithm number', () => crypto.createHash(1));
t('algorithm missing', () => crypto.createHash());
t('unknown algorithm', () => crypto.createHash('nope'));
t('outputLength ok', () => crypto.createHash('sha256', { outputLength: 32 }).update('').digest('hex'));
t('outputLength bad', () => crypto.createHash('sha256', { outputLength: 16 }));
t('outputLength type', () => crypto.createHash('sha256', { outputLength: 'x' }));

// Names.
for (const name of ['SHA256', 'sha-256', 'SHA-256', 'sha2-256', 'Sha1', 'sha-1', 'MD5', 'RSA-SHA256', 'RSA-MD5',
  'sha256WithRSAEncryption', 'SHA512-224', 'sha512-256', 'ssl3-md5', 'ssl3-sha1', 'RSA-SHA1-2', 'rmd160',
  'ripemd', 'RSA-SHA3-256', 'sha512/256', 'sha3', 'sha-3-256', 'sha2-512/256', 'SHA-512/224', 'ripemd-160',
  'RSA-SHA512/224', 'id-rsassa-pkcs1-v1_5-with-sha3-512', 'sha3-256WithRSAEncryption']) {
  t(`name ${name}`, () => crypto.createHash(name).update('names').digest('hex'));
}
const hashes = crypto.getHashes();
t('getHashes is array', () => Array.isArray(hashes));
t('getHashes sorted', () => hashes.join() === [...hashes].sort().join());
for (const n of ['md5', 'sha1', 'sha256', 'sha512', 'RSA-SHA256', 'sha3-256', 'ripemd160']) {
  t(`getHashes has ${n}`, () => hashes.includes(n));
}
t('getHashes copies', () => crypto.getHashes() !== crypto.getHashes());

// Classes.
t('instanceof Hash', () => crypto.createHash('md5') instanceof crypto.Hash);
t('Hash with new', () => new crypto.Hash('md5').update('x').digest('hex'));
t('Hash without new', () => crypto.Hash('md5').update('x').digest('hex'));
t('Hash.name', () => crypto.Hash.name);

// crypto.hash().
t('hash default hex', () => crypto.hash('sha1', 'abc'));
t('hash base64', () => crypto.hash('sha256', 'abc', 'base64'));
t('hash buffer', () => crypto.hash('md5', Buffer.from('abc'), 'buffer'));
t('hash view', () => crypto.hash('sha512', new Uint16Array([1, 2])));
t('hash number', () => crypto.hash('sha1', 1));
t('hash bad alg', () => crypto.hash('nope', 'x'));
t('hash alg type', () => crypto.hash(1, 'x'));
t('hash enc type', () => crypto.hash('sha1', 'x', 1));
