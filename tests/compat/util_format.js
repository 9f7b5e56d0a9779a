'use strict';
// util.format / util.formatWithOptions: every placeholder, extra arguments, non-string first argument.
const util = require('util');

let n = 0;
function show(...args) {
  n++;
  let out;
  try {
    out = util.format(...args);
  } catch (err) {
    out = `THROWS ${err.name}`;
  }
  console.log(`${n}: ${JSON.stringify(out)}`);
}

class WithToString { toString() { return 'from toString'; } }
class Plain { constructor() { this.a = 1; } }
const circular = { name: 'c' };
circular.self = circular;

show();
show('no placeholders');
show('%s');
show('%s', 'str');
show('%s', 42);
show('%s', -0);
show('%s', 12n);
show('%s', Symbol('sym'));
show('%s', null, undefined);
show('%s', { a: { b: { c: 1 } } });
show('%s', [1, [2, [3]]]);
show('%s', new WithToString());
show('%s', new Plain());
show('%s', new Date(0));
show('%s', /re/g);
show('%s', Object.create(null));
show('%s', new Map([['k', 'v']]));
show('%s', new Set([1, 2]));
show('%s', { toString() { return 'own toString'; } });
show('%s %s', 'only one');
show('%s', 'a', 'b', 3, { c: 4 });
show('%d', 42);
show('%d', '42');
show('%d', 1.5);
show('%d', -0);
show('%d', {});
show('%d', 10n);
show('%d', Symbol('x'));
show('%d', '');
show('%d', null);
show('%i', 42.9);
show('%i', '42.9abc');
show('%i', -0.5);
show('%i', 7n);
show('%i', 'abc');
show('%f', '3.25xyz');
show('%f', -0);
show('%f', 'abc');
show('%f', Symbol('f'));
show('%j', { a: [1, 'x', null] });
show('%j', circular);
show('%j', undefined);
show('%j', 'string');
show('%j', { toJSON() { return 'custom json'; } });
show('%j', { big: 1n });
show('%o', { a: [1, 2], b: { c: { d: { e: { f: 1 } } } } });
show('%o', 'str');
show('%O', { a: { b: { c: { d: 1 } } } });
show('%O', 'str');
show('%c', 'color: red');
show('a%cb', 'css', 'extra');
show('%%');
show('%%', 1);
show('%% %s', 'x');
show('100%');
show('100%', 1);
show('%x', 1);
show('%', 1);
show('%s%', 1);
show('a%sb%sc', 1, 2);
show('%s:%s', 'a');
show('%d%d', 1);
show('%s %d %i %f %j %O', 's', 1, 2.5, 3.5, [1], { o: 1 });
show(1, 2, 3);
show({ a: 1 }, 'str', 2);
show(null, undefined, true);
show('x', { a: 1 }, [2], 'y\nz');
show(Symbol('first'), 'b');
show('%s', 'x'.repeat(100));
show('%s', { long: 'x'.repeat(100) });
show('%O', { arr: Array.from({ length: 30 }, (_, i) => i) });

console.log(util.formatWithOptions({ colors: true }, '%O and %s', { a: 1, s: 'str' }, 'plain'));
console.log(util.formatWithOptions({ compact: false }, 'obj', { a: [1, 2] }));
console.log(util.formatWithOptions({ breakLength: 20 }, { alpha: 'aaaa', beta: 'bbbb', gamma: 'cccc' }));
console.log(util.formatWithOptions({ depth: 0 }, '%O', { a: { b: 1 } }));
try {
  util.formatWithOptions(null, 'x');
} catch (err) {
  console.log(err.code, err.message);
}
