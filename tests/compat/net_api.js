// capjs-flags: --allow-net=127.0.0.1
// node:net without I/O: the IP helpers, argument validation and the shapes of idle objects.
const net = require('net');

function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

// isIP / isIPv4 / isIPv6
const addresses = [
  '127.0.0.1', '0.0.0.0', '255.255.255.255', '256.1.1.1', '01.2.3.4', '1.2.3', '1.2.3.4.5', '1.2.3.4 ', '',
  '::', '::1', ':::', '1::', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7::', '1:2:3:4:5:6:7:8::',
  '::1:2:3:4:5:6:7', '::ffff:127.0.0.1', '::ffff:127.0.0', '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6::1.2.3.4',
  '::1.2.3.4', 'fe80::1%eth0', 'fe80::1%', '12345::', 'g::1', '1::2::3', '::1:', '[::1]', 'localhost',
  'FFFF::abcd', '1.2.3.4%eth0',
];
for (const a of addresses) console.log(JSON.stringify(a), net.isIP(a), net.isIPv4(a), net.isIPv6(a));
console.log('non-strings', net.isIP(123), net.isIP(null), net.isIP(undefined), net.isIP({ toString: () => '::1' }));

// Ports
attempt('listen 65536', () => net.createServer().listen(65536));
attempt('listen -1', () => net.createServer().listen(-1));
attempt('listen 1.5', () => net.createServer().listen({ port: 1.5 }));
attempt('listen NaN', () => net.createServer().listen(NaN));
attempt('listen "1.5"', () => net.createServer().listen('1.5'));
attempt('listen {}', () => net.createServer().listen({}));
attempt('listen {port:true}', () => net.createServer().listen({ port: true }));
attempt('connect 65536', () => net.connect(65536, '127.0.0.1'));
attempt('connect "99999"', () => net.connect({ port: '99999', host: '127.0.0.1' }));
attempt('connect port {}', () => net.connect({ port: {}, host: '127.0.0.1' }));
attempt('connect no port', () => net.connect({ host: '127.0.0.1' }));
attempt('connect nothing', () => net.connect());
attempt('connect host 5', () => net.connect({ port: 80, host: 5 }));
attempt('connect timeout x', () => net.connect({ port: 80, host: '127.0.0.1', timeout: 'x' }));
attempt('connect lookup', () => net.connect({ port: 80, host: 'example', lookup: 1 }));
attempt('setTimeout -1', () => new net.Socket().setTimeout(-1));
attempt('setTimeout "1"', () => new net.Socket().setTimeout('1'));
attempt('setTimeout Infinity', () => new net.Socket().setTimeout(Infinity));
attempt('setTimeout cb', () => new net.Socket().setTimeout(10, 'nope'));
attempt('server options', () => net.createServer(42));

// Defaults for happy eyeballs
attempt('getDefaultAutoSelectFamily', () => net.getDefaultAutoSelectFamily());
attempt('setDefaultAutoSelectFamily', () => net.setDefaultAutoSelectFamily('x'));
attempt('attempt timeout', () => net.getDefaultAutoSelectFamilyAttemptTimeout());
attempt('set attempt 5', () => net.setDefaultAutoSelectFamilyAttemptTimeout(5));
attempt('attempt timeout now', () => net.getDefaultAutoSelectFamilyAttemptTimeout());
attempt('set attempt 1.5', () => net.setDefaultAutoSelectFamilyAttemptTimeout(1.5));
attempt('set attempt 0', () => net.setDefaultAutoSelectFamilyAttemptTimeout(0));

// Idle objects
const s = new net.Socket();
console.log('socket', s.readyState, s.pending, s.connecting, JSON.stringify(s.address()), s.remoteAddress,
  s.remotePort, s.localPort, s.bytesRead, s.bytesWritten, s.destroyed, s.allowHalfOpen, s.timeout);
console.log('socket instanceof', s instanceof require('stream').Duplex, net.Stream === net.Socket);
console.log('setters return this', s.setNoDelay() === s, s.setKeepAlive(true, 1000) === s, s.ref() === s, s.unref() === s);
console.log('socket halfopen', new net.Socket({ allowHalfOpen: true }).allowHalfOpen);
const srv = net.createServer();
console.log('server', srv.address(), srv.listening, srv.maxConnections, srv.allowHalfOpen, srv.pauseOnConnect,
  srv.noDelay, srv.keepAlive, srv instanceof require('events'));
console.log('keys', Object.keys(net).sort().join());
console.log('createServer', net.createServer() instanceof net.Server, net.Server() instanceof net.Server);
console.log('connect is createConnection', typeof net.connect, typeof net.createConnection);

// Writing to a socket that never connected fails with ERR_SOCKET_CLOSED.
const idle = new net.Socket();
idle.on('error', (e) => console.log('idle error', e.code, e.message));
idle.write('x', (e) => console.log('idle write cb', e && e.code));

// close() on a server that is not listening.
const notRunning = net.createServer();
notRunning.on('close', () => console.log('close event (not running)'));
notRunning.close((e) => console.log('close cb', e.name, e.code, e.message));
const twice = net.createServer();
twice.close();
twice.close((e) => console.log('close cb 2', e && e.code));
