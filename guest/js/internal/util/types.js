'use strict';
// Brand checks behind util.types and util.inspect: what kind of value something is,
// answered without trusting its own properties.

let natives = {};
try {
  natives = require('internal/natives') || {};
} catch {
  natives = {};
}

const ObjectProtoToString = Object.prototype.toString;
const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);
const tagOf = (v) => ObjectProtoToString.call(v);
const getterOf = (proto, name) => {
  const d = proto && Object.getOwnPropertyDescriptor(proto, name);
  return d ? d.get : undefined;
};
const setSize = getterOf(Set.prototype, 'size');
const mapSize = getterOf(Map.prototype, 'size');
const isObjectLike = (v) => v !== null && (typeof v === 'object' || typeof v === 'function');

// ---------------------------------------------------------------- brand checks
function brandCheck(fn, ...args) {
  if (typeof fn !== 'function') return () => false;
  return (v) => {
    if (!isObjectLike(v)) return false;
    try {
      fn.apply(v, args);
      return true;
    } catch {
      return false;
    }
  };
}

const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTagGetter = getterOf(TypedArrayProto, Symbol.toStringTag);
const typedArrayTag = (v) => typedArrayTagGetter.call(v);
const regExpGlobal = getterOf(RegExp.prototype, 'global');
const AsyncFunctionProto = Object.getPrototypeOf(async function () {});
const GeneratorFunctionProto = Object.getPrototypeOf(function* () {});
const AsyncGeneratorFunctionProto = Object.getPrototypeOf(async function* () {});
const GeneratorProto = GeneratorFunctionProto.prototype;
const AsyncGeneratorProto = AsyncGeneratorFunctionProto.prototype;
const MapIteratorProto = Object.getPrototypeOf(new Map().entries());
const SetIteratorProto = Object.getPrototypeOf(new Set().values());
const inChain = (proto, v) => {
  try {
    return Object.prototype.isPrototypeOf.call(proto, v);
  } catch {
    return false;
  }
};
const SAB = typeof SharedArrayBuffer === 'function' ? SharedArrayBuffer : undefined;

const isDate = brandCheck(Date.prototype.getTime);
const isMap = brandCheck(mapSize);
const isSet = brandCheck(setSize);
const isWeakMap = brandCheck(WeakMap.prototype.has, {});
const isWeakSet = brandCheck(WeakSet.prototype.has, {});
const isArrayBuffer = brandCheck(getterOf(ArrayBuffer.prototype, 'byteLength'));
const isSharedArrayBuffer = SAB ? brandCheck(getterOf(SAB.prototype, 'byteLength')) : () => false;
const isAnyArrayBuffer = (v) => isArrayBuffer(v) || isSharedArrayBuffer(v);
const isDataView = brandCheck(getterOf(DataView.prototype, 'buffer'));
const objectBrand = (fn) => {
  const check = brandCheck(fn);
  return (v) => typeof v === 'object' && check(v);
};
const isNumberObject = objectBrand(Number.prototype.valueOf);
const isStringObject = objectBrand(String.prototype.valueOf);
const isBooleanObject = objectBrand(Boolean.prototype.valueOf);
const isBigIntObject = objectBrand(typeof BigInt === 'function' ? BigInt.prototype.valueOf : undefined);
const isSymbolObject = objectBrand(Symbol.prototype.valueOf);
const isBoxedPrimitive = (v) =>
  isNumberObject(v) || isStringObject(v) || isBooleanObject(v) || isBigIntObject(v) || isSymbolObject(v);
const isTypedArray = (v) => typedArrayTag(v) !== undefined;
const typedKind = (name) => (v) => typedArrayTag(v) === name;
const isArrayBufferView = (v) => ArrayBuffer.isView(v);
function isRegExp(v) {
  if (!isObjectLike(v)) return false;
  try {
    return typeof regExpGlobal.call(v) === 'boolean';
  } catch {
    return false;
  }
}
function isPromise(v) {
  if (!isObjectLike(v)) return false;
  if (typeof natives.isPromise === 'function') {
    try {
      return !!natives.isPromise(v);
    } catch {
      return false;
    }
  }
  if (!(v instanceof Promise) && tagOf(v) !== '[object Promise]') return false;
  return typeof natives.promiseState === 'function' ? promiseDetails(v) !== undefined : v instanceof Promise;
}
function promiseDetails(p) {
  if (typeof natives.promiseState !== 'function') return undefined;
  try {
    const r = natives.promiseState(p);
    if (r && typeof r[0] === 'number') return r;
  } catch {}
  return undefined;
}
const isAsyncFunction = (v) =>
  typeof v === 'function' && (inChain(AsyncFunctionProto, v) || inChain(AsyncGeneratorFunctionProto, v));
const isGeneratorFunction = (v) =>
  typeof v === 'function' && (inChain(GeneratorFunctionProto, v) || inChain(AsyncGeneratorFunctionProto, v));
const isGeneratorObject = (v) => isObjectLike(v) && (inChain(GeneratorProto, v) || inChain(AsyncGeneratorProto, v));
const isMapIterator = (v) => isObjectLike(v) && inChain(MapIteratorProto, v);
const isSetIterator = (v) => isObjectLike(v) && inChain(SetIteratorProto, v);
const isArgumentsObject = (v) => isObjectLike(v) && !Array.isArray(v) && tagOf(v) === '[object Arguments]';
function isNativeError(v) {
  if (!isObjectLike(v)) return false;
  if (typeof Error.isError === 'function') return Error.isError(v);
  try {
    return tagOf(v) === '[object Error]' && v[Symbol.toStringTag] === undefined;
  } catch {
    return false;
  }
}
function isModuleNamespaceObject(v) {
  if (!isObjectLike(v) || Object.getPrototypeOf(v) !== null || Object.isExtensible(v)) return false;
  const d = Object.getOwnPropertyDescriptor(v, Symbol.toStringTag);
  return d !== undefined && d.value === 'Module' && !d.writable && !d.enumerable;
}
function isProxy(v) {
  if (typeof natives.isProxy !== 'function' || !isObjectLike(v)) return false;
  try {
    return !!natives.isProxy(v);
  } catch {
    return false;
  }
}
const isError = (v) => isNativeError(v) || v instanceof Error;

const types = {
  isExternal: () => false,
  isDate,
  isArgumentsObject,
  isBigIntObject,
  isBooleanObject,
  isNumberObject,
  isStringObject,
  isSymbolObject,
  isNativeError,
  isRegExp,
  isAsyncFunction,
  isGeneratorFunction,
  isGeneratorObject,
  isPromise,
  isMap,
  isSet,
  isMapIterator,
  isSetIterator,
  isWeakMap,
  isWeakSet,
  isArrayBuffer,
  isDataView,
  isSharedArrayBuffer,
  isProxy,
  isModuleNamespaceObject,
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isArrayBufferView,
  isTypedArray,
  isUint8Array: typedKind('Uint8Array'),
  isUint8ClampedArray: typedKind('Uint8ClampedArray'),
  isUint16Array: typedKind('Uint16Array'),
  isUint32Array: typedKind('Uint32Array'),
  isInt8Array: typedKind('Int8Array'),
  isInt16Array: typedKind('Int16Array'),
  isInt32Array: typedKind('Int32Array'),
  isFloat32Array: typedKind('Float32Array'),
  isFloat64Array: typedKind('Float64Array'),
  isBigInt64Array: typedKind('BigInt64Array'),
  isBigUint64Array: typedKind('BigUint64Array'),
  isKeyObject: () => false,
  isCryptoKey: () => false,
};


module.exports = {
  natives, ObjectProtoToString, hasOwn, isEnumerable, tagOf, getterOf, setSize, mapSize, isObjectLike,
  brandCheck, TypedArrayProto, typedArrayTagGetter, typedArrayTag, regExpGlobal, AsyncFunctionProto,
  GeneratorFunctionProto, AsyncGeneratorFunctionProto, GeneratorProto, AsyncGeneratorProto, MapIteratorProto,
  SetIteratorProto, inChain, SAB, isDate, isMap, isSet, isWeakMap, isWeakSet, isArrayBuffer,
  isSharedArrayBuffer, isAnyArrayBuffer, isDataView, objectBrand, isNumberObject, isStringObject,
  isBooleanObject, isBigIntObject, isSymbolObject, isBoxedPrimitive, isTypedArray, typedKind,
  isArrayBufferView, isRegExp, isPromise, promiseDetails, isAsyncFunction, isGeneratorFunction,
  isGeneratorObject, isMapIterator, isSetIterator, isArgumentsObject, isNativeError, isModuleNamespaceObject,
  isProxy, isError, types,
};
