'use strict';
// The Fetch Body mixin: body records (bytes, Blob or ReadableStream), extraction, MIME types, consumption.

const { Blob, File } = require('internal/buffer/blob');
const { ReadableStream, TransformStream } = require('stream/web');
const { isDisturbed } = require('internal/streams/utils');
const { TextEncoder, TextDecoder } = require('internal/web');
const { FormData, serializeFormData, formDataAppend } = require('internal/fetch/formdata');
const { listOf, isToken } = require('internal/fetch/headers');
const { collectQuotedString, parseParameters, serializeValue } = require('internal/util/mime');

let encoder;
let decoder;
const encode = (s) => (encoder ??= new TextEncoder()).encode(s);
// UTF-8 decode with a leading BOM dropped and bad bytes replaced.
const decode = (bytes) => (decoder ??= new TextDecoder()).decode(bytes);

const unusable = () => new TypeError('Body is unusable: Body has already been read');

const isURLSearchParams = (v) => {
  const { URLSearchParams } = require('url');
  return v instanceof URLSearchParams;
};
const isArrayBuffer = (v) => v instanceof ArrayBuffer;

// ---- body records -------------------------------------------------------------------------
// A body keeps its source (bytes or a Blob) and makes its ReadableStream only when someone asks
// for `.body`; until then it is read straight from the source. `used` marks a body read (or
// handed to another Request) before its stream existed.

class BodyRecord {
  constructor(stream, source, length) {
    this.stream = stream;
    this.source = source;
    this.length = length;
    this.used = false;
  }
}

function bytesStream(bytes) {
  return new ReadableStream({
    type: 'bytes',
    pull(controller) {
      if (bytes.length > 0) controller.enqueue(bytes.slice());
      controller.close();
      controller.byobRequest?.respond(0);
    },
  });
}

// A stream already read to its end, like the one Node leaves behind after text() and friends.
function spentStream(released) {
  const stream = new ReadableStream({ type: 'bytes', start(c) { c.close(); } });
  const reader = stream.getReader();
  reader.read();
  if (released) reader.releaseLock();
  return stream;
}

function bodyStream(rec) {
  if (rec.stream === null) {
    if (rec.used) rec.stream = spentStream(rec.used === 'transferred');
    else if (rec.source instanceof Blob) rec.stream = rec.source.stream();
    else rec.stream = bytesStream(rec.source);
  }
  return rec.stream;
}

function isUsed(rec) {
  if (rec === null) return false;
  if (rec.used) return true;
  return rec.stream !== null && isDisturbed(rec.stream);
}

function isUnusable(rec) {
  return rec !== null && (isUsed(rec) || (rec.stream !== null && rec.stream.locked));
}

function cloneBody(rec) {
  const out = new BodyRecord(null, rec.source, rec.length);
  if (rec.stream !== null) {
    const [a, b] = rec.stream.tee();
    rec.stream = a;
    out.stream = b;
  }
  return out;
}

// The body handed from one Request to a new one: the old one is left used.
function transferBody(rec) {
  const out = new BodyRecord(null, rec.source, rec.length);
  if (rec.stream === null) {
    rec.used = 'transferred';
  } else {
    out.stream = rec.stream.pipeThrough(new TransformStream());
    rec.used = true;
  }
  return out;
}

// A byte stream over an async iterable (Node accepts those as bodies).
function iterableStream(iterable) {
  let it;
  return new ReadableStream({
    type: 'bytes',
    async pull(controller) {
      it ??= iterable[Symbol.asyncIterator]();
      for (;;) {
        const { value, done } = await it.next();
        if (done) {
          controller.close();
          controller.byobRequest?.respond(0);
          return;
        }
        // Copies: a byte stream takes over (transfers) what it is given.
        const chunk = ArrayBuffer.isView(value) ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength).slice()
          : isArrayBuffer(value) ? new Uint8Array(value.slice(0)) : encode(`${value}`).slice();
        if (chunk.length > 0) {
          controller.enqueue(chunk);
          return;
        }
      }
    },
    async cancel(reason) {
      if (it && typeof it.return === 'function') await it.return(reason);
    },
  });
}

// WebIDL BodyInit conversion followed by "extract a body": [record, Content-Type or null].
function extractBody(object, keepalive = false) {
  if (typeof object === 'string') {
    const bytes = encode(object);
    return [new BodyRecord(null, bytes, bytes.length), 'text/plain;charset=UTF-8'];
  }
  if (object instanceof Blob) {
    return [new BodyRecord(null, object, object.size), object.type || null];
  }
  if (isArrayBuffer(object)) {
    const bytes = new Uint8Array(object.slice(0));
    return [new BodyRecord(null, bytes, bytes.length), null];
  }
  if (ArrayBuffer.isView(object)) {
    const bytes = new Uint8Array(object.buffer, object.byteOffset, object.byteLength).slice();
    return [new BodyRecord(null, bytes, bytes.length), null];
  }
  if (object instanceof FormData) {
    const [blob, boundary] = serializeFormData(object);
    return [new BodyRecord(null, blob, blob.size), `multipart/form-data; boundary=${boundary}`];
  }
  if (isURLSearchParams(object)) {
    const bytes = encode(object.toString());
    return [new BodyRecord(null, bytes, bytes.length), 'application/x-www-form-urlencoded;charset=UTF-8'];
  }
  if (object instanceof ReadableStream) {
    if (keepalive) throw new TypeError('keepalive');
    if (isDisturbed(object) || object.locked) {
      throw new TypeError('Response body object should not be disturbed or locked');
    }
    return [new BodyRecord(object, null, null), null];
  }
  if (object !== null && typeof object === 'object' && typeof object[Symbol.asyncIterator] === 'function') {
    if (keepalive) throw new TypeError('keepalive');
    return [new BodyRecord(iterableStream(object), null, null), null];
  }
  return extractBody(typeof object === 'symbol' ? object.toString() : `${object}`, keepalive);
}

// ---- reading ------------------------------------------------------------------------------

function concat(chunks, size) {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let pos = 0;
  for (const c of chunks) {
    out.set(c, pos);
    pos += c.length;
  }
  return out;
}

async function readAll(stream) {
  const reader = stream.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    if (!(value instanceof Uint8Array)) throw new TypeError('Received non-Uint8Array chunk');
    chunks.push(value);
    size += value.length;
  }
  return concat(chunks, size);
}

// The body's bytes (possibly shared with a clone: callers copy before handing them out).
function consume(rec) {
  if (rec === null) return Promise.resolve(new Uint8Array(0));
  if (isUnusable(rec)) return Promise.reject(unusable());
  if (rec.stream === null) {
    rec.used = true;
    const src = rec.source;
    if (src instanceof Blob) return src.arrayBuffer().then((ab) => new Uint8Array(ab));
    return Promise.resolve(src);
  }
  return readAll(rec.stream);
}

// ---- MIME types (WHATWG MIME Sniffing: parse and serialize) -------------------------------

const trimHttpWs = (s) => s.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');

function parseMimeType(input) {
  const s = trimHttpWs(input);
  let pos = s.indexOf('/');
  if (pos <= 0) return null;
  const type = s.slice(0, pos);
  if (!isToken(type)) return null;
  pos++;
  let end = s.indexOf(';', pos);
  if (end === -1) end = s.length;
  // Only trailing whitespace goes (WHATWG MIME Sniffing); a leading one makes it invalid.
  const subtype = s.slice(pos, end).replace(/[\t\n\r ]+$/, '');
  if (subtype === '' || !isToken(subtype)) return null;
  const mime = { type: type.toLowerCase(), subtype: subtype.toLowerCase(), parameters: new Map() };
  parseParameters(s, end, mime.parameters);
  return mime;
}

function serializeMimeType(mime) {
  let out = `${mime.type}/${mime.subtype}`;
  for (const [name, value] of mime.parameters) {
    out += `;${name}=`;
    out += serializeValue(value);
  }
  return out;
}

// Splits a combined header value on commas outside quoted strings.
function splitHeaderValue(value) {
  const out = [];
  let pos = 0;
  while (pos <= value.length) {
    let item = '';
    while (pos < value.length && value[pos] !== ',') {
      if (value[pos] === '"') {
        const start = pos;
        pos = collectQuotedString(value, pos).pos;
        item += value.slice(start, pos);
      } else {
        item += value[pos++];
      }
    }
    out.push(trimHttpWs(item));
    pos++;
  }
  return out;
}

// Fetch's "extract a MIME type" from a header list; null on failure.
function extractMimeType(headers) {
  const raw = listOf(headers).get('content-type');
  if (raw === null) return null;
  let charset = null;
  let essence = null;
  let mime = null;
  for (const value of splitHeaderValue(raw)) {
    const temp = parseMimeType(value);
    if (temp === null || (temp.type === '*' && temp.subtype === '*')) continue;
    mime = temp;
    const tempEssence = `${temp.type}/${temp.subtype}`;
    if (tempEssence !== essence) {
      charset = mime.parameters.has('charset') ? mime.parameters.get('charset') : null;
      essence = tempEssence;
    } else if (!mime.parameters.has('charset') && charset !== null) {
      mime.parameters.set('charset', charset);
    }
  }
  return mime;
}

// ---- multipart/form-data parsing ------------------------------------------------------------

function indexOfBytes(hay, needle, from) {
  const first = needle[0];
  const last = hay.length - needle.length;
  for (let i = hay.indexOf(first, from); i !== -1 && i <= last; i = hay.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && hay[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

const unescapeName = (s) => s.replace(/%0A/gi, '\n').replace(/%0D/gi, '\r').replace(/%22/g, '"');
const latin1 = (bytes) => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 4096) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 4096));
  return s;
};

// `form-data; name="..."[; filename="..."]`; null when malformed.
function parseDisposition(value) {
  const m = /^form-data/i.exec(value);
  if (!m) return null;
  let rest = value.slice(m[0].length);
  let name = null;
  let filename = null;
  while (rest.length > 0) {
    const p = /^[\t ]*;[\t ]*([A-Za-z*]+)="([^"]*)"/.exec(rest);
    if (!p) return null;
    const key = p[1].toLowerCase();
    if (key === 'name') name = p[2];
    else if (key === 'filename') filename = p[2];
    else return null;
    rest = rest.slice(p[0].length).replace(/^[\t ]+$/, '');
  }
  if (name === null) return null;
  return { name, filename };
}

// Returns [[name, value, filename?]...] or null on failure.
function parseMultipart(bytes, boundary) {
  const delim = encode(`--${boundary}`);
  const crlfDelim = encode(`\r\n--${boundary}`);
  let pos = 0;
  let end = bytes.length;
  while (bytes[pos] === 0x0d && bytes[pos + 1] === 0x0a) pos += 2;
  while (end - 2 >= pos && bytes[end - 2] === 0x0d && bytes[end - 1] === 0x0a) end -= 2;
  bytes = bytes.subarray(0, end);
  const entries = [];
  for (;;) {
    for (let i = 0; i < delim.length; i++) if (bytes[pos + i] !== delim[i]) return null;
    pos += delim.length;
    if (pos === end - 2 && bytes[pos] === 0x2d && bytes[pos + 1] === 0x2d) return entries;
    if (bytes[pos] !== 0x0d || bytes[pos + 1] !== 0x0a) return null;
    pos += 2;
    // Part headers, up to an empty line.
    let disposition = null;
    let contentType = null;
    let encoding = null;
    for (;;) {
      const lineEnd = indexOfBytes(bytes, [0x0d, 0x0a], pos);
      if (lineEnd === -1) return null;
      const line = latin1(bytes.subarray(pos, lineEnd));
      pos = lineEnd + 2;
      if (line === '') break;
      const colon = line.indexOf(':');
      if (colon <= 0) return null;
      const hname = line.slice(0, colon).toLowerCase();
      if (!isToken(hname)) return null;
      const hvalue = trimHttpWs(line.slice(colon + 1));
      if (hname === 'content-disposition') {
        disposition = parseDisposition(decode(Uint8Array.from(hvalue, (c) => c.charCodeAt(0))));
        if (disposition === null) return null;
      } else if (hname === 'content-type') {
        contentType = hvalue;
      } else if (hname === 'content-transfer-encoding') {
        encoding = hvalue.toLowerCase();
      }
    }
    if (disposition === null) return null;
    const next = indexOfBytes(bytes, crlfDelim, pos);
    if (next === -1) return null;
    let body = bytes.subarray(pos, next);
    pos = next + 2;
    if (encoding === 'base64') body = require('buffer').Buffer.from(latin1(body), 'base64');
    const name = unescapeName(disposition.name);
    if (disposition.filename !== null) {
      let type = contentType ?? 'text/plain';
      if (!/^[\x00-\x7f]*$/.test(type)) type = '';
      entries.push([name, new File([body], unescapeName(disposition.filename), { type })]);
    } else {
      entries.push([name, decode(body)]);
    }
  }
}

function toFormData(bytes, headers) {
  const mime = extractMimeType(headers);
  const essence = mime && `${mime.type}/${mime.subtype}`;
  if (essence === 'multipart/form-data') {
    const boundary = mime.parameters.get('boundary');
    const entries = boundary === undefined ? null : parseMultipart(bytes, boundary);
    if (entries === null) throw new TypeError('Failed to parse body as FormData.');
    const fd = new FormData();
    for (const [name, value] of entries) formDataAppend(fd, name, value);
    return fd;
  }
  if (essence === 'application/x-www-form-urlencoded') {
    const { URLSearchParams } = require('url');
    const fd = new FormData();
    for (const [name, value] of new URLSearchParams(decode(bytes))) formDataAppend(fd, name, value);
    return fd;
  }
  throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
}

// ---- the mixin ------------------------------------------------------------------------------

// Adds blob/arrayBuffer/text/json/formData/bytes to Class.prototype. `stateOf(obj)` returns
// `{ body, headers }` or throws for a foreign `this`.
function mixinBody(Class, stateOf) {
  const consumeWith = (self, convert) => {
    let state;
    try {
      state = stateOf(self);
    } catch (err) {
      return Promise.reject(err);
    }
    return consume(state.body).then((bytes) => convert(bytes, state));
  };
  const methods = {
    blob() {
      return consumeWith(this, (bytes, state) => {
        const mime = extractMimeType(state.headers);
        return new Blob([bytes], { type: mime === null ? '' : serializeMimeType(mime) });
      });
    },
    arrayBuffer() {
      return consumeWith(this, (bytes) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    },
    text() {
      return consumeWith(this, (bytes) => decode(bytes));
    },
    json() {
      return consumeWith(this, (bytes) => JSON.parse(decode(bytes)));
    },
    formData() {
      return consumeWith(this, (bytes, state) => toFormData(bytes, state.headers));
    },
    bytes() {
      return consumeWith(this, (bytes) => bytes.slice());
    },
  };
  for (const name of Object.keys(methods)) {
    Object.defineProperty(Class.prototype, name, {
      value: methods[name], writable: true, enumerable: true, configurable: true,
    });
  }
}

module.exports = {
  BodyRecord,
  bodyStream,
  isUsed,
  isUnusable,
  cloneBody,
  transferBody,
  extractBody,
  mixinBody,
  extractMimeType,
  parseMimeType,
  serializeMimeType,
};
