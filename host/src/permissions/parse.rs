//! Parses grant flag values (`--allow-net=a.com:443,127.0.0.1`) into typed entries.
use super::{normalize, NetTarget, Scope};
use std::path::{Path, PathBuf};

/// A flag value that does not parse.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ParseError {
    #[error("invalid network address {0:?}: expected host, host:port or [ipv6]:port")]
    Net(String),
    #[error("invalid port in {0:?}")]
    Port(String),
    #[error("empty entry in the list {0:?}")]
    Empty(String),
    #[error("invalid environment variable name {0:?}")]
    Env(String),
}

/// Which kind of list a flag carries.
#[derive(Clone, Copy, Debug)]
pub enum ListKind {
    Path,
    Net,
    Env,
}

/// Parsed entries of one flag.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entries {
    Paths(Scope<PathBuf>),
    Net(Scope<NetTarget>),
    Names(Scope<String>),
}

/// Parses a flag's value: `None` (flag given without `=`) means everything.
pub fn parse_list(value: Option<&str>, kind: ListKind, cwd: &Path) -> Result<Entries, ParseError> {
    let Some(value) = value else {
        return Ok(match kind {
            ListKind::Path => Entries::Paths(Scope::All),
            ListKind::Net => Entries::Net(Scope::All),
            ListKind::Env => Entries::Names(Scope::All),
        });
    };
    let items: Vec<&str> = value.split(',').map(str::trim).collect();
    if items.iter().any(|s| s.is_empty()) {
        return Err(ParseError::Empty(value.to_string()));
    }
    Ok(match kind {
        ListKind::Path => Entries::Paths(Scope::Some(items.iter().map(|p| normalize(cwd, Path::new(p))).collect())),
        ListKind::Net => Entries::Net(Scope::Some(items.iter().map(|s| parse_net(s)).collect::<Result<_, _>>()?)),
        ListKind::Env => Entries::Names(Scope::Some(
            items
                .iter()
                .map(|s| {
                    let ok = !s.contains('=') && !s.contains('\0');
                    if ok {
                        Ok(s.to_string())
                    } else {
                        Err(ParseError::Env(s.to_string()))
                    }
                })
                .collect::<Result<_, _>>()?,
        )),
    })
}

/// `host`, `host:port`, `[v6]`, `[v6]:port`, or a bare IPv6 address.
pub fn parse_net(s: &str) -> Result<NetTarget, ParseError> {
    let port = |p: &str| p.parse::<u16>().map_err(|_| ParseError::Port(s.to_string()));
    if let Some(rest) = s.strip_prefix('[') {
        let (host, tail) = rest.split_once(']').ok_or_else(|| ParseError::Net(s.to_string()))?;
        let port = match tail {
            "" => None,
            t => Some(port(t.strip_prefix(':').ok_or_else(|| ParseError::Net(s.to_string()))?)?),
        };
        return Ok(NetTarget { host: host.to_ascii_lowercase(), port });
    }
    if s.matches(':').count() > 1 {
        // A bare IPv6 address carries no port.
        return Ok(NetTarget { host: s.to_ascii_lowercase(), port: None });
    }
    let (host, port) = match s.split_once(':') {
        Some((h, p)) => (h, Some(port(p)?)),
        None => (s, None),
    };
    if host.is_empty() || host.contains('/') {
        return Err(ParseError::Net(s.to_string()));
    }
    Ok(NetTarget { host: host.to_ascii_lowercase(), port })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn net_table() {
        let t = |h: &str, p: Option<u16>| Ok(NetTarget { host: h.into(), port: p });
        let cases: &[(&str, Result<NetTarget, ParseError>)] = &[
            ("example.com", t("example.com", None)),
            ("Example.COM:443", t("example.com", Some(443))),
            ("127.0.0.1:8080", t("127.0.0.1", Some(8080))),
            ("[::1]:80", t("::1", Some(80))),
            ("[::1]", t("::1", None)),
            ("::1", t("::1", None)),
            ("host:99999", Err(ParseError::Port("host:99999".into()))),
            ("host:", Err(ParseError::Port("host:".into()))),
            (":80", Err(ParseError::Net(":80".into()))),
            ("[::1]x", Err(ParseError::Net("[::1]x".into()))),
        ];
        for (input, want) in cases {
            assert_eq!(&parse_net(input), want, "{input}");
        }
    }

    #[test]
    fn lists() {
        let cwd = Path::new("/w");
        assert_eq!(parse_list(None, ListKind::Env, cwd), Ok(Entries::Names(Scope::All)));
        assert_eq!(
            parse_list(Some("A,B"), ListKind::Env, cwd),
            Ok(Entries::Names(Scope::Some(vec!["A".into(), "B".into()])))
        );
        assert_eq!(
            parse_list(Some("data,/etc/../tmp"), ListKind::Path, cwd),
            Ok(Entries::Paths(Scope::Some(vec!["/w/data".into(), "/tmp".into()])))
        );
        assert!(matches!(parse_list(Some("a,,b"), ListKind::Env, cwd), Err(ParseError::Empty(_))));
        assert!(matches!(parse_list(Some("A=1"), ListKind::Env, cwd), Err(ParseError::Env(_))));
    }
}
