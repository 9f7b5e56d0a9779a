// Legacy url.parse / url.format / url.resolve.
const url = require('url');
const util = require('util');

const fields = ['protocol', 'slashes', 'auth', 'host', 'port', 'hostname', 'hash', 'search', 'query', 'pathname', 'path', 'href'];
const shape = (u) => JSON.stringify(fields.map((f) => u[f]));

const inputs = [
  'http://user:pass@host.com:8080/p/a/t/h?query=string#hash',
  'HTTP://X.COM/Y',
  'http://a.com',
  'http://a.com?',
  'http://a.com/p?',
  '/a/b?x=1&y=2',
  '/a/b',
  '//a/b',
  'a.com/path',
  '?q=1',
  '#frag',
  '',
  '   http://a.com/ x   ',
  'http://a.com\\b\\c?d\\e',
  'http://a b/',
  'http://a%b/',
  'http://a<b/',
  'http://a;b/',
  'http://a.com:8080x/',
  'http://a:8:9/',
  'http://:80/',
  'http://@a/',
  'http://a@/',
  'http://a@b@c/d',
  'http://%41@x/',
  'http://[::1]:80/x',
  'http://[::FFFF:1.2.3.4]/',
  'http://a_b.com',
  'http://a!b$c&d(e)*f+g,h=i~j/',
  'http://Ä.com/',
  'http://例子.测试/x',
  'http://a。b/',
  'http://x.com/a"b<c>d e`f{g|h}i^j\'k',
  'mailto:a@b.com',
  'mailto:someone@example.com?subject=hi',
  'javascript:alert(1) x',
  'file:///etc/passwd',
  'file://host/x',
  'file:/x',
  'http:/a.com',
  'http:a.com',
  'x:',
  'HTTP:',
  'git+ssh://git@github.com:foo/bar.git',
  'ws://x:1',
  'sc://A.B/C',
  'http://a.com/p#h?not-query',
  'http://a.com/p?q=1#h?x',
];

for (const s of inputs) {
  for (const [pq, sdh] of [[false, false], [true, false], [false, true]]) {
    try {
      const u = url.parse(s, pq, sdh);
      const q = u.query !== null && typeof u.query === 'object' ? `{${Object.entries(u.query).join(';')}}` : '';
      console.log(JSON.stringify(s), pq, sdh, shape(u), q);
    } catch (e) {
      console.log(JSON.stringify(s), pq, sdh, 'THROWS', e.name, e.code, e.message);
    }
  }
}

for (const bad of ['http://a[b/', 'http://xn--/', 'http://a\u3000b/']) {
  try {
    url.parse(bad);
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.code, e.message, JSON.stringify(e.input));
  }
}
try {
  url.parse(1);
} catch (e) {
  console.log(e.name, e.code, e.message);
}

console.log(util.inspect(url.parse('http://x/?a=1', true)));
console.log(url.parse('http://x') instanceof url.Url, util.inspect(new url.Url()));

// format
const objects = [
  { protocol: 'http', host: 'a.com', pathname: '/x' },
  { protocol: 'https:', hostname: 'a.com', port: 8080, pathname: 'x', search: 'q=1', hash: 'h' },
  { protocol: 'http', hostname: '::1', port: 8, pathname: 'a#b?c', search: 'x#y', hash: '#h' },
  { auth: 'a:b@c d$&+,;=!\'()*~é', host: 'x' },
  { protocol: 'file', pathname: '/x' },
  { protocol: 'mailto', pathname: 'a@b' },
  { protocol: 'mailto:', auth: 'a', host: 'b.com' },
  { query: { a: [1, 2], b: 'c d' } },
  { pathname: '/p', query: { x: '1' }, search: '?y=2' },
  { slashes: true, host: 'h', pathname: 'p' },
  { protocol: 'ftp', host: 'h' },
  { protocol: 'custom', host: 'h', pathname: 'p' },
  {},
];
for (const o of objects) console.log(JSON.stringify(o), '->', url.format(o));
console.log(url.format('http://a.com/x?y#z'), url.format(url.parse('//h/p', false, true)));
const w = new url.URL('http://u:p@ÄB.com/x?y#z');
console.log(url.format(w), url.format(w, { auth: false, search: false, fragment: false, unicode: true }), url.format(w, { unicode: true }));
for (const bad of [[1], [null], [w, 1]]) {
  try {
    url.format(...bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

// resolve
const pairs = [
  ['/one/two/three', 'four'],
  ['http://example.com/', '/one'],
  ['http://example.com/one', '/two'],
  ['http://a/b/c/d;p?q', 'g'],
  ['http://a/b/c/d;p?q', './g'],
  ['http://a/b/c/d;p?q', 'g/'],
  ['http://a/b/c/d;p?q', '/g'],
  ['http://a/b/c/d;p?q', '//g'],
  ['http://a/b/c/d;p?q', '?y'],
  ['http://a/b/c/d;p?q', 'g?y'],
  ['http://a/b/c/d;p?q', '#s'],
  ['http://a/b/c/d;p?q', 'g#s'],
  ['http://a/b/c/d;p?q', '.'],
  ['http://a/b/c/d;p?q', './'],
  ['http://a/b/c/d;p?q', '..'],
  ['http://a/b/c/d;p?q', '../'],
  ['http://a/b/c/d;p?q', '../g'],
  ['http://a/b/c/d;p?q', '../..'],
  ['http://a/b/c/d;p?q', '../../../g'],
  ['http://a/b/c/d;p?q', 'g.'],
  ['http://a/b/c/d;p?q', './../g'],
  ['http://a/b/c/d;p?q', 'g;x=1/../y'],
  ['http://a/b/c/d;p?q', ''],
  ['http://a/b/c/d;p?q', 'https://other/x'],
  ['http://a/b/c', 'https:foo/bar'],
  ['http://a/b/c', 'https:foo'],
  ['http://u:p@a/b', '//c/d'],
  ['http://u:p@a/b', '/d'],
  ['mailto:a@b', 'c@d'],
  ['mailto:local1@domain1', 'local2@domain2'],
  ['foo/bar', '../baz'],
  ['foo', '../../baz'],
  ['/foo/bar/', '..'],
  ['http://x.com', 'y'],
  ['file:///a/b', 'c'],
  ['http://x/a/b', 'javascript:alert(1)'],
];
for (const [from, to] of pairs) console.log(JSON.stringify(from), JSON.stringify(to), '->', JSON.stringify(url.resolve(from, to)));
const ro = url.resolveObject('http://a/b/c', '../d?x=1');
console.log(ro instanceof url.Url, ro.href, ro.pathname, ro.search, ro.path);
