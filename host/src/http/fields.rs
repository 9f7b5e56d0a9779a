//! Packed `fields` (http.wit): the request and response heads cross the sandbox boundary as
//! one list of length-prefixed strings, not one allocation per string.
use super::{os, MAX_RESPONSE_HEADERS};
use crate::bindings::capjs::runtime::types::Error;
use bytes::Bytes;
use hyper::header::{HeaderName, HeaderValue, InvalidHeaderValue};
use std::ops::Range;

/// `request-head.fields` (see http.wit): method, target, version, peer address, then the
/// header names and values, each a u32 little-endian length and its bytes (values that are
/// not UTF-8 are repaired).
pub(super) fn pack_head(parts: &hyper::http::request::Parts, peer: &str) -> Vec<u8> {
    let target: std::borrow::Cow<str> =
        parts.uri.path_and_query().map_or_else(|| parts.uri.to_string().into(), |p| p.as_str().into());
    let version = if parts.version == hyper::Version::HTTP_10 { "1.0" } else { "1.1" };
    let values: Vec<_> =
        parts.headers.iter().map(|(k, v)| (k.as_str(), String::from_utf8_lossy(v.as_bytes()))).collect();
    let text = parts.method.as_str().len() + target.len() + version.len() + peer.len();
    let size = 4 * (4 + 2 * values.len()) + text + values.iter().map(|(k, v)| k.len() + v.len()).sum::<usize>();
    let mut out = Vec::with_capacity(size);
    let mut put = |field: &str| {
        out.extend_from_slice(&(field.len() as u32).to_le_bytes());
        out.extend_from_slice(field.as_bytes());
    };
    for field in [parts.method.as_str(), &target, version, peer] {
        put(field);
    }
    for (k, v) in &values {
        put(k);
        put(v);
    }
    out
}

/// More header lines than a response may carry (the guest controls the list).
pub(super) fn too_many_headers() -> Error {
    os("ERR_HTTP_TOO_MANY_HEADERS", format!("more than {MAX_RESPONSE_HEADERS} response headers"))
}

/// One header field as hyper takes it, or Node's error for its name or value.
pub(super) fn field(
    name: &[u8],
    value: Result<HeaderValue, InvalidHeaderValue>,
) -> Result<(HeaderName, HeaderValue), Error> {
    let shown = || String::from_utf8_lossy(name);
    let n = HeaderName::from_bytes(name).map_err(|_| {
        os("ERR_INVALID_HTTP_TOKEN", format!("Header name must be a valid HTTP token [\"{}\"]", shown()))
    })?;
    let v =
        value.map_err(|_| os("ERR_INVALID_CHAR", format!("Invalid character in header content [\"{}\"]", shown())))?;
    Ok((n, v))
}

/// The byte ranges of packed `fields` (http.wit), or None if one is cut short.
fn field_ranges(b: &[u8]) -> Option<Vec<Range<usize>>> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < b.len() {
        let len = u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?) as usize;
        let start = at + 4;
        at = start.checked_add(len).filter(|&end| end <= b.len())?;
        out.push(start..at);
    }
    Some(out)
}

/// A response's packed head (http.wit `respond`): its reason phrase and its header fields,
/// whose values share the one buffer that crossed.
pub(super) fn unpack_head(head: Vec<u8>) -> Result<(Bytes, Vec<(HeaderName, HeaderValue)>), Error> {
    let ranges = field_ranges(&head).ok_or_else(|| os("ERR_INVALID_ARG_VALUE", "response head fields cut short"))?;
    let Some((reason, pairs)) = ranges.split_first() else {
        return Ok((Bytes::new(), Vec::new()));
    };
    if pairs.len() > 2 * MAX_RESPONSE_HEADERS {
        return Err(too_many_headers());
    }
    let head = Bytes::from(head);
    // Node sends a value's UTF-8 as it is (its checks stop controls, not other bytes).
    let headers = pairs
        .chunks_exact(2)
        .map(|kv| field(&head[kv[0].clone()], HeaderValue::from_maybe_shared(head.slice(kv[1].clone()))))
        .collect::<Result<_, Error>>()?;
    Ok((head.slice(reason.clone()), headers))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn packed(fields: &[&[u8]]) -> Vec<u8> {
        let mut out = Vec::new();
        for f in fields {
            out.extend_from_slice(&(f.len() as u32).to_le_bytes());
            out.extend_from_slice(f);
        }
        out
    }

    fn code(e: Error) -> String {
        match e {
            Error::Os((code, _)) => code,
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn a_request_head_packs_in_order() {
        let req = hyper::Request::builder()
            .method("POST")
            .uri("/a?b=1")
            .version(hyper::Version::HTTP_10)
            .header("host", "x")
            .header("x-bin", HeaderValue::from_bytes(b"caf\xe9").unwrap())
            .body(())
            .unwrap();
        let (parts, ()) = req.into_parts();
        let want: &[&[u8]] = &[b"POST", b"/a?b=1", b"1.0", b"::1", b"host", b"x", b"x-bin", "caf\u{fffd}".as_bytes()];
        assert_eq!(pack_head(&parts, "::1"), packed(want));
    }

    #[test]
    fn a_response_head_unpacks_into_reason_and_fields() {
        let (reason, headers) = unpack_head(packed(&[b"Made It", b"X-A", b"b", b"x-a", b"caf\xc3\xa9"])).unwrap();
        assert_eq!(&reason[..], b"Made It");
        let got: Vec<_> = headers.iter().map(|(k, v)| (k.as_str(), v.as_bytes())).collect();
        assert_eq!(got, [("x-a", &b"b"[..]), ("x-a", "café".as_bytes())]);
        assert_eq!(unpack_head(Vec::new()).unwrap().1.len(), 0);
    }

    #[test]
    fn a_bad_response_head_is_refused_with_nodes_codes() {
        let cut = packed(&[b"OK", b"x-a", b"b"]);
        assert_eq!(code(unpack_head(cut[..cut.len() - 1].to_vec()).unwrap_err()), "ERR_INVALID_ARG_VALUE");
        assert_eq!(code(unpack_head(packed(&[b"", b"bad name", b"v"])).unwrap_err()), "ERR_INVALID_HTTP_TOKEN");
        assert_eq!(code(unpack_head(packed(&[b"", b"x-a", b"v\r\nx-b: y"])).unwrap_err()), "ERR_INVALID_CHAR");
        let mut many = vec![&b""[..]];
        many.extend(std::iter::repeat_n(&b"x-a"[..], 2 * MAX_RESPONSE_HEADERS + 2));
        assert_eq!(code(unpack_head(packed(&many)).unwrap_err()), "ERR_HTTP_TOO_MANY_HEADERS");
    }
}
