// capjs-flags: --allow-net=127.0.0.1
// What a response head carries on the wire, read raw off a socket: a custom reason phrase, an
// empty statusMessage, many headers, number and array values, a value with UTF-8 in it; a
// head the server refuses (status 1000) and then sends again; and a client that shuts its
// write side right after the request. Header names are compared lowercase (hyper writes
// them so), and framing headers are left out (capjs picks Content-Length where Node may
// chunk).
'use strict';
const http = require('http');
const net = require('net');

const events = [];
const server = http.createServer((req, res) => {
  switch (req.url) {
    case '/reason':
      res.writeHead(201, 'Made It', { 'X-A': 'b' });
      break;
    case '/empty':
      res.statusMessage = '';
      res.statusCode = 404;
      break;
    case '/many':
      for (let i = 0; i < 30; i++) res.setHeader(`X-H${i}`, `v${i}`);
      break;
    case '/mixed':
      res.setHeader('X-Num', 7);
      res.setHeader('X-Arr', ['p', 'q']);
      res.setHeader('X-Str', 's');
      break;
    case '/utf8':
      res.setHeader('X-U', 'caf\u00e9');
      try {
        res.setHeader('X-Euro', '\u20ac');
      } catch (e) {
        events.push(`euro ${e.code}`);
      }
      break;
    case '/status':
      res.statusCode = 1000;
      try {
        res.end('first');
      } catch (e) {
        events.push(`status ${e.code} ${res.headersSent} ${res.writableEnded}`);
      }
      res.statusCode = 500;
      break;
  }
  res.end('ok');
});

// The head's lines (framing and dates left out) and the body's last bytes, read as latin1 so
// every byte shows.
function fetchRaw(port, path, halfClose) {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1', () => {
      const head = `GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`;
      if (halfClose) s.end(head);
      else s.write(head);
    });
    const chunks = [];
    s.on('data', (d) => chunks.push(d));
    s.on('end', () => {
      const raw = Buffer.concat(chunks).toString('latin1');
      const at = raw.indexOf('\r\n\r\n');
      const head = raw.slice(0, at);
      const body = raw.slice(at + 4);
      const lines = head.split('\r\n');
      const fields = lines.slice(1)
        .map((l) => l.replace(/^[^:]+/, (n) => n.toLowerCase()))
        .filter((l) => !/^(date|connection|keep-alive|transfer-encoding|content-length):/.test(l));
      resolve(`${path} ${JSON.stringify([lines[0], ...fields])} ends ok: ${/ok(\r\n0\r\n\r\n)?$/.test(body)}`);
      s.destroy();
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  for (const path of ['/reason', '/empty', '/many', '/mixed', '/utf8', '/status']) {
    console.log(await fetchRaw(port, path, false));
  }
  console.log(await fetchRaw(port, '/half-closed', true));
  console.log(events.join('\n'));
  server.close();
});
