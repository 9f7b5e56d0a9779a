'use strict';
// String helpers for util.inspect: escaping, display width, ANSI stripping and number formatting.

// ---------------------------------------------------------------- string helpers
const ansiRe = new RegExp(
  '[\\u001B\\u009B][[\\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?' +
  '(?:\\u0007|\\u001B\\u005C|\\u009C))|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-nq-uy=><~]))',
  'g');
function stripVT(str) {
  return str.replace(ansiRe, '');
}

function isFullWidth(c) {
  return c >= 0x1100 && (c <= 0x115f || c === 0x2329 || c === 0x232a ||
    (c >= 0x2e80 && c <= 0x3247 && c !== 0x303f) || (c >= 0x3250 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0xa4c6) || (c >= 0xa960 && c <= 0xa97c) || (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe10 && c <= 0xfe19) || (c >= 0xfe30 && c <= 0xfe6b) ||
    (c >= 0xff01 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1b000 && c <= 0x1b001) ||
    (c >= 0x1f200 && c <= 0x1f251) || (c >= 0x1f300 && c <= 0x1f64f) || (c >= 0x20000 && c <= 0x3fffd));
}
function isZeroWidth(c) {
  return c <= 0x1f || (c >= 0x7f && c <= 0x9f) || (c >= 0x300 && c <= 0x36f) || (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe00 && c <= 0xfe0f) || (c >= 0xfe20 && c <= 0xfe2f) ||
    (c >= 0xe0100 && c <= 0xe01ef);
}
function getStringWidth(str, removeControlChars = true) {
  if (removeControlChars) str = stripVT(str);
  let width = 0;
  let i = 0;
  for (; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c >= 127) break;
    if (c >= 32) width++;
  }
  if (i === str.length) return width;
  for (const ch of str.slice(i).normalize('NFC')) {
    const c = ch.codePointAt(0);
    if (isFullWidth(c)) width += 2;
    else if (!isZeroWidth(c)) width++;
  }
  return width;
}

const meta = [];
for (let c = 0; c < 160; c++) {
  if (c < 32 || c >= 127) meta[c] = `\\x${c.toString(16).toUpperCase().padStart(2, '0')}`;
  else meta[c] = '';
}
Object.assign(meta, { 8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r', 39: "\\'", 92: '\\\\' });

const escapeTestAll = /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const escapeReplaceAll = new RegExp(escapeTestAll.source, 'g');
const escapeTestNoQuote = /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const escapeReplaceNoQuote = new RegExp(escapeTestNoQuote.source, 'g');
const escapeFn = (s) => {
  const c = s.charCodeAt(0);
  return c < meta.length ? meta[c] : `\\u${c.toString(16)}`;
};

// Quote a string the way Node does: single quotes, or " / ` to avoid escaping a '.
function strEscape(str) {
  let test = escapeTestAll;
  let replacer = escapeReplaceAll;
  let quote = "'";
  if (str.includes("'")) {
    if (!str.includes('"')) quote = '"';
    else if (!str.includes('`') && !str.includes('${')) quote = '`';
    if (quote !== "'") {
      test = escapeTestNoQuote;
      replacer = escapeReplaceNoQuote;
    }
  }
  if (str.length < 5000 && !test.test(str)) return quote + str + quote;
  return quote + str.replace(replacer, escapeFn) + quote;
}

const keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

function addNumericSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val.startsWith('-') ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return i === val.length ? val : `${val.slice(0, i)}${res}`;
}
function addNumericSeparatorEnd(val) {
  let res = '';
  let i = 0;
  for (; i < val.length - 3; i += 3) res += `${val.slice(i, i + 3)}_`;
  return i === 0 ? val : `${res}${val.slice(i)}`;
}

function formatNumber(fn, n, numericSeparator) {
  if (!numericSeparator) {
    if (Object.is(n, -0)) return fn('-0', 'number');
    return fn(`${n}`, 'number');
  }
  const str = String(n);
  if (Math.trunc(n) === n) {
    if (!Number.isFinite(n) || str.includes('e')) return fn(str, 'number');
    return fn(addNumericSeparator(str), 'number');
  }
  if (Number.isNaN(n)) return fn(str, 'number');
  const dot = str.indexOf('.');
  return fn(`${addNumericSeparator(str.slice(0, dot))}.${addNumericSeparatorEnd(str.slice(dot + 1))}`, 'number');
}
function formatBigInt(fn, n, numericSeparator) {
  const str = String(n);
  return fn(`${numericSeparator ? addNumericSeparator(str) : str}n`, 'bigint');
}

function formatPrimitive(fn, value, ctx) {
  switch (typeof value) {
    case 'string': {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = value.slice(0, Math.max(0, ctx.maxStringLength));
        trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
      }
      if (ctx.compact !== true && value.length > 16 && value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        return value.split(/(?<=\n)/)
          .map((line) => fn(strEscape(line), 'string'))
          .join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
      }
      return fn(strEscape(value), 'string') + trailer;
    }
    case 'number': return formatNumber(fn, value, ctx.numericSeparator);
    case 'bigint': return formatBigInt(fn, value, ctx.numericSeparator);
    case 'boolean': return fn(`${value}`, 'boolean');
    case 'undefined': return fn('undefined', 'undefined');
    default: return fn(Symbol.prototype.toString.call(value), 'symbol');
  }
}


module.exports = {
  ansiRe, stripVT, isFullWidth, isZeroWidth, getStringWidth, meta, escapeTestAll, escapeReplaceAll,
  escapeTestNoQuote, escapeReplaceNoQuote, escapeFn, strEscape, keyStrRegExp, addNumericSeparator,
  addNumericSeparatorEnd, formatNumber, formatBigInt, formatPrimitive,
};
