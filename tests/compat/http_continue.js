// capjs-flags: --allow-net=127.0.0.1
// Expect: 100-continue on the server: 'checkContinue' decides (writeContinue or a 417),
// and trailers after a chunked body; the client side is a raw net socket.
const http = require('http');
const net = require('net');

const server = http.createServer();
server.on('checkContinue', (req, res) => {
  console.log('checkContinue', req.method, req.url, req.headers.expect);
  if (req.headers['x-allow'] !== 'yes') {
    res.writeHead(417, { 'Content-Type': 'text/plain' });
    res.end('expectation failed');
    return;
  }
  res.writeContinue();
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => res.end(`got ${Buffer.concat(chunks)}`));
});

function exchange(port, head, body) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let data = '';
    let sentBody = false;
    c.setEncoding('latin1');
    c.on('data', (d) => {
      data += d;
      if (!sentBody && body !== undefined && data.includes('100 Continue\r\n\r\n')) {
        sentBody = true;
        c.write(body);
      }
    });
    c.on('end', () => resolve(data));
    c.write(head);
  });
}

function statusLines(raw) {
  return raw.split('\r\n').filter((l) => l.startsWith('HTTP/1.1')).join(' | ');
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  let r = await exchange(port,
    'POST /up HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nX-Allow: yes\r\nContent-Length: 5\r\nConnection: close\r\n\r\n', 'hello');
  console.log(statusLines(r), JSON.stringify(r.slice(r.lastIndexOf('\r\n\r\n') + 4)));
  r = await exchange(port,
    'POST /up HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\nConnection: close\r\n\r\n');
  // Framing differs (node chunks this one, hyper sends a length), so check the text.
  console.log(statusLines(r), r.includes('expectation failed'));
  server.close(() => console.log('closed'));
});
