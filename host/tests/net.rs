//! Outbound connections under the net grant (SECURITY.md P7): every refused connect,
//! http request and fetch redirect is refused before any TCP handshake, which a raw
//! listener that counts accepts proves.
// Test drivers use the host's own sockets and processes, outside any sandbox.
#![allow(clippy::disallowed_methods)]
mod common;

use common::{capjs, run_with_timeout};
use std::{
    io::{Read, Write},
    net::TcpListener,
    sync::{
        atomic::{AtomicUsize, Ordering},
        Arc,
    },
    time::Duration,
};

/// Counts connections accepted on `listener` (each is closed at once).
fn count_accepts(listener: TcpListener) -> Arc<AtomicUsize> {
    let n = Arc::new(AtomicUsize::new(0));
    let c = n.clone();
    std::thread::spawn(move || {
        for s in listener.incoming().flatten() {
            c.fetch_add(1, Ordering::SeqCst);
            drop(s);
        }
    });
    n
}

/// A server that answers every request with a redirect to `location`, counting requests.
fn redirector(location: String) -> (u16, Arc<AtomicUsize>) {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    let n = Arc::new(AtomicUsize::new(0));
    let c = n.clone();
    std::thread::spawn(move || {
        for mut s in l.incoming().flatten() {
            c.fetch_add(1, Ordering::SeqCst);
            let mut buf = [0u8; 4096];
            let _ = s.set_read_timeout(Some(Duration::from_secs(5)));
            let _ = s.read(&mut buf);
            let _ = write!(
                s,
                "HTTP/1.1 302 Found\r\nLocation: {location}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            );
        }
    });
    (port, n)
}

#[test]
fn p7_connects_outside_the_grant_never_reach_the_wire() {
    let target = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = target.local_addr().unwrap().port();
    let accepts = count_accepts(target);
    // Also listen on ::1 with the same port where the host has IPv6 loopback.
    let accepts6 = TcpListener::bind(("::1", port)).ok().map(count_accepts);
    let (allowed, redirects) = redirector(format!("http://127.0.0.1:{port}/"));

    let dir = tempfile::tempdir().unwrap();
    let script = format!(
        r#"
const net = require('net');
const http = require('http');
const https = require('https');
const port = {port};
function tryConnect(label, host) {{
  return new Promise((resolve) => {{
    const s = net.connect(port, host);
    s.on('connect', () => {{ console.log(label + ': CONNECTED'); s.destroy(); resolve(); }});
    s.on('error', (e) => {{ console.log(label + ': ' + e.code); resolve(); }});
  }});
}}
function tryGet(label, url) {{
  return new Promise((resolve) => {{
    const r = (url.startsWith('https:') ? https : http).get(url, () => {{ console.log(label + ': RESPONSE'); resolve(); }});
    r.on('error', (e) => {{ console.log(label + ': ' + e.code); resolve(); }});
  }});
}}
(async () => {{
  for (const host of ['127.0.0.1', 'localhost', '::1', '::ffff:127.0.0.1', '127.1', '2130706433', '0x7f000001']) {{
    await tryConnect('connect ' + host, host);
  }}
  await tryConnect('other port', '127.0.0.1');
  await tryGet('http.get', 'http://127.0.0.1:' + port + '/');
  await tryGet('http.get localhost', 'http://localhost:' + port + '/');
  await tryGet('https.get', 'https://127.0.0.1:' + port + '/');
  await new Promise((resolve) => {{
    const s = require('tls').connect(port, '127.0.0.1', () => {{ console.log('tls.connect: CONNECTED'); s.destroy(); resolve(); }});
    s.on('error', (e) => {{ console.log('tls.connect: ' + e.code); resolve(); }});
  }});
  try {{
    await fetch('https://localhost:' + port + '/');
    console.log('fetch https: RESPONSE');
  }} catch (e) {{
    console.log('fetch https: ' + (e.cause && e.cause.code));
  }}
  try {{
    await fetch('http://127.0.0.1:{allowed}/start');
    console.log('fetch: FOLLOWED');
  }} catch (e) {{
    console.log('fetch redirect: ' + (e.cause && e.cause.code));
  }}
}})();
"#
    );
    std::fs::write(dir.path().join("p7.js"), script).unwrap();
    let mut cmd = capjs();
    cmd.current_dir(dir.path()).arg(format!("--allow-net=127.0.0.1:{allowed}")).arg("p7.js");
    let out = run_with_timeout(&mut cmd, Duration::from_secs(60)).unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(stdout.lines().count(), 14, "{stdout}");
    for line in stdout.lines() {
        assert!(line.ends_with(": ERR_ACCESS_DENIED"), "not denied: {line}\n{stdout}");
    }
    // The allowed host was asked once; the place it redirected to was never contacted.
    assert_eq!(redirects.load(Ordering::SeqCst), 1);
    std::thread::sleep(Duration::from_millis(100));
    assert_eq!(accepts.load(Ordering::SeqCst), 0, "a TCP handshake reached the target");
    if let Some(a) = accepts6 {
        assert_eq!(a.load(Ordering::SeqCst), 0, "a TCP handshake reached the IPv6 target");
    }
}

#[test]
fn granted_connect_by_name_resolves_in_the_host() {
    // `localhost` is granted by name; the host resolves it and connects.
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for mut s in l.incoming().flatten() {
            // Read the request first: closing with unread bytes would reset the connection.
            let mut buf = [0u8; 4096];
            let _ = s.set_read_timeout(Some(Duration::from_secs(5)));
            let _ = s.read(&mut buf);
            let _ = s.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let script = format!("fetch('http://localhost:{port}/').then((r) => r.text()).then(console.log, (e) => console.log('failed', e.cause));");
    std::fs::write(dir.path().join("ok.js"), script).unwrap();
    let mut cmd = capjs();
    cmd.current_dir(dir.path()).arg(format!("--allow-net=localhost:{port}")).arg("ok.js");
    let out = run_with_timeout(&mut cmd, Duration::from_secs(60)).unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "ok\n", "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn choosing_a_local_port_needs_the_grant_listening_there_would() {
    // The destination is granted, the local port is not: the connect is refused before any
    // packet, so the target accepts nothing and the port is never bound. The same connect
    // from a granted local port goes through.
    let target = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = target.local_addr().unwrap().port();
    let accepts = count_accepts(target);
    let free = |ip: &str| TcpListener::bind((ip, 0)).unwrap().local_addr().unwrap().port();
    let (denied, granted) = (free("127.0.0.1"), free("127.0.0.1"));
    let dir = tempfile::tempdir().unwrap();
    let script = format!(
        r#"
const net = require('net');
function attempt(localPort) {{
  return new Promise((resolve) => {{
    const s = net.connect({{ port: {port}, host: '127.0.0.1', localAddress: '127.0.0.1', localPort }});
    s.on('connect', () => {{ console.log(localPort === {granted} ? 'granted' : 'denied', s.localPort === localPort ? 'bound' : 'other port'); s.destroy(); resolve(); }});
    s.on('error', (e) => {{ console.log(localPort === {granted} ? 'granted' : 'denied', e.code); resolve(); }});
  }});
}}
(async () => {{
  await attempt({denied});
  await attempt({granted});
  // The HTTP client binds its local end the same way.
  await new Promise((resolve) => {{
    require('http').get({{ port: {port}, host: '127.0.0.1', localAddress: '127.0.0.1', localPort: {denied} }})
      .on('error', (e) => {{ console.log('http denied', e.code); resolve(); }});
  }});
}})();
"#
    );
    std::fs::write(dir.path().join("local.js"), script).unwrap();
    let mut cmd = capjs();
    cmd.current_dir(dir.path()).arg(format!("--allow-net=127.0.0.1:{port},127.0.0.1:{granted}")).arg("local.js");
    let out = run_with_timeout(&mut cmd, Duration::from_secs(60)).unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        stdout,
        "denied ERR_ACCESS_DENIED\ngranted bound\nhttp denied ERR_ACCESS_DENIED\n",
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::thread::sleep(Duration::from_millis(100));
    assert_eq!(accepts.load(Ordering::SeqCst), 1, "only the granted connect reached the target");
    // The denied port was never bound: it is still free here.
    assert!(TcpListener::bind(("127.0.0.1", denied)).is_ok());
}
