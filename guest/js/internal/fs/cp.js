'use strict';
// fs.cp, fs.cpSync and fs/promises cp: one generator walk over host ops, run by a sync and an async driver.

const pathModule = require('path');
const ops = require('internal/fs/ops');
const { codes } = require('internal/errors');
const {
  constants, validateObject, validateBoolean, validateFunction, getValidMode, getValidatedPath, makeCallback,
  systemError, sortListing,
} = require('internal/fs/utils');

const { S_IFMT, S_IFREG, S_IFDIR, S_IFLNK, S_IFCHR, S_IFBLK, S_IFIFO, S_IFSOCK } = constants;

const cpDefaults = {
  dereference: false, errorOnExist: false, filter: undefined, force: true, preserveTimestamps: false,
  recursive: false, verbatimSymlinks: false, mode: 0,
};

function validateCpOptions(options) {
  if (options === undefined) return { ...cpDefaults };
  validateObject(options, 'options');
  options = { ...cpDefaults, ...options };
  for (const k of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive', 'verbatimSymlinks']) {
    validateBoolean(options[k], `options.${k}`);
  }
  options.mode = getValidMode(options.mode, 0);
  if (options.dereference === true && options.verbatimSymlinks === true) {
    throw new codes.ERR_INCOMPATIBLE_OPTION_PAIR('dereference', 'verbatimSymlinks');
  }
  if (options.filter !== undefined) validateFunction(options.filter, 'options.filter');
  return options;
}

const kind = (st) => st[1] & S_IFMT;
const isDir = (st) => kind(st) === S_IFDIR;

// Whether `dest` lies at or under `src`.
function isSubdir(src, dest) {
  const s = pathModule.resolve(src).split('/').filter(Boolean);
  const d = pathModule.resolve(dest).split('/').filter(Boolean);
  return s.every((part, i) => d[i] === part);
}

function cpError(key, message, path, code, errno) {
  return systemError(key, { message, path, syscall: 'cp', errno, code });
}

const EEXIST = 17;
const ENOTDIR = 20;
const EISDIR = 21;
const EINVAL = 22;

// Steps yielded to the driver: ['op', a, b, c] runs a host op; ['filter', src, dest] asks the filter.
function* stat(path, opts, missingOk) {
  try {
    return yield [opts.dereference ? 'stat' : 'lstat', path, false];
  } catch (err) {
    if (missingOk && err.code === 'ENOENT') return undefined;
    throw err;
  }
}

function* copyEntry(src, dest, opts, top) {
  if (opts.filter && !(yield ['filter', src, dest])) return;
  const srcStat = yield* stat(src, opts, false);
  const destStat = yield* stat(dest, opts, true);
  if (destStat) {
    if (srcStat[0] === destStat[0] && srcStat[7] === destStat[7]) {
      throw cpError('ERR_FS_CP_EINVAL', 'src and dest cannot be the same', dest, 'EINVAL', EINVAL);
    }
    if (isDir(srcStat) && !isDir(destStat)) {
      throw cpError('ERR_FS_CP_DIR_TO_NON_DIR', `cannot overwrite non-directory ${dest} with directory ${src}`, dest,
        'EISDIR', EISDIR);
    }
    if (!isDir(srcStat) && isDir(destStat)) {
      throw cpError('ERR_FS_CP_NON_DIR_TO_DIR', `cannot overwrite directory ${dest} with non-directory ${src}`, dest,
        'ENOTDIR', ENOTDIR);
    }
  }
  if (isDir(srcStat) && isSubdir(src, dest)) {
    throw cpError('ERR_FS_CP_EINVAL', `cannot copy ${src} to a subdirectory of self ${dest}`, dest, 'EINVAL', EINVAL);
  }
  if (top) {
    // The destination's parent is created as needed.
    const parent = pathModule.dirname(dest);
    try {
      yield ['access', parent, 0];
    } catch (err) {
      if (err.code !== 'ENOENT') throw err;
      yield ['mkdir', parent, 0o777, true];
    }
  }
  switch (kind(srcStat)) {
    case S_IFDIR:
      if (!opts.recursive) {
        throw cpError('ERR_FS_EISDIR', `${src} is a directory (not copied)`, src, 'EISDIR', EINVAL);
      }
      return yield* copyDir(src, dest, srcStat, destStat, opts);
    case S_IFREG:
    case S_IFCHR:
    case S_IFBLK:
      return yield* copyFile(src, dest, srcStat, destStat, opts);
    case S_IFLNK:
      return yield* copyLink(src, dest, destStat, opts);
    case S_IFIFO:
      throw cpError('ERR_FS_CP_FIFO_PIPE', `cannot copy a FIFO pipe: ${dest}`, dest, 'EINVAL', EINVAL);
    case S_IFSOCK:
      throw cpError('ERR_FS_CP_SOCKET', `cannot copy a socket file: ${dest}`, dest, 'EINVAL', EINVAL);
    default:
      throw cpError('ERR_FS_CP_UNKNOWN', `cannot copy an unknown file type: ${dest}`, dest, 'EINVAL', EINVAL);
  }
}

function* copyDir(src, dest, srcStat, destStat, opts) {
  const mode = srcStat[1] & 0o7777;
  if (!destStat) yield ['mkdir', dest, mode, false];
  const flat = sortListing(yield ['readdir', src]);
  for (let i = 0; i < flat.length; i += 2) {
    yield* copyEntry(pathModule.join(src, flat[i]), pathModule.join(dest, flat[i]), opts, false);
  }
  if (!destStat) yield ['chmod', dest, mode];
}

function* copyFile(src, dest, srcStat, destStat, opts) {
  if (destStat) {
    if (!opts.force) {
      if (opts.errorOnExist) {
        throw cpError('ERR_FS_CP_EEXIST', `${dest} already exists`, dest, 'EEXIST', EEXIST);
      }
      return;
    }
    yield ['unlink', dest];
  }
  yield ['copyfile', src, dest, (opts.mode & constants.COPYFILE_EXCL) !== 0];
  const mode = srcStat[1] & 0o7777;
  if (opts.preserveTimestamps) {
    // A read-only source would leave a read-only copy that utimes cannot touch.
    if ((mode & 0o200) === 0) yield ['chmod', dest, mode | 0o200];
    // Like Node: the source's atime as the copy left it, its mtime from before, both as Dates (ms).
    const after = yield ['stat', src, false];
    const ms = (st, i) => Math.round(st[i] * 1000 + st[i + 1] / 1e6) / 1000;
    yield ['utimes', dest, ms(after, 10), ms(srcStat, 12)];
  }
  yield ['chmod', dest, mode];
}

function* copyLink(src, dest, destStat, opts) {
  let target = yield ['readlink', src];
  if (!opts.verbatimSymlinks && !pathModule.isAbsolute(target)) {
    target = pathModule.resolve(pathModule.dirname(src), target);
  }
  if (!destStat) return yield ['symlink', target, dest];
  let destTarget;
  try {
    destTarget = yield ['readlink', dest];
  } catch (err) {
    // The destination is not a link: replace it.
    if (err.code === 'EINVAL' || err.code === 'UNKNOWN') {
      yield ['unlink', dest];
      return yield ['symlink', target, dest];
    }
    throw err;
  }
  if (!pathModule.isAbsolute(destTarget)) destTarget = pathModule.resolve(pathModule.dirname(dest), destTarget);
  let targetIsDir = false;
  try {
    targetIsDir = isDir(yield ['stat', target, false]);
  } catch {
    // A dangling link is copied as it is.
  }
  if (targetIsDir && isSubdir(target, destTarget)) {
    throw cpError('ERR_FS_CP_EINVAL', `cannot copy ${target} to a subdirectory of self ${destTarget}`, dest,
      'EINVAL', EINVAL);
  }
  if (isDir(yield ['stat', src, false]) && isSubdir(destTarget, target)) {
    throw cpError('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', `cannot overwrite ${destTarget} with ${target}`, dest,
      'EINVAL', EINVAL);
  }
  yield ['unlink', dest];
  yield ['symlink', target, dest];
}

function runSyncSteps(gen, opts) {
  let input;
  let error = null;
  for (;;) {
    const step = error ? gen.throw(error) : gen.next(input);
    error = null;
    if (step.done) return step.value;
    const s = step.value;
    try {
      input = s[0] === 'filter' ? opts.filter(s[1], s[2]) : ops.sync(s[0], s[1], s[2], s[3], s[4]);
    } catch (err) {
      error = err;
    }
  }
}

function runAsyncSteps(gen, opts, cb) {
  const advance = (error, input) => {
    let step;
    try {
      step = error ? gen.throw(error) : gen.next(input);
    } catch (err) {
      return cb(err);
    }
    if (step.done) return cb(null);
    const s = step.value;
    if (s[0] === 'filter') {
      let r;
      try {
        r = opts.filter(s[1], s[2]);
      } catch (err) {
        return advance(err);
      }
      Promise.resolve(r).then((v) => advance(null, v), (err) => advance(err || new Error(String(err))));
      return;
    }
    ops.submit(s[0], s[1], s[2], s[3], s[4], advance);
  };
  advance(null);
}

function cpSync(src, dest, options) {
  const opts = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  runSyncSteps(copyEntry(src, dest, opts, true), opts);
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  const opts = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  runAsyncSteps(copyEntry(src, dest, opts, true), opts, (err) => callback(err || null));
}

async function cpPromise(src, dest, options) {
  const opts = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  return new Promise((resolve, reject) => {
    runAsyncSteps(copyEntry(src, dest, opts, true), opts, (err) => (err ? reject(err) : resolve()));
  });
}

module.exports = { cp, cpSync, cpPromise };
