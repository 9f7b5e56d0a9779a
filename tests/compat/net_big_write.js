// capjs-flags: --allow-net=127.0.0.1
// One write larger than the host lets a socket queue (64 MiB) arrives whole and in order,
// with its callback after the last byte is handed over; and so does a large string.
'use strict';
const net = require('net');

const size = 80 << 20;
const big = Buffer.alloc(size);
for (let i = 0; i < size; i += 4096) big[i] = (i >> 12) & 0xff;

const server = net.createServer((sock) => {
  let got = 0;
  let bad = 0;
  sock.on('data', (d) => {
    for (let i = (4096 - (got % 4096)) % 4096; i < d.length && got + i < size; i += 4096) {
      if (d[i] !== (((got + i) >> 12) & 0xff)) bad++;
    }
    for (let i = Math.max(0, size - got); i < d.length; i += 65536) if (d[i] !== 0x78) bad++;
    got += d.length;
  });
  sock.on('end', () => {
    console.log('server got', got, 'bytes, misplaced', bad);
    sock.end();
  });
});

server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    const ok = c.write(big, () => console.log('buffer write callback, bytesWritten >=', c.bytesWritten >= size));
    console.log('write returned', ok);
    c.write('x'.repeat(20 << 20), () => console.log('string write callback'));
    c.end();
  });
  c.on('close', () => {
    console.log('client closed, bytesWritten', c.bytesWritten);
    server.close();
  });
});
