'use strict';
// node:net: TCP servers and client sockets, run by the host (capjs:runtime/net) under
// the sandbox's net grants, plus the IP address helpers. Unix sockets are not supported.

const { notImplemented } = require('internal/errors');
const { Socket } = require('internal/net/socket');
const { Server } = require('internal/net/server');
const util = require('internal/net/util');

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

function connect(...args) {
  const normalized = util.normalizeArgs(args);
  const [options] = normalized;
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

function BlockList() {
  throw notImplemented('net.BlockList');
}

function SocketAddress() {
  throw notImplemented('net.SocketAddress');
}

module.exports = {
  BlockList,
  SocketAddress,
  connect,
  createConnection: connect,
  createServer,
  isIP: util.isIP,
  isIPv4: util.isIPv4,
  isIPv6: util.isIPv6,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily: util.getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily: util.setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout: util.getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout: util.setDefaultAutoSelectFamilyAttemptTimeout,
  _normalizeArgs: util.normalizeArgs,
  _setSimultaneousAccepts() {},
  _createServerHandle() {
    throw notImplemented('net._createServerHandle');
  },
};
