'use strict';
// node:tls: TLS sockets whose TLS the host runs (rustls). tls.connect verifies the server
// against Mozilla's roots (bundled with capjs) or `ca` in their place, and its socket
// connects once the handshake is done; tls.createServer takes `cert` and `key` (PEM), and
// its connections arrive with the handshake done; rootCertificates are the roots the host
// trusts. Wrapping an existing socket, client certificates and certificate inspection throw
// ERR_NOT_IMPLEMENTED.

const net = require('net');
const { kTls } = require('internal/net/server');
const { serverSettings, clientSettings } = require('internal/tls');
const { notImplemented } = require('internal/errors');
const natives = require('internal/natives');

class TLSSocket extends net.Socket {
  constructor(socket, options) {
    if (socket != null) throw notImplemented('tls.TLSSocket over an existing socket');
    super(options);
    this.encrypted = true;
    // Without client certificates a server's side is never authorized, as in Node.
    this.authorized = false;
    this.authorizationError = undefined;
    this.alpnProtocol = false;
    this.servername = undefined;
  }
}

for (const name of ['getPeerCertificate', 'getCertificate', 'getCipher', 'getProtocol', 'getSession',
  'getEphemeralKeyInfo', 'getFinished', 'getPeerFinished', 'getSharedSigalgs', 'getTLSTicket', 'isSessionReused',
  'exportKeyingMaterial', 'renegotiate', 'setMaxSendFragment', 'enableTrace', 'disableRenegotiation']) {
  TLSSocket.prototype[name] = function () {
    throw notImplemented(`tlsSocket.${name}`);
  };
}

class Server extends net.Server {
  constructor(options, secureConnectionListener) {
    if (typeof options === 'function') {
      secureConnectionListener = options;
      options = {};
    }
    options = options || {};
    super(options);
    // Checked at listen, where the host loads them (Node checks at createServer).
    this[kTls] = serverSettings(options, 'tls.createServer', ['pfx', 'requestCert', 'SNICallback', 'ALPNProtocols']);
    if (typeof secureConnectionListener === 'function') this.on('secureConnection', secureConnectionListener);
  }
}

// tls.connect(options[, cb]) or tls.connect(port[, host][, options][, cb]).
function connect(...args) {
  const cb = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
  let options;
  if (args[0] !== null && typeof args[0] === 'object') {
    options = { ...args[0] };
  } else {
    const rest = args.slice(1).find((a) => a !== null && typeof a === 'object');
    options = { ...rest, port: args[0] };
    if (typeof args[1] === 'string') options.host = args[1];
  }
  for (const k of ['socket', 'path', 'session', 'ALPNProtocols', 'checkServerIdentity']) {
    if (options[k] !== undefined) throw notImplemented(`tls.connect option ${k}`);
  }
  const settings = clientSettings((k) => options[k], 'tls.connect');
  const host = options.host || 'localhost';
  const socket = new TLSSocket(undefined, options);
  socket._tls = settings;
  socket.servername = settings.servername || (net.isIP(host) ? false : host);
  socket.once('secureConnect', () => {
    socket.authorized = settings.rejectUnauthorized;
  });
  if (cb) socket.once('secureConnect', cb);
  socket.connect(options);
  return socket;
}

function unsupported(name) {
  return function () {
    throw notImplemented(`tls.${name}`);
  };
}

// Mozilla's roots as the host trusts them, fetched on first use.
let roots;

module.exports = {
  get rootCertificates() {
    if (roots === undefined) roots = Object.freeze(natives.tlsRootCertificates());
    return roots;
  },
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS: 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256',
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  TLSSocket,
  Server,
  connect,
  createServer: (options, listener) => new Server(options, listener),
  createSecureContext: unsupported('createSecureContext'),
  checkServerIdentity: unsupported('checkServerIdentity'),
  getCiphers: unsupported('getCiphers'),
};
