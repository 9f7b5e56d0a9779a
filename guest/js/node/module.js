'use strict';
// node:module — the CommonJS Module class, builtinModules, createRequire and isBuiltin.

const { Module, createRequire } = require('internal/modules/cjs');

Module.builtinModules = require('internal/builtins').slice();
Module.createRequire = createRequire;
Module.isBuiltin = (name) => {
  if (typeof name !== 'string') return false;
  const bare = name.startsWith('node:') ? name.slice(5) : name;
  return Module.builtinModules.includes(bare);
};
Module.syncBuiltinESMExports = () => {};
Module.findSourceMap = () => undefined;
Module.register = () => {
  throw require('internal/errors').notImplemented('module.register');
};

module.exports = Module;
