// capjs-flags: --allow-read=. --allow-write=./scratch
// node:fs synchronous API: files, fds, folders, links, modes and times inside scratch/fs_sync.
'use strict';
const fs = require('fs');
const { pathToFileURL } = require('url');

const dir = 'scratch/fs_sync';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
const p = (n) => `${dir}/${n}`;
const cwd = process.cwd();
const clean = (s) => String(s).split(cwd).join('<cwd>');

function show(label, fn) {
  try {
    const v = fn();
    console.log(label, Buffer.isBuffer(v) ? `<Buffer ${v.toString('hex')}>` : clean(JSON.stringify(v)));
  } catch (e) {
    console.log(label, 'throws', e.code, e.syscall, clean(e.message));
  }
}

// writeFile / readFile / appendFile
show('write', () => fs.writeFileSync(p('a.txt'), 'hello'));
show('read buffer', () => fs.readFileSync(p('a.txt')));
show('read utf8', () => fs.readFileSync(p('a.txt'), 'utf8'));
show('read options', () => fs.readFileSync(p('a.txt'), { encoding: 'base64' }));
show('append', () => fs.appendFileSync(p('a.txt'), ' world'));
show('after append', () => fs.readFileSync(p('a.txt'), 'latin1'));
show('append buffer', () => fs.appendFileSync(p('a.txt'), Buffer.from('!')));
show('write hex', () => fs.writeFileSync(p('h.bin'), 'deadbeef', 'hex'));
show('read hex', () => fs.readFileSync(p('h.bin'), 'hex'));
show('write typed', () => fs.writeFileSync(p('t.bin'), new Uint16Array([1, 2])));
show('read typed', () => fs.readFileSync(p('t.bin')));
show('write dataview', () => fs.writeFileSync(p('dv.bin'), new DataView(new Uint8Array([9, 8, 7]).buffer, 1)));
show('read dataview', () => fs.readFileSync(p('dv.bin')));
show('write wx exists', () => fs.writeFileSync(p('a.txt'), 'x', { flag: 'wx' }));
show('write flag a', () => fs.writeFileSync(p('a.txt'), '?', { flag: 'a' }));
show('read again', () => fs.readFileSync(p('a.txt'), 'utf8'));
show('write unicode', () => fs.writeFileSync(p('u.txt'), 'héllo ✓ 😀'));
show('read unicode', () => [fs.readFileSync(p('u.txt'), 'utf8'), fs.statSync(p('u.txt')).size]);
show('lone surrogate', () => { fs.writeFileSync(p('s.txt'), 'a\ud800b'); return fs.readFileSync(p('s.txt')); });
show('empty file', () => { fs.writeFileSync(p('e.txt'), ''); return fs.readFileSync(p('e.txt'), 'utf8'); });
show('big file', () => {
  const big = Buffer.alloc(300000, 'xyz');
  fs.writeFileSync(p('big.bin'), big);
  const back = fs.readFileSync(p('big.bin'));
  return [back.length, back.equals(big)];
});
show('mode option', () => {
  fs.writeFileSync(p('m.txt'), 'x', { mode: 0o600 });
  return (fs.statSync(p('m.txt')).mode & 0o777).toString(8);
});

// paths as Buffer and URL
show('buffer path', () => fs.readFileSync(Buffer.from(p('a.txt')), 'utf8'));
show('url path', () => fs.readFileSync(pathToFileURL(p('a.txt')), 'utf8'));
show('url string is not a url', () => fs.readFileSync(`file://${cwd}/${p('a.txt')}`));

// fds
const fd = fs.openSync(p('fd.txt'), 'w+');
show('fd type', () => typeof fd);
show('writeSync string', () => fs.writeSync(fd, 'abcdef'));
show('writeSync buffer slice', () => fs.writeSync(fd, Buffer.from('0123456789'), 2, 3));
show('writeSync at position', () => fs.writeSync(fd, 'ZZ', 1));
show('writeSync options', () => fs.writeSync(fd, Buffer.from('xyz'), { offset: 1, length: 2, position: 20 }));
show('fstat size', () => fs.fstatSync(fd).size);
const rb = Buffer.alloc(8);
show('readSync at 0', () => [fs.readSync(fd, rb, 0, 8, 0), rb.toString('latin1')]);
show('readSync offset', () => { rb.fill(0); return [fs.readSync(fd, rb, 4, 4, 2), rb.toString('hex')]; });
show('readSync options', () => { rb.fill(0); return [fs.readSync(fd, rb, { position: 6, length: 3 }), rb.toString('hex')]; });
show('readSync eof', () => fs.readSync(fd, rb, 0, 8, 100));
show('readSync len 0', () => fs.readSync(fd, rb, 0, 0, 0));
show('readSync bigint pos', () => { rb.fill(0); return [fs.readSync(fd, rb, 0, 2, 1n), rb.toString('latin1', 0, 2)]; });
show('readSync into Uint16Array', () => { const u = new Uint16Array(2); fs.readSync(fd, u, 0, 4, 0); return Array.from(new Uint8Array(u.buffer)); });
show('ftruncate', () => { fs.ftruncateSync(fd, 4); return fs.fstatSync(fd).size; });
show('ftruncate grow', () => { fs.ftruncateSync(fd, 6); return fs.readFileSync(p('fd.txt')); });
show('fsync', () => fs.fsyncSync(fd));
show('fdatasync', () => fs.fdatasyncSync(fd));
show('fchmod', () => { fs.fchmodSync(fd, 0o640); return (fs.fstatSync(fd).mode & 0o777).toString(8); });
show('futimes', () => { fs.futimesSync(fd, 1000, 2000); const s = fs.fstatSync(fd); return [s.atimeMs, s.mtimeMs]; });
show('writevSync', () => fs.writevSync(fd, [Buffer.from('AB'), Buffer.from('CD')], 0));
show('readvSync', () => {
  const a = Buffer.alloc(3);
  const b = Buffer.alloc(5);
  return [fs.readvSync(fd, [a, b], 0), a.toString('latin1'), b.toString('hex')];
});
show('close', () => fs.closeSync(fd));
show('close again', () => fs.closeSync(fd));

// cursor semantics: reads and writes without a position advance the file's cursor
const fd2 = fs.openSync(p('cur.txt'), 'w+');
fs.writeSync(fd2, 'one');
fs.writeSync(fd2, 'two');
show('cursor read at end', () => fs.readSync(fd2, Buffer.alloc(4), 0, 4, null));
show('positional read keeps cursor', () => { const b = Buffer.alloc(3); fs.readSync(fd2, b, 0, 3, 0); return b.toString(); });
fs.writeSync(fd2, 'three');
show('cursor file', () => fs.readFileSync(p('cur.txt'), 'utf8'));
fs.closeSync(fd2);
const fd3 = fs.openSync(p('cur.txt'), 'r');
show('readFile fd from cursor', () => { fs.readSync(fd3, Buffer.alloc(3), 0, 3, null); return fs.readFileSync(fd3, 'utf8'); });
fs.closeSync(fd3);
const fd4 = fs.openSync(p('app.txt'), 'a');
fs.writeSync(fd4, 'x');
fs.writeSync(fd4, 'y', 0);
fs.writeFileSync(fd4, 'z');
fs.closeSync(fd4);
show('append mode ignores position', () => fs.readFileSync(p('app.txt'), 'utf8'));
const fd5 = fs.openSync(p('num.txt'), fs.constants.O_CREAT | fs.constants.O_WRONLY, '0644');
fs.writeSync(fd5, 'numeric flags');
fs.closeSync(fd5);
show('numeric flags', () => [fs.readFileSync(p('num.txt'), 'utf8'), (fs.statSync(p('num.txt')).mode & 0o777).toString(8)]);

// folders
show('mkdir', () => fs.mkdirSync(p('d1')));
show('mkdir recursive returns first', () => fs.mkdirSync(p('d1/x/y/z'), { recursive: true }));
show('mkdir recursive existing', () => fs.mkdirSync(p('d1/x'), { recursive: true }));
show('mkdir recursive dotted', () => fs.mkdirSync(`./${p('d2')}/a`, { recursive: true }));
show('mkdir recursive absolute', () => clean(fs.mkdirSync(`${cwd}/${p('d3')}/q`, { recursive: true })));
show('mkdir mode', () => { fs.mkdirSync(p('d4'), 0o700); return (fs.statSync(p('d4')).mode & 0o777).toString(8); });
show('mkdtemp', () => {
  const t = fs.mkdtempSync(p('tmp-'));
  return [t.length - p('tmp-').length, t.startsWith(p('tmp-')), fs.statSync(t).isDirectory()];
});
fs.writeFileSync(p('d1/f.txt'), 'f');
fs.writeFileSync(p('d1/x/g.txt'), 'g');
show('readdir', () => fs.readdirSync(p('d1')));
show('readdir types', () => fs.readdirSync(p('d1'), { withFileTypes: true }).map((d) => [d.name, d.isFile(), d.isDirectory(), d.parentPath]));
show('readdir recursive', () => fs.readdirSync(p('d1'), { recursive: true }).sort());
show('readdir recursive types', () => fs.readdirSync(p('d1'), { recursive: true, withFileTypes: true })
  .map((d) => `${d.parentPath}|${d.name}`).sort());
show('readdir buffer', () => fs.readdirSync(p('d1'), 'buffer').map((b) => Buffer.isBuffer(b) && b.toString()));
show('readdir sorted', () => {
  for (const n of ['b', 'B', 'a', '_', '10', '9', 'é', 'z']) fs.writeFileSync(p(`d4/${n}`), '');
  return fs.readdirSync(p('d4'));
});
show('rmdir', () => fs.rmdirSync(p('d2/a')));
show('rmdir gone', () => fs.existsSync(p('d2/a')));

// rename, copy, links
show('rename', () => { fs.renameSync(p('e.txt'), p('e2.txt')); return [fs.existsSync(p('e.txt')), fs.existsSync(p('e2.txt'))]; });
show('rename over', () => { fs.renameSync(p('h.bin'), p('e2.txt')); return fs.readFileSync(p('e2.txt'), 'hex'); });
show('copyFile', () => { fs.copyFileSync(p('a.txt'), p('copy.txt')); return fs.readFileSync(p('copy.txt'), 'utf8'); });
show('copyFile excl', () => fs.copyFileSync(p('a.txt'), p('copy.txt'), fs.constants.COPYFILE_EXCL));
show('copyFile ficlone', () => { fs.copyFileSync(p('u.txt'), p('copy.txt'), fs.constants.COPYFILE_FICLONE); return fs.readFileSync(p('copy.txt'), 'utf8'); });
show('link', () => { fs.linkSync(p('a.txt'), p('hard.txt')); return [fs.statSync(p('a.txt')).nlink, fs.readFileSync(p('hard.txt'), 'utf8')]; });
show('realpath', () => clean(fs.realpathSync(p('a.txt'))));
show('realpath native', () => clean(fs.realpathSync.native(`${dir}/./d1/x/..`)));
show('realpath dir', () => clean(fs.realpathSync(`${dir}/d1/../d1/x`)));
show('unlink', () => { fs.unlinkSync(p('hard.txt')); return fs.existsSync(p('hard.txt')); });

// truncate, chmod, utimes, access, exists
show('truncate', () => { fs.truncateSync(p('copy.txt'), 3); return fs.readFileSync(p('copy.txt'), 'utf8'); });
show('truncate default', () => { fs.truncateSync(p('copy.txt')); return fs.statSync(p('copy.txt')).size; });
show('truncate negative', () => { fs.writeFileSync(p('copy.txt'), 'abc'); fs.truncateSync(p('copy.txt'), -5); return fs.statSync(p('copy.txt')).size; });
show('chmod', () => { fs.chmodSync(p('copy.txt'), 0o604); return (fs.statSync(p('copy.txt')).mode & 0o777).toString(8); });
show('chmod string', () => { fs.chmodSync(p('copy.txt'), '644'); return (fs.statSync(p('copy.txt')).mode & 0o777).toString(8); });
show('utimes numbers', () => { fs.utimesSync(p('copy.txt'), 1500000000, 1600000000.5); const s = fs.statSync(p('copy.txt')); return [s.atimeMs, s.mtimeMs, s.mtime.toISOString()]; });
show('utimes dates', () => { fs.utimesSync(p('copy.txt'), new Date(1e12), new Date('2020-01-01T00:00:00Z')); const s = fs.statSync(p('copy.txt')); return [s.atime.toISOString(), s.mtime.toISOString()]; });
show('utimes strings', () => { fs.utimesSync(p('copy.txt'), '100', '200'); const s = fs.statSync(p('copy.txt')); return [s.atimeMs, s.mtimeMs]; });
show('access', () => fs.accessSync(p('copy.txt')));
show('access R_OK|W_OK', () => fs.accessSync(p('copy.txt'), fs.constants.R_OK | fs.constants.W_OK));
show('exists', () => [fs.existsSync(p('copy.txt')), fs.existsSync(p('nope')), fs.existsSync(), fs.existsSync(123), fs.existsSync('a\0b')]);

// rm
show('rm file', () => { fs.rmSync(p('copy.txt')); return fs.existsSync(p('copy.txt')); });
show('rm tree', () => { fs.rmSync(p('d1'), { recursive: true }); return fs.existsSync(p('d1')); });
show('rm missing force', () => fs.rmSync(p('d1'), { force: true }));
show('final listing', () => fs.readdirSync(dir).filter((n) => !n.startsWith('tmp-')));
