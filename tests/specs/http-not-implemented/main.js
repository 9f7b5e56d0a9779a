// What capjs's HTTP server leaves out throws ERR_NOT_IMPLEMENTED naming it (Node has it):
// res.writeEarlyHints needs a 103 interim response hyper's server cannot send. The
// response is unharmed and still answers.
const http = require('http');

const server = http.createServer((req, res) => {
  try {
    res.writeEarlyHints({ link: '</style.css>; rel=preload; as=style' });
    console.log('writeEarlyHints: no error');
  } catch (e) {
    console.log(`writeEarlyHints: ${e.code} | ${e.message}`);
  }
  res.end('still answered');
});
server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
    let body = '';
    res.on('data', (d) => (body += d));
    res.on('end', () => {
      console.log(res.statusCode, body);
      server.close();
    });
  });
});
