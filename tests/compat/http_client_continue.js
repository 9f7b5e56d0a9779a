// capjs-flags: --allow-net=127.0.0.1
// A client's interim responses: with `Expect: 100-continue` the head goes out first and the
// body waits for 'continue' (the server decides in 'checkContinue'); a 103 from a raw server
// arrives as 'information' with its headers, before the final response.
'use strict';
const http = require('http');
const net = require('net');

const log = [];
const server = http.createServer();
server.on('checkContinue', (req, res) => {
  log.push(`server checkContinue ${req.headers.expect}`);
  res.writeContinue();
  let body = '';
  req.on('data', (d) => (body += d));
  req.on('end', () => res.end(`got ${body}`));
});

const raw = net.createServer((socket) => {
  socket.once('data', () => {
    socket.end('HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\n' +
      'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok');
  });
});

function continued(port) {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', agent: false,
      headers: { Expect: '100-continue', 'Content-Length': 4 } }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => {
        log.push(`client response ${res.statusCode} ${body}`);
        resolve();
      });
    });
    req.on('continue', () => {
      log.push('client continue');
      req.end('data');
    });
    req.on('information', (info) => log.push(`client information ${info.statusCode} ${info.statusMessage}`));
  });
}

function hinted(port) {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, agent: false }, (res) => {
      res.resume();
      res.on('end', () => {
        log.push(`client response ${res.statusCode}`);
        resolve();
      });
    });
    req.on('information', (info) => {
      log.push(`client information ${info.statusCode} ${info.statusMessage} ${info.httpVersion} ` +
        `${info.headers.link} ${JSON.stringify(info.rawHeaders.map((h) => h.toLowerCase()))}`);
    });
  });
}

server.listen(0, '127.0.0.1', () => {
  raw.listen(0, '127.0.0.1', async () => {
    await continued(server.address().port);
    await hinted(raw.address().port);
    console.log(log.join('\n'));
    server.close();
    raw.close();
  });
});
