'use strict';
// node:assert/strict: assert in strict mode (equal is strictEqual, and so on).

module.exports = require('assert').strict;
