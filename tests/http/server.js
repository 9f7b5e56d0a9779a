// The server the HTTP tests (host/tests/http.rs) talk to. Prints its port, then serves:
//   /           hello world          /echo     the request body back, with method and length
//   /stream     three chunked writes /headers  the request's headers as JSON
//   /slow       answers after 300 ms /count    how many requests finished so far
//   /trailers   a chunked body ending with an X-Checksum trailer
const http = require('http');
let finished = 0;
const server = http.createServer((req, res) => {
  res.on('finish', () => finished++);
  switch (req.url.split('?')[0]) {
    case '/':
      res.end('Hello, World!');
      break;
    case '/echo': {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        res.setHeader('X-Method', req.method);
        res.setHeader('X-Length', String(body.length));
        res.end(body);
      });
      break;
    }
    case '/stream': {
      let i = 0;
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      const t = setInterval(() => {
        res.write(`chunk ${++i}\n`);
        if (i === 3) {
          clearInterval(t);
          res.end('done\n');
        }
      }, 10);
      break;
    }
    case '/headers':
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ headers: req.headers, raw: req.rawHeaders.length, version: req.httpVersion }));
      break;
    case '/slow':
      setTimeout(() => res.end('slow done'), 300);
      break;
    case '/count':
      res.end(String(finished));
      break;
    case '/trailers':
      res.writeHead(200, { 'Content-Type': 'text/plain', Trailer: 'X-Checksum' });
      res.write('part one, ');
      res.addTrailers({ 'X-Checksum': 'abc123' });
      res.end('part two');
      break;
    default:
      res.statusCode = 404;
      res.end('not found');
  }
});
// Short timeouts (Node's defaults are 60 s, 5 s and 300 s) so the slowloris, idle and
// stalled-body tests run quickly.
server.headersTimeout = 1000;
server.keepAliveTimeout = 500;
server.requestTimeout = 4000;
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
process.on('SIGTERM', () => server.close());
