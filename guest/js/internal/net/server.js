'use strict';
// net.Server: a host TCP listener by id (capjs:runtime/net); accepted connections
// arrive as net-connection events and become net.Sockets.

const EventEmitter = require('events');
const natives = require('internal/natives');
const loop = require('internal/loop');
const { codes, notImplemented } = require('internal/errors');
const { Socket, kAccepted } = require('internal/net/socket');
// A tls.Server's { cert, key } (node:tls), given to the host at listen.
const kTls = Symbol('kTls');
const util = require('internal/net/util');

const servers = new Map();
// Node's default listen backlog.
const BACKLOG = 511;

function validateNumber(value, name) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
}

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  if (options.keepAliveInitialDelay !== undefined) {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
  }
  if (options.highWaterMark !== undefined) validateNumber(options.highWaterMark, 'options.highWaterMark');

  this._connections = 0;
  this._id = null;
  this._address = null;
  this._pendingBind = null;
  this._refed = true;
  this._holdsRef = false;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~(Math.max(options.keepAliveInitialDelay || 0, 0) / 1000);
  this.highWaterMark = options.highWaterMark >= 0 ? options.highWaterMark : undefined;
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

Server.prototype.listen = function listen(...args) {
  const [options, cb] = util.normalizeArgs(args);
  if (this._id !== null) throw new codes.ERR_SERVER_ALREADY_LISTEN();
  if (cb !== null) this.once('listening', cb);
  // listen(port, backlog) and listen(port, host, backlog) both exist.
  const backlogFromArgs = util.toNumber(args.length > 1 && args[1]) || util.toNumber(args.length > 2 && args[2]);

  if (options instanceof Server || options instanceof Socket || options._handle || options.handle ||
      options.fd !== undefined) {
    throw notImplemented('net.Server.listen on a handle or fd');
  }
  if (options.ipv6Only) throw notImplemented('net.Server.listen option ipv6Only');
  const backlog = util.toNumber(options.backlog) || backlogFromArgs || BACKLOG;

  let port;
  if (args.length === 0 || typeof args[0] === 'function') {
    port = 0;
  } else if (typeof options.port === 'number' || typeof options.port === 'string') {
    port = util.validatePort(options.port, 'options.port');
  } else if ((options.port === undefined && 'port' in options) || options.port === null) {
    port = 0;
  } else if (options.path && util.isPipeName(options.path)) {
    throw notImplemented('net.Server.listen on a Unix socket');
  } else if (!('port' in options) && !('path' in options)) {
    throw new codes.ERR_INVALID_ARG_VALUE('options', options, 'must have the property "port" or "path"');
  } else {
    throw new codes.ERR_INVALID_ARG_VALUE('options', options);
  }
  if (options.signal !== undefined) this._watchSignal(options.signal);
  return this._bind(options.host, port, backlog);
};

Server.prototype._watchSignal = function _watchSignal(signal) {
  if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  if (signal.aborted) loop.nextTick(() => this.close());
  else signal.addEventListener('abort', () => this.close(), { once: true });
};

Server.prototype._bind = function _bind(host, port, backlog) {
  // Node resolves a given host first, so the bind (and address()) comes a tick later.
  if (host) {
    // close() before then cancels it, as in Node.
    const token = {};
    this._pendingBind = token;
    loop.nextTick(() => {
      if (this._pendingBind !== token) return;
      this._pendingBind = null;
      this._bindNow(String(host), port, backlog);
    });
    return this;
  }
  // Node's default is every interface, IPv6 and IPv4 alike.
  return this._bindNow('::', port, backlog);
};

Server.prototype._bindNow = function _bindNow(address, port, backlog) {
  let res;
  try {
    res = natives.netListen(address, port, Math.min(backlog >>> 0, 0xFFFF) || BACKLOG, this.pauseOnConnect, this[kTls]);
  } catch (err) {
    // Node reports listen failures as an 'error' event, never a throw.
    const shown = address === 'localhost' ? '127.0.0.1' : address;
    loop.nextTick(() => this.emit('error', util.listenError(err, shown, port)));
    return this;
  }
  const [id, bound, boundPort] = res;
  this._id = id;
  this._address = { address: bound, family: util.isIPv6(bound) ? 'IPv6' : 'IPv4', port: boundPort };
  servers.set(id, this);
  if (this._refed) {
    this._holdsRef = true;
    loop.refHandle();
  }
  loop.nextTick(() => {
    if (this._id === id) this.emit('listening');
  });
  return this;
};

Server.prototype._release = function _release() {
  if (this._holdsRef) {
    this._holdsRef = false;
    loop.unrefHandle();
  }
};

// 'close' waits for the last accepted connection, as in Node; callbacks given to a
// server that was not listening get ERR_SERVER_NOT_RUNNING.
Server.prototype.close = function close(cb) {
  if (typeof cb === 'function') {
    if (this._id === null) this.once('close', () => cb(new codes.ERR_SERVER_NOT_RUNNING()));
    else this.once('close', cb);
  }
  this._pendingBind = null;
  if (this._id !== null) {
    natives.netCloseServer(this._id);
    servers.delete(this._id);
    this._id = null;
    this._release();
  }
  this._emitCloseIfDrained();
  return this;
};

Server.prototype._emitCloseIfDrained = function _emitCloseIfDrained() {
  if (this._id !== null || this._connections > 0) return;
  loop.nextTick(() => this.emit('close'));
};

Server.prototype.address = function address() {
  return this._id === null ? null : { ...this._address };
};

Server.prototype.getConnections = function getConnections(cb) {
  if (typeof cb === 'function') loop.nextTick(cb, null, this._connections);
  return this;
};

Server.prototype.ref = function ref() {
  if (!this._refed) {
    this._refed = true;
    if (this._id !== null && !this._holdsRef) {
      this._holdsRef = true;
      loop.refHandle();
    }
  }
  return this;
};

Server.prototype.unref = function unref() {
  if (this._refed) {
    this._refed = false;
    this._release();
  }
  return this;
};

Object.defineProperty(Server.prototype, 'listening', {
  get() {
    return this._id !== null;
  },
  configurable: true,
  enumerable: true,
});

Server.prototype[Symbol.asyncDispose] = function asyncDispose() {
  if (this._id === null) return Promise.resolve();
  return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
};

Server.prototype._setupWorker = function _setupWorker() {
  throw notImplemented('net.Server in a cluster worker');
};

loop.onEvent('net-connection', (ev) => {
  const [, serverId, id, localAddress, localPort, remoteAddress, remotePort, family] = ev;
  const server = servers.get(serverId);
  if (!server) {
    natives.netDestroy(id);
    return;
  }
  if (server.maxConnections && server._connections >= server.maxConnections) {
    natives.netDestroy(id);
    if (server.listenerCount('drop') > 0) {
      server.emit('drop', {
        localAddress, localPort, localFamily: family, remoteAddress, remotePort, remoteFamily: family,
      });
    }
    return;
  }
  const ep = { localAddress, localPort, remoteAddress, remotePort, family };
  const opts = {
    allowHalfOpen: server.allowHalfOpen,
    pauseOnConnect: server.pauseOnConnect,
    [kAccepted]: { id, ep, paused: server.pauseOnConnect },
  };
  if (server.highWaterMark !== undefined) opts.highWaterMark = server.highWaterMark;
  if (server.noDelay) natives.netSetNoDelay(id, true);
  if (server.keepAlive) natives.netSetKeepAlive(id, true, server.keepAliveInitialDelay * 1000);
  // A tls.Server's connections arrive with their handshake done, as TLSSockets.
  const socket = server[kTls] === undefined ? new Socket(opts) : new (require('tls').TLSSocket)(undefined, opts);
  if (server.noDelay) socket._noDelay = true;
  if (server.keepAlive) {
    socket._keepAlive = true;
    socket._keepAliveDelay = server.keepAliveInitialDelay;
  }
  server._connections++;
  socket.server = server;
  socket._server = server;
  server.emit('connection', socket);
  if (server[kTls] !== undefined && !socket.destroyed) server.emit('secureConnection', socket);
});

module.exports = { Server, kTls };
