// capjs-flags: --allow-read=. --allow-write=./scratch
// fs.Stats and BigIntStats: keys and their order, types, type checks, time fields and Dates (set
// with utimes so they are deterministic), the public constructor, constants and the module's shape.
'use strict';
const fs = require('fs');

const dir = 'scratch/fs_stats';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
const p = (n) => `${dir}/${n}`;
fs.writeFileSync(p('f'), 'twelve bytes');
// (Fractions a double holds exactly: libuv keeps microseconds and truncates the rest.)
fs.utimesSync(p('f'), 1234567890.25, new Date('2021-06-15T12:34:56.500Z'));

const s = fs.statSync(p('f'));
console.log('keys', Object.keys(s).join(','));
console.log('class', s.constructor.name, s instanceof fs.Stats, Object.getPrototypeOf(s) === fs.Stats.prototype);
console.log('types', Object.keys(s).map((k) => `${k}:${s[k] instanceof Date ? 'Date' : typeof s[k]}`).join(' '));
console.log('file checks', s.isFile(), s.isDirectory(), s.isSymbolicLink(), s.isFIFO(), s.isSocket(), s.isBlockDevice(),
  s.isCharacterDevice());
console.log('size mode', s.size, (s.mode & 0o170000).toString(8), s.nlink, s.blocks >= 0, s.blksize > 0);
console.log('times', s.atimeMs, s.mtimeMs, s.atime.toISOString(), s.mtime.toISOString());
console.log('ctime recent', Math.abs(s.ctimeMs - Date.now()) < 60000, s.ctime.getTime() === Math.round(s.ctimeMs));
console.log('own data props', Object.entries(Object.getOwnPropertyDescriptors(s))
  .every(([, d]) => 'value' in d && d.enumerable && d.writable));

const d = fs.statSync(dir);
console.log('dir checks', d.isFile(), d.isDirectory(), (d.mode & 0o170000).toString(8));

const b = fs.statSync(p('f'), { bigint: true });
console.log('bigint keys', Object.keys(b).join(','));
console.log('bigint class', b.constructor.name, b instanceof fs.Stats);
console.log('bigint types', Object.keys(b).map((k) => `${k}:${b[k] instanceof Date ? 'Date' : typeof b[k]}`).join(' '));
console.log('bigint times', b.atimeMs, b.atimeNs, b.mtimeMs, b.mtimeNs, b.atime.toISOString(), b.mtime.toISOString());
console.log('bigint checks', b.isFile(), b.isDirectory(), b.size);
console.log('lstat bigint', fs.lstatSync(p('f'), { bigint: true }).isFile());
const fd = fs.openSync(p('f'), 'r');
const fb = fs.fstatSync(fd, { bigint: true });
console.log('fstat bigint', typeof fb.size, fb.size, fb.mtimeNs === b.mtimeNs);
console.log('fstat', fs.fstatSync(fd).mtimeMs === s.mtimeMs);
fs.closeSync(fd);

// negative and fractional times
fs.utimesSync(p('f'), -1.5, 0.001);
const n = fs.statSync(p('f'));
const nb = fs.statSync(p('f'), { bigint: true });
console.log('negative atime uses now', Math.abs(n.atimeMs - Date.now()) < 60000, 'mtime', n.mtimeMs, nb.mtimeNs);
fs.utimesSync(p('f'), 0, -0.25);
console.log('pre-epoch is now too', Math.abs(fs.statSync(p('f')).mtimeMs - Date.now()) < 60000);
fs.utimesSync(p('f'), new Date(86400000), new Date(1.5));
const dt = fs.statSync(p('f'));
console.log('date times', dt.atimeMs, dt.atime.toISOString(), dt.mtimeMs);

// the public constructor
const made = new fs.Stats(1, 0o100644, 3, 4, 5, 6, 7, 8, 9, 10, 11.6, 12, 13, 14);
console.log('made', JSON.stringify(made));
console.log('made checks', made.isFile(), made.atime.getTime(), made.birthtime.toISOString());
const madeDir = new fs.Stats(0, 0o40755);
console.log('made dir', madeDir.isDirectory(), madeDir.size, String(madeDir.atime));
console.log('proto names', Object.getOwnPropertyNames(fs.Stats.prototype).join(','),
  Object.getOwnPropertyNames(Object.getPrototypeOf(fs.Stats.prototype)).join(','));
console.log('check enumerable', Object.keys(Object.getPrototypeOf(fs.Stats.prototype)).length);

// constants and the module
console.log('constants', JSON.stringify(fs.constants));
console.log('access consts', fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK, Object.isFrozen(fs.constants));
console.log('fs keys', Object.keys(fs).join(' '));
console.log('functions', Object.keys(fs).filter((k) => typeof fs[k] === 'function').length);
console.log('native realpath', typeof fs.realpathSync.native, typeof fs.realpath.native);
console.log('node: prefix', require('node:fs') === fs, require('fs').promises === require('fs/promises'));
console.log('_toUnixTimestamp', fs._toUnixTimestamp(5), fs._toUnixTimestamp('7'), fs._toUnixTimestamp(new Date(2500)));
