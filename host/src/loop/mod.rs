//! capjs:runtime/loop: the waiting half of the event loop. Completions arrive on a
//! per-sandbox channel; `poll` returns them in batches.
use crate::bindings::capjs::runtime::loop_::{Event, Host};
use std::time::{Duration, Instant};
use tokio::sync::mpsc;

/// Longest single wait, so a hostile timeout cannot overflow the clock.
const MAX_WAIT: Duration = Duration::from_secs(60 * 60 * 24 * 365);
/// How long a loop that never waits (immediates queuing immediates) may go without letting
/// this thread's sockets and timers run. libuv polls on every turn; yielding on every turn
/// here would cost a fiber switch each, so it happens at this grain.
const MAX_BUSY: Duration = Duration::from_millis(1);

pub struct LoopState {
    rx: mpsc::UnboundedReceiver<Event>,
    /// Time spent waiting in `poll`, which does not count as CPU time.
    pub waited: Duration,
    /// When `poll` last gave the runtime's other tasks a turn.
    yielded: Instant,
}

impl LoopState {
    pub fn new() -> (Self, mpsc::UnboundedSender<Event>) {
        let (tx, rx) = mpsc::unbounded_channel();
        (LoopState { rx, waited: Duration::ZERO, yielded: Instant::now() }, tx)
    }
}

impl Host for LoopState {
    async fn poll(&mut self, timeout_ms: Option<u64>) -> wasmtime::Result<Vec<Event>> {
        let mut out = Vec::new();
        while let Ok(ev) = self.rx.try_recv() {
            out.push(ev);
        }
        if !out.is_empty() {
            return Ok(out);
        }
        let start = Instant::now();
        if timeout_ms == Some(0) {
            if start.duration_since(self.yielded) >= MAX_BUSY {
                // The I/O driver runs before a yielded task resumes.
                tokio::task::yield_now().await;
                self.yielded = Instant::now();
                while let Ok(ev) = self.rx.try_recv() {
                    out.push(ev);
                }
            }
            return Ok(out);
        }
        let wait = timeout_ms.map_or(MAX_WAIT, |ms| Duration::from_millis(ms).min(MAX_WAIT));
        if let Ok(Some(ev)) = tokio::time::timeout(wait, self.rx.recv()).await {
            out.push(ev);
            while let Ok(ev) = self.rx.try_recv() {
                out.push(ev);
            }
        }
        self.yielded = Instant::now();
        self.waited += self.yielded - start;
        Ok(out)
    }
}
