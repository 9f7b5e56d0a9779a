// capjs-flags: --allow-net=127.0.0.1
// An agent's maxSockets: of 8 requests to one origin at once, at most 2 are at the server at
// a time, on 2 connections, the rest waiting in agent.requests; bodies written to a waiting
// request go out with it; a waiting request destroyed never reaches the server.
'use strict';
const http = require('http');

let active = 0;
let maxActive = 0;
const ports = new Set();
const seen = [];
const server = http.createServer((req, res) => {
  active++;
  maxActive = Math.max(maxActive, active);
  ports.add(req.socket.remotePort);
  seen.push(req.url);
  let body = '';
  req.on('data', (d) => (body += d));
  req.on('end', () => {
    setTimeout(() => {
      active--;
      res.end(`${req.url}:${body}`);
    }, 20);
  });
});

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
  const results = [];
  let sixth;
  for (let i = 0; i < 8; i++) {
    results.push(new Promise((resolve) => {
      const req = http.request({ host: '127.0.0.1', port, path: `/${i}`, method: 'POST', agent }, (res) => {
        let b = '';
        res.on('data', (d) => (b += d));
        res.on('end', () => resolve(b));
      });
      req.on('error', (e) => resolve(`/${i} ${e.code}`));
      req.write(`a${i}`);
      req.end(`b${i}`);
      if (i === 5) sixth = req;
    }));
  }
  setImmediate(() => {
    const name = agent.getName({ host: '127.0.0.1', port });
    console.log('waiting', (agent.requests[name] || []).length);
    sixth.destroy();
  });
  console.log((await Promise.all(results)).join(' '));
  console.log('max at once', maxActive, 'connections', ports.size, 'server saw', seen.length);
  agent.destroy();
  server.close();
});
