'use strict';
// node:stream — Stream, Readable, Writable, Duplex, Transform, PassThrough, pipeline,
// finished, addAbortSignal, the Readable operators and the stream state helpers.

const { Stream } = require('internal/streams/legacy');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const Duplex = require('internal/streams/duplex');
const { Transform, PassThrough } = require('internal/streams/transform');
const eos = require('internal/streams/end-of-stream');
const { pipeline } = require('internal/streams/pipeline');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const destroyImpl = require('internal/streams/destroy');
const operators = require('internal/streams/operators');
const utils = require('internal/streams/utils');

const kCustomPromisified = Symbol.for('nodejs.util.promisify.custom');

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;
Stream.Readable = Readable;

function defineOperator(key, op, returnsStream) {
  const fn = {
    [op.name](...args) {
      if (new.target) throw new utils.codes.ERR_ILLEGAL_CONSTRUCTOR();
      const ret = Reflect.apply(op, this, args);
      return returnsStream ? Readable.from(ret) : ret;
    },
  }[op.name];
  Object.defineProperty(fn, 'length', { value: op.length });
  Object.defineProperty(Readable.prototype, key, { value: fn, enumerable: false, configurable: true, writable: true });
}
for (const key of Object.keys(operators.streamReturningOperators)) {
  defineOperator(key, operators.streamReturningOperators[key], true);
}
for (const key of Object.keys(operators.promiseReturningOperators)) {
  defineOperator(key, operators.promiseReturningOperators[key], false);
}

Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.duplexPair = require('internal/streams/duplexpair');
Stream.pipeline = pipeline;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyImpl.destroyer;
Stream.compose = require('internal/streams/compose').compose;
Stream.setDefaultHighWaterMark = destroyImpl.setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = destroyImpl.getDefaultHighWaterMark;

let promises;
Object.defineProperty(Stream, 'promises', {
  configurable: true,
  enumerable: true,
  get() {
    if (promises === undefined) promises = require('stream/promises');
    return promises;
  },
});
Object.defineProperty(pipeline, kCustomPromisified, {
  enumerable: true,
  get() { return Stream.promises.pipeline; },
});
Object.defineProperty(eos, kCustomPromisified, {
  enumerable: true,
  get() { return Stream.promises.finished; },
});

Stream.Stream = Stream;
Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = (v) => v instanceof Uint8Array;
Stream._uint8ArrayToBuffer = (chunk) => utils.toBuffer(chunk);

module.exports = Stream;
