// A small JSON API with plain node:http: list, create, read and delete notes in memory.
//   capjs run --allow-net=127.0.0.1:8082 examples/json-api.js 8082
//   curl -s -XPOST -d '{"text":"hi"}' http://127.0.0.1:8082/notes
const http = require('http');

const notes = new Map();
let nextId = 1;

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(json) });
  res.end(json);
}

function readJson(req, cb) {
  const chunks = [];
  let size = 0;
  req.on('data', (c) => {
    size += c.length;
    // A client cannot make the server buffer without bound.
    if (size > 1 << 20) req.destroy();
    else chunks.push(c);
  });
  req.on('end', () => {
    try {
      cb(null, JSON.parse(Buffer.concat(chunks).toString() || '{}'));
    } catch (err) {
      cb(err);
    }
  });
}

const server = http.createServer((req, res) => {
  const { pathname } = new URL(req.url, 'http://localhost');
  const match = /^\/notes\/(\d+)$/.exec(pathname);
  if (pathname === '/notes' && req.method === 'GET') return send(res, 200, [...notes.values()]);
  if (pathname === '/notes' && req.method === 'POST') {
    return readJson(req, (err, body) => {
      if (err || typeof body.text !== 'string') return send(res, 400, { error: 'expected {"text": string}' });
      const note = { id: nextId++, text: body.text };
      notes.set(note.id, note);
      send(res, 201, note);
    });
  }
  if (match && req.method === 'GET') {
    const note = notes.get(Number(match[1]));
    return note ? send(res, 200, note) : send(res, 404, { error: 'not found' });
  }
  if (match && req.method === 'DELETE') {
    return notes.delete(Number(match[1])) ? send(res, 204, {}) : send(res, 404, { error: 'not found' });
  }
  send(res, 404, { error: `no route for ${req.method} ${pathname}` });
});

server.listen(Number(process.argv[2] || 8082), '127.0.0.1', () => {
  console.log(`JSON API on http://127.0.0.1:${server.address().port}/notes`);
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close());
