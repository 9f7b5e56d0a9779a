'use strict';
// Node's buffer encodings: the ids the natives use (see guest/src/natives/buffer.rs), name
// lookup, and the byte length of a string in each encoding.

const natives = require('internal/natives');

const UTF8 = 0;
const UCS2 = 1;
const LATIN1 = 2;
const ASCII = 3;
const BASE64 = 4;
const BASE64URL = 5;
const HEX = 6;

// Node's canonical name for each id.
const NAMES = ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];

const IDS = new Map([
  ['utf8', UTF8], ['utf-8', UTF8], ['ucs2', UCS2], ['ucs-2', UCS2], ['utf16le', UCS2], ['utf-16le', UCS2],
  ['latin1', LATIN1], ['binary', LATIN1], ['ascii', ASCII], ['base64', BASE64], ['base64url', BASE64URL],
  ['hex', HEX],
]);

// The id of an encoding name (any case), or -1. Non-strings are converted first, so
// `null` is the unknown encoding "null", as in Node's toString/write/indexOf.
function encodingId(encoding) {
  const s = `${encoding}`;
  const id = IDS.get(s);
  if (id !== undefined) return id;
  const lower = IDS.get(s.toLowerCase());
  return lower === undefined ? -1 : lower;
}

// Node's normalizeEncoding: the canonical name, 'utf8' for null/undefined/'', or undefined.
function normalizeEncoding(encoding) {
  if (encoding == null || encoding === 'utf8' || encoding === 'utf-8' || encoding === '') return 'utf8';
  if (typeof encoding !== 'string') return undefined;
  const id = encodingId(encoding);
  return id < 0 ? undefined : NAMES[id];
}

function base64ByteLength(str) {
  let bytes = str.length;
  if (bytes > 0 && str.charCodeAt(bytes - 1) === 0x3d) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3d) bytes--;
  return (bytes * 3) >>> 2;
}

// Bytes `str` takes in encoding `id` (base64: an upper bound, as Node computes it).
function byteLengthOf(str, id) {
  switch (id) {
    case UTF8: return natives.bufUtf8Length(str);
    case UCS2: return str.length * 2;
    case BASE64:
    case BASE64URL: return base64ByteLength(str);
    case HEX: return str.length >>> 1;
    default: return str.length;
  }
}

// An upper bound that needs no look at the characters.
function maxByteLength(str, id) {
  return id === UTF8 ? str.length * 3 : byteLengthOf(str, id);
}

module.exports = {
  UTF8, UCS2, LATIN1, ASCII, BASE64, BASE64URL, HEX, NAMES,
  encodingId, normalizeEncoding, byteLengthOf, maxByteLength,
};
