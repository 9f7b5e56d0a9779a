'use strict';
// WHATWG TransformStream and its controller (the Streams Standard's algorithms, with the
// transformer `cancel` hook), plus TextEncoderStream and TextDecoderStream.

const {
  kState, codes, invalidState, deferred, setHandled, promiseCall, dictMethod,
  extractHighWaterMark, extractSizeAlgorithm, brandCheck,
} = require('internal/streams/web/util');
const R = require('internal/streams/web/readable');
const W = require('internal/streams/web/writable');

const kPrivate = Symbol('kPrivate');

class TransformStream {
  constructor(transformer = undefined, writableStrategy = {}, readableStrategy = {}) {
    if (transformer === null) throw new codes.ERR_INVALID_ARG_TYPE('transformer', 'Object', transformer);
    if (writableStrategy === null) writableStrategy = {};
    if (readableStrategy === null) readableStrategy = {};
    if (transformer !== undefined && transformer.readableType !== undefined) {
      throw new codes.ERR_INVALID_ARG_VALUE.RangeError('transformer.readableType', transformer.readableType);
    }
    if (transformer !== undefined && transformer.writableType !== undefined) {
      throw new codes.ERR_INVALID_ARG_VALUE.RangeError('transformer.writableType', transformer.writableType);
    }
    const readableHwm = extractHighWaterMark(readableStrategy, 0);
    const readableSize = extractSizeAlgorithm(readableStrategy);
    const writableHwm = extractHighWaterMark(writableStrategy, 1);
    const writableSize = extractSizeAlgorithm(writableStrategy);
    const startPromise = deferred();
    initializeTransformStream(this, startPromise.promise, writableHwm, writableSize, readableHwm, readableSize);
    const controller = new TransformStreamDefaultController(kPrivate);
    const transform = dictMethod(transformer, 'transform', 'transformer');
    const flush = dictMethod(transformer, 'flush', 'transformer');
    const cancel = dictMethod(transformer, 'cancel', 'transformer');
    const start = dictMethod(transformer, 'start', 'transformer');
    setUpController(this, controller,
      transform ? (chunk) => promiseCall(transform, transformer, chunk, controller) : (chunk) => {
        try {
          controllerEnqueue(controller, chunk);
          return Promise.resolve();
        } catch (e) {
          return Promise.reject(e);
        }
      },
      flush ? () => promiseCall(flush, transformer, controller) : () => Promise.resolve(),
      cancel ? (reason) => promiseCall(cancel, transformer, reason) : () => Promise.resolve());
    if (start) startPromise.resolve(start.call(transformer, controller));
    else startPromise.resolve();
  }

  get readable() {
    brandCheck(this, TransformStream, 'TransformStream');
    return this[kState].readable;
  }

  get writable() {
    brandCheck(this, TransformStream, 'TransformStream');
    return this[kState].writable;
  }

  get [Symbol.toStringTag]() {
    return 'TransformStream';
  }
}

Object.defineProperty(TransformStream.prototype, Symbol.for('nodejs.util.inspect.custom'), {
  value(depth, options, inspect) {
    const s = this[kState];
    return `TransformStream ${inspect({ readable: s.readable, writable: s.writable, backpressure: s.backpressure }, options)}`;
  },
});

function initializeTransformStream(stream, startPromise, writableHwm, writableSize, readableHwm, readableSize) {
  const s = {
    readable: undefined,
    writable: undefined,
    backpressure: undefined,
    backpressureChange: undefined,
    controller: undefined,
  };
  stream[kState] = s;
  const start = () => startPromise;
  s.writable = W.createWritableStream(start,
    (chunk) => sinkWrite(stream, chunk),
    () => sinkClose(stream),
    (reason) => sinkAbort(stream, reason),
    writableHwm, writableSize);
  s.readable = R.createReadableStream(start,
    () => sourcePull(stream),
    (reason) => sourceCancel(stream, reason),
    readableHwm, readableSize);
  setBackpressure(stream, true);
}

function readableController(stream) {
  return stream[kState].readable[kState].controller;
}

function transformStreamError(stream, e) {
  R.readableControllerError(readableController(stream), e);
  errorWritableAndUnblockWrite(stream, e);
}

function errorWritableAndUnblockWrite(stream, e) {
  clearAlgorithms(stream[kState].controller);
  W.controllerErrorIfNeeded(stream[kState].writable[kState].controller, e);
  unblockWrite(stream);
}

function unblockWrite(stream) {
  if (stream[kState].backpressure) setBackpressure(stream, false);
}

function setBackpressure(stream, backpressure) {
  const s = stream[kState];
  if (s.backpressureChange !== undefined) s.backpressureChange.resolve();
  s.backpressureChange = deferred();
  s.backpressure = backpressure;
}

class TransformStreamDefaultController {
  constructor(key) {
    if (key !== kPrivate) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    this[kState] = true;
  }

  get desiredSize() {
    brandCheck(this, TransformStreamDefaultController, 'TransformStreamDefaultController');
    return R.defaultGetDesiredSize(readableController(this[kPrivate].stream));
  }

  enqueue(chunk = undefined) {
    brandCheck(this, TransformStreamDefaultController, 'TransformStreamDefaultController');
    controllerEnqueue(this, chunk);
  }

  error(reason = undefined) {
    brandCheck(this, TransformStreamDefaultController, 'TransformStreamDefaultController');
    transformStreamError(this[kPrivate].stream, reason);
  }

  terminate() {
    brandCheck(this, TransformStreamDefaultController, 'TransformStreamDefaultController');
    controllerTerminate(this);
  }

  get [Symbol.toStringTag]() {
    return 'TransformStreamDefaultController';
  }
}

function setUpController(stream, controller, transformAlgorithm, flushAlgorithm, cancelAlgorithm) {
  controller[kPrivate] = { stream, transformAlgorithm, flushAlgorithm, cancelAlgorithm, finish: undefined };
  stream[kState].controller = controller;
}

function clearAlgorithms(controller) {
  const c = controller[kPrivate];
  c.transformAlgorithm = undefined;
  c.flushAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
}

function controllerEnqueue(controller, chunk) {
  const stream = controller[kPrivate].stream;
  const rc = readableController(stream);
  if (!R.canCloseOrEnqueue(rc)) throw invalidState('Unable to enqueue');
  try {
    R.defaultControllerEnqueue(rc, chunk);
  } catch (e) {
    errorWritableAndUnblockWrite(stream, e);
    throw stream[kState].readable[kState].storedError;
  }
  const backpressure = !R.shouldCallPull(rc);
  if (backpressure !== stream[kState].backpressure) setBackpressure(stream, true);
}

async function performTransform(controller, chunk) {
  try {
    return await controller[kPrivate].transformAlgorithm(chunk);
  } catch (e) {
    transformStreamError(controller[kPrivate].stream, e);
    throw e;
  }
}

function controllerTerminate(controller) {
  const stream = controller[kPrivate].stream;
  R.defaultControllerClose(readableController(stream));
  errorWritableAndUnblockWrite(stream, invalidState('TransformStream has been terminated'));
}

// --- sink and source algorithms ------------------------------------------------------------------

function sinkWrite(stream, chunk) {
  const s = stream[kState];
  const controller = s.controller;
  if (s.backpressure) {
    return s.backpressureChange.promise.then(() => {
      const ws = s.writable[kState];
      if (ws.state === 'erroring') throw ws.storedError;
      return performTransform(controller, chunk);
    });
  }
  return performTransform(controller, chunk);
}

function sinkAbort(stream, reason) {
  const controller = stream[kState].controller;
  const c = controller[kPrivate];
  if (c.finish !== undefined) return c.finish.promise;
  const readable = stream[kState].readable;
  c.finish = deferred();
  const cancelPromise = c.cancelAlgorithm(reason);
  clearAlgorithms(controller);
  cancelPromise.then(() => {
    if (readable[kState].state === 'errored') {
      c.finish.reject(readable[kState].storedError);
    } else {
      R.readableControllerError(readable[kState].controller, reason);
      c.finish.resolve();
    }
  }, (r) => {
    R.readableControllerError(readable[kState].controller, r);
    c.finish.reject(r);
  });
  return c.finish.promise;
}

function sinkClose(stream) {
  const controller = stream[kState].controller;
  const c = controller[kPrivate];
  if (c.finish !== undefined) return c.finish.promise;
  const readable = stream[kState].readable;
  c.finish = deferred();
  const flushPromise = c.flushAlgorithm();
  clearAlgorithms(controller);
  flushPromise.then(() => {
    if (readable[kState].state === 'errored') {
      c.finish.reject(readable[kState].storedError);
    } else {
      R.defaultControllerClose(readable[kState].controller);
      c.finish.resolve();
    }
  }, (r) => {
    R.readableControllerError(readable[kState].controller, r);
    c.finish.reject(r);
  });
  return c.finish.promise;
}

function sourcePull(stream) {
  setBackpressure(stream, false);
  return stream[kState].backpressureChange.promise;
}

function sourceCancel(stream, reason) {
  const controller = stream[kState].controller;
  const c = controller[kPrivate];
  if (c.finish !== undefined) return c.finish.promise;
  const writable = stream[kState].writable;
  c.finish = deferred();
  const cancelPromise = c.cancelAlgorithm(reason);
  clearAlgorithms(controller);
  cancelPromise.then(() => {
    if (writable[kState].state === 'errored') {
      c.finish.reject(writable[kState].storedError);
    } else {
      W.controllerErrorIfNeeded(writable[kState].controller, reason);
      unblockWrite(stream);
      c.finish.resolve();
    }
  }, (r) => {
    W.controllerErrorIfNeeded(writable[kState].controller, r);
    unblockWrite(stream);
    c.finish.reject(r);
  });
  return c.finish.promise;
}

// --- text encoding streams -------------------------------------------------------------------------

class TextEncoderStream {
  #transform;
  #pending = '';
  constructor() {
    const encoder = new TextEncoder();
    this.#transform = new TransformStream({
      transform: (chunk, controller) => {
        let s = this.#pending + `${chunk}`;
        this.#pending = '';
        // Hold back a trailing high surrogate until its pair arrives.
        const last = s.charCodeAt(s.length - 1);
        if (last >= 0xd800 && last <= 0xdbff) {
          this.#pending = s.slice(-1);
          s = s.slice(0, -1);
        }
        if (s.length > 0) controller.enqueue(encoder.encode(s));
      },
      flush: (controller) => {
        if (this.#pending) controller.enqueue(new Uint8Array([0xef, 0xbf, 0xbd]));
      },
    });
  }
  get encoding() {
    return 'utf-8';
  }
  get readable() {
    return this.#transform.readable;
  }
  get writable() {
    return this.#transform.writable;
  }
  get [Symbol.toStringTag]() {
    return 'TextEncoderStream';
  }
}

class TextDecoderStream {
  #transform;
  #decoder;
  constructor(encoding = 'utf-8', options = {}) {
    this.#decoder = new TextDecoder(encoding, options);
    const decoder = this.#decoder;
    this.#transform = new TransformStream({
      transform(chunk, controller) {
        const s = decoder.decode(chunk, { stream: true });
        if (s) controller.enqueue(s);
      },
      flush(controller) {
        const s = decoder.decode();
        if (s) controller.enqueue(s);
      },
    });
  }
  get encoding() {
    return this.#decoder.encoding;
  }
  get fatal() {
    return this.#decoder.fatal;
  }
  get ignoreBOM() {
    return this.#decoder.ignoreBOM;
  }
  get readable() {
    return this.#transform.readable;
  }
  get writable() {
    return this.#transform.writable;
  }
  get [Symbol.toStringTag]() {
    return 'TextDecoderStream';
  }
}

module.exports = { TransformStream, TransformStreamDefaultController, TextEncoderStream, TextDecoderStream };
