'use strict';
// node:querystring: parse/stringify of `a=1&b=2` strings, escape/unescape.

function uriError() {
  const err = new URIError('URI malformed');
  Object.defineProperty(err, 'code', { value: 'ERR_INVALID_URI', enumerable: true, writable: true, configurable: true });
  return err;
}

// Characters qs.escape leaves alone: A-Z a-z 0-9 - _ . ! ~ * ' ( )
const noEscape = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*\'()') noEscape[c.charCodeAt(0)] = 1;

const HEX = '0123456789ABCDEF';
const pct = (b) => `%${HEX[b >> 4]}${HEX[b & 15]}`;

function escapeWith(str, table) {
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (table[c] === 1) continue;
      out += str.slice(last, i) + pct(c);
      last = i + 1;
      continue;
    }
    out += str.slice(last, i);
    if (c < 0x800) {
      out += pct(0xc0 | (c >> 6)) + pct(0x80 | (c & 63));
    } else if (c < 0xd800 || c >= 0xe000) {
      out += pct(0xe0 | (c >> 12)) + pct(0x80 | ((c >> 6) & 63)) + pct(0x80 | (c & 63));
    } else {
      // As in Node: any surrogate takes the next code unit as its pair, unchecked; only a
      // surrogate at the very end is an error.
      if (i + 1 >= str.length) throw uriError();
      const next = str.charCodeAt(++i);
      c = 0x10000 + (((c & 0x3ff) << 10) | (next & 0x3ff));
      out += pct(0xf0 | (c >> 18)) + pct(0x80 | ((c >> 12) & 63)) + pct(0x80 | ((c >> 6) & 63)) + pct(0x80 | (c & 63));
    }
    last = i + 1;
  }
  return last === 0 ? str : out + str.slice(last);
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return escapeWith(str, noEscape);
}

function hexValue(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

// %XX sequences become bytes; other characters keep their low byte (as Node does).
function unescapeBytes(s, decodeSpaces) {
  const out = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2b && decodeSpaces) {
      out.push(0x20);
    } else if (c === 0x25 && i + 2 < s.length) {
      const hi = hexValue(s.charCodeAt(i + 1));
      const lo = hexValue(s.charCodeAt(i + 2));
      if (hi >= 0 && lo >= 0) {
        out.push(hi * 16 + lo);
        i += 2;
      } else {
        out.push(c);
      }
    } else {
      out.push(c & 0xff);
    }
  }
  return out;
}

function unescapeBuffer(s, decodeSpaces) {
  const { Buffer } = require('buffer');
  return Buffer.from(unescapeBytes(String(s), decodeSpaces));
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return require('internal/url/parser').utf8Decode(unescapeBytes(String(s), decodeSpaces));
  }
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  let encode = qsEscape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  const convert = (v) => encode(stringifyPrimitive(v));
  if (obj === null || typeof obj !== 'object') return '';
  const fields = [];
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const ks = convert(k) + eq;
    if (Array.isArray(v)) {
      if (v.length === 0) continue;
      fields.push(v.map((x) => ks + convert(x)).join(sep));
    } else {
      fields.push(ks + convert(v));
    }
  }
  return fields.join(sep);
}

function decodeStr(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return qsUnescape(s, true);
  }
}

// The default decoder runs only on fields holding a valid %XX, after "+" became " "; a
// custom decoder sees every non-empty field, with "+" as "%20".
function decodeField(s, decode, custom) {
  if (s === '') return s;
  if (custom) return decodeStr(s.replace(/\+/g, '%20'), decode);
  s = s.replace(/\+/g, ' ');
  return /%[0-9a-fA-F]{2}/.test(s) ? decodeStr(s, decode) : s;
}

function addPair(obj, key, value) {
  if (key in obj) {
    const cur = obj[key];
    if (Array.isArray(cur)) cur.push(value);
    else obj[key] = [cur, value];
  } else {
    obj[key] = value;
  }
}

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  const limit = maxKeys > 0 ? maxKeys : Infinity;
  let decode = qsUnescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  const custom = decode !== qsUnescape;

  let pairs = 0;
  let pos = 0;
  while (pos <= qs.length && pairs < limit) {
    let end = qs.indexOf(sep, pos);
    if (end === -1) end = qs.length;
    const seg = qs.slice(pos, end);
    pos = end + sep.length;
    if (seg.length === 0) {
      if (end === qs.length) break;
      continue;
    }
    const at = seg.indexOf(eq);
    let key = at === -1 ? seg : seg.slice(0, at);
    let value = at === -1 ? '' : seg.slice(at + eq.length);
    key = decodeField(key, decode, custom);
    value = decodeField(value, decode, custom);
    addPair(obj, key, value);
    pairs++;
    if (end === qs.length) break;
  }
  return obj;
}

module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
