'use strict';
// The WHATWG URL basic parser (a state machine over UTF-16 code units), host parsing and
// the serializers. A URL record is a plain object; hosts are kept serialized.

const idna = require('internal/url/idna');

const FAILURE = Symbol('failure');

// States.
const SCHEME_START = 1;
const SCHEME = 2;
const NO_SCHEME = 3;
const SPECIAL_RELATIVE_OR_AUTHORITY = 4;
const PATH_OR_AUTHORITY = 5;
const RELATIVE = 6;
const RELATIVE_SLASH = 7;
const SPECIAL_AUTHORITY_SLASHES = 8;
const SPECIAL_AUTHORITY_IGNORE_SLASHES = 9;
const AUTHORITY = 10;
const HOST = 11;
const HOSTNAME = 12;
const PORT = 13;
const FILE = 14;
const FILE_SLASH = 15;
const FILE_HOST = 16;
const PATH_START = 17;
const PATH = 18;
const OPAQUE_PATH = 19;
const QUERY = 20;
const FRAGMENT = 21;

const SPECIAL = { __proto__: null, 'ftp': 21, 'file': null, 'http': 80, 'https': 443, 'ws': 80, 'wss': 443 };

const isSpecialScheme = (s) => s in SPECIAL;
const defaultPort = (s) => (s in SPECIAL ? SPECIAL[s] : null);

// ---------------------------------------------------------------- percent-encoding

function inC0(c) {
  return c < 0x20 || c > 0x7e;
}
function inFragment(c) {
  return inC0(c) || c === 0x20 || c === 0x22 || c === 0x3c || c === 0x3e || c === 0x60;
}
function inQuery(c) {
  return inC0(c) || c === 0x20 || c === 0x22 || c === 0x23 || c === 0x3c || c === 0x3e;
}
function inSpecialQuery(c) {
  return inQuery(c) || c === 0x27;
}
function inPath(c) {
  return inQuery(c) || c === 0x3f || c === 0x60 || c === 0x7b || c === 0x7d;
}
function inUserinfo(c) {
  return inPath(c) || c === 0x2f || c === 0x3a || c === 0x3b || c === 0x3d || c === 0x40 ||
    (c >= 0x5b && c <= 0x5e) || c === 0x7c;
}
function inComponent(c) {
  return inUserinfo(c) || (c >= 0x24 && c <= 0x26) || c === 0x2b || c === 0x2c;
}
function inFormUrlencoded(c) {
  return inComponent(c) || c === 0x21 || (c >= 0x27 && c <= 0x29) || c === 0x7e;
}

const HEX = '0123456789ABCDEF';
const pctByte = (b) => `%${HEX[b >> 4]}${HEX[b & 15]}`;
const PCT = [];
for (let b = 0; b < 256; b++) PCT.push(pctByte(b));

// Lookup tables (1 = encode) for the ASCII range; everything above is always encoded.
function table(inSet) {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) t[c] = inSet(c) ? 1 : 0;
  return t;
}
const C0_SET = table(inC0);
const FRAGMENT_SET = table(inFragment);
const QUERY_SET = table(inQuery);
const SPECIAL_QUERY_SET = table(inSpecialQuery);
const PATH_SET = table(inPath);
const USERINFO_SET = table(inUserinfo);
const COMPONENT_SET = table(inComponent);
const FORM_SET = table(inFormUrlencoded);
const SETS = new Map([[inC0, C0_SET], [inFragment, FRAGMENT_SET], [inQuery, QUERY_SET], [inSpecialQuery, SPECIAL_QUERY_SET],
  [inPath, PATH_SET], [inUserinfo, USERINFO_SET], [inComponent, COMPONENT_SET], [inFormUrlencoded, FORM_SET]]);

function utf8Bytes(cp) {
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 63)];
  if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
  return [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
}

function utf8Pct(cp) {
  if (cp < 0x800) return PCT[0xc0 | (cp >> 6)] + PCT[0x80 | (cp & 63)];
  if (cp < 0x10000) return PCT[0xe0 | (cp >> 12)] + PCT[0x80 | ((cp >> 6) & 63)] + PCT[0x80 | (cp & 63)];
  return PCT[0xf0 | (cp >> 18)] + PCT[0x80 | ((cp >> 12) & 63)] + PCT[0x80 | ((cp >> 6) & 63)] + PCT[0x80 | (cp & 63)];
}

// Percent-encodes s[start, end) with an encode set table (UTF-8 for non-ASCII; a lone
// surrogate becomes U+FFFD). Runs of characters left alone are copied as slices.
function encodeRange(s, start, end, set, spaceAsPlus) {
  let out = '';
  let last = start;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (set[c] === 0) continue;
      out += s.slice(last, i) + (spaceAsPlus && c === 0x20 ? '+' : PCT[c]);
    } else {
      out += s.slice(last, i);
      let cp = c;
      if (c >= 0xd800 && c <= 0xdfff) {
        const d = i + 1 < end ? s.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
          cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
        } else {
          cp = 0xfffd;
        }
      }
      out += utf8Pct(cp);
    }
    last = i + 1;
  }
  return last === start ? s.slice(start, end) : out + s.slice(last, end);
}

function percentEncodeString(str, inSet, spaceAsPlus = false) {
  return encodeRange(str, 0, str.length, SETS.get(inSet) || table(inSet), spaceAsPlus);
}

const isHexDigit = (c) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
const hexVal = (c) => (c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x57);

// String -> bytes, decoding %XX (the string's code points become UTF-8 first).
function percentDecodeBytes(str) {
  const bytes = [];
  for (const ch of str) {
    for (const b of utf8Bytes(ch.codePointAt(0))) bytes.push(b);
  }
  const out = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x25 && i + 2 < bytes.length && isHexDigit(bytes[i + 1]) && isHexDigit(bytes[i + 2])) {
      out.push(hexVal(bytes[i + 1]) * 16 + hexVal(bytes[i + 2]));
      i += 2;
    } else {
      out.push(b);
    }
  }
  return out;
}

// UTF-8 decode with replacement characters (no BOM handling).
function utf8Decode(bytes) {
  let out = '';
  const n = bytes.length;
  for (let i = 0; i < n;) {
    const b = bytes[i];
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    let need = 0;
    let cp = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 0x1f; } else if (b >= 0xe0 && b <= 0xef) {
      need = 2; cp = b & 0xf;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3; cp = b & 0x7;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else {
      out += '\ufffd';
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      const c = bytes[j];
      if (j >= n || c < lo || c > hi) {
        ok = false;
        break;
      }
      lo = 0x80;
      hi = 0xbf;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (ok) {
      out += String.fromCodePoint(cp);
      i = j;
    } else {
      out += '\ufffd';
      i = j;
    }
  }
  return out;
}

const percentDecodeString = (str) => utf8Decode(percentDecodeBytes(str));

// Lone surrogates become U+FFFD (WebIDL USVString).
function toUSVString(s) {
  s = String(s);
  if (typeof s.isWellFormed === 'function' && s.isWellFormed()) return s;
  return s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

// ---------------------------------------------------------------- hosts

const FORBIDDEN_HOST = new Set([0, 9, 10, 13, 0x20, 0x23, 0x2f, 0x3a, 0x3c, 0x3e, 0x3f, 0x40, 0x5b, 0x5c, 0x5d, 0x5e, 0x7c]);
const isForbiddenHost = (c) => FORBIDDEN_HOST.has(c);

function parseIPv4Number(s) {
  if (s === '') return FAILURE;
  let radix = 10;
  if (s.length >= 2 && s[0] === '0' && (s[1] === 'x' || s[1] === 'X')) {
    radix = 16;
    s = s.slice(2);
  } else if (s.length >= 2 && s[0] === '0') {
    radix = 8;
    s = s.slice(1);
  }
  if (s === '') return 0;
  const re = radix === 10 ? /^[0-9]+$/ : radix === 16 ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/;
  if (!re.test(s)) return FAILURE;
  return parseInt(s, radix);
}

// Forbidden domain code points: the forbidden host ones, C0 controls, % and DEL.
const FORBIDDEN_DOMAIN_RE = /[\x00-\x20#%/:<>?@[\\\]^|\x7f]/;

// Quick rejection: a last label that is a number ends in a digit, a hex digit or "x".
function mayEndInANumber(s) {
  let i = s.length - 1;
  if (s.charCodeAt(i) === 0x2e) i--;
  const c = s.charCodeAt(i) | 0x20;
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || c === 0x78;
}

function endsInANumber(s) {
  const parts = s.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  if (last !== '' && /^[0-9]+$/.test(last)) return true;
  return parseIPv4Number(last) !== FAILURE;
}

function parseIPv4(s) {
  const parts = s.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return FAILURE;
  const nums = [];
  for (const p of parts) {
    const n = parseIPv4Number(p);
    if (n === FAILURE) return FAILURE;
    nums.push(n);
  }
  for (let i = 0; i < nums.length - 1; i++) if (nums[i] > 255) return FAILURE;
  if (nums[nums.length - 1] >= 256 ** (5 - nums.length)) return FAILURE;
  let ipv4 = nums[nums.length - 1];
  for (let i = 0; i < nums.length - 1; i++) ipv4 += nums[i] * 256 ** (3 - i);
  return ipv4;
}

function serializeIPv4(n) {
  const out = [];
  for (let i = 0; i < 4; i++) {
    out.unshift(String(n % 256));
    n = Math.floor(n / 256);
  }
  return out.join('.');
}

function parseIPv6(str) {
  const input = Array.from(str, (c) => c.codePointAt(0));
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0;
  let compress = null;
  let p = 0;
  const isDigit = (c) => c >= 0x30 && c <= 0x39;
  if (input[p] === 0x3a) {
    if (input[p + 1] !== 0x3a) return FAILURE;
    p += 2;
    pieceIndex++;
    compress = pieceIndex;
  }
  while (p < input.length) {
    if (pieceIndex === 8) return FAILURE;
    if (input[p] === 0x3a) {
      if (compress !== null) return FAILURE;
      p++;
      pieceIndex++;
      compress = pieceIndex;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && p < input.length && isHexDigit(input[p])) {
      value = value * 16 + hexVal(input[p]);
      p++;
      length++;
    }
    if (input[p] === 0x2e) {
      if (length === 0) return FAILURE;
      p -= length;
      if (pieceIndex > 6) return FAILURE;
      let numbersSeen = 0;
      while (p < input.length) {
        let ipv4Piece = null;
        if (numbersSeen > 0) {
          if (input[p] === 0x2e && numbersSeen < 4) p++;
          else return FAILURE;
        }
        if (!isDigit(input[p])) return FAILURE;
        while (isDigit(input[p])) {
          const n = input[p] - 0x30;
          if (ipv4Piece === null) ipv4Piece = n;
          else if (ipv4Piece === 0) return FAILURE;
          else ipv4Piece = ipv4Piece * 10 + n;
          if (ipv4Piece > 255) return FAILURE;
          p++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return FAILURE;
      break;
    } else if (input[p] === 0x3a) {
      p++;
      if (p >= input.length) return FAILURE;
    } else if (p < input.length) {
      return FAILURE;
    }
    address[pieceIndex] = value;
    pieceIndex++;
  }
  if (compress !== null) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const t = address[pieceIndex];
      address[pieceIndex] = address[compress + swaps - 1];
      address[compress + swaps - 1] = t;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return FAILURE;
  }
  return address;
}

function serializeIPv6(address) {
  // The first longest run of two or more zero pieces is compressed.
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (address[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  let out = '';
  let ignore0 = false;
  for (let i = 0; i < 8; i++) {
    if (ignore0 && address[i] === 0) continue;
    ignore0 = false;
    if (best === i) {
      out += i === 0 ? '::' : ':';
      ignore0 = true;
      continue;
    }
    out += address[i].toString(16);
    if (i !== 7) out += ':';
  }
  return `[${out}]`;
}

function parseOpaqueHost(input) {
  for (const ch of input) {
    if (isForbiddenHost(ch.codePointAt(0))) return FAILURE;
  }
  return percentEncodeString(input, inC0);
}

// Returns the serialized host or FAILURE.
function parseHost(input, isOpaque) {
  if (input[0] === '[') {
    if (input[input.length - 1] !== ']') return FAILURE;
    const a = parseIPv6(input.slice(1, -1));
    return a === FAILURE ? FAILURE : serializeIPv6(a);
  }
  if (isOpaque) return parseOpaqueHost(input);
  const domain = input.indexOf('%') === -1 ? input : percentDecodeString(input);
  // Plain ASCII domains without "xn--" labels only need lower-casing.
  const ascii = /^[\x00-\x7f]*$/.test(domain) && !/xn--/i.test(domain) ? domain.toLowerCase() : idna.toASCII(domain);
  if (ascii === null || ascii === '') return FAILURE;
  if (FORBIDDEN_DOMAIN_RE.test(ascii)) return FAILURE;
  if (mayEndInANumber(ascii) && endsInANumber(ascii)) {
    const n = parseIPv4(ascii);
    return n === FAILURE ? FAILURE : serializeIPv4(n);
  }
  return ascii;
}

// ---------------------------------------------------------------- the state machine

const isAlpha = (c) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isDigit = (c) => c >= 0x30 && c <= 0x39;

function isWindowsDriveLetter(s, normalizedOnly) {
  if (s.length !== 2 || !isAlpha(s.charCodeAt(0))) return false;
  return s[1] === ':' || (!normalizedOnly && s[1] === '|');
}

// Does the code point array, from p on, start with a Windows drive letter?
function startsWithWindowsDriveLetter(input, p) {
  if (input.length - p < 2) return false;
  const c1 = input.charCodeAt(p + 1);
  if (!isAlpha(input.charCodeAt(p)) || (c1 !== 0x3a && c1 !== 0x7c)) return false;
  if (input.length - p === 2) return true;
  const c = input.charCodeAt(p + 2);
  return c === 0x2f || c === 0x5c || c === 0x3f || c === 0x23;
}

const isSingleDot = (s) => s === '.' || s.toLowerCase() === '%2e';
function isDoubleDot(s) {
  s = s.toLowerCase();
  return s === '..' || s === '.%2e' || s === '%2e.' || s === '%2e%2e';
}

function newRecord() {
  return { scheme: '', username: '', password: '', host: null, port: null, path: [], query: null, fragment: null };
}

function cloneRecord(u) {
  return { ...u, path: typeof u.path === 'string' ? u.path : u.path.slice() };
}

const hasOpaquePath = (u) => typeof u.path === 'string';
const includesCredentials = (u) => u.username !== '' || u.password !== '';

function shortenPath(url) {
  const path = url.path;
  if (url.scheme === 'file' && path.length === 1 && isWindowsDriveLetter(path[0], true)) return;
  path.pop();
}

// The basic URL parser. Returns a record, FAILURE, or (with a state override) undefined
// after changing `url` in place.
function basicParse(input, base, url, stateOverride) {
  if (!url) {
    url = newRecord();
    if (input.length > 0 && (input.charCodeAt(0) <= 0x20 || input.charCodeAt(input.length - 1) <= 0x20)) {
      input = input.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
    }
  }
  if (input.indexOf('\t') !== -1 || input.indexOf('\n') !== -1 || input.indexOf('\r') !== -1) {
    input = input.replace(/[\t\n\r]/g, '');
  }
  // The machine walks UTF-16 code units: every state decision is about ASCII, and the
  // encoders pair surrogates themselves. Plain runs are consumed as slices.
  let state = stateOverride || SCHEME_START;
  let buffer = '';
  let atSignSeen = false;
  let insideBrackets = false;
  let passwordTokenSeen = false;
  const len = input.length;
  let special = isSpecialScheme(url.scheme);

  // EOF (-1) is processed once per state that sees it: states that step back re-read it.
  for (let p = 0; p <= len; p++) {
    const c = p < len ? input.charCodeAt(p) : -1;
    switch (state) {
      case SCHEME_START:
        if (isAlpha(c)) {
          buffer += String.fromCharCode(c | 0x20);
          state = SCHEME;
        } else if (!stateOverride) {
          state = NO_SCHEME;
          p--;
        } else {
          return FAILURE;
        }
        break;

      case SCHEME:
        if (isAlpha(c) || isDigit(c) || c === 0x2b || c === 0x2d || c === 0x2e) {
          buffer += String.fromCharCode(isAlpha(c) ? c | 0x20 : c);
        } else if (c === 0x3a) {
          if (stateOverride) {
            if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return;
            if ((includesCredentials(url) || url.port !== null) && buffer === 'file') return;
            if (url.scheme === 'file' && url.host === '') return;
          }
          url.scheme = buffer;
          special = isSpecialScheme(url.scheme);
          if (stateOverride) {
            if (url.port === defaultPort(url.scheme)) url.port = null;
            return;
          }
          buffer = '';
          if (url.scheme === 'file') {
            state = FILE;
          } else if (isSpecialScheme(url.scheme) && base && base.scheme === url.scheme) {
            state = SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (isSpecialScheme(url.scheme)) {
            state = SPECIAL_AUTHORITY_SLASHES;
          } else if (input.charCodeAt(p + 1) === 0x2f) {
            state = PATH_OR_AUTHORITY;
            p++;
          } else {
            url.path = '';
            state = OPAQUE_PATH;
          }
        } else if (!stateOverride) {
          buffer = '';
          state = NO_SCHEME;
          p = -1;
        } else {
          return FAILURE;
        }
        break;

      case NO_SCHEME:
        if (!base || (hasOpaquePath(base) && c !== 0x23)) return FAILURE;
        if (hasOpaquePath(base) && c === 0x23) {
          url.scheme = base.scheme;
          special = isSpecialScheme(url.scheme);
          url.path = base.path;
          url.query = base.query;
          url.fragment = '';
          state = FRAGMENT;
        } else if (base.scheme !== 'file') {
          state = RELATIVE;
          p--;
        } else {
          state = FILE;
          p--;
        }
        break;

      case SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === 0x2f && input.charCodeAt(p + 1) === 0x2f) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p++;
        } else {
          state = RELATIVE;
          p--;
        }
        break;

      case PATH_OR_AUTHORITY:
        if (c === 0x2f) {
          state = AUTHORITY;
        } else {
          state = PATH;
          p--;
        }
        break;

      case RELATIVE:
        url.scheme = base.scheme;
        special = isSpecialScheme(url.scheme);
        if (c === 0x2f) {
          state = RELATIVE_SLASH;
        } else if (isSpecialScheme(url.scheme) && c === 0x5c) {
          state = RELATIVE_SLASH;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 0x3f) {
            url.query = '';
            state = QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          } else if (c !== -1) {
            url.query = null;
            shortenPath(url);
            state = PATH;
            p--;
          }
        }
        break;

      case RELATIVE_SLASH:
        if (isSpecialScheme(url.scheme) && (c === 0x2f || c === 0x5c)) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c === 0x2f) {
          state = AUTHORITY;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = PATH;
          p--;
        }
        break;

      case SPECIAL_AUTHORITY_SLASHES:
        if (c === 0x2f && input.charCodeAt(p + 1) === 0x2f) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p++;
        } else {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p--;
        }
        break;

      case SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== 0x2f && c !== 0x5c) {
          state = AUTHORITY;
          p--;
        }
        break;

      case AUTHORITY:
        if (c === 0x40) {
          if (atSignSeen) buffer = `%40${buffer}`;
          atSignSeen = true;
          if (passwordTokenSeen) {
            url.password += encodeRange(buffer, 0, buffer.length, USERINFO_SET);
          } else {
            const colon = buffer.indexOf(':');
            if (colon === -1) {
              url.username += encodeRange(buffer, 0, buffer.length, USERINFO_SET);
            } else {
              passwordTokenSeen = true;
              url.username += encodeRange(buffer, 0, colon, USERINFO_SET);
              url.password += encodeRange(buffer, colon + 1, buffer.length, USERINFO_SET);
            }
          }
          buffer = '';
        } else if (c === -1 || c === 0x2f || c === 0x3f || c === 0x23 || (special && c === 0x5c)) {
          if (atSignSeen && buffer === '') return FAILURE;
          p -= buffer.length + 1;
          buffer = '';
          state = HOST;
        } else {
          let q = p + 1;
          while (q < len) {
            const d = input.charCodeAt(q);
            if (d === 0x40 || d === 0x2f || d === 0x3f || d === 0x23 || (special && d === 0x5c)) break;
            q++;
          }
          buffer += input.slice(p, q);
          p = q - 1;
        }
        break;

      case HOST:
      case HOSTNAME:
        if (stateOverride && url.scheme === 'file') {
          p--;
          state = FILE_HOST;
        } else if (c === 0x3a && !insideBrackets) {
          if (buffer === '') return FAILURE;
          if (stateOverride === HOSTNAME) return FAILURE;
          const host = parseHost(buffer, !special);
          if (host === FAILURE) return FAILURE;
          url.host = host;
          buffer = '';
          state = PORT;
        } else if (c === -1 || c === 0x2f || c === 0x3f || c === 0x23 || (special && c === 0x5c)) {
          p--;
          if (special && buffer === '') return FAILURE;
          if (stateOverride && buffer === '' && (includesCredentials(url) || url.port !== null)) return FAILURE;
          const host = parseHost(buffer, !special);
          if (host === FAILURE) return FAILURE;
          url.host = host;
          buffer = '';
          state = PATH_START;
          if (stateOverride) return;
        } else {
          if (c === 0x5b) insideBrackets = true;
          if (c === 0x5d) insideBrackets = false;
          let q = p + 1;
          while (q < len) {
            const d = input.charCodeAt(q);
            if (d === 0x3a || d === 0x2f || d === 0x3f || d === 0x23 || d === 0x5b || d === 0x5d || d === 0x5c) break;
            q++;
          }
          buffer += input.slice(p, q);
          p = q - 1;
        }
        break;

      case PORT:
        if (isDigit(c)) {
          buffer += String.fromCharCode(c);
        } else if (c === -1 || c === 0x2f || c === 0x3f || c === 0x23 || (special && c === 0x5c) || stateOverride) {
          if (buffer !== '') {
            const port = parseInt(buffer, 10);
            if (port > 65535) return FAILURE;
            url.port = port === defaultPort(url.scheme) ? null : port;
            buffer = '';
          }
          if (stateOverride) return;
          state = PATH_START;
          p--;
        } else {
          return FAILURE;
        }
        break;

      case FILE:
        url.scheme = 'file';
        special = true;
        url.host = '';
        if (c === 0x2f || c === 0x5c) {
          state = FILE_SLASH;
        } else if (base && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 0x3f) {
            url.query = '';
            state = QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          } else if (c !== -1) {
            url.query = null;
            if (!startsWithWindowsDriveLetter(input, p)) shortenPath(url);
            else url.path = [];
            state = PATH;
            p--;
          }
        } else {
          state = PATH;
          p--;
        }
        break;

      case FILE_SLASH:
        if (c === 0x2f || c === 0x5c) {
          state = FILE_HOST;
        } else {
          if (base && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWindowsDriveLetter(input, p) && base.path.length > 0 &&
                isWindowsDriveLetter(base.path[0], true)) {
              url.path.push(base.path[0]);
            }
          }
          state = PATH;
          p--;
        }
        break;

      case FILE_HOST:
        if (c === -1 || c === 0x2f || c === 0x5c || c === 0x3f || c === 0x23) {
          p--;
          if (!stateOverride && isWindowsDriveLetter(buffer, false)) {
            state = PATH; // the buffer carries the drive letter into the path state
          } else if (buffer === '') {
            url.host = '';
            if (stateOverride) return;
            state = PATH_START;
          } else {
            let host = parseHost(buffer, !special);
            if (host === FAILURE) return FAILURE;
            if (host === 'localhost') host = '';
            url.host = host;
            if (stateOverride) return;
            buffer = '';
            state = PATH_START;
          }
        } else {
          let q = p + 1;
          while (q < len) {
            const d = input.charCodeAt(q);
            if (d === 0x2f || d === 0x5c || d === 0x3f || d === 0x23) break;
            q++;
          }
          buffer += input.slice(p, q);
          p = q - 1;
        }
        break;

      case PATH_START:
        if (special) {
          state = PATH;
          if (c !== 0x2f && c !== 0x5c) p--;
        } else if (!stateOverride && c === 0x3f) {
          url.query = '';
          state = QUERY;
        } else if (!stateOverride && c === 0x23) {
          url.fragment = '';
          state = FRAGMENT;
        } else if (c !== -1) {
          state = PATH;
          if (c !== 0x2f) p--;
        } else if (stateOverride && url.host === null) {
          url.path.push('');
        }
        break;

      case PATH:
        if (c === -1 || c === 0x2f || (special && c === 0x5c) || (!stateOverride && (c === 0x3f || c === 0x23))) {
          const slash = c === 0x2f || (special && c === 0x5c);
          if (isDoubleDot(buffer)) {
            // Node's parser (ada) leaves a non-special path empty when ".." had nothing
            // to remove ("sc://h/.." is "sc://h"); the spec would give "sc://h/".
            const removed = url.path.length > 0;
            shortenPath(url);
            if (!slash && (special || removed)) url.path.push('');
          } else if (isSingleDot(buffer) && !slash) {
            url.path.push('');
          } else if (!isSingleDot(buffer)) {
            if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(buffer, false)) {
              buffer = `${buffer[0]}:`;
            }
            url.path.push(buffer);
          }
          buffer = '';
          if (c === 0x3f) {
            url.query = '';
            state = QUERY;
          }
          if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          }
        } else {
          let q = p + 1;
          while (q < len) {
            const d = input.charCodeAt(q);
            if (d === 0x2f || (special && d === 0x5c) || (!stateOverride && (d === 0x3f || d === 0x23))) break;
            q++;
          }
          buffer += encodeRange(input, p, q, PATH_SET);
          p = q - 1;
        }
        break;

      case OPAQUE_PATH:
        if (c === 0x3f) {
          url.query = '';
          state = QUERY;
        } else if (c === 0x23) {
          url.fragment = '';
          state = FRAGMENT;
        } else if (c !== -1) {
          let q = p + 1;
          while (q < len) {
            const d = input.charCodeAt(q);
            if (d === 0x3f || d === 0x23) break;
            q++;
          }
          url.path += encodeRange(input, p, q, C0_SET);
          p = q - 1;
        }
        break;

      case QUERY:
        if ((!stateOverride && c === 0x23) || c === -1) {
          url.query += encodeRange(buffer, 0, buffer.length, special ? SPECIAL_QUERY_SET : QUERY_SET);
          buffer = '';
          if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          }
        } else {
          let q = p + 1;
          if (!stateOverride) {
            const hash = input.indexOf('#', q);
            q = hash === -1 ? len : hash;
          } else {
            q = len;
          }
          buffer += input.slice(p, q);
          p = q - 1;
        }
        break;

      case FRAGMENT:
        if (c !== -1) {
          url.fragment += encodeRange(input, p, len, FRAGMENT_SET);
          p = len - 1;
        }
        break;

      default:
        throw new Error(`unknown URL parser state ${state}`);
    }
  }
  return stateOverride ? undefined : url;
}

function parse(input, base) {
  return basicParse(toUSVString(input), base || null);
}

// ---------------------------------------------------------------- serializers

function serializePath(url) {
  if (hasOpaquePath(url)) return url.path;
  let out = '';
  for (const seg of url.path) out += `/${seg}`;
  return out;
}

function serialize(url, excludeFragment) {
  let out = `${url.scheme}:`;
  if (url.host !== null) {
    out += '//';
    if (includesCredentials(url)) {
      out += url.username;
      if (url.password !== '') out += `:${url.password}`;
      out += '@';
    }
    out += url.host;
    if (url.port !== null) out += `:${url.port}`;
  }
  if (url.host === null && !hasOpaquePath(url) && url.path.length > 1 && url.path[0] === '') out += '/.';
  out += serializePath(url);
  if (url.query !== null) out += `?${url.query}`;
  if (!excludeFragment && url.fragment !== null) out += `#${url.fragment}`;
  return out;
}

function origin(url) {
  switch (url.scheme) {
    case 'blob': {
      const inner = parse(serializePath(url));
      if (inner !== FAILURE && (inner.scheme === 'http' || inner.scheme === 'https')) return origin(inner);
      return 'null';
    }
    case 'ftp':
    case 'http':
    case 'https':
    case 'ws':
    case 'wss':
      return `${url.scheme}://${url.host}${url.port !== null ? `:${url.port}` : ''}`;
    default:
      return 'null';
  }
}

module.exports = {
  FAILURE, SCHEME_START, HOST, HOSTNAME, PORT, PATH_START, QUERY, FRAGMENT,
  basicParse, parse, serialize, serializePath, origin, parseHost, newRecord, cloneRecord,
  hasOpaquePath, includesCredentials, isSpecialScheme, defaultPort, toUSVString,
  percentEncodeString, percentDecodeBytes, percentDecodeString, utf8Decode, utf8Bytes,
  inUserinfo, inFormUrlencoded, inComponent, inPath, inC0,
};
