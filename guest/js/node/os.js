'use strict';
// node:os: the host's real facts under `--allow-sys` (checked in the host), and fixed,
// harmless answers otherwise, so an ungranted sandbox reveals nothing about the host.

const { notImplemented } = require('internal/errors');

let facts;
// The host's facts, or null when the grant is missing (asked once per sandbox).
function real() {
  if (facts === undefined) {
    try {
      facts = require('internal/natives').sysInfo();
    } catch (err) {
      if (err.code !== 'ERR_ACCESS_DENIED') throw err;
      facts = null;
    }
  }
  return facts;
}

const HOMEDIR = '/home/user';
const TMPDIR = '/tmp';
const TOTALMEM = 2 * 1024 * 1024 * 1024;
const FREEMEM = 1024 * 1024 * 1024;

function nullProto(obj) {
  return Object.assign(Object.create(null), obj);
}

const signals = nullProto({
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7, SIGFPE: 8,
  SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15, SIGCHLD: 17,
  SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24,
  SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28, SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
});

// Linux errno numbers.
const errno = nullProto({
  E2BIG: 7, EACCES: 13, EADDRINUSE: 98, EADDRNOTAVAIL: 99, EAFNOSUPPORT: 97, EAGAIN: 11, EALREADY: 114,
  EBADF: 9, EBADMSG: 74, EBUSY: 16, ECANCELED: 125, ECHILD: 10, ECONNABORTED: 103, ECONNREFUSED: 111,
  ECONNRESET: 104, EDEADLK: 35, EDESTADDRREQ: 89, EDOM: 33, EDQUOT: 122, EEXIST: 17, EFAULT: 14, EFBIG: 27,
  EHOSTUNREACH: 113, EIDRM: 43, EILSEQ: 84, EINPROGRESS: 115, EINTR: 4, EINVAL: 22, EIO: 5, EISCONN: 106,
  EISDIR: 21, ELOOP: 40, EMFILE: 24, EMLINK: 31, EMSGSIZE: 90, EMULTIHOP: 72, ENAMETOOLONG: 36,
  ENETDOWN: 100, ENETRESET: 102, ENETUNREACH: 101, ENFILE: 23, ENOBUFS: 105, ENODATA: 61, ENODEV: 19,
  ENOENT: 2, ENOEXEC: 8, ENOLCK: 37, ENOLINK: 67, ENOMEM: 12, ENOMSG: 42, ENOPROTOOPT: 92, ENOSPC: 28,
  ENOSR: 63, ENOSTR: 60, ENOSYS: 38, ENOTCONN: 107, ENOTDIR: 20, ENOTEMPTY: 39, ENOTSOCK: 88, ENOTSUP: 95,
  ENOTTY: 25, ENXIO: 6, EOPNOTSUPP: 95, EOVERFLOW: 75, EPERM: 1, EPIPE: 32, EPROTO: 71, EPROTONOSUPPORT: 93,
  EPROTOTYPE: 91, ERANGE: 34, EROFS: 30, ESPIPE: 29, ESRCH: 3, ESTALE: 116, ETIME: 62, ETIMEDOUT: 110,
  ETXTBSY: 26, EWOULDBLOCK: 11, EXDEV: 18,
});

const priority = nullProto({
  PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0, PRIORITY_ABOVE_NORMAL: -7,
  PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20,
});

const dlopen = nullProto({ RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8 });

const constants = nullProto({ UV_UDP_REUSEADDR: 4, dlopen, errno, signals, priority });

function proc() {
  return globalThis.process;
}

function arch() {
  const p = proc();
  return (p && p.arch) || 'wasm32';
}

function platform() {
  const p = proc();
  return (p && p.platform) || 'linux';
}

function availableParallelism() {
  return real() ? Math.max(1, real().cpus.length) : 1;
}

// One generic CPU: the sandbox runs JS on a single thread.
function cpus() {
  if (real()) return real().cpus.map((c) => ({ model: c.model, speed: c.speed, times: { ...c.times } }));
  return [{ model: 'capjs virtual CPU', speed: 0, times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 } }];
}

function endianness() {
  return 'LE';
}

function freemem() {
  return real() ? real().freemem : FREEMEM;
}

function totalmem() {
  return real() ? real().totalmem : TOTALMEM;
}

function homedir() {
  return real() ? real().homedir : HOMEDIR;
}

function tmpdir() {
  if (!real()) return TMPDIR;
  const t = real().tmpdir;
  return t.length > 1 && t.endsWith('/') ? t.slice(0, -1) : t;
}

function hostname() {
  return real() ? real().hostname : 'localhost';
}

function loadavg() {
  return real() ? real().loadavg.slice() : [0, 0, 0];
}

function networkInterfaces() {
  return {
    lo: [
      { address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal: true, cidr: '127.0.0.1/8' },
      {
        address: '::1', netmask: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', family: 'IPv6', mac: '00:00:00:00:00:00',
        internal: true, cidr: '::1/128', scopeid: 0,
      },
    ],
  };
}

function release() {
  if (real()) return real().release;
  return '6.0.0-capjs';
}

function type() {
  return 'Linux';
}

function version() {
  if (real()) return real().version;
  return '#1 SMP capjs sandbox';
}

function machine() {
  if (real()) return real().machine;
  return arch() === 'x64' ? 'x86_64' : arch();
}

function uptime() {
  if (real()) return real().uptime;
  const p = proc();
  return p && typeof p.uptime === 'function' ? Math.floor(p.uptime()) : 0;
}

function userInfo(options) {
  const info = nullProto({ uid: 1000, gid: 1000, username: 'user', homedir: HOMEDIR, shell: '/bin/sh' });
  if (options !== null && typeof options === 'object' && options.encoding === 'buffer') {
    const { Buffer } = require('buffer');
    for (const k of ['username', 'homedir', 'shell']) info[k] = Buffer.from(info[k]);
  }
  return info;
}

function getPriority() {
  throw notImplemented('os.getPriority');
}

function setPriority() {
  throw notImplemented('os.setPriority');
}

module.exports = {
  arch,
  availableParallelism,
  cpus,
  endianness,
  freemem,
  getPriority,
  homedir,
  hostname,
  loadavg,
  networkInterfaces,
  platform,
  release,
  setPriority,
  tmpdir,
  totalmem,
  type,
  userInfo,
  uptime,
  version,
  machine,
};

// `${os.hostname}` and friends give the value, as in Node.
for (const fn of [arch, availableParallelism, endianness, freemem, homedir, hostname, platform, release, tmpdir,
  totalmem, type, uptime, version, machine]) {
  fn[Symbol.toPrimitive] = () => fn();
}

Object.defineProperties(module.exports, {
  constants: { value: constants, enumerable: true, writable: false, configurable: false },
  EOL: { value: '\n', enumerable: true, writable: false, configurable: true },
  devNull: { value: '/dev/null', enumerable: true, writable: false, configurable: true },
});
