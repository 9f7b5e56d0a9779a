//! Servers' open connections by id: what getConnections counts, what closeIdleConnections
//! and a connection socket's end()/destroy() reach, and the 'connection' events of servers
//! whose script listens for them.
use crate::bindings::capjs::runtime::{loop_::Event, net::Endpoints};
use std::{
    collections::HashMap,
    net::SocketAddr,
    sync::{
        atomic::{AtomicBool, AtomicUsize, Ordering},
        Arc, Mutex,
    },
};
use tokio::sync::watch;

/// What the script asked of a connection.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Ctl {
    Run,
    /// Close once the response in flight, if any, has gone out.
    End,
    /// Close now.
    Destroy,
}

/// What a connection's task and its requests share.
#[derive(Default)]
pub(crate) struct ConnState {
    /// Requests waiting on the guest; hyper would take such a connection for idle.
    pub inflight: AtomicUsize,
    /// The response going out is the last (server.close(), socket.end()).
    pub ending: AtomicBool,
}

struct Entry {
    server: u32,
    ends: Endpoints,
    state: Arc<ConnState>,
    ctl: watch::Sender<Ctl>,
}

#[derive(Default)]
pub(crate) struct Conns {
    map: Mutex<HashMap<u32, Entry>>,
}

/// One connection's registration; dropping it (when the connection ends) unregisters it
/// and, for a watched server, tells the guest.
pub(crate) struct Registered {
    pub id: u32,
    pub ctl: watch::Receiver<Ctl>,
    pub state: Arc<ConnState>,
    announced: bool,
    conns: Arc<Conns>,
    events: tokio::sync::mpsc::UnboundedSender<Event>,
}

impl Drop for Registered {
    fn drop(&mut self) {
        self.conns.map.lock().unwrap().remove(&self.id);
        if self.announced {
            let _ = self.events.send(Event::HttpConnectionClosed(self.id));
        }
    }
}

/// Node's names for an accepted connection's two ends.
pub(crate) fn endpoints(local: Option<SocketAddr>, remote: &(Arc<str>, u16)) -> Endpoints {
    let family = if remote.0.contains(':') { "IPv6" } else { "IPv4" };
    Endpoints {
        local_address: local.map(|a| a.ip().to_string()).unwrap_or_default(),
        local_port: local.map_or(0, |a| a.port()),
        remote_address: remote.0.to_string(),
        remote_port: remote.1,
        family: family.into(),
    }
}

impl Conns {
    /// Registers an accepted connection, announcing it if the server is watched.
    pub fn register(
        self: &Arc<Self>,
        id: u32,
        server: u32,
        ends: Endpoints,
        watched: &AtomicBool,
        events: &tokio::sync::mpsc::UnboundedSender<Event>,
    ) -> Registered {
        let (tx, rx) = watch::channel(Ctl::Run);
        let state = Arc::new(ConnState::default());
        let announced = watched.load(Ordering::Relaxed);
        if announced {
            let _ = events.send(Event::HttpConnection((server, id, ends.clone())));
        }
        self.map.lock().unwrap().insert(id, Entry { server, ends, state: state.clone(), ctl: tx });
        Registered { id, ctl: rx, state, announced, conns: self.clone(), events: events.clone() }
    }

    pub fn count(&self, server: u32) -> u32 {
        self.map.lock().unwrap().values().filter(|e| e.server == server).count() as u32
    }

    pub fn endpoints(&self, id: u32) -> Option<Endpoints> {
        self.map.lock().unwrap().get(&id).map(|e| e.ends.clone())
    }

    pub fn close(&self, id: u32, graceful: bool) {
        if let Some(e) = self.map.lock().unwrap().get(&id) {
            if graceful {
                e.state.ending.store(true, Ordering::SeqCst);
            }
            let _ = e.ctl.send(if graceful { Ctl::End } else { Ctl::Destroy });
        }
    }

    /// Closes all the server's connections at once (closeAllConnections).
    pub fn close_all(&self, server: u32) {
        for e in self.map.lock().unwrap().values() {
            if e.server == server {
                let _ = e.ctl.send(Ctl::Destroy);
            }
        }
    }

    /// Ends the server's connections with nothing in flight.
    pub fn close_idle(&self, server: u32) {
        for e in self.map.lock().unwrap().values() {
            if e.server == server && e.state.inflight.load(Ordering::SeqCst) == 0 {
                let _ = e.ctl.send(Ctl::End);
            }
        }
    }
}
