'use strict';
// Web globals that Node also has: structuredClone, atob/btoa, TextEncoder/TextDecoder,
// performance and DOMException.

const natives = require('internal/natives');
const { codes } = require('internal/errors');

const DOM_CODES = {
  IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
  NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InUseAttributeError: 10,
  InvalidStateError: 11, SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14,
  InvalidAccessError: 15, TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20,
  URLMismatchError: 21, QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
};
const DOM_CONSTANTS = [
  'INDEX_SIZE_ERR', 'DOMSTRING_SIZE_ERR', 'HIERARCHY_REQUEST_ERR', 'WRONG_DOCUMENT_ERR', 'INVALID_CHARACTER_ERR',
  'NO_DATA_ALLOWED_ERR', 'NO_MODIFICATION_ALLOWED_ERR', 'NOT_FOUND_ERR', 'NOT_SUPPORTED_ERR', 'INUSE_ATTRIBUTE_ERR',
  'INVALID_STATE_ERR', 'SYNTAX_ERR', 'INVALID_MODIFICATION_ERR', 'NAMESPACE_ERR', 'INVALID_ACCESS_ERR',
  'VALIDATION_ERR', 'TYPE_MISMATCH_ERR', 'SECURITY_ERR', 'NETWORK_ERR', 'ABORT_ERR', 'URL_MISMATCH_ERR',
  'QUOTA_EXCEEDED_ERR', 'TIMEOUT_ERR', 'INVALID_NODE_TYPE_ERR', 'DATA_CLONE_ERR',
];

function invalidThis() {
  const err = new TypeError('Value of "this" must be of DOMException');
  err.code = 'ERR_INVALID_THIS';
  return err;
}

// name, message and code are getters on the prototype, as in Node; the instance only owns
// `stack` (and `cause` when one is given).
class DOMException extends Error {
  #name;
  #message;

  constructor(message = '', options = 'Error') {
    super();
    // Drop this constructor's own frame from the stack, which starts at the caller in Node.
    const stack = this.stack;
    if (typeof stack === 'string' && /^\s+at DOMException /.test(stack)) {
      Object.defineProperty(this, 'stack', {
        value: stack.slice(stack.indexOf('\n') + 1), writable: true, enumerable: false, configurable: true,
      });
    }
    this.#message = `${message}`;
    if (options !== null && typeof options === 'object') {
      this.#name = `${options.name}`;
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', { value: options.cause, writable: true, enumerable: false, configurable: true });
      }
    } else {
      this.#name = `${options}`;
    }
  }

  get name() {
    if (!(#name in this)) throw invalidThis();
    return this.#name;
  }

  get message() {
    if (!(#message in this)) throw invalidThis();
    return this.#message;
  }

  get code() {
    if (!(#name in this)) throw invalidThis();
    return DOM_CODES[this.#name] || 0;
  }
}
for (const key of ['name', 'message', 'code']) {
  Object.defineProperty(DOMException.prototype, key, { enumerable: true });
}
DOM_CONSTANTS.forEach((key, i) => {
  const desc = { value: i + 1, writable: false, enumerable: true, configurable: false };
  Object.defineProperty(DOMException, key, desc);
  Object.defineProperty(DOMException.prototype, key, desc);
});
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException', configurable: true });

// ---- structuredClone ----------------------------------------------------------------
function cloneError(what) {
  return new DOMException(`${what} could not be cloned.`, 'DataCloneError');
}

const typedArrayTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
function typedArrayName(view) {
  return typedArrayTag.call(view);
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
      // `new Error()` has no own message, and its clone has none either.
      const md = Object.getOwnPropertyDescriptor(value, 'message');
      if (md) Object.defineProperty(out, 'message', { value: String(md.value ?? ''), writable: true, configurable: true });
      if (value.stack !== undefined) {
        Object.defineProperty(out, 'stack', { value: String(value.stack), writable: true, configurable: true });
      }
      if ('cause' in value) Object.defineProperty(out, 'cause', { value: clone(value.cause, seen), writable: true, configurable: true });
      return out;
    }
    default: break;
  }
  if (ArrayBuffer.isView(value)) {
    const buf = clone(value.buffer, seen);
    // Subclasses (Buffer included) come back as their built-in typed array.
    const name = typedArrayName(value);
    out = name === undefined ? new DataView(buf, value.byteOffset, value.byteLength)
      : new globalThis[name](buf, value.byteOffset, value.length);
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

// Declared without parameters: Node's structuredClone has length 0.
function structuredClone() {
  if (arguments.length === 0) {
    const err = new TypeError('The value argument must be specified');
    Object.defineProperty(err, 'code', { value: 'ERR_MISSING_ARGS', enumerable: true, writable: true, configurable: true });
    throw err;
  }
  const value = arguments[0];
  const options = arguments[1];
  if (options !== undefined && options !== null && typeof options !== 'object') {
    throw typeError('ERR_INVALID_ARG_TYPE', 'The options argument must be either an object or undefined');
  }
  const transfer = transferList(options == null ? undefined : options.transfer);
  const seen = new Map();
  // A transferred buffer is copied into the clone and then detached, which looks the same
  // as a move from outside.
  for (const buf of transfer) {
    if (!buf.detached) seen.set(buf, buf.slice(0));
  }
  const out = clone(value, seen);
  for (const buf of transfer) {
    if (!buf.detached) buf.transfer();
  }
  return out;
}

function typeError(code, message) {
  const err = new TypeError(message);
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  return err;
}

// Only ArrayBuffers can be transferred here (there are no MessagePorts).
function transferList(list) {
  if (list === undefined || list === null) return [];
  if (typeof list !== 'object') {
    throw typeError('ERR_INVALID_ARG_TYPE', 'Optional transferList argument must be an iterable');
  }
  if (typeof list[Symbol.iterator] !== 'function') return [];
  const out = [];
  for (const item of list) {
    if (!(item instanceof ArrayBuffer)) {
      throw typeError('ERR_INVALID_TRANSFER_OBJECT', 'Found invalid object in transferList');
    }
    if (out.includes(item)) throw new DOMException('Transfer list contains duplicate ArrayBuffer', 'DataCloneError');
    out.push(item);
  }
  return out;
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

// Forgiving-base64 (WHATWG): ASCII whitespace is skipped, '=' only at the end (at most two),
// and a length that leaves one stray character is an error.
const B64_WS = new Set([0x09, 0x0a, 0x0c, 0x0d, 0x20]);

function atob(data) {
  if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('input');
  const s = `${data}`;
  let count = 0;
  let equals = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (B64_WS.has(c)) continue;
    count++;
    if (c === 0x3d) {
      equals++;
      if (equals > 2) throw new DOMException('Invalid character', 'InvalidCharacterError');
    } else if (equals > 0 || !B64_INDEX.has(s[i])) {
      throw new DOMException('Invalid character', 'InvalidCharacterError');
    }
  }
  let rem = count % 4;
  if (rem === 0) rem = (count - equals) % 4;
  else if (equals > 0) throw new DOMException('Invalid character', 'InvalidCharacterError');
  if (rem === 1) {
    throw new DOMException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  }
  let out = '';
  let bits = 0, n = 0;
  for (let i = 0; i < s.length; i++) {
    const v = B64_INDEX.get(s[i]);
    if (v === undefined) continue;
    n = ((n << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((n >> bits) & 255);
    }
  }
  return out;
}

// ---- text encoding ------------------------------------------------------------------
const kInspect = Symbol.for('nodejs.util.inspect.custom');

function invalidData(encoding) {
  const err = new TypeError(`The encoded data was not valid for encoding ${encoding}`);
  err.code = 'ERR_ENCODING_INVALID_ENCODED_DATA';
  return err;
}

// Lone surrogates cannot be encoded; like Node we write U+FFFD instead.
function wellFormed(s) {
  return s.isWellFormed() ? s : s.toWellFormed();
}

class TextEncoder {
  get encoding() {
    return 'utf-8';
  }

  encode(input = '') {
    return natives.utf8Encode(wellFormed(`${input}`));
  }

  encodeInto(src, dest) {
    if (typeof src !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('src', 'string', src);
    if (!(dest instanceof Uint8Array)) throw new codes.ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    const bytes = natives.utf8Encode(wellFormed(src));
    // Only whole characters are written: back off to a UTF-8 boundary.
    let n = Math.min(bytes.length, dest.length);
    while (n > 0 && n < bytes.length && (bytes[n] & 0xc0) === 0x80) n--;
    dest.set(bytes.subarray(0, n));
    const read = n === bytes.length ? src.length : natives.utf8Decode(bytes.subarray(0, n), false).length;
    return { read, written: n };
  }

  // Node shows a plain object with the encoding.
  [kInspect](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    return require('internal/inspect').inspect({ encoding: this.encoding }, opts);
  }
}
Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, { value: 'TextEncoder', configurable: true });

// WHATWG labels of the encodings capjs decodes. Like Node, windows-1252 decodes as ISO-8859-1.
const DECODER_LABELS = new Map();
for (const [enc, labels] of [
  ['utf-8', ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8']],
  ['utf-16le', ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le']],
  ['utf-16be', ['unicodefffe', 'utf-16be']],
  ['windows-1252', ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100',
    'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252']],
]) {
  for (const l of labels) DECODER_LABELS.set(l, enc);
}

// Bytes a valid UTF-8 sequence starting with `lead` needs, and the range its second byte must be in.
function utf8Need(lead) {
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
  if (lead === 0xe0) return [3, 0xa0, 0xbf];
  if (lead === 0xed) return [3, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
  if (lead === 0xf0) return [4, 0x90, 0xbf];
  if (lead === 0xf4) return [4, 0x80, 0x8f];
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
  return null;
}

// Length of a trailing, valid but incomplete UTF-8 sequence (0 if there is none).
function utf8IncompleteTail(bytes) {
  const len = bytes.length;
  for (let back = 1; back <= 3 && back <= len; back++) {
    const b = bytes[len - back];
    if ((b & 0xc0) === 0x80) continue;
    const need = utf8Need(b);
    if (!need || need[0] <= back) return 0;
    if (back >= 2 && (bytes[len - back + 1] < need[1] || bytes[len - back + 1] > need[2])) return 0;
    return back;
  }
  return 0;
}

function fromCharCodes(units) {
  let s = '';
  for (let i = 0; i < units.length; i += 8192) s += String.fromCharCode.apply(null, units.subarray(i, i + 8192));
  return s;
}

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  #pending = null;
  #bomChecked = false;

  constructor(label = 'utf-8', options = undefined) {
    const enc = DECODER_LABELS.get(`${label}`.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').toLowerCase());
    if (options !== undefined && options !== null && typeof options !== 'object' && typeof options !== 'function') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    if (!enc) {
      const err = new RangeError(`The "${label}" encoding is not supported`);
      err.code = 'ERR_ENCODING_NOT_SUPPORTED';
      throw err;
    }
    this.#encoding = enc;
    this.#fatal = Boolean(options && options.fatal);
    this.#ignoreBOM = Boolean(options && options.ignoreBOM);
  }

  decode(input = undefined, options = undefined) {
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
    let s;
    if (this.#encoding === 'utf-8') s = this.#utf8(bytes, stream);
    else if (this.#encoding === 'windows-1252') s = fromCharCodes(bytes);
    else s = this.#utf16(bytes, stream, this.#encoding === 'utf-16be');
    // The byte order mark is dropped once, at the start of each stream.
    if (!this.#bomChecked && s.length > 0) {
      this.#bomChecked = true;
      if (!this.#ignoreBOM && s.charCodeAt(0) === 0xfeff && this.#encoding !== 'windows-1252') s = s.slice(1);
    }
    if (!stream) {
      this.#bomChecked = false;
      this.#pending = null;
    }
    return s;
  }

  #utf8(bytes, stream) {
    if (stream) {
      // Hold back an incomplete trailing sequence for the next call.
      const tail = utf8IncompleteTail(bytes);
      if (tail > 0) {
        this.#pending = bytes.slice(bytes.length - tail);
        bytes = bytes.subarray(0, bytes.length - tail);
      }
    }
    const s = natives.utf8Decode(bytes, this.#fatal);
    if (typeof s !== 'string') throw invalidData('utf-8');
    return s;
  }

  #utf16(bytes, stream, bigEndian) {
    let n = bytes.length & ~1;
    if (stream) {
      // Keep an odd byte, and a high surrogate whose partner has not arrived yet.
      if (n >= 2) {
        const last = bigEndian ? (bytes[n - 2] << 8) | bytes[n - 1] : bytes[n - 2] | (bytes[n - 1] << 8);
        if (last >= 0xd800 && last <= 0xdbff) n -= 2;
      }
      if (n < bytes.length) this.#pending = bytes.slice(n);
    }
    const units = new Uint16Array(n >> 1);
    for (let i = 0, j = 0; i < n; i += 2, j++) {
      units[j] = bigEndian ? (bytes[i] << 8) | bytes[i + 1] : bytes[i] | (bytes[i + 1] << 8);
    }
    let s = fromCharCodes(units);
    const odd = !stream && n < bytes.length;
    if (this.#fatal && (odd || !s.isWellFormed())) throw invalidData(this.#encoding);
    s = wellFormed(s);
    return odd ? `${s}\ufffd` : s;
  }

  get encoding() { return this.#encoding; }
  get fatal() { return this.#fatal; }
  get ignoreBOM() { return this.#ignoreBOM; }

  [kInspect](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const { inspect } = require('internal/inspect');
    return `TextDecoder ${inspect({ encoding: this.#encoding, fatal: this.#fatal, ignoreBOM: this.#ignoreBOM })}`;
  }
}
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { value: 'TextDecoder', configurable: true });

// ---- performance ------------------------------------------------------------------------
// natives.hrtime() counts from sandbox start plus one second (see natives/process.rs),
// so performance.now() is milliseconds since start-up, as in Node.
const HR_ORIGIN_NS = 1e9;
const now = () => (natives.hrtime() - HR_ORIGIN_NS) / 1e6;
// Computed on first use, never at snapshot time.
let origin;
const timeOrigin = () => (origin ??= Date.now() - now());
const kConstruct = Symbol('kConstruct');

// Node checks a private brand; only the global instance carries it.
function checkPerformance(self) {
  if (self !== performance) throw new codes.ERR_INVALID_ARG_TYPE('this', 'Performance', self);
}

// Only the global instance exists; user code cannot construct one.
class Performance extends require('internal/event_target').EventTarget {
  constructor(key) {
    if (key !== kConstruct) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }

  get timeOrigin() {
    checkPerformance(this);
    return timeOrigin();
  }

  toJSON() {
    checkPerformance(this);
    return { timeOrigin: timeOrigin() };
  }

  mark() {
    throw require('internal/errors').notImplemented('performance.mark');
  }

  measure() {
    throw require('internal/errors').notImplemented('performance.measure');
  }
}
Object.defineProperty(Performance.prototype, Symbol.toStringTag, { value: 'Performance', configurable: true });
const performance = new Performance(kConstruct);
// now() is native: the global instance reads the clock, and any other receiver (only the
// global instance carries the brand) reaches the check, which throws.
Object.defineProperty(Performance.prototype, 'now', {
  value: natives.perfNow(performance, function now() {
    checkPerformance(this);
  }),
  writable: true, configurable: true, enumerable: true,
});

module.exports = { structuredClone, atob, btoa, TextEncoder, TextDecoder, performance, Performance, DOMException };
