// capjs-flags: --allow-net=127.0.0.1,localhost --allow-read=.
// https: a server with a certificate (fixtures/tls: a test CA and a leaf for localhost and
// 127.0.0.1), clients that trust that CA, that trust nothing but the bundled roots, that
// expect another name, and that check nothing (whose pooled connection no checking request
// reuses); a body both ways, a second request, fetch, and the protocol checks between http
// and https.
'use strict';
const fs = require('fs');
const path = require('path');
const http = require('http');
const https = require('https');

const dir = path.join(__dirname, 'fixtures', 'tls');
const ca = fs.readFileSync(path.join(dir, 'ca.pem'));
const server = https.createServer({
  key: fs.readFileSync(path.join(dir, 'key.pem')),
  cert: fs.readFileSync(path.join(dir, 'cert.pem')),
}, (req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => (body += d));
  req.on('end', () => {
    res.setHeader('Content-Type', 'text/plain');
    res.end(`${req.method} ${req.url} encrypted=${req.socket.encrypted} body=${body}`);
  });
});

function call(options, body) {
  return new Promise((resolve) => {
    const req = https.request(options, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (data += d));
      res.on('end', () => resolve(`${res.statusCode} ${res.headers['content-type']} ${data}`));
    });
    req.on('error', (e) => resolve(`error ${e.code}`));
    req.end(body);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const base = { host: '127.0.0.1', port, ca };
  console.log('trusted', await call({ ...base, path: '/a?b=1' }));
  console.log('post', await call({ ...base, method: 'POST', path: '/post' }, 'hello over tls'));
  console.log('again', await call({ ...base, path: '/again' }));
  console.log('by name', await call({ ...base, host: 'localhost', path: '/name' }));
  // The usual way to add a CA to the default roots.
  console.log('roots and CA', await call({ ...base, ca: [...require('tls').rootCertificates, ca], path: '/roots' }));
  console.log('unknown CA', await call({ host: '127.0.0.1', port, path: '/' }));
  console.log('wrong name', await call({ ...base, servername: 'example.com', path: '/' }));
  console.log('unchecked', await call({ host: '127.0.0.1', port, path: '/unchecked', rejectUnauthorized: false }));
  // The unchecked connection is pooled, but only for requests that check nothing either.
  console.log('unknown CA again', await call({ host: '127.0.0.1', port, path: '/' }));
  console.log('url', await new Promise((resolve) => {
    https.get(`https://127.0.0.1:${port}/url`, { ca }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    }).on('error', (e) => resolve(e.code));
  }));
  for (const [mod, url] of [[http, `https://127.0.0.1:${port}/`], [https, `http://127.0.0.1:${port}/`]]) {
    try {
      mod.get(url);
    } catch (e) {
      console.log('protocol', e.code, e.message);
    }
  }
  try {
    await fetch(`https://127.0.0.1:${port}/fetch`);
  } catch (e) {
    console.log('fetch', e.name, e.message, e.cause && e.cause.code);
  }
  server.close();
});
