'use strict';
// The event loop (DESIGN.md §2): nextTick and microtask draining, timers, poll, check
// (immediates), and the rule that the loop ends when nothing referenced remains.

const natives = require('internal/natives');
const timers = require('internal/timers');

// ---- process.nextTick and microtasks -------------------------------------------------
// The queue lives in natives/loop.rs: a tick costs no arguments object or array there.
// createProcess binds it, since Node's nextTick checks process._exiting.
function bindNextTick(proc) {
  module.exports.nextTick = natives.makeNextTick(proc, function nextTick(callback) {
    throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('callback', 'Function', callback);
  });
  return module.exports.nextTick;
}

// Unhandled rejections, collected from QuickJS's tracker and settled after microtasks.
const pendingRejections = new Map();
const reportedRejections = new WeakSet();
let handledLate = [];
// Whether either list above may be non-empty: one variable for the loop to test per event.
let rejectionsToSettle = false;

function onRejection(promise, reason, handled) {
  rejectionsToSettle = true;
  if (!handled) {
    pendingRejections.set(promise, reason);
  } else if (pendingRejections.has(promise)) {
    pendingRejections.delete(promise);
  } else if (reportedRejections.has(promise)) {
    reportedRejections.delete(promise);
    handledLate.push(promise);
  }
}

let uncaughtHandler = null;

function setUncaughtHandler(fn) {
  uncaughtHandler = fn;
}

function reportUncaught(err) {
  uncaughtHandler(err, 'uncaughtException');
}

function processRejections() {
  rejectionsToSettle = false;
  if (handledLate.length > 0) {
    const list = handledLate;
    handledLate = [];
    for (const promise of list) process.emit('rejectionHandled', promise);
  }
  if (pendingRejections.size === 0) return false;
  const list = [...pendingRejections];
  pendingRejections.clear();
  for (const [promise, reason] of list) {
    reportedRejections.add(promise);
    if (process.listenerCount('unhandledRejection') > 0) {
      process.emit('unhandledRejection', reason, promise);
    } else {
      uncaughtHandler(reason, 'unhandledRejection', promise);
    }
  }
  return true;
}

// Ticks and microtasks (natives/loop.rs keeps Node's order), then unhandled rejections,
// which may queue more. A callback that throws is reported, and draining goes on.
function processTicksAndRejections() {
  do {
    for (;;) {
      try {
        natives.drainTicks();
        break;
      } catch (err) {
        uncaughtHandler(err, 'uncaughtException');
      }
    }
  } while (processRejections());
}

// ---- host handles and events -----------------------------------------------------------
// Capabilities register one dispatcher per event kind, and count referenced handles
// (servers, sockets, children) that keep the loop alive.
// By kind name; a plain object, since the hottest kinds arrive as atoms (natives/loop.rs).
const dispatchers = Object.create(null);
let refedHandles = 0;

function onEvent(kind, fn) {
  dispatchers[kind] = fn;
}

function refHandle() {
  refedHandles++;
}

function unrefHandle() {
  refedHandles--;
}

// Collections whose entries each keep the loop alive, counted by their size, so a handle
// that comes and goes per request costs no call (internal/http/server's requests).
const liveSets = [];

function keepAliveWhileNonEmpty(collection) {
  liveSets.push(collection);
}

function liveEntries() {
  for (let i = 0; i < liveSets.length; i++) if (liveSets[i].size > 0) return true;
  return false;
}

function alive() {
  return timers.hasRefed() || refedHandles > 0 || liveEntries();
}

// ---- the loop ------------------------------------------------------------------------------
// libuv's order (1.45+, Node 20): due timers once on entry, then each turn polls,
// runs immediates, runs due timers, and only then asks whether anything is left.
function runLoop() {
  for (;;) {
    let more = alive();
    if (more) timers.runTimers(processTicksAndRejections, reportUncaught);
    while (more) {
      let timeout = 0;
      if (!timers.hasImmediates() && alive()) {
        const next = timers.msUntilNext();
        timeout = next === undefined ? (refedHandles > 0 || liveEntries() ? -1 : 0) : next;
      }
      // Waiting happens in the host, so an idle sandbox costs no CPU.
      const events = natives.poll(timeout);
      if (events !== undefined) {
        for (let i = 0; i < events.length; i++) {
          // Each event's callback, then ticks and microtasks; the common case (no throw, no
          // rejection) inline, since this runs once per request.
          const ev = events[i];
          const fn = dispatchers[ev[0]];
          if (fn === undefined) continue;
          try {
            fn(ev);
            natives.drainTicks();
          } catch (err) {
            uncaughtHandler(err, 'uncaughtException');
            processTicksAndRejections();
            continue;
          }
          if (rejectionsToSettle) processTicksAndRejections();
        }
      }
      timers.runImmediates(processTicksAndRejections, reportUncaught);
      timers.runTimers(processTicksAndRejections, reportUncaught);
      more = alive();
    }
    // Node emits beforeExit when the loop empties; listeners may schedule more work.
    process.emit('beforeExit', process.exitCode === undefined ? 0 : process.exitCode);
    processTicksAndRejections();
    if (!alive()) break;
  }
}

module.exports = {
  nextTick: undefined, bindNextTick, onRejection, setUncaughtHandler, processTicksAndRejections, runLoop,
  onEvent, refHandle, unrefHandle, keepAliveWhileNonEmpty, alive,
};
