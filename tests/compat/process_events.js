// process events: uncaughtException keeps the process alive, unhandledRejection and
// rejectionHandled, warnings, beforeExit/exit order, and exit codes.
const log = (...a) => console.log(...a);

process.on('uncaughtException', (err, origin) => {
  log('uncaughtException:', err.message, origin);
});
process.on('unhandledRejection', (reason, promise) => {
  log('unhandledRejection:', reason instanceof Error ? reason.message : reason, promise instanceof Promise);
  if (reason === 'late') setTimeout(() => promise.catch(() => log('handled late')), 1);
});
process.on('rejectionHandled', (p) => log('rejectionHandled:', p instanceof Promise));
process.on('warning', (w) => log('warning:', w.name, w.message, w.code));

setTimeout(() => {
  throw new Error('from timer');
}, 100);
setTimeout(() => {
  setImmediate(() => {
    throw new Error('from immediate');
  });
  process.nextTick(() => {
    throw new Error('from nextTick');
  });
}, 150);
setTimeout(() => {
  queueMicrotask(() => {
    throw new Error('from microtask');
  });
}, 200);
Promise.reject(new Error('rejected'));
Promise.reject('late');
const handled = Promise.reject(new Error('handled in time'));
handled.catch(() => log('caught in time'));

process.emitWarning('custom warning');
process.emitWarning('with code', 'CustomWarning', 'CODE_1');
process.emitWarning('deprecated thing', 'DeprecationWarning', 'DEP_X');
process.emitWarning('deprecated thing', 'DeprecationWarning', 'DEP_X');
process.emitWarning(new Error('an error as warning'));

let beforeExitCount = 0;
process.on('beforeExit', (code) => {
  log('beforeExit', code, beforeExitCount);
  if (beforeExitCount++ === 0) setTimeout(() => log('more work'), 1);
});
process.on('exit', (code) => {
  log('exit', code, process.exitCode);
  setTimeout(() => log('never runs'), 0);
});
process.exitCode = 3;
log('hrtime', Array.isArray(process.hrtime()), process.hrtime().length, typeof process.hrtime.bigint());
const d = process.hrtime([0, 0]);
log('hrtime diff', d[0] >= 0, d[1] >= 0 && d[1] < 1e9);
log('memoryUsage', Object.keys(process.memoryUsage()).sort().join(','));
log('argv', process.argv.length, typeof process.argv[0], process.argv[1].endsWith('process_events.js'));
log('types', typeof process.pid, typeof process.cwd(), process.platform, typeof process.version, typeof process.versions.node);
try {
  process.exitCode = 'abc';
} catch (e) {
  log('exitCode validation:', e.code);
}
try {
  process.nextTick(42);
} catch (e) {
  log('nextTick validation:', e.code, e.message);
}
