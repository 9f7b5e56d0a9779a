// URLSearchParams: constructors, methods, iteration, sort, size, encoding, errors.
const { URLSearchParams } = require('url');
const util = require('util');

const show = (p) => console.log(JSON.stringify([...p]), JSON.stringify(p.toString()), p.size);

show(new URLSearchParams());
show(new URLSearchParams(''));
show(new URLSearchParams('?a=1&b=2&a=3'));
show(new URLSearchParams('??a=1'));
show(new URLSearchParams('a=b=c&&=x&y=&z'));
show(new URLSearchParams('a+b=c+d&e%20f=%zz&g=%C3%A9&h=%E9'));
show(new URLSearchParams({ a: '1', b: 2, c: [3, 4], d: null }));
show(new URLSearchParams([['x', '1'], ['y', '2'], ['x', '3']]));
show(new URLSearchParams(new Map([['m', 'n']])));
show(new URLSearchParams(new URLSearchParams('copy=yes')));
show(new URLSearchParams(null));
show(new URLSearchParams(12));
show(new URLSearchParams([new Set(['s', 't'])]));
show(new URLSearchParams({ '\ud800': '\udc00' }));
show(new URLSearchParams('k=%zz%41\u00e9&\u4e2d%2e%=v&x=\u4e2d%&y=%E4%B8%AD'));

for (const bad of [[[1]], [1], [['a', 'b', 'c']], { [Symbol.iterator]: 1 }]) {
  try {
    new URLSearchParams(bad);
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

const p = new URLSearchParams('b=2&a=1&c=3&a=4');
console.log(p.get('a'), p.get('zz'), JSON.stringify(p.getAll('a')), p.has('a'), p.has('a', '4'), p.has('a', '5'));
p.append('d', 'x y+z&');
p.set('a', 'only');
console.log(p.toString());
p.delete('b');
p.delete('d', 'nope');
console.log(p.toString());
p.delete('d', 'x y+z&');
console.log(p.toString());
p.set('new', 'v');
console.log(p.toString(), p.size);

const s = new URLSearchParams('z=1&b=2&a=3&b=1&\u00e9=4&A=5&a=0');
s.sort();
console.log(s.toString());

const enc = new URLSearchParams();
enc.append('k', ' !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~');
enc.append('uni', 'é€😀');
console.log(enc.toString());

const it = new URLSearchParams('a=1&b=2&c=3');
console.log(JSON.stringify([...it.keys()]), JSON.stringify([...it.values()]), JSON.stringify([...it.entries()]));
const ki = it.keys();
console.log(JSON.stringify(ki.next()), Object.prototype.toString.call(ki), typeof ki[Symbol.iterator]);
console.log(util.inspect(ki));
console.log(util.inspect(it.entries()));
const seen = [];
it.forEach(function (value, key, obj) {
  seen.push(`${key}=${value}:${obj === it}:${this.tag}`);
}, { tag: 'T' });
console.log(seen.join(' '));
for (const [k, v] of it) process.stdout.write(`${k}${v};`);
console.log();

console.log(util.inspect(new URLSearchParams('a=1&b=two')));
console.log(util.inspect(new URLSearchParams()));
console.log(util.inspect(new URLSearchParams({ aaaaaaaaaaaaaaaaaa: 'bbbbbbbbbbbbbbbbbbbbbbbbb', ccccccccccccccccc: 'ddddddddddddddddddddddd' })));
console.log(Object.prototype.toString.call(it), Object.keys(URLSearchParams.prototype).join(','));

for (const fn of [
  () => it.append('a'),
  () => it.get(),
  () => it.set('x'),
  () => it.forEach(),
  () => URLSearchParams.prototype.get.call({}, 'a'),
  () => URLSearchParams.prototype.toString.call(1),
]) {
  try {
    fn();
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

const q = new URLSearchParams('a=1');
const done = q.keys();
done.next();
console.log(util.inspect(new URLSearchParams().keys()), util.inspect(q.keys()), util.inspect(done), JSON.stringify(done.next()));
console.log(util.inspect({ x: { y: q.entries() } }, { depth: 0 }), util.inspect({ x: q }, { depth: 0 }));
class MyParams extends URLSearchParams {}
console.log(util.inspect(new MyParams('k=v')), new MyParams('k=v') instanceof URLSearchParams);
