'use strict';
// node:crypto — webcrypto: subtle.digest vectors and rejections, the Crypto object's shape.
const crypto = require('crypto');
const { subtle, webcrypto } = crypto;

const hex = (ab) => Buffer.from(ab).toString('hex');

async function t(name, fn) {
  try {
    const r = await fn();
    console.log(`${name}: ${r instanceof ArrayBuffer ? `ArrayBuffer ${hex(r)}` : JSON.stringify(r)}`);
  } catch (e) {
    console.log(`${name}: rejected ${e.name} ${e.code} | ${e.message} | DOMException ${e instanceof DOMException}`);
  }
}

(async () => {
  for (const alg of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512']) {
    for (const data of ['', 'abc', 'a'.repeat(200)]) {
      await t(`${alg} ${data.length}`, () => subtle.digest(alg, Buffer.from(data)));
    }
  }
  await t('lowercase name', () => subtle.digest('sha-256', new Uint8Array([1, 2])));
  await t('object name', () => subtle.digest({ name: 'Sha-1' }, new Uint8Array([1, 2])));
  await t('ArrayBuffer data', () => subtle.digest('SHA-256', new Uint8Array([1, 2, 3]).buffer));
  await t('DataView data', () => subtle.digest('SHA-256', new DataView(new ArrayBuffer(3))));
  await t('Uint32Array data', () => subtle.digest('SHA-256', new Uint32Array([1])));
  await t('subarray data', () => subtle.digest('SHA-1', Buffer.from('hello world').subarray(6)));
  await t('result is ArrayBuffer', async () => {
    const r = await subtle.digest('SHA-512', new Uint8Array(0));
    return [r instanceof ArrayBuffer, r.byteLength];
  });
  await t('returns a promise', () => subtle.digest('SHA-1', new Uint8Array(0)) instanceof Promise);
  await t('MD5', () => subtle.digest('MD5', new Uint8Array(1)));
  await t('SHA-224', () => subtle.digest('SHA-224', new Uint8Array(1)));
  await t('SHA256 without dash', () => subtle.digest('SHA256', new Uint8Array(1)));
  await t('string data', () => subtle.digest('SHA-256', 'abc'));
  await t('missing data', () => subtle.digest('SHA-256'));
  await t('missing both', () => subtle.digest());
  await t('object without name', () => subtle.digest({}, new Uint8Array(1)));
  await t('number algorithm', () => subtle.digest(1, new Uint8Array(1)));
  await t('wrong this', () => subtle.digest.call({}, 'SHA-256', new Uint8Array(1)));
  await t('does not throw synchronously', () => {
    const p = subtle.digest('nope', new Uint8Array(1));
    p.catch(() => {});
    return 'promise';
  });

  await t('subtle is webcrypto.subtle', () => subtle === webcrypto.subtle);
  await t('Crypto tag', () => Object.prototype.toString.call(webcrypto));
  await t('SubtleCrypto tag', () => Object.prototype.toString.call(subtle));
  await t('Crypto methods', () => ['subtle', 'getRandomValues', 'randomUUID'].map((k) => k in webcrypto));
  await t('SubtleCrypto methods', () => ['encrypt', 'decrypt', 'sign', 'verify', 'digest', 'generateKey', 'deriveKey',
    'deriveBits', 'importKey', 'exportKey', 'wrapKey', 'unwrapKey'].map((k) => typeof subtle[k]));
  await t('own keys', () => Object.keys(webcrypto));
  await t('subtle constructor', () => {
    try {
      new subtle.constructor();
      return 'constructed';
    } catch (e) {
      return [e.name, e.code];
    }
  });
  await t('webcrypto constructor', () => {
    try {
      new webcrypto.constructor();
      return 'constructed';
    } catch (e) {
      return [e.name, e.code];
    }
  });
})();
