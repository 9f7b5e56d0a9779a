'use strict';
// The WHATWG URL and URLSearchParams classes, on top of internal/url/parser.

const P = require('internal/url/parser');
const { codes, notImplemented } = require('internal/errors');

const { ERR_MISSING_ARGS, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS } = codes;

function lazyInspect() {
  return require('util').inspect;
}

function defineCode(code, Base, message) {
  if (codes[code]) return codes[code];
  class NodeError extends Base {
    constructor(...args) {
      super(typeof message === 'function' ? message(...args) : message);
      Object.defineProperty(this, 'code', { value: code, enumerable: true, writable: true, configurable: true });
      Object.defineProperty(this, 'name', { value: Base.name, enumerable: false, writable: true, configurable: true });
    }
    toString() {
      return `${Base.name} [${code}]: ${this.message}`;
    }
  }
  return NodeError;
}

const ERR_INVALID_TUPLE = defineCode('ERR_INVALID_TUPLE', TypeError, (a, b) => `${a} must be an iterable ${b} tuple`);
const ERR_ARG_NOT_ITERABLE = defineCode('ERR_ARG_NOT_ITERABLE', TypeError, (a) => `${a} must be iterable`);

// Node throws a plain TypeError here (from its native parser), with code, input and base.
function invalidUrl(input, base) {
  const err = new TypeError('Invalid URL');
  err.code = 'ERR_INVALID_URL';
  err.input = input;
  if (base !== undefined) err.base = base;
  return err;
}

const toUSV = P.toUSVString;

// ---------------------------------------------------------------- urlencoded

// Node decodes a name or value with querystring.unescape, and only when it holds a valid
// %XX: so "%zz%41\u00e9" falls back to byte-wise decoding, as in Node.
function decodeField(s) {
  s = s.replace(/\+/g, ' ');
  return /%[0-9a-fA-F]{2}/.test(s) ? require('querystring').unescape(s) : s;
}

function parseUrlencoded(input) {
  const list = [];
  for (const seq of input.split('&')) {
    if (seq === '') continue;
    const eq = seq.indexOf('=');
    const name = eq === -1 ? seq : seq.slice(0, eq);
    const value = eq === -1 ? '' : seq.slice(eq + 1);
    list.push([decodeField(name), decodeField(value)]);
  }
  return list;
}

function serializeUrlencoded(list) {
  let out = '';
  for (let i = 0; i < list.length; i++) {
    if (i > 0) out += '&';
    out += `${P.percentEncodeString(list[i][0], P.inFormUrlencoded, true)}=${P.percentEncodeString(list[i][1], P.inFormUrlencoded, true)}`;
  }
  return out;
}

// ---------------------------------------------------------------- URLSearchParams

let paramsList; // (params) -> the [name, value] list
let paramsAttach; // (params, url, list)
let urlRecord; // (url) -> record
let urlSetQuery; // (url, query or null)

function isParams(v) {
  try {
    paramsList(v);
    return true;
  } catch {
    return false;
  }
}

function checkParams(v) {
  if (!isParams(v)) throw new ERR_INVALID_THIS('URLSearchParams');
}

const iteratorState = new WeakMap();
const kIteratorProto = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

function makeIterator(params, kind) {
  let index = 0;
  const it = Object.create(URLSearchParamsIteratorPrototype);
  const pick = ([k, v]) => (kind === 'key' ? k : kind === 'value' ? v : [k, v]);
  iteratorState.set(it, {
    next() {
      const list = paramsList(params);
      if (index >= list.length) return { value: undefined, done: true };
      return { value: pick(list[index++]), done: false };
    },
    rest() {
      return paramsList(params).slice(index).map(pick);
    },
  });
  return it;
}

const URLSearchParamsIteratorPrototype = Object.create(kIteratorProto, {
  next: {
    value: function next() {
      const st = iteratorState.get(this);
      if (!st) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
      return st.next();
    },
    writable: true, enumerable: true, configurable: true,
  },
  [Symbol.toStringTag]: { value: 'URLSearchParams Iterator', configurable: true },
  [Symbol.for('nodejs.util.inspect.custom')]: {
    value: function inspectIterator(depth, options) {
      if (typeof depth === 'number' && depth < 0) return options.stylize('[Object]', 'special');
      const inspect = lazyInspect();
      const inner = { ...options, depth: depth === null ? null : depth - 1 };
      const items = iteratorState.get(this).rest().map((v) => inspect(v, inner));
      const len = items.reduce((a, s) => a + s.length + 2, -2);
      if (items.length === 0) return 'URLSearchParams Iterator {  }';
      if (len > options.breakLength) return `URLSearchParams Iterator {\n  ${items.join(',\n  ')} }`;
      return `URLSearchParams Iterator { ${items.join(', ')} }`;
    },
    writable: true, configurable: true,
  },
});

class URLSearchParams {
  #list = [];
  #url = null;

  static {
    paramsList = (p) => p.#list;
    paramsAttach = (p, url, list) => {
      p.#url = url;
      p.#list = list;
    };
  }

  constructor(init = undefined) {
    if (init === undefined || init === null) {
      // empty
    } else if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && isParams(init)) {
        this.#list = paramsList(init).map(([k, v]) => [k, v]);
      } else if (typeof method === 'function') {
        for (const pair of init) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const arr = Array.from(pair);
          if (arr.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          this.#list.push([toUSV(arr[0]), toUSV(arr[1])]);
        }
      } else if (method != null) {
        throw new ERR_ARG_NOT_ITERABLE('Query pairs');
      } else {
        for (const key of Reflect.ownKeys(init)) {
          if (typeof key !== 'string') continue;
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc !== undefined && desc.enumerable) this.#list.push([toUSV(key), toUSV(init[key])]);
        }
      }
    } else {
      let s = toUSV(init);
      if (s[0] === '?') s = s.slice(1);
      this.#list = parseUrlencoded(s);
    }
  }

  #update() {
    if (this.#url === null) return;
    const s = serializeUrlencoded(this.#list);
    urlSetQuery(this.#url, s === '' ? null : s);
  }

  get size() {
    checkParams(this);
    return this.#list.length;
  }

  append(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this.#list.push([toUSV(name), toUSV(value)]);
    this.#update();
  }

  delete(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSV(name);
    if (value !== undefined) {
      value = toUSV(value);
      this.#list = this.#list.filter(([k, v]) => !(k === name && v === value));
    } else {
      this.#list = this.#list.filter(([k]) => k !== name);
    }
    this.#update();
  }

  get(name) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSV(name);
    const e = this.#list.find(([k]) => k === name);
    return e ? e[1] : null;
  }

  getAll(name) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSV(name);
    return this.#list.filter(([k]) => k === name).map(([, v]) => v);
  }

  has(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSV(name);
    if (value !== undefined) {
      value = toUSV(value);
      return this.#list.some(([k, v]) => k === name && v === value);
    }
    return this.#list.some(([k]) => k === name);
  }

  set(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    name = toUSV(name);
    value = toUSV(value);
    const i = this.#list.findIndex(([k]) => k === name);
    if (i === -1) {
      this.#list.push([name, value]);
    } else {
      this.#list[i][1] = value;
      this.#list = this.#list.filter(([k], j) => j <= i || k !== name);
    }
    this.#update();
  }

  sort() {
    checkParams(this);
    // Stable, by UTF-16 code units of the name.
    const indexed = this.#list.map((e, i) => [e, i]);
    indexed.sort((a, b) => {
      if (a[0][0] < b[0][0]) return -1;
      if (a[0][0] > b[0][0]) return 1;
      return a[1] - b[1];
    });
    this.#list = indexed.map(([e]) => e);
    this.#update();
  }

  entries() {
    checkParams(this);
    return makeIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    checkParams(this);
    if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    for (let i = 0; i < this.#list.length; i++) {
      const [k, v] = this.#list[i];
      callback.call(thisArg, v, k, this);
    }
  }

  keys() {
    checkParams(this);
    return makeIterator(this, 'key');
  }

  values() {
    checkParams(this);
    return makeIterator(this, 'value');
  }

  toString() {
    checkParams(this);
    return serializeUrlencoded(this.#list);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    checkParams(this);
    if (typeof depth === 'number' && depth < 0) return options.stylize('[Object]', 'special');
    const inspect = lazyInspect();
    const inner = { ...options };
    if (depth !== null) inner.depth = depth - 1;
    const out = this.#list.map(([k, v]) => `${inspect(k, inner)} => ${inspect(v, inner)}`);
    const len = out.reduce((a, s) => a + s.length + 2, -2);
    const name = this.constructor.name;
    if (len > options.breakLength) return `${name} {\n  ${out.join(',\n  ')} }`;
    if (out.length) return `${name} { ${out.join(', ')} }`;
    return `${name} {}`;
  }
}

Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries, writable: true, configurable: true,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });
for (const name of ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries', 'forEach', 'keys', 'values', 'toString']) {
  Object.defineProperty(URLSearchParams.prototype, name, { enumerable: true });
}

// ---------------------------------------------------------------- URL

function stripTrailingSpacesFromOpaquePath(rec) {
  if (!P.hasOpaquePath(rec) || rec.fragment !== null || rec.query !== null) return;
  rec.path = rec.path.replace(/ +$/, '');
}

function cannotHaveCredentialsOrPort(rec) {
  return rec.host === null || rec.host === '' || rec.scheme === 'file';
}

// Node's port setter (ada) differs from the spec's port state on malformed input: a
// leading control character or space, or no digit at all, leaves the port alone; a
// leading "-" or a number over 65535 too; other input that does not start with a digit
// removes the port; otherwise the leading digits are the port.
function setPortLikeNode(rec, value) {
  const s = value.replace(/[\t\n\r]/g, '');
  if (s === '') {
    rec.port = null;
    return;
  }
  if (s.charCodeAt(0) <= 0x20 || !/[0-9]/.test(s) || s[0] === '-') return;
  const m = /^[0-9]+/.exec(s);
  if (m === null) {
    rec.port = null;
    return;
  }
  const port = Number(m[0]);
  if (port > 65535) return;
  rec.port = port === P.defaultPort(rec.scheme) ? null : port;
}

// "host:port" -> parts, the host ending at the first ":" outside brackets, or at "/", "?",
// "#" (and "\\" in special URLs).
function splitHostPort(value, special) {
  let inBrackets = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '[') inBrackets = true;
    else if (c === ']') inBrackets = false;
    else if (c === ':' && !inBrackets) return { host: value.slice(0, i), port: value.slice(i + 1) };
    else if (c === '/' || c === '?' || c === '#' || (special && c === '\\')) return { host: value.slice(0, i) };
  }
  return { host: value };
}

class URL {
  #rec;
  #params = null;

  static {
    urlRecord = (u) => u.#rec;
    urlSetQuery = (u, q) => {
      u.#rec.query = q;
      if (q === null) stripTrailingSpacesFromOpaquePath(u.#rec);
    };
  }

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = `${input}`;
    let baseRec = null;
    if (base !== undefined) {
      base = `${base}`;
      baseRec = P.parse(base, null);
      if (baseRec === P.FAILURE) throw invalidUrl(input, base);
    }
    const rec = P.parse(input, baseRec);
    if (rec === P.FAILURE) throw invalidUrl(input, base);
    this.#rec = rec;
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    try {
      return new URL(input, base);
    } catch {
      return null;
    }
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = `${input}`;
    let baseRec = null;
    if (base !== undefined) {
      baseRec = P.parse(`${base}`, null);
      if (baseRec === P.FAILURE) return false;
    }
    return P.parse(input, baseRec) !== P.FAILURE;
  }

  static createObjectURL() {
    throw notImplemented('URL.createObjectURL');
  }

  static revokeObjectURL() {
    throw notImplemented('URL.revokeObjectURL');
  }

  #syncParams() {
    if (this.#params !== null) {
      paramsAttach(this.#params, this, this.#rec.query ? parseUrlencoded(this.#rec.query) : []);
    }
  }

  toString() {
    return P.serialize(this.#rec);
  }

  get href() {
    return P.serialize(this.#rec);
  }

  set href(value) {
    value = `${value}`;
    const rec = P.parse(value, null);
    if (rec === P.FAILURE) throw invalidUrl(value);
    this.#rec = rec;
    this.#syncParams();
  }

  get origin() {
    return P.origin(this.#rec);
  }

  get protocol() {
    return `${this.#rec.scheme}:`;
  }

  set protocol(value) {
    P.basicParse(`${toUSV(value)}:`, null, this.#rec, P.SCHEME_START);
  }

  get username() {
    return this.#rec.username;
  }

  set username(value) {
    if (cannotHaveCredentialsOrPort(this.#rec)) return;
    this.#rec.username = P.percentEncodeString(toUSV(value), P.inUserinfo);
  }

  get password() {
    return this.#rec.password;
  }

  set password(value) {
    if (cannotHaveCredentialsOrPort(this.#rec)) return;
    this.#rec.password = P.percentEncodeString(toUSV(value), P.inUserinfo);
  }

  get host() {
    const r = this.#rec;
    if (r.host === null || r.host === '') return ''; // Node: no ":port" without a host
    return r.port === null ? r.host : `${r.host}:${r.port}`;
  }

  set host(value) {
    if (P.hasOpaquePath(this.#rec)) return;
    value = toUSV(value);
    if (this.#rec.scheme === 'file') {
      this.#setWithOverride(value, P.HOST);
      return;
    }
    // Node (ada) parses the host up to ":" with the spec's host state, then hands all
    // that follows the ":" to its port setter, keeping the host even if the port fails.
    const { host, port } = splitHostPort(value.replace(/[\t\n\r]/g, ''), P.isSpecialScheme(this.#rec.scheme));
    const copy = P.cloneRecord(this.#rec);
    if (P.basicParse(host, null, copy, P.HOST) === P.FAILURE) return;
    if (this.#rec.host === null && copy.host === '') return; // as Node: no empty host added
    if (port !== undefined && port !== '') setPortLikeNode(copy, port);
    this.#rec = copy;
  }

  get hostname() {
    return this.#rec.host === null ? '' : this.#rec.host;
  }

  set hostname(value) {
    if (P.hasOpaquePath(this.#rec)) return;
    const copy = P.cloneRecord(this.#rec);
    if (P.basicParse(toUSV(value), null, copy, P.HOSTNAME) === P.FAILURE) return;
    if (this.#rec.host === null && copy.host === '') return;
    this.#rec = copy;
  }

  // Setters change the record only when the parse succeeds.
  #setWithOverride(value, state) {
    const copy = P.cloneRecord(this.#rec);
    const r = P.basicParse(value, null, copy, state);
    if (r !== P.FAILURE) this.#rec = copy;
  }

  get port() {
    return this.#rec.port === null ? '' : String(this.#rec.port);
  }

  set port(value) {
    if (cannotHaveCredentialsOrPort(this.#rec)) return;
    value = toUSV(value);
    if (value === '') this.#rec.port = null;
    else setPortLikeNode(this.#rec, value);
  }

  get pathname() {
    return P.serializePath(this.#rec);
  }

  set pathname(value) {
    if (P.hasOpaquePath(this.#rec)) return;
    const copy = P.cloneRecord(this.#rec);
    copy.path = [];
    if (P.basicParse(toUSV(value), null, copy, P.PATH_START) !== P.FAILURE) this.#rec = copy;
  }

  get search() {
    const q = this.#rec.query;
    return q === null || q === '' ? '' : `?${q}`;
  }

  set search(value) {
    value = toUSV(value);
    if (value === '') {
      this.#rec.query = null;
      stripTrailingSpacesFromOpaquePath(this.#rec);
    } else {
      if (value[0] === '?') value = value.slice(1);
      this.#rec.query = '';
      P.basicParse(value, null, this.#rec, P.QUERY);
    }
    this.#syncParams();
  }

  get searchParams() {
    if (this.#params === null) {
      this.#params = new URLSearchParams();
      this.#syncParams();
    }
    return this.#params;
  }

  get hash() {
    const f = this.#rec.fragment;
    return f === null || f === '' ? '' : `#${f}`;
  }

  set hash(value) {
    value = toUSV(value);
    if (value === '') {
      this.#rec.fragment = null;
      stripTrailingSpacesFromOpaquePath(this.#rec);
      return;
    }
    if (value[0] === '#') value = value.slice(1);
    this.#rec.fragment = '';
    P.basicParse(value, null, this.#rec, P.FRAGMENT);
  }

  toJSON() {
    return P.serialize(this.#rec);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = {
      href: this.href, origin: this.origin, protocol: this.protocol, username: this.username,
      password: this.password, host: this.host, hostname: this.hostname, port: this.port,
      pathname: this.pathname, search: this.search, searchParams: this.searchParams, hash: this.hash,
    };
    const name = (this.constructor && this.constructor.name) || 'URL';
    return `${name} ${lazyInspect()(obj, options)}`;
  }
}

Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });
for (const name of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
  Object.defineProperty(URL.prototype, name, { enumerable: true });
}

function isURL(v) {
  try {
    urlRecord(v);
    return true;
  } catch {
    return false;
  }
}

function getRecord(url) {
  return urlRecord(url);
}

module.exports = { URL, URLSearchParams, isURL, getRecord, parseUrlencoded, serializeUrlencoded, invalidUrl, defineCode };
