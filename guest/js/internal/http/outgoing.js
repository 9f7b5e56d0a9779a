'use strict';
// The header half of Node's OutgoingMessage, shared by ServerResponse and ClientRequest:
// names keep their case for the wire, lookups ignore it.

const { Stream } = require('stream');
const loop = require('internal/loop');
const { codes } = require('internal/errors');
const { validateHeaderName, validateHeaderValue } = require('internal/http/common');

const kHeaders = Symbol('kHeaders');
// Header names already validated, with their lowercase keys (servers set the same few).
const knownNames = new Map();
const knownValues = new Set();

// A body chunk as the host takes it: UTF-8 strings pass through, other encodings become bytes.
function toBytes(chunk, encoding) {
  if (typeof chunk === 'string') {
    if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return chunk;
    return require('buffer').Buffer.from(chunk, encoding);
  }
  if (chunk instanceof Uint8Array) return chunk;
  throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
}

function writeAfterEnd() {
  const err = new Error('write after end');
  err.code = 'ERR_STREAM_WRITE_AFTER_END';
  return err;
}

function headersSentError(what) {
  const err = new Error(`Cannot ${what} headers after they are sent to the client`);
  err.code = 'ERR_HTTP_HEADERS_SENT';
  return err;
}

// Stream's constructor only sets up listener bookkeeping, which EventEmitter also makes
// on first use; skipping it saves every response QuickJS's per-property cost. The header
// list is made by the first setHeader.
function OutgoingMessage() {}
Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);
Object.setPrototypeOf(OutgoingMessage, Stream);

// Headers are a flat list of [key, name, value] triples: the lowercase key for lookups,
// the name as given for the wire. A response has a few, so a scan beats a Map, and the
// host reads the list as it is (natives/http.rs).
function indexOfKey(list, key) {
  if (list !== undefined) for (let i = 0; i < list.length; i += 3) if (list[i] === key) return i;
  return -1;
}

class OutgoingMessageMethods {
  // Writable-like write(); each subclass sends the chunk with _writeChunk(body) -> ok.
  write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (this.writableEnded) {
      const err = writeAfterEnd();
      loop.nextTick(() => {
        if (cb) cb(err);
        this.emit('error', err);
      });
      return false;
    }
    if (chunk === null) throw new codes.ERR_STREAM_NULL_VALUES();
    const ok = this._writeChunk(toBytes(chunk, encoding));
    if (!ok) this._needDrain = true;
    if (cb) loop.nextTick(cb);
    return ok;
  }


  setHeader(name, value) {
    if (this.headersSent) throw headersSentError('set');
    let key = knownNames.get(name);
    if (key === undefined) {
      validateHeaderName(name);
      key = name.toLowerCase();
      if (knownNames.size < 512) knownNames.set(name, key);
    }
    // Servers send the same few values over and over; each is checked once.
    if (typeof value !== 'string' || !knownValues.has(value)) {
      validateHeaderValue(name, value);
      if (typeof value === 'string' && knownValues.size < 512) knownValues.add(value);
    }
    const list = this[kHeaders];
    if (list === undefined) {
      this[kHeaders] = [key, name, value];
      return this;
    }
    const i = indexOfKey(list, key);
    if (i < 0) list.push(key, name, value);
    else {
      list[i + 1] = name;
      list[i + 2] = value;
    }
    return this;
  }

  // Node 18.15+: every field of a Headers or Map, each replacing one of the same name.
  setHeaders(headers) {
    if (this.headersSent) throw headersSentError('set');
    if (!headers || typeof headers.entries !== 'function' || typeof headers.get !== 'function') {
      throw new codes.ERR_INVALID_ARG_TYPE('headers', ['Headers', 'Map'], headers);
    }
    // A Headers object joins repeated values; its set-cookie ones stay apart, as Node keeps them.
    const cookies = typeof headers.getSetCookie === 'function' ? headers.getSetCookie() : [];
    for (const [name, value] of headers) {
      if (cookies.length > 0 && name.toLowerCase() === 'set-cookie') continue;
      this.setHeader(name, value);
    }
    if (cookies.length > 0) this.setHeader('set-cookie', cookies);
    return this;
  }

  appendHeader(name, value) {
    if (this.headersSent) throw headersSentError('append');
    validateHeaderName(name);
    validateHeaderValue(name, value);
    const key = name.toLowerCase();
    const list = this[kHeaders] || (this[kHeaders] = []);
    const i = indexOfKey(list, key);
    if (i < 0) list.push(key, name, value);
    else list[i + 2] = [].concat(list[i + 2], value);
    return this;
  }

  getHeader(name) {
    if (typeof name !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('name', 'string', name);
    const i = indexOfKey(this[kHeaders], name.toLowerCase());
    return i < 0 ? undefined : this[kHeaders][i + 2];
  }

  getHeaders() {
    const out = Object.create(null);
    const list = this[kHeaders];
    if (list !== undefined) for (let i = 0; i < list.length; i += 3) out[list[i]] = list[i + 2];
    return out;
  }

  getHeaderNames() {
    const list = this[kHeaders] || [];
    return list.filter((_, i) => i % 3 === 0);
  }

  getRawHeaderNames() {
    const list = this[kHeaders] || [];
    return list.filter((_, i) => i % 3 === 1);
  }

  hasHeader(name) {
    if (typeof name !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('name', 'string', name);
    return indexOfKey(this[kHeaders], name.toLowerCase()) >= 0;
  }

  removeHeader(name) {
    if (this.headersSent) throw headersSentError('remove');
    const i = indexOfKey(this[kHeaders], name.toLowerCase());
    if (i >= 0) this[kHeaders].splice(i, 3);
  }

  // The header triples as natives/http.rs takes them (`[]` when there are none). As in
  // Node, several cookies set as an array go out as one `Cookie` line joined with '; '.
  _headerList() {
    const list = this[kHeaders];
    if (list === undefined) return [];
    const i = indexOfKey(list, 'cookie');
    if (i < 0 || !Array.isArray(list[i + 2]) || list[i + 2].length < 2) return list;
    const out = list.slice();
    out[i + 2] = list[i + 2].join('; ');
    return out;
  }

  // Whether a header is set, by its lowercase key (no argument checks: internal use).
  _hasKey(key) {
    return indexOfKey(this[kHeaders], key) >= 0;
  }
}

for (const name of Object.getOwnPropertyNames(OutgoingMessageMethods.prototype)) {
  if (name !== 'constructor') {
    Object.defineProperty(OutgoingMessage.prototype, name, Object.getOwnPropertyDescriptor(OutgoingMessageMethods.prototype, name));
  }
}

module.exports = { OutgoingMessage, headersSentError, writeAfterEnd, toBytes, kOutHeaders: kHeaders };
