// capjs-flags: --allow-net=127.0.0.1
// A server's connections as graceful-shutdown packages (stoppable, http-terminator) track
// them: 'connection' gives one socket per connection, the same req.socket for each of its
// keep-alive requests, with its local and remote ends; getConnections counts them;
// closeIdleConnections, socket.end() and socket.destroy() close idle ones, each socket
// emitting 'close' once. Clients use keep-alive agents, so connections stay open between
// requests.
'use strict';
const http = require('http');

const sockets = [];
const server = http.createServer((req, res) => {
  const i = sockets.indexOf(req.socket);
  res.end(`socket #${i} message is res: ${req.socket._httpMessage === res}`);
});
server.on('connection', (socket) => {
  sockets.push(socket);
  const i = sockets.length - 1;
  socket.on('close', () => console.log(`socket #${i} close`));
  const { port } = server.address();
  console.log(`connection #${i}`, socket.remoteAddress, socket.localAddress, socket.localPort === port,
    JSON.stringify({ ...socket.address(), port: socket.address().port === port }), typeof socket.remotePort);
});

function get(agent, path) {
  return new Promise((resolve) => {
    http.get({ host: '127.0.0.1', port: server.address().port, path, agent }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => {
        console.log(path, body);
        resolve();
      });
    });
  });
}

const connections = () => new Promise((resolve) => server.getConnections((err, n) => resolve(`${err} ${n}`)));
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

server.listen(0, '127.0.0.1', async () => {
  const agents = [1, 2, 3].map(() => new http.Agent({ keepAlive: true }));
  for (const [i, agent] of agents.entries()) {
    await get(agent, `/a${i}`);
    await get(agent, `/b${i}`);
  }
  console.log('getConnections', await connections());
  sockets[0].end();
  await pause(100);
  console.log('after end()', await connections(), sockets[0].destroyed);
  sockets[1].destroy();
  await pause(100);
  console.log('after destroy()', await connections(), sockets[1].destroyed);
  server.closeIdleConnections();
  await pause(100);
  console.log('after closeIdleConnections()', await connections());
  server.close(() => console.log('closed'));
  for (const agent of agents) agent.destroy();
});
