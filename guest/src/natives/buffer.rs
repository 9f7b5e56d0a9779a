//! Natives for node:buffer: converting between JS strings and bytes in every Node encoding
//! (utf8, ucs2/utf16le, latin1/binary, ascii, base64, base64url, hex), and searching,
//! comparing, filling and byte-swapping byte ranges, all in Rust rather than in QuickJS.
//!
//! Strings are read through `JS_ToCStringLen2`, never through rquickjs's `to_string`
//! (which fails on lone surrogates). In CESU-8 mode every UTF-16 code unit comes out as its
//! own 1–3 byte sequence, so the exact code units can be recovered for latin1, utf16le,
//! hex and base64; in the default mode pairs are joined and a lone surrogate comes out as
//! `ED A0..BF xx`, which the utf8 encoder turns into U+FFFD (`EF BF BD`) as Node does.
//!
//! These are raw QuickJS C functions rather than rquickjs closures: Buffer calls them for
//! every small string, and the raw call costs about half as much. The JS side
//! (guest/js/node/buffer.js) validates arguments, so numbers arrive as numbers and strings as
//! strings. Byte pointers come from the typed array itself and are only used before
//! control returns to JS, after every argument has been read.
use super::raw::{boolean, check, native, number, type_error, view, view_mut, Args, Cx, JsBytes, JsVal, Thrown, R};
use javy::quickjs::{qjs, Array, Ctx, Error, Function, Object, Result, Value};
use std::borrow::Cow;

// Encoding ids shared with guest/js/internal/buffer/encodings.js.
pub(super) const UTF8: i32 = 0;
const UCS2: i32 = 1;
const LATIN1: i32 = 2;
const ASCII: i32 = 3;
const BASE64: i32 = 4;
const BASE64URL: i32 = 5;
const HEX: i32 = 6;

/// The UTF-16 code units of CESU-8 bytes (as produced by `JsBytes::new(.., true)`).
fn units(b: &[u8]) -> impl Iterator<Item = u16> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        let c = *b.get(i)?;
        let (u, n) = if c < 0x80 {
            (c as u16, 1)
        } else if c < 0xe0 {
            (((c as u16 & 0x1f) << 6) | (b.get(i + 1).copied().unwrap_or(0) as u16 & 0x3f), 2)
        } else {
            let c1 = b.get(i + 1).copied().unwrap_or(0) as u16;
            let c2 = b.get(i + 2).copied().unwrap_or(0) as u16;
            (((c as u16 & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f), 3)
        };
        i += n;
        Some(u)
    })
}

fn new_string(c: Cx, utf8: &[u8]) -> R<JsVal> {
    // SAFETY: `utf8` is valid UTF-8 (QuickJS copies it).
    check(unsafe { qjs::JS_NewStringLen(c, utf8.as_ptr().cast(), utf8.len() as _) })
}

fn new_string16(c: Cx, units: &[u16]) -> R<JsVal> {
    // SAFETY: QuickJS copies `units`; any code units are allowed.
    check(unsafe { qjs::JS_NewStringUTF16(c, units.as_ptr(), units.len() as _) })
}

/// `start..end` clamped to `0..len` (NaN counts as 0).
fn range(len: usize, start: f64, end: f64) -> std::ops::Range<usize> {
    let end = (end.max(0.0) as usize).min(len);
    (start.max(0.0) as usize).min(end)..end
}

// ---------------------------------------------------------------------------- encoding

/// Copies WTF-8 into `out`, turning each lone surrogate (`ED A0..BF xx`) into U+FFFD.
/// Lone surrogates are the only `ED` sequences with a second byte of A0 or more.
fn copy_utf8(src: &[u8], out: &mut [u8]) {
    out.copy_from_slice(src);
    let mut i = 0;
    while let Some(p) = memchr::memchr(0xed, &out[i..]) {
        let at = i + p;
        if at + 2 < out.len() && out[at + 1] >= 0xa0 {
            out[at..at + 3].copy_from_slice(&[0xef, 0xbf, 0xbd]);
        }
        i = at + 1;
    }
}

/// The longest prefix of UTF-8 `b` that is at most `max` bytes and ends on a character
/// boundary (Node writes only whole characters).
fn utf8_prefix(b: &[u8], max: usize) -> usize {
    if b.len() <= max {
        return b.len();
    }
    let mut n = max;
    while n > 0 && (b[n] & 0xc0) == 0x80 {
        n -= 1;
    }
    n
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Both alphabets decode ('+' and '-' are 62, '/' and '_' are 63); 255 is not base64.
const UNB64: [u8; 256] = {
    let mut t = [255u8; 256];
    let mut i = 0;
    while i < 64 {
        t[B64[i] as usize] = i as u8;
        t[B64URL[i] as usize] = i as u8;
        i += 1;
    }
    t
};

const UNHEX: [u8; 256] = {
    let mut t = [255u8; 256];
    let mut i = 0;
    while i < 10 {
        t[b'0' as usize + i] = i as u8;
        i += 1;
    }
    let mut i = 0;
    while i < 6 {
        t[b'a' as usize + i] = 10 + i as u8;
        t[b'A' as usize + i] = 10 + i as u8;
        i += 1;
    }
    t
};

fn base64_encode(src: &[u8], url: bool) -> Vec<u8> {
    let t = if url { B64URL } else { B64 };
    let full = src.len() / 3;
    let mut out = vec![0u8; src.len().div_ceil(3) * 4];
    for (o, c) in out.chunks_exact_mut(4).zip(src.chunks_exact(3)) {
        let n = (c[0] as u32) << 16 | (c[1] as u32) << 8 | c[2] as u32;
        o[0] = t[(n >> 18) as usize];
        o[1] = t[(n >> 12 & 63) as usize];
        o[2] = t[(n >> 6 & 63) as usize];
        o[3] = t[(n & 63) as usize];
    }
    let tail = &mut out[full * 4..];
    match src[full * 3..] {
        [a] => {
            tail.copy_from_slice(&[t[(a >> 2) as usize], t[((a & 3) << 4) as usize], b'=', b'=']);
        }
        [a, b] => {
            tail.copy_from_slice(&[
                t[(a >> 2) as usize],
                t[((a & 3) << 4 | b >> 4) as usize],
                t[((b & 15) << 2) as usize],
                b'=',
            ]);
        }
        _ => {}
    }
    if url {
        // base64url has no padding.
        while out.last() == Some(&b'=') {
            out.pop();
        }
    }
    out
}

/// Node's lenient base64 decoding: characters outside both alphabets are skipped, the
/// first '=' ends the input, a two-byte character counts as its low byte, and a dangling
/// 6-bit group is dropped. Writes at most `out.len()` bytes; returns how many.
fn base64_decode(src: impl Iterator<Item = u8>, out: &mut [u8]) -> usize {
    let (mut acc, mut bits, mut k) = (0u32, 0u32, 0usize);
    if out.is_empty() {
        return 0;
    }
    for c in src {
        let v = UNB64[c as usize];
        if v == 255 {
            if c == b'=' {
                break;
            }
            continue;
        }
        acc = (acc << 6 | v as u32) & 0xffffff;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out[k] = (acc >> bits) as u8;
            k += 1;
            if k == out.len() {
                break;
            }
        }
    }
    k
}

/// Decodes whole groups of four valid characters; returns characters read and bytes written.
fn base64_decode_fast(src: &[u8], out: &mut [u8]) -> (usize, usize) {
    let mut groups = 0;
    for (o, g) in out.chunks_exact_mut(3).zip(src.chunks_exact(4)) {
        let [a, b, c, d] = [g[0], g[1], g[2], g[3]].map(|x| UNB64[x as usize] as u32);
        // Invalid characters map to 255, which sets bits above the 6 a digit uses.
        if (a | b | c | d) > 63 {
            break;
        }
        let n = a << 18 | b << 12 | c << 6 | d;
        o.copy_from_slice(&[(n >> 16) as u8, (n >> 8) as u8, n as u8]);
        groups += 1;
    }
    // From a group boundary, the general decoder continues exactly where this stopped.
    (groups * 4, groups * 3)
}

/// `hex_decode` over bytes, a pair at a time.
fn hex_decode_bytes(src: &[u8], out: &mut [u8]) -> usize {
    let mut k = 0;
    for (o, p) in out.iter_mut().zip(src.chunks_exact(2)) {
        let (a, b) = (UNHEX[p[0] as usize], UNHEX[p[1] as usize]);
        if (a | b) > 15 {
            break;
        }
        *o = a << 4 | b;
        k += 1;
    }
    k
}

/// Node's hex decoding: pairs of hex digits (a two-byte character counts as its low byte)
/// until the first pair that is not, or until `out` is full.
fn hex_decode(mut src: impl Iterator<Item = u8>, out: &mut [u8]) -> usize {
    let mut k = 0;
    while k < out.len() {
        let (Some(a), Some(b)) = (src.next(), src.next()) else { break };
        let (a, b) = (UNHEX[a as usize], UNHEX[b as usize]);
        if a == 255 || b == 255 {
            break;
        }
        out[k] = a << 4 | b;
        k += 1;
    }
    k
}

// ---------------------------------------------------------------------------- searching

/// Where a search starts (Node's rules): negative offsets count from the end; past the
/// end, forward searches fail and backward ones search everything. -1: no match possible.
fn start_offset(len: usize, offset: i64, needle: usize, forward: bool) -> i64 {
    let len = len as i64;
    if offset < 0 {
        if offset + len >= 0 {
            len + offset
        } else if forward || needle == 0 {
            0
        } else {
            -1
        }
    } else if offset + needle as i64 <= len {
        offset
    } else if needle == 0 {
        len
    } else if forward {
        -1
    } else {
        len - 1
    }
}

/// First (or last) match of `needle` in `hay` at or after (at or before) `from`, only at
/// positions that are multiples of `step`.
fn find(hay: &[u8], needle: &[u8], from: usize, forward: bool, step: usize) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    if forward {
        let mut pos = from;
        while pos + needle.len() <= hay.len() {
            let p = pos + memchr::memmem::find(&hay[pos..], needle)?;
            if p.is_multiple_of(step) {
                return Some(p);
            }
            pos = p + 1;
        }
        None
    } else {
        let mut end = (from + needle.len()).min(hay.len());
        loop {
            let p = memchr::memmem::rfind(&hay[..end], needle)?;
            if p.is_multiple_of(step) {
                return Some(p);
            }
            end = p + needle.len() - 1;
        }
    }
}

/// Node's indexOf/lastIndexOf. For ucs2, whole code units are compared at even positions;
/// a string needle's haystack is cut to an even length first, a buffer needle's is not
/// (and then, as in Node, a miss in an odd-length haystack reports its last index).
fn index_of_bytes(hay: &[u8], needle: &[u8], offset: i64, ucs2: bool, string_needle: bool, forward: bool) -> f64 {
    let hay = if ucs2 && string_needle { &hay[..hay.len() & !1] } else { hay };
    let start = start_offset(hay.len(), offset, needle.len(), forward);
    if needle.is_empty() {
        return start as f64;
    }
    if hay.is_empty() || start < 0 {
        return -1.0;
    }
    let start = start as usize;
    if (forward && needle.len() + start > hay.len()) || needle.len() > hay.len() {
        return -1.0;
    }
    if ucs2 {
        if hay.len() < 2 || needle.len() < 2 {
            return -1.0;
        }
        let units = hay.len() / 2 * 2;
        let found = find(&hay[..units], &needle[..needle.len() & !1], start & !1, forward, 2);
        return match found {
            Some(p) => p as f64,
            None if units != hay.len() => units as f64,
            None => -1.0,
        };
    }
    find(hay, needle, start, forward, 1).map_or(-1.0, |p| p as f64)
}

fn compare(a: &[u8], b: &[u8]) -> i32 {
    match a.cmp(b) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }
}

/// A string's bytes in the form encoding `enc` starts from: WTF-8 for utf8, CESU-8
/// (one sequence per code unit) for the rest.
fn string_bytes(c: Cx, s: JsVal, enc: i32) -> R<JsBytes> {
    JsBytes::new(c, s, enc != UTF8)
}

/// An upper bound of the encoded size of `string_bytes` of length `len`.
fn max_encoded(len: usize, enc: i32) -> usize {
    match enc {
        UCS2 => len * 2,
        HEX => len / 2,
        BASE64 | BASE64URL => len / 4 * 3 + 3,
        _ => len,
    }
}

/// Encodes `string_bytes` output `b` into `out`; returns the number of bytes written.
fn encode_into(b: &[u8], enc: i32, out: &mut [u8]) -> usize {
    match enc {
        UTF8 => {
            let n = utf8_prefix(b, out.len());
            copy_utf8(&b[..n], &mut out[..n]);
            n
        }
        UCS2 => {
            let mut k = 0;
            for u in units(b).take(out.len() / 2) {
                out[k..k + 2].copy_from_slice(&u.to_le_bytes());
                k += 2;
            }
            k
        }
        // Each character counts as the low byte of its code unit.
        HEX if b.is_ascii() => hex_decode_bytes(b, out),
        HEX => hex_decode(units(b).map(|u| u as u8), out),
        BASE64 | BASE64URL => {
            // The fast loop takes valid (so ASCII) characters only: where it stops, the rest
            // is read as bytes if ASCII, else as code units.
            let (read, written) = base64_decode_fast(b, out);
            let (b, out) = (&b[read..], &mut out[written..]);
            written
                + if b.is_ascii() {
                    base64_decode(b.iter().copied(), out)
                } else {
                    base64_decode(units(b).map(|u| u as u8), out)
                }
        }
        // latin1 and ascii keep the low byte of each code unit.
        _ if b.is_ascii() => {
            let n = b.len().min(out.len());
            out[..n].copy_from_slice(&b[..n]);
            n
        }
        _ => {
            let mut k = 0;
            for (o, u) in out.iter_mut().zip(units(b)) {
                *o = u as u8;
                k += 1;
            }
            k
        }
    }
}

/// String `s` in encoding `enc`, as a new Vec.
pub(super) fn encode(c: Cx, s: JsVal, enc: i32) -> R<Vec<u8>> {
    let js = string_bytes(c, s, enc)?;
    let mut v = vec![0; max_encoded(js.len, enc)];
    let n = encode_into(js.bytes(), enc, &mut v);
    v.truncate(n);
    Ok(v)
}

unsafe extern "C" fn free_array_buffer(
    rt: *mut qjs::JSRuntime,
    _opaque: *mut std::ffi::c_void,
    ptr: *mut std::ffi::c_void,
) {
    // SAFETY: `ptr` came from js_mallocz on this runtime (new_array_buffer).
    unsafe { qjs::js_free_rt(rt, ptr) }
}

/// A new ArrayBuffer of at most `cap` bytes, filled by `fill` (which returns the length
/// it used), in memory QuickJS allocates and accounts for, without a copy.
fn new_array_buffer(c: Cx, cap: usize, fill: impl FnOnce(&mut [u8]) -> usize) -> R<JsVal> {
    // SAFETY: the allocation is zeroed, owned here until the ArrayBuffer takes it, and
    // freed with the runtime's allocator (free_array_buffer) or on failure.
    unsafe {
        let p = qjs::js_mallocz(c, cap.max(1) as _).cast::<u8>();
        if p.is_null() {
            return Err(Thrown);
        }
        let n = fill(std::slice::from_raw_parts_mut(p, cap)).min(cap);
        let p = if n > 0 && n < cap {
            // Shrinking; should it fail, the exception is already thrown.
            let q = qjs::js_realloc(c, p.cast(), n as _).cast::<u8>();
            if q.is_null() {
                qjs::js_free(c, p.cast());
                return Err(Thrown);
            }
            q
        } else {
            p
        };
        let ab = qjs::JS_NewArrayBuffer(c, p, n as _, Some(free_array_buffer), std::ptr::null_mut(), false);
        if qjs::JS_IsException(ab) {
            qjs::js_free(c, p.cast());
            return Err(Thrown);
        }
        Ok(ab)
    }
}

/// The UTF-16 code units of `s` (never more than its UTF-8 bytes).
fn utf16_of(s: &str) -> Vec<u16> {
    let mut v = Vec::with_capacity(s.len());
    for ch in s.chars() {
        let c = ch as u32;
        if c < 0x10000 {
            v.push(c as u16);
        } else {
            let c = c - 0x10000;
            v.extend_from_slice(&[0xd800 | (c >> 10) as u16, 0xdc00 | (c & 0x3ff) as u16]);
        }
    }
    v
}

/// Bytes decoded as a string in encoding `enc`.
fn decode(c: Cx, b: &[u8], enc: i32) -> R<JsVal> {
    match enc {
        // ASCII text is copied as is.
        UTF8 | LATIN1 | ASCII if b.is_ascii() => new_string(c, b),
        UTF8 => match String::from_utf8_lossy(b) {
            // Lead bytes up to C3 mean every character fits in one byte: QuickJS makes a
            // compact 8-bit string from UTF-8 itself.
            Cow::Borrowed(s) if !b.iter().any(|&x| x >= 0xc4) => new_string(c, s.as_bytes()),
            // Otherwise UTF-16 in one pass is much faster than QuickJS's UTF-8 reader.
            s => new_string16(c, &utf16_of(&s)),
        },
        UCS2 => {
            let u: Vec<u16> = b.chunks_exact(2).map(|p| u16::from_le_bytes([p[0], p[1]])).collect();
            new_string16(c, &u)
        }
        LATIN1 => new_string16(c, &b.iter().map(|&x| x as u16).collect::<Vec<u16>>()),
        ASCII => new_string(c, &b.iter().map(|x| x & 0x7f).collect::<Vec<u8>>()),
        BASE64 | BASE64URL => new_string(c, &base64_encode(b, enc == BASE64URL)),
        HEX => {
            const D: &[u8; 16] = b"0123456789abcdef";
            let mut v = vec![0u8; b.len() * 2];
            for (o, &x) in v.chunks_exact_mut(2).zip(b) {
                o[0] = D[(x >> 4) as usize];
                o[1] = D[(x & 15) as usize];
            }
            new_string(c, &v)
        }
        _ => Err(type_error(c, c"unknown encoding")),
    }
}

// (string) -> its length in UTF-8. Lone surrogates take three bytes both as WTF-8 and as U+FFFD.
native!(utf8_length, |c, a| Ok(number(JsBytes::new(c, a.get(0), false)?.len as f64)));

// (target, string, encoding, offset, max) -> bytes written at target[offset..offset+max].
native!(write, |c, a| {
    let enc = a.int(2);
    let js = string_bytes(c, a.get(1), enc)?;
    // Reading a string runs no JS, so `out` is valid from here on.
    let out = view_mut(c, a.get(0))?;
    let offset = a.num(3);
    let r = range(out.len(), offset, offset + a.num(4).max(0.0));
    Ok(number(encode_into(js.bytes(), enc, &mut out[r]) as f64))
});

// (string, encoding) -> a new ArrayBuffer holding exactly the encoded bytes.
native!(from_string, |c, a| {
    let enc = a.int(1);
    let js = string_bytes(c, a.get(0), enc)?;
    new_array_buffer(c, max_encoded(js.len, enc), |out| encode_into(js.bytes(), enc, out))
});

// (list, count, length, allocate) -> allocate(length, or the total when length is undefined)
// holding list[0..count]'s bytes in order and zeros after them; or -(i + 1), with nothing
// allocated, when list[i] is not a Uint8Array. Each element is read once, so a getter on the
// list runs once per index, and no JS runs between taking the target's view and the copies.
native!(concat, |c, a| {
    let (list, count) = (a.get(0), a.num(1).max(0.0) as u32);
    let mut items = Owned(c, Vec::with_capacity(count as usize));
    let mut total = 0usize;
    for i in 0..count {
        // SAFETY: `list` is live; `items` owns and frees the element.
        let v = check(unsafe { qjs::JS_GetPropertyUint32(c, list, i) })?;
        items.1.push(v);
        // SAFETY: reads the class of a value.
        if unsafe { qjs::JS_GetTypedArrayType(v) } != qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_UINT8 as i32 {
            return Ok(number(-(i as f64) - 1.0));
        }
        total += uint8_view(c, v).1;
    }
    let length = if unsafe { qjs::JS_IsUndefined(a.get(2)) } { total as f64 } else { a.num(2) };
    let mut arg = [number(length)];
    // SAFETY: `allocate` is live; the result is owned here and returned.
    let target = Owned(c, vec![check(unsafe { qjs::JS_Call(c, a.get(3), qjs::JS_UNDEFINED, 1, arg.as_mut_ptr()) })?]);
    let out = view_mut(c, target.1[0])?;
    let mut pos = 0usize;
    for &v in &items.1 {
        // Read again: allocate() runs JS.
        let (src, n) = uint8_view(c, v);
        let k = n.min(out.len() - pos);
        if k > 0 {
            // SAFETY: both ranges are in bounds; they may share an ArrayBuffer (the pool).
            unsafe { std::ptr::copy(src, out.as_mut_ptr().add(pos), k) };
        }
        pos += k;
    }
    // The pool may hold old bytes.
    out[pos..].fill(0);
    Ok(target.take())
});

/// The bytes of `v`, known to be a Uint8Array; none when its buffer is detached (its
/// length is 0 then, as in Node).
fn uint8_view(c: Cx, v: JsVal) -> (*mut u8, usize) {
    let mut len: qjs::size_t = 0;
    // SAFETY: `v` is a live Uint8Array; a detached one gives null and an exception, dropped.
    unsafe {
        let p = qjs::JS_GetUint8Array(c, &mut len, v);
        if p.is_null() {
            qjs::JS_FreeValue(c, qjs::JS_GetException(c));
            return (p, 0);
        }
        (p, len as usize)
    }
}

/// Values owned by a native, freed on every way out.
struct Owned(Cx, Vec<JsVal>);

impl Owned {
    /// The single value, no longer freed here.
    fn take(mut self) -> JsVal {
        self.1.pop().unwrap_or(qjs::JS_UNDEFINED)
    }
}

impl Drop for Owned {
    fn drop(&mut self) {
        for &v in &self.1 {
            // SAFETY: each value is owned by this list.
            unsafe { qjs::JS_FreeValue(self.0, v) };
        }
    }
}

// (view, encoding, start, end) -> string.
native!(slice, |c, a| {
    let b = view(c, a.get(0))?;
    decode(c, &b[range(b.len(), a.num(2), a.num(3))], a.int(1))
});

// (haystack, needle byte, string or view, byteOffset, encoding, forward) -> index or -1.
native!(index_of, |c, a| {
    let (needle, enc) = (a.get(1), a.int(3));
    let owned;
    // SAFETY (both): read the tag of a value.
    let string_needle = unsafe { qjs::JS_IsString(needle) };
    let n: &[u8] = if unsafe { qjs::JS_VALUE_GET_TAG(needle) } == qjs::JS_TAG_INT {
        owned = vec![a.int(1) as u8];
        &owned
    } else if string_needle {
        // A utf8 needle's lone surrogates are searched for as themselves (WTF-8), not as
        // U+FFFD, so (as in Node) they never match.
        owned = if enc == UCS2 || enc == LATIN1 {
            encode(c, needle, enc)?
        } else {
            JsBytes::new(c, needle, false)?.bytes().to_vec()
        };
        &owned
    } else {
        view(c, needle)?
    };
    let h = view(c, a.get(0))?;
    let offset = a.num(2);
    let offset = if offset.is_nan() { 0 } else { offset.trunc() as i64 };
    // SAFETY: reads the tag of a value.
    let forward = unsafe { qjs::JS_VALUE_GET_BOOL(a.get(4)) };
    Ok(number(index_of_bytes(h, n, offset, enc == UCS2, string_needle, forward)))
});

// (a, aStart, aEnd, b, bStart, bEnd) -> -1, 0 or 1 (byte order, then length).
native!(compare_ranges, |c, a| {
    let (x, y) = (view(c, a.get(0))?, view(c, a.get(3))?);
    Ok(number(compare(&x[range(x.len(), a.num(1), a.num(2))], &y[range(y.len(), a.num(4), a.num(5))]) as f64))
});

// (target, pattern view, start, end): repeats the pattern over target[start..end].
native!(fill, |c, a| {
    let pat = view(c, a.get(1))?.to_vec();
    let out = view_mut(c, a.get(0))?;
    let r = range(out.len(), a.num(2), a.num(3));
    let dst = &mut out[r];
    if !pat.is_empty() && !dst.is_empty() {
        let first = pat.len().min(dst.len());
        dst[..first].copy_from_slice(&pat[..first]);
        // Double the filled prefix until the range is full.
        let mut filled = first;
        while filled < dst.len() {
            let n = filled.min(dst.len() - filled);
            dst.copy_within(..n, filled);
            filled += n;
        }
    }
    Ok(qjs::JS_UNDEFINED)
});

// (view, width): reverses every group of `width` bytes in place.
native!(swap, |c, a| {
    let width = a.int(1).max(1) as usize;
    view_mut(c, a.get(0))?.chunks_exact_mut(width).for_each(<[u8]>::reverse);
    Ok(qjs::JS_UNDEFINED)
});

native!(is_utf8, |c, a| Ok(boolean(std::str::from_utf8(view(c, a.get(0))?).is_ok())));

native!(is_ascii, |c, a| Ok(boolean(view(c, a.get(0))?.is_ascii())));

use super::raw::set as set_native;

pub fn register<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    set_native(ctx, o, c"bufUtf8Length", utf8_length, 1)?;
    set_native(ctx, o, c"bufWrite", write, 5)?;
    set_native(ctx, o, c"bufFromString", from_string, 2)?;
    set_native(ctx, o, c"bufSlice", slice, 4)?;
    set_native(ctx, o, c"bufIndexOf", index_of, 5)?;
    set_native(ctx, o, c"bufCompare", compare_ranges, 6)?;
    set_native(ctx, o, c"bufFill", fill, 4)?;
    set_native(ctx, o, c"bufConcat", concat, 4)?;
    set_native(ctx, o, c"bufSwap", swap, 2)?;
    set_native(ctx, o, c"bufIsUtf8", is_utf8, 1)?;
    set_native(ctx, o, c"bufIsAscii", is_ascii, 1)?;
    o.set(
        "bufOwnKeys",
        // (object, all) -> own keys that are not array indices (strings, then symbols), only
        // enumerable ones unless `all`. Reflect.ownKeys would list every index of a big buffer.
        Function::new(ctx.clone(), |ctx: Ctx<'js>, obj: Value<'js>, all: bool| -> Result<Array<'js>> {
            let c = ctx.as_raw().as_ptr();
            let out = Array::new(ctx.clone())?;
            let mut tab: *mut qjs::JSPropertyEnum = std::ptr::null_mut();
            let mut len: u32 = 0;
            let mut flags = (qjs::JS_GPN_STRING_MASK | qjs::JS_GPN_SYMBOL_MASK) as i32;
            if !all {
                flags |= qjs::JS_GPN_ENUM_ONLY as i32;
            }
            // SAFETY: `obj` is live; the table is freed below, and each key value is owned.
            unsafe {
                if qjs::JS_GetOwnPropertyNames(c, &mut tab, &mut len, obj.as_raw(), flags) < 0 {
                    return Err(Error::Exception);
                }
                let mut result = Ok(());
                let mut n = 0;
                for e in std::slice::from_raw_parts(tab, len as usize) {
                    // Integer atoms (array indices) carry the top bit.
                    if e.atom & (1 << 31) != 0 {
                        continue;
                    }
                    let key = Value::from_raw(ctx.clone(), qjs::JS_AtomToValue(c, e.atom));
                    if let Err(err) = out.set(n, key) {
                        result = Err(err);
                        break;
                    }
                    n += 1;
                }
                qjs::JS_FreePropertyEnum(c, tab, len);
                result?;
            }
            Ok(out)
        }),
    )?;
    Ok(())
}
