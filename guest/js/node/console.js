'use strict';
// node:console — the global console, with the Console class attached.
const { Console } = require('internal/console');
const c = globalThis.console;
c.Console = Console;
module.exports = c;
