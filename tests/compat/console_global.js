// The global console object itself (before anything requires 'console'): shape, names, Console.
console.log('Console on global console:', typeof console.Console);
console.log('keys:', Object.keys(console).filter((k) => k !== 'context' && k !== 'createTask').join());
console.log('log name:', console.log.name, console.debug.name, console.error.name, console.groupCollapsed.name);
console.log('toString:', String(console), Object.prototype.toString.call(console));
const { Console } = require('console');
console.log('prototype is not Console.prototype:', Object.getPrototypeOf(console) !== Console.prototype,
  Object.getPrototypeOf(Object.getPrototypeOf(console)) === Object.prototype);
console.log('instanceof:', console instanceof Console);
console.log('inspector no-ops:', console.profile(), console.profileEnd(), console.timeStamp());
console.log('same as require:', require('console') === console, require('node:console').Console === console.Console);
const c2 = new console.Console(process.stdout);
c2.log('from new console.Console');
console.log('globalThis.console descriptor:', JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, 'console'),
  ['writable', 'enumerable', 'configurable']));
