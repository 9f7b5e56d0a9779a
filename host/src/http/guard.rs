//! A read-side guard in front of hyper's HTTP/1 server parser (SECURITY M2). It holds each
//! request head back until the head is whole. A head with both Content-Length and
//! Transfer-Encoding, or with a bare LF, is spoiled before hyper sees it, so hyper answers
//! 400 and closes, as Node's parser does. Left alone, hyper would follow Transfer-Encoding
//! and answer. To find the next head, the guard follows body framing (Content-Length,
//! chunked). From anything it does not follow (an upgrade, a malformed head) it steps
//! aside and hands bytes straight through.
use std::{
    io,
    pin::Pin,
    task::{ready, Context, Poll},
};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

/// Past this much head without its blank line, hyper's own limits take over.
const MAX_HEAD: usize = 64 * 1024;
/// A chunk-size or trailer line longer than this is malformed.
const MAX_LINE: usize = 4096;
const MAX_HEADERS: usize = 256;

#[derive(Debug, PartialEq)]
enum State {
    Head,
    /// Bytes of a Content-Length body still to come.
    Body(u64),
    ChunkSize,
    /// Chunk bytes still to come, with their CRLF.
    ChunkData(u64),
    Trailers,
    /// Not following the stream any more.
    Off,
}

pub struct Guarded<S> {
    inner: S,
    /// Bytes read from the socket that hyper has not taken yet; `ready` of them are checked.
    pending: Vec<u8>,
    ready: usize,
    /// How far the search for the head's end has got, so a slow head is scanned once.
    scanned: usize,
    state: State,
    eof: bool,
}

impl<S> Guarded<S> {
    pub fn new(inner: S) -> Self {
        Guarded { inner, pending: Vec::new(), ready: 0, scanned: 0, state: State::Head, eof: false }
    }

    /// Advances `ready` over every byte whose place in the stream is known.
    fn scan(&mut self) {
        loop {
            let rest = &self.pending[self.ready..];
            match self.state {
                State::Off => {
                    self.ready = self.pending.len();
                    return;
                }
                State::Body(n) | State::ChunkData(n) => {
                    if rest.is_empty() {
                        return;
                    }
                    let k = (rest.len() as u64).min(n);
                    self.ready += k as usize;
                    self.state = match (&self.state, n - k) {
                        (State::Body(_), 0) => State::Head,
                        (State::Body(_), left) => State::Body(left),
                        (_, 0) => State::ChunkSize,
                        (_, left) => State::ChunkData(left),
                    };
                }
                State::ChunkSize | State::Trailers => {
                    let Some(nl) = rest.iter().position(|&b| b == b'\n') else {
                        if rest.len() > MAX_LINE {
                            self.state = State::Off;
                            continue;
                        }
                        return;
                    };
                    let line = trim_cr(&rest[..nl]);
                    self.state = if self.state == State::Trailers {
                        if line.is_empty() {
                            State::Head
                        } else {
                            State::Trailers
                        }
                    } else {
                        match chunk_size(line) {
                            Some(0) => State::Trailers,
                            Some(n) => State::ChunkData(n.saturating_add(2)),
                            None => State::Off,
                        }
                    };
                    self.ready += nl + 1;
                }
                State::Head => {
                    let from = self.scanned.max(self.ready);
                    let Some(end) = head_end(&self.pending, self.ready, from) else {
                        self.scanned = self.pending.len().saturating_sub(3);
                        if self.pending.len() - self.ready > MAX_HEAD {
                            self.state = State::Off;
                            continue;
                        }
                        return;
                    };
                    self.state = self.check_head(self.ready, end);
                    self.ready = end;
                    self.scanned = end;
                }
            }
        }
    }

    /// Checks the head in `pending[start..end]` and returns the state after it, spoiling the
    /// head when hyper must refuse it.
    fn check_head(&mut self, start: usize, end: usize) -> State {
        let head = &self.pending[start..end];
        // Empty lines before a request line are allowed (RFC 9112 §2.2).
        let lead = head.iter().take_while(|&&b| b == b'\r' || b == b'\n').count();
        if lead == head.len() {
            return State::Head;
        }
        let bare_lf = head.iter().enumerate().skip(lead).any(|(i, &b)| b == b'\n' && head[i - 1] != b'\r');
        let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
        let mut req = httparse::Request::new(&mut headers);
        let framing = match req.parse(&head[lead..]) {
            Ok(httparse::Status::Complete(_)) => framing(&req),
            // Hyper reaches the same verdict on its own.
            _ => None,
        };
        let Some((content_length, chunked, upgrade)) = framing else { return State::Off };
        if bare_lf || (content_length.is_some() && chunked.is_some()) {
            // A byte no method may contain: hyper's parser fails on the request line and
            // answers 400 Bad Request, then closes.
            self.pending[start + lead] = b'(';
            return State::Off;
        }
        match (upgrade, chunked, content_length) {
            (true, _, _) => State::Off,
            (_, Some(true), _) => State::ChunkSize,
            // Not chunked last: hyper refuses it.
            (_, Some(false), _) => State::Off,
            (_, None, Some(Some(0))) => State::Head,
            (_, None, Some(Some(n))) => State::Body(n),
            // Content-Length values that disagree or do not parse: hyper refuses them.
            (_, None, Some(None)) => State::Off,
            (_, None, None) => State::Head,
        }
    }
}

/// Content-Length (`Some(None)` when unusable), whether Transfer-Encoding ends in chunked,
/// and whether the request switches protocols.
type Framing = (Option<Option<u64>>, Option<bool>, bool);

fn framing(req: &httparse::Request) -> Option<Framing> {
    let mut content_length: Option<Option<u64>> = None;
    let mut chunked = None;
    let mut upgrade = req.method == Some("CONNECT");
    for h in req.headers.iter() {
        if h.name.eq_ignore_ascii_case("content-length") {
            let n = std::str::from_utf8(h.value).ok().and_then(|v| v.trim().parse::<u64>().ok());
            content_length = Some(match content_length {
                None => n,
                Some(prev) if prev == n => n,
                Some(_) => None,
            });
        } else if h.name.eq_ignore_ascii_case("transfer-encoding") {
            let last = h.value.rsplit(|&b| b == b',').next().unwrap_or_default();
            chunked = Some(trim(last).eq_ignore_ascii_case(b"chunked"));
        } else if h.name.eq_ignore_ascii_case("upgrade") {
            upgrade = true;
        }
    }
    Some((content_length, chunked, upgrade))
}

/// The end (just past the blank line) of the head that starts at `start`, searching from
/// `from`.
fn head_end(buf: &[u8], start: usize, from: usize) -> Option<usize> {
    // Skip leading empty lines, which are not the end of a head.
    let body_start = start + buf[start..].iter().take_while(|&&b| b == b'\r' || b == b'\n').count();
    let from = from.max(body_start);
    let mut i = from;
    while let Some(p) = buf[i..].iter().position(|&b| b == b'\n') {
        let nl = i + p;
        // The line before this LF is empty: "\n\n" or "\n\r\n".
        if nl > body_start && (buf[nl - 1] == b'\n' || (buf[nl - 1] == b'\r' && nl >= 2 && buf[nl - 2] == b'\n')) {
            return Some(nl + 1);
        }
        i = nl + 1;
    }
    None
}

fn chunk_size(line: &[u8]) -> Option<u64> {
    let digits = trim(line.split(|&b| b == b';').next().unwrap_or_default());
    if digits.is_empty() || digits.len() > 16 {
        return None;
    }
    u64::from_str_radix(std::str::from_utf8(digits).ok()?, 16).ok()
}

fn trim_cr(line: &[u8]) -> &[u8] {
    line.strip_suffix(b"\r").unwrap_or(line)
}

fn trim(v: &[u8]) -> &[u8] {
    let v = &v[v.iter().take_while(|b| b.is_ascii_whitespace()).count()..];
    &v[..v.len() - v.iter().rev().take_while(|b| b.is_ascii_whitespace()).count()]
}

impl<S: AsyncRead + Unpin> AsyncRead for Guarded<S> {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        let this = &mut *self;
        loop {
            if this.ready > 0 {
                let n = this.ready.min(buf.remaining());
                buf.put_slice(&this.pending[..n]);
                this.pending.drain(..n);
                this.ready -= n;
                this.scanned = this.scanned.saturating_sub(n);
                return Poll::Ready(Ok(()));
            }
            if this.eof {
                // What is left is an unfinished head; hyper reports it as it would.
                this.ready = this.pending.len();
                if this.ready == 0 {
                    return Poll::Ready(Ok(()));
                }
                continue;
            }
            // Nothing held back and no head to find: read straight into hyper's buffer.
            if this.pending.is_empty() && matches!(this.state, State::Off | State::Body(_)) {
                let limit = match this.state {
                    State::Body(n) => (n.min(buf.remaining() as u64)) as usize,
                    _ => buf.remaining(),
                };
                let mut sub = ReadBuf::new(buf.initialize_unfilled_to(limit));
                ready!(Pin::new(&mut this.inner).poll_read(cx, &mut sub))?;
                let got = sub.filled().len();
                buf.advance(got);
                if let State::Body(n) = this.state {
                    this.state = if got as u64 == n { State::Head } else { State::Body(n - got as u64) };
                }
                return Poll::Ready(Ok(()));
            }
            // Uninitialized: zeroing 8 KiB per read showed up in the hello-world profile.
            let mut chunk = [std::mem::MaybeUninit::<u8>::uninit(); 8192];
            let mut rb = ReadBuf::uninit(&mut chunk);
            ready!(Pin::new(&mut this.inner).poll_read(cx, &mut rb))?;
            if rb.filled().is_empty() {
                this.eof = true;
                continue;
            }
            this.pending.extend_from_slice(rb.filled());
            this.scan();
        }
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Guarded<S> {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, data: &[u8]) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write(cx, data)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Feeds `input` in pieces of `step` bytes and returns what hyper would read.
    fn through(input: &[u8], step: usize) -> Vec<u8> {
        let mut g = Guarded::new(());
        let mut out = Vec::new();
        for piece in input.chunks(step) {
            g.pending.extend_from_slice(piece);
            g.scan();
            out.extend(g.pending.drain(..g.ready));
            g.scanned = g.scanned.saturating_sub(g.ready);
            g.ready = 0;
        }
        out
    }

    #[test]
    fn passes_well_framed_requests_through_unchanged_in_any_split() {
        let stream: &[u8] = b"GET / HTTP/1.1\r\nHost: a\r\n\r\n\
            POST /x HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello\
            POST /c HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n3;ext=1\r\nabc\r\n0\r\nX-T: 1\r\n\r\n\
            GET /last HTTP/1.1\r\n\r\n";
        for step in [1, 2, 7, stream.len()] {
            assert_eq!(through(stream, step), stream, "step {step}");
        }
    }

    #[test]
    fn spoils_content_length_with_transfer_encoding_in_either_order() {
        for head in [
            &b"POST / HTTP/1.1\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n"[..],
            b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 4\r\n\r\n",
        ] {
            for step in [1, 5, head.len()] {
                let out = through(head, step);
                assert_eq!(out.len(), head.len());
                assert_eq!(out[0], b'(', "step {step}: {}", String::from_utf8_lossy(&out));
                assert_eq!(out[1..], head[1..]);
            }
        }
    }

    #[test]
    fn spoils_a_bare_lf_but_not_leading_empty_lines() {
        let out = through(b"GET / HTTP/1.1\nHost: a\r\n\r\n", 3);
        assert_eq!(out[0], b'(');
        let ok: &[u8] = b"\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n";
        assert_eq!(through(ok, 4), ok);
    }

    #[test]
    fn a_smuggled_head_after_a_body_is_found() {
        let stream: &[u8] = b"POST / HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc\
            POST / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n";
        let out = through(stream, 6);
        let second =
            stream.len() - b"POST / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n".len();
        assert_eq!(out[..second], stream[..second]);
        assert_eq!(out[second], b'(');
    }

    #[test]
    fn steps_aside_after_an_upgrade_or_an_overlong_head() {
        let up: &[u8] = b"GET / HTTP/1.1\r\nUpgrade: websocket\r\n\r\nraw bytes, Content-Length: 1\r\n\r\n";
        assert_eq!(through(up, 5), up);
        let long = [b"GET /".as_slice(), &vec![b'a'; MAX_HEAD + 10]].concat();
        assert_eq!(through(&long, 4096), long);
    }
}
