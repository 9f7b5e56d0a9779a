// capjs-flags: --allow-net=127.0.0.1
// IncomingMessage.headers is built from rawHeaders when first read, in Node as here:
// lines pushed onto rawHeaders before then show up; later ones do not.
'use strict';
const http = require('http');
const srv = http.createServer((req, res) => {
  const own = Object.prototype.hasOwnProperty.call(req, 'headers');
  req.rawHeaders.push('X-Late', 'one');
  const h = req.headers;
  req.rawHeaders.push('X-Later', 'two');
  console.log(own, h['x-late'], req.headers['x-later'], req.headers === h, h.host !== undefined);
  console.log(Object.keys(req.headers).filter((k) => k !== 'host' && k !== 'connection'));
  res.end('ok');
});
srv.listen(0, '127.0.0.1', () => {
  http.get({ port: srv.address().port, host: '127.0.0.1', headers: { 'X-A': '1', 'x-a': '2', Cookie: 'c' } }, (res) => {
    res.resume();
    res.on('end', () => srv.close());
  });
});
