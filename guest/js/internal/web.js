'use strict';
// Web globals that Node also has: structuredClone, atob/btoa, TextEncoder/TextDecoder,
// performance and DOMException.

const natives = require('internal/natives');
const { codes } = require('internal/errors');

const DOM_CODES = {
  IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
  NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11,
  SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
  TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21,
  QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
};

class DOMException extends Error {
  constructor(message = '', options = 'Error') {
    super(String(message));
    const name = options !== null && typeof options === 'object' ? String(options.name ?? 'Error') : String(options);
    if (options !== null && typeof options === 'object' && 'cause' in options) this.cause = options.cause;
    Object.defineProperty(this, 'name', { value: name, configurable: true, writable: true, enumerable: false });
  }

  get code() {
    return DOM_CODES[this.name] || 0;
  }
}

// ---- structuredClone ----------------------------------------------------------------
function cloneError(what) {
  return new DOMException(`${what} could not be cloned.`, 'DataCloneError');
}

function clone(value, seen) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    if (typeof value === 'symbol') throw cloneError(String(value));
    return value;
  }
  if (typeof value === 'function') throw cloneError(`${value.toString().split('\n')[0]}`);
  if (seen.has(value)) return seen.get(value);
  let out;
  const tag = Object.prototype.toString.call(value);
  switch (tag) {
    case '[object Date]': out = new Date(value.getTime()); seen.set(value, out); return out;
    case '[object RegExp]': out = new RegExp(value.source, value.flags); seen.set(value, out); return out;
    case '[object Boolean]': case '[object Number]': case '[object String]': case '[object BigInt]':
      out = Object(value.valueOf()); seen.set(value, out); return out;
    case '[object ArrayBuffer]': out = value.slice(0); seen.set(value, out); return out;
    case '[object Map]':
      out = new Map(); seen.set(value, out);
      for (const [k, v] of value) out.set(clone(k, seen), clone(v, seen));
      return out;
    case '[object Set]':
      out = new Set(); seen.set(value, out);
      for (const v of value) out.add(clone(v, seen));
      return out;
    case '[object Error]': {
      const ctors = { EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };
      const C = ctors[value.name] || Error;
      out = Object.create(C.prototype);
      seen.set(value, out);
      for (const k of ['message', 'stack']) {
        if (value[k] !== undefined) Object.defineProperty(out, k, { value: String(value[k]), writable: true, configurable: true });
      }
      if ('cause' in value) Object.defineProperty(out, 'cause', { value: clone(value.cause, seen), writable: true, configurable: true });
      return out;
    }
    default: break;
  }
  if (ArrayBuffer.isView(value)) {
    const buf = clone(value.buffer, seen);
    const C = value.constructor;
    out = value instanceof DataView ? new DataView(buf, value.byteOffset, value.byteLength)
      : new C(buf, value.byteOffset, value.length);
    seen.set(value, out);
    return out;
  }
  if (tag === '[object Promise]' || tag === '[object WeakMap]' || tag === '[object WeakSet]' ||
      tag === '[object WeakRef]' || typeof value === 'symbol') {
    throw cloneError(`#<${tag.slice(8, -1)}>`);
  }
  if (Array.isArray(value)) {
    out = new Array(value.length);
    seen.set(value, out);
    for (const k of Object.keys(value)) out[k] = clone(value[k], seen);
    return out;
  }
  out = {};
  seen.set(value, out);
  for (const k of Object.keys(value)) out[k] = clone(value[k], seen);
  return out;
}

function structuredClone(value, options) {
  if (arguments.length === 0) throw new TypeError("Failed to execute 'structuredClone' on 'Window': 1 argument required, but only 0 present.");
  if (options != null && options.transfer !== undefined && options.transfer.length > 0) {
    throw require('internal/errors').notImplemented('structuredClone transfer');
  }
  return clone(value, new Map());
}

// ---- base64 ---------------------------------------------------------------------------
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

function btoa(data) {
  if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('input');
  const s = `${data}`;
  let out = '';
  for (let i = 0; i < s.length; i += 3) {
    const a = s.charCodeAt(i), b = s.charCodeAt(i + 1), c = s.charCodeAt(i + 2);
    if (a > 255 || b > 255 || c > 255) throw new DOMException('Invalid character', 'InvalidCharacterError');
    const n = (a << 16) | ((b || 0) << 8) | (c || 0);
    out += B64[n >> 18] + B64[(n >> 12) & 63] + (i + 1 < s.length ? B64[(n >> 6) & 63] : '=') +
      (i + 2 < s.length ? B64[n & 63] : '=');
  }
  return out;
}

function atob(data) {
  if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('input');
  let s = `${data}`.replace(/[\t\n\f\r ]/g, '');
  if (s.length % 4 === 0) s = s.replace(/==?$/, '');
  if (s.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(s)) {
    throw new DOMException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  }
  let out = '';
  let bits = 0, n = 0;
  for (const ch of s) {
    n = (n << 6) | B64_INDEX.get(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((n >> bits) & 255);
    }
  }
  return out;
}

// ---- text encoding ------------------------------------------------------------------
class TextEncoder {
  get encoding() {
    return 'utf-8';
  }

  encode(input = '') {
    return natives.utf8Encode(`${input}`);
  }

  encodeInto(src, dest) {
    const bytes = natives.utf8Encode(`${src}`);
    // Only whole characters are written: back off to a UTF-8 boundary.
    let n = Math.min(bytes.length, dest.length);
    while (n > 0 && n < bytes.length && (bytes[n] & 0xc0) === 0x80) n--;
    dest.set(bytes.subarray(0, n));
    const read = natives.utf8Decode(bytes.subarray(0, n), false).length;
    return { read, written: n };
  }
}

const DECODER_LABELS = new Map([
  ['utf-8', 'utf-8'], ['utf8', 'utf-8'], ['unicode-1-1-utf-8', 'utf-8'],
  ['utf-16le', 'utf-16le'], ['utf-16', 'utf-16le'], ['ucs-2', 'utf-16le'],
  ['latin1', 'windows-1252'], ['iso-8859-1', 'windows-1252'], ['ascii', 'windows-1252'], ['windows-1252', 'windows-1252'],
]);

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  #pending = null;

  constructor(label = 'utf-8', options = {}) {
    const enc = DECODER_LABELS.get(`${label}`.trim().toLowerCase());
    if (!enc) {
      const err = new RangeError(`The "${label}" encoding is not supported`);
      err.code = 'ERR_ENCODING_NOT_SUPPORTED';
      throw err;
    }
    this.#encoding = enc;
    this.#fatal = Boolean(options && options.fatal);
    this.#ignoreBOM = Boolean(options && options.ignoreBOM);
  }

  get encoding() { return this.#encoding; }
  get fatal() { return this.#fatal; }
  get ignoreBOM() { return this.#ignoreBOM; }

  decode(input, options = {}) {
    let bytes;
    if (input === undefined) bytes = new Uint8Array(0);
    else if (input instanceof ArrayBuffer) bytes = new Uint8Array(input);
    else if (ArrayBuffer.isView(input)) bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    else throw new codes.ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'ArrayBufferView'], input);
    const stream = Boolean(options && options.stream);
    if (this.#pending) {
      const merged = new Uint8Array(this.#pending.length + bytes.length);
      merged.set(this.#pending);
      merged.set(bytes, this.#pending.length);
      bytes = merged;
      this.#pending = null;
    }
    if (this.#encoding === 'utf-8') {
      if (stream) {
        // Hold back an incomplete trailing sequence for the next call.
        let i = bytes.length;
        let back = 0;
        while (i > 0 && back < 3 && (bytes[i - 1] & 0xc0) === 0x80) { i--; back++; }
        if (i > 0) {
          const lead = bytes[i - 1];
          const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
          if (need > back + 1) {
            this.#pending = bytes.slice(i - 1);
            bytes = bytes.subarray(0, i - 1);
          }
        }
      }
      let start = 0;
      if (!this.#ignoreBOM && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
      const s = natives.utf8Decode(bytes.subarray(start), this.#fatal);
      if (s === null) {
        const err = new TypeError('The encoded data was not valid for encoding utf-8');
        err.code = 'ERR_ENCODING_INVALID_ENCODED_DATA';
        throw err;
      }
      return s;
    }
    if (this.#encoding === 'utf-16le') {
      let s = '';
      const n = bytes.length & ~1;
      for (let i = 0; i < n; i += 2) s += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
      if (n < bytes.length && stream) this.#pending = bytes.slice(n);
      if (!this.#ignoreBOM && s.charCodeAt(0) === 0xfeff) s = s.slice(1);
      return s;
    }
    let s = '';
    for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
    return s;
  }
}

// ---- performance ------------------------------------------------------------------------
// natives.hrtime() counts from sandbox start plus one second (see natives/process.rs),
// so performance.now() is milliseconds since start-up, as in Node.
const HR_ORIGIN_NS = 1e9;
const now = () => (natives.hrtime() - HR_ORIGIN_NS) / 1e6;
// Computed on first use, never at snapshot time.
let origin;
const timeOrigin = () => (origin ??= Date.now() - now());
const performance = {
  get timeOrigin() {
    return timeOrigin();
  },
  now,
  toJSON() {
    return { timeOrigin: timeOrigin() };
  },
  mark() {
    throw require('internal/errors').notImplemented('performance.mark');
  },
  measure() {
    throw require('internal/errors').notImplemented('performance.measure');
  },
};

module.exports = { structuredClone, atob, btoa, TextEncoder, TextDecoder, performance, DOMException };
