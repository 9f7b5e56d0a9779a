// Timers: TimeoutOverflowWarning, unref'd timers and immediates, intervals, Symbol.dispose.
process.on('warning', (w) => {
  console.log('warning:', w.name, '|', w.message);
});

// Delays above 2**31-1 become 1 ms with a warning.
setTimeout(() => console.log('overflow timeout fired'), 2 ** 31);
setTimeout(() => console.log('max timeout never fires'), 2 ** 31 - 1).unref();
setTimeout(() => console.log('Infinity overflow fired'), Infinity);
const ivo = setInterval(() => {
  console.log('overflow interval fired');
  clearInterval(ivo);
}, 2 ** 32);
console.log('sync done');

// unref'd timers do not keep the process alive
setTimeout(() => console.log('never: unref 1000'), 1000).unref();
const iv = setInterval(() => console.log('never: unref interval'), 1000);
iv.unref();

// An unref'd timer still fires while something else keeps the loop alive.
const early = setTimeout(() => console.log('unref 5 fired while alive'), 5);
early.unref();
// Re-ref makes it keep the process alive again.
const reref = setTimeout(() => console.log('re-ref fired'), 20);
reref.unref();
reref.ref();
console.log('reref hasRef:', reref.hasRef());

setTimeout(() => {
  // A refreshed unref'd timer is still unref'd.
  setImmediate(() => console.log('unref immediate runs while alive')).unref();
  const t = setTimeout(() => console.log('refreshed unref fired while alive'), 200).unref();
  t.refresh();
  console.log('refreshed keeps unref:', t.hasRef());
  // interval with 0 delay repeats
  let n = 0;
  const z = setInterval(() => {
    n++;
    if (n === 4) {
      clearInterval(z);
      console.log('interval 0 ran', n, 'times');
    }
  }, 0);
}, 30);

// an interval that throws keeps repeating; errors go to uncaughtException
let errs = 0;
process.on('uncaughtException', (e) => {
  errs++;
  console.log('uncaught:', e.message);
});
let boom = 0;
const bi = setInterval(() => {
  boom++;
  if (boom >= 3) clearInterval(bi);
  throw new Error(`boom ${boom}`);
}, 50);

// setImmediate throwing: later immediates still run
setTimeout(() => {
  setImmediate(() => { throw new Error('imm error'); });
  setImmediate(() => console.log('immediate after error'));
}, 300);

// An unref'd immediate queued by the last immediate never runs.
setTimeout(() => {
  setImmediate(() => {
    console.log('last refed immediate');
    setImmediate(() => console.log('never: last unref immediate')).unref();
  });
}, 350);

// Symbol.dispose cancels a timer
const td = setTimeout(() => console.log('never: disposed'), 10);
console.log('dispose type:', typeof td[Symbol.dispose]);
if (typeof td[Symbol.dispose] === 'function') td[Symbol.dispose]();
else clearTimeout(td);

process.on('exit', (c) => console.log('exit', c, 'errors', errs));
