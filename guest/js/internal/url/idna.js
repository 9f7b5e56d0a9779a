'use strict';
// Punycode (RFC 3492) and a simplified UTS #46 ToASCII/ToUnicode for URL hosts.
//
// The mapping step approximates the UTS #46 table with NFKC plus lower-casing and a few
// explicit rules (ignored code points, ideographic full stops). Missing: the exact
// table (a handful of code points map differently), the Bidi and ContextJ/ContextO
// rules, and the exact list of disallowed code points (we refuse unassigned, private
// use, surrogate and control code points outside ASCII).

const BASE = 36;
const TMIN = 1;
const TMAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAXINT = 0x7fffffff;

function adapt(delta, numPoints, firstTime) {
  delta = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  while (delta > ((BASE - TMIN) * TMAX) >> 1) {
    delta = Math.floor(delta / (BASE - TMIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - TMIN + 1) * delta) / (delta + SKEW));
}

function digitChar(d) {
  return String.fromCharCode(d < 26 ? 97 + d : 22 + d);
}

function digitValue(c) {
  if (c >= 0x30 && c <= 0x39) return c - 22;
  if (c >= 0x41 && c <= 0x5a) return c - 0x41;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61;
  return BASE;
}

function threshold(k, bias) {
  if (k <= bias) return TMIN;
  if (k >= bias + TMAX) return TMAX;
  return k - bias;
}

// Code points (string) -> punycode string (without the xn-- prefix). Throws on overflow.
function encode(str) {
  const input = Array.from(str, (c) => c.codePointAt(0));
  let out = '';
  for (const cp of input) if (cp < 0x80) out += String.fromCharCode(cp);
  const basic = out.length;
  let handled = basic;
  if (basic > 0) out += '-';
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  while (handled < input.length) {
    let m = Infinity;
    for (const cp of input) if (cp >= n && cp < m) m = cp;
    if (m - n > Math.floor((MAXINT - delta) / (handled + 1))) throw new RangeError('punycode overflow');
    delta += (m - n) * (handled + 1);
    n = m;
    for (const cp of input) {
      if (cp < n && ++delta > MAXINT) throw new RangeError('punycode overflow');
      if (cp === n) {
        let q = delta;
        for (let k = BASE; ; k += BASE) {
          const t = threshold(k, bias);
          if (q < t) break;
          out += digitChar(t + ((q - t) % (BASE - t)));
          q = Math.floor((q - t) / (BASE - t));
        }
        out += digitChar(q);
        bias = adapt(delta, handled + 1, handled === basic);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return out;
}

// Punycode string -> code points (string), or null when malformed.
function decode(input) {
  const out = [];
  let b = input.lastIndexOf('-');
  if (b < 0) b = 0;
  for (let j = 0; j < b; j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) return null;
    out.push(c);
  }
  let n = INITIAL_N;
  let i = 0;
  let bias = INITIAL_BIAS;
  for (let pos = b > 0 ? b + 1 : 0; pos < input.length;) {
    const oldi = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (pos >= input.length) return null;
      const digit = digitValue(input.charCodeAt(pos++));
      if (digit >= BASE || digit > Math.floor((MAXINT - i) / w)) return null;
      i += digit * w;
      const t = threshold(k, bias);
      if (digit < t) break;
      if (w > Math.floor(MAXINT / (BASE - t))) return null;
      w *= BASE - t;
    }
    bias = adapt(i - oldi, out.length + 1, oldi === 0);
    if (Math.floor(i / (out.length + 1)) > MAXINT - n) return null;
    n += Math.floor(i / (out.length + 1));
    i %= out.length + 1;
    if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return null;
    out.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...out);
}

// Code points UTS #46 drops (soft hyphen, joiners outside nontransitional use, variation
// selectors, byte-order mark...).
const IGNORED = /[\u00ad\u034f\u180b-\u180f\u200b\u2060\u2064\ufe00-\ufe0f\ufeff\u{e0100}-\u{e01ef}]/gu;
const DOTS = /[\u3002\uff0e\uff61]/g;
const DISALLOWED = /[\p{Cn}\p{Co}\p{Cs}\u0080-\u009f\ufffd\ufffc]/u;
const LEADING_MARK = /^\p{M}/u;

function mapDomain(domain) {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(domain)) return domain.toLowerCase();
  let s = domain.replace(IGNORED, '').replace(DOTS, '.');
  s = s.normalize('NFKC').toLowerCase().normalize('NFKC');
  return s.replace(IGNORED, '').replace(DOTS, '.');
}

function validLabel(label) {
  if (label === '') return true;
  if (DISALLOWED.test(label)) return false;
  if (LEADING_MARK.test(label)) return false;
  if (label.normalize('NFC') !== label) return false;
  return true;
}

// Returns the ASCII form of a domain, or null on failure (beStrict = false).
function toASCII(domain) {
  const mapped = mapDomain(domain);
  const labels = mapped.split('.');
  const out = [];
  for (let label of labels) {
    if (label.startsWith('xn--')) {
      if (/[^\x00-\x7f]/.test(label)) return null;
      const decoded = decode(label.slice(4));
      if (decoded === null || decoded === '' || /^[\x00-\x7f]*$/.test(decoded)) return null;
      if (mapDomain(decoded) !== decoded || decoded.includes('.') || !validLabel(decoded)) return null;
      out.push(label);
      continue;
    }
    if (!validLabel(label)) return null;
    if (/[^\x00-\x7f]/.test(label)) {
      try {
        label = `xn--${encode(label)}`;
      } catch {
        return null;
      }
    }
    out.push(label);
  }
  return out.join('.');
}

// ASCII domain -> Unicode labels; labels that fail to decode stay as they are.
function toUnicode(domain) {
  return domain.split('.').map((label) => {
    if (!/^xn--/i.test(label)) return label;
    const decoded = decode(label.slice(4).toLowerCase());
    return decoded === null ? label : decoded;
  }).join('.');
}

module.exports = { encode, decode, toASCII, toUnicode };
