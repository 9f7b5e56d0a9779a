//! Hello world over hyper on one thread, answering what examples/hello-server.js answers:
//! the most this host stack can do, with no JS. Usage: hyper-hello PORT
use bytes::Bytes;
use http_body_util::Full;
use hyper::{header, Response};
use std::convert::Infallible;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let port: u16 = std::env::args().nth(1).and_then(|p| p.parse().ok()).unwrap_or(8080);
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await.expect("binding the port");
    loop {
        let Ok((stream, _)) = listener.accept().await else { continue };
        let _ = stream.set_nodelay(true);
        tokio::spawn(async move {
            let service = hyper::service::service_fn(|_req| async {
                let mut res = Response::new(Full::new(Bytes::from_static(b"Hello, World!\n")));
                res.headers_mut().insert(header::CONTENT_TYPE, header::HeaderValue::from_static("text/plain"));
                Ok::<_, Infallible>(res)
            });
            let io = hyper_util::rt::TokioIo::new(stream);
            let _ = hyper::server::conn::http1::Builder::new().serve_connection(io, service).await;
        });
    }
}
