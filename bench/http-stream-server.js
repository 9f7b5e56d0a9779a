// The server for bench/http-stream.sh: GET /1mb answers a 1 MB body written in 64 KB
// chunks; POST /upload pipes the request body into a file in the folder given as argv[3].
const http = require('http');
const fs = require('fs');
const path = require('path');

const port = Number(process.argv[2]);
const dir = process.argv[3];
const chunk = Buffer.alloc(64 * 1024, 97);

http.createServer((req, res) => {
  if (req.url === '/1mb') {
    res.setHeader('Content-Length', 16 * chunk.length);
    let i = 0;
    const more = () => {
      while (i < 16) {
        i++;
        if (i === 16) return res.end(chunk);
        if (!res.write(chunk)) return res.once('drain', more);
      }
    };
    return more();
  }
  if (req.url === '/upload') {
    const out = fs.createWriteStream(path.join(dir, 'upload.bin'));
    req.pipe(out).on('finish', () => res.end(String(out.bytesWritten)));
    return;
  }
  res.statusCode = 404;
  res.end();
}).listen(port, '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
