// capjs-flags: --allow-net=127.0.0.1
// Cookies and empty bodies, both ways. The server joins repeated Cookie lines with '; '
// (not ', ') and keeps each line in headersDistinct; a client's cookie array goes out as
// one line joined with '; '; an empty POST/PUT/PATCH carries Content-Length: 0 and an empty
// GET/DELETE no framing header. Headers are read back through a capjs/node server.
'use strict';
const http = require('http');
const net = require('net');

const seen = [];
const server = http.createServer((req, res) => {
  const h = req.headers;
  seen.push(`${req.method} ${req.url} cookie=${JSON.stringify(h.cookie)} ` +
    `content-length=${h['content-length']} transfer-encoding=${h['transfer-encoding']} ` +
    `distinct=${JSON.stringify(req.headersDistinct.cookie)} x=${JSON.stringify(req.headersDistinct['x-multi'])}`);
  req.resume();
  req.on('end', () => res.end());
});

function raw(port) {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1', () => {
      s.end('GET /raw HTTP/1.1\r\nHost: x\r\nCookie: a=1\r\nCookie: b=2\r\nX-Multi: p\r\nX-Multi: q\r\n' +
        'Connection: close\r\n\r\n');
    });
    s.resume();
    s.on('close', resolve);
  });
}

function request(port, method, headers) {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: `/${method.toLowerCase()}`, headers }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    req.end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  await raw(port);
  await request(port, 'GET', { Cookie: ['c=3', 'd=4'] });
  await request(port, 'POST', {});
  await request(port, 'PUT', {});
  await request(port, 'PATCH', {});
  await request(port, 'DELETE', {});
  await request(port, 'POST', { 'Content-Length': 0 });
  console.log(seen.join('\n'));
  server.close();
});
