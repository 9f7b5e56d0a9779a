'use strict';
// node:crypto — pbkdf2 (RFC 6070 and SHA-2 vectors) and scrypt (RFC 7914 vectors), sync and
// callback forms, and Node's argument validation.
const crypto = require('crypto');

function t(name, fn) {
  try {
    const r = fn();
    console.log(`${name}: ${Buffer.isBuffer(r) ? `<Buffer ${r.toString('hex')}>` : JSON.stringify(r)}`);
  } catch (e) {
    console.log(`${name}: threw ${e.name} ${e.code} | ${e.message}`);
  }
}

// RFC 6070 (PBKDF2-HMAC-SHA1); the 16777216-round case is left out for time.
for (const [pw, salt, c, len] of [['password', 'salt', 1, 20], ['password', 'salt', 2, 20], ['password', 'salt', 4096, 20],
  ['passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25], ['pass\0word', 'sa\0lt', 4096, 16]]) {
  t(`pbkdf2 sha1 ${JSON.stringify(pw)} ${c} ${len}`, () => crypto.pbkdf2Sync(pw, salt, c, len, 'sha1'));
}
for (const digest of ['sha256', 'sha512', 'md5', 'sha224', 'sha384', 'sha3-256', 'SHA256', 'RSA-SHA1']) {
  t(`pbkdf2 ${digest}`, () => crypto.pbkdf2Sync('password', 'salt', 100, 64, digest).toString('hex'));
}
t('pbkdf2 long output', () => crypto.pbkdf2Sync('p', 's', 2, 100, 'sha256').toString('base64'));
t('pbkdf2 keylen 0', () => crypto.pbkdf2Sync('p', 's', 1, 0, 'sha1'));
t('pbkdf2 buffers', () => crypto.pbkdf2Sync(Buffer.from([1, 2, 3]), new Uint16Array([4, 5]), 3, 8, 'sha1'));
t('pbkdf2 ArrayBuffer', () => crypto.pbkdf2Sync(new ArrayBuffer(3), 'x', 1, 8, 'sha1'));
t('pbkdf2 DataView', () => crypto.pbkdf2Sync(new DataView(new ArrayBuffer(2)), 'x', 1, 8, 'sha1'));
t('pbkdf2 unicode', () => crypto.pbkdf2Sync('pässwörd', 'sält✓', 1, 8, 'sha256'));
t('pbkdf2 bad digest', () => crypto.pbkdf2Sync('a', 'b', 1, 10, 'foo'));
t('pbkdf2 no digest', () => crypto.pbkdf2Sync('a', 'b', 1, 10));
t('pbkdf2 iterations 0', () => crypto.pbkdf2Sync('a', 'b', 0, 10, 'sha1'));
t('pbkdf2 iterations str', () => crypto.pbkdf2Sync('a', 'b', '1', 10, 'sha1'));
t('pbkdf2 iterations frac', () => crypto.pbkdf2Sync('a', 'b', 1.5, 10, 'sha1'));
t('pbkdf2 keylen -1', () => crypto.pbkdf2Sync('a', 'b', 1, -1, 'sha1'));
t('pbkdf2 keylen frac', () => crypto.pbkdf2Sync('a', 'b', 1, 1.5, 'sha1'));
t('pbkdf2 keylen huge', () => crypto.pbkdf2Sync('a', 'b', 1, 2 ** 31, 'sha1'));
t('pbkdf2 password number', () => crypto.pbkdf2Sync(1, 'b', 1, 1, 'sha1'));
t('pbkdf2 salt object', () => crypto.pbkdf2Sync('a', {}, 1, 1, 'sha1'));
t('pbkdf2 no callback', () => crypto.pbkdf2('a', 'b', 1, 1, 'sha1'));
t('pbkdf2 cb bad digest', () => crypto.pbkdf2('a', 'b', 1, 1, 'foo', () => {}));
t('pbkdf2 digest as callback', () => crypto.pbkdf2('a', 'b', 1, 1, () => {}));

// RFC 7914 scrypt vectors (the N=1048576 one needs 1 GiB and is left out).
t('scrypt rfc #1', () => crypto.scryptSync('', '', 64, { N: 16, r: 1, p: 1 }));
t('scrypt rfc #2', () => crypto.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }));
t('scrypt rfc #3', () => crypto.scryptSync('pleaseletmein', 'SodiumChloride', 64, { N: 16384, r: 8, p: 1 }));
t('scrypt defaults', () => crypto.scryptSync('password', 'salt', 16));
t('scrypt aliases', () => crypto.scryptSync('a', 'b', 8, { cost: 32, blockSize: 2, parallelization: 2 }));
t('scrypt zeros mean defaults', () => crypto.scryptSync('a', 'b', 8, { N: 0, r: 0, p: 0, maxmem: 0 }));
t('scrypt keylen 0', () => crypto.scryptSync('a', 'b', 0));
t('scrypt buffers', () => crypto.scryptSync(Buffer.from('a'), new Uint8Array([98]), 8, { N: 16 }));
t('scrypt options string', () => crypto.scryptSync('a', 'b', 8, 'x'));
t('scrypt N 3', () => crypto.scryptSync('a', 'b', 16, { N: 3 }));
t('scrypt N 1', () => crypto.scryptSync('a', 'b', 16, { N: 1 }));
t('scrypt cb bad params', () => crypto.scrypt('a', 'b', 4, { N: 3 }, () => {}));
t('scrypt N too big', () => crypto.scryptSync('a', 'b', 16, { N: 2 ** 20 }));
t('scrypt N vs r', () => crypto.scryptSync('a', 'b', 4, { N: 2 ** 16, r: 1, maxmem: 2 ** 30 }));
t('scrypt maxmem small', () => crypto.scryptSync('a', 'b', 16, { N: 1024, maxmem: 1000 }));
t('scrypt maxmem enough', () => crypto.scryptSync('a', 'b', 4, { N: 1024, r: 1, maxmem: 128 * 1026 + 128 }));
t('scrypt maxmem one short', () => crypto.scryptSync('a', 'b', 4, { N: 1024, r: 1, maxmem: 128 * 1026 + 127 }));
t('scrypt p too big', () => crypto.scryptSync('a', 'b', 16, { p: 2 ** 30, r: 1 }));
t('scrypt N and cost', () => crypto.scryptSync('a', 'b', 16, { N: 1024, cost: 1024 }));
t('scrypt r and blockSize', () => crypto.scryptSync('a', 'b', 16, { N: 16, r: 1, blockSize: 1 }));
t('scrypt p and parallelization', () => crypto.scryptSync('a', 'b', 16, { N: 16, p: 1, parallelization: 1 }));
t('scrypt N string', () => crypto.scryptSync('a', 'b', 16, { N: 'x' }));
t('scrypt N frac', () => crypto.scryptSync('a', 'b', 16, { N: 1.5 }));
t('scrypt N 2^32', () => crypto.scryptSync('a', 'b', 16, { N: 2 ** 32 }));
t('scrypt p -1', () => crypto.scryptSync('a', 'b', 16, { p: -1 }));
t('scrypt maxmem string', () => crypto.scryptSync('a', 'b', 16, { N: 16, maxmem: '1' }));
t('scrypt maxmem -1', () => crypto.scryptSync('a', 'b', 16, { N: 16, maxmem: -1 }));
t('scrypt keylen -1', () => crypto.scryptSync('a', 'b', -1));
t('scrypt keylen string', () => crypto.scryptSync('a', 'b', '1'));
t('scrypt password number', () => crypto.scryptSync(1, 'b', 1));
t('scrypt no callback', () => crypto.scrypt('a', 'b', 4));

// Callback forms deliver the same bytes, later.
const results = {};
let sync = true;
crypto.pbkdf2('password', 'salt', 2, 20, 'sha1', (err, key) => {
  results.pbkdf2 = [err, key.toString('hex'), Buffer.isBuffer(key), !sync];
});
crypto.pbkdf2('password', 'salt', 2, 20, 'sha256', (err, key) => {
  results.pbkdf2b = [err, key.toString('hex'), !sync];
});
crypto.scrypt('password', 'salt', 16, (err, key) => {
  results.scrypt = [err, key.toString('hex'), !sync];
});
crypto.scrypt('', '', 16, { N: 16, r: 1, p: 1 }, (err, key) => {
  results.scryptOpts = [err, key.toString('hex'), !sync];
});
sync = false;
// Printed once everything pending has run (the thread pool may be slow under load).
process.once('beforeExit', () => {
  for (const k of Object.keys(results).sort()) t(`cb ${k}`, () => results[k]);
});
