// capjs-flags: --allow-net=127.0.0.1
// Flow control both ways: write() returning false and 'drain', a paused reader that stops
// the sender, pause/resume, setEncoding across split characters, cork, async iteration.
const net = require('net');
const assert = require('assert');

const steps = [];
function run() {
  if (steps.length) steps.shift()(run);
  else console.log('all done');
}

function pair(serverOpts, onConn, onClient) {
  const server = net.createServer(serverOpts, (sock) => onConn(sock, server));
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1');
    onClient(c, server);
  });
}

// A big write: false at once, then exactly one 'drain'; a paused reader gets it all later.
steps.push((next) => {
  const SIZE = 8 * 1024 * 1024;
  const late = [];
  let received = 0;
  let drains = 0;
  let maxBuffered = 0;
  pair({}, (sock, server) => {
    sock.pause();
    sock.on('data', (d) => (received += d.length));
    const poll = setInterval(() => (maxBuffered = Math.max(maxBuffered, sock.readableLength)), 5);
    setTimeout(() => {
      console.log('paused reader holds a bounded buffer', maxBuffered > 0 && maxBuffered < SIZE / 2);
      console.log('isPaused', sock.isPaused());
      sock.resume();
    }, 150);
    sock.on('end', () => {
      clearInterval(poll);
      console.log('server received', received === SIZE + 1, 'bytesRead', sock.bytesRead === SIZE + 1);
      console.log(late.join('\n'));
      server.close(next);
    });
  }, (c) => {
    c.on('connect', () => {
      const ok = c.write(Buffer.alloc(SIZE, 7), () => late.push(`big write callback, drains so far ${drains}`));
      console.log('write returned', ok, 'needDrain', c.writableNeedDrain, 'length', c.writableLength === SIZE);
      console.log('bytesWritten', c.bytesWritten === SIZE);
      console.log('second write returned', c.write('x'));
      c.on('drain', () => {
        drains++;
        late.push(`drain ${c.writableLength} ${c.writableNeedDrain}`);
        c.end();
      });
    });
  });
});

// A writer that honours backpressure: keeps writing until false, waits for 'drain'.
steps.push((next) => {
  let total = 0;
  let rounds = 0;
  pair({}, (sock, server) => {
    let got = 0;
    sock.on('data', (d) => (got += d.length));
    sock.on('end', () => {
      console.log('pump: server got all', got === total, 'rounds', rounds);
      server.close(next);
    });
  }, (c) => {
    const chunk = Buffer.alloc(8192, 1);
    function pump() {
      while (rounds < 300) {
        rounds++;
        total += chunk.length;
        if (!c.write(chunk)) {
          c.once('drain', pump);
          return;
        }
      }
      c.end();
    }
    c.on('connect', pump);
  });
});

// Write callbacks run in order; cork() batches writes into one go.
steps.push((next) => {
  const order = [];
  pair({}, (sock, server) => {
    let got = '';
    sock.setEncoding('latin1');
    sock.on('data', (d) => (got += d));
    sock.on('end', () => {
      console.log('order', order.join(','), 'got', got);
      server.close(next);
    });
  }, (c) => {
    c.cork();
    c.write('a', () => order.push(1));
    c.write(Buffer.from('b'), () => order.push(2));
    c.write('c3', 'latin1', () => order.push(3));
    c.write('ZA==', 'base64', () => order.push(4));
    console.log('corked length', c.writableLength, 'bytesWritten', c.bytesWritten);
    process.nextTick(() => c.uncork());
    c.end('!', () => order.push('end'));
  });
});

// setEncoding keeps multi-byte characters whole across chunk boundaries.
steps.push((next) => {
  pair({}, (sock, server) => {
    const euro = Buffer.from('€uro ✓');
    sock.write(euro.subarray(0, 1));
    setTimeout(() => sock.write(euro.subarray(1, 5)), 20);
    setTimeout(() => sock.end(euro.subarray(5)), 40);
    sock.resume();
    sock.on('close', () => server.close(next));
  }, (c) => {
    c.setEncoding('utf8');
    const chunks = [];
    c.on('data', (d) => chunks.push(d));
    c.on('end', () => {
      console.log('utf8 chunks', JSON.stringify(chunks.join('')), chunks.every((s) => !s.includes('\ufffd')));
    });
  });
});

// Async iteration over a socket.
steps.push((next) => {
  pair({}, (sock, server) => {
    sock.end('one two three');
    sock.resume();
    sock.on('close', () => server.close(next));
  }, async (c) => {
    let text = '';
    for await (const chunk of c) {
      assert.ok(Buffer.isBuffer(chunk));
      text += chunk;
    }
    console.log('iterated', text, c.readableEnded);
  });
});

run();
