//! Natives for text encoding (TextEncoder/TextDecoder): UTF-8 in Rust, not in QuickJS.
use javy::quickjs::{Ctx, Function, Object, Result, TypedArray, Value};

pub fn register<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    o.set(
        "utf8Encode",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, s: String| TypedArray::<u8>::new_copy(ctx, s.as_bytes())),
    )?;
    o.set(
        "utf8Decode",
        // Returns null when `fatal` is set and the bytes are not valid UTF-8.
        Function::new(ctx.clone(), |v: Value<'js>, fatal: bool| -> Option<String> {
            let bytes = super::process::bytes_of(&v).unwrap_or_default();
            if fatal {
                String::from_utf8(bytes).ok()
            } else {
                Some(String::from_utf8_lossy(&bytes).into_owned())
            }
        }),
    )?;
    Ok(())
}
