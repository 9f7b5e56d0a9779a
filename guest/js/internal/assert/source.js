'use strict';
// assert.ok()'s generated message quotes the failing call from the caller's source file:
// "The expression evaluated to a falsy value:\n\n  assert(x)\n".

const cache = new Map();

function readSource(file) {
  try {
    return require('internal/natives').read(file);
  } catch {
    return null;
  }
}

// The CommonJS wrapper shares line 1 with the module's code, so columns there are shifted.
function wrapperShift(file) {
  try {
    const { Module } = require('internal/modules/cjs');
    if (Module._cache[file] === undefined) return 0;
    return Module.wrapper[0].length;
  } catch {
    return 0;
  }
}

function callerFrame(fn) {
  const holder = {};
  Error.captureStackTrace(holder, fn);
  const stack = String(holder.stack || '');
  for (const line of stack.split('\n')) {
    if (!/^\s*at /.test(line)) continue;
    const m = /\(?((?:\/|file:\/\/)[^():]*):(\d+):(\d+)\)?\s*$/.exec(line);
    if (!m) return null;
    let file = m[1];
    if (file.startsWith('file://')) file = decodeURIComponent(file.slice(7));
    return { file, line: Number(m[2]), column: Number(m[3]) - 1 };
  }
  return null;
}

// Where the callee ending at `j` starts: a chain of names and dots, through calls and
// indexing (`require('assert').ok`, `a[0].b`).
function calleeStart(text, j) {
  let k = j;
  for (;;) {
    while (k >= 0 && /[\w$.?]/.test(text[k])) k--;
    if (k < 0 || (text[k] !== ')' && text[k] !== ']') || text[k + 1] !== '.') return k + 1;
    let depth = 0;
    for (; k >= 0; k--) {
      if (text[k] === ')' || text[k] === ']') depth++;
      else if (text[k] === '(' || text[k] === '[') depth--;
      if (depth === 0) break;
    }
    k--;
  }
}

const KEYWORDS = new Set(['if', 'for', 'while', 'switch', 'catch', 'function', 'return', 'typeof', 'new', 'await',
  'yield', 'void', 'delete', 'in', 'of', 'instanceof', 'with', 'do', 'else', 'case']);

// The calls (callee start, "(" and ")" offsets) in `text`, found by a small scanner that
// skips strings, template literals and comments.
function scanCalls(text, limit) {
  const calls = [];
  const stack = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === '\'' || c === '`') {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      if (close === -1) break;
      i = close + 1;
    } else if (c === '(') {
      let j = i - 1;
      while (j >= 0 && /\s/.test(text[j])) j--;
      const start = calleeStart(text, j);
      const callee = text.slice(start, j + 1);
      const isCall = callee !== '' && /^[A-Za-z_$]/.test(callee) && !KEYWORDS.has(callee);
      stack.push(isCall ? { start, open: i, callee } : null);
    } else if (c === '[' || c === '{') {
      stack.push(null);
    } else if (c === ')' || c === ']' || c === '}') {
      const top = stack.pop();
      if (top && c === ')') calls.push({ ...top, close: i });
      if (i > limit && stack.every((e) => e === null)) break;
    }
  }
  return calls;
}

const looksLikeAssert = (callee) => /(^|\.)(ok|strict)$/.test(callee) || /assert/i.test(callee);

// The call around `pos`: QuickJS reports a position somewhere inside the call (its callee
// or one of its arguments), so prefer the innermost assert-looking call, then the
// innermost call whose arguments hold the position, then one whose callee does.
function pickCall(calls, pos) {
  const around = calls.filter((c) => c.start <= pos && pos <= c.close).sort((x, y) => y.start - x.start);
  return around.find((c) => looksLikeAssert(c.callee)) || around.find((c) => c.open < pos) || around[0] || null;
}

function findCall(source, line, column) {
  const lines = source.split(/\r?\n/);
  if (line < 1 || line > lines.length) return null;
  const first = Math.max(0, line - 1 - 50);
  const text = lines.slice(first).join('\n');
  let pos = column;
  for (let l = first; l < line - 1; l++) pos += lines[l].length + 1;
  const call = pickCall(scanCalls(text, pos), pos);
  if (!call) return null;
  const lineStart = text.lastIndexOf('\n', call.start - 1) + 1;
  return { start: call.start - lineStart, code: text.slice(call.start, call.close + 1) };
}

function codeAt(file, line, column) {
  const source = readSource(file);
  if (source === null) return null;
  if (line === 1) {
    const shift = wrapperShift(file);
    if (shift > 0 && column >= shift) column -= shift;
  }
  const found = findCall(source, line, column);
  if (!found) return null;
  const escaped = found.code.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const [first, ...rest] = escaped.split('\n');
  let out = first;
  for (const l of rest) {
    let p = 0;
    while (p < found.start && (l[p] === ' ' || l[p] === '\t')) p++;
    out += `\n  ${l.slice(p)}`;
  }
  return `The expression evaluated to a falsy value:\n\n  ${out}\n`;
}

// The message for a failed assert.ok(value) called through `fn`, or undefined when the
// source is not available (then AssertionError says "value == true").
function falsyMessage(fn) {
  if (typeof Error.captureStackTrace !== 'function') return undefined;
  const frame = callerFrame(fn);
  if (!frame) return undefined;
  const key = `${frame.file}:${frame.line}:${frame.column}`;
  if (cache.has(key)) return cache.get(key);
  let msg;
  try {
    msg = codeAt(frame.file, frame.line, frame.column);
  } catch {
    msg = null;
  }
  if (msg === null) return undefined;
  cache.set(key, msg);
  return msg;
}

module.exports = { falsyMessage };
