//! Natives for node:util's inspection: promise state and proxy detection, which plain
//! JS cannot observe.
use javy::quickjs::{qjs, Array, Ctx, Exception, Function, Object, Result, Value};

pub fn register<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    o.set(
        "promiseState",
        // [state, result]: 0 pending, 1 fulfilled, 2 rejected. Throws for non-promises.
        Function::new(ctx.clone(), |ctx: Ctx<'js>, p: Value<'js>| -> Result<Array<'js>> {
            // SAFETY: `p` is a live value of this context; JS_PromiseResult returns a new reference.
            let (state, result) = unsafe {
                let c = ctx.as_raw().as_ptr();
                let state = qjs::JS_PromiseState(c, p.as_raw());
                if state < 0 {
                    return Err(Exception::throw_type(&ctx, "not a promise"));
                }
                let result = if state == 0 {
                    Value::new_undefined(ctx.clone())
                } else {
                    Value::from_raw(ctx.clone(), qjs::JS_PromiseResult(c, p.as_raw()))
                };
                (state, result)
            };
            let out = Array::new(ctx.clone())?;
            out.set(0, state)?;
            out.set(1, result)?;
            Ok(out)
        }),
    )?;
    o.set(
        "isProxy",
        // SAFETY: reads the tag of a live value.
        Function::new(ctx.clone(), |v: Value<'js>| unsafe { qjs::JS_IsProxy(v.as_raw()) }),
    )?;
    Ok(())
}
