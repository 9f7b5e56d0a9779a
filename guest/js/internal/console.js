'use strict';
// The Console class and the global console: util.format semantics, groups, counters,
// timers, assert, trace, dir and table, written to the given stdout/stderr streams.

const { codes } = require('internal/errors');

const kCounts = Symbol('counts');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentWidth = Symbol('kGroupIndentWidth');
const kInspectOptions = Symbol('kInspectOptions');

function inspectModule() {
  return require('internal/inspect');
}

// Errors whose codes internal/errors does not define (yet).
function nodeError(Base, code, message) {
  const err = new Base(message);
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  return err;
}

function hidden(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: false, configurable: true });
}

function validateStream(stream, name) {
  if (!stream || typeof stream.write !== 'function') {
    throw nodeError(TypeError, 'ERR_CONSOLE_WRITABLE_STREAM', `Console expects a writable stream instance for ${name}`);
  }
}

// Sets up the per-instance state of `target` from Console's constructor arguments.
function initConsole(target, args) {
  let options = args[0];
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: args[1], ignoreErrors: args[2] };
  }
  const {
    stdout, stderr = stdout, ignoreErrors = true, colorMode = 'auto', inspectOptions, groupIndentation = 2,
  } = options;
  validateStream(stdout, 'stdout');
  validateStream(stderr, 'stderr');
  if (typeof colorMode !== 'boolean' && colorMode !== 'auto') {
    throw new codes.ERR_INVALID_ARG_VALUE('colorMode', colorMode, "must be one of: 'auto', true, false");
  }
  if (typeof groupIndentation !== 'number') {
    throw new codes.ERR_INVALID_ARG_TYPE('groupIndentation', 'number', groupIndentation);
  }
  if (!Number.isInteger(groupIndentation)) {
    throw new codes.ERR_OUT_OF_RANGE('groupIndentation', 'an integer', groupIndentation);
  }
  if (groupIndentation < 0 || groupIndentation > 1000) {
    throw new codes.ERR_OUT_OF_RANGE('groupIndentation', '>= 0 && <= 1000', groupIndentation);
  }
  if (inspectOptions !== undefined) {
    if (inspectOptions === null || typeof inspectOptions !== 'object' || Array.isArray(inspectOptions)) {
      throw new codes.ERR_INVALID_ARG_TYPE('options.inspectOptions', 'object', inspectOptions);
    }
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw nodeError(TypeError, 'ERR_INCOMPATIBLE_OPTION_PAIR',
        'Option "options.inspectOptions.color" cannot be used in combination with option "colorMode"');
    }
  }

  // Methods are bound (and keep their names) so `const { log } = console` works, as in Node.
  for (const key of Object.keys(Console.prototype)) {
    const fn = Console.prototype[key].bind(target);
    Object.defineProperty(fn, 'name', { value: key });
    target[key] = fn;
  }
  hidden(target, '_stdout', stdout);
  hidden(target, '_stderr', stderr);
  hidden(target, '_stdoutErrorHandler', writeErrorHandler(target, true));
  hidden(target, '_stderrErrorHandler', writeErrorHandler(target, false));
  hidden(target, '_ignoreErrors', Boolean(ignoreErrors));
  hidden(target, '_times', new Map());
  hidden(target, kCounts, new Map());
  hidden(target, kColorMode, colorMode);
  hidden(target, kIsConsole, true);
  hidden(target, kGroupIndent, '');
  hidden(target, kGroupIndentWidth, groupIndentation);
  if (inspectOptions !== undefined) hidden(target, kInspectOptions, inspectOptions);
  Object.defineProperty(target, Symbol.toStringTag, {
    value: 'console', writable: false, enumerable: false, configurable: true,
  });
}

function Console(options /* or: stdout, stderr, ignoreErrors = true */) {
  if (!new.target) return Reflect.construct(Console, arguments);
  initConsole(this, arguments);
}

// `console instanceof Console` holds for the global console too, whose prototype is not Console's.
Object.defineProperty(Console, Symbol.hasInstance, {
  value(instance) {
    return instance !== null && (typeof instance === 'object' || typeof instance === 'function') &&
      instance[kIsConsole] === true;
  },
});

function noop() {}

// Asynchronous write errors are ignored unless someone else listens for them.
function writeErrorHandler(c, useStdout) {
  return (err) => {
    const stream = useStdout ? c._stdout : c._stderr;
    if (err !== null && err !== undefined && stream && typeof stream.listenerCount === 'function' &&
        typeof stream.once === 'function' && stream.listenerCount('error') === 0) {
      stream.once('error', noop);
    }
  };
}

function writeTo(c, useStdout, string) {
  const indent = c[kGroupIndent];
  if (indent.length !== 0) {
    if (string.includes('\n')) string = string.replace(/\n/g, `\n${indent}`);
    string = indent + string;
  }
  string += '\n';
  const stream = useStdout ? c._stdout : c._stderr;
  const handler = useStdout ? c._stdoutErrorHandler : c._stderrErrorHandler;
  if (c._ignoreErrors === false) return stream.write(string);
  // As in Node, the stream must be an EventEmitter: a missing listenerCount() means the write
  // is skipped (the error is swallowed), and a missing removeListener() throws.
  try {
    if (stream.listenerCount('error') === 0) stream.once('error', noop);
    stream.write(string, handler);
  } catch (err) {
    // A stack overflow must still surface; other write errors are swallowed.
    if (err instanceof RangeError && /stack/i.test(err.message)) throw err;
  } finally {
    stream.removeListener('error', noop);
  }
}

function inspectOptionsFor(c, stream) {
  let color = c[kColorMode];
  if (color === 'auto') {
    color = Boolean(stream.isTTY) &&
      (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
  }
  const options = c[kInspectOptions];
  if (options) {
    if (options.colors === undefined) return { ...options, colors: color };
    return options;
  }
  return color ? { colors: true } : {};
}

function formatFor(c, useStdout, args) {
  const stream = useStdout ? c._stdout : c._stderr;
  return inspectModule().formatWithOptions(inspectOptionsFor(c, stream), ...args);
}

// Node's formatTime: milliseconds, seconds with three decimals, then m:ss.mmm or h:mm:ss.mmm.
function pad2(n) {
  return String(n).padStart(2, '0');
}
function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms %= 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms %= 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    const [s, frac] = seconds.toFixed(3).split('.');
    const head = hours !== 0 ? `${hours}:${pad2(minutes)}` : minutes;
    return `${head}:${pad2(s)}.${frac} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function now() {
  return require('internal/natives').hrtime() / 1e6;
}

function timeLogImpl(c, name, label, data) {
  const start = c._times.get(label);
  if (start === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const formatted = formatTime(now() - start);
  if (data === undefined) c.log('%s: %s', label, formatted);
  else c.log('%s: %s', label, formatted, ...data);
  return true;
}

// ---- console.table ----------------------------------------------------------------------
const kIndexKey = '(index)';
const kIterKey = '(iteration index)';
const kKeyKey = 'Key';
const kValuesKey = 'Values';

function renderTable(head, columns) {
  const { getStringWidth } = inspectModule();
  const rows = [];
  const widths = head.map((h) => getStringWidth(h));
  const longest = Math.max(...columns.map((col) => col.length));
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longest; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const value = Object.hasOwn(column, j) ? column[j] : '';
      rows[j][i] = value;
      widths[i] = Math.max(widths[i] || 0, getStringWidth(value));
    }
  }
  const renderRow = (row) => {
    let out = '│';
    for (let i = 0; i < row.length; i++) {
      out += ` ${row[i]}${' '.repeat(widths[i] - getStringWidth(row[i]))} `;
      out += i !== row.length - 1 ? '│' : '';
    }
    return `${out}│`;
  };
  const divider = widths.map((w) => '─'.repeat(w + 2));
  let result = `┌${divider.join('┬')}┐\n${renderRow(head)}\n├${divider.join('┼')}┤\n`;
  for (const row of rows) result += `${renderRow(row)}\n`;
  return `${result}└${divider.join('┴')}┘`;
}

function table(tabularData, properties) {
  if (properties !== undefined && !Array.isArray(properties)) {
    throw new codes.ERR_INVALID_ARG_TYPE('properties', 'Array', properties);
  }
  if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);
  const { inspect, types } = inspectModule();
  const baseOptions = inspectOptionsFor(this, this._stdout);
  // Objects with more than two keys collapse to [Object]; everything else shows one level.
  const fmt = (v) => {
    const depth = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
    return inspect(v, { depth, maxArrayLength: 3, breakLength: Infinity, ...baseOptions });
  };
  const indexArray = (n) => Array.from({ length: n }, (_, i) => fmt(i));
  const out = (head, columns) => this.log(renderTable(head, columns));

  if (types.isMap(tabularData)) {
    const keys = [];
    const values = [];
    for (const [k, v] of tabularData) {
      keys.push(fmt(k));
      values.push(fmt(v));
    }
    return out([kIterKey, kKeyKey, kValuesKey], [indexArray(keys.length), keys, values]);
  }
  if (types.isSet(tabularData)) {
    const values = [];
    for (const v of tabularData) values.push(fmt(v));
    return out([kIterKey, kValuesKey], [indexArray(values.length), values]);
  }

  // A null-prototype object orders integer-like column names first, as Node's does.
  const map = Object.create(null);
  let hasPrimitives = false;
  const valuesColumn = [];
  const indexKeys = Object.keys(tabularData);
  for (let i = 0; i < indexKeys.length; i++) {
    const item = tabularData[indexKeys[i]];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      valuesColumn[i] = fmt(item);
    } else {
      const keys = properties || Object.keys(item);
      for (const key of keys) {
        map[key] ??= [];
        if ((primitive && properties) || !Object.hasOwn(item, key)) map[key][i] = '';
        else map[key][i] = fmt(item[key]);
      }
    }
  }
  const head = Object.keys(map);
  const columns = Object.values(map);
  if (hasPrimitives) {
    head.push(kValuesKey);
    columns.push(valuesColumn);
  }
  head.unshift(kIndexKey);
  columns.unshift(indexKeys);
  return out(head, columns);
}

// ---- the prototype, in Node's property order -----------------------------------------------
const methods = {
  log(...args) {
    writeTo(this, true, formatFor(this, true, args));
  },
  warn(...args) {
    writeTo(this, false, formatFor(this, false, args));
  },
  dir(object, options) {
    const { inspect } = inspectModule();
    writeTo(this, true, inspect(object, { customInspect: false, ...inspectOptionsFor(this, this._stdout), ...options }));
  },
  time(label = 'default') {
    label = `${label}`;
    if (this._times.has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, now());
  },
  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label)) this._times.delete(label);
  },
  timeLog(label = 'default', ...data) {
    label = `${label}`;
    timeLogImpl(this, 'timeLog', label, data);
  },
  trace(...args) {
    const message = formatFor(this, false, args);
    const err = new Error(message);
    const frames = String(err.stack || '').split('\n').filter((l) => /^\s+at /.test(l));
    const header = message.length > 0 ? `Trace: ${message}` : 'Trace';
    this.error([header, ...frames.slice(1)].join('\n'));
  },
  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      Reflect.apply(this.warn, this, args);
    }
  },
  // Clearing only makes sense on a terminal.
  clear() {
    if (this._stdout.isTTY && process.env.TERM !== 'dumb') this._stdout.write('\x1b[1;1H\x1b[0J');
  },
  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    const n = (counts.get(label) || 0) + 1;
    counts.set(label, n);
    this.log(`${label}: ${n}`);
  },
  countReset(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    if (!counts.has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(label);
  },
  group(...data) {
    if (data.length > 0) Reflect.apply(this.log, this, data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentWidth]);
  },
  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(0, this[kGroupIndent].length - this[kGroupIndentWidth]);
  },
  table,
};
methods.debug = methods.log;
methods.info = methods.log;
methods.dirxml = methods.log;
methods.error = methods.warn;
methods.groupCollapsed = methods.group;

for (const key of Object.keys(methods)) {
  Object.defineProperty(Console.prototype, key, { value: methods[key], writable: true, enumerable: true, configurable: true });
}

const CONTEXT_METHODS = ['dir', 'dirXml', 'table', 'groupEnd', 'clear', 'count', 'countReset', 'profile',
  'profileEnd', 'timeLog', 'debug', 'error', 'info', 'log', 'warn', 'trace', 'group', 'groupCollapsed', 'assert',
  'time', 'timeEnd', 'timeStamp'];

// The global console: a plain object (not a Console.prototype instance) with bound methods,
// plus Console and the inspector-only methods, which do nothing here.
function createGlobalConsole(stdout, stderr) {
  const c = Object.create({});
  initConsole(c, [stdout, stderr]);
  const extra = {
    Console,
    profile() {},
    profileEnd() {},
    timeStamp() {},
    // Node's context consoles report to the inspector only, so nothing is printed.
    context(name) {
      const ctx = {};
      for (const key of CONTEXT_METHODS) ctx[key] = function () {};
      return ctx;
    },
    createTask(name) {
      if (typeof name !== 'string' || name === '') throw new TypeError('First argument must be a non-empty string.');
      return { run: (fn) => fn() };
    },
  };
  for (const key of Object.keys(extra)) c[key] = extra[key];
  return c;
}

module.exports = { Console, createGlobalConsole, formatTime };
