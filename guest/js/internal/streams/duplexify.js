'use strict';
// Duplex.from: turns streams, web streams, iterables, promises, async generator functions
// and { readable, writable } pairs into a Duplex.

const Duplex = require('internal/streams/duplex');
const eos = require('internal/streams/end-of-stream');
const { destroyer } = require('internal/streams/destroy');
const {
  codes, AbortError, isIterable, isNodeStream, isReadable, isWritable, isDuplexNodeStream,
  isReadableNodeStream, isWritableNodeStream, isReadableStream, isWritableStream,
} = require('internal/streams/utils');

// The Duplex subclass Duplex.from returns (so web adapters can tell it apart).
function Duplexify(options) {
  if (!(this instanceof Duplexify)) return new Duplexify(options);
  Duplex.call(this, options);
  // Like Node: a side that is off is also reported as done.
  if (options && options.readable === false) {
    this._readableState.readable = false;
    this._readableState.ended = true;
    this._readableState.endEmitted = true;
  }
  if (options && options.writable === false) {
    this._writableState.writable = false;
    this._writableState.ending = true;
    this._writableState.ended = true;
    this._writableState.finished = true;
  }
}
Object.setPrototypeOf(Duplexify.prototype, Duplex.prototype);
Object.setPrototypeOf(Duplexify, Duplex);

function deferred() {
  let resolve;
  const promise = new Promise((res) => { resolve = res; });
  return { promise, resolve };
}

// Runs `fn(source, { signal })` where `source` yields what is written to the Duplex.
function fromAsyncGen(fn) {
  let { promise, resolve } = deferred();
  const ac = new AbortController();
  const signal = ac.signal;
  async function* source() {
    while (true) {
      const p = promise;
      promise = null;
      const { chunk, done, cb } = await p;
      process.nextTick(cb);
      if (done) return;
      if (signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
      ({ promise, resolve } = deferred());
      yield chunk;
    }
  }
  const value = fn(source(), { signal });
  return {
    value,
    write(chunk, encoding, cb) {
      const r = resolve;
      resolve = null;
      r({ chunk, done: false, cb });
    },
    final(cb) {
      const r = resolve;
      resolve = null;
      r({ done: true, cb });
    },
    destroy(err, cb) {
      ac.abort();
      cb(err);
    },
  };
}

function fromPair({ readable: rIn, writable: w }) {
  const Readable = require('internal/streams/readable');
  const r = rIn && typeof rIn.read !== 'function' ? Readable.wrap(rIn) : rIn;
  let readable = !!isReadable(r);
  let writable = !!isWritable(w);
  let ondrain = null;
  let onfinish = null;
  let onreadable = null;
  let onclose = null;

  const d = new Duplexify({
    readableObjectMode: !!(r && r.readableObjectMode),
    writableObjectMode: !!(w && w.writableObjectMode),
    readable,
    writable,
  });

  const onfinished = (err) => {
    const cb = onclose;
    onclose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
  };
  const fire = (which) => {
    let cb;
    if (which === 'drain') { cb = ondrain; ondrain = null; }
    else if (which === 'finish') { cb = onfinish; onfinish = null; }
    else { cb = onreadable; onreadable = null; }
    if (cb) cb();
  };

  if (writable) {
    eos(w, (err) => {
      writable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });
    d._write = (chunk, encoding, callback) => {
      if (w.write(chunk, encoding)) callback();
      else ondrain = callback;
    };
    d._final = (callback) => {
      w.end();
      onfinish = callback;
    };
    w.on('drain', () => fire('drain'));
    w.on('finish', () => fire('finish'));
  }

  if (readable) {
    eos(r, (err) => {
      readable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });
    r.on('readable', () => fire('readable'));
    r.on('end', () => d.push(null));
    d._read = function() {
      while (true) {
        const buf = r.read();
        if (buf === null) {
          onreadable = d._read;
          return;
        }
        if (!d.push(buf)) return;
      }
    };
  }

  d._destroy = (err, callback) => {
    if (!err && onclose !== null) err = new AbortError();
    onreadable = null;
    ondrain = null;
    onfinish = null;
    if (onclose === null) {
      callback(err);
    } else {
      onclose = callback;
      destroyer(w, err);
      destroyer(r, err);
    }
  };
  return d;
}

function duplexify(body, name) {
  if (isDuplexNodeStream(body)) return body;
  if (isReadableNodeStream(body)) return fromPair({ readable: body });
  if (isWritableNodeStream(body)) return fromPair({ writable: body });
  if (isNodeStream(body)) return fromPair({ writable: false, readable: false });
  if (isReadableStream(body)) return fromPair({ readable: require('internal/streams/readable').fromWeb(body) });
  if (isWritableStream(body)) return fromPair({ writable: require('internal/streams/writable').fromWeb(body) });

  const from = require('internal/streams/from');
  if (typeof body === 'function') {
    const { value, write, final, destroy } = fromAsyncGen(body);
    if (isIterable(value)) return from(Duplexify, value, { objectMode: true, write, final, destroy });
    const then = value && value.then;
    if (typeof then === 'function') {
      let d;
      const promise = then.call(value, (val) => {
        if (val != null) throw new codes.ERR_INVALID_RETURN_VALUE('nully', 'body', val);
      }, (err) => destroyer(d, err));
      d = new Duplexify({
        objectMode: true,
        readable: false,
        write,
        final(cb) {
          final(async () => {
            try {
              await promise;
              process.nextTick(cb, null);
            } catch (err) {
              process.nextTick(cb, err);
            }
          });
        },
        destroy,
      });
      return d;
    }
    throw new codes.ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or AsyncFunction', name, value);
  }

  if (typeof Blob === 'function' && body instanceof Blob) return duplexify(body.arrayBuffer(), name);
  if (isIterable(body)) return from(Duplexify, body, { objectMode: true, writable: false });

  if (body && isReadableStream(body.readable) && isWritableStream(body.writable)) {
    return Duplex.fromWeb(body);
  }
  if (body && (typeof body.writable === 'object' || typeof body.readable === 'object')) {
    const readable = body.readable
      ? (isReadableNodeStream(body.readable) ? body.readable : duplexify(body.readable)) : undefined;
    const writable = body.writable
      ? (isWritableNodeStream(body.writable) ? body.writable : duplexify(body.writable)) : undefined;
    return fromPair({ readable, writable });
  }

  const then = body && body.then;
  if (typeof then === 'function') {
    let d;
    then.call(body, (val) => {
      if (val != null) d.push(val);
      d.push(null);
    }, (err) => destroyer(d, err));
    d = new Duplexify({ objectMode: true, writable: false, read() {} });
    return d;
  }

  throw new codes.ERR_INVALID_ARG_TYPE(name, ['Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable',
    'AsyncIterable', 'Function', '{ readable, writable } pair', 'Promise'], body);
}

module.exports = duplexify;
