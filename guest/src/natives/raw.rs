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
    wrap(ctx, raw)
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
    wrap(ctx, raw)
}

fn wrap<'js>(ctx: &Ctx<'js>, raw: qjs::JSValue) -> Result<Value<'js>> {
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

// ---- Raw helpers for natives written against QuickJS's C API ----------------------------

pub type Cx = *mut qjs::JSContext;
pub type JsVal = qjs::JSValue;

/// An exception is pending in the context.
pub struct Thrown;
pub type R<T> = std::result::Result<T, Thrown>;

pub fn check(v: JsVal) -> R<JsVal> {
    // SAFETY: reads the tag of a value.
    if unsafe { qjs::JS_IsException(v) } {
        Err(Thrown)
    } else {
        Ok(v)
    }
}

pub fn type_error(c: Cx, msg: &CStr) -> Thrown {
    // SAFETY: "%s" with one C string argument.
    unsafe { qjs::JS_ThrowTypeError(c, c"%s".as_ptr(), msg.as_ptr()) };
    Thrown
}

/// The arguments of a call, `undefined` past the end.
pub struct Args(pub *mut JsVal, pub i32);

impl Args {
    pub fn get(&self, i: usize) -> JsVal {
        // SAFETY: QuickJS passes `argc` readable values at `argv`.
        if (i as i32) < self.1 {
            unsafe { *self.0.add(i) }
        } else {
            qjs::JS_UNDEFINED
        }
    }

    /// A number argument (NaN for anything else; nothing is coerced).
    pub fn num(&self, i: usize) -> f64 {
        let v = self.get(i);
        // SAFETY: inspects the tag and payload of a value.
        unsafe {
            match qjs::JS_VALUE_GET_NORM_TAG(v) {
                t if t == qjs::JS_TAG_INT => qjs::JS_VALUE_GET_INT(v) as f64,
                t if t == qjs::JS_TAG_FLOAT64 => qjs::JS_VALUE_GET_FLOAT64(v),
                _ => f64::NAN,
            }
        }
    }

    pub fn int(&self, i: usize) -> i32 {
        let n = self.num(i);
        if n.is_nan() {
            0
        } else {
            n as i32
        }
    }
}

pub fn number(n: f64) -> JsVal {
    qjs::JS_NewFloat64(n)
}

pub fn boolean(b: bool) -> JsVal {
    qjs::JS_MKVAL(qjs::JS_TAG_BOOL, b as i32)
}

/// Defines `fn $name(c, args) -> R<JsVal>` as a QuickJS C function.
macro_rules! native {
    ($name:ident, |$c:ident, $a:ident| $body:expr) => {
        unsafe extern "C" fn $name(c: Cx, _this: JsVal, argc: i32, argv: *mut JsVal) -> JsVal {
            fn body($c: Cx, $a: Args) -> R<JsVal> {
                $body
            }
            body(c, Args(argv, argc)).unwrap_or(qjs::JS_EXCEPTION)
        }
    };
}

/// A string's bytes as QuickJS hands them out, freed on drop.
pub struct JsBytes {
    c: Cx,
    ptr: *const std::ffi::c_char,
    pub len: usize,
}

impl JsBytes {
    /// `cesu8`: one sequence per UTF-16 code unit (lossless); otherwise pairs are joined
    /// and lone surrogates kept as 3-byte sequences (WTF-8).
    pub fn new(c: Cx, v: JsVal, cesu8: bool) -> R<Self> {
        // Only strings: converting anything else could run JS.
        // SAFETY: reads the tag of a value.
        if !unsafe { qjs::JS_IsString(v) } {
            return Err(type_error(c, c"argument must be a string"));
        }
        let mut len: qjs::size_t = 0;
        // SAFETY: `v` is a live string of this context; the result is freed in `drop`.
        let ptr = unsafe { qjs::JS_ToCStringLen2(c, &mut len, v, cesu8) };
        if ptr.is_null() {
            return Err(Thrown);
        }
        Ok(Self { c, ptr, len: len as usize })
    }

    pub fn bytes(&self) -> &[u8] {
        // SAFETY: QuickJS guarantees `len` readable bytes at `ptr` until it is freed.
        unsafe { std::slice::from_raw_parts(self.ptr.cast::<u8>(), self.len) }
    }
}

impl Drop for JsBytes {
    fn drop(&mut self) {
        // SAFETY: `ptr` came from JS_ToCStringLen2 on this context and is freed once.
        unsafe { qjs::JS_FreeCString(self.c, self.ptr) }
    }
}

/// Bytes of a typed array (of any element type) or an ArrayBuffer, as a raw range. Valid
/// until JS runs again.
pub fn raw_view(c: Cx, v: JsVal) -> R<(*mut u8, usize)> {
    // SAFETY: `v` is live; every QuickJS call below either succeeds or leaves an exception.
    unsafe {
        let ty = qjs::JS_GetTypedArrayType(v);
        if ty == qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_UINT8 as i32
            || ty == qjs::JSTypedArrayEnum_JS_TYPED_ARRAY_UINT8C as i32
        {
            let mut len: qjs::size_t = 0;
            let p = qjs::JS_GetUint8Array(c, &mut len, v);
            if p.is_null() {
                return Err(Thrown);
            }
            return Ok((p, len as usize));
        }
        if ty >= 0 {
            let (mut off, mut len): (qjs::size_t, qjs::size_t) = (0, 0);
            let ab = check(qjs::JS_GetTypedArrayBuffer(c, v, &mut off, &mut len, std::ptr::null_mut()))?;
            let mut size: qjs::size_t = 0;
            let p = qjs::JS_GetArrayBuffer(c, &mut size, ab);
            qjs::JS_FreeValue(c, ab);
            if p.is_null() {
                return Err(Thrown);
            }
            return Ok((p.add(off as usize), len as usize));
        }
        if qjs::JS_IsArrayBuffer(v) {
            let mut size: qjs::size_t = 0;
            let p = qjs::JS_GetArrayBuffer(c, &mut size, v);
            if p.is_null() {
                return Err(Thrown);
            }
            return Ok((p, size as usize));
        }
    }
    Err(type_error(c, c"argument must be a TypedArray or an ArrayBuffer"))
}

pub fn view<'a>(c: Cx, v: JsVal) -> R<&'a [u8]> {
    let (p, n) = raw_view(c, v)?;
    // SAFETY: see raw_view; callers use the slice before returning to JS.
    Ok(unsafe { std::slice::from_raw_parts(p, n) })
}

pub fn view_mut<'a>(c: Cx, v: JsVal) -> R<&'a mut [u8]> {
    let (p, n) = raw_view(c, v)?;
    // SAFETY: as `view`; no other slice over this memory is alive in the caller.
    Ok(unsafe { std::slice::from_raw_parts_mut(p, n) })
}

pub(crate) use native;
