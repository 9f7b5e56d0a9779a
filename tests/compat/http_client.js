// capjs-flags: --allow-net=127.0.0.1
// The http client against a local server: methods, headers, bodies (whole and streamed),
// keep-alive reuse, errors (refused, hang-up, bad protocol), timeouts and abort.
const http = require('http');

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString();
    if (req.url === '/hang') {
      req.socket.destroy && setTimeout(() => res.destroy(), 10);
      return;
    }
    if (req.url === '/slow') {
      setTimeout(() => res.end('late'), 300);
      return;
    }
    if (req.url === '/big') {
      res.setHeader('Content-Type', 'application/octet-stream');
      for (let i = 0; i < 64; i++) res.write(Buffer.alloc(16384, i));
      res.end();
      return;
    }
    res.setHeader('X-Method', req.method);
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    res.statusCode = req.url === '/missing' ? 404 : 200;
    res.end(JSON.stringify({
      url: req.url,
      method: req.method,
      body,
      te: req.headers['transfer-encoding'] || null,
      cl: req.headers['content-length'] || null,
      custom: req.headers['x-custom'] || null,
      host: req.headers.host.replace(/:\d+$/, ':PORT'),
      auth: req.headers.authorization || null,
    }));
  });
});

function fetchText(opts, body) {
  return new Promise((resolve, reject) => {
    const req = http.request(opts, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (data += d));
      res.on('end', () => resolve({ status: res.statusCode, message: res.statusMessage, headers: res.headers, data }));
    });
    req.on('error', reject);
    if (body !== undefined) req.end(body);
    else req.end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const base = `http://127.0.0.1:${port}`;

  let r = await fetchText(`${base}/hello?x=1`);
  console.log(r.status, r.message, JSON.parse(r.data), r.headers['x-method'], r.headers['set-cookie']);
  console.log(r.headers['content-type'], typeof r.headers['content-length']);

  r = await fetchText({ port, host: '127.0.0.1', path: '/post', method: 'post', headers: { 'X-Custom': 'yes' } }, 'hello body');
  console.log(r.status, JSON.parse(r.data));

  r = await fetchText({ port, hostname: '127.0.0.1', path: '/missing', auth: 'user:pw' });
  console.log(r.status, r.message, JSON.parse(r.data).auth);

  r = await fetchText(new URL(`${base}/url-object`));
  console.log(JSON.parse(r.data).url);

  // A body written in pieces is sent chunked.
  await new Promise((resolve) => {
    const req = http.request({ port, host: '127.0.0.1', method: 'PUT', path: '/stream' }, (res) => {
      let d = '';
      res.on('data', (c) => (d += c));
      res.on('end', () => {
        const j = JSON.parse(d);
        console.log('streamed', j.body, j.te, j.cl);
        resolve();
      });
    });
    req.write('part1,');
    req.write(Buffer.from('part2,'));
    setTimeout(() => req.end('part3'), 20);
  });

  // With Content-Length set, the streamed body is framed by it.
  await new Promise((resolve) => {
    const req = http.request({ port, host: '127.0.0.1', method: 'POST', path: '/cl', headers: { 'Content-Length': 6 } }, (res) => {
      let d = '';
      res.on('data', (c) => (d += c));
      res.on('end', () => {
        const j = JSON.parse(d);
        console.log('framed', j.body, j.te, j.cl);
        resolve();
      });
    });
    req.write('abc');
    req.end('def');
  });

  // A large response arrives whole, in order.
  await new Promise((resolve) => {
    http.get(`${base}/big`, (res) => {
      const parts = [];
      res.on('data', (c) => parts.push(c));
      res.on('end', () => {
        const all = Buffer.concat(parts);
        let ok = all.length === 64 * 16384;
        for (let i = 0; i < 64 && ok; i++) ok = all[i * 16384] === i && all[i * 16384 + 16383] === i;
        console.log('big', all.length, ok);
        resolve();
      });
    });
  });

  // Events in order for a simple GET.
  await new Promise((resolve) => {
    const events = [];
    const req = http.get(`${base}/order`, (res) => {
      events.push('response');
      res.on('data', () => {});
      res.on('end', () => events.push('res end'));
      res.on('close', () => events.push('res close'));
    });
    req.on('socket', () => events.push('socket'));
    req.on('finish', () => events.push('finish'));
    req.on('close', () => {
      events.push('req close');
      console.log(events.join(' > '));
      resolve();
    });
  });

  // Errors.
  try {
    http.get('https://127.0.0.1/');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  try {
    http.request({ port, host: '127.0.0.1', path: '/a b' });
  } catch (e) {
    console.log(e.code, e.message);
  }
  try {
    http.request({ port, host: '127.0.0.1', method: 'BAD METHOD' });
  } catch (e) {
    console.log(e.code, e.message);
  }
  try {
    http.request({ port: 70000, host: '127.0.0.1' });
  } catch (e) {
    console.log(e.code);
  }

  await new Promise((resolve) => {
    const closed = http.createServer();
    closed.listen(0, '127.0.0.1', () => {
      const p = closed.address().port;
      closed.close(() => {
        const req = http.get({ port: p, host: '127.0.0.1' });
        req.on('error', (e) => {
          console.log('refused', e.code, e.syscall, e.errno, e.message === `connect ECONNREFUSED 127.0.0.1:${p}`);
        });
        req.on('close', resolve);
      });
    });
  });

  await new Promise((resolve) => {
    const req = http.get(`${base}/hang`);
    req.on('error', (e) => console.log('hang', e.code, e.message));
    req.on('close', resolve);
  });

  await new Promise((resolve) => {
    const req = http.get(`${base}/slow`);
    req.setTimeout(50, () => {
      console.log('timeout fired');
      req.destroy();
    });
    req.on('error', (e) => console.log('after timeout', e.code, e.message));
    req.on('close', resolve);
  });

  await new Promise((resolve) => {
    const ac = new AbortController();
    const req = http.get(`${base}/slow`, { signal: ac.signal });
    req.on('error', (e) => console.log('aborted', e.name, e.code));
    req.on('close', resolve);
    setTimeout(() => ac.abort(), 20);
  });

  await new Promise((resolve) => {
    const req = http.get(`${base}/slow`);
    req.on('error', (e) => console.log('destroyed', e.code, e.message));
    req.on('close', () => {
      console.log('destroyed close', req.destroyed);
      resolve();
    });
    req.destroy();
  });

  // Sequential requests reuse connections; many in parallel all complete.
  const results = await Promise.all(Array.from({ length: 20 }, (_, i) => fetchText(`${base}/p${i}`)));
  console.log(results.map((x) => JSON.parse(x.data).url).join(','));

  const agent = new http.Agent({ keepAlive: true });
  console.log(agent.keepAlive, agent.getName({ host: 'h', port: 1 }), http.globalAgent instanceof http.Agent);
  server.close(() => console.log('server closed'));
});
