// The https counterpart of examples/hello-server.js, for bench/https-hello.sh: the test
// certificate from tests/compat/fixtures/tls.
const https = require('https');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, '..', 'tests', 'compat', 'fixtures', 'tls');
const port = Number(process.argv[2] || 8443);
const server = https.createServer({
  key: fs.readFileSync(path.join(dir, 'key.pem')),
  cert: fs.readFileSync(path.join(dir, 'cert.pem')),
}, (req, res) => {
  res.setHeader('Content-Type', 'text/plain');
  res.end('Hello, World!\n');
});
server.listen(port, '127.0.0.1');
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close());
