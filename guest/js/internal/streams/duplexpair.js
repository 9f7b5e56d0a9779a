'use strict';
// stream.duplexPair: two Duplex streams where what one writes, the other reads.

const Duplex = require('internal/streams/duplex');

const kPeer = Symbol('kPeer');
const kPending = Symbol('kPending');

function DuplexSide(options) {
  Duplex.call(this, options);
  this[kPeer] = null;
  this[kPending] = null;
}
Object.setPrototypeOf(DuplexSide.prototype, Duplex.prototype);
Object.setPrototypeOf(DuplexSide, Duplex);

// The write callback waits until the peer's reader asks for more.
DuplexSide.prototype._read = function _read() {
  const cb = this[kPending];
  if (cb) {
    this[kPending] = null;
    cb();
  }
};

DuplexSide.prototype._write = function _write(chunk, encoding, callback) {
  if (chunk.length === 0) {
    process.nextTick(callback);
    return;
  }
  this[kPeer].push(chunk);
  this[kPeer][kPending] = callback;
};

DuplexSide.prototype._final = function _final(callback) {
  this[kPeer].on('end', callback);
  this[kPeer].push(null);
};

function duplexPair(options) {
  const a = new DuplexSide(options);
  const b = new DuplexSide(options);
  a[kPeer] = b;
  b[kPeer] = a;
  return [a, b];
}

module.exports = duplexPair;
