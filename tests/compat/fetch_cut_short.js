// capjs-flags: --allow-net=127.0.0.1
// A response whose connection closes midway, framed by Content-Length or chunked: fetch
// rejects the body read with undici's TypeError 'terminated' (cause UND_ERR_SOCKET), and
// http.get's response gets 'aborted', ECONNRESET and 'close' unfinished. Neither waits
// forever. Also the client request's own event order: 'prefinish', 'finish', end's callback.
'use strict';
const http = require('http');
const net = require('net');

const raw = net.createServer((s) => {
  s.once('data', (d) => {
    const path = String(d).split(' ')[1];
    if (path === '/length') s.write('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npartial');
    else s.write('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n7\r\npartial\r\n');
    setTimeout(() => s.destroy(), 30);
  });
});

function viaFetch(port, path) {
  return fetch(`http://127.0.0.1:${port}${path}`).then(async (r) => {
    console.log(path, 'fetch status', r.status);
    try {
      await r.text();
      console.log(path, 'text resolved');
    } catch (e) {
      console.log(path, 'text rejected', e.name, e.message, e.cause && e.cause.name, e.cause && e.cause.code);
    }
  });
}

function viaGet(port, path) {
  return new Promise((resolve) => {
    const events = [];
    const req = http.get({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('aborted', () => events.push('aborted'));
      res.on('error', (e) => events.push(`error ${e.code} ${e.message}`));
      res.on('end', () => events.push('end'));
      res.on('close', () => {
        console.log(path, 'http.get', events.join(', '), `complete=${res.complete}`, JSON.stringify(body));
        resolve();
      });
    });
    req.on('prefinish', () => events.push('prefinish'));
    req.on('finish', () => events.push('finish'));
    req.end(() => events.push('end callback'));
  });
}

raw.listen(0, '127.0.0.1', async () => {
  const { port } = raw.address();
  for (const path of ['/length', '/chunked']) {
    await viaFetch(port, path);
    await viaGet(port, path);
  }
  raw.close();
});
