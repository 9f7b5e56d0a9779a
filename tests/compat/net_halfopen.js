// capjs-flags: --allow-net=127.0.0.1
// Half-open sockets: with allowHalfOpen the server may keep writing after the client's
// FIN; without it the server ends its side as soon as the client's 'end' is seen, and a
// later write fails with EPIPE.
const net = require('net');

// Calls fn once it has been called n times (events on the two ends race each other).
function latch(n, fn) {
  return () => {
    if (--n === 0) fn();
  };
}

function halfOpen(next) {
  const serverLog = [];
  const clientLog = [];
  const done = latch(2, () => {
    console.log('half-open server:', serverLog.join(' | '));
    console.log('half-open client:', clientLog.join(' | '));
    next();
  });
  const server = net.createServer({ allowHalfOpen: true }, (sock) => {
    serverLog.push(`allowHalfOpen ${sock.allowHalfOpen}`);
    sock.resume();
    sock.on('end', () => {
      serverLog.push(`end writable=${sock.writable} ${sock.readyState}`);
      setTimeout(() => {
        sock.write('late ');
        sock.end('reply');
        serverLog.push(`ended ${sock.readyState}`);
      }, 20);
    });
    sock.on('close', (hadError) => {
      serverLog.push(`close ${hadError}`);
      server.close(done);
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
    let got = '';
    c.on('connect', () => c.end('bye'));
    c.on('finish', () => clientLog.push(`finish ${c.readyState}`));
    c.on('data', (d) => (got += d));
    c.on('end', () => clientLog.push(`end got=${got} ${c.readyState}`));
    c.on('close', (hadError) => {
      clientLog.push(`close ${hadError}`);
      done();
    });
  });
}

function notHalfOpen(next) {
  const log = [];
  let got = '';
  const done = latch(3, () => {
    console.log('not half-open server:', log.join(' | '));
    console.log('not half-open client got', JSON.stringify(got));
    next();
  });
  const server = net.createServer((sock) => {
    sock.resume();
    sock.on('end', () => {
      // Inside 'end' the automatic end() has not run yet: this write still goes out.
      log.push(`end writable=${sock.writable}`);
      sock.write('from end handler');
      setImmediate(() => {
        log.push(`later writableEnded=${sock.writableEnded} destroyed=${sock.destroyed}`);
        done();
      });
    });
    sock.on('finish', () => log.push('finish'));
    sock.on('close', (hadError) => {
      log.push(`close ${hadError}`);
      server.close(done);
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
    c.on('data', (d) => (got += d));
    c.on('end', () => {
      c.end();
      done();
    });
    c.end('bye');
  });
}

// After the peer's FIN (and our automatic end), a write is the peer's fault: EPIPE.
function writeAfterFin(next) {
  const log = [];
  const done = latch(2, () => {
    console.log('write after FIN:', log.join(' | '));
    next();
  });
  const server = net.createServer((sock) => {
    sock.resume();
    sock.on('finish', () => {
      const ret = sock.write('too late', (err) => log.push(`write cb ${err.code} ${err.message}`));
      log.push(`write returned ${ret}`);
    });
    sock.on('error', (e) => log.push(`error ${e.code}`));
    sock.on('close', (hadError) => {
      log.push(`close ${hadError}`);
      server.close(done);
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect({ port: server.address().port, host: '127.0.0.1' });
    c.resume();
    c.on('close', done);
    c.end();
  });
}

// The client ends first with end(cb); its readable side keeps working until the server ends.
function endCallback(next) {
  const log = [];
  const done = latch(2, () => {
    console.log('end(cb):', log.join(' | '));
    next();
  });
  const server = net.createServer({ allowHalfOpen: true }, (sock) => {
    sock.on('data', () => {});
    sock.on('end', () => setTimeout(() => sock.end('done'), 10));
    sock.on('close', () => server.close(done));
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
    c.end('x', () => log.push(`end cb writableFinished=${c.writableFinished} readable=${c.readable}`));
    c.on('data', (d) => log.push(`data ${d}`));
    c.on('end', () => log.push('end'));
    c.on('close', () => {
      log.push('close');
      done();
    });
  });
}

halfOpen(() => notHalfOpen(() => writeAfterFin(() => endCallback(() => console.log('done')))));
