// capjs-flags: --allow-read=. --allow-write=./scratch
// node:fs callback API: results and errors arrive asynchronously, argument shuffling (optional
// options), fd round trips, promisify, AbortSignal for readFile/writeFile, and the loop staying alive.
'use strict';
const fs = require('fs');
const util = require('util');

const dir = 'scratch/fs_callback';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
const p = (n) => `${dir}/${n}`;
const cwd = process.cwd();
const clean = (s) => String(s).split(cwd).join('<cwd>');
const fmt = (v) => (Buffer.isBuffer(v) ? `<Buffer ${v.toString('hex')}>` : clean(JSON.stringify(v)));

const steps = [];
const step = (label, fn) => steps.push([label, fn]);
// Each step calls done(err, value); the next starts only after it, so output order is fixed.
function run(i) {
  if (i >= steps.length) return console.log('all done');
  const [label, fn] = steps[i];
  let sync = true;
  let called = false;
  fn((err, ...vals) => {
    if (called) return console.log(label, 'called twice');
    called = true;
    if (sync) console.log(label, 'called synchronously');
    if (err) console.log(label, 'error', err.code, err.syscall, clean(err.message));
    else console.log(label, ...vals.map(fmt));
    setImmediate(run, i + 1);
  });
  sync = false;
}

step('writeFile', (done) => fs.writeFile(p('a.txt'), 'hello', done));
step('writeFile options', (done) => fs.writeFile(p('b.txt'), '6869', { encoding: 'hex', mode: 0o600 }, done));
step('readFile buffer', (done) => fs.readFile(p('a.txt'), done));
step('readFile utf8', (done) => fs.readFile(p('a.txt'), 'utf8', done));
step('readFile hex file', (done) => fs.readFile(p('b.txt'), { encoding: 'latin1' }, done));
step('appendFile', (done) => fs.appendFile(p('a.txt'), ' there', (e) => done(e, fs.readFileSync(p('a.txt'), 'utf8'))));
step('appendFile options string', (done) => fs.appendFile(p('a.txt'), '2121', 'hex', (e) => done(e, fs.readFileSync(p('a.txt'), 'utf8'))));
step('stat', (done) => fs.stat(p('a.txt'), (e, s) => done(e, s.isFile(), s.size, s instanceof fs.Stats)));
step('stat bigint', (done) => fs.stat(p('a.txt'), { bigint: true }, (e, s) => done(e, typeof s.size, String(s.size))));
step('lstat', (done) => fs.lstat(dir, (e, s) => done(e, s.isDirectory())));
step('access', (done) => fs.access(p('a.txt'), done));
step('access mode', (done) => fs.access(p('a.txt'), fs.constants.R_OK, done));
step('access missing', (done) => fs.access(p('zz'), done));
step('exists yes', (done) => fs.exists(p('a.txt'), (x) => done(null, x)));
step('exists no', (done) => fs.exists(p('zz'), (x) => done(null, x)));
step('exists promisified', (done) => util.promisify(fs.exists)(p('a.txt')).then((x) => done(null, x)));
step('mkdir', (done) => fs.mkdir(p('m'), done));
step('mkdir recursive', (done) => fs.mkdir(p('m/a/b'), { recursive: true }, done));
step('mkdir recursive none made', (done) => fs.mkdir(p('m/a'), { recursive: true }, done));
step('mkdir mode', (done) => fs.mkdir(p('m2'), 0o711, (e) => done(e, (fs.statSync(p('m2')).mode & 0o777).toString(8))));
step('mkdtemp', (done) => fs.mkdtemp(p('t-'), (e, d) => done(e, d.length - p('t-').length, fs.statSync(d).isDirectory())));
step('mkdtemp buffer', (done) => fs.mkdtemp(p('t-'), 'buffer', (e, d) => done(e, Buffer.isBuffer(d))));
step('readdir', (done) => fs.readdir(p('m'), done));
step('readdir types', (done) => fs.readdir(p('m'), { withFileTypes: true }, (e, l) => done(e, l.map((d) => [d.name, d.isDirectory()]))));
// (Node 20 calls back synchronously for recursive readdir; capjs does not, so defer here.)
step('readdir recursive', (done) => fs.readdir(p('m'), { recursive: true }, (e, l) => setImmediate(done, e, l.sort())));
step('readdir recursive types', (done) => fs.readdir(p('m'), { recursive: true, withFileTypes: true },
  (e, l) => setImmediate(done, e, l.map((d) => `${d.parentPath}/${d.name}`).sort())));
step('rename', (done) => fs.rename(p('b.txt'), p('c.txt'), (e) => done(e, fs.existsSync(p('b.txt')), fs.existsSync(p('c.txt')))));
step('copyFile', (done) => fs.copyFile(p('a.txt'), p('d.txt'), (e) => done(e, fs.readFileSync(p('d.txt'), 'utf8'))));
step('copyFile excl', (done) => fs.copyFile(p('a.txt'), p('d.txt'), fs.constants.COPYFILE_EXCL, done));
step('link', (done) => fs.link(p('a.txt'), p('l.txt'), (e) => done(e, fs.statSync(p('a.txt')).nlink)));
step('unlink', (done) => fs.unlink(p('l.txt'), (e) => done(e, fs.existsSync(p('l.txt')))));
step('truncate', (done) => fs.truncate(p('d.txt'), 4, (e) => done(e, fs.readFileSync(p('d.txt'), 'utf8'))));
step('truncate no len', (done) => fs.truncate(p('d.txt'), (e) => done(e, fs.statSync(p('d.txt')).size)));
step('truncate missing', (done) => fs.truncate(p('zz'), 1, done));
step('chmod', (done) => fs.chmod(p('d.txt'), 0o600, (e) => done(e, (fs.statSync(p('d.txt')).mode & 0o777).toString(8))));
step('utimes', (done) => fs.utimes(p('d.txt'), 10, new Date(20000), (e) => done(e, fs.statSync(p('d.txt')).mtimeMs)));
step('realpath', (done) => fs.realpath(`${dir}/m/../a.txt`, done));
step('realpath native', (done) => fs.realpath.native(`${dir}/m/a/..`, done));
step('realpath missing', (done) => fs.realpath(p('m/zz/y'), done));
step('rmdir', (done) => fs.rmdir(p('m2'), (e) => done(e, fs.existsSync(p('m2')))));
step('rmdir recursive', (done) => fs.rmdir(p('m'), { recursive: true }, (e) => done(e, fs.existsSync(p('m')))));
step('rm', (done) => fs.rm(p('d.txt'), (e) => done(e, fs.existsSync(p('d.txt')))));
step('rm force', (done) => fs.rm(p('zz'), { force: true }, done));
step('rm recursive', (done) => {
  fs.mkdirSync(p('r/s'), { recursive: true });
  fs.writeFileSync(p('r/s/f'), 'f');
  fs.rm(p('r'), { recursive: true }, (e) => done(e, fs.existsSync(p('r'))));
});

// fds
let fd;
step('open', (done) => fs.open(p('fd.txt'), 'w+', (e, f) => { fd = f; done(e, typeof f); }));
step('open default flags', (done) => fs.open(p('a.txt'), (e, f) => { fs.closeSync(f); done(e, typeof f); }));
step('open mode', (done) => fs.open(p('mode.txt'), 'wx', 0o640, (e, f) => {
  fs.closeSync(f);
  done(e, (fs.statSync(p('mode.txt')).mode & 0o777).toString(8));
}));
step('write string', (done) => fs.write(fd, 'abcdef', done));
step('write string position', (done) => fs.write(fd, 'XY', 2, done));
step('write string encoding', (done) => fs.write(fd, '4142', 10, 'hex', done));
step('write buffer', (done) => fs.write(fd, Buffer.from('0123456789'), 3, 4, (e, n, b) => done(e, n, b.length)));
step('write buffer position', (done) => fs.write(fd, Buffer.from('zz'), 0, 2, 20, (e, n) => done(e, n)));
step('write buffer options', (done) => fs.write(fd, Buffer.from('qrs'), { offset: 1, length: 1, position: 0 }, (e, n) => done(e, n)));
step('fstat', (done) => fs.fstat(fd, (e, s) => done(e, s.size)));
step('read', (done) => {
  const b = Buffer.alloc(6);
  fs.read(fd, b, 0, 6, 0, (e, n, buf) => done(e, n, buf.toString('latin1'), buf === b));
});
step('read options object', (done) => {
  const b = Buffer.alloc(4);
  fs.read(fd, b, { position: 2 }, (e, n) => done(e, n, b.toString('latin1')));
});
step('read params', (done) => fs.read(fd, { buffer: Buffer.alloc(3), position: 1 }, (e, n, b) => done(e, n, b.toString('latin1'))));
step('read default buffer', (done) => fs.read(fd, (e, n, b) => done(e, n, b.length)));
step('read length 0', (done) => fs.read(fd, Buffer.alloc(2), 0, 0, 0, (e, n) => done(e, n)));
step('read past end', (done) => fs.read(fd, Buffer.alloc(2), 0, 2, 1000, (e, n) => done(e, n)));
step('readv', (done) => {
  const a = Buffer.alloc(2);
  const b = Buffer.alloc(3);
  fs.readv(fd, [a, b], 0, (e, n, bufs) => done(e, n, a.toString('latin1'), b.toString('latin1'), bufs.length));
});
step('writev', (done) => fs.writev(fd, [Buffer.from('W'), Buffer.from('V')], 0, (e, n) => done(e, n)));
step('ftruncate', (done) => fs.ftruncate(fd, 5, (e) => done(e, fs.readFileSync(p('fd.txt'), 'latin1'))));
step('ftruncate default', (done) => fs.ftruncate(fd, (e) => done(e, fs.fstatSync(fd).size)));
step('fsync', (done) => fs.fsync(fd, done));
step('fdatasync', (done) => fs.fdatasync(fd, done));
step('fchmod', (done) => fs.fchmod(fd, 0o644, (e) => done(e, (fs.fstatSync(fd).mode & 0o777).toString(8))));
step('futimes', (done) => fs.futimes(fd, 1, 2, (e) => done(e, fs.fstatSync(fd).mtimeMs)));
step('writeFile fd', (done) => fs.writeFile(fd, 'via fd', (e) => done(e, fs.readFileSync(p('fd.txt'), 'utf8'))));
step('readFile fd at end', (done) => fs.readFile(fd, 'utf8', done));
step('close', (done) => fs.close(fd, done));
step('close again', (done) => fs.close(fd, done));
step('promisify read', (done) => {
  const f = fs.openSync(p('a.txt'), 'r');
  util.promisify(fs.read)(f, Buffer.alloc(5), 0, 5, 0).then((r) => {
    fs.closeSync(f);
    done(null, Object.keys(r), r.bytesRead, r.buffer.toString());
  }, done);
});
step('promisify write', (done) => {
  const f = fs.openSync(p('pw.txt'), 'w');
  util.promisify(fs.write)(f, Buffer.from('pw')).then((r) => {
    fs.closeSync(f);
    done(null, Object.keys(r), r.bytesWritten);
  }, done);
});
step('promisify stat', (done) => util.promisify(fs.stat)(p('pw.txt')).then((s) => done(null, s.size), done));

// AbortSignal
step('readFile aborted before', (done) => {
  const ac = new AbortController();
  ac.abort();
  let sync = true;
  fs.readFile(p('a.txt'), { signal: ac.signal }, (e) => {
    console.log('  abort callback synchronous', sync);
    setImmediate(() => done(null, e.name, e.code, e.message));
  });
  sync = false;
});
step('readFile aborted during', (done) => {
  const ac = new AbortController();
  fs.readFile(p('a.txt'), { signal: ac.signal }, (e, d) => done(null, e && e.name, d));
  ac.abort();
});
step('writeFile aborted before', (done) => {
  const ac = new AbortController();
  ac.abort(new Error('why'));
  fs.writeFile(p('ab.txt'), 'x', { signal: ac.signal }, (e) => setImmediate(() => done(null, e.name, e.cause && e.cause.message,
    fs.existsSync(p('ab.txt')))));
});
step('writeFile aborted during', (done) => {
  const ac = new AbortController();
  fs.writeFile(p('ab2.txt'), 'x', { signal: ac.signal }, (e) => done(null, e && e.name));
  ac.abort();
});
step('readFile bad signal', (done) => {
  try {
    fs.readFile(p('a.txt'), { signal: {} }, () => {});
  } catch (e) {
    done(null, e.code, e.message);
  }
});

// many requests in flight at once all complete
step('parallel', (done) => {
  let left = 20;
  const sizes = [];
  for (let i = 0; i < 20; i++) {
    fs.writeFile(p(`par${i}`), 'x'.repeat(i), (e) => {
      if (e) return done(e);
      fs.stat(p(`par${i}`), (e2, s) => {
        sizes[i] = s.size;
        if (--left === 0) done(null, sizes.join(','));
      });
    });
  }
});

run(0);
