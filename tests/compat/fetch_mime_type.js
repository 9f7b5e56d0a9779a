// fetch's MIME type parsing, seen through Blob.type: parameters, quoting, case, invalid
// types (empty type), and the combined Content-Type header.
const cases = ['text/html; charset="ut\\"f-8"; a=b', 'Text/HTML;Charset=UTF-8;charset=x', 'a/b; x="unterminated', 'a/b;  k = v ; z=', 'a/b; "q"=1', 'bad', '/x', 'a/ b', 'multipart/form-data; boundary="--x,y"'];
(async () => {
  for (const c of cases) {
    const r = new Response('x', { headers: { 'content-type': c } });
    const b = await r.blob();
    console.log(JSON.stringify(c), JSON.stringify(b.type));
  }
  const h = new Headers(); h.append('content-type', 'text/plain; a="1,2"'); h.append('content-type', 'text/html');
  console.log((await new Response('y', { headers: h }).blob()).type);
  console.log(String(new (require('util').MIMEType)('text/plain; a="x\\"y"; b=c')));
})();
