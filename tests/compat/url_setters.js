// WHATWG URL setters, searchParams sync, toJSON/toString, inspection, errors.
const { URL } = require('url');
const util = require('util');

const parts = (u) => JSON.stringify([u.href, u.protocol, u.username, u.password, u.host, u.hostname, u.port,
  u.pathname, u.search, u.hash]);

const setterCases = [
  ['http://a.com/', 'protocol', 'https'],
  ['http://a.com/', 'protocol', 'HTTPS:rest'],
  ['http://a.com/', 'protocol', 'sc'],
  ['sc://a.com/', 'protocol', 'http'],
  ['sc://a.com/', 'protocol', 'other'],
  ['http://a.com:443/', 'protocol', 'https'],
  ['http://u@a.com/', 'protocol', 'file'],
  ['file:///x', 'protocol', 'http'],
  ['http://a.com/', 'protocol', '1bad'],
  ['http://a.com/', 'username', 'us er@:x'],
  ['http://a.com/', 'password', 'p@ss:w/d'],
  ['file:///x', 'username', 'u'],
  ['sc:opaque', 'username', 'u'],
  ['http://a.com/', 'host', 'b.com:8080'],
  ['http://a.com/', 'host', 'b.com:'],
  ['http://a.com/', 'host', ''],
  ['sc://a.com/', 'host', ''],
  ['http://a.com:99/', 'host', 'c.com'],
  ['http://a.com/', 'host', 'b.com/path?x'],
  ['http://a.com/', 'host', '[::1]:80'],
  ['http://a.com/', 'host', 'a b'],
  ['sc:opaque', 'host', 'x'],
  ['http://a.com/', 'hostname', 'b.com:8080'],
  ['http://a.com:9/', 'hostname', 'B.COM'],
  ['http://a.com/', 'hostname', 'xn--/'],
  ['file:///x', 'host', 'localhost'],
  ['file:///x', 'host', 'server'],
  ['http://a.com/', 'port', '8080'],
  ['http://a.com/', 'port', '80'],
  ['http://a.com:8/', 'port', ''],
  ['http://a.com/', 'port', '12ab'],
  ['http://a.com/', 'port', 'ab'],
  ['http://a.com/', 'port', '70000'],
  ['http://a.com/', 'port', 443],
  ['file:///x', 'port', '8'],
  ['http://a.com/', 'pathname', '/x y/é/%41'],
  ['http://a.com/', 'pathname', 'no-slash'],
  ['http://a.com/', 'pathname', '/a/../b/./c'],
  ['http://a.com/', 'pathname', '?#'],
  ['sc://a.com/p', 'pathname', 'x'],
  ['sc:opaque', 'pathname', '/x'],
  ['http://a.com/', 'search', 'a=1&b=2'],
  ['http://a.com/', 'search', '??x'],
  ['http://a.com/?x', 'search', ''],
  ['http://a.com/', 'search', 'q=é "x" #h'],
  ['sc:opaque  ?x', 'search', ''],
  ['http://a.com/', 'hash', 'frag'],
  ['http://a.com/#x', 'hash', ''],
  ['http://a.com/', 'hash', '##x y'],
  ['sc:opaque  #x', 'hash', ''],
  ['http://a.com/', 'href', 'https://b.com/x?y'],
  // Node's (ada's) port handling in the host and port setters
  ['http://h:8/', 'host', 'x:abc'],
  ['http://h:8/', 'host', 'x:a8'],
  ['http://h:8/', 'host', 'x:99999'],
  ['http://h:8/', 'host', 'x:12abc'],
  ['http://h:8/', 'host', 'x:1:2'],
  ['http://h:8/', 'host', 'x: 8'],
  ['http://h:8/', 'host', 'x:?8'],
  ['sc://h:8/', 'host', 'x:\\8'],
  ['http://h:8/', 'host', 'x:80'],
  ['sc://h/p', 'host', ':8'],
  ['sc:/p', 'host', ''],
  ['sc:/p', 'hostname', ''],
  ['sc://h/p', 'hostname', ''],
  ['http://h:8/', 'port', '+8'],
  ['http://h:8/', 'port', '-8'],
  ['http://h:8/', 'port', 'a8'],
  ['http://h:8/', 'port', '.8'],
  ['http://h:8/', 'port', ' 8'],
  ['http://h:8/', 'port', '\u00a08'],
  ['http://h:8/', 'port', '8\t9'],
  ['http://h:8/', 'port', '0x8'],
  ['http://h:8/', 'port', '65536'],
  ['sc://h:8/', 'port', '0'],
];

for (const [href, prop, value] of setterCases) {
  const u = new URL(href);
  u[prop] = value;
  console.log(`${href} .${prop}=${JSON.stringify(value)} ->`, parts(u));
}

try {
  new URL('http://a/').href = 'not a url';
} catch (e) {
  console.log('href setter:', e.name, e.code, e.message, e.input);
}

// searchParams stays in sync both ways
const u = new URL('http://h/p?a=1&b=2');
const sp = u.searchParams;
console.log(sp === u.searchParams, sp.get('a'), sp.size);
sp.append('c', 'x y');
console.log(u.href);
u.search = '?z=9';
console.log(sp.toString(), sp.get('a'), sp.get('z'));
sp.delete('z');
console.log(u.href, JSON.stringify(u.search));
u.href = 'http://other/?k=v';
console.log(sp.get('k'), [...sp].length);
const opaque = new URL('sc:x   ?a=1');
opaque.searchParams.delete('a');
console.log(JSON.stringify(opaque.href), JSON.stringify(opaque.pathname));

// conversions and shape
const v = new URL('https://user:pw@example.com:8443/p/a?q=1#h');
console.log(v.toString(), v.toJSON(), JSON.stringify({ v }), String(v), `${v}`);
console.log(Object.prototype.toString.call(v), Object.keys(v).length, typeof URL.prototype.toJSON);
console.log(Object.keys(URL.prototype).join(','));
console.log(util.inspect(v));
console.log(util.inspect(new URL('sc:x')));
console.log(util.inspect({ nested: { u: new URL('http://x/') } }));
console.log(util.inspect(new URL('http://x/?a=1'), { depth: 0 }));

// errors
for (const args of [[], [undefined], [null], ['http://[x]'], ['rel', 'also-rel'], [{ toString() { return 'http://obj/'; } }]]) {
  try {
    const w = new URL(...args);
    console.log('ok', w.href);
  } catch (e) {
    console.log(e.name, e.code, e.message, 'input' in e ? JSON.stringify(e.input) : '-', 'base' in e ? JSON.stringify(e.base) : '-');
  }
}
try {
  URL.canParse();
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  URL.createObjectURL({});
  console.log('createObjectURL returned');
} catch (e) {
  console.log('createObjectURL throws', e instanceof Error);
}
