'use strict';
// Blob and File (node:buffer), holding their bytes in memory as the list of their parts
// (stream() yields one chunk per part, as Node's does).

const natives = require('internal/natives');
const { codes } = require('internal/errors');

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS } = codes;

const customInspect = Symbol.for('nodejs.util.inspect.custom');

const isAnyArrayBuffer = (v) => v instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);

// Lower-cased, or '' when it holds anything but printable ASCII.
function normalizeType(type) {
  const s = `${type}`;
  return /^[\x20-\x7e]*$/.test(s) ? s.toLowerCase() : '';
}

// The parts a source contributes: copies of its bytes, or another Blob's (immutable) parts.
function partsOf(part, endings) {
  if (part instanceof Blob) return blobParts(part);
  let bytes;
  if (isAnyArrayBuffer(part)) {
    bytes = new Uint8Array(part.slice(0));
  } else if (ArrayBuffer.isView(part)) {
    bytes = new Uint8Array(part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength));
  } else {
    let s = `${part}`;
    if (endings === 'native') s = s.replace(/\r?\n/g, '\n');
    bytes = new Uint8Array(natives.bufFromString(s, 0));
  }
  return bytes.length > 0 ? [bytes] : [];
}

function concat(parts) {
  if (parts.length === 1) return parts[0];
  let size = 0;
  for (const p of parts) size += p.length;
  const out = new Uint8Array(size);
  let pos = 0;
  for (const p of parts) {
    out.set(p, pos);
    pos += p.length;
  }
  return out;
}

// Reads another Blob's parts (set in Blob's static block).
let blobParts;

class Blob {
  #parts;
  #size;
  #type;

  constructor(sources = [], options) {
    if (sources === null || typeof sources[Symbol.iterator] !== 'function' || typeof sources === 'string') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    if (options !== undefined && options !== null && typeof options !== 'object' && typeof options !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options', 'a dictionary', options);
    }
    const { type = '', endings = 'transparent' } = options ?? {};
    const end = `${endings}`;
    if (end !== 'transparent' && end !== 'native') throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    this.#parts = [];
    this.#size = 0;
    for (const source of sources) {
      for (const part of partsOf(source, end)) {
        this.#parts.push(part);
        this.#size += part.length;
      }
    }
    this.#type = normalizeType(type);
  }

  static {
    blobParts = (blob) => blob.#parts;
  }

  get type() {
    return this.#type;
  }

  get size() {
    return this.#size;
  }

  slice(start = 0, end = this.size, contentType = '') {
    const size = this.size;
    const rel = (v) => {
      v = Math.trunc(+v) || 0;
      return v < 0 ? Math.max(size + v, 0) : Math.min(v, size);
    };
    const from = rel(start);
    const to = Math.max(from, rel(end));
    const blob = new Blob();
    // The parts that overlap [from, to), cut to it.
    let pos = 0;
    for (const part of this.#parts) {
      const a = Math.max(from - pos, 0);
      const b = Math.min(to - pos, part.length);
      if (a < b) blob.#parts.push(a === 0 && b === part.length ? part : part.subarray(a, b));
      pos += part.length;
    }
    blob.#size = to - from;
    blob.#type = normalizeType(contentType);
    return blob;
  }

  arrayBuffer() {
    const b = concat(this.#parts);
    return Promise.resolve(b.buffer.slice(b.byteOffset, b.byteOffset + b.length));
  }

  text() {
    const b = concat(this.#parts);
    return Promise.resolve(natives.bufSlice(b, 0, 0, b.length));
  }

  bytes() {
    return Promise.resolve(new Uint8Array(concat(this.#parts)));
  }

  stream() {
    if (typeof globalThis.ReadableStream !== 'function') throw require('internal/errors').notImplemented('Blob.prototype.stream');
    const parts = this.#parts.slice();
    return new globalThis.ReadableStream({
      type: 'bytes',
      pull(controller) {
        if (parts.length === 0) controller.close();
        else controller.enqueue(new Uint8Array(parts.shift()));
      },
    });
  }
}

Object.defineProperty(Blob.prototype, customInspect, {
  value: function inspect(depth, options, inspectFn) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    const fields = { size: this.size, type: this.type };
    if (this instanceof File) Object.assign(fields, { name: this.name, lastModified: this.lastModified });
    return `${this.constructor.name} ${inspectFn(fields, opts)}`;
  },
  writable: true,
  configurable: true,
  enumerable: false,
});
for (const k of ['type', 'size', 'slice', 'arrayBuffer', 'text', 'bytes', 'stream']) {
  Object.defineProperty(Blob.prototype, k, { enumerable: true });
}
Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: 'Blob', configurable: true });

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    const { lastModified } = options ?? {};
    this.#name = `${fileName}`;
    this.#lastModified = lastModified !== undefined ? Number(lastModified) || 0 : Date.now();
  }

  get name() {
    return this.#name;
  }

  get lastModified() {
    return this.#lastModified;
  }
}

for (const k of ['name', 'lastModified']) Object.defineProperty(File.prototype, k, { enumerable: true });
Object.defineProperty(File.prototype, Symbol.toStringTag, { value: 'File', configurable: true });

module.exports = { Blob, File };
