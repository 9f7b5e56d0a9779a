'use strict';
// node:util — format/inspect (from internal/inspect), promisify, deprecate, deep equality, parseArgs and friends.

const insp = require('internal/inspect');
const { inspect, format, formatWithOptions, types } = insp;
const errors = require('internal/errors');
const { codes } = errors;
const { MIMEType, MIMEParams } = require('internal/util/mime');
const { validateFunction, validateString, validateBoolean, validateObject } = require('internal/validators');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_FALSY_VALUE_REJECTION } = codes;

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);
const proc = () => globalThis.process;

// A Node-style error with `code` for codes internal/errors does not define.
function nodeError(Base, code, message) {
  const err = new Base(message);
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(err, 'toString', {
    value() { return `${Base.name} [${code}]: ${this.message}`; }, enumerable: false, writable: true, configurable: true,
  });
  return err;
}

function validateArray(v, name) {
  if (!Array.isArray(v)) throw new ERR_INVALID_ARG_TYPE(name, 'Array', v);
}

// ---------------------------------------------------------------- classic helpers
function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const kCustomPromisified = Symbol.for('nodejs.util.promisify.custom');
// Internal: callback results named by these keys resolve as an object (like dns.lookup).
const kCustomPromisifyArgs = Symbol('customPromisifyArgs');

function copyProps(target, source, adjust) {
  const descs = Object.getOwnPropertyDescriptors(source);
  if (adjust) adjust(descs);
  for (const d of Object.values(descs)) Object.setPrototypeOf(d, null);
  return Object.defineProperties(target, descs);
}

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisified]) {
    const fn = original[kCustomPromisified];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisified, {
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  const argumentNames = original[kCustomPromisifyArgs];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisified, { value: fn, enumerable: false, writable: false, configurable: true });
  return copyProps(fn, original);
}
promisify.custom = kCustomPromisified;

function nextTick(fn, ...args) {
  const p = proc();
  if (p && typeof p.nextTick === 'function') p.nextTick(fn, ...args);
  else queueMicrotask(() => fn(...args));
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => nextTick(cb, null, ret),
      (rej) => nextTick(callbackifyOnRejected, rej, cb));
  }
  return copyProps(callbackified, original, (descs) => {
    if (typeof descs.length.value === 'number') descs.length.value++;
    if (typeof descs.name.value === 'string') descs.name.value += 'Callbackified';
  });
}
function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    const err = new ERR_FALSY_VALUE_REJECTION();
    err.reason = reason;
    reason = err;
  }
  return cb(reason);
}

const codesWarned = new Set();
function deprecate(fn, msg, code) {
  if (code !== undefined) validateString(code, 'code');
  let warned = false;
  function deprecated(...args) {
    const pr = proc();
    if (!warned && !(pr && pr.noDeprecation)) {
      warned = true;
      if (pr && typeof pr.emitWarning === 'function') {
        if (code !== undefined) {
          if (!codesWarned.has(code)) {
            pr.emitWarning(msg, 'DeprecationWarning', code, deprecated);
            codesWarned.add(code);
          }
        } else {
          pr.emitWarning(msg, 'DeprecationWarning', deprecated);
        }
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

let debugTest;
function debugEnabled(set) {
  if (debugTest === undefined) {
    const p = proc();
    let env = p && p.env ? p.env.NODE_DEBUG : undefined;
    if (env) {
      env = String(env).replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replaceAll('*', '.*').replaceAll(',', '$|^');
      const re = new RegExp(`^${env}$`, 'i');
      debugTest = (s) => re.test(s);
    } else {
      debugTest = () => false;
    }
  }
  return debugTest(set);
}

function debuglog(set, cb) {
  let enabled;
  let impl;
  const init = () => {
    if (impl !== undefined) return;
    set = String(set).toUpperCase();
    enabled = debugEnabled(set);
    impl = enabled ? (...args) => {
      const p = proc();
      const msg = formatWithOptions({ colors: shouldColorize(p && p.stderr) }, ...args);
      const line = `${set} ${p ? p.pid : 0}: ${msg}\n`;
      if (p && p.stderr && typeof p.stderr.write === 'function') p.stderr.write(line);
      else if (typeof console !== 'undefined') console.error(line.slice(0, -1));
    } : () => {};
  };
  let called = false;
  const logger = (...args) => {
    init();
    if (!called) {
      called = true;
      if (typeof cb === 'function') cb(impl);
    }
    impl(...args);
  };
  Object.defineProperty(logger, 'enabled', {
    get() { init(); return enabled; }, configurable: true, enumerable: true,
  });
  return logger;
}

function shouldColorize(stream) {
  const p = proc();
  const env = (p && p.env) || {};
  if (env.FORCE_COLOR !== undefined) return !['0', 'false'].includes(String(env.FORCE_COLOR));
  if (!stream || !stream.isTTY) return false;
  if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined || env.TERM === 'dumb') return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

function toUSVString(input) {
  const str = `${input}`;
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff && i + 1 < str.length) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
    }
    out += `${str.slice(last, i)}\ufffd`;
    last = i + 1;
  }
  return last === 0 ? str : out + str.slice(last);
}

function stripVTControlCharacters(str) {
  validateString(str, 'str');
  return insp.stripVTControlCharacters(str);
}

function styleText(fmt, text, { validateStream = true, stream = proc() && proc().stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  const skip = validateStream && !shouldColorize(stream);
  const code = (key) => {
    const c = inspect.colors[key];
    if (c == null) {
      const allowed = Object.keys(inspect.colors).map((k) => `'${k}'`).join(', ');
      throw new ERR_INVALID_ARG_VALUE('format', key, `must be one of: ${allowed}`);
    }
    return c;
  };
  if (Array.isArray(fmt)) {
    let left = '';
    let right = '';
    for (const key of fmt) {
      const c = code(key);
      left += `\u001b[${c[0]}m`;
      right = `\u001b[${c[1]}m${right}`;
    }
    return `${left}${text}${right}`;
  }
  const c = code(fmt);
  if (skip) return text;
  return `\u001b[${c[0]}m${text}\u001b[${c[1]}m`;
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function log(...args) {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  console.log('%s - %s', `${d.getDate()} ${months[d.getMonth()]} ${time}`, format(...args));
}

// ---------------------------------------------------------------- system errors
const errmapSource =
  '7:E2BIG:argument list too long|13:EACCES:permission denied|98:EADDRINUSE:address already in use|' +
  '99:EADDRNOTAVAIL:address not available|97:EAFNOSUPPORT:address family not supported|' +
  '11:EAGAIN:resource temporarily unavailable|3000:EAI_ADDRFAMILY:address family not supported|' +
  '3001:EAI_AGAIN:temporary failure|3002:EAI_BADFLAGS:bad ai_flags value|' +
  '3013:EAI_BADHINTS:invalid value for hints|3003:EAI_CANCELED:request canceled|' +
  '3004:EAI_FAIL:permanent failure|3005:EAI_FAMILY:ai_family not supported|' +
  '3006:EAI_MEMORY:out of memory|3007:EAI_NODATA:no address|3008:EAI_NONAME:unknown node or service|' +
  '3009:EAI_OVERFLOW:argument buffer overflow|3014:EAI_PROTOCOL:resolved protocol is unknown|' +
  '3010:EAI_SERVICE:service not available for socket type|3011:EAI_SOCKTYPE:socket type not supported|' +
  '114:EALREADY:connection already in progress|9:EBADF:bad file descriptor|' +
  '16:EBUSY:resource busy or locked|125:ECANCELED:operation canceled|' +
  '4080:ECHARSET:invalid Unicode character|103:ECONNABORTED:software caused connection abort|' +
  '111:ECONNREFUSED:connection refused|104:ECONNRESET:connection reset by peer|' +
  '89:EDESTADDRREQ:destination address required|17:EEXIST:file already exists|' +
  '14:EFAULT:bad address in system call argument|27:EFBIG:file too large|' +
  '113:EHOSTUNREACH:host is unreachable|4:EINTR:interrupted system call|22:EINVAL:invalid argument|' +
  '5:EIO:i/o error|106:EISCONN:socket is already connected|21:EISDIR:illegal operation on a directory|' +
  '40:ELOOP:too many symbolic links encountered|24:EMFILE:too many open files|' +
  '90:EMSGSIZE:message too long|36:ENAMETOOLONG:name too long|100:ENETDOWN:network is down|' +
  '101:ENETUNREACH:network is unreachable|23:ENFILE:file table overflow|' +
  '105:ENOBUFS:no buffer space available|19:ENODEV:no such device|2:ENOENT:no such file or directory|' +
  '12:ENOMEM:not enough memory|64:ENONET:machine is not on the network|' +
  '92:ENOPROTOOPT:protocol not available|28:ENOSPC:no space left on device|' +
  '38:ENOSYS:function not implemented|107:ENOTCONN:socket is not connected|20:ENOTDIR:not a directory|' +
  '39:ENOTEMPTY:directory not empty|88:ENOTSOCK:socket operation on non-socket|' +
  '95:ENOTSUP:operation not supported on socket|75:EOVERFLOW:value too large for defined data type|' +
  '1:EPERM:operation not permitted|32:EPIPE:broken pipe|71:EPROTO:protocol error|' +
  '93:EPROTONOSUPPORT:protocol not supported|91:EPROTOTYPE:protocol wrong type for socket|' +
  '34:ERANGE:result too large|30:EROFS:read-only file system|' +
  '108:ESHUTDOWN:cannot send after transport endpoint shutdown|29:ESPIPE:invalid seek|' +
  '3:ESRCH:no such process|110:ETIMEDOUT:connection timed out|26:ETXTBSY:text file is busy|' +
  '18:EXDEV:cross-device link not permitted|4094:UNKNOWN:unknown error|4095:EOF:end of file|' +
  '6:ENXIO:no such device or address|31:EMLINK:too many links|112:EHOSTDOWN:host is down|' +
  '121:EREMOTEIO:remote I/O error|25:ENOTTY:inappropriate ioctl for device|' +
  '4028:EFTYPE:inappropriate file type or format|84:EILSEQ:illegal byte sequence|' +
  '94:ESOCKTNOSUPPORT:socket type not supported|61:ENODATA:no data available|' +
  '49:EUNATCH:protocol driver not attached'
;
let errmap;
function getSystemErrorMap() {
  if (errmap === undefined) {
    errmap = new Map();
    for (const entry of errmapSource.split('|')) {
      const [n, name, msg] = entry.split(':');
      errmap.set(-Number(n), [name, msg]);
    }
  }
  return errmap;
}
function validateErrno(err) {
  if (typeof err !== 'number') throw new ERR_INVALID_ARG_TYPE('err', 'number', err);
  if (err >= 0 || !Number.isSafeInteger(err)) throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
}
function getSystemErrorName(err) {
  validateErrno(err);
  const e = getSystemErrorMap().get(err);
  return e ? e[0] : `Unknown system error ${err}`;
}
function _errnoException(err, syscall, original) {
  const name = getSystemErrorName(err);
  const message = original ? `${syscall} ${name} ${original}` : `${syscall} ${name}`;
  const ex = new Error(message);
  ex.errno = err;
  ex.code = name;
  ex.syscall = syscall;
  return ex;
}
function _exceptionWithHostPort(err, syscall, address, port, additional) {
  const code = getSystemErrorName(err);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  if (additional) details += ` - Local (${additional})`;
  const ex = new Error(`${syscall} ${code}${details}`);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}

// ---------------------------------------------------------------- isDeepStrictEqual
const { isDate, isRegExp, isNativeError, isArrayBufferView, isSet, isMap, isAnyArrayBuffer, isBoxedPrimitive,
  isNumberObject, isStringObject, isBooleanObject, isBigIntObject, isSymbolObject } = types;
const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;
const isErrorLike = (v) => isNativeError(v) || v instanceof Error;

const enumerableNonIndexKeys = (v) => insp.getOwnNonIndexProperties(v, false, v.length);

function bytesOf(v) {
  return isArrayBufferView(v) ? new Uint8Array(v.buffer, v.byteOffset, v.byteLength) : new Uint8Array(v);
}
function equalBytes(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  const x = bytesOf(a);
  const y = bytesOf(b);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function equalBoxed(a, b) {
  if (isNumberObject(a)) return isNumberObject(b) && Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  if (isStringObject(a)) return isStringObject(b) && String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  if (isBooleanObject(a)) return isBooleanObject(b) && Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  if (isBigIntObject(a)) return isBigIntObject(b) && BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  if (isSymbolObject(a)) return isSymbolObject(b) && Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
  return false;
}

function innerDeepEqual(a, b, memos) {
  if (a === b) return a !== 0 || Object.is(a, b);
  if (typeof a !== 'object') return typeof a === 'number' && Number.isNaN(a) && Number.isNaN(b);
  if (typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const tagA = Object.prototype.toString.call(a);
  if (tagA !== Object.prototype.toString.call(b)) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    const keysA = enumerableNonIndexKeys(a);
    if (keysA.length !== enumerableNonIndexKeys(b).length) return false;
    return keyCheck(a, b, memos, kIsArray, keysA);
  } else if (tagA === '[object Object]') {
    return keyCheck(a, b, memos, kNoIterator);
  } else if (isDate(a)) {
    if (!isDate(b) || Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) return false;
  } else if (isRegExp(a)) {
    if (!isRegExp(b) || a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) return false;
  } else if (isErrorLike(a)) {
    if (!isErrorLike(b) || a.message !== b.message || a.name !== b.name) return false;
  } else if (isArrayBufferView(a)) {
    if (!isArrayBufferView(b) || !equalBytes(a, b)) return false;
    const keysA = enumerableNonIndexKeys(a);
    if (keysA.length !== enumerableNonIndexKeys(b).length) return false;
    return keyCheck(a, b, memos, kNoIterator, keysA);
  } else if (isSet(a)) {
    if (!isSet(b) || a.size !== b.size) return false;
    return keyCheck(a, b, memos, kIsSet);
  } else if (isMap(a)) {
    if (!isMap(b) || a.size !== b.size) return false;
    return keyCheck(a, b, memos, kIsMap);
  } else if (isAnyArrayBuffer(a)) {
    if (!isAnyArrayBuffer(b) || !equalBytes(a, b)) return false;
  } else if (isBoxedPrimitive(a)) {
    if (!equalBoxed(a, b)) return false;
  } else if (Array.isArray(b) || isArrayBufferView(b) || isSet(b) || isMap(b) || isDate(b) || isRegExp(b) ||
             isAnyArrayBuffer(b) || isBoxedPrimitive(b) || isErrorLike(b)) {
    return false;
  }
  return keyCheck(a, b, memos, kNoIterator);
}

function keyCheck(a, b, memos, iterationType, keysA) {
  if (keysA === undefined) {
    keysA = Object.keys(a);
    if (keysA.length !== Object.keys(b).length) return false;
    for (const k of keysA) if (!isEnumerable(b, k)) return false;
    const symA = Object.getOwnPropertySymbols(a).filter((s) => isEnumerable(a, s));
    const symB = Object.getOwnPropertySymbols(b).filter((s) => isEnumerable(b, s));
    if (symA.length !== symB.length) return false;
    for (const s of symA) if (!isEnumerable(b, s)) return false;
    keysA.push(...symA);
  } else {
    for (const k of keysA) if (!isEnumerable(b, k)) return false;
  }
  if (keysA.length === 0 && (iterationType === kNoIterator ||
      (iterationType === kIsArray && a.length === 0) || a.size === 0)) {
    return true;
  }
  if (memos === undefined) {
    memos = { a: new Map(), b: new Map(), position: 0 };
  } else {
    const ma = memos.a.get(a);
    if (ma !== undefined) {
      const mb = memos.b.get(b);
      if (mb !== undefined) return ma === mb;
    }
    memos.position++;
  }
  memos.a.set(a, memos.position);
  memos.b.set(b, memos.position);
  const eq = objEquiv(a, b, keysA, memos, iterationType);
  memos.a.delete(a);
  memos.b.delete(b);
  return eq;
}

function objEquiv(a, b, keys, memos, iterationType) {
  if (iterationType === kIsSet) {
    if (!setEquiv(a, b, memos)) return false;
  } else if (iterationType === kIsMap) {
    if (!mapEquiv(a, b, memos)) return false;
  } else if (iterationType === kIsArray) {
    for (let i = 0; i < a.length; i++) {
      if (hasOwn(a, i)) {
        if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], memos)) return false;
      } else if (hasOwn(b, i)) {
        return false;
      } else {
        const keysA = Object.keys(a);
        for (; i < keysA.length; i++) {
          const key = keysA[i];
          if (!hasOwn(b, key) || !innerDeepEqual(a[key], b[key], memos)) return false;
        }
        return keysA.length === Object.keys(b).length;
      }
    }
  }
  for (const key of keys) if (!innerDeepEqual(a[key], b[key], memos)) return false;
  return true;
}

const isObj = (v) => typeof v === 'object' && v !== null;
function setEquiv(a, b, memos) {
  let pending = null;
  for (const v of a) {
    if (isObj(v)) (pending || (pending = new Set())).add(v);
    else if (!b.has(v)) return false;
  }
  if (pending === null) return true;
  for (const v of b) {
    if (!isObj(v)) continue;
    let found = false;
    for (const w of pending) {
      if (innerDeepEqual(v, w, memos)) {
        pending.delete(w);
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return pending.size === 0;
}
function mapEquiv(a, b, memos) {
  let pending = null;
  for (const [k, v] of a) {
    if (isObj(k)) {
      (pending || (pending = new Set())).add(k);
    } else {
      const w = b.get(k);
      if ((w === undefined && !b.has(k)) || !innerDeepEqual(v, w, memos)) return false;
    }
  }
  if (pending === null) return true;
  for (const [k, v] of b) {
    if (!isObj(k)) continue;
    let found = false;
    for (const k2 of pending) {
      if (innerDeepEqual(k, k2, memos) && innerDeepEqual(v, a.get(k2), memos)) {
        pending.delete(k2);
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return pending.size === 0;
}

function isDeepStrictEqual(a, b) {
  return innerDeepEqual(a, b, undefined);
}

// ---------------------------------------------------------------- parseArgs
const parseErr = {
  value: (msg) => nodeError(TypeError, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', msg),
  unknown: (opt, allowPositionals) => nodeError(TypeError, 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
    `Unknown option '${opt}'${allowPositionals ? `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(opt)}` : ''}`),
  positional: (v) => nodeError(TypeError, 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
    `Unexpected argument '${v}'. This command does not take positional arguments`),
};
const getOwn = (o, k) => (hasOwn(o, k) ? o[k] : undefined);
const optionGet = (options, name, prop) => (hasOwn(options, name) ? getOwn(options[name], prop) : undefined);
function longForShort(short, options) {
  for (const name of Object.keys(options)) if (getOwn(options[name], 'short') === short) return name;
  return short;
}
const isShortish = (arg) => arg.length > 2 && arg[0] === '-' && arg[1] !== '-';

function mainArgs() {
  const p = proc();
  if (!p || !Array.isArray(p.argv)) return [];
  const execArgv = p.execArgv || [];
  if (execArgv.some((a) => ['-e', '--eval', '-p', '--print'].includes(a) || /^--(eval|print)=/.test(a))) {
    return p.argv.slice(1);
  }
  return p.argv.slice(2);
}

function tokenize(args, options) {
  const tokens = [];
  const rest = args.slice();
  let index = -1;
  let groupCount = 0;
  while (rest.length > 0) {
    const arg = rest.shift();
    const next = rest[0];
    if (groupCount > 0) groupCount--;
    else index++;
    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const a of rest) tokens.push({ kind: 'positional', index: ++index, value: a });
      break;
    }
    if (arg.length === 2 && arg[0] === '-' && arg[1] !== '-') {
      const name = longForShort(arg[1], options);
      let value;
      let inlineValue;
      if (optionGet(options, name, 'type') === 'string' && next != null) {
        value = rest.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) ++index;
      continue;
    }
    if (isShortish(arg)) {
      const name = longForShort(arg[1], options);
      if (optionGet(options, name, 'type') !== 'string') {
        const expanded = [];
        for (let i = 1; i < arg.length; i++) {
          const n = longForShort(arg[i], options);
          if (optionGet(options, n, 'type') !== 'string' || i === arg.length - 1) {
            expanded.push(`-${arg[i]}`);
          } else {
            expanded.push(`-${arg.slice(i)}`);
            break;
          }
        }
        rest.unshift(...expanded);
        groupCount = expanded.length;
        continue;
      }
      tokens.push({ kind: 'option', name, rawName: `-${arg[1]}`, index, value: arg.slice(2), inlineValue: true });
      continue;
    }
    if (arg.length > 2 && arg.startsWith('--')) {
      const eq = arg.indexOf('=', 3);
      if (eq === -1) {
        const name = arg.slice(2);
        let value;
        let inlineValue;
        if (optionGet(options, name, 'type') === 'string' && next != null) {
          value = rest.shift();
          inlineValue = false;
        }
        tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
        if (value != null) ++index;
      } else {
        const name = arg.slice(2, eq);
        tokens.push({ kind: 'option', name, rawName: `--${name}`, index, value: arg.slice(eq + 1), inlineValue: true });
      }
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function parseArgs(config = {}) {
  const args = getOwn(config, 'args') ?? mainArgs();
  const strict = getOwn(config, 'strict') ?? true;
  const allowPositionals = getOwn(config, 'allowPositionals') ?? !strict;
  const returnTokens = getOwn(config, 'tokens') ?? false;
  const options = getOwn(config, 'options') ?? { __proto__: null };
  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateObject(options, 'options');
  for (const [name, opt] of Object.entries(options)) {
    validateObject(opt, `options.${name}`);
    const type = getOwn(opt, 'type');
    if (type !== 'string' && type !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE(`options.${name}.type`, "('string|boolean')", type);
    }
    if (hasOwn(opt, 'short')) {
      validateString(opt.short, `options.${name}.short`);
      if (opt.short.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(`options.${name}.short`, opt.short, 'must be a single character');
      }
    }
    const multiple = getOwn(opt, 'multiple');
    if (hasOwn(opt, 'multiple')) validateBoolean(multiple, `options.${name}.multiple`);
    const def = getOwn(opt, 'default');
    if (def !== undefined) {
      const check = type === 'string' ? validateString : validateBoolean;
      if (multiple) {
        validateArray(def, `options.${name}.default`);
        def.forEach((v, i) => check(v, `options.${name}.default[${i}]`));
      } else {
        check(def, `options.${name}.default`);
      }
    }
  }
  const tokens = tokenize(args, options);
  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        if (!hasOwn(options, token.name)) throw parseErr.unknown(token.rawName, allowPositionals);
        const short = optionGet(options, token.name, 'short');
        const both = `${short ? `-${short}, ` : ''}--${token.name}`;
        const type = optionGet(options, token.name, 'type');
        if (type === 'string' && typeof token.value !== 'string') {
          throw parseErr.value(`Option '${both} <value>' argument missing`);
        }
        if (type === 'boolean' && token.value != null) {
          throw parseErr.value(`Option '${both}' does not take an argument`);
        }
        if (!token.inlineValue && typeof token.value === 'string' && token.value.length > 1 && token.value[0] === '-') {
          const example = token.rawName.startsWith('--') ? `'${token.rawName}=-XYZ'`
            : `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
          throw parseErr.value(`Option '${token.rawName}' argument is ambiguous.\n` +
            `Did you forget to specify the option argument for '${token.rawName}'?\n` +
            `To specify an option argument starting with a dash use ${example}.`);
        }
      }
      if (token.name === '__proto__') continue;
      const value = token.value ?? true;
      if (optionGet(options, token.name, 'multiple')) {
        if (result.values[token.name] === undefined) result.values[token.name] = [value];
        else result.values[token.name].push(value);
      } else {
        result.values[token.name] = value;
      }
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw parseErr.positional(token.value);
      result.positionals.push(token.value);
    }
  }
  for (const [name, opt] of Object.entries(options)) {
    const def = getOwn(opt, 'default');
    if (def !== undefined && result.values[name] === undefined && name !== '__proto__') result.values[name] = def;
  }
  return result;
}

// ---------------------------------------------------------------- parseEnv, aborted
// Node's dotenv grammar: `KEY=value` pairs found by scanning for `=` (a line without one runs
// into the next), `#` comments, optional `export `, and '', "", `` quoting ("" expands \n).
function parseEnv(content) {
  validateString(content, 'content');
  const out = {};
  const trimSpaces = (t) => t.replace(/^ +| +$/g, '');
  let rest = trimSpaces(content.replace(/\r\n?/g, '\n'));
  while (rest.length > 0) {
    if (rest[0] === '\n' || rest[0] === '#') {
      const nl = rest.indexOf('\n');
      if (nl === -1) break;
      rest = rest.slice(nl + 1);
      continue;
    }
    const eq = rest.indexOf('=');
    if (eq === -1) break;
    let key = trimSpaces(rest.slice(0, eq));
    rest = rest.slice(eq + 1).replace(/^ +/, '');
    if (key === '') continue;
    if (key.startsWith('export ')) key = key.slice(7);
    if (rest === '' || rest[0] === '\n') {
      out[key] = '';
      continue;
    }
    const q = rest[0];
    if (q === '"' || q === "'" || q === '`') {
      const close = rest.indexOf(q, 1);
      if (close !== -1) {
        let value = rest.slice(1, close);
        if (q === '"') value = value.replace(/\\n/g, '\n');
        out[key] = value;
        const nl = rest.indexOf('\n', close + 1);
        rest = nl === -1 ? '' : rest.slice(nl);
        continue;
      }
    }
    const nl = rest.indexOf('\n');
    let value = nl === -1 ? rest : rest.slice(0, nl);
    const hash = value.indexOf('#');
    if (hash !== -1) value = value.slice(0, hash);
    out[key] = trimSpaces(value);
    rest = nl === -1 ? '' : rest.slice(nl);
  }
  // Node collects the pairs in a sorted map.
  const sorted = {};
  for (const k of Object.keys(out).sort()) sorted[k] = out[k];
  return sorted;
}

function aborted(signal, resource) {
  if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('resource', 'Object', resource);
  }
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
}

module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean: (v) => typeof v === 'boolean',
  isBuffer: (v) => {
    const B = globalThis.Buffer;
    return !!B && typeof B.isBuffer === 'function' && B.isBuffer(v);
  },
  isDeepStrictEqual,
  isNull: (v) => v === null,
  isNullOrUndefined: (v) => v === null || v === undefined,
  isNumber: (v) => typeof v === 'number',
  isString: (v) => typeof v === 'string',
  isSymbol: (v) => typeof v === 'symbol',
  isUndefined: (v) => v === undefined,
  isRegExp: types.isRegExp,
  isObject: (v) => v !== null && typeof v === 'object',
  isDate: types.isDate,
  isError: insp.isError,
  isFunction: (v) => typeof v === 'function',
  isPrimitive: (v) => v === null || (typeof v !== 'object' && typeof v !== 'function'),
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  transferableAbortSignal: (signal) => signal,
  transferableAbortController: () => new AbortController(),
  aborted,
  types,
  parseEnv,
  parseArgs,
  TextDecoder: undefined,
  TextEncoder: undefined,
  MIMEType,
  MIMEParams,
};
for (const name of ['TextDecoder', 'TextEncoder']) {
  Object.defineProperty(module.exports, name, { get() { return globalThis[name]; }, enumerable: true, configurable: true });
}
Object.defineProperty(module.exports, 'kCustomPromisifyArgs', { value: kCustomPromisifyArgs, enumerable: false });
