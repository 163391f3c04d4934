//! Characters that are not what they show: the ones every writer of catalog
//! text (terminal, YAML) has to escape, whatever else its format asks.

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
