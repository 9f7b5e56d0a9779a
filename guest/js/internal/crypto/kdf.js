'use strict';
// pbkdf2(Sync) and scrypt(Sync): Node's validation in JS, the work in Rust.

const natives = require('internal/natives');
const {
  errors, validateString, validateFunction, validateInt32, validateUint32, validateInteger, getArrayBufferOrView,
  toBuffer, defer,
} = require('internal/crypto/util');
const { normalize } = require('internal/crypto/hash');

function pbkdf2Check(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  const name = normalize(digest);
  if (!name) throw errors.ERR_CRYPTO_INVALID_DIGEST(digest);
  return { password, salt, iterations, keylen, name };
}

function pbkdf2Run({ password, salt, iterations, keylen, name }) {
  return toBuffer(natives.pbkdf2(password, salt, iterations, keylen, name));
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  return pbkdf2Run(pbkdf2Check(password, salt, iterations, keylen, digest));
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const job = pbkdf2Check(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  defer(() => callback(null, pbkdf2Run(job)));
}

const defaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

function scryptParams(options) {
  let { N, r, p, maxmem } = defaults;
  if (options && options !== defaults) {
    const hasN = options.N !== undefined;
    if (hasN) {
      N = options.N;
      validateUint32(N, 'N');
    }
    if (options.cost !== undefined) {
      if (hasN) throw errors.ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      N = options.cost;
      validateUint32(N, 'cost');
    }
    const hasR = options.r !== undefined;
    if (hasR) {
      r = options.r;
      validateUint32(r, 'r');
    }
    if (options.blockSize !== undefined) {
      if (hasR) throw errors.ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      r = options.blockSize;
      validateUint32(r, 'blockSize');
    }
    const hasP = options.p !== undefined;
    if (hasP) {
      p = options.p;
      validateUint32(p, 'p');
    }
    if (options.parallelization !== undefined) {
      if (hasP) throw errors.ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      p = options.parallelization;
      validateUint32(p, 'parallelization');
    }
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      validateInteger(maxmem, 'maxmem', 0);
    }
    if (N === 0) N = defaults.N;
    if (r === 0) r = defaults.r;
    if (p === 0) p = defaults.p;
    if (maxmem === 0) maxmem = defaults.maxmem;
  }
  // The limits OpenSSL enforces, with its messages.
  if (N < 2 || (N & (N - 1)) !== 0) throw errors.ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
  const tooMuch = 'error:030000AC:digital envelope routines::memory limit exceeded';
  if (p > Math.floor((2 ** 30 - 1) / r)) throw errors.ERR_CRYPTO_INVALID_SCRYPT_PARAMS(tooMuch);
  if (16 * r <= 63 && N >= 2 ** (16 * r)) throw errors.ERR_CRYPTO_INVALID_SCRYPT_PARAMS(tooMuch);
  const blen = p * 128 * r;
  const vlen = 32 * r * (N + 2) * 4;
  if (blen > 2147483647 || blen + vlen > maxmem) throw errors.ERR_CRYPTO_INVALID_SCRYPT_PARAMS(tooMuch);
  return { N, r, p };
}

function scryptCheck(password, salt, keylen, options) {
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  const { N, r, p } = scryptParams(options);
  return { password, salt, keylen, logN: Math.log2(N), r, p };
}

function scryptRun({ password, salt, keylen, logN, r, p }) {
  const out = natives.scrypt(password, salt, keylen, logN, r, p);
  if (out === null) throw errors.ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
  return toBuffer(out);
}

function scryptSync(password, salt, keylen, options = defaults) {
  return scryptRun(scryptCheck(password, salt, keylen, options));
}

function scrypt(password, salt, keylen, options, callback = defaults) {
  if (callback === defaults) {
    callback = options;
    options = defaults;
  }
  const job = scryptCheck(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  defer(() => {
    let out;
    try {
      out = scryptRun(job);
    } catch (err) {
      callback(err);
      return;
    }
    callback(null, out);
  });
}

module.exports = { pbkdf2, pbkdf2Sync, scrypt, scryptSync };
