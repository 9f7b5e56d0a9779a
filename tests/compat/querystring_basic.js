// querystring: parse/decode, stringify/encode, escape, unescape.
const qs = require('querystring');
const util = require('util');

const p = (...a) => console.log(util.inspect(a), util.inspect(qs.parse(...a)));
p('=');
p('&a=1');
p('=x');
p('a');
p('a=');
p('a&&b');
p('a=1&a=2&a=3');
p('a+b=c+d');
p('a=%zz&b=%E9');
p('a=%C3%A9&b=%F0%9F%98%80');
p('a=1;b=2', ';');
p('a:1,b:2', ',', ':');
p('a=1&b=2&c=3', null, null, { maxKeys: 2 });
p('a=1&b=2&c=3', null, null, { maxKeys: 0 });
p('a=%41', null, null, { decodeURIComponent: (s) => s.toLowerCase() });
p('a=%41', null, null, { decodeURIComponent: () => { throw new Error('x'); } });
p('a==b');
p('a=b=c');
p('&&&');
p('');
p(1);
p('a[]=1&a[]=2');
p('aa==bb', '&', '==');
p('a=1&&b=2', '&&');
p('__proto__=1&constructor=2&hasOwnProperty=3');
p('a=%u0041');
p('%=%');
p('a=%');
p('a=%2');
p('a=1&', '&');
p('x=1&y=2', undefined, undefined, { maxKeys: 1 });
p('k=\u4e2d%', null, null);
p('k=%zz%41\u00e9&\u4e2d%2e%21=v');
const tag = { decodeURIComponent: (x) => `<${x}>` };
for (const str of ['a=b', 'a=b+c', 'a+b=c', 'a=%41', 'a=%4', 'a', '=', '=b', '&&a']) p(str, null, null, tag);
console.log(Object.getPrototypeOf(qs.parse('a=1')), qs.decode === qs.parse);

const s = (...a) => console.log(util.inspect(a), JSON.stringify(qs.stringify(...a)));
s({ a: [], b: 1 });
s({ a: [1, 'x y'], b: true, c: null, d: undefined, e: NaN, f: {}, g: 10n, h: Infinity, i: -0, j: false });
s('abc');
s(null);
s({ a: 'é€😀', 'k k': '!\'()*~-_.' });
s({ a: 1, b: 2 }, ';', ':');
s({ a: 'x y' }, null, null, { encodeURIComponent: (x) => x.toUpperCase() });
s({ a: 1 }, '', '');
s({ '': '', ' ': ' ' });
s(Object.assign(Object.create({ inherited: 1 }), { own: 2 }));
console.log(qs.encode === qs.stringify);

console.log(qs.escape('a b&é/?#[]'), qs.escape(12), qs.escape({ toString() { return 'x y'; } }), qs.escape('😀'));
console.log(qs.unescape('a%20b+c'), qs.unescape('a%zz%41'), qs.unescape('a+b%', true), qs.unescape('%E9'), qs.unescape('%C3%A9'));
try {
  qs.escape('\ud800');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log(qs.escape('\ud83ds'), qs.escape('\udc00x'));
console.log(Object.keys(qs).join(','));
const buf = qs.unescapeBuffer('é%41%zz+');
console.log(buf, qs.unescapeBuffer('a+b', true), Buffer.isBuffer(buf), buf.length);
