// capjs-flags: --allow-net=127.0.0.1
// A body with a declared Content-Length, written whole and ended a little later, on both
// sides: the last byte out finishes it (the late end() is not an abort), as in Node.
'use strict';
const http = require('http');
const log = [];
const server = http.createServer((req, res) => {
  let n = 0;
  req.on('aborted', () => log.push('server req aborted'));
  req.on('data', (d) => (n += d.length));
  req.on('end', () => {
    res.writeHead(200, { 'Content-Length': 5 });
    res.write('hello');
    res.on('close', () => log.push(`server res close finished=${res.writableFinished}`));
    setTimeout(() => res.end(), 50);
    log.push(`server got ${n}`);
  });
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'POST', headers: { 'Content-Length': 3 } }, (res) => {
    let b = '';
    res.on('data', (d) => (b += d));
    res.on('end', () => log.push(`client got ${b}`));
    res.on('close', () => setTimeout(() => { console.log(log.join('\n')); server.close(); }, 100));
  });
  req.on('error', (e) => log.push(`client error ${e.code} ${e.message}`));
  req.write('abc');
  setTimeout(() => req.end(), 50);
});
