// capjs-flags: --allow-net=127.0.0.1
// Errors as Node shapes them: EADDRINUSE from listen, ECONNREFUSED from connect, and
// listen() on a server that already listens.
const net = require('net');

const steps = [];
function run() {
  if (steps.length) steps.shift()(run);
  else console.log('all done');
}

function show(label, e, port) {
  const fields = Object.keys(e).map((k) => `${k}=${k === 'port' ? (e[k] === port ? 'PORT' : e[k]) : e[k]}`);
  console.log(label, e.constructor.name, JSON.stringify(e.message.split(String(port)).join('PORT')), fields.join(' '));
}

// Two servers on one port: the second emits EADDRINUSE and never listens.
steps.push((next) => {
  const a = net.createServer();
  a.listen(0, '127.0.0.1', () => {
    const port = a.address().port;
    const b = net.createServer();
    b.on('listening', () => console.log('b listening?!'));
    b.on('error', (e) => {
      show('EADDRINUSE', e, port);
      console.log('b listening', b.listening, b.address());
      b.close((err) => console.log('b close', err && err.code));
      a.close(next);
    });
    b.listen(port, '127.0.0.1');
  });
});

// listen() again while listening throws at once.
steps.push((next) => {
  const s = net.createServer();
  s.listen(0, '127.0.0.1', () => {
    try {
      s.listen(0, '127.0.0.1');
    } catch (e) {
      console.log('relisten', e.name, e.code, e.message);
    }
    s.close(next);
  });
});

// Connecting to a port that was just closed: ECONNREFUSED, then 'close' with hadError.
steps.push((next) => {
  const s = net.createServer();
  s.listen(0, '127.0.0.1', () => {
    const port = s.address().port;
    s.close(() => {
      const c = net.connect(port, '127.0.0.1');
      const log = [];
      c.on('connect', () => log.push('connect?!'));
      c.on('error', (e) => {
        show('ECONNREFUSED', e, port);
        log.push(`error connecting=${c.connecting} destroyed=${c.destroyed}`);
      });
      c.on('close', (hadError) => {
        log.push(`close ${hadError} ${c.readyState}`);
        console.log(log.join(' | '));
        next();
      });
    });
  });
});

// Port 0 is refused too, and the message then has no port.
steps.push((next) => {
  const c = net.connect({ port: 0, host: '127.0.0.1' });
  c.on('error', (e) => show('port 0', e, -1));
  c.on('close', () => next());
});

// An 'error' without a listener on a socket is an uncaught exception.
steps.push((next) => {
  process.once('uncaughtException', (e) => {
    console.log('uncaught', e.code, e.syscall);
    next();
  });
  const s = net.createServer();
  s.listen(0, '127.0.0.1', () => {
    const port = s.address().port;
    s.close(() => net.connect(port, '127.0.0.1'));
  });
});

run();
