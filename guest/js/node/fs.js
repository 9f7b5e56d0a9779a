'use strict';
// node:fs — sync and callback file functions over the host's fs capability, with Stats, Dir, streams, promises.

const { notImplemented } = require('internal/errors');
const utils = require('internal/fs/utils');
const paths = require('internal/fs/paths');
const files = require('internal/fs/files');
const { cp, cpSync } = require('internal/fs/cp');

const { constants, Stats, Dirent, toUnixTimestamp } = utils;

function unsupported(name) {
  return {
    [name]() {
      throw notImplemented(`fs.${name}`);
    },
  }[name];
}

let streams;
const lazyStreams = () => (streams ??= require('internal/fs/streams'));
let dir;
const lazyDir = () => (dir ??= require('internal/fs/dir'));

function createReadStream(path, options) {
  return new (lazyStreams().ReadStream)(path, options);
}

function createWriteStream(path, options) {
  return new (lazyStreams().WriteStream)(path, options);
}

// Node's key order, so Object.keys(fs) matches.
const fs = module.exports = {
  appendFile: files.appendFile,
  appendFileSync: files.appendFileSync,
  access: paths.access,
  accessSync: paths.accessSync,
  chown: unsupported('chown'),
  chownSync: unsupported('chownSync'),
  chmod: paths.chmod,
  chmodSync: paths.chmodSync,
  close: files.close,
  closeSync: files.closeSync,
  copyFile: paths.copyFile,
  copyFileSync: paths.copyFileSync,
  cp,
  cpSync,
  createReadStream,
  createWriteStream,
  exists: paths.exists,
  existsSync: paths.existsSync,
  fchown: unsupported('fchown'),
  fchownSync: unsupported('fchownSync'),
  fchmod: files.fchmod,
  fchmodSync: files.fchmodSync,
  fdatasync: files.fdatasync,
  fdatasyncSync: files.fdatasyncSync,
  fstat: files.fstat,
  fstatSync: files.fstatSync,
  fsync: files.fsync,
  fsyncSync: files.fsyncSync,
  ftruncate: files.ftruncate,
  ftruncateSync: files.ftruncateSync,
  futimes: files.futimes,
  futimesSync: files.futimesSync,
  lchown: unsupported('lchown'),
  lchownSync: unsupported('lchownSync'),
  // Linux has no lchmod; Node leaves these undefined there.
  lchmod: undefined,
  lchmodSync: undefined,
  link: paths.link,
  linkSync: paths.linkSync,
  lstat: paths.lstat,
  lstatSync: paths.lstatSync,
  lutimes: paths.lutimes,
  lutimesSync: paths.lutimesSync,
  mkdir: paths.mkdir,
  mkdirSync: paths.mkdirSync,
  mkdtemp: paths.mkdtemp,
  mkdtempSync: paths.mkdtempSync,
  open: files.open,
  openSync: files.openSync,
  openAsBlob: unsupported('openAsBlob'),
  readdir: paths.readdir,
  readdirSync: paths.readdirSync,
  read: files.read,
  readSync: files.readSync,
  readv: files.readv,
  readvSync: files.readvSync,
  readFile: files.readFile,
  readFileSync: files.readFileSync,
  readlink: paths.readlink,
  readlinkSync: paths.readlinkSync,
  realpath: paths.realpath,
  realpathSync: paths.realpathSync,
  rename: paths.rename,
  renameSync: paths.renameSync,
  rm: paths.rm,
  rmSync: paths.rmSync,
  rmdir: paths.rmdir,
  rmdirSync: paths.rmdirSync,
  stat: paths.stat,
  statfs: unsupported('statfs'),
  statSync: paths.statSync,
  statfsSync: unsupported('statfsSync'),
  symlink: paths.symlink,
  symlinkSync: paths.symlinkSync,
  truncate: paths.truncate,
  truncateSync: paths.truncateSync,
  unwatchFile: unsupported('unwatchFile'),
  unlink: paths.unlink,
  unlinkSync: paths.unlinkSync,
  utimes: paths.utimes,
  utimesSync: paths.utimesSync,
  watch: unsupported('watch'),
  watchFile: unsupported('watchFile'),
  writeFile: files.writeFile,
  writeFileSync: files.writeFileSync,
  write: files.write,
  writeSync: files.writeSync,
  writev: files.writev,
  writevSync: files.writevSync,
  Dirent,
  Stats,
};

// Node's arities, for code that inspects fn.length (the shared wrappers take ...args).
const arities = {
  access: 3, accessSync: 2, chown: 4, chownSync: 3, chmod: 3, chmodSync: 2, copyFile: 4, copyFileSync: 3, fchown: 4,
  fchownSync: 3, fstat: 1, lchown: 4, lchownSync: 3, link: 3, linkSync: 2, lstat: 1, lstatSync: 1, lutimes: 4,
  lutimesSync: 3, mkdir: 3, mkdirSync: 2, mkdtemp: 3, mkdtempSync: 2, openAsBlob: 1, readlink: 3, readlinkSync: 2,
  rename: 3, renameSync: 2, stat: 1, statSync: 1, statfs: 1, statfsSync: 1, unwatchFile: 2, unlink: 2, unlinkSync: 1,
  utimes: 4, utimesSync: 3, watch: 3, watchFile: 3,
};
for (const [name, length] of Object.entries(arities)) {
  Object.defineProperty(fs[name], 'length', { value: length, configurable: true });
}

// Accessors like Node's: loaded on first use, replaceable by assignment.
function lazy(name, get) {
  let value;
  let set = false;
  Object.defineProperty(fs, name, {
    get() {
      if (!set) {
        value = get();
        set = true;
      }
      return value;
    },
    set(v) {
      value = v;
      set = true;
    },
    enumerable: true,
    configurable: true,
  });
}

lazy('ReadStream', () => lazyStreams().ReadStream);
lazy('WriteStream', () => lazyStreams().WriteStream);
lazy('FileReadStream', () => lazyStreams().ReadStream);
lazy('FileWriteStream', () => lazyStreams().WriteStream);
fs._toUnixTimestamp = toUnixTimestamp;
lazy('Dir', () => lazyDir().Dir);
lazy('opendir', () => lazyDir().opendir);
lazy('opendirSync', () => lazyDir().opendirSync);
for (const k of ['F_OK', 'R_OK', 'W_OK', 'X_OK']) {
  Object.defineProperty(fs, k, { value: constants[k], enumerable: true, writable: false, configurable: false });
}
Object.defineProperty(fs, 'constants', { value: constants, enumerable: true, writable: false, configurable: false });
lazy('promises', () => require('fs/promises'));
