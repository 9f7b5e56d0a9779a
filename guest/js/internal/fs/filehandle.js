'use strict';
// fs/promises' FileHandle: one fd with promise methods over the host's fd operations, and 'close' events.

const { Buffer } = require('buffer');
const EventEmitter = require('events');
const ops = require('internal/fs/ops');
const { notImplemented } = require('internal/errors');
const {
  kEmptyObject, validateObject, validateBuffer, validateInteger, getOptions, parseFileMode, toUnixTimestamp,
  makeStats, toBuffer, checkAborted,
} = require('internal/fs/utils');
const {
  readArgs, readIntoAsync, bufferWriteArgs, encodeString, validateBufferArray, validateStringOrView, scatter, totalLength,
  joinBuffers, decode, ftruncateLen, kReadFileChunk,
} = require('internal/fs/files');

const kFd = Symbol('kFd');
const kClosePromise = Symbol('kClosePromise');

// A closed handle has fd -1; Node rejects its calls with this EBADF (no errno, no path).
function closedError(syscall) {
  const err = new Error('file closed');
  err.code = 'EBADF';
  err.syscall = syscall;
  return err;
}

// Node's FileHandle emits events without being an EventEmitter instance: the methods are mixed in.
class FileHandle {
  constructor(fd) {
    EventEmitter.call(this);
    this[kFd] = fd;
    this[kClosePromise] = null;
  }

  get fd() {
    return this[kFd];
  }

  getAsyncId() {
    return this[kFd];
  }

  // Runs a host op on this handle's fd, or rejects as Node does once the handle is closed.
  #op(syscall, op, a, b, c) {
    const fd = this[kFd];
    if (fd === -1) return Promise.reject(closedError(syscall));
    return ops.call(op, fd, a, b, c);
  }

  async appendFile(data, options) {
    return this.#writeFile(data, getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' }), 'writeFile');
  }

  async chmod(mode) {
    mode = parseFileMode(mode, 'mode');
    return this.#op('fchmod', 'fchmod', mode);
  }

  async chown() {
    throw notImplemented('filehandle.chown');
  }

  async datasync() {
    return this.#op('fdatasync', 'fdatasync');
  }

  async sync() {
    return this.#op('fsync', 'fsync');
  }

  // read(buffer, offset, length, position), read(buffer, options), read(options) or read().
  async read(bufferOrOptions, offset, length, position) {
    let buffer = bufferOrOptions;
    if (!ArrayBuffer.isView(buffer)) {
      if (bufferOrOptions !== undefined) validateObject(bufferOrOptions, 'options', true);
      ({
        buffer = Buffer.alloc(16384), offset = 0, length = buffer.byteLength - offset, position = null,
      } = bufferOrOptions ?? kEmptyObject);
      validateBuffer(buffer);
    }
    if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    length ??= buffer.byteLength - offset;
    const args = readArgs(buffer, offset, length, position);
    if (args === null) return { __proto__: null, bytesRead: 0, buffer };
    if (this[kFd] === -1) throw closedError('read');
    const bytesRead = await new Promise((resolve, reject) => {
      readIntoAsync(this[kFd], buffer, args[0], args[1], args[2], (err, n) => (err ? reject(err) : resolve(n)));
    });
    return { __proto__: null, bytesRead, buffer };
  }

  async readv(buffers, position) {
    validateBufferArray(buffers);
    const n = totalLength(buffers);
    if (this[kFd] === -1) throw closedError('readv');
    if (n === 0) return { __proto__: null, bytesRead: 0, buffers };
    const bytes = await this.#op('readv', 'read', n, typeof position === 'number' ? position : -1);
    return { __proto__: null, bytesRead: scatter(buffers, bytes), buffers };
  }

  async readFile(options) {
    options = getOptions(options, { flag: 'r' });
    const { signal } = options;
    checkAborted(signal);
    if (this[kFd] === -1) throw closedError('readFile');
    const chunks = [];
    let total = 0;
    for (;;) {
      const bytes = await this.#op('readFile', 'read', kReadFileChunk, -1);
      checkAborted(signal);
      if (bytes.length === 0) break;
      chunks.push(bytes);
      total += bytes.length;
    }
    return decode(chunks.length === 1 ? toBuffer(chunks[0]) : Buffer.concat(chunks, total), options.encoding);
  }

  readLines() {
    throw notImplemented('filehandle.readLines');
  }

  readableWebStream() {
    throw notImplemented('filehandle.readableWebStream');
  }

  async stat(options) {
    const bigint = !!(options && options.bigint);
    return makeStats(await this.#op('fstat', 'fstat', bigint), bigint);
  }

  async truncate(len = 0) {
    len = ftruncateLen(len);
    return this.#op('ftruncate', 'ftruncate', len);
  }

  async utimes(atime, mtime) {
    atime = toUnixTimestamp(atime, 'atime');
    mtime = toUnixTimestamp(mtime, 'mtime');
    return this.#op('futimes', 'futimes', atime, mtime);
  }

  // write(buffer, offset, length, position), write(buffer, options) or write(string, position, encoding).
  async write(buffer, offsetOrOptions, length, position) {
    if (buffer?.byteLength === 0) return { __proto__: null, bytesWritten: 0, buffer };
    if (ArrayBuffer.isView(buffer)) {
      const [bytes, pos] = bufferWriteArgs(buffer, offsetOrOptions, length, position);
      const n = await this.#op('write', 'write', bytes, pos);
      return { __proto__: null, bytesWritten: n, buffer };
    }
    validateStringOrView(buffer, 'buffer');
    const data = encodeString(buffer, length);
    const n = await this.#op('write', 'write', data, typeof offsetOrOptions === 'number' ? offsetOrOptions : -1);
    return { __proto__: null, bytesWritten: n, buffer };
  }

  async writev(buffers, position) {
    validateBufferArray(buffers);
    if (this[kFd] === -1) throw closedError('writev');
    if (buffers.length === 0) return { __proto__: null, bytesWritten: 0, buffers };
    const n = await this.#op('writev', 'write', joinBuffers(buffers), typeof position === 'number' ? position : -1);
    return { __proto__: null, bytesWritten: n, buffers };
  }

  async writeFile(data, options) {
    return this.#writeFile(data, getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' }), 'writeFile');
  }

  // Writes at the handle's cursor: a string or bytes, or the chunks of an (async) iterable or stream.
  async #writeFile(data, options, syscall) {
    const { signal, encoding } = options;
    checkAborted(signal);
    if (this[kFd] === -1) throw closedError(syscall);
    if (ArrayBuffer.isView(data) || typeof data === 'string' || !isIterable(data)) {
      if (!ArrayBuffer.isView(data)) validateStringOrView(data, 'data');
      return this.#writeAll(toBytes(data, encoding), signal, syscall);
    }
    for await (const chunk of data) {
      checkAborted(signal);
      await this.#writeAll(toBytes(chunk, encoding), signal, syscall);
    }
  }

  async #writeAll(bytes, signal, syscall) {
    while (bytes.length > 0) {
      const n = await this.#op(syscall, 'write', bytes, -1);
      checkAborted(signal);
      bytes = bytes.subarray(n);
    }
  }

  close() {
    if (this[kClosePromise]) return this[kClosePromise];
    const fd = this[kFd];
    if (fd === -1) return Promise.resolve();
    this[kFd] = -1;
    this[kClosePromise] = ops.call('close', fd).then(() => {
      this[kClosePromise] = null;
      this.emit('close');
    }, (err) => {
      this[kClosePromise] = null;
      throw err;
    });
    return this[kClosePromise];
  }

  async [Symbol.asyncDispose]() {
    return this.close();
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }
}

for (const key of Reflect.ownKeys(EventEmitter.prototype)) {
  if (key !== 'constructor') {
    Object.defineProperty(FileHandle.prototype, key, Object.getOwnPropertyDescriptor(EventEmitter.prototype, key));
  }
}

function isIterable(v) {
  return v != null && typeof v === 'object' &&
    (typeof v[Symbol.iterator] === 'function' || typeof v[Symbol.asyncIterator] === 'function');
}

function toBytes(chunk, encoding) {
  if (typeof chunk === 'string') return Buffer.from(chunk, encoding || 'utf8');
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  validateStringOrView(chunk, 'data');
  return chunk;
}

module.exports = { FileHandle, isIterable, toBytes };
