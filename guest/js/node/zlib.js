'use strict';
// node:zlib — deflate/inflate/gzip/unzip (miniz_oxide) and brotli in Rust: sync and callback functions, Transform stream classes, crc32.

const natives = require('internal/natives');
const { codes, notImplemented } = require('internal/errors');
const { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } = codes;
const constants = require('internal/zlib/constants');
const {
  errors, validateFunction, validateNumber, validateUint32, isArrayBufferView, isAnyArrayBuffer, bytesOf, wellFormed, toBuffer,
  defer,
} = require('internal/crypto/util');

const {
  Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_MIN_CHUNK, Z_MIN_WINDOWBITS,
  Z_MAX_WINDOWBITS, Z_MIN_LEVEL, Z_MAX_LEVEL, Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_CHUNK, Z_DEFAULT_COMPRESSION,
  Z_DEFAULT_STRATEGY, Z_DEFAULT_WINDOWBITS, Z_DEFAULT_MEMLEVEL, Z_FIXED, DEFLATE, DEFLATERAW, INFLATE, INFLATERAW,
  GZIP, GUNZIP, UNZIP, BROTLI_DECODE, BROTLI_ENCODE, BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FLUSH,
  BROTLI_OPERATION_FINISH, BROTLI_OPERATION_EMIT_METADATA,
} = constants;

const kMaxLength = 2 ** 32;
const kError = Symbol('kError');
const kFlushFlag = Symbol('kFlushFlag');
const kMaxBrotliParam = 8;

const zlibCodes = {
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3, Z_MEM_ERROR: -4,
  Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
};
for (const k of Object.keys(zlibCodes)) zlibCodes[zlibCodes[k]] = k;
Object.freeze(zlibCodes);

let TransformClass;
let finished;
try {
  const stream = require('stream');
  TransformClass = stream.Transform;
  finished = stream.finished;
} catch {
  // Without node:stream the classes still serve the sync and callback functions.
  TransformClass = require('events');
  finished = null;
}

// _handle is the native stream (freed by the garbage collector if never closed).
function closeHandle(engine) {
  const handle = engine._handle;
  if (!handle) return;
  natives.zlibClose(handle);
  engine._handle = null;
}

function zlibError([errno, code, message]) {
  const err = new Error(message);
  err.errno = errno;
  err.code = code;
  return err;
}

// Option checks with Node's messages.
function checkFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  validateNumber(number, name);
  if (Number.isNaN(number)) return false;
  throw new ERR_OUT_OF_RANGE(name, 'a finite number', number);
}

function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!checkFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, number);
  return number;
}

const flushBounds = { zlib: [Z_NO_FLUSH, Z_BLOCK], brotli: [BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_EMIT_METADATA] };

// Flush kinds from least to most thorough.
const flushRank = [Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH];
function maxFlush(a, b) {
  return flushRank.indexOf(a) > flushRank.indexOf(b) ? a : b;
}

function ZlibBase(opts, mode, handle, { flush, finishFlush, fullFlush }) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  const bounds = mode === BROTLI_ENCODE || mode === BROTLI_DECODE ? flushBounds.brotli : flushBounds.zlib;
  if (opts) {
    chunkSize = opts.chunkSize;
    if (!checkFiniteNumber(chunkSize, 'options.chunkSize')) chunkSize = Z_DEFAULT_CHUNK;
    else if (chunkSize < Z_MIN_CHUNK) throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
    flush = checkRangesOrGetDefault(opts.flush, 'options.flush', bounds[0], bounds[1], flush);
    finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush', bounds[0], bounds[1], finishFlush);
    maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength, kMaxLength);
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = { ...opts, encoding: null, objectMode: false, writableObjectMode: false };
    }
  }
  TransformClass.call(this, { autoDestroy: true, ...opts });
  this[kError] = null;
  this.bytesWritten = 0;
  this._handle = handle;
  this._outBuffer = null;
  this._outOffset = 0;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = fullFlush;
  this._info = opts && opts.info;
  this._maxOutputLength = maxOutputLength;
}
Object.setPrototypeOf(ZlibBase.prototype, TransformClass.prototype);
Object.setPrototypeOf(ZlibBase, TransformClass);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  configurable: true,
  enumerable: true,
  get() {
    return !this._handle;
  },
});

ZlibBase.prototype.reset = function reset() {
  if (!this._handle) throw new Error('zlib binding closed');
  natives.zlibReset(this._handle);
};

ZlibBase.prototype._flush = function _flush(callback) {
  this._transform(toBuffer(new Uint8Array(0)), '', callback);
};

// Zero-length chunks that carry a flush kind through write().
const flushBuffers = {};
function flushBuffer(kind) {
  if (!flushBuffers[kind]) {
    const b = toBuffer(new Uint8Array(0));
    b[kFlushFlag] = kind;
    flushBuffers[kind] = b;
  }
  return flushBuffers[kind];
}

ZlibBase.prototype.flush = function flush(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    this.write(flushBuffer(kind), '', callback);
  }
};

ZlibBase.prototype.close = function close(callback) {
  if (callback) {
    if (finished) finished(this, callback);
    else process.nextTick(callback);
  }
  this.destroy();
};

ZlibBase.prototype._destroy = function _destroy(err, callback) {
  closeHandle(this);
  callback(err);
};

ZlibBase.prototype._transform = function _transform(chunk, encoding, callback) {
  let flushFlag = this._defaultFlushFlag;
  if (typeof chunk[kFlushFlag] === 'number') flushFlag = chunk[kFlushFlag];
  if (this.writableEnded && this.writableLength === chunk.byteLength) flushFlag = maxFlush(flushFlag, this._finishFlushFlag);
  processChunk(this, chunk, flushFlag, callback);
};

// Runs one chunk through the engine and pushes the output in chunkSize pieces.
function processChunk(self, chunk, flushFlag, callback) {
  const handle = self._handle;
  if (!handle) {
    process.nextTick(callback);
    return;
  }
  const out = natives.zlibWrite(handle, bytesOf(chunk), flushFlag, Infinity);
  self.bytesWritten += chunk.byteLength;
  if (Array.isArray(out)) {
    const err = zlibError(out);
    self[kError] = err;
    self.destroy(err);
    return;
  }
  const size = self._chunkSize;
  for (let at = 0; at < out.length; at += size) {
    self.push(toBuffer(out.subarray(at, Math.min(at + size, out.length))));
  }
  callback();
}

// The whole input at once, for the *Sync functions.
function processChunkSync(self, chunk, flushFlag) {
  const handle = self._handle;
  if (!handle) throw new Error('zlib binding closed');
  const out = natives.zlibWrite(handle, chunk, flushFlag, self._maxOutputLength);
  self.bytesWritten = chunk.byteLength;
  closeHandle(self);
  if (Array.isArray(out)) {
    if (out[1] === 'ERR_BUFFER_TOO_LARGE') throw errors.ERR_BUFFER_TOO_LARGE(self._maxOutputLength);
    throw zlibError(out);
  }
  return toBuffer(out);
}

function inputOf(buffer) {
  if (typeof buffer === 'string') return natives.utf8Encode(wellFormed(buffer));
  if (isArrayBufferView(buffer)) return bytesOf(buffer);
  if (isAnyArrayBuffer(buffer)) return new Uint8Array(buffer);
  throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
}

function zlibBufferSync(engine, buffer) {
  const out = processChunkSync(engine, inputOf(buffer), engine._finishFlushFlag);
  if (engine._info) return { buffer: out, engine };
  return out;
}

function zlibBuffer(engine, buffer, callback) {
  validateFunction(callback, 'callback');
  // Node ends a stream with the input, so stream.end()'s rules apply: no input is empty input.
  let input;
  if (buffer === null || buffer === undefined) input = new Uint8Array(0);
  else if (typeof buffer === 'string' || isArrayBufferView(buffer) || isAnyArrayBuffer(buffer)) input = inputOf(buffer);
  else throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  // Node streams the input through the engine; the result is the same computed at once.
  defer(() => {
    let out;
    try {
      out = zlibBufferSync(engine, input);
    } catch (err) {
      callback(err);
      return;
    }
    callback(null, out);
  });
}

const zlibDefaultOpts = { flush: Z_NO_FLUSH, finishFlush: Z_FINISH, fullFlush: Z_FULL_FLUSH };
const brotliDefaultOpts = { flush: BROTLI_OPERATION_PROCESS, finishFlush: BROTLI_OPERATION_FINISH, fullFlush: BROTLI_OPERATION_FLUSH };

function Zlib(opts, mode) {
  let windowBits = Z_DEFAULT_WINDOWBITS;
  let level = Z_DEFAULT_COMPRESSION;
  let strategy = Z_DEFAULT_STRATEGY;
  if (opts) {
    if ((opts.windowBits == null || opts.windowBits === 0) && (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
      windowBits = 0;
    } else {
      windowBits = checkRangesOrGetDefault(opts.windowBits, 'options.windowBits', Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS,
        Z_DEFAULT_WINDOWBITS);
    }
    level = checkRangesOrGetDefault(opts.level, 'options.level', Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION);
    // memLevel is checked but miniz_oxide has no use for it.
    checkRangesOrGetDefault(opts.memLevel, 'options.memLevel', Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL);
    strategy = checkRangesOrGetDefault(opts.strategy, 'options.strategy', Z_DEFAULT_STRATEGY, Z_FIXED, Z_DEFAULT_STRATEGY);
    const dictionary = opts.dictionary;
    if (dictionary !== undefined) {
      if (!isArrayBufferView(dictionary) && !isAnyArrayBuffer(dictionary)) {
        throw new ERR_INVALID_ARG_TYPE('options.dictionary', ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], dictionary);
      }
      if (dictionary.byteLength > 0) throw notImplemented('zlib options.dictionary');
    }
  }
  const handle = natives.zlibInit(mode, level, windowBits, strategy);
  ZlibBase.call(this, opts, mode, handle, zlibDefaultOpts);
  this._level = level;
  this._strategy = strategy;
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

Zlib.prototype.params = function params(level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
  checkRangesOrGetDefault(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);
  if (this._level !== level || this._strategy !== strategy) {
    this.flush(Z_SYNC_FLUSH, () => {
      if (!this._handle) throw new Error('zlib binding closed');
      natives.zlibParams(this._handle, level, strategy);
      if (!this.destroyed) {
        this._level = level;
        this._strategy = strategy;
        if (callback) callback();
      }
    });
  } else if (callback) {
    process.nextTick(callback);
  }
};

function defineClass(name, mode, Base, init) {
  const C = {
    [name]: function (opts) {
      if (!(this instanceof C)) return new C(opts);
      init.call(this, opts, mode);
    },
  }[name];
  Object.setPrototypeOf(C.prototype, Base.prototype);
  Object.setPrototypeOf(C, Base);
  return C;
}

function Brotli(opts, mode) {
  const params = [];
  if (opts && opts.params) {
    for (const origKey of Object.keys(opts.params)) {
      const key = +origKey;
      if (Number.isNaN(key) || key < 0 || key > kMaxBrotliParam) {
        throw errors.ERR_BROTLI_INVALID_PARAM(origKey);
      }
      const value = opts.params[origKey];
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        throw new ERR_INVALID_ARG_TYPE('options.params[key]', 'number', opts.params[origKey]);
      }
      params.push(key, +value >>> 0);
    }
  }
  const handle = natives.brotliInit(mode, params);
  if (!handle) throw errors.ERR_ZLIB_INITIALIZATION_FAILED();
  ZlibBase.call(this, opts, mode, handle, brotliDefaultOpts);
}
// As in Node, Brotli streams inherit from Zlib (params() included).
Object.setPrototypeOf(Brotli.prototype, Zlib.prototype);
Object.setPrototypeOf(Brotli, Zlib);

const Deflate = defineClass('Deflate', DEFLATE, Zlib, Zlib);
const Inflate = defineClass('Inflate', INFLATE, Zlib, Zlib);
const Gzip = defineClass('Gzip', GZIP, Zlib, Zlib);
const Gunzip = defineClass('Gunzip', GUNZIP, Zlib, Zlib);
const DeflateRaw = defineClass('DeflateRaw', DEFLATERAW, Zlib, function (opts, mode) {
  if (opts && opts.windowBits === 8) opts = { ...opts, windowBits: 9 };
  Zlib.call(this, opts, mode);
});
const InflateRaw = defineClass('InflateRaw', INFLATERAW, Zlib, Zlib);
const Unzip = defineClass('Unzip', UNZIP, Zlib, Zlib);
const BrotliCompress = defineClass('BrotliCompress', BROTLI_ENCODE, Brotli, Brotli);
const BrotliDecompress = defineClass('BrotliDecompress', BROTLI_DECODE, Brotli, Brotli);

function convenience(Ctor, sync) {
  if (sync) {
    return function syncBufferWrapper(buffer, opts) {
      return zlibBufferSync(new Ctor(opts), buffer);
    };
  }
  return function asyncBufferWrapper(buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    return zlibBuffer(new Ctor(opts), buffer, callback);
  };
}

function crc32(data, value = 0) {
  if (typeof data !== 'string' && !isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  validateUint32(value, 'value');
  return natives.crc32(typeof data === 'string' ? wellFormed(data) : bytesOf(data), value);
}

const classes = { Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip, BrotliCompress, BrotliDecompress };
const names = [
  ['deflate', Deflate], ['gzip', Gzip], ['deflateRaw', DeflateRaw], ['unzip', Unzip], ['inflate', Inflate],
  ['gunzip', Gunzip], ['inflateRaw', InflateRaw], ['brotliCompress', BrotliCompress],
  ['brotliDecompress', BrotliDecompress],
];

module.exports = { crc32, ...classes };
for (const [name, Ctor] of names) {
  module.exports[name] = convenience(Ctor, false);
  module.exports[`${name}Sync`] = convenience(Ctor, true);
}
for (const [name, Ctor] of Object.entries(classes)) {
  module.exports[`create${name}`] = function (options) {
    return new Ctor(options);
  };
  Object.defineProperty(module.exports[`create${name}`], 'name', { value: `create${name}` });
}
Object.defineProperties(module.exports, {
  constants: { configurable: false, enumerable: true, value: constants },
  codes: { enumerable: true, writable: false, value: zlibCodes },
});
// The old top-level constants (deprecated, not enumerable).
for (const key of Object.keys(constants)) {
  if (key.startsWith('BROTLI')) continue;
  Object.defineProperty(module.exports, key, { enumerable: false, value: constants[key], writable: false });
}
