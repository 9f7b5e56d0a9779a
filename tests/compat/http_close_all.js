// capjs-flags: --allow-net=127.0.0.1
// server.closeAllConnections() closes every connection at once: an idle kept-alive one and
// one whose request is still waiting for its answer (its client gets ECONNRESET, and the
// request 'aborted'); then close() finishes at once.
'use strict';
const http = require('http');

const server = http.createServer((req, res) => {
  if (req.url === '/wait') {
    req.on('aborted', () => console.log('server: /wait aborted'));
    console.log('server: /wait arrived');
    server.closeAllConnections();
    return;
  }
  res.end('ok');
});
let closes = 0;
server.on('connection', (socket) => socket.on('close', () => closes++));

const agent = new http.Agent({ keepAlive: true });
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  http.get({ host: '127.0.0.1', port, path: '/idle', agent }, (res) => {
    res.resume();
    res.on('end', () => {
      const req = http.get({ host: '127.0.0.1', port, path: '/wait', agent: false });
      req.on('error', (e) => {
        console.log('client: /wait', e.code, e.message);
        server.close(() => {
          console.log('closed, sockets closed:', closes);
          agent.destroy();
        });
      });
    });
  });
});
