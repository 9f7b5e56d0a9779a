'use strict';
// fetch() over node:http's client, so every hop (redirects included) goes through the
// host's net grant. Bodies stream both ways as web streams.

const { Request } = require('internal/fetch/request');
const { fromNetwork } = require('internal/fetch/response');

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const NULL_BODY = new Set([101, 103, 204, 205, 304]);
const MAX_REDIRECTS = 20;

function fetchFailed(cause) {
  return new TypeError('fetch failed', { cause });
}

// undici's words for a body the connection cut short: TypeError('terminated') caused by a
// SocketError, where node:http says ECONNRESET 'aborted'.
function terminated(err) {
  if (!err || err.code !== 'ECONNRESET') return err;
  const cause = new Error('other side closed');
  cause.name = 'SocketError';
  cause.code = 'UND_ERR_SOCKET';
  return new TypeError('terminated', { cause });
}

function abortReason(signal) {
  return signal.reason !== undefined ? signal.reason : new DOMException('This operation was aborted', 'AbortError');
}

// One request/response exchange. Resolves with the response IncomingMessage.
function exchange(url, method, headers, body, signal) {
  const https = url.protocol === 'https:';
  const http = require(https ? 'https' : 'http');
  return new Promise((resolve, reject) => {
    let req;
    try {
      req = http.request({
        protocol: url.protocol,
        hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
        port: url.port || (https ? 443 : 80),
        path: `${url.pathname}${url.search}`,
        method,
        headers,
        agent: undefined,
      });
    } catch (err) {
      reject(fetchFailed(err));
      return;
    }
    const onAbort = () => req.destroy(abortReason(signal));
    if (signal) signal.addEventListener('abort', onAbort, { once: true });
    req.on('response', (res) => {
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(res);
    });
    req.on('error', (err) => {
      if (signal) signal.removeEventListener('abort', onAbort);
      reject(signal && signal.aborted ? abortReason(signal) : fetchFailed(err));
    });
    if (body === null || body instanceof Uint8Array) {
      req.end(body === null ? undefined : body);
      return;
    }
    // Stream the request body, waiting for 'drain' when the host holds enough.
    (async () => {
      const reader = body.getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        if (!req.write(value)) await new Promise((r) => req.once('drain', r));
      }
      req.end();
    })().catch((err) => req.destroy(err));
  });
}

// The response body as a web stream, decoded as Node's fetch (undici) decodes it.
function bodyOf(res, method, signal) {
  if (method === 'HEAD' || NULL_BODY.has(res.statusCode)) {
    res.resume();
    return null;
  }
  const { Readable } = require('stream');
  // The http layer ends a cut-short response with res.destroy(ECONNRESET); the stream is
  // fetch's own, so its error can be undici's.
  const destroy = res.destroy;
  res.destroy = function (err, cb) {
    return destroy.call(this, terminated(err), cb);
  };
  let source = res;
  const coding = (res.headers['content-encoding'] || '').trim().toLowerCase();
  const zlib = coding === 'gzip' || coding === 'x-gzip' || coding === 'deflate' || coding === 'br' ? require('zlib') : null;
  if (zlib) {
    const decoder = coding === 'br' ? zlib.createBrotliDecompress()
      : coding === 'deflate' ? zlib.createInflate() : zlib.createGunzip();
    res.on('error', (e) => decoder.destroy(terminated(e)));
    source = res.pipe(decoder);
  }
  if (signal) {
    const onAbort = () => source.destroy(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    source.on('close', () => signal.removeEventListener('abort', onAbort));
  }
  return Readable.toWeb(source);
}

async function fetch(input, init = undefined) {
  const request = new Request(input, init);
  const signal = request.signal;
  if (signal.aborted) throw abortReason(signal);
  let url = new URL(request.url);
  let method = request.method;
  // A body given whole is sent whole (and again after a 307/308); a stream is streamed.
  let body = request.body;
  if (body !== null && !(init && init.body instanceof ReadableStream)) body = new Uint8Array(await request.arrayBuffer());
  const headers = {};
  for (const [k, v] of request.headers) headers[k] = v;
  // undici's defaults, which servers see from Node's fetch.
  headers.accept ??= '*/*';
  headers['accept-language'] ??= '*';
  headers['sec-fetch-mode'] ??= 'cors';
  headers['user-agent'] ??= 'node';
  headers['accept-encoding'] ??= 'gzip, deflate';
  const urlList = [url.href];
  for (let hops = 0; ; hops++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw fetchFailed(require('internal/errors').notImplemented(`fetch of ${url.protocol} URLs`));
    }
    const res = await exchange(url, method, headers, body, signal);
    const location = res.headers.location;
    if (!REDIRECTS.has(res.statusCode) || location === undefined || request.redirect === 'manual') {
      const stream = bodyOf(res, method, signal);
      return fromNetwork(res.statusCode, res.statusMessage, res.rawHeaders, stream, urlList);
    }
    res.resume();
    if (request.redirect === 'error') throw fetchFailed(new Error('unexpected redirect'));
    if (hops >= MAX_REDIRECTS) throw fetchFailed(new Error('redirect count exceeded'));
    const next = new URL(location, url);
    // A 303, or a 301/302 answering a POST, turns into a GET without a body.
    if (res.statusCode === 303 ? method !== 'HEAD' : (res.statusCode !== 307 && res.statusCode !== 308 && method === 'POST')) {
      method = 'GET';
      body = null;
      for (const k of ['content-length', 'content-type', 'content-encoding', 'content-language', 'content-location']) {
        delete headers[k];
      }
    } else if (body !== null && !(body instanceof Uint8Array)) {
      throw fetchFailed(new Error('cannot follow a 307/308 redirect with a streamed body'));
    }
    if (next.origin !== url.origin) {
      delete headers.authorization;
      delete headers.cookie;
    }
    delete headers.host;
    url = next;
    urlList.push(url.href);
  }
}

module.exports = { fetch };
