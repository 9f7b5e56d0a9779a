'use strict';
// node:https: http's server and client over TLS, which the host runs (rustls). A server
// takes `cert` and `key` (PEM); a client trusts Mozilla's roots, or `ca` in their place.
// Client certificates and the rest of node:tls's options are not supported yet.

const http = require('http');
const { kTls } = require('internal/http/server');
const { serverSettings } = require('internal/tls');

class Agent extends http.Agent {
  constructor(options) {
    super(options);
    this.defaultPort = 443;
    this.protocol = 'https:';
  }
}

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

class Server extends http.Server {
  constructor(options, requestListener) {
    if (typeof options === 'function') {
      requestListener = options;
      options = {};
    }
    options = options || {};
    super(options, requestListener);
    // Node makes the secure context here, but a missing certificate only fails a handshake
    // later; capjs checks both at listen, where the host loads them.
    this[kTls] = serverSettings(options, 'https.createServer', ['pfx', 'requestCert', 'SNICallback']);
  }
}

function withDefaults(input, options, cb) {
  if (typeof input === 'string' || input instanceof URL) {
    if (typeof options === 'function') {
      cb = options;
      options = {};
    }
    return [input, { ...options, _defaultAgent: globalAgent }, cb];
  }
  if (typeof options === 'function') cb = options;
  return [{ ...input, _defaultAgent: globalAgent }, cb];
}

function request(...args) {
  return http.request(...withDefaults(...args));
}

function get(...args) {
  const req = request(...args);
  req.end();
  return req;
}

module.exports = {
  Agent,
  globalAgent,
  Server,
  createServer: (options, listener) => new Server(options, listener),
  request,
  get,
};
