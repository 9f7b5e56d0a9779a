'use strict';
// WHATWG WritableStream with its default writer and controller (the Streams Standard's
// algorithms): queued writes with backpressure (ready/desiredSize), close, abort, and
// the erroring/errored states.

const {
  kState, codes, invalidState, deferred, setHandled, rejected, promiseCall, dictMethod,
  extractHighWaterMark, extractSizeAlgorithm, resetQueue, enqueueValueWithSize, dequeueValue, peekQueueValue,
  brandCheck, Queue,
} = require('internal/streams/web/util');
const { kIsClosedPromise, kControllerErrorFunction, kIsErrored, kIsWritable } = require('internal/streams/utils');

const kPrivate = Symbol('kPrivate');
const kCloseSentinel = Symbol('kCloseSentinel');

function isWritableStream(v) {
  return v !== null && typeof v === 'object' && v[kState] !== undefined && v instanceof WritableStream;
}

function isWritableStreamLocked(stream) {
  return stream[kState].writer !== undefined;
}

class WritableStream {
  constructor(sink = undefined, strategy = {}) {
    if (sink === null) throw new codes.ERR_INVALID_ARG_TYPE('sink', 'Object', sink);
    if (strategy === null) strategy = {};
    if (sink !== undefined && sink.type !== undefined) throw new codes.ERR_INVALID_ARG_VALUE.RangeError('type', sink.type);
    initializeWritableStream(this);
    const size = extractSizeAlgorithm(strategy);
    const hwm = extractHighWaterMark(strategy, 1);
    const controller = new WritableStreamDefaultController(kPrivate);
    const start = dictMethod(sink, 'start', 'sink');
    const write = dictMethod(sink, 'write', 'sink');
    const close = dictMethod(sink, 'close', 'sink');
    const abort = dictMethod(sink, 'abort', 'sink');
    setUpController(this, controller,
      start ? () => start.call(sink, controller) : () => undefined,
      write ? (chunk) => promiseCall(write, sink, chunk, controller) : () => Promise.resolve(),
      close ? () => promiseCall(close, sink) : () => Promise.resolve(),
      abort ? (reason) => promiseCall(abort, sink, reason) : () => Promise.resolve(),
      hwm, size);
  }

  get locked() {
    brandCheck(this, WritableStream, 'WritableStream');
    return isWritableStreamLocked(this);
  }

  abort(reason = undefined) {
    if (!isWritableStream(this)) return rejected(new codes.ERR_INVALID_THIS('WritableStream'));
    if (isWritableStreamLocked(this)) return rejected(invalidState('WritableStream is locked'));
    return writableStreamAbort(this, reason);
  }

  close() {
    if (!isWritableStream(this)) return rejected(new codes.ERR_INVALID_THIS('WritableStream'));
    if (isWritableStreamLocked(this)) return rejected(invalidState('WritableStream is locked'));
    if (closeQueuedOrInFlight(this)) return rejected(invalidState('Failure closing WritableStream'));
    return writableStreamClose(this);
  }

  getWriter() {
    brandCheck(this, WritableStream, 'WritableStream');
    return new WritableStreamDefaultWriter(this);
  }

  get [Symbol.toStringTag]() {
    return 'WritableStream';
  }
}

Object.defineProperty(WritableStream.prototype, kIsErrored, {
  get() { return this[kState].state === 'errored'; },
});
Object.defineProperty(WritableStream.prototype, kIsWritable, {
  get() { return this[kState].state === 'writable'; },
});
Object.defineProperty(WritableStream.prototype, kIsClosedPromise, {
  get() { return this[kState].isClosed; },
});
Object.defineProperty(WritableStream.prototype, kControllerErrorFunction, {
  get() {
    const controller = this[kState].controller;
    return (err) => controllerErrorIfNeeded(controller, err);
  },
});
Object.defineProperty(WritableStream.prototype, Symbol.for('nodejs.util.inspect.custom'), {
  value(depth, options, inspect) {
    const s = this[kState];
    return `WritableStream ${inspect({ locked: !!s.writer, state: s.state }, options)}`;
  },
});

function initializeWritableStream(stream) {
  const isClosed = deferred();
  setHandled(isClosed.promise);
  stream[kState] = {
    state: 'writable',
    storedError: undefined,
    writer: undefined,
    controller: undefined,
    inFlightWriteRequest: undefined,
    closeRequest: undefined,
    inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined,
    writeRequests: [],
    backpressure: false,
    isClosed,
  };
}

function createWritableStream(start, write, close, abort, hwm = 1, size = () => 1) {
  const stream = Object.create(WritableStream.prototype);
  initializeWritableStream(stream);
  setUpController(stream, new WritableStreamDefaultController(kPrivate), start, write, close, abort, hwm, size);
  return stream;
}

// --- stream algorithms ---------------------------------------------------------------------

function writableStreamAbort(stream, reason) {
  const s = stream[kState];
  if (s.state === 'closed' || s.state === 'errored') return Promise.resolve();
  s.controller[kPrivate].abortController.abort(reason);
  const state = s.state;
  if (state === 'closed' || state === 'errored') return Promise.resolve();
  if (s.pendingAbortRequest !== undefined) return s.pendingAbortRequest.promise.promise;
  let wasAlreadyErroring = false;
  if (state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const promise = deferred();
  s.pendingAbortRequest = { promise, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) startErroring(stream, reason);
  return promise.promise;
}

function writableStreamClose(stream) {
  const s = stream[kState];
  if (s.state === 'closed' || s.state === 'errored') {
    return rejected(invalidState('WritableStream is closed'));
  }
  const promise = deferred();
  s.closeRequest = promise;
  const writer = s.writer;
  if (writer !== undefined && s.backpressure && s.state === 'writable') writer[kPrivate].ready.resolve();
  controllerClose(s.controller);
  return promise.promise;
}

function dealWithRejection(stream, error) {
  if (stream[kState].state === 'writable') {
    startErroring(stream, error);
    return;
  }
  finishErroring(stream);
}

function startErroring(stream, reason) {
  const s = stream[kState];
  const controller = s.controller;
  s.state = 'erroring';
  s.storedError = reason;
  if (s.writer !== undefined) ensureReadyPromiseRejected(s.writer, reason);
  if (!hasOperationMarkedInFlight(stream) && controller[kPrivate].started) finishErroring(stream);
}

function finishErroring(stream) {
  const s = stream[kState];
  s.state = 'errored';
  resetQueue(s.controller[kPrivate]);
  const storedError = s.storedError;
  s.isClosed.reject(storedError);
  for (const req of s.writeRequests) req.reject(storedError);
  s.writeRequests = [];
  if (s.pendingAbortRequest === undefined) {
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const abortRequest = s.pendingAbortRequest;
  s.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.promise.reject(storedError);
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const c = s.controller[kPrivate];
  const result = c.abortAlgorithm(abortRequest.reason);
  clearAlgorithms(c);
  result.then(() => {
    abortRequest.promise.resolve();
    rejectCloseAndClosedPromiseIfNeeded(stream);
  }, (reason) => {
    abortRequest.promise.reject(reason);
    rejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function finishInFlightWrite(stream) {
  const s = stream[kState];
  s.inFlightWriteRequest.resolve();
  s.inFlightWriteRequest = undefined;
}

function finishInFlightWriteWithError(stream, error) {
  const s = stream[kState];
  s.inFlightWriteRequest.reject(error);
  s.inFlightWriteRequest = undefined;
  dealWithRejection(stream, error);
}

function finishInFlightClose(stream) {
  const s = stream[kState];
  s.inFlightCloseRequest.resolve();
  s.inFlightCloseRequest = undefined;
  if (s.state === 'erroring') {
    s.storedError = undefined;
    if (s.pendingAbortRequest !== undefined) {
      s.pendingAbortRequest.promise.resolve();
      s.pendingAbortRequest = undefined;
    }
  }
  s.state = 'closed';
  s.isClosed.resolve();
  if (s.writer !== undefined) s.writer[kPrivate].closed.resolve();
}

function finishInFlightCloseWithError(stream, error) {
  const s = stream[kState];
  s.inFlightCloseRequest.reject(error);
  s.inFlightCloseRequest = undefined;
  if (s.pendingAbortRequest !== undefined) {
    s.pendingAbortRequest.promise.reject(error);
    s.pendingAbortRequest = undefined;
  }
  dealWithRejection(stream, error);
}

function closeQueuedOrInFlight(stream) {
  const s = stream[kState];
  return s.closeRequest !== undefined || s.inFlightCloseRequest !== undefined;
}

function hasOperationMarkedInFlight(stream) {
  const s = stream[kState];
  return s.inFlightWriteRequest !== undefined || s.inFlightCloseRequest !== undefined;
}

function rejectCloseAndClosedPromiseIfNeeded(stream) {
  const s = stream[kState];
  if (s.closeRequest !== undefined) {
    s.closeRequest.reject(s.storedError);
    s.closeRequest = undefined;
  }
  if (s.writer !== undefined) {
    const closed = s.writer[kPrivate].closed;
    closed.reject(s.storedError);
    setHandled(closed.promise);
  }
}

function updateBackpressure(stream, backpressure) {
  const s = stream[kState];
  const writer = s.writer;
  if (writer !== undefined && backpressure !== s.backpressure) {
    if (backpressure) writer[kPrivate].ready = deferred();
    else writer[kPrivate].ready.resolve();
  }
  s.backpressure = backpressure;
}

// --- writer --------------------------------------------------------------------------------

class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!isWritableStream(stream)) throw new codes.ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    if (isWritableStreamLocked(stream)) throw invalidState('WritableStream is locked');
    this[kState] = true;
    const w = { stream, ready: deferred(), closed: deferred() };
    this[kPrivate] = w;
    const s = stream[kState];
    s.writer = this;
    if (s.state === 'writable') {
      if (closeQueuedOrInFlight(stream) || !s.backpressure) w.ready.resolve();
    } else if (s.state === 'erroring') {
      w.ready.reject(s.storedError);
      setHandled(w.ready.promise);
    } else if (s.state === 'closed') {
      w.ready.resolve();
      w.closed.resolve();
    } else {
      w.ready.reject(s.storedError);
      setHandled(w.ready.promise);
      w.closed.reject(s.storedError);
      setHandled(w.closed.promise);
    }
  }

  get closed() {
    if (!isWriter(this)) return rejected(new codes.ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    return this[kPrivate].closed.promise;
  }

  get desiredSize() {
    brandCheck(this, WritableStreamDefaultWriter, 'WritableStreamDefaultWriter');
    if (this[kPrivate].stream === undefined) throw invalidState('Writer is not bound to a WritableStream');
    return writerGetDesiredSize(this);
  }

  get ready() {
    if (!isWriter(this)) return rejected(new codes.ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    return this[kPrivate].ready.promise;
  }

  abort(reason = undefined) {
    if (!isWriter(this)) return rejected(new codes.ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    if (this[kPrivate].stream === undefined) return rejected(invalidState('Writer is not bound to a WritableStream'));
    return writableStreamAbort(this[kPrivate].stream, reason);
  }

  close() {
    if (!isWriter(this)) return rejected(new codes.ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    const stream = this[kPrivate].stream;
    if (stream === undefined) return rejected(invalidState('Writer is not bound to a WritableStream'));
    if (closeQueuedOrInFlight(stream)) return rejected(invalidState('Failure to close WritableStream'));
    return writableStreamClose(stream);
  }

  releaseLock() {
    brandCheck(this, WritableStreamDefaultWriter, 'WritableStreamDefaultWriter');
    if (this[kPrivate].stream === undefined) return;
    writerRelease(this);
  }

  write(chunk = undefined) {
    if (!isWriter(this)) return rejected(new codes.ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    if (this[kPrivate].stream === undefined) return rejected(invalidState('Writer is not bound to a WritableStream'));
    return writerWrite(this, chunk);
  }

  get [Symbol.toStringTag]() {
    return 'WritableStreamDefaultWriter';
  }
}

function isWriter(v) {
  return v !== null && typeof v === 'object' && v[kPrivate] !== undefined && v instanceof WritableStreamDefaultWriter;
}

function acquireWriter(stream) {
  return new WritableStreamDefaultWriter(stream);
}

function ensureReadyPromiseRejected(writer, error) {
  rejectOrReplace(writer[kPrivate], 'ready', error);
}

// Rejects a still pending promise, or replaces a settled one with a rejected one.
function rejectOrReplace(w, key, error) {
  if (w[key].done) w[key] = deferred();
  w[key].reject(error);
  setHandled(w[key].promise);
}

function ensureClosedPromiseRejected(writer, error) {
  rejectOrReplace(writer[kPrivate], 'closed', error);
}

function writerGetDesiredSize(writer) {
  const stream = writer[kPrivate].stream;
  const state = stream[kState].state;
  if (state === 'errored' || state === 'erroring') return null;
  if (state === 'closed') return 0;
  return controllerGetDesiredSize(stream[kState].controller);
}

function writerRelease(writer) {
  const stream = writer[kPrivate].stream;
  const err = invalidState('Writer has been released');
  ensureReadyPromiseRejected(writer, err);
  ensureClosedPromiseRejected(writer, err);
  stream[kState].writer = undefined;
  writer[kPrivate].stream = undefined;
}

function writerWrite(writer, chunk) {
  const stream = writer[kPrivate].stream;
  const s = stream[kState];
  const controller = s.controller;
  const chunkSize = controllerGetChunkSize(controller, chunk);
  if (stream !== writer[kPrivate].stream) return rejected(invalidState('Writer is not bound to a WritableStream'));
  const state = s.state;
  if (state === 'errored') return rejected(s.storedError);
  if (closeQueuedOrInFlight(stream) || state === 'closed') return rejected(invalidState('WritableStream is closed'));
  if (state === 'erroring') return rejected(s.storedError);
  const promise = deferred();
  s.writeRequests.push(promise);
  controllerWrite(controller, chunk, chunkSize);
  return promise.promise;
}

function writerCloseWithErrorPropagation(writer) {
  const stream = writer[kPrivate].stream;
  const s = stream[kState];
  if (closeQueuedOrInFlight(stream) || s.state === 'closed') return Promise.resolve();
  if (s.state === 'errored') return rejected(s.storedError);
  return writableStreamClose(stream);
}

function writerReady(writer) {
  return writer[kPrivate].ready.promise;
}

function writerClosedPromise(writer) {
  return writer[kPrivate].closed.promise;
}

// --- controller -----------------------------------------------------------------------------

class WritableStreamDefaultController {
  constructor(key) {
    if (key !== kPrivate) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    this[kState] = true;
  }

  get signal() {
    brandCheck(this, WritableStreamDefaultController, 'WritableStreamDefaultController');
    return this[kPrivate].abortController.signal;
  }

  error(error = undefined) {
    brandCheck(this, WritableStreamDefaultController, 'WritableStreamDefaultController');
    if (this[kPrivate].stream[kState].state !== 'writable') return;
    controllerError(this, error);
  }

  get [Symbol.toStringTag]() {
    return 'WritableStreamDefaultController';
  }
}

function setUpController(stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, hwm, size) {
  const c = {
    stream,
    queue: new Queue(),
    queueTotalSize: 0,
    abortController: new AbortController(),
    started: false,
    sizeAlgorithm: size,
    highWaterMark: hwm,
    writeAlgorithm,
    closeAlgorithm,
    abortAlgorithm,
  };
  controller[kPrivate] = c;
  stream[kState].controller = controller;
  updateBackpressure(stream, controllerGetBackpressure(controller));
  const startResult = startAlgorithm();
  new Promise((r) => r(startResult)).then(() => {
    c.started = true;
    advanceQueueIfNeeded(controller);
  }, (r) => {
    c.started = true;
    dealWithRejection(stream, r);
  });
}

function clearAlgorithms(c) {
  c.writeAlgorithm = undefined;
  c.closeAlgorithm = undefined;
  c.abortAlgorithm = undefined;
  c.sizeAlgorithm = undefined;
}

function controllerClose(controller) {
  enqueueValueWithSize(controller[kPrivate], kCloseSentinel, 0);
  advanceQueueIfNeeded(controller);
}

function controllerGetChunkSize(controller, chunk) {
  const c = controller[kPrivate];
  if (c.sizeAlgorithm === undefined) return 1;
  try {
    return c.sizeAlgorithm(chunk);
  } catch (e) {
    controllerErrorIfNeeded(controller, e);
    return 1;
  }
}

function controllerGetDesiredSize(controller) {
  const c = controller[kPrivate];
  return c.highWaterMark - c.queueTotalSize;
}

function controllerGetBackpressure(controller) {
  return controllerGetDesiredSize(controller) <= 0;
}

function controllerWrite(controller, chunk, chunkSize) {
  const c = controller[kPrivate];
  try {
    enqueueValueWithSize(c, chunk, chunkSize);
  } catch (e) {
    controllerErrorIfNeeded(controller, e);
    return;
  }
  const stream = c.stream;
  if (!closeQueuedOrInFlight(stream) && stream[kState].state === 'writable') {
    updateBackpressure(stream, controllerGetBackpressure(controller));
  }
  advanceQueueIfNeeded(controller);
}

function advanceQueueIfNeeded(controller) {
  const c = controller[kPrivate];
  const stream = c.stream;
  const s = stream[kState];
  if (!c.started || s.inFlightWriteRequest !== undefined) return;
  if (s.state === 'erroring') {
    finishErroring(stream);
    return;
  }
  if (c.queue.length === 0) return;
  const value = peekQueueValue(c);
  if (value === kCloseSentinel) processClose(controller);
  else processWrite(controller, value);
}

function controllerErrorIfNeeded(controller, error) {
  if (controller[kPrivate].stream[kState].state === 'writable') controllerError(controller, error);
}

function processClose(controller) {
  const c = controller[kPrivate];
  const stream = c.stream;
  const s = stream[kState];
  s.inFlightCloseRequest = s.closeRequest;
  s.closeRequest = undefined;
  dequeueValue(c);
  const sinkClosePromise = c.closeAlgorithm();
  clearAlgorithms(c);
  sinkClosePromise.then(() => finishInFlightClose(stream), (r) => finishInFlightCloseWithError(stream, r));
}

function processWrite(controller, chunk) {
  const c = controller[kPrivate];
  const stream = c.stream;
  const s = stream[kState];
  s.inFlightWriteRequest = s.writeRequests.shift();
  c.writeAlgorithm(chunk).then(() => {
    finishInFlightWrite(stream);
    const state = s.state;
    dequeueValue(c);
    if (!closeQueuedOrInFlight(stream) && state === 'writable') {
      updateBackpressure(stream, controllerGetBackpressure(controller));
    }
    advanceQueueIfNeeded(controller);
  }, (reason) => {
    if (s.state === 'writable') clearAlgorithms(c);
    finishInFlightWriteWithError(stream, reason);
  });
}

function controllerError(controller, error) {
  const c = controller[kPrivate];
  clearAlgorithms(c);
  startErroring(c.stream, error);
}

module.exports = {
  WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController,
  isWritableStream, isWritableStreamLocked, createWritableStream, acquireWriter,
  writableStreamAbort, writableStreamClose, closeQueuedOrInFlight, writerRelease, writerWrite,
  writerCloseWithErrorPropagation, writerReady, writerClosedPromise, writerGetDesiredSize,
  controllerErrorIfNeeded, kPrivate,
};
