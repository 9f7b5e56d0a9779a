'use strict';
// CommonJS: Module, require(), require.cache/resolve, the wrapper, JSON modules, cycles,
// and MODULE_NOT_FOUND with the require stack, as Node's documentation describes.

const natives = require('internal/natives');
const path = require('path');
const resolver = require('internal/modules/resolve');
const { codes } = require('internal/errors');

let shared;
function init(s) {
  shared = s;
}

const CJS_CONDITIONS = ['require', 'node', 'node-addons', 'default'];

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  this.exports = {};
  this.filename = null;
  this.loaded = false;
  this.children = [];
  this.paths = [];
  Object.defineProperty(this, 'parent', { value: parent, writable: true, enumerable: false, configurable: true });
  if (parent && parent.children) parent.children.push(this);
}

Module._cache = Object.create(null);
Module._extensions = Object.create(null);
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = (script) => Module.wrapper[0] + script + Module.wrapper[1];
Module._nodeModulePaths = resolver.nodeModulePaths;
Module.Module = Module;

function notFound(request, parent) {
  const stack = [];
  for (let m = parent; m; m = m.parent) if (m.filename || m.id) stack.push(m.filename || m.id);
  let msg = `Cannot find module '${request}'`;
  if (stack.length) msg += `\nRequire stack:\n- ${stack.join('\n- ')}`;
  const err = new Error(msg);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = stack;
  return err;
}

Module._resolveFilename = function resolveFilename(request, parent, isMain, options) {
  if (typeof request !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('id', 'string', request);
  if (request.startsWith('node:') || shared.isBuiltin(request)) return request;
  const fromDir = parent && parent.filename ? path.dirname(parent.filename) : (parent && parent.path) || natives.cwd();
  let found = null;
  if (resolver.isRelative(request)) {
    const bases = options && options.paths ? options.paths : [fromDir];
    for (const b of bases) {
      found = resolver.loadAsFileOrDirectory(path.resolve(b, request));
      if (found) break;
    }
  } else if (request[0] === '#') {
    const scope = resolver.packageScope(path.join(fromDir, 'x'));
    if (scope && scope.pkg.imports && Object.hasOwn(scope.pkg.imports, request)) {
      found = resolver.resolveExports(scope.dir, '.', { '.': scope.pkg.imports[request] }, CJS_CONDITIONS);
    }
  } else {
    const lookup = options && options.paths
      ? options.paths.flatMap((p) => resolver.nodeModulePaths(p)) : undefined;
    found = resolver.resolvePackage(request, fromDir, CJS_CONDITIONS, lookup);
    if (found && resolver.stat(found) !== 'file') found = resolver.loadAsFileOrDirectory(found);
  }
  if (!found) throw notFound(request, parent);
  return resolver.realpath(found);
};

Module._load = function load(request, parent, isMain) {
  const filename = Module._resolveFilename(request, parent, isMain);
  if (filename.startsWith('node:') || shared.isBuiltin(filename)) return shared.requireBuiltin(filename);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    if (parent && parent.children && !parent.children.includes(cached)) parent.children.push(cached);
    return cached.exports;
  }
  const module = new Module(filename, parent);
  if (isMain) {
    module.id = '.';
    shared.setMainModule(module);
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent && parent.children) {
        const i = parent.children.indexOf(module);
        if (i !== -1) parent.children.splice(i, 1);
      }
    }
  }
  return module.exports;
};

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = resolver.nodeModulePaths(path.dirname(filename));
  const format = resolver.formatOf(filename);
  if (format === 'esm') throw esmError(filename);
  if (format === 'addon') throw require('internal/errors').notImplemented(`native addons (${filename})`);
  const ext = path.extname(filename);
  (Module._extensions[ext] || Module._extensions['.js'])(this, filename);
  this.loaded = true;
};

function esmError(filename) {
  const err = new Error(`require() of ES Module ${filename} not supported.\n` +
    `Instead change the require of ${filename} to a dynamic import() which is available in all CommonJS modules.`);
  err.code = 'ERR_REQUIRE_ESM';
  return err;
}

Module.prototype.require = function require(id) {
  if (typeof id !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('id', 'string', id);
  if (id === '') throw new codes.ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  return Module._load(id, this, false);
};

function stripBOM(src) {
  return src.charCodeAt(0) === 0xfeff ? src.slice(1) : src;
}

// A shebang line is a comment to Node; blank it so line numbers stay put.
function stripShebang(src) {
  return src.startsWith('#!') ? '//' + src.slice(2) : src;
}

Module.prototype._compile = function compile(content, filename) {
  const fn = natives.compile(Module.wrap(stripShebang(content)), filename);
  const require = makeRequire(this);
  return fn.call(this.exports, this.exports, require, this, filename, path.dirname(filename));
};

Module._extensions['.js'] = function loadJs(module, filename) {
  module._compile(stripBOM(natives.read(filename)), filename);
};
Module._extensions['.cjs'] = Module._extensions['.js'];
Module._extensions['.json'] = function loadJson(module, filename) {
  const src = stripBOM(natives.read(filename));
  try {
    module.exports = JSON.parse(src);
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};

function makeRequire(module) {
  const require = (id) => module.require(id);
  require.resolve = (request, options) => {
    if (typeof request !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('request', 'string', request);
    const r = Module._resolveFilename(request, module, false, options);
    return r;
  };
  require.resolve.paths = (request) => {
    if (shared.isBuiltin(request)) return null;
    if (resolver.isRelative(request)) return [module.filename ? path.dirname(module.filename) : natives.cwd()];
    return resolver.nodeModulePaths(module.filename ? path.dirname(module.filename) : natives.cwd());
  };
  require.main = shared.mainModule();
  require.cache = Module._cache;
  require.extensions = Module._extensions;
  return require;
}

function createRequire(filename) {
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') filename = filename.href;
  if (typeof filename !== 'string') throw new codes.ERR_INVALID_ARG_VALUE('filename', filename, 'must be a file URL object, file URL string, or absolute path string');
  if (filename.startsWith('file://')) filename = decodeURIComponent(filename.slice(7));
  const m = new Module(filename, null);
  m.filename = filename;
  m.paths = resolver.nodeModulePaths(path.dirname(filename));
  return makeRequire(m);
}

// Runs `code` as a CommonJS module named `filename` (for -e/-p). With `wantValue`
// (-p) the code runs through eval to get its completion value.
function evalScript(code, filename, dir, wantValue) {
  const m = new Module(filename, null);
  m.filename = path.join(dir, filename);
  m.paths = resolver.nodeModulePaths(dir);
  m.id = filename;
  shared.setMainModule(m);
  const require = makeRequire(m);
  const body = wantValue ? `return eval(${JSON.stringify(code)});` : code;
  const fn = natives.compile(Module.wrap(body), filename);
  return fn.call(m.exports, m.exports, require, m, filename, '.');
}

module.exports = { Module, init, createRequire, evalScript, CJS_CONDITIONS, esmError };
