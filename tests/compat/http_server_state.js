// capjs-flags: --allow-net=127.0.0.1
// A server request's and response's state as the handler sees it, step by step: the
// response's progress flags, the header list (case, repeats, arrays, removal), a GET's and
// a POST's `complete`, and the request's class and socket.
'use strict';
const http = require('http');

const seen = [];
const srv = http.createServer((req, res) => {
  const log = (...a) => seen.push(`${req.method} ${a.join(' ')}`);
  log('proto', Object.getPrototypeOf(req) === http.IncomingMessage.prototype, req instanceof http.IncomingMessage,
    req.constructor === http.IncomingMessage, res instanceof http.ServerResponse, res.constructor === http.ServerResponse);
  log('req', req.url, req.httpVersion, req.complete, typeof req.socket.remoteAddress, req.socket === req.connection,
    res.socket === req.socket, res.req === req);
  const flags = () => [res.headersSent, res.writableEnded, res.writableFinished, res.finished].join();
  log('fresh', flags());
  res.setHeader('X-One', '1');
  res.setHeader('x-one', 'again');
  res.setHeader('X-Num', 42);
  res.setHeader('Set-Cookie', ['a=1', 'b=2']);
  res.appendHeader('X-App', 'p');
  res.appendHeader('x-app', ['q', 'r']);
  res.setHeader('X-Gone', 'soon');
  res.removeHeader('X-GONE');
  log('names', res.getHeaderNames().join(), res.getRawHeaderNames().join());
  log('get', res.getHeader('X-ONE'), res.getHeader('x-num'), JSON.stringify(res.getHeader('set-cookie')),
    JSON.stringify(res.getHeader('x-app')), res.hasHeader('X-Gone'), res.hasHeader('x-num'));
  log('all', JSON.stringify(res.getHeaders()));
  if (req.method === 'POST') {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d) => { body += d; });
    req.on('end', () => {
      log('body', body, req.complete);
      res.write('part ');
      log('after write', flags());
      res.end('end', () => log('end cb', flags()));
      log('after end', flags());
    });
  } else {
    res.flushHeaders();
    log('after flush', flags());
    res.end('get \ud800 \u00e9');
    log('after end', flags());
    res.on('finish', () => log('finish', flags()));
    res.once('close', () => log('close'));
    res.on('finish', () => log('second finish'));
    setImmediate(() => log('later', flags()));
  }
});

function request(method, body) {
  return new Promise((resolve) => {
    const r = http.request({ port: srv.address().port, host: '127.0.0.1', method, path: `/${method.toLowerCase()}?q=1` },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d) => { text += d; });
        res.on('end', () => {
          const h = res.headers;
          seen.push(`client ${method} ${res.statusCode} ${text} ${h['x-one']} ${h['x-num']} ${JSON.stringify(h['set-cookie'])} ${h['x-app']} ${h['x-gone']}`);
          resolve();
        });
      });
    r.end(body);
  });
}

srv.listen(0, '127.0.0.1', async () => {
  await request('GET');
  await request('POST', 'payload');
  await new Promise((r) => setTimeout(r, 50));
  for (const line of seen) console.log(line);
  srv.close();
});
