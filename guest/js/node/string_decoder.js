'use strict';
// node:string_decoder — decodes byte chunks to strings, holding back the bytes of a
// character (or base64 group) split across chunks until the rest arrives.

const natives = require('internal/natives');
const { codes } = require('internal/errors');

const kState = Symbol('kNativeDecoder');
// The decoder state is 7 bytes, laid out like Node's: the incomplete character (0-3),
// bytes still missing (4), bytes buffered (5) and the encoding's id (6).
const kMissing = 4;
const kBuffered = 5;
const kEncodingField = 6;
const encodingIds = { ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, base64url: 7 };

function normalizeEncoding(enc) {
  if (enc === undefined || enc === null || enc === '') return 'utf8';
  const e = `${enc}`.toLowerCase();
  switch (e) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': case 'base64url': case 'hex': case 'ascii': return e;
    default: return undefined;
  }
}

const CHUNK = 0x2000;

function fromCodes(bytes, start, end, mask) {
  let out = '';
  for (let i = start; i < end; i += CHUNK) {
    const stop = Math.min(end, i + CHUNK);
    const part = new Array(stop - i);
    for (let j = i; j < stop; j++) part[j - i] = bytes[j] & mask;
    out += String.fromCharCode.apply(null, part);
  }
  return out;
}

const HEX = '0123456789abcdef';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function base64(bytes, start, end, url) {
  const table = url ? B64URL : B64;
  let out = '';
  let i = start;
  for (; i + 2 < end; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += table[n >> 18] + table[(n >> 12) & 63] + table[(n >> 6) & 63] + table[n & 63];
  }
  const rest = end - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out += table[n >> 18] + table[(n >> 12) & 63] + (url ? '' : '==');
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += table[n >> 18] + table[(n >> 12) & 63] + table[(n >> 6) & 63] + (url ? '' : '=');
  }
  return out;
}

// Decodes bytes[start, end) in `encoding` (what Buffer#toString would return).
function decodeBytes(bytes, start, end, encoding) {
  if (end <= start) return '';
  switch (encoding) {
    case 'utf8':
      return natives.utf8Decode(bytes.subarray(start, end), false);
    case 'utf16le': {
      let out = '';
      const stop = end - ((end - start) % 2);
      for (let i = start; i < stop; i += 2 * CHUNK) {
        const s = Math.min(stop, i + 2 * CHUNK);
        const part = new Array((s - i) >> 1);
        for (let j = i; j < s; j += 2) part[(j - i) >> 1] = bytes[j] | (bytes[j + 1] << 8);
        out += String.fromCharCode.apply(null, part);
      }
      return out;
    }
    case 'latin1':
      return fromCodes(bytes, start, end, 0xff);
    case 'ascii':
      return fromCodes(bytes, start, end, 0x7f);
    case 'hex': {
      let out = '';
      for (let i = start; i < end; i++) out += HEX[bytes[i] >> 4] + HEX[bytes[i] & 15];
      return out;
    }
    case 'base64':
      return base64(bytes, start, end, false);
    case 'base64url':
      return base64(bytes, start, end, true);
  }
  return '';
}

function StringDecoder(encoding) {
  const enc = normalizeEncoding(encoding);
  if (enc === undefined) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
  this.encoding = enc;
  let state;
  try {
    state = require('buffer').Buffer.alloc(7);
  } catch {
    state = new Uint8Array(7);
  }
  state[kEncodingField] = encodingIds[enc];
  this[kState] = state;
}

function viewBytes(buf) {
  if (buf instanceof Uint8Array) return buf;
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

function decode(self, data) {
  const st = self[kState];
  const enc = self.encoding;
  if (enc === 'ascii' || enc === 'hex' || enc === 'latin1') return decodeBytes(data, 0, data.length, enc);

  let pos = 0;
  let nread = data.length;
  let prepend = '';
  if (st[kMissing] > 0) {
    if (enc === 'utf8') {
      // A byte that is not a continuation ends the incomplete character early; it is
      // then decoded (as replacement characters) and the byte starts a new one.
      for (let i = 0; i < nread && i < st[kMissing]; i++) {
        if ((data[i] & 0xc0) !== 0x80) {
          st[kMissing] = 0;
          st.set(data.subarray(0, i), st[kBuffered]);
          st[kBuffered] += i;
          pos += i;
          nread -= i;
          break;
        }
      }
    }
    const found = Math.min(nread, st[kMissing]);
    st.set(data.subarray(pos, pos + found), st[kBuffered]);
    pos += found;
    nread -= found;
    st[kMissing] -= found;
    st[kBuffered] += found;
    if (st[kMissing] === 0) {
      prepend = decodeBytes(st, 0, st[kBuffered], enc);
      st[kBuffered] = 0;
    }
  }
  if (nread === 0) return prepend;

  const end = pos + nread;
  if (enc === 'utf8' && (data[end - 1] & 0x80)) {
    // Look back for the start of a character the chunk cuts off.
    for (let i = end - 1; ; i--) {
      st[kBuffered]++;
      if ((data[i] & 0xc0) === 0x80) {
        if (st[kBuffered] >= 4 || i === pos) {
          st[kBuffered] = 0;
          break;
        }
      } else {
        if ((data[i] & 0xe0) === 0xc0) st[kMissing] = 2;
        else if ((data[i] & 0xf0) === 0xe0) st[kMissing] = 3;
        else if ((data[i] & 0xf8) === 0xf0) st[kMissing] = 4;
        else {
          st[kBuffered] = 0;
          break;
        }
        if (st[kBuffered] >= st[kMissing]) {
          st[kMissing] = 0;
          st[kBuffered] = 0;
        }
        st[kMissing] -= st[kBuffered];
        break;
      }
    }
  } else if (enc === 'utf16le') {
    if (nread % 2 === 1) {
      st[kBuffered] = 1;
      st[kMissing] = 1;
    } else if ((data[end - 1] & 0xfc) === 0xd8) {
      // The high half of a surrogate pair.
      st[kBuffered] = 2;
      st[kMissing] = 2;
    }
  } else if (enc === 'base64' || enc === 'base64url') {
    st[kBuffered] = nread % 3;
    if (st[kBuffered] > 0) st[kMissing] = 3 - st[kBuffered];
  }

  let bodyEnd = end;
  if (st[kBuffered] > 0) {
    bodyEnd = end - st[kBuffered];
    st.set(data.subarray(bodyEnd, end), 0);
  }
  return prepend + decodeBytes(data, pos, bodyEnd, enc);
}

function flush(self) {
  const st = self[kState];
  if (self.encoding === 'utf16le' && st[kBuffered] % 2 === 1) {
    // A lone trailing byte is dropped.
    st[kMissing]--;
    st[kBuffered]--;
  }
  if (st[kBuffered] === 0) return '';
  const ret = decodeBytes(st, 0, st[kBuffered], self.encoding);
  st[kMissing] = 0;
  st[kBuffered] = 0;
  return ret;
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) throw new codes.ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  if (!this[kState]) throw new codes.ERR_INVALID_THIS('StringDecoder');
  return decode(this, viewBytes(buf));
};

StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  if (this[kState][kBuffered] > 0) ret += flush(this);
  return ret;
};

// Decodes buf from `offset`, forgetting any incomplete character.
StringDecoder.prototype.text = function text(buf, offset) {
  this[kState][kMissing] = 0;
  this[kState][kBuffered] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true,
    enumerable: true,
    get() { return this[kState].subarray(0, 4); },
  },
  lastNeed: {
    configurable: true,
    enumerable: true,
    get() { return this[kState][kMissing]; },
  },
  lastTotal: {
    configurable: true,
    enumerable: true,
    get() { return this[kState][kBuffered] + this[kState][kMissing]; },
  },
});

module.exports = { StringDecoder };
