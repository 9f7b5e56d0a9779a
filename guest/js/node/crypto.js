'use strict';
// node:crypto — hashes, HMAC, PBKDF2, scrypt, randomness and Web Crypto digests (Rust in the guest); ciphers, keys and signatures are not implemented.

const { notImplemented } = require('internal/errors');
const { Hash, Hmac, hash, getHashes } = require('internal/crypto/hash');
const random = require('internal/crypto/random');
const { pbkdf2, pbkdf2Sync, scrypt, scryptSync } = require('internal/crypto/kdf');
const webcrypto = require('internal/crypto/webcrypto');
const { errors, nodeError, isArrayBufferView, isAnyArrayBuffer, bytesOf } = require('internal/crypto/util');

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

function timingSafeEqual(buf1, buf2) {
  for (const [name, b] of [['buf1', buf1], ['buf2', buf2]]) {
    if (!isAnyArrayBuffer(b) && !isArrayBufferView(b)) {
      throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
    }
  }
  const a = bytesOf(buf1);
  const b = bytesOf(buf2);
  if (a.byteLength !== b.byteLength) throw errors.ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  // Looks at every byte whatever the answer.
  let diff = 0;
  for (let i = 0; i < a.byteLength; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

// crypto.getRandomValues is the web one bound to the Crypto object.
function getRandomValues(array) {
  return webcrypto.crypto.getRandomValues(array);
}

const constantTable = {
  OPENSSL_VERSION_NUMBER: 805306672,
  SSL_OP_ALL: 2147485776,
  SSL_OP_ALLOW_NO_DHE_KEX: 1024,
  SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: 262144,
  SSL_OP_CIPHER_SERVER_PREFERENCE: 4194304,
  SSL_OP_CISCO_ANYCONNECT: 32768,
  SSL_OP_COOKIE_EXCHANGE: 8192,
  SSL_OP_CRYPTOPRO_TLSEXT_BUG: 2147483648,
  SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS: 2048,
  SSL_OP_LEGACY_SERVER_CONNECT: 4,
  SSL_OP_NO_COMPRESSION: 131072,
  SSL_OP_NO_ENCRYPT_THEN_MAC: 524288,
  SSL_OP_NO_QUERY_MTU: 4096,
  SSL_OP_NO_RENEGOTIATION: 1073741824,
  SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION: 65536,
  SSL_OP_NO_SSLv2: 0,
  SSL_OP_NO_SSLv3: 33554432,
  SSL_OP_NO_TICKET: 16384,
  SSL_OP_NO_TLSv1: 67108864,
  SSL_OP_NO_TLSv1_1: 268435456,
  SSL_OP_NO_TLSv1_2: 134217728,
  SSL_OP_NO_TLSv1_3: 536870912,
  SSL_OP_PRIORITIZE_CHACHA: 2097152,
  SSL_OP_TLS_ROLLBACK_BUG: 8388608,
  ENGINE_METHOD_RSA: 1,
  ENGINE_METHOD_DSA: 2,
  ENGINE_METHOD_DH: 4,
  ENGINE_METHOD_RAND: 8,
  ENGINE_METHOD_EC: 2048,
  ENGINE_METHOD_CIPHERS: 64,
  ENGINE_METHOD_DIGESTS: 128,
  ENGINE_METHOD_PKEY_METHS: 512,
  ENGINE_METHOD_PKEY_ASN1_METHS: 1024,
  ENGINE_METHOD_ALL: 65535,
  ENGINE_METHOD_NONE: 0,
  DH_CHECK_P_NOT_SAFE_PRIME: 2,
  DH_CHECK_P_NOT_PRIME: 1,
  DH_UNABLE_TO_CHECK_GENERATOR: 4,
  DH_NOT_SUITABLE_GENERATOR: 8,
  RSA_PKCS1_PADDING: 1,
  RSA_NO_PADDING: 3,
  RSA_PKCS1_OAEP_PADDING: 4,
  RSA_X931_PADDING: 5,
  RSA_PKCS1_PSS_PADDING: 6,
  RSA_PSS_SALTLEN_DIGEST: -1,
  RSA_PSS_SALTLEN_MAX_SIGN: -2,
  RSA_PSS_SALTLEN_AUTO: -2,
  defaultCoreCipherList: 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
    'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
    'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:' +
    'ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:' +
    'HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA',
  TLS1_VERSION: 769,
  TLS1_1_VERSION: 770,
  TLS1_2_VERSION: 771,
  TLS1_3_VERSION: 772,
  POINT_CONVERSION_COMPRESSED: 2,
  POINT_CONVERSION_UNCOMPRESSED: 4,
  POINT_CONVERSION_HYBRID: 6,
};
// Read-only properties on a null-prototype object, as Node has them.
const constants = Object.create(null);
for (const [k, v] of Object.entries(constantTable)) {
  Object.defineProperty(constants, k, { value: v, enumerable: true, writable: false, configurable: false });
}

// What needs OpenSSL's ciphers, keys or big numbers throws ERR_NOT_IMPLEMENTED.
function missing(name) {
  return {
    [name]() {
      throw notImplemented(`crypto.${name}`);
    },
  }[name];
}

function missingClass(name) {
  return {
    [name]: class {
      constructor() {
        throw notImplemented(`crypto.${name}`);
      }
    },
  }[name];
}

const notImplementedFunctions = [
  'checkPrime', 'checkPrimeSync', 'createCipheriv', 'createDecipheriv', 'createDiffieHellman',
  'createDiffieHellmanGroup', 'createECDH', 'createPrivateKey', 'createPublicKey', 'createSecretKey', 'createSign',
  'createVerify', 'diffieHellman', 'generatePrime', 'generatePrimeSync', 'getCipherInfo', 'getDiffieHellman', 'hkdf',
  'hkdfSync', 'generateKeyPair', 'generateKeyPairSync', 'generateKey', 'generateKeySync', 'privateDecrypt',
  'privateEncrypt', 'publicDecrypt', 'publicEncrypt', 'sign', 'setEngine', 'verify',
];
const notImplementedClasses = [
  'Certificate', 'Cipher', 'Cipheriv', 'Decipher', 'Decipheriv', 'DiffieHellman', 'DiffieHellmanGroup', 'ECDH',
  'KeyObject', 'Sign', 'Verify', 'X509Certificate',
];

const api = {};
for (const n of notImplementedFunctions) api[n] = missing(n);

Object.assign(api, {
  createHash,
  createHmac,
  getHashes,
  getCiphers: () => [],
  getCurves: () => [],
  pbkdf2,
  pbkdf2Sync,
  randomBytes: random.randomBytes,
  randomFill: random.randomFill,
  randomFillSync: random.randomFillSync,
  randomInt: random.randomInt,
  randomUUID: random.randomUUID,
  scrypt,
  scryptSync,
  timingSafeEqual,
  getFips: () => 0,
  setFips(enable) {
    if (enable) throw notImplemented('crypto.setFips');
  },
  hash,
  Hash,
  Hmac,
  secureHeapUsed: () => ({ total: 0, used: 0, utilization: 0, min: 0 }),
  constants,
  webcrypto: webcrypto.crypto,
  subtle: webcrypto.subtle,
  getRandomValues,
});
for (const n of notImplementedClasses) api[n] = missingClass(n);

// Old names Node still has.
Object.defineProperties(api, {
  pseudoRandomBytes: { value: random.randomBytes, writable: true, configurable: true, enumerable: false },
  prng: { value: random.randomBytes, writable: true, configurable: true, enumerable: false },
  rng: { value: random.randomBytes, writable: true, configurable: true, enumerable: false },
  createCipher: { value: missing('createCipher'), writable: true, configurable: true, enumerable: false },
  createDecipher: { value: missing('createDecipher'), writable: true, configurable: true, enumerable: false },
  fips: {
    get: () => 0,
    set(v) {
      if (v) throw notImplemented('crypto.setFips');
    },
    configurable: true,
    enumerable: false,
  },
});

module.exports = api;
