'use strict';
// node:crypto — createHmac: RFC 2202 and RFC 4231 vectors, key types, digest rules.
const crypto = require('crypto');

function t(name, fn) {
  try {
    const r = fn();
    console.log(`${name}: ${Buffer.isBuffer(r) ? `<Buffer ${r.toString('hex')}>` : JSON.stringify(r)}`);
  } catch (e) {
    console.log(`${name}: threw ${e.name} ${e.code} | ${e.message}`);
  }
}

const hex = (s) => Buffer.from(s, 'hex');
// RFC 4231 (SHA-2) test cases 1-7 (case 5 truncates; we print all bits).
const rfc4231 = [
  [Buffer.alloc(20, 0x0b), Buffer.from('Hi There')],
  [Buffer.from('Jefe'), Buffer.from('what do ya want for nothing?')],
  [Buffer.alloc(20, 0xaa), Buffer.alloc(50, 0xdd)],
  [hex('0102030405060708090a0b0c0d0e0f10111213141516171819'), Buffer.alloc(50, 0xcd)],
  [Buffer.alloc(20, 0x0c), Buffer.from('Test With Truncation')],
  [Buffer.alloc(131, 0xaa), Buffer.from('Test Using Larger Than Block-Size Key - Hash Key First')],
  [Buffer.alloc(131, 0xaa), Buffer.from('This is a test using a larger than block-size key and a larger than block-size ' +
    'data. The key needs to be hashed before being used by the HMAC algorithm.')],
];
for (const alg of ['sha224', 'sha256', 'sha384', 'sha512']) {
  for (const [i, [key, data]] of rfc4231.entries()) {
    t(`rfc4231 ${alg} #${i + 1}`, () => crypto.createHmac(alg, key).update(data).digest('hex'));
  }
}
// RFC 2202 (MD5 and SHA-1).
const rfc2202 = [
  [Buffer.alloc(16, 0x0b), 'Hi There'],
  ['Jefe', 'what do ya want for nothing?'],
  [Buffer.alloc(16, 0xaa), Buffer.alloc(50, 0xdd)],
  [Buffer.alloc(80, 0xaa), 'Test Using Larger Than Block-Size Key - Hash Key First'],
  [Buffer.alloc(80, 0xaa), 'Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data'],
];
for (const alg of ['md5', 'sha1']) {
  for (const [i, [key, data]] of rfc2202.entries()) {
    t(`rfc2202 ${alg} #${i + 1}`, () => crypto.createHmac(alg, key).update(data).digest('hex'));
  }
}
// Other digests.
for (const alg of ['sha512-256', 'sha3-256', 'sha3-512', 'ripemd160', 'RSA-SHA256', 'SHA1']) {
  t(`hmac ${alg}`, () => crypto.createHmac(alg, 'key').update('The quick brown fox jumps over the lazy dog').digest('hex'));
}

// Key types.
t('key string', () => crypto.createHmac('sha256', 'secret').update('x').digest('hex'));
t('key Buffer', () => crypto.createHmac('sha256', Buffer.from('secret')).update('x').digest('hex'));
t('key ArrayBuffer', () => crypto.createHmac('sha256', new Uint8Array([1, 2, 3]).buffer).update('x').digest('hex'));
t('key Uint16Array', () => crypto.createHmac('sha256', new Uint16Array([1, 2, 3])).update('x').digest('hex'));
t('key DataView', () => crypto.createHmac('sha256', new DataView(new ArrayBuffer(4))).update('x').digest('hex'));
t('key empty', () => crypto.createHmac('sha256', '').update('x').digest('hex'));
t('key unicode', () => crypto.createHmac('sha256', 'ключ✓').update('x').digest('hex'));
t('key encoding option', () => crypto.createHmac('sha256', '736563726574', { encoding: 'hex' }).update('x').digest('hex'));
t('key exactly block', () => crypto.createHmac('sha256', Buffer.alloc(64, 1)).update('x').digest('hex'));
t('key block+1', () => crypto.createHmac('sha256', Buffer.alloc(65, 1)).update('x').digest('hex'));
t('key lone surrogate', () => crypto.createHmac('sha1', '\ud800').update('\udfff').digest('hex'));
t('key number', () => crypto.createHmac('sha256', 1));
t('key missing', () => crypto.createHmac('sha256'));
t('key null', () => crypto.createHmac('sha256', null));
t('bad digest', () => crypto.createHmac('nope', 'k'));
t('digest type', () => crypto.createHmac(1, 'k'));

// Updates, encodings and digest rules.
t('chunked', () => {
  const h = crypto.createHmac('sha1', 'k');
  for (const c of ['a', 'b', 'c']) h.update(c);
  return h.digest('hex') === crypto.createHmac('sha1', 'k').update('abc').digest('hex');
});
t('update hex', () => crypto.createHmac('md5', 'k').update('616263', 'hex').digest('base64'));
t('update latin1', () => crypto.createHmac('md5', 'k').update('ÿþ', 'latin1').digest('base64url'));
t('digest buffer', () => crypto.createHmac('md5', 'k').update('x').digest());
t('digest latin1', () => Buffer.from(crypto.createHmac('md5', 'k').update('x').digest('latin1'), 'latin1').toString('hex'));
const h = crypto.createHmac('sha256', 'k');
h.update('x');
t('first digest', () => h.digest('hex'));
t('second digest hex', () => h.digest('hex'));
t('second digest buffer', () => h.digest());
t('update after digest', () => h.update('x'));
t('instanceof Hmac', () => crypto.createHmac('md5', 'k') instanceof crypto.Hmac);
t('Hmac without new', () => crypto.Hmac('md5', 'k').update('x').digest('hex'));
t('update returns this', () => {
  const m = crypto.createHmac('md5', 'k');
  return m.update('x') === m;
});
