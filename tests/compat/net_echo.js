// capjs-flags: --allow-net=127.0.0.1
// An echo server and one client: data both ways, addresses, counters and the event
// order on each side.
const net = require('net');
const assert = require('assert');

const serverLog = [];
const clientLog = [];

const server = net.createServer((sock) => {
  serverLog.push(`connection ${sock.remoteAddress} ${sock.remoteFamily} ${sock.localAddress} ${sock.readyState}`);
  assert.strictEqual(sock.localPort, server.address().port);
  assert.strictEqual(typeof sock.remotePort, 'number');
  assert.strictEqual(sock.server, server);
  assert.deepStrictEqual(sock.address(), { address: '127.0.0.1', family: 'IPv4', port: server.address().port });
  server.getConnections((err, n) => serverLog.push(`connections ${err} ${n}`));
  sock.on('data', (d) => {
    serverLog.push(`data ${JSON.stringify(d.toString())}`);
    sock.write(d);
  });
  sock.on('end', () => serverLog.push(`end ${sock.readyState}`));
  sock.on('finish', () => serverLog.push(`finish ${sock.readyState}`));
  sock.on('close', (hadError) => {
    serverLog.push(`close ${hadError} read=${sock.bytesRead} written=${sock.bytesWritten}`);
  });
});

server.on('listening', () => {
  const addr = server.address();
  console.log('listening', addr.address, addr.family, typeof addr.port, addr.port > 0, server.listening);
  const client = net.connect(addr.port, '127.0.0.1', () => clientLog.push('connect callback'));
  clientLog.push(`sync ${client.readyState} ${client.pending} ${client.connecting}`);
  client.on('lookup', () => clientLog.push('lookup (unexpected for an IP)'));
  client.on('connect', () => {
    clientLog.push(`connect ${client.readyState} ${client.pending} ${client.connecting}`);
    assert.strictEqual(client.remotePort, addr.port);
    assert.strictEqual(client.remoteAddress, '127.0.0.1');
    assert.strictEqual(client.localAddress, '127.0.0.1');
    assert.strictEqual(client.remoteFamily, 'IPv4');
    client.write('hello');
  });
  client.on('ready', () => clientLog.push('ready'));
  let got = '';
  client.setEncoding('utf8');
  client.on('data', (d) => {
    clientLog.push(`data ${typeof d}`);
    got += d;
    if (got === 'hello') client.write(' wörld');
    if (got === 'hello wörld') client.end(() => clientLog.push('end callback'));
  });
  client.on('end', () => clientLog.push(`end ${client.readyState}`));
  client.on('finish', () => clientLog.push(`finish ${client.readyState}`));
  client.on('close', (hadError) => {
    clientLog.push(`close ${hadError} ${client.destroyed} ${client.readyState}`);
    clientLog.push(`bytes read=${client.bytesRead} written=${client.bytesWritten}`);
    server.close(() => {
      console.log('server closed', server.listening, server.address());
      console.log('server:\n  ' + serverLog.join('\n  '));
      console.log('client:\n  ' + clientLog.join('\n  '));
    });
  });
});
server.listen(0, '127.0.0.1');
console.log('listening sync?', server.listening);
