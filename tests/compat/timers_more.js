// Timers: TimeoutOverflowWarning, unref'd timers and immediates, intervals, errors, Symbol.dispose.
// Sections run one after another so the output does not depend on timing.
process.on('warning', (w) => {
  console.log('warning:', w.name, '|', w.message);
});
let errs = 0;
process.on('uncaughtException', (e) => {
  errs++;
  console.log('uncaught:', e.message);
});
process.on('exit', (c) => console.log('exit', c, 'errors', errs));

const phases = [];
const phase = (name, fn) => phases.push([name, fn]);
function next() {
  const p = phases.shift();
  if (!p) return;
  console.log(`-- ${p[0]}`);
  p[1](() => setTimeout(next, 5));
}

// unref'd timers never keep the process alive (these would fire long after the last phase)
setTimeout(() => console.log('never: unref 2000'), 2000).unref();
setInterval(() => console.log('never: unref interval'), 2000).unref();
setTimeout(() => console.log('never: max delay'), 2 ** 31 - 1).unref();

phase('overflow', (done) => {
  // Delays above 2**31-1 become 1 ms with a warning.
  setTimeout(() => console.log('overflow timeout fired'), 2 ** 31);
  setTimeout(() => console.log('Infinity overflow fired'), Infinity);
  const ivo = setInterval(() => {
    console.log('overflow interval fired');
    clearInterval(ivo);
  }, 2 ** 32);
  setTimeout(done, 20);
  console.log('scheduled');
});

phase('unref and ref', (done) => {
  // An unref'd timer still fires while something else keeps the loop alive.
  const early = setTimeout(() => console.log('unref 5 fired while alive'), 5);
  early.unref();
  // Re-ref makes it keep the process alive again.
  const reref = setTimeout(() => { console.log('re-ref fired'); done(); }, 20);
  reref.unref();
  reref.ref();
  console.log('reref hasRef:', reref.hasRef());
});

phase('unref immediate, refreshed unref timer', (done) => {
  setImmediate(() => console.log('unref immediate runs while alive')).unref();
  const keeper = setTimeout(() => console.log('never: keeper'), 5000);
  const t = setTimeout(() => {
    console.log('refreshed unref fired while alive');
    clearTimeout(keeper);
    done();
  }, 20).unref();
  t.refresh();
  console.log('refreshed keeps unref:', t.hasRef());
});

phase('interval 0', (done) => {
  let n = 0;
  const z = setInterval(() => {
    n++;
    if (n === 4) {
      clearInterval(z);
      console.log('interval 0 ran', n, 'times');
      done();
    }
  }, 0);
});

phase('throwing interval', (done) => {
  // An interval that throws keeps repeating; errors go to uncaughtException.
  let boom = 0;
  const bi = setInterval(() => {
    boom++;
    if (boom >= 3) {
      clearInterval(bi);
      done();
    }
    throw new Error(`boom ${boom}`);
  }, 5);
});

phase('throwing immediate', (done) => {
  // Later immediates still run after one throws.
  setImmediate(() => { throw new Error('imm error'); });
  setImmediate(() => {
    console.log('immediate after error');
    done();
  });
});

phase('dispose', (done) => {
  const td = setTimeout(() => console.log('never: disposed'), 10);
  console.log('dispose type:', typeof td[Symbol.dispose], typeof setImmediate(() => {})[Symbol.dispose]);
  td[Symbol.dispose]();
  const im = setImmediate(() => console.log('never: disposed immediate'));
  im[Symbol.dispose]();
  setTimeout(done, 20);
});

phase('last', () => {
  // An unref'd immediate queued by the last immediate never runs.
  setImmediate(() => {
    console.log('last refed immediate');
    setImmediate(() => console.log('never: last unref immediate')).unref();
  });
});

next();
