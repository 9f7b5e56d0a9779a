'use strict';
// Deep equality for assert: strict (util.isDeepStrictEqual) and loose (assert.deepEqual),
// where primitives compare with ==, prototypes are ignored and symbol keys skipped.

const types = require('util').types;

const { isDate, isRegExp, isNativeError, isArrayBufferView, isSet, isMap, isAnyArrayBuffer, isBoxedPrimitive,
  isFloat32Array, isFloat64Array, isNumberObject, isStringObject, isBooleanObject, isBigIntObject,
  isSymbolObject } = types;

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);
const isErrorLike = (v) => isNativeError(v) || v instanceof Error;
const isObject = (v) => typeof v === 'object' && v !== null;
const tagOf = (v) => Object.prototype.toString.call(v);

function isDeepStrictEqual(a, b) {
  return require('util').isDeepStrictEqual(a, b);
}

// Own enumerable string keys that are not array indices.
function nonIndexKeys(v) {
  return Object.keys(v).filter((k) => !(String(k >>> 0) === k && (k >>> 0) !== 0xffffffff));
}

function bytes(v) {
  return isArrayBufferView(v) ? new Uint8Array(v.buffer, v.byteOffset, v.byteLength) : new Uint8Array(v);
}

function sameBytes(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  const x = bytes(a);
  const y = bytes(b);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function sameBoxed(a, b) {
  const unbox = (v) => {
    if (isNumberObject(v)) return ['n', Number.prototype.valueOf.call(v)];
    if (isStringObject(v)) return ['s', String.prototype.valueOf.call(v)];
    if (isBooleanObject(v)) return ['b', Boolean.prototype.valueOf.call(v)];
    if (isBigIntObject(v)) return ['i', BigInt.prototype.valueOf.call(v)];
    if (isSymbolObject(v)) return ['y', Symbol.prototype.valueOf.call(v)];
    return null;
  };
  const x = unbox(a);
  const y = unbox(b);
  if (!x || !y || x[0] !== y[0]) return false;
  return Object.is(x[1], y[1]);
}

function looseEqual(a, b, memos) {
  if (a === b) return true;
  if (!isObject(a)) {
    if (isObject(b)) return false;
    // eslint-disable-next-line eqeqeq
    return a == b || (Number.isNaN(a) && Number.isNaN(b));
  }
  if (!isObject(b)) return false;
  if (tagOf(a) !== tagOf(b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    const ka = nonIndexKeys(a);
    if (ka.length !== nonIndexKeys(b).length) return false;
    return compareKeys(a, b, memos, 'array', ka);
  }
  if (tagOf(a) === '[object Object]') return compareKeys(a, b, memos, 'object');
  if (isDate(a)) {
    if (!isDate(b) || a.getTime() !== b.getTime()) return false;
  } else if (isRegExp(a)) {
    if (!isRegExp(b) || a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) return false;
  } else if (isErrorLike(a)) {
    if (!isErrorLike(b) || a.message !== b.message || a.name !== b.name) return false;
  } else if (isArrayBufferView(a)) {
    if (!isArrayBufferView(b)) return false;
    if (isFloat32Array(a) || isFloat64Array(a)) {
      if (a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    } else if (!sameBytes(a, b)) {
      return false;
    }
    const ka = nonIndexKeys(a);
    if (ka.length !== nonIndexKeys(b).length) return false;
    return compareKeys(a, b, memos, 'object', ka);
  } else if (isSet(a)) {
    if (!isSet(b) || a.size !== b.size) return false;
    return compareKeys(a, b, memos, 'set');
  } else if (isMap(a)) {
    if (!isMap(b) || a.size !== b.size) return false;
    return compareKeys(a, b, memos, 'map');
  } else if (isAnyArrayBuffer(a)) {
    if (!isAnyArrayBuffer(b) || !sameBytes(a, b)) return false;
  } else if (isBoxedPrimitive(a)) {
    if (!sameBoxed(a, b)) return false;
  } else if (Array.isArray(b) || isArrayBufferView(b) || isSet(b) || isMap(b) || isDate(b) || isRegExp(b) ||
             isAnyArrayBuffer(b) || isBoxedPrimitive(b) || isErrorLike(b)) {
    return false;
  }
  return compareKeys(a, b, memos, 'object');
}

function compareKeys(a, b, memos, kind, keys) {
  if (keys === undefined) {
    keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
  }
  for (const k of keys) if (!isEnumerable(b, k)) return false;
  if (keys.length === 0 && (kind === 'object' || (kind === 'array' && a.length === 0) || a.size === 0)) return true;

  // Cycles: a pair already being compared higher up counts as equal when both sides
  // were entered at the same depth.
  if (memos === undefined) {
    memos = { a: new Map(), b: new Map(), depth: 0 };
  } else {
    const da = memos.a.get(a);
    if (da !== undefined) {
      const db = memos.b.get(b);
      if (db !== undefined) return da === db;
    }
    memos.depth++;
  }
  memos.a.set(a, memos.depth);
  memos.b.set(b, memos.depth);
  const result = compareEntries(a, b, memos, kind, keys);
  memos.a.delete(a);
  memos.b.delete(b);
  return result;
}

function compareEntries(a, b, memos, kind, keys) {
  if (kind === 'set') {
    if (!sameSetLoose(a, b, memos)) return false;
  } else if (kind === 'map') {
    if (!sameMapLoose(a, b, memos)) return false;
  } else if (kind === 'array') {
    for (let i = 0; i < a.length; i++) {
      const inA = hasOwn(a, i);
      if (inA !== hasOwn(b, i)) return false;
      if (inA && !looseEqual(a[i], b[i], memos)) return false;
    }
  }
  for (const k of keys) if (!looseEqual(a[k], b[k], memos)) return false;
  return true;
}

// Each element of `a` must pair with a distinct, loosely equal element of `b`.
function sameSetLoose(a, b, memos) {
  const pool = [...b];
  for (const v of a) {
    if (!isObject(v) && b.has(v)) {
      const i = pool.indexOf(v);
      if (i !== -1) {
        pool.splice(i, 1);
        continue;
      }
    }
    const i = pool.findIndex((w) => looseEqual(v, w, memos));
    if (i === -1) return false;
    pool.splice(i, 1);
  }
  return true;
}

function sameMapLoose(a, b, memos) {
  const pool = [...b];
  for (const [k, v] of a) {
    let i = -1;
    if (!isObject(k) && b.has(k)) i = pool.findIndex(([k2]) => k2 === k);
    if (i !== -1 && !looseEqual(v, pool[i][1], memos)) i = -1;
    if (i === -1) i = pool.findIndex(([k2, v2]) => looseEqual(k, k2, memos) && looseEqual(v, v2, memos));
    if (i === -1) return false;
    pool.splice(i, 1);
  }
  return true;
}

function isDeepEqual(a, b) {
  return looseEqual(a, b, undefined);
}

module.exports = { isDeepEqual, isDeepStrictEqual };
