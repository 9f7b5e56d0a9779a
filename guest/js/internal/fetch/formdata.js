'use strict';
// FormData (WHATWG XHR): entries of strings and Files, and its multipart/form-data encoding.

const { Blob, File } = require('internal/buffer/blob');
const {
  iteratorPrototype, webIdlShape, illegalInvocation, requireArgs, toUSVString,
} = require('internal/fetch/headers');

const customInspect = Symbol.for('nodejs.util.inspect.custom');

// USVString conversion as Node's FormData does it (a Symbol fails like a template literal).
function toUSV(v) {
  if (typeof v === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  return toUSVString(v);
}

let entriesOf;

// A Blob becomes a File named "blob" (or `filename`); a File keeps its identity unless renamed.
function entryValue(value, filename) {
  if (!(value instanceof Blob)) return value;
  if (!(value instanceof File)) return new File([value], filename === undefined ? 'blob' : filename, { type: value.type });
  if (filename !== undefined) {
    return new File([value], filename, { type: value.type, lastModified: value.lastModified });
  }
  return value;
}

function convertEntry(method, args) {
  const prefix = `FormData.${method}`;
  requireArgs(prefix, args.length, 2);
  const [name, value, filename] = args;
  if (args.length > 2 && !(value instanceof Blob)) {
    throw new TypeError(`Failed to execute '${method}' on 'FormData': parameter 2 is not of type 'Blob'`);
  }
  const n = toUSV(name);
  const v = value instanceof Blob ? value : toUSV(value);
  const f = args.length > 2 && value instanceof Blob ? toUSV(filename) : undefined;
  return [n, entryValue(v, f)];
}

class FormData {
  #entries = [];

  constructor(form) {
    if (form !== undefined) {
      throw new TypeError('FormData constructor: Argument 1 could not be converted to: undefined.');
    }
  }

  append(name, value, filename = undefined) {
    if (!(#entries in this)) throw illegalInvocation();
    this.#entries.push(convertEntry('append', arguments));
  }

  delete(name) {
    if (!(#entries in this)) throw illegalInvocation();
    requireArgs('FormData.delete', arguments.length, 1);
    name = toUSV(name);
    this.#entries = this.#entries.filter((e) => e[0] !== name);
  }

  get(name) {
    if (!(#entries in this)) throw illegalInvocation();
    requireArgs('FormData.get', arguments.length, 1);
    name = toUSV(name);
    const entry = this.#entries.find((e) => e[0] === name);
    return entry === undefined ? null : entry[1];
  }

  getAll(name) {
    if (!(#entries in this)) throw illegalInvocation();
    requireArgs('FormData.getAll', arguments.length, 1);
    name = toUSV(name);
    return this.#entries.filter((e) => e[0] === name).map((e) => e[1]);
  }

  has(name) {
    if (!(#entries in this)) throw illegalInvocation();
    requireArgs('FormData.has', arguments.length, 1);
    name = toUSV(name);
    return this.#entries.some((e) => e[0] === name);
  }

  set(name, value, filename = undefined) {
    if (!(#entries in this)) throw illegalInvocation();
    const entry = convertEntry('set', arguments);
    const list = this.#entries;
    const first = list.findIndex((e) => e[0] === entry[0]);
    if (first === -1) {
      list.push(entry);
      return;
    }
    list[first] = entry;
    this.#entries = list.filter((e, i) => i <= first || e[0] !== entry[0]);
  }

  keys() {
    if (!(#entries in this)) throw illegalInvocation();
    return makeIterator(this, 'key');
  }

  values() {
    if (!(#entries in this)) throw illegalInvocation();
    return makeIterator(this, 'value');
  }

  entries() {
    if (!(#entries in this)) throw illegalInvocation();
    return makeIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    if (!(#entries in this)) throw illegalInvocation();
    requireArgs('FormData.forEach', arguments.length, 1);
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'Function'.");
    }
    for (let i = 0; i < this.#entries.length; i++) {
      const [k, v] = this.#entries[i];
      Reflect.apply(callback, thisArg, [v, k, this]);
    }
  }

  static {
    entriesOf = (fd) => fd.#entries;
  }
}

const makeIterator = iteratorPrototype('FormData Iterator', (fd) => entriesOf(fd));

webIdlShape(FormData, 'FormData', ['append', 'delete', 'get', 'getAll', 'has', 'set', 'keys', 'values', 'entries', 'forEach']);
Object.defineProperty(FormData.prototype, Symbol.iterator, {
  value: FormData.prototype.entries, writable: true, enumerable: false, configurable: true,
});

Object.defineProperty(FormData.prototype, customInspect, {
  value: function inspect(depth, options, inspectFn) {
    // Repeated names show as arrays of their values.
    const shown = {};
    const seen = new Map();
    for (const [k, v] of entriesOf(this)) {
      if (!seen.has(k)) seen.set(k, v);
      else {
        const prev = seen.get(k);
        if (Array.isArray(prev) && prev.multi) prev.push(v);
        else {
          const arr = [prev, v];
          arr.multi = true;
          seen.set(k, arr);
        }
      }
    }
    for (const [k, v] of seen) {
      const value = Array.isArray(v) && v.multi ? v.slice() : v;
      Object.defineProperty(shown, k, { value, enumerable: true, writable: true, configurable: true });
    }
    options.depth ??= depth;
    return `FormData ${inspectFn(shown, options)}`;
  },
  writable: true,
  configurable: true,
});

// Appends without argument checks (the multipart and urlencoded parsers).
function formDataAppend(fd, name, value) {
  entriesOf(fd).push([name, value]);
}

const escapeName = (s) => s.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
const normalizeNewlines = (s) => s.replace(/\r\n|\r|\n/g, '\r\n');

// The multipart/form-data encoding as one Blob, and its boundary.
function serializeFormData(fd) {
  const boundary = `----formdata-undici-0${`${Math.floor(Math.random() * 1e11)}`.padStart(11, '0')}`;
  const prefix = `--${boundary}\r\nContent-Disposition: form-data`;
  const parts = [];
  for (const [name, value] of entriesOf(fd)) {
    const field = `${prefix}; name="${escapeName(normalizeNewlines(name))}"`;
    if (typeof value === 'string') {
      parts.push(`${field}\r\n\r\n${normalizeNewlines(value)}\r\n`);
    } else {
      const fname = value.name === '' ? '' : `; filename="${escapeName(value.name)}"`;
      parts.push(`${field}${fname}\r\n` +
        `Content-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`, value, '\r\n');
    }
  }
  parts.push(`--${boundary}--\r\n`);
  return [new Blob(parts), boundary];
}

module.exports = { FormData, File, serializeFormData, formDataAppend };
