// capjs-flags: --allow-net=127.0.0.1
// server.requestTimeout: a body that stops arriving gets 408 and the connection closes;
// the request's events match Node's. connectionsCheckingInterval makes Node check often.
'use strict';
const http = require('http');
const net = require('net');
const srv = http.createServer({ requestTimeout: 300, connectionsCheckingInterval: 50 }, (req, res) => {
  console.log('handler', req.method, req.url);
  req.on('aborted', () => console.log('req aborted'));
  req.on('error', (e) => console.log('req error', e.code, e.message));
  res.on('close', () => console.log('res close', res.writableEnded));
  req.resume();
  req.on('end', () => res.end('done'));
});
console.log('defaults', new http.Server().requestTimeout, srv.requestTimeout);
srv.listen(0, '127.0.0.1', () => {
  const c = net.connect(srv.address().port, '127.0.0.1', () => {
    c.write('POST /upload HTTP/1.1\r\nHost: t\r\nContent-Length: 10\r\n\r\nabc');
  });
  let out = '';
  c.on('data', (d) => (out += d));
  c.on('close', () => {
    console.log('status line', out.split('\r\n')[0]);
    console.log('closes', /connection: close/i.test(out));
    srv.close(() => console.log('server closed'));
  });
});
