// capjs-flags: --allow-net=127.0.0.1
// Which connection a client request uses, as Node's agents decide: agent: false and an agent
// without keepAlive send Connection: close and open a new connection each time; a keepAlive
// agent and the global agent each reuse their own. Ports are numbered in order of appearance.
'use strict';
const http = require('http');
const seen = [];
const server = http.createServer((req, res) => { seen.push(`${req.url} connection=${req.headers.connection} port=${req.socket.remotePort}`); res.end('x'); });
server.on('connection', () => seen.push('connection'));
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const get = (path, agent) => new Promise((r) => http.get({ host: '127.0.0.1', port, path, agent }, (res) => { res.resume(); res.on('end', r); }));
  await get('/false1', false); await get('/false2', false);
  const a = new http.Agent(); await get('/plain1', a); await get('/plain2', a);
  const k = new http.Agent({ keepAlive: true }); await get('/ka1', k); await get('/ka2', k);
  await get('/global1', undefined); await get('/global2', undefined);
  const ports = new Map(); let n = 0;
  console.log(seen.map((l) => l.replace(/port=(\d+)/, (_, p) => `port=#${ports.has(p) ? ports.get(p) : (ports.set(p, ++n), n)}`)).join('\n'));
  k.destroy(); http.globalAgent.destroy(); server.close();
});
