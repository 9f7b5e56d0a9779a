//! Natives for the module loader: reading sources through capjs:runtime/modules,
//! compiling CommonJS wrappers with real file names, and the embedded library.
use crate::capjs::runtime::modules::{self as host, Kind};
use crate::errors;
use javy::quickjs::{context::EvalOptions, Ctx, Function, Module, Object, Promise, Result, Value};

pub fn register<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    o.set(
        "stat",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, path: String| match host::stat(&path) {
            Ok(Kind::File) => Ok("file"),
            Ok(Kind::Directory) => Ok("directory"),
            Ok(Kind::Missing) => Ok("missing"),
            Err(e) => Err(errors::throw(&ctx, e, "stat", Some(&path))),
        }),
    )?;
    o.set(
        "read",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, path: String| {
            host::read(&path).map_err(|e| errors::throw(&ctx, e, "open", Some(&path)))
        }),
    )?;
    o.set(
        "realpath",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, path: String| {
            host::realpath(&path).map_err(|e| errors::throw(&ctx, e, "realpath", Some(&path)))
        }),
    )?;
    o.set(
        "compile",
        // Evaluates a script (a CommonJS wrapper expression) under its real file name,
        // so stacks and syntax errors point at the user's file:line:column.
        Function::new(ctx.clone(), |ctx: Ctx<'js>, src: String, filename: String| -> Result<Value<'js>> {
            let mut opts = EvalOptions::default();
            opts.global = true;
            opts.strict = false;
            opts.backtrace_barrier = false;
            opts.filename = Some(filename);
            ctx.eval_with_options(src, opts)
        }),
    )?;
    o.set("builtin", Function::new(ctx.clone(), |name: String| crate::js::source(&name)))?;
    o.set(
        "builtinNames",
        Function::new(ctx.clone(), || crate::js::SOURCES.iter().map(|(n, _)| n.to_string()).collect::<Vec<_>>()),
    )?;
    o.set(
        "importModule",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, specifier: String| -> Result<Promise<'js>> {
            Module::import(&ctx, specifier)
        }),
    )?;
    Ok(())
}
