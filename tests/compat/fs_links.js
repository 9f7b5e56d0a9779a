// capjs-flags: --allow-read --allow-write
// Symbolic links (capjs lets a script create them only with unrestricted read and write grants):
// symlink, readlink, lstat, realpath, lutimes, rm, readdir types and cp of links.
'use strict';
const fs = require('fs');

const dir = 'scratch/fs_links';
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
    console.log(label, 'throws', e.code, e.syscall, clean(e.message), e.path !== undefined ? clean(e.path) : '');
  }
}

fs.writeFileSync(p('a.txt'), 'target text');
fs.mkdirSync(p('sub/inner'), { recursive: true });
fs.writeFileSync(p('sub/inner/deep.txt'), 'deep');

show('symlink', () => fs.symlinkSync('a.txt', p('sym.txt')));
show('symlink exists', () => fs.symlinkSync('a.txt', p('sym.txt')));
show('readlink', () => fs.readlinkSync(p('sym.txt')));
show('readlink buffer', () => fs.readlinkSync(p('sym.txt'), 'buffer'));
show('readlink file', () => fs.readlinkSync(p('a.txt')));
show('lstat vs stat', () => [fs.lstatSync(p('sym.txt')).isSymbolicLink(), fs.statSync(p('sym.txt')).isSymbolicLink(),
  fs.lstatSync(p('sym.txt')).size, fs.statSync(p('sym.txt')).size]);
show('read through link', () => fs.readFileSync(p('sym.txt'), 'utf8'));
show('write through link', () => { fs.writeFileSync(p('sym.txt'), 'changed'); return fs.readFileSync(p('a.txt'), 'utf8'); });
show('dir link', () => { fs.symlinkSync('sub', p('lsub'), 'dir'); return fs.readdirSync(p('lsub')); });
show('realpath', () => clean(fs.realpathSync(p('sym.txt'))));
show('realpath native', () => clean(fs.realpathSync.native(p('lsub/inner/../inner/deep.txt'))));
show('realpath through dir link', () => clean(fs.realpathSync(p('lsub/inner/deep.txt'))));
show('realpath missing', () => fs.realpathSync(p('lsub/nope/x')));
show('realpath native missing', () => fs.realpathSync.native(p('lsub/nope/x')));
show('dangling', () => { fs.symlinkSync('nowhere', p('dangle')); return [fs.existsSync(p('dangle')), fs.lstatSync(p('dangle')).isSymbolicLink()]; });
show('stat dangling', () => fs.statSync(p('dangle')));
show('realpath dangling', () => fs.realpathSync(p('dangle')));
show('open nofollow', () => fs.openSync(p('sym.txt'), fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW));
show('lutimes', () => {
  fs.lutimesSync(p('sym.txt'), 5, 6);
  return [fs.lstatSync(p('sym.txt')).mtimeMs, fs.statSync(p('sym.txt')).mtimeMs === 6000];
});
show('readdir types', () => fs.readdirSync(dir, { withFileTypes: true })
  .map((d) => `${d.name}:${d.isSymbolicLink() ? 'link' : d.isDirectory() ? 'dir' : 'file'}`));
show('readdir recursive follows links', () => fs.readdirSync(dir, { recursive: true }).sort());
show('readdir recursive types skips links', () => fs.readdirSync(dir, { recursive: true, withFileTypes: true })
  .map((d) => `${d.parentPath}/${d.name}`).sort());
show('opendir types', () => {
  const d = fs.opendirSync(dir);
  const out = [];
  let e;
  while ((e = d.readSync()) !== null) out.push(`${e.name}:${e.isSymbolicLink()}`);
  d.closeSync();
  return out.sort();
});
show('cp link', () => { fs.cpSync(p('sym.txt'), p('cp-sym')); return [fs.lstatSync(p('cp-sym')).isSymbolicLink(), clean(fs.readlinkSync(p('cp-sym')))]; });
show('cp link verbatim', () => { fs.cpSync(p('sym.txt'), p('cp-verb'), { verbatimSymlinks: true }); return fs.readlinkSync(p('cp-verb')); });
show('cp link dereference', () => { fs.cpSync(p('sym.txt'), p('cp-deref'), { dereference: true }); return [fs.lstatSync(p('cp-deref')).isSymbolicLink(), fs.readFileSync(p('cp-deref'), 'utf8')]; });
show('cp tree with links', () => {
  fs.cpSync(p('lsub'), p('tree'), { recursive: true, dereference: true });
  return fs.readdirSync(p('tree'), { recursive: true }).sort();
});
show('cp dereference verbatim', () => fs.cpSync(p('sym.txt'), p('x'), { dereference: true, verbatimSymlinks: true }));
show('unlink link keeps target', () => { fs.unlinkSync(p('sym.txt')); return [fs.existsSync(p('sym.txt')), fs.existsSync(p('a.txt'))]; });
show('rm dir link', () => { fs.rmSync(p('lsub')); return [fs.existsSync(p('lsub')), fs.existsSync(p('sub/inner/deep.txt'))]; });
show('rm dangling', () => { fs.rmSync(p('dangle')); return fs.readdirSync(dir); });

fs.symlink('a.txt', p('cb-link'), (err) => {
  console.log('symlink cb', err);
  fs.readlink(p('cb-link'), (err2, target) => {
    console.log('readlink cb', err2, target);
    fs.promises.lstat(p('cb-link')).then((s) => console.log('promises lstat', s.isSymbolicLink()));
  });
});
