// capjs-flags: --allow-net=127.0.0.1
// ref()/unref(): a listening server and each open socket keep the process alive unless
// unref'ed. Each phase below only runs if the previous one kept the loop going.
const net = require('net');

process.on('exit', (code) => console.log('exit', code));

// An unref'ed idle server alone would let the process exit; ref() takes that back.
const a = net.createServer();
console.log('unref before listen returns server', a.unref() === a);
a.listen(0, '127.0.0.1', () => {
  console.log('a listening (unref)');
  a.ref();
  // Only the server's ref keeps us here until this unref'ed timer fires.
  setTimeout(() => {
    console.log('a still alive thanks to ref()');
    a.close(phaseB);
  }, 50).unref();
});

// The server is unref'ed, but an accepted connection still holds the loop.
function phaseB() {
  let c;
  const b = net.createServer((sock) => {
    c.unref();
    sock.resume();
    setTimeout(() => {
      console.log('accepted socket kept the process alive');
      sock.end();
    }, 50).unref();
    sock.on('close', () => {
      b.close();
      phaseC();
    });
  });
  b.listen(0, '127.0.0.1', () => {
    b.unref();
    c = net.connect(b.address().port, '127.0.0.1');
    c.resume();
  });
}

// Everything unref'ed: the process exits with a connection still open.
function phaseC() {
  let c;
  const server = net.createServer((sock) => {
    console.log('phase C connected; unref and leave');
    sock.unref();
    sock.resume();
    c.unref();
  });
  server.listen(0, '127.0.0.1', () => {
    server.unref();
    c = net.connect(server.address().port, '127.0.0.1');
  });
}

// A pending connect keeps the loop alive even on an unref'ed socket (libuv's request).
process.once('beforeExit', () => {
  const s = net.createServer((sock) => sock.unref());
  s.listen(0, '127.0.0.1', () => {
    s.unref();
    const d = net.connect(s.address().port, '127.0.0.1').unref();
    d.on('connect', () => console.log('unref\'ed socket connected'));
  });
});
