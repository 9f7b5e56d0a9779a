//! Natives for node:net over capjs:runtime/net: TCP servers and sockets by id.
use super::process::with_bytes;
use crate::capjs::runtime::net::{self as host, Endpoints};
use crate::capjs::runtime::types::Error as HostError;
use crate::errors;
use javy::quickjs::{convert::List, Array, Ctx, Function, Object, Result, Value};

/// Appends local address, local port, remote address, remote port and family to `e`.
pub fn push_endpoints(e: &Array<'_>, at: usize, ep: Endpoints) -> Result<()> {
    e.set(at, ep.local_address)?;
    e.set(at + 1, ep.local_port)?;
    e.set(at + 2, ep.remote_address)?;
    e.set(at + 3, ep.remote_port)?;
    e.set(at + 4, ep.family)?;
    Ok(())
}

/// A host error as a JS error object (not thrown), for events.
pub fn error_value<'js>(ctx: &Ctx<'js>, e: HostError, syscall: &str) -> Result<Value<'js>> {
    Ok(errors::build(ctx, e, syscall, None, None)?.into_value())
}

/// A failed connect (net's or the HTTP client's): a failed bind of the chosen local end
/// comes as an os error whose message is "bind" (net.wit), and is that syscall's error.
pub fn connect_error_value<'js>(ctx: &Ctx<'js>, e: HostError) -> Result<Value<'js>> {
    let bind = matches!(&e, HostError::Os((_, m)) if m == "bind");
    error_value(ctx, e, if bind { "bind" } else { "connect" })
}

pub fn register<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    o.set(
        "netListen",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>,
             name: String,
             port: u16,
             backlog: u32,
             pause: bool,
             tls: Value<'js>|
             -> Result<List<(u32, String, u16)>> {
                let tls = super::tls::server(&tls)?;
                // [id, address, port]
                host::listen(&name, port, backlog, pause, tls.as_ref())
                    .map(List)
                    .map_err(|e| errors::throw(&ctx, e, "listen", None))
            },
        ),
    )?;
    o.set("netCloseServer", Function::new(ctx.clone(), |id: u32| host::close_server(id)))?;
    o.set(
        "netConnect",
        Function::new(
            ctx.clone(),
            // `tls` is undefined for TCP, or { ca, servername, rejectUnauthorized } (tls.connect).
            |ctx: Ctx<'js>,
             name: String,
             port: u16,
             no_delay: bool,
             local_address: Option<String>,
             local_port: u16,
             tls: Value<'js>| {
                let tls = super::tls::client(&tls)?;
                host::connect(&name, port, no_delay, local_address.as_deref(), local_port, tls.as_ref())
                    .map_err(|e| errors::throw(&ctx, e, "connect", None))
            },
        ),
    )?;
    o.set(
        "netWrite",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, id: u32, data: Value<'js>| {
            with_bytes(&data, |data| host::write(id, data)).map_err(|e| errors::throw(&ctx, e, "write", None))
        }),
    )?;
    o.set("netEnd", Function::new(ctx.clone(), |id: u32| host::end(id)))?;
    o.set("netDestroy", Function::new(ctx.clone(), |id: u32| host::destroy(id)))?;
    o.set("netSetReading", Function::new(ctx.clone(), |id: u32, on: bool| host::set_reading(id, on)))?;
    o.set("netSetNoDelay", Function::new(ctx.clone(), |id: u32, on: bool| host::set_no_delay(id, on)))?;
    o.set(
        "netSetKeepAlive",
        Function::new(ctx.clone(), |id: u32, on: bool, delay: u32| host::set_keep_alive(id, on, delay)),
    )?;
    Ok(())
}
