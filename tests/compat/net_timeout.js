// capjs-flags: --allow-net=127.0.0.1
// socket.setTimeout: 'timeout' after idle time, reset by traffic, off with 0, and an idle
// timer never keeps the process alive by itself.
const net = require('net');

const steps = [];
function run() {
  if (steps.length) steps.shift()(run);
  else console.log('all done');
}

function withPair(onServerSock, onClient) {
  const server = net.createServer((sock) => onServerSock(sock, server));
  server.listen(0, '127.0.0.1', () => onClient(net.connect(server.address().port, '127.0.0.1'), server));
}

// An idle client times out; the socket stays open until we end it.
steps.push((next) => {
  withPair((sock) => sock.resume(), (c, server) => {
    const start = Date.now();
    const ret = c.setTimeout(60, () => {
      const waited = Date.now() - start;
      console.log('timeout callback after >= 50ms', waited >= 50, 'timeout prop', c.timeout);
      console.log('still open', c.readyState, c.destroyed);
      c.end();
    });
    console.log('setTimeout returns the socket', ret === c);
    c.on('timeout', () => console.log('timeout event'));
    c.on('close', () => server.close(next));
  });
});

// Traffic resets the countdown: writes every 20ms for ~200ms with a 100ms timeout, then idle.
steps.push((next) => {
  withPair((sock) => sock.resume(), (c, server) => {
    let writing = true;
    let timeouts = 0;
    c.setTimeout(100);
    c.on('timeout', () => {
      timeouts++;
      console.log('timeout while writing?', writing);
      c.end();
    });
    let n = 0;
    const iv = setInterval(() => {
      c.write('tick');
      if (++n === 10) {
        clearInterval(iv);
        writing = false;
      }
    }, 20);
    c.on('close', () => {
      console.log('timeouts', timeouts);
      server.close(next);
    });
  });
});

// Data arriving also counts as activity (server sends every 20ms).
steps.push((next) => {
  withPair((sock) => {
    let n = 0;
    const iv = setInterval(() => {
      sock.write('x');
      if (++n === 8) {
        clearInterval(iv);
        sock.end();
      }
    }, 20);
  }, (c, server) => {
    let timedOut = false;
    c.setTimeout(100, () => (timedOut = true));
    c.resume();
    c.on('end', () => console.log('reads kept it alive, timed out:', timedOut));
    c.on('close', () => server.close(next));
  });
});

// setTimeout(0) disables the timer and removes the given listener.
steps.push((next) => {
  withPair((sock) => sock.resume(), (c, server) => {
    const cb = () => console.log('should not fire');
    c.setTimeout(30, cb);
    c.setTimeout(0, cb);
    console.log('listeners after disable', c.listenerCount('timeout'), 'timeout', c.timeout);
    setTimeout(() => {
      console.log('no timeout fired');
      c.end();
    }, 80);
    c.on('close', () => server.close(next));
  });
});

// connect({ timeout }) sets the idle timeout too.
steps.push((next) => {
  const server = net.createServer((sock) => sock.resume());
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect({ port: server.address().port, host: '127.0.0.1', timeout: 40 });
    console.log('timeout from options', c.timeout);
    c.on('timeout', () => {
      console.log('options timeout fired');
      c.destroy();
    });
    c.on('close', () => server.close(next));
  });
});

// An unref'ed server with a client whose timeout is pending: the timer alone does not keep
// the process alive once the socket is unref'ed too.
steps.push(() => {
  const server = net.createServer((sock) => {
    sock.resume();
    sock.unref();
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1', () => {
      c.setTimeout(5000, () => console.log('timeout should not keep us alive'));
      c.unref();
      server.unref();
      console.log('all unref');
    });
  });
  process.on('exit', () => console.log('exited without waiting'));
});

run();
