// capjs-flags: --allow-net=127.0.0.1,0.0.0.0
// net.connect's localAddress and localPort: the local end is bound before connecting, a
// port in use or an address of the other family fails with Node's bind error, and bad
// values throw at once.
'use strict';
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

const srv = net.createServer((s) => s.end('hi')).listen(0, '127.0.0.1', async () => {
  const port = srv.address().port;
  const attempt = (opts) => new Promise((resolve) => {
    const c = net.connect({ port, host: '127.0.0.1', ...opts });
    let text = '';
    c.on('connect', () => {
      const want = opts.localPort === undefined ? typeof c.localPort === 'number' : c.localPort === opts.localPort;
      console.log('connected', JSON.stringify(opts).replace(/\d{4,5}/g, 'N'), c.localAddress, want);
    });
    c.setEncoding('utf8');
    c.on('data', (d) => { text += d; });
    c.on('error', (e) => {
      console.log('error', e.port === undefined ? e.message : e.message.replace(/:\d+$/, ':N'), e.code, e.syscall, e.address, e.port === undefined ? 'no port' : 'port');
      resolve();
    });
    c.on('close', () => { if (text) console.log('read', text); resolve(); });
  });
  await attempt({ localAddress: '127.0.0.1' });
  await attempt({ localAddress: '127.0.0.1', localPort: await freePort() });
  await attempt({ localPort: await freePort() });
  await attempt({ localAddress: '127.0.0.1', localPort: port });
  await attempt({ localAddress: '::1' });
  for (const bad of [{ localAddress: 'nope' }, { localPort: 'x' }]) {
    try {
      net.connect({ port, ...bad });
    } catch (e) {
      console.log('throw', e.code);
    }
  }
  srv.close();
});
