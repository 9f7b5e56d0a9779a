//! The client half of capjs:runtime/http: requests on hyper's HTTP/1 connections, with a
//! per-sandbox pool of idle keep-alive connections (Node's Agent with keepAlive). Every new
//! connection passes the net grant: the name before DNS, each address after it. https
//! requests run the same way over TLS (crate::tls).
use super::{body::Outgoing, os, pump, Shared};
use crate::bindings::capjs::runtime::{http::ResponseHead, loop_::Event, types::Error};
use crate::{net, net::socket::LocalEnd, permissions::Grants, tls};
use hyper::client::conn::http1::SendRequest;
use std::{
    collections::HashMap,
    net::SocketAddr,
    sync::{Arc, Mutex},
};

/// Idle connections kept per host and port, and in all (each holds a host socket).
const MAX_IDLE_PER_HOST: usize = 16;
const MAX_IDLE: usize = 256;

/// Host, port, the TLS settings (None for plain TCP) and the chosen local end: connections
/// are shared only between requests that would have made and checked the same one.
/// Host and port as named, TLS settings, local end, and the script's Agent (its pool id).
type Key = (String, u16, Option<TlsKey>, LocalEnd, u32);
/// `ca`, `servername` and `rejectUnauthorized`, compared whole.
type TlsKey = (Option<Vec<u8>>, Option<String>, bool);

/// Where a request goes: the host and port as the script named them, TLS for https, and
/// the local end to bind (localAddress, localPort).
pub struct Dest {
    pub host: String,
    pub port: u16,
    pub tls: Option<Tls>,
    pub local: LocalEnd,
    /// The Agent whose kept-alive connections the request may use.
    pub pool: u32,
}

/// TLS for one request, and its settings as the pool's key.
pub struct Tls {
    connector: tls::Connector,
    key: TlsKey,
}

impl Tls {
    pub fn new(settings: super::ClientTls, host: &str) -> Result<Self, Error> {
        Ok(Tls {
            connector: tls::Connector::new(&settings, host)?,
            key: (settings.ca, settings.servername, settings.reject_unauthorized),
        })
    }
}

/// Idle keep-alive connections, by host and port as the script named them.
#[derive(Default)]
pub struct Pool {
    idle: Mutex<HashMap<Key, Vec<SendRequest<Outgoing>>>>,
}

impl Pool {
    fn take(&self, key: &Key) -> Option<SendRequest<Outgoing>> {
        let mut idle = self.idle.lock().unwrap();
        let list = idle.get_mut(key)?;
        while let Some(s) = list.pop() {
            // A connection the server closed while idle is useless; drop it.
            if !s.is_closed() && s.is_ready() {
                return Some(s);
            }
        }
        None
    }

    /// Drops (so closes) the idle connections of one Agent.
    pub fn close(&self, agent: u32) {
        self.idle.lock().unwrap().retain(|k, _| k.4 != agent);
    }

    fn put(&self, key: Key, s: SendRequest<Outgoing>) {
        let mut idle = self.idle.lock().unwrap();
        // Closed ones go first; past the cap the connection is simply dropped (closed).
        idle.retain(|_, l| {
            l.retain(|s| !s.is_closed());
            !l.is_empty()
        });
        if idle.values().map(Vec::len).sum::<usize>() >= MAX_IDLE {
            return;
        }
        let list = idle.entry(key).or_default();
        if list.len() < MAX_IDLE_PER_HOST {
            list.push(s);
        }
    }
}

/// Opens a new connection to `host`:`port`, from `local`, over TLS with `tls`. The name was
/// checked by the caller; each address it resolves to is checked here, before connecting,
/// and a chosen local port as a listen there would be (net's connect_from).
async fn connect(
    grants: &Grants,
    host: &str,
    port: u16,
    tls: Option<&Tls>,
    local: LocalEnd,
) -> Result<SendRequest<Outgoing>, Error> {
    let name = host.trim_start_matches('[').trim_end_matches(']');
    let addrs: Vec<SocketAddr> = match tokio::net::lookup_host((name, port)).await {
        Ok(a) => a.collect(),
        Err(_) => return Err(os("ENOTFOUND", name)),
    };
    let mut last = os("ENOTFOUND", name);
    for addr in addrs {
        if let Err(e) = net::check_resolved(grants, &addr) {
            last = e;
            continue;
        }
        match net::socket::connect_from(grants, local, addr).await {
            Ok(stream) => {
                let _ = stream.set_nodelay(true);
                let Some(tls) = tls else { return handshake(stream).await };
                return handshake(tls.connector.connect(stream).await?).await;
            }
            Err(e) => last = e,
        }
    }
    Err(last)
}

/// Starts HTTP/1.1 on a connected transport.
async fn handshake<S>(io: S) -> Result<SendRequest<Outgoing>, Error>
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let (sender, conn) = hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(io))
        .await
        .map_err(|e| os("ECONNRESET", e.to_string()))?;
    tokio::spawn(conn.with_upgrades());
    Ok(sender)
}

/// Sends `req` and reports the outcome to the guest as events under `id`.
pub async fn send(
    id: u32,
    Dest { host, port, tls, local, pool: agent }: Dest,
    req: hyper::Request<Outgoing>,
    grants: Arc<Grants>,
    shared: Arc<Shared>,
    pool: Arc<Pool>,
) {
    let key = (host, port, tls.as_ref().map(|t| t.key.clone()), local, agent);
    let fail = |e: Error| {
        shared.forget(id);
        let _ = shared.events.send(Event::HttpError((id, e)));
    };
    // Interim responses (100 Continue, 103 Early Hints) as events, before the final head.
    let mut req = req;
    let events = shared.events.clone();
    hyper::ext::on_informational(&mut req, move |res| {
        let head = ResponseHead {
            status: res.status().as_u16(),
            reason: res.status().canonical_reason().unwrap_or_default().to_string(),
            version: super::version_of(res.version()),
            headers: super::header_list(res.headers()),
            upgrade: None,
        };
        let _ = events.send(Event::HttpInformation((id, head)));
    });
    // A request that closes its connection (Node's non-keep-alive agents send
    // `Connection: close`) gets a new one, as from Node's per-agent pools.
    let closes = req
        .headers()
        .get_all(hyper::header::CONNECTION)
        .iter()
        .any(|v| v.to_str().is_ok_and(|v| v.split(',').any(|t| t.trim().eq_ignore_ascii_case("close"))));
    let pooled = if closes { None } else { pool.take(&key) };
    let reused = pooled.is_some();
    let mut sender = match pooled {
        Some(s) => s,
        None => match connect(&grants, &key.0, key.1, tls.as_ref(), local).await {
            Ok(s) => s,
            Err(e) => return fail(e),
        },
    };
    // Node calls a connection that dies before the response "socket hang up".
    let hang_up = || os("ECONNRESET", "socket hang up");
    let res = match sender.try_send_request(req).await {
        Ok(r) => r,
        Err(mut e) => match e.take_message() {
            // A pooled connection the server closed before it took the request (the
            // keep-alive race): the request never left, so it goes once on a new one.
            Some(req) if reused => {
                sender = match connect(&grants, &key.0, key.1, tls.as_ref(), local).await {
                    Ok(s) => s,
                    Err(e) => return fail(e),
                };
                match sender.send_request(req).await {
                    Ok(r) => r,
                    Err(_) => return fail(hang_up()),
                }
            }
            _ => return fail(hang_up()),
        },
    };
    // A 101 hands the connection over to the guest as a net socket.
    let mut res = res;
    let upgrade = if res.status() == hyper::StatusCode::SWITCHING_PROTOCOLS { shared.net.reserve() } else { None };
    let upgrade = upgrade.map(|(sid, pending)| {
        tokio::spawn(super::upgrade::client(sid, pending, hyper::upgrade::on(&mut res), shared.net.clone()));
        sid
    });
    let (parts, body) = res.into_parts();
    let reason = parts
        .extensions
        .get::<hyper::ext::ReasonPhrase>()
        .map(|r| String::from_utf8_lossy(r.as_bytes()).into_owned())
        .or_else(|| parts.status.canonical_reason().map(str::to_string))
        .unwrap_or_default();
    let head = ResponseHead {
        status: parts.status.as_u16(),
        reason,
        version: super::version_of(parts.version),
        headers: super::header_list(&parts.headers),
        upgrade,
    };
    if shared.events.send(Event::HttpResponse((id, head))).is_err() {
        return;
    }
    pump(id, body, shared.clone());
    // Once this exchange is over the connection can serve the next request.
    if sender.ready().await.is_ok() {
        pool.put(key, sender);
    }
}
