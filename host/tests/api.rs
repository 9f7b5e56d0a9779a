//! The library API: sandboxes share one Runtime, limits stop only their own sandbox,
//! signals reach listeners, and output can be captured.
// Test drivers use the host's own files and processes, outside any sandbox.
#![allow(clippy::disallowed_methods)]
use capjs::{Error, Grants, Limits, Main, Output, Runtime, SandboxConfig};
use std::time::Duration;

fn config() -> SandboxConfig {
    SandboxConfig { stdout: Output::buffer(), stderr: Output::buffer(), ..Default::default() }
}

fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(f)
}

#[test]
fn runs_code_and_captures_output() {
    let rt = Runtime::new().unwrap();
    let cfg = config();
    let out = cfg.stdout.clone();
    let exit = block_on(rt.sandbox(cfg).unwrap().run(Main::Eval("console.log(6 * 7)".into()), vec![])).unwrap();
    assert_eq!(exit.code, 0);
    assert_eq!(out.contents(), "42\n");
}

#[test]
fn cpu_hog_stops_alone_while_neighbour_keeps_running() {
    // SECURITY R1: one thread, two sandboxes; the hog is stopped and the other finishes.
    let rt = Runtime::new().unwrap();
    let hog = SandboxConfig {
        limits: Limits { cpu_time: Some(Duration::from_millis(500)), ..Default::default() },
        ..config()
    };
    let neighbour = config();
    let out = neighbour.stdout.clone();
    let ticker =
        "let n = 0; const t = setInterval(() => { console.log('tick', ++n); if (n === 10) clearInterval(t); }, 20);";
    let (a, b) = block_on(async {
        tokio::join!(
            rt.sandbox(hog).unwrap().run(Main::Eval("while (true) {}".into()), vec![]),
            rt.sandbox(neighbour).unwrap().run(Main::Eval(ticker.into()), vec![]),
        )
    });
    assert!(matches!(a, Err(Error::CpuTime(_))), "{a:?}");
    assert_eq!(b.unwrap().code, 0);
    let want: String = (1..=10).map(|i| format!("tick {i}\n")).collect();
    assert_eq!(out.contents(), want);
}

#[test]
fn memory_limit_is_an_error_not_a_host_crash() {
    // SECURITY R2: an ever-growing array under a 64 MiB cap.
    let rt = Runtime::new().unwrap();
    let cfg = SandboxConfig { limits: Limits { max_memory: Some(64 << 20), ..Default::default() }, ..config() };
    let err = cfg.stderr.clone();
    let code = "const a = []; try { for (;;) a.push(new Array(1e5).fill(1)); } catch (e) { console.error('caught', e.message); process.exit(9); }";
    let r = block_on(rt.sandbox(cfg).unwrap().run(Main::Eval(code.into()), vec![]));
    match r {
        Ok(exit) => {
            assert_eq!(exit.code, 9);
            assert!(err.contents().contains("out of memory"), "{}", err.contents());
        }
        Err(e) => assert!(matches!(e, Error::Memory(_)), "{e:?}"),
    }
    // The runtime is still usable afterwards.
    let ok = block_on(rt.sandbox(config()).unwrap().run(Main::Eval("1".into()), vec![])).unwrap();
    assert_eq!(ok.code, 0);
}

#[test]
fn wall_clock_timeout() {
    let rt = Runtime::new().unwrap();
    let cfg = SandboxConfig {
        limits: Limits { timeout: Some(Duration::from_millis(300)), ..Default::default() },
        ..config()
    };
    let r = block_on(rt.sandbox(cfg).unwrap().run(Main::Eval("setInterval(() => {}, 50)".into()), vec![]));
    assert!(matches!(r, Err(Error::Timeout(_))), "{r:?}");
}

#[test]
fn signals_reach_listeners_only() {
    let rt = Runtime::new().unwrap();
    let cfg = config();
    let out = cfg.stdout.clone();
    let sandbox = rt.sandbox(cfg).unwrap();
    let signals = sandbox.signals();
    assert!(!signals.deliver("SIGINT"), "nobody listens before the script runs");
    let code = "const keep = setInterval(() => {}, 1000);\
        process.on('SIGINT', (s) => { console.log('got', s); clearInterval(keep); });";
    let exit = block_on(async {
        let run = tokio::spawn(sandbox.run(Main::Eval(code.into()), vec![]));
        // Deliver once the listener is registered.
        let mut delivered = false;
        for _ in 0..200 {
            tokio::time::sleep(Duration::from_millis(10)).await;
            if signals.deliver("SIGINT") {
                delivered = true;
                break;
            }
        }
        assert!(delivered, "listener never registered");
        run.await.unwrap()
    })
    .unwrap();
    assert_eq!(exit.code, 0);
    assert_eq!(out.contents(), "got SIGINT\n");
}

#[test]
fn default_grants_hide_the_environment() {
    let rt = Runtime::new().unwrap();
    let mut cfg = config();
    cfg.env = vec![("SECRET".into(), "x".into())];
    let out = cfg.stdout.clone();
    block_on(rt.sandbox(cfg).unwrap().run(Main::Eval("console.log(JSON.stringify(process.env))".into()), vec![]))
        .unwrap();
    assert_eq!(out.contents(), "{}\n");
    let mut cfg = config();
    cfg.env = vec![("SECRET".into(), "x".into())];
    cfg.grants = Grants::all();
    let out = cfg.stdout.clone();
    block_on(rt.sandbox(cfg).unwrap().run(Main::Eval("console.log(JSON.stringify(process.env))".into()), vec![]))
        .unwrap();
    assert_eq!(out.contents(), "{\"SECRET\":\"x\"}\n");
}

#[test]
fn sync_fs_call_blocks_only_its_own_sandbox() {
    // Issue 5: readFileSync on a FIFO with no writer blocks in open(2). With the library's
    // default (blocking pool), the neighbour on the same thread keeps ticking meanwhile.
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let rt = Runtime::new().unwrap();
    let grants = Grants {
        read: capjs::permissions::Grant {
            allow: capjs::permissions::Scope::Some(vec![dir.path().to_path_buf()]),
            deny: Default::default(),
        },
        ..Default::default()
    };
    let reader = SandboxConfig { grants, cwd: dir.path().to_path_buf(), ..config() };
    let read_out = reader.stdout.clone();
    let neighbour = config();
    let out = neighbour.stdout.clone();
    let ticker =
        "let n = 0; const t = setInterval(() => { console.log('tick', ++n); if (n === 5) clearInterval(t); }, 10);";
    let writer_fifo = fifo.clone();
    // If the sync call wrongly blocked the shared thread, nothing could write the FIFO;
    // this watchdog unblocks it after 30 s so the test fails instead of hanging.
    let watchdog = fifo.clone();
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_secs(30));
        let _ = std::fs::write(watchdog, "watchdog");
    });
    let (a, b) = block_on(async {
        let neighbour_run = rt.sandbox(neighbour).unwrap().run(Main::Eval(ticker.into()), vec![]);
        let reader_run = rt
            .sandbox(reader)
            .unwrap()
            .run(Main::Eval("console.log(require('fs').readFileSync('pipe', 'utf8'))".into()), vec![]);
        // The writer opens the FIFO only after the neighbour has finished its ticks.
        let both = async {
            let b = neighbour_run.await;
            tokio::task::spawn_blocking(move || std::fs::write(writer_fifo, "through the pipe"))
                .await
                .unwrap()
                .unwrap();
            b
        };
        tokio::join!(reader_run, both)
    });
    assert_eq!(b.unwrap().code, 0);
    let want: String = (1..=5).map(|i| format!("tick {i}\n")).collect();
    assert_eq!(out.contents(), want);
    assert_eq!(a.unwrap().code, 0);
    assert_eq!(read_out.contents(), "through the pipe\n");
}

#[test]
fn dropped_sandboxes_release_their_files_and_sockets() {
    // SECURITY R8 for the new capabilities: each sandbox leaves a file open, a net server
    // listening with a connection to itself, and an http server listening, then exits.
    // Dropping it must give every one of those host fds back.
    use capjs::permissions::{Grant, NetTarget, Scope};
    let dir = tempfile::tempdir().unwrap();
    let here = || Grant { allow: Scope::Some(vec![dir.path().to_path_buf()]), deny: Scope::None };
    let grants = Grants {
        read: here(),
        write: here(),
        net: Grant { allow: Scope::Some(vec![NetTarget { host: "127.0.0.1".into(), port: None }]), deny: Scope::None },
        ..Default::default()
    };
    let code = "const fs = require('fs'), net = require('net'), http = require('http');\
        fs.openSync('f.txt', 'w');\
        const srv = net.createServer(() => {}).listen(0, '127.0.0.1', () => {\
          net.connect(srv.address().port, '127.0.0.1', () => {\
            http.createServer(() => {}).listen(0, '127.0.0.1', () => { console.log('up'); process.exit(0); });\
          });\
        });";
    let open_fds = || std::fs::read_dir("/proc/self/fd").unwrap().count();
    let rt = Runtime::new().unwrap();
    let tokio = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let run_one = || {
        let cfg = SandboxConfig { grants: grants.clone(), cwd: dir.path().to_path_buf(), ..config() };
        let out = cfg.stdout.clone();
        let exit = tokio.block_on(async {
            let exit = rt.sandbox(cfg).unwrap().run(Main::Eval(code.into()), vec![]).await;
            // Let the aborted accept and socket tasks be dropped.
            tokio::time::sleep(Duration::from_millis(20)).await;
            exit
        });
        assert_eq!(exit.unwrap().code, 0);
        assert_eq!(out.contents(), "up\n");
    };
    run_one();
    let before = open_fds();
    for _ in 0..100 {
        run_one();
    }
    let after = open_fds();
    assert!(after <= before, "fds grew from {before} to {after} over 100 sandboxes");
}
