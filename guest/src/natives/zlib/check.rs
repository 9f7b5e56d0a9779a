//! Names what is wrong with raw DEFLATE data in zlib's words, for node:zlib's errors.

/// Re-reads raw DEFLATE data and names the first problem with zlib's message: for data the
/// decoder rejected, and for distances before the start of the output, which the decoder
/// (reading from a zeroed window) lets through. None when no problem is found before the
/// data ends or `limit` bytes of output.
pub fn diagnose(data: &[u8], limit: u64) -> Option<&'static str> {
    struct Bits<'a> {
        d: &'a [u8],
        pos: usize,
        bit: u32,
    }
    impl Bits<'_> {
        fn get(&mut self, n: u32) -> Option<u32> {
            let mut v = 0;
            for i in 0..n {
                let byte = *self.d.get(self.pos)?;
                v |= (((byte >> self.bit) & 1) as u32) << i;
                self.bit += 1;
                if self.bit == 8 {
                    self.bit = 0;
                    self.pos += 1;
                }
            }
            Some(v)
        }
    }
    /// Canonical Huffman code: counts per length and symbols in code order.
    struct Code {
        count: [u16; 16],
        sym: Vec<u16>,
    }
    /// Builds a code; Err when over-subscribed or incomplete as zlib's inflate_table judges.
    fn build(lens: &[u8], codes_table: bool) -> std::result::Result<Code, ()> {
        let mut count = [0u16; 16];
        for &l in lens {
            count[l as usize] += 1;
        }
        let max = (1..16).rev().find(|&l| count[l] != 0).unwrap_or(0);
        let mut left: i32 = 1;
        for c in count.iter().skip(1) {
            left = (left << 1) - *c as i32;
            if left < 0 {
                return Err(());
            }
        }
        if max != 0 && left > 0 && (codes_table || max != 1) {
            return Err(());
        }
        let mut offs = [0u16; 16];
        for l in 1..15 {
            offs[l + 1] = offs[l] + count[l];
        }
        let mut sym = vec![0u16; lens.len()];
        for (s, &l) in lens.iter().enumerate() {
            if l != 0 {
                sym[offs[l as usize] as usize] = s as u16;
                offs[l as usize] += 1;
            }
        }
        count[0] = 0;
        Ok(Code { count, sym })
    }
    /// Decodes one symbol: Some(Err) for an invalid code, None at the end of the data.
    fn decode(b: &mut Bits, c: &Code) -> Option<std::result::Result<u16, ()>> {
        if c.count.iter().all(|&n| n == 0) {
            return Some(Err(()));
        }
        let (mut code, mut first, mut index) = (0i32, 0i32, 0i32);
        for len in 1..16 {
            code |= b.get(1)? as i32;
            let count = c.count[len] as i32;
            if code - count < first {
                return Some(Ok(c.sym[(index + (code - first)) as usize]));
            }
            index += count;
            first = (first + count) << 1;
            code <<= 1;
        }
        Some(Err(()))
    }
    const LBASE: [u16; 29] = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227,
        258,
    ];
    const LEXT: [u8; 29] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
    const DBASE: [u32; 30] = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
        6145, 8193, 12289, 16385, 24577,
    ];
    const DEXT: [u8; 30] =
        [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
    const ORDER: [usize; 19] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

    let mut b = Bits { d: data, pos: 0, bit: 0 };
    let mut out: u64 = 0;
    loop {
        if out > limit {
            return None;
        }
        let last = b.get(1)?;
        let (lit, dist) = match b.get(2)? {
            0 => {
                if b.bit != 0 {
                    b.bit = 0;
                    b.pos += 1;
                }
                let len = b.get(16)?;
                let nlen = b.get(16)?;
                if len != !nlen & 0xffff {
                    return Some("invalid stored block lengths");
                }
                b.pos += len as usize;
                out += len as u64;
                if b.pos > data.len() {
                    return None;
                }
                if last == 1 {
                    return None;
                }
                continue;
            }
            1 => {
                let mut l = [8u8; 288];
                l[144..256].fill(9);
                l[256..280].fill(7);
                (build(&l, false).ok()?, build(&[5u8; 32], false).ok()?)
            }
            2 => {
                let nlen = b.get(5)? as usize + 257;
                let ndist = b.get(5)? as usize + 1;
                let ncode = b.get(4)? as usize + 4;
                if nlen > 286 || ndist > 30 {
                    return Some("too many length or distance symbols");
                }
                let mut cl = [0u8; 19];
                for &i in ORDER.iter().take(ncode) {
                    cl[i] = b.get(3)? as u8;
                }
                let Ok(clc) = build(&cl, true) else { return Some("invalid code lengths set") };
                let mut lens = vec![0u8; nlen + ndist];
                let mut i = 0;
                // zlib reads an empty code-length code as zeros of one bit each.
                let empty = clc.count.iter().all(|&c| c == 0);
                while i < nlen + ndist {
                    let s = if empty {
                        b.get(1)?;
                        0
                    } else {
                        match decode(&mut b, &clc)? {
                            Ok(s) => s,
                            Err(()) => return Some("invalid code lengths set"),
                        }
                    };
                    let (val, rep) = match s {
                        0..=15 => (s as u8, 1),
                        16 => {
                            if i == 0 {
                                return Some("invalid bit length repeat");
                            }
                            (lens[i - 1], 3 + b.get(2)? as usize)
                        }
                        17 => (0, 3 + b.get(3)? as usize),
                        _ => (0, 11 + b.get(7)? as usize),
                    };
                    if i + rep > nlen + ndist {
                        return Some("invalid bit length repeat");
                    }
                    lens[i..i + rep].fill(val);
                    i += rep;
                }
                if lens[256] == 0 {
                    return Some("invalid code -- missing end-of-block");
                }
                let Ok(lc) = build(&lens[..nlen], false) else { return Some("invalid literal/lengths set") };
                let Ok(dc) = build(&lens[nlen..], false) else { return Some("invalid distances set") };
                (lc, dc)
            }
            _ => return Some("invalid block type"),
        };
        loop {
            if out > limit {
                return None;
            }
            let Ok(s) = decode(&mut b, &lit)? else { return Some("invalid literal/length code") };
            match s {
                0..=255 => out += 1,
                256 => break,
                257..=285 => {
                    let i = (s - 257) as usize;
                    let len = LBASE[i] as u64 + b.get(LEXT[i] as u32)? as u64;
                    let Ok(ds) = decode(&mut b, &dist)? else { return Some("invalid distance code") };
                    if ds >= 30 {
                        return Some("invalid distance code");
                    }
                    let d = DBASE[ds as usize] as u64 + b.get(DEXT[ds as usize] as u32)? as u64;
                    if d > out {
                        return Some("invalid distance too far back");
                    }
                    out += len;
                }
                _ => return Some("invalid literal/length code"),
            }
        }
        if last == 1 {
            return None;
        }
    }
}
