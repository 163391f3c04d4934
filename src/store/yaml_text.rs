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
        && !s.chars().any(escaped_in_yaml)
        && !s.starts_with(|c: char| "-?:,[]{}#&*!|>'\"%@`".contains(c))
        // YAML 1.1's booleans, and its merge and value keys.
        && !["true", "false", "null", "~", "yes", "no", "on", "off", "<<", "="]
            .iter()
            .any(|w| s.eq_ignore_ascii_case(w))
        && !could_be_number(s)
        && !yaml11_number(s)
        && crate::catalog::yaml::plain_reads_as_text(s)
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

/// Whether a YAML 1.1 reader (PyYAML, many editors and CI tools) could
/// take `s` for a number: digits with `_`, `.` or `:` (`1_000`, `1:30`,
/// sexagesimal), or `0x`/`0b` digits, after an optional sign. Broader than
/// its grammar (`1.2.3` is quoted too), never narrower.
fn yaml11_number(s: &str) -> bool {
    let body = s.strip_prefix(['+', '-']).unwrap_or(s);
    let all = |x: &str, ok: fn(u8) -> bool| !x.is_empty() && x.bytes().all(ok);
    if let Some(h) = body.strip_prefix("0x") {
        return all(h, |c| c.is_ascii_hexdigit() || c == b'_');
    }
    if let Some(b) = body.strip_prefix("0b") {
        return all(b, |c| matches!(c, b'0' | b'1' | b'_'));
    }
    body.bytes().any(|c| c.is_ascii_digit())
        && all(body, |c| {
            c.is_ascii_digit() || matches!(c, b'_' | b'.' | b':')
        })
}

/// A double-quoted YAML scalar.
pub fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    push_quoted(&mut out, s);
    out
}

/// Characters written as escapes in a double-quoted scalar, never as they
/// are: controls (NEL among them), the line and paragraph separators (line
/// breaks to a YAML 1.1 reader, which would fold the value), the
/// bidirectional controls (a reviewer would read another value than the
/// one stored), the byte order mark and U+FFFE, U+FFFF (YAML allows none
/// inside a document). Escaped, the value is the same to every reader.
fn escaped_in_yaml(c: char) -> bool {
    // Every control character is one that acts on display.
    crate::chars::acts_on_display(c) || matches!(c, '\u{feff}' | '\u{fffe}' | '\u{ffff}')
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
            c if escaped_in_yaml(c) => out.push_str(&format!("\\u{:04x}", c as u32)),
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
    // A literal block cannot escape: what must be escaped (a line break
    // or a tab aside) goes in quotes.
    if s.chars()
        .any(|c| escaped_in_yaml(c) && c != '\n' && c != '\t')
    {
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
        // What the catalog's reader, or a YAML 1.1 one, takes for a number or a key.
        for n in [
            ".inf", "-.Inf", ".NaN", "0x1F", "0o17", "1_000", "1:30", "0b101", "1.2.3", "<<", "=",
        ] {
            assert_eq!(scalar(n), format!("\"{n}\""), "{n}");
        }
        for t in ["2026-Q4", "3d-viewer", "v1.2", "0xg", "x:1"] {
            assert_eq!(scalar(t), t, "{t}");
        }
    }

    #[test]
    fn blocks_keep_leading_spaces_and_refuse_control_characters() {
        assert_eq!(block("a\nb\n", 2), "|\n  a\n  b");
        assert_eq!(block("  a\nb", 2), "|2\n    a\n  b");
        assert_eq!(block("a\u{7}\nb", 2), "\"a\\u0007\\nb\"");
    }

    /// What a YAML 1.1 reader takes for a line break, what YAML allows
    /// nowhere in a document, and what reorders the text a reviewer reads
    /// is written as an escape, in every kind of scalar.
    #[test]
    fn separators_byte_order_marks_and_bidi_controls_are_escaped() {
        for (c, esc) in [
            ('\u{2028}', "\\u2028"),
            ('\u{2029}', "\\u2029"),
            ('\u{85}', "\\u0085"),
            ('\u{feff}', "\\ufeff"),
            ('\u{ffff}', "\\uffff"),
            ('\u{202e}', "\\u202e"),
            ('\u{2066}', "\\u2066"),
        ] {
            let s = format!("a{c}b");
            assert_eq!(scalar(&s), format!("\"a{esc}b\""), "{:x}", c as u32);
            assert_eq!(block(&format!("{s}\nz"), 2), format!("\"a{esc}b\\nz\""));
        }
        assert_eq!(scalar("plain é 日本"), "plain é 日本");
    }

    /// The value of `key: <scalar>` as the catalog's YAML reader reads it.
    fn read_back(scalar_text: &str) -> Option<String> {
        let docs = crate::catalog::yaml::parse_documents(&format!("key: {scalar_text}\n")).ok()?;
        let crate::catalog::yaml::Value::Map(m) = &docs.first()?.value else {
            return None;
        };
        match &m.first()?.1.value {
            crate::catalog::yaml::Value::Str(s) => Some(s.clone()),
            _ => None,
        }
    }

    fn tricky() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let special = prop::sample::select(vec![
            '\u{2028}', '\u{2029}', '\u{85}', '\u{feff}', '\u{fffe}', '\u{202e}', '\u{0}',
            '\u{1b}', '\n', '\r', '\t', ' ', '"', '\'', '\\', ':', '#', '-', '&', '*', '!', '|',
            '>', '%', '@', '`', '{', '[', ',', '?', '~', '.', '0', 'e', 'y', 'n',
        ]);
        prop::collection::vec(prop_oneof![special, any::<char>()], 0..16)
            .prop_map(|v| v.into_iter().collect())
    }

    proptest::proptest! {
        /// Whatever the text, the scalar written reads back as that text.
        #[test]
        fn scalars_read_back_as_written(
            s in proptest::prop_oneof![tricky(), "[-+]?(0x|0o|0b|\\.)?[0-9a-fA-FinfINFNa_.:eE-]{0,6}"]
        ) {
            proptest::prop_assert_eq!(read_back(&scalar(&s)), Some(s.clone()), "{}", scalar(&s));
        }
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
