'use strict';
// node:buffer read*/write* for integers, floats, doubles and BigInts, with Node's checks.
const { Buffer } = require('buffer');

let n = 0;
const fmt = (v) => {
  if (Buffer.isBuffer(v)) return `Buffer(${v.length}) ${v.toString('hex')}`;
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'bigint') return `${v}n`;
  if (Array.isArray(v)) return `[${v.map(fmt).join(', ')}]`;
  if (Object.is(v, -0)) return '-0';
  return String(v);
};
function show(label, fn) {
  n++;
  let out;
  try {
    out = fmt(fn());
  } catch (err) {
    out = `throws ${err.name} ${err.code}: ${err.message}`;
  }
  console.log(`${n} ${label}: ${out}`);
}

const src = Buffer.from([0x01, 0x82, 0xf3, 0x04, 0xa5, 0x96, 0x07, 0xf8, 0x09]);

// Every read at every valid width, both endiannesses.
for (const m of ['UInt8', 'Int8', 'UInt16LE', 'UInt16BE', 'Int16LE', 'Int16BE', 'UInt32LE', 'UInt32BE', 'Int32LE', 'Int32BE',
  'FloatLE', 'FloatBE', 'DoubleLE', 'DoubleBE', 'BigUInt64LE', 'BigUInt64BE', 'BigInt64LE', 'BigInt64BE']) {
  show(`read${m}`, () => [src[`read${m}`](), src[`read${m}`](1)]);
}
for (let len = 1; len <= 6; len++) {
  show(`readUIntLE/BE/IntLE/BE ${len}`, () => [src.readUIntLE(1, len), src.readUIntBE(1, len), src.readIntLE(1, len), src.readIntBE(1, len)]);
}
show('lower-case aliases', () => [src.readUint16LE(0), src.readUintBE(0, 3), src.readBigUint64BE(1)]);

// Read offset validation
show('read past end', () => src.readUInt8(9));
show('read negative', () => src.readUInt8(-1));
show('read fractional', () => src.readUInt8(1.5));
show('read NaN', () => src.readUInt8(NaN));
show('read string offset', () => src.readUInt8('1'));
show('read null offset', () => src.readUInt8(null));
show('read Infinity', () => src.readUInt8(Infinity));
show('read -0', () => src.readUInt8(-0));
show('readUInt32LE near end', () => src.readUInt32LE(6));
show('readUInt32LE short buffer', () => Buffer.alloc(2).readUInt32LE(0));
show('read empty buffer', () => Buffer.alloc(0).readUInt8(0));
show('read empty buffer default', () => Buffer.alloc(0).readInt8());
show('readUInt16LE last byte', () => Buffer.alloc(2).readUInt16LE(1));
show('readDoubleLE near end', () => src.readDoubleLE(2));
show('readFloatBE near end', () => src.readFloatBE(6));
show('readBigUInt64LE near end', () => src.readBigUInt64LE(2));
show('readBigInt64BE fractional', () => src.readBigInt64BE(0.5));
show('readUIntLE no byteLength', () => src.readUIntLE(0));
show('readUIntLE byteLength 7', () => src.readUIntLE(0, 7));
show('readUIntLE byteLength 0', () => src.readUIntLE(0, 0));
show('readUIntLE byteLength 1.5', () => src.readUIntLE(0, 1.5));
show('readUIntLE byteLength string', () => src.readUIntLE(0, '2'));
show('readUIntLE no offset', () => src.readUIntLE(undefined, 2));
show('readUIntLE 6 near end', () => src.readUIntLE(5, 6));
show('readIntBE 6 near end', () => src.readIntBE(5, 6));
show('readIntLE 3 near end', () => src.readIntLE(7, 3));

// Writes and what they leave behind
const w = (fn) => {
  const b = Buffer.alloc(9);
  const r = fn(b);
  return [r, b];
};
show('writeUInt8', () => w((b) => b.writeUInt8(255, 1)));
show('writeInt8 negative', () => w((b) => b.writeInt8(-2)));
show('writeUInt16LE/BE', () => w((b) => b.writeUInt16LE(0x1234) + b.writeUInt16BE(0x1234, 2)));
show('writeInt16LE/BE', () => w((b) => b.writeInt16LE(-2) + b.writeInt16BE(-2, 2)));
show('writeUInt32LE/BE', () => w((b) => b.writeUInt32LE(0xdeadbeef) + b.writeUInt32BE(0xdeadbeef, 4)));
show('writeInt32LE/BE', () => w((b) => b.writeInt32LE(-2) + b.writeInt32BE(-2147483648, 4)));
for (let len = 1; len <= 6; len++) {
  show(`writeUIntLE/BE ${len}`, () => w((b) => [b.writeUIntLE(2 ** (8 * len) - 2, 0, len), b.writeUIntBE(0x010203040506 % 2 ** (8 * len), 3, len)]));
  show(`writeIntLE/BE ${len}`, () => w((b) => [b.writeIntLE(-(2 ** (8 * len - 1)), 0, len), b.writeIntBE(-3, 3, len)]));
}
show('writeFloatLE/BE', () => w((b) => [b.writeFloatLE(1.5), b.writeFloatBE(-0.1, 4)]));
show('writeDoubleLE', () => w((b) => b.writeDoubleLE(Math.PI)));
show('writeDoubleBE', () => w((b) => b.writeDoubleBE(-Infinity, 1)));
show('writeFloat NaN', () => w((b) => b.writeFloatLE(NaN)));
show('writeDouble NaN string', () => w((b) => b.writeDoubleBE('x', 0)));
show('writeFloat rounding', () => w((b) => b.writeFloatLE(1 / 3)));
show('writeBigUInt64LE/BE', () => w((b) => b.writeBigUInt64LE(0x0102030405060708n, 0) + b.writeBigUInt64BE(0xffn, 1)));
show('writeBigInt64LE/BE', () => w((b) => b.writeBigInt64LE(-2n, 0) + b.writeBigInt64BE(-(2n ** 63n), 1)));
show('writeBigUint64LE alias', () => w((b) => b.writeBigUint64LE(2n ** 64n - 1n, 1)));
show('write fractional value', () => w((b) => [b.writeUInt8(1.9), b.writeUInt16LE(513.5, 1), b.writeUIntLE(65535.99, 3, 3)]));
show('write string value', () => w((b) => b.writeUInt8('7', 0)));
show('write NaN value', () => w((b) => b.writeUInt32BE(NaN, 0)));
show('write default offset', () => w((b) => b.writeUInt8(1)));
show('round trips', () => {
  const b = Buffer.alloc(8);
  const out = [];
  for (const v of [0, 1, -1, 127, -128, 32767, -32768, 8388607, -8388608, 2 ** 31 - 1, -(2 ** 31), 2 ** 39, -(2 ** 47)]) {
    b.writeIntLE(v, 0, 6);
    b.writeIntBE(v, 2, 6);
    out.push(b.readIntLE(0, 6) === v && b.readIntBE(2, 6) === v);
  }
  return out;
});

// Write range errors
show('writeUInt8 256', () => src.writeUInt8(256));
show('writeUInt8 -1', () => src.writeUInt8(-1));
show('writeInt8 128', () => src.writeInt8(128));
show('writeUInt16LE 65536', () => src.writeUInt16LE(65536));
show('writeInt16BE -32769', () => src.writeInt16BE(-32769));
show('writeUInt32LE 2**32', () => src.writeUInt32LE(2 ** 32));
show('writeInt32LE 2**31', () => src.writeInt32LE(2 ** 31));
show('writeUIntLE 40 bits', () => src.writeUIntLE(2 ** 40, 0, 5));
show('writeIntLE 40 bits', () => src.writeIntLE(2 ** 39, 0, 5));
show('writeUIntBE 48 bits', () => src.writeUIntBE(2 ** 48, 0, 6));
show('writeIntBE 48 bits', () => src.writeIntBE(-(2 ** 47) - 1, 0, 6));
show('writeUIntLE 24 bits', () => src.writeUIntLE(2 ** 24, 0, 3));
show('writeIntLE 24 bits', () => src.writeIntLE(2 ** 23, 0, 3));
show('writeBigUInt64LE too big', () => src.writeBigUInt64LE(2n ** 64n));
show('writeBigInt64LE too big', () => src.writeBigInt64LE(2n ** 63n));
show('writeBigInt64LE too small', () => src.writeBigInt64LE(-(2n ** 63n) - 1n));
show('writeBigUInt64LE negative', () => src.writeBigUInt64LE(-1n));
show('writeBigUInt64LE number', () => {
  try {
    src.writeBigUInt64LE(5, 0);
    return 'no error';
  } catch (e) {
    return e.name;
  }
});

// Write offset errors
show('write offset past end', () => src.writeUInt8(1, 9));
show('writeUInt16LE offset past end', () => src.writeUInt16LE(1, 8));
show('write offset fractional', () => src.writeUInt16LE(1, 1.5));
show('write offset string', () => src.writeUInt16LE(1, '1'));
show('writeUInt8 offset string', () => src.writeUInt8(1, '1'));
show('value checked before offset', () => src.writeUInt16LE(65536, 'x'));
show('offset checked before value (8 bit)', () => src.writeUInt8(256, 'x'));
show('writeUIntLE no offset', () => src.writeUIntLE(1, undefined, 2));
show('writeUIntLE no byteLength', () => src.writeUIntLE(1, 0));
show('writeUIntLE byteLength 7', () => src.writeUIntLE(1, 0, 7));
show('writeIntBE byteLength 0', () => src.writeIntBE(1, 0, 0));
show('writeFloatLE near end', () => src.writeFloatLE(1.5, 6));
show('writeDoubleBE near end', () => src.writeDoubleBE(1.5, 2));
show('writeFloatLE fractional offset', () => src.writeFloatLE(1, 1.5));
show('writeFloatLE short buffer', () => Buffer.alloc(3).writeFloatLE(1));
show('writeUInt16LE short buffer', () => Buffer.alloc(1).writeUInt16LE(1));
show('writeBigInt64LE near end', () => Buffer.alloc(8).writeBigInt64LE(1n, 1));
show('writeBigInt64LE fractional', () => src.writeBigInt64LE(1n, 1.5));
show('big offsets', () => src.readUInt8(2 ** 53));
const errorName = (fn) => {
  try {
    return fn();
  } catch (e) {
    return `${e.name} ${e.code}`;
  }
};
show('writeBigInt64LE INT32_MIN number', () => errorName(() => Buffer.alloc(8).writeBigInt64LE(-2147483648)));
show('writeBigInt64LE huge number', () => errorName(() => Buffer.alloc(8).writeBigInt64LE(2 ** 63)));
show('writeBigUInt64BE -1 number', () => errorName(() => Buffer.alloc(8).writeBigUInt64BE(-1)));
