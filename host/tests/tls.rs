//! TLS servers run by capjs (node:tls, node:https) as a client outside the sandbox sees
//! them: a rustls client that trusts the test CA (tests/compat/fixtures/tls) and offers
//! ALPN protocols.
// Test drivers use the host's own sockets and processes, outside any sandbox.
#![allow(clippy::disallowed_methods)]
mod common;

use common::{capjs, port_line, repo};
use rustls::pki_types::{pem::PemObject, CertificateDer, ServerName};
use std::{
    io::{Read, Write},
    net::TcpStream,
    process::{Child, Stdio},
    sync::Arc,
    time::Duration,
};

/// Runs `script` (which prints its port) with the fixtures readable; killed on drop.
struct Server(Child, u16);

impl Server {
    fn start(script: &str) -> Server {
        let fixtures = repo().join("tests/compat/fixtures/tls");
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("server.js"), script).unwrap();
        let mut child = capjs()
            .current_dir(dir.path())
            .arg("--allow-net=127.0.0.1")
            .arg(format!("--allow-read={}", fixtures.display()))
            .arg("server.js")
            .arg(&fixtures)
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let port = port_line(&mut child);
        Server(child, port)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Connects offering `alpn`, sends `request`, and returns the protocol agreed and all that
/// came back.
fn talk(port: u16, alpn: &[&[u8]], request: &[u8]) -> (Option<Vec<u8>>, String) {
    let ca = std::fs::read(repo().join("tests/compat/fixtures/tls/ca.pem")).unwrap();
    let mut roots = rustls::RootCertStore::empty();
    for cert in CertificateDer::pem_slice_iter(&ca) {
        roots.add(cert.unwrap()).unwrap();
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth();
    config.alpn_protocols = alpn.iter().map(|p| p.to_vec()).collect();
    let name = ServerName::try_from("localhost").unwrap();
    let conn = rustls::ClientConnection::new(Arc::new(config), name).unwrap();
    let sock = TcpStream::connect(("127.0.0.1", port)).unwrap();
    sock.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let mut tls = rustls::StreamOwned::new(conn, sock);
    tls.write_all(request).unwrap();
    let mut out = Vec::new();
    // The server closes after answering; a missing close_notify is not this test's concern.
    let _ = tls.read_to_end(&mut out);
    (tls.conn.alpn_protocol().map(<[u8]>::to_vec), String::from_utf8_lossy(&out).into_owned())
}

#[test]
fn a_tls_server_agrees_no_protocol_and_refuses_no_client_for_its_alpn() {
    // A tls.Server does not know what it speaks, so it offers no ALPN protocol: a client
    // offering h2 connects anyway, with none agreed (as with Node's default).
    let s = Server::start(
        r#"
const tls = require('tls');
const fs = require('fs');
const dir = process.argv[2];
const server = tls.createServer({ key: fs.readFileSync(dir + '/key.pem'), cert: fs.readFileSync(dir + '/cert.pem') },
  (socket) => socket.once('data', (d) => socket.end(`echo ${d}`)));
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
"#,
    );
    let (alpn, got) = talk(s.1, &[b"h2"], b"hello");
    assert_eq!(alpn, None);
    assert_eq!(got, "echo hello");
}

#[test]
fn an_https_server_agrees_http_1_1_by_alpn() {
    let s = Server::start(
        r#"
const https = require('https');
const fs = require('fs');
const dir = process.argv[2];
const server = https.createServer({ key: fs.readFileSync(dir + '/key.pem'), cert: fs.readFileSync(dir + '/cert.pem') },
  (req, res) => res.end(`https ${req.url}`));
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
"#,
    );
    let (alpn, got) = talk(s.1, &[b"h2", b"http/1.1"], b"GET /alpn HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert_eq!(alpn.as_deref(), Some(&b"http/1.1"[..]));
    assert!(got.starts_with("HTTP/1.1 200 OK") && got.ends_with("https /alpn"), "{got}");
}
