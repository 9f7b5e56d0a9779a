// FormData: entries, Files and filenames, iteration, errors, multipart encoding and parsing, urlencoded.
const util = require('util');
const { File } = require('buffer');
const fmt = (v) => (typeof v === 'string' ? JSON.stringify(v) : util.inspect(v));
const fmtErr = (e) => `throws ${e.name}: ${JSON.stringify(e.message)}${e.code ? ` ${e.code}` : ''}`;
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
// A value as data: strings as they are, Files as [class, name, type, size].
const describe = (v) => (typeof v === 'string' ? v : [v.constructor.name, v.name, v.type, v.size]);
const list = (fd) => [...fd].map(([k, v]) => [k, describe(v)]);

// append / get / getAll / has / delete / set
const fd = new FormData();
fd.append('a', '1');
fd.append('a', 2);
fd.append('b', new Blob(['xy'], { type: 'text/x' }));
fd.append('c', new Blob(['z']), 'n.txt');
const file = new File(['q'], 'f.bin', { type: 'a/b', lastModified: 5 });
fd.append('d', file);
fd.append('e', file, 'renamed');
show('entries', () => list(fd));
show('get first', () => fd.get('a'));
show('get missing', () => fd.get('zz'));
show('getAll', () => fd.getAll('a'));
show('getAll missing', () => fd.getAll('zz'));
show('has', () => [fd.has('a'), fd.has('zz')]);
show('Blob becomes File', () => [fd.get('b') instanceof File, fd.get('b').name, fd.get('b').type]);
show('File kept as is', () => fd.get('d') === file);
show('renamed File is new', () => [fd.get('e') === file, fd.get('e').name, fd.get('e').lastModified, fd.get('e').type]);
show('Blob with filename', () => [fd.get('c').name, fd.get('c').type]);
show('Blob and filename undefined', () => { const x = new FormData(); x.append('f', new Blob(['1']), undefined); return x.get('f').name; });
show('File contents', () => fd.get('c').size);
fd.set('a', 'only');
show('set replaces first, removes rest', () => list(fd).map(([k]) => k));
show('set value', () => fd.getAll('a'));
fd.set('new', 'v');
show('set appends when missing', () => [...fd.keys()]);
fd.delete('a');
show('delete', () => [fd.has('a'), [...fd.keys()]]);
show('set with File', () => { const x = new FormData(); x.set('f', new Blob(['ab']), 'x.txt'); return describe(x.get('f')); });

// Conversions
show('name coerced', () => { const x = new FormData(); x.append(1, true); return [...x]; });
show('lone surrogate replaced', () => { const x = new FormData(); x.append('a\ud800', 'b\udc00'); return [...x].map(([k, v]) => [k.charCodeAt(1), v.charCodeAt(1)]); });
show('newlines kept in entries', () => { const x = new FormData(); x.append('x\r\ny', 'a\nb'); return [...x]; });
show('object value', () => { const x = new FormData(); x.append('o', { toString: () => 'str' }); return x.get('o'); });

// Errors
show('append 1 arg', () => new FormData().append('x'));
show('append 0 args', () => new FormData().append());
show('set 1 arg', () => new FormData().set('x'));
show('filename with string', () => new FormData().append('x', 'v', 'n'));
show('filename with object', () => new FormData().append('x', {}, 'n'));
show('set filename with string', () => new FormData().set('x', 'v', 'n'));
show('get 0 args', () => new FormData().get());
show('getAll 0 args', () => new FormData().getAll());
show('has 0 args', () => new FormData().has());
show('delete 0 args', () => new FormData().delete());
show('forEach 0 args', () => new FormData().forEach());
show('forEach not function', () => new FormData().forEach('x'));
show('symbol name', () => new FormData().append(Symbol('s'), 'v'));
show('constructor argument', () => new FormData(1));
show('constructor null', () => new FormData(null));
show('constructor object', () => new FormData({}));
show('constructor undefined', () => [...new FormData(undefined)]);
show('illegal get', () => FormData.prototype.get.call({}, 'a'));
show('illegal append', () => FormData.prototype.append.call(new Headers(), 'a', 'b'));

// Iteration
const it = new FormData();
it.append('k1', 'v1');
it.append('k2', 'v2');
show('keys', () => [...it.keys()]);
show('values', () => [...it.values()]);
show('entries()', () => [...it.entries()]);
show('iterator tag', () => [String(it.entries()), Object.prototype.toString.call(it.keys())]);
show('Symbol.iterator is entries', () => FormData.prototype[Symbol.iterator] === FormData.prototype.entries);
show('live iterator', () => {
  const x = new FormData();
  x.append('a', '1');
  const i = x.values();
  const first = i.next().value;
  x.append('b', '2');
  return [first, i.next(), i.next()];
});
show('iterator next bad this', () => it.keys().next.call({}));
show('forEach', () => {
  const out = [];
  it.forEach(function (v, k, self) { out.push([v, k, self === it, String(this)]); }, 'T');
  return out;
});

// Shape and inspection
show('toStringTag', () => [String(new FormData()), Object.prototype.toString.call(new FormData())]);
show('prototype names', () => Object.getOwnPropertyNames(FormData.prototype));
show('lengths', () => [FormData.length, FormData.prototype.append.length, FormData.prototype.set.length, FormData.prototype.get.length]);
console.log(new FormData());
const shown = new FormData();
shown.append('a', '1');
shown.append('b', new File(['xy'], 'b.txt', { type: 'text/x', lastModified: 42 }));
shown.append('a', '2');
shown.append('a', '3');
console.log(shown);

const boundaryOf = (r) => r.headers.get('content-type').split('boundary=')[1];
const encode = async (form) => {
  const r = new Response(form);
  const boundary = boundaryOf(r);
  const text = await r.text();
  return [boundary.length, /^----formdata-undici-0\d{11}$/.test(boundary), text.split(boundary).join('<B>')];
};
const multipart = (body, boundary = 'xx') => new Response(body, {
  headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
});

const main = async () => {
  // Encoding as multipart/form-data
  await showAsync('encode empty', () => encode(new FormData()));
  await showAsync('encode mixed', () => {
    const x = new FormData();
    x.append('a', '1');
    x.append('b', new Blob(['xy'], { type: 'text/x' }));
    x.append('c', new Blob(['z']), 'n.txt');
    x.append('d', new File(['q'], 'f.bin', { type: 'a/b' }), 'renamed');
    return encode(x);
  });
  await showAsync('encode escapes', () => {
    const x = new FormData();
    x.append('x\r\ny"z\n', 'a\nb\r\nc\rd');
    x.append('f', new Blob(['1']), 'q"\n\r.txt');
    return encode(x);
  });
  await showAsync('encode utf-8', () => {
    const x = new FormData();
    x.append('é', 'ñ€');
    return encode(x);
  });
  await showAsync('encode empty filename', () => {
    const x = new FormData();
    x.append('f', new Blob(['1']), '');
    return encode(x);
  });
  await showAsync('boundaries differ', () => boundaryOf(new Response(new FormData())) !== boundaryOf(new Response(new FormData())));
  await showAsync('request body', async () => {
    const x = new FormData();
    x.append('k', 'v');
    const r = new Request('http://a.test/', { method: 'POST', body: x });
    const text = await r.text();
    return text.split(boundaryOf(r)).join('<B>');
  });

  // Round trip and parsing
  await showAsync('roundtrip', async () => {
    const x = new FormData();
    x.append('a', 'v1');
    x.append('a', 'line\nbreak');
    x.append('f', new File(['file body'], 'a.txt', { type: 'text/plain' }));
    x.append('g', new Blob([new Uint8Array([0, 255, 13, 10])]), 'bin');
    x.append('h', new Blob(['no type']), 'h.dat');
    const back = await new Response(x).formData();
    const out = [];
    for (const [k, v] of back) out.push([k, typeof v === 'string' ? v : [...describe(v), new Uint8Array(await v.arrayBuffer()).join(',')]]);
    return out;
  });
  const part = (headers, body) => `--xx\r\n${headers.join('\r\n')}\r\n\r\n${body}\r\n`;
  await showAsync('parse simple', async () => list(await multipart(
    `${part(['Content-Disposition: form-data; name="a"'], 'val')}${part(['Content-Disposition: form-data; name="f"; filename="a.txt"', 'Content-Type: text/plain'], 'file content')}--xx--\r\n`,
  ).formData()));
  await showAsync('parse file without type', async () => list(await multipart(
    `${part(['Content-Disposition: form-data; name="f"; filename="a.txt"'], 'hi')}--xx--`).formData()));
  await showAsync('parse no name', () => multipart(`${part(['Content-Disposition: form-data'], 'hi')}--xx--`).formData());
  await showAsync('parse empty', async () => list(await multipart('--xx--').formData()));
  await showAsync('parse preamble', () => multipart(`preamble\r\n${part(['Content-Disposition: form-data; name="a"'], 'hi')}--xx--`).formData());
  await showAsync('parse leading CRLF', async () => list(await multipart(`\r\n${part(['Content-Disposition: form-data; name="a"'], 'hi')}--xx--\r\n`).formData()));
  await showAsync('parse quoted boundary', async () => list(await new Response('--a b\r\nContent-Disposition: form-data; name="a"\r\n\r\nhi\r\n--a b--', {
    headers: { 'content-type': 'multipart/form-data; boundary="a b"' },
  }).formData()));
  await showAsync('parse escaped names', async () => list(await multipart(
    `${part(['Content-Disposition: form-data; name="a%22b"; filename="x%0Ay"'], 'hi')}--xx--`).formData()));
  await showAsync('parse unquoted name', () => multipart(`${part(['Content-Disposition: form-data; name=a'], 'hi')}--xx--`).formData());
  await showAsync('parse other headers', async () => list(await multipart(
    `${part(['X-Foo: bar', 'content-disposition: form-data; name="a"', 'Content-Type: text/x'], 'hi')}--xx--`).formData()));
  await showAsync('parse missing end', () => multipart(part(['Content-Disposition: form-data; name="a"'], 'hi')).formData());
  await showAsync('parse unterminated', () => multipart(`${part(['Content-Disposition: form-data; name="a"'], 'hi')}--xx`).formData());
  await showAsync('parse base64', async () => list(await multipart(
    `${part(['Content-Disposition: form-data; name="a"', 'Content-Transfer-Encoding: base64'], 'aGk=')}--xx--`).formData()));
  await showAsync('parse utf-8', async () => list(await multipart(`${part(['Content-Disposition: form-data; name="é"'], 'ñ')}--xx--`).formData()));
  await showAsync('parse filename*', () => multipart(
    `${part(["Content-Disposition: form-data; name=\"a\"; filename*=utf-8''x.txt"], 'hi')}--xx--`).formData());
  await showAsync('parse empty filename', async () => list(await multipart(
    `${part(['Content-Disposition: form-data; name="a"; filename=""'], 'hi')}--xx--`).formData()));
  await showAsync('parse empty value', async () => list(await multipart(`${part(['Content-Disposition: form-data; name="a"'], '')}--xx--`).formData()));
  await showAsync('parse LF only', () => multipart('--xx\nContent-Disposition: form-data; name="a"\n\nhi\n--xx--').formData());
  await showAsync('parse no boundary', () => new Response('--xx--', { headers: { 'content-type': 'multipart/form-data' } }).formData());
  await showAsync('parse null body', () => new Response(null, { headers: { 'content-type': 'multipart/form-data; boundary=x' } }).formData());
  await showAsync('parse garbage', () => multipart('garbage').formData());
  await showAsync('parsed File class', async () => {
    const v = (await multipart(`${part(['Content-Disposition: form-data; name="f"; filename="z"'], 'ab')}--xx--`).formData()).get('f');
    return [v instanceof File, v instanceof Blob, await v.text()];
  });

  // application/x-www-form-urlencoded
  await showAsync('urlencoded', async () => list(await new Response(new URLSearchParams([['a', '1'], ['b', ' x+&']])).formData()));
  await showAsync('urlencoded null body', async () => list(await new Response(null, {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  }).formData()));
  await showAsync('urlencoded from Request', async () => list(await new Request('http://a.test/', {
    method: 'POST', body: 'x=%E2%82%AC&y', headers: { 'content-type': 'application/x-www-form-urlencoded' },
  }).formData()));
};
main();
