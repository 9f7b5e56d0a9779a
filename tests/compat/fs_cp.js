// capjs-flags: --allow-read=. --allow-write=./scratch
// fs.cp / cpSync / promises.cp: files, trees, force/errorOnExist, filter (sync and async), modes and
// timestamps, and Node's ERR_FS_CP_* errors.
'use strict';
const fs = require('fs');

const dir = 'scratch/fs_cp';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(`${dir}/src/a/b`, { recursive: true });
fs.mkdirSync(`${dir}/src/empty`, { recursive: true });
fs.writeFileSync(`${dir}/src/top.txt`, 'top');
fs.writeFileSync(`${dir}/src/a/mid.txt`, 'mid');
fs.writeFileSync(`${dir}/src/a/b/low.js`, 'low');
fs.chmodSync(`${dir}/src/a/mid.txt`, 0o640);
fs.utimesSync(`${dir}/src/top.txt`, 1000, 2000);
const p = (n) => `${dir}/${n}`;

function tree(root) {
  return fs.readdirSync(root, { recursive: true }).sort().map((n) => {
    const full = `${root}/${n}`;
    const st = fs.statSync(full);
    return st.isDirectory() ? `${n}/` : `${n}=${fs.readFileSync(full, 'utf8')}`;
  }).join(' ');
}

function show(label, fn) {
  try {
    const v = fn();
    console.log(label, v === undefined ? 'ok' : v);
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.errno, e.syscall, e.path, e.message);
    if (e.info) console.log('  info', JSON.stringify(e.info));
  }
}

show('file', () => { fs.cpSync(p('src/top.txt'), p('f1.txt')); return fs.readFileSync(p('f1.txt'), 'utf8'); });
show('file mode kept', () => { fs.cpSync(p('src/a/mid.txt'), p('f2.txt')); return (fs.statSync(p('f2.txt')).mode & 0o777).toString(8); });
show('file into new parent', () => { fs.cpSync(p('src/top.txt'), p('new/parent/f.txt')); return fs.existsSync(p('new/parent/f.txt')); });
show('file over file (force)', () => { fs.writeFileSync(p('f3.txt'), 'old'); fs.cpSync(p('src/top.txt'), p('f3.txt')); return fs.readFileSync(p('f3.txt'), 'utf8'); });
show('no force keeps', () => { fs.writeFileSync(p('f4.txt'), 'old'); fs.cpSync(p('src/top.txt'), p('f4.txt'), { force: false }); return fs.readFileSync(p('f4.txt'), 'utf8'); });
show('errorOnExist', () => fs.cpSync(p('src/top.txt'), p('f4.txt'), { force: false, errorOnExist: true }));
show('preserveTimestamps', () => { fs.cpSync(p('src/top.txt'), p('f5.txt'), { preserveTimestamps: true }); return fs.statSync(p('f5.txt')).mtimeMs; });
show('no preserveTimestamps', () => { fs.cpSync(p('src/top.txt'), p('f6.txt')); return fs.statSync(p('f6.txt')).mtimeMs > 2000; });
show('tree', () => { fs.cpSync(p('src'), p('t1'), { recursive: true }); return tree(p('t1')); });
show('tree modes', () => (fs.statSync(p('t1/a/mid.txt')).mode & 0o777).toString(8));
show('tree into existing', () => { fs.mkdirSync(p('t2')); fs.writeFileSync(p('t2/extra'), 'x'); fs.cpSync(p('src'), p('t2'), { recursive: true }); return tree(p('t2')); });
show('tree filter', () => {
  const seen = [];
  fs.cpSync(p('src'), p('t3'), { recursive: true, filter: (s, d) => { seen.push(s.slice(dir.length)); return !s.endsWith('.js'); } });
  return `${tree(p('t3'))} | ${seen.sort().join(',')}`;
});
show('filter rejects root', () => { fs.cpSync(p('src'), p('t4'), { recursive: true, filter: () => false }); return fs.existsSync(p('t4')); });
show('dir without recursive', () => fs.cpSync(p('src'), p('t5')));
show('same path', () => fs.cpSync(p('src/top.txt'), p('src/top.txt')));
show('into itself', () => fs.cpSync(p('src'), p('src/a/inner'), { recursive: true }));
show('dir over file', () => fs.cpSync(p('src'), p('f1.txt'), { recursive: true }));
show('file over dir', () => fs.cpSync(p('src/top.txt'), p('t1')));
show('missing src', () => fs.cpSync(p('nope'), p('x')));
show('copyFile mode excl', () => fs.cpSync(p('src/top.txt'), p('f1.txt'), { mode: fs.constants.COPYFILE_EXCL }));
show('bad option', () => fs.cpSync(p('src'), p('x'), { recursive: 'yes' }));

fs.cp(p('src'), p('cb1'), { recursive: true }, (err) => {
  console.log('cb tree', err, tree(p('cb1')));
  fs.cp(p('src'), p('cb2'), (err2) => {
    console.log('cb no recursive', err2.code, err2.message);
    fs.cp(p('src/top.txt'), p('cb3.txt'), (err3) => {
      console.log('cb file', err3, fs.readFileSync(p('cb3.txt'), 'utf8'));
      promises();
    });
  });
});

async function promises() {
  await fs.promises.cp(p('src'), p('pr1'), { recursive: true, filter: async (s) => !s.includes('empty') });
  console.log('promise async filter', tree(p('pr1')));
  fs.rmSync(p('pr1/a'), { recursive: true });
  await fs.promises.cp(p('src'), p('pr1'), { recursive: true, force: false, errorOnExist: true })
    .catch((e) => console.log('promise errorOnExist', e.code, e.message));
  fs.rmSync(p('pr1/a'), { recursive: true, force: true });
  await fs.promises.cp(p('src'), p('pr1'), { recursive: true, force: false });
  console.log('force false fills in', tree(p('pr1')));
  await fs.promises.cp(p('nope'), p('pr2')).catch((e) => console.log('promise missing', e.code, e.syscall));
  await fs.promises.cp(p('src'), p('pr3'), { recursive: true, filter: () => { throw new Error('filter boom'); } })
    .catch((e) => console.log('promise filter throws', e.message));
  await fs.promises.cp(5, p('x')).catch((e) => console.log('promise bad src', e.code));
}
