'use strict';
// util.format and util.formatWithOptions (%s %d %i %f %j %o %O %c), on top of util.inspect.

const {
  inspectDefaultOptions, customInspectSymbol, colors, styles, stylizeNoColor, builtInObjects, inspect,
} = require('internal/inspect');
const { formatNumber, formatBigInt } = require('internal/util/strings');
const { hasOwn } = require('internal/util/types');

// ---------------------------------------------------------------- format
function hasBuiltInToString(value) {
  if (typeof value.toString !== 'function') return true;
  if (hasOwn(value, 'toString')) return false;
  let pointer = value;
  do {
    pointer = Object.getPrototypeOf(pointer);
  } while (pointer !== null && !hasOwn(pointer, 'toString'));
  if (pointer === null) return true;
  const desc = Object.getOwnPropertyDescriptor(pointer, 'constructor');
  return desc !== undefined && typeof desc.value === 'function' && builtInObjects.has(desc.value.name);
}

let circularMessage;
function tryStringify(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    if (circularMessage === undefined) {
      try {
        const a = {};
        a.a = a;
        JSON.stringify(a);
      } catch (e) {
        circularMessage = String(e && e.message).split('\n')[0];
      }
    }
    if (err && err.name === 'TypeError' && String(err.message).split('\n')[0] === circularMessage) return '[Circular]';
    throw err;
  }
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let tempStr;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const next = first[++i];
      if (a + 1 !== args.length) {
        switch (next) {
          case 's': {
            const arg = args[++a];
            if (typeof arg === 'number') tempStr = formatNumber(stylizeNoColor, arg, false);
            else if (typeof arg === 'bigint') tempStr = formatBigInt(stylizeNoColor, arg, false);
            else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) tempStr = String(arg);
            else tempStr = inspect(arg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
            break;
          }
          case 'j':
            tempStr = tryStringify(args[++a]);
            break;
          case 'd': {
            const arg = args[++a];
            if (typeof arg === 'bigint') tempStr = formatBigInt(stylizeNoColor, arg, false);
            else if (typeof arg === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumber(stylizeNoColor, Number(arg), false);
            break;
          }
          case 'O':
            tempStr = inspect(args[++a], inspectOptions);
            break;
          case 'o':
            tempStr = inspect(args[++a], { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
            break;
          case 'i': {
            const arg = args[++a];
            if (typeof arg === 'bigint') tempStr = formatBigInt(stylizeNoColor, arg, false);
            else if (typeof arg === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumber(stylizeNoColor, Number.parseInt(arg), false);
            break;
          }
          case 'f': {
            const arg = args[++a];
            if (typeof arg === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumber(stylizeNoColor, Number.parseFloat(arg), false);
            break;
          }
          case 'c':
            a += 1;
            tempStr = '';
            break;
          case '%':
            str += first.slice(lastPos, i);
            lastPos = i + 1;
            continue;
          default:
            continue;
        }
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += tempStr;
        lastPos = i + 1;
      } else if (next === '%') {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }
  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('inspectOptions', 'Object', inspectOptions);
  }
  return formatWithOptionsInternal(inspectOptions, args);
}

Object.defineProperty(inspect, 'custom', {
  value: customInspectSymbol, enumerable: false, writable: false, configurable: false,
});
Object.defineProperty(inspect, 'defaultOptions', {
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    if (options === null || typeof options !== 'object') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    Object.assign(inspectDefaultOptions, options);
  },
  enumerable: false,
  configurable: false,
});
Object.defineProperty(inspect, 'colors', { value: colors, writable: true, enumerable: false, configurable: true });
Object.defineProperty(inspect, 'styles', { value: styles, writable: true, enumerable: false, configurable: true });

module.exports = { format, formatWithOptions, formatWithOptionsInternal };
