//! Natives for node:os's real answers, over capjs:runtime/sys (only under --allow-sys).
use crate::capjs::runtime::sys as host;
use crate::errors;
use javy::quickjs::{Array, Ctx, Function, Object, Result};

pub fn register<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    o.set(
        "sysInfo",
        Function::new(ctx.clone(), |ctx: Ctx<'js>| -> Result<Object<'js>> {
            let i = host::info().map_err(|e| errors::throw(&ctx, e, "os", None))?;
            let out = Object::new(ctx.clone())?;
            out.set("hostname", i.hostname)?;
            out.set("release", i.release)?;
            out.set("version", i.version)?;
            out.set("machine", i.machine)?;
            out.set("totalmem", i.totalmem as f64)?;
            out.set("freemem", i.freemem as f64)?;
            out.set("uptime", i.uptime)?;
            out.set("loadavg", i.loadavg)?;
            out.set("homedir", i.homedir)?;
            out.set("tmpdir", i.tmpdir)?;
            let cpus = Array::new(ctx.clone())?;
            for (n, c) in i.cpus.into_iter().enumerate() {
                let cpu = Object::new(ctx.clone())?;
                cpu.set("model", c.model)?;
                cpu.set("speed", c.speed)?;
                let times = Object::new(ctx.clone())?;
                times.set("user", c.user as f64)?;
                times.set("nice", c.nice as f64)?;
                times.set("sys", c.sys as f64)?;
                times.set("idle", c.idle as f64)?;
                times.set("irq", c.irq as f64)?;
                cpu.set("times", times)?;
                cpus.set(n, cpu)?;
            }
            out.set("cpus", cpus)?;
            Ok(out)
        }),
    )?;
    Ok(())
}
