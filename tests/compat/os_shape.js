// os: shapes and types only (values legitimately differ from the real machine).
const os = require('os');

console.log(os.EOL === '\n', os.devNull, os.platform(), os.type(), os.endianness());
console.log(Object.keys(os).join(','));
for (const name of ['arch', 'availableParallelism', 'cpus', 'endianness', 'freemem', 'homedir', 'hostname', 'loadavg',
  'networkInterfaces', 'platform', 'release', 'tmpdir', 'totalmem', 'type', 'userInfo', 'uptime', 'version', 'machine']) {
  const v = os[name]();
  console.log(name, typeof os[name], Array.isArray(v) ? 'array' : typeof v);
}
const cpus = os.cpus();
console.log(typeof cpus.length, cpus.length >= 1, Object.keys(cpus[0]).join(','), Object.keys(cpus[0].times).join(','),
  typeof cpus[0].model, typeof cpus[0].speed, typeof cpus[0].times.idle);
console.log(Number.isInteger(os.availableParallelism()), os.availableParallelism() >= 1);
console.log(os.totalmem() > 0, os.freemem() > 0, os.freemem() <= os.totalmem(), Number.isFinite(os.uptime()));
const la = os.loadavg();
console.log(la.length, la.every((x) => typeof x === 'number'));
console.log(os.homedir().startsWith('/'), os.tmpdir().startsWith('/'), typeof os.hostname(), os.hostname().length > 0);
const ui = os.userInfo();
console.log(Object.getPrototypeOf(ui), Object.keys(ui).join(','), typeof ui.uid, typeof ui.gid, typeof ui.username,
  typeof ui.homedir);
const ni = os.networkInterfaces();
const lo = ni.lo || [];
console.log(typeof ni, lo.length > 0, lo.length > 0 && Object.keys(lo[0]).join(','), lo.some((i) => i.address === '127.0.0.1' && i.internal));
console.log(os.constants.signals.SIGINT, os.constants.signals.SIGTERM, os.constants.signals.SIGKILL, os.constants.signals.SIGHUP);
console.log(os.constants.errno.ENOENT, os.constants.errno.EACCES, os.constants.errno.EEXIST, os.constants.errno.ECONNREFUSED);
console.log(os.constants.priority.PRIORITY_LOW, os.constants.priority.PRIORITY_HIGHEST, os.constants.UV_UDP_REUSEADDR);
console.log(Object.keys(os.constants).join(','), Object.keys(os.constants.signals).length, Object.keys(os.constants.errno).length);
console.log(os.constants.dlopen.RTLD_NOW, Object.getPrototypeOf(os.constants), Object.getPrototypeOf(os.constants.signals));
const d = Object.getOwnPropertyDescriptor(os, 'constants');
console.log(d.writable, d.enumerable, d.configurable);
const e = Object.getOwnPropertyDescriptor(os, 'EOL');
console.log(e.writable, e.enumerable, e.configurable);
console.log(`${os.platform}`, `${os.endianness}`, typeof `${os.hostname}`, `${os.type}`);
console.log(os.arch() === process.arch, os.platform() === process.platform, typeof os.machine());
console.log(os === require('node:os'));
const bu = os.userInfo({ encoding: 'buffer' });
console.log(Buffer.isBuffer(bu.username), Buffer.isBuffer(bu.homedir), typeof bu.uid);
