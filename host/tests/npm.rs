//! Real npm packages, unmodified, installed by scripts/test.sh from tests/npm's lockfile:
//! an express app (routing, JSON bodies, express.static), a ws echo server and client (also
//! over TLS), and axios as an HTTP client.
// Test drivers use the host's own sockets and processes, outside any sandbox.
#![allow(clippy::disallowed_methods)]
mod common;

use common::{capjs, port_line, repo, run_with_timeout};
use std::{
    io::{Read, Write},
    process::{Command, Stdio},
    time::Duration,
};

const T: Duration = Duration::from_secs(60);

fn npm_dir() -> std::path::PathBuf {
    let dir = repo().join("tests/npm");
    assert!(
        ["express", "ws", "axios"].iter().all(|p| dir.join("node_modules").join(p).exists()),
        "tests/npm/node_modules is missing: run `npm ci` in tests/npm (scripts/test.sh does)"
    );
    dir
}

fn request(port: u16, raw: &str) -> (String, String) {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(T)).unwrap();
    s.write_all(raw.as_bytes()).unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    let (head, body) = out.split_once("\r\n\r\n").unwrap_or((&out, ""));
    (head.to_string(), body.to_string())
}

#[test]
fn express_app_routes_parses_json_and_serves_static_files() {
    let dir = npm_dir();
    let mut child = capjs()
        .current_dir(&dir)
        .args(["run", "--allow-net=127.0.0.1", "--allow-read=./public", "express-app.js"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let port = port_line(&mut child);
    let get = |path: &str| request(port, &format!("GET {path} HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n"));

    let (head, body) = get("/items?q=hello");
    assert!(head.starts_with("HTTP/1.1 200") && head.contains("x-powered-by: Express"), "{head}");
    assert_eq!(body, r#"{"items":[],"q":"hello"}"#);

    let json = r#"{"name":"apple","n":3}"#;
    let (head, body) = request(
        port,
        &format!("POST /items HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{json}", json.len()),
    );
    assert!(head.starts_with("HTTP/1.1 201"), "{head}");
    assert_eq!(body, r#"{"count":1,"got":{"name":"apple","n":3}}"#);

    assert_eq!(get("/items/0").1, json);
    let (head, body) = get("/items/7");
    assert!(head.starts_with("HTTP/1.1 404"), "{head}");
    assert_eq!(body, "no such item");
    let (head, body) = get("/boom");
    assert!(head.starts_with("HTTP/1.1 500"), "{head}");
    assert_eq!(body, r#"{"error":"kaboom"}"#);

    // express.static: files from the read grant, with their types and validators.
    let (head, body) = get("/style.css");
    assert!(head.starts_with("HTTP/1.1 200") && head.contains("content-type: text/css"), "{head}");
    assert!(head.contains("etag: ") && head.contains("last-modified: "), "{head}");
    assert_eq!(body, "body { color: red }\n");
    assert_eq!(get("/").1, "<h1>static</h1>\n");
    let (head, _) = get("/nope.txt");
    assert!(head.starts_with("HTTP/1.1 404"), "{head}");

    let _ = Command::new("kill").arg("-TERM").arg(child.id().to_string()).status();
    assert_eq!(child.wait().unwrap().code(), Some(0));
}

#[test]
fn ws_echo_server_and_client_match_node() {
    let dir = npm_dir();
    let node = run_with_timeout(Command::new("node").arg("ws-echo.js").current_dir(&dir), T).unwrap();
    let ours = run_with_timeout(capjs().current_dir(&dir).args(["--allow-net=127.0.0.1", "ws-echo.js"]), T).unwrap();
    let (a, b) = (String::from_utf8_lossy(&node.stdout), String::from_utf8_lossy(&ours.stdout));
    assert!(a.contains("text hello | binary 1,2,3 | text 200000"), "node itself: {a}");
    assert_eq!(a, b, "capjs stderr:\n{}", String::from_utf8_lossy(&ours.stderr));
    assert_eq!(ours.status.code(), Some(0));
}

#[test]
fn wss_echo_over_an_https_server_matches_node() {
    let dir = npm_dir();
    let node = run_with_timeout(Command::new("node").arg("wss-echo.js").current_dir(&dir), T).unwrap();
    let ours = run_with_timeout(
        capjs().current_dir(&dir).args(["--allow-net=127.0.0.1", "--allow-read=../compat/fixtures/tls", "wss-echo.js"]),
        T,
    )
    .unwrap();
    let (n, o) = (String::from_utf8_lossy(&node.stdout), String::from_utf8_lossy(&ours.stdout));
    assert!(n.contains("text hello over tls | binary 7,8,9"), "node: {n}");
    assert_eq!(o, n, "stderr: {}", String::from_utf8_lossy(&ours.stderr));
}

#[test]
fn axios_client_matches_node() {
    let dir = npm_dir();
    let node = run_with_timeout(Command::new("node").arg("axios-client.js").current_dir(&dir), T).unwrap();
    let ours =
        run_with_timeout(capjs().current_dir(&dir).args(["--allow-net=127.0.0.1", "axios-client.js"]), T).unwrap();
    let (a, b) = (String::from_utf8_lossy(&node.stdout), String::from_utf8_lossy(&ours.stdout));
    assert!(a.contains("200 /json") && a.contains("error ECONNREFUSED"), "node itself: {a}");
    assert_eq!(a, b, "capjs stderr:\n{}", String::from_utf8_lossy(&ours.stderr));
    assert_eq!(ours.status.code(), Some(0));
}
