'use strict';
// node:http's client side: ClientRequest, Agent, request/get. The host speaks HTTP (hyper)
// and pools keep-alive connections; a request whose body is known when it ends leaves as
// one httpRequest call, otherwise its body follows as httpWrite calls.

const EventEmitter = require('events');
const natives = require('internal/natives');
const loop = require('internal/loop');
const { codes } = require('internal/errors');
const { OutgoingMessage, toBytes } = require('internal/http/outgoing');
const { IncomingMessage, buildHeaders, setTrailers } = require('internal/http/server');
const { METHODS, connReset } = require('internal/http/common');

const inflight = new Map();

class Agent extends EventEmitter {
  constructor(options = {}) {
    super();
    this.defaultPort = 80;
    this.protocol = 'http:';
    this.options = { __proto__: null, ...options, path: null };
    this.keepAlive = options.keepAlive || false;
    this.keepAliveMsecs = options.keepAliveMsecs || 1000;
    this.maxSockets = options.maxSockets || Infinity;
    this.maxFreeSockets = options.maxFreeSockets || 256;
    this.maxTotalSockets = options.maxTotalSockets || Infinity;
    this.scheduling = options.scheduling || 'lifo';
    this.requests = Object.create(null);
    this.sockets = Object.create(null);
    this.freeSockets = Object.create(null);
    this.totalSocketCount = 0;
  }

  getName(options = {}) {
    let name = options.host || 'localhost';
    name += ':';
    if (options.port) name += options.port;
    name += ':';
    if (options.localAddress) name += options.localAddress;
    if (options.family === 4 || options.family === 6) name += `:${options.family}`;
    return name;
  }

  // Closes this agent's idle kept-alive connections (the host holds them).
  destroy() {
    natives.httpClosePool(agentPool(this));
  }
}

// Each agent's kept-alive connections are its own, as in Node: the host pools them by this id.
const agentPools = new WeakMap();
let nextPool = 1;

function agentPool(agent) {
  let id = agentPools.get(agent);
  if (id === undefined) agentPools.set(agent, (id = nextPool++));
  return id;
}

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

// What `req.socket` offers: the host owns the real connection.
class ClientSocket extends EventEmitter {
  constructor(req) {
    super();
    this._req = req;
    this.remoteAddress = req.host;
    this.remotePort = req._port;
    this.encrypted = false;
    this.readable = true;
    this.writable = true;
  }

  setTimeout(ms, cb) {
    this._req.setTimeout(ms, cb);
    return this;
  }

  setNoDelay() {
    return this;
  }

  setKeepAlive() {
    return this;
  }

  ref() {
    return this;
  }

  unref() {
    return this;
  }

  destroy(err) {
    this._req.destroy(err);
    return this;
  }
}

// ---- maxSockets: an agent's requests to one origin, at most maxSockets at a time ------------
// The host owns the connections, so the limit counts requests in flight (each holds one
// connection, as in Node); agent.sockets and agent.requests list the active and waiting ones.
function takeSlot(req) {
  const agent = req.agent;
  if (!agent || !(agent.maxSockets < Infinity)) return true;
  const name = agent.getName({ host: req.host, port: req._port, localAddress: req._local ? req._local[0] : undefined });
  const active = agent.sockets[name] || (agent.sockets[name] = []);
  if (active.length < agent.maxSockets) {
    active.push(req);
    req._slot = name;
    return true;
  }
  (agent.requests[name] || (agent.requests[name] = [])).push(req);
  req._queuedAs = name;
  return false;
}

// A request done (or given up on while waiting) makes room for the next that waits.
function freeSlot(req) {
  const agent = req.agent;
  const waiting = req._queuedAs;
  if (waiting !== undefined) {
    req._queuedAs = undefined;
    const queue = agent.requests[waiting];
    const i = queue ? queue.indexOf(req) : -1;
    if (i >= 0) queue.splice(i, 1);
    if (queue && queue.length === 0) delete agent.requests[waiting];
  }
  const name = req._slot;
  if (name === undefined) return;
  req._slot = undefined;
  const active = agent.sockets[name];
  const at = active.indexOf(req);
  if (at >= 0) active.splice(at, 1);
  const queue = agent.requests[name];
  while (queue && queue.length > 0) {
    const next = queue.shift();
    next._queuedAs = undefined;
    if (next.destroyed) continue;
    active.push(next);
    next._slot = name;
    loop.nextTick(() => next._startHeld());
    break;
  }
  if (queue && queue.length === 0) delete agent.requests[name];
  if (active.length === 0) delete agent.sockets[name];
}

function invalidProtocol(protocol, expected) {
  const err = new TypeError(`Protocol "${protocol}" not supported. Expected "${expected}"`);
  err.code = 'ERR_INVALID_PROTOCOL';
  return err;
}

function urlToOptions(url) {
  return {
    protocol: url.protocol,
    hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
    port: url.port !== '' ? Number(url.port) : undefined,
    auth: url.username || url.password ? `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}` : undefined,
  };
}

class ClientRequest extends OutgoingMessage {
  constructor(input, options, cb) {
    super();
    if (typeof input === 'string') input = urlToOptions(new URL(input));
    else if (input instanceof URL) input = urlToOptions(input);
    else {
      cb = options;
      options = input;
      input = null;
    }
    if (typeof options === 'function') {
      cb = options;
      options = input || {};
    } else {
      options = Object.assign({}, input, options);
    }
    // https.request passes its own default agent, as Node's does.
    const defaultAgent = options._defaultAgent || globalAgent;
    const agent = options.agent === undefined ? defaultAgent : options.agent;
    const expected = (agent && agent.protocol) || defaultAgent.protocol;
    const protocol = options.protocol || defaultAgent.protocol;
    if (protocol !== expected) throw invalidProtocol(protocol, expected);
    const defaultPort = options.defaultPort || (agent && agent.defaultPort) || defaultAgent.defaultPort;
    const port = Number(options.port || defaultPort || 80);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      const err = new RangeError(`options.port should be >= 0 and < 65536. Received type number (${port}).`);
      err.code = 'ERR_SOCKET_BAD_PORT';
      throw err;
    }
    // The local end a new connection binds first, as net.connect's.
    const local = require('internal/net/util').localEnd(options);
    const method = (options.method || 'GET').toUpperCase();
    if (!METHODS.includes(method) && !/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(method)) {
      throw new codes.ERR_INVALID_HTTP_TOKEN('Method', method);
    }
    const path = options.path || '/';
    if (/[\u0000-\u0020]/.test(path)) {
      const err = new TypeError('Request path contains unescaped characters');
      err.code = 'ERR_UNESCAPED_CHARACTERS';
      throw err;
    }
    this.agent = agent;
    this.method = method;
    this.path = path;
    this.host = options.hostname || options.host || 'localhost';
    this.protocol = protocol;
    this._port = port;
    this._local = local;
    // https: the request's TLS options, or its agent's.
    this._tls = protocol === 'https:' ? require('internal/tls').clientSettings(
      (k) => (options[k] !== undefined ? options[k] : agent && agent.options ? agent.options[k] : undefined), 'https.request')
      : undefined;
    this.headersSent = false;
    this.finished = false;
    this.writableEnded = false;
    this.writableFinished = false;
    this.destroyed = false;
    this.aborted = false;
    this.reusedSocket = false;
    this.maxHeadersCount = null;
    this.res = null;
    this.socket = null;
    this._id = 0;
    this._pending = [];
    this._needDrain = false;
    this._timer = null;
    this._timeoutMs = 0;
    if (Array.isArray(options.headers)) {
      for (let i = 0; i < options.headers.length; i += 2) this.appendHeader(options.headers[i], options.headers[i + 1]);
    } else if (options.headers) {
      for (const k of Object.keys(options.headers)) this.setHeader(k, options.headers[k]);
    }
    if (options.setHost !== false && !this.hasHeader('host')) {
      const host = this.host.includes(':') ? `[${this.host}]` : this.host;
      this.setHeader('Host', port === defaultPort ? host : `${host}:${port}`);
    }
    if (options.auth && !this.hasHeader('authorization')) {
      this.setHeader('Authorization', `Basic ${Buffer.from(options.auth).toString('base64')}`);
    }
    if (cb) this.once('response', cb);
    if (options.timeout !== undefined) this.setTimeout(options.timeout);
    if (options.signal) {
      const signal = options.signal;
      const onAbort = () => this.destroy(abortError(signal));
      if (signal.aborted) loop.nextTick(onAbort);
      else {
        signal.addEventListener('abort', onAbort, { once: true });
        this.once('close', () => signal.removeEventListener('abort', onAbort));
      }
    }
    loop.refHandle();
    this._refed = true;
    // With `Expect: 100-continue` the head goes out at once, as Node sends it: the body
    // waits for the server's 100 ('continue').
    const expectContinue = this.hasHeader('expect');
    loop.nextTick(() => {
      if (this.destroyed) return;
      this.socket = new ClientSocket(this);
      this.emit('socket', this.socket);
      if (expectContinue && !this.headersSent) this._start('', false);
    });
  }

  get connection() {
    return this.socket;
  }

  get writableNeedDrain() {
    return this._needDrain;
  }

  // Starts the request with `body`; `end` says whether that is the whole body. Past its
  // agent's maxSockets for this origin, the request waits its turn, holding what is written.
  _start(body, end) {
    this.headersSent = true;
    if (!takeSlot(this)) {
      this._held = { chunks: [body], end };
      return true;
    }
    return this._startNow(body, end);
  }

  // A request whose turn came: what it held goes out as its first body.
  _startHeld() {
    if (this.destroyed || !this._held) return;
    const { chunks, end } = this._held;
    this._held = null;
    const body = chunks.length === 1 ? chunks[0]
      : Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c)));
    this._startNow(body, end);
  }

  _startNow(body, end) {
    try {
      const local = this._local;
      const dest = { host: this.host, method: this.method, target: this.path, localAddress: local ? local[0] : undefined,
        localPort: local ? local[1] : undefined, pool: this.agent ? agentPool(this.agent) : 0 };
      this._id = natives.httpRequest(dest, this._port, this._wireHeaders(), body, end, this._tls);
      inflight.set(this._id, this);
    } catch (err) {
      // Node reports connection problems (a denial included) as 'error' events.
      this._fail(err);
      return false;
    }
    return true;
  }

  // The headers as sent: with Node's Connection header for the agent (keep-alive, or close
  // for agent: false and agents without keepAlive, whose requests each get a new connection).
  _wireHeaders() {
    const list = this._headerList();
    if (this.hasHeader('connection')) return list;
    const keepAlive = this.agent ? this.agent.keepAlive : false;
    return [...list, 'connection', 'Connection', keepAlive ? 'keep-alive' : 'close'];
  }

  flushHeaders() {
    if (!this.headersSent) this._start('', false);
  }

  // One more body chunk (OutgoingMessage.write): the first one starts the request.
  _writeChunk(body) {
    if (!this.headersSent) {
      this._start(body, false);
      return true;
    }
    if (this._held) {
      this._held.chunks.push(body);
      return true;
    }
    return this._id && !this.destroyed ? natives.httpWrite(this._id, body, false) : true;
  }

  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = undefined;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (this.writableEnded) {
      if (cb) loop.nextTick(cb);
      return this;
    }
    const body = chunk == null ? '' : toBytes(chunk, encoding);
    this.writableEnded = true;
    this.finished = true;
    if (this.destroyed) return this;
    if (!this.headersSent) {
      if (!this._start(body, true)) return this;
    } else if (this._held) {
      this._held.chunks.push(body);
      this._held.end = true;
    } else if (this._id) {
      natives.httpWrite(this._id, body, true);
    }
    // As Node: 'prefinish', then 'finish', whose listener the callback is.
    if (cb) this.once('finish', cb);
    loop.nextTick(() => {
      this.emit('prefinish');
      this.writableFinished = true;
      this.emit('finish');
    });
    return this;
  }

  _release() {
    freeSlot(this);
    inflight.delete(this._id);
    this._clearTimer();
    if (this._refed) {
      this._refed = false;
      loop.unrefHandle();
    }
  }

  _fail(err) {
    if (this.destroyed) return;
    this.destroyed = true;
    this._release();
    loop.nextTick(() => {
      this.emit('error', err);
      this.emit('close');
    });
  }

  abort() {
    if (this.aborted) return;
    this.aborted = true;
    loop.nextTick(() => this.emit('abort'));
    this.destroy();
  }

  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    if (this._id) natives.httpAbort(this._id);
    this._release();
    const res = this.res;
    if (res && !res.complete) {
      res.destroy(connReset('aborted'));
    }
    loop.nextTick(() => {
      // Before a response, Node reports a destroyed request as a hang-up.
      if (err) this.emit('error', err);
      else if (!res) this.emit('error', connReset('socket hang up'));
      this.emit('close');
    });
    return this;
  }

  setTimeout(ms, cb) {
    if (cb) this.once('timeout', cb);
    this._timeoutMs = ms;
    this._armTimer();
    return this;
  }

  _armTimer() {
    this._clearTimer();
    if (this._timeoutMs > 0 && !this.destroyed) {
      this._timer = setTimeout(() => this.emit('timeout'), this._timeoutMs);
      this._timer.unref();
    }
  }

  _clearTimer() {
    if (this._timer) {
      clearTimeout(this._timer);
      this._timer = null;
    }
  }

  setNoDelay() {}
  setSocketKeepAlive() {}
}


function abortError(signal) {
  const err = new Error('The operation was aborted');
  err.name = 'AbortError';
  err.code = 'ABORT_ERR';
  err.cause = signal.reason;
  return err;
}

const ERRNO = { ECONNREFUSED: -111, ECONNRESET: -104, ETIMEDOUT: -110, EHOSTUNREACH: -113, ENETUNREACH: -101 };

// Host errors in Node's shape: "connect ECONNREFUSED 127.0.0.1:80".
function netError(err, req) {
  if (err.code === 'ENOTFOUND') {
    const e = new Error(`getaddrinfo ENOTFOUND ${req.host}`);
    Object.assign(e, { errno: -3008, code: 'ENOTFOUND', syscall: 'getaddrinfo', hostname: req.host });
    return e;
  }
  if (err.code === 'ECONNRESET') return connReset('socket hang up');
  // Binding the chosen local end failed: net's bind error ("bind EADDRINUSE 127.0.0.1:N").
  if (err.syscall === 'bind') return require('internal/net/util').connectError(err, req.host, req._port, req._local);
  if (err.code in ERRNO) {
    const e = new Error(`connect ${err.code} ${req.host}:${req._port}`);
    Object.assign(e, { errno: ERRNO[err.code], code: err.code, syscall: 'connect', address: req.host, port: req._port });
    return e;
  }
  return err;
}

function onEvent(ev) {
  const req = inflight.get(ev[1]);
  if (!req) return;
  switch (ev[0]) {
    case 'http-response': {
      const res = new IncomingMessage(req.socket);
      res._id = req._id;
      res.statusCode = ev[2];
      res.statusMessage = ev[3];
      res.httpVersion = ev[4];
      res.httpVersionMinor = ev[4] === '1.0' ? 0 : 1;
      res.rawHeaders = ev[5];
      res.headers = buildHeaders(ev[5]);
      res.req = req;
      req.res = res;
      req._armTimer();
      const upgradeId = ev[6];
      if (upgradeId !== undefined && upgradeId !== null) {
        // The connection switched protocols: it now belongs to whoever takes 'upgrade'.
        req._release();
        res.upgrade = true;
        res.complete = true;
        if (req.listenerCount('upgrade') === 0) {
          natives.netDestroy(upgradeId);
          req.destroy();
          return;
        }
        const { Socket, kAccepted } = require('internal/net/socket');
        const ep = { remoteAddress: req.host, remotePort: req._port, family: req.host.includes(':') ? 'IPv6' : 'IPv4' };
        const socket = new Socket({ [kAccepted]: { id: upgradeId, ep } });
        res.socket = socket;
        req.socket = socket;
        req.emit('upgrade', res, socket, Buffer.alloc(0));
        return;
      }
      // Without a 'response' listener Node discards the body so the connection is freed.
      if (!req.emit('response', res)) res.resume();
      break;
    }
    case 'http-data': {
      const res = req.res;
      if (!res) return;
      req._armTimer();
      const n = ev[2].length;
      if (res.push(Buffer.from(ev[2].buffer, ev[2].byteOffset, n))) natives.httpConsume(ev[1], n);
      else res._unacked = (res._unacked || 0) + n;
      break;
    }
    case 'http-end': {
      const res = req.res;
      if (!res) return;
      if (ev[2] !== undefined) setTrailers(res, ev[2]);
      res.complete = true;
      req._release();
      res.push(null);
      // The request closes first; the response's own 'close' follows from autoDestroy.
      res.once('end', () => loop.nextTick(() => req.emit('close')));
      break;
    }
    case 'http-information': {
      // As Node: 'continue' for a 100, and 'information' for every 1xx but 101.
      if (ev[2] === 100) req.emit('continue');
      const rawHeaders = ev[5];
      req.emit('information', {
        statusCode: ev[2], statusMessage: ev[3], httpVersion: ev[4], httpVersionMajor: 1,
        httpVersionMinor: ev[4] === '1.0' ? 0 : 1, headers: buildHeaders(rawHeaders), rawHeaders,
      });
      break;
    }
    case 'http-drain':
      if (req._needDrain) {
        req._needDrain = false;
        req.emit('drain');
      }
      break;
    case 'http-aborted':
    case 'http-error': {
      const err = ev[0] === 'http-error' ? netError(ev[2], req) : connReset('socket hang up');
      if (req.res && !req.res.complete) {
        req._release();
        req.destroyed = true;
        req.res.destroy(connReset('aborted'));
        loop.nextTick(() => req.emit('close'));
      } else if (!req.res) {
        req._fail(err);
      }
      break;
    }
  }
}

function request(url, options, cb) {
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

loop.onEvent('http-response', onEvent);
loop.onEvent('http-information', onEvent);
loop.onEvent('http-error', onEvent);

module.exports = { Agent, ClientRequest, globalAgent, request, get, onEvent };
