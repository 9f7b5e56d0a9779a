'use strict';
// Node's internal error classes: `code` on the instance, `Name [CODE]: message` in the stack.
// Also runs unchanged under node, so modules that use it can be checked there.

const messages = new Map();
const codes = {};

function lazyInspect(v, opts) {
  return require('util').inspect(v, opts);
}

// Like Node's: `new codes.X(...)` returns a plain instance of the base class (so
// `err.constructor` is TypeError, not a private class) with `code` and a toString
// that reads `TypeError [CODE]: message`.
function makeNodeError(Base, code) {
  function NodeError(...args) {
    const msg = messages.get(code);
    const error = new Base(typeof msg === 'function' ? msg(...args) : msg);
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

function E(code, msg, ...bases) {
  messages.set(code, msg);
  const Main = makeNodeError(bases[0], code);
  for (const B of bases.slice(1)) Main[B.name] = makeNodeError(B, code);
  codes[code] = Main;
}

const classRegExp = /^([A-Z][a-z0-9]*)+$/;
const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];

function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}

function formatList(list, word = 'or') {
  return list.length < 3 ? list.join(` ${word} `) : `${list.slice(0, -1).join(', ')}, ${word} ${list[list.length - 1]}`;
}

function describeReceived(input) {
  if (input == null) return ` Received ${input}`;
  if (typeof input === 'function') return ` Received function ${input.name}`;
  if (typeof input === 'object') {
    if (input.constructor && input.constructor.name) return ` Received an instance of ${input.constructor.name}`;
    return ` Received ${lazyInspect(input, { depth: -1 })}`;
  }
  let inspected = lazyInspect(input, { colors: false });
  if (inspected.length > 28) inspected = `${inspected.slice(0, 25)}...`;
  return ` Received type ${typeof input} (${inspected})`;
}

E('ERR_INVALID_ARG_TYPE', (name, expected, actual) => {
  if (!Array.isArray(expected)) expected = [expected];
  let msg = name.endsWith(' argument') ? `The ${name} ` : `The "${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  msg += 'must be ';
  const types = [], instances = [], other = [];
  for (const v of expected) {
    if (kTypes.includes(v)) types.push(v.toLowerCase());
    else if (classRegExp.test(v)) instances.push(v);
    else other.push(v);
  }
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) { types.splice(pos, 1); instances.push('Object'); }
  }
  if (types.length > 0) {
    msg += `${types.length > 1 ? 'one of type' : 'of type'} ${formatList(types)}`;
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += `an instance of ${formatList(instances)}`;
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 1) msg += `one of ${formatList(other)}`;
    else { if (other[0].toLowerCase() !== other[0]) msg += 'an '; msg += `${other[0]}`; }
  }
  return msg + '.' + describeReceived(actual);
}, TypeError);

E('ERR_INVALID_ARG_VALUE', (name, value, reason = 'is invalid') => {
  let inspected = lazyInspect(value);
  if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
  const type = name.includes('.') ? 'property' : 'argument';
  return `The ${type} '${name}' ${reason}. Received ${inspected}`;
}, TypeError, RangeError);

E('ERR_OUT_OF_RANGE', (str, range, input) => {
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) received = addNumericalSeparator(String(input));
  else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else received = lazyInspect(input);
  return `The value of "${str}" is out of range. It must be ${range}. Received ${received}`;
}, RangeError);

E('ERR_MISSING_ARGS', (...args) => {
  const wrap = (a) => `"${a}"`;
  const names = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
  let msg = 'The ';
  if (names.length === 1) msg += `${names[0]} argument`;
  else if (names.length === 2) msg += `${names[0]} and ${names[1]} arguments`;
  else msg += `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]} arguments`;
  return `${msg} must be specified`;
}, TypeError);

E('ERR_NOT_IMPLEMENTED', (what) => `${what} is not implemented in capjs`, Error);
E('ERR_UNHANDLED_ERROR', (err) => {
  const msg = 'Unhandled error.';
  if (err === undefined) return msg;
  return `${msg} (${lazyInspect(err)})`;
}, Error);
E('ERR_INVALID_THIS', (type) => `Value of "this" must be of type ${type}`, TypeError);
E('ERR_INVALID_RETURN_VALUE', (input, name, value) => {
  const type = value && value.constructor && value.constructor.name ? `instance of ${value.constructor.name}` : `type ${typeof value}`;
  return `Expected ${input} to be returned from the "${name}" function but got ${type}.`;
}, TypeError, RangeError);
E('ERR_METHOD_NOT_IMPLEMENTED', (m) => `The ${m} method is not implemented`, Error);
E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
E('ERR_STREAM_DESTROYED', (m) => `Cannot call ${m} after a stream was destroyed`, Error);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_UNKNOWN_ENCODING', (e) => `Unknown encoding: ${e}`, TypeError);
E('ERR_UNKNOWN_SIGNAL', (s) => `Unknown signal: ${s}`, TypeError);
E('ERR_REQUIRE_ESM', (filename) => `require() of ES Module ${filename} not supported.`, Error);
E('ERR_UNKNOWN_BUILTIN_MODULE', (m) => `No such built-in module: ${m}`, Error);
E('ERR_PACKAGE_PATH_NOT_EXPORTED', (pkgPath, subpath) =>
  subpath === '.' ? `No "exports" main defined in ${pkgPath}package.json`
    : `Package subpath '${subpath}' is not defined by "exports" in ${pkgPath}package.json`, Error);
E('ERR_INVALID_PACKAGE_TARGET', (pkgPath, key, target) =>
  `Invalid "exports" target ${JSON.stringify(target)} defined for '${key}' in the package config ${pkgPath}package.json`, Error);
E('ERR_MODULE_NOT_FOUND', (path, base) => `Cannot find module '${path}' imported from ${base}`, Error);
E('ERR_UNSUPPORTED_DIR_IMPORT', (path, base) => `Directory import '${path}' is not supported resolving ES modules imported from ${base}`, Error);
E('ERR_INVALID_URL', 'Invalid URL', TypeError);
E('ERR_INVALID_FILE_URL_PATH', (m) => `File URL path ${m}`, TypeError);
E('ERR_INVALID_URL_SCHEME', (e) => `The URL must be of scheme ${e}`, TypeError);
E('ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value', Error);
E('ERR_INVALID_CHAR', (name, field) => field ? `Invalid character in ${name} ["${field}"]` : `Invalid character in ${name}`, TypeError);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_ASSERTION', (m) => m, Error);
E('ERR_ACCESS_DENIED', (m) => m, Error);
E('ERR_DIR_CLOSED', 'Directory handle was closed', Error);
E('ERR_DIR_CONCURRENT_OPERATION', 'Cannot do synchronous work on directory handle with concurrent asynchronous operations', Error);
E('ERR_FS_FILE_TOO_LARGE', (size) => `File size (${size}) is greater than 2 GiB`, RangeError);
E('ERR_INCOMPATIBLE_OPTION_PAIR', (a, b) => `Option "${a}" cannot be used in combination with option "${b}"`, TypeError);
E('ERR_INVALID_HTTP_TOKEN', (name, value) => `${name} must be a valid HTTP token ["${value}"]`, TypeError);
E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) =>
  `${name} should be ${allowZero ? '>=' : '>'} 0 and < 65536.${describeReceived(port)}.`, RangeError);
E('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
E('ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.', Error);
E('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION', 'Socket closed before the connection was established', Error);
E('ERR_INVALID_IP_ADDRESS', (ip) => `Invalid IP address: ${ip}`, TypeError);
E('ERR_INVALID_MIME_SYNTAX', (production, str, invalidIndex) =>
  `The MIME syntax for a ${production} in "${str}" is invalid${invalidIndex !== -1 ? ` at ${invalidIndex}` : ''}`, TypeError);

function notImplemented(what) {
  return new codes.ERR_NOT_IMPLEMENTED(what);
}

module.exports = { codes, notImplemented, describeReceived, addNumericalSeparator };
