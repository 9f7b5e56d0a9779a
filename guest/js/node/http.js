'use strict';
// node:http — the server (host-side hyper); the client side is not written yet.

const { Server, IncomingMessage, ServerResponse, createServer } = require('internal/http/server');
const { STATUS_CODES, METHODS, validateHeaderName, validateHeaderValue } = require('internal/http/common');
const { notImplemented } = require('internal/errors');

function request() {
  throw notImplemented('http.request');
}

function get() {
  throw notImplemented('http.get');
}

class Agent {
  constructor() {
    throw notImplemented('http.Agent');
  }
}

class ClientRequest {
  constructor() {
    throw notImplemented('http.ClientRequest');
  }
}

module.exports = {
  METHODS: METHODS.slice(),
  STATUS_CODES,
  Server,
  IncomingMessage,
  ServerResponse,
  ClientRequest,
  Agent,
  createServer,
  request,
  get,
  validateHeaderName,
  validateHeaderValue,
  maxHeaderSize: 16384,
  get globalAgent() {
    throw notImplemented('http.globalAgent');
  },
};
