// capjs-flags: --allow-read=. --allow-write=./scratch
// fs/promises: the path functions, FileHandle (read/write forms, readFile/writeFile at the cursor,
// stat, truncate, chmod, utimes, sync, readv/writev, close, asyncDispose), iterables and AbortSignal.
'use strict';
const fs = require('fs');
const fsp = require('fs/promises');

const dir = 'scratch/fs_promises';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
const p = (n) => `${dir}/${n}`;
const cwd = process.cwd();
const clean = (s) => String(s).split(cwd).join('<cwd>');
const fmt = (v) => {
  if (Buffer.isBuffer(v)) return `<Buffer ${v.toString('hex')}>`;
  if (v && typeof v === 'object' && 'buffer' in v) {
    return `{${Object.keys(v).join(',')}} proto=${Object.getPrototypeOf(v)} n=${v.bytesRead ?? v.bytesWritten} ${fmt(v.buffer)}`;
  }
  return clean(JSON.stringify(v));
};

async function t(label, fn) {
  try {
    console.log(label, fmt(await fn()));
  } catch (e) {
    console.log(label, 'rejects', e.name, e.code, e.syscall, clean(e.message));
  }
}

(async () => {
  console.log('same module', fsp === fs.promises, fsp === require('node:fs/promises'), fsp.constants === fs.constants);
  console.log('keys', Object.keys(fsp).join(' '));
  await t('writeFile', () => fsp.writeFile(p('a.txt'), 'hello'));
  await t('readFile', () => fsp.readFile(p('a.txt')));
  await t('readFile utf8', () => fsp.readFile(p('a.txt'), 'utf8'));
  await t('readFile options', () => fsp.readFile(p('a.txt'), { encoding: 'base64', flag: 'r' }));
  await t('appendFile', async () => { await fsp.appendFile(p('a.txt'), Buffer.from(' you')); return fsp.readFile(p('a.txt'), 'utf8'); });
  await t('writeFile iterable', async () => { await fsp.writeFile(p('it.txt'), ['a', 'b', Buffer.from('c')]); return fsp.readFile(p('it.txt'), 'utf8'); });
  await t('writeFile async iterable', async () => {
    async function* gen() { yield 'x'; yield 'y'; }
    await fsp.writeFile(p('ait.txt'), gen());
    return fsp.readFile(p('ait.txt'), 'utf8');
  });
  await t('writeFile stream', async () => {
    const { Readable } = require('stream');
    await fsp.writeFile(p('st.txt'), Readable.from(['s1', 's2']));
    return fsp.readFile(p('st.txt'), 'utf8');
  });
  await t('writeFile typed array', async () => { await fsp.writeFile(p('u16'), new Uint16Array([0x4142])); return fsp.readFile(p('u16')); });
  await t('writeFile encoding', async () => { await fsp.writeFile(p('hex'), 'cafe', 'hex'); return fsp.readFile(p('hex')); });
  await t('writeFile flag wx', () => fsp.writeFile(p('a.txt'), 'x', { flag: 'wx' }));
  await t('writeFile mode', async () => { await fsp.writeFile(p('mode'), 'x', { mode: 0o600 }); return ((await fsp.stat(p('mode'))).mode & 0o777).toString(8); });
  await t('writeFile flush', async () => { await fsp.writeFile(p('flush'), 'flushed', { flush: true }); return fsp.readFile(p('flush'), 'utf8'); });
  await t('stat', async () => { const s = await fsp.stat(p('a.txt')); return [s.size, s.isFile(), s instanceof fs.Stats]; });
  await t('stat bigint', async () => typeof (await fsp.stat(p('a.txt'), { bigint: true })).size);
  await t('lstat', async () => (await fsp.lstat(dir)).isDirectory());
  await t('access', () => fsp.access(p('a.txt'), fs.constants.W_OK));
  await t('access missing', () => fsp.access(p('zz')));
  await t('mkdir', () => fsp.mkdir(p('m')));
  await t('mkdir recursive', () => fsp.mkdir(p('m/a/b/c'), { recursive: true }));
  await t('mkdtemp', async () => (await fsp.mkdtemp(p('tmp-'))).length - p('tmp-').length);
  await t('readdir', () => fsp.readdir(p('m')));
  await t('readdir types', async () => (await fsp.readdir(p('m'), { withFileTypes: true })).map((d) => [d.name, d.isDirectory(), d.parentPath]));
  await t('readdir recursive', async () => (await fsp.readdir(p('m'), { recursive: true })).sort());
  await t('rename', async () => { await fsp.rename(p('it.txt'), p('it2.txt')); return fs.existsSync(p('it2.txt')); });
  await t('copyFile', async () => { await fsp.copyFile(p('a.txt'), p('c.txt')); return fsp.readFile(p('c.txt'), 'utf8'); });
  await t('copyFile excl', () => fsp.copyFile(p('a.txt'), p('c.txt'), fs.constants.COPYFILE_EXCL));
  await t('link', async () => { await fsp.link(p('a.txt'), p('l.txt')); return (await fsp.stat(p('l.txt'))).nlink; });
  await t('unlink', async () => { await fsp.unlink(p('l.txt')); return fs.existsSync(p('l.txt')); });
  await t('truncate', async () => { await fsp.truncate(p('c.txt'), 2); return fsp.readFile(p('c.txt'), 'utf8'); });
  await t('truncate missing', () => fsp.truncate(p('zz')));
  await t('chmod', async () => { await fsp.chmod(p('c.txt'), 0o640); return ((await fsp.stat(p('c.txt'))).mode & 0o777).toString(8); });
  await t('utimes', async () => { await fsp.utimes(p('c.txt'), 1, 2); return (await fsp.stat(p('c.txt'))).mtimeMs; });
  await t('realpath', async () => clean(await fsp.realpath(`${dir}/m/../c.txt`)));
  await t('rm', async () => { await fsp.rm(p('m'), { recursive: true }); return fs.existsSync(p('m')); });
  await t('rm dir without recursive', async () => { fs.mkdirSync(p('m')); await fsp.rm(p('m')); });
  await t('rm force', () => fsp.rm(p('zz'), { force: true }));
  await t('rmdir', async () => { await fsp.rmdir(p('m')); return fs.existsSync(p('m')); });
  await t('opendir', async () => { const d = await fsp.opendir(dir); const names = []; for await (const e of d) names.push(e.name); return names.length > 5; });
  await t('cp', async () => { await fsp.cp(p('a.txt'), p('cp.txt')); return fsp.readFile(p('cp.txt'), 'utf8'); });
  await t('statfs', () => fsp.statfs(dir).then(() => 'ok', (e) => e.code === 'ERR_NOT_IMPLEMENTED' ? 'ok' : e.code));
  await t('bad path rejects', () => fsp.stat(5));
  await t('bad options rejects', () => fsp.readFile(p('a.txt'), 5));

  // FileHandle
  const fh = await fsp.open(p('fh.txt'), 'w+');
  console.log('handle', fh.constructor.name, typeof fh.fd, fh instanceof require('events'));
  await t('fh write string', () => fh.write('abcdef'));
  await t('fh write string position', () => fh.write('XY', 1));
  await t('fh write buffer', () => fh.write(Buffer.from('0123456789'), 2, 3, 10));
  await t('fh write buffer options', () => fh.write(Buffer.from('pq'), { offset: 1, position: 0 }));
  await t('fh write empty', () => fh.write(Buffer.alloc(0)));
  await t('fh read', () => fh.read(Buffer.alloc(6), 0, 6, 0));
  await t('fh read options', () => fh.read({ buffer: Buffer.alloc(4), position: 2 }));
  await t('fh read buffer options', () => fh.read(Buffer.alloc(5), { position: 1, length: 3 }));
  await t('fh read default', async () => { const r = await fh.read({ position: 0 }); return [r.bytesRead, r.buffer.length]; });
  await t('fh read no args', async () => { const r = await fh.read(); return [r.bytesRead, r.buffer.length]; });
  await t('fh read length 0', () => fh.read(Buffer.alloc(4), 0, 0, 0));
  await t('fh read past end', () => fh.read(Buffer.alloc(4), 0, 4, 100));
  await t('fh readv', async () => { const a = Buffer.alloc(2); const b = Buffer.alloc(2); const r = await fh.readv([a, b], 0); return [r.bytesRead, a.toString(), b.toString(), Object.keys(r)]; });
  await t('fh writev', async () => { const r = await fh.writev([Buffer.from('V'), Buffer.from('W')], 0); return [r.bytesWritten, Object.keys(r)]; });
  await t('fh stat', async () => (await fh.stat()).size);
  await t('fh truncate', async () => { await fh.truncate(4); return (await fh.stat()).size; });
  await t('fh readFile from cursor', () => fh.readFile('utf8'));
  await t('fh writeFile at cursor', async () => { await fh.writeFile('tail'); return fs.readFileSync(p('fh.txt'), 'latin1'); });
  await t('fh appendFile', async () => { await fh.appendFile('!'); return fs.readFileSync(p('fh.txt'), 'latin1').length; });
  await t('fh chmod', async () => { await fh.chmod(0o600); return ((await fh.stat()).mode & 0o777).toString(8); });
  await t('fh utimes', async () => { await fh.utimes(3, 4); return (await fh.stat()).mtimeMs; });
  await t('fh sync', () => fh.sync());
  await t('fh datasync', () => fh.datasync());
  let closed = 0;
  fh.on('close', () => closed++);
  await t('fh close', () => fh.close());
  console.log('close event', closed, 'fd', fh.fd);
  await t('fh close again', () => fh.close());
  await t('fh read closed', () => fh.read(Buffer.alloc(1), 0, 1, 0));
  await t('fh stat closed', () => fh.stat());
  await t('fh write closed', () => fh.write('x'));
  await t('fh readFile closed', () => fh.readFile());
  await t('fh truncate closed', () => fh.truncate());
  await t('fh sync closed', () => fh.sync());
  await t('fh bad read buffer', async () => { const h = await fsp.open(p('a.txt')); try { return await h.read('x'); } finally { await h.close(); } });
  await t('open missing', () => fsp.open(p('zz')));
  await t('open bad flags', () => fsp.open(p('a.txt'), 'bogus'));
  await t('readFile handle', async () => {
    const h = await fsp.open(p('a.txt'));
    try { return await fsp.readFile(h, 'utf8'); } finally { await h.close(); }
  });
  await t('writeFile handle', async () => {
    const h = await fsp.open(p('wh.txt'), 'w');
    try { await fsp.writeFile(h, 'by handle'); } finally { await h.close(); }
    return fsp.readFile(p('wh.txt'), 'utf8');
  });
  await t('asyncDispose', async () => {
    const h = await fsp.open(p('a.txt'));
    await h[Symbol.asyncDispose]();
    return h.fd;
  });
  await t('handle streams', async () => {
    const h = await fsp.open(p('a.txt'));
    const chunks = [];
    const events = [];
    h.on('close', () => events.push('handle close'));
    const rs = h.createReadStream({ encoding: 'utf8', start: 2 });
    rs.on('close', () => events.push('stream close'));
    for await (const c of rs) chunks.push(c);
    await new Promise((r) => setImmediate(r));
    return [chunks.join(''), events, h.fd];
  });
  await t('handle write stream', async () => {
    const h = await fsp.open(p('ws.txt'), 'w');
    const ws = h.createWriteStream();
    ws.write('one ');
    ws.end('two');
    await new Promise((r) => ws.on('close', r));
    return [fs.readFileSync(p('ws.txt'), 'utf8'), h.fd];
  });

  // AbortSignal
  const ac = new AbortController();
  ac.abort();
  await t('readFile aborted', () => fsp.readFile(p('a.txt'), { signal: ac.signal }));
  await t('writeFile aborted', () => fsp.writeFile(p('ab.txt'), 'x', { signal: ac.signal }));
  const ac2 = new AbortController();
  const pr = fsp.readFile(p('a.txt'), { signal: ac2.signal });
  ac2.abort('reason');
  await t('readFile aborted during', () => pr.catch((e) => [e.name, e.cause]));
  await t('readFile bad signal', () => fsp.readFile(p('a.txt'), { signal: 'x' }));
})();
