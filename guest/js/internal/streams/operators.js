'use strict';
// Readable.prototype operators: map/filter/flatMap/take/drop/asIndexedPairs return
// streams; forEach/toArray/reduce/some/every/find return promises.

const {
  codes, AbortError, validateObject, validateAbortSignal, validateInteger,
} = require('internal/streams/utils');

const kEmpty = Symbol('kEmpty');
const kEof = Symbol('kEof');

function validateFn(fn, name) {
  if (typeof fn !== 'function') throw new codes.ERR_INVALID_ARG_TYPE(name, ['Function', 'AsyncFunction'], fn);
}

function validateOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options && options.signal != null) validateAbortSignal(options.signal, 'options.signal');
}

function aborted(options) {
  return !!(options && options.signal && options.signal.aborted);
}

// Runs fn on up to `concurrency` items at once and yields the results in input order.
function map(fn, options) {
  validateFn(fn, 'fn');
  validateOptions(options);
  let concurrency = 1;
  if (options && options.concurrency != null) concurrency = Math.floor(options.concurrency);
  let highWaterMark = concurrency - 1;
  if (options && options.highWaterMark != null) highWaterMark = Math.floor(options.highWaterMark);
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  highWaterMark += concurrency;

  return async function* map() {
    const ac = new AbortController();
    const signal = ac.signal;
    const outer = options && options.signal;
    const onOuterAbort = () => ac.abort(outer.reason);
    if (outer) {
      if (outer.aborted) ac.abort(outer.reason);
      else outer.addEventListener('abort', onOuterAbort, { once: true });
    }
    const stream = this;
    const queue = [];
    const signalOpt = { signal };
    let wakeConsumer = null;
    let wakeProducer = null;
    let done = false;
    let inFlight = 0;

    const notifyConsumer = () => {
      if (wakeConsumer) {
        const w = wakeConsumer;
        wakeConsumer = null;
        w();
      }
    };
    const maybeResume = () => {
      if (wakeProducer && !done && inFlight < concurrency && queue.length < highWaterMark) {
        const w = wakeProducer;
        wakeProducer = null;
        w();
      }
    };
    const afterItem = () => {
      inFlight -= 1;
      maybeResume();
    };
    const onFailure = () => {
      done = true;
      afterItem();
    };

    async function pump() {
      try {
        for await (let val of stream) {
          if (done) return;
          if (signal.aborted) throw new AbortError();
          try {
            val = fn(val, signalOpt);
            if (val === kEmpty) continue;
            val = Promise.resolve(val);
          } catch (err) {
            val = Promise.reject(err);
          }
          inFlight += 1;
          val.then(afterItem, onFailure);
          queue.push(val);
          notifyConsumer();
          if (!done && (queue.length >= highWaterMark || inFlight >= concurrency)) {
            await new Promise((resolve) => { wakeProducer = resolve; });
          }
        }
        queue.push(kEof);
      } catch (err) {
        const val = Promise.reject(err);
        val.then(afterItem, onFailure);
        queue.push(val);
      } finally {
        done = true;
        notifyConsumer();
      }
    }
    pump();

    try {
      while (true) {
        while (queue.length > 0) {
          const val = await queue[0];
          if (val === kEof) return;
          if (signal.aborted) throw new AbortError();
          if (val !== kEmpty) yield val;
          queue.shift();
          maybeResume();
        }
        await new Promise((resolve) => { wakeConsumer = resolve; });
      }
    } finally {
      done = true;
      if (wakeProducer) {
        const w = wakeProducer;
        wakeProducer = null;
        w();
      }
      if (outer) outer.removeEventListener('abort', onOuterAbort);
      ac.abort();
    }
  }.call(this);
}

function asIndexedPairs(options = undefined) {
  validateOptions(options);
  return async function* asIndexedPairs() {
    let index = 0;
    for await (const val of this) {
      if (aborted(options)) throw new AbortError(undefined, { cause: options.signal.reason });
      yield [index++, val];
    }
  }.call(this);
}

async function some(fn, options = undefined) {
  for await (const unused of filter.call(this, fn, options)) return true;
  return false;
}

async function every(fn, options = undefined) {
  validateFn(fn, 'fn');
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  for await (const result of filter.call(this, fn, options)) return result;
  return undefined;
}

async function forEach(fn, options) {
  validateFn(fn, 'fn');
  async function forEachFn(value, opts) {
    await fn(value, opts);
    return kEmpty;
  }
  for await (const unused of map.call(this, forEachFn, options));
}

function filter(fn, options) {
  validateFn(fn, 'fn');
  async function filterFn(value, opts) {
    if (await fn(value, opts)) return value;
    return kEmpty;
  }
  return map.call(this, filterFn, options);
}

class ReduceAwareErrMissingArgs extends codes.ERR_MISSING_ARGS {
  constructor() {
    super('reduce');
    this.message = 'Reduce of an empty stream requires an initial value';
  }
}

async function reduce(reducer, initialValue, options) {
  validateFn(reducer, 'reducer');
  validateOptions(options);
  let hasInitialValue = arguments.length > 1;
  if (aborted(options)) {
    const err = new AbortError(undefined, { cause: options.signal.reason });
    this.once('error', () => {});
    await require('internal/streams/end-of-stream').finished(this.destroy(err));
    throw err;
  }
  const ac = new AbortController();
  const signal = ac.signal;
  const outer = options && options.signal;
  const onOuterAbort = () => ac.abort();
  if (outer) outer.addEventListener('abort', onOuterAbort, { once: true });
  let gotAny = false;
  try {
    for await (const value of this) {
      gotAny = true;
      if (aborted(options)) throw new AbortError();
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal });
      }
    }
    if (!gotAny && !hasInitialValue) throw new ReduceAwareErrMissingArgs();
  } finally {
    if (outer) outer.removeEventListener('abort', onOuterAbort);
    ac.abort();
  }
  return initialValue;
}

async function toArray(options) {
  validateOptions(options);
  const result = [];
  for await (const val of this) {
    if (aborted(options)) throw new AbortError(undefined, { cause: options.signal.reason });
    result.push(val);
  }
  return result;
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return async function* flatMap() {
    for await (const val of values) yield* val;
  }.call(this);
}

function toIntegerOrInfinity(number) {
  number = Number(number);
  if (Number.isNaN(number)) return 0;
  if (number < 0) throw new codes.ERR_OUT_OF_RANGE('number', '>= 0', number);
  return number;
}

function drop(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return async function* drop() {
    if (aborted(options)) throw new AbortError();
    for await (const val of this) {
      if (aborted(options)) throw new AbortError();
      if (number-- <= 0) yield val;
    }
  }.call(this);
}

function take(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return async function* take() {
    if (aborted(options)) throw new AbortError();
    for await (const val of this) {
      if (aborted(options)) throw new AbortError();
      if (number-- > 0) yield val;
      // Stop before pulling another item once enough were taken.
      if (number <= 0) return;
    }
  }.call(this);
}

function compose(stream, options) {
  return require('internal/streams/compose').composeMethod.call(this, stream, options);
}

module.exports.streamReturningOperators = { asIndexedPairs, drop, filter, flatMap, map, take, compose };
module.exports.promiseReturningOperators = { every, forEach, reduce, toArray, some, find };
