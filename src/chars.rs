//! Characters that are not what they show: the ones every writer of catalog
//! text (terminal, YAML) has to escape, whatever else its format asks, and
//! how they are shown instead.

use std::borrow::Cow;

/// Characters that can act on a terminal or on how text is shown: C0 and C1
/// controls (ESC starts colour, title, clear-screen and hyperlink
/// sequences), DEL, the line and paragraph separators, and the
/// bidirectional embeddings, overrides, isolates and marks (they reorder
/// what is shown, so text can read differently from what it is).
pub fn acts_on_display(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{1f}'
        | '\u{7f}'..='\u{9f}'
        | '\u{061c}'
        | '\u{200e}' | '\u{200f}'
        | '\u{2028}' | '\u{2029}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}')
}

/// How a character that acts on a display is shown: `\n`, `\r`, `\t`,
/// else `\u{1b}`.
pub fn shown(c: char) -> String {
    match c {
        '\n' => "\\n".into(),
        '\r' => "\\r".into(),
        '\t' => "\\t".into(),
        c => format!("\\u{{{:x}}}", c as u32),
    }
}

/// `s` with every character that acts on a display, but those `keep`
/// keeps, written as `esc` gives it (borrowed when there is none).
pub fn escape_as(s: &str, keep: impl Fn(char) -> bool, esc: fn(char) -> String) -> Cow<'_, str> {
    if !s.chars().any(|c| acts_on_display(c) && !keep(c)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if acts_on_display(c) && !keep(c) {
            out.push_str(&esc(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `s` on one line, showing nothing that acts on a display: line breaks,
/// carriage returns and tabs as `\n`, `\r`, `\t`, the rest as `\u{..}`.
/// For text a user typed or a file holds, quoted in a message.
pub fn one_line(s: &str) -> Cow<'_, str> {
    escape_as(s, |_| false, shown)
}
