// capjs-flags: --allow-net=127.0.0.1
// Server features: close() waiting for connections, maxConnections and 'drop',
// pauseOnConnect, AbortSignals, Symbol.asyncDispose, and client sockets that write or
// end before they are connected.
const net = require('net');

const steps = [];
function run() {
  if (steps.length) steps.shift()(run);
  else console.log('all done');
}

// close() stops accepting at once but 'close' waits for the open connection.
steps.push((next) => {
  const log = [];
  let client;
  const server = net.createServer((sock) => {
    sock.resume();
    server.close((err) => {
      log.push(`close callback err=${err}`);
      console.log(log.join(' | '));
      next();
    });
    log.push(`close() called, listening=${server.listening}`);
    server.getConnections((err, n) => log.push(`connections ${n}`));
    setTimeout(() => {
      log.push('ending the last connection');
      client.end();
    }, 50);
    sock.on('close', () => log.push('connection closed'));
  });
  server.on('close', () => log.push('close event'));
  server.listen(0, '127.0.0.1', () => {
    client = net.connect(server.address().port, '127.0.0.1');
    client.resume();
  });
});

// Past maxConnections a new connection is dropped and 'drop' says who it was.
steps.push((next) => {
  const server = net.createServer((sock) => {
    sock.resume();
    sock.on('close', () => server.close(next));
  });
  server.maxConnections = 1;
  server.on('drop', (info) => {
    console.log('drop', Object.keys(info).sort().join(), info.remoteAddress, info.localPort === server.address().port);
  });
  server.listen(0, '127.0.0.1', () => {
    const port = server.address().port;
    const first = net.connect(port, '127.0.0.1', () => {
      const second = net.connect(port, '127.0.0.1');
      second.resume();
      second.on('error', (e) => console.log('second error', e.code));
      second.on('close', () => {
        console.log('second connection closed by the server');
        first.end();
      });
    });
    first.resume();
  });
});

// pauseOnConnect: nothing is read until resume().
steps.push((next) => {
  const server = net.createServer({ pauseOnConnect: true }, (sock) => {
    console.log('paused on connect', sock.isPaused(), sock.readableFlowing);
    let got = '';
    setTimeout(() => {
      console.log('before resume got', JSON.stringify(got));
      sock.on('data', (d) => (got += d));
      sock.resume();
    }, 60);
    sock.on('end', () => {
      console.log('after resume got', JSON.stringify(got));
      server.close(next);
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1');
    c.end('held back');
  });
});

// Writes and end() before the connection exists wait for it; bytesWritten counts them.
steps.push((next) => {
  const server = net.createServer((sock) => {
    let got = '';
    sock.on('data', (d) => (got += d));
    sock.on('end', () => {
      console.log('server got', JSON.stringify(got));
      server.close(next);
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const c = new net.Socket();
    console.log('connect returns the socket', c.connect(server.address().port, '127.0.0.1') === c);
    console.log('write while connecting', c.write('early '), c.bytesWritten, c.pending, c.readyState);
    c.end('and ended', () => console.log('end callback after connect', c.bytesWritten, JSON.stringify(c.address())
      .replace(String(c.localPort), 'PORT')));
    c.on('connect', () => console.log('connected', c.readyState));
  });
});

// connect() options: noDelay, keepAlive, and an AbortSignal that cancels the attempt.
steps.push((next) => {
  const server = net.createServer((sock) => sock.resume());
  server.listen(0, '127.0.0.1', () => {
    const port = server.address().port;
    const c = net.connect({ port, host: '127.0.0.1', noDelay: true, keepAlive: true, keepAliveInitialDelay: 1000 }, () => {
      console.log('connected with options', c.setNoDelay(false) === c, c.setKeepAlive(false) === c);
      c.end();
    });
    c.on('close', () => {
      const ac = new AbortController();
      const d = net.connect({ port, host: '127.0.0.1', signal: ac.signal });
      d.on('connect', () => console.log('connected despite abort?'));
      d.on('error', (e) => console.log('abort error', e.name, e.code, e.message));
      d.on('close', (hadError) => {
        console.log('aborted close', hadError, d.destroyed);
        server.close(next);
      });
      ac.abort();
    });
  });
});

// listen({ signal }) closes the server on abort; asyncDispose closes it too.
steps.push((next) => {
  const ac = new AbortController();
  const server = net.createServer();
  server.on('close', () => {
    console.log('aborted server closed', server.listening);
    const other = net.createServer();
    other.listen({ port: 0, host: '127.0.0.1', backlog: 10 }, async () => {
      console.log('other listening', other.listening);
      await other[Symbol.asyncDispose]();
      console.log('disposed', other.listening);
      await other[Symbol.asyncDispose]();
      console.log('dispose again resolves');
      next();
    });
  });
  server.listen({ port: 0, host: '127.0.0.1', signal: ac.signal }, () => {
    console.log('listening with signal');
    ac.abort();
  });
});

// A destroyed socket can connect again.
steps.push((next) => {
  let connections = 0;
  const server = net.createServer((sock) => {
    connections++;
    sock.resume();
  });
  server.listen(0, '127.0.0.1', () => {
    const port = server.address().port;
    const c = net.connect(port, '127.0.0.1', () => {
      c.destroy();
      c.once('close', () => {
        c.connect(port, '127.0.0.1', () => {
          console.log('reconnected', c.destroyed, c.readyState);
          c.end();
          c.on('close', () => {
            console.log('connections', connections);
            server.close(next);
          });
        });
      });
    });
  });
});

// close() right after listen(port, host) cancels the pending bind, as in Node.
steps.push((next) => {
  const s = net.createServer();
  s.listen(0, '127.0.0.1', () => console.log('listening after close?!'));
  s.close((err) => console.log('close before bind', err.code, s.listening));
  setTimeout(() => {
    console.log('still not listening', s.listening, s.address());
    next();
  }, 30);
});

run();
