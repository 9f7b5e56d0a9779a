'use strict';
// TLS settings as the host takes them (wit/types.wit server-tls and client-tls), from the
// options of node:https and node:tls. The host runs TLS (rustls); JS only describes it.

const { Buffer } = require('buffer');
const { notImplemented } = require('internal/errors');

// PEM given as a string, a Buffer, or an array of them, as one buffer.
function pem(value) {
  const parts = Array.isArray(value) ? value : [value];
  return Buffer.concat(parts.map((p) => Buffer.concat([Buffer.from(p), Buffer.from('\n')])));
}

// { cert, key } for a server; a missing one is empty, and listening fails on it. Options in
// `unsupported` (set, and not false) throw ERR_NOT_IMPLEMENTED, named as `what`'s.
function serverSettings(options, what, unsupported) {
  for (const k of unsupported) {
    if (options[k] !== undefined && options[k] !== false) throw notImplemented(`${what} option ${k}`);
  }
  return {
    cert: options.cert == null ? Buffer.alloc(0) : pem(options.cert),
    key: options.key == null ? Buffer.alloc(0) : pem(options.key),
  };
}

// { ca, servername, rejectUnauthorized } for a client. `pick(name)` reads an option (the
// request's, or its agent's). Client certificates are not supported yet.
function clientSettings(pick, what) {
  for (const k of ['cert', 'key', 'pfx']) {
    if (pick(k) !== undefined) throw notImplemented(`${what} option ${k} (client certificates)`);
  }
  const ca = pick('ca');
  const reject = pick('rejectUnauthorized');
  const servername = pick('servername');
  return {
    ca: ca == null ? undefined : pem(ca),
    servername: typeof servername === 'string' && servername !== '' ? servername : undefined,
    // Off also with NODE_TLS_REJECT_UNAUTHORIZED=0, as in Node.
    rejectUnauthorized: reject !== undefined ? reject !== false : process.env.NODE_TLS_REJECT_UNAUTHORIZED !== '0',
  };
}

module.exports = { pem, serverSettings, clientSettings };
