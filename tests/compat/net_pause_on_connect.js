// capjs-flags: --allow-net=127.0.0.1
// pauseOnConnect: a server socket reads nothing until it is resumed (bytesRead stays 0 while
// the client's 200 KB wait in the kernel), then every byte arrives.
'use strict';
const net = require('net');

const size = 200 * 1024;
const srv = net.createServer({ pauseOnConnect: true }, (sock) => {
  setTimeout(() => {
    console.log('before resume: bytesRead', sock.bytesRead, 'readableLength', sock.readableLength);
    let got = 0;
    sock.on('data', (d) => { got += d.length; });
    sock.resume();
    sock.on('end', () => {
      console.log('after resume: got', got, 'bytesRead', sock.bytesRead);
      sock.end();
      srv.close();
    });
  }, 300);
});
srv.listen(0, '127.0.0.1', () => {
  const c = net.connect(srv.address().port, '127.0.0.1', () => c.end(Buffer.alloc(size, 7)));
  c.resume();
});
