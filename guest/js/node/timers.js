'use strict';
// node:timers — the same functions as the globals, from internal/timers.

const t = require('internal/timers');

module.exports = {
  setTimeout: t.setTimeout,
  clearTimeout: t.clearTimeout,
  setInterval: t.setInterval,
  clearInterval: t.clearInterval,
  setImmediate: t.setImmediate,
  clearImmediate: t.clearImmediate,
  get promises() {
    return require('timers/promises');
  },
};
