'use strict';
// node:path — POSIX functions (the default export), including edge cases and validation.
const path = require('path');

function t(name, fn) {
  let out;
  try {
    out = JSON.stringify(fn());
  } catch (e) {
    out = `threw ${e.name} ${e.code} | ${e.message}`;
  }
  console.log(`${name} => ${out}`);
}
const q = JSON.stringify;

t('default is posix', () => [path === path.posix, path.win32.posix === path, path.posix.win32 === path.win32]);
t('keys', () => Object.keys(path));
t('sep/delimiter', () => [path.sep, path.delimiter]);
t('_makeLong', () => path._makeLong === path.toNamespacedPath);
t('format name', () => [path.format.name, path.format.length, path.resolve.length, path.join.length]);

for (const p of ['', '.', '..', '/', '//', '///', 'a', 'a/', 'a//b', './a', '../a', '/../a', '/a/../../b',
  'a/b/../../..', 'a/./b/.', '/a/b/c/', 'a/b/../c/./d/', '.../a', 'a/..', 'a/../', '//a//b//', '/./', './',
  '../../x/../y', 'a\\b/../c', '/a/b/.../..']) {
  t(`normalize(${q(p)})`, () => path.normalize(p));
}

for (const args of [[], [''], ['', ''], ['a', 'b'], ['/a', '/b'], ['a', '', 'b'], ['a/', '/b'], ['..', 'x'],
  ['/', '..'], ['a', '../..', 'b'], ['./', './'], ['//a', 'b'], ['a', '.'], ['/a/', '.', '/']]) {
  t(`join(${args.map(q).join(', ')})`, () => path.join(...args));
}

for (const args of [['/a/b', 'c'], ['/a/b', '/c'], ['/a', '..', '..', 'b'], ['/', ''], ['/x/', './y/'],
  ['/a', '/b/', '../c'], ['//double', 'x']]) {
  t(`resolve(${args.map(q).join(', ')})`, () => path.resolve(...args));
}
// Relative inputs depend on the working directory, so print them relative to it.
for (const args of [[], [''], ['a/b'], ['a', 'b/../c'], ['..'], ['.', './x/']]) {
  t(`relative(cwd, resolve(${args.map(q).join(', ')}))`, () => path.relative(process.cwd(), path.resolve(...args)));
}
t('resolve() is cwd', () => path.resolve() === process.cwd());
t('resolve(cwd-relative) is absolute', () => path.isAbsolute(path.resolve('x')));

for (const [a, b] of [['/a/b', '/a/b'], ['/a/b', '/a/b/c/d'], ['/a/b/c', '/a'], ['/a/b', '/a/bc'],
  ['/a/bc', '/a/b'], ['/', '/x'], ['/x', '/'], ['/a/b/c', '/d/e'], ['/a//b/', '/a/b'], ['a', 'a/b/c'],
  ['/foo/bar/baz-quux', '/foo/bar/baz'], ['/foo/bar/baz', '/foo/bar/baz-quux'], ['', ''], ['.', '']]) {
  t(`relative(${q(a)}, ${q(b)})`, () => path.relative(a, b));
}
t('relative(/a, cwd) leads back to cwd', () => path.resolve('/a', path.relative('/a', '')) === process.cwd());

for (const p of ['', '/', '//', '///', 'a', '/a', '//a', '///a', 'a/b', 'a/b/', '/a//b', '/a/b//', 'a/b/c.txt',
  './a', '../', '.', '..', 'a//']) {
  t(`dirname(${q(p)})`, () => path.dirname(p));
}

for (const [p, ext] of [['/a/b.txt'], ['/a/b.txt', '.txt'], ['/a/b.txt', 'txt'], ['/a/b.txt', 'b.txt'],
  ['b.txt', 'b.txt'], ['/a/b/'], ['/a/b//', 'b'], ['/'], ['//', 'x'], [''], ['a', ''], ['.js', '.js'],
  ['a.js/', '.js'], ['./', '..'], ['x/y', 'zy'], ['a.tar.gz', '.gz'], ['aaa', 'a'], ['dir/file.JS', '.js']]) {
  t(`basename(${[p, ext].filter((x) => x !== undefined).map(q).join(', ')})`, () => path.basename(p, ext));
}

for (const p of ['', 'a', 'a.', 'a.b', 'a.b.c', '.a', '..', '...', '.a.b', 'a/.b', 'a.b/', 'a.b//', '/x/y.z',
  '/x.y/z', '..a', 'a..', '/..', './']) {
  t(`extname(${q(p)})`, () => path.extname(p));
}

for (const p of ['', '/', '//', 'a', '/a', '/a/b.c', 'a/b/', '/a//b', '//a', '/..', '/../', '/.a', 'x/y.tar.gz',
  '..', './a.b', '/home/user/dir/file.txt']) {
  t(`parse(${q(p)})`, () => path.parse(p));
}

for (const obj of [{}, { base: 'a.txt' }, { root: '/', base: 'a' }, { dir: '/x', base: 'y' },
  { dir: '/x', root: '/', name: 'n', ext: '.e' }, { name: 'n', ext: 'e' }, { name: 'n', ext: '' },
  { root: '/r/', dir: '/r/' , base: 'b' }, { dir: 'd', name: 'n', base: 'b.x' }, { root: 'x', name: 'y' },
  path.parse('/home/u/f.txt')]) {
  t(`format(${q(obj)})`, () => path.format(obj));
}

for (const p of ['', '/', 'a', '/a', './a', '//', '\\a', 'C:\\']) {
  t(`isAbsolute(${q(p)})`, () => path.isAbsolute(p));
}

t('toNamespacedPath', () => [path.toNamespacedPath('/a/b'), path.toNamespacedPath('a'), path.toNamespacedPath(5)]);

// --- validation
for (const v of [undefined, null, 5, true, {}, []]) {
  t(`normalize(${String(v)})`, () => path.normalize(v));
}
t('join with number', () => path.join('a', 1));
t('resolve with null', () => path.resolve('a', null));
t('resolve ignores args before an absolute one', () => path.resolve(5, '/abs'));
t('relative from number', () => path.relative(1, 'a'));
t('relative to object', () => path.relative('a', {}));
t('dirname(undefined)', () => path.dirname());
t('basename bad suffix', () => path.basename('a', 1));
t('basename bad path', () => path.basename(1));
t('extname(null)', () => path.extname(null));
t('parse(1)', () => path.parse(1));
t('format(null)', () => path.format(null));
t('format("str")', () => path.format('str'));
t('format([])', () => path.format([]));
t('isAbsolute(1)', () => path.isAbsolute(1));
