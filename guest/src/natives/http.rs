//! Natives for node:http's server side, over the capjs:runtime/http import.
use super::process::with_bytes;
use crate::capjs::runtime::http as host;
use crate::errors;
use javy::quickjs::{Array, Ctx, Function, Object, Result, Value};

/// Flat [name, value, name, value, ...] from JS into header pairs.
fn pairs(list: Vec<String>) -> Vec<(String, String)> {
    list.chunks_exact(2).map(|c| (c[0].clone(), c[1].clone())).collect()
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
            |ctx: Ctx<'js>, id: u32, status: u16, reason: String, headers: Vec<String>, body: Value<'js>, end: bool| {
                with_bytes(&body, |body| host::respond(id, status, &reason, &pairs(headers), body, end))
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
            |ctx: Ctx<'js>, dest: Vec<String>, port: u16, headers: Vec<String>, body: Value<'js>, end: bool| {
                let [host_name, method, target] = <[String; 3]>::try_from(dest)
                    .map_err(|_| javy::quickjs::Error::new_from_js("array", "[host, method, target]"))?;
                with_bytes(&body, |body| host::request(&host_name, port, &method, &target, &pairs(headers), body, end))
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
