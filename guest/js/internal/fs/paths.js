'use strict';
// node:fs path operations (stat, mkdir, readdir, rename, rm, links, modes, times...), sync and callback.

const pathModule = require('path');
const ops = require('internal/fs/ops');
const {
  constants, validateBoolean, validateObject, validateInteger, validateInt32, validateUint32,
  parseFileMode, getValidMode, getOptions, makeCallback, getValidatedPath, encodeName, toUnixTimestamp,
  makeStats, Dirent, typeFromMode, sortListing, systemError, uvError,
} = require('internal/fs/utils');

const { F_OK, S_IFMT, S_IFDIR, S_IFLNK, UV_DIRENT_UNKNOWN, UV_DIRENT_DIR, UV_DIRENT_LINK, COPYFILE_EXCL,
  COPYFILE_FICLONE_FORCE } = constants;

// Runs a prepared request synchronously: [op, a, b, c, d, map].
function runSync(req) {
  const r = ops.sync(req[0], req[1], req[2], req[3], req[4]);
  return req[5] ? req[5](r) : r;
}

// Runs a prepared request on the host's pool and hands the mapped result to `cb`.
function runAsync(req, cb) {
  ops.submit(req[0], req[1], req[2], req[3], req[4], (err, r) => {
    if (err) return cb(err);
    let value;
    try {
      value = req[5] ? req[5](r) : r;
    } catch (e) {
      return cb(e);
    }
    // Node calls back with just the error slot when there is no result.
    if (value === undefined) cb(null);
    else cb(null, value);
  });
}

// ---- preparation: validated arguments for the host ----------------------------------------------
const prep = {
  access(path, mode) {
    return ['access', getValidatedPath(path), getValidMode(mode, F_OK)];
  },
  stat(path, options, op = 'stat') {
    const bigint = !!(options && options.bigint);
    return [op, getValidatedPath(path), bigint, undefined, undefined, (r) => makeStats(r, bigint)];
  },
  lstat(path, options) {
    return prep.stat(path, options, 'lstat');
  },
  mkdir(path, options) {
    let mode = 0o777;
    let recursive = false;
    if (typeof options === 'number' || typeof options === 'string') {
      mode = parseFileMode(options, 'mode');
    } else if (options) {
      if (options.recursive !== undefined) recursive = options.recursive;
      if (options.mode !== undefined) mode = parseFileMode(options.mode, 'mode');
    }
    path = getValidatedPath(path);
    validateBoolean(recursive, 'options.recursive');
    return ['mkdir', path, mode, recursive, undefined, recursive ? (first) => firstCreated(path, first) : () => undefined];
  },
  mkdtemp(prefix, options) {
    const { encoding } = getOptions(options);
    prefix = getValidatedPath(prefix, 'prefix');
    return ['mkdtemp', prefix, undefined, undefined, undefined, (p) => encodeName(p, encoding)];
  },
  readlink(path, options) {
    const { encoding } = getOptions(options);
    // Node's messages call readlink's argument "oldPath".
    return ['readlink', getValidatedPath(path, 'oldPath'), undefined, undefined, undefined,
      (p) => encodeName(p, encoding)];
  },
  realpathNative(path, options) {
    const { encoding } = getOptions(options);
    return ['realpath', getValidatedPath(path), undefined, undefined, undefined, (p) => encodeName(p, encoding)];
  },
  rename(oldPath, newPath) {
    return ['rename', getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath')];
  },
  link(existingPath, newPath) {
    return ['link', getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath')];
  },
  symlink(target, path) {
    return ['symlink', getValidatedPath(target, 'target'), getValidatedPath(path)];
  },
  unlink(path) {
    return ['unlink', getValidatedPath(path)];
  },
  rmdir(path) {
    return ['rmdir', getValidatedPath(path)];
  },
  chmod(path, mode) {
    return ['chmod', getValidatedPath(path), parseFileMode(mode, 'mode')];
  },
  utimes(path, atime, mtime, op = 'utimes') {
    return [op, getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime)];
  },
  lutimes(path, atime, mtime) {
    return prep.utimes(path, atime, mtime, 'lutimes');
  },
  copyFile(src, dest, mode) {
    src = getValidatedPath(src, 'src');
    dest = getValidatedPath(dest, 'dest');
    mode = getValidMode(mode, 0);
    // There is no reflink across the sandbox boundary; Node gives ENOTSUP where it cannot clone.
    if (mode & COPYFILE_FICLONE_FORCE) {
      throw Object.assign(new Error(`ENOTSUP: operation not supported on socket, copyfile '${src}' -> '${dest}'`),
        { errno: -95, code: 'ENOTSUP', syscall: 'copyfile', path: src, dest });
    }
    return ['copyfile', src, dest, (mode & COPYFILE_EXCL) !== 0];
  },
};

// Node's recursive mkdir returns the first folder it made, spelled like the caller's path: the host
// gives it absolute, so count how many levels below it the target lies and strip those from `path`.
function firstCreated(path, first) {
  if (first == null) return undefined;
  const target = pathModule.resolve(path);
  const made = pathModule.resolve(first);
  if (target === made) return path;
  const depth = (p) => p.split('/').filter(Boolean).length;
  let result = path;
  for (let k = depth(target) - depth(made); k > 0; k--) result = pathModule.dirname(result);
  return result;
}

// ---- readdir ------------------------------------------------------------------------------------------
function readdirOptions(options) {
  options = getOptions(options);
  return { encoding: options.encoding, withFileTypes: !!options.withFileTypes, recursive: !!options.recursive };
}

function isDirMode(mode) {
  return (mode & S_IFMT) === S_IFDIR;
}

// One directory's listing as names or Dirents; entries of unknown type are lstat'ed, as libuv's callers do.
function listing(dir, flat, { encoding, withFileTypes }) {
  flat = sortListing(flat);
  const out = [];
  for (let i = 0; i < flat.length; i += 2) {
    const name = encodeName(flat[i], encoding);
    if (!withFileTypes) {
      out.push(name);
      continue;
    }
    let type = flat[i + 1];
    if (type === UV_DIRENT_UNKNOWN) {
      try {
        type = typeFromMode(ops.sync('lstat', pathModule.join(dir, flat[i]), false)[1]);
      } catch {
        // Keep it unknown, as Node does when the entry vanished meanwhile.
      }
    }
    out.push(new Dirent(name, type, dir));
  }
  return out;
}

// Breadth-first like Node: a folder's entries, then each subfolder's in turn. Without file types, links
// to folders are followed (Node stats each entry); with them, only real folders are.
function readdirRecursiveSync(base, opts) {
  const results = [];
  const queue = [base];
  for (let q = 0; q < queue.length; q++) {
    const dir = queue[q];
    const flat = sortListing(ops.sync('readdir', dir));
    if (opts.withFileTypes) {
      for (const d of listing(dir, flat, opts)) {
        results.push(d);
        if (d.isDirectory()) queue.push(pathModule.join(dir, String(d.name)));
      }
      continue;
    }
    for (let i = 0; i < flat.length; i += 2) {
      const full = pathModule.join(dir, flat[i]);
      results.push(encodeName(pathModule.relative(base, full), opts.encoding));
      if (descend(flat[i + 1], () => ops.sync('stat', full, false))) queue.push(full);
    }
  }
  return results;
}

function descend(type, statFn) {
  if (type === UV_DIRENT_DIR) return true;
  if (type !== UV_DIRENT_LINK && type !== UV_DIRENT_UNKNOWN) return false;
  try {
    return isDirMode(statFn()[1]);
  } catch {
    return false;
  }
}

function readdirRecursive(base, opts, cb) {
  const results = [];
  const queue = [base];
  let q = 0;
  const next = () => {
    if (q >= queue.length) return cb(null, results);
    const dir = queue[q++];
    ops.submit('readdir', dir, undefined, undefined, undefined, (err, flat) => {
      if (err) return cb(err);
      try {
        flat = sortListing(flat);
        if (opts.withFileTypes) {
          for (const d of listing(dir, flat, opts)) {
            results.push(d);
            if (d.isDirectory()) queue.push(pathModule.join(dir, String(d.name)));
          }
        } else {
          for (let i = 0; i < flat.length; i += 2) {
            const full = pathModule.join(dir, flat[i]);
            results.push(encodeName(pathModule.relative(base, full), opts.encoding));
            if (descend(flat[i + 1], () => ops.sync('stat', full, false))) queue.push(full);
          }
        }
      } catch (e) {
        return cb(e);
      }
      next();
    });
  };
  next();
}

function readdirSync(path, options) {
  const opts = readdirOptions(options);
  path = getValidatedPath(path);
  if (opts.recursive) return readdirRecursiveSync(path, opts);
  return listing(path, ops.sync('readdir', path), opts);
}

function readdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  const opts = readdirOptions(options);
  path = getValidatedPath(path);
  if (opts.recursive) return readdirRecursive(path, opts, callback);
  runAsync(['readdir', path, undefined, undefined, undefined, (flat) => listing(path, flat, opts)], callback);
}

// ---- rm -----------------------------------------------------------------------------------------------
const rmDefaults = { retryDelay: 100, maxRetries: 0, recursive: false, force: false };

function validateRmOptions(options) {
  if (options !== undefined) validateObject(options, 'options');
  options = { ...rmDefaults, ...options };
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
  validateBoolean(options.force, 'options.force');
  return options;
}

function rmIsDir(path) {
  return systemError('ERR_FS_EISDIR', { code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21 });
}

// Node lstat's first, so a missing path reports `lstat` and a folder without `recursive` is refused here.
function rmSync(path, options) {
  path = getValidatedPath(path);
  options = validateRmOptions(options);
  let st;
  try {
    st = ops.sync('lstat', path, false);
  } catch (err) {
    if (err.code === 'ENOENT' && options.force) return;
    throw err;
  }
  if (isDirMode(st[1]) && !options.recursive) throw rmIsDir(path);
  try {
    ops.sync('rm', path, options.recursive);
  } catch (err) {
    if (!(err.code === 'ENOENT' && options.force)) throw err;
  }
}

function rmAsync(path, options, cb) {
  ops.submit('lstat', path, false, undefined, undefined, (err, st) => {
    if (err) return cb(err.code === 'ENOENT' && options.force ? null : err);
    if (isDirMode(st[1]) && !options.recursive) return cb(rmIsDir(path));
    ops.submit('rm', path, options.recursive, undefined, undefined, (e) => {
      cb(e && !(e.code === 'ENOENT' && options.force) ? e : null);
    });
  });
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  path = getValidatedPath(path);
  options = validateRmOptions(options);
  callback = makeCallback(callback);
  rmAsync(path, options, callback);
}

// rmdir's deprecated `recursive` removes the tree like rm, but only for a folder.
function rmdirRecursiveCheck(path, st) {
  if ((st[1] & S_IFMT) !== S_IFDIR) throw uvError('ENOTDIR', 'rmdir', path);
}

function rmdirSync(path, options) {
  if (options?.recursive) {
    path = getValidatedPath(path);
    validateRmOptions({ ...options, force: false });
    rmdirRecursiveCheck(path, ops.sync('lstat', path, false));
    return ops.sync('rm', path, true);
  }
  return runSync(prep.rmdir(path));
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  if (options?.recursive) {
    path = getValidatedPath(path);
    validateRmOptions({ ...options, force: false });
    return ops.submit('lstat', path, false, undefined, undefined, (err, st) => {
      if (err) return callback(err);
      try {
        rmdirRecursiveCheck(path, st);
      } catch (e) {
        return callback(e);
      }
      runAsync(['rm', path, true], callback);
    });
  }
  runAsync(prep.rmdir(path), callback);
}

// ---- realpath -------------------------------------------------------------------------------------------
// Node's JavaScript realpath walks the path with lstat, so its errors name `lstat` and the absolute
// prefix that failed. The host resolves in one call; on failure, walk to find that same error.
function realpathError(path, original) {
  const parts = pathModule.resolve(path).split('/').filter(Boolean);
  let current = '/';
  for (const part of parts) {
    const next = pathModule.join(current, part);
    let st;
    try {
      st = ops.sync('lstat', next, false);
    } catch (err) {
      // Folders above the grant cannot be looked at, but the host resolved through them.
      if (err.code === 'ERR_ACCESS_DENIED') {
        current = next;
        continue;
      }
      return err;
    }
    if ((st[1] & S_IFMT) === S_IFLNK) {
      // Node stats a link before reading it, so a dangling one reports `stat`.
      try {
        ops.sync('stat', next, false);
        current = ops.sync('realpath', next);
      } catch (err) {
        return err;
      }
    } else {
      current = next;
    }
  }
  return original;
}

function realpathSync(path, options) {
  const req = prep.realpathNative(path, options);
  try {
    return runSync(req);
  } catch (err) {
    if (err.code === 'ERR_ACCESS_DENIED') throw err;
    throw realpathError(req[1], err);
  }
}

function realpath(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  const req = prep.realpathNative(path, options);
  runAsync(req, (err, r) => {
    if (!err) return callback(null, r);
    if (err.code === 'ERR_ACCESS_DENIED') return callback(err);
    let e;
    try {
      e = realpathError(req[1], err);
    } catch (x) {
      e = x;
    }
    callback(e);
  });
}

realpathSync.native = function realpathSyncNative(path, options) {
  return runSync(prep.realpathNative(path, options));
};

realpath.native = function realpathNative(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  runAsync(prep.realpathNative(path, options), callback);
};

// ---- stat with throwIfNoEntry, exists ---------------------------------------------------------------------
function statSyncImpl(kind) {
  const fn = function (path, options = { bigint: false, throwIfNoEntry: true }) {
    const req = prep[kind](path, options);
    try {
      return runSync(req);
    } catch (err) {
      if (err.code === 'ENOENT' && options.throwIfNoEntry === false) return undefined;
      throw err;
    }
  };
  return Object.defineProperty(fn, 'name', { value: `${kind}Sync` });
}

function existsSync(path) {
  try {
    path = getValidatedPath(path);
    ops.sync('access', path, F_OK);
    return true;
  } catch {
    return false;
  }
}

function exists(path, callback) {
  makeCallback(callback);
  let p;
  try {
    p = getValidatedPath(path);
  } catch {
    return callback(false);
  }
  ops.submit('access', p, F_OK, undefined, undefined, (err) => callback(!err));
}
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  value: (path) => new Promise((resolve) => exists(path, resolve)),
  configurable: true,
});

// ---- truncate: Node opens the file r+ and ftruncates, so errors name `open` ------------------------------
function truncateLen(len) {
  if (len === undefined) len = 0;
  validateInteger(len, 'len');
  return Math.max(0, len);
}

function truncateSync(path, len) {
  if (typeof path === 'number') return require('internal/fs/files').ftruncateSync(path, len);
  len = truncateLen(len);
  const fd = ops.sync('open', getValidatedPath(path), constants.O_RDWR, 0o666);
  try {
    ops.sync('ftruncate', fd, len);
  } finally {
    ops.sync('close', fd);
  }
}

function truncate(path, len, callback) {
  if (typeof path === 'number') return require('internal/fs/files').ftruncate(path, len, callback);
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  callback = makeCallback(callback);
  len = truncateLen(len);
  path = getValidatedPath(path);
  ops.submit('open', path, constants.O_RDWR, 0o666, undefined, (err, fd) => {
    if (err) return callback(err);
    ops.submit('ftruncate', fd, len, undefined, undefined, (e1) => {
      ops.submit('close', fd, undefined, undefined, undefined, (e2) => callback(e1 || e2 || null));
    });
  });
}

// ---- the simple ones: sync and callback forms from `prep` ---------------------------------------------------
// `cbFirst` mirrors the order Node validates in (some check the callback before the arguments).
function simple(name, arity, cbFirst) {
  const p = prep[name];
  const syncFn = function (...args) {
    return runSync(p(...args));
  };
  const cbFn = function (...args) {
    let callback;
    if (args.length > 0 && typeof args[args.length - 1] === 'function' && args.length <= arity + 1) {
      callback = args.pop();
    } else {
      callback = args[arity];
      args.length = Math.min(args.length, arity);
    }
    if (cbFirst) makeCallback(callback);
    const req = p(...args);
    if (!cbFirst) makeCallback(callback);
    runAsync(req, callback);
  };
  Object.defineProperty(syncFn, 'name', { value: `${name}Sync` });
  Object.defineProperty(cbFn, 'name', { value: name });
  return [syncFn, cbFn];
}

const [accessSync, access] = simple('access', 2, false);
const [, stat] = simple('stat', 2, true);
const [, lstat] = simple('lstat', 2, true);
const [mkdirSync, mkdir] = simple('mkdir', 2, true);
const [mkdtempSync, mkdtemp] = simple('mkdtemp', 2, true);
const [readlinkSync, readlink] = simple('readlink', 2, true);
const [renameSync, rename] = simple('rename', 2, true);
const [linkSync, link] = simple('link', 2, true);
const [unlinkSync, unlink] = simple('unlink', 1, true);
const [chmodSync, chmod] = simple('chmod', 2, false);
const [utimesSync, utimes] = simple('utimes', 3, true);
const [lutimesSync, lutimes] = simple('lutimes', 3, true);
const [copyFileSync, copyFile] = simple('copyFile', 3, false);

// symlink's `type` only matters on Windows.
function symlinkSync(target, path, type) {
  void type;
  return runSync(prep.symlink(target, path));
}

function symlink(target, path, type, callback) {
  if (typeof type === 'function') callback = type;
  callback = makeCallback(callback);
  runAsync(prep.symlink(target, path), callback);
}

module.exports = {
  prep, runAsync, validateRmOptions, rmAsync,
  accessSync, access, exists, existsSync, statSync: statSyncImpl('stat'), stat, lstatSync: statSyncImpl('lstat'),
  lstat, mkdirSync, mkdir, mkdtempSync, mkdtemp, readdirSync, readdir, readlinkSync, readlink, realpathSync,
  realpath, renameSync, rename, linkSync, link, symlinkSync, symlink, unlinkSync, unlink, rmdirSync, rmdir,
  rmSync, rm, truncateSync, truncate, chmodSync, chmod, utimesSync, utimes, lutimesSync, lutimes,
  copyFileSync, copyFile,
};
