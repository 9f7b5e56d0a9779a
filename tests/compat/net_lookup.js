// capjs-flags: --allow-net=127.0.0.1
// connect() with a `lookup` option: called as Node calls it (all addresses unless a family
// is given), a 'lookup' event, its errors, and a non-IP answer.
const net = require('net');

const steps = [];
function run() {
  if (steps.length) steps.shift()(run);
  else console.log('all done');
}

let server;
steps.push((next) => {
  server = net.createServer((s) => s.end('hi from server'));
  server.listen(0, '127.0.0.1', next);
});

function asyncLookup(log) {
  return (host, opts, cb) => {
    log.push(`lookup(${host}, ${JSON.stringify(opts)})`);
    setTimeout(() => (opts.all ? cb(null, [{ address: '127.0.0.1', family: 4 }]) : cb(null, '127.0.0.1', 4)), 5);
  };
}

steps.push((next) => {
  const log = [];
  const c = net.connect({ port: server.address().port, host: 'service.example', lookup: asyncLookup(log) });
  c.on('lookup', (err, address, family, host) => log.push(`lookup event ${err} ${address} ${family} ${host}`));
  c.on('connect', () => log.push(`connect ${c.remoteAddress} ${c.remotePort === server.address().port}`));
  c.setEncoding('utf8');
  c.on('data', (d) => log.push(`data ${d}`));
  c.on('close', () => {
    console.log(log.join('\n'));
    next();
  });
});

steps.push((next) => {
  const log = [];
  const opts = { port: server.address().port, host: 'v4.example', family: 4, lookup: asyncLookup(log) };
  const c = net.connect(opts);
  c.on('lookup', (err, address, family) => log.push(`lookup event ${err} ${address} ${family}`));
  c.resume();
  c.on('close', () => {
    console.log(log.join('\n'));
    next();
  });
});

steps.push((next) => {
  const failing = (host, opts, cb) => {
    const err = new Error(`getaddrinfo ENOTFOUND ${host}`);
    err.code = 'ENOTFOUND';
    setTimeout(() => cb(err), 5);
  };
  const c = net.connect({ port: server.address().port, host: 'missing.example', lookup: failing });
  c.on('lookup', (err) => console.log('lookup event error', err.code));
  c.on('error', (e) => console.log('error', e.code, e.message));
  c.on('close', (hadError) => {
    console.log('close', hadError);
    next();
  });
});

steps.push((next) => {
  const bogus = (host, opts, cb) => setTimeout(() => cb(null, 'not-an-ip', 4), 5);
  const c = net.connect({ port: server.address().port, host: 'bogus.example', lookup: bogus, autoSelectFamily: false });
  c.on('error', (e) => console.log('bogus answer', e.name, e.code, e.message));
  c.on('close', () => {
    server.close(next);
  });
});

run();
