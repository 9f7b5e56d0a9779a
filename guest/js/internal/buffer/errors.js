'use strict';
// Error codes node:buffer needs beyond internal/errors, and Node's argument validators.

const { codes } = require('internal/errors');

const kMaxLength = 2 ** 32;
const kStringMaxLength = 536870888;

// The same shape as internal/errors' codes: `new X(...)` returns a plain instance of the
// base class with `code`, whose toString reads `Name [CODE]: message`.
function makeError(Base, code, message) {
  function NodeError(...args) {
    const error = new Base(typeof message === 'function' ? message(...args) : message);
    Object.defineProperties(error, {
      code: { value: code, enumerable: true, writable: true, configurable: true },
      toString: {
        value() {
          return `${this.name} [${code}]: ${this.message}`;
        },
        enumerable: false,
        writable: true,
        configurable: true,
      },
    });
    return error;
  }
  NodeError.prototype = Base.prototype;
  return NodeError;
}

const local = (code, Base, message) => codes[code] || makeError(Base, code, message);

const ERR_BUFFER_OUT_OF_BOUNDS = local('ERR_BUFFER_OUT_OF_BOUNDS', RangeError,
  (name) => (name ? `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds'));
const ERR_INVALID_BUFFER_SIZE = local('ERR_INVALID_BUFFER_SIZE', RangeError, (s) => `Buffer size must be a multiple of ${s}`);
const ERR_INVALID_STATE = local('ERR_INVALID_STATE', Error, (s) => `Invalid state: ${s}`);

// What Node's C++ layer throws: fixed messages, a `code`, and the base class's toString.
function cppError(Base, code, message) {
  return function NodeError() {
    const error = new Base(message);
    Object.defineProperty(error, 'code', { value: code, enumerable: true, writable: true, configurable: true });
    return error;
  };
}
const IndexOutOfRange = cppError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
const NotAString = cppError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');

const { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } = codes;

function validateNumber(value, name, min, max) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && Number.isNaN(value))) {
    const range = `${min != null ? `>= ${min}` : ''}${min != null && max != null ? ' && ' : ''}${max != null ? `<= ${max}` : ''}`;
    throw new ERR_OUT_OF_RANGE(name, range, value);
  }
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function validateOffset(value, name, min = 0, max = kMaxLength) {
  validateInteger(value, name, min, max);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
}

function validateArray(value, name) {
  if (!Array.isArray(value)) throw new ERR_INVALID_ARG_TYPE(name, 'Array', value);
}

module.exports = {
  makeError,
  kMaxLength,
  kStringMaxLength,
  ERR_BUFFER_OUT_OF_BOUNDS,
  ERR_INVALID_BUFFER_SIZE,
  ERR_INVALID_STATE,
  IndexOutOfRange,
  NotAString,
  validateNumber,
  validateInteger,
  validateOffset,
  validateString,
  validateArray,
};
