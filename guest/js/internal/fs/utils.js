'use strict';
// Shared node:fs pieces: constants, open flags, validation, path conversion, Stats, Dirent and fs errors.

const { Buffer } = require('buffer');
const { codes } = require('internal/errors');
const { isDate } = require('internal/util/types');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE } = codes;
const {
  validateFunction, validateBoolean, validateObject, validateInteger, validateInt32, validateUint32, validateAbortSignal,
} = require('internal/validators');

const kEmptyObject = Object.freeze(Object.create(null));

// Node's fs.constants on Linux, in Node's key order.
const constants = {
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7, EXTENSIONLESS_FORMAT_JAVASCRIPT: 0,
  EXTENSIONLESS_FORMAT_WASM: 1, S_IFMT: 0o170000, S_IFREG: 0o100000, S_IFDIR: 0o40000, S_IFCHR: 0o20000,
  S_IFBLK: 0o60000, S_IFIFO: 0o10000, S_IFLNK: 0o120000, S_IFSOCK: 0o140000, O_CREAT: 0o100, O_EXCL: 0o200,
  UV_FS_O_FILEMAP: 0, O_NOCTTY: 0o400, O_TRUNC: 0o1000, O_APPEND: 0o2000, O_DIRECTORY: 0o200000,
  O_NOATIME: 0o1000000, O_NOFOLLOW: 0o400000, O_SYNC: 0o4010000, O_DSYNC: 0o10000, O_DIRECT: 0o40000,
  O_NONBLOCK: 0o4000, S_IRWXU: 0o700, S_IRUSR: 0o400, S_IWUSR: 0o200, S_IXUSR: 0o100, S_IRWXG: 0o70,
  S_IRGRP: 0o40, S_IWGRP: 0o20, S_IXGRP: 0o10, S_IRWXO: 0o7, S_IROTH: 0o4, S_IWOTH: 0o2, S_IXOTH: 0o1,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2,
  COPYFILE_FICLONE: 2, UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
};

const {
  O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC, S_IFMT, S_IFREG, S_IFDIR, S_IFCHR,
  S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK, UV_DIRENT_UNKNOWN, UV_DIRENT_FILE, UV_DIRENT_DIR, UV_DIRENT_LINK,
  UV_DIRENT_FIFO, UV_DIRENT_SOCKET, UV_DIRENT_CHAR, UV_DIRENT_BLOCK,
} = constants;

// ---- open flags --------------------------------------------------------------------------------
const W = O_TRUNC | O_CREAT | O_WRONLY;
const WP = O_TRUNC | O_CREAT | O_RDWR;
const A = O_APPEND | O_CREAT | O_WRONLY;
const AP = O_APPEND | O_CREAT | O_RDWR;
const flagTable = {
  r: O_RDONLY, rs: O_RDONLY | O_SYNC, sr: O_RDONLY | O_SYNC, 'r+': O_RDWR, 'rs+': O_RDWR | O_SYNC,
  'sr+': O_RDWR | O_SYNC, w: W, wx: W | O_EXCL, xw: W | O_EXCL, 'w+': WP, 'wx+': WP | O_EXCL,
  'xw+': WP | O_EXCL, a: A, ax: A | O_EXCL, xa: A | O_EXCL, as: A | O_SYNC, sa: A | O_SYNC, 'a+': AP,
  'ax+': AP | O_EXCL, 'xa+': AP | O_EXCL, 'as+': AP | O_SYNC, 'sa+': AP | O_SYNC,
};

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  if (typeof flags === 'string' && Object.prototype.hasOwnProperty.call(flagTable, flags)) return flagTable[flags];
  throw new ERR_INVALID_ARG_VALUE(name, flags);
}

// ---- validation ----------------------------------------------------------------------------------
function validateBuffer(buffer, name = 'buffer') {
  if (!ArrayBuffer.isView(buffer)) throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
}

function getValidatedFd(fd, name = 'fd') {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, name, 0);
  return fd;
}

// A mode: an integer, or an octal string such as '0644'.
const octalRe = /^[0-7]+$/;
function parseFileMode(value, name, def) {
  if (value == null) {
    if (def === undefined) throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
    return def;
  }
  if (typeof value === 'string') {
    if (!octalRe.test(value)) {
      throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a 32-bit unsigned integer or an octal string');
    }
    value = parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

// access() and copyFile() modes are checked by Node's C++ layer, hence these messages.
function getValidMode(mode, def) {
  if (mode == null) return def;
  if (typeof mode !== 'number') throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'mode must be int32 or null/undefined');
  mode = Math.trunc(mode);
  if (!(mode >= 0 && mode <= 7)) throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'mode is out of range: >= 0 && <= 7');
  return mode;
}

// An error with a Node code and a message that does not follow the code's usual format.
function codedError(Base, code, message) {
  const err = new Base(message);
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(err, 'toString', {
    value() { return `${this.name} [${code}]: ${this.message}`; }, writable: true, configurable: true,
  });
  return err;
}

function assertEncoding(encoding) {
  if (encoding && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

// Node's getOptions: a string is the encoding; null or a function means the defaults.
function getOptions(options, defaults = kEmptyObject) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    options = { ...defaults, encoding: options };
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
}

// Node names a missing or non-function callback "cb".
function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

// ---- paths ---------------------------------------------------------------------------------------
let urlModule;
function toPathIfFileURL(p) {
  if (p == null || typeof p !== 'object' || !p.href || !p.protocol) return p;
  urlModule ??= require('url');
  return urlModule.fileURLToPath(p);
}

// A path argument as the string the host takes: strings as given, Buffers and Uint8Arrays as UTF-8,
// file: URLs converted. NUL bytes are refused here since the host would truncate at them.
function getValidatedPath(p, name = 'path') {
  p = toPathIfFileURL(p);
  if (typeof p === 'string') {
    if (p.includes('\u0000')) {
      throw new ERR_INVALID_ARG_VALUE(name, p, 'must be a string, Uint8Array, or URL without null bytes');
    }
    return p;
  }
  if (p instanceof Uint8Array) {
    if (p.includes(0)) {
      throw new ERR_INVALID_ARG_VALUE(name, p, 'must be a string, Uint8Array, or URL without null bytes');
    }
    return Buffer.from(p.buffer, p.byteOffset, p.byteLength).toString('utf8');
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], p);
}

function isFd(v) {
  return typeof v === 'number' && (v >>> 0) === v;
}

// A value from the host in the caller's encoding ('buffer' gives a Buffer).
function encodeName(str, encoding) {
  if (encoding == null || encoding === 'utf8' || encoding === 'utf-8') return str;
  const buf = Buffer.from(str, 'utf8');
  return encoding === 'buffer' ? buf : buf.toString(encoding);
}

// Data for write/writeFile: a Uint8Array, or a string the host encodes as UTF-8.
function toData(data, encoding, name = 'data') {
  if (typeof data === 'string') {
    if (encoding == null || encoding === 'utf8' || encoding === 'utf-8') return data.isWellFormed() ? data : data.toWellFormed();
    return Buffer.from(data, encoding);
  }
  if (data instanceof Uint8Array) return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

// A Buffer over the host's bytes, without a copy.
function toBuffer(u8) {
  return Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
}

// ---- positions and timestamps --------------------------------------------------------------------
// A read/write position: null or -1 means the file's cursor. Bigints become numbers for the host.
function validatePosition(position, name = 'position') {
  if (position == null) return -1;
  if (typeof position === 'bigint') {
    if (position < -1n || position > 2n ** 63n - 1n) {
      throw new ERR_OUT_OF_RANGE(name, `>= -1 && <= ${2n ** 63n - 1n}`, position);
    }
    return Number(position);
  }
  if (typeof position !== 'number') throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  validateInteger(position, name, -1);
  return position;
}

function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time; // eslint-disable-line eqeqeq
  if (Number.isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
  if (isDate(time)) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

// ---- Stats ----------------------------------------------------------------------------------------
function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}

// Type checks shared by Stats and BigIntStats through _checkModeProperty.
Object.assign(StatsBase.prototype, {
  isDirectory() { return this._checkModeProperty(S_IFDIR); },
  isFile() { return this._checkModeProperty(S_IFREG); },
  isBlockDevice() { return this._checkModeProperty(S_IFBLK); },
  isCharacterDevice() { return this._checkModeProperty(S_IFCHR); },
  isSymbolicLink() { return this._checkModeProperty(S_IFLNK); },
  isFIFO() { return this._checkModeProperty(S_IFIFO); },
  isSocket() { return this._checkModeProperty(S_IFSOCK); },
});

function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = dateFromMs(atimeMs);
  this.mtime = dateFromMs(mtimeMs);
  this.ctime = dateFromMs(ctimeMs);
  this.birthtime = dateFromMs(birthtimeMs);
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.defineProperties(Stats.prototype, {
  isFile: { value: StatsBase.prototype.isFile, writable: true, configurable: true },
  _checkModeProperty: {
    value(property) { return (this.mode & S_IFMT) === property; }, writable: true, configurable: true,
  },
});

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeNs, mtimeNs, ctimeNs,
  birthtimeNs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeNs / 1000000n;
  this.mtimeMs = mtimeNs / 1000000n;
  this.ctimeMs = ctimeNs / 1000000n;
  this.birthtimeMs = birthtimeNs / 1000000n;
  this.atimeNs = atimeNs;
  this.mtimeNs = mtimeNs;
  this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
  this.atime = dateFromMs(this.atimeMs);
  this.mtime = dateFromMs(this.mtimeMs);
  this.ctime = dateFromMs(this.ctimeMs);
  this.birthtime = dateFromMs(this.birthtimeMs);
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.defineProperty(BigIntStats.prototype, '_checkModeProperty', {
  value(property) { return (this.mode & BigInt(S_IFMT)) === BigInt(property); }, writable: true, configurable: true,
});

// The host's 18 numbers (dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, then
// seconds and nanoseconds for atime, mtime, ctime, birthtime) as Stats or BigIntStats.
function makeStats(a, bigint) {
  if (bigint) {
    const ns = (i) => BigInt(a[i]) * 1000000000n + BigInt(a[i + 1]);
    return new BigIntStats(BigInt(a[0]), BigInt(a[1]), BigInt(a[2]), BigInt(a[3]), BigInt(a[4]), BigInt(a[5]),
      BigInt(a[6]), BigInt(a[7]), BigInt(a[8]), BigInt(a[9]), ns(10), ns(12), ns(14), ns(16));
  }
  const ms = (i) => a[i] * 1000 + a[i + 1] / 1e6;
  return new Stats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], ms(10), ms(12), ms(14), ms(16));
}

// ---- Dirent --------------------------------------------------------------------------------------
const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }

  isDirectory() { return this[kType] === UV_DIRENT_DIR; }

  isFile() { return this[kType] === UV_DIRENT_FILE; }

  isBlockDevice() { return this[kType] === UV_DIRENT_BLOCK; }

  isCharacterDevice() { return this[kType] === UV_DIRENT_CHAR; }

  isSymbolicLink() { return this[kType] === UV_DIRENT_LINK; }

  isFIFO() { return this[kType] === UV_DIRENT_FIFO; }

  isSocket() { return this[kType] === UV_DIRENT_SOCKET; }
}

// libuv's dirent type for a stat mode (used when the directory listing did not know it).
function typeFromMode(mode) {
  switch (Number(mode) & S_IFMT) {
    case S_IFREG: return UV_DIRENT_FILE;
    case S_IFDIR: return UV_DIRENT_DIR;
    case S_IFLNK: return UV_DIRENT_LINK;
    case S_IFIFO: return UV_DIRENT_FIFO;
    case S_IFSOCK: return UV_DIRENT_SOCKET;
    case S_IFCHR: return UV_DIRENT_CHAR;
    case S_IFBLK: return UV_DIRENT_BLOCK;
    default: return UV_DIRENT_UNKNOWN;
  }
}

// A host listing [name, type, ...] sorted by name.
// The host lists folders sorted by bytes, as libuv's scandir does; kept as the one place
// that says so, for callers that build listings themselves.
function sortListing(flat) {
  return flat;
}

// ---- errors --------------------------------------------------------------------------------------
// Node's SystemError: `Prefix: syscall returned CODE (message) path`, with the details in `info` and
// errno/syscall/path as accessors onto it.
class SystemError extends Error {
  constructor(key, prefix, context) {
    let message = `${prefix}: ${context.syscall} returned ${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;
    super(message);
    Object.defineProperty(this, 'name', { value: 'SystemError', writable: true, configurable: true });
    this.code = key;
    Object.defineProperty(this, 'info', { value: context, enumerable: true, configurable: true });
    for (const prop of ['errno', 'syscall', 'path', 'dest']) {
      if (prop !== 'errno' && context[prop] === undefined) continue;
      Object.defineProperty(this, prop, {
        get() { return context[prop]; },
        set(v) { context[prop] = v; },
        enumerable: true,
        configurable: true,
      });
    }
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

const fsErrorPrefixes = {
  ERR_FS_EISDIR: 'Path is a directory',
  ERR_FS_CP_EINVAL: 'Invalid src or dest',
  ERR_FS_CP_DIR_TO_NON_DIR: 'Cannot overwrite non-directory with directory',
  ERR_FS_CP_NON_DIR_TO_DIR: 'Cannot overwrite directory with non-directory',
  ERR_FS_CP_EEXIST: 'Target already exists',
  ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY: 'Cannot copy symlink to subdirectory of self',
  ERR_FS_CP_FIFO_PIPE: 'Cannot copy a FIFO pipe',
  ERR_FS_CP_SOCKET: 'Cannot copy a socket file',
  ERR_FS_CP_UNKNOWN: 'Cannot copy an unknown file type',
};

function systemError(key, context) {
  return new SystemError(key, fsErrorPrefixes[key], context);
}

const errnos = { EPERM: -1, ENOENT: -2, EBADF: -9, EEXIST: -17, ENOTDIR: -20, EISDIR: -21, EINVAL: -22, ENOTEMPTY: -39 };
const errDescriptions = {
  EPERM: 'operation not permitted', ENOENT: 'no such file or directory', EBADF: 'bad file descriptor',
  EEXIST: 'file already exists', ENOTDIR: 'not a directory', EISDIR: 'illegal operation on a directory',
  EINVAL: 'invalid argument', ENOTEMPTY: 'directory not empty',
};

// An OS-style error made on this side (e.g. EBADF for a closed FileHandle), shaped like the host's.
function uvError(code, syscall, path, dest) {
  let message = `${code}: ${errDescriptions[code]}, ${syscall}`;
  if (path !== undefined) message += ` '${path}'`;
  if (dest !== undefined) message += ` -> '${dest}'`;
  const err = new Error(message);
  err.errno = errnos[code];
  err.code = code;
  err.syscall = syscall;
  if (path !== undefined) err.path = path;
  if (dest !== undefined) err.dest = dest;
  return err;
}

let AbortErrorClass;
function abortError(signal) {
  AbortErrorClass ??= require('internal/streams/utils').AbortError;
  return new AbortErrorClass(undefined, { cause: signal?.reason });
}

function checkAborted(signal) {
  if (signal?.aborted) throw abortError(signal);
}

module.exports = {
  kEmptyObject, constants, stringToFlags, validateFunction, validateBoolean, validateObject, validateInteger,
  validateInt32, validateUint32, validateBuffer, getValidatedFd, parseFileMode, getValidMode, getOptions,
  makeCallback, toPathIfFileURL, getValidatedPath, isFd, encodeName, toData, toBuffer, validatePosition,
  toUnixTimestamp, Stats, makeStats, Dirent, typeFromMode, sortListing, systemError, uvError, abortError,
  checkAborted,
};
