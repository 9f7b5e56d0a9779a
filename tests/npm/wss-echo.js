// The ws package over TLS: a WebSocket server on an https server (the test certificate in
// tests/compat/fixtures/tls) and a wss:// client that trusts the test CA, echoing text and
// binary frames, then closing cleanly.
const fs = require('fs');
const path = require('path');
const https = require('https');
const { WebSocketServer, WebSocket } = require('ws');

const dir = path.join(__dirname, '..', 'compat', 'fixtures', 'tls');
const server = https.createServer({
  key: fs.readFileSync(path.join(dir, 'key.pem')),
  cert: fs.readFileSync(path.join(dir, 'cert.pem')),
});
const wss = new WebSocketServer({ server });

// The two ends close concurrently, so the close events are printed sorted at exit.
const closing = [];
process.on('exit', () => console.log(closing.sort().join('\n')));

wss.on('connection', (socket, req) => {
  console.log('server connection', req.url, req.socket.encrypted);
  socket.on('message', (data, isBinary) => socket.send(data, { binary: isBinary }));
  socket.on('close', (code) => {
    closing.push(`server saw close ${code}`);
    server.close(() => closing.push('server closed'));
  });
});

server.listen(0, '127.0.0.1', () => {
  const ca = fs.readFileSync(path.join(dir, 'ca.pem'));
  const ws = new WebSocket(`wss://127.0.0.1:${server.address().port}/secure`, { ca });
  const got = [];
  ws.on('open', () => {
    ws.send('hello over tls');
    ws.send(Buffer.from([7, 8, 9]));
  });
  ws.on('message', (data, isBinary) => {
    got.push(isBinary ? `binary ${[...data].join(',')}` : `text ${data}`);
    if (got.length === 2) {
      console.log(got.join(' | '));
      ws.close(1000, 'done');
    }
  });
  ws.on('close', (code, reason) => closing.push(`client close ${code} ${reason}`));
  ws.on('error', (e) => console.log('client error', e.code, e.message));
});
