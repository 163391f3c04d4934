//! Writing YAML text by hand, so that output is stable and reads well.

/// A string as a YAML scalar: plain when safe, double-quoted otherwise.
pub fn scalar(s: &str) -> String {
    let plain_ok = !s.is_empty()
        && s.trim() == s
        && !s.contains(": ")
        && !s.contains(" #")
        && !s.ends_with(':')
        && !s.chars().any(|c| c.is_control())
        && !s.starts_with(|c: char| "-?:,[]{}#&*!|>'\"%@`".contains(c))
        && !matches!(s.to_ascii_lowercase().as_str(), "true" | "false" | "null" | "~" | "yes" | "no" | "on" | "off")
        && s.parse::<f64>().is_err()
        && crate::model::parse_date(s).is_none();
    if plain_ok {
        s.to_string()
    } else {
        quoted(s)
    }
}

/// A double-quoted YAML scalar.
pub fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A block of text as a literal block scalar (`|`), indented by `indent`.
pub fn block(s: &str, indent: usize) -> String {
    if !s.contains('\n') {
        return scalar(s);
    }
    let pad = " ".repeat(indent);
    let body: String = s.trim_end_matches('\n').lines().map(|l| if l.is_empty() { "\n".to_string() } else { format!("{pad}{l}\n") }).collect();
    format!("|\n{}", body.trim_end_matches('\n'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_when_needed() {
        assert_eq!(scalar("Acme Platform"), "Acme Platform");
        assert_eq!(scalar("#devex"), "\"#devex\"");
        assert_eq!(scalar("yes"), "\"yes\"");
        assert_eq!(scalar("2026-11-27"), "\"2026-11-27\"");
        assert_eq!(scalar("a: b"), "\"a: b\"");
        assert_eq!(scalar("1.5"), "\"1.5\"");
        assert_eq!(scalar("say \"hi\"\n"), "\"say \\\"hi\\\"\\n\"");
    }
}
