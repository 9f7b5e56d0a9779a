// The guest's entry: builds the built-in module system and loads the library without
// calling the host (so the result can be snapshotted). Returns `start`, which runs the
// main program and then the event loop and returns the exit code.
(function bootstrap(natives) {
  'use strict';

  const builtinIds = new Set(natives.builtinNames());
  const cache = new Map();

  // Loads guest/js/<id>.js as a CommonJS module with the internal require.
  function loadBuiltin(id) {
    const cached = cache.get(id);
    if (cached) return cached.exports;
    const src = natives.builtin(id);
    const fn = natives.compile(`(function (exports, require, module) {${src}\n})`, `node:${id}`);
    const module = { exports: {}, id, loaded: false };
    cache.set(id, module);
    fn.call(module.exports, module.exports, internalRequire, module);
    module.loaded = true;
    return module.exports;
  }

  // What built-in modules see as `require`: public names plus internal/*.
  function internalRequire(name) {
    if (name === 'internal/natives') return natives;
    if (name.startsWith('internal/')) {
      if (!builtinIds.has(name)) throw new Error(`no internal module ${name}`);
      return loadBuiltin(name);
    }
    return requireBuiltin(name);
  }

  const nodeBuiltins = loadBuiltin('internal/builtins');
  const builtinSet = new Set(nodeBuiltins);

  function isBuiltin(name) {
    if (typeof name !== 'string') return false;
    if (name.startsWith('node:')) name = name.slice(5);
    return builtinSet.has(name);
  }

  function requireBuiltin(name) {
    const bare = name.startsWith('node:') ? name.slice(5) : name;
    if (!builtinSet.has(bare)) {
      const err = new Error(`No such built-in module: ${name}`);
      err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
      throw err;
    }
    const id = `node/${bare}`;
    if (!builtinIds.has(id)) throw loadBuiltin('internal/errors').notImplemented(`node:${bare}`);
    return loadBuiltin(id);
  }

  const shared = { natives, requireBuiltin, isBuiltin, nodeBuiltins };
  const setup = loadBuiltin('internal/setup');
  setup.prepare(shared);
  return function start(mainKind, mainArg, argv, execPath) {
    Object.assign(shared, { mainKind, mainArg, argv, execPath });
    return setup.run(shared);
  };
})
