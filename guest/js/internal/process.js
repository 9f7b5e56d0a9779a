'use strict';
// The `process` object: an EventEmitter with argv, env (granted variables only),
// exit codes, hrtime, memoryUsage, stdout/stderr and signal listeners.

const natives = require('internal/natives');
const EventEmitter = require('events');
const { codes } = require('internal/errors');
const loop = require('internal/loop');

const NODE_VERSION = 'v20.20.2';
const SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGUSR1: 10, SIGUSR2: 12, SIGTERM: 15 };

// process.stdout/stderr: real Writable streams whose writes are synchronous, as Node's
// are for files and pipes.
function createStdio(fd) {
  const { Writable } = require('stream');
  const w = new Writable({
    decodeStrings: false,
    write(chunk, encoding, cb) {
      if (typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8') {
        chunk = require('buffer').Buffer.from(chunk, encoding);
      }
      natives.write(fd, chunk);
      cb();
    },
  });
  w.fd = fd;
  w.isTTY = false;
  w._isStdio = true;
  w.getColorDepth = () => 1;
  w.hasColors = () => false;
  // Like Node, stdout and stderr are never closed by end() or destroy().
  w.destroySoon = w.destroy;
  w._destroy = (err, cb) => cb(err);
  return w;
}

function createProcess(shared) {
  const process = new EventEmitter();
  Object.defineProperty(process, Symbol.toStringTag, { value: 'process', configurable: true });
  process.title = 'capjs';
  process.version = NODE_VERSION;
  process.versions = { node: NODE_VERSION.slice(1), capjs: '0.1.0', quickjs: 'ng' };
  process.release = { name: 'node' };
  process.platform = 'linux';
  process.arch = 'wasm32';
  process.argv0 = 'capjs';
  process.execPath = shared.execPath;
  process.execArgv = [];
  process.argv = [shared.execPath];
  process.pid = natives.pid();
  process.ppid = 0;
  process.config = { variables: {} };
  process.features = {};
  process.exitCode = undefined;
  process._exiting = false;

  // Only granted variables exist here (the host filters them). Writes stay inside the
  // sandbox and are coerced to strings, as Node does.
  const env = {};
  for (const k of natives.envKeys()) env[k] = natives.envGet(k);
  process.env = new Proxy(env, {
    set(target, key, value) {
      if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
      target[key] = String(value);
      return true;
    },
    defineProperty(target, key, desc) {
      if ('value' in desc) {
        target[key] = String(desc.value);
        return true;
      }
      throw new TypeError(`'process.env' does not accept an accessor(getter/setter) descriptor`);
    },
  });

  let exitCode;
  Object.defineProperty(process, 'exitCode', {
    get() { return exitCode; },
    set(code) {
      if (code !== undefined && code !== null) {
        if (typeof code === 'string' && code.trim() !== '' && Number.isInteger(Number(code))) code = Number(code);
        if (!Number.isInteger(code)) {
          throw new codes.ERR_INVALID_ARG_TYPE('code', 'integer', code);
        }
      }
      exitCode = code;
    },
    enumerable: true,
    configurable: false,
  });

  process.cwd = () => natives.cwd();
  process.chdir = () => { throw require('internal/errors').notImplemented('process.chdir'); };
  process.umask = () => 0o22;
  process.uptime = () => (natives.hrtime() - startNs) / 1e9;
  const startNs = natives.hrtime();

  process.hrtime = function hrtime(prev) {
    const ns = natives.hrtime();
    let sec = Math.floor(ns / 1e9);
    let nsec = Math.floor(ns - sec * 1e9);
    if (prev !== undefined) {
      if (!Array.isArray(prev)) throw new codes.ERR_INVALID_ARG_TYPE('time', 'Array', prev);
      if (prev.length !== 2) throw new codes.ERR_OUT_OF_RANGE('time', '2', prev.length);
      sec -= prev[0];
      nsec -= prev[1];
      if (nsec < 0) {
        sec -= 1;
        nsec += 1e9;
      }
    }
    return [sec, nsec];
  };
  process.hrtime.bigint = () => BigInt(Math.floor(natives.hrtime()));
  process.memoryUsage = () => natives.memoryUsage();
  process.memoryUsage.rss = () => natives.memoryUsage().rss;
  process.cpuUsage = () => {
    const us = Math.floor((natives.hrtime() - startNs) / 1e3);
    return { user: us, system: 0 };
  };
  process.resourceUsage = () => { throw require('internal/errors').notImplemented('process.resourceUsage'); };
  process.nextTick = loop.bindNextTick(process);

  process.exit = function exit(code) {
    if (code !== undefined) process.exitCode = code;
    const final = process.exitCode === undefined ? 0 : process.exitCode;
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', final);
    }
    natives.exit(process.exitCode === undefined ? final : process.exitCode);
  };
  process.reallyExit = (code) => natives.exit(code | 0);
  process.abort = () => natives.exit(134);
  process.kill = () => { throw require('internal/errors').notImplemented('process.kill'); };
  process.binding = (name) => { throw require('internal/errors').notImplemented(`process.binding('${name}')`); };

  process.emitWarning = function emitWarning(warning, type, code, ctor) {
    let detail;
    if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
      ({ type, code, detail } = type);
    } else if (typeof type === 'function') {
      type = undefined;
    } else if (typeof code === 'function') {
      code = undefined;
    }
    if (typeof warning === 'string') {
      const w = new Error(warning);
      w.name = String(type || 'Warning');
      if (code !== undefined) w.code = code;
      if (detail !== undefined) w.detail = detail;
      warning = w;
    } else if (!(warning instanceof Error)) {
      throw new codes.ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
    }
    if (warning.name === 'DeprecationWarning' && process.noDeprecation) return;
    loop.nextTick(() => {
      process.emit('warning', warning);
      if (!process.noProcessWarnings) {
        const codePart = warning.code ? `[${warning.code}] ` : '';
        let text = `(node:${process.pid}) ${codePart}${warning.name}: ${warning.message}\n`;
        if (warning.detail) text += `${warning.detail}\n`;
        if (!shownTraceHint) {
          shownTraceHint = true;
          text += '(Use `node --trace-warnings ...` to show where the warning was created)\n';
        }
        natives.write(2, text);
      }
    });
  };
  let shownTraceHint = false;

  let stdout, stderr;
  Object.defineProperty(process, 'stdout', {
    get: () => (stdout ??= createStdio(1)),
    configurable: true,
    enumerable: true,
  });
  Object.defineProperty(process, 'stderr', {
    get: () => (stderr ??= createStdio(2)),
    configurable: true,
    enumerable: true,
  });
  Object.defineProperty(process, 'stdin', {
    get() { throw require('internal/errors').notImplemented('process.stdin'); },
    configurable: true,
  });

  // Signal listeners ask the host to route the signal here instead of the default action.
  process.on('newListener', (name) => {
    if (Object.hasOwn(SIGNALS, name) && process.listenerCount(name) === 0) natives.signalListen(name, true);
  });
  process.on('removeListener', (name) => {
    if (Object.hasOwn(SIGNALS, name) && process.listenerCount(name) === 0) natives.signalListen(name, false);
  });
  loop.onEvent('signal', (ev) => process.emit(ev[1], ev[1], SIGNALS[ev[1]]));

  return process;
}

module.exports = { createProcess };
