// capjs-flags: --allow-net=127.0.0.1
// Trailer fields on both sides: a chunked request body's trailers reach req.trailers,
// and a response's trailers reach the client's res.trailers at 'end'.
'use strict';
const http = require('http');
const net = require('net');
const srv = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d) => (body += d));
  req.on('end', () => {
    console.log('server got', JSON.stringify(body), req.trailers, req.rawTrailers.map((s) => s.toLowerCase()));
    res.writeHead(200, { 'Content-Type': 'text/plain', Trailer: 'X-Checksum, X-Count' });
    res.write('part one, ');
    res.addTrailers({ 'X-Checksum': 'abc123', 'X-Count': '2' });
    res.end('part two');
  });
});
srv.listen(0, '127.0.0.1', () => {
  const port = srv.address().port;
  const c = net.connect(port, '127.0.0.1', () => {
    c.write('POST /up HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\nTE: trailers\r\nConnection: close\r\n\r\n' +
      '5\r\nhello\r\n0\r\nX-Up-Sum: 42\r\nX-Other: a\r\n\r\n');
  });
  c.resume();
  c.on('close', () => {
    // hyper sends only declared trailers (the Trailer header), and only to clients that
    // ask with TE: trailers; Node sends them all, to anyone. So this one asks.
    http.get({ port, host: '127.0.0.1', headers: { TE: 'trailers' } }, (res) => {
      console.log('before end', res.trailers);
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => {
        console.log('client got', JSON.stringify(text), res.trailers, res.rawTrailers.map((s) => s.toLowerCase()));
        srv.close();
      });
    });
  });
});
