'use strict';
// node:tty. A sandbox writes through the host, never to a terminal it owns, so no fd is
// a TTY (process.stdout.isTTY is false too); the stream classes are not available.

const errors = () => require('internal/errors');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && false;
}

class ReadStream {
  constructor() {
    throw errors().notImplemented('tty.ReadStream');
  }
}

class WriteStream {
  constructor() {
    throw errors().notImplemented('tty.WriteStream');
  }
}

module.exports = { isatty, ReadStream, WriteStream };
