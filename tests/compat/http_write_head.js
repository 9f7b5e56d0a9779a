// capjs-flags: --allow-net=127.0.0.1
// After writeHead() the head is fixed, as in Node: headersSent is true, a second writeHead
// and setHeader/removeHeader throw ERR_HTTP_HEADERS_SENT, and the first status goes out.
// end(chunk) after end gives its callback and an 'error' ERR_STREAM_WRITE_AFTER_END.
// A second server on a port in use fails with Node's listen error.
'use strict';
const http = require('http');

const server = http.createServer((req, res) => {
  console.log('headersSent before', res.headersSent);
  res.writeHead(201, { 'X-A': '1' });
  console.log('headersSent after writeHead', res.headersSent, 'writableEnded', res.writableEnded);
  for (const [name, fn] of [['setHeader', () => res.setHeader('X-B', '2')], ['writeHead', () => res.writeHead(202)],
    ['removeHeader', () => res.removeHeader('X-A')], ['appendHeader', () => res.appendHeader('X-C', '3')]]) {
    try {
      fn();
      console.log(name, 'did not throw');
    } catch (e) {
      console.log(name, e.code, e.message);
    }
  }
  res.write('one ');
  res.end('two', () => {
    res.on('error', (e) => console.log('res error', e.code, e.message));
    res.end('three', (err) => console.log('late end callback', err && err.code));
  });
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  http.get({ host: '127.0.0.1', port }, (res) => {
    let body = '';
    res.on('data', (d) => (body += d));
    res.on('end', () => {
      console.log(res.statusCode, res.headers['x-a'], res.headers['x-b'], res.headers['x-c'], JSON.stringify(body));
      const other = http.createServer();
      other.on('error', (e) => {
        console.log(e.message === `listen EADDRINUSE: address already in use 127.0.0.1:${port}`, e.code, e.errno,
          e.syscall, e.address, e.port === port);
        setTimeout(() => server.close(), 20);
      });
      other.listen(port, '127.0.0.1');
    });
  });
});
