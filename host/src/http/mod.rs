//! capjs:runtime/http: HTTP/1.1 servers on hyper. Parsing, keep-alive, pipelining,
//! chunked encoding and header limits stay in the host; the guest gets one event per
//! request head and answers with one `respond` call (DESIGN.md §3).
mod body;
mod client;
mod conns;
mod fields;
mod guard;
mod upgrade;

use crate::bindings::capjs::runtime::{
    http::{Header, Host, RequestHead},
    loop_::Event,
    net::Endpoints,
    types::{ClientTls, Error, ServerTls},
};
use crate::{net, permissions::Grants, tls};
use body::{GuestBody, Outgoing, Piece, HIGH_WATER, MAX_BUFFERED};
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::{body::Incoming, header::HeaderName, header::HeaderValue, Request, Response, StatusCode};
use std::{
    collections::HashMap,
    net::SocketAddr,
    sync::{
        atomic::{AtomicBool, AtomicU32, AtomicUsize, Ordering},
        Arc, Mutex,
    },
    time::Duration,
};
use tokio::sync::{mpsc, oneshot};

/// The shortest headers timeout the host accepts, so a script cannot make it spin.
const MIN_HEADERS_TIMEOUT: Duration = Duration::from_millis(10);
/// Header lines a response may carry (the guest controls this list).
const MAX_RESPONSE_HEADERS: usize = 1000;
/// Client requests one sandbox may have in flight.
const MAX_CLIENT_REQUESTS: usize = 4096;
/// Servers one sandbox may hold open.
const MAX_SERVERS: usize = 64;
/// Request-body bytes delivered to the guest but not yet consumed; above this the host
/// stops reading that body, and TCP pushes back on the client.
const BODY_WINDOW: usize = 256 * 1024;

/// Flow control for one request body.
pub(crate) struct Credit {
    outstanding: AtomicUsize,
    closed: std::sync::atomic::AtomicBool,
    notify: tokio::sync::Notify,
}

impl Credit {
    fn close(&self) {
        self.closed.store(true, Ordering::SeqCst);
        self.notify.notify_one();
    }
}

/// A response head the guest sent, handed to the connection task waiting on it.
struct ResponseHead {
    status: StatusCode,
    /// Empty for the status's usual phrase.
    reason: Bytes,
    headers: Vec<(HeaderName, HeaderValue)>,
    body: Outgoing,
}

enum Pending {
    /// The request reached the guest; its connection task awaits the head.
    /// `None` means the guest destroyed the response: close without answering.
    AwaitingHead(oneshot::Sender<Option<ResponseHead>>),
    /// The head went out; body chunks follow through this channel.
    Streaming { tx: mpsc::UnboundedSender<Piece>, buffered: Arc<AtomicUsize> },
}

/// State shared between the guest-facing calls and the connection tasks.
pub(crate) struct Shared {
    next_id: AtomicU32,
    pending: Mutex<HashMap<u32, Pending>>,
    credits: Mutex<HashMap<u32, Arc<Credit>>>,
    events: mpsc::UnboundedSender<Event>,
    /// The net socket table, which upgraded connections join.
    net: Arc<crate::net::socket::Shared>,
    /// Bodies of `Expect: 100-continue` requests, read (and the 100 sent, by hyper) only
    /// once the guest calls write-continue.
    deferred: Mutex<HashMap<u32, Incoming>>,
    /// Servers' open connections.
    conns: Arc<conns::Conns>,
}

impl Shared {
    /// Whether a request's body is still arriving (or waiting for 100-continue).
    fn body_pending(&self, id: u32) -> bool {
        self.credits.lock().unwrap().contains_key(&id) || self.deferred.lock().unwrap().contains_key(&id)
    }

    /// The client is gone: forget the request and tell the guest once.
    pub(crate) fn aborted(&self, id: u32) {
        if self.forget(id) {
            let _ = self.events.send(Event::HttpAborted(id));
        }
    }

    /// Drops a request's state; true if it was still waiting on the guest. Dropping the
    /// pending entry drops the head sender or body channel, and a body reader waiting for
    /// credit is woken so it never waits forever.
    fn forget(&self, id: u32) -> bool {
        self.deferred.lock().unwrap().remove(&id);
        if let Some(c) = self.credits.lock().unwrap().remove(&id) {
            c.close();
        }
        self.pending.lock().unwrap().remove(&id).is_some()
    }

    /// A body still arriving broke off: tell the guest once, unless it gave up on it first
    /// (a client's response has no pending entry, only its body's credit).
    fn cut_short(&self, id: u32) {
        let reading = self.credits.lock().unwrap().contains_key(&id);
        if self.forget(id) || reading {
            let _ = self.events.send(Event::HttpAborted(id));
        }
    }

    pub(crate) fn drained(&self, id: u32) {
        let _ = self.events.send(Event::HttpDrain(id));
    }
}

/// A listening server: its accept task and the switch that starts a graceful close.
struct Server {
    task: tokio::task::JoinHandle<()>,
    stop: tokio::sync::watch::Sender<bool>,
    /// Whether new connections are announced ('connection' listeners).
    watched: Arc<AtomicBool>,
}

pub struct HttpState {
    grants: Arc<Grants>,
    shared: Arc<Shared>,
    servers: HashMap<u32, Server>,
    /// Closed servers still finishing their in-flight requests.
    closing: Vec<tokio::task::JoinHandle<()>>,
    next_server: u32,
    /// Client requests in flight, so `abort` can cancel them.
    clients: HashMap<u32, tokio::task::JoinHandle<()>>,
    pool: Arc<client::Pool>,
}

impl HttpState {
    pub fn new(
        grants: Arc<Grants>,
        events: mpsc::UnboundedSender<Event>,
        net: Arc<crate::net::socket::Shared>,
    ) -> Self {
        let shared = Arc::new(Shared {
            next_id: AtomicU32::new(1),
            pending: Mutex::default(),
            credits: Mutex::default(),
            events,
            net,
            deferred: Mutex::default(),
            conns: Arc::default(),
        });
        HttpState {
            grants,
            shared,
            servers: HashMap::new(),
            closing: Vec::new(),
            next_server: 1,
            clients: HashMap::new(),
            pool: Arc::default(),
        }
    }
}

impl HttpState {
    /// Waits (at most `limit`) for closed servers to finish answering their requests, so
    /// responses written just before the script ended still reach their clients.
    pub async fn drain(&mut self, limit: Duration) {
        let tasks: Vec<_> = self.closing.drain(..).collect();
        let _ = tokio::time::timeout(limit, async {
            for t in tasks {
                let _ = t.await;
            }
        })
        .await;
    }
}

impl Drop for HttpState {
    fn drop(&mut self) {
        // A finished sandbox takes its servers and their connections with it.
        for (_, server) in self.servers.drain() {
            server.task.abort();
        }
        for task in self.closing.drain(..) {
            task.abort();
        }
        for (_, task) in self.clients.drain() {
            task.abort();
        }
        for (_, c) in self.shared.credits.lock().unwrap().drain() {
            c.close();
        }
    }
}

fn os(code: &str, msg: impl Into<String>) -> Error {
    Error::Os((code.into(), msg.into()))
}

/// The guest destroyed a response before sending its head.
#[derive(Debug)]
pub(crate) struct Destroyed;

impl std::fmt::Display for Destroyed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("response destroyed")
    }
}

impl std::error::Error for Destroyed {}

/// Cleans up when hyper drops a request's future before the guest answered.
struct AbortGuard {
    id: u32,
    shared: Arc<Shared>,
    answered: bool,
}

impl Drop for AbortGuard {
    fn drop(&mut self) {
        if !self.answered {
            self.shared.aborted(self.id);
        }
    }
}

/// The peer's address as the guest sees it, with its port. The address is formatted once
/// per connection, as the kernel reports it (::ffff:a.b.c.d on a dual-stack server), as in Node.
type Peer = (Arc<str>, u16);

async fn handle(
    mut req: Request<Incoming>,
    server: u32,
    connection: u32,
    remote: Peer,
    shared: Arc<Shared>,
    request_timeout: Option<Duration>,
) -> Result<Response<Outgoing>, Destroyed> {
    let id = shared.next_id.fetch_add(1, Ordering::Relaxed);
    let (tx, rx) = oneshot::channel();
    shared.pending.lock().unwrap().insert(id, Pending::AwaitingHead(tx));
    let mut abort_guard = AbortGuard { id, shared: shared.clone(), answered: false };
    // A request to switch protocols gets a net socket reserved for its raw connection.
    let upgrade = if wants_upgrade(&req) { shared.net.reserve() } else { None };
    let upgrade = upgrade.map(|(sid, pending)| {
        let on_upgrade = hyper::upgrade::on(&mut req);
        tokio::spawn(upgrade::serve(id, sid, pending, on_upgrade, shared.clone(), shared.net.clone()));
        sid
    });
    let (parts, body) = req.into_parts();
    let has_body = !hyper::body::Body::is_end_stream(&body);
    let head = RequestHead {
        server,
        id,
        fields: fields::pack_head(&parts, &remote.0),
        remote_port: remote.1,
        connection,
        has_body,
        upgrade,
    };
    if shared.events.send(Event::HttpRequest(head)).is_err() {
        return Ok(plain(StatusCode::SERVICE_UNAVAILABLE));
    }
    let expects =
        parts.headers.get(hyper::header::EXPECT).is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"100-continue"));
    if has_body && expects {
        shared.deferred.lock().unwrap().insert(id, body);
    } else if has_body {
        pump(id, body, shared.clone());
    }
    // server.requestTimeout, counted from the head: while the body is still arriving and the
    // guest has not answered, the deadline answers 408 and closes, as Node does.
    let mut deadline = request_timeout.filter(|_| has_body).map(|t| tokio::time::Instant::now() + t);
    let mut rx = rx;
    let answer = loop {
        let Some(at) = deadline else { break (&mut rx).await };
        tokio::select! {
            r = &mut rx => break r,
            _ = tokio::time::sleep_until(at) => {
                deadline = None;
                if shared.body_pending(id) {
                    shared.aborted(id);
                    abort_guard.answered = true;
                    let mut r = plain(StatusCode::REQUEST_TIMEOUT);
                    r.headers_mut().insert(hyper::header::CONNECTION, HeaderValue::from_static("close"));
                    return Ok(r);
                }
            }
        }
    };
    let head = match answer {
        Ok(Some(h)) => h,
        // res.destroy() before the head: hyper drops the connection on a service error.
        Ok(None) => return Err(Destroyed),
        // The sandbox ended without answering.
        Err(_) => return Ok(plain(StatusCode::INTERNAL_SERVER_ERROR)),
    };
    abort_guard.answered = true;
    let mut res = Response::new(head.body);
    *res.status_mut() = head.status;
    if !head.reason.is_empty() && head.status.canonical_reason().map(str::as_bytes) != Some(&head.reason[..]) {
        if let Ok(r) = hyper::ext::ReasonPhrase::try_from(head.reason) {
            res.extensions_mut().insert(r);
        }
    }
    let h = res.headers_mut();
    for (k, v) in head.headers {
        h.append(k, v);
    }
    Ok(res)
}

/// Hands a body (a request's on the server side, a response's on the client side) to
/// the guest as data events, waiting whenever the guest holds too much unconsumed.
pub(crate) fn pump(id: u32, mut body: Incoming, shared: Arc<Shared>) {
    let (events, sh) = (shared.events.clone(), shared);
    let credit = Arc::new(Credit {
        outstanding: AtomicUsize::new(0),
        closed: Default::default(),
        notify: tokio::sync::Notify::new(),
    });
    sh.credits.lock().unwrap().insert(id, credit.clone());
    tokio::spawn(async move {
        let mut trailers = Vec::new();
        loop {
            // A request given up on (aborted, timed out) drops its body here, so hyper can
            // close the connection instead of reading a body nobody wants.
            let frame = tokio::select! {
                f = body.frame() => f,
                () = credit.notify.notified() => {
                    if credit.closed.load(Ordering::SeqCst) {
                        return;
                    }
                    continue;
                }
            };
            let Some(frame) = frame else { break };
            match frame {
                Ok(f) => {
                    let data = match f.into_data() {
                        Ok(data) => data,
                        Err(f) => {
                            if let Ok(t) = f.into_trailers() {
                                trailers = header_list(&t);
                            }
                            continue;
                        }
                    };
                    if data.is_empty() {
                        continue;
                    }
                    // Wait until the guest has consumed enough of what it was sent.
                    loop {
                        let wake = credit.notify.notified();
                        if credit.closed.load(Ordering::SeqCst) {
                            return;
                        }
                        if credit.outstanding.load(Ordering::SeqCst) < BODY_WINDOW {
                            break;
                        }
                        wake.await;
                    }
                    credit.outstanding.fetch_add(data.len(), Ordering::SeqCst);
                    if events.send(Event::HttpData((id, data.to_vec()))).is_err() {
                        return;
                    }
                }
                // The peer cut the body short (a reset, or a response destroyed midway).
                Err(_) => {
                    sh.cut_short(id);
                    return;
                }
            }
        }
        sh.credits.lock().unwrap().remove(&id);
        let _ = events.send(Event::HttpEnd((id, trailers)));
    });
}

/// "1.0" or "1.1", as the guest's events carry it.
pub(crate) fn version_of(v: hyper::Version) -> String {
    if v == hyper::Version::HTTP_10 {
        "1.0".into()
    } else {
        "1.1".into()
    }
}

/// Header fields as the guest's events carry them (values that are not UTF-8 are repaired).
pub(crate) fn header_list(headers: &hyper::HeaderMap) -> Vec<Header> {
    headers.iter().map(|(k, v)| (k.as_str().to_string(), String::from_utf8_lossy(v.as_bytes()).into_owned())).collect()
}

/// `Connection: upgrade` with an `Upgrade` header, as Node decides.
fn wants_upgrade(req: &Request<Incoming>) -> bool {
    let h = req.headers();
    h.contains_key(hyper::header::UPGRADE)
        && h.get_all(hyper::header::CONNECTION)
            .iter()
            .any(|v| v.to_str().is_ok_and(|v| v.split(',').any(|t| t.trim().eq_ignore_ascii_case("upgrade"))))
}

fn plain(status: StatusCode) -> Response<Outgoing> {
    let mut r = Response::new(Outgoing::Full(Full::new(Bytes::new())));
    *r.status_mut() = status;
    r
}

/// Resolves once `server.close()` flips the switch (or the server is dropped).
async fn stopped(rx: &mut tokio::sync::watch::Receiver<bool>) {
    let _ = rx.wait_for(|s| *s).await;
}

/// A server's timeouts: headersTimeout (with keepAliveTimeout folded in) and requestTimeout.
#[derive(Clone, Copy)]
struct Timeouts {
    headers: Duration,
    request: Option<Duration>,
}

/// What a listening server's accept loop serves with.
struct Accepting {
    id: u32,
    shared: Arc<Shared>,
    watched: Arc<AtomicBool>,
    timeouts: Timeouts,
    tls: Option<tokio_rustls::TlsAcceptor>,
}

async fn accept_loop(
    listener: tokio::net::TcpListener,
    accepting: Accepting,
    mut stop: tokio::sync::watch::Receiver<bool>,
) {
    let Accepting { id: server, shared, watched, timeouts, tls } = accepting;
    // Connections live in this set, so aborting the loop closes them too.
    let mut conns = tokio::task::JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let Ok((stream, remote)) = accepted else { continue };
                let remote: Peer = (remote.ip().to_string().into(), remote.port());
                let _ = stream.set_nodelay(true);
                let ends = conns::endpoints(stream.local_addr().ok(), &remote);
                let conn_id = shared.next_id.fetch_add(1, Ordering::Relaxed);
                let reg = shared.conns.register(conn_id, server, ends, &watched, &shared.events);
                let conn = Conn { server, remote, shared: shared.clone(), stop: stop.clone(), timeouts, reg };
                let tls = tls.clone();
                conns.spawn(async move {
                    match tls {
                        None => conn.serve(stream).await,
                        Some(tls) => {
                            // The handshake counts against the headers timeout, so a client that
                            // stalls in it is cut off as a slow head is.
                            let (mut stop, mut ctl) = (conn.stop.clone(), conn.reg.ctl.clone());
                            let handshake = tokio::time::timeout(timeouts.headers, tls.accept(stream));
                            tokio::select! {
                                r = handshake => if let Ok(Ok(stream)) = r { conn.serve(stream).await },
                                _ = async { ctl.wait_for(|c| *c == conns::Ctl::Destroy).await.map(|_| ()) } => {}
                                _ = stopped(&mut stop) => {}
                            }
                        }
                    }
                });
            }
            Some(_) = conns.join_next(), if !conns.is_empty() => {}
            _ = stopped(&mut stop) => break,
        }
    }
    // Stop accepting (the port closes now) and let open connections drain; then the
    // guest's server emits 'close', as Node's does once its last connection ends.
    drop(listener);
    while conns.join_next().await.is_some() {}
    let _ = shared.events.send(Event::HttpClosed(server));
}

/// One accepted connection, before its transport (plain TCP or TLS) is known.
struct Conn {
    server: u32,
    remote: Peer,
    shared: Arc<Shared>,
    stop: tokio::sync::watch::Receiver<bool>,
    timeouts: Timeouts,
    /// Its entry among the server's connections, removed when it ends.
    reg: conns::Registered,
}

impl Conn {
    /// Serves HTTP/1.1 on `io` until the client leaves or the server closes it.
    async fn serve<S>(self, io: S)
    where
        S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
    {
        let Conn { server, remote, shared, mut stop, timeouts, mut reg } = self;
        // Requests this connection is still answering; hyper would treat a
        // connection waiting on its service as idle and drop it on shutdown.
        let state = reg.state.clone();
        let conn_id = reg.id;
        let service = hyper::service::service_fn(move |req| {
            let (shared, state) = (shared.clone(), state.clone());
            let remote = remote.clone();
            async move {
                state.inflight.fetch_add(1, Ordering::SeqCst);
                let mut res = handle(req, server, conn_id, remote, shared, timeouts.request).await;
                state.inflight.fetch_sub(1, Ordering::SeqCst);
                // Closing (server.close(), or socket.end() mid-request): this is the last response.
                if state.ending.load(Ordering::SeqCst) {
                    if let Ok(r) = res.as_mut() {
                        r.headers_mut().insert(hyper::header::CONNECTION, HeaderValue::from_static("close"));
                    }
                }
                res
            }
        });
        let conn = hyper::server::conn::http1::Builder::new()
            .timer(hyper_util::rt::TokioTimer::new())
            .header_read_timeout(timeouts.headers)
            // A client that shuts its write side after the request still gets the
            // response, as from Node.
            .half_close(true)
            .serve_connection(hyper_util::rt::TokioIo::new(guard::Guarded::new(io)), service)
            .with_upgrades();
        tokio::pin!(conn);
        let mut stopping = false;
        let mut steered = true;
        loop {
            tokio::select! {
                _ = conn.as_mut() => break,
                _ = stopped(&mut stop), if !stopping => {
                    // server.close(): an idle connection closes now; one with a
                    // request in flight answers it with `Connection: close` first.
                    stopping = true;
                    reg.state.ending.store(true, Ordering::SeqCst);
                    if reg.state.inflight.load(Ordering::SeqCst) == 0 {
                        conn.as_mut().graceful_shutdown();
                    }
                }
                // The script's socket.destroy() or end(), closeIdleConnections() or
                // closeAllConnections() (dropping the connection closes it).
                changed = reg.ctl.changed(), if steered => {
                    steered = changed.is_ok();
                    let ctl = *reg.ctl.borrow_and_update();
                    match ctl {
                        conns::Ctl::Destroy => break,
                        conns::Ctl::End if reg.state.inflight.load(Ordering::SeqCst) == 0 => {
                            conn.as_mut().graceful_shutdown()
                        }
                        _ => {}
                    }
                }
            }
        }
    }
}

fn parse_headers(list: Vec<Header>) -> Result<Vec<(HeaderName, HeaderValue)>, Error> {
    if list.len() > MAX_RESPONSE_HEADERS {
        return Err(fields::too_many_headers());
    }
    list.into_iter().map(|(k, v)| fields::field(k.as_bytes(), HeaderValue::from_str(&v))).collect()
}

impl HttpState {
    fn send_body(
        &self,
        id: u32,
        tx: &mpsc::UnboundedSender<Piece>,
        buffered: &AtomicUsize,
        body: Vec<u8>,
    ) -> Result<bool, Error> {
        let len = body.len();
        // The guest decides how much it writes; the host caps what it will hold.
        if buffered.load(Ordering::Relaxed) + len > MAX_BUFFERED {
            return Err(os("ENOBUFS", "response body buffered past the host's cap; wait for 'drain'"));
        }
        if len > 0 {
            buffered.fetch_add(len, Ordering::Relaxed);
            if tx.send(Piece::Data(Bytes::from(body))).is_err() {
                self.shared.aborted(id);
                return Err(os("ECONNRESET", "the client closed the connection"));
            }
        }
        Ok(buffered.load(Ordering::Relaxed) < HIGH_WATER)
    }
}

impl Host for HttpState {
    fn listen(
        &mut self,
        host: String,
        port: u16,
        backlog: u32,
        headers_timeout_ms: u32,
        keep_alive_timeout_ms: u32,
        request_timeout_ms: u32,
        tls: Option<ServerTls>,
    ) -> wasmtime::Result<Result<(u32, String, u16), Error>> {
        // The grant is checked on the name and port the script asked for, before any socket exists.
        if let Err(e) = net::check_listen(&self.grants, &host, port) {
            return Ok(Err(e));
        }
        if self.servers.len() >= MAX_SERVERS {
            return Ok(Err(os("EMFILE", "too many servers in this sandbox")));
        }
        let tls = match tls.as_ref().map(|t| tls::acceptor(t, &[b"http/1.1"])).transpose() {
            Ok(t) => t,
            Err(e) => return Ok(Err(e)),
        };
        let ip = match net::bind_ip(&host) {
            Ok(ip) => ip,
            Err(e) => return Ok(Err(e)),
        };
        let bound = (|| {
            let sock = if ip.is_ipv4() { tokio::net::TcpSocket::new_v4()? } else { tokio::net::TcpSocket::new_v6()? };
            sock.set_reuseaddr(true)?;
            sock.bind(SocketAddr::new(ip, port))?;
            sock.listen(backlog.clamp(1, 4096))
        })();
        let listener = match bound {
            Ok(l) => l,
            Err(e) => {
                // libuv's words, as net's listen gives them (`address already in use`).
                let code = e.raw_os_error().map_or("EIO", crate::errno::name);
                return Ok(Err(os(code, crate::errno::describe(code))));
            }
        };
        let local = listener.local_addr()?;
        let id = self.next_server;
        self.next_server += 1;
        let (stop, stopped) = tokio::sync::watch::channel(false);
        // Node's 0 means "no timeout"; hyper needs one, so 0 becomes a day. hyper's header
        // timer also runs while a kept-alive connection waits, so the shorter one applies.
        let as_timeout = |ms: u32| match ms {
            0 => Duration::from_secs(86_400),
            ms => Duration::from_millis(ms.into()).max(MIN_HEADERS_TIMEOUT),
        };
        let headers_timeout = as_timeout(headers_timeout_ms).min(as_timeout(keep_alive_timeout_ms));
        let timeouts = Timeouts {
            headers: headers_timeout,
            request: (request_timeout_ms > 0).then(|| Duration::from_millis(request_timeout_ms.into())),
        };
        let watched = Arc::new(AtomicBool::new(false));
        let server = Accepting { id, shared: self.shared.clone(), watched: watched.clone(), timeouts, tls };
        let task = tokio::spawn(accept_loop(listener, server, stopped));
        self.servers.insert(id, Server { task, stop, watched });
        Ok(Ok((id, local.ip().to_string(), local.port())))
    }

    fn close_all_connections(&mut self, server: u32) -> wasmtime::Result<()> {
        self.shared.conns.close_all(server);
        Ok(())
    }

    fn close(&mut self, server: u32) -> wasmtime::Result<()> {
        if let Some(s) = self.servers.remove(&server) {
            let _ = s.stop.send(true);
            self.closing.retain(|t| !t.is_finished());
            self.closing.push(s.task);
        }
        Ok(())
    }

    fn respond(
        &mut self,
        id: u32,
        status: u16,
        head: Vec<u8>,
        body: Vec<u8>,
        end: bool,
    ) -> wasmtime::Result<Result<bool, Error>> {
        let status = match StatusCode::from_u16(status) {
            Ok(s) if status >= 100 => s,
            _ => return Ok(Err(os("ERR_HTTP_INVALID_STATUS_CODE", format!("Invalid status code: {status}")))),
        };
        let (reason, headers) = match fields::unpack_head(head) {
            Ok(h) => h,
            Err(e) => return Ok(Err(e)),
        };
        // Answered without asking for the body (a 417, say): it will never be read.
        self.shared.deferred.lock().unwrap().remove(&id);
        let tx = match self.shared.pending.lock().unwrap().remove(&id) {
            Some(Pending::AwaitingHead(tx)) => tx,
            Some(other) => {
                self.shared.pending.lock().unwrap().insert(id, other);
                return Ok(Err(os("ERR_HTTP_HEADERS_SENT", "Cannot write headers after they are sent to the client")));
            }
            // Unknown, finished, or aborted: the guest learns through an aborted event.
            None => return Ok(Ok(true)),
        };
        if end {
            let head = ResponseHead { status, reason, headers, body: Outgoing::Full(Full::new(Bytes::from(body))) };
            let _ = tx.send(Some(head));
            return Ok(Ok(true));
        }
        let (btx, brx) = mpsc::unbounded_channel();
        let buffered = Arc::new(AtomicUsize::new(0));
        let stream = GuestBody::new(id, brx, buffered.clone(), self.shared.clone(), &headers);
        if tx.send(Some(ResponseHead { status, reason, headers, body: Outgoing::Stream(stream) })).is_err() {
            self.shared.aborted(id);
            return Ok(Ok(true));
        }
        let ok = self.send_body(id, &btx, &buffered, body);
        self.shared.pending.lock().unwrap().insert(id, Pending::Streaming { tx: btx, buffered });
        Ok(ok)
    }

    fn write(&mut self, id: u32, body: Vec<u8>, end: bool) -> wasmtime::Result<Result<bool, Error>> {
        let entry = self.shared.pending.lock().unwrap().remove(&id);
        let Some(Pending::Streaming { tx, buffered }) = entry else {
            if let Some(e) = entry {
                self.shared.pending.lock().unwrap().insert(id, e);
                return Ok(Err(os("ERR_HTTP_HEADERS_NOT_SENT", "write before the response head")));
            }
            return Ok(Ok(true));
        };
        let r = self.send_body(id, &tx, &buffered, body);
        if r.is_ok() {
            if end {
                // Then dropping `tx` closes the stream, whole.
                let _ = tx.send(Piece::End);
            } else {
                self.shared.pending.lock().unwrap().insert(id, Pending::Streaming { tx, buffered });
            }
        }
        Ok(r)
    }

    fn write_continue(&mut self, id: u32) -> wasmtime::Result<()> {
        // Reading the body is what makes hyper send `100 Continue`.
        if let Some(body) = self.shared.deferred.lock().unwrap().remove(&id) {
            pump(id, body, self.shared.clone());
        }
        Ok(())
    }

    fn trailers(&mut self, id: u32, trailers: Vec<Header>) -> wasmtime::Result<Result<(), Error>> {
        let fields = match parse_headers(trailers) {
            Ok(f) => f,
            Err(e) => return Ok(Err(e)),
        };
        let entry = self.shared.pending.lock().unwrap().remove(&id);
        let Some(Pending::Streaming { tx, .. }) = entry else {
            if let Some(e) = entry {
                self.shared.pending.lock().unwrap().insert(id, e);
                return Ok(Err(os(
                    "ERR_HTTP_TRAILER_INVALID",
                    "Trailers are only sent after a streamed (chunked) body",
                )));
            }
            return Ok(Ok(()));
        };
        let mut map = hyper::HeaderMap::new();
        for (k, v) in fields {
            map.append(k, v);
        }
        // Trailers end the body; dropping `tx` after them closes the stream.
        let _ = tx.send(Piece::Trailers(map));
        Ok(Ok(()))
    }

    fn consume(&mut self, id: u32, bytes: u32) -> wasmtime::Result<()> {
        if let Some(c) = self.shared.credits.lock().unwrap().get(&id) {
            // Saturating: a confused guest cannot make the count wrap and stall reading.
            let _ = c
                .outstanding
                .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |o| Some(o.saturating_sub(bytes as usize)));
            c.notify.notify_one();
        }
        Ok(())
    }

    fn abort(&mut self, id: u32) -> wasmtime::Result<()> {
        // Without a head yet the connection closes unanswered; mid-body, hyper cuts it.
        if let Some(Pending::AwaitingHead(tx)) = self.shared.pending.lock().unwrap().remove(&id) {
            let _ = tx.send(None);
        }
        self.shared.forget(id);
        // A client request's task owns its connection: aborting it closes the socket.
        if let Some(t) = self.clients.remove(&id) {
            t.abort();
        }
        Ok(())
    }

    fn close_pool(&mut self, pool: u32) -> wasmtime::Result<()> {
        self.pool.close(pool);
        Ok(())
    }

    fn watch_connections(&mut self, server: u32) -> wasmtime::Result<()> {
        if let Some(s) = self.servers.get(&server) {
            s.watched.store(true, Ordering::Relaxed);
        }
        Ok(())
    }

    fn connections(&mut self, server: u32) -> wasmtime::Result<u32> {
        Ok(self.shared.conns.count(server))
    }

    fn connection_endpoints(&mut self, connection: u32) -> wasmtime::Result<Option<Endpoints>> {
        Ok(self.shared.conns.endpoints(connection))
    }

    fn close_connection(&mut self, connection: u32, graceful: bool) -> wasmtime::Result<()> {
        self.shared.conns.close(connection, graceful);
        Ok(())
    }

    fn close_idle_connections(&mut self, server: u32) -> wasmtime::Result<()> {
        self.shared.conns.close_idle(server);
        Ok(())
    }

    fn request(
        &mut self,
        host: String,
        port: u16,
        method: String,
        target: String,
        headers: Vec<Header>,
        body: Vec<u8>,
        end: bool,
        tls: Option<ClientTls>,
        local_address: Option<String>,
        local_port: u16,
        pool: u32,
    ) -> wasmtime::Result<Result<u32, Error>> {
        // The name is checked before anything else happens; addresses after DNS (client.rs).
        if let Err(e) = net::check_connect(&self.grants, &host, port) {
            return Ok(Err(e));
        }
        let tls = match tls.map(|t| client::Tls::new(t, &host)).transpose() {
            Ok(t) => t,
            Err(e) => return Ok(Err(e)),
        };
        let local = match net::socket::local_end(local_address.as_deref(), local_port) {
            Ok(l) => l,
            Err(e) => return Ok(Err(e)),
        };
        let Ok(method) = hyper::Method::from_bytes(method.as_bytes()) else {
            return Ok(Err(os("ERR_INVALID_HTTP_TOKEN", format!("Method must be a valid HTTP token [\"{method}\"]"))));
        };
        let Ok(uri) = target.parse::<hyper::Uri>() else {
            return Ok(Err(os("ERR_UNESCAPED_CHARACTERS", "Request path contains unescaped characters")));
        };
        let headers = match parse_headers(headers) {
            Ok(h) => h,
            Err(e) => return Ok(Err(e)),
        };
        self.clients.retain(|_, t| !t.is_finished());
        if self.clients.len() >= MAX_CLIENT_REQUESTS {
            return Ok(Err(os("EMFILE", "too many client requests in flight in this sandbox")));
        }
        let id = self.shared.next_id.fetch_add(1, Ordering::Relaxed);
        // hyper frames an empty body with no header at all; Node sends `Content-Length: 0`
        // for the methods it would otherwise chunk (POST, PUT, PATCH...), and some servers
        // answer 411 without it.
        let empty_needs_length = end
            && body.is_empty()
            && !matches!(method.as_str(), "GET" | "HEAD" | "DELETE" | "OPTIONS" | "TRACE" | "CONNECT")
            && !headers
                .iter()
                .any(|(k, _)| k == hyper::header::CONTENT_LENGTH || k == hyper::header::TRANSFER_ENCODING);
        let req_body = if end {
            Outgoing::Full(Full::new(Bytes::from(body)))
        } else {
            let (btx, brx) = mpsc::unbounded_channel();
            let buffered = Arc::new(AtomicUsize::new(0));
            let stream = GuestBody::new(id, brx, buffered.clone(), self.shared.clone(), &headers);
            if let Err(e) = self.send_body(id, &btx, &buffered, body) {
                return Ok(Err(e));
            }
            self.shared.pending.lock().unwrap().insert(id, Pending::Streaming { tx: btx, buffered });
            Outgoing::Stream(stream)
        };
        let mut req = Request::new(req_body);
        *req.method_mut() = method;
        *req.uri_mut() = uri;
        let h = req.headers_mut();
        for (k, v) in headers {
            h.append(k, v);
        }
        if empty_needs_length {
            h.insert(hyper::header::CONTENT_LENGTH, HeaderValue::from_static("0"));
        }
        let task = tokio::spawn(client::send(
            id,
            client::Dest { host, port, tls, local, pool },
            req,
            self.grants.clone(),
            self.shared.clone(),
            self.pool.clone(),
        ));
        self.clients.insert(id, task);
        Ok(Ok(id))
    }
}
