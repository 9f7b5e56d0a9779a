// capjs-flags: --allow-net=127.0.0.1
// ServerResponse's setHeaders (a Headers or a Map; set-cookie values kept apart; anything
// else ERR_INVALID_ARG_TYPE) and the Writable-like fields Node gives a response.
'use strict';
const http = require('http');

const server = http.createServer((req, res) => {
  const fields = () => [res.writable, res.writableHighWaterMark, res.writableObjectMode, res.writableCorked,
    res.useChunkedEncodingByDefault, res.shouldKeepAlive].join(' ');
  console.log('fields', fields());
  res.setHeader('X-A', '0');
  const h = new Headers([['X-A', '1'], ['set-cookie', 'a=1'], ['set-cookie', 'b=2'], ['x-b', '2']]);
  h.append('x-b', '3');
  res.setHeaders(h);
  res.setHeaders(new Map([['X-M', 'm']]));
  for (const bad of [{ a: 1 }, null, 'x']) {
    try {
      res.setHeaders(bad);
    } catch (e) {
      console.log(e.code, e.message);
    }
  }
  console.log(JSON.stringify(res.getHeaders()), res.getHeaderNames().join(','));
  res.end('ok');
  console.log('after end', fields());
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  http.get({ host: '127.0.0.1', port, headers: { Connection: 'close' } }, (res) => {
    res.resume();
    res.on('end', () => {
      console.log(res.headers['x-a'], res.headers['x-b'], JSON.stringify(res.headers['set-cookie']), res.headers['x-m']);
      server.close();
    });
  });
});
