// capjs-flags: --allow-net=127.0.0.1
// Many clients at once: every connection gets its own reply, the server counts them, and
// close() waits until the last one has gone.
const net = require('net');
const assert = require('assert');

const N = 40;
let peak = 0;
const server = net.createServer((sock) => {
  peak = Math.max(peak, server._connections);
  let buf = '';
  sock.setEncoding('utf8');
  sock.on('data', (d) => {
    buf += d;
    if (buf.endsWith('\n')) sock.end(`reply:${buf.trim()}:${buf.length}\n`);
  });
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const replies = new Array(N);
  let done = 0;
  const remotePorts = new Set();
  for (let i = 0; i < N; i++) {
    const c = net.connect({ port, host: '127.0.0.1' });
    c.on('connect', () => {
      remotePorts.add(c.localPort);
      c.write(`client-${i}`.repeat(i + 1) + '\n');
    });
    let got = '';
    c.on('data', (d) => (got += d));
    c.on('end', () => (replies[i] = got));
    c.on('close', (hadError) => {
      assert.strictEqual(hadError, false);
      if (++done === N) finish(replies, remotePorts);
    });
  }
});

function finish(replies, ports) {
  for (let i = 0; i < N; i++) {
    const expected = `reply:${`client-${i}`.repeat(i + 1)}:${`client-${i}`.length * (i + 1) + 1}\n`;
    assert.strictEqual(replies[i], expected, `client ${i}`);
  }
  console.log('all replies correct', replies.length);
  console.log('distinct client ports', ports.size);
  console.log('saw concurrency', peak > 1);
  server.close(() => {
    server.getConnections((err, n) => console.log('closed; connections', err, n));
  });
}
