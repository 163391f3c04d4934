//! Text from the catalog placed in Markdown: escaped so that it reads as
//! written and cannot turn into markup or raw HTML.

/// Escapes Markdown outside `code spans`, so that a name cannot turn into
/// markup or HTML.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut code = false;
    for ch in s.chars() {
        if ch == '`' {
            code = !code;
            out.push(ch);
            continue;
        }
        // HTML characters are escaped even in code: a stray backtick in a
        // name must not open a way to raw HTML.
        match ch {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' => out.push(' '),
            // As on a terminal: a bidi override would reorder the rendered
            // page after it, a control character is not text.
            c if c != '\t' && crate::chars::acts_on_display(c) => {
                out.push_str(&crate::chars::shown(c));
            }
            _ if code => out.push(ch),
            '\\' | '*' | '_' | '[' | ']' | '#' | '|' => {
                out.push('\\');
                out.push(ch);
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markup_in_names_is_escaped_but_code_is_kept() {
        assert_eq!(
            escape("Capability <b>*X*</b> (`a_b`)"),
            "Capability &lt;b&gt;\\*X\\*&lt;/b&gt; (`a_b`)"
        );
        assert_eq!(escape("a | b\nc"), "a \\| b c");
    }

    #[test]
    fn controls_and_bidi_characters_are_shown_not_run() {
        assert_eq!(
            escape("Pay\u{202e}gpj.exe `x\u{1b}[2J`\t"),
            "Pay\\u{202e}gpj.exe `x\\u{1b}[2J`\t"
        );
    }
}
