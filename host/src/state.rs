//! The data each sandbox's `Store` holds: WASI plumbing plus one narrow state per
//! capability, so each capability's host impl sees only its own part.
use crate::{http::HttpState, modules::ModuleState, process::ProcessState, r#loop::LoopState};
use wasmtime::ResourceLimiter;
use wasmtime_wasi::{ResourceTable, WasiCtx, WasiCtxView, WasiView};

pub struct State {
    pub wasi: WasiCtx,
    pub table: ResourceTable,
    pub memory: MemoryLimiter,
    pub process: ProcessState,
    pub r#loop: LoopState,
    pub modules: ModuleState,
    pub http: HttpState,
    pub sys: crate::sys::SysState,
    pub fs: crate::fs::FsState,
    pub net: crate::net::NetState,
}

impl WasiView for State {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView { ctx: &mut self.wasi, table: &mut self.table }
    }
}

/// Caps linear memory and remembers whether the cap was hit, so a trap that follows
/// can be reported as an exhausted memory limit.
pub struct MemoryLimiter {
    pub max: Option<u64>,
    pub hit: bool,
}

impl ResourceLimiter for MemoryLimiter {
    fn memory_growing(&mut self, _current: usize, desired: usize, _maximum: Option<usize>) -> wasmtime::Result<bool> {
        let ok = self.max.is_none_or(|m| desired as u64 <= m);
        self.hit |= !ok;
        Ok(ok)
    }

    fn table_growing(&mut self, _current: usize, desired: usize, _maximum: Option<usize>) -> wasmtime::Result<bool> {
        // QuickJS uses one function table; a guest asking for millions of entries is hostile.
        Ok(desired <= 1 << 20)
    }
}

/// The shared types interface has no functions.
impl crate::bindings::capjs::runtime::types::Host for State {}
