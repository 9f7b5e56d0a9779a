//! capjs:runtime/net: TCP servers and sockets as tokio tasks. Each socket has a reader
//! task (paused and resumed by the guest) and a writer task fed by a queue whose size
//! the guest sees as backpressure. Ids live in the sandbox's own table.
use super::{bind_ip, check_connect, check_listen, check_resolved};
use crate::bindings::capjs::runtime::loop_::Event;
use crate::bindings::capjs::runtime::net::{Endpoints, Host};
use crate::bindings::capjs::runtime::types::{ClientTls, Error, ServerTls};
use crate::permissions::Grants;
use std::{
    collections::HashMap,
    net::SocketAddr,
    pin::Pin,
    sync::{
        atomic::{AtomicBool, AtomicU32, AtomicUsize, Ordering},
        Arc, Mutex,
    },
    task::{Context, Poll},
};
use tokio::{
    io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, ReadBuf},
    net::{TcpListener, TcpSocket, TcpStream},
    sync::mpsc,
    task::JoinHandle,
};

/// Bytes queued for writing before `write` answers false (Node's default highWaterMark).
const HIGH_WATER: usize = 16 * 1024;
/// Bytes queued past which `write` fails: host memory is bounded whatever the guest does.
const MAX_QUEUED: usize = 64 << 20;
/// The largest single read handed to the guest.
const READ_CHUNK: usize = 64 * 1024;
/// Bytes handed to the guest before it must acknowledge them (see `Flow`).
const READ_WINDOW: usize = 64 * 1024;

/// Read flow control. The host stops reading once READ_WINDOW bytes wait in the guest
/// unacknowledged (or the guest paused), so a slow or paused reader leaves the rest in the
/// kernel and TCP pushes back on the peer. `set-reading(true)` acknowledges and resumes.
#[derive(Default)]
pub(crate) struct Flow {
    paused: AtomicBool,
    outstanding: AtomicUsize,
    notify: tokio::sync::Notify,
}

impl Flow {
    fn set(&self, on: bool) {
        if on {
            self.outstanding.store(0, Ordering::SeqCst);
        }
        self.paused.store(!on, Ordering::SeqCst);
        self.notify.notify_one();
    }

    async fn ready(&self) {
        loop {
            let wake = self.notify.notified();
            if !self.paused.load(Ordering::SeqCst) && self.outstanding.load(Ordering::SeqCst) < READ_WINDOW {
                return;
            }
            wake.await;
        }
    }
}

pub(crate) enum Cmd {
    Write(Vec<u8>),
    End,
}

type Reader = Box<dyn AsyncRead + Send + Unpin>;
type Writer = Box<dyn AsyncWrite + Send + Unpin>;

struct Socket {
    cmds: mpsc::UnboundedSender<Cmd>,
    queued: Arc<AtomicUsize>,
    /// The guest saw `write` return false and waits for a drain event.
    stalled: Arc<AtomicBool>,
    flow: Arc<Flow>,
    /// A duplicate of the TCP socket for setsockopt (none for upgraded HTTP connections).
    opts: Option<socket2::Socket>,
    tasks: Vec<JoinHandle<()>>,
}

impl Drop for Socket {
    fn drop(&mut self) {
        for t in &self.tasks {
            t.abort();
        }
    }
}

/// The socket table and event queue, shared with accept and connect tasks (and with the
/// HTTP server and client, which hand upgraded connections over as sockets).
pub(crate) struct Shared {
    sockets: Mutex<HashMap<u32, Socket>>,
    next: AtomicU32,
    events: mpsc::UnboundedSender<Event>,
    max_handles: usize,
}

/// What a registered socket's tasks consume: the guest's commands and the reading switch.
pub(crate) struct Pending {
    pub cmds: mpsc::UnboundedReceiver<Cmd>,
    flow: Arc<Flow>,
}

pub struct NetState {
    grants: Arc<Grants>,
    shared: Arc<Shared>,
    servers: HashMap<u32, JoinHandle<()>>,
}

impl NetState {
    pub fn new(grants: Arc<Grants>, events: mpsc::UnboundedSender<Event>, max_handles: usize) -> Self {
        let shared = Arc::new(Shared { sockets: Mutex::default(), next: AtomicU32::new(1), events, max_handles });
        NetState { grants, shared, servers: HashMap::new() }
    }

    /// The socket table, for capabilities that hand connections over (HTTP upgrades).
    pub(crate) fn shared(&self) -> Arc<Shared> {
        self.shared.clone()
    }
}

impl Drop for NetState {
    fn drop(&mut self) {
        // A finished sandbox takes its servers and connections with it.
        for (_, t) in self.servers.drain() {
            t.abort();
        }
        self.shared.sockets.lock().unwrap().clear();
    }
}

fn os(e: &std::io::Error) -> Error {
    let code = e.raw_os_error().map_or("EIO", crate::errno::name);
    Error::Os((code.into(), crate::errno::describe(code).into()))
}

/// The local end a script asked for: an IP address (None: any) and a port (0: any).
pub(crate) type LocalEnd = Option<(Option<std::net::IpAddr>, u16)>;

/// A failed bind of the local end: an os error whose message is "bind" (net.wit's connect).
fn bind_error(code: &str) -> Error {
    Error::Os((code.into(), "bind".into()))
}

pub(crate) fn local_end(address: Option<&str>, port: u16) -> Result<LocalEnd, Error> {
    let ip = match address {
        None => None,
        Some(a) => Some(a.parse::<std::net::IpAddr>().map_err(|_| bind_error("EINVAL"))?),
    };
    Ok((ip.is_some() || port != 0).then_some((ip, port)))
}

/// Connects to `addr`, binding the local end first when one was chosen. Without an address
/// the local end is 0.0.0.0 or :: (as in Node); a chosen port is checked as listening on the
/// address actually bound would be, before the bind.
pub(crate) async fn connect_from(grants: &Grants, local: LocalEnd, addr: SocketAddr) -> Result<TcpStream, Error> {
    let Some((ip, port)) = local else { return TcpStream::connect(addr).await.map_err(|e| os(&e)) };
    let ip = ip.unwrap_or(if addr.is_ipv4() {
        std::net::Ipv4Addr::UNSPECIFIED.into()
    } else {
        std::net::Ipv6Addr::UNSPECIFIED.into()
    });
    if ip.is_ipv4() != addr.is_ipv4() {
        return Err(bind_error("EINVAL"));
    }
    if port != 0 {
        check_listen(grants, &ip.to_string(), port)?;
    }
    let socket = if addr.is_ipv4() { TcpSocket::new_v4() } else { TcpSocket::new_v6() }.map_err(|e| os(&e))?;
    socket
        .bind(SocketAddr::new(ip, port))
        .map_err(|e| bind_error(e.raw_os_error().map_or("EIO", crate::errno::name)))?;
    socket.connect(addr).await.map_err(|e| os(&e))
}

fn code(c: &str) -> Error {
    Error::Os((c.into(), crate::errno::describe(c).into()))
}

fn endpoints(s: &TcpStream) -> Endpoints {
    let (l, r) = (s.local_addr().ok(), s.peer_addr().ok());
    // As the kernel reports them: an IPv4 peer of a dual-stack socket is ::ffff:a.b.c.d
    // (IPv6), as in Node. Grant checks canonicalize separately.
    let ip = |a: Option<SocketAddr>| a.map_or_else(String::new, |a| a.ip().to_string());
    let v6 = l.is_some_and(|a| a.ip().is_ipv6());
    Endpoints {
        local_address: ip(l),
        local_port: l.map_or(0, |a| a.port()),
        remote_address: ip(r),
        remote_port: r.map_or(0, |a| a.port()),
        family: if v6 { "IPv6".into() } else { "IPv4".into() },
    }
}

impl Shared {
    /// Reserves an id for a socket whose connection arrives later, or None at the handle cap.
    pub(crate) fn reserve(&self) -> Option<(u32, Pending)> {
        if self.sockets.lock().unwrap().len() >= self.max_handles {
            return None;
        }
        let id = self.next.fetch_add(1, Ordering::Relaxed);
        Some((id, self.register(id)))
    }

    fn register(&self, id: u32) -> Pending {
        let (cmds, rx) = mpsc::unbounded_channel();
        let flow = Arc::new(Flow::default());
        let sock = Socket {
            cmds,
            queued: Arc::new(AtomicUsize::new(0)),
            stalled: Arc::new(AtomicBool::new(false)),
            flow: flow.clone(),
            opts: None,
            tasks: Vec::new(),
        };
        self.sockets.lock().unwrap().insert(id, sock);
        Pending { cmds: rx, flow }
    }

    /// Registers an accepted connection: its id, endpoints and queue. With pauseOnConnect
    /// not a byte is read before the application resumes the socket.
    fn accepted(&self, stream: &TcpStream, pause_on_connect: bool) -> (u32, Endpoints, Pending) {
        let id = self.next.fetch_add(1, Ordering::Relaxed);
        let pending = self.register(id);
        if pause_on_connect {
            pending.flow.set(false);
        }
        (id, endpoints(stream), pending)
    }

    /// Drops a reserved socket that never connected.
    pub(crate) fn forget(&self, id: u32) {
        self.sockets.lock().unwrap().remove(&id);
    }

    /// Reports the socket closed (once) and forgets it.
    fn closed(&self, id: u32, err: Option<Error>) {
        if self.sockets.lock().unwrap().remove(&id).is_some() {
            let _ = self.events.send(Event::NetClosed((id, err)));
        }
    }

    /// Runs a TCP connection as socket `id`.
    fn run_tcp(self: &Arc<Self>, id: u32, stream: TcpStream, pending: Pending) {
        self.keep_options(id, &stream);
        let stream = Arc::new(stream);
        self.run(id, Box::new(TcpRead(stream.clone())), Box::new(TcpWrite(stream)), pending, Vec::new());
    }

    /// Runs a TLS connection (client or server side) as socket `id`; `tcp` finds the TCP
    /// stream under it.
    fn run_tls<S>(self: &Arc<Self>, id: u32, stream: S, tcp: fn(&S) -> &TcpStream, pending: Pending)
    where
        S: AsyncRead + AsyncWrite + Send + Unpin + 'static,
    {
        self.keep_options(id, tcp(&stream));
        let (r, w) = tokio::io::split(stream);
        self.run(id, Box::new(r), Box::new(w), pending, Vec::new());
    }

    /// Keeps a handle on the TCP socket for setNoDelay/setKeepAlive.
    fn keep_options(&self, id: u32, tcp: &TcpStream) {
        let opts = socket2::SockRef::from(tcp).try_clone().ok();
        if let Some(s) = self.sockets.lock().unwrap().get_mut(&id) {
            s.opts = opts;
        }
    }

    /// Runs any byte stream as socket `id`: a reader task (paused and resumed by the guest)
    /// and a writer task fed by the queue, stored so destroy aborts them. `first` is
    /// written before anything queued.
    pub(crate) fn run(
        self: &Arc<Self>,
        id: u32,
        mut reader: Reader,
        mut writer: Writer,
        pending: Pending,
        first: Vec<u8>,
    ) {
        let Pending { mut cmds, flow } = pending;
        let (queued, stalled) = match self.sockets.lock().unwrap().get(&id) {
            Some(s) => (s.queued.clone(), s.stalled.clone()),
            None => return,
        };
        // Both halves must finish (EOF read, FIN sent) before the socket counts as closed.
        let halves = Arc::new(AtomicUsize::new(2));
        let (sh, halves_r) = (self.clone(), halves.clone());
        let read_task = tokio::spawn(async move {
            let mut buf = vec![0u8; READ_CHUNK];
            loop {
                flow.ready().await;
                match reader.read(&mut buf).await {
                    Ok(0) => {
                        let _ = sh.events.send(Event::NetEnd(id));
                        if halves_r.fetch_sub(1, Ordering::SeqCst) == 1 {
                            sh.closed(id, None);
                        }
                        return;
                    }
                    Ok(n) => {
                        flow.outstanding.fetch_add(n, Ordering::SeqCst);
                        let _ = sh.events.send(Event::NetData((id, buf[..n].to_vec())));
                    }
                    Err(e) => return sh.closed(id, Some(os(&e))),
                }
            }
        });
        let sh = self.clone();
        let write_task = tokio::spawn(async move {
            if !first.is_empty() {
                if let Err(e) = writer.write_all(&first).await {
                    return sh.closed(id, Some(os(&e)));
                }
            }
            while let Some(cmd) = cmds.recv().await {
                match cmd {
                    Cmd::Write(data) => {
                        if let Err(e) = writer.write_all(&data).await {
                            return sh.closed(id, Some(os(&e)));
                        }
                        let left = queued.fetch_sub(data.len(), Ordering::SeqCst) - data.len();
                        if left < HIGH_WATER && stalled.swap(false, Ordering::SeqCst) {
                            let _ = sh.events.send(Event::NetDrain(id));
                        }
                    }
                    Cmd::End => {
                        // FIN: shut the write half down; the peer may still send.
                        let _ = writer.shutdown().await;
                        if halves.fetch_sub(1, Ordering::SeqCst) == 1 {
                            sh.closed(id, None);
                        }
                        return;
                    }
                }
            }
        });
        if let Some(s) = self.sockets.lock().unwrap().get_mut(&id) {
            s.tasks.push(read_task);
            s.tasks.push(write_task);
        } else {
            read_task.abort();
            write_task.abort();
        }
    }
}

/// The read half of a shared TCP stream. Unlike tokio's owned halves, neither half shuts
/// the socket down when dropped: destroy() closes the fd as Node's does, so the kernel
/// sends FIN, or RST when unread data is pending.
struct TcpRead(Arc<TcpStream>);
struct TcpWrite(Arc<TcpStream>);

impl AsyncRead for TcpRead {
    fn poll_read(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<std::io::Result<()>> {
        loop {
            std::task::ready!(self.0.poll_read_ready(cx))?;
            match self.0.try_read(buf.initialize_unfilled()) {
                Ok(n) => {
                    buf.advance(n);
                    return Poll::Ready(Ok(()));
                }
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => continue,
                Err(e) => return Poll::Ready(Err(e)),
            }
        }
    }
}

impl AsyncWrite for TcpWrite {
    fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, data: &[u8]) -> Poll<std::io::Result<usize>> {
        loop {
            std::task::ready!(self.0.poll_write_ready(cx))?;
            match self.0.try_write(data) {
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => continue,
                r => return Poll::Ready(r),
            }
        }
    }

    fn poll_flush(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Poll::Ready(Ok(()))
    }

    fn poll_shutdown(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Poll::Ready(socket2::SockRef::from(self.0.as_ref()).shutdown(std::net::Shutdown::Write))
    }
}

/// A connection as connect runs it: plain TCP, or TLS over it (tls.connect).
enum Connected {
    Tcp(TcpStream),
    Tls(Box<tokio_rustls::client::TlsStream<TcpStream>>),
}

/// How long a TLS server handshake may take (Node's handshakeTimeout default).
const TLS_HANDSHAKE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(120);

async fn accept_loop(
    listener: TcpListener,
    server: u32,
    shared: Arc<Shared>,
    pause_on_connect: bool,
    tls: Option<tokio_rustls::TlsAcceptor>,
) {
    // TLS handshakes run beside the loop, so a slow client holds up no one else; aborting
    // the loop (close) drops them too.
    let mut handshakes = tokio::task::JoinSet::new();
    loop {
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(_) => continue,
            },
            Some(_) = handshakes.join_next(), if !handshakes.is_empty() => continue,
        };
        // Past the handle cap a connection is refused at once rather than queued; a
        // connection still in its TLS handshake counts, so stalled handshakes cannot pile up.
        if shared.sockets.lock().unwrap().len() + handshakes.len() >= shared.max_handles {
            drop(stream);
            continue;
        }
        let Some(tls) = tls.clone() else {
            let (id, ep, pending) = shared.accepted(&stream, pause_on_connect);
            shared.run_tcp(id, stream, pending);
            let _ = shared.events.send(Event::NetConnection((server, id, ep)));
            continue;
        };
        let shared = shared.clone();
        handshakes.spawn(async move {
            let Ok(Ok(secure)) = tokio::time::timeout(TLS_HANDSHAKE_TIMEOUT, tls.accept(stream)).await else {
                return;
            };
            let (id, ep, pending) = shared.accepted(secure.get_ref().0, pause_on_connect);
            shared.run_tls(id, secure, |s| s.get_ref().0, pending);
            let _ = shared.events.send(Event::NetConnection((server, id, ep)));
        });
    }
}

impl Host for NetState {
    fn listen(
        &mut self,
        host: String,
        port: u16,
        _backlog: u32,
        pause_on_connect: bool,
        tls: Option<ServerTls>,
    ) -> wasmtime::Result<Result<(u32, String, u16), Error>> {
        // The grant is checked before a socket exists, so a refused listen binds nothing.
        if let Err(e) = check_listen(&self.grants, &host, port) {
            return Ok(Err(e));
        }
        let tls = match tls.as_ref().map(|t| crate::tls::acceptor(t, &[])).transpose() {
            Ok(t) => t,
            Err(e) => return Ok(Err(e)),
        };
        let ip = match bind_ip(&host) {
            Ok(ip) => ip,
            Err(e) => return Ok(Err(e)),
        };
        let std_listener = match std_bind(SocketAddr::new(ip, port)) {
            Ok(l) => l,
            Err(e) => return Ok(Err(os(&e))),
        };
        let listener = match TcpListener::from_std(std_listener) {
            Ok(l) => l,
            Err(e) => return Ok(Err(os(&e))),
        };
        let addr = listener.local_addr()?;
        let id = self.shared.next.fetch_add(1, Ordering::Relaxed);
        let task = tokio::spawn(accept_loop(listener, id, self.shared.clone(), pause_on_connect, tls));
        self.servers.insert(id, task);
        Ok(Ok((id, addr.ip().to_string(), addr.port())))
    }

    fn close_server(&mut self, server: u32) -> wasmtime::Result<()> {
        if let Some(t) = self.servers.remove(&server) {
            t.abort();
        }
        Ok(())
    }

    fn connect(
        &mut self,
        host: String,
        port: u16,
        no_delay: bool,
        local_address: Option<String>,
        local_port: u16,
        tls: Option<ClientTls>,
    ) -> wasmtime::Result<Result<u32, Error>> {
        // The name is checked before DNS, and each resolved address again before connecting.
        if let Err(e) = check_connect(&self.grants, &host, port) {
            return Ok(Err(e));
        }
        let tls = match tls.map(|t| crate::tls::Connector::new(&t, &host)).transpose() {
            Ok(t) => t,
            Err(e) => return Ok(Err(e)),
        };
        let local = match local_end(local_address.as_deref(), local_port) {
            Ok(l) => l,
            Err(e) => return Ok(Err(e)),
        };
        if self.shared.sockets.lock().unwrap().len() >= self.shared.max_handles {
            return Ok(Err(code("EMFILE")));
        }
        let id = self.shared.next.fetch_add(1, Ordering::Relaxed);
        let pending = self.shared.register(id);
        let (shared, grants) = (self.shared.clone(), self.grants.clone());
        let task = tokio::spawn(async move {
            let fail = |e: Error| {
                shared.sockets.lock().unwrap().remove(&id);
                let _ = shared.events.send(Event::NetConnected((id, Err(e))));
            };
            let name = host.trim_start_matches('[').trim_end_matches(']').to_string();
            let looked_up = tokio::net::lookup_host((name.as_str(), port)).await.map(|a| a.collect::<Vec<_>>());
            let addrs: Vec<SocketAddr> = match looked_up {
                Ok(a) => a,
                Err(_) => return fail(Error::Os(("ENOTFOUND".into(), name))),
            };
            let mut last = code("ENOTFOUND");
            for addr in addrs {
                if let Err(e) = check_resolved(&grants, &addr) {
                    last = e;
                    continue;
                }
                match connect_from(&grants, local, addr).await {
                    Ok(stream) => {
                        if no_delay {
                            let _ = stream.set_nodelay(true);
                        }
                        let ep = endpoints(&stream);
                        // tls.connect: connected means the handshake is done and the server trusted.
                        let stream = match &tls {
                            None => Connected::Tcp(stream),
                            Some(c) => match c.connect(stream).await {
                                Ok(s) => Connected::Tls(Box::new(s)),
                                Err(e) => return fail(e),
                            },
                        };
                        if !shared.sockets.lock().unwrap().contains_key(&id) {
                            return; // destroyed while connecting
                        }
                        let _ = shared.events.send(Event::NetConnected((id, Ok(ep))));
                        match stream {
                            Connected::Tcp(s) => shared.run_tcp(id, s, pending),
                            Connected::Tls(s) => shared.run_tls(id, s, |s| s.get_ref().0, pending),
                        }
                        return;
                    }
                    Err(e) => last = e,
                }
            }
            fail(last);
        });
        if let Some(s) = self.shared.sockets.lock().unwrap().get_mut(&id) {
            s.tasks.push(task);
        }
        Ok(Ok(id))
    }

    fn write(&mut self, socket: u32, data: Vec<u8>) -> wasmtime::Result<Result<bool, Error>> {
        let sockets = self.shared.sockets.lock().unwrap();
        let Some(s) = sockets.get(&socket) else { return Ok(Err(code("EPIPE"))) };
        let len = data.len();
        let queued = s.queued.fetch_add(len, Ordering::SeqCst) + len;
        if queued > MAX_QUEUED {
            s.queued.fetch_sub(len, Ordering::SeqCst);
            return Ok(Err(code("ENOBUFS")));
        }
        if s.cmds.send(Cmd::Write(data)).is_err() {
            return Ok(Err(code("EPIPE")));
        }
        let ok = queued < HIGH_WATER;
        if !ok {
            s.stalled.store(true, Ordering::SeqCst);
        }
        Ok(Ok(ok))
    }

    fn end(&mut self, socket: u32) -> wasmtime::Result<()> {
        if let Some(s) = self.shared.sockets.lock().unwrap().get(&socket) {
            let _ = s.cmds.send(Cmd::End);
        }
        Ok(())
    }

    fn destroy(&mut self, socket: u32) -> wasmtime::Result<()> {
        // Dropping the entry aborts its tasks and closes the stream.
        self.shared.sockets.lock().unwrap().remove(&socket);
        Ok(())
    }

    fn set_reading(&mut self, socket: u32, on: bool) -> wasmtime::Result<()> {
        if let Some(s) = self.shared.sockets.lock().unwrap().get(&socket) {
            s.flow.set(on);
        }
        Ok(())
    }

    fn set_no_delay(&mut self, socket: u32, on: bool) -> wasmtime::Result<()> {
        if let Some(o) = self.shared.sockets.lock().unwrap().get(&socket).and_then(|s| s.opts.as_ref()) {
            let _ = o.set_tcp_nodelay(on);
        }
        Ok(())
    }

    fn set_keep_alive(&mut self, socket: u32, on: bool, delay_ms: u32) -> wasmtime::Result<()> {
        if let Some(sock) = self.shared.sockets.lock().unwrap().get(&socket).and_then(|s| s.opts.as_ref()) {
            let _ = sock.set_keepalive(on);
            if on && delay_ms > 0 {
                let ka = socket2::TcpKeepalive::new().with_time(std::time::Duration::from_millis(delay_ms.into()));
                let _ = sock.set_tcp_keepalive(&ka);
            }
        }
        Ok(())
    }
}

/// Binds with SO_REUSEADDR (as libuv does) and a listen backlog.
// Binding happens here, after the grant check above; this is the net capability itself.
#[allow(clippy::disallowed_methods)]
fn std_bind(addr: SocketAddr) -> std::io::Result<std::net::TcpListener> {
    let sock = socket2::Socket::new(socket2::Domain::for_address(addr), socket2::Type::STREAM, None)?;
    sock.set_reuse_address(true)?;
    if addr.is_ipv6() {
        let _ = sock.set_only_v6(false);
    }
    sock.bind(&addr.into())?;
    sock.listen(511)?;
    sock.set_nonblocking(true)?;
    Ok(sock.into())
}
