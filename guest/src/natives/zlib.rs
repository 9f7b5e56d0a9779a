//! Natives for node:zlib. Deflate and inflate come from miniz_oxide (raw DEFLATE); the
//! zlib and gzip wrappers (headers, Adler-32/CRC-32 trailers, multi-member gzip) are
//! handled here so errors carry zlib's messages. Brotli comes from the `brotli` crate.
//! Each stream is an opaque JS object (`ZlibStream`) that the garbage collector frees;
//! `zlibClose` frees it early.
use super::process::bytes_of;
use brotli::enc::encode::{BrotliEncoderOperation, BrotliEncoderParameter, BrotliEncoderStateStruct};
use brotli::enc::StandardAlloc;
use brotli::{BrotliDecompressStream, BrotliResult, BrotliState};
use javy::quickjs::class::{JsClass, Trace, Tracer, Writable};
use javy::quickjs::{qjs, Array, Class, Ctx, Function, IntoJs, JsLifetime, Object, Result, TypedArray, Value};
use miniz_oxide::deflate::core::{compress_to_output, CompressionStrategy, CompressorOxide, TDEFLFlush, TDEFLStatus};
use miniz_oxide::inflate::stream::{inflate, InflateState};
use miniz_oxide::{DataFormat, MZError, MZFlush, MZStatus};
use std::cell::Cell;

mod check;
use check::diagnose;

// Node's mode numbers (zlib.constants).
const DEFLATE: u8 = 1;
const INFLATE: u8 = 2;
const GZIP: u8 = 3;
const GUNZIP: u8 = 4;
const DEFLATERAW: u8 = 5;
const INFLATERAW: u8 = 6;
const UNZIP: u8 = 7;
const BROTLI_DECODE: u8 = 8;
const BROTLI_ENCODE: u8 = 9;

const Z_FINISH: i32 = 4;
const Z_NEED_DICT: i32 = 2;
const Z_DATA_ERROR: i32 = -3;
const Z_BUF_ERROR: i32 = -5;

/// An error as Node reports it: errno, code and message.
struct ZErr {
    errno: i32,
    code: String,
    msg: String,
}

fn data_err(msg: &str) -> ZErr {
    ZErr { errno: Z_DATA_ERROR, code: "Z_DATA_ERROR".into(), msg: msg.into() }
}

fn eof_err() -> ZErr {
    ZErr { errno: Z_BUF_ERROR, code: "Z_BUF_ERROR".into(), msg: "unexpected end of file".into() }
}

// ---------------------------------------------------------------- deflate

struct Deflater {
    /// Made at the first write: a compressor is large, and streams may never be used.
    c: Option<Box<CompressorOxide>>,
    mode: u8,
    level: i32,
    strategy: i32,
    window_bits: u8,
    header_done: bool,
    crc: crc32fast::Hasher,
    adler: adler2::Adler32,
    size: u32,
    done: bool,
    /// Input taken since the dictionary was last reset (see `segment`).
    since_reset: usize,
}

fn strategy_of(s: i32) -> CompressionStrategy {
    match s {
        1 => CompressionStrategy::Filtered,
        2 => CompressionStrategy::HuffmanOnly,
        3 => CompressionStrategy::RLE,
        4 => CompressionStrategy::Fixed,
        _ => CompressionStrategy::Default,
    }
}

impl Deflater {
    fn new(mode: u8, level: i32, window_bits: i32, strategy: i32) -> Self {
        let level = if level < 0 { 6 } else { level.min(9) };
        // zlib turns a window of 8 bits into 9.
        let window_bits = window_bits.clamp(9, 15) as u8;
        let mut d = Deflater {
            c: None,
            mode,
            level,
            strategy,
            window_bits,
            header_done: false,
            crc: crc32fast::Hasher::new(),
            adler: adler2::Adler32::new(),
            size: 0,
            done: false,
            since_reset: 0,
        };
        d.rebuild();
        d
    }

    /// miniz_oxide makes raw DEFLATE; the zlib and gzip wrappers are written here, as
    /// zlib writes them.
    fn rebuild(&mut self) {
        self.c = None;
    }

    fn reset(&mut self) {
        self.rebuild();
        self.header_done = false;
        self.crc = crc32fast::Hasher::new();
        self.adler = adler2::Adler32::new();
        self.size = 0;
        self.done = false;
        self.since_reset = 0;
    }

    /// With a window under 15 bits, how much input may pass between dictionary resets so
    /// that no match reaches further back than zlib's largest distance for that window
    /// (miniz_oxide itself only knows the 32 KiB window). None for the full window.
    fn segment(&self) -> Option<usize> {
        (self.window_bits < 15).then(|| (1usize << self.window_bits) - 262)
    }

    fn header(&self) -> Vec<u8> {
        match self.mode {
            GZIP => {
                // No name, no mtime, XFL from the level, OS = Unix.
                let xfl = if self.level == 9 {
                    2
                } else if self.strategy >= 2 || self.level < 2 {
                    4
                } else {
                    0
                };
                vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3]
            }
            DEFLATE => {
                let flevel = if self.strategy >= 2 || self.level < 2 {
                    0
                } else if self.level < 6 {
                    1
                } else if self.level == 6 {
                    2
                } else {
                    3
                };
                let cmf = ((self.window_bits as u16 - 8) << 4) | 8;
                let mut flg = flevel << 6;
                flg += 31 - ((cmf << 8) | flg) % 31;
                vec![cmf as u8, flg as u8]
            }
            _ => Vec::new(),
        }
    }

    fn write(&mut self, mut input: &[u8], flush: i32, out: &mut Vec<u8>) -> std::result::Result<(), ZErr> {
        if self.done {
            return Ok(());
        }
        if !self.header_done {
            out.extend_from_slice(&self.header());
            self.header_done = true;
        }
        match self.mode {
            GZIP => {
                self.crc.update(input);
                self.size = self.size.wrapping_add(input.len() as u32);
            }
            DEFLATE => self.adler.write_slice(input),
            _ => {}
        }
        let f = match flush {
            0 => TDEFLFlush::None,
            2 => TDEFLFlush::Sync,
            3 => TDEFLFlush::Full,
            4 => TDEFLFlush::Finish,
            _ => TDEFLFlush::Partial,
        };
        if let Some(seg) = self.segment() {
            while !input.is_empty() {
                let take = input.len().min(seg - self.since_reset);
                self.compress(&input[..take], TDEFLFlush::None, out)?;
                input = &input[take..];
                self.since_reset += take;
                if self.since_reset == seg {
                    self.compress(&[], TDEFLFlush::Full, out)?;
                    self.since_reset = 0;
                }
            }
            if f == TDEFLFlush::Full {
                self.since_reset = 0;
            }
        }
        self.compress(input, f, out)
    }

    fn compress(&mut self, mut input: &[u8], f: TDEFLFlush, out: &mut Vec<u8>) -> std::result::Result<(), ZErr> {
        loop {
            let (level, strategy, window_bits) = (self.level as u8, strategy_of(self.strategy), self.window_bits);
            let c = self.c.get_or_insert_with(|| {
                Box::new(CompressorOxide::with_params(DataFormat::Raw, level, strategy, window_bits))
            });
            let (status, used) = compress_to_output(c, input, f, |b| {
                out.extend_from_slice(b);
                true
            });
            input = &input[used..];
            match status {
                TDEFLStatus::Done => {
                    self.done = true;
                    match self.mode {
                        GZIP => {
                            out.extend_from_slice(&self.crc.clone().finalize().to_le_bytes());
                            out.extend_from_slice(&self.size.to_le_bytes());
                        }
                        DEFLATE => out.extend_from_slice(&self.adler.checksum().to_be_bytes()),
                        _ => {}
                    }
                    return Ok(());
                }
                TDEFLStatus::Okay if input.is_empty() => return Ok(()),
                TDEFLStatus::Okay if used > 0 => continue,
                _ => return Err(ZErr { errno: -2, code: "Z_STREAM_ERROR".into(), msg: "stream error".into() }),
            }
        }
    }
}

// ---------------------------------------------------------------- inflate

#[derive(Clone, Copy, PartialEq)]
enum Wrap {
    Zlib,
    Gzip,
    Raw,
    Auto,
}

#[derive(Clone, Copy, PartialEq)]
enum Phase {
    Header,
    Body,
    Trailer,
    End,
}

/// Compressed input kept for naming a corrupt stream's error (see `diagnose`).
const RECORD_LIMIT: usize = 4 << 20;
/// DEFLATE's largest distance: past this much output no distance can reach too far back.
const WINDOW: u64 = 32768;

struct Inflater {
    /// Made when the first DEFLATE data arrives (it holds a 32 KiB window).
    st: Option<Box<InflateState>>,
    mode: Wrap,
    wrap: Wrap,
    phase: Phase,
    window_bits: i32,
    pending: Vec<u8>,
    adler: adler2::Adler32,
    crc: crc32fast::Hasher,
    size: u32,
    record: Option<Vec<u8>>,
    out_len: u64,
    failed: Option<(i32, String, String)>,
    ignore_rest: bool,
    checked: bool,
    buf: Vec<u8>,
}

impl Inflater {
    fn new(mode: u8, window_bits: i32) -> Self {
        let wrap = match mode {
            INFLATE => Wrap::Zlib,
            GUNZIP => Wrap::Gzip,
            INFLATERAW => Wrap::Raw,
            _ => Wrap::Auto,
        };
        Inflater {
            st: None,
            mode: wrap,
            wrap,
            phase: if wrap == Wrap::Raw { Phase::Body } else { Phase::Header },
            window_bits,
            pending: Vec::new(),
            adler: adler2::Adler32::new(),
            crc: crc32fast::Hasher::new(),
            size: 0,
            record: Some(Vec::new()),
            out_len: 0,
            failed: None,
            ignore_rest: false,
            checked: false,
            buf: Vec::new(),
        }
    }

    fn reset(&mut self) {
        let (mode, wb) = (self.mode, self.window_bits);
        *self = Inflater::new(
            match mode {
                Wrap::Zlib => INFLATE,
                Wrap::Gzip => GUNZIP,
                Wrap::Raw => INFLATERAW,
                Wrap::Auto => UNZIP,
            },
            wb,
        );
    }

    /// Starts the next gzip member.
    fn next_member(&mut self) {
        if let Some(st) = self.st.as_mut() {
            st.reset(DataFormat::Raw);
        }
        self.phase = Phase::Header;
        self.crc = crc32fast::Hasher::new();
        self.size = 0;
        self.record = Some(Vec::new());
        self.out_len = 0;
        self.checked = false;
    }

    /// Once per member, when its first window of output is complete (or it ends), looks
    /// for distances reaching before the start of the output.
    fn check_start(&mut self, force: bool) -> std::result::Result<(), ZErr> {
        if self.checked || !(force || self.out_len >= WINDOW) {
            return Ok(());
        }
        self.checked = true;
        match self.record.as_deref().and_then(|r| diagnose(r, WINDOW)) {
            Some(msg) => Err(data_err(msg)),
            None => Ok(()),
        }
    }

    /// Parses a header at the start of `pending`: Ok(Some(len)) when complete, Ok(None)
    /// when more bytes are needed.
    fn header(&mut self) -> std::result::Result<Option<usize>, ZErr> {
        let p = &self.pending;
        if self.wrap == Wrap::Auto {
            if p.is_empty() {
                return Ok(None);
            }
            if p[0] != 0x1f {
                self.wrap = Wrap::Zlib;
            } else if p.len() < 2 {
                return Ok(None);
            } else {
                self.wrap = if p[1] == 0x8b { Wrap::Gzip } else { Wrap::Zlib };
            }
        }
        match self.wrap {
            Wrap::Zlib => {
                if p.len() < 2 {
                    return Ok(None);
                }
                let (cmf, flg) = (p[0] as u32, p[1] as u32);
                if (cmf * 256 + flg) % 31 != 0 {
                    return Err(data_err("incorrect header check"));
                }
                if cmf & 15 != 8 {
                    return Err(data_err("unknown compression method"));
                }
                let wbits = (cmf >> 4) as i32 + 8;
                let limit = if self.window_bits == 0 { 15 } else { self.window_bits };
                if wbits > 15 || wbits > limit {
                    return Err(data_err("invalid window size"));
                }
                if flg & 0x20 != 0 {
                    return Err(ZErr {
                        errno: Z_NEED_DICT,
                        code: "Z_NEED_DICT".into(),
                        msg: "Missing dictionary".into(),
                    });
                }
                Ok(Some(2))
            }
            _ => {
                if p.len() < 10 {
                    // Check what we have early, as zlib does.
                    if (!p.is_empty() && p[0] != 0x1f) || (p.len() > 1 && p[1] != 0x8b) {
                        return Err(data_err("incorrect header check"));
                    }
                    if p.len() > 2 && p[2] != 8 {
                        return Err(data_err("unknown compression method"));
                    }
                    return Ok(None);
                }
                if p[0] != 0x1f || p[1] != 0x8b {
                    return Err(data_err("incorrect header check"));
                }
                if p[2] != 8 {
                    return Err(data_err("unknown compression method"));
                }
                let flags = p[3];
                if flags & 0xe0 != 0 {
                    return Err(data_err("unknown header flags set"));
                }
                let mut i = 10;
                if flags & 4 != 0 {
                    if p.len() < i + 2 {
                        return Ok(None);
                    }
                    i += 2 + u16::from_le_bytes([p[i], p[i + 1]]) as usize;
                }
                for bit in [8u8, 16] {
                    if flags & bit != 0 {
                        match p.get(i..).and_then(|s| s.iter().position(|&b| b == 0)) {
                            Some(n) => i += n + 1,
                            None => return Ok(None),
                        }
                    }
                }
                if flags & 2 != 0 {
                    if p.len() < i + 2 {
                        return Ok(None);
                    }
                    let want = crc32fast::hash(&p[..i]) & 0xffff;
                    if want != u16::from_le_bytes([p[i], p[i + 1]]) as u32 {
                        return Err(data_err("header crc mismatch"));
                    }
                    i += 2;
                }
                if p.len() < i {
                    return Ok(None);
                }
                Ok(Some(i))
            }
        }
    }

    fn write(&mut self, input: &[u8], flush: i32, out: &mut Vec<u8>) -> std::result::Result<(), ZErr> {
        if let Some((errno, code, msg)) = &self.failed {
            return Err(ZErr { errno: *errno, code: code.clone(), msg: msg.clone() });
        }
        let r = self.run(input, flush, out);
        if let Err(e) = &r {
            self.failed = Some((e.errno, e.code.clone(), e.msg.clone()));
        }
        r
    }

    fn run(&mut self, input: &[u8], flush: i32, out: &mut Vec<u8>) -> std::result::Result<(), ZErr> {
        // After the end, only gzip looks at more input (a further member).
        if self.ignore_rest || (self.phase == Phase::End && self.wrap != Wrap::Gzip) {
            return Ok(());
        }
        self.pending.extend_from_slice(input);
        if self.buf.is_empty() {
            self.buf = vec![0; 32 * 1024];
        }
        let mut pos = 0;
        loop {
            match self.phase {
                Phase::Header => {
                    let saved = std::mem::take(&mut self.pending);
                    self.pending = saved[pos..].to_vec();
                    pos = 0;
                    match self.header()? {
                        Some(n) => {
                            pos = n;
                            self.phase = Phase::Body;
                        }
                        None => break,
                    }
                }
                Phase::Body => {
                    let st = self.st.get_or_insert_with(|| InflateState::new_boxed(DataFormat::Raw));
                    let r = inflate(st, &self.pending[pos..], &mut self.buf, MZFlush::None);
                    let used = &self.pending[pos..pos + r.bytes_consumed];
                    if let Some(rec) = &mut self.record {
                        if rec.len() + used.len() > RECORD_LIMIT {
                            self.record = None;
                        } else {
                            rec.extend_from_slice(used);
                        }
                    }
                    pos += r.bytes_consumed;
                    let produced = &self.buf[..r.bytes_written];
                    out.extend_from_slice(produced);
                    self.out_len += produced.len() as u64;
                    match self.wrap {
                        Wrap::Zlib => self.adler.write_slice(produced),
                        Wrap::Gzip => {
                            self.crc.update(produced);
                            self.size = self.size.wrapping_add(produced.len() as u32);
                        }
                        _ => {}
                    }
                    self.check_start(false)?;
                    match r.status {
                        Ok(MZStatus::StreamEnd) => {
                            self.check_start(true)?;
                            self.phase = if self.wrap == Wrap::Raw { Phase::End } else { Phase::Trailer };
                        }
                        Ok(_) if r.bytes_consumed > 0 || r.bytes_written > 0 => {}
                        Ok(_) | Err(MZError::Buf) => break,
                        Err(_) => {
                            let mut data = self.record.take().unwrap_or_default();
                            data.extend_from_slice(&self.pending[pos..]);
                            let msg = diagnose(&data, u64::MAX).unwrap_or("invalid deflate data");
                            return Err(data_err(msg));
                        }
                    }
                }
                Phase::Trailer => {
                    let rest = &self.pending[pos..];
                    if self.wrap == Wrap::Zlib {
                        if rest.len() < 4 {
                            break;
                        }
                        if u32::from_be_bytes([rest[0], rest[1], rest[2], rest[3]]) != self.adler.checksum() {
                            return Err(data_err("incorrect data check"));
                        }
                        pos += 4;
                    } else {
                        if rest.len() < 8 {
                            break;
                        }
                        if u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]) != self.crc.clone().finalize() {
                            return Err(data_err("incorrect data check"));
                        }
                        if u32::from_le_bytes([rest[4], rest[5], rest[6], rest[7]]) != self.size {
                            return Err(data_err("incorrect length check"));
                        }
                        pos += 8;
                    }
                    self.phase = Phase::End;
                }
                Phase::End => {
                    // Another gzip member follows unless the rest starts with a zero byte.
                    if pos < self.pending.len() {
                        if self.wrap == Wrap::Gzip && self.pending[pos] != 0 {
                            self.next_member();
                            continue;
                        }
                        self.ignore_rest = true;
                    }
                    pos = self.pending.len();
                    break;
                }
            }
        }
        self.pending.drain(..pos.min(self.pending.len()));
        if self.phase == Phase::End {
            self.pending.clear();
            self.buf = Vec::new();
        } else if flush == Z_FINISH {
            if self.phase == Phase::Body {
                self.check_start(true)?;
            }
            return Err(eof_err());
        }
        Ok(())
    }
}

// ---------------------------------------------------------------- brotli

type Decoder = BrotliState<StandardAlloc, StandardAlloc, StandardAlloc>;

const BROTLI_ERRORS: [&str; 31] = [
    "_ERROR_FORMAT_EXUBERANT_NIBBLE",
    "_ERROR_FORMAT_RESERVED",
    "_ERROR_FORMAT_EXUBERANT_META_NIBBLE",
    "_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET",
    "_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME",
    "_ERROR_FORMAT_CL_SPACE",
    "_ERROR_FORMAT_HUFFMAN_SPACE",
    "_ERROR_FORMAT_CONTEXT_MAP_REPEAT",
    "_ERROR_FORMAT_BLOCK_LENGTH_1",
    "_ERROR_FORMAT_BLOCK_LENGTH_2",
    "_ERROR_FORMAT_TRANSFORM",
    "_ERROR_FORMAT_DICTIONARY",
    "_ERROR_FORMAT_WINDOW_BITS",
    "_ERROR_FORMAT_PADDING_1",
    "_ERROR_FORMAT_PADDING_2",
    "_ERROR_FORMAT_DISTANCE",
    "_ERROR_UNREACHABLE",
    "_ERROR_UNREACHABLE",
    "_ERROR_DICTIONARY_NOT_SET",
    "_ERROR_INVALID_ARGUMENTS",
    "_ERROR_ALLOC_CONTEXT_MODES",
    "_ERROR_ALLOC_TREE_GROUPS",
    "_ERROR_UNREACHABLE",
    "_ERROR_UNREACHABLE",
    "_ERROR_ALLOC_CONTEXT_MAP",
    "_ERROR_ALLOC_RING_BUFFER_1",
    "_ERROR_ALLOC_RING_BUFFER_2",
    "_ERROR_UNREACHABLE",
    "_ERROR_UNREACHABLE",
    "_ERROR_ALLOC_BLOCK_TYPE_TREES",
    "_ERROR_UNREACHABLE",
];

fn brotli_encode(
    e: &mut BrotliEncoderStateStruct<StandardAlloc>,
    input: &[u8],
    op: i32,
    out: &mut Vec<u8>,
) -> std::result::Result<(), ZErr> {
    let op = match op {
        1 => BrotliEncoderOperation::BROTLI_OPERATION_FLUSH,
        2 => BrotliEncoderOperation::BROTLI_OPERATION_FINISH,
        3 => BrotliEncoderOperation::BROTLI_OPERATION_EMIT_METADATA,
        _ => BrotliEncoderOperation::BROTLI_OPERATION_PROCESS,
    };
    if e.is_finished() {
        return Ok(());
    }
    let mut buf = vec![0u8; 16 * 1024];
    let (mut avail_in, mut in_off) = (input.len(), 0usize);
    let mut nop = |_: &mut brotli::interface::PredictionModeContextMap<brotli::InputReferenceMut>,
                   _: &mut [brotli::interface::StaticCommand],
                   _: brotli::InputPair,
                   _: &mut StandardAlloc| ();
    loop {
        let (mut avail_out, mut out_off) = (buf.len(), 0usize);
        let mut total = None;
        let ok = e.compress_stream(
            op,
            &mut avail_in,
            input,
            &mut in_off,
            &mut avail_out,
            &mut buf,
            &mut out_off,
            &mut total,
            &mut nop,
        );
        out.extend_from_slice(&buf[..out_off]);
        if !ok {
            return Err(ZErr {
                errno: -1,
                code: "ERR_BROTLI_COMPRESSION_FAILED".into(),
                msg: "Compression failed".into(),
            });
        }
        let more = e.has_more_output();
        if avail_in == 0 && !more && (op as i32 != 2 || e.is_finished()) {
            return Ok(());
        }
    }
}

fn brotli_decode(
    d: &mut Decoder,
    done: &mut bool,
    input: &[u8],
    op: i32,
    out: &mut Vec<u8>,
) -> std::result::Result<(), ZErr> {
    let mut buf = vec![0u8; 32 * 1024];
    let (mut avail_in, mut in_off) = (input.len(), 0usize);
    loop {
        if *done {
            return Ok(());
        }
        let (mut avail_out, mut out_off, mut total) = (buf.len(), 0usize, 0usize);
        let r = BrotliDecompressStream(
            &mut avail_in,
            &mut in_off,
            input,
            &mut avail_out,
            &mut out_off,
            &mut buf,
            &mut total,
            d,
        );
        out.extend_from_slice(&buf[..out_off]);
        match r {
            BrotliResult::ResultSuccess => {
                *done = true;
                return Ok(());
            }
            BrotliResult::NeedsMoreOutput => continue,
            BrotliResult::NeedsMoreInput => {
                if op == 2 {
                    return Err(eof_err());
                }
                return Ok(());
            }
            BrotliResult::ResultFailure => {
                let n = d.error_code as i32;
                let name = BROTLI_ERRORS.get((-n - 1) as usize).copied().unwrap_or("_ERROR_UNREACHABLE");
                return Err(ZErr { errno: n, code: format!("ERR_{name}"), msg: "Decompression failed".into() });
            }
        }
    }
}

// ---------------------------------------------------------------- registry

enum Engine {
    Deflate(Deflater),
    Inflate(Box<Inflater>),
    BrotliEnc(Box<BrotliEncoderStateStruct<StandardAlloc>>, Vec<(u32, u32)>),
    BrotliDec(Box<Decoder>, bool),
}

fn new_decoder() -> Box<Decoder> {
    Box::new(Decoder::new(StandardAlloc::default(), StandardAlloc::default(), StandardAlloc::default()))
}

fn param_of(k: u32) -> Option<BrotliEncoderParameter> {
    use BrotliEncoderParameter::*;
    Some(match k {
        0 => BROTLI_PARAM_MODE,
        1 => BROTLI_PARAM_QUALITY,
        2 => BROTLI_PARAM_LGWIN,
        3 => BROTLI_PARAM_LGBLOCK,
        4 => BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING,
        5 => BROTLI_PARAM_SIZE_HINT,
        6 => BROTLI_PARAM_LARGE_WINDOW,
        _ => return None,
    })
}

/// A new encoder with Node's parameters; None when one is rejected.
fn new_encoder(params: &[(u32, u32)]) -> Option<Box<BrotliEncoderStateStruct<StandardAlloc>>> {
    let mut e = Box::new(BrotliEncoderStateStruct::new(StandardAlloc::default()));
    for &(k, v) in params {
        // NPOSTFIX (7) and NDIRECT (8) are valid in libbrotli; the crate's defaults stand.
        if k == 7 || k == 8 {
            continue;
        }
        if !e.set_parameter(param_of(k)?, v) {
            return None;
        }
    }
    Some(e)
}

/// The JS handle of a stream; None once closed. The garbage collector frees it.
pub struct ZStream(Option<Engine>);

impl<'js> Trace<'js> for ZStream {
    fn trace<'a>(&self, _: Tracer<'a, 'js>) {}
}

// SAFETY: ZStream holds no JS values, so it lives as long as any lifetime.
unsafe impl<'js> JsLifetime<'js> for ZStream {
    type Changed<'to> = ZStream;
}

impl<'js> JsClass<'js> for ZStream {
    const NAME: &'static str = "ZlibStream";
    type Mutable = Writable;
    fn constructor(_: &Ctx<'js>) -> Result<Option<javy::quickjs::Constructor<'js>>> {
        Ok(None)
    }
}

thread_local! {
    /// Streams alive, and the count at which to run the garbage collector next.
    static LIVE: Cell<(usize, usize)> = const { Cell::new((0, GC_EVERY)) };
}
const GC_EVERY: usize = 64;

impl Drop for ZStream {
    fn drop(&mut self) {
        LIVE.with(|l| l.set((l.get().0.saturating_sub(1), l.get().1)));
    }
}

/// A new stream handle. QuickJS does not see the Rust memory behind handles, so dropped
/// streams caught in reference cycles could pile up before its collector runs: it runs
/// here whenever another GC_EVERY streams are alive.
fn handle<'js>(ctx: &Ctx<'js>, e: Engine) -> Result<Class<'js, ZStream>> {
    let (live, gc_at) = LIVE.with(|l| l.get());
    if live + 1 >= gc_at {
        // SAFETY: runs the collector of this context's live runtime, as the `gc()` builtin does.
        unsafe { qjs::JS_RunGC(qjs::JS_GetRuntime(ctx.as_raw().as_ptr())) };
        LIVE.with(|l| l.set((l.get().0, l.get().0 + GC_EVERY)));
    }
    LIVE.with(|l| l.set((l.get().0 + 1, l.get().1)));
    Class::instance(ctx.clone(), ZStream(Some(e)))
}

fn error_array<'js>(ctx: &Ctx<'js>, e: ZErr) -> Result<Value<'js>> {
    let a = Array::new(ctx.clone())?;
    a.set(0, e.errno)?;
    a.set(1, e.code)?;
    a.set(2, e.msg)?;
    Ok(a.into_value())
}

pub fn register<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    o.set(
        "zlibInit",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, mode: u8, level: i32, window_bits: i32, strategy: i32| {
            let e = match mode {
                DEFLATE | GZIP | DEFLATERAW => Engine::Deflate(Deflater::new(mode, level, window_bits, strategy)),
                _ => Engine::Inflate(Box::new(Inflater::new(mode, window_bits))),
            };
            handle(&ctx, e)
        }),
    )?;
    o.set(
        "brotliInit",
        // `params` is a flat [key, value, ...] list; null when a parameter is rejected.
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, mode: u8, params: Vec<u32>| -> Result<Option<Class<'js, ZStream>>> {
                let pairs: Vec<(u32, u32)> = params.chunks_exact(2).map(|c| (c[0], c[1])).collect();
                let e = match mode {
                    BROTLI_ENCODE => new_encoder(&pairs).map(|e| Engine::BrotliEnc(e, pairs)),
                    BROTLI_DECODE => Some(Engine::BrotliDec(new_decoder(), false)),
                    _ => None,
                };
                e.map(|e| handle(&ctx, e)).transpose()
            },
        ),
    )?;
    o.set(
        "zlibWrite",
        // A Uint8Array of output, or [errno, code, message]. `max` caps the output size.
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, h: Class<'js, ZStream>, data: Value<'js>, flush: i32, max: f64| -> Result<Value<'js>> {
                let input = bytes_of(&data).unwrap_or_default();
                let mut out = Vec::new();
                let r = match h.borrow_mut().0.as_mut() {
                    Some(Engine::Deflate(d)) => d.write(&input, flush, &mut out),
                    Some(Engine::Inflate(i)) => i.write(&input, flush, &mut out),
                    Some(Engine::BrotliEnc(e, _)) => brotli_encode(e, &input, flush, &mut out),
                    Some(Engine::BrotliDec(d, done)) => brotli_decode(d, done, &input, flush, &mut out),
                    None => Err(ZErr { errno: -2, code: "ERR_ZLIB_CLOSED".into(), msg: "zlib binding closed".into() }),
                };
                match r {
                    Err(e) => error_array(&ctx, e),
                    Ok(()) if out.len() as f64 > max => {
                        error_array(&ctx, ZErr { errno: 0, code: "ERR_BUFFER_TOO_LARGE".into(), msg: String::new() })
                    }
                    Ok(()) => TypedArray::<u8>::new_copy(ctx.clone(), &out)?.into_js(&ctx),
                }
            },
        ),
    )?;
    o.set(
        "zlibParams",
        // Changes level and strategy of a deflate stream (JS flushes it first, as Node does).
        Function::new(ctx.clone(), |h: Class<'js, ZStream>, level: i32, strategy: i32| {
            if let Some(Engine::Deflate(d)) = h.borrow_mut().0.as_mut() {
                d.level = if level < 0 { 6 } else { level.min(9) };
                d.strategy = strategy;
                if let Some(c) = d.c.as_mut() {
                    c.set_format_and_level(DataFormat::Raw, d.level as u8);
                }
            }
        }),
    )?;
    o.set(
        "zlibReset",
        Function::new(ctx.clone(), |h: Class<'js, ZStream>| match h.borrow_mut().0.as_mut() {
            Some(Engine::Deflate(d)) => d.reset(),
            Some(Engine::Inflate(i)) => i.reset(),
            Some(Engine::BrotliEnc(e, p)) => {
                if let Some(n) = new_encoder(p) {
                    *e = n;
                }
            }
            Some(Engine::BrotliDec(d, done)) => {
                *d = new_decoder();
                *done = false;
            }
            None => {}
        }),
    )?;
    o.set(
        "zlibClose",
        Function::new(ctx.clone(), |h: Class<'js, ZStream>| {
            h.borrow_mut().0 = None;
        }),
    )?;
    o.set(
        "crc32",
        // As f64: rquickjs would wrap a u32 above 2^31 into a negative int.
        Function::new(ctx.clone(), |data: Value<'js>, init: f64| -> f64 {
            let mut h = crc32fast::Hasher::new_with_initial(init as u32);
            h.update(&bytes_of(&data).unwrap_or_default());
            h.finalize() as f64
        }),
    )?;
    Ok(())
}
