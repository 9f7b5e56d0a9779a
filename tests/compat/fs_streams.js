// capjs-flags: --allow-read=. --allow-write=./scratch
// fs.ReadStream and fs.WriteStream: events and their order, start/end, highWaterMark chunks, fd and
// autoClose, errors, backpressure, pipe and pipeline, close().
'use strict';
const fs = require('fs');
const { pipeline, finished } = require('stream');

const dir = 'scratch/fs_streams';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
const p = (n) => `${dir}/${n}`;
const digits = '0123456789'.repeat(10);
fs.writeFileSync(p('src.txt'), digits);
fs.writeFileSync(p('big.bin'), Buffer.alloc(200000, 'ab'));

const tests = [];
const test = (label, fn) => tests.push([label, fn]);
function next(i) {
  if (i >= tests.length) return;
  const [label, fn] = tests[i];
  const log = (...a) => console.log(label, ...a);
  fn(log, () => setImmediate(next, i + 1));
}

test('events', (log, done) => {
  const rs = fs.createReadStream(p('src.txt'), { highWaterMark: 40 });
  log('initial', rs.path, rs.fd, rs.flags, rs.mode.toString(8), rs.start, rs.end, rs.pos, rs.bytesRead, rs.pending,
    rs.autoClose, rs.readableHighWaterMark, rs instanceof fs.ReadStream, Object.keys(rs).slice(0, 8).join(','));
  const events = [];
  rs.on('open', (fd) => events.push(`open:${typeof fd}`));
  rs.on('ready', () => events.push(`ready:${rs.pending}`));
  rs.on('data', (c) => events.push(`data:${c.length}`));
  rs.on('end', () => events.push('end'));
  rs.on('close', () => {
    events.push('close');
    log(events.join(' '), rs.bytesRead, rs.destroyed, rs.closed, rs.fd);
    done();
  });
});

test('start end', (log, done) => {
  const chunks = [];
  fs.createReadStream(p('src.txt'), { start: 5, end: 14, encoding: 'utf8' })
    .on('data', (c) => chunks.push(c))
    .on('end', () => { log(JSON.stringify(chunks)); done(); });
});

test('start only', (log, done) => {
  let s = '';
  fs.createReadStream(p('src.txt'), { start: 95 }).on('data', (c) => { s += c; }).on('close', () => { log(s); done(); });
});

test('end 0', (log, done) => {
  let s = '';
  fs.createReadStream(p('src.txt'), { end: 0 }).on('data', (c) => { s += c; }).on('end', () => { log(JSON.stringify(s)); done(); });
});

test('start beyond eof', (log, done) => {
  let n = 0;
  fs.createReadStream(p('src.txt'), { start: 500 }).on('data', () => n++).on('end', () => { log('chunks', n); done(); });
});

test('hwm chunks', (log, done) => {
  const sizes = [];
  fs.createReadStream(p('big.bin')).on('data', (c) => sizes.push(c.length)).on('end', () => { log(sizes.join(',')); done(); });
});

test('async iterator', async (log, done) => {
  let total = 0;
  for await (const chunk of fs.createReadStream(p('big.bin'), { highWaterMark: 50000 })) total += chunk.length;
  log(total);
  done();
});

test('encoding setEncoding', (log, done) => {
  const rs = fs.createReadStream(p('src.txt'), { end: 3 });
  rs.setEncoding('hex');
  rs.on('data', (c) => log(c)).on('end', done);
});

test('missing file', (log, done) => {
  const rs = fs.createReadStream(p('nope'));
  const events = [];
  rs.on('open', () => events.push('open'));
  rs.on('error', (e) => events.push(`error:${e.code}:${e.syscall}:${e.message}`));
  rs.on('close', () => { log(events.join(' ')); done(); });
});

test('directory', (log, done) => {
  fs.createReadStream(dir).on('error', (e) => { log(e.code, e.syscall, e.message); done(); }).resume();
});

test('fd option', (log, done) => {
  const fd = fs.openSync(p('src.txt'), 'r');
  const rs = fs.createReadStream(null, { fd, start: 90 });
  const events = [];
  rs.on('open', () => events.push('open'));
  rs.on('ready', () => events.push('ready'));
  let s = '';
  rs.on('data', (c) => { s += c; });
  rs.on('close', () => {
    let closedFd = false;
    try { fs.fstatSync(fd); } catch (e) { closedFd = e.code; }
    log(s, events.length, rs.path, closedFd);
    done();
  });
});

test('autoClose false', (log, done) => {
  const fd = fs.openSync(p('src.txt'), 'r');
  const rs = fs.createReadStream(null, { fd, autoClose: false, end: 4 });
  rs.on('data', () => {});
  rs.on('end', () => {
    setImmediate(() => {
      log('fd still open', fs.fstatSync(fd).size, rs.destroyed);
      fs.closeSync(fd);
      done();
    });
  });
});

test('destroy early', (log, done) => {
  const rs = fs.createReadStream(p('big.bin'), { highWaterMark: 1000 });
  let n = 0;
  rs.on('data', () => { if (++n === 2) rs.destroy(); });
  rs.on('close', () => { log('chunks', n, rs.destroyed, rs.bytesRead); done(); });
});

test('close method', (log, done) => {
  const rs = fs.createReadStream(p('src.txt'));
  rs.on('open', () => rs.close((err) => { log('closed', err === undefined ? 'undefined' : err && err.code, rs.destroyed); done(); }));
});

test('pause resume', (log, done) => {
  const rs = fs.createReadStream(p('big.bin'), { highWaterMark: 65536 });
  let n = 0;
  rs.on('data', () => {
    n++;
    rs.pause();
    setTimeout(() => rs.resume(), 1);
  });
  rs.on('end', () => { log('chunks', n); done(); });
});

test('write stream', (log, done) => {
  const ws = fs.createWriteStream(p('out.txt'));
  log('initial', ws.path, ws.fd, ws.flags, ws.mode.toString(8), ws.start, ws.pos, ws.bytesWritten, ws.pending,
    ws.writableHighWaterMark, ws instanceof fs.WriteStream, Object.keys(ws).slice(0, 8).join(','));
  const events = [];
  ws.on('open', (fd) => events.push(`open:${typeof fd}`));
  ws.on('ready', () => events.push('ready'));
  ws.on('finish', () => events.push(`finish:${ws.bytesWritten}`));
  ws.on('close', () => {
    events.push('close');
    log(events.join(' '), fs.readFileSync(p('out.txt'), 'utf8'), ws.fd, ws.closed);
    done();
  });
  log('write returns', ws.write('hello '), ws.write(Buffer.from('big ')));
  ws.write('6869', 'hex');
  ws.end(' world');
});

test('write start flags', (log, done) => {
  fs.writeFileSync(p('patch.txt'), 'aaaaaaaaaa');
  const ws = fs.createWriteStream(p('patch.txt'), { flags: 'r+', start: 3 });
  ws.end('BBB', () => { log(fs.readFileSync(p('patch.txt'), 'utf8'), ws.bytesWritten, ws.pos); done(); });
});

test('append', (log, done) => {
  const ws = fs.createWriteStream(p('patch.txt'), { flags: 'a' });
  ws.end('!', () => { log(fs.readFileSync(p('patch.txt'), 'utf8')); done(); });
});

test('backpressure', (log, done) => {
  const ws = fs.createWriteStream(p('bp.bin'), { highWaterMark: 1024 });
  const chunk = Buffer.alloc(600, 1);
  let drains = 0;
  let falses = 0;
  let i = 0;
  function write() {
    while (i < 20) {
      i++;
      if (!ws.write(chunk)) {
        falses++;
        ws.once('drain', () => { drains++; write(); });
        return;
      }
    }
    ws.end();
  }
  ws.on('finish', () => {
    log('falses', falses, 'drains', drains, 'size', fs.statSync(p('bp.bin')).size, ws.bytesWritten);
    done();
  });
  write();
});

test('write error', (log, done) => {
  const ws = fs.createWriteStream(p('nope/x.txt'));
  ws.on('error', (e) => log('error', e.code, e.syscall, e.message));
  ws.on('close', () => { log('closed'); done(); });
  ws.write('x');
});

test('write after end', (log, done) => {
  const ws = fs.createWriteStream(p('wae.txt'));
  ws.end('a');
  ws.write('b', (e) => log('write cb', e && e.code));
  ws.on('error', (e) => log('error', e.code));
  ws.on('close', () => { log('content', fs.readFileSync(p('wae.txt'), 'utf8')); done(); });
});

test('close method write', (log, done) => {
  const ws = fs.createWriteStream(p('cm.txt'));
  ws.write('data');
  ws.close(() => { log('closed', fs.readFileSync(p('cm.txt'), 'utf8'), ws.destroyed); done(); });
});

test('wx exists', (log, done) => {
  const ws = fs.createWriteStream(p('cm.txt'), { flags: 'wx' });
  ws.on('error', (e) => { log(e.code, e.message); });
  ws.on('close', done);
});

test('fd write stream', (log, done) => {
  const fd = fs.openSync(p('fdw.txt'), 'w');
  const ws = fs.createWriteStream(null, { fd });
  ws.end('via fd', () => { log(fs.readFileSync(p('fdw.txt'), 'utf8')); });
  ws.on('close', () => {
    let state = 'open';
    try { fs.fstatSync(fd); } catch (e) { state = e.code; }
    log('fd after close', state);
    done();
  });
});

test('pipe', (log, done) => {
  const ws = fs.createWriteStream(p('copy.bin'));
  fs.createReadStream(p('big.bin'), { highWaterMark: 7000 }).pipe(ws);
  ws.on('close', () => { log(fs.readFileSync(p('copy.bin')).equals(fs.readFileSync(p('big.bin')))); done(); });
});

test('pipeline', (log, done) => {
  pipeline(fs.createReadStream(p('src.txt'), { start: 10, end: 19 }), fs.createWriteStream(p('pl.txt')), (err) => {
    log(err, fs.readFileSync(p('pl.txt'), 'utf8'));
    done();
  });
});

test('pipeline error', (log, done) => {
  // The callback comes on the read side's error, while the write side's open may still be
  // in flight (in node too, on its thread pool), so the file is looked for once the write
  // stream, which waits for its open before closing, has closed.
  const rs = fs.createReadStream(p('nope'));
  const ws = fs.createWriteStream(p('pl2.txt'));
  let code;
  ws.on('close', () => {
    log(code, fs.existsSync(p('pl2.txt')));
    done();
  });
  pipeline(rs, ws, (err) => {
    code = err.code;
  });
});

test('finished', (log, done) => {
  const rs = fs.createReadStream(p('src.txt'));
  finished(rs, (err) => { log('finished', err); done(); });
  rs.resume();
});

test('constructor without new', (log, done) => {
  const rs = fs.ReadStream(p('src.txt'), { end: 1 });
  const ws = fs.WriteStream(p('nonew.txt'));
  log(rs instanceof fs.ReadStream, ws instanceof fs.WriteStream, fs.FileReadStream === fs.ReadStream);
  rs.pipe(ws).on('close', () => { log(fs.readFileSync(p('nonew.txt'), 'utf8')); done(); });
});

test('custom fs option', (log, done) => {
  const calls = [];
  const custom = {
    open: (...a) => { calls.push('open'); return fs.open(...a); },
    read: (...a) => { calls.push('read'); return fs.read(...a); },
    write: (...a) => { calls.push('write'); return fs.write(...a); },
    close: (...a) => { calls.push('close'); return fs.close(...a); },
  };
  let s = '';
  fs.createReadStream(p('src.txt'), { fs: custom, highWaterMark: 64, end: 99 })
    .on('data', (c) => { s += c; })
    .on('close', () => {
      const ws = fs.createWriteStream(p('custom.txt'), { fs: custom });
      ws.end(s.slice(0, 5), () => log(calls.join(','), s.length));
      ws.on('close', () => { log(fs.readFileSync(p('custom.txt'), 'utf8'), calls.join(',')); done(); });
    });
});

test('custom fs bad', (log, done) => {
  try { fs.createReadStream(p('src.txt'), { fs: { open: 5 } }); } catch (e) { log(e.code, e.message); }
  done();
});

next(0);
