'use strict';
// net.Socket: a stream.Duplex over a host TCP socket id (capjs:runtime/net). The host
// does the I/O; this keeps Node's stream semantics: backpressure both ways, half-close,
// destroy, timeouts, ref/unref.

const { Duplex } = require('stream');
const { Buffer } = require('buffer');
const timers = require('timers');
const natives = require('internal/natives');
const loop = require('internal/loop');
const { codes, notImplemented } = require('internal/errors');
const util = require('internal/net/util');

// Host id → Socket, for as long as the host may still send events for that id.
const sockets = new Map();
// Server-side construction: { id, ep, paused } for an accepted connection.
const kAccepted = Symbol('kAccepted');

function byteLength(data, encoding) {
  return typeof data === 'string' ? Buffer.byteLength(data, encoding) : data.length;
}

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (typeof options === 'number') options = { fd: options };
  else options = { ...options };
  if (options.fd !== undefined) throw notImplemented('net.Socket option fd');
  if (options.handle) throw notImplemented('net.Socket option handle');
  if (options.onread) throw notImplemented('net.Socket option onread');
  const accepted = options[kAccepted];
  delete options[kAccepted];

  this.connecting = false;
  this._hadError = false;
  this._host = null;
  this._port = 0;
  this._local = null;
  this._id = null;            // host id once connecting or accepted
  this._open = false;         // Node's "has a handle": from connect/accept until destroy
  this._hostClosed = false;   // the host has forgotten the id: no netDestroy, no events
  this._peerEnded = false;    // FIN received
  this._finSent = false;      // netEnd called
  this._hostPaused = false;   // host reading stopped for backpressure
  this._heldWrite = null;     // write callback waiting for net-drain
  this._pending = null;       // a write made while connecting
  this._pendingFinal = null;  // an end() made while connecting
  this._lookedUp = false;
  this._refed = true;
  this._holdsRef = false;
  this._connectRef = false;
  this._timer = null;
  this._peername = null;
  this._sockname = null;
  this._ep = null;
  this._bytesRead = 0;
  this._bytesDispatched = 0;
  this._noDelay = Boolean(options.noDelay);
  this._keepAlive = Boolean(options.keepAlive);
  this._keepAliveDelay = ~~(options.keepAliveInitialDelay / 1000);
  this.server = null;
  this._tls = undefined;      // TLS settings for the host (tls.connect), or undefined for TCP
  this._server = null;

  // Node's socket defaults: no half-open, strings kept as given, 'close' emitted by us
  // (with hadError) once the host socket is gone.
  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  options.emitClose = false;
  options.autoDestroy = true;
  options.decodeStrings = false;
  Duplex.call(this, options);
  this.on('end', onReadableEnd);

  if (accepted) {
    this._ep = accepted.ep;
    this._attach(accepted.id);
    if (accepted.paused) {
      this._hostPaused = true;
      this._readableState.flowing = false;
    }
  }
}
Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
Object.setPrototypeOf(Socket, Duplex);

// Without allowHalfOpen the Duplex ends our side after 'end'; writing after that is
// the peer's fault, reported as EPIPE like Node.
function onReadableEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) return Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') cb = encoding;
  const er = new Error('This socket has been ended by the other party');
  er.code = 'EPIPE';
  if (typeof cb === 'function') loop.nextTick(cb, er);
  this.destroy(er);
  return false;
}

Socket.prototype._attach = function _attach(id) {
  this._id = id;
  this._open = true;
  this._hostClosed = false;
  sockets.set(id, this);
  if (this._refed && !this._holdsRef) {
    this._holdsRef = true;
    loop.refHandle();
  }
};

Socket.prototype._release = function _release() {
  if (this._holdsRef) {
    this._holdsRef = false;
    loop.unrefHandle();
  }
};

Socket.prototype.ref = function ref() {
  if (!this._refed) {
    this._refed = true;
    if (this._open && !this._holdsRef) {
      this._holdsRef = true;
      loop.refHandle();
    }
  }
  return this;
};

Socket.prototype.unref = function unref() {
  if (this._refed) {
    this._refed = false;
    this._release();
  }
  return this;
};

// ---- connect ------------------------------------------------------------------------------

Socket.prototype.connect = function connect(...args) {
  const normalized = Array.isArray(args[0]) && args[0][util.kNormalized] ? args[0] : util.normalizeArgs(args);
  const [options, cb] = normalized;
  if (options.port === undefined && options.path == null) {
    throw new codes.ERR_MISSING_ARGS(['options', 'port', 'path']);
  }
  if (options.path != null) throw notImplemented('net.connect to a Unix socket');
  if (this._open && !this.destroyed) throw notImplemented('net.Socket.connect on an open socket');

  this._local = util.localEnd(options);
  const host = options.host || 'localhost';
  let port = options.port;
  if (port !== undefined) {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new codes.ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    port = util.validatePort(port);
  }
  port |= 0;
  if (typeof host !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('hostname', 'string', host);
  if (options.lookup != null) util.validateFunction(options.lookup, 'options.lookup');

  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
  if (this.destroyed) {
    // Reconnecting a destroyed socket, as Node allows.
    this._peername = null;
    this._sockname = null;
    this._ep = null;
    this._peerEnded = false;
    this._finSent = false;
    this._hostPaused = false;
    this._lookedUp = false;
    this._hadError = false;
    this._undestroy();
  }
  if (cb) this.once('connect', cb);
  this.connecting = true;
  this._host = host;
  this._port = port;
  this._touch();
  if (options.lookup && !util.isIP(host)) this._customLookup(options, host, port);
  else this._startConnect(host, port);
  return this;
};

Socket.prototype._startConnect = function _startConnect(host, port) {
  let id;
  try {
    const local = this._local;
    id = natives.netConnect(host, port, this._noDelay, local ? local[0] : undefined, local ? local[1] : 0, this._tls);
  } catch (err) {
    // Node reports every connect failure asynchronously, denials included.
    loop.nextTick(() => this.destroy(util.connectError(err, host, port, this._local)));
    return;
  }
  this._attach(id);
  // As with libuv's connect request, a pending connect keeps the loop alive even when
  // the socket is unref'ed.
  this._connectRef = true;
  loop.refHandle();
};

Socket.prototype._releaseConnect = function _releaseConnect() {
  if (this._connectRef) {
    this._connectRef = false;
    loop.unrefHandle();
  }
};

// A user `lookup` resolves the name here, called as Node calls it; the host then
// connects to the first address.
Socket.prototype._customLookup = function _customLookup(options, host, port) {
  const family = options.family === 4 || options.family === 'IPv4' ? 4
    : options.family === 6 || options.family === 'IPv6' ? 6 : undefined;
  const dnsOptions = { family, hints: options.hints || 0 };
  // dns.ADDRCONFIG, as on Linux.
  if (family === undefined && !options.hints) dnsOptions.hints = 32;
  const auto = options.autoSelectFamily ?? util.getDefaultAutoSelectFamily();
  if (auto && family === undefined) dnsOptions.all = true;
  options.lookup(host, dnsOptions, (err, address, addressType) => {
    if (Array.isArray(address)) ({ address, family: addressType } = address[0] || {});
    this.emit('lookup', err, address, addressType, host);
    if (!this.connecting) return;
    if (err) return this.destroy(err);
    if (!util.isIP(address)) return this.destroy(new codes.ERR_INVALID_IP_ADDRESS(address));
    this._lookedUp = true;
    this._startConnect(address, port);
  });
};

Socket.prototype._onConnected = function _onConnected(ev) {
  const err = ev[2];
  this._releaseConnect();
  if (err) {
    sockets.delete(this._id);
    this._hostClosed = true;
    const e = util.connectError(err, this._host, this._port, this._local);
    if (e.syscall === 'getaddrinfo') this.emit('lookup', e, undefined, undefined, this._host);
    this.destroy(e);
    return;
  }
  this._ep = { localAddress: ev[3], localPort: ev[4], remoteAddress: ev[5], remotePort: ev[6], family: ev[7] };
  this.connecting = false;
  if (!this._lookedUp && !util.isIP(this._host)) {
    this.emit('lookup', null, ev[5], ev[7] === 'IPv6' ? 6 : 4, this._host);
  }
  // Options set while connecting reach the host only now that its socket exists.
  if (this._noDelay) natives.netSetNoDelay(this._id, true);
  if (this._keepAlive) natives.netSetKeepAlive(this._id, true, this._keepAliveDelay * 1000);
  this._touch();
  this.emit('connect');
  // tls.connect: the host reports the connection once the handshake is done.
  if (this._tls !== undefined) this.emit('secureConnect');
  this.emit('ready');
  if (this.destroyed) return;
  if (this._pending) {
    const { data, cb } = this._pending;
    this._pending = null;
    this._writeGeneric(data, cb);
  }
  if (this._pendingFinal) {
    const cb = this._pendingFinal;
    this._pendingFinal = null;
    this._final(cb);
  }
};

// ---- stream hooks -------------------------------------------------------------------------

Socket.prototype._writeGeneric = function _writeGeneric(data, cb) {
  if (this.connecting) {
    this._pending = { data, cb };
    return;
  }
  if (!this._open || this._hostClosed) {
    cb(new codes.ERR_SOCKET_CLOSED());
    return;
  }
  // A chunk larger than the host lets one socket queue goes in slices, each after the last drained.
  if (typeof data === 'string' ? data.length > MAX_SLICE / 3 : data.byteLength > MAX_SLICE) {
    this._writeSlices(typeof data === 'string' ? Buffer.from(data) : data, 0, cb);
    return;
  }
  let ok;
  try {
    ok = natives.netWrite(this._id, data);
  } catch (err) {
    cb(util.streamError(err, 'write'));
    return;
  }
  this._bytesDispatched += byteLength(data, 'utf8');
  this._touch();
  // Past the host's high-water mark the callback waits for net-drain, so the Writable
  // buffers and write() returns false: backpressure reaches the caller.
  if (ok) cb();
  else this._heldWrite = cb;
};

// The most one host write carries: the host caps what a socket may queue at 64 MiB.
const MAX_SLICE = 16 << 20;

Socket.prototype._writeSlices = function _writeSlices(buf, at, cb) {
  for (;;) {
    const slice = buf.subarray(at, at + MAX_SLICE);
    at += slice.byteLength;
    const last = at >= buf.byteLength;
    let failed = null;
    this._writeGeneric(slice, last ? cb : (err) => (failed = err || null));
    if (last) return;
    if (failed !== null) return cb(failed);
    // Not drained yet: the rest goes when it is (the held callback resumes here).
    if (this._heldWrite !== null) {
      this._heldWrite = () => this._writeSlices(buf, at, cb);
      return;
    }
  }
};

function toWire(chunk, encoding) {
  if (typeof chunk !== 'string') return chunk;
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return chunk;
  return Buffer.from(chunk, encoding);
}

Socket.prototype._write = function _write(chunk, encoding, cb) {
  this._writeGeneric(toWire(chunk, encoding), cb);
};

Socket.prototype._writev = function _writev(chunks, cb) {
  const list = chunks.map(({ chunk, encoding }) => (typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk));
  this._writeGeneric(Buffer.concat(list), cb);
};

// FIN goes out after everything queued; the host flushes before shutting down.
Socket.prototype._final = function _final(cb) {
  if (this.connecting) {
    this._pendingFinal = cb;
    return;
  }
  if (!this._open || this._hostClosed) return cb();
  natives.netEnd(this._id);
  this._finSent = true;
  cb();
};

Socket.prototype._read = function _read() {
  if (this._hostPaused && this._open && !this._hostClosed && !this.connecting) {
    this._hostPaused = false;
    natives.netSetReading(this._id, true);
  }
};

Socket.prototype._destroy = function _destroy(err, cb) {
  const wasConnecting = this.connecting;
  if (err) this._hadError = true;
  this._clearTimer();
  this.connecting = false;
  this._open = false;
  this._heldWrite = null;
  const pending = this._pending;
  this._pending = null;
  this._pendingFinal = null;
  const done = () => {
    this._release();
    this._releaseConnect();
    cb(err);
    if (this._server) {
      this._server._connections--;
      this._server._emitCloseIfDrained();
    }
    loop.nextTick(() => {
      if (pending) pending.cb(new codes.ERR_SOCKET_CLOSED_BEFORE_CONNECTION());
      this.emit('close', !!err);
    });
  };
  if (this._id !== null && !this._hostClosed) {
    const id = this._id;
    sockets.delete(id);
    this._hostClosed = true;
    if (wasConnecting || (this._bytesDispatched === 0 && !this._finSent)) {
      natives.netDestroy(id);
    } else {
      // Node's close() leaves written data to the kernel, which still delivers it; here
      // it may sit in the host's queue, which netDestroy would drop. So send FIN after
      // it instead and let the host socket linger until the peer closes too. A clean
      // close with the peer's FIN already in waits for that, as Node's shutdown would.
      if (!this._finSent) natives.netEnd(id);
      if (!err && this._finSent && this._peerEnded) return linger(id, done);
      linger(id, null);
    }
  }
  done();
};

// Host sockets flushing after a graceful destroy: id → { timer, done }.
const lingering = new Map();
// How long a flush may take (the peer may stop reading) before the host socket is dropped.
const LINGER_MS = 2000;

function linger(id, done) {
  natives.netSetReading(id, true);
  const timer = timers.setTimeout(() => {
    lingering.delete(id);
    natives.netDestroy(id);
    if (done) done();
  }, LINGER_MS);
  lingering.set(id, { timer, done });
}

Socket.prototype.destroySoon = function destroySoon() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype.resetAndDestroy = function resetAndDestroy() {
  // The host cannot send an RST (SO_LINGER 0) yet.
  throw notImplemented('socket.resetAndDestroy');
};

// ---- timeouts -----------------------------------------------------------------------------

function onTimeout(socket) {
  socket.emit('timeout');
}

Socket.prototype.setTimeout = function setTimeout(msecs, callback) {
  util.validateTimeout(msecs);
  this.timeout = msecs;
  this._clearTimer();
  if (msecs === 0) {
    if (callback !== undefined) {
      util.validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
  } else {
    // An idle timer never keeps the process alive on its own, as in Node.
    this._timer = timers.setTimeout(onTimeout, Math.min(msecs, 2 ** 31 - 1), this);
    this._timer.unref();
    if (callback !== undefined) {
      util.validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
  }
  return this;
};

// Activity restarts the idle countdown (a timer that already fired is armed again).
Socket.prototype._touch = function _touch() {
  if (this._timer) this._timer.refresh();
};
Socket.prototype._unrefTimer = Socket.prototype._touch;

Socket.prototype._clearTimer = function _clearTimer() {
  if (this._timer) {
    timers.clearTimeout(this._timer);
    this._timer = null;
  }
};

// ---- options and addresses ----------------------------------------------------------------

Socket.prototype.setNoDelay = function setNoDelay(enable) {
  enable = Boolean(enable === undefined ? true : enable);
  if (!this._open || this.connecting) {
    this._noDelay = enable;
  } else if (enable !== this._noDelay) {
    this._noDelay = enable;
    natives.netSetNoDelay(this._id, enable);
  }
  return this;
};

Socket.prototype.setKeepAlive = function setKeepAlive(enable, initialDelayMsecs) {
  enable = Boolean(enable);
  const delay = ~~(initialDelayMsecs / 1000);
  const changed = enable !== this._keepAlive || (enable && delay !== this._keepAliveDelay);
  this._keepAlive = enable;
  this._keepAliveDelay = delay;
  if (this._open && !this.connecting && changed) natives.netSetKeepAlive(this._id, enable, delay * 1000);
  return this;
};

// Like Node, addresses are read while the socket is open and cached; a socket closed
// before anyone asked reports none.
Socket.prototype._getpeername = function _getpeername() {
  if (!this._open || this.connecting || !this._ep) return this._peername || {};
  if (!this._peername) {
    const ep = this._ep;
    this._peername = { address: ep.remoteAddress, family: ep.family, port: ep.remotePort };
  }
  return this._peername;
};

Socket.prototype._getsockname = function _getsockname() {
  if (!this._open || this.connecting || !this._ep) return this._sockname || {};
  if (!this._sockname) {
    const ep = this._ep;
    this._sockname = { address: ep.localAddress, family: ep.family, port: ep.localPort };
  }
  return this._sockname;
};

Socket.prototype.address = function address() {
  return this._getsockname();
};

function getter(name, get) {
  Object.defineProperty(Socket.prototype, name, { get, configurable: true, enumerable: false });
}

getter('remoteAddress', function() { return this._getpeername().address; });
getter('remoteFamily', function() { return this._getpeername().family; });
getter('remotePort', function() { return this._getpeername().port; });
getter('localAddress', function() { return this._getsockname().address; });
getter('localPort', function() { return this._getsockname().port; });
getter('localFamily', function() { return this._getsockname().family; });
getter('pending', function() { return !this._open || this.connecting; });
getter('readyState', function() {
  if (this.connecting) return 'opening';
  if (this.readable && this.writable) return 'open';
  if (this.readable && !this.writable) return 'readOnly';
  if (!this.readable && this.writable) return 'writeOnly';
  return 'closed';
});
getter('bytesRead', function() { return this._bytesRead; });
// Dispatched to the host plus what still waits in the stream's buffer, as Node counts.
getter('bytesWritten', function() {
  if (!this._writableState) return undefined;
  let bytes = this._bytesDispatched;
  for (const el of this.writableBuffer) bytes += byteLength(el.chunk, el.encoding);
  if (this._pending) bytes += byteLength(this._pending.data, 'utf8');
  return bytes;
});
getter('_connecting', function() { return this.connecting; });

// ---- host events --------------------------------------------------------------------------

loop.onEvent('net-connected', (ev) => {
  const s = sockets.get(ev[1]);
  if (s) s._onConnected(ev);
});

loop.onEvent('net-data', (ev) => {
  const s = sockets.get(ev[1]);
  if (!s) return;
  const u8 = ev[2];
  const buf = Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
  s._bytesRead += buf.length;
  s._touch();
  // The host reads a window ahead and waits for an acknowledgement: given while the
  // readable buffer has room; a full one stops the host reading until _read() asks.
  if (s.push(buf)) {
    if (!s._hostPaused && !s._hostClosed) natives.netSetReading(s._id, true);
  } else if (!s._hostPaused && !s._hostClosed) {
    s._hostPaused = true;
    natives.netSetReading(s._id, false);
  }
});

loop.onEvent('net-end', (ev) => {
  const s = sockets.get(ev[1]);
  if (!s) return;
  s._peerEnded = true;
  s.push(null);
  // With nothing buffered, 'end' comes even if nobody reads, as in Node.
  s.read(0);
});

loop.onEvent('net-drain', (ev) => {
  const s = sockets.get(ev[1]);
  if (!s || !s._heldWrite) return;
  const cb = s._heldWrite;
  s._heldWrite = null;
  s._touch();
  cb();
});

loop.onEvent('net-closed', (ev) => {
  const l = lingering.get(ev[1]);
  if (l) {
    lingering.delete(ev[1]);
    timers.clearTimeout(l.timer);
    if (l.done) l.done();
    return;
  }
  const s = sockets.get(ev[1]);
  if (!s) return;
  sockets.delete(ev[1]);
  s._hostClosed = true;
  if (ev[2]) s.destroy(util.streamError(ev[2]));
  // A clean close with data still unread: the socket lives on (and keeps its ref) until
  // the stream ends and destroys itself, as in Node.
});

module.exports = { Socket, kAccepted };
