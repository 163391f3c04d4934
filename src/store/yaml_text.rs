//! Writing YAML text by hand, so that output is stable and reads well.

/// A string as a YAML scalar: plain when safe, double-quoted otherwise.
pub fn scalar(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    push_scalar(&mut out, s);
    out
}

/// [`scalar`], appended to `out`.
pub fn push_scalar(out: &mut String, s: &str) {
    let plain_ok = !s.is_empty()
        && s.trim() == s
        && !s.contains(": ")
        && !s.contains(" #")
        && !s.ends_with(':')
        && !s.chars().any(|c| c.is_control())
        && !s.starts_with(|c: char| "-?:,[]{}#&*!|>'\"%@`".contains(c))
        && !["true", "false", "null", "~", "yes", "no", "on", "off"]
            .iter()
            .any(|w| s.eq_ignore_ascii_case(w))
        && !could_be_number(s)
        && crate::model::parse_date(s).is_none();
    if plain_ok {
        out.push_str(s);
    } else {
        push_quoted(out, s);
    }
}

/// Whether `s` reads as a number (as Rust's `f64` parser reads one: a sign,
/// then digits, a point, `inf` or `nan`): only then is it parsed.
fn could_be_number(s: &str) -> bool {
    let rest = s.strip_prefix(['+', '-']).unwrap_or(s);
    rest.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '.' | 'i' | 'I' | 'n' | 'N'))
        && s.parse::<f64>().is_ok()
}

/// A double-quoted YAML scalar.
pub fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    push_quoted(&mut out, s);
    out
}

fn push_quoted(out: &mut String, s: &str) {
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
}

/// A block of text as a literal block scalar (`|`), indented by `indent`.
pub fn block(s: &str, indent: usize) -> String {
    if !s.contains('\n') {
        return scalar(s);
    }
    // A literal block cannot hold control characters (a tab aside).
    if s.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return quoted(s);
    }
    let pad = " ".repeat(indent.max(1));
    let body: String = s
        .trim_end_matches('\n')
        .lines()
        .map(|l| {
            if l.is_empty() {
                "\n".to_string()
            } else {
                format!("{pad}{l}\n")
            }
        })
        .collect();
    // When the first line starts with a space, YAML would take it for the
    // block's indentation: say the indentation explicitly.
    let first = s.lines().find(|l| !l.is_empty()).unwrap_or("");
    let indicator = if first.starts_with(' ') {
        pad.len().to_string()
    } else {
        String::new()
    };
    format!("|{indicator}\n{}", body.trim_end_matches('\n'))
}

/// The first line of a file that platctl writes at `rel_path` (relative to
/// the catalog root): `# yaml-language-server: $schema=../schemas/intake.schema.json`,
/// so that editors complete and check the file. None when the catalog keeps
/// no such schema (`platctl schema` writes them) or the path is no kind's.
pub fn schema_header(root: &std::path::Path, rel_path: &str) -> Option<String> {
    let kind = crate::schema::kind_of_path(rel_path)?;
    if !root
        .join(crate::schema::DIR)
        .join(crate::schema::file_name(kind))
        .is_file()
    {
        return None;
    }
    Some(format!(
        "# yaml-language-server: $schema={}\n",
        crate::schema::relative_ref(rel_path)?
    ))
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
        // Whatever reads as a number is quoted, and only that.
        for n in ["inf", "-NaN", "+.5", "Infinity", "1e3", "-7"] {
            assert_eq!(scalar(n), format!("\"{n}\""), "{n}");
        }
        for t in ["nancy", "x1", "in", "e5", "TRUEish", "N/A"] {
            assert_eq!(scalar(t), t, "{t}");
        }
        assert_eq!(scalar("TRUE"), "\"TRUE\"");
    }

    #[test]
    fn blocks_keep_leading_spaces_and_refuse_control_characters() {
        assert_eq!(block("a\nb\n", 2), "|\n  a\n  b");
        assert_eq!(block("  a\nb", 2), "|2\n    a\n  b");
        assert_eq!(block("a\u{7}\nb", 2), "\"a\\u0007\\nb\"");
    }

    #[test]
    fn schema_headers_point_at_the_catalog_schemas() {
        let tmp = tempfile::tempdir().expect("tempdir");
        assert_eq!(
            schema_header(tmp.path(), "intake/INT-7K3F9Q.yaml"),
            None,
            "no schema, no header"
        );
        let dir = tmp.path().join("schemas");
        std::fs::create_dir_all(&dir).expect("mkdir");
        std::fs::write(dir.join("intake.schema.json"), "{}").expect("write");
        std::fs::write(dir.join("platctl.schema.json"), "{}").expect("write");
        assert_eq!(
            schema_header(tmp.path(), "intake/2026/INT-7K3F9Q.yaml").as_deref(),
            Some("# yaml-language-server: $schema=../../schemas/intake.schema.json\n")
        );
        assert_eq!(
            schema_header(tmp.path(), "platctl.yaml").as_deref(),
            Some("# yaml-language-server: $schema=schemas/platctl.schema.json\n")
        );
        assert_eq!(schema_header(tmp.path(), "teams/team-a.yaml"), None);
    }
}
