'use strict';
// node:stream/web — the WHATWG streams: ReadableStream, WritableStream, TransformStream,
// their readers, writers and controllers, queuing strategies and text streams.

const R = require('internal/streams/web/readable');
const B = require('internal/streams/web/bytes');
const W = require('internal/streams/web/writable');
const T = require('internal/streams/web/transform');
const { CountQueuingStrategy, ByteLengthQueuingStrategy } = require('internal/streams/web/util');

// CompressionStream/DecompressionStream: a zlib stream seen through Duplex.toWeb.
function zlibStream(kind, table) {
  return class {
    #pair;
    constructor(format) {
      const create = table[format];
      if (create === undefined) throw new (require('internal/errors').codes.ERR_INVALID_ARG_VALUE)('format', format);
      const zlib = require('zlib');
      this.#pair = require('internal/streams/duplex').toWeb(zlib[create]());
    }
    get readable() {
      return this.#pair.readable;
    }
    get writable() {
      return this.#pair.writable;
    }
    get [Symbol.toStringTag]() {
      return kind;
    }
  };
}

const CompressionStream = zlibStream('CompressionStream',
  { deflate: 'createDeflate', 'deflate-raw': 'createDeflateRaw', gzip: 'createGzip' });
const DecompressionStream = zlibStream('DecompressionStream',
  { deflate: 'createInflate', 'deflate-raw': 'createInflateRaw', gzip: 'createGunzip' });

module.exports = {
  ReadableStream: R.ReadableStream,
  ReadableStreamDefaultReader: R.ReadableStreamDefaultReader,
  ReadableStreamBYOBReader: B.ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest: B.ReadableStreamBYOBRequest,
  ReadableByteStreamController: B.ReadableByteStreamController,
  ReadableStreamDefaultController: R.ReadableStreamDefaultController,
  TransformStream: T.TransformStream,
  TransformStreamDefaultController: T.TransformStreamDefaultController,
  WritableStream: W.WritableStream,
  WritableStreamDefaultWriter: W.WritableStreamDefaultWriter,
  WritableStreamDefaultController: W.WritableStreamDefaultController,
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
  TextEncoderStream: T.TextEncoderStream,
  TextDecoderStream: T.TextDecoderStream,
  CompressionStream,
  DecompressionStream,
};
