// capjs-flags: --allow-net=127.0.0.1
// http.request's localAddress and localPort: the server sees the request come from the
// chosen address and port, a port in use fails with Node's bind error (as an 'error'
// event), and bad values throw at once.
'use strict';
const http = require('http');
const net = require('net');

// A port nobody listens on: bound once by a server, then freed.
function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

const server = http.createServer((req, res) => {
  res.end(`${req.socket.remoteAddress} ${req.socket.remotePort}`);
});

function get(port, options) {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, agent: false, ...options }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve(body));
    });
    req.on('error', (e) => resolve(`error ${e.code} ${e.syscall} ${e.address}`));
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  console.log('address:', await get(port, { localAddress: '127.0.0.1' }).then((b) => b.split(' ')[0]));
  const chosen = await freePort();
  const seen = await get(port, { localAddress: '127.0.0.1', localPort: chosen });
  console.log('port:', seen === `127.0.0.1 ${chosen}`);
  console.log('in use:', await get(port, { localAddress: '127.0.0.1', localPort: port }));
  for (const bad of [{ localAddress: 'nope' }, { localPort: 'x' }]) {
    try {
      http.get({ host: '127.0.0.1', port, ...bad });
      console.log('no throw');
    } catch (e) {
      console.log('throws', e.code, e.message);
    }
  }
  server.close();
});
