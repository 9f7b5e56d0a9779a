//! capjs:runtime/fs: node:fs beneath the read and write grants. Paths resolve through
//! cap-std handles (`resolve`), operations run on the blocking pool (`ops`), and a
//! sandbox's fds live in its own table, so it can name only files it opened.
mod errors;
mod ops;
mod resolve;

use crate::bindings::capjs::runtime::fs::{Host, Op, Reply};
use crate::bindings::capjs::runtime::loop_::Event;
use crate::bindings::capjs::runtime::types::Error;
use crate::permissions::Grants;
use std::{path::PathBuf, sync::Arc};
use tokio::sync::{mpsc, Semaphore};

pub use ops::FsCtx;
pub use resolve::Roots;

/// Operations one sandbox may have on the blocking pool at once. libuv uses 4 threads; a
/// few more keep disks busy without letting one sandbox take the pool from the others.
const MAX_IN_FLIGHT: usize = 16;
/// Open fds when the embedder sets no handle limit.
pub const DEFAULT_MAX_HANDLES: usize = 4096;

pub struct FsState {
    ctx: Arc<FsCtx>,
    events: mpsc::UnboundedSender<Event>,
    in_flight: Arc<Semaphore>,
    /// Run synchronous calls on the calling thread (one sandbox per thread, as in the CLI)
    /// instead of handing them to the blocking pool.
    inline: bool,
    /// Time spent waiting for sync calls: I/O, not CPU time (like the loop's poll).
    pub waited: std::time::Duration,
}

impl FsState {
    pub fn new(
        grants: Arc<Grants>,
        cwd: PathBuf,
        events: mpsc::UnboundedSender<Event>,
        max_handles: Option<u32>,
        max_file: u64,
        inline: bool,
    ) -> Self {
        let handles = max_handles.map_or(DEFAULT_MAX_HANDLES, |n| n as usize);
        FsState {
            ctx: Arc::new(FsCtx::new(Roots::new(grants, cwd), handles, max_file)),
            events,
            in_flight: Arc::new(Semaphore::new(MAX_IN_FLIGHT)),
            inline,
            waited: std::time::Duration::ZERO,
        }
    }
}

impl Host for FsState {
    async fn call(&mut self, op: Op) -> wasmtime::Result<Result<Reply, Error>> {
        let start = std::time::Instant::now();
        let result = if self.inline {
            ops::run(&self.ctx, op)
        } else {
            // Only this sandbox waits; the thread goes on serving the others.
            let ctx = self.ctx.clone();
            tokio::task::spawn_blocking(move || ops::run(&ctx, op)).await.unwrap_or_else(|_| Err(errors::code("EIO")))
        };
        self.waited += start.elapsed();
        Ok(result)
    }

    async fn submit(&mut self, id: u32, op: Op) -> wasmtime::Result<()> {
        // A script that submits without bound waits here for a slot, so host memory and
        // the shared pool stay bounded.
        let permit = self.in_flight.clone().acquire_owned().await?;
        let (ctx, events) = (self.ctx.clone(), self.events.clone());
        tokio::task::spawn_blocking(move || {
            let result = ops::run(&ctx, op);
            drop(permit);
            let _ = events.send(Event::FsDone((id, result)));
        });
        Ok(())
    }
}
