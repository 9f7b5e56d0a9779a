// capjs-flags: --allow-net=127.0.0.1
// fetch() against a local server: methods, bodies both ways, redirects, decoding, errors, abort.
const http = require('http');
const zlib = require('zlib');

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString();
    const u = new URL(req.url, 'http://x');
    switch (u.pathname) {
      case '/echo':
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ method: req.method, body, ua: req.headers['user-agent'], accept: req.headers.accept,
          ct: req.headers['content-type'] || null, x: req.headers['x-test'] || null }));
        return;
      case '/redirect':
        res.writeHead(Number(u.searchParams.get('code') || 302), { location: '/echo' });
        res.end();
        return;
      case '/loop':
        res.writeHead(302, { location: '/loop' });
        res.end();
        return;
      case '/gzip':
        res.setHeader('content-encoding', 'gzip');
        res.end(zlib.gzipSync('compressed hello'));
        return;
      case '/stream':
        res.write('a');
        setTimeout(() => res.write('b'), 10);
        setTimeout(() => res.end('c'), 20);
        return;
      case '/slow':
        setTimeout(() => res.end('late'), 500);
        return;
      case '/nocontent':
        res.statusCode = 204;
        res.end();
        return;
      case '/cookies':
        res.setHeader('set-cookie', ['a=1', 'b=2']);
        res.end('ok');
        return;
      default:
        res.statusCode = 404;
        res.statusMessage = 'Nope';
        res.end('missing');
    }
  });
});

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  let r = await fetch(`${base}/echo`);
  console.log(r.status, r.ok, r.statusText, r.headers.get('content-type'), r.redirected, r.url === `${base}/echo`);
  console.log(await r.json());

  r = await fetch(`${base}/echo`, { method: 'POST', body: 'text body', headers: { 'X-Test': 'yes' } });
  console.log(await r.json());

  r = await fetch(`${base}/echo`, { method: 'PUT', body: new URLSearchParams({ a: '1', b: 'two' }) });
  console.log((await r.json()).ct);

  const stream = new ReadableStream({
    start(c) {
      c.enqueue(new TextEncoder().encode('streamed '));
      c.enqueue(new TextEncoder().encode('upload'));
      c.close();
    },
  });
  r = await fetch(`${base}/echo`, { method: 'POST', body: stream, duplex: 'half' });
  console.log((await r.json()).body);

  for (const code of [301, 302, 303, 307, 308]) {
    r = await fetch(`${base}/redirect?code=${code}`, { method: 'POST', body: 'payload' });
    const j = await r.json();
    console.log(code, r.redirected, r.url.endsWith('/echo'), j.method, JSON.stringify(j.body));
  }
  r = await fetch(`${base}/redirect`, { redirect: 'manual' });
  console.log('manual', r.status, r.headers.get('location'));
  await fetch(`${base}/redirect`, { redirect: 'error' }).catch((e) => console.log('error mode', e.name, e.message));
  await fetch(`${base}/loop`).catch((e) => console.log('loop', e.name, e.message, e.cause && e.cause.message));

  r = await fetch(`${base}/gzip`);
  console.log('gzip', await r.text(), r.headers.get('content-encoding'));

  r = await fetch(`${base}/stream`);
  const parts = [];
  for await (const chunk of r.body) parts.push(new TextDecoder().decode(chunk));
  console.log('stream', parts.join(''));

  r = await fetch(`${base}/nocontent`);
  console.log('204', r.status, r.body, await r.text());

  r = await fetch(`${base}/missing`);
  console.log(r.status, r.ok, r.statusText, await r.text());

  r = await fetch(`${base}/cookies`);
  console.log(r.headers.get('set-cookie'), r.headers.getSetCookie());

  r = await fetch(`${base}/echo`, { method: 'HEAD' });
  console.log('head', r.status, r.body);

  const ac = new AbortController();
  setTimeout(() => ac.abort(), 30);
  await fetch(`${base}/slow`, { signal: ac.signal }).catch((e) => console.log('abort', e.name));
  await fetch(`${base}/slow`, { signal: AbortSignal.abort(new Error('mine')) }).catch((e) => console.log('pre-aborted', e.message));

  const closed = http.createServer();
  await new Promise((res) => closed.listen(0, '127.0.0.1', res));
  const port = closed.address().port;
  await new Promise((res) => closed.close(res));
  await fetch(`http://127.0.0.1:${port}/`).catch((e) => console.log('refused', e.name, e.message, e.cause.code));

  await fetch('not a url').catch((e) => console.log('bad url', e.name));
  server.close();
});
