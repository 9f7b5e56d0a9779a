//! Resource limits for one sandbox, and parsing of their flag values.
use std::time::Duration;

/// Caps that stop a runaway script without touching other sandboxes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Limits {
    /// Linear memory cap in bytes (wasmtime `StoreLimits`; QuickJS gets a little less).
    pub max_memory: Option<u64>,
    /// Time the guest may spend running (not waiting in `poll`).
    pub cpu_time: Option<Duration>,
    /// Wall-clock time for the whole run.
    pub timeout: Option<Duration>,
    /// Open host handles (sockets, files, children); enforced by the capabilities that create them.
    pub max_handles: Option<u32>,
}

/// A size such as `64m`, `1g`, `512k` or `1048576` (bytes).
pub fn parse_size(s: &str) -> Result<u64, String> {
    let s = s.trim().to_ascii_lowercase();
    let (num, mul) = match s.trim_end_matches('b').chars().last() {
        Some('k') => (&s[..s.trim_end_matches('b').len() - 1], 1u64 << 10),
        Some('m') => (&s[..s.trim_end_matches('b').len() - 1], 1 << 20),
        Some('g') => (&s[..s.trim_end_matches('b').len() - 1], 1 << 30),
        _ => (s.trim_end_matches('b'), 1),
    };
    let n: u64 = num.parse().map_err(|_| format!("invalid size {s:?}: expected a number with k, m or g"))?;
    n.checked_mul(mul).filter(|&v| v > 0).ok_or_else(|| format!("invalid size {s:?}"))
}

/// A duration such as `1s`, `500ms`, `2m` or `3` (seconds).
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let bad = || format!("invalid duration {s:?}: expected e.g. 500ms, 2s or 1m");
    let (num, unit) = match s.find(|c: char| !c.is_ascii_digit() && c != '.') {
        Some(i) => s.split_at(i),
        None => (s, "s"),
    };
    let n: f64 = num.parse().map_err(|_| bad())?;
    let secs = match unit {
        "ms" => n / 1000.0,
        "s" => n,
        "m" => n * 60.0,
        "h" => n * 3600.0,
        _ => return Err(bad()),
    };
    if !secs.is_finite() || secs <= 0.0 {
        return Err(bad());
    }
    Ok(Duration::from_secs_f64(secs))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("64m"), Ok(64 << 20));
        assert_eq!(parse_size("1G"), Ok(1 << 30));
        assert_eq!(parse_size("512kb"), Ok(512 << 10));
        assert_eq!(parse_size("100"), Ok(100));
        assert!(parse_size("x").is_err());
        assert!(parse_size("0").is_err());
        assert!(parse_size("99999999999999g").is_err());
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("1s"), Ok(Duration::from_secs(1)));
        assert_eq!(parse_duration("500ms"), Ok(Duration::from_millis(500)));
        assert_eq!(parse_duration("2m"), Ok(Duration::from_secs(120)));
        assert_eq!(parse_duration("3"), Ok(Duration::from_secs(3)));
        assert!(parse_duration("-1s").is_err());
        assert!(parse_duration("1y").is_err());
        assert!(parse_duration("0").is_err());
    }
}
