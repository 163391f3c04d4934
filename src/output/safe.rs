//! Catalog text made harmless where it is shown: on a terminal (control and
//! bidirectional characters escaped) and in a spreadsheet (CSV cells that a
//! spreadsheet would run as a formula neutralised). Every renderer that
//! writes catalog text to one of those uses these functions.

use crate::chars::{escape_as, shown as escaped};
use std::borrow::Cow;

/// What a terminal must not be given as it is ([`crate::chars::acts_on_display`]).
fn dangerous(c: char) -> bool {
    crate::chars::acts_on_display(c)
}

/// JSON's escape of a dangerous character (every one is in the Basic
/// Multilingual Plane, so four digits hold it).
fn json_escaped(c: char) -> String {
    format!("\\u{:04x}", c as u32)
}

/// Text for a terminal, line breaks and tabs kept: every other control and
/// bidi character shown as `\u{1b}`, `\u{202e}`...
pub fn term(s: &str) -> Cow<'_, str> {
    escape_as(s, |c| c == '\n' || c == '\t', escaped)
}

/// A whole page for a browser (HTML), made as [`term`] makes terminal
/// text: platctl's own markup holds no control or bidi character, so only
/// catalog text changes. A right-to-left override in a name would reorder
/// what a reader of the portal sees after it (and a name could read as
/// another); shown as `\u{202e}`, it reads as it does in the terminal.
pub fn in_page(page: String) -> String {
    match term(&page) {
        Cow::Borrowed(_) => page,
        Cow::Owned(shown) => shown,
    }
}

/// Text for one line of a terminal: like [`term`], and line breaks, carriage
/// returns and tabs shown as `\n`, `\r`, `\t`.
pub fn term_line(s: &str) -> Cow<'_, str> {
    crate::chars::one_line(s)
}

/// A data format (JSON, CSV, OpenMetrics) on its way to a terminal: every
/// control and bidi character but line breaks and tabs shown as `\u001b`,
/// `\u202e`... JSON's own escape, so a JSON document stays valid and means
/// the same; in CSV it is only what the terminal shows (piped or written
/// to a file, the data is left as it is).
pub fn term_data(s: &str) -> Cow<'_, str> {
    escape_as(s, |c| c == '\n' || c == '\t', json_escaped)
}

/// How many columns a character takes once escaped by [`term_line`].
pub fn term_width(c: char) -> usize {
    if dangerous(c) {
        escaped(c).chars().count()
    } else {
        1
    }
}

/// A whole text output on its way to standard output: [`term`] over all of
/// it, except, when `color` is on, the colour sequences (`ESC [ digits ; m`)
/// that the renderers put there themselves. Catalog text is escaped by the
/// renderers before it is styled; this is the last guard, so that no
/// sequence that moves the cursor, clears the screen, sets the title or
/// makes a hyperlink ever reaches the terminal.
pub fn term_output(s: &str, color: bool) -> Cow<'_, str> {
    if !s.chars().any(|c| dangerous(c) && c != '\n' && c != '\t') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        if c == '\u{1b}' && color {
            if let Some(n) = sgr_len(rest) {
                out.push_str(&rest[..n]);
                rest = &rest[n..];
                continue;
            }
        }
        if dangerous(c) && c != '\n' && c != '\t' {
            out.push_str(&escaped(c));
        } else {
            out.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    Cow::Owned(out)
}

/// The length of a colour sequence (`ESC [ 1;31 m`) at the start of `s`.
fn sgr_len(s: &str) -> Option<usize> {
    let body = s.strip_prefix("\u{1b}[")?;
    let n = body
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b';')
        .count();
    (body.as_bytes().get(n) == Some(&b'm') && n <= 16).then_some(2 + n + 1)
}

/// One CSV field: neutralised against formula injection (OWASP: a cell that
/// begins with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
/// `'`, so a spreadsheet shows it as text instead of running it; plain
/// numbers such as `-3` or `+0.5`, and a lone `-` for "no value", are left
/// alone), then quoted per RFC 4180
/// when it holds a comma, a quote or a line break.
pub fn csv_field(s: &str) -> Cow<'_, str> {
    let s: Cow<str> = if starts_formula(s) && !is_number(s) && s != "-" {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    };
    if s.contains([',', '"', '\n', '\r']) {
        Cow::Owned(format!("\"{}\"", s.replace('"', "\"\"")))
    } else {
        s
    }
}

fn starts_formula(s: &str) -> bool {
    s.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// `-3`, `+0.5`, `-12.25%`: a number a spreadsheet reads as a number.
fn is_number(s: &str) -> bool {
    let body = s.strip_prefix(['-', '+']).unwrap_or(s);
    let body = body.strip_suffix('%').unwrap_or(body);
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    !int.is_empty()
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit())
        && !(body.contains('.') && frac.is_empty())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn data_for_a_terminal_keeps_its_meaning_and_acts_on_nothing() {
        assert_eq!(term_data("plain,text\n\tok"), "plain,text\n\tok");
        assert_eq!(
            term_data("a\u{1b}[2J\u{202e}b\r\u{9b}c\n"),
            "a\\u001b[2J\\u202eb\\u000d\\u009bc\n"
        );
        // JSON escaped this way is the same document.
        let doc = serde_json::json!({"name": "x\u{9b}31m\u{202e}y\u{1b}]0;t\u{7}"});
        let text = doc.to_string();
        let shown = term_data(&text);
        assert!(!shown.chars().any(dangerous), "{shown}");
        let back: serde_json::Value = serde_json::from_str(&shown).expect("still JSON");
        assert_eq!(back, doc);
    }

    #[test]
    fn terminal_controls_and_bidi_are_escaped() {
        assert_eq!(term("plain é ✓"), "plain é ✓");
        assert_eq!(
            term("a\u{1b}]0;pwned\u{7}b\n\tc"),
            "a\\u{1b}]0;pwned\\u{7}b\n\tc"
        );
        assert_eq!(term("x\u{202e}gpj.exe"), "x\\u{202e}gpj.exe");
        assert_eq!(term("\u{9b}2J\u{2066}"), "\\u{9b}2J\\u{2066}");
        assert_eq!(term_line("a\nb\r\tc"), "a\\nb\\r\\tc");
        assert_eq!(term_width('\u{1b}'), 6);
        assert_eq!(term_width('é'), 1);
    }

    #[test]
    fn the_output_guard_keeps_only_colour() {
        assert_eq!(
            term_output("\u{1b}[1;31merror\u{1b}[0m \u{1b}[2J", true),
            "\u{1b}[1;31merror\u{1b}[0m \\u{1b}[2J"
        );
        assert_eq!(term_output("\u{1b}[1;31mx", false), "\\u{1b}[1;31mx");
        assert_eq!(
            term_output("\u{1b}]8;;http://x\u{7}link", true),
            "\\u{1b}]8;;http://x\\u{7}link"
        );
    }

    #[test]
    fn csv_cells_are_neutralised_per_owasp() {
        assert_eq!(csv_field("=1+2"), "'=1+2");
        assert_eq!(csv_field("+cmd"), "'+cmd");
        assert_eq!(csv_field("-2+3"), "'-2+3");
        assert_eq!(csv_field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_field("\tx"), "'\tx");
        assert_eq!(csv_field("\rx"), "\"'\rx\"");
        assert_eq!(
            csv_field("=HYPERLINK(\"http://x\",\"y\")"),
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""
        );
        assert_eq!(csv_field("-3"), "-3");
        assert_eq!(csv_field("+0.5"), "+0.5");
        assert_eq!(csv_field("-12.25%"), "-12.25%");
        assert_eq!(csv_field("-1."), "'-1.");
        assert_eq!(csv_field("-"), "-");
        assert_eq!(csv_field("--"), "'--");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("team-a"), "team-a");
    }

    /// Text heavy in what acts on a display, among any characters.
    pub(crate) fn hostile() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let special = prop::sample::select(vec![
            '\u{1b}', '\u{7}', '\u{0}', '\u{7f}', '\u{9b}', '\n', '\r', '\t', '\u{2028}',
            '\u{2029}', '\u{202e}', '\u{2066}', '\u{200f}', '\u{61c}', '[', ':', '%', '`', '<',
        ]);
        prop::collection::vec(prop_oneof![special, any::<char>()], 0..24)
            .prop_map(|v| v.into_iter().collect())
    }

    proptest::proptest! {
        /// Whatever the catalog holds, each escaper leaves nothing that acts
        /// on a display but what it promises to keep: line breaks and tabs
        /// for a terminal and a page, tabs only for one line and Markdown.
        #[test]
        fn escapers_leave_nothing_that_acts_on_a_display(s in hostile()) {
            let kept = |out: &str, keep: &[char]| {
                out.chars().all(|c| !dangerous(c) || keep.contains(&c))
            };
            proptest::prop_assert!(kept(&term(&s), &['\n', '\t']));
            proptest::prop_assert!(kept(&in_page(s.clone()), &['\n', '\t']));
            proptest::prop_assert!(kept(&term_line(&s), &[]));
            proptest::prop_assert!(kept(&term_data(&s), &['\n', '\t']));
            proptest::prop_assert!(kept(&term_output(&s, false), &['\n', '\t']));
            proptest::prop_assert!(kept(&crate::output::md_text::escape(&s), &['\t']));
        }
    }
}
