'use strict';
// The Console class and the global console: util.format semantics, groups, counters,
// timers, assert, trace, dir and table, written to process.stdout/stderr.

const { codes } = require('internal/errors');
const kCounts = Symbol('counts');
const kTimers = Symbol('timers');
const kIndent = Symbol('indent');

function util() {
  return require('util');
}

function Console(stdout, stderr, ignoreErrors) {
  if (!new.target) return new Console(stdout, stderr, ignoreErrors);
  let opts = stdout;
  if (!opts || typeof opts.write === 'function') opts = { stdout, stderr, ignoreErrors };
  if (!opts.stdout || typeof opts.stdout.write !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('stdout', 'WritableStream', opts.stdout);
  }
  this._stdout = opts.stdout;
  this._stderr = opts.stderr || opts.stdout;
  this._inspectOptions = opts.inspectOptions;
  this[kCounts] = new Map();
  this[kTimers] = new Map();
  this[kIndent] = '';
  // Methods are bound so `const { log } = console` works, as in Node.
  for (const key of Object.getOwnPropertyNames(Console.prototype)) {
    if (key !== 'constructor' && typeof this[key] === 'function') this[key] = this[key].bind(this);
  }
}

function write(c, stream, args) {
  let text = util().formatWithOptions(c._inspectOptions || {}, ...args);
  if (c[kIndent]) text = c[kIndent] + text.split('\n').join(`\n${c[kIndent]}`);
  stream.write(text + '\n');
}

Console.prototype.log = function log(...args) { write(this, this._stdout, args); };
Console.prototype.info = Console.prototype.log;
Console.prototype.debug = Console.prototype.log;
Console.prototype.warn = function warn(...args) { write(this, this._stderr, args); };
Console.prototype.error = Console.prototype.warn;
Console.prototype.dir = function dir(obj, options) {
  this._stdout.write(this[kIndent] + util().inspect(obj, { customInspect: false, ...this._inspectOptions, ...options }) + '\n');
};
Console.prototype.dirxml = Console.prototype.log;
Console.prototype.trace = function trace(...args) {
  const err = new Error(util().format(...args));
  err.name = 'Trace';
  const frames = String(err.stack || '').split('\n').filter((l) => /^\s+at /.test(l));
  write(this, this._stderr, [`Trace${args.length ? ': ' + err.message : ''}\n${frames.slice(1).join('\n')}`.trimEnd()]);
};
Console.prototype.assert = function assert(ok, ...args) {
  if (ok) return;
  if (args.length && typeof args[0] === 'string') args[0] = `Assertion failed: ${args[0]}`;
  else args.unshift('Assertion failed');
  this.warn(...args);
};
Console.prototype.group = function group(...args) {
  if (args.length) this.log(...args);
  this[kIndent] += '  ';
};
Console.prototype.groupCollapsed = Console.prototype.group;
Console.prototype.groupEnd = function groupEnd() {
  this[kIndent] = this[kIndent].slice(0, -2);
};
Console.prototype.count = function count(label = 'default') {
  label = `${label}`;
  const n = (this[kCounts].get(label) || 0) + 1;
  this[kCounts].set(label, n);
  this.log(`${label}: ${n}`);
};
Console.prototype.countReset = function countReset(label = 'default') {
  label = `${label}`;
  if (!this[kCounts].has(label)) {
    process.emitWarning(`Count for '${label}' does not exist`);
    return;
  }
  this[kCounts].delete(label);
};

function now() {
  return require('internal/natives').hrtime() / 1e6;
}

// Node's formatTime: ms below a second, then s, min, h.
function formatTime(ms) {
  let value = ms;
  let unit = 'ms';
  if (ms >= 3600000) { value = ms / 3600000; unit = 'h'; }
  else if (ms >= 60000) { value = ms / 60000; unit = 'min'; }
  else if (ms >= 1000) { value = ms / 1000; unit = 's'; }
  return `${Number(value.toFixed(3))}${unit}`;
}

Console.prototype.time = function time(label = 'default') {
  label = `${label}`;
  if (this[kTimers].has(label)) {
    process.emitWarning(`Label '${label}' already exists for console.time()`);
    return;
  }
  this[kTimers].set(label, now());
};
Console.prototype.timeEnd = function timeEnd(label = 'default') {
  label = `${label}`;
  if (!this[kTimers].has(label)) {
    process.emitWarning(`No such label '${label}' for console.timeEnd()`);
    return;
  }
  this.log(`${label}: ${formatTime(now() - this[kTimers].get(label))}`);
  this[kTimers].delete(label);
};
Console.prototype.timeLog = function timeLog(label = 'default', ...data) {
  label = `${label}`;
  if (!this[kTimers].has(label)) {
    process.emitWarning(`No such label '${label}' for console.timeLog()`);
    return;
  }
  this.log(`${label}: ${formatTime(now() - this[kTimers].get(label))}`, ...data);
};

// console.table: Node's box-drawing layout, with an (index) column and Values for primitives.
Console.prototype.table = function table(data, properties) {
  if (data === null || typeof data !== 'object') return this.log(data);
  const inspect = (v) => util().inspect(v, { depth: 1, maxArrayLength: 3, breakLength: Infinity, colors: false });
  const keys = [];
  const rows = [];
  let hasValues = false;
  const entries = data instanceof Map ? [...data.entries()] : Object.entries(data);
  const indexHeader = data instanceof Map ? '(iteration index)' : '(index)';
  const isMap = data instanceof Map;
  for (let i = 0; i < entries.length; i++) {
    const [k, v] = entries[i];
    const row = { index: isMap ? String(i) : k, cells: new Map() };
    if (isMap) row.cells.set('Key', inspect(k));
    if (v !== null && typeof v === 'object') {
      for (const key of properties || Object.keys(v)) {
        if (!keys.includes(key)) keys.push(key);
        if (Object.hasOwn(v, key)) row.cells.set(key, inspect(v[key]));
      }
    } else if (isMap) {
      row.cells.set('Values', inspect(v));
      hasValues = true;
    } else {
      row.value = inspect(v);
      hasValues = true;
    }
    rows.push(row);
  }
  const header = [indexHeader, ...(isMap ? ['Key'] : []), ...keys, ...(hasValues ? ['Values'] : [])];
  const matrix = rows.map((r) => header.map((h, j) => {
    if (j === 0) return r.index;
    if (h === 'Values' && !isMap) return r.value ?? '';
    return r.cells.get(h) ?? '';
  }));
  const width = (s) => [...String(s)].length;
  const widths = header.map((h, j) => Math.max(width(h), ...matrix.map((r) => width(r[j]))) + 2);
  const pad = (s, w) => {
    const total = w - width(s);
    const left = Math.floor(total / 2);
    return ' '.repeat(left) + s + ' '.repeat(total - left);
  };
  const line = (l, m, r) => l + widths.map((w) => '─'.repeat(w)).join(m) + r;
  const out = [line('┌', '┬', '┐'), '│' + header.map((h, j) => pad(h, widths[j])).join('│') + '│', line('├', '┼', '┤')];
  for (const r of matrix) out.push('│' + r.map((c, j) => pad(String(c), widths[j])).join('│') + '│');
  out.push(line('└', '┴', '┘'));
  this.log(out.join('\n'));
};

module.exports = { Console };
