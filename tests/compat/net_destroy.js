// capjs-flags: --allow-net=127.0.0.1
// destroy() with and without an error, on both ends, and what the peer sees.
const net = require('net');

function latch(n, fn) {
  return () => {
    if (--n === 0) fn();
  };
}

const steps = [];
function run(next) {
  steps.shift()(() => (steps.length ? run() : console.log('all done')));
}

// Client destroys without an error: 'close' with hadError false, no 'error'; the server sees 'end'.
steps.push((next) => {
  const log = [];
  const server = net.createServer((sock) => {
    sock.on('data', () => {});
    sock.on('end', () => log.push('server end'));
    sock.on('error', (e) => log.push(`server error ${e.code}`));
    sock.on('close', (h) => {
      log.push(`server close ${h}`);
      server.close(done);
    });
  });
  const done = latch(2, () => {
    console.log('destroy():', log.sort().join(' | '));
    next();
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1', () => {
      c.write('abc');
      c.destroy();
      log.push(`client destroyed=${c.destroyed} ${c.readyState} writable=${c.writable} readable=${c.readable}`);
      c.write('more', (err) => log.push(`client write after destroy ${err && err.code}`));
    });
    c.on('error', (e) => log.push(`client error ${e.code}`));
    c.on('close', (h) => {
      log.push(`client close ${h}`);
      done();
    });
  });
});

// Client destroys with an error: 'error' then 'close' with hadError true.
steps.push((next) => {
  const clientLog = [];
  const server = net.createServer((sock) => {
    sock.resume();
    sock.on('close', () => server.close(done));
  });
  const done = latch(2, () => {
    console.log('destroy(err):', clientLog.join(' | '));
    next();
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1', () => {
      c.destroy(new Error('boom'));
      clientLog.push(`sync destroyed=${c.destroyed} errored=${c.errored && c.errored.message}`);
    });
    c.on('error', (e) => clientLog.push(`error ${e.message}`));
    c.on('close', (h) => {
      clientLog.push(`close ${h}`);
      done();
    });
  });
});

// Server destroys the accepted socket at once: the client reads EOF and closes cleanly.
steps.push((next) => {
  const log = [];
  const server = net.createServer((sock) => {
    sock.destroy();
    server.close(done);
  });
  const done = latch(2, () => {
    console.log('server destroy:', log.join(' | '));
    next();
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1');
    c.on('connect', () => log.push('connect'));
    c.on('data', (d) => log.push(`data ${d}`));
    c.on('end', () => log.push('end'));
    c.on('error', (e) => log.push(`error ${e.code}`));
    c.on('close', (h) => {
      log.push(`close ${h}`);
      done();
    });
  });
});

// Destroying while connecting: no 'connect', a 'close' without error, and a pending
// write is failed with ERR_SOCKET_CLOSED_BEFORE_CONNECTION.
steps.push((next) => {
  const log = [];
  const server = net.createServer(() => log.push('server saw a connection?'));
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1');
    c.on('connect', () => log.push('connect (unexpected)'));
    c.write('queued', (err) => log.push(`write cb ${err && err.code}`));
    c.on('error', (e) => log.push(`error ${e.code}`));
    c.on('close', (h) => {
      log.push(`close ${h} ${c.readyState} connecting=${c.connecting}`);
      setTimeout(() => {
        server.close(() => {
          console.log('destroy while connecting:', log.filter((l) => !l.startsWith('server')).join(' | '));
          next();
        });
      }, 30);
    });
    c.destroy();
    log.push(`destroyed connecting=${c.connecting} pending=${c.pending}`);
  });
});

// destroySoon(): ends, then destroys once the data is flushed.
steps.push((next) => {
  let got = '';
  const server = net.createServer((sock) => {
    sock.on('data', (d) => (got += d));
    sock.on('end', () => {
      console.log('destroySoon: server got', got.length);
      server.close(next);
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1');
    c.write('z'.repeat(100000));
    c.destroySoon();
    c.on('close', (h) => console.log('destroySoon: client close', h, c.destroyed));
  });
});

// Data written before destroy() still reaches the peer (Node leaves it to the kernel).
steps.push((next) => {
  const results = [];
  const server = net.createServer((sock) => {
    let n = 0;
    sock.on('data', (d) => (n += d.length));
    sock.on('end', () => {
      results.push(n);
      if (results.length === 3) {
        console.log('delivered before destroy', results.sort((a, b) => a - b).join());
        server.close(next);
      }
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const port = server.address().port;
    const a = net.connect(port, '127.0.0.1', () => {
      a.end(Buffer.alloc(100000));
      a.destroy();
    });
    const b = net.connect(port, '127.0.0.1', () => {
      b.write(Buffer.alloc(50000));
      b.destroy();
    });
    const c = net.connect(port, '127.0.0.1', () => {
      c.write('x');
      c.destroy(new Error('with an error too'));
    });
    c.on('error', (e) => console.log('c error', e.message));
  });
});

run();
