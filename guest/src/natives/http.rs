//! Natives for node:http's server side, over the capjs:runtime/http import.
use super::fields::put;
use super::process::with_bytes;
use super::raw::{self, boolean, native, view, Args, Cx, JsBytes, JsVal, Thrown, R};
use crate::capjs::runtime::http as host;
use crate::errors;
use javy::quickjs::{
    convert::{Coerced, List},
    qjs, Array, Ctx, Function, Object, Result, Value,
};
use std::ptr::NonNull;

/// Flat [name, value, name, value, ...] from JS into header pairs.
fn pairs(list: Vec<String>) -> Vec<(String, String)> {
    list.chunks_exact(2).map(|c| (c[0].clone(), c[1].clone())).collect()
}

/// An OutgoingMessage's header list, [key, name, value, ...] triples (internal/http/outgoing),
/// into (name, value) pairs. A value that is an array gives one field per element, and other
/// values are converted with String(), as Node writes them.
fn triples(list: Array<'_>) -> Result<Vec<(String, String)>> {
    let mut out = Vec::with_capacity(list.len() / 3);
    for i in (0..list.len().saturating_sub(2)).step_by(3) {
        let name: String = list.get(i + 1)?;
        let value: Value = list.get(i + 2)?;
        if let Some(s) = value.as_string() {
            out.push((name, s.to_string()?));
        } else if let Some(values) = value.as_array() {
            for v in values.iter::<Coerced<String>>() {
                out.push((name.clone(), v?.0));
            }
        } else {
            out.push((name, value.get::<Coerced<String>>()?.0));
        }
    }
    Ok(out)
}

/// Packs the header triples' names and values when every one is a string (what setHeader
/// leaves for string values); false sends the caller to `triples` for the rest.
fn pack_string_triples(c: Cx, list: JsVal, out: &mut Vec<u8>) -> R<bool> {
    let mut len: i64 = 0;
    // SAFETY: `list` is live; JS_GetLength leaves an exception on failure.
    if unsafe { qjs::JS_GetLength(c, list, &mut len) } < 0 {
        return Err(Thrown);
    }
    let mut i = 1;
    while i + 1 < len as u32 {
        // SAFETY: each element read is owned here and freed right after use.
        let (name, value) =
            unsafe { (qjs::JS_GetPropertyUint32(c, list, i), qjs::JS_GetPropertyUint32(c, list, i + 1)) };
        let packed = unsafe { qjs::JS_IsString(name) && qjs::JS_IsString(value) }
            .then(|| -> R<()> {
                let (n, v) = (JsBytes::new(c, name, false)?, JsBytes::new(c, value, false)?);
                put(out, String::from_utf8_lossy(n.bytes()).as_bytes());
                put(out, String::from_utf8_lossy(v.bytes()).as_bytes());
                Ok(())
            })
            .transpose();
        // SAFETY: owned above.
        unsafe {
            qjs::JS_FreeValue(c, name);
            qjs::JS_FreeValue(c, value);
        }
        if packed?.is_none() {
            return Ok(false);
        }
        i += 3;
    }
    Ok(true)
}

/// A host error thrown as the Node error it stands for.
fn throw(c: Cx, e: crate::capjs::runtime::types::Error, syscall: &str) -> Thrown {
    // SAFETY: QuickJS called us with this live context.
    let ctx = unsafe { Ctx::from_raw(NonNull::new_unchecked(c)) };
    errors::throw(&ctx, e, syscall, None);
    Thrown
}

thread_local! {
    /// The packed response head, kept between responses so most need no allocation for it.
    static HEAD: std::cell::Cell<Vec<u8>> = const { std::cell::Cell::new(Vec::new()) };
}

// httpRespond(id, status, reason, headers, body, end): once per response, so a raw C function
// (rquickjs's argument glue cost more than the conversion). `body` is a string or a
// Uint8Array; a string with lone surrogates is written as Node writes it (U+FFFD).
native!(http_respond, |c, a| {
    // Taken, not borrowed: String() on an odd header value runs JS, which may respond too.
    let mut head = HEAD.take();
    head.clear();
    let sent = respond(c, a, &mut head);
    if head.capacity() <= 64 * 1024 {
        HEAD.set(head);
    }
    sent
});

fn respond(c: Cx, a: Args, head: &mut Vec<u8>) -> R<JsVal> {
    let (id, status, end) = (a.num(0) as u32, a.int(1) as u16, a.get(5));
    let reason = JsBytes::new(c, a.get(2), false)?;
    put(head, String::from_utf8_lossy(reason.bytes()).as_bytes());
    let mark = head.len();
    if !pack_string_triples(c, a.get(3), head)? {
        head.truncate(mark);
        // SAFETY: as in `throw`; the list is borrowed for the call.
        let ctx = unsafe { Ctx::from_raw(NonNull::new_unchecked(c)) };
        let list = unsafe { Value::from_raw(ctx.clone(), qjs::JS_DupValue(c, a.get(3))) };
        let list = Array::from_value(list).map_err(|_| raw::type_error(c, c"headers must be an array"))?;
        for (name, value) in triples(list).map_err(|_| Thrown)? {
            put(head, name.as_bytes());
            put(head, value.as_bytes());
        }
    }
    // SAFETY: reads the tag of a value.
    let end = unsafe { qjs::JS_ToBool(c, end) } > 0;
    let body = a.get(4);
    let sent = if unsafe { qjs::JS_IsString(body) } {
        let text = JsBytes::new(c, body, false)?;
        if std::str::from_utf8(text.bytes()).is_ok() {
            host::respond(id, status, head, text.bytes(), end)
        } else {
            host::respond(id, status, head, &super::buffer::encode(c, body, super::buffer::UTF8)?, end)
        }
    } else {
        host::respond(id, status, head, view(c, body)?, end)
    };
    sent.map(boolean).map_err(|e| throw(c, e, "write"))
}

pub fn register<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    o.set(
        "httpListen",
        Function::new(
            ctx.clone(),
            // `timeouts` is [headers, keepAlive, request] in ms: QuickJS bindings take at most
            // seven arguments. `tls` is undefined for http, or { cert, key } for https.
            |ctx: Ctx<'js>,
             host_name: String,
             port: u16,
             backlog: u32,
             timeouts: Vec<f64>,
             tls: Value<'js>|
             -> Result<List<(u32, String, u16)>> {
                let ms = |i: usize| timeouts.get(i).map_or(0, |v| v.clamp(0.0, u32::MAX as f64) as u32);
                let (headers, keep_alive, request) = (ms(0), ms(1), ms(2));
                let tls = super::tls::server(&tls)?;
                // [id, address, port]
                host::listen(&host_name, port, backlog, headers, keep_alive, request, tls.as_ref())
                    .map(List)
                    .map_err(|e| errors::throw(&ctx, e, "listen", None))
            },
        ),
    )?;
    o.set("httpClose", Function::new(ctx.clone(), |id: u32| host::close(id)))?;
    o.set("httpCloseAll", Function::new(ctx.clone(), |id: u32| host::close_all_connections(id)))?;
    o.set("httpClosePool", Function::new(ctx.clone(), |id: u32| host::close_pool(id)))?;
    o.set("httpWatchConnections", Function::new(ctx.clone(), |id: u32| host::watch_connections(id)))?;
    o.set("httpConnections", Function::new(ctx.clone(), |id: u32| host::connections(id)))?;
    o.set("httpCloseIdle", Function::new(ctx.clone(), |id: u32| host::close_idle_connections(id)))?;
    o.set(
        "httpCloseConnection",
        Function::new(ctx.clone(), |conn: u32, graceful: bool| host::close_connection(conn, graceful)),
    )?;
    // [localAddress, localPort] of an open connection, or undefined.
    o.set(
        "httpConnectionLocal",
        Function::new(ctx.clone(), |conn: u32| {
            host::connection_endpoints(conn).map(|e| List((e.local_address, e.local_port)))
        }),
    )?;
    raw::set(ctx, o, c"httpRespond", http_respond, 6)?;
    o.set(
        "httpWrite",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, id: u32, body: Value<'js>, end: bool| {
            with_bytes(&body, |body| host::write(id, body, end)).map_err(|e| errors::throw(&ctx, e, "write", None))
        }),
    )?;
    o.set(
        "httpRequest",
        Function::new(
            ctx.clone(),
            // `dest` is { host, method, target, localAddress, localPort, pool }: QuickJS bindings take
            // at most seven arguments. `tls` is undefined for http, or { ca, servername,
            // rejectUnauthorized } for https.
            |ctx: Ctx<'js>,
             dest: Object<'js>,
             port: u16,
             headers: Array<'js>,
             body: Value<'js>,
             end: bool,
             tls: Value<'js>| {
                let (host_name, method, target): (String, String, String) =
                    (dest.get("host")?, dest.get("method")?, dest.get("target")?);
                let (local_address, local_port): (Option<String>, Option<u16>) =
                    (dest.get("localAddress")?, dest.get("localPort")?);
                let pool: Option<u32> = dest.get("pool")?;
                let headers = triples(headers)?;
                let tls = super::tls::client(&tls)?;
                with_bytes(&body, |body| {
                    host::request(
                        &host_name,
                        port,
                        &method,
                        &target,
                        &headers,
                        body,
                        end,
                        tls.as_ref(),
                        local_address.as_deref(),
                        local_port.unwrap_or(0),
                        pool.unwrap_or(0),
                    )
                })
                .map_err(|e| errors::throw(&ctx, e, "connect", None))
            },
        ),
    )?;
    o.set("httpWriteContinue", Function::new(ctx.clone(), |id: u32| host::write_continue(id)))?;
    o.set(
        "httpTrailers",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, id: u32, trailers: Vec<String>| {
            host::trailers(id, &pairs(trailers)).map_err(|e| errors::throw(&ctx, e, "write", None))
        }),
    )?;
    o.set("httpAbort", Function::new(ctx.clone(), |id: u32| host::abort(id)))?;
    o.set("httpConsume", Function::new(ctx.clone(), |id: u32, bytes: u32| host::consume(id, bytes)))?;
    Ok(())
}
