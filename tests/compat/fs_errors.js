// capjs-flags: --allow-read=. --allow-write=./scratch
// node:fs errors: argument validation (codes, names, messages) and OS errors (code, errno, syscall,
// path, dest, message) from the sync, callback and promise forms.
'use strict';
const fs = require('fs');

const dir = 'scratch/fs_errors';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
const p = (n) => `${dir}/${n}`;
fs.writeFileSync(p('f.txt'), 'data');
fs.mkdirSync(p('d/sub'), { recursive: true });
fs.writeFileSync(p('d/x'), 'x');

function err(label, e) {
  const keys = Object.keys(e).filter((k) => k !== 'info').join(',');
  console.log(label, e.name, e.code, e.errno, e.syscall, e.path, e.dest, JSON.stringify(e.message), keys);
}

function t(label, fn) {
  try {
    const v = fn();
    console.log(label, 'ok', typeof v);
  } catch (e) {
    err(label, e);
  }
}

// validation
t('path number', () => fs.readFileSync(1.5));
t('path object', () => fs.statSync({}));
t('path null byte', () => fs.statSync('a\0b'));
t('path buffer null byte', () => fs.statSync(Buffer.from('a\0b')));
t('path undefined', () => fs.accessSync());
t('url non-file', () => fs.readFileSync(new URL('http://example.com/x')));
t('fd negative', () => fs.fstatSync(-1));
t('fd float', () => fs.closeSync(1.5));
t('fd string', () => fs.fstatSync('1'));
t('fd too big', () => fs.closeSync(2 ** 31));
t('flags bogus', () => fs.openSync(p('f.txt'), 'bogus'));
t('flags object', () => fs.openSync(p('f.txt'), {}));
t('mode string', () => fs.openSync(p('f.txt'), 'r', 'abc'));
t('mode object', () => fs.chmodSync(p('f.txt'), {}));
t('mode missing', () => fs.chmodSync(p('f.txt')));
t('mode negative', () => fs.chmodSync(p('f.txt'), -1));
t('access mode 8', () => fs.accessSync(p('f.txt'), 8));
t('access mode string', () => fs.accessSync(p('f.txt'), 'r'));
t('copyFile mode', () => fs.copyFileSync(p('f.txt'), p('g.txt'), 16));
t('encoding bogus', () => fs.readFileSync(p('f.txt'), 'bogus'));
t('options number', () => fs.readFileSync(p('f.txt'), 5));
t('writeFile data number', () => fs.writeFileSync(p('g.txt'), 5));
t('writeFile data object', () => fs.writeFileSync(p('g.txt'), { toString() { return 'x'; } }));
t('read buffer string', () => fs.readSync(0, 'x'));
t('read offset negative', () => fs.readSync(0, Buffer.alloc(4), -1, 1, 0));
t('read offset float', () => fs.readSync(0, Buffer.alloc(4), 1.5, 1, 0));
t('read length too big', () => fs.readSync(0, Buffer.alloc(4), 2, 3, 0));
t('read length negative', () => fs.readSync(0, Buffer.alloc(4), 0, -1, 0));
t('read position -2', () => fs.readSync(0, Buffer.alloc(4), 0, 2, -2));
t('read position string', () => fs.readSync(0, Buffer.alloc(4), 0, 2, 'x'));
t('read empty buffer', () => fs.readSync(0, Buffer.alloc(0), 0, 1, 0));
t('read options number', () => fs.readSync(0, Buffer.alloc(4), 5));
t('write data number', () => fs.writeSync(0, 5));
t('write offset too big', () => fs.writeSync(0, Buffer.alloc(4), 5));
t('write length too big', () => fs.writeSync(0, Buffer.alloc(4), 0, 10));
t('truncate len string', () => fs.truncateSync(p('f.txt'), 'a'));
t('ftruncate len float', () => fs.ftruncateSync(0, 1.5));
t('utimes bad time', () => fs.utimesSync(p('f.txt'), 'abc', 1));
t('utimes NaN', () => fs.utimesSync(p('f.txt'), NaN, 1));
t('futimes bad', () => fs.futimesSync(0, {}, 1));
t('mkdir recursive type', () => fs.mkdirSync(p('q'), { recursive: 1 }));
t('mkdir mode bad', () => fs.mkdirSync(p('q'), { mode: '9' }));
t('rm options type', () => fs.rmSync(p('q'), 5));
t('rm force type', () => fs.rmSync(p('q'), { force: 1 }));
t('rm maxRetries', () => fs.rmSync(p('q'), { maxRetries: -1 }));
t('readv not array', () => fs.readvSync(0, Buffer.alloc(1)));
t('writev bad item', () => fs.writevSync(0, ['x']));
t('opendir bufferSize', () => fs.opendirSync(dir, { bufferSize: 0 }));
t('cp src type', () => fs.cpSync(5, 'x'));
t('cp filter type', () => fs.cpSync(p('f.txt'), p('g.txt'), { filter: 5 }));
t('cp options type', () => fs.cpSync(p('f.txt'), p('g.txt'), 'x'));
t('rename newPath', () => fs.renameSync(p('f.txt'), 5));
t('link existingPath', () => fs.linkSync(5, 'x'));
t('symlink target', () => fs.symlinkSync(5, 'x'));
t('readlink oldPath', () => fs.readlinkSync(5));
t('mkdtemp prefix', () => fs.mkdtempSync(5));
t('createReadStream start>end', () => fs.createReadStream(p('f.txt'), { start: 5, end: 2 }));
t('createReadStream start<0', () => fs.createReadStream(p('f.txt'), { start: -1 }));
t('createReadStream fd type', () => fs.createReadStream(p('f.txt'), { fd: 'x' }));
t('createWriteStream start type', () => fs.createWriteStream(p('g.txt'), { start: 'x' }));

// callbacks are required
t('stat no cb', () => fs.stat(p('f.txt')));
t('readFile cb not fn', () => fs.readFile(p('f.txt'), 'utf8', 7));
t('mkdir cb first', () => fs.mkdir(5));
t('access path first', () => fs.access(5));
t('open path first', () => fs.open(5));
t('read fd first', () => fs.read(-1));
t('opendir callback name', () => fs.opendir(dir, {}, 5));
t('exists no cb', () => fs.exists(p('f.txt')));
t('close bad cb', () => fs.close(0, 5));

// OS errors
t('ENOENT open', () => fs.openSync(p('nope')));
t('ENOENT readFile', () => fs.readFileSync(p('nope')));
t('ENOENT stat', () => fs.statSync(p('nope')));
t('ENOENT lstat', () => fs.lstatSync(p('nope/x')));
t('ENOTDIR stat', () => fs.statSync(p('f.txt/x')));
t('throwIfNoEntry', () => String(fs.statSync(p('nope'), { throwIfNoEntry: false })));
t('throwIfNoEntry ENOTDIR', () => fs.statSync(p('f.txt/x'), { throwIfNoEntry: false }));
t('EISDIR readFile', () => fs.readFileSync(p('d')));
t('EISDIR open w', () => fs.openSync(p('d'), 'w'));
t('EISDIR writeFile', () => fs.writeFileSync(p('d'), 'x'));
t('EEXIST open wx', () => fs.openSync(p('f.txt'), 'wx'));
t('EEXIST mkdir', () => fs.mkdirSync(p('d')));
t('ENOENT mkdir parent', () => fs.mkdirSync(p('nope/x')));
t('ENOTDIR mkdir recursive', () => fs.mkdirSync(p('f.txt/a'), { recursive: true }));
t('EEXIST mkdir recursive file', () => fs.mkdirSync(p('f.txt'), { recursive: true }));
t('ENOTEMPTY rmdir', () => fs.rmdirSync(p('d')));
t('ENOTDIR rmdir', () => fs.rmdirSync(p('f.txt')));
t('ENOENT rmdir', () => fs.rmdirSync(p('nope')));
t('EISDIR unlink', () => fs.unlinkSync(p('d')));
t('ENOENT unlink', () => fs.unlinkSync(p('nope')));
t('ENOTDIR readdir', () => fs.readdirSync(p('f.txt')));
t('ENOENT readdir', () => fs.readdirSync(p('nope')));
t('ENOENT rename', () => fs.renameSync(p('nope'), p('x')));
t('ENOENT copyFile', () => fs.copyFileSync(p('nope'), p('x')));
t('EEXIST copyFile excl', () => fs.copyFileSync(p('f.txt'), p('d/x'), fs.constants.COPYFILE_EXCL));
t('ENOTSUP copyFile ficlone force', () => fs.copyFileSync(p('f.txt'), p('y'), fs.constants.COPYFILE_FICLONE_FORCE));
t('ENOENT link', () => fs.linkSync(p('nope'), p('x')));
t('EEXIST link', () => fs.linkSync(p('f.txt'), p('d/x')));
t('ENOENT access', () => fs.accessSync(p('nope')));
t('ENOENT chmod', () => fs.chmodSync(p('nope'), 0o644));
t('ENOENT utimes', () => fs.utimesSync(p('nope'), 1, 1));
t('ENOENT truncate', () => fs.truncateSync(p('nope')));
t('ENOENT readlink', () => fs.readlinkSync(p('nope')));
t('EINVAL readlink', () => fs.readlinkSync(p('f.txt')));
t('ENOENT mkdtemp', () => fs.mkdtempSync(p('nope/x-')));
t('ENOENT realpath native', () => fs.realpathSync.native(p('nope')));
t('ENOENT opendir', () => fs.opendirSync(p('nope')));
t('ENOTDIR opendir', () => fs.opendirSync(p('f.txt')));
t('EBADF fstat', () => fs.fstatSync(999));
t('EBADF close', () => fs.closeSync(999));
t('EBADF read', () => fs.readSync(999, Buffer.alloc(1), 0, 1, 0));
t('EBADF write', () => fs.writeSync(999, 'x'));
const rfd = fs.openSync(p('f.txt'), 'r');
t('EBADF write read-only', () => fs.writeSync(rfd, 'x'));
fs.closeSync(rfd);
const dfd = fs.openSync(p('d'), 'r');
t('EISDIR read dir fd', () => fs.readSync(dfd, Buffer.alloc(4), 0, 4, null));
fs.closeSync(dfd);

// rm's own errors
t('rm dir', () => fs.rmSync(p('d')));
t('rm missing', () => fs.rmSync(p('nope')));
t('rm ENOTDIR', () => fs.rmSync(p('f.txt/x')));
t('rm missing force', () => fs.rmSync(p('nope'), { force: true }));
try {
  fs.rmSync(p('d/sub'));
} catch (e) {
  console.log('rm info', JSON.stringify(e.info), e.errno, String(e));
}

// the same errors through callbacks and promises, one at a time so the order is fixed
const cbSteps = [
  (next) => fs.readFile(p('nope'), (e) => { err('cb readFile', e); next(); }),
  (next) => fs.readFile(p('d'), (e) => { err('cb readFile dir', e); next(); }),
  (next) => fs.stat(p('nope'), (e) => { err('cb stat', e); next(); }),
  (next) => fs.rename(p('nope'), p('x'), (e) => { err('cb rename', e); next(); }),
  (next) => fs.rm(p('d'), (e) => { err('cb rm', e); next(); }),
  (next) => fs.rm(p('nope'), { force: true }, (e) => { console.log('cb rm force', e); next(); }),
  (next) => fs.opendir(p('nope'), (e) => { err('cb opendir', e); next(); }),
  (next) => fs.write(999, 'x', (e) => { err('cb write', e); next(); }),
  (next) => fs.close(999, (e) => { err('cb close', e); next(); }),
  (next) => {
    let sync = true;
    fs.stat(p('nope'), () => { console.log('callback is async', !sync); next(); });
    sync = false;
  },
];
const promiseSteps = [
  () => fs.promises.readFile(p('nope')),
  () => fs.promises.readFile(p('d')),
  () => fs.promises.open(p('nope')),
  () => fs.promises.readFile(1.5),
  () => fs.promises.mkdir(p('d')),
  () => fs.promises.rm(p('nope')),
  () => fs.promises.rm(p('d')),
  () => fs.promises.access(p('f.txt'), 'x'),
  () => fs.promises.opendir(p('f.txt')),
  () => fs.promises.truncate(p('nope')),
  () => fs.promises.writeFile(p('g.txt'), 5),
];
(function runCb(i) {
  if (i < cbSteps.length) return cbSteps[i](() => runCb(i + 1));
  (async () => {
    for (const [i, step] of promiseSteps.entries()) {
      try {
        const pr = step();
        console.log('promise', i, 'returned a promise', pr instanceof Promise);
        await pr;
        console.log('promise', i, 'resolved');
      } catch (e) {
        err(`promise ${i}`, e);
      }
    }
  })();
})(0);
