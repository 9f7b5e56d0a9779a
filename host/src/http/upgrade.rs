//! HTTP upgrades (WebSocket and the like) handed to the guest as net sockets. On the server,
//! Node code writes the 101 head itself to the raw socket: the host parses that head into
//! hyper's response, and once hyper has switched protocols the socket carries the raw
//! connection. On the client, a 101 response's connection becomes a socket the same way.
use super::{body::Outgoing, os, Pending as HttpPending, ResponseHead, Shared};
use crate::net::socket::{Cmd, Pending, Shared as NetShared};
use bytes::Bytes;
use http_body_util::Full;
use hyper::{header::HeaderName, header::HeaderValue, StatusCode};
use std::sync::Arc;

/// The most head bytes the host collects before giving up on the guest's response.
const MAX_HEAD: usize = 64 * 1024;
/// Headers a written response head may carry.
const MAX_HEADERS: usize = 100;

/// Serves socket `sid` for server request `id`: collects the head the guest writes,
/// answers the request with it, and after a 101 runs the upgraded connection as `sid`.
pub(crate) async fn serve(
    id: u32,
    sid: u32,
    mut pending: Pending,
    on_upgrade: hyper::upgrade::OnUpgrade,
    shared: Arc<Shared>,
    net: Arc<NetShared>,
) {
    let mut buf = Vec::new();
    let mut ended = false;
    let (head, rest) = loop {
        match pending.cmds.recv().await {
            Some(Cmd::Write(data)) => buf.extend_from_slice(&data),
            Some(Cmd::End) => ended = true,
            // Destroyed without a head: the guest declined, or answers the request itself.
            None => return,
        }
        match parse_head(&buf) {
            Ok(Some((status, headers, used))) => break ((status, headers), buf.split_off(used)),
            Ok(None) if buf.len() <= MAX_HEAD && !ended => continue,
            _ => {
                net.forget(sid);
                shared.aborted(id);
                return;
            }
        }
    };
    let (status, headers) = head;
    let switching = status == StatusCode::SWITCHING_PROTOCOLS;
    let mut body = Vec::new();
    if !switching {
        // Anything after the head is the body; collect it until the guest ends the socket.
        body = rest.clone();
        while !ended {
            match pending.cmds.recv().await {
                Some(Cmd::Write(data)) => body.extend_from_slice(&data),
                Some(Cmd::End) | None => ended = true,
            }
        }
    }
    let reason = Bytes::new();
    let tx = match shared.pending.lock().unwrap().remove(&id) {
        Some(HttpPending::AwaitingHead(tx)) => tx,
        _ => return net.forget(sid),
    };
    let _ = tx.send(Some(ResponseHead { status, reason, headers, body: Outgoing::Full(Full::new(Bytes::from(body))) }));
    if !switching {
        return net.forget(sid);
    }
    match on_upgrade.await {
        Ok(upgraded) => {
            let (r, w) = tokio::io::split(hyper_util::rt::TokioIo::new(upgraded));
            net.run(sid, Box::new(r), Box::new(w), pending, rest);
        }
        Err(_) => net.forget(sid),
    }
}

/// Runs the connection of a client response that switched protocols as socket `sid`.
pub(crate) async fn client(sid: u32, pending: Pending, on_upgrade: hyper::upgrade::OnUpgrade, net: Arc<NetShared>) {
    match on_upgrade.await {
        Ok(upgraded) => {
            let (r, w) = tokio::io::split(hyper_util::rt::TokioIo::new(upgraded));
            net.run(sid, Box::new(r), Box::new(w), pending, Vec::new());
        }
        Err(_) => net.forget(sid),
    }
}

type Head = (StatusCode, Vec<(HeaderName, HeaderValue)>, usize);

/// Parses `HTTP/1.1 101 Switching Protocols\r\n...\r\n\r\n`; None until it is complete.
fn parse_head(buf: &[u8]) -> Result<Option<Head>, crate::bindings::capjs::runtime::types::Error> {
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut res = httparse::Response::new(&mut headers);
    let used = match res.parse(buf) {
        Ok(httparse::Status::Complete(n)) => n,
        Ok(httparse::Status::Partial) => return Ok(None),
        Err(e) => return Err(os("HPE_INVALID", e.to_string())),
    };
    let status = res.code.and_then(|c| StatusCode::from_u16(c).ok()).ok_or_else(|| os("HPE_INVALID", "bad status"))?;
    let mut out = Vec::new();
    for h in res.headers.iter() {
        let (Ok(n), Ok(v)) = (HeaderName::from_bytes(h.name.as_bytes()), HeaderValue::from_bytes(h.value)) else {
            return Err(os("HPE_INVALID", "bad header"));
        };
        out.push((n, v));
    }
    Ok(Some((status, out, used)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_parse_once_complete() {
        let raw = b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\nXYZ";
        assert!(parse_head(&raw[..20]).unwrap().is_none());
        let (status, headers, used) = parse_head(raw).unwrap().unwrap();
        assert_eq!(status, StatusCode::SWITCHING_PROTOCOLS);
        assert_eq!(headers.len(), 2);
        assert_eq!(&raw[used..], b"XYZ");
        assert!(parse_head(b"garbage\r\n\r\n").is_err());
    }
}
