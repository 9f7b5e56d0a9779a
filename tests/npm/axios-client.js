// The axios package run unmodified against a local server: GET with a query, a JSON POST,
// a redirect followed, and a refused connection.
const http = require('http');
const axios = require('axios');

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    if (req.url === '/redir') {
      res.writeHead(302, { location: '/json' });
      return res.end();
    }
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ url: req.url, method: req.method, body, ua: req.headers['user-agent'].split('/')[0] }));
  });
});

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  let r = await axios.get(`${base}/json?x=1`);
  console.log(r.status, r.data);
  r = await axios.post(`${base}/post`, { a: 1 });
  console.log(r.status, r.data, r.headers['content-type']);
  r = await axios.get(`${base}/redir`);
  console.log(r.status, r.data.url);
  const closed = http.createServer().listen(0, '127.0.0.1', async () => {
    const port = closed.address().port;
    closed.close();
    await axios.get(`http://127.0.0.1:${port}/`).catch((e) => console.log('error', e.code, e.name));
    server.close();
  });
});
