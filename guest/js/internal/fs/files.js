'use strict';
// node:fs fd operations (open, read, write, fstat...) and readFile/writeFile/appendFile, sync and callback.

const { Buffer } = require('buffer');
const ops = require('internal/fs/ops');
const loop = require('internal/loop');
const { codes } = require('internal/errors');
const {
  kEmptyObject, stringToFlags, validateObject, validateInteger, validateBuffer, validateBoolean, getValidatedFd,
  parseFileMode, getOptions, makeCallback, getValidatedPath, isFd, toData, toBuffer, validatePosition,
  toUnixTimestamp, makeStats, abortError,
} = require('internal/fs/utils');
const { runAsync } = require('internal/fs/paths');

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE } = codes;
const kReadFileChunk = 512 * 1024;

// ---- open, close ---------------------------------------------------------------------------------
function openSync(path, flags, mode) {
  path = getValidatedPath(path);
  return ops.sync('open', path, stringToFlags(flags), parseFileMode(mode, 'mode', 0o666));
}

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  callback = makeCallback(callback);
  runAsync(['open', path, flagsNumber, mode], callback);
}

function closeSync(fd) {
  ops.sync('close', getValidatedFd(fd));
}

// Like Node, a close without a callback throws its error as uncaught.
function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  runAsync(['close', fd], callback);
}

// ---- read ------------------------------------------------------------------------------------------
function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInteger(length, 'length', 0, 2147483647);
}

// Checks a read's numbers the way Node does; returns [offset, length, position] or null when length is 0.
function readArgs(buffer, offset, length, position) {
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) return null;
  if (buffer.byteLength === 0) throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  return [offset, length, validatePosition(position)];
}

// Copies the host's bytes into the caller's buffer at `offset`.
function copyInto(buffer, offset, bytes) {
  new Uint8Array(buffer.buffer, buffer.byteOffset + offset, bytes.length).set(bytes);
  return bytes.length;
}

// The host returns at most 64 MiB per read. A read that filled exactly that much was cut short by the
// cap, not by the end of the file, so continue: libuv would have read the whole length.
const kHostReadCap = 64 * 1024 * 1024;
const nextPos = (position, done) => (position === -1 ? -1 : position + done);

function readIntoSync(fd, buffer, offset, length, position) {
  let done = 0;
  for (;;) {
    const n = copyInto(buffer, offset + done, ops.sync('read', fd, length - done, nextPos(position, done)));
    done += n;
    if (n !== kHostReadCap || done >= length) return done;
  }
}

function readIntoAsync(fd, buffer, offset, length, position, cb) {
  let done = 0;
  const step = () => ops.submit('read', fd, length - done, nextPos(position, done), undefined, (err, bytes) => {
    if (err) return cb(err);
    const n = copyInto(buffer, offset + done, bytes);
    done += n;
    if (n !== kHostReadCap || done >= length) return cb(null, done);
    step();
  });
  step();
}

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) validateObject(offsetOrOptions, 'options', true);
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? kEmptyObject);
  }
  const args = readArgs(buffer, offset, length, position);
  if (args === null) return 0;
  return readIntoSync(fd, buffer, args[0], args[1], args[2]);
}

// fs.read(fd, buffer, offset, length, position, cb), (fd, buffer, options, cb), (fd, options, cb), (fd, cb).
function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  const argc = arguments.length;
  if (argc <= 4) {
    if (argc === 4) {
      validateObject(offsetOrOptions, 'options', true);
      callback = length;
      params = offsetOrOptions;
    } else if (argc === 3) {
      if (!ArrayBuffer.isView(buffer)) {
        params = buffer;
        ({ buffer = Buffer.alloc(16384) } = params ?? kEmptyObject);
      }
      callback = offsetOrOptions;
    } else {
      callback = buffer;
      buffer = Buffer.alloc(16384);
    }
    ({ offset = 0, length = buffer?.byteLength - offset, position = null } = params ?? kEmptyObject);
  }
  validateBuffer(buffer);
  callback = makeCallback(callback);
  const args = readArgs(buffer, offset, length, position);
  if (args === null) {
    loop.nextTick(callback, null, 0, buffer);
    return;
  }
  readIntoAsync(fd, buffer, args[0], args[1], args[2], (err, n) => (err ? callback(err) : callback(null, n, buffer)));
}

function validateBufferArray(buffers, name = 'buffers') {
  if (!Array.isArray(buffers) || !buffers.every((b) => ArrayBuffer.isView(b))) {
    throw new ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
  }
  return buffers;
}

// readv as one host read of the total length, scattered over the buffers.
function scatter(buffers, bytes) {
  let at = 0;
  for (const b of buffers) {
    if (at >= bytes.length) break;
    const n = Math.min(b.byteLength, bytes.length - at);
    new Uint8Array(b.buffer, b.byteOffset, n).set(bytes.subarray(at, at + n));
    at += n;
  }
  return bytes.length;
}

function totalLength(buffers) {
  let n = 0;
  for (const b of buffers) n += b.byteLength;
  return n;
}

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  const pos = typeof position === 'number' ? position : -1;
  const n = totalLength(buffers);
  if (n === 0) return 0;
  return scatter(buffers, ops.sync('read', fd, n, pos));
}

function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position === 'function') callback = position;
  callback = makeCallback(callback);
  const pos = typeof position === 'number' ? position : -1;
  const n = totalLength(buffers);
  if (n === 0) return loop.nextTick(callback, null, 0, buffers);
  ops.submit('read', fd, n, pos, undefined, (err, bytes) => {
    if (err) return callback(err);
    callback(null, scatter(buffers, bytes), buffers);
  });
}

// ---- write ---------------------------------------------------------------------------------------------
function validateStringOrView(data, name) {
  if (typeof data !== 'string') throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

// Node's C++ layer treats an unknown encoding as UTF-8; hex needs whole bytes.
function encodeString(str, encoding) {
  if (encoding === 'hex' && str.length % 2 !== 0) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${str.length}`);
  }
  return toData(str, typeof encoding === 'string' && Buffer.isEncoding(encoding) ? encoding : undefined);
}

function viewOf(buffer, offset, length) {
  return new Uint8Array(buffer.buffer, buffer.byteOffset + offset, length);
}

// The bytes and position of a buffer write: (buffer, offset, length, position) or (buffer, options).
function bufferWriteArgs(buffer, offset, length, position) {
  if (offset !== null && typeof offset === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
  }
  if (offset == null || typeof offset === 'function') offset = 0;
  else validateInteger(offset, 'offset', 0);
  if (typeof length !== 'number') length = buffer.byteLength - offset;
  validateOffsetLengthWrite(offset, length, buffer.byteLength);
  return [viewOf(buffer, offset, length), typeof position === 'number' ? position : -1];
}

// Node's synchronous write errors list `code` after `syscall`; keep that key order.
function writeSyncError(err) {
  if (err && err.syscall === 'write' && 'errno' in err) {
    const { code } = err;
    delete err.code;
    err.code = code;
  }
  return err;
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  try {
    return writeSyncImpl(fd, buffer, offsetOrOptions, length, position);
  } catch (err) {
    throw writeSyncError(err);
  }
}

function writeSyncImpl(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  if (ArrayBuffer.isView(buffer)) {
    const [bytes, pos] = bufferWriteArgs(buffer, offsetOrOptions, length, position);
    return ops.sync('write', fd, bytes, pos);
  }
  validateStringOrView(buffer, 'buffer');
  // The string form is (fd, string, position, encoding).
  const data = encodeString(buffer, length);
  return ops.sync('write', fd, data, typeof offsetOrOptions === 'number' ? offsetOrOptions : -1);
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  if (ArrayBuffer.isView(buffer)) {
    callback = makeCallback(callback || position || length || offsetOrOptions);
    const [bytes, pos] = bufferWriteArgs(buffer, offsetOrOptions, length, position);
    ops.submit('write', fd, bytes, pos, undefined, (err, n) => (err ? callback(err) : callback(null, n, buffer)));
    return;
  }
  validateStringOrView(buffer, 'buffer');
  // (fd, string[, position[, encoding]], callback)
  let pos = offsetOrOptions;
  let encoding = length;
  if (typeof position !== 'function') {
    if (typeof offsetOrOptions === 'function') {
      position = offsetOrOptions;
      pos = null;
    } else {
      position = length;
    }
    encoding = 'utf8';
  }
  const data = encodeString(buffer, encoding);
  callback = makeCallback(position);
  ops.submit('write', fd, data, typeof pos === 'number' ? pos : -1, undefined, (err, n) => {
    if (err) callback(err);
    else callback(null, n, buffer);
  });
}

// writev as one host write of the buffers joined.
function joinBuffers(buffers) {
  return buffers.length === 1 ? toData(buffers[0]) : Buffer.concat(buffers.map((b) => toData(b)));
}

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  return ops.sync('write', fd, joinBuffers(buffers), typeof position === 'number' ? position : -1);
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position === 'function') callback = position;
  callback = makeCallback(callback);
  if (buffers.length === 0) return loop.nextTick(callback, null, 0, buffers);
  ops.submit('write', fd, joinBuffers(buffers), typeof position === 'number' ? position : -1, undefined,
    (err, n) => (err ? callback(err) : callback(null, n, buffers)));
}

// ---- fd metadata ---------------------------------------------------------------------------------------
function fstatSync(fd, options = { bigint: false }) {
  fd = getValidatedFd(fd);
  const bigint = !!(options && options.bigint);
  return makeStats(ops.sync('fstat', fd, bigint), bigint);
}

function fstat(fd, options = kEmptyObject, callback = undefined) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeCallback(callback);
  fd = getValidatedFd(fd);
  const bigint = !!(options && options.bigint);
  runAsync(['fstat', fd, bigint, undefined, undefined, (r) => makeStats(r, bigint)], callback);
}

function fsyncSync(fd) {
  ops.sync('fsync', getValidatedFd(fd));
}

function fsync(fd, callback) {
  callback = makeCallback(callback);
  runAsync(['fsync', getValidatedFd(fd)], callback);
}

function fdatasyncSync(fd) {
  ops.sync('fdatasync', getValidatedFd(fd));
}

function fdatasync(fd, callback) {
  callback = makeCallback(callback);
  runAsync(['fdatasync', getValidatedFd(fd)], callback);
}

function ftruncateLen(len) {
  if (len === undefined) len = 0;
  validateInteger(len, 'len');
  return Math.max(0, len);
}

function ftruncateSync(fd, len = 0) {
  fd = getValidatedFd(fd);
  ops.sync('ftruncate', fd, ftruncateLen(len));
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  callback = makeCallback(callback);
  fd = getValidatedFd(fd);
  runAsync(['ftruncate', fd, ftruncateLen(len)], callback);
}

function fchmodSync(fd, mode) {
  mode = parseFileMode(mode, 'mode');
  ops.sync('fchmod', getValidatedFd(fd), mode);
}

function fchmod(fd, mode, callback) {
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  runAsync(['fchmod', getValidatedFd(fd), mode], callback);
}

function futimesSync(fd, atime, mtime) {
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  ops.sync('futimes', getValidatedFd(fd), atime, mtime);
}

function futimes(fd, atime, mtime, callback) {
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  callback = makeCallback(callback);
  runAsync(['futimes', getValidatedFd(fd), atime, mtime], callback);
}

// ---- readFile ---------------------------------------------------------------------------------------------
function decode(buffer, encoding) {
  return encoding && encoding !== 'buffer' ? buffer.toString(encoding) : buffer;
}

// An fd is read from its cursor to the end in chunks.
function readFdSync(fd) {
  // Node fstat's the fd first, so a bad fd reports `fstat`.
  ops.sync('fstat', fd, false);
  const chunks = [];
  let total = 0;
  for (;;) {
    const bytes = ops.sync('read', fd, kReadFileChunk, -1);
    if (bytes.length === 0) break;
    chunks.push(bytes);
    total += bytes.length;
  }
  return chunks.length === 1 ? toBuffer(chunks[0]) : Buffer.concat(chunks, total);
}

function readFdAsync(fd, signal, cb) {
  const chunks = [];
  let total = 0;
  let first = true;
  const next = () => {
    if (first) {
      first = false;
      return ops.submit('fstat', fd, false, undefined, undefined, (err) => (err ? cb(err) : next()));
    }
    if (signal?.aborted) return cb(abortError(signal));
    ops.submit('read', fd, kReadFileChunk, -1, undefined, (err, bytes) => {
      if (err) return cb(err);
      if (bytes.length === 0) return cb(null, chunks.length === 1 ? toBuffer(chunks[0]) : Buffer.concat(chunks, total));
      chunks.push(bytes);
      total += bytes.length;
      next();
    });
  };
  next();
}

// Node opens a folder read-only without complaint and fails on the read; the host's one-call
// readFile reports it at open, so say it as Node does.
function readFileError(err, flags) {
  if (err && err.code === 'EISDIR' && err.syscall === 'open' && (flags & 3) === 0) {
    const e = new Error('EISDIR: illegal operation on a directory, read');
    e.errno = err.errno;
    e.code = 'EISDIR';
    e.syscall = 'read';
    return e;
  }
  return err;
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  if (isFd(path)) return decode(readFdSync(path), options.encoding);
  path = getValidatedPath(path);
  const flags = stringToFlags(options.flag);
  let bytes;
  try {
    bytes = ops.sync('readFile', path, flags);
  } catch (err) {
    throw readFileError(err, flags);
  }
  return decode(toBuffer(bytes), options.encoding);
}

function readFile(path, options, callback) {
  callback ||= options;
  makeCallback(callback);
  options = getOptions(options, { flag: 'r' });
  const { signal, encoding } = options;
  // Node reports an already-aborted signal before returning.
  if (signal?.aborted) return callback(abortError(signal));
  const finish = (err, buffer) => {
    if (err) return callback(err);
    if (signal?.aborted) return callback(abortError(signal));
    let value;
    try {
      value = decode(buffer, encoding);
    } catch (e) {
      return callback(e);
    }
    callback(null, value);
  };
  if (isFd(path)) return readFdAsync(path, signal, finish);
  path = getValidatedPath(path);
  const flags = stringToFlags(options.flag);
  ops.submit('readFile', path, flags, undefined, undefined,
    (err, bytes) => finish(err && readFileError(err, flags), err ? null : toBuffer(bytes)));
}

// ---- writeFile, appendFile --------------------------------------------------------------------------------
// Node fills in a missing flag ('w' or 'a') itself; getOptions returns an object as given.
function writeFileOptions(options, flag) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag });
  if (options.flush != null) validateBoolean(options.flush, 'options.flush');
  return options.flag ? options : { ...options, flag };
}

function writeData(data, encoding) {
  if (ArrayBuffer.isView(data)) return toData(data);
  validateStringOrView(data, 'data');
  return toData(data, encoding || 'utf8');
}

function writeAllSync(fd, data) {
  let bytes = typeof data === 'string' ? Buffer.from(data) : data;
  while (bytes.length > 0) {
    const n = ops.sync('write', fd, bytes, -1);
    bytes = bytes.subarray(n);
  }
}

function writeAllAsync(fd, data, signal, cb) {
  let bytes = typeof data === 'string' ? Buffer.from(data) : data;
  const next = () => {
    if (signal?.aborted) return cb(abortError(signal));
    if (bytes.length === 0) return cb(null);
    ops.submit('write', fd, bytes, -1, undefined, (err, n) => {
      if (err) return cb(err);
      bytes = bytes.subarray(n);
      next();
    });
  };
  next();
}

function writeFileSync(path, data, options) {
  options = writeFileOptions(options, 'w');
  data = writeData(data, options.encoding);
  if (isFd(path)) return writeAllSync(path, data);
  path = getValidatedPath(path);
  const flags = stringToFlags(options.flag);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  if (!options.flush) return ops.sync('writeFile', path, data, flags, mode);
  const fd = ops.sync('open', path, flags, mode);
  try {
    writeAllSync(fd, data);
    ops.sync('fsync', fd);
  } finally {
    ops.sync('close', fd);
  }
}

function writeFile(path, data, options, callback) {
  callback ||= options;
  makeCallback(callback);
  options = writeFileOptions(options, 'w');
  data = writeData(data, options.encoding);
  const { signal } = options;
  if (signal?.aborted) return callback(abortError(signal));
  const done = (err) => {
    if (err) return callback(err);
    if (signal?.aborted) return callback(abortError(signal));
    callback(null);
  };
  if (isFd(path)) return writeAllAsync(path, data, signal, done);
  path = getValidatedPath(path);
  const flags = stringToFlags(options.flag);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  if (!options.flush) return ops.submit('writeFile', path, data, flags, mode, done);
  ops.submit('open', path, flags, mode, undefined, (err, fd) => {
    if (err) return done(err);
    writeAllAsync(fd, data, signal, (e1) => {
      const closeIt = (e2) => ops.submit('close', fd, undefined, undefined, undefined, (e3) => done(e1 || e2 || e3));
      if (e1) return closeIt(null);
      ops.submit('fsync', fd, undefined, undefined, undefined, closeIt);
    });
  });
}

// appendFile is writeFile with flag 'a' (always 'a' for an fd).
function appendOptions(path, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || isFd(path)) options.flag = 'a';
  return options;
}

function appendFileSync(path, data, options) {
  writeFileSync(path, data, appendOptions(path, options));
}

function appendFile(path, data, options, callback) {
  callback ||= options;
  makeCallback(callback);
  writeFile(path, data, appendOptions(path, options), callback);
}

module.exports = {
  openSync, open, closeSync, close, readSync, read, readvSync, readv, writeSync, write, writevSync, writev,
  fstatSync, fstat, fsyncSync, fsync, fdatasyncSync, fdatasync, ftruncateSync, ftruncate, fchmodSync, fchmod,
  futimesSync, futimes, readFileSync, readFile, writeFileSync, writeFile, appendFileSync, appendFile,
  // for FileHandle and fs/promises
  readArgs, readIntoAsync, bufferWriteArgs, encodeString, validateBufferArray, validateStringOrView, scatter,
  totalLength, joinBuffers, readFileError, writeFileOptions, ftruncateLen, decode, kReadFileChunk,
};

// util.promisify(fs.read) and friends resolve with both callback values, as in Node.
function promisifyAs(fn, first, second) {
  Object.defineProperty(fn, Symbol.for('nodejs.util.promisify.custom'), {
    value: function promisified(...args) {
      return new Promise((resolve, reject) => {
        fn.call(this, ...args, (err, a, b) => (err ? reject(err) : resolve({ [first]: a, [second]: b })));
      });
    },
    configurable: true,
  });
}
promisifyAs(read, 'bytesRead', 'buffer');
promisifyAs(write, 'bytesWritten', 'buffer');
promisifyAs(readv, 'bytesRead', 'buffers');
promisifyAs(writev, 'bytesWritten', 'buffers');
