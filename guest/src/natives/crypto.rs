//! Natives for node:crypto: WASI randomness, hashes and HMAC (RustCrypto), PBKDF2 and
//! scrypt. A running hash or HMAC is an opaque JS object (`HashState`) that the garbage
//! collector frees; `hashDigest` finishes it early.
use super::process::bytes_of;
use hmac::{Hmac, KeyInit, Mac, SimpleHmac};
use javy::quickjs::class::{JsClass, Trace, Tracer, Writable};
use javy::quickjs::{Class, Ctx, Exception, Function, JsLifetime, Object, Result, TypedArray, Value};
use sha2::Digest;

/// A running hash or HMAC computation.
trait State {
    fn update(&mut self, data: &[u8]);
    fn finish(self: Box<Self>) -> Vec<u8>;
    fn boxed_clone(&self) -> Box<dyn State>;
}

struct H<D>(D);
impl<D: Digest + Clone + 'static> State for H<D> {
    fn update(&mut self, data: &[u8]) {
        Digest::update(&mut self.0, data);
    }
    fn finish(self: Box<Self>) -> Vec<u8> {
        self.0.finalize().to_vec()
    }
    fn boxed_clone(&self) -> Box<dyn State> {
        Box::new(H(self.0.clone()))
    }
}

struct M<T>(T);
impl<T: Mac + Clone + 'static> State for M<T> {
    fn update(&mut self, data: &[u8]) {
        Mac::update(&mut self.0, data);
    }
    fn finish(self: Box<Self>) -> Vec<u8> {
        self.0.finalize().into_bytes().to_vec()
    }
    fn boxed_clone(&self) -> Box<dyn State> {
        Box::new(M(self.0.clone()))
    }
}

/// Calls `$f!(Type, Hmac)` for the digest named `$name` (canonical lowercase names, see
/// internal/crypto/hash.js), or evaluates to None. `Hmac` is the HMAC type that fits it:
/// SHA-3 has no block-level core, so it takes the simple HMAC.
macro_rules! with_digest {
    ($name:expr, $f:ident) => {
        match $name {
            "md5" => $f!(md5::Md5, Hmac),
            "sha1" => $f!(sha1::Sha1, Hmac),
            "sha224" => $f!(sha2::Sha224, Hmac),
            "sha256" => $f!(sha2::Sha256, Hmac),
            "sha384" => $f!(sha2::Sha384, Hmac),
            "sha512" => $f!(sha2::Sha512, Hmac),
            "sha512-224" => $f!(sha2::Sha512_224, Hmac),
            "sha512-256" => $f!(sha2::Sha512_256, Hmac),
            "sha3-224" => $f!(sha3::Sha3_224, SimpleHmac),
            "sha3-256" => $f!(sha3::Sha3_256, SimpleHmac),
            "sha3-384" => $f!(sha3::Sha3_384, SimpleHmac),
            "sha3-512" => $f!(sha3::Sha3_512, SimpleHmac),
            "ripemd160" => $f!(ripemd::Ripemd160, Hmac),
            _ => None,
        }
    };
}

fn new_hash(name: &str) -> Option<Box<dyn State>> {
    macro_rules! mk {
        ($t:ty, $m:ident) => {
            Some(Box::new(H(<$t>::new())) as Box<dyn State>)
        };
    }
    with_digest!(name, mk)
}

fn new_hmac(name: &str, key: &[u8]) -> Option<Box<dyn State>> {
    macro_rules! mk {
        ($t:ty, $m:ident) => {
            Some(Box::new(M($m::<$t>::new_from_slice(key).ok()?)) as Box<dyn State>)
        };
    }
    with_digest!(name, mk)
}

fn pbkdf2(name: &str, pw: &[u8], salt: &[u8], rounds: u32, out: &mut [u8]) -> Option<()> {
    macro_rules! run {
        ($t:ty, $m:ident) => {
            pbkdf2::pbkdf2::<$m<$t>>(pw, salt, rounds, out).ok()
        };
    }
    with_digest!(name, run)
}

/// The JS handle of a hash or HMAC; None once digested.
pub struct HashState(Option<Box<dyn State>>);

impl<'js> Trace<'js> for HashState {
    fn trace<'a>(&self, _: Tracer<'a, 'js>) {}
}

// SAFETY: HashState holds no JS values, so it lives as long as any lifetime.
unsafe impl<'js> JsLifetime<'js> for HashState {
    type Changed<'to> = HashState;
}

impl<'js> JsClass<'js> for HashState {
    const NAME: &'static str = "HashState";
    type Mutable = Writable;
    fn constructor(_: &Ctx<'js>) -> Result<Option<javy::quickjs::Constructor<'js>>> {
        Ok(None)
    }
}

fn handle<'js>(ctx: &Ctx<'js>, s: Option<Box<dyn State>>) -> Result<Option<Class<'js, HashState>>> {
    s.map(|s| Class::instance(ctx.clone(), HashState(Some(s)))).transpose()
}

fn bytes_arg<'js>(ctx: &Ctx<'js>, v: &Value<'js>) -> Result<Vec<u8>> {
    bytes_of(v).ok_or_else(|| Exception::throw_type(ctx, "expected a string or Uint8Array"))
}

fn random_vec(n: usize) -> Vec<u8> {
    let mut v = vec![0u8; n];
    // WASI random cannot fail in a way we could recover from.
    getrandom::fill(&mut v).expect("wasi:random failed");
    v
}

pub fn register<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    o.set(
        "cryptoRandomBytes",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, n: f64| {
            TypedArray::<u8>::new_copy(ctx, random_vec(n.max(0.0) as usize))
        }),
    )?;
    o.set(
        "hashNew",
        // A new hash state, or null for an unknown digest.
        Function::new(ctx.clone(), |ctx: Ctx<'js>, name: String| handle(&ctx, new_hash(&name))),
    )?;
    o.set(
        "hmacNew",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, name: String, key: Value<'js>| -> Result<Option<Class<'js, HashState>>> {
                let key = bytes_arg(&ctx, &key)?;
                handle(&ctx, new_hmac(&name, &key))
            },
        ),
    )?;
    o.set(
        "hashUpdate",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, h: Class<'js, HashState>, data: Value<'js>| -> Result<()> {
            let data = bytes_arg(&ctx, &data)?;
            if let Some(s) = h.borrow_mut().0.as_mut() {
                s.update(&data);
            }
            Ok(())
        }),
    )?;
    o.set(
        "hashDigest",
        // Finishes the state and drops it.
        Function::new(ctx.clone(), |ctx: Ctx<'js>, h: Class<'js, HashState>| -> Result<TypedArray<'js, u8>> {
            let s = h.borrow_mut().0.take();
            match s {
                Some(s) => TypedArray::new_copy(ctx, s.finish()),
                None => Err(Exception::throw_type(&ctx, "hash already finished")),
            }
        }),
    )?;
    o.set(
        "hashCopy",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, h: Class<'js, HashState>| {
            let copy = h.borrow().0.as_ref().map(|s| s.boxed_clone());
            handle(&ctx, copy)
        }),
    )?;
    o.set(
        "pbkdf2",
        // Null for an unknown digest.
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>,
             pw: Value<'js>,
             salt: Value<'js>,
             iter: u32,
             keylen: f64,
             name: String|
             -> Result<Option<TypedArray<'js, u8>>> {
                let (pw, salt) = (bytes_arg(&ctx, &pw)?, bytes_arg(&ctx, &salt)?);
                let mut out = vec![0u8; keylen.max(0.0) as usize];
                if pbkdf2(&name, &pw, &salt, iter, &mut out).is_none() {
                    return Ok(None);
                }
                TypedArray::new_copy(ctx, out).map(Some)
            },
        ),
    )?;
    o.set(
        "scrypt",
        // Null when the crate rejects the parameters.
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>,
             pw: Value<'js>,
             salt: Value<'js>,
             keylen: f64,
             log_n: u8,
             r: u32,
             p: u32|
             -> Result<Option<TypedArray<'js, u8>>> {
                let (pw, salt) = (bytes_arg(&ctx, &pw)?, bytes_arg(&ctx, &salt)?);
                let Ok(params) = scrypt::Params::new(log_n, r, p) else { return Ok(None) };
                let mut out = vec![0u8; keylen.max(0.0) as usize];
                if out.is_empty() {
                    return TypedArray::new_copy(ctx, out).map(Some);
                }
                if scrypt::scrypt(&pw, &salt, &params, &mut out).is_err() {
                    return Ok(None);
                }
                TypedArray::new_copy(ctx, out).map(Some)
            },
        ),
    )?;
    Ok(())
}
