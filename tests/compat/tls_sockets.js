// capjs-flags: --allow-net=127.0.0.1,localhost --allow-read=.
// node:tls sockets: an echo server (tls.createServer with the test certificate in
// fixtures/tls) and clients that trust the test CA, that trust only the bundled roots, that
// expect another name, and that check nothing; a raw HTTP request over tls.connect to an
// https server; half-close and byte counts.
'use strict';
const fs = require('fs');
const path = require('path');
const tls = require('tls');
const https = require('https');

const dir = path.join(__dirname, 'fixtures', 'tls');
const key = fs.readFileSync(path.join(dir, 'key.pem'));
const cert = fs.readFileSync(path.join(dir, 'cert.pem'));
const ca = fs.readFileSync(path.join(dir, 'ca.pem'));

const events = [];
const server = tls.createServer({ key, cert }, (socket) => {
  events.push(`server secureConnection encrypted=${socket.encrypted} ${socket instanceof tls.TLSSocket}`);
  socket.on('data', (d) => socket.write(`echo:${d}`));
  socket.on('end', () => socket.end('bye'));
});

function talk(options, message) {
  return new Promise((resolve) => {
    const out = [];
    const socket = tls.connect(options, () => {
      out.push(`secureConnect authorized=${socket.authorized} encrypted=${socket.encrypted}`);
      socket.end(message);
    });
    socket.setEncoding('utf8');
    let got = '';
    socket.on('data', (d) => (got += d));
    socket.on('error', (e) => out.push(`error ${e.code}`));
    socket.on('close', () => {
      if (got) out.push(`got ${got} read=${socket.bytesRead > 0} written=${socket.bytesWritten}`);
      resolve(out.join(' | '));
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  console.log('trusted:', await talk({ host: '127.0.0.1', port, ca }, 'hello'));
  console.log('by name:', await talk({ host: 'localhost', port, ca }, 'named'));
  console.log('unknown CA:', await talk({ host: '127.0.0.1', port }, 'x'));
  console.log('wrong name:', await talk({ host: '127.0.0.1', port, ca, servername: 'example.com' }, 'x'));
  console.log('unchecked:', await talk({ host: '127.0.0.1', port, rejectUnauthorized: false }, 'plain'));
  console.log(events.join('\n'));
  server.close();

  const web = https.createServer({ key, cert }, (req, res) => res.end(`https saw ${req.url}`));
  web.listen(0, '127.0.0.1', () => {
    const socket = tls.connect(web.address().port, '127.0.0.1', { ca }, () => {
      socket.write('GET /raw HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    });
    let raw = '';
    socket.setEncoding('utf8');
    socket.on('data', (d) => (raw += d));
    socket.on('end', () => {
      console.log('raw http:', raw.split('\r\n')[0], JSON.stringify(raw.slice(raw.indexOf('\r\n\r\n') + 4)));
      web.close();
    });
  });
});
