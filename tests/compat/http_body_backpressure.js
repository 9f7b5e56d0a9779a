// capjs-flags: --allow-net=127.0.0.1
// A request body much larger than what the host hands over before the guest consumes
// (256 KiB), read by a slow consumer: the stream pauses and resumes, and every byte arrives.
'use strict';
const http = require('http');
const { Writable } = require('stream');

const size = 3 * 1024 * 1024 + 17;
const srv = http.createServer((req, res) => {
  let got = 0;
  let writes = 0;
  const slow = new Writable({
    highWaterMark: 16 * 1024,
    write(chunk, enc, cb) {
      got += chunk.length;
      writes++;
      setImmediate(cb);
    },
  });
  req.pipe(slow).on('finish', () => {
    console.log('server got', got, 'complete', req.complete, 'writes > 1', writes > 1);
    res.end(String(got));
  });
});
srv.listen(0, '127.0.0.1', () => {
  const r = http.request({ port: srv.address().port, host: '127.0.0.1', method: 'POST' }, (res) => {
    let text = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { text += d; });
    res.on('end', () => {
      console.log('client got', text);
      srv.close();
    });
  });
  const block = Buffer.alloc(64 * 1024, 120);
  let left = size;
  const more = () => {
    while (left > 0) {
      const n = Math.min(left, block.length);
      left -= n;
      const ok = r.write(n === block.length ? block : block.subarray(0, n));
      if (left === 0) return r.end();
      if (!ok) return r.once('drain', more);
    }
  };
  more();
});
