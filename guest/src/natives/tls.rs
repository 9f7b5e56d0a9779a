//! Natives for node:tls (capjs:runtime/tls), and TLS settings from JS (node:https,
//! node:tls) as the host takes them (types.wit).
use super::process::with_bytes;
use crate::capjs::runtime::tls as host;
use crate::capjs::runtime::types::{ClientTls, ServerTls};
use javy::quickjs::{Ctx, Function, Object, Result, Value};

/// An option's bytes (the JS side makes each a Buffer or a string).
fn bytes(o: &Object<'_>, name: &str) -> Result<Vec<u8>> {
    Ok(with_bytes(&o.get::<_, Value>(name)?, <[u8]>::to_vec))
}

/// Undefined for plain TCP, or `{ cert, key }`.
pub fn server(v: &Value<'_>) -> Result<Option<ServerTls>> {
    let Some(o) = v.as_object() else { return Ok(None) };
    Ok(Some(ServerTls { cert: bytes(o, "cert")?, key: bytes(o, "key")? }))
}

/// Undefined for plain TCP, or `{ ca, servername, rejectUnauthorized }`.
pub fn client(v: &Value<'_>) -> Result<Option<ClientTls>> {
    let Some(o) = v.as_object() else { return Ok(None) };
    let ca = if o.get::<_, Value>("ca")?.is_undefined() { None } else { Some(bytes(o, "ca")?) };
    Ok(Some(ClientTls { ca, servername: o.get("servername")?, reject_unauthorized: o.get("rejectUnauthorized")? }))
}

pub fn register<'js>(ctx: &Ctx<'js>, o: &Object<'js>) -> Result<()> {
    o.set("tlsRootCertificates", Function::new(ctx.clone(), host::root_certificates))
}
