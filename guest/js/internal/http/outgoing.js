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

function headersSentError(what) {
  const err = new Error(`Cannot ${what} headers after they are sent to the client`);
  err.code = 'ERR_HTTP_HEADERS_SENT';
  return err;
}

// Stream's constructor only sets up listener bookkeeping, which EventEmitter also makes
// on first use; skipping it saves every response QuickJS's per-property cost.
function OutgoingMessage() {
  this[kHeaders] = new Map();
}
Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);
Object.setPrototypeOf(OutgoingMessage, Stream);

class OutgoingMessageMethods {
  // Writable-like write(); each subclass sends the chunk with _writeChunk(body) -> ok.
  write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (this.writableEnded) {
      const err = new Error('write after end');
      err.code = 'ERR_STREAM_WRITE_AFTER_END';
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
    this[kHeaders].set(key, [name, value]);
    return this;
  }

  appendHeader(name, value) {
    if (this.headersSent) throw headersSentError('append');
    validateHeaderName(name);
    validateHeaderValue(name, value);
    const key = name.toLowerCase();
    const cur = this[kHeaders].get(key);
    if (!cur) this[kHeaders].set(key, [name, value]);
    else cur[1] = [].concat(cur[1], value);
    return this;
  }

  getHeader(name) {
    if (typeof name !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('name', 'string', name);
    const e = this[kHeaders].get(name.toLowerCase());
    return e ? e[1] : undefined;
  }

  getHeaders() {
    const out = Object.create(null);
    for (const [k, [, v]] of this[kHeaders]) out[k] = v;
    return out;
  }

  getHeaderNames() {
    return [...this[kHeaders].keys()];
  }

  getRawHeaderNames() {
    return [...this[kHeaders].values()].map(([n]) => n);
  }

  hasHeader(name) {
    if (typeof name !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('name', 'string', name);
    return this[kHeaders].has(name.toLowerCase());
  }

  removeHeader(name) {
    if (this.headersSent) throw headersSentError('remove');
    this[kHeaders].delete(name.toLowerCase());
  }

  _flatHeaders() {
    // forEach, not for-of with destructuring: QuickJS makes iterator objects for those.
    const flat = [];
    this[kHeaders].forEach((entry) => {
      const value = entry[1];
      if (Array.isArray(value)) for (let i = 0; i < value.length; i++) flat.push(entry[0], String(value[i]));
      else flat.push(entry[0], typeof value === 'string' ? value : String(value));
    });
    return flat;
  }
}

for (const name of Object.getOwnPropertyNames(OutgoingMessageMethods.prototype)) {
  if (name !== 'constructor') {
    Object.defineProperty(OutgoingMessage.prototype, name, Object.getOwnPropertyDescriptor(OutgoingMessageMethods.prototype, name));
  }
}

module.exports = { OutgoingMessage, headersSentError, toBytes };
