'use strict';
// node:http's server side: Server, IncomingMessage and ServerResponse. The host parses
// HTTP with hyper; each request arrives as one event and each response leaves as one
// `httpRespond` call plus optional writes (DESIGN.md §3).

const EventEmitter = require('events');
const { kCapture } = require('internal/events/symbols');
const { Readable } = require('stream');
const natives = require('internal/natives');
const loop = require('internal/loop');
const timers = require('internal/timers');
const { STATUS_CODES, connReset } = require('internal/http/common');
const { OutgoingMessage, headersSentError, writeAfterEnd, toBytes, kOutHeaders } = require('internal/http/outgoing');
const { validateTimeout, validateFunction, listenError } = require('internal/net/util');
const NO_HEADERS = Object.freeze([]);

const servers = new Map();
// Responses by request id. A request in flight keeps the loop alive (even after
// server.close()), like Node's open sockets, until its response ends or the client leaves.
const requests = new Map();
loop.keepAliveWhileNonEmpty(requests);
// Requests whose body is still arriving, by id: their data and end events find them here,
// also after the response has ended.
const bodies = new Map();


// IncomingMessage is a Readable, but most handlers never read a GET's body, and building
// stream state costs QuickJS ~10 µs per request. So the Readable and EventEmitter
// state is created on first use, through the `_readableState` accessor below.
// Adding a property costs QuickJS ~70 ns, and defining one (as a setter must) ~700 ns, so
// the fields most requests never change live on the prototype as defaults, and only what
// differs becomes an own property.
const kEvent = Symbol('kEvent');
const kSocket = Symbol('kSocket');
const kRawHeaders = Symbol('kRawHeaders');
const kHeadersCount = Symbol('kHeadersCount');
const kHeaders = Symbol('kHeaders');
const kRawTrailers = Symbol('kRawTrailers');
const kTrailersCount = Symbol('kTrailersCount');
const kTrailers = Symbol('kTrailers');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kTrailersDistinct = Symbol('kTrailersDistinct');
const kComplete = Symbol('kComplete');
const kEndPushed = Symbol('kEndPushed');
// Set once the request's stream state exists (a flag on the prototype reads faster than a
// check for the own property).
const kStreamed = Symbol('kStreamed');
// Set on a request that has a body or a stream state: its end() must see it read to its end.
const kDumpCheck = Symbol('kDumpCheck');
// An https server's { cert, key } (node:https), given to the host at listen.
const kTls = Symbol('kTls');

function IncomingMessage(socket) {
  this.socket = socket;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);
Object.assign(IncomingMessage.prototype, {
  httpVersionMajor: 1,
  httpVersionMinor: 1,
  httpVersion: '1.1',
  aborted: false,
  method: null,
  url: '',
  statusCode: null,
  statusMessage: null,
  _events: undefined,
  [kStreamed]: false,
  [kDumpCheck]: false,
});


// Fields made when first read, kept under symbols as Node keeps `headers`. `socket` is made
// from the event (a server request's socket is rarely looked at). `rawHeaders` keeps the
// first server.maxHeadersCount lines, as Node's parser does, and `headers` is built from
// the raw lines that had arrived when it is first read (later pushes do not count).
function lazy(name, key, make) {
  Object.defineProperty(IncomingMessage.prototype, name, {
    get() {
      const v = this[key];
      return v !== undefined ? v : (this[key] = make(this));
    },
    set(v) {
      this[key] = v;
    },
    configurable: true,
    enumerable: true,
  });
}
lazy('socket', kSocket, (m) => {
  const ev = m[kEvent];
  if (ev === undefined) return undefined;
  const socket = watchingAny ? connections.get(ev[11]) : undefined;
  return socket !== undefined ? socket : new RequestSocket(ev[7], ev[8], servers.get(ev[1]), ev[2], ev[11]);
});
lazy('rawHeaders', kRawHeaders, (m) => {
  const ev = m[kEvent];
  if (ev === undefined) return [];
  const server = servers.get(ev[1]);
  const limit = server && server.maxHeadersCount > 0 ? server.maxHeadersCount : 2000;
  const raw = ev[6].length > 2 * limit ? ev[6].slice(0, 2 * limit) : ev[6];
  m[kHeadersCount] = raw.length;
  return raw;
});
lazy('headers', kHeaders, (m) => {
  const raw = m.rawHeaders;
  return buildHeaders(raw, m[kHeadersCount] ?? raw.length);
});
// Each field's values as an array, repeats kept apart (Node 18.3+).
lazy('headersDistinct', kHeadersDistinct, (m) => distinct(m.rawHeaders, m[kHeadersCount]));
lazy('rawTrailers', kRawTrailers, () => []);
lazy('trailersDistinct', kTrailersDistinct, (m) => distinct(m.rawTrailers, m[kTrailersCount]));
lazy('trailers', kTrailers, (m) => {
  const raw = m.rawTrailers;
  return buildHeaders(raw, m[kTrailersCount] ?? raw.length);
});
// A server request without a body is complete once its 'request' event has been emitted,
// as in Node, whose parser finishes the message after that.
let dispatching = null;
Object.defineProperty(IncomingMessage.prototype, 'complete', {
  get() {
    const complete = this[kComplete];
    if (complete !== undefined) return complete;
    const ev = this[kEvent];
    return ev !== undefined && !ev[9] && this !== dispatching;
  },
  set(v) {
    this[kComplete] = v;
  },
  configurable: true,
  enumerable: true,
});
Object.defineProperty(IncomingMessage.prototype, '_readableState', {
  get() {
    Readable.call(this);
    return this._readableState;
  },
  set(value) {
    Object.defineProperty(this, '_readableState', { value, writable: true, configurable: true, enumerable: true });
    this[kStreamed] = true;
    this[kDumpCheck] = true;
  },
  configurable: true,
});

Object.defineProperty(IncomingMessage.prototype, 'connection', {
  get() {
    return this.socket;
  },
  configurable: true,
});

// A request without a body ends when first read; pushing the end up front costs
// every request a stream-state round trip that most handlers never look at.
IncomingMessage.prototype._read = function _read() {
  const ev = this[kEvent];
  if (this._noBody || (ev !== undefined && !ev[9] && this[kEndPushed] === undefined)) {
    this._noBody = false;
    this[kEndPushed] = true;
    this.push(null);
  }
  // The stream wants more: give the host back the credit for what was held.
  if (this._unacked > 0) {
    natives.httpConsume(ev !== undefined ? ev[2] : this._id, this._unacked);
    this._unacked = 0;
  }
};

// As in Node: an unfinished request emits 'aborted', and 'error' only if someone
// listens for it, so a client that leaves never crashes the server.
IncomingMessage.prototype._destroy = function _destroy(err, cb) {
  if (!this.readableEnded || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
  }
  // A server request destroyed unfinished takes its connection with it, as in Node.
  const ev = this[kEvent];
  if (ev !== undefined && this.aborted) destroyConnection(ev[2], err);
  loop.nextTick(() => cb(this.listenerCount('error') > 0 ? err : null));
};

// A server request times its connection (see setIdleTimeout); a client response its request.
IncomingMessage.prototype.setTimeout = function setTimeout(ms, cb) {
  if (cb) this.on('timeout', cb);
  if (this[kEvent] !== undefined) this.socket.setTimeout(ms);
  else if (this.req !== undefined) this.req.setTimeout(ms);
  return this;
};

// Node's header object rules: lowercase keys; repeats joined with ', ', except
// set-cookie (an array), cookie (joined with '; ') and a few fields where the first value wins.
const FIRST_WINS = new Set(['content-type', 'content-length', 'user-agent', 'referer', 'host', 'authorization',
  'proxy-authorization', 'if-modified-since', 'if-unmodified-since', 'from', 'location', 'max-forwards',
  'retry-after', 'etag', 'last-modified', 'server', 'age', 'expires']);

// Names arrive lowercase: hyper normalizes them (so rawHeaders are lowercase too).
function buildHeaders(flat, count = flat.length) {
  const headers = {};
  for (let i = 0; i < count; i += 2) {
    const k = flat[i];
    const v = flat[i + 1];
    if (!(k in headers)) headers[k] = k === 'set-cookie' ? [v] : v;
    else if (k === 'set-cookie') headers[k].push(v);
    else if (k === 'cookie') headers[k] += `; ${v}`;
    else if (!FIRST_WINS.has(k)) headers[k] += `, ${v}`;
  }
  return headers;
}

function distinct(flat, count = flat.length) {
  const out = Object.create(null);
  for (let i = 0; i < count; i += 2) {
    const k = flat[i].toLowerCase();
    if (out[k] === undefined) out[k] = [flat[i + 1]];
    else out[k].push(flat[i + 1]);
  }
  return out;
}

// Trailer fields that arrived with the end of a body. Like Node, a `trailers` object read
// before then (empty) is filled in.
function setTrailers(msg, raw) {
  msg.rawTrailers = raw;
  msg[kTrailersCount] = raw.length;
  if (msg[kTrailers] !== undefined) Object.assign(msg[kTrailers], buildHeaders(raw));
}

// How far a response has gone (kProgress).
const kProgress = Symbol('kProgress');
const NOTHING_SENT = 0;
// writeHead() fixed the head (Node's headersSent from then on); it goes out with the body.
const HEAD = 1;
const SENT = 2;
const ENDED = 3;

// Responses ended since the last tick, whose 'finish' and 'close' (and the request's 'close')
// come in one tick for all. A response ended with no listeners for these skips the queue
// (most do, and queueing costs a request 5%), unless one is added later (lateListener).
const kFinishing = Symbol('kFinishing');
let toFinish = [];

function finishSoon(res) {
  res[kFinishing] = true;
  if (toFinish.length === 0) loop.nextTick(finishAll);
  toFinish.push(res);
}

// After end(), the first 'finish' or 'close' listener still hears the event, in a later tick.
function lateListener(res, type) {
  if (res[kProgress] >= ENDED && res[kFinishing] === undefined && (type === 'finish' || type === 'close')) {
    finishSoon(res);
  }
}

function finishAll() {
  const list = toFinish;
  toFinish = [];
  for (let i = 0; i < list.length; i++) {
    const res = list[i];
    try {
      if (res._events !== undefined) {
        res.emit('finish');
        // Closed, as Node marks a response once its 'close' is out.
        res.destroyed = true;
        res.emit('close');
      }
      // A request never used as a stream closes here; one that was closes by itself
      // once its body has ended (end() has it read to its end).
      const req = res.req;
      if (req._events !== undefined && !req[kStreamed]) req.emit('close');
    } catch (err) {
      // As separate ticks would: the rest still finish, after the error is reported.
      if (i + 1 < list.length) {
        if (toFinish.length === 0) loop.nextTick(finishAll);
        toFinish.unshift(...list.slice(i + 1));
      }
      throw err;
    }
  }
}

// ---- socket timeouts and destroying a connection ---------------------------------------
// The host owns the connection, so the guest times it while a request is in flight: after
// `ms` with no body data in and no writes out, 'timeout' goes to the request (while its body
// is incomplete), the response and the server, and if none of them listens the connection
// is destroyed, as Node's socketOnTimeout does; then to the socket's own listeners.
// (An idle keep-alive connection is the host's, bounded by keepAliveTimeout.)
const kTimer = Symbol('kTimer');

function setIdleTimeout(res, ms) {
  const timer = res[kTimer];
  if (timer !== undefined) timers.clearTimeout(timer);
  res[kTimer] = undefined;
  if (ms > 0 && requests.get(res._id) === res) {
    // Like a socket's, the timer alone never keeps the process alive.
    res[kTimer] = timers.setTimeout(onIdleTimeout, Math.min(ms, 2 ** 31 - 1), res).unref();
  }
}

// Activity restarts the countdown (and re-arms one that already fired).
function touch(res) {
  const timer = res[kTimer];
  if (timer !== undefined) timer.refresh();
}

function onIdleTimeout(res) {
  const req = res.req;
  const socket = req.socket;
  const reqTimeout = !req.complete && req.emit('timeout', socket);
  const resTimeout = res.emit('timeout', socket);
  const serverTimeout = socket.server !== undefined && socket.server.emit('timeout', socket);
  if (!reqTimeout && !resTimeout && !serverTimeout) socket.destroy();
  socket.emit('timeout');
}

// The connection is gone, by the client or destroyed here, with Node's events: the socket's
// 'error' (when destroyed with one), the request's 'aborted', the response's 'close', the
// socket's 'close', then the request's 'error' (if listened for) and 'close'.
function connectionClosed(res, err, hadError) {
  requests.delete(res._id);
  bodies.delete(res._id);
  setIdleTimeout(res, 0);
  res.destroyed = true;
  const req = res.req;
  const socket = req.socket;
  socket._closed = true;
  if (err && socket.listenerCount('error') > 0) socket.emit('error', err);
  if (!req.destroyed) req.destroy(connReset('aborted'));
  res.emit('close');
  socketClosed(socket, hadError);
}

// Destroys a request's connection: unanswered, or its response cut short. The events
// follow in a later tick, as a socket's do. Once the response has ended the connection is
// left to the host.
function destroyConnection(id, err) {
  const res = requests.get(id);
  if (res === undefined) return;
  natives.httpAbort(id);
  requests.delete(id);
  res.destroyed = true;
  res.req.socket._closed = true;
  loop.nextTick(connectionClosed, res, err, err !== undefined && err !== null);
}

// As Node's req._dump() once the response is done: a body nobody reads is read to its end
// and dropped, so the client can finish sending, and 'end' and 'close' come.
function dumpUnread(req) {
  const state = req._readableState;
  if (req._dumped || req.destroyed || state.endEmitted || state.flowing === true || state.dataEmitted ||
    state.resumeScheduled) {
    return;
  }
  req._dumped = true;
  req.removeAllListeners('data');
  req.resume();
}

class ServerResponse extends OutgoingMessage {
  constructor(req, id) {
    super();
    this.req = req;
    this._id = id;
  }

  // The request's socket unless one is set (the server's requests make theirs lazily).
  get socket() {
    const socket = this[kSocket];
    return socket !== undefined ? socket : this.req.socket;
  }

  set socket(v) {
    this[kSocket] = v;
  }

  get connection() {
    return this.socket;
  }

  get writableNeedDrain() {
    return this._needDrain;
  }

  // Node's getters; one progress field stands for all of them, since every property a
  // response gains costs QuickJS a resize of its property array.
  get headersSent() {
    return this[kProgress] >= HEAD;
  }

  get writableEnded() {
    return this[kProgress] >= ENDED;
  }

  // Node's is true once everything is flushed to the socket; the host holds what the
  // guest wrote, unless it asked for a 'drain'.
  get writableFinished() {
    return this[kProgress] >= ENDED && !this._needDrain;
  }

  // A plain field in Node; rarely set by anyone else.
  get finished() {
    return this[kProgress] >= ENDED;
  }

  set finished(v) {
    Object.defineProperty(this, 'finished', { value: v, writable: true, enumerable: true, configurable: true });
  }

  writeHead(statusCode, reason, obj) {
    if (this.headersSent) throw headersSentError('write');
    statusCode |= 0;
    if (statusCode < 100 || statusCode > 999) {
      const err = new RangeError(`Invalid status code: ${statusCode}`);
      err.code = 'ERR_HTTP_INVALID_STATUS_CODE';
      throw err;
    }
    if (typeof reason === 'string') this.statusMessage = reason;
    else obj = reason;
    this.statusCode = statusCode;
    if (Array.isArray(obj)) {
      const flat = Array.isArray(obj[0]) ? obj.flat() : obj;
      for (let i = 0; i < flat.length; i += 2) this.appendHeader(flat[i], flat[i + 1]);
    } else if (obj) {
      for (const k of Object.keys(obj)) if (obj[k] !== undefined) this.setHeader(k, obj[k]);
    }
    this[kProgress] = HEAD;
    return this;
  }

  // Sends the head with `body`; `end` finishes the response in the same call.
  // Progress moves only once the host took the head, so a head it refuses (a bad status
  // code, say) can be fixed and sent again, as in Node.
  _send(body, end) {
    const reason = this.statusMessage || STATUS_CODES[this.statusCode] || 'unknown';
    const ok = natives.httpRespond(this._id, this.statusCode, reason, this[kOutHeaders] || NO_HEADERS, body, end);
    if (this[kProgress] < SENT) this[kProgress] = SENT;
    if (!end && !this._hasKey('content-length')) this.chunkedEncoding = true;
    return ok;
  }

  flushHeaders() {
    if (this[kProgress] < SENT) this._send('', false);
  }

  // One more body chunk (OutgoingMessage.write); false means wait for 'drain'.
  _writeChunk(body) {
    if (this[kTimer] !== undefined) touch(this);
    return this[kProgress] >= SENT ? natives.httpWrite(this._id, body, false) : this._send(body, false);
  }

  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = undefined;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    const progress = this[kProgress];
    if (progress >= ENDED) {
      if (chunk) {
        // As Node: the callback, then an 'error' event.
        // 'error' only while the response is not yet closed (still queued to finish).
        const err = writeAfterEnd();
        loop.nextTick(() => {
          if (cb) cb(err);
          if (!this.destroyed && this[kFinishing] === true) this.emit('error', err);
        });
      } else if (cb) {
        loop.nextTick(cb);
      }
      return this;
    }
    const body = typeof chunk === 'string' && encoding === undefined ? chunk : chunk == null ? '' : toBytes(chunk, encoding);
    if (this._trailers && !this._hasKey('content-length')) {
      // Trailers follow a chunked body: stream what is left, then end with them.
      if (progress < SENT) this._send(body, false);
      else natives.httpWrite(this._id, body, false);
      natives.httpTrailers(this._id, this._trailers);
    } else if (progress < SENT) {
      // A whole body in one call: the host frames it with Content-Length (_send inlined,
      // as this runs once per response).
      const reason = this.statusMessage || STATUS_CODES[this.statusCode] || 'unknown';
      natives.httpRespond(this._id, this.statusCode, reason, this[kOutHeaders] || NO_HEADERS, body, true);
    } else {
      natives.httpWrite(this._id, body, true);
    }
    this[kProgress] = ENDED;
    requests.delete(this._id);
    if (this[kTimer] !== undefined) setIdleTimeout(this, 0);
    if (this.req[kDumpCheck]) dumpUnread(this.req);
    // With a callback, once() queues the events (lateListener).
    if (cb) this.once('finish', cb);
    else if (this._events !== undefined || this.req._events !== undefined) finishSoon(this);
    return this;
  }

  // As in Node, destroys the connection (the events come from the socket's close).
  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    destroyConnection(this._id, err);
    return this;
  }

  setTimeout(ms, cb) {
    if (cb) this.on('timeout', cb);
    this.socket.setTimeout(ms);
    return this;
  }

  // The host holds an `Expect: 100-continue` body back; reading it sends the 100.
  writeContinue(cb) {
    natives.httpWriteContinue(this._id);
    if (cb) loop.nextTick(cb);
  }

  // Sent after the last chunk, so they need a chunked body (no Content-Length), as in Node.
  addTrailers(headers) {
    const { validateHeaderName, validateHeaderValue } = require('internal/http/common');
    const list = this._trailers || (this._trailers = []);
    const pairs = Array.isArray(headers) ? headers : Object.entries(headers);
    for (const [name, value] of pairs) {
      validateHeaderName(name, 'Trailer name');
      validateHeaderValue(name, value);
      list.push(name, String(value));
    }
  }

  cork() {}
  uncork() {}

  // A 103 needs an interim response hyper's server cannot send.
  writeEarlyHints() {
    throw require('internal/errors').notImplemented('response.writeEarlyHints');
  }

  // Whether the connection stays open after this response, as the request asked.
  get shouldKeepAlive() {
    const connection = this.req.headers.connection;
    const close = connection !== undefined && /(^|,)\s*close\s*(,|$)/i.test(connection);
    if (this.req.httpVersion === '1.0') return !close && connection !== undefined && /keep-alive/i.test(connection);
    return !close;
  }

  addListener(type, listener) {
    EventEmitter.prototype.addListener.call(this, type, listener);
    lateListener(this, type);
    return this;
  }

  prependListener(type, listener) {
    EventEmitter.prototype.prependListener.call(this, type, listener);
    lateListener(this, type);
    return this;
  }
}
ServerResponse.prototype.on = ServerResponse.prototype.addListener;


// Defaults most responses keep (see IncomingMessage).
Object.assign(ServerResponse.prototype, {
  statusCode: 200,
  statusMessage: undefined,
  sendDate: true,
  [kProgress]: NOTHING_SENT,
  destroyed: false,
  chunkedEncoding: false,
  strictContentLength: false,
  _needDrain: false,
  [kTimer]: undefined,
  // Node's Writable-like fields; the host holds the buffered body, so the guest keeps none.
  writable: true,
  writableLength: 0,
  writableHighWaterMark: 16384,
  writableObjectMode: false,
  writableCorked: 0,
  useChunkedEncodingByDefault: true,
  // Read on every response: found here rather than after a walk up to EventEmitter.prototype.
  _trailers: undefined,
  _events: undefined,
  [kOutHeaders]: undefined,
});

class Server extends EventEmitter {
  constructor(options, requestListener) {
    super();
    if (typeof options === 'function') {
      requestListener = options;
      options = {};
    }
    this._id = 0;
    this._address = null;
    this._refed = true;
    this.listening = false;
    this.timeout = 0;
    this.keepAliveTimeout = 5000;
    this.headersTimeout = 60000;
    this.requestTimeout = 300000;
    this.maxHeadersCount = null;
    this.maxRequestsPerSocket = 0;
    for (const k of ['headersTimeout', 'keepAliveTimeout', 'requestTimeout', 'maxHeadersCount']) {
      if (options && options[k] !== undefined) this[k] = options[k];
    }
    if (requestListener) this.on('request', requestListener);
  }

  listen(...args) {
    let port = 0;
    let host;
    let backlog = 511;
    let cb;
    if (typeof args[args.length - 1] === 'function') cb = args.pop();
    if (args[0] !== null && typeof args[0] === 'object') {
      ({ port = 0, host, backlog = 511 } = args[0]);
    } else {
      [port = 0, host, backlog = 511] = args;
      if (typeof host === 'number') {
        backlog = host;
        host = undefined;
      }
    }
    // null means "the default" for each, as in Node (ws passes backlog: null).
    if (backlog == null || !Number.isFinite(Number(backlog))) backlog = 511;
    if (host === null) host = undefined;
    if (port === null) port = 0;
    port = Number(port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      const err = new RangeError(`options.port should be >= 0 and < 65536. Received type number (${port}).`);
      err.code = 'ERR_SOCKET_BAD_PORT';
      throw err;
    }
    if (this.listening) {
      const err = new Error('Listen method has been called more than once without closing.');
      err.code = 'ERR_SERVER_ALREADY_LISTEN';
      throw err;
    }
    if (cb) this.once('listening', cb);
    try {
      const ms = (v, dflt) => (Number.isFinite(v) ? v : dflt);
      const [id, address, boundPort] = natives.httpListen(host ?? '::', port, backlog,
        [ms(this.headersTimeout, 60000), ms(this.keepAliveTimeout, 5000), ms(this.requestTimeout, 300000)], this[kTls]);
      this._id = id;
      this._address = { address, family: address.includes(':') ? 'IPv6' : 'IPv4', port: boundPort };
      this.listening = true;
      servers.set(id, this);
      if (this._watching) natives.httpWatchConnections(id);
      if (this._refed) loop.refHandle();
      loop.nextTick(() => this.emit('listening'));
    } catch (err) {
      // Worded as net's listen errors are (`listen EADDRINUSE: address already in use ...`).
      const shown = host === undefined ? '::' : host === 'localhost' ? '127.0.0.1' : String(host);
      loop.nextTick(() => this.emit('error', listenError(err, shown, port)));
    }
    return this;
  }

  address() {
    return this.listening ? { ...this._address } : null;
  }

  close(cb) {
    if (!this.listening) {
      if (cb) {
        const err = new Error('Server is not running.');
        err.code = 'ERR_SERVER_NOT_RUNNING';
        loop.nextTick(cb, err);
      }
      return this;
    }
    // 'close' waits for the host to report the last connection gone (http-closed), and
    // until then the server keeps the loop alive, as its open connections do in Node.
    natives.httpClose(this._id);
    this.listening = false;
    if (cb) this.once('close', cb);
    return this;
  }

  closeAllConnections() {
    if (this._id) natives.httpCloseAll(this._id);
  }

  // Closes the connections with no request in flight (server.close() does so too).
  closeIdleConnections() {
    if (this._id) natives.httpCloseIdle(this._id);
  }

  ref() {
    if (!this._refed) {
      this._refed = true;
      if (servers.has(this._id)) loop.refHandle();
    }
    return this;
  }

  unref() {
    if (this._refed) {
      this._refed = false;
      if (servers.has(this._id)) loop.unrefHandle();
    }
    return this;
  }

  // Applies to requests that arrive from now on (Node: connections accepted from now on).
  setTimeout(ms, cb) {
    this.timeout = ms;
    if (cb) this.on('timeout', cb);
    return this;
  }

  getConnections(cb) {
    loop.nextTick(cb, null, this._id ? natives.httpConnections(this._id) : 0);
    return this;
  }

  // A 'connection' listener has the host announce each new connection.
  addListener(type, listener) {
    EventEmitter.prototype.addListener.call(this, type, listener);
    if (type === 'connection') this._watchConnections();
    return this;
  }

  prependListener(type, listener) {
    EventEmitter.prototype.prependListener.call(this, type, listener);
    if (type === 'connection') this._watchConnections();
    return this;
  }

  _watchConnections() {
    if (this._watching) return;
    this._watching = true;
    watchingAny = true;
    if (this.listening) natives.httpWatchConnections(this._id);
  }

  [Symbol.asyncDispose]() {
    return new Promise((resolve) => this.close(() => resolve()));
  }
}

// What `req.socket` offers: the peer's address (the host owns the real socket).
Server.prototype.on = Server.prototype.addListener;

// The socket of a request's connection: the peer's and local addresses, destroy() and end(),
// and the idle timeout of the request in flight. The host owns the real socket. A server
// listening for 'connection' gets one per connection, kept across its requests
// (connections, below); otherwise each request makes its own when first asked.
class RequestSocket {
  constructor(remoteAddress, remotePort, server, requestId, connection) {
    this.remoteAddress = remoteAddress;
    this.remotePort = remotePort;
    this.server = server;
    // The request in flight (its response, while in `requests`).
    this._id = requestId;
    this._conn = connection;
  }

  get remoteFamily() {
    return this.remoteAddress.includes(':') ? 'IPv6' : 'IPv4';
  }

  // [address, port] of the local end, asked of the host once.
  _localEnd() {
    if (this._local === undefined) this._local = natives.httpConnectionLocal(this._conn) || [undefined, undefined];
    return this._local;
  }

  get localAddress() {
    return this._localEnd()[0];
  }

  get localPort() {
    return this._localEnd()[1];
  }

  get localFamily() {
    const address = this.localAddress;
    return address === undefined ? undefined : address.includes(':') ? 'IPv6' : 'IPv4';
  }

  address() {
    const [address, port] = this._localEnd();
    return address === undefined ? {} : { address, family: this.localFamily, port };
  }

  // True on an https server's connections, as on Node's TLSSocket.
  get encrypted() {
    return this.server !== undefined && this.server[kTls] !== undefined;
  }

  get destroyed() {
    return this._closed === true;
  }

  // The response in flight on this connection, as Node's socket._httpMessage.
  get _httpMessage() {
    return requests.get(this._id) || null;
  }

  // Closes the connection: with the request in flight cut off, or idle.
  destroy(err) {
    if (requests.get(this._id) !== undefined) {
      destroyConnection(this._id, err);
    } else if (!this._closed) {
      this._closed = true;
      natives.httpCloseConnection(this._conn, false);
      // A watched connection's 'close' comes from the host; another's from here.
      if (connections.get(this._conn) !== this) loop.nextTick(socketClosed, this, false);
    }
    return this;
  }

  // Closes the connection once the response in flight (if any) has gone out. Writing raw
  // bytes to it (a clientError handler's answer) is not supported.
  end(data, encoding, cb) {
    if (typeof data === 'function') cb = data;
    else if (typeof encoding === 'function') cb = encoding;
    if (data != null && typeof data !== 'function') {
      throw require('internal/errors').notImplemented("writing to an HTTP server's socket");
    }
    if (cb) this.once('close', () => cb());
    if (!this._closed) natives.httpCloseConnection(this._conn, true);
    return this;
  }

  write() {
    throw require('internal/errors').notImplemented("writing to an HTTP server's socket");
  }

  // The idle timeout of the request in flight (see setIdleTimeout).
  setTimeout(ms, cb) {
    validateTimeout(ms);
    if (cb !== undefined) {
      validateFunction(cb, 'callback');
      if (ms === 0) this.removeListener('timeout', cb);
      else this.once('timeout', cb);
    }
    const res = requests.get(this._id);
    if (res !== undefined) setIdleTimeout(res, ms);
    return this;
  }

  // hyper's connections are TCP_NODELAY already; keep-alive probes are the host's.
  setNoDelay() {
    return this;
  }

  setKeepAlive() {
    return this;
  }
}

// 'close' once per socket.
function socketClosed(socket, hadError) {
  socket._closed = true;
  if (socket._closeEmitted) return;
  socket._closeEmitted = true;
  socket.emit('close', hadError);
}

// Sockets of watched servers' open connections, by connection id (see RequestSocket).
const connections = new Map();
// Whether any server watches its connections (until then, requests skip the lookup).
let watchingAny = false;

// An emitter (packages such as on-finished listen for 'error'/'close' on req.socket), whose
// listener table is made on first use so requests that never listen pay nothing.
Object.setPrototypeOf(RequestSocket.prototype, EventEmitter.prototype);
Object.assign(RequestSocket.prototype, { readable: true, writable: true });

// The host answers the request with the head the handler writes to this socket.
function upgrade(server, ev, socketId) {
  const { Socket, kAccepted } = require('internal/net/socket');
  const family = ev[7].includes(':') ? 'IPv6' : 'IPv4';
  const address = server.address() || {};
  const ep = { localAddress: address.address, localPort: address.port, remoteAddress: ev[7], remotePort: ev[8], family };
  const socket = new Socket({ [kAccepted]: { id: socketId, ep } });
  socket.server = server;
  // The host keeps the TLS layer of an https connection; the socket carries plain bytes.
  if (server[kTls] !== undefined) socket.encrypted = true;
  const req = new IncomingMessage(socket);
  req._id = ev[2];
  req.method = ev[3];
  req.url = ev[4];
  req.httpVersion = ev[5];
  req.httpVersionMinor = ev[5] === '1.0' ? 0 : 1;
  req.rawHeaders = ev[6];
  req.headers = buildHeaders(ev[6]);
  req.upgrade = true;
  req.complete = true;
  req._noBody = true;
  server.emit('upgrade', req, socket, Buffer.alloc(0));
}

loop.onEvent('http-request', (ev) => {
  const server = servers.get(ev[1]);
  const id = ev[2];
  if (!server) {
    natives.httpAbort(id);
    return;
  }
  // A request to switch protocols, with an 'upgrade' listener, hands over the raw
  // connection as a net.Socket; without one it is an ordinary request (as in Node 20).
  const upgradeId = ev[10];
  if (upgradeId !== undefined && upgradeId !== null) {
    if (server.listenerCount('upgrade') > 0) return upgrade(server, ev, upgradeId);
    natives.netDestroy(upgradeId);
  }
  // The request and response are literals with their classes' prototypes (so instanceof,
  // constructor and express's setPrototypeOf all hold), which QuickJS builds faster than
  // it runs a constructor. The request keeps its event (kEvent) for the lazy fields.
  const req = { __proto__: IncomingMessage.prototype, [kEvent]: ev, method: ev[3], url: ev[4] };
  if (ev[5] !== '1.1') {
    req.httpVersion = ev[5];
    req.httpVersionMinor = 0;
  }
  const res = { __proto__: ServerResponse.prototype, req, _id: id };
  requests.set(id, res);
  if (ev[9]) {
    bodies.set(id, req);
    req[kDumpCheck] = true;
  }
  if (watchingAny) {
    const socket = connections.get(ev[11]);
    if (socket !== undefined) socket._id = id;
  }
  if (server.timeout > 0) setIdleTimeout(res, server.timeout);
  // Expect: 100-continue: a 'checkContinue' listener decides; otherwise continue at once.
  const expect = ev[9] ? req.headers.expect : undefined;
  if (expect !== undefined && expect.toLowerCase() === '100-continue') {
    if (server.listenerCount('checkContinue') > 0) return server.emit('checkContinue', req, res);
    natives.httpWriteContinue(id);
  }
  // emit() without its rest-arguments array when there is one plain listener.
  const listener = server._events !== undefined ? server._events.request : undefined;
  dispatching = req;
  if (typeof listener === 'function' && !server[kCapture]) listener.call(server, req, res);
  else server.emit('request', req, res);
  dispatching = null;
});

// Body bytes: acknowledged at once while the stream has room, or held until it next
// asks for data (_read), so a handler that does not read stops the host reading.
// Client requests share the id space and these events (internal/http/client).
const client = (ev) => require('internal/http/client').onEvent(ev);

loop.onEvent('http-data', (ev) => {
  const req = bodies.get(ev[1]);
  if (req === undefined) return client(ev);
  const r = requests.get(ev[1]);
  if (r !== undefined && r[kTimer] !== undefined) touch(r);
  const n = ev[2].length;
  if (req.push(require('buffer').Buffer.from(ev[2].buffer, ev[2].byteOffset, n))) {
    natives.httpConsume(ev[1], n);
  } else {
    req._unacked = (req._unacked || 0) + n;
  }
});

loop.onEvent('http-end', (ev) => {
  const req = bodies.get(ev[1]);
  if (req === undefined) return client(ev);
  bodies.delete(ev[1]);
  if (ev[2] !== undefined) setTrailers(req, ev[2]);
  req.complete = true;
  req.push(null);
});

loop.onEvent('http-aborted', (ev) => {
  const r = requests.get(ev[1]);
  if (r !== undefined) return connectionClosed(r, undefined, true);
  // The response had ended; the body still arriving broke off.
  const req = bodies.get(ev[1]);
  if (req === undefined) return client(ev);
  bodies.delete(ev[1]);
  if (!req.destroyed) req.destroy(connReset('aborted'));
});

loop.onEvent('http-connection', (ev) => {
  const [, serverId, conn, localAddress, localPort, remoteAddress, remotePort] = ev;
  const server = servers.get(serverId);
  const socket = new RequestSocket(remoteAddress, remotePort, server, 0, conn);
  socket._local = [localAddress, localPort];
  connections.set(conn, socket);
  if (server !== undefined) server.emit('connection', socket);
});

loop.onEvent('http-connection-closed', (ev) => {
  const socket = connections.get(ev[1]);
  if (socket === undefined) return;
  connections.delete(ev[1]);
  socketClosed(socket, false);
});

loop.onEvent('http-closed', (ev) => {
  const server = servers.get(ev[1]);
  if (!server) return;
  servers.delete(ev[1]);
  if (server._refed) loop.unrefHandle();
  server.emit('close');
});

loop.onEvent('http-drain', (ev) => {
  const r = requests.get(ev[1]);
  if (!r) return client(ev);
  if (r[kTimer] !== undefined) touch(r);
  if (r._needDrain) {
    r._needDrain = false;
    r.emit('drain');
  }
});

module.exports = {
  Server, IncomingMessage, ServerResponse, buildHeaders, setTrailers, kTls, createServer: (o, l) => new Server(o, l),
};
