// Request: URL and init checks, defaults, methods, bodies and Content-Type, clone, Request from Request.
const util = require('util');
const fmt = (v) => (typeof v === 'string' ? JSON.stringify(v) : util.inspect(v));
const fmtErr = (e) => `throws ${e.name}: ${JSON.stringify(e.message)}${e.code ? ` ${e.code}` : ''}` +
  `${e.cause ? ` (cause ${e.cause.name}: ${e.cause.message})` : ''}`;
const show = (label, fn) => {
  try {
    console.log(label, fmt(fn()));
  } catch (e) {
    console.log(label, fmtErr(e));
  }
};
const showAsync = async (label, fn) => {
  try {
    console.log(label, fmt(await fn()));
  } catch (e) {
    console.log(label, fmtErr(e));
  }
};
const U = 'http://example.com/';
const post = (body, extra) => new Request(U, { method: 'POST', body, ...extra });

// URLs
show('absolute', () => new Request('http://example.com/a/../b?x=1#frag').url);
show('URL object', () => new Request(new URL('http://a.test/x')).url);
show('object with toString', () => new Request({ toString() { return 'http://q.test/'; } }).url);
show('normalized', () => new Request('HTTP://A.TEST/%7e').url);
show('relative', () => new Request('/x'));
show('invalid', () => new Request('http://a b/'));
show('undefined input', () => new Request(undefined));
show('no args', () => new Request());
show('credentials in URL', () => new Request('http://u:p@a.test/'));
show('init number', () => new Request(U, 1));
show('init null', () => new Request(U, null).method);

// Defaults
const d = new Request(U);
for (const k of ['method', 'url', 'destination', 'referrer', 'referrerPolicy', 'mode', 'credentials', 'cache', 'redirect',
  'integrity', 'keepalive', 'isReloadNavigation', 'isHistoryNavigation', 'body', 'bodyUsed', 'duplex']) {
  show(`default ${k}`, () => d[k]);
}
show('default signal', () => [d.signal instanceof AbortSignal, d.signal.aborted]);
show('default headers', () => [d.headers instanceof Headers, [...d.headers], d.headers === d.headers]);

// Methods
show('get normalized', () => new Request(U, { method: 'get' }).method);
show('Delete normalized', () => new Request(U, { method: 'Delete' }).method);
show('options normalized', () => new Request(U, { method: 'options' }).method);
show('custom kept', () => new Request(U, { method: 'PROPFIND' }).method);
show('mixed custom kept', () => new Request(U, { method: 'Purge' }).method);
show('CONNECT', () => new Request(U, { method: 'CONNECT' }));
show('trace', () => new Request(U, { method: 'trace' }));
show('track', () => new Request(U, { method: 'TrAcK' }));
show('space in method', () => new Request(U, { method: 'a b' }));
show('empty method', () => new Request(U, { method: '' }));
show('wide method', () => new Request(U, { method: '\u0100' }));

// Enumerated options
show('mode same-origin', () => new Request(U, { mode: 'same-origin' }).mode);
show('mode navigate', () => new Request(U, { mode: 'navigate' }));
show('mode bad', () => new Request(U, { mode: 'xx' }));
show('credentials', () => new Request(U, { credentials: 'include' }).credentials);
show('credentials bad', () => new Request(U, { credentials: 'xx' }));
show('cache', () => new Request(U, { cache: 'no-store' }).cache);
show('cache bad', () => new Request(U, { cache: 'xx' }));
show('only-if-cached cors', () => new Request(U, { cache: 'only-if-cached' }));
show('only-if-cached same-origin', () => new Request(U, { cache: 'only-if-cached', mode: 'same-origin' }).cache);
show('redirect', () => new Request(U, { redirect: 'manual' }).redirect);
show('redirect bad', () => new Request(U, { redirect: 'xx' }));
show('referrerPolicy', () => new Request(U, { referrerPolicy: 'origin' }).referrerPolicy);
show('referrerPolicy bad', () => new Request(U, { referrerPolicy: 'xx' }));
show('integrity', () => new Request(U, { integrity: 'sha256-abc' }).integrity);
show('keepalive', () => new Request(U, { keepalive: 1 }).keepalive);
show('duplex bad', () => new Request(U, { duplex: 'full' }));
show('window null', () => new Request(U, { window: null }).url);
show('window set', () => new Request(U, { window: {} }));
show('no-cors PUT', () => new Request(U, { mode: 'no-cors', method: 'PUT' }));
show('no-cors headers kept', () => [...new Request(U, { mode: 'no-cors', headers: { 'x-a': '1', accept: 'x' } }).headers]);

// Referrer
show('referrer about:client', () => new Request(U, { referrer: 'about:client' }).referrer);
show('referrer empty', () => new Request(U, { referrer: '' }).referrer);
show('referrer url', () => new Request(U, { referrer: 'http://r.test/p?q' }).referrer);
show('referrer about:blank', () => new Request(U, { referrer: 'about:blank' }).referrer);
show('referrer relative', () => new Request(U, { referrer: '/x' }));

// Signals
show('signal bad', () => new Request(U, { signal: {} }));
show('signal null', () => new Request(U, { signal: null }).signal.aborted);
show('signal follows', () => {
  const c = new AbortController();
  const r = new Request(U, { signal: c.signal });
  const before = r.signal.aborted;
  c.abort('why');
  return [before, r.signal.aborted, r.signal.reason, r.signal === c.signal];
});
show('signal pre-aborted', () => {
  const r = new Request(U, { signal: AbortSignal.abort('gone') });
  return [r.signal.aborted, r.signal.reason];
});
show('clone signal follows', () => {
  const c = new AbortController();
  const r = new Request(U, { signal: c.signal }).clone();
  c.abort('later');
  return [r.signal.aborted, r.signal.reason];
});

// Bodies and Content-Type
show('GET with body', () => new Request(U, { body: 'x' }));
show('HEAD with empty body', () => new Request(U, { method: 'HEAD', body: '' }));
show('GET body null ok', () => new Request(U, { body: null }).body);
show('POST body undefined', () => new Request(U, { method: 'POST', body: undefined }).body);
show('string ct', () => post('x').headers.get('content-type'));
show('URLSearchParams ct', () => post(new URLSearchParams('a=1')).headers.get('content-type'));
show('ArrayBuffer ct', () => post(new ArrayBuffer(2)).headers.get('content-type'));
show('Blob typed ct', () => post(new Blob(['x'], { type: 'Image/PNG' })).headers.get('content-type'));
show('Blob untyped ct', () => post(new Blob(['x'])).headers.get('content-type'));
show('FormData ct', () => post(new FormData()).headers.get('content-type').replace(/boundary=.*/, 'boundary=<B>'));
show('explicit ct kept', () => post('x', { headers: { 'Content-Type': 'a/b' } }).headers.get('content-type'));
show('headers as pairs', () => [...post('x', { headers: [['X-A', '1']] }).headers]);
show('headers invalid', () => new Request(U, { headers: 1 }));
show('headers bad name', () => new Request(U, { headers: { 'a b': '1' } }));
show('stream without duplex', () => post(new ReadableStream()));
show('stream duplex half', () => post(new ReadableStream(), { duplex: 'half' }).duplex);
show('stream keepalive', () => post(new ReadableStream(), { duplex: 'half', keepalive: true }));
show('stream no-cors', () => post(new ReadableStream(), { duplex: 'half', mode: 'no-cors' }));
show('locked stream', () => {
  const s = new ReadableStream();
  s.getReader();
  return post(s, { duplex: 'half' });
});
show('body is stream', () => {
  const r = post('abc');
  return [r.body instanceof ReadableStream, r.body === r.body, r.bodyUsed];
});
show('same stream object', () => {
  const s = new ReadableStream();
  return post(s, { duplex: 'half' }).body === s;
});

// Request from Request
show('copy method and headers', () => {
  const r = new Request(new Request(U, { method: 'PUT', headers: { A: '1' }, redirect: 'manual' }));
  return [r.method, [...r.headers], r.redirect];
});
show('copy keeps header case', () => util.inspect(new Request(new Request(U, { headers: { A: '1' } }), { method: 'POST' }).headers));
show('init headers replace', () => [...new Request(new Request(U, { headers: { A: '1' } }), { headers: { b: '2' } }).headers]);
show('copy with GET override', () => new Request(post('x'), { method: 'GET' }));
show('non-empty init resets referrer', () =>
  new Request(new Request(U, { referrer: 'http://r.test/', mode: 'same-origin' }), { method: 'POST' }).referrer);
show('empty init keeps referrer', () =>
  new Request(new Request(U, { referrer: 'http://r.test/', mode: 'same-origin' }), {}).referrer);
show('copy keeps mode', () => new Request(new Request(U, { mode: 'same-origin' })).mode);
show('headers are a copy', () => {
  const a = new Request(U, { headers: { x: '1' } });
  const b = new Request(a);
  b.headers.set('x', '2');
  return [a.headers.get('x'), b.headers.get('x')];
});
show('signal copied', () => {
  const c = new AbortController();
  const b = new Request(new Request(U, { signal: c.signal }));
  c.abort('r');
  return [b.signal.aborted, b.signal.reason];
});

const main = async () => {
  await showAsync('body moves to new Request', async () => {
    const a = post('moved');
    const b = new Request(a);
    return [a.bodyUsed, b.bodyUsed, await b.text()];
  });
  await showAsync('moved body unusable', async () => {
    const a = post('moved');
    new Request(a);
    return a.text();
  });
  await showAsync('init body leaves input alone', async () => {
    const a = post('x');
    const b = new Request(a, { body: 'y' });
    return [a.bodyUsed, await b.text(), await a.text()];
  });
  await showAsync('from used Request', async () => {
    const a = post('x');
    await a.text();
    return new Request(a);
  });
  await showAsync('from used Request with new body', async () => {
    const a = post('x');
    await a.text();
    return new Request(a, { body: 'fresh' }).text();
  });

  // Consuming the body
  await showAsync('text', () => post('héllo').text());
  await showAsync('json', () => post('{"a":[1,2]}').json());
  await showAsync('json invalid', () => post('{x').json().catch((e) => `${e.name}`));
  await showAsync('arrayBuffer', () => post('abc').arrayBuffer());
  await showAsync('bytes', () => post('é').bytes());
  await showAsync('blob', () => post('abc', { headers: { 'content-type': 'Text/Plain;Charset=UTF-8' } }).blob());
  await showAsync('blob from Blob', () => post(new Blob(['abc'], { type: 'x/y' })).blob().then((b) => [b.type, b.size]));
  await showAsync('typed array view', () => post(new Uint8Array([1, 2, 3, 4]).subarray(1, 3)).bytes());
  await showAsync('DataView', () => post(new DataView(new Uint8Array([5, 6, 7]).buffer, 2)).bytes());
  await showAsync('copied at construction', async () => {
    const u8 = new Uint8Array([1, 2]);
    const r = post(u8);
    u8[0] = 9;
    return r.bytes();
  });
  await showAsync('URLSearchParams body', () => post(new URLSearchParams({ a: 'b c', d: 'é&' })).text());
  await showAsync('formData urlencoded', async () => [...await post(new URLSearchParams('a=1&b=2')).formData()]);
  await showAsync('stream body', () => post(new ReadableStream({
    start(c) {
      c.enqueue(new Uint8Array([104, 105]));
      c.close();
    },
  }), { duplex: 'half' }).text());
  await showAsync('used twice', async () => {
    const r = post('x');
    await r.text();
    return [r.bodyUsed, await r.text()];
  });
  await showAsync('null body text', () => new Request(U).text());
  await showAsync('null body bodyUsed', async () => {
    const r = new Request(U);
    await r.arrayBuffer();
    return r.bodyUsed;
  });
  await showAsync('bodyUsed sync after text()', () => {
    const r = post('x');
    const p = r.text();
    return [r.bodyUsed, p instanceof Promise];
  });
  await showAsync('locked body', () => {
    const r = post('x');
    r.body.getReader();
    return r.text();
  });

  // clone
  await showAsync('clone both readable', async () => {
    const r = post('xyz', { headers: { a: '1' } });
    const c = r.clone();
    c.headers.set('a', '2');
    return [await r.text(), await c.text(), r.headers.get('a'), c.headers.get('a'), c.method, c.url];
  });
  await showAsync('clone after body read', async () => {
    const r = post('xyz');
    const s = r.body;
    const c = r.clone();
    return [r.body === s, await r.text(), await c.text()];
  });
  await showAsync('clone used', async () => {
    const r = post('x');
    await r.text();
    return r.clone();
  });
  await showAsync('clone is Request', () => {
    const c = new Request(U).clone();
    return [c instanceof Request, c.body, Object.getPrototypeOf(c) === Request.prototype];
  });

  // Shape
  show('toStringTag', () => Object.prototype.toString.call(new Request(U)));
  show('prototype has', () => ['clone', 'text', 'json', 'arrayBuffer', 'blob', 'formData', 'bytes', 'duplex', 'signal']
    .map((k) => k in Request.prototype));
  show('url descriptor', () => Object.getOwnPropertyDescriptor(Request.prototype, 'url'));
  show('illegal url', () => Request.prototype.url);
  await showAsync('illegal text', () => Request.prototype.text.call({}));
  show('lengths', () => [Request.length, Request.name, Request.prototype.clone.length]);
  console.log(post('hi', { headers: { x: '1' } }));
  console.log(new Request(U, { signal: AbortSignal.abort() }));
};
main();
