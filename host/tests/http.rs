//! HTTP server behaviour through real sockets: the tests/http/server.js program under
//! capjs, driven by raw TCP clients so every byte on the wire is checked. Covers the
//! happy paths and SECURITY.md P8, M2, M3, M4, R7 and F1/F2.
// Test drivers use the host's own sockets and processes, outside any sandbox.
#![allow(clippy::disallowed_methods)]
mod common;

use common::{capjs, port_line, repo};
use std::{
    io::{Read, Write},
    net::{Shutdown, TcpStream},
    process::{Child, Stdio},
    time::Duration,
};

const T: Duration = Duration::from_secs(30);

struct Server {
    child: Child,
    port: u16,
}

impl Server {
    fn start() -> Server {
        let mut child = capjs()
            .current_dir(repo().join("tests/http"))
            .args(["run", "--allow-net=127.0.0.1", "server.js"])
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let port = port_line(&mut child);
        Server { child, port }
    }

    fn connect(&self) -> TcpStream {
        let s = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        s.set_read_timeout(Some(T)).unwrap();
        s
    }

    /// Sends raw bytes on a fresh connection and reads until the server closes it.
    fn exchange(&self, raw: &[u8]) -> String {
        let mut s = self.connect();
        s.write_all(raw).unwrap();
        let mut out = Vec::new();
        let _ = s.read_to_end(&mut out);
        String::from_utf8_lossy(&out).into_owned()
    }

    fn get(&self, path: &str) -> String {
        self.exchange(format!("GET {path} HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n").as_bytes())
    }

    fn still_serves(&self) {
        let r = self.get("/");
        assert!(r.starts_with("HTTP/1.1 200 OK") && r.ends_with("Hello, World!"), "{r}");
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn body(resp: &str) -> &str {
    resp.split_once("\r\n\r\n").map_or("", |(_, b)| b)
}

fn header<'a>(resp: &'a str, name: &str) -> Option<&'a str> {
    resp.split("\r\n\r\n").next()?.lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        k.eq_ignore_ascii_case(name).then(|| v.trim())
    })
}

#[test]
fn hello_echo_headers_and_404() {
    let s = Server::start();
    let r = s.get("/");
    assert!(r.starts_with("HTTP/1.1 200 OK\r\n"), "{r}");
    assert_eq!(header(&r, "content-length"), Some("13"));
    assert_eq!(body(&r), "Hello, World!");

    let r = s.exchange(b"POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 11\r\nConnection: close\r\n\r\nhello world");
    assert_eq!((header(&r, "x-method"), header(&r, "x-length"), body(&r)), (Some("POST"), Some("11"), "hello world"));

    let r = s.exchange(b"PUT /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n");
    assert_eq!((header(&r, "x-method"), body(&r)), (Some("PUT"), "hello world"));

    let r = s.exchange(
        b"GET /headers HTTP/1.1\r\nHost: t\r\nX-Dup: a\r\nX-Dup: b\r\nCookie: c=1\r\nConnection: close\r\n\r\n",
    );
    let b = body(&r);
    assert!(b.contains(r#""x-dup":"a, b""#) && b.contains(r#""host":"t""#) && b.contains(r#""version":"1.1""#), "{b}");

    let r = s.get("/missing");
    assert!(r.starts_with("HTTP/1.1 404 Not Found\r\n") && body(&r) == "not found", "{r}");
}

#[test]
fn streamed_response_is_chunked() {
    let s = Server::start();
    let r = s.get("/stream");
    assert_eq!(header(&r, "transfer-encoding"), Some("chunked"), "{r}");
    let decoded: String = body(&r).split("\r\n").skip(1).step_by(2).collect();
    assert_eq!(decoded, "chunk 1\nchunk 2\nchunk 3\ndone\n");
}

#[test]
fn keep_alive_and_pipelining() {
    let s = Server::start();
    let mut c = s.connect();
    // Two requests written at once: both answered, in order, on one connection.
    c.write_all(b"GET / HTTP/1.1\r\nHost: t\r\n\r\nGET /missing HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut out = String::new();
    c.read_to_string(&mut out).unwrap();
    let first = out.find("HTTP/1.1 200 OK").expect("first response");
    let second = out.find("HTTP/1.1 404 Not Found").expect("second response");
    assert!(first < second, "{out}");
}

#[test]
fn p8_listen_needs_its_own_grant() {
    // SECURITY P8: no grant, and a grant for another port. The port must stay closed.
    let dir = tempfile::tempdir().unwrap();
    let free = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let script = format!(
        "const s = require('http').createServer(() => {{}});\
         s.on('error', (e) => {{ console.log(e.code, e.permission, e.resource); }});\
         s.listen({free}, '127.0.0.1');"
    );
    std::fs::write(dir.path().join("l.js"), &script).unwrap();
    for flags in [&[][..], &["--allow-net=127.0.0.1:1"][..], &["--allow-net=127.0.0.2"][..]] {
        let out = capjs().current_dir(dir.path()).args(flags).arg("l.js").output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
        assert_eq!(String::from_utf8_lossy(&out.stdout), format!("ERR_ACCESS_DENIED Net 127.0.0.1:{free}\n"));
        // Nothing was bound: the port is still free to bind.
        std::net::TcpListener::bind(("127.0.0.1", free)).expect("port was left unbound");
    }
}

#[test]
fn m2_content_length_with_transfer_encoding_gets_400_and_close() {
    // SECURITY M2: Content-Length with Transfer-Encoding (in either order), and a bare LF,
    // are refused with 400 and the connection closes, as Node's parser does. The handler
    // (/echo would add X-Method) never runs, and the smuggled GET after it is never read.
    let s = Server::start();
    let smuggled = "GET /count HTTP/1.1\r\nHost: t\r\n\r\n";
    let heads = [
        "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
        "POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\nContent-Length: 4\r\n\r\n0\r\n\r\n",
        "POST /echo HTTP/1.1\nHost: t\nContent-Length: 4\n\nabcd",
    ];
    for head in heads {
        let r = s.exchange(format!("{head}{smuggled}").as_bytes());
        assert!(r.starts_with("HTTP/1.1 400 Bad Request\r\n"), "{head:?} -> {r}");
        assert_eq!(r.matches("HTTP/1.1 ").count(), 1, "{r}");
        assert_eq!(header(&r, "connection"), Some("close"), "{r}");
        assert_eq!(header(&r, "x-method"), None, "{r}");
    }
    // After a well-framed request on the same connection: that one is answered, the bad
    // one after it is not read.
    let good = "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\n\r\nabc";
    let r = s.exchange(format!("{good}{}{smuggled}", heads[0]).as_bytes());
    assert!(r.starts_with("HTTP/1.1 200 OK\r\n") && r.contains("x-length: 3\r\n"), "{r}");
    assert_eq!(r.matches("x-method:").count(), 1, "{r}");
    assert_eq!(r.matches("HTTP/1.1 ").count(), 2, "{r}");
    assert!(r.contains("HTTP/1.1 400 Bad Request\r\n"), "{r}");
    s.still_serves();
}

#[test]
fn m2_conflicting_framing_is_rejected() {
    // SECURITY M2: never read as two requests; a 4xx and the connection closes.
    let s = Server::start();
    let smuggle: &[&[u8]] = &[
        b"POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 4\r\nContent-Length: 5\r\n\r\nabcde",
        b"POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: xchunked\r\n\r\nabc",
        b"GET / HTTP/1.1\r\nHost: t\r\n folded: header\r\n\r\n",
    ];
    for raw in smuggle {
        let r = s.exchange(raw);
        let responses = r.matches("HTTP/1.1 ").count();
        assert!(responses <= 1, "read as two requests: {r}");
        assert!(r.is_empty() || r.starts_with("HTTP/1.1 4"), "{:?} -> {r}", String::from_utf8_lossy(raw));
    }
    s.still_serves();
}

#[test]
fn m3_oversized_heads_get_431_or_414_style_errors() {
    let s = Server::start();
    let long_url = format!("GET /{} HTTP/1.1\r\nHost: t\r\n\r\n", "a".repeat(70 * 1024));
    let r = s.exchange(long_url.as_bytes());
    assert!(r.starts_with("HTTP/1.1 4"), "{}", &r[..r.len().min(200)]);
    let mut many = String::from("GET / HTTP/1.1\r\nHost: t\r\n");
    for i in 0..1000 {
        many.push_str(&format!("X-H{i}: v\r\n"));
    }
    many.push_str("\r\n");
    let r = s.exchange(many.as_bytes());
    assert!(r.starts_with("HTTP/1.1 431"), "{}", &r[..r.len().min(200)]);
    s.still_serves();
}

#[test]
fn m4_garbage_and_other_protocols_close_the_connection() {
    let s = Server::start();
    let inputs: Vec<Vec<u8>> = vec![
        (0..4096u32).map(|i| (i.wrapping_mul(2654435761) >> 13) as u8).collect(),
        b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03".to_vec(),
        b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".to_vec(),
    ];
    for raw in inputs {
        let r = s.exchange(&raw);
        assert!(r.is_empty() || r.starts_with("HTTP/1.1 4"), "{r}");
    }
    s.still_serves();
}

#[test]
fn f1_f2_clients_that_leave_early_do_not_hurt_others() {
    let s = Server::start();
    // A client sends half a body, then resets.
    let mut c = s.connect();
    c.write_all(b"POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 100\r\n\r\nhalf").unwrap();
    drop(c);
    // A client asks for a slow response and leaves before it is ready.
    let mut c = s.connect();
    c.write_all(b"GET /slow HTTP/1.1\r\nHost: t\r\n\r\n").unwrap();
    c.shutdown(Shutdown::Both).unwrap();
    drop(c);
    std::thread::sleep(Duration::from_millis(500));
    s.still_serves();
    let r = s.get("/slow");
    assert_eq!(body(&r), "slow done");
}

#[test]
fn f6_sigterm_drains_in_flight_requests_then_exits() {
    // SECURITY F6: server.close() on SIGTERM lets the slow request finish, then the
    // loop ends on its own and the process exits 0.
    let mut s = Server::start();
    let mut c = s.connect();
    c.write_all(b"GET /slow HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n").unwrap();
    std::thread::sleep(Duration::from_millis(100));
    std::process::Command::new("kill").args(["-TERM", &s.child.id().to_string()]).status().unwrap();
    let mut out = String::new();
    c.read_to_string(&mut out).unwrap();
    assert!(out.starts_with("HTTP/1.1 200 OK") && body(&out) == "slow done", "{out}");
    assert_eq!(s.child.wait().unwrap().code(), Some(0));
    assert!(TcpStream::connect(("127.0.0.1", s.port)).is_err(), "still accepting after close");
}

#[test]
fn large_bodies_flow_through_with_backpressure() {
    // A 6 MB upload crosses the host's 256 KiB body window many times; every byte must
    // arrive in order. Then a handler that never reads a big body still answers.
    let s = Server::start();
    let payload: Vec<u8> = (0..6u32 * 1024 * 1024).map(|i| (i.wrapping_mul(31) >> 3) as u8).collect();
    let mut c = s.connect();
    let head =
        format!("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", payload.len());
    c.write_all(head.as_bytes()).unwrap();
    let writer = {
        let mut c = c.try_clone().unwrap();
        let payload = payload.clone();
        std::thread::spawn(move || c.write_all(&payload).unwrap())
    };
    let mut out = Vec::new();
    c.read_to_end(&mut out).unwrap();
    writer.join().unwrap();
    let split = out.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
    let head = String::from_utf8_lossy(&out[..split]);
    assert_eq!(header(&head, "x-length"), Some("6291456"), "{head}");
    assert!(out[split..] == payload[..], "echoed body differs");

    let mut c = s.connect();
    c.write_all(b"POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 20000000\r\n\r\n").unwrap();
    c.write_all(&vec![b'x'; 1 << 20]).unwrap();
    let mut buf = [0u8; 64];
    let n = c.read(&mut buf).unwrap();
    assert!(buf[..n].starts_with(b"HTTP/1.1 200 OK"), "{}", String::from_utf8_lossy(&buf[..n]));
    drop(c);
    s.still_serves();
}

#[test]
fn r7_slowloris_is_cut_off_by_the_headers_timeout() {
    // SECURITY R7: a head trickling in never completes; server.headersTimeout (1 s in
    // server.js) closes the connection, and other clients are served meanwhile.
    let s = Server::start();
    let mut slow = s.connect();
    slow.write_all(b"GET / HTTP/1.1\r\nHost: t\r\nX-Slow: ").unwrap();
    for _ in 0..3 {
        s.still_serves();
        // One header byte now and then, as slowloris sends them.
        let _ = slow.write_all(b"a");
        std::thread::sleep(Duration::from_millis(100));
    }
    // The server gives up on this client: EOF or a reset, not our 10 s read timeout.
    slow.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut buf = [0u8; 256];
    match slow.read(&mut buf) {
        Ok(n) => {
            assert!(!String::from_utf8_lossy(&buf[..n]).contains("200 OK"), "{:?}", String::from_utf8_lossy(&buf[..n]))
        }
        Err(e) => assert!(
            !matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut),
            "the slow connection was never closed: {e}"
        ),
    }
    s.still_serves();
}

#[test]
fn request_timeout_answers_408_when_a_body_stalls() {
    // server.requestTimeout (4 s in server.js): the head came, the body stops arriving.
    // As Node: 408, `Connection: close`, and the connection ends, although the handler
    // (/echo) is still waiting for the body's end, so it never answers.
    let s = Server::start();
    let mut c = s.connect();
    c.write_all(b"POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 10\r\n\r\nabc").unwrap();
    let mut out = Vec::new();
    c.read_to_end(&mut out).expect("the server closes the connection");
    let r = String::from_utf8_lossy(&out);
    assert!(r.starts_with("HTTP/1.1 408 Request Timeout\r\n"), "{r}");
    assert_eq!(header(&r, "connection"), Some("close"), "{r}");
    assert_eq!(header(&r, "x-method"), None, "{r}");
    assert_eq!(r.matches("HTTP/1.1 ").count(), 1, "{r}");
    s.still_serves();
}

#[test]
fn trailers_follow_a_chunked_body() {
    // hyper sends trailer fields only to a client that said `TE: trailers` (RFC 9110
    // §6.5.1 lets servers rely on that); Node sends them regardless. Without it, the body
    // still arrives whole.
    let s = Server::start();
    let plain = s.get("/trailers");
    assert!(plain.ends_with("part two\r\n0\r\n\r\n"), "{plain:?}");
    let r = s.exchange(b"GET /trailers HTTP/1.1\r\nHost: t\r\nTE: trailers\r\nConnection: close\r\n\r\n");
    assert!(r.starts_with("HTTP/1.1 200 OK"), "{r}");
    assert!(r.to_ascii_lowercase().contains("transfer-encoding: chunked"), "{r}");
    let body = r.split_once("\r\n\r\n").unwrap().1;
    // The chunks, the last (zero) chunk, then the trailer field and the final CRLF.
    assert!(body.contains("part one, ") && body.contains("part two"), "{body:?}");
    assert!(body.to_ascii_lowercase().ends_with("0\r\nx-checksum: abc123\r\n\r\n"), "{body:?}");
}

#[test]
fn expect_100_continue_gets_the_interim_response_first() {
    // Without a 'checkContinue' listener Node continues at once; the client waits for
    // the 100 before sending its body.
    let s = Server::start();
    let mut c = s.connect();
    c.write_all(
        b"POST /echo HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 5\r\nConnection: close\r\n\r\n",
    )
    .unwrap();
    let mut buf = [0u8; 64];
    let n = c.read(&mut buf).unwrap();
    assert_eq!(&buf[..n], b"HTTP/1.1 100 Continue\r\n\r\n");
    c.write_all(b"hello").unwrap();
    let mut rest = String::new();
    c.read_to_string(&mut rest).unwrap();
    assert!(rest.starts_with("HTTP/1.1 200 OK") && rest.ends_with("hello"), "{rest}");
    assert_eq!(header(&rest, "x-length"), Some("5"), "{rest}");
}

#[test]
fn idle_keep_alive_connections_close_after_keep_alive_timeout() {
    // server.js sets keepAliveTimeout to 500 ms: after one answered request the idle
    // connection is closed by the server, not kept for the 60 s headers timeout.
    let s = Server::start();
    let mut c = s.connect();
    c.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    c.write_all(b"GET / HTTP/1.1\r\nHost: t\r\n\r\n").unwrap();
    let mut buf = Vec::new();
    let mut chunk = [0u8; 1024];
    loop {
        match c.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
            Err(e) => panic!("the idle connection was not closed: {e}"),
        }
    }
    let r = String::from_utf8_lossy(&buf);
    assert!(r.starts_with("HTTP/1.1 200 OK") && r.ends_with("Hello, World!"), "{r}");
}
