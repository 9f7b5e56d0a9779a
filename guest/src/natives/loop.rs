//! Natives for the event loop: waiting in the host (capjs:runtime/loop) and running
//! QuickJS's job queue, so the JS loop can interleave nextTicks and microtasks as Node does.
use super::{fields::Fields, raw};
use crate::capjs::runtime::http::{RequestHead, ResponseHead};
use crate::capjs::runtime::loop_::{self as host, Event};
use javy::quickjs::{qjs, Array, Ctx, Function, Object, Result, TypedArray, Value};
use std::{cell::Cell, cell::RefCell, collections::VecDeque, ffi::c_int};

thread_local! {
    /// JS strings that recur in every request event (the event kind, methods, versions, the
    /// last peer address), kept so an event takes a reference instead of a new string.
    static STRINGS: RefCell<Vec<(Box<[u8]>, qjs::JSValue)>> = const { RefCell::new(Vec::new()) };
    /// process.nextTick's queue, flat: each entry is the callback, its argument count (a JS
    /// int) and the arguments. The values are owned references.
    static TICKS: RefCell<VecDeque<qjs::JSValue>> = const { RefCell::new(VecDeque::new()) };
    /// The atom for `_exiting`, which Node's nextTick checks on process.
    static EXITING: Cell<qjs::JSAtom> = const { Cell::new(0) };
}

/// process.nextTick (data: process, the JS function that throws for a bad callback). Native,
/// so a call needs no arguments object, and a queued tick allocates nothing in QuickJS.
unsafe extern "C" fn next_tick(
    ctx: *mut qjs::JSContext,
    _: qjs::JSValue,
    argc: c_int,
    argv: *mut qjs::JSValue,
    _: c_int,
    data: *mut qjs::JSValue,
) -> qjs::JSValue {
    if argc < 1 || !qjs::JS_IsFunction(ctx, *argv) {
        return qjs::JS_Call(ctx, *data.add(1), qjs::JS_UNDEFINED, argc, argv);
    }
    let exiting = qjs::JS_GetProperty(ctx, *data, EXITING.with(Cell::get));
    if qjs::JS_IsException(exiting) {
        return exiting;
    }
    let truthy = qjs::JS_ToBool(ctx, exiting);
    qjs::JS_FreeValue(ctx, exiting);
    if truthy != 0 {
        return if truthy < 0 { qjs::JS_EXCEPTION } else { qjs::JS_UNDEFINED };
    }
    TICKS.with(|q| {
        let mut q = q.borrow_mut();
        q.push_back(qjs::JS_DupValue(ctx, *argv));
        q.push_back(qjs::JS_MKVAL(qjs::JS_TAG_INT, argc - 1));
        for i in 1..argc as usize {
            q.push_back(qjs::JS_DupValue(ctx, *argv.add(i)));
        }
    });
    qjs::JS_UNDEFINED
}

/// Runs queued ticks, including those they queue, until none is left. A callback's exception
/// propagates at once; the ticks after it stay queued.
unsafe extern "C" fn run_ticks(
    ctx: *mut qjs::JSContext,
    _: qjs::JSValue,
    _: c_int,
    _: *mut qjs::JSValue,
) -> qjs::JSValue {
    let mut args: Vec<qjs::JSValue> = Vec::new();
    loop {
        // The borrow ends before the call: callbacks queue more ticks.
        let callback = TICKS.with(|q| {
            let mut q = q.borrow_mut();
            let callback = q.pop_front()?;
            let n = q.pop_front().map_or(0, |v| qjs::JS_VALUE_GET_INT(v));
            args.extend(q.drain(..n as usize));
            Some(callback)
        });
        let Some(callback) = callback else { return qjs::JS_UNDEFINED };
        let r = qjs::JS_Call(ctx, callback, qjs::JS_UNDEFINED, args.len() as c_int, args.as_mut_ptr());
        qjs::JS_FreeValue(ctx, callback);
        for a in args.drain(..) {
            qjs::JS_FreeValue(ctx, a);
        }
        if qjs::JS_IsException(r) {
            return r;
        }
        qjs::JS_FreeValue(ctx, r);
    }
}

/// Node's order: the whole nextTick queue, then the whole microtask queue, until both are
/// empty. An exception propagates at once; calling again goes on where it stopped.
unsafe extern "C" fn drain_ticks(
    ctx: *mut qjs::JSContext,
    this: qjs::JSValue,
    argc: c_int,
    argv: *mut qjs::JSValue,
) -> qjs::JSValue {
    let rt = qjs::JS_GetRuntime(ctx);
    loop {
        let r = run_ticks(ctx, this, argc, argv);
        if qjs::JS_IsException(r) || !qjs::JS_IsJobPending(rt) {
            return r;
        }
        let r = run_microtasks(ctx, this, argc, argv);
        if qjs::JS_IsException(r) || TICKS.with(|q| q.borrow().is_empty()) {
            return r;
        }
    }
}

/// Runs QuickJS's job queue (promise reactions, queueMicrotask) to the end. rquickjs's
/// Runtime::execute_pending_job would re-lock the runtime we are already inside.
unsafe extern "C" fn run_microtasks(
    ctx: *mut qjs::JSContext,
    _: qjs::JSValue,
    _: c_int,
    _: *mut qjs::JSValue,
) -> qjs::JSValue {
    let rt = qjs::JS_GetRuntime(ctx);
    loop {
        let mut pctx = std::ptr::null_mut();
        match qjs::JS_ExecutePendingJob(rt, &mut pctx) {
            0 => return qjs::JS_UNDEFINED,
            // The exception is pending on the job's context, which is ours.
            r if r < 0 => return qjs::JS_EXCEPTION,
            _ => {}
        }
    }
}

/// Most strings kept in STRINGS; beyond that, peer addresses are made fresh.
const MAX_STRINGS: usize = 32;

/// A JS string for the UTF-8 `s`, from STRINGS when there, and kept there if there is room.
unsafe fn recurring(ctx: *mut qjs::JSContext, s: &[u8]) -> qjs::JSValue {
    STRINGS.with(|t| {
        let mut t = t.borrow_mut();
        if let Some((_, v)) = t.iter().find(|(k, _)| **k == *s) {
            return qjs::JS_DupValue(ctx, *v);
        }
        if t.len() >= MAX_STRINGS {
            return string(ctx, s);
        }
        // An atom's string: looking up a property by it (the loop's dispatch table) needs
        // no hashing.
        let atom = qjs::JS_NewAtomLen(ctx, s.as_ptr().cast(), s.len() as _);
        if atom == qjs::JS_ATOM_NULL {
            return qjs::JS_EXCEPTION;
        }
        let v = qjs::JS_AtomToString(ctx, atom);
        qjs::JS_FreeAtom(ctx, atom);
        if !qjs::JS_IsException(v) {
            t.push((s.into(), qjs::JS_DupValue(ctx, v)));
        }
        v
    })
}

/// A JS string for the UTF-8 `s`.
unsafe fn string(ctx: *mut qjs::JSContext, s: &[u8]) -> qjs::JSValue {
    qjs::JS_NewStringLen(ctx, s.as_ptr().cast(), s.len() as _)
}

fn uint(n: u32) -> qjs::JSValue {
    match i32::try_from(n) {
        Ok(i) => qjs::JS_MKVAL(qjs::JS_TAG_INT, i),
        Err(_) => qjs::JS_NewFloat64(n as f64),
    }
}

/// An array that takes ownership of `values` (freed here if it cannot be made).
unsafe fn array(ctx: *mut qjs::JSContext, values: &[qjs::JSValue]) -> qjs::JSValue {
    if values.iter().any(|v| qjs::JS_IsException(*v)) {
        for v in values {
            qjs::JS_FreeValue(ctx, *v);
        }
        return qjs::JS_EXCEPTION;
    }
    qjs::JS_NewArrayFrom(ctx, values.len() as c_int, values.as_ptr())
}

/// ["http-request", server, id, method, url, version, [name, value, ...], address, port,
/// has-body, upgrade-socket | undefined, connection], built with one allocation per array (the hottest
/// event: one per HTTP request).
fn request_event<'js>(ctx: &Ctx<'js>, h: RequestHead) -> Result<Value<'js>> {
    let c = ctx.as_raw().as_ptr();
    let mut fields = Fields(&h.fields);
    let (Some(method), Some(url), Some(version), Some(address)) =
        (fields.next(), fields.next(), fields.next(), fields.next())
    else {
        return Err(javy::quickjs::Error::new_from_js_message("bytes", "request head", "truncated fields"));
    };
    // SAFETY: the context is live; every value made here is owned and passed on to an array.
    let raw = unsafe {
        let headers: Vec<qjs::JSValue> =
            fields.enumerate().map(|(i, f)| if i % 2 == 0 { recurring(c, f) } else { string(c, f) }).collect();
        let fields = [
            recurring(c, b"http-request"),
            uint(h.server),
            uint(h.id),
            recurring(c, method),
            string(c, url),
            recurring(c, version),
            array(c, &headers),
            recurring(c, address),
            qjs::JS_MKVAL(qjs::JS_TAG_INT, h.remote_port as i32),
            raw::boolean(h.has_body),
            h.upgrade.map_or(qjs::JS_UNDEFINED, uint),
            uint(h.connection),
        ];
        array(c, &fields)
    };
    if unsafe { qjs::JS_IsException(raw) } {
        return Err(javy::quickjs::Error::Exception);
    }
    // SAFETY: `raw` is an owned array fresh from QuickJS.
    Ok(unsafe { Value::from_raw(ctx.clone(), raw) })
}

/// [kind, id, status, reason, version, [name, value, ...]] for a client's response head
/// (final or interim).
fn response_head(e: &Array<'_>, kind: &str, id: u32, h: ResponseHead) -> Result<()> {
    e.set(0, kind)?;
    e.set(1, id)?;
    e.set(2, h.status)?;
    e.set(3, h.reason)?;
    e.set(4, h.version)?;
    let flat: Vec<String> = h.headers.into_iter().flat_map(|(k, v)| [k, v]).collect();
    e.set(5, flat)
}

pub fn register<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    o.set(
        "poll",
        // Undefined when nothing arrived: a busy loop polls on every turn.
        Function::new(ctx.clone(), |ctx: Ctx<'js>, timeout: f64| -> Result<Value<'js>> {
            let t = if timeout < 0.0 { None } else { Some(timeout.ceil() as u64) };
            let events = host::poll(t);
            if events.is_empty() {
                return Ok(Value::new_undefined(ctx));
            }
            let out = Array::new(ctx.clone())?;
            for (i, ev) in events.into_iter().enumerate() {
                let ev = match ev {
                    Event::HttpRequest(h) => {
                        out.set(i, request_event(&ctx, h)?)?;
                        continue;
                    }
                    ev => ev,
                };
                let e = Array::new(ctx.clone())?;
                match ev {
                    Event::Signal(name) => {
                        e.set(0, "signal")?;
                        e.set(1, name)?;
                    }
                    Event::HttpRequest(_) => unreachable!("handled above"),
                    Event::HttpData((id, data)) => {
                        e.set(0, "http-data")?;
                        e.set(1, id)?;
                        e.set(2, TypedArray::<u8>::new_copy(ctx.clone(), &data)?)?;
                    }
                    Event::HttpEnd((id, trailers)) => {
                        e.set(0, "http-end")?;
                        e.set(1, id)?;
                        if !trailers.is_empty() {
                            let flat: Vec<String> = trailers.into_iter().flat_map(|(k, v)| [k, v]).collect();
                            e.set(2, flat)?;
                        }
                    }
                    Event::HttpAborted(id) => {
                        e.set(0, "http-aborted")?;
                        e.set(1, id)?;
                    }
                    Event::HttpDrain(id) => {
                        e.set(0, "http-drain")?;
                        e.set(1, id)?;
                    }
                    Event::HttpClosed(id) => {
                        e.set(0, "http-closed")?;
                        e.set(1, id)?;
                    }
                    Event::HttpConnection((server, id, ep)) => {
                        e.set(0, "http-connection")?;
                        e.set(1, server)?;
                        e.set(2, id)?;
                        super::net::push_endpoints(&e, 3, ep)?;
                    }
                    Event::HttpConnectionClosed(id) => {
                        e.set(0, "http-connection-closed")?;
                        e.set(1, id)?;
                    }
                    Event::HttpInformation((id, h)) => response_head(&e, "http-information", id, h)?,
                    Event::HttpResponse((id, h)) => {
                        let upgrade = h.upgrade;
                        response_head(&e, "http-response", id, h)?;
                        e.set(6, upgrade)?;
                    }
                    Event::HttpError((id, err)) => {
                        e.set(0, "http-error")?;
                        e.set(1, id)?;
                        e.set(2, super::net::connect_error_value(&ctx, err)?)?;
                    }
                    Event::NetConnection((server, id, ep)) => {
                        e.set(0, "net-connection")?;
                        e.set(1, server)?;
                        e.set(2, id)?;
                        super::net::push_endpoints(&e, 3, ep)?;
                    }
                    Event::NetConnected((id, result)) => {
                        e.set(0, "net-connected")?;
                        e.set(1, id)?;
                        match result {
                            Ok(ep) => {
                                e.set(2, javy::quickjs::Value::new_null(ctx.clone()))?;
                                super::net::push_endpoints(&e, 3, ep)?;
                            }
                            Err(err) => e.set(2, super::net::connect_error_value(&ctx, err)?)?,
                        }
                    }
                    Event::NetData((id, data)) => {
                        e.set(0, "net-data")?;
                        e.set(1, id)?;
                        e.set(2, TypedArray::<u8>::new_copy(ctx.clone(), &data)?)?;
                    }
                    Event::NetEnd(id) => {
                        e.set(0, "net-end")?;
                        e.set(1, id)?;
                    }
                    Event::NetDrain(id) => {
                        e.set(0, "net-drain")?;
                        e.set(1, id)?;
                    }
                    Event::NetClosed((id, err)) => {
                        e.set(0, "net-closed")?;
                        e.set(1, id)?;
                        if let Some(err) = err {
                            e.set(2, super::net::error_value(&ctx, err, "read")?)?;
                        }
                    }
                    Event::FsDone((id, result)) => {
                        out.set(i, super::fs::done(&ctx, id, result)?)?;
                        continue;
                    }
                }
                out.set(i, e)?;
            }
            Ok(out.into_value())
        }),
    )?;
    raw::set(ctx, o, c"drainTicks", drain_ticks, 0)?;
    o.set(
        "makeNextTick",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, process: Value<'js>, slow: Value<'js>| {
            // SAFETY: the context is live; the atom is kept for the runtime's life.
            EXITING.with(|a| a.set(unsafe { qjs::JS_NewAtom(ctx.as_raw().as_ptr(), c"_exiting".as_ptr()) }));
            raw::function_with(&ctx, c"nextTick", next_tick, 1, 0, &[process, slow])
        }),
    )?;
    Ok(())
}
