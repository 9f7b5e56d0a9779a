// CPU kernels for bench/js-cpu: object-heavy, string-heavy, numeric. Prints one line per
// kernel: "<name> <ms>". Runs unchanged in capjs, node and native QuickJS (print/console).
const out = typeof console !== 'undefined' ? (s) => console.log(s) : (s) => print(s);
const now = typeof performance !== 'undefined' ? () => performance.now() : () => Date.now();

function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

const kernels = {
  fib27: () => fib(27),
  objectsSort: () => {
    const a = [];
    for (let i = 0; i < 300000; i++) a.push({ id: i, key: (i * 7919) % 300007, name: 'n' + i });
    a.sort((x, y) => x.key - y.key);
    return a[0].id;
  },
  strings: () => {
    let s = '';
    for (let i = 0; i < 100000; i++) s += String.fromCharCode(97 + (i % 26));
    return s.split('a').join('-').length;
  },
  json: () => {
    const o = [];
    for (let i = 0; i < 50000; i++) o.push({ i, s: 'str' + i, a: [i, i + 1], n: { x: i / 2 } });
    return JSON.parse(JSON.stringify(o)).length;
  },
  map200k: () => {
    const m = new Map();
    for (let i = 0; i < 200000; i++) m.set('k' + i, i);
    let t = 0;
    for (let i = 0; i < 200000; i++) t += m.get('k' + i);
    return t;
  },
};

let total = 0;
for (const [name, fn] of Object.entries(kernels)) {
  fn();
  const t0 = now();
  fn();
  const ms = now() - t0;
  total += ms;
  out(`${name} ${ms.toFixed(2)}`);
}
out(`total ${total.toFixed(2)}`);
