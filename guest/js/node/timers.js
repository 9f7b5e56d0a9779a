'use strict';
// node:timers — the same functions as the globals, from internal/timers, plus Node's
// deprecated enroll/unenroll/active/_unrefActive for objects with an _onTimeout method.

const t = require('internal/timers');

const kTimer = Symbol('timer');
const warned = new Set();

function deprecate(code, msg) {
  if (warned.has(code)) return;
  warned.add(code);
  process.emitWarning(msg, 'DeprecationWarning', code);
}

function unenrollItem(item) {
  if (item[kTimer]) {
    t.clearTimeout(item[kTimer]);
    item[kTimer] = null;
  }
  item._idleTimeout = -1;
}

function arm(item, refed) {
  if (item instanceof t.Timeout) {
    item.refresh();
    if (!refed) item.unref();
    return;
  }
  const msecs = item._idleTimeout;
  if (msecs === undefined || msecs < 0) return;
  if (item[kTimer]) t.clearTimeout(item[kTimer]);
  item[kTimer] = t.setTimeout(() => {
    item[kTimer] = null;
    if (typeof item._onTimeout === 'function') item._onTimeout();
  }, msecs);
  if (!refed) item[kTimer].unref();
}

function enroll(item, msecs) {
  deprecate('DEP0095', 'timers.enroll() is deprecated. Please use setTimeout instead.');
  if (typeof msecs !== 'number') {
    throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('msecs', 'number', msecs);
  }
  if (!(msecs >= 0 && msecs !== Infinity)) {
    throw new (require('internal/errors').codes.ERR_OUT_OF_RANGE)('msecs', 'a non-negative finite number', msecs);
  }
  if (msecs > t.TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.\nTimer duration was truncated to ${t.TIMEOUT_MAX}.`,
      'TimeoutOverflowWarning');
    msecs = t.TIMEOUT_MAX;
  }
  if (item[kTimer]) unenrollItem(item);
  item._idleTimeout = msecs;
}

module.exports = {
  setTimeout: t.setTimeout,
  clearTimeout: t.clearTimeout,
  setImmediate: t.setImmediate,
  clearImmediate: t.clearImmediate,
  setInterval: t.setInterval,
  clearInterval: t.clearInterval,
  _unrefActive(item) {
    deprecate('DEP0127', 'timers._unrefActive() is deprecated. Please use timeout.refresh() instead.');
    arm(item, false);
  },
  active(item) {
    deprecate('DEP0126', 'timers.active() is deprecated. Please use timeout.refresh() instead.');
    arm(item, true);
  },
  unenroll(item) {
    deprecate('DEP0096', 'timers.unenroll() is deprecated. Please use clearTimeout instead.');
    if (item instanceof t.Timeout) t.clearTimeout(item);
    else unenrollItem(item);
  },
  enroll,
  get promises() {
    return require('timers/promises');
  },
};
