'use strict';
// node:url: the WHATWG URL classes, file URL helpers, and the legacy parse/format/resolve.

const { codes } = require('internal/errors');
const P = require('internal/url/parser');
const idna = require('internal/url/idna');
const { URL, URLSearchParams, isURL, getRecord, defineCode } = require('internal/url/whatwg');
const { Url, urlParse, urlResolve, urlResolveObject } = require('internal/url/legacy');

const { ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, ERR_INVALID_URL_SCHEME, ERR_INVALID_FILE_URL_PATH } = codes;
const ERR_INVALID_FILE_URL_HOST = defineCode('ERR_INVALID_FILE_URL_HOST', TypeError,
  (platform) => `File URL host must be "localhost" or empty on ${platform}`);

// Node's duck-typed check: a URL-like object with href and protocol that is not a legacy Url.
function isURLLike(v) {
  return Boolean(v !== null && typeof v === 'object' && v.href && v.protocol && v.auth === undefined && v.path === undefined);
}

function fileURLToPath(path) {
  if (typeof path === 'string') path = new URL(path);
  else if (!isURLLike(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  if (path.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = path.pathname;
  for (let i = 0; i < pathname.length - 2; i++) {
    if (pathname[i] === '%' && pathname[i + 1] === '2' && (pathname[i + 2] === 'f' || pathname[i + 2] === 'F')) {
      throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
    }
  }
  return decodeURIComponent(pathname);
}

const PATH_ESCAPES = { '%': '%25', '\\': '%5C', '\n': '%0A', '\r': '%0D', '\t': '%09', '?': '%3F', '#': '%23' };

function pathToFileURL(filepath) {
  if (typeof filepath !== 'string') throw new ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  const path = require('path');
  let resolved = path.posix.resolve(filepath);
  if (filepath.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  return new URL(`file://${resolved.replace(/[%\\\n\r\t?#]/g, (c) => PATH_ESCAPES[c])}`);
}

function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  return options;
}

// Parses `domain` the way the hostname setter of a ws: URL would; '' when invalid.
function hostOf(domain) {
  const rec = P.parse('ws://x', null);
  const r = P.basicParse(P.toUSVString(domain), null, rec, P.HOSTNAME);
  return r === P.FAILURE ? '' : rec.host;
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return hostOf(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const host = hostOf(`${domain}`);
  return host === '' || host[0] === '[' ? host : idna.toUnicode(host);
}

// url.format(URL, { auth, fragment, search, unicode })
function formatWhatwg(url, options) {
  if (options === undefined) options = {};
  else if (options === null || typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  const { auth = true, fragment = true, search = true, unicode = false } = options;
  const rec = P.cloneRecord(getRecord(url));
  if (!auth) {
    rec.username = '';
    rec.password = '';
  }
  if (!search) rec.query = null;
  if (unicode && rec.host !== null && rec.host[0] !== '[') rec.host = idna.toUnicode(rec.host);
  return P.serialize(rec, !fragment);
}

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (isURL(urlObject)) {
    return formatWhatwg(urlObject, options);
  }
  return Url.prototype.format.call(urlObject);
}

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
