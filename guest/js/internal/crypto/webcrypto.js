'use strict';
// The Web Crypto API: the `crypto` global's object (Crypto) with getRandomValues,
// randomUUID and subtle.digest; the other SubtleCrypto methods reject as not implemented.

const { codes, notImplemented } = require('internal/errors');
const { ERR_INVALID_THIS } = codes;
const { nodeError, isArrayBufferView, isAnyArrayBuffer, bytesOf } = require('internal/crypto/util');
const { digestBytes } = require('internal/crypto/hash');
const random = require('internal/crypto/random');

const kToken = Symbol('kToken');

function domException(message, name) {
  const { DOMException } = require('internal/web');
  return new DOMException(message, name);
}

const digests = { 'sha-1': 'sha1', 'sha-256': 'sha256', 'sha-384': 'sha384', 'sha-512': 'sha512' };

function normalizeDigest(algorithm) {
  let name = algorithm;
  if (algorithm !== null && typeof algorithm === 'object') {
    name = algorithm.name;
    if (name === undefined) {
      throw nodeError(TypeError, 'ERR_MISSING_OPTION', "Failed to normalize algorithm: passed algorithm can not be " +
        "converted to 'Algorithm' because 'name' is required in 'Algorithm'.");
    }
  }
  const canonical = typeof name === 'string' ? digests[name.toLowerCase()] : undefined;
  if (!canonical) throw domException('Unrecognized algorithm name', 'NotSupportedError');
  return canonical;
}

class SubtleCrypto {
  constructor(token) {
    if (token !== kToken) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
  }

  async digest(algorithm, data) {
    if (!(this instanceof SubtleCrypto)) throw new ERR_INVALID_THIS('SubtleCrypto');
    if (arguments.length < 2) {
      throw nodeError(TypeError, 'ERR_MISSING_ARGS', "Failed to execute 'digest' on 'SubtleCrypto': " +
        `2 arguments required, but only ${arguments.length} present.`);
    }
    const name = normalizeDigest(algorithm);
    if (!isAnyArrayBuffer(data) && !isArrayBufferView(data)) {
      throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', "Failed to execute 'digest' on 'SubtleCrypto': " +
        '2nd argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
    }
    // Copy first, as the spec asks: later changes to `data` must not matter.
    const out = digestBytes(name, bytesOf(data).slice());
    return out.buffer.byteLength === out.byteLength ? out.buffer : out.slice().buffer;
  }
}

for (const m of ['encrypt', 'decrypt', 'sign', 'verify', 'generateKey', 'deriveKey', 'deriveBits', 'importKey',
  'exportKey', 'wrapKey', 'unwrapKey']) {
  Object.defineProperty(SubtleCrypto.prototype, m, {
    value: {
      async [m]() {
        if (!(this instanceof SubtleCrypto)) throw new ERR_INVALID_THIS('SubtleCrypto');
        throw notImplemented(`crypto.subtle.${m}`);
      },
    }[m],
    writable: true, configurable: true, enumerable: true,
  });
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { value: 'SubtleCrypto', configurable: true });

const subtle = new SubtleCrypto(kToken);

class Crypto {
  constructor(token) {
    if (token !== kToken) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
  }

  get subtle() {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    return subtle;
  }

  getRandomValues(array) {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    return random.getRandomValues(array);
  }

  randomUUID() {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    return random.randomUUID();
  }
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });
for (const k of ['subtle', 'getRandomValues', 'randomUUID']) {
  const d = Object.getOwnPropertyDescriptor(Crypto.prototype, k);
  d.enumerable = true;
  Object.defineProperty(Crypto.prototype, k, d);
}

class CryptoKey {
  constructor() {
    throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
  }
}

const crypto = new Crypto(kToken);

module.exports = { crypto, Crypto, SubtleCrypto, CryptoKey, subtle };
