'use strict';
// node:https. TLS is not in capjs yet: the module loads (packages such as ws require it
// up front), and every call that would need TLS throws ERR_NOT_IMPLEMENTED naming itself.

const http = require('http');
const { notImplemented } = require('internal/errors');

class Agent extends http.Agent {
  constructor(options) {
    super(options);
    this.defaultPort = 443;
    this.protocol = 'https:';
  }
}

class Server {
  constructor() {
    throw notImplemented('https.Server');
  }
}

module.exports = {
  Agent,
  globalAgent: new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 }),
  Server,
  createServer() {
    throw notImplemented('https.createServer');
  },
  request() {
    throw notImplemented('https.request');
  },
  get() {
    throw notImplemented('https.get');
  },
};
