'use strict';
// Uncaught exceptions and unhandled rejections: Node's default behaviour (print the
// error with its source line and stack, emit 'exit', exit with 1) and the final exit code.

const natives = require('internal/natives');

let process;
function init(p) {
  process = p;
}

// QuickJS frames look like "    at f (file:line:col)"; find the first user frame.
function firstFrame(stack) {
  const m = /(?:\(|at )((?:\/|\[eval\])[^():]*):(\d+):(\d+)\)?/.exec(stack || '');
  return m ? { file: m[1], line: Number(m[2]), col: Number(m[3]) } : null;
}

function sourceLine(frame) {
  if (!frame || !frame.file.startsWith('/')) return null;
  try {
    return natives.read(frame.file).split(/\r?\n/)[frame.line - 1];
  } catch {
    return null;
  }
}

function describe(err) {
  const inspect = (v) => {
    try {
      return require('util').inspect(v);
    } catch {
      return String(v);
    }
  };
  if (err instanceof Error) return inspect(err);
  return inspect(err);
}

function header(err) {
  const frame = err instanceof Error ? firstFrame(err.stack) : null;
  const line = sourceLine(frame);
  if (!frame || line == null) return '';
  return `${frame.file}:${frame.line}\n${line}\n${' '.repeat(Math.max(0, frame.col - 1))}^\n\n`;
}

function write(text) {
  natives.write(2, escapeTerminal(text));
}

// The flag that would have allowed a refused operation (the grant itself is checked in
// the host; this only words the advice).
const FLAGS = {
  FileSystemRead: '--allow-read', FileSystemWrite: '--allow-write', Net: '--allow-net',
  Environment: '--allow-env', ChildProcess: '--allow-run', Sys: '--allow-sys',
};

// Control characters (ANSI escapes, bidi overrides) from paths reach the terminal escaped.
function escapeTerminal(s) {
  return String(s).replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}

function hint(err) {
  if (err === null || typeof err !== 'object' || err.code !== 'ERR_ACCESS_DENIED') return '';
  const flag = FLAGS[err.permission] || '--allow-all';
  return `capjs: to allow ${err.permission} access to ${err.resource}, run again with ${flag}=${err.resource}\n`;
}

function printUncaught(err, origin) {
  if (origin === 'unhandledRejection' && !(err instanceof Error)) {
    const reason = typeof err === 'string' ? err : describe(err);
    write('[UnhandledPromiseRejection: This error originated either by throwing inside of an async function ' +
      'without a catch block, or by rejecting a promise which was not handled with .catch(). ' +
      `The promise rejected with the reason "${reason}".] {\n  code: 'ERR_UNHANDLED_REJECTION'\n}\n`);
  } else if (err instanceof Error) {
    write(`${header(err)}${describe(err)}\n`);
  } else {
    write(`Uncaught ${describe(err)}\n`);
  }
  write(`\nNode.js ${process.version}\n${hint(err)}`);
}

let inHandler = false;

// Called for every error nothing else caught. With 'uncaughtException' listeners they
// decide; otherwise print, emit 'exit' and end the sandbox with code 1.
function uncaught(err, origin) {
  if (process.listenerCount('uncaughtExceptionMonitor') > 0) {
    process.emit('uncaughtExceptionMonitor', err, origin);
  }
  if (!inHandler && process.listenerCount('uncaughtException') > 0) {
    inHandler = true;
    try {
      process.emit('uncaughtException', err, origin);
      return;
    } catch (err2) {
      // A throwing handler is fatal, with Node's exit code 7.
      printUncaught(err2, 'uncaughtException');
      natives.exit(7);
    } finally {
      inHandler = false;
    }
  }
  printUncaught(err, origin);
  process.exitCode = 1;
  if (!process._exiting) {
    process._exiting = true;
    try {
      process.emit('exit', 1);
    } catch (e) {
      // An error inside an 'exit' listener cannot change the outcome.
    }
  }
  natives.exit(1);
}

// After the loop: emit 'exit' and return the code.
function finish() {
  const code = () => (process.exitCode === undefined ? 0 : process.exitCode);
  if (!process._exiting) {
    process._exiting = true;
    try {
      process.emit('exit', code());
    } catch (err) {
      uncaught(err, 'uncaughtException');
    }
  }
  return code();
}

module.exports = { init, uncaught, finish };
