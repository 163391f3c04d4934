//! Entity ids: slugs for what people name, `INT-`/`EXC-` + Crockford base32
//! for what the tool allocates (random, so two branches never collide).

/// Crockford base32 alphabet: digits and capitals without I, L, O, U.
pub const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// `^[a-z0-9][a-z0-9-]{0,62}$`
pub fn is_slug(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 63
        && (b[0].is_ascii_lowercase() || b[0].is_ascii_digit())
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
}

/// A key of a service's `facts`: a slug in which `_` is also allowed.
pub fn is_fact_key(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 63
        && (b[0].is_ascii_lowercase() || b[0].is_ascii_digit())
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-' || *c == b'_')
}

/// A scorecard rule reference: `scorecard-id/rule-id`, two slugs.
pub fn is_rule_ref(s: &str) -> bool {
    s.split_once('/')
        .is_some_and(|(a, b)| is_slug(a) && is_slug(b))
}

/// A URL platctl may render as a link: `http`, `https` or `mailto` (the
/// scheme in any case). Anything else (`javascript:`, `data:`, `file:`, a
/// bare path) is shown as text, never linked, and is a `schema` error.
pub fn is_safe_url(s: &str) -> bool {
    let s = s.trim();
    let lower = |n: usize| s.get(..n).map(str::to_ascii_lowercase);
    (lower(7).as_deref() == Some("http://")
        || lower(8).as_deref() == Some("https://")
        || lower(7).as_deref() == Some("mailto:"))
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// `PREFIX-` followed by six Crockford base32 characters.
pub fn is_allocated(s: &str, prefix: &str) -> bool {
    match s.strip_prefix(prefix).and_then(|r| r.strip_prefix('-')) {
        Some(rest) => rest.len() == 6 && rest.bytes().all(|c| CROCKFORD.contains(&c)),
        None => false,
    }
}

/// Makes an id from 30 random bits.
pub fn allocated_from_bits(prefix: &str, mut bits: u64) -> String {
    let mut s = String::with_capacity(prefix.len() + 7);
    s.push_str(prefix);
    s.push('-');
    for _ in 0..6 {
        s.push(CROCKFORD[(bits & 31) as usize] as char);
        bits >>= 5;
    }
    s
}

/// An id safe to use as a file name: never a path (`../x`, `a/b`).
pub fn is_safe_file_stem(s: &str) -> bool {
    !s.is_empty()
        && s != "."
        && s != ".."
        && !s.starts_with('.')
        && s.bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(is_slug("ci-pipelines"));
        assert!(is_fact_key("test_coverage") && is_fact_key("sbom") && !is_fact_key("_x"));
        assert!(!is_fact_key("Sbom") && !is_fact_key(""));
        assert!(is_rule_ref("production-readiness/has-runbook"));
        assert!(!is_rule_ref("a/b/c") && !is_rule_ref("a") && !is_rule_ref("A/b"));
        assert!(
            is_safe_url("https://x.example")
                && is_safe_url("HTTP://x")
                && is_safe_url("mailto:a@b")
        );
        assert!(!is_safe_url("javascript:alert(1)") && !is_safe_url("data:text/html,x"));
        assert!(!is_safe_url("file:///etc/passwd") && !is_safe_url("/docs") && !is_safe_url("htt"));
        assert!(!is_safe_url("https://x.example/a b") && !is_safe_url("https://x\u{7}y"));
        assert!(is_slug("0"));
        assert!(!is_slug("-x"));
        assert!(!is_slug("Ci"));
        assert!(!is_slug(""));
        assert!(!is_slug(&"a".repeat(64)));
        assert!(is_slug(&"a".repeat(63)));
    }

    #[test]
    fn allocated_ids() {
        assert!(is_allocated("INT-7K3F9Q", "INT"));
        assert!(!is_allocated("INT-7K3F9I", "INT"));
        assert!(!is_allocated("INT-7K3F9", "INT"));
        assert!(!is_allocated("EXC-7K3F9Q", "INT"));
        let id = allocated_from_bits("EXC", 0x3FFF_FFFF);
        assert!(is_allocated(&id, "EXC"), "{id}");
    }

    #[test]
    fn safe_stems() {
        assert!(is_safe_file_stem("INT-7K3F9Q"));
        assert!(!is_safe_file_stem("../../etc/passwd"));
        assert!(!is_safe_file_stem("a/b"));
        assert!(!is_safe_file_stem(".."));
    }
}
