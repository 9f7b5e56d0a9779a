'use strict';
// node:path — path.win32: drive letters, UNC and namespace paths, reserved device names.
const path = require('path');
const win = path.win32;

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

t('shape', () => [win.sep, win.delimiter, win.win32 === win, win.posix === path.posix, Object.keys(win)]);
t('_makeLong', () => win._makeLong === win.toNamespacedPath);

for (const p of ['', '.', 'a', '/', '\\', '//', 'C:', 'C:.', 'C:\\', 'c:/', 'C:foo\\..\\bar', 'C:\\a\\..\\..\\b',
  'C:\\a\\b\\', 'a/b\\c', '\\\\server\\share', '\\\\server\\share\\', '//server/share/dir/../x', '\\\\server',
  '\\\\server\\', '\\\\?\\C:\\a\\..\\b', '\\\\.\\pipe\\name', '\\\\?\\UNC\\srv\\sh\\x', '\\\\?\\', 'a:b', 'a\\:b',
  'x/../C:y', 'foo:', 'foo:/bar', 'CON:', 'con:x', 'COM1:/a', 'nul.', 'aux/a', 'CON', 'lpt9 ', '..\\..\\a',
  'a\\..\\..', '\\..\\a', 'C:..\\..\\a', ':', 'C', 'ab:']) {
  t(`normalize(${q(p)})`, () => win.normalize(p));
}

for (const args of [[], ['a', 'b'], ['C:', 'a'], ['C:\\', '..'], ['\\\\', 'server', 'share'], ['//server', 'share'],
  ['\\\\\\', 'a'], ['/', '/a'], ['', 'a', ''], ['a', 'CON:'], ['x', '..', 'C:y'], ['\\\\server\\share', '..\\x'],
  ['C:/a', '/b', '\\c'], ['/', 'server/share'], ['\\\\', 'server\\share'], ['\\\\srv', 'sh']]) {
  t(`join(${args.map(q).join(', ')})`, () => win.join(...args));
}

for (const args of [['C:\\a', 'b'], ['C:\\a', 'D:\\b'], ['D:\\x', 'C:\\a', 'D:b', 'c'], ['C:\\a', '\\b'], ['c:/x', 'C:y'],
  ['\\\\server\\share\\a', '..\\..\\b'], ['\\\\server\\share', 'x'], ['C:\\', '..', '..'], ['D:\\a', 'C:\\b', 'd:c'],
  ['\\\\?\\C:\\a', '..\\b'], ['C:\\a\\', '.\\b\\'], ['//srv/sh/', '/abs']]) {
  t(`resolve(${args.map(q).join(', ')})`, () => win.resolve(...args));
}

for (const [a, b] of [['C:\\a\\b', 'C:\\a\\b'], ['C:\\a\\b', 'c:\\A\\B'], ['C:\\a\\b', 'C:\\a\\c\\d'],
  ['C:\\a\\b\\c', 'C:\\a'], ['C:\\', 'C:\\x'], ['C:\\x', 'C:\\'], ['C:\\a', 'D:\\a'], ['C:\\ab', 'C:\\a'],
  ['C:\\a', 'C:\\ab'], ['\\\\srv\\sh\\a', '\\\\srv\\sh\\b'], ['\\\\srv\\sh\\a', '\\\\srv\\other\\b'],
  ['\\\\srv\\sh', 'C:\\x'], ['C:\\Straße', 'C:\\STRASSE\\x'], ['C:\\İ\\a', 'C:\\İ\\b'], ['C:\\a', 'C:\\İ'], ['C:\\İ', 'D:\\x'], ['C:\\İ\\x', 'C:\\İ'], ['C:\\', 'C:\\İ'],
  ['\\ab', '\\abc'], ['\\abc', '\\ab'], ['\\a', '\\b'], ['\\a\\b', '\\a']]) {
  t(`relative(${q(a)}, ${q(b)})`, () => win.relative(a, b));
}

for (const p of ['', 'a', '\\', 'C:', 'C:\\', 'C:a', 'C:\\a', 'C:\\a\\', 'C:\\a\\b', 'a\\b', '\\\\srv\\sh',
  '\\\\srv\\sh\\', '\\\\srv\\sh\\x', '\\\\srv\\sh\\x\\y', '\\\\srv', '//a/b/c', 'C:/a//b', '\\\\?\\a']) {
  t(`dirname(${q(p)})`, () => win.dirname(p));
}

for (const [p, ext] of [['C:\\a\\b.txt'], ['C:\\a\\b.txt', '.txt'], ['C:b.txt'], ['C:'], ['C:\\'], ['C:\\\\x\\\\'],
  ['a/b\\c'], ['\\\\srv\\sh\\f.js', '.JS'], ['C:a.js', '.js'], ['C:\\', 'x'], ['file.x:y']]) {
  t(`basename(${[p, ext].filter((x) => x !== undefined).map(q).join(', ')})`, () => win.basename(p, ext));
}

for (const p of ['C:\\a.b', 'C:.b', 'C:a.b', 'C:..', 'C:\\..', 'a\\b.c\\', 'a.b/c', '\\\\srv\\sh\\x.y', 'x.y:z']) {
  t(`extname(${q(p)})`, () => win.extname(p));
}

for (const p of ['', '\\', 'a', 'C:', 'C:\\', 'C:a', 'C:\\a.b', 'C:\\a\\b.c', 'C:\\a\\..', '\\\\srv\\sh',
  '\\\\srv\\sh\\', '\\\\srv\\sh\\f.txt', '\\\\srv\\sh\\d\\f', '//srv', '\\a\\b\\', 'C:\\dir\\.hidden']) {
  t(`parse(${q(p)})`, () => win.parse(p));
}

for (const obj of [{ root: 'C:\\', base: 'a' }, { dir: 'C:\\x', base: 'y' }, { root: 'C:\\', dir: 'C:\\', name: 'n', ext: 'e' },
  { dir: '\\\\srv\\sh', base: 'f' }, win.parse('C:\\a\\b.c')]) {
  t(`format(${q(obj)})`, () => win.format(obj));
}

for (const p of ['', 'a', '/', '\\', 'C:', 'C:a', 'C:\\', 'C:/', 'c:\\x', '\\\\srv', '1:\\', '\\\\?\\x']) {
  t(`isAbsolute(${q(p)})`, () => win.isAbsolute(p));
}

for (const p of ['C:\\a\\b', 'c:/x/../y', '\\\\srv\\sh\\f', '//srv/sh/', '\\\\?\\C:\\x', '\\\\.\\pipe\\p', '', 'C:\\', '\\a\\..\\b', '/x/y/']) {
  t(`toNamespacedPath(${q(p)})`, () => win.toNamespacedPath(p));
}
t('toNamespacedPath non-string', () => [win.toNamespacedPath(5), win.toNamespacedPath(null)]);

t('normalize(5)', () => win.normalize(5));
t('join(null)', () => win.join(null));
t('resolve(C:\\a, 2)', () => win.resolve('C:\\a', 2));
t('relative(undefined, a)', () => win.relative(undefined, 'a'));
t('basename(a, null)', () => win.basename('a', null));
t('parse({})', () => win.parse({}));
t('format(5)', () => win.format(5));
