'use strict';
// Buffer's read*/write* methods for integers (1–6 bytes, and 64-bit BigInt), floats and
// doubles, with Node's offset and range checks and error messages.

const { codes } = require('internal/errors');
const { ERR_BUFFER_OUT_OF_BOUNDS, validateNumber } = require('internal/buffer/errors');

const { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } = codes;

// Scratch space for float conversions (wasm is little-endian).
const f32 = new Float32Array(1);
const f32b = new Uint8Array(f32.buffer);
const f64 = new Float64Array(1);
const f64b = new Uint8Array(f64.buffer);

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type);
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// `last`: the index of the last byte touched, relative to offset.
function checkBounds(buf, offset, last) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + last] === undefined) boundsError(offset, buf.length - (last + 1));
}

// value > max || value < min, exactly. A Number against BigInt limits is compared through
// BigInts: QuickJS-NG gets -2147483648 < -(2n ** 63n) wrong.
function outOfRange(value, min, max) {
  if (typeof min !== 'bigint' || typeof value !== 'number') return value > max || value < min;
  if (Number.isNaN(value)) return false;
  if (!Number.isFinite(value)) return true;
  return BigInt(Math.ceil(value)) > max || BigInt(Math.floor(value)) < min;
}

function checkInt(value, min, max, buf, offset, last) {
  if (outOfRange(value, min, max)) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (last > 3) {
      const bits = (last + 1) * 8;
      range = min === 0 || min === 0n ? `>= 0${n} and < 2${n} ** ${bits}${n}`
        : `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, last);
}

function byteLengthError(byteLength) {
  boundsError(byteLength, 6, 'byteLength');
}

// ---- unsigned reads --------------------------------------------------------------------
function readUInt8(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const val = this[offset];
  if (val === undefined) boundsError(offset, this.length - 1);
  return val;
}

function readUInt16LE(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const a = this[offset];
  const b = this[offset + 1];
  if (a === undefined || b === undefined) boundsError(offset, this.length - 2);
  return a + b * 0x100;
}

function readUInt16BE(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const a = this[offset];
  const b = this[offset + 1];
  if (a === undefined || b === undefined) boundsError(offset, this.length - 2);
  return a * 0x100 + b;
}

function readUInt32LE(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const a = this[offset];
  const d = this[offset + 3];
  if (a === undefined || d === undefined) boundsError(offset, this.length - 4);
  return a + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 + d * 0x1000000;
}

function readUInt32BE(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const a = this[offset];
  const d = this[offset + 3];
  if (a === undefined || d === undefined) boundsError(offset, this.length - 4);
  return a * 0x1000000 + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 + d;
}

// Unsigned n-byte value (n <= 6), little- or big-endian.
function readUN(buf, offset, n, le) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + n - 1] === undefined) boundsError(offset, buf.length - n);
  let val = 0;
  for (let i = 0; i < n; i++) val = val * 0x100 + buf[le ? offset + n - 1 - i : offset + i];
  return val;
}

function readUIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength === 4) return readUInt32LE.call(this, offset);
  if (byteLength === 2) return readUInt16LE.call(this, offset);
  if (byteLength === 1) return readUInt8.call(this, offset);
  if (byteLength === 3 || byteLength === 5 || byteLength === 6) return readUN(this, offset, byteLength, true);
  byteLengthError(byteLength);
}

function readUIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength === 4) return readUInt32BE.call(this, offset);
  if (byteLength === 2) return readUInt16BE.call(this, offset);
  if (byteLength === 1) return readUInt8.call(this, offset);
  if (byteLength === 3 || byteLength === 5 || byteLength === 6) return readUN(this, offset, byteLength, false);
  byteLengthError(byteLength);
}

// ---- signed reads ------------------------------------------------------------------------
const signed = (val, bits) => (val >= 2 ** (bits - 1) ? val - 2 ** bits : val);

function readInt8(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const val = this[offset];
  if (val === undefined) boundsError(offset, this.length - 1);
  return (val << 24) >> 24;
}

function readInt16LE(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const a = this[offset];
  const b = this[offset + 1];
  if (a === undefined || b === undefined) boundsError(offset, this.length - 2);
  return ((a | (b << 8)) << 16) >> 16;
}

function readInt16BE(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const a = this[offset];
  const b = this[offset + 1];
  if (a === undefined || b === undefined) boundsError(offset, this.length - 2);
  return (((a << 8) | b) << 16) >> 16;
}

function readInt32LE(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const a = this[offset];
  const d = this[offset + 3];
  if (a === undefined || d === undefined) boundsError(offset, this.length - 4);
  return a | (this[offset + 1] << 8) | (this[offset + 2] << 16) | (d << 24);
}

function readInt32BE(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const a = this[offset];
  const d = this[offset + 3];
  if (a === undefined || d === undefined) boundsError(offset, this.length - 4);
  return (a << 24) | (this[offset + 1] << 16) | (this[offset + 2] << 8) | d;
}

function readIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength === 4) return readInt32LE.call(this, offset);
  if (byteLength === 2) return readInt16LE.call(this, offset);
  if (byteLength === 1) return readInt8.call(this, offset);
  if (byteLength === 3 || byteLength === 5 || byteLength === 6) return signed(readUN(this, offset, byteLength, true), byteLength * 8);
  byteLengthError(byteLength);
}

function readIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength === 4) return readInt32BE.call(this, offset);
  if (byteLength === 2) return readInt16BE.call(this, offset);
  if (byteLength === 1) return readInt8.call(this, offset);
  if (byteLength === 3 || byteLength === 5 || byteLength === 6) return signed(readUN(this, offset, byteLength, false), byteLength * 8);
  byteLengthError(byteLength);
}

// ---- 64-bit BigInt reads -------------------------------------------------------------------
function read64(buf, offset, le) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + 7] === undefined) boundsError(offset, buf.length - 8);
  const lo = le ? buf[offset] + buf[offset + 1] * 0x100 + buf[offset + 2] * 0x10000 + buf[offset + 3] * 0x1000000
    : buf[offset + 4] * 0x1000000 + buf[offset + 5] * 0x10000 + buf[offset + 6] * 0x100 + buf[offset + 7];
  const hi = le ? buf[offset + 4] + buf[offset + 5] * 0x100 + buf[offset + 6] * 0x10000 + buf[offset + 7] * 0x1000000
    : buf[offset] * 0x1000000 + buf[offset + 1] * 0x10000 + buf[offset + 2] * 0x100 + buf[offset + 3];
  return (BigInt(hi) << 32n) + BigInt(lo);
}

function readBigUInt64LE(offset = 0) {
  return read64(this, offset, true);
}

function readBigUInt64BE(offset = 0) {
  return read64(this, offset, false);
}

function readBigInt64LE(offset = 0) {
  return BigInt.asIntN(64, read64(this, offset, true));
}

function readBigInt64BE(offset = 0) {
  return BigInt.asIntN(64, read64(this, offset, false));
}

// ---- integer writes ----------------------------------------------------------------------
function write8(buf, value, offset, min, max) {
  value = +value;
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  if (value > max || value < min) throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
  if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  buf[offset] = value;
  return offset + 1;
}

// Writes the low n bytes (n <= 6) of an integer-valued `value`.
function writeN(buf, value, offset, n, min, max, le) {
  value = +value;
  checkInt(value, min, max, buf, offset, n - 1);
  // The low 32 bits through int32 arithmetic, the rest from the high part.
  let lo = value;
  let hi = Math.floor(value * 2 ** -32);
  for (let i = 0; i < n; i++) {
    let byte;
    if (i < 4) {
      byte = lo & 0xff;
      lo = lo >>> 8;
    } else {
      byte = hi & 0xff;
      hi = hi >>> 8;
    }
    buf[le ? offset + i : offset + n - 1 - i] = byte;
  }
  return offset + n;
}

function writeUInt8(value, offset = 0) {
  return write8(this, value, offset, 0, 0xff);
}

function writeInt8(value, offset = 0) {
  return write8(this, value, offset, -0x80, 0x7f);
}

function writeUInt16LE(value, offset = 0) {
  return writeN(this, value, offset, 2, 0, 0xffff, true);
}

function writeUInt16BE(value, offset = 0) {
  return writeN(this, value, offset, 2, 0, 0xffff, false);
}

function writeInt16LE(value, offset = 0) {
  return writeN(this, value, offset, 2, -0x8000, 0x7fff, true);
}

function writeInt16BE(value, offset = 0) {
  return writeN(this, value, offset, 2, -0x8000, 0x7fff, false);
}

function writeUInt32LE(value, offset = 0) {
  return writeN(this, value, offset, 4, 0, 0xffffffff, true);
}

function writeUInt32BE(value, offset = 0) {
  return writeN(this, value, offset, 4, 0, 0xffffffff, false);
}

function writeInt32LE(value, offset = 0) {
  return writeN(this, value, offset, 4, -0x80000000, 0x7fffffff, true);
}

function writeInt32BE(value, offset = 0) {
  return writeN(this, value, offset, 4, -0x80000000, 0x7fffffff, false);
}

function writeUIntLE(value, offset, byteLength) {
  if (byteLength === 1) return write8(this, value, offset, 0, 0xff);
  if (byteLength >= 2 && byteLength <= 6 && Number.isInteger(byteLength)) {
    return writeN(this, value, offset, byteLength, 0, 2 ** (8 * byteLength) - 1, true);
  }
  byteLengthError(byteLength);
}

function writeUIntBE(value, offset, byteLength) {
  if (byteLength === 1) return write8(this, value, offset, 0, 0xff);
  if (byteLength >= 2 && byteLength <= 6 && Number.isInteger(byteLength)) {
    return writeN(this, value, offset, byteLength, 0, 2 ** (8 * byteLength) - 1, false);
  }
  byteLengthError(byteLength);
}

function writeIntLE(value, offset, byteLength) {
  if (byteLength === 1) return write8(this, value, offset, -0x80, 0x7f);
  if (byteLength >= 2 && byteLength <= 6 && Number.isInteger(byteLength)) {
    const half = 2 ** (8 * byteLength - 1);
    return writeN(this, value, offset, byteLength, -half, half - 1, true);
  }
  byteLengthError(byteLength);
}

function writeIntBE(value, offset, byteLength) {
  if (byteLength === 1) return write8(this, value, offset, -0x80, 0x7f);
  if (byteLength >= 2 && byteLength <= 6 && Number.isInteger(byteLength)) {
    const half = 2 ** (8 * byteLength - 1);
    return writeN(this, value, offset, byteLength, -half, half - 1, false);
  }
  byteLengthError(byteLength);
}

// ---- 64-bit BigInt writes --------------------------------------------------------------------
function write64(buf, value, offset, min, max, le) {
  checkInt(value, min, max, buf, offset, 7);
  let lo = Number(value & 0xffffffffn);
  let hi = Number((value >> 32n) & 0xffffffffn);
  for (let i = 0; i < 8; i++) {
    let byte;
    if (i < 4) {
      byte = lo & 0xff;
      lo = lo >>> 8;
    } else {
      byte = hi & 0xff;
      hi = hi >>> 8;
    }
    buf[le ? offset + i : offset + 7 - i] = byte;
  }
  return offset + 8;
}

function writeBigUInt64LE(value, offset = 0) {
  return write64(this, value, offset, 0n, 0xffffffffffffffffn, true);
}

function writeBigUInt64BE(value, offset = 0) {
  return write64(this, value, offset, 0n, 0xffffffffffffffffn, false);
}

function writeBigInt64LE(value, offset = 0) {
  return write64(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, true);
}

function writeBigInt64BE(value, offset = 0) {
  return write64(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, false);
}

// ---- floats ----------------------------------------------------------------------------------
function readFloat(buf, offset, le) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + 3] === undefined) boundsError(offset, buf.length - 4);
  for (let i = 0; i < 4; i++) f32b[le ? i : 3 - i] = buf[offset + i];
  return f32[0];
}

function readDouble(buf, offset, le) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + 7] === undefined) boundsError(offset, buf.length - 8);
  for (let i = 0; i < 8; i++) f64b[le ? i : 7 - i] = buf[offset + i];
  return f64[0];
}

function writeFloat(buf, value, offset, le) {
  value = +value;
  checkBounds(buf, offset, 3);
  f32[0] = value;
  for (let i = 0; i < 4; i++) buf[offset + i] = f32b[le ? i : 3 - i];
  return offset + 4;
}

function writeDouble(buf, value, offset, le) {
  value = +value;
  checkBounds(buf, offset, 7);
  f64[0] = value;
  for (let i = 0; i < 8; i++) buf[offset + i] = f64b[le ? i : 7 - i];
  return offset + 8;
}

// Node's function names for these.
function readFloatForwards(offset = 0) {
  return readFloat(this, offset, true);
}

function readFloatBackwards(offset = 0) {
  return readFloat(this, offset, false);
}

function readDoubleForwards(offset = 0) {
  return readDouble(this, offset, true);
}

function readDoubleBackwards(offset = 0) {
  return readDouble(this, offset, false);
}

function writeFloatForwards(val, offset = 0) {
  return writeFloat(this, val, offset, true);
}

function writeFloatBackwards(val, offset = 0) {
  return writeFloat(this, val, offset, false);
}

function writeDoubleForwards(val, offset = 0) {
  return writeDouble(this, val, offset, true);
}

function writeDoubleBackwards(val, offset = 0) {
  return writeDouble(this, val, offset, false);
}

// Installs the methods in Node's order, with the lower-case `Uint` aliases.
function addNumberMethods(proto) {
  const alias = (name, fn) => {
    proto[name] = fn;
    return fn;
  };
  alias('readBigUInt64LE', readBigUInt64LE);
  alias('readBigUInt64BE', readBigUInt64BE);
  alias('readBigUint64LE', readBigUInt64LE);
  alias('readBigUint64BE', readBigUInt64BE);
  alias('readBigInt64LE', readBigInt64LE);
  alias('readBigInt64BE', readBigInt64BE);
  alias('writeBigUInt64LE', writeBigUInt64LE);
  alias('writeBigUInt64BE', writeBigUInt64BE);
  alias('writeBigUint64LE', writeBigUInt64LE);
  alias('writeBigUint64BE', writeBigUInt64BE);
  alias('writeBigInt64LE', writeBigInt64LE);
  alias('writeBigInt64BE', writeBigInt64BE);
  const unsignedReads = { readUIntLE, readUInt32LE, readUInt16LE, readUInt8, readUIntBE, readUInt32BE, readUInt16BE };
  for (const [k, fn] of Object.entries(unsignedReads)) alias(k, fn);
  for (const [k, fn] of Object.entries(unsignedReads)) alias(k.replace('UInt', 'Uint'), fn);
  const signedReads = { readIntLE, readInt32LE, readInt16LE, readInt8, readIntBE, readInt32BE, readInt16BE };
  for (const [k, fn] of Object.entries(signedReads)) alias(k, fn);
  const unsignedWrites = { writeUIntLE, writeUInt32LE, writeUInt16LE, writeUInt8, writeUIntBE, writeUInt32BE, writeUInt16BE };
  for (const [k, fn] of Object.entries(unsignedWrites)) alias(k, fn);
  for (const [k, fn] of Object.entries(unsignedWrites)) alias(k.replace('UInt', 'Uint'), fn);
  const signedWrites = { writeIntLE, writeInt32LE, writeInt16LE, writeInt8, writeIntBE, writeInt32BE, writeInt16BE };
  for (const [k, fn] of Object.entries(signedWrites)) alias(k, fn);
  alias('readFloatLE', readFloatForwards);
  alias('readFloatBE', readFloatBackwards);
  alias('readDoubleLE', readDoubleForwards);
  alias('readDoubleBE', readDoubleBackwards);
  alias('writeFloatLE', writeFloatForwards);
  alias('writeFloatBE', writeFloatBackwards);
  alias('writeDoubleLE', writeDoubleForwards);
  alias('writeDoubleBE', writeDoubleBackwards);
}

module.exports = { addNumberMethods };
