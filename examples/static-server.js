// A static file server: streams files from a folder with fs.createReadStream(...).pipe(res).
//   capjs run --allow-net=127.0.0.1:8081 --allow-read=./public examples/static-server.js ./public 8081
// Only the folder named by --allow-read is readable, whatever the request path says.
const http = require('http');
const fs = require('fs');
const path = require('path');

const root = path.resolve(process.argv[2] || '.');
const port = Number(process.argv[3] || 8081);
const types = { '.html': 'text/html', '.txt': 'text/plain', '.js': 'text/javascript', '.json': 'application/json' };

const server = http.createServer((req, res) => {
  const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  // No check here that `file` stays under root (a classic bug): the read grant is what
  // keeps /../secret out, and the host refuses it with ERR_ACCESS_DENIED.
  const file = path.join(root, rel);
  fs.stat(file, (err, st) => {
    if (err || !st.isFile()) {
      res.statusCode = err && err.code === 'ERR_ACCESS_DENIED' ? 403 : 404;
      res.end(res.statusCode === 403 ? 'forbidden\n' : 'not found\n');
      return;
    }
    res.setHeader('Content-Type', types[path.extname(file)] || 'application/octet-stream');
    res.setHeader('Content-Length', st.size);
    fs.createReadStream(file).on('error', () => res.destroy()).pipe(res);
  });
});

server.listen(port, '127.0.0.1', () => {
  console.log(`serving ${root} on http://127.0.0.1:${server.address().port}/`);
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close());
