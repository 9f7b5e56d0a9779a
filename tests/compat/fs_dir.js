// capjs-flags: --allow-read=. --allow-write=./scratch
// fs.opendir / opendirSync and Dir: readSync, read (promise and callback), async iteration, recursive
// walks, closing twice, concurrent operations, errors; Dirent from readdir.
'use strict';
const fs = require('fs');

const dir = 'scratch/fs_dir';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(`${dir}/tree/a/b`, { recursive: true });
fs.mkdirSync(`${dir}/tree/c`, { recursive: true });
fs.writeFileSync(`${dir}/tree/f1`, '1');
fs.writeFileSync(`${dir}/tree/a/f2`, '2');
fs.writeFileSync(`${dir}/tree/a/b/f3`, '3');
fs.writeFileSync(`${dir}/tree/c/f4`, '4');
fs.mkdirSync(`${dir}/empty`);
const tree = `${dir}/tree`;

function errLine(label, e) {
  console.log(label, e.name, e.code, e.syscall, e.message, Object.keys(e).join(','));
}

function describe(d) {
  return `${d.parentPath}|${d.name}|${d.isFile() ? 'f' : d.isDirectory() ? 'd' : '?'}`;
}

(async () => {
  // sync
  const d = fs.opendirSync(tree);
  console.log('Dir', d instanceof fs.Dir, d.path, typeof d.read, typeof d[Symbol.asyncIterator]);
  const names = [];
  let e;
  while ((e = d.readSync()) !== null) names.push(describe(e));
  console.log('readSync', names.sort().join(' '));
  console.log('after end', d.readSync());
  d.closeSync();
  try { d.closeSync(); } catch (x) { errLine('closeSync twice', x); }
  try { d.readSync(); } catch (x) { errLine('readSync closed', x); }
  await d.close().catch((x) => errLine('close promise closed', x));
  try { d.read(); } catch (x) { errLine('read promise closed throws', x); }
  try { d.read(() => {}); } catch (x) { errLine('read cb closed throws', x); }
  await new Promise((r) => d.close((x) => { errLine('close cb closed', x); r(); }));

  // recursive
  const r = fs.opendirSync(tree, { recursive: true });
  const all = [];
  while ((e = r.readSync()) !== null) all.push(describe(e));
  r.closeSync();
  console.log('recursive sync', all.sort().join(' '));
  const r2 = await fs.promises.opendir(tree, { recursive: true });
  const all2 = [];
  for await (const x of r2) all2.push(describe(x));
  console.log('recursive async', all2.sort().join(' '));
  await r2.close().catch((x) => console.log('iterator closed it', x.code));

  // promise reads
  const d2 = await fs.promises.opendir(tree);
  const got = [];
  for (;;) {
    const x = await d2.read();
    if (x === null) break;
    got.push(x.name);
  }
  console.log('read promise', got.sort().join(','));
  console.log('read after end', await d2.read());
  await d2.close();

  // queued reads and the sync guard
  const dc = fs.opendirSync(tree);
  const closing = dc.close();
  try { dc.read(); } catch (x) { errLine('read after close()', x); }
  await closing;
  const d3 = fs.opendirSync(tree);
  const p1 = d3.read();
  const p2 = d3.read();
  try { d3.readSync(); } catch (x) { errLine('readSync during async', x); }
  try { d3.closeSync(); } catch (x) { errLine('closeSync during async', x); }
  const [x1, x2] = await Promise.all([p1, p2]);
  console.log('queued reads distinct', x1.name !== x2.name);
  await d3.close();

  // callbacks
  await new Promise((resolve) => {
    fs.opendir(tree, (err, d4) => {
      console.log('opendir cb', err, d4 instanceof fs.Dir);
      d4.read((err2, ent) => {
        console.log('read cb', err2, typeof ent.name);
        d4.close((err3) => { console.log('close cb', err3); resolve(); });
      });
    });
  });

  // empty folder, encoding, buffer path, errors
  const d5 = fs.opendirSync(`${dir}/empty`);
  console.log('empty', d5.readSync());
  d5.closeSync();
  const d6 = fs.opendirSync(Buffer.from(tree), { encoding: 'buffer' });
  const b = d6.readSync();
  console.log('buffer names', Buffer.isBuffer(b.name), d6.path);
  d6.closeSync();
  try { fs.opendirSync(`${dir}/nope`); } catch (x) { errLine('opendirSync missing', x); }
  try { fs.opendirSync(`${tree}/f1`); } catch (x) { errLine('opendirSync file', x); }
  await new Promise((resolve) => fs.opendir(`${dir}/nope`, (x) => { errLine('opendir cb missing', x); resolve(); }));
  await fs.promises.opendir(`${tree}/f1`).catch((x) => errLine('opendir promise file', x));
  try { fs.opendirSync(tree).read(5); } catch (x) { errLine('read bad cb', x); }
  try { fs.opendir(tree, {}, 'x'); } catch (x) { errLine('opendir bad cb', x); }
  try { new fs.Dir(); } catch (x) { errLine('new Dir', x); }
  try { fs.opendirSync(tree, { bufferSize: 1.5 }); } catch (x) { errLine('bufferSize float', x); }
  console.log('bufferSize ok', fs.opendirSync(tree, { bufferSize: 1 }).readSync() !== null);

  // Dirent
  const list = fs.readdirSync(tree, { withFileTypes: true });
  const f = list.find((x) => x.name === 'f1');
  console.log('Dirent', f instanceof fs.Dirent, Object.keys(f).join(','), f.isFile(), f.isDirectory(), f.isSymbolicLink(),
    f.isFIFO(), f.isSocket(), f.isBlockDevice(), f.isCharacterDevice());
  console.log('Dirent proto', Object.getOwnPropertyNames(fs.Dirent.prototype).join(','));
  const made = new fs.Dirent('n', fs.constants.UV_DIRENT_DIR, '/p');
  console.log('new Dirent', made.name, made.path, made.parentPath, made.isDirectory());
  console.log('readdir on trailing slash', fs.readdirSync(`${tree}/`, { withFileTypes: true })[0].parentPath);
})();
