//! The command line itself: help, version, argument placement, signals and examples.
// Test drivers use the host's own files and processes, outside any sandbox.
#![allow(clippy::disallowed_methods)]
mod common;

use common::{capjs, repo, run_with_timeout};
use std::{process::Command, time::Duration};

const LIMIT: Duration = Duration::from_secs(60);

fn stdout(c: &mut Command) -> (Option<i32>, String, String) {
    let o = run_with_timeout(c, LIMIT).unwrap();
    (o.status.code(), String::from_utf8_lossy(&o.stdout).into_owned(), String::from_utf8_lossy(&o.stderr).into_owned())
}

#[test]
fn version_and_help() {
    let (code, out, _) = stdout(capjs().arg("--version"));
    assert_eq!(code, Some(0));
    assert_eq!(out, format!("capjs {}\n", env!("CARGO_PKG_VERSION")));
    let (code, out, _) = stdout(capjs().arg("--help"));
    assert_eq!(code, Some(0));
    for flag in ["--allow-read", "--deny-net", "--max-memory", "--cpu-time", "--timeout", "-e, --eval", "-p, --print"] {
        assert!(out.contains(flag), "help lacks {flag}:\n{out}");
    }
}

#[test]
fn flags_after_the_script_belong_to_the_script() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.js"), "console.log(JSON.stringify(process.argv.slice(2)), process.env.HOME)")
        .unwrap();
    for run in [&["run"][..], &[][..]] {
        let (code, out, err) =
            stdout(capjs().current_dir(dir.path()).args(run).args(["a.js", "--allow-env", "-e", "x"]));
        assert_eq!(code, Some(0), "{err}");
        // --allow-env after the script is an argument, so HOME stays hidden.
        assert_eq!(out, "[\"--allow-env\",\"-e\",\"x\"] undefined\n");
    }
}

#[test]
fn bad_flags_are_usage_errors() {
    let (code, _, err) = stdout(capjs().args(["--max-memory=lots", "-e", "1"]));
    assert_eq!(code, Some(2));
    assert!(err.contains("invalid size"), "{err}");
    let (code, _, err) = stdout(capjs().args(["--allow-net=host:99999", "-e", "1"]));
    assert_eq!(code, Some(2));
    assert!(err.contains("invalid port"), "{err}");
    let (code, _, err) = stdout(&mut capjs());
    assert_eq!(code, Some(2));
    assert!(err.contains("no script given"), "{err}");
}

#[test]
fn missing_script_is_module_not_found() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, err) = stdout(capjs().current_dir(dir.path()).arg("nope.js"));
    assert_eq!(code, Some(1));
    assert!(err.contains("Cannot find module") && err.contains("MODULE_NOT_FOUND"), "{err}");
}

fn signal(pid: u32, sig: &str) {
    Command::new("kill").args([&format!("-{sig}"), &pid.to_string()]).status().unwrap();
}

#[test]
fn sigint_reaches_a_listener_and_default_action_exits_130() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    let script = "process.on('SIGINT', (s) => { console.log('handled', s); process.exit(0); }); \
                  setInterval(() => {}, 1000); console.log('ready');";
    let mut child = capjs().args(["-e", script]).stdout(Stdio::piped()).spawn().unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    assert_eq!(lines.next().unwrap().unwrap(), "ready");
    signal(child.id(), "INT");
    assert_eq!(lines.next().unwrap().unwrap(), "handled SIGINT");
    assert_eq!(child.wait().unwrap().code(), Some(0));

    let mut child = capjs()
        .args(["-e", "setInterval(() => {}, 1000); console.log('ready')"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    assert_eq!(lines.next().unwrap().unwrap(), "ready");
    signal(child.id(), "INT");
    assert_eq!(child.wait().unwrap().code(), Some(130));
}

/// Examples that serve until stopped; each has its own test below.
const SERVER_EXAMPLES: &[&str] = &["hello-server.js", "static-server.js", "json-api.js"];

#[test]
fn examples_run_with_their_expected_output() {
    let dir = repo().join("examples");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "js") {
            continue;
        }
        if SERVER_EXAMPLES.contains(&path.file_name().unwrap().to_str().unwrap()) {
            continue;
        }
        let (code, out, err) = stdout(capjs().current_dir(&dir).arg(&path));
        assert_eq!(code, Some(0), "{}: {err}", path.display());
        let want = std::fs::read_to_string(path.with_extension("stdout")).expect("each example has a .stdout");
        assert_eq!(out, want, "{}", path.display());
        checked += 1;
    }
    assert!(checked > 0);
}

#[test]
fn big_and_odd_sources() {
    // SECURITY M1: a BOM, and a 50 MB file, finish in bounded time.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bom.js"), "\u{feff}console.log('bom ok')").unwrap();
    let (code, out, err) = stdout(capjs().current_dir(dir.path()).arg("bom.js"));
    assert_eq!((code, out.as_str()), (Some(0), "bom ok\n"), "{err}");
    let mut big = String::with_capacity(50 << 20);
    big.push_str("let n = 0;\n");
    while big.len() < 50 << 20 {
        big.push_str("n++; // padding padding padding padding padding padding padding padding\n");
    }
    big.push_str("console.log(n > 500000);\n");
    std::fs::write(dir.path().join("big.js"), &big).unwrap();
    let (code, out, err) = stdout(capjs().current_dir(dir.path()).arg("big.js"));
    assert_eq!((code, out.as_str()), (Some(0), "true\n"), "{err}");
}

#[test]
fn hello_server_example_serves_and_stops_on_sigterm() {
    use std::io::{BufRead, BufReader, Read, Write};
    use std::process::Stdio;
    let dir = repo().join("examples");
    let mut child = capjs()
        .current_dir(&dir)
        .args(["run", "--allow-net=127.0.0.1", "hello-server.js", "0"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let line = lines.next().unwrap().unwrap();
    let port: u16 = line
        .strip_prefix("listening on http://127.0.0.1:")
        .and_then(|r| r.strip_suffix('/'))
        .unwrap_or_else(|| panic!("unexpected first line {line:?}"))
        .parse()
        .unwrap();
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(LIMIT)).unwrap();
    s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
    let mut resp = String::new();
    s.read_to_string(&mut resp).unwrap();
    assert!(resp.starts_with("HTTP/1.1 200 OK\r\n"), "{resp}");
    assert!(resp.to_ascii_lowercase().contains("content-type: text/plain"), "{resp}");
    assert!(resp.ends_with("\r\n\r\nHello, World!\n"), "{resp}");
    signal(child.id(), "TERM");
    assert_eq!(child.wait().unwrap().code(), Some(0));
}

#[test]
fn static_server_example_streams_files_from_its_grant_only() {
    // Issue 5: fs.createReadStream(...).pipe(res) from a granted folder; a path that climbs
    // out of it is refused by the host, whatever the server's own path handling does.
    use std::io::{BufRead, BufReader, Read, Write};
    use std::process::Stdio;
    let dir = tempfile::tempdir().unwrap();
    let public = dir.path().join("public");
    std::fs::create_dir(&public).unwrap();
    let big: Vec<u8> = (0..3_000_000u32).map(|i| (i * 7 % 251) as u8).collect();
    std::fs::write(public.join("big.bin"), &big).unwrap();
    std::fs::write(public.join("index.html"), "<h1>hi</h1>").unwrap();
    std::fs::write(dir.path().join("secret.txt"), "SECRET").unwrap();
    let example = repo().join("examples/static-server.js");
    let mut child = capjs()
        .current_dir(dir.path())
        .args(["run", "--allow-net=127.0.0.1", "--allow-read=./public"])
        .arg(&example)
        .args(["./public", "0"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let line = BufReader::new(child.stdout.take().unwrap()).lines().next().unwrap().unwrap();
    let port: u16 = line.rsplit(':').next().unwrap().trim_end_matches('/').parse().unwrap();
    let get = |path: &str| {
        let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
        s.set_read_timeout(Some(LIMIT)).unwrap();
        s.write_all(format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").as_bytes()).unwrap();
        let mut resp = Vec::new();
        s.read_to_end(&mut resp).unwrap();
        let split = resp.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
        (String::from_utf8_lossy(&resp[..split]).into_owned(), resp[split + 4..].to_vec())
    };
    let (head, body) = get("/index.html");
    assert!(
        head.starts_with("HTTP/1.1 200") && head.to_ascii_lowercase().contains("content-type: text/html"),
        "{head}"
    );
    assert_eq!(body, b"<h1>hi</h1>");
    let (head, body) = get("/big.bin");
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    assert!(body == big, "big.bin came back with {} bytes", body.len());
    let (head, body) = get("/..%2fsecret.txt");
    assert!(head.starts_with("HTTP/1.1 403"), "{head}");
    assert_eq!(body, b"forbidden\n");
    signal(child.id(), "TERM");
    assert_eq!(child.wait().unwrap().code(), Some(0));
}

#[test]
fn json_api_example_creates_reads_and_deletes() {
    use std::io::{BufRead, BufReader, Read, Write};
    use std::process::Stdio;
    let mut child = capjs()
        .current_dir(repo().join("examples"))
        .args(["run", "--allow-net=127.0.0.1", "json-api.js", "0"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let line = BufReader::new(child.stdout.take().unwrap()).lines().next().unwrap().unwrap();
    let port: u16 = line.rsplit(':').next().unwrap().trim_end_matches("/notes").parse().unwrap();
    let call = |method: &str, path: &str, body: &str| {
        let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
        s.set_read_timeout(Some(LIMIT)).unwrap();
        let req = format!(
            "{method} {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        );
        s.write_all(req.as_bytes()).unwrap();
        let mut resp = String::new();
        s.read_to_string(&mut resp).unwrap();
        let (head, body) = resp.split_once("\r\n\r\n").unwrap();
        (head.split(' ').nth(1).unwrap().to_string(), body.to_string())
    };
    assert_eq!(call("POST", "/notes", r#"{"text":"first"}"#), ("201".into(), r#"{"id":1,"text":"first"}"#.into()));
    assert_eq!(call("POST", "/notes", "not json").0, "400");
    assert_eq!(call("GET", "/notes", ""), ("200".into(), r#"[{"id":1,"text":"first"}]"#.into()));
    assert_eq!(call("GET", "/notes/1", "").1, r#"{"id":1,"text":"first"}"#);
    assert_eq!(call("DELETE", "/notes/1", ""), ("204".into(), String::new()));
    assert_eq!(call("GET", "/notes/1", "").0, "404");
    signal(child.id(), "TERM");
    assert_eq!(child.wait().unwrap().code(), Some(0));
}

#[test]
fn ctrl_c_and_timeout_work_while_a_sync_call_blocks() {
    // The CLI runs sync fs calls on its main thread, as Node does; reading a FIFO with no
    // writer blocks there. SIGINT must still end the process (130), and so must --timeout
    // (124, from the backstop thread, a little after the limit).
    let dir = tempfile::tempdir().unwrap();
    assert!(Command::new("mkfifo").arg(dir.path().join("pipe")).status().unwrap().success());
    let code = "console.log('reading'); require('fs').readFileSync('pipe')";
    let mut child = capjs()
        .current_dir(dir.path())
        .args(["--allow-read=.", "-e", code])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufRead::read_line(&mut std::io::BufReader::new(child.stdout.take().unwrap()), &mut line).unwrap();
    assert_eq!(line, "reading\n");
    std::thread::sleep(Duration::from_millis(200));
    signal(child.id(), "INT");
    // Bounded: a regression must fail the test, not hang it.
    let mut waited = Duration::ZERO;
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if waited > LIMIT {
            let _ = child.kill();
            panic!("SIGINT did not end a process blocked in a sync call");
        }
        std::thread::sleep(Duration::from_millis(50));
        waited += Duration::from_millis(50);
    };
    assert_eq!(status.code(), Some(130));
    let (code, _, err) = stdout(capjs().current_dir(dir.path()).args(["--allow-read=.", "--timeout=1s", "-e", code]));
    assert_eq!(code, Some(124), "{err}");
    assert!(err.contains("--timeout"), "{err}");
}
