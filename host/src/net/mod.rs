//! Network grants (DESIGN.md §4): the checks every connect and listen goes through.
//! Host and port are checked before any socket exists; the address actually bound or
//! connected is checked again after resolution.
use crate::bindings::capjs::runtime::types::{Denial, Error};
use crate::permissions::{Grants, NetTarget};
use std::net::{IpAddr, SocketAddr};

pub(crate) mod socket;
pub use socket::NetState;

/// The permission name in denials, as Node's permission model spells it.
pub const PERMISSION: &str = "Net";

fn denial(host: &str, port: u16) -> Error {
    let resource = if host.contains(':') { format!("[{host}]:{port}") } else { format!("{host}:{port}") };
    Error::Denied(Denial { permission: PERMISSION.into(), resource })
}

/// A host as the grant compares it: lowercase, IPv6 without brackets, IPv4-mapped
/// IPv6 as plain IPv4 (so `::ffff:127.0.0.1` cannot dodge a `127.0.0.1` rule).
pub fn canonical_host(host: &str) -> String {
    let h = host.trim_start_matches('[').trim_end_matches(']').to_ascii_lowercase();
    match h.parse::<IpAddr>() {
        Ok(IpAddr::V6(v6)) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => v6.to_string(),
        },
        Ok(ip) => ip.to_string(),
        Err(_) => h,
    }
}

fn target_matches(t: &NetTarget, host: &str, port: u16) -> bool {
    canonical_host(&t.host) == host && t.port.is_none_or(|p| p == port)
}

/// May the sandbox listen on `host`:`port`? Listening needs a grant naming that host
/// (or `0.0.0.0`/`::` for every interface) and port.
pub fn check_listen(grants: &Grants, host: &str, port: u16) -> Result<(), Error> {
    check_name(grants, host, port)
}

/// May the sandbox connect to `host`:`port`? Checked on the name as written, before DNS.
pub fn check_connect(grants: &Grants, host: &str, port: u16) -> Result<(), Error> {
    check_name(grants, host, port)
}

/// The grant check on a host as the script named it (canonicalized) and a port.
fn check_name(grants: &Grants, host: &str, port: u16) -> Result<(), Error> {
    let h = canonical_host(host);
    if grants.net.permits(|t| target_matches(t, &h, port)) {
        Ok(())
    } else {
        Err(denial(host, port))
    }
}

/// The second check, on each address a name resolved to: a deny entry for that address
/// refuses it, so DNS answers and numeric aliases cannot reach a denied host.
pub fn check_resolved(grants: &Grants, addr: &SocketAddr) -> Result<(), Error> {
    let ip = addr.ip().to_canonical().to_string();
    let denied = match &grants.net.deny {
        crate::permissions::Scope::None => false,
        crate::permissions::Scope::All => true,
        crate::permissions::Scope::Some(v) => v.iter().any(|t| target_matches(t, &ip, addr.port())),
    };
    if denied {
        Err(denial(&ip, addr.port()))
    } else {
        Ok(())
    }
}

/// The address to bind for a listen request: an IP literal, or `localhost`.
/// Other names are refused rather than resolved, so a listen never depends on DNS.
pub fn bind_ip(host: &str) -> Result<IpAddr, Error> {
    let h = canonical_host(host);
    if h == "localhost" {
        return Ok(IpAddr::from([127, 0, 0, 1]));
    }
    h.parse().map_err(|_| Error::Os(("EADDRNOTAVAIL".into(), format!("cannot listen on host {host:?}"))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::permissions::{Grant, Scope};

    fn grants(list: &[(&str, Option<u16>)]) -> Grants {
        let v = list.iter().map(|(h, p)| NetTarget { host: h.to_string(), port: *p }).collect();
        Grants { net: Grant { allow: Scope::Some(v), deny: Scope::None }, ..Default::default() }
    }

    #[test]
    fn listen_table() {
        let g = grants(&[("127.0.0.1", Some(8080)), ("::1", None)]);
        let cases = [
            ("127.0.0.1", 8080, true),
            ("127.0.0.1", 8081, false),
            ("::ffff:127.0.0.1", 8080, true),
            ("[::1]", 9, true),
            ("0.0.0.0", 8080, false),
            ("localhost", 8080, false),
            ("::", 8080, false),
        ];
        for (host, port, ok) in cases {
            assert_eq!(check_listen(&g, host, port).is_ok(), ok, "{host}:{port}");
        }
        assert!(check_listen(&Grants::default(), "127.0.0.1", 8080).is_err());
    }

    #[test]
    fn denials_name_the_resource() {
        match check_listen(&Grants::default(), "::1", 80) {
            Err(Error::Denied(d)) => assert_eq!((d.permission.as_str(), d.resource.as_str()), ("Net", "[::1]:80")),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn bind_addresses() {
        assert_eq!(bind_ip("localhost").unwrap(), IpAddr::from([127, 0, 0, 1]));
        assert_eq!(bind_ip("[::1]").unwrap().to_string(), "::1");
        assert!(bind_ip("example.com").is_err());
    }
}
