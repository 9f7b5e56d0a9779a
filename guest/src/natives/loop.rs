//! Natives for the event loop: waiting in the host (capjs:runtime/loop) and running
//! QuickJS's job queue, so the JS loop can interleave nextTicks and microtasks as Node does.
use crate::capjs::runtime::loop_::{self as host, Event};
use javy::quickjs::{qjs, Array, Ctx, Error, Function, Object, Result, TypedArray};

pub fn register<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    o.set(
        "poll",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, timeout: f64| -> Result<Array<'js>> {
            let t = if timeout < 0.0 { None } else { Some(timeout.ceil() as u64) };
            let events = host::poll(t);
            let out = Array::new(ctx.clone())?;
            for (i, ev) in events.into_iter().enumerate() {
                let e = Array::new(ctx.clone())?;
                match ev {
                    Event::Signal(name) => {
                        e.set(0, "signal")?;
                        e.set(1, name)?;
                    }
                    Event::HttpRequest(h) => {
                        e.set(0, "http-request")?;
                        e.set(1, h.server)?;
                        e.set(2, h.id)?;
                        e.set(3, h.method)?;
                        e.set(4, h.url)?;
                        e.set(5, h.version)?;
                        let flat: Vec<String> = h.headers.into_iter().flat_map(|(k, v)| [k, v]).collect();
                        e.set(6, flat)?;
                        e.set(7, h.remote_address)?;
                        e.set(8, h.remote_port)?;
                        e.set(9, h.has_body)?;
                        e.set(10, h.upgrade)?;
                    }
                    Event::HttpData((id, data)) => {
                        e.set(0, "http-data")?;
                        e.set(1, id)?;
                        e.set(2, TypedArray::<u8>::new_copy(ctx.clone(), &data)?)?;
                    }
                    Event::HttpEnd(id) => {
                        e.set(0, "http-end")?;
                        e.set(1, id)?;
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
                    Event::HttpResponse((id, h)) => {
                        e.set(0, "http-response")?;
                        e.set(1, id)?;
                        e.set(2, h.status)?;
                        e.set(3, h.reason)?;
                        e.set(4, h.version)?;
                        let flat: Vec<String> = h.headers.into_iter().flat_map(|(k, v)| [k, v]).collect();
                        e.set(5, flat)?;
                        e.set(6, h.upgrade)?;
                    }
                    Event::HttpError((id, err)) => {
                        e.set(0, "http-error")?;
                        e.set(1, id)?;
                        e.set(2, super::net::error_value(&ctx, err, "connect")?)?;
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
                            Err(err) => e.set(2, super::net::error_value(&ctx, err, "connect")?)?,
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
            Ok(out)
        }),
    )?;
    o.set(
        "runMicrotasks",
        Function::new(ctx.clone(), |ctx: Ctx<'js>| -> Result<()> {
            // rquickjs's Runtime::execute_pending_job would re-lock the runtime we are
            // already inside, so drive QuickJS's queue directly.
            // SAFETY: the runtime and context pointers are live; QuickJS is single-threaded here.
            unsafe {
                let rt = qjs::JS_GetRuntime(ctx.as_raw().as_ptr());
                loop {
                    let mut pctx = std::ptr::null_mut();
                    let r = qjs::JS_ExecutePendingJob(rt, &mut pctx);
                    if r == 0 {
                        return Ok(());
                    }
                    if r < 0 {
                        // The exception is pending on the context; rquickjs rethrows it.
                        return Err(Error::Exception);
                    }
                }
            }
        }),
    )?;
    Ok(())
}
