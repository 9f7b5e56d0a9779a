// fileURLToPath, pathToFileURL, urlToHttpOptions, domainToASCII/Unicode, module shape.
const url = require('url');
const util = require('util');

for (const input of ['file:///a/b%20c/d', 'file:///%C3%A9t%C3%A9', 'file://localhost/etc/hosts', new url.URL('file:///x/y/'),
  'file:///a%2fb', 'file:///a%2Fb', 'http://x/y', 'file://host/x', 1, null, { href: 'file:///dup', protocol: 'file:', hostname: '', pathname: '/dup' },
  'not a url']) {
  try {
    console.log(JSON.stringify(String(input)), '->', JSON.stringify(url.fileURLToPath(input)));
  } catch (e) {
    console.log(JSON.stringify(String(input)), '->', e.name, e.code, e.message);
  }
}

for (const p of ['/a/b c/d', '/x/', '/a?b#c%d e\\f\n\t\r', '/é/😀', '/', '/a/../b/./c', 'rel/x', './']) {
  const u = url.pathToFileURL(p);
  console.log(JSON.stringify(p), '->', u.href === url.pathToFileURL(p).href, u instanceof url.URL,
    p.startsWith('/') ? u.href : u.href.endsWith(p.replace(/^\.\//, '')));
}
console.log(url.pathToFileURL('rel').href === url.pathToFileURL(`${process.cwd()}/rel`).href);
try {
  url.pathToFileURL(5);
} catch (e) {
  console.log(e.name, e.code, e.message);
}

console.log(util.inspect(url.urlToHttpOptions(new url.URL('http://u%20x:p@[::1]:90/p?q#h'))));
console.log(util.inspect(url.urlToHttpOptions(new url.URL('https://example.com/'))));

for (const d of ['xn--espaol-zwa.com', 'español.com', 'xn--iñvalid.com', 'ABC.com', '中文.com', 'a..b', '', '[::1]',
  '1.2.3.4', '0x7f.1', 'a b', 'xn--ls8h', 'xn--ESPAOL-ZWA.com', 'a\u00adb', 'ＡＢＣ.com', 'a/b', 'a:b', 'a?b', 'faß.de']) {
  console.log(JSON.stringify(d), JSON.stringify(url.domainToASCII(d)), JSON.stringify(url.domainToUnicode(d)));
}
try {
  url.domainToASCII();
} catch (e) {
  console.log(e.name, e.code, e.message);
}

console.log(Object.keys(url).join(','));
console.log(url.URL === require('node:url').URL, typeof url.URLSearchParams, typeof url.Url);
