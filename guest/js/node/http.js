'use strict';
// node:http: the server and the client, both speaking HTTP through the host (hyper).

const { Server, IncomingMessage, ServerResponse, createServer } = require('internal/http/server');
const { Agent, ClientRequest, globalAgent, request, get } = require('internal/http/client');
const { OutgoingMessage } = require('internal/http/outgoing');
const { STATUS_CODES, METHODS, validateHeaderName, validateHeaderValue } = require('internal/http/common');

module.exports = {
  METHODS: METHODS.slice(),
  STATUS_CODES,
  Server,
  IncomingMessage,
  OutgoingMessage,
  ServerResponse,
  ClientRequest,
  Agent,
  globalAgent,
  createServer,
  request,
  get,
  validateHeaderName,
  validateHeaderValue,
  maxHeaderSize: 16384,
};
