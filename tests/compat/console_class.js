// The Console class: construction and validation, capture streams, options, per-instance state.
const consoleModule = require('console');
const { Console } = consoleModule;
const EventEmitter = require('events');

class Capture extends EventEmitter {
  constructor(name) {
    super();
    this.name = name;
    this.chunks = [];
  }
  write(chunk, cb) {
    this.chunks.push(chunk);
    this.lastCbType = typeof cb;
    return true;
  }
  take() {
    const out = this.chunks.join('');
    this.chunks = [];
    return JSON.stringify(out);
  }
}

console.log('module is global console:', consoleModule === console, Console === console.Console);
console.log('Console:', typeof Console, Console.name, Console.length);

const out = new Capture('out');
const err = new Capture('err');
const c = new Console({ stdout: out, stderr: err });
c.log('hello %s', 'world', 42);
c.info('info');
c.debug('debug');
c.warn('warn');
c.error('error', { a: 1 });
console.log('stdout got:', out.take(), 'callback:', out.lastCbType);
console.log('stderr got:', err.take());

// positional form; stderr defaults to stdout
const both = new Capture('both');
const p = new Console(both);
p.log('to out');
p.error('to err');
p.assert(false, 'checked %d', 5);
p.assert(false);
p.assert(false, { obj: 1 }, 'more');
p.assert(0, 'zero');
p.assert(true, 'fine');
p.assert(null, 123);
console.log('positional:', both.take());

// trace: print just the first line
p.trace('traced %s', 'msg');
console.log('trace first line:', JSON.stringify(both.take().split('\\n')[0]));
p.trace();
console.log('empty trace first line:', JSON.stringify(both.take().split('\\n')[0]));

// calling without new
const nn = Console(both);
console.log('without new:', nn instanceof Console, typeof nn.log);

// instance shape
console.log('keys:', Object.keys(c).join());
console.log('own names:', Object.getOwnPropertyNames(c).join());
console.log('prototype keys:', Object.keys(Console.prototype).join());
console.log('names:', c.log.name, c.debug.name, c.info.name, c.error.name, c.groupCollapsed.name, c.dirxml.name);
console.log('bound differs from prototype:', c.log !== Console.prototype.log);
console.log('prototype aliases:', Console.prototype.debug === Console.prototype.log,
  Console.prototype.error === Console.prototype.warn, Console.prototype.groupCollapsed === Console.prototype.group);
console.log('instanceof:', c instanceof Console, console instanceof Console, ({}) instanceof Console);
console.log('toString:', String(c), Object.prototype.toString.call(c));
console.log('_stdout/_stderr:', c._stdout === out, c._stderr === err, p._stderr === both);
console.log('_times:', typeof c._times.get, c._times.size, '_ignoreErrors:', c._ignoreErrors);

// destructured methods stay bound
const { log, group, groupEnd, count } = c;
group('G');
log('inside');
count();
count();
groupEnd();
log('outside');
console.log('destructured:', out.take());

// groups and multi-line, dir indentation
c.group('outer');
c.group();
c.log('line1\nline2');
c.dir({ a: { b: { c: { d: 1 } } }, long: 'x'.repeat(60), more: [1, 2, 3] });
c.error('err in group');
c.groupEnd();
c.groupCollapsed('collapsed');
c.table([{ a: 1 }]);
c.groupEnd();
c.groupEnd();
c.groupEnd();
c.log('end');
console.log('groups:', out.take());
console.log('group stderr:', err.take());

// groupIndentation option
const g4 = new Console({ stdout: out, groupIndentation: 4 });
g4.group('four');
g4.log('a\nb');
g4.group();
g4.log('c');
g4.groupEnd();
g4.groupEnd();
g4.log('d');
const g0 = new Console({ stdout: out, groupIndentation: 0 });
g0.group('zero');
g0.log('flat');
console.log('groupIndentation:', out.take());

// inspectOptions
const d0 = new Console({ stdout: out, inspectOptions: { depth: 0 } });
d0.log({ a: { b: 1 } }, [[1]]);
d0.dir({ a: { b: 1 } });
d0.dir({ a: { b: 1 } }, { depth: 5 });
const narrow = new Console({ stdout: out, inspectOptions: { breakLength: 10 } });
narrow.log({ alpha: 1, beta: 2 });
const sorted = new Console({ stdout: out, inspectOptions: { sorted: true } });
sorted.log({ b: 1, a: 2 });
console.log('inspectOptions:', out.take());

// colors
const col = new Console({ stdout: out, colorMode: true });
col.log(1, 'str', [true]);
col.log('%s', 2);
const nocol = new Console({ stdout: out, colorMode: false });
nocol.log(1, 'str');
const colOpt = new Console({ stdout: out, inspectOptions: { colors: true } });
colOpt.log(null, undefined);
console.log('colors:', out.take());

// counters and timers are per instance
const a = new Console(out);
const b = new Console(out);
a.count('x');
a.count('x');
b.count('x');
a.countReset('x');
a.count('x');
console.log('per-instance count:', out.take());

// errors thrown by write are swallowed unless ignoreErrors is false
class Throwing extends EventEmitter {
  write() { throw new Error('write failed'); }
}
try {
  new Console(new Throwing()).log('x');
  console.log('write error swallowed');
} catch (e) {
  console.log('threw', e.message);
}
try {
  new Console({ stdout: new Throwing(), ignoreErrors: false }).log('x');
  console.log('not thrown');
} catch (e) {
  console.log('ignoreErrors false threw:', e.message);
}
try {
  new Console(new Throwing(), new Throwing(), false).warn('x');
  console.log('not thrown');
} catch (e) {
  console.log('positional ignoreErrors false threw:', e.message);
}

// a plain object with write() but no EventEmitter methods
try {
  new Console({ write() {} }).log('x');
  console.log('plain object ok');
} catch (e) {
  console.log('plain object:', e.name);
}

// constructor validation
const sink = new Capture('sink');
for (const [label, fn] of [
  ['none', () => new Console()],
  ['null', () => new Console(null)],
  ['bad stdout', () => new Console({ stdout: {} })],
  ['bad stderr', () => new Console({ stdout: sink, stderr: 5 })],
  ['positional bad stderr', () => new Console(sink, {})],
  ['groupIndentation string', () => new Console({ stdout: sink, groupIndentation: '2' })],
  ['groupIndentation big', () => new Console({ stdout: sink, groupIndentation: 1001 })],
  ['groupIndentation negative', () => new Console({ stdout: sink, groupIndentation: -1 })],
  ['groupIndentation float', () => new Console({ stdout: sink, groupIndentation: 1.5 })],
  ['inspectOptions number', () => new Console({ stdout: sink, inspectOptions: 1 })],
  ['inspectOptions null', () => new Console({ stdout: sink, inspectOptions: null })],
  ['colors with colorMode', () => new Console({ stdout: sink, colorMode: true, inspectOptions: { colors: true } })],
  ['colorMode bad', () => new Console({ stdout: sink, colorMode: 'yes' })],
  ['colorMode auto', () => new Console({ stdout: sink, colorMode: 'auto' })],
  ['ignoreErrors string', () => new Console({ stdout: sink, ignoreErrors: 'x' })],
]) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

// new console.Console(process.stdout) writes straight to stdout
const direct = new console.Console(process.stdout);
direct.log('direct to stdout %o', [1]);
direct.group('direct group');
direct.log('x');
direct.groupEnd();
