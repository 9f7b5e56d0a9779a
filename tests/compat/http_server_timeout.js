// capjs-flags: --allow-net=127.0.0.1
// Idle timeouts of a server's connections: res.setTimeout answering late, req.setTimeout on a
// request without a body (its 'timeout' never comes, so nothing handles it and the
// connection is destroyed), a socket's own setTimeout, server.setTimeout with and without
// a listener, activity (a trickled body) holding the timeout off, setTimeout(0) turning it
// off, and a bad value. Server and client events are logged apart.
'use strict';
const http = require('http');

const logs = { server: [], client: [] };
const server = http.createServer((req, res) => {
  const log = [];
  logs.server.push(log);
  log.push(`request ${req.method} ${req.url}`);
  req.on('aborted', () => log.push('req aborted'));
  req.on('close', () => log.push('req close'));
  res.on('close', () => log.push(`res close ended=${res.writableEnded}`));
  switch (req.url) {
    case '/res':
      res.setTimeout(60, (socket) => {
        log.push(`res timeout, socket is req.socket: ${socket === req.socket}`);
        res.statusCode = 503;
        res.end('too slow');
      });
      break;
    case '/req':
      req.setTimeout(60, () => log.push('req timeout (not expected)'));
      break;
    case '/socket':
      req.socket.setTimeout(60, () => {
        log.push(`socket timeout destroyed=${req.socket.destroyed}`);
      });
      res.on('timeout', () => {
        log.push('res timeout');
        res.end('handled');
      });
      break;
    case '/server':
    case '/server-listener':
      // server.timeout applies from the request's arrival.
      break;
    case '/trickle': {
      res.setTimeout(150, () => log.push('res timeout (not expected)'));
      let n = 0;
      req.on('data', () => n++);
      req.on('end', () => res.end(`chunks ${n > 0}`));
      break;
    }
    case '/off':
      res.setTimeout(40, () => log.push('res timeout (not expected)'));
      res.setTimeout(0);
      setTimeout(() => res.end('no timeout'), 120);
      break;
    case '/bad':
      for (const v of ['1', -1, Infinity]) {
        try {
          res.setTimeout(v);
        } catch (e) {
          log.push(`setTimeout(${String(v)}): ${e.code}`);
        }
      }
      res.end('bad');
      break;
  }
});

function request(path, body) {
  return new Promise((resolve) => {
    const log = [];
    logs.client.push(log);
    const req = http.request({ host: '127.0.0.1', port: server.address().port, path, agent: false,
      method: body ? 'POST' : 'GET' }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (text += d));
      res.on('end', () => {
        log.push(`${res.statusCode} ${JSON.stringify(text)}`);
        resolve();
      });
    });
    req.on('error', (e) => {
      log.push(`error ${e.code}`);
      resolve();
    });
    if (!body) return req.end();
    // Five chunks 50 ms apart: each restarts the 150 ms timeout.
    let i = 0;
    const timer = setInterval(() => {
      req.write(`chunk${i}`);
      if (++i === 5) {
        clearInterval(timer);
        req.end();
      }
    }, 50);
  });
}

server.listen(0, '127.0.0.1', async () => {
  await request('/res');
  await request('/req');
  await request('/socket');
  await request('/trickle', true);
  await request('/off');
  await request('/bad');
  server.setTimeout(60);
  console.log(`server.timeout ${server.timeout}`);
  await request('/server');
  server.setTimeout(60, (socket) => {
    logs.server[logs.server.length - 1].push(`server timeout, destroying: ${typeof socket.destroy}`);
    socket.destroy();
  });
  await request('/server-listener');
  setTimeout(() => {
    server.close(() => {
      for (let i = 0; i < logs.server.length; i++) {
        console.log(logs.server[i].join('\n  '));
        console.log(`  client: ${logs.client[i].join('; ')}`);
      }
    });
  }, 50);
});
