'use strict';
// util.MIMEType and util.MIMEParams: WHATWG MIME Sniffing parsing and serialization of MIME types.

const { codes } = require('internal/errors');
const { ERR_INVALID_MIME_SYNTAX } = codes;

// Any code point outside the HTTP token set (RFC 9110 tchar).
const NOT_HTTP_TOKEN = /[^!#$%&'*+\-.^_`|~A-Za-z0-9]/;
// Any code point outside the HTTP quoted-string token set: tab, U+0020..U+007E, U+0080..U+00FF.
const NOT_QUOTED_STRING_TOKEN = /[^\t\u0020-\u007E\u0080-\u00FF]/;
const QUOTE_OR_BACKSLASH = /["\\]/g;

function isHttpWhitespace(c) {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

function trimTrailingWhitespace(str) {
  let end = str.length;
  while (end > 0 && isHttpWhitespace(str[end - 1])) end--;
  return str.slice(0, end);
}

function trimWhitespace(str) {
  let start = 0;
  while (start < str.length && isHttpWhitespace(str[start])) start++;
  return trimTrailingWhitespace(str.slice(start));
}

// Index of the first non-token code point in `str`, or -1; `str` must also be non-empty.
function checkToken(production, str, reported = str) {
  const index = str.search(NOT_HTTP_TOKEN);
  if (str.length === 0 || index !== -1) throw new ERR_INVALID_MIME_SYNTAX(production, reported, index);
}

// Collects the code points from `pos` up to (not including) any char of `stops`.
function collectUntil(str, pos, stops) {
  let end = pos;
  while (end < str.length && !stops.includes(str[end])) end++;
  return end;
}

// WHATWG "collect an HTTP quoted string" with extract-value set; `pos` is at the opening quote.
function collectQuotedString(str, pos) {
  let value = '';
  pos++;
  while (true) {
    const end = collectUntil(str, pos, '"\\');
    value += str.slice(pos, end);
    pos = end;
    if (pos >= str.length) break;
    const quoteOrBackslash = str[pos++];
    if (quoteOrBackslash === '\\') {
      if (pos >= str.length) {
        value += '\\';
        break;
      }
      value += str[pos++];
    } else {
      break;
    }
  }
  return { value, pos };
}

// Parses the parameters that follow the essence (`pos` at the first ';') into `data`.
function parseParameters(str, pos, data) {
  while (pos < str.length) {
    pos++; // past ';'
    while (pos < str.length && isHttpWhitespace(str[pos])) pos++;
    let end = collectUntil(str, pos, ';=');
    const name = str.slice(pos, end).toLowerCase();
    pos = end;
    if (pos < str.length) {
      if (str[pos] === ';') continue;
      pos++; // past '='
    }
    if (pos >= str.length) break;
    let value;
    if (str[pos] === '"') {
      ({ value, pos } = collectQuotedString(str, pos));
      pos = collectUntil(str, pos, ';');
    } else {
      end = collectUntil(str, pos, ';');
      value = trimTrailingWhitespace(str.slice(pos, end));
      pos = end;
      if (value === '') continue;
    }
    if (name !== '' && !NOT_HTTP_TOKEN.test(name) && !NOT_QUOTED_STRING_TOKEN.test(value) && !data.has(name)) {
      data.set(name, value);
    }
  }
}

// Splits `input` into its lowercased type and subtype and the index where parameters begin.
function parseEssence(input) {
  const str = trimWhitespace(input);
  const slash = collectUntil(str, 0, '/');
  const type = str.slice(0, slash);
  checkToken('type', type, input);
  // No '/' at all: the type is fine but there is no subtype.
  if (slash >= str.length) throw new ERR_INVALID_MIME_SYNTAX('type', input, -1);
  const semi = collectUntil(str, slash + 1, ';');
  const subtype = trimTrailingWhitespace(str.slice(slash + 1, semi));
  checkToken('subtype', subtype, input);
  return { str, type: type.toLowerCase(), subtype: subtype.toLowerCase(), pos: semi };
}

function serializeValue(value) {
  if (value.length !== 0 && !NOT_HTTP_TOKEN.test(value)) return value;
  return `"${value.replace(QUOTE_OR_BACKSLASH, '\\$&')}"`;
}

let paramsData;

class MIMEParams {
  #data = new Map();

  static {
    paramsData = (params) => params.#data;
  }

  delete(name) {
    this.#data.delete(name);
  }

  get(name) {
    const data = this.#data;
    return data.has(name) ? data.get(name) : null;
  }

  has(name) {
    return this.#data.has(name);
  }

  set(name, value) {
    const data = this.#data;
    name = `${name}`;
    value = `${value}`;
    const badName = name.search(NOT_HTTP_TOKEN);
    if (name.length === 0 || badName !== -1) throw new ERR_INVALID_MIME_SYNTAX('parameter name', name, badName);
    const badValue = value.search(NOT_QUOTED_STRING_TOKEN);
    if (badValue !== -1) throw new ERR_INVALID_MIME_SYNTAX('parameter value', value, badValue);
    data.set(name, value);
  }

  *entries() {
    yield* this.#data.entries();
  }

  *keys() {
    yield* this.#data.keys();
  }

  *values() {
    yield* this.#data.values();
  }

  toString() {
    let out = '';
    for (const [name, value] of this.#data) {
      if (out !== '') out += ';';
      out += `${name}=${serializeValue(value)}`;
    }
    return out;
  }

  toJSON() {
    return this.toString();
  }
}

Object.defineProperty(MIMEParams.prototype, Symbol.iterator, {
  value: MIMEParams.prototype.entries, writable: true, configurable: true, enumerable: false,
});

class MIMEType {
  #type;
  #subtype;
  #params;

  constructor(string) {
    string = `${string}`;
    const { str, type, subtype, pos } = parseEssence(string);
    this.#type = type;
    this.#subtype = subtype;
    this.#params = new MIMEParams();
    parseParameters(str, pos, paramsData(this.#params));
  }

  get type() {
    return this.#type;
  }

  set type(v) {
    v = `${v}`;
    checkToken('type', v);
    this.#type = v.toLowerCase();
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(v) {
    v = `${v}`;
    checkToken('subtype', v);
    this.#subtype = v.toLowerCase();
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#params;
  }

  toString() {
    const params = this.#params.toString();
    return `${this.#type}/${this.#subtype}${params === '' ? '' : `;${params}`}`;
  }

  toJSON() {
    return this.toString();
  }
}

// The parsing steps are shared with fetch's MIME handling (internal/fetch/body).
module.exports = { MIMEType, MIMEParams, collectQuotedString, parseParameters, serializeValue };
