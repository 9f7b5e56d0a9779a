// CommonJS: relative files, index.js, JSON, node_modules, package main/exports,
// cycles, require.cache, require.resolve and MODULE_NOT_FOUND.
const path = require('path');
const rel = (p) => path.relative(__dirname, p);

const a = require('./fixtures/mods/a');
console.log('cycle:', a.name, a.bSawA, a.done);
console.log('index:', JSON.stringify(require('./fixtures/mods/dir')));
console.log('json:', require('./fixtures/mods/data.json').answer, require('./fixtures/mods/data').list.length);
console.log('bom:', require('./fixtures/mods/bom'), 'shebang:', require('./fixtures/mods/shebang'));

const req = require('module').createRequire(path.join(__dirname, 'fixtures/mods/x.js'));
console.log('main:', req('pkg-main'));
console.log('exports require:', JSON.stringify(req('pkg-exports')));
console.log('exports subpath:', req('pkg-exports/feature'), '|', req('pkg-exports/utils/one'));
console.log('exports package.json:', req('pkg-exports/package.json').name);
console.log('scoped:', req('@scope/pkg'));
console.log('resolve:', rel(req.resolve('pkg-exports')), rel(req.resolve('./dir')));
console.log('resolve builtin:', require.resolve('fs'), require.resolve('node:path'));

for (const spec of ['pkg-exports/hidden', 'nope-package', './fixtures/mods/missing']) {
  try {
    (spec.startsWith('.') ? require : req)(spec);
  } catch (e) {
    console.log('error:', e.code, e.message.split('\n')[0].replace(__dirname, '<dir>'));
    if (e.requireStack) console.log('  stack:', e.requireStack.map(rel));
  }
}

const c1 = require('./fixtures/mods/counter');
const c2 = require('./fixtures/mods/counter.js');
console.log('cached once:', c1 === c2, c1.counter);
const key = require.resolve('./fixtures/mods/counter');
console.log('in cache:', rel(key), key in require.cache);
delete require.cache[key];
console.log('reloaded:', require('./fixtures/mods/counter') !== c1);

try {
  require('./fixtures/mods/broken');
} catch (e) {
  console.log('broken:', e.message);
}
console.log('broken not cached:', !(require.resolve('./fixtures/mods/broken') in require.cache));

console.log('main module:', require.main === module, module.id, rel(module.filename));
console.log('dirname/filename:', path.basename(__dirname), path.basename(__filename));
console.log('builtins:', typeof require('node:events'), typeof require('events').EventEmitter, require('timers').setTimeout === setTimeout);
console.log('this is exports:', this === module.exports);
try {
  require('node:nonexistent');
} catch (e) {
  console.log('unknown builtin:', e.code);
}
