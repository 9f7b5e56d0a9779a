'use strict';
// The legacy url API: the Url object, url.parse(), url.format() of objects, url.resolve().

const { codes } = require('internal/errors');
const idna = require('internal/url/idna');

const { ERR_INVALID_ARG_TYPE } = codes;

function lazyQs() {
  return require('querystring');
}

function invalidUrl(input) {
  const err = new codes.ERR_INVALID_URL();
  err.input = input;
  return err;
}

const hostless = new Set(['javascript', 'javascript:']);
const slashed = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:', 'file', 'file:',
  'ws', 'ws:', 'wss', 'wss:']);
const unsafe = new Set(['javascript', 'javascript:']);

const WHITESPACE = new Set([' ', '\t', '\r', '\n', '\f', '\u00a0', '\ufeff']);
// Characters that end the host part (what follows becomes the path).
const NON_HOST = new Set([' ', '"', '%', '\'', ';', '<', '>', '\\', '^', '`', '{', '|', '}']);
// Characters escaped in the rest of the URL.
const AUTO_ESCAPE = {
  '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', '\'': '%27', '<': '%3C', '>': '%3E',
  '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D',
};
const FORBIDDEN_HOST = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const FORBIDDEN_HOST_V6 = /[\0\t\n\r #%/<>?@\\^|]/;
const SIMPLE_PATH = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const PROTOCOL = /^[a-z0-9.+-]+:/i;

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const u = new Url();
  u.parse(url, parseQueryString, slashesDenoteHost);
  return u;
}

// Trim the whitespace Node trims; turn backslashes into slashes before any ? or #.
function preprocess(url) {
  let start = 0;
  let end = url.length;
  while (start < end && WHITESPACE.has(url[start])) start++;
  while (end > start && WHITESPACE.has(url[end - 1])) end--;
  const s = url.slice(start, end);
  let split = s.search(/[?#]/);
  if (split === -1) split = s.length;
  const head = s.slice(0, split);
  return {
    rest: head.replace(/\\/g, '/') + s.slice(split),
    hasHash: s.includes('#'),
    hasAt: head.includes('@'),
  };
}

let warnedPort = false;
function warnInvalidPort(url) {
  if (warnedPort || !globalThis.process || typeof process.emitWarning !== 'function') return;
  warnedPort = true;
  process.emitWarning(`The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
    'DeprecationWarning', 'DEP0170');
}

function autoEscape(rest) {
  let out = '';
  for (const ch of rest) out += AUTO_ESCAPE[ch] || ch;
  return out;
}

function emptyQuery() {
  return { __proto__: null };
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== 'string') throw new ERR_INVALID_ARG_TYPE('url', 'string', url);
  const pre = preprocess(url);
  let rest = pre.rest;

  if (!slashesDenoteHost && !pre.hasHash && !pre.hasAt) {
    const m = SIMPLE_PATH.exec(rest);
    if (m) {
      this.path = rest;
      this.href = rest;
      this.pathname = m[1];
      if (m[2]) {
        this.search = m[2];
        this.query = parseQueryString ? lazyQs().parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = emptyQuery();
      }
      return this;
    }
  }

  let proto = '';
  let lowerProto = '';
  const pm = PROTOCOL.exec(rest);
  if (pm) {
    proto = pm[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(pm[0].length);
  }

  let slashes = false;
  if (slashesDenoteHost || pm || /^\/\/[^@/]+@[^@/]+/.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(pm && hostless.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  let ipv6 = false;
  if (!hostless.has(lowerProto) && (slashes || (pm && !slashed.has(proto)))) {
    // Tabs and newlines vanish from everything before the first /, ? or #.
    let authorityEnd = rest.search(/[/?#]/);
    if (authorityEnd === -1) authorityEnd = rest.length;
    rest = rest.slice(0, authorityEnd).replace(/[\t\n\r]/g, '') + rest.slice(authorityEnd);
    // The host runs to the first /, ? or #, or to the first character no host may hold
    // (counted after the last @).
    let atSign = -1;
    let nonHost = -1;
    for (let i = 0; i < rest.length; i++) {
      const c = rest[i];
      if (c === '/' || c === '?' || c === '#') {
        if (nonHost === -1) nonHost = i;
        break;
      }
      if (c === '@') {
        atSign = i;
        nonHost = -1;
      } else if (nonHost === -1 && NON_HOST.has(c)) {
        nonHost = i;
      }
    }
    let start = 0;
    if (atSign !== -1) {
      this.auth = decodeURIComponent(rest.slice(0, atSign));
      start = atSign + 1;
    }
    if (nonHost === -1) {
      this.host = rest.slice(start);
      rest = '';
    } else {
      this.host = rest.slice(start, nonHost);
      rest = rest.slice(nonHost);
    }
    this.parseHost();
    if (typeof this.hostname !== 'string') this.hostname = '';
    let hostname = this.hostname;
    ipv6 = hostname[0] === '[' && hostname[hostname.length - 1] === ']';
    if (!ipv6) {
      const bad = hostname.search(/[/\\#?:]/);
      if (bad !== -1 && hostname[bad] === ':') warnInvalidPort(url);
      if (bad !== -1) {
        rest = `/${hostname.slice(bad)}${rest}`;
        hostname = hostname.slice(0, bad);
      }
    }
    if (hostname.length > 255) hostname = '';
    else hostname = hostname.toLowerCase();
    if (hostname !== '') {
      if (ipv6) {
        if (FORBIDDEN_HOST_V6.test(hostname.slice(1, -1))) throw invalidUrl(url);
      } else {
        const nul = hostname.indexOf('\0');
        if (nul !== -1) hostname = hostname.slice(0, nul);
        hostname = hostname.replace(/[\t\n\r]/g, '');
        const ascii = idna.toASCII(hostname);
        if (ascii === null || FORBIDDEN_HOST.test(ascii)) throw invalidUrl(url);
        hostname = ascii;
      }
    }
    this.hostname = hostname;
    this.host = hostname + (this.port ? `:${this.port}` : '');
    if (ipv6) {
      this.hostname = hostname.slice(1, -1);
      if (rest[0] !== '/') rest = `/${rest}`;
    }
  }

  if (!unsafe.has(lowerProto)) rest = autoEscape(rest);

  const hashIdx = rest.indexOf('#');
  if (hashIdx !== -1) {
    this.hash = rest.slice(hashIdx);
    rest = rest.slice(0, hashIdx);
  }
  const qIdx = rest.indexOf('?');
  if (qIdx !== -1) {
    this.search = rest.slice(qIdx);
    this.query = rest.slice(qIdx + 1);
    if (parseQueryString) this.query = lazyQs().parse(this.query);
    rest = rest.slice(0, qIdx);
  } else if (parseQueryString) {
    this.search = null;
    this.query = emptyQuery();
  }
  if (rest.length > 0) this.pathname = rest;
  if (slashed.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const m = /:[0-9]*$/.exec(host);
  if (m) {
    if (m[0] !== ':') this.port = m[0].slice(1);
    host = host.slice(0, host.length - m[0].length);
  }
  if (host) this.hostname = host;
};

// Auth is escaped like querystring.escape, but keeps ':'.
function escapeAuth(auth) {
  return lazyQs().escape(auth).replace(/%3A/g, ':');
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${escapeAuth(auth)}@`;
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const h = this.hostname;
    host = auth + (h.includes(':') && !(h[0] === '[' && h[h.length - 1] === ']') ? `[${h}]` : h);
    if (this.port) host += `:${this.port}`;
  }
  if (this.query !== null && typeof this.query === 'object') query = lazyQs().stringify(this.query);
  let search = this.search || (query && `?${query}`) || '';
  if (protocol && protocol[protocol.length - 1] !== ':') protocol += ':';
  pathname = pathname.replace(/[#?]/g, (c) => (c === '#' ? '%23' : '%3F'));
  if (this.slashes || slashed.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname[0] !== '/') pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.length >= 4 && protocol.slice(0, 4).toLowerCase() === 'file') {
      host = '//';
    }
  }
  search = search.replace(/#/g, '%23');
  if (hash && hash[0] !== '#') hash = `#${hash}`;
  if (search && search[0] !== '?') search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function withHref(u) {
  u.href = u.format();
  return u;
}

// Moves an "auth@" that ended up in the host of a non-slashed URL back into auth.
function splitAuthFromHost(u) {
  if (u.host && u.host.indexOf('@') > 0) {
    const parts = u.host.split('@');
    u.auth = parts.shift();
    u.host = u.hostname = parts.shift();
  }
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') relative = urlParse(relative, false, true);
  const result = new Url();
  Object.assign(result, this);
  result.hash = relative.hash;
  if (relative.href === '') return withHref(result);

  // A network-path reference ("//host/p") keeps only the protocol.
  if (relative.slashes && !relative.protocol) {
    for (const k of Object.keys(relative)) if (k !== 'protocol') result[k] = relative[k];
    if (slashed.has(result.protocol) && result.hostname && !result.pathname) result.path = result.pathname = '/';
    return withHref(result);
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    if (!slashed.has(relative.protocol)) {
      Object.assign(result, relative);
      return withHref(result);
    }
    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) && !hostless.has(relative.protocol)) {
      // "https:foo/bar" against another protocol: the first segment is the host.
      const segs = (relative.pathname || '').split('/');
      let host = '';
      while (segs.length && !(host = segs.shift()));
      relative.host = host || '';
      if (!relative.hostname) relative.hostname = '';
      if (segs[0] !== '') segs.unshift('');
      if (segs.length < 2) segs.unshift('');
      result.pathname = segs.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) result.path = (result.pathname || '') + (result.search || '');
    result.slashes = result.slashes || relative.slashes;
    return withHref(result);
  }

  const isSourceAbs = !!(result.pathname && result.pathname[0] === '/');
  const isRelAbs = !!(relative.host || (relative.pathname && relative.pathname[0] === '/'));
  let mustEndAbs = !!(isRelAbs || isSourceAbs || (result.host && relative.pathname));
  const removeAllDots = mustEndAbs;
  let srcPath = (result.pathname && result.pathname.split('/')) || [];
  const relPath = (relative.pathname && relative.pathname.split('/')) || [];
  const noLeadingSlashes = !!(result.protocol && !slashed.has(result.protocol));

  // Non-slashed URLs (mailto:...) keep their "host" as the first path segment while
  // resolving, so ../ can climb into it.
  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      result.auth = null;
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (isRelAbs) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a query string changes.
    if (noLeadingSlashes) {
      result.hostname = result.host = srcPath.shift();
      splitAuthFromHost(result);
    }
    result.search = relative.search;
    result.query = relative.query;
    if (result.pathname !== null || result.search !== null) {
      result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
    }
    return withHref(result);
  }

  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    return withHref(result);
  }

  // A path ending in . or .. (or empty) gets a trailing slash.
  let last = srcPath[srcPath.length - 1];
  const hasTrailingSlash = !!(((result.host || relative.host || srcPath.length > 1) &&
    (last === '.' || last === '..')) || last === '');

  // Drop single dots; each .. removes the segment before it.
  let up = 0;
  for (let i = srcPath.length - 1; i >= 0; i--) {
    last = srcPath[i];
    if (last === '.') {
      srcPath.splice(i, 1);
    } else if (last === '..') {
      srcPath.splice(i, 1);
      up++;
    } else if (up) {
      srcPath.splice(i, 1);
      up--;
    }
  }
  if (!mustEndAbs && !removeAllDots) {
    while (up--) srcPath.unshift('..');
  }
  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0][0] !== '/')) srcPath.unshift('');
  if (hasTrailingSlash && srcPath.join('/').slice(-1) !== '/') srcPath.push('');

  const isAbsolute = srcPath[0] === '' || !!(srcPath[0] && srcPath[0][0] === '/');
  if (noLeadingSlashes) {
    result.hostname = result.host = isAbsolute ? '' : srcPath.length ? srcPath.shift() : '';
    splitAuthFromHost(result);
  }
  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) srcPath.unshift('');

  if (srcPath.length > 0) {
    result.pathname = srcPath.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  return withHref(result);
};

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

module.exports = { Url, urlParse, urlResolve, urlResolveObject };
