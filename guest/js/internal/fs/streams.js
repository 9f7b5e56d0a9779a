'use strict';
// fs.ReadStream and fs.WriteStream: Readable/Writable over the host's open, read, write and close.

const { Buffer } = require('buffer');
const { Readable, Writable, finished } = require('stream');
const ops = require('internal/fs/ops');
const loop = require('internal/loop');
const { codes } = require('internal/errors');
const {
  getOptions, validateInteger, validateBoolean, validateFunction, getValidatedFd, getValidatedPath, stringToFlags,
  parseFileMode, toPathIfFileURL, toBuffer,
} = require('internal/fs/utils');

const { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } = codes;
const kIoDone = Symbol('kIoDone');
const kBusy = Symbol('kIsPerformingIO');
const kHandle = Symbol('kHandle');

// The calls a stream makes: the host's, or those of a FileHandle passed as `fd` (closing through the
// handle, so it knows), or of an `fs` option with Node's callback signatures (e.g. an in-memory fs).
function streamIo(handle, custom) {
  const io = {
    open: (path, flags, mode, cb) => ops.submit('open', path, stringToFlags(flags), parseFileMode(mode, 'mode', 0o666),
      undefined, cb),
    read: (fd, n, pos, cb) => ops.submit('read', fd, n, pos, undefined, cb),
    write: (fd, data, pos, cb) => ops.submit('write', fd, data, pos, undefined, cb),
    fsync: (fd, cb) => ops.submit('fsync', fd, undefined, undefined, undefined, cb),
    close: handle
      ? (fd, cb) => handle.close().then(() => cb(null), cb)
      : (fd, cb) => ops.submit('close', fd, undefined, undefined, undefined, cb),
  };
  if (custom == null) return io;
  const position = (pos) => (pos === -1 ? null : pos);
  for (const name of ['open', 'read', 'write', 'close', 'fsync']) {
    if (custom[name] !== undefined) validateFunction(custom[name], `options.fs.${name}`);
  }
  if (custom.open) io.open = (path, flags, mode, cb) => custom.open(path, flags, mode, cb);
  if (custom.read) {
    io.read = (fd, n, pos, cb) => {
      const buf = Buffer.allocUnsafe(n);
      custom.read(fd, buf, 0, n, position(pos), (err, bytesRead) => (err ? cb(err) : cb(null, buf.subarray(0, bytesRead))));
    };
  }
  if (custom.write) {
    io.write = (fd, data, pos, cb) => custom.write(fd, data, 0, data.length, position(pos), cb);
  }
  if (custom.close) io.close = (fd, cb) => custom.close(fd, cb);
  if (custom.fsync) io.fsync = (fd, cb) => custom.fsync(fd, cb);
  return io;
}

function isFileHandle(v) {
  return v !== null && typeof v === 'object' && typeof v.fd === 'number' && typeof v.close === 'function' &&
    typeof v.readFile === 'function';
}

// Shared set-up: options, fd or path, flags and mode, and `start`.
function setup(stream, path, options, defaultFlags) {
  if (options.fd != null) {
    if (isFileHandle(options.fd)) {
      stream.fd = getValidatedFd(options.fd.fd);
      stream[kHandle] = options.fd;
    } else if (typeof options.fd === 'number') {
      stream.fd = getValidatedFd(options.fd, 'options.fd');
    } else {
      throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], options.fd);
    }
    stream.path = undefined;
  } else {
    stream.fd = null;
    stream.path = toPathIfFileURL(path);
    stream.path = typeof stream.path === 'string' ? stream.path : getValidatedPath(stream.path);
  }
  stream.flags = options.flags === undefined ? defaultFlags : options.flags;
  stream.mode = options.mode === undefined ? 0o666 : options.mode;
  stream[kBusy] = false;
}

// Opens the file unless an fd was given; 'open' and 'ready' follow the construct callback, as in Node.
function construct(stream, cb) {
  if (typeof stream.fd === 'number') return cb();
  stream.io.open(stream.path, stream.flags, stream.mode, (err, fd) => {
    if (err) return cb(err);
    stream.fd = fd;
    cb();
    stream.emit('open', stream.fd);
    stream.emit('ready');
  });
}

function closeStream(stream, err, cb) {
  // Like Node, fd 0 counts as no fd here.
  if (!stream.fd) return cb(err);
  const fd = stream.fd;
  const doClose = (syncErr) => stream.io.close(fd, (er) => cb(syncErr || er || err));
  stream.fd = null;
  if (stream.flush) stream.io.fsync(fd, doClose);
  else doClose(null);
}

// A destroy during a read or write waits for it, so the fd is not closed under the host.
function destroy(err, cb) {
  if (this[kBusy]) this.once(kIoDone, (er) => closeStream(this, err || er, cb));
  else closeStream(this, err, cb);
}

function pendingGetter() {
  return this.fd === null;
}

// ---- ReadStream ------------------------------------------------------------------------------------
function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = { ...getOptions(options) };
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  if (options.autoDestroy === undefined) options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  setup(this, path, options, 'r');
  this.io = streamIo(this[kHandle], options.fs);
  Object.defineProperty(this, 'io', { enumerable: false });
  this.start = options.start;
  this.end = options.end ?? Infinity;
  this.pos = undefined;
  this.bytesRead = 0;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }
  Readable.call(this, options);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperties(ReadStream.prototype, {
  autoClose: {
    get() { return this._readableState.autoDestroy; },
    set(v) { this._readableState.autoDestroy = v; },
    configurable: true,
  },
  pending: { get: pendingGetter, configurable: true },
});

ReadStream.prototype._construct = function _construct(cb) {
  construct(this, cb);
};

ReadStream.prototype._read = function _read(n) {
  n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  this[kBusy] = true;
  this.io.read(this.fd, n, this.pos ?? -1, (err, bytes) => {
    this[kBusy] = false;
    if (this.destroyed) {
      this.emit(kIoDone, err);
      return;
    }
    if (err) {
      this.destroy(err);
      return;
    }
    if (bytes.length > 0) {
      if (this.pos !== undefined) this.pos += bytes.length;
      this.bytesRead += bytes.length;
      this.push(toBuffer(bytes));
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype._destroy = destroy;

ReadStream.prototype.close = function close(cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

// ---- WriteStream -----------------------------------------------------------------------------------
function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = { ...getOptions(options) };
  options.decodeStrings = true;
  if (options.autoDestroy === undefined) options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  setup(this, path, options, 'w');
  this.io = streamIo(this[kHandle], options.fs);
  Object.defineProperty(this, 'io', { enumerable: false });
  if (options.flush == null) {
    this.flush = false;
  } else {
    validateBoolean(options.flush, 'options.flush');
    this.flush = options.flush;
  }
  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  Writable.call(this, options);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperties(WriteStream.prototype, {
  autoClose: {
    get() { return this._writableState.autoDestroy; },
    set(v) { this._writableState.autoDestroy = v; },
    configurable: true,
  },
  pending: { get: pendingGetter, configurable: true },
});

WriteStream.prototype._construct = function _construct(cb) {
  construct(this, cb);
};

// Writes all of `bytes`, continuing after short writes.
function writeAll(stream, bytes, cb) {
  stream[kBusy] = true;
  stream.io.write(stream.fd, bytes, stream.pos ?? -1, (err, n) => {
    stream[kBusy] = false;
    if (stream.destroyed) {
      cb(err);
      stream.emit(kIoDone, err);
      return;
    }
    if (err) return cb(err);
    stream.bytesWritten += n;
    if (stream.pos !== undefined) stream.pos += n;
    if (n < bytes.length && n > 0) return writeAll(stream, bytes.subarray(n), cb);
    cb();
  });
}

WriteStream.prototype._write = function _write(data, encoding, cb) {
  writeAll(this, data, cb);
};

WriteStream.prototype._writev = function _writev(chunks, cb) {
  const list = chunks.map((c) => c.chunk);
  writeAll(this, list.length === 1 ? list[0] : Buffer.concat(list), cb);
};

WriteStream.prototype._destroy = destroy;

WriteStream.prototype.close = function close(cb) {
  if (cb) {
    if (this.closed) {
      loop.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  // Without autoClose, finishing does not destroy the stream, so ask for it here.
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

function createReadStream(path, options) {
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  return new WriteStream(path, options);
}

module.exports = { ReadStream, WriteStream, createReadStream, createWriteStream };
