'use strict';
// node:net helpers: IP address tests, argument normalizing and validation, and host
// errors reshaped into the messages and fields Node gives them.

const { codes } = require('internal/errors');
const { validateFunction } = require('internal/validators');

// ---- IP addresses ------------------------------------------------------------------------

function isIPv4(s) {
  s = `${s}`;
  const parts = s.split('.');
  if (parts.length !== 4) return false;
  for (const p of parts) {
    // Decimal only, no leading zeros (so "010" is not silently octal somewhere else).
    if (!/^(?:0|[1-9][0-9]{0,2})$/.test(p) || Number(p) > 255) return false;
  }
  return true;
}

function isIPv6(s) {
  s = `${s}`;
  const zone = s.indexOf('%');
  if (zone !== -1) {
    if (!/^[0-9a-zA-Z.:-]+$/.test(s.slice(zone + 1))) return false;
    s = s.slice(0, zone);
  }
  // Eight groups in all; an embedded IPv4 tail stands for the last two.
  let budget = 8;
  if (s.includes('.')) {
    const at = s.lastIndexOf(':');
    if (at === -1 || !isIPv4(s.slice(at + 1))) return false;
    budget = 6;
    s = s.slice(0, s.endsWith('::', at + 1) ? at + 1 : at);
  }
  const gap = s.indexOf('::');
  if (gap === -1) return countGroups(s) === budget;
  if (s.indexOf('::', gap + 1) !== -1) return false;
  const head = countGroups(s.slice(0, gap));
  const tail = countGroups(s.slice(gap + 2));
  // The gap stands for at least one group.
  return head >= 0 && tail >= 0 && head + tail <= budget - 1;
}

// The number of colon-separated hex groups in `s`, or -1 if one is malformed.
function countGroups(s) {
  if (s === '') return 0;
  const list = s.split(':');
  for (const g of list) if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return -1;
  return list.length;
}

function isIP(s) {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

// ---- arguments ---------------------------------------------------------------------------

// Node's reading of a port-like value: a non-negative number, or false.
function toNumber(x) {
  x = Number(x);
  return x >= 0 ? x : false;
}

function isPipeName(s) {
  return typeof s === 'string' && toNumber(s) === false;
}

const kNormalized = Symbol('kNormalized');

// [options, cb] from (options[, cb]), (path[, cb]) or (port[, host][, cb]).
function normalizeArgs(args) {
  if (args[kNormalized]) return args;
  let out;
  if (args.length === 0) {
    out = [{}, null];
  } else {
    const arg0 = args[0];
    let options = {};
    if (typeof arg0 === 'object' && arg0 !== null) options = arg0;
    else if (isPipeName(arg0)) options.path = arg0;
    else {
      options.port = arg0;
      if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
    }
    const cb = args[args.length - 1];
    out = [options, typeof cb === 'function' ? cb : null];
  }
  out[kNormalized] = true;
  return out;
}

function validatePort(port, name = 'Port', allowZero = true) {
  const n = +port;
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      !Number.isInteger(n) || n < 0 || n > 0xFFFF || (n === 0 && !allowZero)) {
    throw new codes.ERR_SOCKET_BAD_PORT(name, port, allowZero);
  }
  return n | 0;
}

function validateTimeout(msecs) {
  if (typeof msecs !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('msecs', 'number', msecs);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw new codes.ERR_OUT_OF_RANGE('msecs', 'a non-negative finite number', msecs);
  }
  return msecs;
}

// ---- errors --------------------------------------------------------------------------------

// The guest's errno table covers file errors; these are Linux's network ones.
// The local end to bind before connecting, [address, port] or null, from a connect's or a
// request's localAddress and localPort (the host checks a chosen port like a listen).
function localEnd({ localAddress, localPort }) {
  if (localAddress && !isIP(localAddress)) throw new codes.ERR_INVALID_IP_ADDRESS(localAddress);
  if (localPort != null && typeof localPort !== 'number') {
    throw new codes.ERR_INVALID_ARG_TYPE('options.localPort', 'number', localPort);
  }
  if (!localAddress && !localPort) return null;
  return [localAddress || undefined, localPort ? validatePort(localPort, 'options.localPort') : 0];
}

const ERRNO = {
  EPIPE: -32, EMFILE: -24, EACCES: -13, EINVAL: -22, EADDRINUSE: -98, EADDRNOTAVAIL: -99,
  ENETDOWN: -100, ENETUNREACH: -101, ECONNABORTED: -103, ECONNRESET: -104, ENOBUFS: -105,
  ENOTCONN: -107, ETIMEDOUT: -110, ECONNREFUSED: -111, EHOSTUNREACH: -113, ECANCELED: -125,
  ENOTFOUND: -3008, EAI_AGAIN: -3001,
};

function errnoOf(err) {
  return (err && err.errno) || ERRNO[err && err.code] || 0;
}

// The host's text for an OS error: "CODE: description, syscall" → "description".
function describe(err) {
  let m = String(err.message || '');
  if (m.startsWith(`${err.code}: `)) m = m.slice(err.code.length + 2);
  const comma = m.lastIndexOf(', ');
  return comma === -1 ? m : m.slice(0, comma);
}

// Denials and Node's own ERR_* codes pass through as the host built them.
function passThrough(err) {
  return !err || typeof err.code !== 'string' || err.code.startsWith('ERR_');
}

// listen: `listen EADDRINUSE: address already in use 127.0.0.1:8080` (code first, as Node orders it).
function listenError(err, address, port) {
  if (passThrough(err)) return err;
  const details = port > 0 ? ` ${address}:${port}` : address ? ` ${address}` : '';
  const e = new Error(`listen ${err.code}: ${describe(err)}${details}`);
  e.code = err.code;
  e.errno = errnoOf(err);
  e.syscall = 'listen';
  e.address = address;
  if (port > 0) e.port = port;
  return e;
}

// `${syscall} ${code} ${address}:${port}` with those fields, as Node words connect and bind errors.
function addressError(err, syscall, address, port) {
  const e = new Error(`${syscall} ${err.code} ${address}${port > 0 ? `:${port}` : ''}`);
  e.errno = errnoOf(err);
  e.code = err.code;
  e.syscall = syscall;
  e.address = address;
  if (port > 0) e.port = port;
  return e;
}

// connect: `connect ECONNREFUSED 127.0.0.1:8080`, or a DNS failure as getaddrinfo reports it,
// or a failed bind of the chosen local end (Node names the address it tried to bind).
function connectError(err, host, port, local) {
  if (passThrough(err)) return err;
  if (err.syscall === 'bind') {
    const [address = isIP(host) === 6 ? '::' : '0.0.0.0', localPort = 0] = local || [];
    return addressError(err, 'bind', address, localPort);
  }
  if (err.code === 'ENOTFOUND' || err.code === 'EAI_AGAIN') {
    const e = new Error(`getaddrinfo ${err.code} ${host}`);
    e.errno = errnoOf(err);
    e.code = err.code;
    e.syscall = 'getaddrinfo';
    e.hostname = host;
    return e;
  }
  return addressError(err, 'connect', host, port);
}

// A failure on an open socket: `read ECONNRESET`, `write EPIPE`.
function streamError(err, syscall) {
  if (passThrough(err)) return err;
  if (!syscall) syscall = err.code === 'EPIPE' ? 'write' : 'read';
  const e = new Error(`${syscall} ${err.code}`);
  e.errno = errnoOf(err);
  e.code = err.code;
  e.syscall = syscall;
  return e;
}

// ---- happy eyeballs settings ----------------------------------------------------------------
// Kept and validated for compatibility (and passed to user lookups); the host tries each
// resolved address in turn whatever they say.

let autoSelectFamily = true;
let autoSelectFamilyAttemptTimeout = 250;

function getDefaultAutoSelectFamily() {
  return autoSelectFamily;
}

function setDefaultAutoSelectFamily(value) {
  if (typeof value !== 'boolean') throw new codes.ERR_INVALID_ARG_TYPE('value', 'boolean', value);
  autoSelectFamily = value;
}

function getDefaultAutoSelectFamilyAttemptTimeout() {
  return autoSelectFamilyAttemptTimeout;
}

function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('value', 'number', value);
  if (!Number.isInteger(value)) throw new codes.ERR_OUT_OF_RANGE('value', 'an integer', value);
  if (value < 1 || value > 2147483647) throw new codes.ERR_OUT_OF_RANGE('value', '>= 1 && <= 2147483647', value);
  autoSelectFamilyAttemptTimeout = Math.max(value, 10);
}

module.exports = {
  getDefaultAutoSelectFamily, setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout, setDefaultAutoSelectFamilyAttemptTimeout,
  isIP, isIPv4, isIPv6, toNumber, isPipeName, normalizeArgs, kNormalized, localEnd,
  validatePort, validateTimeout, validateFunction, listenError, connectError, streamError,
};
