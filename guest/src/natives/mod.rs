//! Private native functions behind the JS library. `register` returns them as one
//! object that the bootstrap captures; it never becomes a global.
mod buffer;
mod crypto;
mod encoding;
mod fields;
mod fs;
mod http;
mod r#loop;
mod modules;
mod net;
mod process;
mod raw;
mod sys;
mod tls;
mod util;
mod zlib;

pub use process::reset_clock;

use javy::quickjs::{Ctx, Function, Object, Persistent, Result, Value};
use std::cell::RefCell;

thread_local! {
    /// JS functions the Rust side calls back into: resolve/load for ES modules, onRejection.
    static HOOKS: RefCell<Option<Persistent<Object<'static>>>> = const { RefCell::new(None) };
}

/// Builds the natives object.
pub fn register<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let o = Object::new(ctx.clone())?;
    process::register(ctx, &o)?;
    r#loop::register(ctx, &o)?;
    modules::register(ctx, &o)?;
    encoding::register(ctx, &o)?;
    buffer::register(ctx, &o)?;
    http::register(ctx, &o)?;
    util::register(ctx, &o)?;
    sys::register(ctx, &o)?;
    crypto::register(ctx, &o)?;
    zlib::register(ctx, &o)?;
    fs::register(ctx, &o)?;
    net::register(ctx, &o)?;
    tls::register(ctx, &o)?;
    raw::register(ctx, &o)?;
    o.set(
        "setHooks",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, hooks: Object<'js>| {
            HOOKS.with(|h| *h.borrow_mut() = Some(Persistent::save(&ctx, hooks)));
        }),
    )?;
    Ok(o)
}

/// A hook function the bootstrap registered.
pub fn hook<'js>(ctx: &Ctx<'js>, name: &str) -> Result<Function<'js>> {
    let hooks = HOOKS.with(|h| h.borrow().clone());
    match hooks {
        Some(p) => p.restore(ctx)?.get(name),
        None => Err(javy::quickjs::Error::new_from_js("undefined", "hook")),
    }
}

/// QuickJS's promise rejection tracker, forwarded to the JS side that implements
/// Node's unhandledRejection semantics.
pub fn on_rejection<'js>(ctx: Ctx<'js>, promise: Value<'js>, reason: Value<'js>, handled: bool) {
    if let Ok(f) = hook(&ctx, "onRejection") {
        let _ = f.call::<_, ()>((promise, reason, handled));
    }
}
