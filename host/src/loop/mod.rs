//! capjs:runtime/loop: the waiting half of the event loop. Completions arrive on a
//! per-sandbox channel; `poll` returns them in batches.
use crate::bindings::capjs::runtime::loop_::{Event, Host};
use std::time::{Duration, Instant};
use tokio::sync::mpsc;

/// Longest single wait, so a hostile timeout cannot overflow the clock.
const MAX_WAIT: Duration = Duration::from_secs(60 * 60 * 24 * 365);

pub struct LoopState {
    rx: mpsc::UnboundedReceiver<Event>,
    /// Time spent waiting in `poll`, which does not count as CPU time.
    pub waited: Duration,
}

impl LoopState {
    pub fn new() -> (Self, mpsc::UnboundedSender<Event>) {
        let (tx, rx) = mpsc::unbounded_channel();
        (LoopState { rx, waited: Duration::ZERO }, tx)
    }
}

impl Host for LoopState {
    async fn poll(&mut self, timeout_ms: Option<u64>) -> wasmtime::Result<Vec<Event>> {
        let mut out = Vec::new();
        while let Ok(ev) = self.rx.try_recv() {
            out.push(ev);
        }
        if !out.is_empty() || timeout_ms == Some(0) {
            return Ok(out);
        }
        let start = Instant::now();
        let wait = timeout_ms.map_or(MAX_WAIT, |ms| Duration::from_millis(ms).min(MAX_WAIT));
        if let Ok(Some(ev)) = tokio::time::timeout(wait, self.rx.recv()).await {
            out.push(ev);
            while let Ok(ev) = self.rx.try_recv() {
                out.push(ev);
            }
        }
        self.waited += start.elapsed();
        Ok(out)
    }
}
