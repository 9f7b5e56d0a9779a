'use strict';
// Node's module resolution, shared by require() and import: relative and absolute
// paths, extensions and index files, node_modules lookup up the tree, and package.json
// `main`/`exports` with conditions. Every stat and read goes through the host, which
// allows only the app root and read grants.

const natives = require('internal/natives');
const path = require('path');

const statCache = new Map();
const packageCache = new Map();
const realCache = new Map();

// 'file' | 'directory' | 'missing'. A denied path throws ERR_ACCESS_DENIED unless
// `quiet`, where it reads as missing (the node_modules walk crosses denied folders).
function stat(p, quiet) {
  const cached = statCache.get(p);
  if (cached !== undefined) return cached;
  let kind;
  try {
    kind = natives.stat(p);
  } catch (err) {
    if (quiet && err.code === 'ERR_ACCESS_DENIED') return 'missing';
    throw err;
  }
  statCache.set(p, kind);
  return kind;
}

function clearCaches() {
  statCache.clear();
  packageCache.clear();
  realCache.clear();
}

// A resolved module's identity is its real path, as in Node without --preserve-symlinks:
// a symlinked package (pnpm, workspaces, `npm link`) loads once, and its own requires
// resolve from where it really is. The host follows a link only where reading is allowed.
function realpath(p) {
  let real = realCache.get(p);
  if (real === undefined) {
    real = natives.realpath(p);
    realCache.set(p, real);
  }
  return real;
}

function readPackage(dir, quiet = true) {
  const file = path.join(dir, 'package.json');
  if (packageCache.has(file)) return packageCache.get(file);
  let pkg = null;
  if (stat(file, quiet) === 'file') {
    const src = natives.read(file);
    try {
      pkg = JSON.parse(src);
    } catch (e) {
      const err = new Error(`Invalid package config ${file}.`);
      err.code = 'ERR_INVALID_PACKAGE_CONFIG';
      throw err;
    }
    if (pkg === null || typeof pkg !== 'object') pkg = {};
  }
  packageCache.set(file, pkg);
  return pkg;
}

// The nearest package.json above `file` (for "type" and self-reference).
function packageScope(file) {
  let dir = path.dirname(file);
  for (;;) {
    if (path.basename(dir) === 'node_modules') return null;
    const pkg = readPackage(dir);
    if (pkg) return { dir, pkg };
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

const EXTENSIONS = ['.js', '.json', '.node', '.cjs', '.mjs'];

function tryFile(p) {
  return stat(p) === 'file' ? p : null;
}

function tryExtensions(p, exts) {
  for (const ext of exts) {
    const f = tryFile(p + ext);
    if (f) return f;
  }
  return null;
}

function tryDirectory(dir, exts) {
  const pkg = readPackage(dir, false);
  if (pkg && typeof pkg.main === 'string' && pkg.main) {
    const m = path.resolve(dir, pkg.main);
    const f = tryFile(m) || tryExtensions(m, exts) || tryExtensions(path.join(m, 'index'), exts);
    if (f) return f;
  }
  return tryExtensions(path.join(dir, 'index'), exts);
}

// LOAD_AS_FILE then LOAD_AS_DIRECTORY, for require().
function loadAsFileOrDirectory(p, exts = EXTENSIONS) {
  const kind = stat(p);
  if (kind === 'file') return p;
  const f = tryExtensions(p, exts);
  if (f) return f;
  if (kind === 'directory') return tryDirectory(p, exts);
  return null;
}

function nodeModulePaths(from) {
  from = path.resolve(from);
  const out = [];
  let dir = from;
  for (;;) {
    if (path.basename(dir) !== 'node_modules') out.push(path.join(dir, 'node_modules'));
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return out;
}

function splitPackageName(request) {
  let idx = request.indexOf('/');
  if (request[0] === '@') idx = idx === -1 ? -1 : request.indexOf('/', idx + 1);
  const name = idx === -1 ? request : request.slice(0, idx);
  const sub = idx === -1 ? '' : request.slice(idx);
  return { name, subpath: `.${sub}` };
}

function exportsError(code, msg) {
  const err = new Error(msg);
  err.code = code;
  return err;
}

// PACKAGE_TARGET_RESOLVE: strings (with one `*`), arrays, and condition objects.
function resolveTarget(pkgDir, target, patternMatch, conditions, key) {
  if (typeof target === 'string') {
    if (!target.startsWith('./')) {
      throw exportsError('ERR_INVALID_PACKAGE_TARGET',
        `Invalid "exports" target ${JSON.stringify(target)} defined for '${key}' in the package config ${pkgDir}/package.json`);
    }
    const resolved = patternMatch === null ? target : target.split('*').join(patternMatch);
    const full = path.resolve(pkgDir, resolved);
    // A target must stay inside its package.
    if (!full.startsWith(pkgDir + '/') && full !== pkgDir) {
      throw exportsError('ERR_INVALID_PACKAGE_TARGET',
        `Invalid "exports" target ${JSON.stringify(target)} defined for '${key}' in the package config ${pkgDir}/package.json`);
    }
    return full;
  }
  if (Array.isArray(target)) {
    for (const t of target) {
      try {
        const r = resolveTarget(pkgDir, t, patternMatch, conditions, key);
        if (r !== null) return r;
      } catch (e) {
        if (e.code !== 'ERR_INVALID_PACKAGE_TARGET') throw e;
      }
    }
    return null;
  }
  if (target !== null && typeof target === 'object') {
    for (const cond of Object.keys(target)) {
      if (cond === 'default' || conditions.includes(cond)) {
        const r = resolveTarget(pkgDir, target[cond], patternMatch, conditions, key);
        if (r !== undefined && r !== null) return r;
      }
    }
    return null;
  }
  return null;
}

function resolveExports(pkgDir, subpath, exports, conditions) {
  let map = exports;
  const isConditions = map !== null && typeof map === 'object' && !Array.isArray(map) &&
    Object.keys(map).length > 0 && !Object.keys(map)[0].startsWith('.');
  if (typeof map === 'string' || Array.isArray(map) || isConditions) map = { '.': map };
  if (Object.hasOwn(map, subpath) && !subpath.includes('*')) {
    const r = resolveTarget(pkgDir, map[subpath], null, conditions, subpath);
    if (r) return r;
  } else {
    // Longest matching pattern key wins.
    let best = null;
    let bestMatch = null;
    for (const key of Object.keys(map)) {
      const star = key.indexOf('*');
      if (star === -1) continue;
      const prefix = key.slice(0, star);
      const suffix = key.slice(star + 1);
      if (subpath.startsWith(prefix) && subpath.length >= key.length && subpath.endsWith(suffix) &&
          (best === null || key.length > best.length)) {
        best = key;
        bestMatch = subpath.slice(prefix.length, subpath.length - suffix.length);
      }
    }
    if (best !== null) {
      const r = resolveTarget(pkgDir, map[best], bestMatch, conditions, subpath);
      if (r) return r;
    }
  }
  throw exportsError('ERR_PACKAGE_PATH_NOT_EXPORTED', subpath === '.'
    ? `No "exports" main defined in ${pkgDir}/package.json`
    : `Package subpath '${subpath}' is not defined by "exports" in ${pkgDir}/package.json`);
}

// Resolves a bare specifier through node_modules folders. `asFile` handles the
// no-"exports" case (require() adds extensions; import does too for legacy main).
function resolvePackage(request, fromDir, conditions, lookupPaths) {
  const { name, subpath } = splitPackageName(request);
  // Self-reference: a package importing itself by name through its own "exports".
  const scope = packageScope(path.join(fromDir, 'x'));
  if (scope && scope.pkg.name === name && scope.pkg.exports !== undefined) {
    return resolveExports(scope.dir, subpath, scope.pkg.exports, conditions);
  }
  for (const nm of lookupPaths || nodeModulePaths(fromDir)) {
    const pkgDir = path.join(nm, name);
    if (stat(pkgDir, true) !== 'directory') continue;
    const pkg = readPackage(pkgDir);
    if (pkg && pkg.exports !== undefined && pkg.exports !== null) {
      return resolveExports(pkgDir, subpath, pkg.exports, conditions);
    }
    const f = loadAsFileOrDirectory(path.join(nm, request));
    if (f) return f;
  }
  return null;
}

function isRelative(request) {
  return request === '.' || request === '..' || request.startsWith('./') || request.startsWith('../') ||
    request.startsWith('/');
}

// 'esm' | 'cjs' | 'json' for a resolved file.
function formatOf(file) {
  if (file.endsWith('.mjs')) return 'esm';
  if (file.endsWith('.cjs')) return 'cjs';
  if (file.endsWith('.json')) return 'json';
  if (file.endsWith('.node')) return 'addon';
  if (file.endsWith('.js')) {
    const scope = packageScope(file);
    return scope && scope.pkg.type === 'module' ? 'esm' : 'cjs';
  }
  return 'cjs';
}

module.exports = {
  stat, readPackage, packageScope, loadAsFileOrDirectory, nodeModulePaths, resolvePackage, resolveExports,
  isRelative, formatOf, clearCaches, EXTENSIONS, splitPackageName, realpath,
};
