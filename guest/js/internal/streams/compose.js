'use strict';
// stream.compose(...streams) and Readable.prototype.compose: one Duplex that writes into
// the first stage and reads from the last, with the stages piped together by pipeline.

const Duplex = require('internal/streams/duplex');
const { pipelineImpl } = require('internal/streams/pipeline');
const { destroyer } = require('internal/streams/destroy');
const eos = require('internal/streams/end-of-stream');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const {
  codes, AbortError, once, validateObject, validateAbortSignal, isNodeStream, isWebStream, isReadable, isWritable,
  isReadableStream, isWritableStream, isTransformStream,
} = require('internal/streams/utils');

function webReadable(s) {
  return isReadableStream(s) || isTransformStream(s);
}

function webWritable(s) {
  return isWritableStream(s) || isTransformStream(s);
}

// Stages must connect: every stage but the last feeds the next, every stage but the first is fed.
function validateStages(streams, given) {
  const last = streams.length - 1;
  for (let i = 0; i < streams.length; i++) {
    const s = streams[i];
    let readable;
    let writable;
    if (isNodeStream(s)) {
      readable = isReadable(s);
      writable = isWritable(s);
    } else if (isWebStream(s)) {
      readable = webReadable(s);
      writable = webWritable(s);
    } else {
      continue;
    }
    if (i < last && !readable) throw new codes.ERR_INVALID_ARG_VALUE(`streams[${i}]`, given[i], 'must be readable');
    if (i > 0 && !writable) throw new codes.ERR_INVALID_ARG_VALUE(`streams[${i}]`, given[i], 'must be writable');
  }
}

function compose(...streams) {
  if (streams.length === 0) throw new codes.ERR_MISSING_ARGS('streams');
  if (streams.length === 1) return Duplex.from(streams[0]);

  const given = streams.slice();
  const last = streams.length - 1;
  // A function at either end is a transform of what flows through the composite, not a
  // source or sink, so it becomes a Duplex before pipeline sees it.
  if (typeof streams[0] === 'function') streams[0] = Duplex.from(streams[0]);
  if (typeof streams[last] === 'function') streams[last] = Duplex.from(streams[last]);
  validateStages(streams, given);

  let ondrain = null;
  let onfinish = null;
  let onreadable = null;
  let onclose = null;
  let running = true;
  let d;

  const call = (cb) => {
    if (cb) cb();
  };

  // Runs once every stage has finished or one of them failed.
  function onfinished(err) {
    running = false;
    const cb = onclose;
    onclose = null;
    if (cb) {
      cb(err);
    } else if (err) {
      d.destroy(err);
    } else if (!isNodeStream(tail)) {
      // A web stream at the end has no events of its own: the pipeline being over is the signal.
      tailDone();
    }
  }

  const head = streams[0];
  const tail = pipelineImpl(streams, once(onfinished));

  const writable = isNodeStream(head) ? !!isWritable(head) : webWritable(head);
  const readable = isNodeStream(tail) ? !!isReadable(tail) : webReadable(tail);

  d = new Duplex({
    writableObjectMode: !!(head && head.writableObjectMode),
    readableObjectMode: !!(tail && tail.readableObjectMode),
    writable,
    readable,
  });

  let writer = null;
  let reader = null;
  // The composite's write side finishes once the last stage is completely done (for a
  // readable last stage, once its output has been read to the end), as in Node.
  let tailFinished = false;
  function tailDone() {
    tailFinished = true;
    const cb = onfinish;
    onfinish = null;
    call(cb);
  }
  const finishWhenDone = (cb) => {
    if (tailFinished) cb();
    else onfinish = cb;
  };
  if (isNodeStream(tail)) {
    eos(tail, (err) => {
      if (!err) tailDone();
    });
  }

  if (writable) {
    if (isNodeStream(head)) {
      d._write = (chunk, encoding, cb) => {
        if (head.write(chunk, encoding)) cb();
        else ondrain = cb;
      };
      d._final = (cb) => {
        head.end();
        finishWhenDone(cb);
      };
      head.on('drain', () => {
        const cb = ondrain;
        ondrain = null;
        call(cb);
      });
    } else {
      writer = (head.writable || head).getWriter();
      d._write = async (chunk, encoding, cb) => {
        try {
          await writer.ready;
          writer.write(chunk).catch(() => {});
          cb();
        } catch (err) {
          cb(err);
        }
      };
      d._final = async (cb) => {
        try {
          await writer.ready;
          writer.close().catch(() => {});
          finishWhenDone(cb);
        } catch (err) {
          cb(err);
        }
      };
    }
  }

  if (readable) {
    if (isNodeStream(tail)) {
      tail.on('readable', () => {
        const cb = onreadable;
        onreadable = null;
        call(cb);
      });
      tail.on('end', () => d.push(null));
      d._read = function() {
        while (true) {
          const chunk = tail.read();
          if (chunk === null) {
            onreadable = d._read;
            return;
          }
          if (!d.push(chunk)) return;
        }
      };
    } else {
      reader = (tail.readable || tail).getReader();
      d._read = async function() {
        while (true) {
          try {
            const { value, done } = await reader.read();
            if (!d.push(done ? null : value) || done) return;
          } catch (err) {
            d.destroy(err);
            return;
          }
        }
      };
    }
  }

  d._destroy = (err, cb) => {
    // Torn down while stages are still running: they are aborted, so the composite is too.
    if (!err && running) err = new AbortError();
    onreadable = null;
    ondrain = null;
    onfinish = null;
    if (!running) {
      cb(err);
      return;
    }
    if (isNodeStream(tail)) {
      // The pipeline destroys every other stage and then calls onfinished, which ends this.
      onclose = cb;
      destroyer(tail, err);
      return;
    }
    running = false;
    if (reader) reader.cancel(err).catch(() => {});
    if (writer) writer.abort(err).catch(() => {});
    if (isNodeStream(head)) destroyer(head, err);
    cb(err);
  };
  return d;
}

// Readable.prototype.compose: `this` piped into `stream`, as one stream.
function composeMethod(stream, options) {
  if (options != null) validateObject(options, 'options');
  if (options && options.signal != null) validateAbortSignal(options.signal, 'options.signal');
  if (isNodeStream(stream) && !isWritable(stream)) {
    throw new codes.ERR_INVALID_ARG_VALUE('stream', stream, 'must be writable');
  }
  const composed = compose(this, stream);
  if (options && options.signal) addAbortSignal(options.signal, composed);
  return composed;
}

module.exports = { compose, composeMethod };
