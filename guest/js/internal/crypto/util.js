'use strict';
// Shared helpers for node:crypto and node:zlib: argument validation, Node-style errors
// with codes internal/errors lacks, and byte views over Buffers, TypedArrays and strings.

const { codes } = require('internal/errors');
const { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } = codes;
const {
  validateString, validateFunction, validateBoolean, validateObject, validateInteger, validateInt32, validateUint32,
} = require('internal/validators');

// A Node-style error: `code` as an own enumerable property, `Name [CODE]: message`.
function nodeError(Base, code, message) {
  const err = new Base(message);
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(err, 'toString', {
    value() { return `${Base.name} [${code}]: ${this.message}`; }, enumerable: false, writable: true, configurable: true,
  });
  return err;
}

const errors = {
  ERR_CRYPTO_HASH_FINALIZED: () => nodeError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called'),
  ERR_CRYPTO_HASH_UPDATE_FAILED: () => nodeError(Error, 'ERR_CRYPTO_HASH_UPDATE_FAILED', 'Hash update failed'),
  ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH: () =>
    nodeError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length'),
  ERR_CRYPTO_INVALID_DIGEST: (d) => nodeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${d}`),
  ERR_CRYPTO_INVALID_SCRYPT_PARAMS: (detail) => nodeError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
    detail ? `Invalid scrypt params: ${detail}` : 'Invalid scrypt params'),
  ERR_CRYPTO_SCRYPT_INVALID_PARAMETER: () =>
    nodeError(Error, 'ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter'),
  ERR_BUFFER_TOO_LARGE: (max) => nodeError(RangeError, 'ERR_BUFFER_TOO_LARGE', `Cannot create a Buffer larger than ${max} bytes`),
  ERR_BROTLI_INVALID_PARAM: (p) => nodeError(RangeError, 'ERR_BROTLI_INVALID_PARAM', `${p} is not a valid Brotli parameter`),
  ERR_ZLIB_INITIALIZATION_FAILED: () => nodeError(Error, 'ERR_ZLIB_INITIALIZATION_FAILED', 'Initialization failed'),
  ERR_INVALID_STATE: (m) => nodeError(Error, 'ERR_INVALID_STATE', `Invalid state: ${m}`),
};

function validateNumber(value, name, min, max) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) || ((min != null || max != null) && Number.isNaN(value))) {
    const range = min != null && max != null ? `>= ${min} && <= ${max}` : min != null ? `>= ${min}` : `<= ${max}`;
    throw new ERR_OUT_OF_RANGE(name, range, value);
  }
}

const isArrayBufferView = ArrayBuffer.isView;
function isAnyArrayBuffer(v) {
  return v instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);
}

let BufferClass;
function lazyBuffer() {
  if (BufferClass === undefined) {
    try {
      BufferClass = require('buffer').Buffer;
    } catch {
      BufferClass = null;
    }
  }
  return BufferClass;
}

// A Buffer over the same memory as a Uint8Array (a plain Uint8Array before buffer exists).
function toBuffer(u8) {
  const B = lazyBuffer();
  return B ? B.from(u8.buffer, u8.byteOffset, u8.byteLength) : u8;
}

// A Uint8Array over the bytes of any ArrayBuffer or view.
function bytesOf(v) {
  if (v instanceof Uint8Array) return v;
  if (isArrayBufferView(v)) return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  return new Uint8Array(v);
}

const utf8Names = new Set([undefined, null, '', 'utf8', 'utf-8', 'buffer']);

// A string Rust can take as UTF-8: lone surrogates become U+FFFD, as Node encodes them.
function wellFormed(str) {
  return str.isWellFormed() ? str : str.toWellFormed();
}

// The bytes of a string in an encoding: utf8 is left to Rust (strings pass through).
function stringBytes(str, encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (utf8Names.has(encoding)) return wellFormed(str);
  const B = lazyBuffer();
  if (!B || !B.isEncoding(encoding)) return wellFormed(str);
  return B.from(str, encoding);
}

function encodeBytes(u8, encoding) {
  const buf = toBuffer(u8);
  if (encoding === undefined || encoding === 'buffer' || !(buf instanceof Uint8Array) || typeof buf.toString !== 'function') return buf;
  const B = lazyBuffer();
  if (!B || !B.isEncoding(encoding)) return buf;
  return buf.toString(encoding);
}

// password/salt/key arguments: strings (in `encoding`), ArrayBuffers and views.
function getArrayBufferOrView(value, name, encoding) {
  if (isAnyArrayBuffer(value)) return new Uint8Array(value);
  if (typeof value === 'string') {
    const b = stringBytes(value, encoding);
    return typeof b === 'string' ? b : bytesOf(b);
  }
  if (!isArrayBufferView(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], value);
  }
  return bytesOf(value);
}

// Runs `fn` after the current operation, as the thread pool's callbacks arrive in Node.
function defer(fn) {
  setImmediate(fn);
}

module.exports = {
  nodeError, errors, validateString, validateFunction, validateBoolean, validateObject, validateNumber,
  validateInteger, validateInt32, validateUint32, isArrayBufferView, isAnyArrayBuffer, lazyBuffer, toBuffer,
  bytesOf, wellFormed, stringBytes, encodeBytes, getArrayBufferOrView, defer,
};
