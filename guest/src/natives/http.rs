//! Natives for node:http's server side, over the capjs:runtime/http import.
use super::process::with_bytes;
use crate::capjs::runtime::http as host;
use crate::errors;
use javy::quickjs::{convert::Coerced, Array, Ctx, Function, Object, Result, Value};

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

pub fn register<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    o.set(
        "httpListen",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>,
             host_name: String,
             port: u16,
             backlog: u32,
             headers: f64,
             keep_alive: f64,
             request: f64|
             -> Result<Array<'js>> {
                let ms = |v: f64| v.clamp(0.0, u32::MAX as f64) as u32;
                let (id, address, port) =
                    host::listen(&host_name, port, backlog, ms(headers), ms(keep_alive), ms(request))
                        .map_err(|e| errors::throw(&ctx, e, "listen", None))?;
                let out = Array::new(ctx.clone())?;
                out.set(0, id)?;
                out.set(1, address)?;
                out.set(2, port)?;
                Ok(out)
            },
        ),
    )?;
    o.set("httpClose", Function::new(ctx.clone(), |id: u32| host::close(id)))?;
    o.set("httpCloseAll", Function::new(ctx.clone(), |id: u32| host::close_all_connections(id)))?;
    o.set(
        "httpRespond",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, id: u32, status: u16, reason: String, headers: Array<'js>, body: Value<'js>, end: bool| {
                let headers = triples(headers)?;
                with_bytes(&body, |body| host::respond(id, status, &reason, &headers, body, end))
                    .map_err(|e| errors::throw(&ctx, e, "write", None))
            },
        ),
    )?;
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
            // `dest` is [host, method, target]: QuickJS bindings take at most seven arguments.
            |ctx: Ctx<'js>, dest: Vec<String>, port: u16, headers: Array<'js>, body: Value<'js>, end: bool| {
                let [host_name, method, target] = <[String; 3]>::try_from(dest)
                    .map_err(|_| javy::quickjs::Error::new_from_js("array", "[host, method, target]"))?;
                let headers = triples(headers)?;
                with_bytes(&body, |body| host::request(&host_name, port, &method, &target, &headers, body, end))
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
