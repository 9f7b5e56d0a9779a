'use strict';
// WHATWG ReadableStream with its default reader and controller (following the Streams
// Standard's algorithms): enqueue/close/error, pull with backpressure, cancel, tee,
// pipeTo/pipeThrough, async iteration and ReadableStream.from. Byte streams are in
// internal/streams/web/bytes.

const {
  kState, codes, invalidState, deferred, setHandled, rejected, promiseCall, dictMethod,
  extractHighWaterMark, extractSizeAlgorithm, resetQueue, enqueueValueWithSize, dequeueValue, brandCheck, Queue,
} = require('internal/streams/web/util');
const { kIsClosedPromise, kControllerErrorFunction, kIsDisturbed, kIsErrored, kIsReadable } =
  require('internal/streams/utils');

let bytes;
const lazyBytes = () => bytes || (bytes = require('internal/streams/web/bytes'));
let writableMod;
const lazyWritable = () => writableMod || (writableMod = require('internal/streams/web/writable'));

const kPrivate = Symbol('kPrivate');

function isReadableStream(v) {
  return v !== null && typeof v === 'object' && v[kState] !== undefined && v instanceof ReadableStream;
}

class ReadableStream {
  constructor(source = undefined, strategy = {}) {
    if (source === null) throw new codes.ERR_INVALID_ARG_TYPE('source', 'Object', source);
    if (strategy === null) strategy = {};
    initializeReadableStream(this);
    const type = source === undefined ? undefined : source.type;
    if (type !== undefined && `${type}` === 'bytes') {
      if (strategy.size !== undefined) throw new codes.ERR_INVALID_ARG_VALUE.RangeError('strategy.size', strategy.size);
      const hwm = extractHighWaterMark(strategy, 0);
      lazyBytes().setUpByteControllerFromSource(this, source, hwm);
    } else if (type !== undefined) {
      throw new codes.ERR_INVALID_ARG_VALUE('source.type', type);
    } else {
      const size = extractSizeAlgorithm(strategy);
      const hwm = extractHighWaterMark(strategy, 1);
      setUpDefaultControllerFromSource(this, source, hwm, size);
    }
  }

  get locked() {
    brandCheck(this, ReadableStream, 'ReadableStream');
    return isLocked(this);
  }

  cancel(reason = undefined) {
    if (!isReadableStream(this)) return rejected(new codes.ERR_INVALID_THIS('ReadableStream'));
    if (isLocked(this)) return rejected(invalidState('ReadableStream is locked'));
    return readableStreamCancel(this, reason);
  }

  getReader(options = {}) {
    brandCheck(this, ReadableStream, 'ReadableStream');
    if (options === null || typeof options !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    const mode = options.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw new codes.ERR_INVALID_ARG_VALUE('options.mode', mode);
    return new (lazyBytes().ReadableStreamBYOBReader)(this);
  }

  pipeThrough(transform, options = {}) {
    brandCheck(this, ReadableStream, 'ReadableStream');
    const readable = transform && transform.readable;
    if (!isReadableStream(readable)) {
      throw new codes.ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    }
    const writable = transform.writable;
    if (!lazyWritable().isWritableStream(writable)) {
      throw new codes.ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', writable);
    }
    const { preventAbort, preventCancel, preventClose, signal } = pipeOptions(options);
    if (isLocked(this)) throw invalidState('The ReadableStream is locked');
    if (lazyWritable().isWritableStreamLocked(writable)) throw invalidState('The WritableStream is locked');
    const promise = readableStreamPipeTo(this, writable, preventClose, preventAbort, preventCancel, signal);
    setHandled(promise);
    return readable;
  }

  pipeTo(destination, options = {}) {
    try {
      brandCheck(this, ReadableStream, 'ReadableStream');
      if (!lazyWritable().isWritableStream(destination)) {
        throw new codes.ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination);
      }
      const { preventAbort, preventCancel, preventClose, signal } = pipeOptions(options);
      if (isLocked(this)) throw invalidState('The ReadableStream is locked');
      if (lazyWritable().isWritableStreamLocked(destination)) throw invalidState('The WritableStream is locked');
      return readableStreamPipeTo(this, destination, preventClose, preventAbort, preventCancel, signal);
    } catch (err) {
      return rejected(err);
    }
  }

  tee() {
    brandCheck(this, ReadableStream, 'ReadableStream');
    if (this[kState].controller[kPrivate].isBytes) return lazyBytes().byteStreamTee(this);
    return defaultTee(this);
  }

  values(options = {}) {
    brandCheck(this, ReadableStream, 'ReadableStream');
    if (options === null || typeof options !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    return createAsyncIterator(this, !!options.preventCancel);
  }

  [Symbol.asyncIterator](options) {
    return this.values(options);
  }

  get [Symbol.toStringTag]() {
    return 'ReadableStream';
  }

  static from(iterable) {
    return readableStreamFromIterable(iterable);
  }
}

Object.defineProperty(ReadableStream.prototype, kIsDisturbed, {
  get() { return this[kState].disturbed; },
});
Object.defineProperty(ReadableStream.prototype, kIsErrored, {
  get() { return this[kState].state === 'errored'; },
});
Object.defineProperty(ReadableStream.prototype, kIsReadable, {
  get() { return this[kState].state === 'readable'; },
});
Object.defineProperty(ReadableStream.prototype, kControllerErrorFunction, {
  get() {
    const controller = this[kState].controller;
    return (err) => readableControllerError(controller, err);
  },
});
Object.defineProperty(ReadableStream.prototype, kIsClosedPromise, {
  get() { return this[kState].isClosed; },
});
Object.defineProperty(ReadableStream.prototype, Symbol.for('nodejs.util.inspect.custom'), {
  value(depth, options, inspect) {
    const s = this[kState];
    const body = inspect({ locked: !!s.reader, state: s.state, supportsBYOB: !!s.controller[kPrivate].isBytes }, options);
    return `ReadableStream ${body}`;
  },
});

function pipeOptions(options) {
  if (options === null || typeof options !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
  const signal = options.signal;
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  return {
    preventAbort: !!options.preventAbort,
    preventCancel: !!options.preventCancel,
    preventClose: !!options.preventClose,
    signal,
  };
}

function initializeReadableStream(stream) {
  const isClosed = deferred();
  setHandled(isClosed.promise);
  stream[kState] = {
    state: 'readable',
    reader: undefined,
    storedError: undefined,
    disturbed: false,
    controller: undefined,
    isClosed,
  };
}

function isLocked(stream) {
  return stream[kState].reader !== undefined;
}

// --- default controller ------------------------------------------------------------------

class ReadableStreamDefaultController {
  constructor(key) {
    if (key !== kPrivate) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    this[kState] = true;
  }

  get desiredSize() {
    brandCheck(this, ReadableStreamDefaultController, 'ReadableStreamDefaultController');
    return defaultGetDesiredSize(this);
  }

  close() {
    brandCheck(this, ReadableStreamDefaultController, 'ReadableStreamDefaultController');
    if (!canCloseOrEnqueue(this)) throw invalidState('Controller is already closed');
    defaultControllerClose(this);
  }

  enqueue(chunk = undefined) {
    brandCheck(this, ReadableStreamDefaultController, 'ReadableStreamDefaultController');
    if (!canCloseOrEnqueue(this)) throw invalidState('Controller is already closed');
    defaultControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    brandCheck(this, ReadableStreamDefaultController, 'ReadableStreamDefaultController');
    readableControllerError(this, error);
  }

  get [Symbol.toStringTag]() {
    return 'ReadableStreamDefaultController';
  }
}

function setUpDefaultControllerFromSource(stream, source, hwm, size) {
  const controller = new ReadableStreamDefaultController(kPrivate);
  const start = dictMethod(source, 'start', 'source');
  const pull = dictMethod(source, 'pull', 'source');
  const cancel = dictMethod(source, 'cancel', 'source');
  setUpDefaultController(stream, controller,
    start ? () => start.call(source, controller) : () => undefined,
    pull ? () => promiseCall(pull, source, controller) : () => Promise.resolve(),
    cancel ? (reason) => promiseCall(cancel, source, reason) : () => Promise.resolve(),
    hwm, size);
}

function setUpDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, hwm, size) {
  const c = {
    stream,
    queue: new Queue(),
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    sizeAlgorithm: size,
    highWaterMark: hwm,
    pullAlgorithm,
    cancelAlgorithm,
    isBytes: false,
  };
  controller[kPrivate] = c;
  stream[kState].controller = controller;
  const startResult = startAlgorithm();
  new Promise((r) => r(startResult)).then(() => {
    c.started = true;
    callPullIfNeeded(controller);
  }, (r) => readableControllerError(controller, r));
}

function canCloseOrEnqueue(controller) {
  const c = controller[kPrivate];
  return !c.closeRequested && c.stream[kState].state === 'readable';
}

function defaultGetDesiredSize(controller) {
  const c = controller[kPrivate];
  const state = c.stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.highWaterMark - c.queueTotalSize;
}

function shouldCallPull(controller) {
  const c = controller[kPrivate];
  if (!canCloseOrEnqueue(controller) || !c.started) return false;
  const stream = c.stream;
  if (isLocked(stream) && numReadRequests(stream) > 0) return true;
  return defaultGetDesiredSize(controller) > 0;
}

function callPullIfNeeded(controller) {
  if (!shouldCallPull(controller)) return;
  const c = controller[kPrivate];
  if (c.pulling) {
    c.pullAgain = true;
    return;
  }
  c.pulling = true;
  c.pullAlgorithm().then(() => {
    c.pulling = false;
    if (c.pullAgain) {
      c.pullAgain = false;
      callPullIfNeeded(controller);
    }
  }, (e) => readableControllerError(controller, e));
}

function clearAlgorithms(c) {
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
  c.sizeAlgorithm = undefined;
}

function defaultControllerClose(controller) {
  if (!canCloseOrEnqueue(controller)) return;
  const c = controller[kPrivate];
  c.closeRequested = true;
  if (c.queue.length === 0) {
    clearAlgorithms(c);
    readableStreamClose(c.stream);
  }
}

function defaultControllerEnqueue(controller, chunk) {
  if (!canCloseOrEnqueue(controller)) return;
  const c = controller[kPrivate];
  const stream = c.stream;
  if (isLocked(stream) && numReadRequests(stream) > 0) {
    fulfillReadRequest(stream, chunk, false);
  } else {
    let size;
    try {
      size = c.sizeAlgorithm(chunk);
    } catch (e) {
      readableControllerError(controller, e);
      throw e;
    }
    try {
      enqueueValueWithSize(c, chunk, size);
    } catch (e) {
      readableControllerError(controller, e);
      throw e;
    }
  }
  callPullIfNeeded(controller);
}

function readableControllerError(controller, e) {
  const c = controller[kPrivate];
  if (c.stream[kState].state !== 'readable') return;
  if (c.isBytes) lazyBytes().clearPendingPullIntos(controller);
  resetQueue(c);
  clearAlgorithms(c);
  readableStreamError(c.stream, e);
}

// [[PullSteps]] of the default controller.
function defaultPullSteps(controller, readRequest) {
  const c = controller[kPrivate];
  const stream = c.stream;
  if (c.queue.length > 0) {
    const chunk = dequeueValue(c);
    if (c.closeRequested && c.queue.length === 0) {
      clearAlgorithms(c);
      readableStreamClose(stream);
    } else {
      callPullIfNeeded(controller);
    }
    readRequest.chunk(chunk);
  } else {
    stream[kState].reader[kPrivate].readRequests.push(readRequest);
    callPullIfNeeded(controller);
  }
}

function controllerCancelSteps(controller, reason) {
  const c = controller[kPrivate];
  if (c.isBytes) return lazyBytes().byteCancelSteps(controller, reason);
  resetQueue(c);
  const result = c.cancelAlgorithm(reason);
  clearAlgorithms(c);
  return result;
}

function controllerPullSteps(controller, readRequest) {
  if (controller[kPrivate].isBytes) lazyBytes().bytePullSteps(controller, readRequest);
  else defaultPullSteps(controller, readRequest);
}

function controllerReleaseSteps(controller) {
  if (controller[kPrivate].isBytes) lazyBytes().byteReleaseSteps(controller);
}

// --- stream algorithms -------------------------------------------------------------------

function numReadRequests(stream) {
  return stream[kState].reader[kPrivate].readRequests.length;
}

function fulfillReadRequest(stream, chunk, done) {
  const readRequest = stream[kState].reader[kPrivate].readRequests.shift();
  if (done) readRequest.close();
  else readRequest.chunk(chunk);
}

function readableStreamCancel(stream, reason) {
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') return Promise.resolve();
  if (s.state === 'errored') return rejected(s.storedError);
  readableStreamClose(stream);
  const reader = s.reader;
  if (reader !== undefined && reader[kPrivate].readIntoRequests) {
    const requests = reader[kPrivate].readIntoRequests;
    reader[kPrivate].readIntoRequests = [];
    for (const r of requests) r.close(undefined);
  }
  return controllerCancelSteps(s.controller, reason).then(() => undefined);
}

function readableStreamClose(stream) {
  const s = stream[kState];
  s.state = 'closed';
  s.isClosed.resolve();
  const reader = s.reader;
  if (reader === undefined) return;
  const r = reader[kPrivate];
  r.closed.resolve();
  if (r.readRequests) {
    const requests = r.readRequests;
    r.readRequests = [];
    for (const req of requests) req.close();
  }
}

function readableStreamError(stream, e) {
  const s = stream[kState];
  s.state = 'errored';
  s.storedError = e;
  s.isClosed.reject(e);
  const reader = s.reader;
  if (reader === undefined) return;
  const r = reader[kPrivate];
  r.closed.reject(e);
  setHandled(r.closed.promise);
  if (r.readRequests) errorReadRequests(reader, e);
  else lazyBytes().errorReadIntoRequests(reader, e);
}

// --- default reader ----------------------------------------------------------------------

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!isReadableStream(stream)) throw new codes.ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    this[kState] = true;
    this[kPrivate] = { stream: undefined, closed: undefined, readRequests: [] };
    readerGenericInitialize(this, stream);
  }

  read() {
    if (!(this instanceof ReadableStreamDefaultReader) || !this[kPrivate]) {
      return rejected(new codes.ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    if (this[kPrivate].stream === undefined) return rejected(invalidState('The reader is not attached to a stream'));
    const d = deferred();
    readerRead(this, {
      chunk: (value) => d.resolve({ value, done: false }),
      close: () => d.resolve({ value: undefined, done: true }),
      error: (e) => d.reject(e),
    });
    return d.promise;
  }

  releaseLock() {
    brandCheck(this, ReadableStreamDefaultReader, 'ReadableStreamDefaultReader');
    if (this[kPrivate].stream === undefined) return;
    defaultReaderRelease(this);
  }

  get closed() {
    if (!(this instanceof ReadableStreamDefaultReader) || !this[kPrivate]) {
      return rejected(new codes.ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    return this[kPrivate].closed.promise;
  }

  cancel(reason = undefined) {
    if (!(this instanceof ReadableStreamDefaultReader) || !this[kPrivate]) {
      return rejected(new codes.ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    if (this[kPrivate].stream === undefined) return rejected(invalidState('The reader is not attached to a stream'));
    return readableStreamCancel(this[kPrivate].stream, reason);
  }

  get [Symbol.toStringTag]() {
    return 'ReadableStreamDefaultReader';
  }
}

function readerGenericInitialize(reader, stream) {
  if (isLocked(stream)) throw invalidState('ReadableStream is locked');
  const r = reader[kPrivate];
  r.stream = stream;
  const s = stream[kState];
  s.reader = reader;
  r.closed = deferred();
  if (s.state === 'closed') {
    r.closed.resolve();
  } else if (s.state === 'errored') {
    r.closed.reject(s.storedError);
    setHandled(r.closed.promise);
  }
}

function readerGenericRelease(reader) {
  const r = reader[kPrivate];
  const stream = r.stream;
  const s = stream[kState];
  const err = invalidState('Reader released');
  if (s.state === 'readable') {
    r.closed.reject(err);
  } else {
    r.closed = deferred();
    r.closed.reject(err);
  }
  setHandled(r.closed.promise);
  controllerReleaseSteps(s.controller);
  s.reader = undefined;
  r.stream = undefined;
}

function errorReadRequests(reader, e) {
  const r = reader[kPrivate];
  const requests = r.readRequests;
  r.readRequests = [];
  for (const req of requests) req.error(e);
}

function defaultReaderRelease(reader) {
  readerGenericRelease(reader);
  errorReadRequests(reader, invalidState('Releasing reader'));
}

function readerRead(reader, readRequest) {
  const stream = reader[kPrivate].stream;
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') readRequest.close();
  else if (s.state === 'errored') readRequest.error(s.storedError);
  else controllerPullSteps(s.controller, readRequest);
}

// --- async iteration ---------------------------------------------------------------------

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

function createAsyncIterator(stream, preventCancel) {
  const reader = new ReadableStreamDefaultReader(stream);
  let ongoing;
  let finished = false;

  const nextSteps = () => {
    if (finished) return Promise.resolve({ done: true, value: undefined });
    if (reader[kPrivate].stream === undefined) {
      return rejected(invalidState('The reader is not bound to a ReadableStream'));
    }
    const d = deferred();
    readerRead(reader, {
      chunk: (value) => d.resolve({ value, done: false }),
      close: () => {
        finished = true;
        defaultReaderRelease(reader);
        d.resolve({ done: true, value: undefined });
      },
      error: (e) => {
        finished = true;
        defaultReaderRelease(reader);
        d.reject(e);
      },
    });
    return d.promise;
  };

  const returnSteps = (value) => {
    if (finished) return Promise.resolve({ value, done: true });
    finished = true;
    if (reader[kPrivate].stream === undefined) {
      return rejected(invalidState('The reader is not bound to a ReadableStream'));
    }
    if (!preventCancel) {
      const result = readableStreamCancel(reader[kPrivate].stream, value);
      defaultReaderRelease(reader);
      return result.then(() => ({ value, done: true }));
    }
    defaultReaderRelease(reader);
    return Promise.resolve({ value, done: true });
  };

  const iterator = Object.create(AsyncIteratorPrototype, {
    next: {
      value: function next() {
        ongoing = ongoing ? ongoing.then(nextSteps, nextSteps) : nextSteps();
        return ongoing;
      },
      writable: true, configurable: true,
    },
    return: {
      value: function(value) {
        const steps = () => returnSteps(value);
        ongoing = ongoing ? ongoing.then(steps, steps) : steps();
        return ongoing;
      },
      writable: true, configurable: true,
    },
  });
  return iterator;
}

// --- tee ------------------------------------------------------------------------------------

function defaultTee(stream) {
  const reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = deferred();

  const pullAlgorithm = () => {
    if (reading) {
      readAgain = true;
      return Promise.resolve();
    }
    reading = true;
    readerRead(reader, {
      chunk: (chunk) => {
        queueMicrotask(() => {
          readAgain = false;
          if (!canceled1) defaultControllerEnqueue(branch1[kState].controller, chunk);
          if (!canceled2) defaultControllerEnqueue(branch2[kState].controller, chunk);
          reading = false;
          if (readAgain) pullAlgorithm();
        });
      },
      close: () => {
        reading = false;
        if (!canceled1) defaultControllerClose(branch1[kState].controller);
        if (!canceled2) defaultControllerClose(branch2[kState].controller);
        if (!canceled1 || !canceled2) cancelPromise.resolve();
      },
      error: () => {
        reading = false;
      },
    });
    return Promise.resolve();
  };

  const cancel1 = (reason) => {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  };
  const cancel2 = (reason) => {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  };

  branch1 = createReadableStream(() => undefined, pullAlgorithm, cancel1);
  branch2 = createReadableStream(() => undefined, pullAlgorithm, cancel2);
  reader[kPrivate].closed.promise.then(undefined, (r) => {
    readableControllerError(branch1[kState].controller, r);
    readableControllerError(branch2[kState].controller, r);
    if (!canceled1 || !canceled2) cancelPromise.resolve();
  });
  return [branch1, branch2];
}

function createReadableStream(start, pull, cancel, hwm = 1, size = () => 1) {
  const stream = Object.create(ReadableStream.prototype);
  initializeReadableStream(stream);
  setUpDefaultController(stream, new ReadableStreamDefaultController(kPrivate), start, pull, cancel, hwm, size);
  return stream;
}

// --- ReadableStream.from ----------------------------------------------------------------------

function readableStreamFromIterable(iterable) {
  let iterator;
  let nextMethod;
  if (iterable != null && typeof iterable[Symbol.asyncIterator] === 'function') {
    iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable != null && typeof iterable[Symbol.iterator] === 'function') {
    const sync = iterable[Symbol.iterator]();
    iterator = (async function* () { yield* sync; })();
  } else {
    throw new codes.ERR_ARG_NOT_ITERABLE(iterable);
  }
  if (iterator === null || typeof iterator !== 'object') {
    throw invalidState('The iterator method must return an object');
  }
  nextMethod = iterator.next;
  let stream;
  const pull = () => {
    let result;
    try {
      result = Reflect.apply(nextMethod, iterator, []);
    } catch (e) {
      return rejected(e);
    }
    return Promise.resolve(result).then((res) => {
      if (res === null || typeof res !== 'object') {
        throw invalidState('The promise returned by the iterator.next() method must fulfill with an object');
      }
      const controller = stream[kState].controller;
      if (res.done) defaultControllerClose(controller);
      else defaultControllerEnqueue(controller, res.value);
    });
  };
  const cancel = (reason) => {
    let ret;
    try {
      ret = iterator.return;
    } catch (e) {
      return rejected(e);
    }
    if (ret == null) return Promise.resolve();
    let result;
    try {
      result = Reflect.apply(ret, iterator, [reason]);
    } catch (e) {
      return rejected(e);
    }
    return Promise.resolve(result).then((res) => {
      if (res === null || typeof res !== 'object') {
        throw invalidState('The promise returned by the iterator.return() method must fulfill with an object');
      }
    });
  };
  stream = createReadableStream(() => undefined, pull, cancel, 0);
  return stream;
}

// --- pipeTo ------------------------------------------------------------------------------------

function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  const W = lazyWritable();
  const reader = new ReadableStreamDefaultReader(source);
  const writer = W.acquireWriter(dest);
  source[kState].disturbed = true;
  let shuttingDown = false;
  let currentWrite = Promise.resolve();
  const done = deferred();

  const finalize = (isError, error) => {
    W.writerRelease(writer);
    readerGenericRelease(reader);
    if (signal) signal.removeEventListener('abort', abortAlgorithm);
    if (isError) done.reject(error);
    else done.resolve();
  };

  // Waits for the last write, and for any write started meanwhile.
  const waitForCurrentWrite = async () => {
    const write = currentWrite;
    await write;
    if (write !== currentWrite) await waitForCurrentWrite();
  };

  const destStillWritable = () => dest[kState].state === 'writable' && !W.closeQueuedOrInFlight(dest);

  const shutdownWithAction = (action, isError, originalError) => {
    if (shuttingDown) return;
    shuttingDown = true;
    const complete = () => {
      action().then(() => finalize(isError, originalError), (e) => finalize(true, e));
    };
    if (destStillWritable()) waitForCurrentWrite().then(complete, (e) => finalize(true, e));
    else complete();
  };

  const shutdown = (isError, error) => {
    if (shuttingDown) return;
    shuttingDown = true;
    if (destStillWritable()) waitForCurrentWrite().then(() => finalize(isError, error), (e) => finalize(true, e));
    else finalize(isError, error);
  };

  function abortAlgorithm() {
    let error = signal.reason;
    if (error instanceof Error && error.name === 'AbortError' && error.code === 'ABORT_ERR') {
      // An AbortError from node must reach web streams as a DOMException.
      error = new DOMException(error.message, 'AbortError');
    }
    const actions = [];
    if (!preventAbort) {
      actions.push(() => (dest[kState].state === 'writable' ? W.writableStreamAbort(dest, error) : Promise.resolve()));
    }
    if (!preventCancel) {
      actions.push(() => (source[kState].state === 'readable' ? readableStreamCancel(source, error) : Promise.resolve()));
    }
    shutdownWithAction(() => Promise.all(actions.map((a) => a())), true, error);
  }

  // One chunk per iteration: wait until the writer is ready, then read and write.
  const step = async () => {
    if (shuttingDown) return true;
    await W.writerReady(writer);
    const next = deferred();
    readerRead(reader, {
      chunk: (chunk) => {
        currentWrite = W.writerWrite(writer, chunk);
        setHandled(currentWrite);
        next.resolve(false);
      },
      close: () => next.resolve(true),
      error: (e) => next.reject(e),
    });
    return next.promise;
  };
  const run = async () => {
    while (!await step());
  };

  if (signal) {
    if (signal.aborted) {
      abortAlgorithm();
      return done.promise;
    }
    signal.addEventListener('abort', abortAlgorithm, { once: true });
  }

  setHandled(run());

  const watchErrored = (stream, promise, action) => {
    if (stream[kState].state === 'errored') action(stream[kState].storedError);
    else promise.then(undefined, action);
  };
  watchErrored(source, reader[kPrivate].closed.promise, (error) => {
    if (!preventAbort) shutdownWithAction(() => W.writableStreamAbort(dest, error), true, error);
    else shutdown(true, error);
  });
  watchErrored(dest, W.writerClosedPromise(writer), (error) => {
    if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, error), true, error);
    else shutdown(true, error);
  });
  const onSourceClosed = () => {
    if (!preventClose) shutdownWithAction(() => W.writerCloseWithErrorPropagation(writer));
    else shutdown();
  };
  if (source[kState].state === 'closed') onSourceClosed();
  else reader[kPrivate].closed.promise.then(onSourceClosed, () => {});

  if (W.closeQueuedOrInFlight(dest) || dest[kState].state === 'closed') {
    const error = invalidState('Destination WritableStream is closed');
    if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, error), true, error);
    else shutdown(true, error);
  }
  return done.promise;
}

module.exports = {
  ReadableStream, ReadableStreamDefaultReader, ReadableStreamDefaultController,
  isReadableStream, isLocked, readableStreamCancel, readableStreamClose, readableStreamError,
  readableControllerError, defaultControllerEnqueue, defaultControllerClose, defaultGetDesiredSize,
  canCloseOrEnqueue, callPullIfNeeded, shouldCallPull, createReadableStream, readerRead, defaultReaderRelease,
  readerGenericInitialize, readerGenericRelease, numReadRequests, fulfillReadRequest, initializeReadableStream,
  kPrivate,
};
