'use strict';
// node:stream/consumers — read a whole stream (node or web) or async iterable into a
// text, JSON value, Buffer, ArrayBuffer or Blob.

async function collect(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

async function buffer(stream) {
  const { Buffer } = require('buffer');
  const chunks = await collect(stream);
  return Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c)));
}

async function arrayBuffer(stream) {
  const buf = await buffer(stream);
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
}

async function text(stream) {
  const dec = new TextDecoder();
  let str = '';
  for await (const chunk of stream) {
    if (typeof chunk === 'string') str += chunk;
    else str += dec.decode(chunk, { stream: true });
  }
  return str + dec.decode(undefined, { stream: false });
}

async function json(stream) {
  return JSON.parse(await text(stream));
}

async function blob(stream) {
  return new Blob(await collect(stream));
}

module.exports = { arrayBuffer, blob, buffer, text, json };
