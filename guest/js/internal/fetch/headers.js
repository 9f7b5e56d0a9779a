'use strict';
// Headers (WHATWG Fetch) and the WebIDL-style argument checks the fetch classes share.

const customInspect = Symbol.for('nodejs.util.inspect.custom');

// ---- shared argument checks (messages as Node's undici prints them) -----------------------

function illegalInvocation() {
  const err = new TypeError('Illegal invocation');
  err.code = 'ERR_INVALID_THIS';
  return err;
}

function requireArgs(prefix, found, required) {
  if (found >= required) return;
  throw new TypeError(`${prefix}: ${required} argument${required !== 1 ? 's' : ''} required, ` +
    `but${found ? ' only' : ''} ${found} found.`);
}

function toDOMString(v, prefix, name) {
  if (typeof v === 'symbol') throw new TypeError(`${prefix}: ${name} is a symbol, which cannot be converted to a DOMString.`);
  return `${v}`;
}

function toByteString(v, prefix, name) {
  const s = toDOMString(v, prefix, name);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 255) {
      throw new TypeError(`Cannot convert argument to a ByteString because the character at index ${i} ` +
        `has a value of ${c} which is greater than 255.`);
    }
  }
  return s;
}

// Lone surrogates become U+FFFD.
function toUSVString(v, prefix, name) {
  const s = toDOMString(v, prefix, name);
  return typeof s.toWellFormed === 'function' ? s.toWellFormed() : s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

function checkEnum(prefix, value, allowed) {
  const s = `${value}`;
  if (!allowed.includes(s)) {
    throw new TypeError(`${prefix}: ${s} is not an accepted type. Expected one of ${allowed.join(', ')}.`);
  }
  return s;
}

function isObjectLike(v) {
  return v !== null && (typeof v === 'object' || typeof v === 'function');
}

// How undici names a primitive in "is not iterable" messages.
function describe(v) {
  if (typeof v === 'string') return `"${v}"`;
  return String(v);
}

// ---- names and values ---------------------------------------------------------------------

const tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const isToken = (s) => tokenRe.test(s);

// Strips leading and trailing HTTP whitespace (tab, LF, CR, space).
function normalizeValue(s) {
  let start = 0;
  let end = s.length;
  const ws = (c) => c === 0x09 || c === 0x0a || c === 0x0d || c === 0x20;
  while (start < end && ws(s.charCodeAt(start))) start++;
  while (end > start && ws(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

const isValidValue = (s) => !/[\0\r\n]/.test(s);

// ---- the header list ------------------------------------------------------------------------
// Keyed by lower-cased name, in insertion order; each entry keeps the name as first given and
// the combined value. Set-Cookie values are also kept one by one.

class HeaderList {
  constructor(from) {
    this.map = new Map();
    this.cookies = null;
    this.sorted = null;
    if (from) {
      for (const [k, e] of from.map) this.map.set(k, { name: e.name, value: e.value });
      if (from.cookies) this.cookies = from.cookies.slice();
    }
  }

  append(name, value) {
    const lower = name.toLowerCase();
    const entry = this.map.get(lower);
    if (entry) entry.value = `${entry.value}, ${value}`;
    else this.map.set(lower, { name, value });
    if (lower === 'set-cookie') (this.cookies ??= []).push(value);
    this.sorted = null;
  }

  set(name, value) {
    const lower = name.toLowerCase();
    const entry = this.map.get(lower);
    if (entry) entry.value = value;
    else this.map.set(lower, { name, value });
    if (lower === 'set-cookie') this.cookies = [value];
    this.sorted = null;
  }

  delete(name) {
    const lower = name.toLowerCase();
    if (!this.map.delete(lower)) return;
    if (lower === 'set-cookie') this.cookies = null;
    this.sorted = null;
  }

  get(name) {
    const entry = this.map.get(name.toLowerCase());
    return entry === undefined ? null : entry.value;
  }

  has(name) {
    return this.map.has(name.toLowerCase());
  }

  // [name, value] pairs sorted by name, lower-cased, one per Set-Cookie value.
  sortedPairs() {
    if (this.sorted !== null) return this.sorted;
    const names = [...this.map.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const out = [];
    for (const name of names) {
      if (name === 'set-cookie' && this.cookies) {
        for (const c of this.cookies) out.push([name, c]);
      } else {
        out.push([name, this.map.get(name).value]);
      }
    }
    this.sorted = out;
    return out;
  }
}

// ---- Headers --------------------------------------------------------------------------------

let listOf;
let guardOf;
let setGuard;

function fill(headers, init, prefix = 'Headers constructor') {
  if (!isObjectLike(init)) {
    throw new TypeError(`${prefix}: Argument 1 could not be converted to one of: ` +
      'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
  }
  if (typeof init[Symbol.iterator] === 'function') {
    const pairs = [];
    let i = 0;
    for (const item of init) {
      if (!isObjectLike(item)) {
        throw new TypeError(`Headers contructor: init[${i}] (${describe(item)}) is not iterable.`);
      }
      if (typeof item[Symbol.iterator] !== 'function') throw new TypeError(`Headers contructor: init[${i}] is not iterable.`);
      const pair = [];
      for (const v of item) pair.push(toByteString(v, 'Headers contructor', `init[${i}]`));
      pairs.push(pair);
      i++;
    }
    for (const pair of pairs) {
      if (pair.length !== 2) {
        throw new TypeError(`Headers constructor: expected name/value pair to be length 2, found ${pair.length}.`);
      }
      appendHeader(headers, pair[0], pair[1]);
    }
    return;
  }
  // A record: every own key (as Node reads it), with its value.
  const record = new Map();
  for (const key of Reflect.ownKeys(init)) {
    const k = toByteString(key, 'Headers contructor', 'init');
    record.set(k, toByteString(init[key], 'Headers contructor', 'init'));
  }
  for (const [k, v] of record) appendHeader(headers, k, v);
}

function appendHeader(headers, name, value, prefix = 'Headers.append') {
  value = normalizeValue(value);
  if (!isToken(name)) throw new TypeError(`${prefix}: "${name}" is an invalid header name.`);
  if (!isValidValue(value)) throw new TypeError(`${prefix}: "${value}" is an invalid header value.`);
  if (guardOf(headers) === 'immutable') throw new TypeError('immutable');
  listOf(headers).append(name, value);
}

function checkName(prefix, name) {
  if (!isToken(name)) throw new TypeError(`${prefix}: "${name}" is an invalid header name.`);
}

const kIterKind = Symbol('kind');

class Headers {
  #list = new HeaderList();
  #guard = 'none';

  constructor(init = undefined) {
    if (init !== undefined) fill(this, init);
  }

  append(name, value) {
    if (!(#list in this)) throw illegalInvocation();
    requireArgs('Headers.append', arguments.length, 2);
    name = toByteString(name, 'Headers.append', 'name');
    value = toByteString(value, 'Headers.append', 'value');
    appendHeader(this, name, value);
  }

  delete(name) {
    if (!(#list in this)) throw illegalInvocation();
    requireArgs('Headers.delete', arguments.length, 1);
    name = toByteString(name, 'Headers.delete', 'name');
    checkName('Headers.delete', name);
    if (this.#guard === 'immutable') throw new TypeError('immutable');
    this.#list.delete(name);
  }

  get(name) {
    if (!(#list in this)) throw illegalInvocation();
    requireArgs('Headers.get', arguments.length, 1);
    name = toByteString(name, 'Headers.get', 'name');
    checkName('Headers.get', name);
    return this.#list.get(name);
  }

  has(name) {
    if (!(#list in this)) throw illegalInvocation();
    requireArgs('Headers.has', arguments.length, 1);
    name = toByteString(name, 'Headers.has', 'name');
    checkName('Headers.has', name);
    return this.#list.has(name);
  }

  set(name, value) {
    if (!(#list in this)) throw illegalInvocation();
    requireArgs('Headers.set', arguments.length, 2);
    name = toByteString(name, 'Headers.set', 'name');
    value = normalizeValue(toByteString(value, 'Headers.set', 'value'));
    checkName('Headers.set', name);
    if (!isValidValue(value)) throw new TypeError(`Headers.set: "${value}" is an invalid header value.`);
    if (this.#guard === 'immutable') throw new TypeError('immutable');
    this.#list.set(name, value);
  }

  getSetCookie() {
    if (!(#list in this)) throw illegalInvocation();
    return this.#list.cookies ? this.#list.cookies.slice() : [];
  }

  keys() {
    if (!(#list in this)) throw illegalInvocation();
    return makeIterator(this, 'key');
  }

  values() {
    if (!(#list in this)) throw illegalInvocation();
    return makeIterator(this, 'value');
  }

  entries() {
    if (!(#list in this)) throw illegalInvocation();
    return makeIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    if (!(#list in this)) throw illegalInvocation();
    requireArgs('Headers.forEach', arguments.length, 1);
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'Headers': parameter 1 is not of type 'Function'.");
    }
    const pairs = this.#list.sortedPairs();
    for (let i = 0; i < pairs.length; i++) {
      Reflect.apply(callback, thisArg, [pairs[i][1], pairs[i][0], this]);
    }
  }

  static {
    listOf = (h) => h.#list;
    guardOf = (h) => h.#guard;
    setGuard = (h, guard) => {
      h.#guard = guard;
    };
  }
}

function isHeaders(v) {
  try {
    listOf(v);
    return true;
  } catch {
    return false;
  }
}

// ---- iterators ------------------------------------------------------------------------------

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

// An iterator over `sortedPairs` read afresh on every step, so changes made while iterating
// are seen (as in Node).
function iteratorPrototype(tag, pairsOf) {
  const kTarget = Symbol('target');
  const kIndex = Symbol('index');
  const proto = Object.create(IteratorPrototype);
  Object.defineProperty(proto, 'next', {
    value: function next() {
      if (this === null || typeof this !== 'object' || !(kTarget in this)) {
        throw new TypeError(`'next' called on an object that does not implement interface ${tag}.`);
      }
      const pairs = pairsOf(this[kTarget]);
      const index = this[kIndex];
      if (index >= pairs.length) return { value: undefined, done: true };
      this[kIndex] = index + 1;
      const [k, v] = pairs[index];
      const kind = this[kIterKind];
      return { value: kind === 'key' ? k : kind === 'value' ? v : [k, v], done: false };
    },
    writable: true,
    enumerable: true,
    configurable: true,
  });
  Object.defineProperty(proto, Symbol.toStringTag, { value: tag, configurable: true });
  return (target, kind) => {
    const it = Object.create(proto);
    Object.defineProperty(it, kTarget, { value: target });
    Object.defineProperty(it, kIndex, { value: 0, writable: true });
    Object.defineProperty(it, kIterKind, { value: kind });
    return it;
  };
}

const makeIterator = iteratorPrototype('Headers Iterator', (h) => listOf(h).sortedPairs());

// ---- property shape -------------------------------------------------------------------------

function webIdlShape(Class, tag, names, statics = []) {
  for (const k of names) Object.defineProperty(Class.prototype, k, { enumerable: true });
  for (const k of statics) Object.defineProperty(Class, k, { enumerable: true });
  Object.defineProperty(Class.prototype, Symbol.toStringTag, { value: tag, configurable: true });
}

webIdlShape(Headers, 'Headers',
  ['append', 'delete', 'get', 'has', 'set', 'getSetCookie', 'keys', 'values', 'entries', 'forEach']);
Object.defineProperty(Headers.prototype, Symbol.iterator, {
  value: Headers.prototype.entries, writable: true, enumerable: false, configurable: true,
});

// Node shows the names as first given, in insertion order, with combined values.
function headersObject(h) {
  const out = {};
  for (const entry of listOf(h).map.values()) {
    Object.defineProperty(out, entry.name, { value: entry.value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

Object.defineProperty(Headers.prototype, customInspect, {
  value: function inspect(depth, options, inspectFn) {
    options.depth ??= depth;
    return `Headers ${inspectFn(headersObject(this), options)}`;
  },
  writable: true,
  configurable: true,
});

// A Headers object holding a copy of `list`, with a guard.
function createHeaders(list, guard = 'none') {
  const h = new Headers();
  if (list) {
    const own = listOf(h);
    const copy = new HeaderList(list);
    own.map = copy.map;
    own.cookies = copy.cookies;
  }
  setGuard(h, guard);
  return h;
}

module.exports = {
  Headers,
  HeaderList,
  isHeaders,
  listOf,
  guardOf,
  setGuard,
  fill,
  createHeaders,
  iteratorPrototype,
  webIdlShape,
  illegalInvocation,
  requireArgs,
  toDOMString,
  toByteString,
  toUSVString,
  checkEnum,
  isObjectLike,
  isToken,
};
