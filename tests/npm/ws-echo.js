// The ws package run unmodified: a WebSocket echo server and a client in one process,
// text and binary frames, a large message, ping/pong, and a clean close.
const { WebSocketServer, WebSocket } = require('ws');

// The two ends close concurrently, so the close events are printed sorted at exit.
const closing = [];
process.on('exit', () => console.log(closing.sort().join('\n')));

const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 }, () => {
  const port = wss.address().port;
  const ws = new WebSocket(`ws://127.0.0.1:${port}/chat?room=1`);
  const got = [];
  ws.on('open', () => {
    console.log('client open', ws.protocol === '', ws.readyState);
    ws.send('hello');
    ws.send(Buffer.from([1, 2, 3]));
    ws.send('x'.repeat(200000));
    ws.ping('p');
  });
  ws.on('pong', (data) => console.log('pong', data.toString()));
  ws.on('message', (data, isBinary) => {
    got.push(isBinary ? `binary ${[...data].join(',')}` : `text ${data.length > 20 ? data.length : data.toString()}`);
    if (got.length === 3) {
      console.log(got.join(' | '));
      ws.close(1000, 'done');
    }
  });
  ws.on('close', (code, reason) => {
    closing.push(`client close ${code} ${reason}`);
  });
  ws.on('error', (e) => console.log('client error', e.message));
});

wss.on('connection', (socket, req) => {
  console.log('server connection', req.url, req.headers.upgrade);
  socket.on('message', (data, isBinary) => socket.send(data, { binary: isBinary }));
  socket.on('close', (code, reason) => {
    closing.push(`server saw close ${code} ${reason}`);
    wss.close(() => closing.push('server closed'));
  });
});
