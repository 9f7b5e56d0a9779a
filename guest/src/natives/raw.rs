//! Natives as plain QuickJS C functions, for the few calls made on every loop turn, where
//! rquickjs's closure glue (argument conversion, a Ctx per call) costs more than the work.
//! SAFETY, for every such function here and in its callers' modules: QuickJS calls it with a
//! live context, `argv` holding `argc` values and `data` the values given at creation, all
//! borrowed for the call; a returned value is owned by the caller.
use javy::quickjs::{qjs, Ctx, Function, Object, Result, Value};
use std::ffi::{c_int, CStr};

/// A QuickJS C function: (ctx, this, argc, argv).
pub type CFn = unsafe extern "C" fn(*mut qjs::JSContext, qjs::JSValue, c_int, *mut qjs::JSValue) -> qjs::JSValue;
/// A QuickJS C function with data values: (ctx, this, argc, argv, magic, data).
pub type CFnData = unsafe extern "C" fn(
    *mut qjs::JSContext,
    qjs::JSValue,
    c_int,
    *mut qjs::JSValue,
    c_int,
    *mut qjs::JSValue,
) -> qjs::JSValue;

/// Wraps `f` as a JS function named `name` with `length` declared arguments.
pub fn function<'js>(ctx: &Ctx<'js>, name: &CStr, f: CFn, length: c_int) -> Result<Value<'js>> {
    // SAFETY: the context is live; the new value's reference passes to the returned Value.
    let raw = unsafe {
        qjs::JS_NewCFunction2(
            ctx.as_raw().as_ptr(),
            Some(f),
            name.as_ptr(),
            length,
            qjs::JSCFunctionEnum_JS_CFUNC_generic,
            0,
        )
    };
    check(ctx, raw)
}

/// Sets `o[name]` to `f` wrapped as a JS function.
pub fn set<'js>(ctx: &Ctx<'js>, o: &Object<'js>, name: &CStr, f: CFn, length: c_int) -> Result<()> {
    o.set(name.to_str().unwrap_or_default(), function(ctx, name, f, length)?)
}

/// Wraps `f` as a JS function named `name` that receives `data` (QuickJS keeps its own
/// references).
pub fn function_with<'js>(
    ctx: &Ctx<'js>,
    name: &CStr,
    f: CFnData,
    length: c_int,
    magic: c_int,
    data: &[Value<'js>],
) -> Result<Value<'js>> {
    let mut raw_data: Vec<qjs::JSValue> = data.iter().map(Value::as_raw).collect();
    // SAFETY: QuickJS duplicates each data value; ours stay alive until this returns.
    let raw = unsafe {
        let n = raw_data.len() as c_int;
        qjs::JS_NewCFunctionData2(
            ctx.as_raw().as_ptr(),
            Some(f),
            name.as_ptr(),
            length,
            magic,
            n,
            raw_data.as_mut_ptr(),
        )
    };
    check(ctx, raw)
}

fn check<'js>(ctx: &Ctx<'js>, raw: qjs::JSValue) -> Result<Value<'js>> {
    // SAFETY: `raw` is an owned value fresh from QuickJS.
    unsafe {
        if qjs::JS_IsException(raw) {
            return Err(javy::quickjs::Error::Exception);
        }
        Ok(Value::from_raw(ctx.clone(), raw))
    }
}

/// `byArgc(name, length, n, fast, slow)`: a function that calls `fast` when given at most `n`
/// arguments and `slow` otherwise. QuickJS builds an arguments object (or rest array) on
/// every call of a function that mentions one; setImmediate and setTimeout need one only
/// for extra callback arguments, which are rare.
pub fn register<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    unsafe extern "C" fn by_argc(
        ctx: *mut qjs::JSContext,
        this: qjs::JSValue,
        argc: c_int,
        argv: *mut qjs::JSValue,
        n: c_int,
        data: *mut qjs::JSValue,
    ) -> qjs::JSValue {
        qjs::JS_Call(ctx, *data.add((argc > n) as usize), this, argc, argv)
    }
    o.set(
        "byArgc",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, name: String, length: c_int, n: c_int, fast: Value<'js>, slow: Value<'js>| {
                let name = std::ffi::CString::new(name).unwrap_or_default();
                function_with(&ctx, &name, by_argc, length, n, &[fast, slow])
            },
        ),
    )
}
