//! Response bodies: a whole body in one piece, or a stream of chunks from the guest
//! whose buffered size drives `write()`'s return value and the drain event.
use super::Shared;
use bytes::Bytes;
use http_body_util::Full;
use hyper::body::{Body, Frame, SizeHint};
use std::{
    pin::Pin,
    sync::{
        atomic::{AtomicUsize, Ordering},
        Arc,
    },
    task::{Context, Poll},
};
use tokio::sync::mpsc;

/// Above this many buffered bytes `write()` returns false. Deeper than Node's 16 KiB socket
/// mark: the guest learns of a drain only on its next poll, so a shallow queue leaves hyper
/// idle between chunks (1 MB responses: 2.3 GB/s at 64 KiB, 3.5 GB/s at 256 KiB).
pub const HIGH_WATER: usize = 256 * 1024;
/// The most the host holds for one response before refusing writes.
pub const MAX_BUFFERED: usize = 64 << 20;

pub enum Outgoing {
    Full(Full<Bytes>),
    Stream(GuestBody),
}

/// What the guest queues for a streamed body: bytes, then `End` or the trailer fields that
/// end it. A stream that stops without either was cut short (destroyed, or the sandbox
/// ended), and hyper must close the connection rather than frame a complete body.
pub enum Piece {
    Data(Bytes),
    Trailers(hyper::HeaderMap),
    End,
}

/// The error a body cut short gives hyper, which then drops the connection unfinished.
#[derive(Debug)]
pub struct CutShort;

impl std::fmt::Display for CutShort {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("body cut short")
    }
}

impl std::error::Error for CutShort {}

pub struct GuestBody {
    id: u32,
    rx: mpsc::UnboundedReceiver<Piece>,
    buffered: Arc<AtomicUsize>,
    shared: Arc<Shared>,
    done: bool,
    /// What is left of a declared Content-Length. hyper stops polling (and drops the body)
    /// once that many bytes went out, which may be before the guest's end() arrives.
    left: Option<u64>,
}

impl GuestBody {
    pub(crate) fn new(
        id: u32,
        rx: mpsc::UnboundedReceiver<Piece>,
        buffered: Arc<AtomicUsize>,
        shared: Arc<Shared>,
        headers: &[(hyper::header::HeaderName, hyper::header::HeaderValue)],
    ) -> Self {
        let left = headers
            .iter()
            .find(|(k, _)| k == hyper::header::CONTENT_LENGTH)
            .and_then(|(_, v)| v.to_str().ok()?.trim().parse().ok());
        GuestBody { id, rx, buffered, shared, done: false, left }
    }
}

impl Drop for GuestBody {
    fn drop(&mut self) {
        // hyper drops an unfinished body when the peer goes away; a body whose declared
        // length all went out is finished, end() or not.
        if !self.done && self.left != Some(0) {
            self.shared.aborted(self.id);
        }
    }
}

impl Body for Outgoing {
    type Data = Bytes;
    type Error = CutShort;

    fn poll_frame(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, CutShort>>> {
        match self.get_mut() {
            Outgoing::Full(f) => Pin::new(f).poll_frame(cx).map_err(|e| match e {}),
            Outgoing::Stream(s) => match s.rx.poll_recv(cx) {
                Poll::Ready(Some(Piece::Trailers(map))) => {
                    s.done = true;
                    Poll::Ready(Some(Ok(Frame::trailers(map))))
                }
                Poll::Ready(Some(Piece::Data(chunk))) => {
                    if let Some(left) = s.left.as_mut() {
                        *left = left.saturating_sub(chunk.len() as u64);
                    }
                    let before = s.buffered.fetch_sub(chunk.len(), Ordering::Relaxed);
                    if before >= HIGH_WATER && before - chunk.len() < HIGH_WATER {
                        s.shared.drained(s.id);
                    }
                    Poll::Ready(Some(Ok(Frame::data(chunk))))
                }
                Poll::Ready(Some(Piece::End)) => {
                    s.done = true;
                    Poll::Ready(None)
                }
                // Ended without End: destroyed mid-body. (The guest already knows.)
                Poll::Ready(None) => {
                    s.done = true;
                    Poll::Ready(Some(Err(CutShort)))
                }
                Poll::Pending => Poll::Pending,
            },
        }
    }

    fn is_end_stream(&self) -> bool {
        match self {
            Outgoing::Full(f) => f.is_end_stream(),
            Outgoing::Stream(s) => s.done,
        }
    }

    fn size_hint(&self) -> SizeHint {
        match self {
            Outgoing::Full(f) => f.size_hint(),
            Outgoing::Stream(_) => SizeHint::default(),
        }
    }
}
