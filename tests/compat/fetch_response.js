// Response: constructor checks, error/json/redirect, properties, body kinds and consumption, clone, streams.
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
const props = (r) => [r.status, r.statusText, r.ok, r.type, r.url, r.redirected, r.bodyUsed, r.body === null];

// Constructor
show('defaults', () => props(new Response()));
show('body and init', () => props(new Response('x', { status: 201, statusText: 'Created' })));
show('status string', () => new Response('x', { status: '202' }).status);
show('status wraps like unsigned short', () => new Response('x', { status: 65736 }).status);
show('status 2^32+200', () => new Response('x', { status: 2 ** 32 + 200 }).status);
show('status 199', () => new Response('x', { status: 199 }));
show('status 600', () => new Response('x', { status: 600 }));
show('status -1', () => new Response('x', { status: -1 }));
show('status 1.5', () => new Response('x', { status: 1.5 }));
show('status NaN', () => new Response('x', { status: 'abc' }));
show('status Infinity', () => new Response('x', { status: Infinity }));
show('status 299.9', () => new Response('x', { status: 299.9 }).status);
show('not ok 404', () => [new Response(null, { status: 404 }).ok, new Response(null, { status: 299 }).ok]);
show('null body 204', () => new Response('x', { status: 204 }));
show('null body 304 empty string', () => new Response('', { status: 304 }));
show('null body 205 with null', () => new Response(null, { status: 205 }).status);
show('null body 304 undefined', () => new Response(undefined, { status: 304 }).status);
show('statusText newline', () => new Response('x', { statusText: 'a\nb' }));
show('statusText wide', () => new Response('x', { statusText: '\u0100' }));
show('statusText latin1', () => new Response('x', { statusText: 'OK\t\u00e9' }).statusText);
show('init number', () => new Response('x', 5));
show('init null', () => new Response('x', null).status);
show('headers init', () => [...new Response('x', { headers: [['X-A', '1']] }).headers]);
show('headers init invalid', () => new Response('x', { headers: 5 }));
show('headers bad name', () => new Response('x', { headers: { 'a b': 'c' } }));
show('content-type kept', () => new Response('x', { headers: { 'Content-Type': 'a/b' } }).headers.get('content-type'));

// Content-Type defaults by body kind
show('ct string', () => new Response('x').headers.get('content-type'));
show('ct number', () => new Response(5).headers.get('content-type'));
show('ct Blob', () => new Response(new Blob(['x'], { type: 'x/y' })).headers.get('content-type'));
show('ct Blob untyped', () => new Response(new Blob(['x'])).headers.get('content-type'));
show('ct Uint8Array', () => new Response(new Uint8Array(1)).headers.get('content-type'));
show('ct URLSearchParams', () => new Response(new URLSearchParams('a=b')).headers.get('content-type'));
show('ct FormData', () => new Response(new FormData()).headers.get('content-type').replace(/boundary=.*/, 'boundary=<B>'));
show('ct stream', () => new Response(new ReadableStream()).headers.get('content-type'));
show('ct null', () => new Response(null).headers.get('content-type'));

// Response.error / json / redirect
show('error', () => props(Response.error()));
show('error headers', () => [...Response.error().headers]);
show('json', () => {
  const r = Response.json({ a: 1 }, { status: 201, headers: { 'x-b': '2' } });
  return [r.status, [...r.headers]];
});
show('json keeps content-type', () => Response.json(1, { headers: { 'content-type': 'x/y' } }).headers.get('content-type'));
show('json undefined', () => Response.json(undefined));
show('json function', () => Response.json(() => 1));
show('json no args', () => Response.json());
show('json 204', () => Response.json({}, { status: 204 }));
show('json bad status', () => Response.json({}, { status: 100 }));
show('json init number', () => Response.json({}, 5));
show('redirect default', () => {
  const r = Response.redirect('http://example.com/a b');
  return [...props(r), [...r.headers]];
});
show('redirect 307', () => Response.redirect('http://example.com/', 307).status);
show('redirect status string', () => Response.redirect('http://example.com/', '301').status);
show('redirect URL object', () => Response.redirect(new URL('http://x.test/p#h')).headers.get('location'));
show('redirect bad status', () => Response.redirect('http://example.com/', 200));
show('redirect relative', () => Response.redirect('/x'));
show('redirect no args', () => Response.redirect());
show('statics enumerable', () => Object.keys(Response));

const main = async () => {
  // Consumption
  await showAsync('text', () => new Response('héllo').text());
  await showAsync('text strips BOM', () => new Response('\ufeffhi').text());
  await showAsync('text BOM bytes', () => new Response(new Uint8Array([0xef, 0xbb, 0xbf, 0x68])).text());
  await showAsync('text invalid utf8', () => new Response(new Uint8Array([0xff, 0x68])).text());
  await showAsync('text lone surrogate', () => new Response('a\ud800b').bytes());
  await showAsync('text number body', () => new Response(42).text());
  await showAsync('text object body', () => new Response({}).text());
  await showAsync('json', () => new Response('{"a":[1,{"b":null}]}').json());
  await showAsync('json invalid', () => new Response('{x').json().catch((e) => e.name));
  await showAsync('json empty', () => new Response('').json().catch((e) => e.name));
  await showAsync('Response.json roundtrip', () => Response.json({ x: [1, 'two'] }).json());
  await showAsync('arrayBuffer', () => new Response(new Uint8Array([1, 2, 3]).subarray(1)).arrayBuffer());
  await showAsync('arrayBuffer from ArrayBuffer', () => new Response(new Uint16Array([258]).buffer).arrayBuffer());
  await showAsync('bytes', () => new Response('é').bytes());
  await showAsync('blob', () => new Response('abc').blob());
  await showAsync('blob params', () => new Response('x', { headers: { 'content-type': 'Text/HTML; Charset="utf-8"; a=b' } }).blob());
  await showAsync('blob bad type', () => new Response('x', { headers: { 'content-type': 'nonsense' } }).blob());
  await showAsync('blob combined types', () => new Response('x', { headers: [['content-type', 'text/plain; charset=x'], ['content-type', 'text/plain']] }).blob());
  await showAsync('blob differing types', () => new Response('x', { headers: [['content-type', 'text/plain; charset=x'], ['content-type', 'text/html']] }).blob());
  await showAsync('blob star ignored', () => new Response('x', { headers: [['content-type', 'text/plain'], ['content-type', '*/*']] }).blob());
  await showAsync('blob body', async () => { const b = await new Response(new Blob(['xyz'], { type: 'a/b' })).blob(); return [b.type, b.size, await b.text()]; });
  await showAsync('null body', async () => { const r = new Response(null); return [await r.text(), (await r.arrayBuffer()).byteLength, r.bodyUsed]; });
  await showAsync('null body blob', () => new Response(null).blob());
  await showAsync('error body', () => Response.error().text());
  await showAsync('formData no ct', () => new Response('a=1').formData());
  await showAsync('formData text/plain', () => new Response('a=1', { headers: { 'content-type': 'text/plain' } }).formData());
  await showAsync('formData marks used', async () => {
    const r = new Response('x');
    await r.formData().catch(() => {});
    return r.bodyUsed;
  });
  await showAsync('formData urlencoded', async () => [...await new Response('a=1&b=2+3&c=%zz&d', {
    headers: { 'content-type': 'Application/X-WWW-Form-Urlencoded; charset=x' },
  }).formData()]);

  // Used bodies
  await showAsync('read twice', async () => {
    const r = new Response('x');
    await r.text();
    return [r.bodyUsed, await r.text()];
  });
  await showAsync('locked', () => {
    const r = new Response('x');
    r.body.getReader();
    return r.text();
  });
  await showAsync('locked is not used', () => {
    const r = new Response('x');
    const b = r.body;
    b.getReader();
    return [r.bodyUsed, b.locked];
  });
  await showAsync('partially read', async () => {
    const r = new Response('abc');
    const reader = r.body.getReader();
    const before = r.bodyUsed;
    await reader.read();
    reader.releaseLock();
    return [before, r.bodyUsed, await r.text()];
  });
  await showAsync('cancelled', async () => {
    const r = new Response('abc');
    await r.body.cancel();
    return [r.bodyUsed, await r.text()];
  });
  await showAsync('body after text', async () => {
    const r = new Response('abc');
    await r.text();
    return [r.body.locked, r.bodyUsed];
  });
  await showAsync('used body from stream', async () => {
    const s = new ReadableStream();
    await s.cancel();
    return new Response(s);
  });

  // Streams
  await showAsync('body reader', async () => {
    const reader = new Response('hello').body.getReader();
    return [await reader.read(), await reader.read()];
  });
  await showAsync('blob body reader', async () => {
    const reader = new Response(new Blob(['hi'])).body.getReader();
    return [await reader.read(), await reader.read()];
  });
  await showAsync('byob reader', async () => {
    const reader = new Response(new Uint8Array([1, 2])).body.getReader({ mode: 'byob' });
    return reader.read(new Uint8Array(1));
  });
  await showAsync('empty body stream', async () => (await new Response('').body.getReader().read()).done);
  await showAsync('stream body chunks', () => new Response(new ReadableStream({
    start(c) {
      c.enqueue(new Uint8Array([104, 105]));
      c.enqueue(Buffer.from('!'));
      c.close();
    },
  })).text());
  await showAsync('stream body same object', () => {
    const s = new ReadableStream();
    return new Response(s).body === s;
  });
  await showAsync('string chunk', () => new Response(new ReadableStream({
    start(c) {
      c.enqueue('hi');
      c.close();
    },
  })).text());
  await showAsync('stream error', () => new Response(new ReadableStream({
    start(c) {
      c.error(new RangeError('boom'));
    },
  })).text());
  await showAsync('pull stream', () => {
    let n = 0;
    return new Response(new ReadableStream({
      pull(c) {
        if (n === 3) c.close();
        else c.enqueue(new Uint8Array([48 + n++]));
      },
    })).text();
  });
  await showAsync('async iterable body', () => new Response((async function* gen() {
    yield new Uint8Array([65]);
    yield 'B';
  })()).text());
  await showAsync('async iterable ct', () => new Response((async function* gen() { yield 'x'; })()).headers.get('content-type'));
  await showAsync('sync iterable is a string', () => new Response(new Set([1])).text());

  // clone
  await showAsync('clone', async () => {
    const r = new Response('xyz', { status: 201, statusText: 'C', headers: { a: '1' } });
    const c = r.clone();
    c.headers.set('a', '2');
    return [await r.text(), await c.text(), r.bodyUsed, c.bodyUsed, c.status, c.statusText, r.headers.get('a')];
  });
  await showAsync('clone tees stream', async () => {
    const r = new Response('abc');
    const b = r.body;
    const c = r.clone();
    return [r.body === b, b.locked, await r.text(), await c.text()];
  });
  await showAsync('clone of stream body', async () => {
    const r = new Response(new ReadableStream({
      start(ctl) {
        ctl.enqueue(new Uint8Array([120]));
        ctl.close();
      },
    }));
    const c = r.clone();
    return [await c.text(), await r.text()];
  });
  await showAsync('clone used', async () => {
    const r = new Response('x');
    await r.text();
    return r.clone();
  });
  await showAsync('clone error', () => props(Response.error().clone()));
  await showAsync('clone null body', () => new Response(null).clone().body);

  // Shape
  show('prototype names', () => Object.getOwnPropertyNames(Response.prototype));
  show('own names', () => Object.getOwnPropertyNames(Response).sort());
  show('toStringTag', () => Object.prototype.toString.call(new Response()));
  show('lengths', () => [Response.length, Response.json.length, Response.redirect.length, Response.error.length]);
  show('json descriptor', () => Object.getOwnPropertyDescriptor(Response, 'json'));
  show('illegal status', () => Response.prototype.status);
  show('illegal bodyUsed', () => Object.getOwnPropertyDescriptor(Response.prototype, 'bodyUsed').get.call({}));
  await showAsync('illegal text', () => Response.prototype.text.call({}));
  console.log(new Response('hi'));
  console.log(new Response(null, { status: 204, statusText: 'No' }));
  console.log(Response.error());
  console.log(Response.redirect('http://a.test/', 308));
  console.log(Response.json({ a: 1 }));
  console.log([new Response('')]);
};
main();
