'use strict';
// node:buffer: Buffer (a Uint8Array subclass whose encoding work runs in Rust), Blob, File, atob/btoa.

const natives = require('internal/natives');
const { codes } = require('internal/errors');
const {
  kMaxLength, kStringMaxLength, ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_BUFFER_SIZE, ERR_INVALID_STATE,
  IndexOutOfRange, NotAString, validateNumber, validateInteger, validateOffset, validateString, validateArray,
} = require('internal/buffer/errors');
const {
  UTF8, UCS2, LATIN1, ASCII, BASE64, BASE64URL, HEX, NAMES, encodingId, normalizeEncoding, byteLengthOf, maxByteLength,
} = require('internal/buffer/encodings');
const { addNumberMethods } = require('internal/buffer/numbers');
const { Blob, File } = require('internal/buffer/blob');

const { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_UNKNOWN_ENCODING, ERR_INVALID_ARG_VALUE } = codes;

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// ---- brand checks that cannot be fooled by a user-defined Symbol.toStringTag ----------------
const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayProto, Symbol.toStringTag).get;
const TypedArraySet = TypedArrayProto.set;
const TypedArrayFill = TypedArrayProto.fill;
const TypedArraySlice = TypedArrayProto.slice;
const abByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const SAB = typeof SharedArrayBuffer === 'function' ? SharedArrayBuffer : undefined;
const sabByteLength = SAB && Object.getOwnPropertyDescriptor(SAB.prototype, 'byteLength').get;

const isUint8Array = (v) => typedArrayTag.call(v) === 'Uint8Array';
const isTypedArray = (v) => typedArrayTag.call(v) !== undefined;
const isArrayBufferView = (v) => ArrayBuffer.isView(v);

function brand(getter, v) {
  try {
    getter.call(v);
    return true;
  } catch {
    return false;
  }
}

function isAnyArrayBuffer(v) {
  if (v instanceof ArrayBuffer) return brand(abByteLength, v);
  return SAB !== undefined && v instanceof SAB && brand(sabByteLength, v);
}

// ---- Buffer and the pool -----------------------------------------------------------------
// Takes Uint8Array's arguments: (length) or (arrayBuffer, byteOffset, length). The implicit
// constructor is the fastest way to make one in QuickJS.
class FastBuffer extends Uint8Array {}

let deprecationShown = false;

function showDeprecation() {
  if (deprecationShown) return;
  // Node stays quiet for code under node_modules.
  const stack = new Error().stack || '';
  if (stack.split('\n').slice(3).some((line) => line.includes('/node_modules/'))) return;
  deprecationShown = true;
  if (globalThis.process && typeof globalThis.process.emitWarning === 'function') {
    globalThis.process.emitWarning('Buffer() is deprecated due to security and usability issues. Please use ' +
      'the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.', 'DeprecationWarning', 'DEP0005');
  }
}

function Buffer(arg, encodingOrOffset, length) {
  showDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  get() {
    return FastBuffer;
  },
  enumerable: false,
  configurable: true,
});

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
Object.setPrototypeOf(Buffer, Uint8Array);

let poolSize;
let poolOffset;
let allocPool;
let poolBuffer;

function createPool() {
  poolSize = Buffer.poolSize;
  poolBuffer = new FastBuffer(poolSize);
  allocPool = poolBuffer.buffer;
  poolOffset = 0;
}

function alignPool() {
  // Keep pool offsets 8-byte aligned, as Node does.
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}

Buffer.poolSize = 8 * 1024;
createPool();

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (size > poolSize - poolOffset) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return new FastBuffer(size);
}

function fromStringFast(string, id) {
  const max = id === UTF8 ? string.length * 3 : maxByteLength(string, id);
  if (max >= (Buffer.poolSize >>> 1)) return new FastBuffer(natives.bufFromString(string, id));
  if (max > poolSize - poolOffset) createPool();
  const actual = natives.bufWrite(poolBuffer, string, id, poolOffset, max);
  const b = new FastBuffer(allocPool, poolOffset, actual);
  poolOffset += actual;
  if (poolOffset & 0x7) poolOffset = (poolOffset | 0x7) + 1;
  return b;
}

function fromString(string, encoding) {
  let id;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    id = UTF8;
  } else {
    id = encodingId(encoding);
    if (id < 0) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  return fromStringFast(string, id);
}

function fromArrayLike(obj) {
  const len = obj.length;
  if (len <= 0) return new FastBuffer();
  if (len < (Buffer.poolSize >>> 1)) {
    if (len > poolSize - poolOffset) createPool();
    const b = new FastBuffer(allocPool, poolOffset, len);
    TypedArraySet.call(b, obj, 0);
    poolOffset += len;
    alignPool();
    return b;
  }
  return new FastBuffer(obj);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') {
    if (encodingOrOffset === undefined && value.length > 0) return fromStringFast(value, UTF8);
    return fromString(value, encodingOrOffset);
  }
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE('first argument', ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = TypedArraySlice.call(view, offset, end);
  }
  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
};

Buffer.of = function of(...items) {
  const b = new FastBuffer(items.length);
  for (let k = 0; k < items.length; k++) b[k] = items[k];
  return b;
};

Buffer.alloc = function alloc(size, fill, encoding) {
  // validateNumber only runs to throw (a call costs more than the check in QuickJS).
  if (typeof size !== 'number' || !(size >= 0 && size <= kMaxLength)) validateNumber(size, 'size', 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = new FastBuffer(size);
    return _fill(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  if (typeof size !== 'number' || !(size >= 0 && size <= kMaxLength)) validateNumber(size, 'size', 0, kMaxLength);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
};

function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return natives.bufCompare(buf1, 0, buf1.length, buf2, 0, buf2.length);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && normalizeEncoding(encoding) !== undefined;
};

// Copies source[sourceStart..sourceEnd] into target at targetStart, as much as fits.
function copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.byteLength - targetStart) sourceEnd = sourceStart + target.byteLength - targetStart;
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.byteLength - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (nb <= 0) return 0;
  if (sourceStart !== 0 || sourceEnd < source.byteLength) {
    source = new Uint8Array(source.buffer, source.byteOffset + sourceStart, nb);
  }
  TypedArraySet.call(target, source, targetStart);
  return nb;
}

Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length !== undefined) validateOffset(length, 'length');
  const result = natives.bufConcat(list, list.length, length, allocate);
  if (typeof result !== 'number') return result;
  // list[-result - 1] is not a Uint8Array. As Node: add up whatever lengths there are
  // (when no length was given), then reject the first element that is not.
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  }
  const i = -result - 1;
  throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (isArrayBufferView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  if (string.length === 0) return 0;
  if (!encoding) return natives.bufUtf8Length(string);
  const id = encodingId(encoding);
  return byteLengthOf(string, id < 0 ? UTF8 : id);
}
Buffer.byteLength = byteLength;

// ---- prototype ----------------------------------------------------------------------------
const proto = Buffer.prototype;
addNumberMethods(proto);

// The per-encoding methods behind toString/write, with the bounds checks Node's C++ makes.
function toIndex(v, dflt) {
  if (v === undefined) return dflt;
  const n = Math.trunc(+v) || 0;
  if (n < 0) throw new IndexOutOfRange();
  return n;
}

function makeSlice(id) {
  return function (start, end) {
    const len = this.byteLength;
    const s = toIndex(start, 0);
    let e = toIndex(end, len);
    if (e < s) e = s;
    if (e > len) throw new IndexOutOfRange();
    return natives.bufSlice(this, id, s, e);
  };
}

function makeWrite(id) {
  return function (string, offset, length) {
    if (typeof string !== 'string') throw new NotAString();
    const len = this.byteLength;
    const o = toIndex(offset, 0);
    if (o > len) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
    const max = Math.min(len - o, toIndex(length, len - o));
    if (max === 0) return 0;
    return natives.bufWrite(this, string, id, o, max);
  };
}

const writeFns = [];
for (const [name, id] of [['ascii', ASCII], ['base64', BASE64], ['base64url', BASE64URL], ['latin1', LATIN1],
  ['hex', HEX], ['ucs2', UCS2], ['utf8', UTF8]]) {
  const fn = makeSlice(id);
  Object.defineProperty(fn, 'name', { value: `${name}Slice` });
  Object.defineProperty(fn, 'length', { value: 0 });
  proto[`${name}Slice`] = fn;
}
for (const [name, id] of [['ascii', ASCII], ['base64', BASE64], ['base64url', BASE64URL], ['latin1', LATIN1],
  ['hex', HEX], ['ucs2', UCS2], ['utf8', UTF8]]) {
  const fn = makeWrite(id);
  Object.defineProperty(fn, 'name', { value: `${name}Write` });
  Object.defineProperty(fn, 'length', { value: 0 });
  proto[`${name}Write`] = fn;
  writeFns[id] = fn;
}

Object.defineProperty(proto, 'parent', {
  enumerable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});
Object.defineProperty(proto, 'offset', {
  enumerable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});

// Node's toInteger: NaN and out-of-safe-range values become the default.
function toInteger(n, dflt) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) return n % 1 === 0 ? n : Math.floor(n);
  return dflt;
}

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  const source = this;
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = Number.isInteger(targetStart) ? targetStart : toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = Number.isInteger(sourceStart) ? sourceStart : toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.byteLength) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.byteLength}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = source.byteLength;
  } else {
    sourceEnd = Number.isInteger(sourceEnd) ? sourceEnd : toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.byteLength || sourceStart >= sourceEnd) return 0;
  return copyActual(source, target, targetStart, sourceStart, sourceEnd);
};

proto.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) return natives.bufSlice(this, UTF8, 0, this.length);
  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  if (encoding === undefined) return natives.bufSlice(this, UTF8, start, end);
  const id = encodingId(encoding);
  if (id < 0) throw new ERR_UNKNOWN_ENCODING(encoding);
  return natives.bufSlice(this, id, start, end);
};

proto.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  if (this === otherBuffer) return true;
  const len = this.byteLength;
  if (len !== otherBuffer.byteLength) return false;
  return len === 0 || natives.bufCompare(this, 0, len, otherBuffer, 0, len) === 0;
};

let INSPECT_MAX_BYTES = 50;

proto.inspect = function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = natives.bufSlice(this, HEX, 0, actualMax).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    // Own non-index properties, shown after the bytes.
    const keys = natives.bufOwnKeys(this, Boolean(ctx.showHidden));
    if (keys.length > 0) {
      const obj = { __proto__: null };
      for (const key of keys) obj[key] = this[key];
      if (this.length !== 0) str += ', ';
      // Drop the '[Object: null prototype] {' and ' }' around the properties.
      str += require('internal/inspect').inspect(obj, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
};
proto[customInspectSymbol] = proto.inspect;

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (arguments.length === 1) return natives.bufCompare(this, 0, this.length, target, 0, target.length);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  return natives.bufCompare(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
};

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (!isArrayBufferView(buffer)) throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (typeof byteOffset === 'bigint') {
    // Compared as BigInts: QuickJS-NG wrongly finds -1n < -0x80000000. In range, `+` throws
    // as in Node.
    if (byteOffset > 0x7fffffffn) byteOffset = 0x7fffffff;
    else if (byteOffset < -0x80000000n) byteOffset = -0x80000000;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  dir = !!dir;
  if (typeof val === 'number') return natives.bufIndexOf(buffer, (val >>> 0) & 0xff, byteOffset, UTF8, dir);
  const id = encoding === undefined ? UTF8 : encodingId(encoding);
  if (typeof val === 'string') {
    if (id < 0) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (id === UTF8 || id === UCS2 || id === LATIN1) return natives.bufIndexOf(buffer, val, byteOffset, id, dir);
    // ascii, base64, base64url, hex: search for the bytes the string stands for.
    return natives.bufIndexOf(buffer, fromStringFast(val, id), byteOffset, id, dir);
  }
  if (isUint8Array(val)) return natives.bufIndexOf(buffer, val, byteOffset, id < 0 ? UTF8 : id, dir);
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

proto.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};

proto.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};

proto.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

function _fill(buf, value, offset, end, encoding) {
  let id = UTF8;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const normalized = normalizeEncoding(encoding);
    if (normalized === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    id = NAMES.indexOf(normalized);
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      // One byte: fill with its value.
      if (id === UTF8) {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (id === LATIN1) {
        value = value.charCodeAt(0);
      }
    }
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value !== 'number' && typeof value !== 'string' && !isArrayBufferView(value)) value = (value >>> 0) & 0xff;
  if (offset > end || end - offset + offset > buf.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  if (typeof value === 'number') {
    TypedArrayFill.call(buf, value, offset, end);
    return buf;
  }
  const pattern = typeof value === 'string' ? natives.bufFromString(value, id) : value;
  // Nothing to repeat (an empty view, or a string that decodes to no bytes).
  if (pattern.byteLength === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
  natives.bufFill(buf, pattern, offset, end);
  return buf;
}

proto.fill = function fill(value, offset, end, encoding) {
  return _fill(this, value, offset, end, encoding);
};

proto.write = function write(string, offset, length, encoding) {
  if (offset === undefined) return writeFns[UTF8].call(this, string, 0, this.length);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding || encoding === 'utf8') return writeFns[UTF8].call(this, string, offset, length);
  const id = encodingId(encoding);
  if (id < 0) throw new ERR_UNKNOWN_ENCODING(encoding);
  return writeFns[id].call(this, string, offset, length);
};

proto.toJSON = function toJSON() {
  const data = new Array(this.length);
  for (let i = 0; i < this.length; ++i) data[i] = this[i];
  return { type: 'Buffer', data };
};

function adjustOffset(offset, length) {
  // Math.trunc keeps values beyond int32 intact.
  offset = Math.trunc(offset);
  if (offset === 0) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return Number.isNaN(offset) ? 0 : length;
}

proto.subarray = function subarray(start, end) {
  const srcLength = this.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
};

proto.slice = function slice(start, end) {
  return this.subarray(start, end);
};

function swap(b, n, m) {
  const i = b[n];
  b[n] = b[m];
  b[m] = i;
}

proto.swap16 = function swap16() {
  const len = this.length;
  if (len % 2 !== 0) throw new ERR_INVALID_BUFFER_SIZE('16-bits');
  if (len < 128) {
    for (let i = 0; i < len; i += 2) swap(this, i, i + 1);
    return this;
  }
  natives.bufSwap(this, 2);
  return this;
};

proto.swap32 = function swap32() {
  const len = this.length;
  if (len % 4 !== 0) throw new ERR_INVALID_BUFFER_SIZE('32-bits');
  if (len < 128) {
    for (let i = 0; i < len; i += 4) {
      swap(this, i, i + 3);
      swap(this, i + 1, i + 2);
    }
    return this;
  }
  natives.bufSwap(this, 4);
  return this;
};

proto.swap64 = function swap64() {
  const len = this.length;
  if (len % 8 !== 0) throw new ERR_INVALID_BUFFER_SIZE('64-bits');
  if (len < 128) {
    for (let i = 0; i < len; i += 8) {
      swap(this, i, i + 7);
      swap(this, i + 1, i + 6);
      swap(this, i + 2, i + 5);
      swap(this, i + 3, i + 4);
    }
    return this;
  }
  natives.bufSwap(this, 8);
  return this;
};

proto.toLocaleString = proto.toString;

// ---- module functions ------------------------------------------------------------------------
function icuError(code, errno) {
  const err = new Error(`Unable to transcode Buffer [${code}]`);
  err.code = code;
  err.errno = errno;
  return err;
}

// ICU-style transcoding between utf8, utf16le, latin1 and ascii: characters the target
// cannot hold become '?'.
function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (source.length === 0) return Buffer.alloc(0);
  const from = normalizeEncoding(fromEncoding) || fromEncoding;
  const to = normalizeEncoding(toEncoding) || toEncoding;
  const known = ['utf8', 'utf16le', 'latin1', 'ascii'];
  if (!known.includes(from) || !known.includes(to)) throw icuError('U_ILLEGAL_ARGUMENT_ERROR', 1);
  let str;
  if (from === 'utf16le') {
    const odd = source.length % 2 === 1;
    if (odd && to === 'utf8') throw icuError('U_INVALID_CHAR_FOUND', 10);
    str = natives.bufSlice(source, UCS2, 0, source.length);
    if (to === 'utf16le') {
      // Unpaired surrogates and a dangling byte become U+FFFD.
      str = str.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
      if (odd) str += '\ufffd';
    }
    if (to === 'utf8' && /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(str)) {
      throw icuError('U_INVALID_CHAR_FOUND', 10);
    }
  } else if (from === 'utf8') {
    if (to === 'utf16le' && !natives.bufIsUtf8(source)) throw icuError('U_INVALID_CHAR_FOUND', 10);
    str = natives.bufSlice(source, UTF8, 0, source.length);
  } else if (from === 'ascii' && to !== 'utf16le') {
    // Bytes above 0x7f are not ASCII: U+FFFD.
    str = natives.bufSlice(source, LATIN1, 0, source.length).replace(/[\x80-\xff]/g, '\ufffd');
  } else {
    str = natives.bufSlice(source, LATIN1, 0, source.length);
  }
  if (to === 'latin1' || to === 'ascii') {
    const limit = to === 'latin1' ? 0xff : 0x7f;
    let out = '';
    for (const ch of str) out += ch.codePointAt(0) > limit ? '?' : ch;
    str = out;
  }
  return fromString(str, to);
}

function isUtf8(input) {
  if (isTypedArray(input) || isAnyArrayBuffer(input)) {
    if (isAnyArrayBuffer(input) ? input.detached : input.buffer.detached) throw new ERR_INVALID_STATE('Cannot validate on a detached buffer');
    return natives.bufIsUtf8(input);
  }
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isAscii(input) {
  if (isTypedArray(input) || isAnyArrayBuffer(input)) {
    if (isAnyArrayBuffer(input) ? input.detached : input.buffer.detached) throw new ERR_INVALID_STATE('Cannot validate on a detached buffer');
    return natives.bufIsAscii(input);
  }
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function resolveObjectURL(url) {
  // URL.createObjectURL does not exist here, so no blob: URL can resolve.
  void `${url}`;
  return undefined;
}

// Forgiving base64 (WHATWG), with Node's error messages.
const kBase64Chars = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') kBase64Chars[c.charCodeAt(0)] = 1;
for (const c of '\t\n\f\r ') kBase64Chars[c.charCodeAt(0)] = 2;
kBase64Chars[0x3d] = 3;

function invalidCharacter(message = 'Invalid character') {
  const { DOMException } = require('internal/web');
  return new DOMException(message, 'InvalidCharacterError');
}

function atob(input) {
  if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('input');
  input = `${input}`;
  let count = 0;
  let equals = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    const kind = c < 128 ? kBase64Chars[c] : 0;
    if (kind === 0) throw invalidCharacter();
    if (kind === 2) continue;
    count++;
    if (kind === 3) equals++;
    else if (equals > 0) throw invalidCharacter();
    if (equals > 2) throw invalidCharacter();
  }
  let rest = count % 4;
  if (rest === 0) rest = (count - equals) % 4;
  else if (equals > 0) throw invalidCharacter();
  if (rest === 1) throw invalidCharacter('The string to be decoded is not correctly encoded.');
  return natives.bufSlice(fromStringFast(input, BASE64), LATIN1, 0, Infinity);
}

function btoa(input) {
  if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xff) throw invalidCharacter();
  }
  if (input.length === 0) return '';
  return natives.bufSlice(fromStringFast(input, LATIN1), BASE64, 0, Infinity);
}

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength },
  INSPECT_MAX_BYTES: undefined,
  Blob,
  resolveObjectURL,
  File,
};

Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  get() {
    return INSPECT_MAX_BYTES;
  },
  set(val) {
    validateNumber(val, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = val;
  },
  enumerable: true,
  configurable: true,
});
