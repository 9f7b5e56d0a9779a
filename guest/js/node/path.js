'use strict';
// node:path — POSIX and Windows path string manipulation (path.posix / path.win32), as in Node 20.

const { codes, notImplemented } = require('internal/errors');
const { ERR_INVALID_ARG_TYPE } = codes;

const SLASH = 47;      // '/'
const BACKSLASH = 92;  // '\\'
const COLON = 58;      // ':'
const DOT = 46;        // '.'
const QUESTION = 63;   // '?'

function validateString(value, name) {
  if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
}

function isPosixSep(code) {
  return code === SLASH;
}

function isWinSep(code) {
  return code === SLASH || code === BACKSLASH;
}

function isDriveLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function hasDrivePrefix(path) {
  return path.length >= 2 && isDriveLetter(path.charCodeAt(0)) && path.charCodeAt(1) === COLON;
}

// Collapse '.', '..' and repeated separators in a root-less path string.
// '..' that would climb above the start is kept only when allowAboveRoot.
function normalizeSegments(str, allowAboveRoot, isSep, sep) {
  const out = [];
  let segStart = 0;
  for (let i = 0; i <= str.length; i++) {
    if (i < str.length && !isSep(str.charCodeAt(i))) continue;
    const seg = str.slice(segStart, i);
    segStart = i + 1;
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
      continue;
    }
    out.push(seg);
  }
  return out.join(sep);
}

// Index just past the last path component, and where that component starts,
// ignoring trailing separators. Scans no further left than `floor`.
function lastComponent(path, floor, isSep) {
  let end = -1;
  let start = floor;
  for (let i = path.length - 1; i >= floor; i--) {
    if (isSep(path.charCodeAt(i))) {
      if (end !== -1) {
        start = i + 1;
        break;
      }
    } else if (end === -1) {
      end = i + 1;
    }
  }
  return { start, end };
}

// Position of the extension's dot inside base (a component without separators), or -1.
function extensionDot(base) {
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || base === '..') return -1;
  return dot;
}

function basenameImpl(path, suffix, floor, isSep) {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(path, 'path');
  const { start, end } = lastComponent(path, floor, isSep);
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    if (suffix === path) return '';
    const base = end === -1 ? '' : path.slice(start, end);
    if (base !== suffix && base.endsWith(suffix)) return base.slice(0, base.length - suffix.length);
    // A component that is itself only the tail of `suffix` comes back with its trailing
    // separators (Node compares from the end and never finds a mismatch there).
    if (base.length < suffix.length && suffix.endsWith(base)) return path.slice(start);
    return base;
  }
  if (end === -1) return '';
  return path.slice(start, end);
}

function extnameImpl(path, floor, isSep) {
  validateString(path, 'path');
  const { start, end } = lastComponent(path, floor, isSep);
  if (end === -1) return '';
  const base = path.slice(start, end);
  const dot = extensionDot(base);
  return dot === -1 ? '' : base.slice(dot);
}

function formatExt(ext) {
  return ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : '';
}

function _format(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  const base = pathObject.base || `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

function matchesGlob(path, pattern) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  throw notImplemented('path.matchesGlob');
}

function getCwd() {
  return process.cwd();
}

// ---------------------------------------------------------------------------
// POSIX

const posix = {
  resolve(...args) {
    let resolved = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1 && !absolute; i--) {
      const path = i >= 0 ? args[i] : getCwd();
      if (i >= 0) validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      resolved = `${path}/${resolved}`;
      absolute = path.charCodeAt(0) === SLASH;
    }
    resolved = normalizeSegments(resolved, !absolute, isPosixSep, '/');
    if (absolute) return `/${resolved}`;
    return resolved.length > 0 ? resolved : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const absolute = path.charCodeAt(0) === SLASH;
    const trailing = path.charCodeAt(path.length - 1) === SLASH;
    let out = normalizeSegments(path, !absolute, isPosixSep, '/');
    if (out.length === 0) {
      if (absolute) return '/';
      return trailing ? './' : '.';
    }
    if (trailing) out += '/';
    return absolute ? `/${out}` : out;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === SLASH;
  },

  join(...args) {
    if (args.length === 0) return '.';
    const parts = [];
    for (let i = 0; i < args.length; i++) {
      validateString(args[i], 'path');
      if (args[i].length > 0) parts.push(args[i]);
    }
    if (parts.length === 0) return '.';
    return posix.normalize(parts.join('/'));
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    // Both are now absolute and normalized; skip the leading '/' and compare characters.
    const fLen = from.length - 1;
    const tLen = to.length - 1;
    const shorter = Math.min(fLen, tLen);
    let commonSep = -1; // offset (after the root) of the last separator shared by both
    let i = 0;
    while (i < shorter) {
      const c = from.charCodeAt(1 + i);
      if (c !== to.charCodeAt(1 + i)) break;
      if (c === SLASH) commonSep = i;
      i++;
    }
    if (i === shorter) {
      if (tLen > shorter) {
        // `from` is a prefix of `to`.
        if (to.charCodeAt(1 + i) === SLASH) return to.slice(i + 2);
        if (i === 0) return to.slice(1); // from is the root
      } else if (fLen > shorter) {
        // `to` is a prefix of `from`.
        if (from.charCodeAt(1 + i) === SLASH) commonSep = i;
        else if (i === 0) commonSep = 0; // to is the root
      }
    }
    const ups = [];
    for (let k = commonSep + 2; k <= from.length; k++) {
      if (k === from.length || from.charCodeAt(k) === SLASH) ups.push('..');
    }
    return `${ups.join('/')}${to.slice(1 + commonSep)}`;
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const rooted = path.charCodeAt(0) === SLASH;
    // Drop trailing separators, then the last component, then exactly one separator.
    let end = -1;
    let seenName = false;
    for (let i = path.length - 1; i >= 1; i--) {
      if (path.charCodeAt(i) === SLASH) {
        if (seenName) {
          end = i;
          break;
        }
      } else {
        seenName = true;
      }
    }
    if (end === -1) return rooted ? '/' : '.';
    if (rooted && end === 1) return '//';
    return path.slice(0, end);
  },

  basename(path, suffix) {
    return basenameImpl(path, suffix, 0, isPosixSep);
  },

  extname(path) {
    return extnameImpl(path, 0, isPosixSep);
  },

  format: _format.bind(null, '/'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const absolute = path.charCodeAt(0) === SLASH;
    if (absolute) ret.root = '/';
    const floor = absolute ? 1 : 0;
    const { start, end } = lastComponent(path, floor, isPosixSep);
    // `start` stays at `floor` when no separator precedes the last component.
    const sepBefore = start > floor;
    if (end !== -1) {
      const base = path.slice(start, end);
      let dot = extensionDot(base);
      // Node treats '/..' as name '.' + ext '.' (the leading root is not a component boundary there).
      if (absolute && start === 1 && base === '..') dot = 1;
      ret.base = base;
      if (dot === -1) {
        ret.name = base;
      } else {
        ret.name = base.slice(0, dot);
        ret.ext = base.slice(dot);
      }
    }
    if (sepBefore) ret.dir = path.slice(0, start - 1);
    else if (absolute) ret.dir = '/';
    return ret;
  },

  matchesGlob,

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
  _makeLong: null,
};

// ---------------------------------------------------------------------------
// Windows

// Recognise a UNC prefix `\\server\share` at the start of `path` (which starts with two
// separators). Returns { server, share, end } where `end` is the index after the share
// name, or null when there is no complete server and share.
function parseUNC(path) {
  const len = path.length;
  let j = 2;
  while (j < len && !isWinSep(path.charCodeAt(j))) j++;
  if (j >= len || j === 2) return null;
  const server = path.slice(2, j);
  while (j < len && isWinSep(path.charCodeAt(j))) j++;
  if (j >= len) return null;
  const shareStart = j;
  while (j < len && !isWinSep(path.charCodeAt(j))) j++;
  return { server, share: path.slice(shareStart, j), end: j };
}

// Root of a Windows path as normalize() and resolve() see it: the device ('C:',
// '\\server\share', or the namespace prefix '\\?' or '\\.'), where the root ends, and
// whether the path is absolute.
function winRoot(path) {
  const len = path.length;
  const res = { device: '', rootEnd: 0, absolute: false, uncOnly: false };
  if (len === 0) return res;
  const code = path.charCodeAt(0);
  if (isWinSep(code)) {
    res.absolute = true;
    if (len === 1) {
      res.rootEnd = 1;
    } else if (isWinSep(path.charCodeAt(1))) {
      const unc = parseUNC(path);
      if (unc !== null) {
        if (unc.server === '?' || unc.server === '.') {
          // Win32 namespace (`\\?\C:\...`, `\\.\pipe\...`): the rest is an ordinary tail.
          res.device = `\\\\${unc.server}`;
          res.rootEnd = 4;
        } else {
          res.device = `\\\\${unc.server}\\${unc.share}`;
          res.rootEnd = unc.end;
          res.uncOnly = unc.end === len;
        }
      }
    } else {
      res.rootEnd = 1;
    }
  } else if (hasDrivePrefix(path)) {
    res.device = path.slice(0, 2);
    res.rootEnd = 2;
    if (len > 2 && isWinSep(path.charCodeAt(2))) {
      res.absolute = true;
      res.rootEnd = 3;
    }
  }
  return res;
}

const WINDOWS_RESERVED_NAMES = [
  'CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'COM\xb9', 'COM\xb2', 'COM\xb3', 'LPT\xb9', 'LPT\xb2', 'LPT\xb3',
];

// Does `path` start with a reserved device name directly followed by the colon at `colonIndex`?
function isReservedName(path, colonIndex) {
  const name = path.slice(0, colonIndex).toUpperCase();
  return WINDOWS_RESERVED_NAMES.includes(name);
}

const win32 = {
  resolve(...args) {
    let device = '';
    let tail = '';
    let absolute = false;

    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (device.length === 0) {
        path = getCwd();
      } else {
        // Windows keeps a current directory per drive in the hidden `=X:` variables.
        path = process.env[`=${device}`] || getCwd();
        if (path === undefined ||
            (path.slice(0, 2).toLowerCase() !== device.toLowerCase() &&
             path.charCodeAt(2) === BACKSLASH)) {
          path = `${device}\\`;
        }
      }

      const root = winRoot(path);
      if (root.device.length > 0) {
        if (device.length > 0) {
          // A path on another drive does not contribute.
          if (root.device.toLowerCase() !== device.toLowerCase()) continue;
        } else {
          device = root.device;
        }
      }

      if (absolute) {
        if (device.length > 0) break;
      } else {
        tail = `${path.slice(root.rootEnd)}\\${tail}`;
        absolute = root.absolute;
        if (absolute && device.length > 0) break;
      }
    }

    tail = normalizeSegments(tail, !absolute, isWinSep, '\\');
    return absolute ? `${device}\\${tail}` : `${device}${tail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isPosixSep(path.charCodeAt(0)) ? '\\' : path;

    const root = winRoot(path);
    if (root.uncOnly) {
      // Only a UNC root: always end it with a separator.
      return `${root.device}\\`;
    }
    let device = root.device;
    if (device.length === 0 && !root.absolute) {
      // `CON:x` names a device: keep it from being read as a drive-relative path. (As in
      // Node, without any colon the name checked is everything but the last character.)
      const colonIndex = path.indexOf(':');
      if (isReservedName(path, colonIndex)) {
        device = `.\\${path.slice(0, colonIndex + 1)}`;
        root.rootEnd = colonIndex + 1;
      }
    }
    let tail = root.rootEnd < len ?
      normalizeSegments(path.slice(root.rootEnd), !root.absolute, isWinSep, '\\') : '';
    if (tail.length === 0 && !root.absolute) tail = '.';
    if (tail.length > 0 && isWinSep(path.charCodeAt(len - 1))) tail += '\\';

    // A relative path must not turn into something Windows reads as a drive letter.
    if (!root.absolute && device.length === 0 && path.includes(':')) {
      if (tail.length >= 2 && isDriveLetter(tail.charCodeAt(0)) && tail.charCodeAt(1) === COLON) {
        return `.\\${tail}`;
      }
      let index = path.indexOf(':');
      do {
        if (index === len - 1 || isWinSep(path.charCodeAt(index + 1))) return `.\\${tail}`;
        index = path.indexOf(':', index + 1);
      } while (index !== -1);
    }

    if (device.length === 0) return root.absolute ? `\\${tail}` : tail;
    return root.absolute ? `${device}\\${tail}` : `${device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    const code = path.charCodeAt(0);
    return isWinSep(code) ||
      (len > 2 && hasDrivePrefix(path) && isWinSep(path.charCodeAt(2)));
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    let first;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) {
        if (joined === undefined) joined = first = arg;
        else joined += `\\${arg}`;
      }
    }
    if (joined === undefined) return '.';

    // Only a first argument that itself starts with a UNC-looking `\\x` may yield a UNC
    // path; otherwise leading separators collapse to one so normalize() does not see UNC.
    let collapse = true;
    let slashes = 0;
    if (isWinSep(first.charCodeAt(0))) {
      slashes++;
      if (first.length > 1 && isWinSep(first.charCodeAt(1))) {
        slashes++;
        if (first.length > 2) {
          if (isWinSep(first.charCodeAt(2))) slashes++;
          else collapse = false;
        }
      }
    }
    if (collapse) {
      while (slashes < joined.length && isWinSep(joined.charCodeAt(slashes))) slashes++;
      if (slashes >= 2) joined = `\\${joined.slice(slashes)}`;
    }

    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';
    const f = fromOrig.toLowerCase();
    const t = toOrig.toLowerCase();
    if (f === t) return '';

    if (f.length !== fromOrig.length || t.length !== toOrig.length) {
      // Lower-casing changed string lengths (e.g. 'İ'), so character offsets of the
      // lowered strings no longer match the originals: compare whole components instead.
      const fromParts = fromOrig.split('\\');
      const toParts = toOrig.split('\\');
      if (fromParts[fromParts.length - 1] === '') fromParts.pop();
      if (toParts[toParts.length - 1] === '') toParts.pop();
      const n = Math.min(fromParts.length, toParts.length);
      let k = 0;
      while (k < n && fromParts[k].toLowerCase() === toParts[k].toLowerCase()) k++;
      if (k === 0) return toOrig;
      if (k === n) {
        if (toParts.length > n) return toParts.slice(k).join('\\');
        if (fromParts.length > n) return '..\\'.repeat(fromParts.length - 1 - k) + '..';
        return '';
      }
      return '..\\'.repeat(fromParts.length - k) + toParts.slice(k).join('\\');
    }

    // Compare character by character (case-insensitively), ignoring leading backslashes
    // and the trailing ones a UNC root carries. Node's index arithmetic is kept exactly,
    // including its odd results for rooted paths without a drive.
    let fStart = 0;
    while (fStart < f.length && f.charCodeAt(fStart) === BACKSLASH) fStart++;
    let fEnd = f.length;
    while (fEnd - 1 > fStart && f.charCodeAt(fEnd - 1) === BACKSLASH) fEnd--;
    let tStart = 0;
    while (tStart < t.length && t.charCodeAt(tStart) === BACKSLASH) tStart++;
    let tEnd = t.length;
    while (tEnd - 1 > tStart && t.charCodeAt(tEnd - 1) === BACKSLASH) tEnd--;
    const fLen = fEnd - fStart;
    const tLen = tEnd - tStart;
    const shorter = Math.min(fLen, tLen);

    let commonSep = -1; // offset of the last separator shared by both
    let i = 0;
    while (i < shorter) {
      const c = f.charCodeAt(fStart + i);
      if (c !== t.charCodeAt(tStart + i)) break;
      if (c === BACKSLASH) commonSep = i;
      i++;
    }

    if (i !== shorter) {
      // Differ before any shared separator: different drive or server.
      if (commonSep === -1) return toOrig;
    } else {
      if (tLen > shorter) {
        // `from` is a prefix of `to`.
        if (t.charCodeAt(tStart + i) === BACKSLASH) return toOrig.slice(tStart + i + 1);
        if (i === 2) return toOrig.slice(tStart + i); // from is a drive root
      }
      if (fLen > shorter) {
        // `to` is a prefix of `from`.
        if (f.charCodeAt(fStart + i) === BACKSLASH) commonSep = i;
        else if (i === 2) commonSep = 3;
      }
      if (commonSep === -1) commonSep = 0;
    }

    const ups = [];
    for (let k = fStart + commonSep + 1; k <= fEnd; k++) {
      if (k === fEnd || f.charCodeAt(k) === BACKSLASH) ups.push('..');
    }
    let restStart = tStart + commonSep;
    if (ups.length > 0) return `${ups.join('\\')}${toOrig.slice(restStart, tEnd)}`;
    if (toOrig.charCodeAt(restStart) === BACKSLASH) restStart++;
    return toOrig.slice(restStart, tEnd);
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    if (resolved.charCodeAt(0) === BACKSLASH) {
      if (resolved.charCodeAt(1) === BACKSLASH) {
        const code = resolved.charCodeAt(2);
        if (code !== QUESTION && code !== DOT) return `\\\\?\\UNC\\${resolved.slice(2)}`;
      }
    } else if (hasDrivePrefix(resolved) && resolved.charCodeAt(2) === BACKSLASH) {
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isWinSep(path.charCodeAt(0)) ? path : '.';

    let rootEnd = -1;
    let floor = 0;
    if (isWinSep(path.charCodeAt(0))) {
      rootEnd = floor = 1;
      if (isWinSep(path.charCodeAt(1))) {
        const unc = parseUNC(path);
        if (unc !== null) {
          if (unc.end === len) return path; // only a UNC root
          rootEnd = floor = unc.end + 1;
        }
      }
    } else if (hasDrivePrefix(path)) {
      rootEnd = floor = len > 2 && isWinSep(path.charCodeAt(2)) ? 3 : 2;
    }

    let end = -1;
    let seenName = false;
    for (let i = len - 1; i >= floor; i--) {
      if (isWinSep(path.charCodeAt(i))) {
        if (seenName) {
          end = i;
          break;
        }
      } else {
        seenName = true;
      }
    }
    if (end === -1) {
      if (rootEnd === -1) return '.';
      end = rootEnd;
    }
    return path.slice(0, end);
  },

  basename(path, suffix) {
    const floor = typeof path === 'string' && hasDrivePrefix(path) ? 2 : 0;
    return basenameImpl(path, suffix, floor, isWinSep);
  },

  extname(path) {
    validateString(path, 'path');
    return extnameImpl(path, hasDrivePrefix(path) ? 2 : 0, isWinSep);
  },

  format: _format.bind(null, '\\'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;

    if (len === 1) {
      if (isWinSep(path.charCodeAt(0))) ret.root = ret.dir = path;
      else ret.base = ret.name = path;
      return ret;
    }

    let rootEnd = 0;
    if (isWinSep(path.charCodeAt(0))) {
      rootEnd = 1;
      if (isWinSep(path.charCodeAt(1))) {
        const unc = parseUNC(path);
        if (unc !== null) rootEnd = unc.end === len ? len : unc.end + 1;
      }
    } else if (hasDrivePrefix(path)) {
      if (len <= 2 || (len === 3 && isWinSep(path.charCodeAt(2)))) {
        ret.root = ret.dir = path;
        return ret;
      }
      rootEnd = isWinSep(path.charCodeAt(2)) ? 3 : 2;
    }
    if (rootEnd > 0) ret.root = path.slice(0, rootEnd);

    const { start, end } = lastComponent(path, rootEnd, isWinSep);
    if (end !== -1) {
      const base = path.slice(start, end);
      const dot = extensionDot(base);
      ret.base = base;
      if (dot === -1) {
        ret.name = base;
      } else {
        ret.name = base.slice(0, dot);
        ret.ext = base.slice(dot);
      }
    }
    // A directory that is the root keeps the root's trailing separator (`C:\`).
    if (start > 0 && start !== rootEnd) ret.dir = path.slice(0, start - 1);
    else ret.dir = ret.root;
    return ret;
  },

  matchesGlob,

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
  _makeLong: null,
};

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;
win32._makeLong = win32.toNamespacedPath;
posix._makeLong = posix.toNamespacedPath;

module.exports = posix;
