// Node (libuv >= 1.45) runs timers at the end of a loop turn and then checks whether anything
// keeps the loop alive, so an unref'd immediate queued by the last timer never runs.
process.on('beforeExit', () => console.log('beforeExit'));
process.on('exit', () => console.log('exit'));
setTimeout(() => {
  setTimeout(() => {
    console.log('last timer');
    setImmediate(() => console.log('never: unref immediate queued by the last timer')).unref();
    process.nextTick(() => console.log('tick after last timer'));
  }, 10);
}, 5);
