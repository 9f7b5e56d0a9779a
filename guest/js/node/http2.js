'use strict';
// node:http2. HTTP/2 is not in capjs yet: the module loads (packages such as axios require
// it up front), and every call that would speak HTTP/2 throws ERR_NOT_IMPLEMENTED naming it.

const { notImplemented } = require('internal/errors');

function unsupported(name) {
  return function () {
    throw notImplemented(`http2.${name}`);
  };
}

// The pseudo-headers and the commonest header names, which code reads from constants.
const constants = {
  HTTP2_HEADER_STATUS: ':status',
  HTTP2_HEADER_METHOD: ':method',
  HTTP2_HEADER_AUTHORITY: ':authority',
  HTTP2_HEADER_SCHEME: ':scheme',
  HTTP2_HEADER_PATH: ':path',
  HTTP2_HEADER_PROTOCOL: ':protocol',
};
for (const name of ['accept', 'accept-encoding', 'authorization', 'content-encoding', 'content-length',
  'content-type', 'cookie', 'host', 'location', 'set-cookie', 'user-agent']) {
  constants[`HTTP2_HEADER_${name.toUpperCase().replace(/-/g, '_')}`] = name;
}
for (const method of ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'PATCH', 'CONNECT']) {
  constants[`HTTP2_METHOD_${method}`] = method;
}

module.exports = {
  constants,
  connect: unsupported('connect'),
  createServer: unsupported('createServer'),
  createSecureServer: unsupported('createSecureServer'),
  getDefaultSettings: unsupported('getDefaultSettings'),
  getPackedSettings: unsupported('getPackedSettings'),
  getUnpackedSettings: unsupported('getUnpackedSettings'),
  sensitiveHeaders: Symbol('nodejs.http2.sensitiveHeaders'),
};
