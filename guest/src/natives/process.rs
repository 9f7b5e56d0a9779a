//! Natives for node:process, over the capjs:runtime/process import.
use super::raw;
use crate::capjs::runtime::process as host;
use crate::errors;
use javy::quickjs::{qjs, Ctx, Function, Object, Result, TypedArray, Value};
use std::{
    cell::Cell,
    ffi::c_int,
    time::{Duration, Instant},
};

thread_local! {
    /// The monotonic origin, set when a run starts (never taken from a snapshot).
    static START: Cell<Option<Instant>> = const { Cell::new(None) };
}

/// Starts the monotonic clock for this run.
pub fn reset_clock() {
    START.with(|s| s.set(Some(Instant::now())));
}

fn elapsed_ns() -> f64 {
    // Not as_nanos(): u128 to f64 is a slow library call in wasm.
    let d = START.with(|s| s.get().map_or(Duration::ZERO, |t| t.elapsed()));
    d.as_secs() as f64 * 1e9 + d.subsec_nanos() as f64
}

/// Bytes of a string, a Uint8Array or an ArrayBuffer view argument. A string with
/// lone surrogates is written with U+FFFD in their place, as Node writes it.
pub fn bytes_of(v: &Value<'_>) -> Option<Vec<u8>> {
    if let Some(s) = v.as_string() {
        if let Ok(s) = s.to_string() {
            return Some(s.into_bytes());
        }
        let well_formed: Function = v.ctx().eval("(s) => String.prototype.toWellFormed.call(s)").ok()?;
        let fixed: String = well_formed.call((v.clone(),)).ok()?;
        return Some(fixed.into_bytes());
    }
    let obj = v.as_object()?;
    if let Ok(ta) = TypedArray::<u8>::from_object(obj.clone()) {
        return ta.as_bytes().map(<[u8]>::to_vec);
    }
    None
}

/// Calls `f` with the bytes of a Uint8Array (borrowed, not copied: response and socket
/// writes are often 64 KiB chunks) or of a string (as UTF-8); anything else is empty.
pub fn with_bytes<R>(v: &Value<'_>, f: impl FnOnce(&[u8]) -> R) -> R {
    if let Some(obj) = v.as_object() {
        if let Ok(ta) = TypedArray::<u8>::from_object(obj.clone()) {
            if let Some(b) = ta.as_bytes() {
                return f(b);
            }
        }
    }
    f(&bytes_of(v).unwrap_or_default())
}

pub fn register<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    o.set(
        "write",
        Function::new(ctx.clone(), |fd: u32, data: Value<'js>| {
            if let Some(b) = bytes_of(&data) {
                host::write(fd, &b);
            }
        }),
    )?;
    o.set(
        "envGet",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, name: String| match host::env_get(&name) {
            Ok(v) => Ok(v),
            Err(e) => Err(errors::throw(&ctx, e, "getenv", None)),
        }),
    )?;
    o.set("envKeys", Function::new(ctx.clone(), host::env_keys))?;
    o.set("cwd", Function::new(ctx.clone(), host::cwd))?;
    o.set("pid", Function::new(ctx.clone(), host::pid))?;
    o.set("signalListen", Function::new(ctx.clone(), |name: String, on: bool| host::signal_listen(&name, on)))?;
    o.set("exit", Function::new(ctx.clone(), host::exit))?;
    // Nanoseconds on the monotonic clock, from an arbitrary origin (as Node's hrtime). Raw:
    // timers call it on every turn.
    unsafe extern "C" fn hrtime(
        _: *mut qjs::JSContext,
        _: qjs::JSValue,
        _: c_int,
        _: *mut qjs::JSValue,
    ) -> qjs::JSValue {
        qjs::JS_NewFloat64(elapsed_ns() + 1e9)
    }
    raw::set(ctx, o, c"hrtime", hrtime, 0)?;
    // performance.now (data: the global instance, and the JS check that throws for any other
    // receiver). The global instance reads the clock here, where the crossing into the host
    // is most of the cost.
    unsafe extern "C" fn perf_now(
        ctx: *mut qjs::JSContext,
        this: qjs::JSValue,
        argc: c_int,
        argv: *mut qjs::JSValue,
        _: c_int,
        data: *mut qjs::JSValue,
    ) -> qjs::JSValue {
        if this != *data {
            return qjs::JS_Call(ctx, *data.add(1), this, argc, argv);
        }
        qjs::JS_NewFloat64(elapsed_ns() / 1e6)
    }
    o.set(
        "perfNow",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, instance: Value<'js>, slow: Value<'js>| {
            raw::function_with(&ctx, c"now", perf_now, 0, 0, &[instance, slow])
        }),
    )?;
    o.set(
        "memoryUsage",
        Function::new(ctx.clone(), |ctx: Ctx<'js>| -> Result<Object<'js>> {
            let out = Object::new(ctx.clone())?;
            // SAFETY: the context pointer is live for the duration of this call.
            let usage = unsafe {
                let mut u = std::mem::zeroed::<qjs::JSMemoryUsage>();
                qjs::JS_ComputeMemoryUsage(qjs::JS_GetRuntime(ctx.as_raw().as_ptr()), &mut u);
                u
            };
            let rss = core::arch::wasm32::memory_size(0) as f64 * 65536.0;
            out.set("rss", rss)?;
            out.set("heapTotal", usage.malloc_limit.min(usage.malloc_size) as f64)?;
            out.set("heapUsed", usage.memory_used_size as f64)?;
            out.set("external", 0)?;
            out.set("arrayBuffers", 0)?;
            Ok(out)
        }),
    )?;
    Ok(())
}
