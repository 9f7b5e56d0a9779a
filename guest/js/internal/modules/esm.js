'use strict';
// ES module hooks called by the guest's QuickJS loader: resolve(specifier, base) and
// load(name). ES sources load as they are; CommonJS, JSON and built-ins load through a
// small facade module whose exports arrive on its own import.meta.

const natives = require('internal/natives');
const path = require('path');
const resolver = require('internal/modules/resolve');

let shared;
function init(s) {
  shared = s;
}

const ESM_CONDITIONS = ['import', 'node', 'default'];
const KEY = '__capjsExports';

function fileUrl(p) {
  return 'file://' + p.split('/').map((s) => encodeURIComponent(s)).join('/');
}

function fromUrl(spec) {
  if (spec.startsWith('file://')) return decodeURIComponent(spec.slice(7));
  return spec;
}

function notFound(spec, base, kind = 'module') {
  const err = new Error(`Cannot find ${kind} '${spec}' imported from ${base || natives.cwd()}`);
  err.code = 'ERR_MODULE_NOT_FOUND';
  return err;
}

function resolve(specifier, base) {
  if (specifier.startsWith('node:') || shared.isBuiltin(specifier)) {
    return specifier.startsWith('node:') ? specifier : `node:${specifier}`;
  }
  specifier = fromUrl(specifier);
  // The importer is a file path, or a script name such as "[eval]" (cwd-relative).
  const fromDir = base && base.startsWith('/') ? path.dirname(base) : natives.cwd();
  if (resolver.isRelative(specifier)) {
    const p = path.resolve(fromDir, specifier);
    const kind = resolver.stat(p);
    if (kind === 'file') return resolver.realpath(p);
    if (kind === 'directory') {
      const err = new Error(`Directory import '${p}' is not supported resolving ES modules imported from ${base}`);
      err.code = 'ERR_UNSUPPORTED_DIR_IMPORT';
      throw err;
    }
    throw notFound(p, base);
  }
  let found = null;
  if (specifier[0] === '#') {
    const scope = resolver.packageScope(path.join(fromDir, 'x'));
    if (scope && scope.pkg.imports && Object.hasOwn(scope.pkg.imports, specifier)) {
      found = resolver.resolveExports(scope.dir, '.', { '.': scope.pkg.imports[specifier] }, ESM_CONDITIONS);
    }
  } else {
    found = resolver.resolvePackage(specifier, fromDir, ESM_CONDITIONS);
  }
  if (found && resolver.stat(found) !== 'file') found = resolver.loadAsFileOrDirectory(found);
  if (!found) throw notFound(resolver.splitPackageName(specifier).name, base, 'package');
  return resolver.realpath(found);
}

const IDENT = /^[A-Za-z_$][\w$]*$/;
const RESERVED = new Set(['default', 'await', 'yield', 'let', 'static', 'enum', 'implements', 'package', 'protected',
  'interface', 'private', 'public', 'arguments', 'eval', 'break', 'case', 'catch', 'class', 'const', 'continue',
  'debugger', 'delete', 'do', 'else', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import',
  'in', 'instanceof', 'new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var',
  'void', 'while', 'with']);

function facade(exportsValue, named) {
  const names = [];
  if (named && exportsValue !== null && (typeof exportsValue === 'object' || typeof exportsValue === 'function')) {
    for (const k of Object.keys(exportsValue)) if (IDENT.test(k) && !RESERVED.has(k) && k !== '__capjs_m') names.push(k);
  }
  let src = `const __capjs_m = import.meta.${KEY};\ndelete import.meta.${KEY};\nexport default __capjs_m;\n`;
  if (names.length) src += `export const { ${names.join(', ')} } = __capjs_m;\n`;
  return { source: src, meta: { [KEY]: exportsValue } };
}

function load(name) {
  if (name.startsWith('node:')) return facade(shared.requireBuiltin(name), true);
  const format = resolver.formatOf(name);
  if (format === 'json') {
    const src = natives.read(name);
    return facade(JSON.parse(src.charCodeAt(0) === 0xfeff ? src.slice(1) : src), false);
  }
  if (format === 'cjs') {
    const { Module } = require('internal/modules/cjs');
    return facade(Module._load(name, null, false), true);
  }
  if (format === 'addon') throw require('internal/errors').notImplemented(`native addons (${name})`);
  let source = natives.read(name);
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  if (source.startsWith('#!')) source = '//' + source.slice(2);
  return { source, meta: { url: fileUrl(name), filename: name, dirname: path.dirname(name) } };
}

module.exports = { init, resolve, load, fileUrl, ESM_CONDITIONS };
