// The seed's hello-world server: run with
//   capjs run --allow-net=127.0.0.1:8080 examples/hello-server.js
const http = require('http');

const port = Number(process.argv[2] || 8080);
const server = http.createServer((req, res) => {
  res.setHeader('Content-Type', 'text/plain');
  res.end('Hello, World!\n');
});

server.listen(port, '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${server.address().port}/`);
});
// Stop cleanly on Ctrl-C or SIGTERM, letting the loop end on its own.
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close());
