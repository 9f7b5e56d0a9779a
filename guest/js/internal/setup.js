'use strict';
// Start-up. `prepare` (snapshot time, no host calls) loads the library and installs the
// globals; `run` creates `process`, runs the main program (file, -e or -p) and then the
// event loop, and turns uncaught errors into Node's report and exit code.

const natives = require('internal/natives');
const loop = require('internal/loop');
const timers = require('internal/timers');
const { createProcess } = require('internal/process');
const report = require('internal/report');

function defineGlobal(name, value, enumerable = false) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
}

function lazyGlobal(name, get, enumerable = false) {
  Object.defineProperty(globalThis, name, {
    get() {
      const value = get();
      defineGlobal(name, value, enumerable);
      return value;
    },
    set(value) {
      defineGlobal(name, value, enumerable);
    },
    configurable: true,
    enumerable,
  });
}

// Enumerable globals come first, in Node's order:
// Object.keys(globalThis) lists global … performance, fetch, crypto.
// QuickJS's CallSite objects (Error.prepareStackTrace) have only a few of V8's methods;
// packages such as depd (used by express) call the rest, so add them with V8's answers
// for ordinary, non-eval frames.
function completeCallSites() {
  const prep = Error.prepareStackTrace;
  const holder = {};
  Error.prepareStackTrace = (_, sites) => sites;
  Error.captureStackTrace(holder);
  const sites = holder.stack;
  Error.prepareStackTrace = prep;
  if (!Array.isArray(sites) || sites.length === 0) return;
  const proto = Object.getPrototypeOf(sites[0]);
  const methods = {
    isEval: () => false,
    getEvalOrigin: () => undefined,
    getThis: () => undefined,
    getTypeName: () => null,
    getMethodName: () => null,
    isToplevel() {
      return this.getFunctionName() === null;
    },
    isConstructor: () => false,
    isAsync: () => false,
    isPromiseAll: () => false,
    getPromiseIndex: () => null,
    getScriptNameOrSourceURL() {
      return this.getFileName();
    },
    getScriptHash: () => '',
    getEnclosingLineNumber() {
      return this.getLineNumber();
    },
    getEnclosingColumnNumber() {
      return this.getColumnNumber();
    },
    toString() {
      const where = `${this.getFileName() || '<anonymous>'}:${this.getLineNumber()}:${this.getColumnNumber()}`;
      const name = this.getFunctionName();
      return name ? `${name} (${where})` : where;
    },
  };
  for (const [name, fn] of Object.entries(methods)) {
    if (!(name in proto)) Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true });
  }
}

function installGlobals() {
  completeCallSites();
  // QuickJS defines its own queueMicrotask; ours wraps it (validation, Node's key order).
  // A callback that throws surfaces from the job loop as an uncaught exception, as in Node.
  const enqueueJob = globalThis.queueMicrotask;
  delete globalThis.queueMicrotask;
  defineGlobal('global', globalThis, true);
  for (const name of ['clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout', 'setInterval', 'setTimeout']) {
    defineGlobal(name, timers[name], true);
  }
  defineGlobal('queueMicrotask', function queueMicrotask(callback) {
    if (typeof callback !== 'function') {
      throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('callback', 'Function', callback);
    }
    enqueueJob(callback);
  }, true);
  const web = () => require('internal/web');
  lazyGlobal('structuredClone', () => web().structuredClone, true);
  // Node's global atob/btoa are buffer's.
  for (const name of ['atob', 'btoa']) lazyGlobal(name, () => require('buffer')[name], true);
  lazyGlobal('performance', () => web().performance, true);
  lazyGlobal('Performance', () => web().Performance);
  lazyGlobal('fetch', () => require('internal/fetch/index').fetch, true);
  // Node 20: `crypto` is an enumerable getter without a setter.
  Object.defineProperty(globalThis, 'crypto', {
    get() { return require('internal/crypto/webcrypto').crypto; },
    enumerable: true,
    configurable: true,
  });
  lazyGlobal('console', () => {
    const { createGlobalConsole } = require('internal/console');
    return createGlobalConsole(globalThis.process.stdout, globalThis.process.stderr);
  });
  for (const name of ['TextEncoder', 'TextDecoder', 'DOMException']) {
    lazyGlobal(name, () => web()[name]);
  }
  for (const name of ['EventTarget', 'Event', 'CustomEvent']) {
    lazyGlobal(name, () => require('internal/event_target')[name]);
  }
  for (const name of ['AbortController', 'AbortSignal']) {
    lazyGlobal(name, () => require('internal/abort')[name]);
  }
  lazyGlobal('Buffer', () => require('buffer').Buffer);
  lazyGlobal('Blob', () => require('buffer').Blob);
  lazyGlobal('File', () => require('buffer').File);
  lazyGlobal('URL', () => require('url').URL);
  lazyGlobal('URLSearchParams', () => require('url').URLSearchParams);
  for (const name of ['Crypto', 'CryptoKey', 'SubtleCrypto']) {
    lazyGlobal(name, () => require('internal/crypto/webcrypto')[name]);
  }
  for (const name of ['Headers', 'Request', 'Response', 'FormData']) {
    lazyGlobal(name, () => require('internal/fetch/index')[name]);
  }
  for (const name of ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableByteStreamController',
    'ReadableStreamDefaultController', 'ReadableStreamBYOBReader', 'ReadableStreamBYOBRequest', 'WritableStream',
    'WritableStreamDefaultWriter', 'WritableStreamDefaultController', 'TransformStream',
    'TransformStreamDefaultController', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'TextEncoderStream',
    'TextDecoderStream', 'CompressionStream', 'DecompressionStream']) {
    lazyGlobal(name, () => require('stream/web')[name]);
  }
}

// Modules every program needs, evaluated ahead of time so a snapshot holds them.
const PRELOAD = ['events', 'path', 'util', 'timers', 'module', 'buffer', 'stream', 'internal/console', 'internal/web',
  'internal/event_target', 'internal/abort', 'internal/modules/resolve'];

function prepare(shared) {
  installGlobals();
  const cjs = require('internal/modules/cjs');
  const esm = require('internal/modules/esm');
  cjs.init(shared);
  esm.init(shared);
  natives.setHooks({ resolve: esm.resolve, load: esm.load, onRejection: loop.onRejection });
  for (const id of PRELOAD) require(id);
}

function run(shared) {
  const process = createProcess(shared);
  defineGlobal('process', process);
  report.init(process);
  loop.setUncaughtHandler(report.uncaught);
  const cjs = require('internal/modules/cjs');
  let mainModule;
  shared.mainModule = () => mainModule;
  shared.setMainModule = (m) => {
    mainModule = m;
    process.mainModule = m;
  };

  let mainPromise = null;
  try {
    if (shared.mainKind === 'file') {
      process.argv.push(shared.mainArg, ...shared.argv);
      const resolver = require('internal/modules/resolve');
      const file = cjs.Module._resolveFilename(shared.mainArg, null, true);
      // Node names the main script as given; only its module identity is the real path.
      process.argv[1] = require('path').resolve(shared.mainArg);
      if (resolver.formatOf(file) === 'esm') {
        mainPromise = natives.importModule(file);
      } else {
        cjs.Module._load(file, null, true);
      }
    } else {
      process.argv.push(...shared.argv);
      const value = cjs.evalScript(shared.mainArg, '[eval]', natives.cwd(), shared.mainKind === 'print');
      if (shared.mainKind === 'print') console.log(value);
    }
  } catch (err) {
    report.uncaught(err, 'uncaughtException');
  }
  let mainState = 'settled';
  if (mainPromise) {
    mainState = 'pending';
    mainPromise.then(() => { mainState = 'settled'; }, (err) => {
      mainState = 'settled';
      report.uncaught(err, 'uncaughtException');
    });
  }
  loop.processTicksAndRejections();
  loop.runLoop();
  if (mainState === 'pending') {
    // Node: a top-level await that can never settle exits with 13.
    natives.write(2, 'Warning: Detected unsettled top-level await\n');
    if (process.exitCode === undefined) process.exitCode = 13;
  }
  return report.finish();
}

module.exports = { prepare, run };
