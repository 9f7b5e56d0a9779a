'use strict';
// node:tls. https runs over TLS in the host (node:https), but raw TLS sockets are not in capjs
// yet: the module loads (packages require it up front), and every call that would need a
// TLS socket throws ERR_NOT_IMPLEMENTED naming itself.

const { notImplemented } = require('internal/errors');

function unsupported(name) {
  return function () {
    throw notImplemented(`tls.${name}`);
  };
}

class TLSSocket {
  constructor() {
    throw notImplemented('tls.TLSSocket');
  }
}

class Server {
  constructor() {
    throw notImplemented('tls.Server');
  }
}

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS: 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256',
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  rootCertificates: Object.freeze([]),
  TLSSocket,
  Server,
  connect: unsupported('connect'),
  createServer: unsupported('createServer'),
  createSecureContext: unsupported('createSecureContext'),
  checkServerIdentity: unsupported('checkServerIdentity'),
  getCiphers: unsupported('getCiphers'),
};
