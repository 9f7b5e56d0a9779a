'use strict';
// fs.Dir, opendir and opendirSync over the host's one-call readdir (listed on open; subfolders as reached).

const pathModule = require('path');
const ops = require('internal/fs/ops');
const loop = require('internal/loop');
const { codes } = require('internal/errors');
const { getOptions, getValidatedPath, validateFunction, validateInteger, encodeName, Dirent, typeFromMode } =
  require('internal/fs/utils');

const { ERR_DIR_CLOSED, ERR_DIR_CONCURRENT_OPERATION, ERR_MISSING_ARGS } = codes;
const UV_DIRENT_UNKNOWN = 0;

// Node's opendir errors name the syscall `opendir`, and the path only when asynchronous.
function opendirError(err, path) {
  if (err == null || typeof err.syscall !== 'string' || typeof err.code !== 'string' || err.code.startsWith('ERR_')) {
    return err;
  }
  const msg = String(err.message);
  const start = err.code.length + 2;
  const end = msg.lastIndexOf(`, ${err.syscall}`);
  const desc = end > start ? msg.slice(start, end) : msg;
  const e = new Error(`${err.code}: ${desc}, opendir${path === undefined ? '' : ` '${path}'`}`);
  e.errno = err.errno;
  e.code = err.code;
  e.syscall = 'opendir';
  if (path !== undefined) e.path = path;
  return e;
}

// Dirents for one listing from the host ([name, type, name, type, ...]).
function toDirents(dir, flat, encoding) {
  const out = [];
  for (let i = 0; i < flat.length; i += 2) {
    let type = flat[i + 1];
    if (type === UV_DIRENT_UNKNOWN) {
      try {
        type = typeFromMode(ops.sync('lstat', pathModule.join(dir, flat[i]), false)[1]);
      } catch {
        // Left unknown.
      }
    }
    out.push(new Dirent(encodeName(flat[i], encoding), type, dir));
  }
  return out;
}

const kCreate = Symbol('kCreate');

class Dir {
  #path;
  #encoding;
  #recursive;
  #buffer;
  #closed = false;
  #pending = 0;
  #queue = [];

  constructor(token, path, entries, options) {
    if (token !== kCreate) throw new ERR_MISSING_ARGS('handle');
    this.#path = path;
    this.#encoding = options.encoding;
    this.#recursive = !!options.recursive;
    this.#buffer = entries;
  }

  get path() {
    return this.#path;
  }

  // The subfolder of a recursive walk whose entries follow `dirent`, if any.
  #subdir(dirent) {
    if (!this.#recursive || !dirent.isDirectory()) return null;
    return pathModule.join(dirent.parentPath, String(dirent.name));
  }

  readSync() {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    if (this.#pending > 0) throw new ERR_DIR_CONCURRENT_OPERATION();
    const dirent = this.#buffer.shift();
    if (dirent === undefined) return null;
    const sub = this.#subdir(dirent);
    if (sub !== null) this.#buffer.push(...toDirents(sub, ops.sync('readdir', sub), this.#encoding));
    return dirent;
  }

  // Async operations run one at a time, in call order, like Node's queue.
  #enqueue(run, callback) {
    this.#pending++;
    const start = () => run((err, value) => {
      this.#pending--;
      const next = this.#queue.shift();
      if (next) next();
      if (err) callback(err);
      else callback(null, value);
    });
    if (this.#pending > 1) this.#queue.push(start);
    else start();
  }

  #readAsync(done) {
    if (this.#closed) return loop.nextTick(done, new ERR_DIR_CLOSED());
    const dirent = this.#buffer.shift();
    if (dirent === undefined) return loop.nextTick(done, null, null);
    const sub = this.#subdir(dirent);
    if (sub === null) return loop.nextTick(done, null, dirent);
    ops.submit('readdir', sub, undefined, undefined, undefined, (err, flat) => {
      if (err) return done(err);
      try {
        this.#buffer.push(...toDirents(sub, flat, this.#encoding));
      } catch (e) {
        return done(e);
      }
      done(null, dirent);
    });
  }

  // Node checks for a closed handle before queueing, so both forms throw rather than report it.
  read(callback) {
    if (callback !== undefined) validateFunction(callback, 'callback');
    if (this.#closed) throw new ERR_DIR_CLOSED();
    if (callback === undefined) {
      return new Promise((resolve, reject) => {
        this.#enqueue((done) => this.#readAsync(done), (err, v) => (err ? reject(err) : resolve(v)));
      });
    }
    this.#enqueue((done) => this.#readAsync(done), callback);
  }

  #closeAsync(done) {
    if (this.#closed) return loop.nextTick(done, new ERR_DIR_CLOSED());
    this.#closed = true;
    this.#buffer = [];
    loop.nextTick(done, null);
  }

  // An idle handle is closed at once (later reads throw); a busy one after its queued operations.
  close(callback) {
    if (callback !== undefined) validateFunction(callback, 'callback');
    const cb = callback ?? null;
    let promise;
    let settle = cb;
    if (cb === null) {
      promise = new Promise((resolve, reject) => {
        settle = (err) => (err ? reject(err) : resolve());
      });
    }
    if (this.#closed) {
      loop.nextTick(settle, new ERR_DIR_CLOSED());
    } else if (this.#pending === 0) {
      this.#closed = true;
      this.#buffer = [];
      loop.nextTick(settle, null);
    } else {
      this.#enqueue((done) => this.#closeAsync(done), settle);
    }
    return promise;
  }

  closeSync() {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    if (this.#pending > 0) throw new ERR_DIR_CONCURRENT_OPERATION();
    this.#closed = true;
    this.#buffer = [];
  }

  async* entries() {
    try {
      for (;;) {
        const dirent = await this.read();
        if (dirent === null) break;
        yield dirent;
      }
    } finally {
      if (!this.#closed) await this.close();
    }
  }
}
Object.defineProperty(Dir.prototype, Symbol.asyncIterator, {
  value: Dir.prototype.entries, writable: true, configurable: true,
});

function dirOptions(options) {
  options = getOptions(options, { encoding: 'utf8' });
  if (options.bufferSize !== undefined) validateInteger(options.bufferSize, 'options.bufferSize', 1, 4294967295);
  return options;
}

// dir.path is the path as given: Node keeps a Buffer a Buffer.
function shownPath(given, path) {
  return given instanceof Uint8Array ? given : path;
}

function opendirSync(path, options) {
  const given = path;
  path = getValidatedPath(path);
  options = dirOptions(options);
  let flat;
  try {
    flat = ops.sync('readdir', path);
  } catch (err) {
    throw opendirError(err);
  }
  return new Dir(kCreate, shownPath(given, path), toDirents(path, flat, options.encoding), options);
}

function opendirAsync(given, path, options, callback) {
  ops.submit('readdir', path, undefined, undefined, undefined, (err, flat) => {
    if (err) return callback(opendirError(err, path));
    let dir;
    try {
      dir = new Dir(kCreate, shownPath(given, path), toDirents(path, flat, options.encoding), options);
    } catch (e) {
      return callback(e);
    }
    callback(null, dir);
  });
}

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  const given = path;
  path = getValidatedPath(path);
  options = dirOptions(options);
  opendirAsync(given, path, options, callback);
}

async function opendirPromise(path, options) {
  const given = path;
  path = getValidatedPath(path);
  options = dirOptions(options);
  return new Promise((resolve, reject) => opendirAsync(given, path, options, (err, d) => (err ? reject(err) : resolve(d))));
}

module.exports = { Dir, opendir, opendirSync, opendirPromise };
