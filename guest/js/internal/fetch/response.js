'use strict';
// Response (WHATWG Fetch): constructor, Response.error/json/redirect, clone, the Body mixin.

const {
  Headers, listOf, guardOf, setGuard, createHeaders, fill, webIdlShape, illegalInvocation, requireArgs, toByteString,
} = require('internal/fetch/headers');
const {
  BodyRecord, bodyStream, isUsed, isUnusable, cloneBody, extractBody, mixinBody,
} = require('internal/fetch/body');

const customInspect = Symbol.for('nodejs.util.inspect.custom');

const NULL_BODY_STATUSES = [101, 103, 204, 205, 304];
const REDIRECT_STATUSES = [301, 302, 303, 307, 308];
const reasonPhraseRe = /^[\t\x20-\x7e\x80-\xff]*$/;

// WebIDL `unsigned short`.
function toUnsignedShort(v) {
  let x = Number(v);
  if (!Number.isFinite(x) || x === 0) return 0;
  x = Math.trunc(x) % 65536;
  return x < 0 ? x + 65536 : x;
}

// WebIDL ResponseInit.
function convertInit(init, prefix) {
  if (init === undefined || init === null) return { status: 200, statusText: '' };
  if (typeof init !== 'object' && typeof init !== 'function') {
    throw new TypeError(`${prefix}: Expected ${String(init)} to be one of: Null, Undefined, Object.`);
  }
  const d = { status: 200, statusText: '' };
  let v;
  if ((v = init.headers) !== undefined) d.headers = v;
  if ((v = init.status) !== undefined) d.status = toUnsignedShort(v);
  if ((v = init.statusText) !== undefined) d.statusText = toByteString(v, prefix, 'statusText');
  return d;
}

let stateOf;
let adopting = null;

// Shared by the constructor and Response.json: status, statusText, headers, then the body.
function initialize(state, dict, bodyWithType) {
  if (dict.status < 200 || dict.status > 599) {
    throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
  }
  if (!reasonPhraseRe.test(dict.statusText)) throw new TypeError('Invalid statusText');
  state.status = dict.status;
  state.statusText = dict.statusText;
  if (dict.headers !== undefined) fill(state.headers, dict.headers);
  if (bodyWithType !== null) {
    if (NULL_BODY_STATUSES.includes(state.status)) {
      throw new TypeError(`Response constructor: Invalid response status code ${state.status}`);
    }
    const [body, type] = bodyWithType;
    state.body = body;
    const list = listOf(state.headers);
    if (type !== null && !list.has('content-type')) list.append('content-type', type);
  }
}

function newState(guard) {
  const headers = new Headers();
  setGuard(headers, guard);
  return {
    type: 'default', status: 200, statusText: '', urlList: [], headers, body: null,
  };
}

class Response {
  #state;

  constructor(body = null, init = undefined) {
    if (adopting !== null) {
      // Response.error/json/redirect and clone(): the state is ready.
      this.#state = adopting;
      adopting = null;
      return;
    }
    const bodyWithType = body === null ? null : extractBody(body);
    const dict = convertInit(init, 'undefined');
    const state = newState('response');
    initialize(state, dict, bodyWithType);
    this.#state = state;
  }

  static error() {
    const state = newState('immutable');
    state.type = 'error';
    state.status = 0;
    return adopt(state);
  }

  static json(data, init = undefined) {
    requireArgs('Response.json', arguments.length, 1);
    const dict = convertInit(init, 'undefined');
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const [body] = extractBody(text);
    const state = newState('response');
    initialize(state, dict, [body, 'application/json']);
    return adopt(state);
  }

  static redirect(url, status = 302) {
    requireArgs('Response.redirect', arguments.length, 1);
    const input = `${url}`;
    let parsed;
    try {
      parsed = new (require('url').URL)(input);
    } catch (err) {
      throw new TypeError(`Failed to parse URL from ${input}`, { cause: err });
    }
    status = toUnsignedShort(status);
    if (!REDIRECT_STATUSES.includes(status)) throw new RangeError(`Invalid status code ${status}`);
    const state = newState('immutable');
    state.status = status;
    listOf(state.headers).append('location', parsed.href);
    return adopt(state);
  }

  get type() {
    return stateOf(this).type;
  }

  get url() {
    const list = stateOf(this).urlList;
    if (list.length === 0) return '';
    const last = list[list.length - 1];
    const hash = last.indexOf('#');
    return hash === -1 ? last : last.slice(0, hash);
  }

  get redirected() {
    return stateOf(this).urlList.length > 1;
  }

  get status() {
    return stateOf(this).status;
  }

  get ok() {
    const { status } = stateOf(this);
    return status >= 200 && status <= 299;
  }

  get statusText() {
    return stateOf(this).statusText;
  }

  get headers() {
    return stateOf(this).headers;
  }

  get body() {
    const body = stateOf(this).body;
    return body === null ? null : bodyStream(body);
  }

  get bodyUsed() {
    return isUsed(stateOf(this).body);
  }

  clone() {
    const s = stateOf(this);
    if (isUnusable(s.body)) throw new TypeError('Response.clone: Body has already been consumed.');
    const copy = { ...s, urlList: s.urlList.slice() };
    copy.body = s.body === null ? null : cloneBody(s.body);
    copy.headers = createHeaders(listOf(s.headers), guardOf(s.headers));
    return adopt(copy);
  }

  static {
    stateOf = (r) => {
      if (r === null || typeof r !== 'object' || !(#state in r)) throw illegalInvocation();
      return r.#state;
    };
  }
}

function adopt(state) {
  adopting = state;
  return new Response();
}

webIdlShape(Response, 'Response', ['type', 'url', 'redirected', 'status', 'ok', 'statusText', 'headers', 'body',
  'bodyUsed', 'clone'], ['error', 'json', 'redirect']);

mixinBody(Response, (r) => {
  const s = stateOf(r);
  return { body: s.body, headers: s.headers };
});

Object.defineProperty(Response.prototype, customInspect, {
  value: function inspect(depth, options, inspectFn) {
    if (options.depth === null) options.depth = 2;
    const properties = {
      status: this.status,
      statusText: this.statusText,
      headers: this.headers,
      body: this.body,
      bodyUsed: this.bodyUsed,
      ok: this.ok,
      redirected: this.redirected,
      type: this.type,
      url: this.url,
    };
    return `Response ${inspectFn(properties, options)}`;
  },
  writable: true,
  configurable: true,
});

// A Response for what the network returned (fetch): `headers` is a flat raw list.
function fromNetwork(status, statusText, rawHeaders, stream, urlList) {
  const state = newState('immutable');
  const headers = new Headers();
  for (let i = 0; i < rawHeaders.length; i += 2) headers.append(rawHeaders[i], rawHeaders[i + 1]);
  setGuard(headers, 'immutable');
  Object.assign(state, { type: 'basic', status, statusText, headers, urlList });
  state.body = stream === null ? null : new BodyRecord(stream, null, null);
  return adopt(state);
}

module.exports = { Response, fromNetwork };
