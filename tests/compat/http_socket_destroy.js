// capjs-flags: --allow-net=127.0.0.1
// Destroying a server request's connection: req.socket.destroy() before answering,
// res.destroy() with and without an error, and res.destroy() after part of a chunked body
// (the client must see the body cut short, not a complete response). Server and client
// events are logged apart, since which side hears first depends on scheduling.
'use strict';
const http = require('http');

const server = http.createServer((req, res) => {
  const log = [];
  logs.server.push(log);
  log.push(`request ${req.url}`);
  req.on('aborted', () => log.push('req aborted'));
  req.on('close', () => log.push(`req close destroyed=${req.destroyed}`));
  res.on('close', () => log.push(`res close destroyed=${res.destroyed} ended=${res.writableEnded}`));
  res.on('finish', () => log.push('res finish'));
  req.socket.on('close', (hadError) => log.push(`socket close ${hadError}`));
  switch (req.url) {
    case '/socket':
      req.socket.destroy();
      log.push(`after socket.destroy() socket.destroyed=${req.socket.destroyed}`);
      break;
    case '/res':
      res.destroy();
      log.push(`after res.destroy() destroyed=${res.destroyed} socket.destroyed=${req.socket.destroyed}`);
      break;
    case '/res-error':
      req.on('error', (e) => log.push(`req error ${e.code} ${e.message}`));
      req.socket.on('error', (e) => log.push(`socket error ${e.message}`));
      res.destroy(new Error('boom'));
      break;
    case '/midway':
      res.write('partial ');
      setTimeout(() => res.destroy(), 30);
      break;
    case '/twice':
      res.destroy();
      res.destroy();
      req.socket.destroy();
      break;
  }
});

const logs = { server: [], client: [] };

function get(path) {
  return new Promise((resolve) => {
    const log = [];
    logs.client.push(log);
    const req = http.get({ host: '127.0.0.1', port: server.address().port, path, agent: false }, (res) => {
      let body = '';
      log.push(`response ${res.statusCode}`);
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('aborted', () => log.push('res aborted'));
      res.on('error', (e) => log.push(`res error ${e.code} ${e.message}`));
      res.on('end', () => log.push(`res end ${JSON.stringify(body)}`));
      res.on('close', () => {
        log.push(`res close complete=${res.complete} body=${JSON.stringify(body)}`);
        resolve();
      });
    });
    req.on('error', (e) => {
      log.push(`req error ${e.code} ${e.message}`);
      resolve();
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  for (const path of ['/socket', '/res', '/res-error', '/midway', '/twice']) await get(path);
  // Let the server's last events come in.
  setTimeout(() => {
    server.close(() => {
      for (let i = 0; i < logs.server.length; i++) {
        console.log(logs.server[i].join('\n  '));
        console.log(`  client: ${logs.client[i].join('; ')}`);
      }
    });
  }, 50);
});
