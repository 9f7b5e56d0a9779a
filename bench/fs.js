// node:fs workloads from issue 5, run the same under capjs and node:
// `capjs --allow-read=DIR --allow-write=DIR bench/fs.js DIR` and `node bench/fs.js DIR`.
// Prints "<case> <ms>" per case: the best of a few runs. DIR is a scratch folder.
'use strict';
const fs = require('fs');
const path = require('path');

const dir = process.argv[2];
const runs = Number(process.env.RUNS || 3);

function best(name, fn) {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  console.log(`${name.padEnd(30)} ${min.toFixed(2)}`);
}

async function bestAsync(name, fn) {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    min = Math.min(min, performance.now() - t0);
  }
  console.log(`${name.padEnd(30)} ${min.toFixed(2)}`);
}

(async () => {
  const small = path.join(dir, 'small.txt');
  fs.writeFileSync(small, 'x'.repeat(4096));
  best('readFileSync 4KB x100k', () => {
    for (let i = 0; i < 100000; i++) fs.readFileSync(small);
  });

  const big = path.join(dir, 'big.bin');
  if (!fs.existsSync(big) || fs.statSync(big).size !== 100 << 20) {
    const chunk = Buffer.alloc(1 << 20, 7);
    const fd = fs.openSync(big, 'w');
    for (let i = 0; i < 100; i++) fs.writeSync(fd, chunk);
    fs.closeSync(fd);
  }
  await bestAsync('readFile 100MB', () => new Promise((res, rej) =>
    fs.readFile(big, (err, b) => (err ? rej(err) : res(b.length)))));

  const many = path.join(dir, 'many');
  fs.rmSync(many, { recursive: true, force: true });
  fs.mkdirSync(many);
  let round = 0;
  await bestAsync('writeFile 10k small files', async () => {
    round++;
    const jobs = [];
    for (let i = 0; i < 10000; i++) {
      jobs.push(new Promise((res, rej) =>
        fs.writeFile(path.join(many, `f${i}.txt`), `file ${i} round ${round}`, (err) => (err ? rej(err) : res()))));
    }
    await Promise.all(jobs);
  });

  best('readdir 10k entries x10', () => {
    for (let i = 0; i < 10; i++) {
      if (fs.readdirSync(many).length !== 10000) throw new Error('wrong count');
    }
  });
  best('readdir withFileTypes 10k x10', () => {
    for (let i = 0; i < 10; i++) fs.readdirSync(many, { withFileTypes: true });
  });
})();
