// ES modules: static and dynamic import, import.meta, importing CommonJS, JSON via
// createRequire, built-ins with named exports, packages with "exports" conditions.
import path from 'node:path';
import { basename } from 'path';
import EventEmitter, { once } from 'events';
import { createRequire } from 'module';
import cjs from './fixtures/mods/dir/index.js';
import * as esmMod from './fixtures/mods/esm-pkg/mod.js';
import viaImport, { via } from './fixtures/mods/node_modules/pkg-exports/esm.mjs';

console.log('import.meta.url:', import.meta.url.startsWith('file:///'), import.meta.url.endsWith('/modules_esm.mjs'));
console.log('filename:', basename(import.meta.filename), basename(import.meta.dirname));
console.log('default + named builtin:', typeof path.join, typeof EventEmitter, typeof once);
console.log('cjs default:', JSON.stringify(cjs));
console.log('esm type module:', esmMod.where, esmMod.default);
console.log('pkg esm:', via, JSON.stringify(viaImport));
console.log('namespace keys:', Object.keys(esmMod).sort().join(','));

const require = createRequire(import.meta.url);
console.log('json via createRequire:', require('./fixtures/mods/data.json').answer);
console.log('typeof require/module here:', typeof module, typeof exports);

const dyn = await import('./fixtures/mods/a.js');
console.log('dynamic cjs:', dyn.default.name, dyn.default.done);
const dynPkg = await import('./fixtures/mods/node_modules/pkg-exports/cjs.js');
console.log('dynamic pkg:', dynPkg.default.via);
try {
  await import('./fixtures/mods/missing.js');
} catch (e) {
  console.log('missing:', e.code);
}
const order = [];
setTimeout(() => order.push('timeout'), 0);
await new Promise((r) => setTimeout(r, 5));
order.push('after await');
console.log('top-level await:', order.join(','));
