//! Markdown building blocks that render well on GitHub: escaped text and
//! pipe tables.

/// Escapes text for Markdown inline context (table cells included): the
/// characters that start emphasis, code, links, HTML or a table cell are
/// backslash-escaped, and line breaks become spaces. (`#` is left alone:
/// escaped text never starts a line, so it cannot open a heading.)
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' => {
                out.push('\\');
                out.push(c);
            }
            '\r' => {}
            '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// An id in a code span (ids are slugs; a stray backtick is dropped).
pub fn code(s: &str) -> String {
    format!("`{}`", s.replace('`', ""))
}

/// A GitHub pipe table. Cells are Markdown already (escape text first).
pub fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    table_aligned(header, &[], rows)
}

/// Like [`table`], with some columns right-aligned (numbers).
pub fn table_aligned(header: &[&str], right: &[usize], rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    out.push_str(&format!("| {} |\n", header.join(" | ")));
    let seps: String = (0..header.len())
        .map(|i| if right.contains(&i) { "--:|" } else { "---|" })
        .collect();
    out.push_str(&format!("|{seps}\n"));
    for r in rows {
        let cells: Vec<&str> = r
            .iter()
            .map(|c| if c.is_empty() { " " } else { c.as_str() })
            .collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_markdown_would_interpret() {
        assert_eq!(escape("a|b"), "a\\|b");
        assert_eq!(escape("<script>x</script>"), "\\<script\\>x\\</script\\>");
        assert_eq!(
            escape("*bold* _it_ `c` [l](u)"),
            "\\*bold\\* \\_it\\_ \\`c\\` \\[l\\](u)"
        );
        assert_eq!(escape("two\nlines\r\n"), "two lines ");
        assert_eq!(
            escape("plain text, 99.9 %, #chan"),
            "plain text, 99.9 %, #chan"
        );
    }

    #[test]
    fn tables_have_a_separator_row() {
        let t = table_aligned(&["a", "n"], &[1], &[vec!["x".into(), "".into()]]);
        assert_eq!(t, "| a | n |\n|---|--:|\n| x |   |\n");
        assert_eq!(table(&["a"], &[]), "| a |\n|---|\n");
    }
}
