'use strict';
// Readable byte streams (type: 'bytes'): ReadableByteStreamController, BYOB requests and
// the BYOB reader, following the Streams Standard (pull-into descriptors, buffers
// transferred on enqueue and respond, autoAllocateChunkSize).

const { kState, codes, invalidState, deferred, rejected, promiseCall, dictMethod, brandCheck, Queue } =
  require('internal/streams/web/util');
const R = require('internal/streams/web/readable');

const { kPrivate } = R;

function transfer(buffer) {
  if (typeof buffer.transfer === 'function') return buffer.transfer();
  return structuredClone(buffer, { transfer: [buffer] });
}

function isDetached(buffer) {
  if (typeof buffer.detached === 'boolean') return buffer.detached;
  return false;
}

function rangeError(msg) {
  const err = new RangeError(msg);
  err.code = 'ERR_INVALID_STATE';
  return err;
}

// --- controller ------------------------------------------------------------------------------

class ReadableByteStreamController {
  constructor(key) {
    if (key !== kPrivate) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    this[kState] = true;
  }

  get byobRequest() {
    brandCheck(this, ReadableByteStreamController, 'ReadableByteStreamController');
    return getBYOBRequest(this);
  }

  get desiredSize() {
    brandCheck(this, ReadableByteStreamController, 'ReadableByteStreamController');
    return R.defaultGetDesiredSize(this);
  }

  close() {
    brandCheck(this, ReadableByteStreamController, 'ReadableByteStreamController');
    const c = this[kPrivate];
    if (c.closeRequested) throw invalidState('Controller is already closed');
    if (c.stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    byteControllerClose(this);
  }

  enqueue(chunk) {
    brandCheck(this, ReadableByteStreamController, 'ReadableByteStreamController');
    if (!ArrayBuffer.isView(chunk)) {
      throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['ArrayBuffer', 'TypedArray', 'DataView'], chunk);
    }
    if (chunk.byteLength === 0 || chunk.buffer.byteLength === 0) throw invalidState('chunk is empty');
    const c = this[kPrivate];
    if (c.closeRequested) throw invalidState('Controller is already closed');
    if (c.stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    byteControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    brandCheck(this, ReadableByteStreamController, 'ReadableByteStreamController');
    R.readableControllerError(this, error);
  }

  get [Symbol.toStringTag]() {
    return 'ReadableByteStreamController';
  }
}

function setUpByteControllerFromSource(stream, source, hwm) {
  const controller = new ReadableByteStreamController(kPrivate);
  const start = dictMethod(source, 'start', 'source');
  const pull = dictMethod(source, 'pull', 'source');
  const cancel = dictMethod(source, 'cancel', 'source');
  let autoAllocateChunkSize = source.autoAllocateChunkSize;
  if (autoAllocateChunkSize !== undefined) {
    autoAllocateChunkSize = Number(autoAllocateChunkSize);
    if (!Number.isInteger(autoAllocateChunkSize) || autoAllocateChunkSize <= 0) {
      throw new codes.ERR_INVALID_ARG_VALUE('source.autoAllocateChunkSize', source.autoAllocateChunkSize);
    }
  }
  setUpByteController(stream, controller,
    start ? () => start.call(source, controller) : () => undefined,
    pull ? () => promiseCall(pull, source, controller) : () => Promise.resolve(),
    cancel ? (reason) => promiseCall(cancel, source, reason) : () => Promise.resolve(),
    hwm, autoAllocateChunkSize);
}

function setUpByteController(stream, controller, start, pull, cancel, hwm, autoAllocateChunkSize) {
  const c = {
    stream,
    queue: new Queue(),
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    highWaterMark: hwm,
    pullAlgorithm: pull,
    cancelAlgorithm: cancel,
    autoAllocateChunkSize,
    pendingPullIntos: [],
    byobRequest: null,
    isBytes: true,
  };
  controller[kPrivate] = c;
  stream[kState].controller = controller;
  new Promise((r) => r(start())).then(() => {
    c.started = true;
    callPullIfNeeded(controller);
  }, (r) => R.readableControllerError(controller, r));
}

function createByteStream(start, pull, cancel) {
  const stream = Object.create(R.ReadableStream.prototype);
  R.initializeReadableStream(stream);
  setUpByteController(stream, new ReadableByteStreamController(kPrivate), start, pull, cancel, 0, undefined);
  return stream;
}

function hasDefaultReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && reader[kPrivate].readRequests !== undefined;
}

function hasBYOBReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && reader[kPrivate].readIntoRequests !== undefined;
}

function numReadIntoRequests(stream) {
  return stream[kState].reader[kPrivate].readIntoRequests.length;
}

function shouldCallPull(controller) {
  const c = controller[kPrivate];
  const stream = c.stream;
  if (stream[kState].state !== 'readable' || c.closeRequested || !c.started) return false;
  if (hasDefaultReader(stream) && R.numReadRequests(stream) > 0) return true;
  if (hasBYOBReader(stream) && numReadIntoRequests(stream) > 0) return true;
  return R.defaultGetDesiredSize(controller) > 0;
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
  }, (e) => R.readableControllerError(controller, e));
}

function clearAlgorithms(c) {
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
}

function clearPendingPullIntos(controller) {
  invalidateBYOBRequest(controller);
  controller[kPrivate].pendingPullIntos = [];
}

function invalidateBYOBRequest(controller) {
  const c = controller[kPrivate];
  if (c.byobRequest === null) return;
  c.byobRequest[kPrivate].controller = undefined;
  c.byobRequest[kPrivate].view = null;
  c.byobRequest = null;
}

function getBYOBRequest(controller) {
  const c = controller[kPrivate];
  if (c.byobRequest === null && c.pendingPullIntos.length > 0) {
    const d = c.pendingPullIntos[0];
    const view = new Uint8Array(d.buffer, d.byteOffset + d.bytesFilled, d.byteLength - d.bytesFilled);
    const request = new ReadableStreamBYOBRequest(kPrivate);
    request[kPrivate] = { controller, view };
    c.byobRequest = request;
  }
  return c.byobRequest;
}

function byteControllerClose(controller) {
  const c = controller[kPrivate];
  const stream = c.stream;
  if (c.closeRequested || stream[kState].state !== 'readable') return;
  if (c.queueTotalSize > 0) {
    c.closeRequested = true;
    return;
  }
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const e = invalidState('Partial read');
      R.readableControllerError(controller, e);
      throw e;
    }
  }
  clearAlgorithms(c);
  R.readableStreamClose(stream);
}

function convertDescriptor(d) {
  const buffer = transfer(d.buffer);
  return new d.viewConstructor(buffer, d.byteOffset, d.bytesFilled / d.elementSize);
}

function commitDescriptor(stream, d) {
  let done = false;
  if (stream[kState].state === 'closed') done = true;
  const filledView = convertDescriptor(d);
  if (d.readerType === 'default') {
    R.fulfillReadRequest(stream, filledView, done);
  } else {
    const req = stream[kState].reader[kPrivate].readIntoRequests.shift();
    if (done) req.close(filledView);
    else req.chunk(filledView);
  }
}

function enqueueChunk(c, buffer, byteOffset, byteLength) {
  c.queue.push({ buffer, byteOffset, byteLength });
  c.queueTotalSize += byteLength;
}

function enqueueClonedChunk(controller, buffer, byteOffset, byteLength) {
  let clone;
  try {
    clone = buffer.slice(byteOffset, byteOffset + byteLength);
  } catch (e) {
    R.readableControllerError(controller, e);
    throw e;
  }
  enqueueChunk(controller[kPrivate], clone, 0, byteLength);
}

function enqueueDetachedPullInto(controller, d) {
  if (d.bytesFilled > 0) enqueueClonedChunk(controller, d.buffer, d.byteOffset, d.bytesFilled);
  shiftPendingPullInto(controller);
}

function shiftPendingPullInto(controller) {
  return controller[kPrivate].pendingPullIntos.shift();
}

function byteControllerEnqueue(controller, chunk) {
  const c = controller[kPrivate];
  const stream = c.stream;
  if (c.closeRequested || stream[kState].state !== 'readable') return;
  const { buffer, byteOffset, byteLength } = chunk;
  if (isDetached(buffer)) throw invalidState('chunk\'s buffer is detached');
  const transferred = transfer(buffer);
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    if (isDetached(first.buffer)) throw invalidState('The BYOB request\'s buffer has been detached');
    invalidateBYOBRequest(controller);
    first.buffer = transfer(first.buffer);
    if (first.readerType === 'none') enqueueDetachedPullInto(controller, first);
  }
  if (hasDefaultReader(stream)) {
    processReadRequestsUsingQueue(controller);
    if (R.numReadRequests(stream) === 0) {
      enqueueChunk(c, transferred, byteOffset, byteLength);
    } else {
      if (c.pendingPullIntos.length > 0) shiftPendingPullInto(controller);
      R.fulfillReadRequest(stream, new Uint8Array(transferred, byteOffset, byteLength), false);
    }
  } else if (hasBYOBReader(stream)) {
    enqueueChunk(c, transferred, byteOffset, byteLength);
    for (const d of processPullIntosUsingQueue(controller)) commitDescriptor(stream, d);
  } else {
    enqueueChunk(c, transferred, byteOffset, byteLength);
  }
  callPullIfNeeded(controller);
}

// Copies queued bytes into a pull-into descriptor; true once it holds enough.
function fillDescriptorFromQueue(controller, d) {
  const c = controller[kPrivate];
  const maxBytesToCopy = Math.min(c.queueTotalSize, d.byteLength - d.bytesFilled);
  const maxBytesFilled = d.bytesFilled + maxBytesToCopy;
  let remaining = maxBytesToCopy;
  let ready = false;
  const maxAlignedBytes = maxBytesFilled - (maxBytesFilled % d.elementSize);
  if (maxAlignedBytes >= d.minimumFill) {
    remaining = maxAlignedBytes - d.bytesFilled;
    ready = true;
  }
  while (remaining > 0) {
    const head = c.queue.peek();
    const n = Math.min(remaining, head.byteLength);
    const destStart = d.byteOffset + d.bytesFilled;
    new Uint8Array(d.buffer, destStart, n).set(new Uint8Array(head.buffer, head.byteOffset, n));
    if (head.byteLength === n) {
      c.queue.shift();
    } else {
      head.byteOffset += n;
      head.byteLength -= n;
    }
    c.queueTotalSize -= n;
    d.bytesFilled += n;
    remaining -= n;
  }
  return ready;
}

function fillReadRequestFromQueue(controller, readRequest) {
  const c = controller[kPrivate];
  const entry = c.queue.shift();
  c.queueTotalSize -= entry.byteLength;
  handleQueueDrain(controller);
  readRequest.chunk(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

function handleQueueDrain(controller) {
  const c = controller[kPrivate];
  if (c.queueTotalSize === 0 && c.closeRequested) {
    clearAlgorithms(c);
    R.readableStreamClose(c.stream);
  } else {
    callPullIfNeeded(controller);
  }
}

function processPullIntosUsingQueue(controller) {
  const c = controller[kPrivate];
  const filled = [];
  while (c.pendingPullIntos.length > 0) {
    if (c.queueTotalSize === 0) break;
    const d = c.pendingPullIntos[0];
    if (fillDescriptorFromQueue(controller, d)) {
      shiftPendingPullInto(controller);
      filled.push(d);
    }
  }
  return filled;
}

function processReadRequestsUsingQueue(controller) {
  const c = controller[kPrivate];
  const r = c.stream[kState].reader[kPrivate];
  while (r.readRequests.length > 0) {
    if (c.queueTotalSize === 0) return;
    fillReadRequestFromQueue(controller, r.readRequests.shift());
  }
}

// [[PullSteps]] for a default reader on a byte stream.
function bytePullSteps(controller, readRequest) {
  const c = controller[kPrivate];
  const stream = c.stream;
  if (c.queueTotalSize > 0) {
    fillReadRequestFromQueue(controller, readRequest);
    return;
  }
  const size = c.autoAllocateChunkSize;
  if (size !== undefined) {
    let buffer;
    try {
      buffer = new ArrayBuffer(size);
    } catch (e) {
      readRequest.error(e);
      return;
    }
    c.pendingPullIntos.push({
      buffer, bufferByteLength: size, byteOffset: 0, byteLength: size, bytesFilled: 0, minimumFill: 1,
      elementSize: 1, viewConstructor: Uint8Array, readerType: 'default',
    });
  }
  stream[kState].reader[kPrivate].readRequests.push(readRequest);
  callPullIfNeeded(controller);
}

function byteCancelSteps(controller, reason) {
  const c = controller[kPrivate];
  clearPendingPullIntos(controller);
  c.queue = new Queue();
  c.queueTotalSize = 0;
  const result = c.cancelAlgorithm(reason);
  clearAlgorithms(c);
  return result;
}

function byteReleaseSteps(controller) {
  const c = controller[kPrivate];
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    first.readerType = 'none';
    c.pendingPullIntos = [first];
  }
}

function pullInto(controller, view, min, readIntoRequest) {
  const c = controller[kPrivate];
  const stream = c.stream;
  let elementSize = 1;
  let ctor = DataView;
  if (!(view instanceof DataView)) {
    elementSize = view.BYTES_PER_ELEMENT;
    ctor = view.constructor;
  }
  const { byteOffset, byteLength } = view;
  let buffer;
  try {
    buffer = transfer(view.buffer);
  } catch (e) {
    readIntoRequest.error(e);
    return;
  }
  const d = {
    buffer, bufferByteLength: buffer.byteLength, byteOffset, byteLength, bytesFilled: 0,
    minimumFill: min * elementSize, elementSize, viewConstructor: ctor, readerType: 'byob',
  };
  const requests = stream[kState].reader[kPrivate].readIntoRequests;
  if (c.pendingPullIntos.length > 0) {
    c.pendingPullIntos.push(d);
    requests.push(readIntoRequest);
    return;
  }
  if (stream[kState].state === 'closed') {
    readIntoRequest.close(new ctor(d.buffer, d.byteOffset, 0));
    return;
  }
  if (c.queueTotalSize > 0) {
    if (fillDescriptorFromQueue(controller, d)) {
      const filled = convertDescriptor(d);
      handleQueueDrain(controller);
      readIntoRequest.chunk(filled);
      return;
    }
    if (c.closeRequested) {
      const e = invalidState('ReadableStream closed');
      R.readableControllerError(controller, e);
      readIntoRequest.error(e);
      return;
    }
  }
  c.pendingPullIntos.push(d);
  requests.push(readIntoRequest);
  callPullIfNeeded(controller);
}

function respondInternal(controller, bytesWritten) {
  const c = controller[kPrivate];
  const stream = c.stream;
  const first = c.pendingPullIntos[0];
  invalidateBYOBRequest(controller);
  if (stream[kState].state === 'closed') {
    if (first.readerType === 'none') shiftPendingPullInto(controller);
    if (hasBYOBReader(stream)) {
      const filled = [];
      while (filled.length < numReadIntoRequests(stream)) filled.push(shiftPendingPullInto(controller));
      for (const d of filled) commitDescriptor(stream, d);
    }
  } else {
    first.bytesFilled += bytesWritten;
    if (first.readerType === 'none') {
      enqueueDetachedPullInto(controller, first);
      for (const d of processPullIntosUsingQueue(controller)) commitDescriptor(stream, d);
    } else if (first.bytesFilled >= first.minimumFill) {
      shiftPendingPullInto(controller);
      const remainder = first.bytesFilled % first.elementSize;
      if (remainder > 0) {
        const end = first.byteOffset + first.bytesFilled;
        enqueueClonedChunk(controller, first.buffer, end - remainder, remainder);
      }
      first.bytesFilled -= remainder;
      const filled = processPullIntosUsingQueue(controller);
      commitDescriptor(stream, first);
      for (const d of filled) commitDescriptor(stream, d);
    }
  }
  callPullIfNeeded(controller);
}

// --- BYOB request ------------------------------------------------------------------------------

class ReadableStreamBYOBRequest {
  constructor(key) {
    if (key !== kPrivate) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    this[kState] = true;
  }

  get view() {
    brandCheck(this, ReadableStreamBYOBRequest, 'ReadableStreamBYOBRequest');
    return this[kPrivate].view;
  }

  respond(bytesWritten) {
    brandCheck(this, ReadableStreamBYOBRequest, 'ReadableStreamBYOBRequest');
    const { controller, view } = this[kPrivate];
    if (controller === undefined) throw invalidState('This BYOB request has been invalidated');
    if (isDetached(view.buffer)) throw invalidState('The BYOB request\'s buffer has been detached');
    bytesWritten = Number(bytesWritten);
    const c = controller[kPrivate];
    const first = c.pendingPullIntos[0];
    if (c.stream[kState].state === 'closed') {
      if (bytesWritten !== 0) throw invalidState('Controller is already closed');
    } else {
      if (bytesWritten === 0) throw invalidState('bytesWritten must be greater than 0');
      if (first.bytesFilled + bytesWritten > first.byteLength) throw rangeError('bytesWritten out of range');
    }
    first.buffer = transfer(first.buffer);
    respondInternal(controller, bytesWritten);
  }

  respondWithNewView(view) {
    brandCheck(this, ReadableStreamBYOBRequest, 'ReadableStreamBYOBRequest');
    const { controller } = this[kPrivate];
    if (controller === undefined) throw invalidState('This BYOB request has been invalidated');
    if (!ArrayBuffer.isView(view)) throw new codes.ERR_INVALID_ARG_TYPE('view', ['TypedArray', 'DataView'], view);
    const c = controller[kPrivate];
    const first = c.pendingPullIntos[0];
    if (c.stream[kState].state === 'closed') {
      if (view.byteLength !== 0) throw invalidState('The view\'s length must be zero when closed');
    } else if (view.byteLength === 0) {
      throw invalidState('The view\'s length must not be zero');
    }
    if (first.byteOffset + first.bytesFilled !== view.byteOffset) throw rangeError('Invalid view byteOffset');
    if (first.bufferByteLength !== view.buffer.byteLength) throw rangeError('Invalid view buffer length');
    if (first.bytesFilled + view.byteLength > first.byteLength) throw rangeError('Invalid view length');
    const n = view.byteLength;
    first.buffer = transfer(view.buffer);
    respondInternal(controller, n);
  }

  get [Symbol.toStringTag]() {
    return 'ReadableStreamBYOBRequest';
  }
}

// --- BYOB reader -------------------------------------------------------------------------------

class ReadableStreamBYOBReader {
  constructor(stream) {
    if (!R.isReadableStream(stream)) throw new codes.ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    this[kState] = true;
    this[kPrivate] = { stream: undefined, closed: undefined, readIntoRequests: [] };
    if (R.isLocked(stream)) throw invalidState('ReadableStream is locked');
    if (!stream[kState].controller[kPrivate].isBytes) {
      throw new codes.ERR_INVALID_ARG_VALUE('stream', stream, 'must be a byte stream');
    }
    R.readerGenericInitialize(this, stream);
  }

  read(view, options = {}) {
    if (!(this instanceof ReadableStreamBYOBReader) || !this[kPrivate]) {
      return rejected(new codes.ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    }
    if (!ArrayBuffer.isView(view)) {
      return rejected(new codes.ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view));
    }
    if (view.byteLength === 0 || view.buffer.byteLength === 0) {
      return rejected(invalidState('View or Viewed ArrayBuffer is zero-length or detached'));
    }
    if (isDetached(view.buffer)) return rejected(invalidState('Viewed ArrayBuffer is detached'));
    const stream = this[kPrivate].stream;
    if (stream === undefined) return rejected(invalidState('The reader is not attached to a stream'));
    let min = 1;
    if (options !== null && typeof options === 'object' && options.min !== undefined) min = Number(options.min);
    const d = deferred();
    const request = {
      chunk: (value) => d.resolve({ value, done: false }),
      close: (value) => d.resolve({ value, done: true }),
      error: (e) => d.reject(e),
    };
    stream[kState].disturbed = true;
    if (stream[kState].state === 'errored') request.error(stream[kState].storedError);
    else pullInto(stream[kState].controller, view, min, request);
    return d.promise;
  }

  releaseLock() {
    brandCheck(this, ReadableStreamBYOBReader, 'ReadableStreamBYOBReader');
    if (this[kPrivate].stream === undefined) return;
    R.readerGenericRelease(this);
    errorReadIntoRequests(this, invalidState('Releasing reader'));
  }

  get closed() {
    if (!(this instanceof ReadableStreamBYOBReader) || !this[kPrivate]) {
      return rejected(new codes.ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    }
    return this[kPrivate].closed.promise;
  }

  cancel(reason = undefined) {
    if (!(this instanceof ReadableStreamBYOBReader) || !this[kPrivate]) {
      return rejected(new codes.ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    }
    if (this[kPrivate].stream === undefined) return rejected(invalidState('The reader is not attached to a stream'));
    return R.readableStreamCancel(this[kPrivate].stream, reason);
  }

  get [Symbol.toStringTag]() {
    return 'ReadableStreamBYOBReader';
  }
}

function errorReadIntoRequests(reader, e) {
  const r = reader[kPrivate];
  const requests = r.readIntoRequests;
  r.readIntoRequests = [];
  for (const req of requests) req.error(e);
}

// tee() of a byte stream: both branches are byte streams; the second gets copies.
function byteStreamTee(stream) {
  const reader = new R.ReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = deferred();
  const enqueue = (branch, chunk) => {
    const controller = branch[kState].controller;
    if (controller[kPrivate].closeRequested || branch[kState].state !== 'readable') return;
    byteControllerEnqueue(controller, chunk);
  };
  const pull = () => {
    if (reading) {
      readAgain = true;
      return Promise.resolve();
    }
    reading = true;
    R.readerRead(reader, {
      chunk: (chunk) => {
        queueMicrotask(() => {
          readAgain = false;
          const copy = new Uint8Array(chunk);
          if (!canceled1) enqueue(branch1, chunk);
          if (!canceled2) enqueue(branch2, copy);
          reading = false;
          if (readAgain) pull();
        });
      },
      close: () => {
        reading = false;
        if (!canceled1) byteControllerClose(branch1[kState].controller);
        if (!canceled2) byteControllerClose(branch2[kState].controller);
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
    if (canceled2) cancelPromise.resolve(R.readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  };
  const cancel2 = (reason) => {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(R.readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  };
  branch1 = createByteStream(() => undefined, pull, cancel1);
  branch2 = createByteStream(() => undefined, pull, cancel2);
  reader[kPrivate].closed.promise.then(undefined, (r) => {
    R.readableControllerError(branch1[kState].controller, r);
    R.readableControllerError(branch2[kState].controller, r);
    if (!canceled1 || !canceled2) cancelPromise.resolve();
  });
  return [branch1, branch2];
}

module.exports = {
  ReadableByteStreamController, ReadableStreamBYOBRequest, ReadableStreamBYOBReader,
  setUpByteControllerFromSource, bytePullSteps, byteCancelSteps, byteReleaseSteps, clearPendingPullIntos,
  errorReadIntoRequests, byteStreamTee,
};
