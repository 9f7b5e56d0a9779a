// capjs-flags: -A
// Symlinked modules load under their real path, as in Node without --preserve-symlinks:
// pnpm's layout, `npm link` (an absolute link), a linked file and a linked folder, through
// both require() and import.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { createRequire } = require('module');

const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'capjs-symlink-')));
const at = (p) => path.join(root, p);
const rel = (p) => path.relative(root, p.startsWith('file://') ? decodeURIComponent(p.slice(7)) : p);
function write(p, text) {
  fs.mkdirSync(path.dirname(at(p)), { recursive: true });
  fs.writeFileSync(at(p), text);
}
function link(target, p) {
  fs.mkdirSync(path.dirname(at(p)), { recursive: true });
  fs.symlinkSync(target, at(p));
}

// pnpm: the package is a link into .pnpm, and its dependency is a sibling link there.
const foo = 'app/node_modules/.pnpm/foo@1.0.0/node_modules/foo';
write(`${foo}/package.json`, '{"name":"foo","main":"lib/index.js"}');
write(`${foo}/lib/index.js`,
  "exports.file = __filename; exports.dir = __dirname; exports.bar = require('bar'); exports.up = require('../up');");
write(`${foo}/up.js`, 'module.exports = __filename;');
write('app/node_modules/.pnpm/bar@2.0.0/node_modules/bar/index.js', 'module.exports = __filename;');
link('../../bar@2.0.0/node_modules/bar', 'app/node_modules/.pnpm/foo@1.0.0/node_modules/bar');
link('.pnpm/foo@1.0.0/node_modules/foo', 'app/node_modules/foo');

// npm link: an absolute link to a package with conditional exports.
write('work/lib/package.json', '{"name":"lib","exports":{"import":"./esm.mjs","require":"./cjs.js"}}');
write('work/lib/cjs.js', 'module.exports = { file: __filename };');
write('work/lib/esm.mjs', 'export const url = import.meta.url;');
link(at('work/lib'), 'app/node_modules/lib');

// A linked folder and linked files.
write('shared/util.js', "module.exports = { file: __filename, sib: require('./sib') };");
write('shared/sib.js', 'module.exports = __filename;');
write('shared/mod.mjs', 'export default import.meta.url;');
// Bare specifiers resolve from the real folder, which has no node_modules.
write('shared/needs-lib.mjs', "import 'lib';");
link('../shared/needs-lib.mjs', 'app/needs-lib.mjs');
link('../shared', 'app/linked');
link('../shared/util.js', 'app/util-link.js');
link('../shared/mod.mjs', 'app/mod-link.mjs');
write('app/entry.mjs', [
  "import foo from 'foo';",
  "import { url as libUrl } from 'lib';",
  "import mod from './mod-link.mjs';",
  "import util from './linked/util.js';",
  'export default { foo: foo.file, libUrl, mod, util: util.file, self: import.meta.url };',
].join('\n'));

const req = createRequire(at('app/main.js'));
const f = req('foo');
console.log('pnpm:', rel(f.file), rel(f.dir), rel(f.bar), rel(f.up));
console.log('same module:', f === req(at(`${foo}/lib/index.js`)), rel(req.resolve('foo')));
console.log('cached as:', Object.keys(require.cache).filter((k) => k.startsWith(root)).map(rel).sort().join(' '));
console.log('npm link:', rel(req('lib').file));
console.log('linked folder:', rel(req('./linked/util').file), rel(req('./linked/util').sib));
console.log('linked file:', rel(req('./util-link.js').file), req('./util-link.js') === req('./linked/util'));

import(at('app/entry.mjs')).then((m) => {
  const r = m.default;
  console.log('import:', rel(r.foo), rel(r.libUrl), rel(r.mod), rel(r.util), rel(r.self));
  return import(at('app/mod-link.mjs'));
}).then((m) => {
  console.log('import linked file:', rel(m.default));
  return import(at('app/needs-lib.mjs'));
}).catch((e) => {
  console.log('bare import from a linked file:', e.code, e.message.replace(root, '<root>'));
}).finally(() => fs.rmSync(root, { recursive: true, force: true }));
