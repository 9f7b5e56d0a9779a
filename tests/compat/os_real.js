// capjs-flags: --allow-sys
// With --allow-sys, node:os gives the host's real facts, the same ones node sees.
const os = require('os');
console.log('hostname', os.hostname());
console.log('release', os.release());
console.log('version', os.version());
console.log('machine', os.machine());
console.log('totalmem', os.totalmem());
console.log('freemem', typeof os.freemem(), os.freemem() > 0, os.freemem() <= os.totalmem());
console.log('cpus', os.cpus().length, os.cpus()[0].model, Object.keys(os.cpus()[0].times).join(','));
console.log('parallelism', os.availableParallelism() === os.cpus().length);
console.log('loadavg', os.loadavg().length, os.loadavg().every((x) => typeof x === 'number'));
console.log('uptime', os.uptime() > 0);
console.log('tmpdir', os.tmpdir());
console.log('homedir', os.homedir());
