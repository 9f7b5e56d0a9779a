'use strict';
// EventEmitter's internal keys, for core modules that emit on a fast path (internal/http/server).

module.exports = {
  // Whether an emitter routes a listener's rejected promise to 'error' (captureRejections).
  kCapture: Symbol('kCapture'),
};
