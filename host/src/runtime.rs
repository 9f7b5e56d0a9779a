//! `Runtime` (one engine, the compiled guest, the linker) and `Sandbox` (one store,
//! one instance, its grants and limits). Many sandboxes share one runtime.
use crate::{
    bindings::{self, capjs::runtime::loop_::Event, capjs::runtime::types},
    guest,
    limits::Limits,
    modules::ModuleState,
    permissions::Grants,
    process::{ExitRequest, Output, ProcessState},
    r#loop::LoopState,
    state::{MemoryLimiter, State},
    Error,
};
use std::{
    collections::BTreeMap,
    path::PathBuf,
    sync::{
        atomic::{AtomicBool, Ordering},
        Arc, Mutex,
    },
    time::{Duration, Instant},
};
use tokio::sync::mpsc;
use wasmtime::{
    component::{HasSelf, Linker},
    Config, Engine, Store, UpdateDeadline,
};
use wasmtime_wasi::{ResourceTable, WasiCtxBuilder};

/// How often the epoch ticks; CPU-time checks and yields happen at this grain.
const EPOCH_TICK: Duration = Duration::from_millis(10);
/// Headroom between the store's memory cap and QuickJS's heap cap, so JS sees a
/// catchable out-of-memory error before the allocator fails outright.
const QJS_HEADROOM: u64 = 16 << 20;
/// The largest whole file readFile returns (Node's Buffer limit).
const MAX_FILE: u64 = 2 << 30;

/// What the sandbox runs.
#[derive(Clone, Debug)]
pub enum Main {
    /// A script file (CommonJS or ES module), resolved against the sandbox's cwd.
    File(PathBuf),
    /// Code given with `-e`.
    Eval(String),
    /// An expression given with `-p`, whose value is printed.
    Print(String),
}

/// How a sandbox ended normally.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exit {
    pub code: i32,
}

/// Everything one sandbox is given. The default grants nothing and discards output.
#[derive(Clone, Debug)]
pub struct SandboxConfig {
    pub grants: Grants,
    pub limits: Limits,
    /// The environment to offer; only granted names reach the script.
    pub env: Vec<(String, String)>,
    /// The working directory the script sees.
    pub cwd: PathBuf,
    pub pid: u32,
    /// `process.execPath` and `process.argv[0]`.
    pub exec_path: String,
    pub stdout: Output,
    pub stderr: Output,
    /// Run the script's synchronous fs calls on the thread that runs the sandbox, as Node
    /// does, instead of the blocking pool. Faster, but only right when no other sandbox
    /// shares that thread (the CLI runs one sandbox per process).
    pub sync_fs_on_caller: bool,
}

impl Default for SandboxConfig {
    fn default() -> Self {
        SandboxConfig {
            grants: Grants::default(),
            limits: Limits::default(),
            env: Vec::new(),
            cwd: PathBuf::from("/"),
            pid: 1,
            exec_path: "capjs".into(),
            stdout: Output::Null,
            stderr: Output::Null,
            sync_fs_on_caller: false,
        }
    }
}

/// The shared engine, compiled guest and linker.
pub struct Runtime {
    engine: Engine,
    pre: bindings::SandboxPre<State>,
    ticker_stop: Arc<AtomicBool>,
}

impl Runtime {
    /// Sets up the engine and loads the compiled guest (from the cache after the first run).
    pub fn new() -> Result<Self, Error> {
        let engine_err = |e: wasmtime::Error| Error::Engine(format!("{e:#}"));
        let mut config = Config::new();
        config.epoch_interruption(true);
        config.wasm_component_model(true);
        // Deep QuickJS recursion must hit QuickJS's own stack check, not the wasm stack.
        config.max_wasm_stack(16 << 20);
        config.async_stack_size(24 << 20);
        // For profiling: `CAPJS_PERFMAP=1 perf record capjs …` names the guest's functions
        // (by index; an unstripped guest build maps indices to names).
        if std::env::var_os("CAPJS_PERFMAP").is_some() {
            config.profiler(wasmtime::ProfilingStrategy::PerfMap);
        }
        let engine = Engine::new(&config).map_err(engine_err)?;

        let mut linker: Linker<State> = Linker::new(&engine);
        wasmtime_wasi::p2::add_to_linker_async(&mut linker).map_err(engine_err)?;
        use bindings::capjs::runtime as wit;
        wit::types::add_to_linker::<State, HasSelf<State>>(&mut linker, |s| s).map_err(engine_err)?;
        wit::loop_::add_to_linker::<State, HasSelf<LoopState>>(&mut linker, |s| &mut s.r#loop).map_err(engine_err)?;
        wit::process::add_to_linker::<State, HasSelf<ProcessState>>(&mut linker, |s| &mut s.process)
            .map_err(engine_err)?;
        wit::modules::add_to_linker::<State, HasSelf<ModuleState>>(&mut linker, |s| &mut s.modules)
            .map_err(engine_err)?;
        wit::http::add_to_linker::<State, HasSelf<crate::http::HttpState>>(&mut linker, |s| &mut s.http)
            .map_err(engine_err)?;
        wit::sys::add_to_linker::<State, HasSelf<crate::sys::SysState>>(&mut linker, |s| &mut s.sys)
            .map_err(engine_err)?;
        wit::fs::add_to_linker::<State, HasSelf<crate::fs::FsState>>(&mut linker, |s| &mut s.fs).map_err(engine_err)?;
        wit::net::add_to_linker::<State, HasSelf<crate::net::NetState>>(&mut linker, |s| &mut s.net)
            .map_err(engine_err)?;
        wit::tls::add_to_linker::<State, HasSelf<State>>(&mut linker, |s| s).map_err(engine_err)?;
        let component = guest::load(&engine, |wasm| wizen(&engine, &linker, wasm)).map_err(engine_err)?;
        let pre =
            bindings::SandboxPre::new(linker.instantiate_pre(&component).map_err(engine_err)?).map_err(engine_err)?;

        let ticker_stop = Arc::new(AtomicBool::new(false));
        let (e, stop) = (engine.clone(), ticker_stop.clone());
        std::thread::Builder::new()
            .name("capjs-epoch".into())
            .spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    std::thread::sleep(EPOCH_TICK);
                    e.increment_epoch();
                }
            })
            .map_err(|e| Error::Engine(e.to_string()))?;
        Ok(Runtime { engine, pre, ticker_stop })
    }

    /// Creates a sandbox: its own store, grants and limits. Nothing runs until `run`.
    pub fn sandbox(&self, config: SandboxConfig) -> Result<Sandbox, Error> {
        let (state, signals) = new_state(&config);
        Ok(Sandbox {
            engine: self.engine.clone(),
            pre: self.pre.clone(),
            state,
            limits: config.limits.clone(),
            exec_path: config.exec_path.clone(),
            cwd: config.cwd.clone(),
            signals,
        })
    }
}

/// Runs the guest's `wizer-initialize` and snapshots the result, on a thread of its own
/// so it works whether or not the caller is already inside a tokio runtime.
fn wizen(engine: &Engine, linker: &Linker<State>, wasm: &[u8]) -> wasmtime::Result<Vec<u8>> {
    std::thread::scope(|s| {
        s.spawn(|| {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
            rt.block_on(async {
                let (state, _) = new_state(&SandboxConfig::default());
                let mut store = Store::new(engine, state);
                store.set_epoch_deadline(u64::MAX / 2);
                let mut wizer = wasmtime_wizer::Wizer::new();
                // Dropping the export breaks the component's lifted functions (wizer 48), and
                // calling it again is a no-op, so keep it.
                wizer.keep_init_func(true);
                let (snapshot, _) = wizer
                    .run_component(&mut store, wasm, async |store, component| {
                        linker.instantiate_async(store, component).await
                    })
                    .await?;
                Ok(snapshot)
            })
        })
        .join()
        .unwrap_or_else(|_| Err(wasmtime::format_err!("pre-initializing the guest panicked")))
    })
}

/// The store data for one sandbox, plus the handles the embedder keeps.
fn new_state(config: &SandboxConfig) -> (State, SignalHandle) {
    let grants = &config.grants;
    let env: BTreeMap<String, String> = config.env.iter().filter(|(k, _)| grants.env_allows(k)).cloned().collect();
    let (r#loop, events) = LoopState::new();
    let listening = Arc::new(Mutex::new(Default::default()));
    let roots = grants.read_roots();
    let mut wasi = WasiCtxBuilder::new();
    if matches!(config.stderr, Output::Inherit) {
        // Only the guest's own panic messages use WASI stderr.
        wasi.inherit_stderr();
    }
    let net = crate::net::NetState::new(
        Arc::new(grants.clone()),
        events.clone(),
        config.limits.max_handles.map_or(crate::fs::DEFAULT_MAX_HANDLES, |n| n as usize),
    );
    let state = State {
        wasi: wasi.build(),
        table: ResourceTable::new(),
        memory: MemoryLimiter { max: config.limits.max_memory, hit: false },
        process: ProcessState {
            stdout: config.stdout.clone(),
            stderr: config.stderr.clone(),
            env,
            cwd: config.cwd.clone(),
            pid: config.pid,
            listening: listening.clone(),
        },
        r#loop,
        modules: ModuleState::new(roots).deny(grants.read.deny.clone()),
        http: crate::http::HttpState::new(Arc::new(grants.clone()), events.clone(), net.shared()),
        sys: crate::sys::SysState { allowed: grants.sys },
        fs: crate::fs::FsState::new(
            Arc::new(grants.clone()),
            config.cwd.clone(),
            events.clone(),
            config.limits.max_handles,
            // The guest cannot hold a file larger than its memory, nor Node a Buffer over 2 GiB.
            config.limits.max_memory.unwrap_or(u64::MAX).min(MAX_FILE),
            config.sync_fs_on_caller,
        ),
        net,
    };
    (state, SignalHandle { listening, events })
}

impl Drop for Runtime {
    fn drop(&mut self) {
        self.ticker_stop.store(true, Ordering::Relaxed);
    }
}

/// Delivers signals to a running sandbox.
#[derive(Clone)]
pub struct SignalHandle {
    listening: crate::process::Listening,
    events: mpsc::UnboundedSender<Event>,
}

impl SignalHandle {
    /// Delivers `name` ("SIGINT") if the script listens for it; false means the
    /// embedder should apply the default action.
    pub fn deliver(&self, name: &str) -> bool {
        if !self.listening.lock().unwrap().contains(name) {
            return false;
        }
        self.events.send(Event::Signal(name.to_string())).is_ok()
    }
}

/// One isolated script: its own store, instance, grants and limits.
pub struct Sandbox {
    engine: Engine,
    pre: bindings::SandboxPre<State>,
    state: State,
    limits: Limits,
    exec_path: String,
    cwd: PathBuf,
    signals: SignalHandle,
}

/// Raised from the epoch callback when the CPU budget is spent.
#[derive(Debug)]
struct CpuExceeded;

impl std::fmt::Display for CpuExceeded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("cpu time exceeded")
    }
}

impl std::error::Error for CpuExceeded {}

impl Sandbox {
    /// A handle for delivering signals while `run` is in progress.
    pub fn signals(&self) -> SignalHandle {
        self.signals.clone()
    }

    /// Runs `main` and then the event loop until nothing is left to wait for.
    pub async fn run(mut self, main: Main, args: Vec<String>) -> Result<Exit, Error> {
        // The module loader may read the app root without a grant: the main script's
        // folder, or the cwd for -e/-p.
        let app_root = match &main {
            Main::File(p) => {
                let abs = crate::permissions::normalize(&self.cwd, p);
                abs.parent().map_or_else(|| PathBuf::from("/"), PathBuf::from)
            }
            _ => self.cwd.clone(),
        };
        self.state.modules.add_root(app_root);
        let limits = self.limits;
        let mut store = Store::new(&self.engine, self.state);
        store.limiter(|s| &mut s.memory);
        store.set_epoch_deadline(1);
        let started = Instant::now();
        let cpu_limit = limits.cpu_time;
        store.epoch_deadline_callback(move |ctx| {
            if let Some(limit) = cpu_limit {
                // CPU time is the time not spent waiting in poll or on sync fs calls.
                let used = started.elapsed().saturating_sub(ctx.data().r#loop.waited + ctx.data().fs.waited);
                if used > limit {
                    return Err(wasmtime::Error::new(CpuExceeded));
                }
            }
            // Yield at every tick so other sandboxes on this thread keep running.
            Ok(UpdateDeadline::Yield(1))
        });

        let main = match main {
            Main::File(p) => types::Main::File(crate::permissions::normalize(&self.cwd, &p).display().to_string()),
            Main::Eval(c) => types::Main::Eval(c),
            Main::Print(c) => types::Main::Print(c),
        };
        let qjs_limit = limits.max_memory.map_or(0, |m| m.saturating_sub(QJS_HEADROOM).max(m / 2));
        let exec_path = self.exec_path;
        let pre = self.pre;
        let work = async {
            let instance = pre.instantiate_async(&mut store).await?;
            instance.call_run(&mut store, &main, &args, &exec_path, qjs_limit).await
        };
        let result = match limits.timeout {
            Some(t) => match tokio::time::timeout(t, work).await {
                Ok(r) => r,
                Err(_) => return Err(Error::Timeout(t)),
            },
            None => work.await,
        };
        match result {
            Ok(code) => {
                // The script is done; let closed servers deliver what it already answered.
                store.data_mut().http.drain(Duration::from_secs(10)).await;
                Ok(Exit { code })
            }
            Err(e) => {
                if let Some(ExitRequest(code)) = e.downcast_ref::<ExitRequest>() {
                    return Ok(Exit { code: *code });
                }
                if e.downcast_ref::<CpuExceeded>().is_some() {
                    return Err(Error::CpuTime(cpu_limit.unwrap_or_default()));
                }
                if store.data().memory.hit {
                    return Err(Error::Memory(limits.max_memory.unwrap_or_default()));
                }
                Err(Error::Trap(format!("{e:#}")))
            }
        }
    }
}
