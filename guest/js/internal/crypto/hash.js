'use strict';
// crypto.Hash, crypto.Hmac, crypto.hash() and getHashes(): the state is a native object.

const natives = require('internal/natives');
const { codes } = require('internal/errors');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } = codes;
const {
  nodeError, errors, validateString, validateUint32, isArrayBufferView, isAnyArrayBuffer, bytesOf, wellFormed, stringBytes,
  encodeBytes,
} = require('internal/crypto/util');

const kHandle = Symbol('kHandle');
const kState = Symbol('kState');

// Canonical names (as Rust knows them) with their digest sizes.
const sizes = {
  md5: 16, sha1: 20, sha224: 28, sha256: 32, sha384: 48, sha512: 64, 'sha512-224': 28, 'sha512-256': 32,
  'sha3-224': 28, 'sha3-256': 32, 'sha3-384': 48, 'sha3-512': 64, ripemd160: 20,
};

// OpenSSL's other names for them (matched case-insensitively).
const aliases = {
  'rsa-md5': 'md5', md5withrsaencryption: 'md5', 'ssl3-md5': 'md5',
  'sha-1': 'sha1', 'rsa-sha1': 'sha1', sha1withrsaencryption: 'sha1', 'ssl3-sha1': 'sha1', 'rsa-sha1-2': 'sha1',
  'sha-224': 'sha224', 'sha2-224': 'sha224', 'rsa-sha224': 'sha224', sha224withrsaencryption: 'sha224',
  'sha-256': 'sha256', 'sha2-256': 'sha256', 'rsa-sha256': 'sha256', sha256withrsaencryption: 'sha256',
  'sha-384': 'sha384', 'sha2-384': 'sha384', 'rsa-sha384': 'sha384', sha384withrsaencryption: 'sha384',
  'sha-512': 'sha512', 'sha2-512': 'sha512', 'rsa-sha512': 'sha512', sha512withrsaencryption: 'sha512',
  'sha2-512/224': 'sha512-224', 'sha-512/224': 'sha512-224', 'rsa-sha512/224': 'sha512-224',
  'sha512-224withrsaencryption': 'sha512-224',
  'sha2-512/256': 'sha512-256', 'sha-512/256': 'sha512-256', 'rsa-sha512/256': 'sha512-256',
  'sha512-256withrsaencryption': 'sha512-256',
  'rsa-sha3-224': 'sha3-224', 'id-rsassa-pkcs1-v1_5-with-sha3-224': 'sha3-224',
  'rsa-sha3-256': 'sha3-256', 'id-rsassa-pkcs1-v1_5-with-sha3-256': 'sha3-256',
  'rsa-sha3-384': 'sha3-384', 'id-rsassa-pkcs1-v1_5-with-sha3-384': 'sha3-384',
  'rsa-sha3-512': 'sha3-512', 'id-rsassa-pkcs1-v1_5-with-sha3-512': 'sha3-512',
  ripemd: 'ripemd160', rmd160: 'ripemd160', 'ripemd-160': 'ripemd160', 'rsa-ripemd160': 'ripemd160', ripemd160withrsa: 'ripemd160',
};

// The names getHashes() lists (OpenSSL's spelling, sorted), for the digests we have.
const hashNames = [
  'RSA-MD5', 'RSA-RIPEMD160', 'RSA-SHA1', 'RSA-SHA1-2', 'RSA-SHA224', 'RSA-SHA256', 'RSA-SHA3-224', 'RSA-SHA3-256',
  'RSA-SHA3-384', 'RSA-SHA3-512', 'RSA-SHA384', 'RSA-SHA512', 'RSA-SHA512/224', 'RSA-SHA512/256',
  'id-rsassa-pkcs1-v1_5-with-sha3-224', 'id-rsassa-pkcs1-v1_5-with-sha3-256', 'id-rsassa-pkcs1-v1_5-with-sha3-384',
  'id-rsassa-pkcs1-v1_5-with-sha3-512', 'md5', 'md5WithRSAEncryption', 'ripemd', 'ripemd160', 'ripemd160WithRSA',
  'rmd160', 'sha1', 'sha1WithRSAEncryption', 'sha224', 'sha224WithRSAEncryption', 'sha256', 'sha256WithRSAEncryption',
  'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'sha384', 'sha384WithRSAEncryption', 'sha512', 'sha512-224',
  'sha512-224WithRSAEncryption', 'sha512-256', 'sha512-256WithRSAEncryption', 'sha512WithRSAEncryption', 'ssl3-md5',
  'ssl3-sha1',
];

// The canonical name of a digest, or undefined.
function normalize(name) {
  const lower = String(name).toLowerCase();
  if (Object.prototype.hasOwnProperty.call(sizes, lower)) return lower;
  return Object.prototype.hasOwnProperty.call(aliases, lower) ? aliases[lower] : undefined;
}

function unsupported() {
  return new Error('Digest method not supported');
}

// What update() accepts: strings in an encoding, or any ArrayBufferView.
function updateData(data, encoding) {
  if (typeof data === 'string') {
    if (typeof encoding === 'string' && /^hex$/i.test(encoding) && data.length % 2 !== 0) {
      throw new ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${data.length}`);
    }
    return stringBytes(data, encoding);
  }
  if (!isArrayBufferView(data)) throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  return bytesOf(data);
}

let LazyTransform;
function lazyTransform() {
  if (LazyTransform === undefined) LazyTransform = require('internal/crypto/lazy_transform');
  return LazyTransform;
}

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  // kHandle.state is the native hash state (freed by the garbage collector).
  if (algorithm instanceof Hash) {
    if (algorithm[kHandle].result) throw errors.ERR_CRYPTO_HASH_FINALIZED();
    this[kHandle] = { state: natives.hashCopy(algorithm[kHandle].state), size: algorithm[kHandle].size };
  } else {
    validateString(algorithm, 'algorithm');
    const xofLen = typeof options === 'object' && options !== null ? options.outputLength : undefined;
    if (xofLen !== undefined) validateUint32(xofLen, 'options.outputLength');
    const name = normalize(algorithm);
    const state = name ? natives.hashNew(name) : null;
    if (!state) throw unsupported();
    if (xofLen !== undefined && xofLen !== sizes[name]) {
      throw nodeError(Error, 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH',
        'error:030000B2:digital envelope routines::not XOF or invalid length');
    }
    this[kHandle] = { state, size: sizes[name] };
  }
  this[kState] = { finalized: false };
  lazyTransform().call(this, options);
}

Hash.prototype.copy = function copy(options) {
  if (this[kState].finalized) throw errors.ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(this, options);
};

Hash.prototype.update = function update(data, encoding) {
  if (this[kState].finalized) throw errors.ERR_CRYPTO_HASH_FINALIZED();
  if (this[kHandle].result) throw errors.ERR_CRYPTO_HASH_UPDATE_FAILED();
  natives.hashUpdate(this[kHandle].state, updateData(data, encoding));
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  if (this[kState].finalized) throw errors.ERR_CRYPTO_HASH_FINALIZED();
  this[kState].finalized = true;
  const bytes = this[kHandle].result ? this[kHandle].result.slice() : finish(this);
  return encodeBytes(bytes, outputEncoding || undefined);
};

// The digest bytes, computed once: a stream's flush takes them without finalizing the
// object, and a later digest() gets the same bytes, as in Node.
function finish(obj) {
  const handle = obj[kHandle];
  if (!handle.result) handle.result = natives.hashDigest(handle.state);
  return handle.result;
}

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  natives.hashUpdate(this[kHandle].state, updateData(chunk, encoding));
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(encodeBytes(finish(this)));
  callback();
};

function prepareKey(key, encoding) {
  if (typeof key === 'string') return stringBytes(key, encoding);
  if (isAnyArrayBuffer(key) || isArrayBufferView(key)) return bytesOf(key);
  // KeyObject and CryptoKey keys cannot exist yet (createSecretKey is not implemented).
  throw new ERR_INVALID_ARG_TYPE('key',
    ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'], key);
}

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const encoding = options !== null && typeof options === 'object' ? options.encoding : undefined;
  const bytes = prepareKey(key, encoding);
  const name = normalize(hmac);
  const state = name ? natives.hmacNew(name, bytes) : null;
  if (!state) throw errors.ERR_CRYPTO_INVALID_DIGEST(hmac);
  this[kHandle] = { state, size: sizes[name] };
  this[kState] = { finalized: false };
  lazyTransform().call(this, options);
}

Hmac.prototype.update = Hash.prototype.update;

Hmac.prototype.digest = function digest(outputEncoding) {
  outputEncoding = outputEncoding || undefined;
  // A second digest() gives an empty result rather than throwing, as in Node.
  if (this[kState].finalized) return encodeBytes(new Uint8Array(0), outputEncoding);
  this[kState].finalized = true;
  return encodeBytes(finish(this), outputEncoding);
};

Hmac.prototype._transform = Hash.prototype._transform;
Hmac.prototype._flush = Hash.prototype._flush;

// Makes Hash and Hmac streams when node:stream is there.
function setupStreams() {
  const LT = lazyTransform();
  Object.setPrototypeOf(Hash.prototype, LT.prototype);
  Object.setPrototypeOf(Hmac.prototype, LT.prototype);
}
setupStreams();

// crypto.hash(algorithm, data[, outputEncoding]): a one-shot digest.
function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isArrayBufferView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  if (outputEncoding !== undefined) validateString(outputEncoding, 'outputEncoding');
  const name = normalize(algorithm);
  const state = name ? natives.hashNew(name) : null;
  if (!state) throw new Error(`Digest method ${algorithm} is not supported`);
  natives.hashUpdate(state, typeof input === 'string' ? wellFormed(input) : bytesOf(input));
  const out = natives.hashDigest(state);
  return outputEncoding === 'buffer' ? encodeBytes(out) : encodeBytes(out, outputEncoding);
}

// Raw digest bytes (a Uint8Array) for webcrypto and the key derivations.
function digestBytes(name, data) {
  const state = natives.hashNew(name);
  natives.hashUpdate(state, data);
  return natives.hashDigest(state);
}

function getHashes() {
  return hashNames.slice();
}

module.exports = { Hash, Hmac, hash, getHashes, normalize, digestBytes, sizes };
