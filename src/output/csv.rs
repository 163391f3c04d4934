//! CSV fields: RFC 4180 quoting, and text made safe to open in a
//! spreadsheet (OWASP's advice on formula injection: a cell that begins
//! with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'`,
//! so that the spreadsheet shows it as text instead of running it).

use std::borrow::Cow;

/// Whether a spreadsheet would read the text as a formula.
pub fn starts_formula(s: &str) -> bool {
    s.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// Text neutralised against formula injection (not yet quoted).
pub fn neutralise(s: &str) -> Cow<'_, str> {
    if starts_formula(s) {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
}

/// RFC 4180: a field holding a comma, a quote or a line break is quoted,
/// with quotes doubled. An empty text is quoted too (`""`), so that it
/// differs from an empty field, which loaders read as null.
pub fn quote(s: &str) -> Cow<'_, str> {
    if s.is_empty() {
        Cow::Borrowed("\"\"")
    } else if s.contains([',', '"', '\n', '\r']) {
        Cow::Owned(format!("\"{}\"", s.replace('"', "\"\"")))
    } else {
        Cow::Borrowed(s)
    }
}

/// A text field: neutralised, then quoted.
pub fn text_field(s: &str) -> String {
    quote(&neutralise(s)).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_fields_quoted() {
        assert_eq!(text_field("=1+2"), "'=1+2");
        assert_eq!(text_field("+cmd"), "'+cmd");
        assert_eq!(text_field("-2"), "'-2");
        assert_eq!(text_field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(text_field("\tx"), "'\tx");
        assert_eq!(text_field("\rx"), "\"'\rx\"");
        assert_eq!(
            text_field("=HYPERLINK(\"http://x\",\"y\")"),
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""
        );
        assert_eq!(text_field("a,b"), "\"a,b\"");
        assert_eq!(text_field("line\nbreak"), "\"line\nbreak\"");
        assert_eq!(text_field("plain"), "plain");
        assert_eq!(text_field(""), "\"\"");
        assert_eq!(text_field("x=1"), "x=1");
    }
}
