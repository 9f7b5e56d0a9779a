// console: stdout vs stderr, format specifiers, groups, count, assert, dir, time, destructuring.
console.log('log');
console.info('info');
console.debug('debug');
console.error('error goes to stderr');
console.warn('warn goes to stderr');
console.trace('trace goes to stderr');
console.log();
console.log('');
console.log('a', 'b', 1, true, null, undefined);

// format specifiers
console.log('%s|%s|%s', 'str', 42, { a: 1 });
console.log('%d %i %f', '42.5', 42.9, '3.25');
console.log('%d %i', -0, 10n);
console.log('%j', { a: [1, 2], b: 'x' });
console.log('%o', { a: 1 });
console.log('%O', { a: { b: { c: { d: 1 } } } });
console.log('%c styled %c', 'color: red', 'x');
console.log('100%% sure %s', 'yes');
console.log('%s missing %s');
console.log('extra', '%s', 'args');
console.log('%s', 'a', 'b', { c: 1 });
console.log('%x %s', 1);
console.log('%s', Symbol('sym'));
console.log('%d', {});
console.log('%s', -0, '%s', [1, [2, [3]]]);
console.log(5, '%s', 'not a format');
console.log('%s', null, undefined);
console.log('%i', 'abc', '%f', 'x');

// groups
console.group('Group A');
console.log('inside A');
console.group();
console.log('nested\nmulti-line');
console.info({ a: 1, b: [1, 2] });
console.groupEnd();
console.groupCollapsed('collapsed', 42);
console.log('inside collapsed');
console.groupEnd();
console.groupEnd();
console.groupEnd(); // extra groupEnd is harmless
console.log('back to top');
console.group('G2');
console.error('error inside group (stderr)');
console.dir({ x: 1 });
console.count('in-group');
console.groupEnd();

// count / countReset
console.count();
console.count();
console.count('x');
console.count('default');
console.countReset();
console.count();
console.countReset('x');
console.count('x');
console.count(undefined);
console.count(null);
console.count(1);
console.count(1);
console.countReset('never-counted'); // warning to stderr

// assert: nothing reaches stdout
console.assert(true, 'not printed');
console.assert(false, 'assert message %s', 'formatted');
console.assert(false);
console.assert(0, { obj: 1 });
console.assert('truthy');
console.log('after asserts');

// dir with options
console.dir({ a: { b: { c: { d: { e: 1 } } } } });
console.dir({ a: { b: { c: { d: { e: 1 } } } } }, { depth: 0 });
console.dir({ a: { b: { c: { d: { e: 1 } } } } }, { depth: null });
console.dir('a string');
console.dir([1, 'two', [3]]);
console.dir({ [Symbol('s')]: 1, hidden: 2 }, { showHidden: true });
const custom = { [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; } };
console.log(custom);
console.dir(custom);
console.dir(custom, { customInspect: true });
console.dirxml('dirxml', { a: 1 });

// time: timing values go to a capture stream and only their shape is printed
{
  const lines = [];
  const { Console } = require('console');
  const EventEmitter = require('events');
  const sink = Object.assign(new EventEmitter(), { write(s) { lines.push(s); return true; } });
  const c = new Console(sink);
  c.time();
  c.time('t');
  c.time('t'); // warning: already exists
  c.timeLog('t', 'extra', { a: 1 });
  c.timeEnd('t');
  c.timeEnd();
  c.timeEnd('t'); // warning: no such label
  c.timeLog('nope'); // warning
  c.time(42);
  c.timeEnd(42);
  for (const l of lines) console.log('time shape:', JSON.stringify(l.replace(/\d+(\.\d+)?ms/, 'Nms')));
}

// destructuring keeps working
const { log, info, error, count, group, groupEnd, table } = console;
log('destructured log');
info('destructured info');
error('destructured error');
group('destructured group');
log('indented');
groupEnd();
count('d');
count('d');
table([1]);
console.count('%s');
console.count('%%');
console.group('%d', 5, 'x');
console.groupEnd();

console.clear(); // not a TTY: nothing
console.log('after clear');

// monkeypatching process.stdout.write captures console output
{
  const orig = process.stdout.write;
  const captured = [];
  process.stdout.write = function (chunk) { captured.push(String(chunk)); return true; };
  console.log('captured line %d', 1);
  console.info({ a: 1 });
  console.group('cg');
  console.debug('in group');
  console.groupEnd();
  process.stdout.write = orig;
  console.log('restored; captured =', JSON.stringify(captured));
}
