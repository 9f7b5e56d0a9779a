'use strict';
// Request (WHATWG Fetch): the constructor's checks and defaults as Node (undici) applies them.

const { AbortSignal } = require('internal/abort');
const {
  Headers, HeaderList, listOf, guardOf, setGuard, createHeaders, fill, webIdlShape, illegalInvocation, requireArgs,
  toByteString, toUSVString, checkEnum, isToken,
} = require('internal/fetch/headers');
const {
  bodyStream, isUsed, isUnusable, cloneBody, transferBody, extractBody, mixinBody,
} = require('internal/fetch/body');

const customInspect = Symbol.for('nodejs.util.inspect.custom');

const PREFIX = 'Request constructor';
const REFERRER_POLICIES = ['', 'no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin', 'strict-origin',
  'origin-when-cross-origin', 'strict-origin-when-cross-origin', 'unsafe-url'];
const MODES = ['navigate', 'same-origin', 'no-cors', 'cors'];
const CREDENTIALS = ['omit', 'same-origin', 'include'];
const CACHES = ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached'];
const REDIRECTS = ['follow', 'manual', 'error'];
const NORMALIZED_METHODS = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'];
const FORBIDDEN_METHODS = ['CONNECT', 'TRACE', 'TRACK'];
const CORS_SAFE_METHODS = ['GET', 'HEAD', 'POST'];

let patchWarned = false;

// WebIDL RequestInit: only members that are present (not undefined) end up in the result.
function convertInit(init) {
  if (init === undefined || init === null) return {};
  if (typeof init !== 'object' && typeof init !== 'function') {
    throw new TypeError(`${PREFIX}: Expected ${String(init)} to be one of: Null, Undefined, Object.`);
  }
  const d = {};
  let v;
  if ((v = init.method) !== undefined) d.method = toByteString(v, PREFIX, 'method');
  if ((v = init.headers) !== undefined) d.headers = v;
  if ((v = init.body) !== undefined) d.body = v;
  if ((v = init.referrer) !== undefined) d.referrer = toUSVString(v, PREFIX, 'referrer');
  if ((v = init.referrerPolicy) !== undefined) d.referrerPolicy = checkEnum(PREFIX, v, REFERRER_POLICIES);
  if ((v = init.mode) !== undefined) d.mode = checkEnum(PREFIX, v, MODES);
  if ((v = init.credentials) !== undefined) d.credentials = checkEnum(PREFIX, v, CREDENTIALS);
  if ((v = init.cache) !== undefined) d.cache = checkEnum(PREFIX, v, CACHES);
  if ((v = init.redirect) !== undefined) d.redirect = checkEnum(PREFIX, v, REDIRECTS);
  if ((v = init.integrity) !== undefined) d.integrity = `${v}`;
  if ((v = init.keepalive) !== undefined) d.keepalive = Boolean(v);
  if ((v = init.signal) !== undefined) {
    if (v !== null && !(v instanceof AbortSignal)) {
      throw new TypeError("Failed to construct 'Request': member signal is not of type AbortSignal.");
    }
    d.signal = v;
  }
  if ((v = init.window) !== undefined) d.window = v;
  if ((v = init.duplex) !== undefined) d.duplex = checkEnum(PREFIX, v, ['half']);
  return d;
}

function parseURL(input) {
  const { URL } = require('url');
  try {
    return new URL(input);
  } catch (err) {
    throw new TypeError(`Failed to parse URL from ${input}`, { cause: err });
  }
}

// A signal that aborts when `source` does (or a fresh one).
const followingSignal = (source) => AbortSignal.any(source ? [source] : []);

let stateOf;
let adopting = null;

class Request {
  #state;

  constructor(input, init = undefined) {
    if (adopting !== null) {
      // clone(): the state is ready.
      this.#state = adopting;
      adopting = null;
      return;
    }
    requireArgs(PREFIX, arguments.length, 1);
    const inputRequest = input instanceof Request ? input.#state : null;
    if (inputRequest === null) input = toUSVString(input, PREFIX, 'input');
    const dict = convertInit(init);
    const initIsEmpty = Object.keys(dict).length === 0;

    let state;
    let fallbackMode = null;
    let inputSignal = null;
    if (inputRequest === null) {
      const url = parseURL(input);
      if (url.username !== '' || url.password !== '') {
        throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${input}`);
      }
      state = {
        method: 'GET',
        url: url.href,
        headerList: new HeaderList(),
        signal: null,
        body: null,
        mode: 'cors',
        credentials: 'same-origin',
        cache: 'default',
        redirect: 'follow',
        referrer: 'client',
        referrerPolicy: '',
        integrity: '',
        keepalive: false,
        reloadNavigation: false,
        historyNavigation: false,
      };
      fallbackMode = 'cors';
    } else {
      inputSignal = inputRequest.signal;
      state = { ...inputRequest, headerList: listOf(inputRequest.headers) };
    }
    delete state.headers;

    if (dict.window !== undefined && dict.window !== null) throw new TypeError("'window' option 'client' must be null");

    if (!initIsEmpty) {
      if (state.mode === 'navigate') state.mode = 'same-origin';
      state.reloadNavigation = false;
      state.historyNavigation = false;
      state.referrer = 'client';
      state.referrerPolicy = '';
    }

    if (dict.referrer !== undefined) {
      if (dict.referrer === '') {
        state.referrer = 'no-referrer';
      } else {
        let parsed;
        try {
          parsed = new (require('url').URL)(dict.referrer);
        } catch (err) {
          throw new TypeError(`Referrer "${dict.referrer}" is not a valid URL.`, { cause: err });
        }
        state.referrer = parsed.protocol === 'about:' && parsed.hostname === 'client' ? 'client' : parsed.href;
      }
    }
    if (dict.referrerPolicy !== undefined) state.referrerPolicy = dict.referrerPolicy;

    const mode = dict.mode !== undefined ? dict.mode : fallbackMode;
    if (mode === 'navigate') throw new TypeError(`${PREFIX}: invalid request mode navigate.`);
    if (mode !== null) state.mode = mode;
    if (dict.credentials !== undefined) state.credentials = dict.credentials;
    if (dict.cache !== undefined) state.cache = dict.cache;
    if (state.cache === 'only-if-cached' && state.mode !== 'same-origin') {
      throw new TypeError("'only-if-cached' can be set only with 'same-origin' mode");
    }
    if (dict.redirect !== undefined) state.redirect = dict.redirect;
    if (dict.integrity !== undefined) state.integrity = dict.integrity;
    if (dict.keepalive !== undefined) state.keepalive = dict.keepalive;

    if (dict.method !== undefined) {
      let method = dict.method;
      if (!isToken(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
      const upper = method.toUpperCase();
      if (FORBIDDEN_METHODS.includes(upper)) throw new TypeError(`'${method}' HTTP method is unsupported.`);
      if (NORMALIZED_METHODS.includes(upper)) method = upper;
      if (method === 'patch' && !patchWarned) {
        patchWarned = true;
        globalThis.process?.emitWarning('Using `patch` is highly likely to result in a `405 Method Not Allowed`. ' +
          '`PATCH` is much more likely to succeed.', { code: 'UNDICI-FETCH-patch' });
      }
      state.method = method;
    }

    if (dict.signal !== undefined) inputSignal = dict.signal;
    state.signal = followingSignal(inputSignal);

    // Headers: the input's (copied above) unless init brings its own.
    const headers = new Headers();
    state.headers = headers;
    if (state.mode === 'no-cors') {
      if (!CORS_SAFE_METHODS.includes(state.method)) {
        throw new TypeError(`'${state.method} is unsupported in no-cors mode.`);
      }
      setGuard(headers, 'request-no-cors');
    } else {
      setGuard(headers, 'request');
    }
    const own = listOf(headers);
    if (dict.headers !== undefined) {
      fill(headers, dict.headers);
    } else {
      const copy = new HeaderList(state.headerList);
      own.map = copy.map;
      own.cookies = copy.cookies;
    }
    delete state.headerList;

    const inputBody = inputRequest !== null ? inputRequest.body : null;
    const hasInitBody = dict.body !== undefined && dict.body !== null;
    if ((hasInitBody || inputBody !== null) && (state.method === 'GET' || state.method === 'HEAD')) {
      throw new TypeError('Request with GET/HEAD method cannot have body.');
    }
    let initBody = null;
    if (hasInitBody) {
      const [body, type] = extractBody(dict.body, state.keepalive);
      initBody = body;
      if (type !== null && !own.has('content-type')) own.append('content-type', type);
    }
    const inputOrInitBody = initBody ?? inputBody;
    if (inputOrInitBody !== null && inputOrInitBody.source === null) {
      if (initBody !== null && dict.duplex === undefined) {
        throw new TypeError('RequestInit: duplex option is required when sending a body.');
      }
      if (state.mode !== 'same-origin' && state.mode !== 'cors') {
        throw new TypeError('If request is made from ReadableStream, mode should be "same-origin" or "cors"');
      }
    }
    let finalBody = inputOrInitBody;
    if (initBody === null && inputBody !== null) {
      if (isUnusable(inputBody)) {
        throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
      }
      finalBody = transferBody(inputBody);
    }
    state.body = finalBody;
    this.#state = state;
  }

  get method() {
    return stateOf(this).method;
  }

  get url() {
    return stateOf(this).url;
  }

  get headers() {
    return stateOf(this).headers;
  }

  get destination() {
    stateOf(this);
    return '';
  }

  get referrer() {
    const r = stateOf(this).referrer;
    if (r === 'no-referrer') return '';
    if (r === 'client') return 'about:client';
    return r;
  }

  get referrerPolicy() {
    return stateOf(this).referrerPolicy;
  }

  get mode() {
    return stateOf(this).mode;
  }

  get credentials() {
    return stateOf(this).credentials;
  }

  get cache() {
    return stateOf(this).cache;
  }

  get redirect() {
    return stateOf(this).redirect;
  }

  get integrity() {
    return stateOf(this).integrity;
  }

  get keepalive() {
    return stateOf(this).keepalive;
  }

  get isReloadNavigation() {
    return stateOf(this).reloadNavigation;
  }

  get isHistoryNavigation() {
    return stateOf(this).historyNavigation;
  }

  get signal() {
    return stateOf(this).signal;
  }

  get body() {
    const body = stateOf(this).body;
    return body === null ? null : bodyStream(body);
  }

  get bodyUsed() {
    return isUsed(stateOf(this).body);
  }

  get duplex() {
    stateOf(this);
    return 'half';
  }

  clone() {
    const s = stateOf(this);
    if (isUnusable(s.body)) throw new TypeError('unusable');
    const copy = { ...s };
    copy.body = s.body === null ? null : cloneBody(s.body);
    copy.signal = followingSignal(s.signal);
    copy.headers = createHeaders(listOf(s.headers), guardOf(s.headers));
    adopting = copy;
    return new Request(null);
  }

  static {
    stateOf = (r) => {
      if (r === null || typeof r !== 'object' || !(#state in r)) throw illegalInvocation();
      return r.#state;
    };
  }
}

webIdlShape(Request, 'Request', ['method', 'url', 'headers', 'destination', 'referrer', 'referrerPolicy', 'mode',
  'credentials', 'cache', 'redirect', 'integrity', 'keepalive', 'isReloadNavigation', 'isHistoryNavigation', 'signal',
  'body', 'bodyUsed', 'duplex', 'clone']);

mixinBody(Request, (r) => {
  const s = stateOf(r);
  return { body: s.body, headers: s.headers };
});

Object.defineProperty(Request.prototype, customInspect, {
  value: function inspect(depth, options, inspectFn) {
    if (options.depth === null) options.depth = 2;
    const properties = {
      method: this.method,
      url: this.url,
      headers: this.headers,
      destination: this.destination,
      referrer: this.referrer,
      referrerPolicy: this.referrerPolicy,
      mode: this.mode,
      credentials: this.credentials,
      cache: this.cache,
      redirect: this.redirect,
      integrity: this.integrity,
      keepalive: this.keepalive,
      isReloadNavigation: this.isReloadNavigation,
      isHistoryNavigation: this.isHistoryNavigation,
      signal: this.signal,
    };
    return `Request ${inspectFn(properties, options)}`;
  },
  writable: true,
  configurable: true,
});

module.exports = { Request };
