'use strict';
// node:fs/promises — the promise API over the host's fs operations, with FileHandle for open files.

const { Buffer } = require('buffer');
const ops = require('internal/fs/ops');
const { codes, notImplemented } = require('internal/errors');
const {
  constants, stringToFlags, parseFileMode, getOptions, getValidatedPath, toBuffer, abortError, checkAborted,
} = require('internal/fs/utils');
const paths = require('internal/fs/paths');
const { writeFileOptions, decode, validateStringOrView, readFileError } = require('internal/fs/files');
const { FileHandle, isIterable, toBytes } = require('internal/fs/filehandle');
const { opendirPromise } = require('internal/fs/dir');
const { cpPromise } = require('internal/fs/cp');

const { prep } = paths;

function run(req) {
  return new Promise((resolve, reject) => paths.runAsync(req, (err, v) => (err ? reject(err) : resolve(v))));
}

// Node's promise functions are async: a bad argument rejects rather than throws.
async function access(path, mode = undefined) { return run(prep.access(path, mode)); }
async function copyFile(src, dest, mode) { return run(prep.copyFile(src, dest, mode)); }
async function rename(oldPath, newPath) { return run(prep.rename(oldPath, newPath)); }
async function mkdir(path, options) { return run(prep.mkdir(path, options)); }
async function readlink(path, options) { return run(prep.readlink(path, options)); }
async function symlink(target, path, type) { void type; return run(prep.symlink(target, path)); }
async function lstat(path, options = { bigint: false }) { return run(prep.lstat(path, options)); }
async function stat(path, options = { bigint: false }) { return run(prep.stat(path, options)); }
async function link(existingPath, newPath) { return run(prep.link(existingPath, newPath)); }
async function unlink(path) { return run(prep.unlink(path)); }
async function chmod(path, mode) { return run(prep.chmod(path, mode)); }
async function utimes(path, atime, mtime) { return run(prep.utimes(path, atime, mtime)); }
async function lutimes(path, atime, mtime) { return run(prep.lutimes(path, atime, mtime)); }
async function mkdtemp(prefix, options) { return run(prep.mkdtemp(prefix, options)); }

function viaCallback(fn, ...args) {
  return new Promise((resolve, reject) => fn(...args, (err, v) => (err ? reject(err) : resolve(v))));
}

async function readdir(path, options) { return viaCallback(paths.readdir, path, options); }
async function realpath(path, options) { return viaCallback(paths.realpath, path, options); }
async function rmdir(path, options) { return viaCallback(paths.rmdir, path, options); }

async function rm(path, options) {
  path = getValidatedPath(path);
  options = paths.validateRmOptions(options);
  return new Promise((resolve, reject) => paths.rmAsync(path, options, (err) => (err ? reject(err) : resolve())));
}

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return new FileHandle(await ops.call('open', path, flagsNumber, mode));
}

// Like Node: open 'r+' and ftruncate, so a missing file reports `open`.
async function truncate(path, len = 0) {
  const fh = await open(path, 'r+');
  try {
    await fh.truncate(len);
  } finally {
    await fh.close();
  }
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  const { signal, encoding } = options;
  if (path instanceof FileHandle) return path.readFile(options);
  checkAborted(signal);
  path = getValidatedPath(path);
  const flags = stringToFlags(options.flag);
  let bytes;
  try {
    bytes = await ops.call('readFile', path, flags);
  } catch (err) {
    throw readFileError(err, flags);
  }
  if (signal?.aborted) throw abortError(signal);
  return decode(toBuffer(bytes), encoding);
}

// Writes `data` (string, bytes, or an iterable of them) to a path or FileHandle.
async function writeFile(path, data, options) {
  options = writeFileOptions(options, 'w');
  const { signal, encoding } = options;
  if (!ArrayBuffer.isView(data) && !(isIterable(data) && typeof data !== 'string')) {
    validateStringOrView(data, 'data');
    data = Buffer.from(data, encoding || 'utf8');
  }
  if (path instanceof FileHandle) return path.writeFile(data, options);
  checkAborted(signal);
  path = getValidatedPath(path);
  const flags = stringToFlags(options.flag);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  if (ArrayBuffer.isView(data) && !options.flush) {
    await ops.call('writeFile', path, toBytes(data), flags, mode);
    if (signal?.aborted) throw abortError(signal);
    return;
  }
  const fh = new FileHandle(await ops.call('open', path, flags, mode));
  try {
    await fh.writeFile(data, options);
    if (options.flush) await fh.sync();
  } finally {
    await fh.close();
  }
}

async function appendFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag) options.flag = 'a';
  return writeFile(path, data, options);
}

// Linux has no lchmod, and Node says so with this error.
async function lchmod(path, mode) {
  void path, void mode;
  throw new codes.ERR_METHOD_NOT_IMPLEMENTED('lchmod()');
}

async function opendir(path, options) { return opendirPromise(path, options); }
async function cp(src, dest, options) { return cpPromise(src, dest, options); }

function unsupported(name, length) {
  const fn = {
    async [name]() {
      throw notImplemented(`fsPromises.${name}`);
    },
  }[name];
  return Object.defineProperty(fn, 'length', { value: length });
}

module.exports = {
  access, copyFile, cp, open, opendir, rename, truncate, rm, rmdir, mkdir, readdir, readlink, symlink, lstat, stat,
  statfs: unsupported('statfs', 1), link, unlink, chmod, lchmod, lchown: unsupported('lchown', 3),
  chown: unsupported('chown', 3), utimes, lutimes, realpath, mkdtemp, writeFile, appendFile, readFile,
  watch: unsupported('watch', 1), constants,
};
