'use strict';
// A Transform whose stream state is built on first use, so Hash and Hmac objects that are
// never used as streams stay cheap. Without node:stream it is a plain base.

function LazyTransform(options) {
  this._options = options;
}

let Transform = null;
try {
  Transform = require('stream').Transform;
} catch {
  Transform = null;
}

if (Transform) {
  Object.setPrototypeOf(LazyTransform.prototype, Transform.prototype);
  Object.setPrototypeOf(LazyTransform, Transform);
  // Reading any of the state fields runs the Transform constructor, which sets them.
  const lazy = (name) => ({
    get() {
      Transform.call(this, this._options);
      this._writableState.decodeStrings = false;
      return this[name];
    },
    set(value) {
      Object.defineProperty(this, name, { value, enumerable: true, configurable: true, writable: true });
    },
    configurable: true,
    enumerable: true,
  });
  Object.defineProperties(LazyTransform.prototype, {
    _readableState: lazy('_readableState'),
    _writableState: lazy('_writableState'),
    _transformState: lazy('_transformState'),
  });
}

module.exports = LazyTransform;
