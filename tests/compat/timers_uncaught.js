// An error thrown from a timer with no uncaughtException handler ends the process with code 1;
// timers set in an 'exit' listener never run; nothing after the error is printed.
process.on('exit', (code) => {
  console.log('exit listener, code', code);
  setTimeout(() => console.log('never: timer from exit'), 0);
  setImmediate(() => console.log('never: immediate from exit'));
  process.nextTick(() => console.log('never: tick from exit'));
});
setTimeout(() => console.log('never: later timer'), 500);
setTimeout(() => {
  console.log('before the error');
  setImmediate(() => {
    console.log('immediate runs next');
    setTimeout(() => {
      console.log('throwing');
      process.nextTick(() => console.log('never: tick after throw'));
      setImmediate(() => console.log('never: immediate after throw'));
      throw new Error('timer failure');
    }, 5);
  });
}, 1);
console.log('main done');
