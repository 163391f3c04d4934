//! One renderer for `show` views: a record of one thing.
//!
//! A title line (the id in bold, then what it is), aligned key/value lines
//! with dimmed keys (a missing value skips its line), and sections with a
//! bold title and item lines:
//!
//! ```text
//! EXC-0001 — Legacy auth stays until the rewrite
//!   state                  approved (status approved, expires in 12 days)
//!   team                   team-payments
//!
//! Exempts
//!   payments-api in deprecation dep-legacy-auth
//! ```
//!
//! The text goes to the terminal through its guard (`print_prose` or
//! `print_text`); catalog text is data and is never read as a sequence.

use super::style::Style;
use std::fmt::Display;

/// A record being written; [`Record::finish`] gives its text.
#[derive(Clone, Debug)]
pub struct Record {
    out: String,
    style: Style,
    key_width: usize,
    indent: &'static str,
    gap: &'static str,
}

impl Record {
    /// A record whose keys are indented by two spaces and padded to
    /// `key_width` columns, one space before the value.
    pub fn new(style: Style, key_width: usize) -> Record {
        Record {
            out: String::new(),
            style,
            key_width,
            indent: "  ",
            gap: " ",
        }
    }

    /// Keys at the left margin, the value right after the padded key.
    pub fn flush_left(mut self) -> Record {
        self.indent = "";
        self.gap = "";
        self
    }

    /// The title line: the id in bold, then ` — ` and what it is.
    pub fn title(&mut self, id: &str, what: Option<&str>) -> &mut Record {
        self.out.push_str(&self.style.bold(id));
        if let Some(w) = what {
            self.out.push_str(" — ");
            self.out.push_str(&hang(w, "  "));
        }
        self.out.push('\n');
        self
    }

    /// A key and its value on one line (a value's own line breaks go on
    /// lines indented to where the value starts).
    pub fn field(&mut self, key: &str, value: impl Display) -> &mut Record {
        let pad = " "
            .repeat(self.indent.len() + self.key_width.max(key.chars().count()) + self.gap.len());
        let key = self.style.dim(&format!("{key:<w$}", w = self.key_width));
        let value = hang(&value.to_string(), &pad);
        self.out
            .push_str(&format!("{}{key}{}{value}\n", self.indent, self.gap));
        self
    }

    /// A key and its value, or no line when there is no value.
    pub fn field_opt<V: Display>(&mut self, key: &str, value: Option<V>) -> &mut Record {
        if let Some(v) = value {
            self.field(key, v);
        }
        self
    }

    /// A blank line, then the section's title in bold.
    pub fn section(&mut self, title: &str) -> &mut Record {
        let t = self.style.bold(title);
        self.out.push_str(&format!("\n{t}\n"));
        self
    }

    /// A line of its own at the left margin (a sentence under the title).
    pub fn line(&mut self, text: impl Display) -> &mut Record {
        self.out
            .push_str(&format!("{}\n", hang(&text.to_string(), "  ")));
        self
    }

    /// An item line, indented by two spaces.
    pub fn item(&mut self, text: impl Display) -> &mut Record {
        self.out
            .push_str(&format!("  {}\n", hang(&text.to_string(), "  ")));
        self
    }

    /// An item line per entry, or `  none` when there is none.
    pub fn items_or_none<I: Display>(&mut self, items: impl IntoIterator<Item = I>) -> &mut Record {
        let mut any = false;
        for i in items {
            any = true;
            self.item(i);
        }
        if !any {
            self.item("none");
        }
        self
    }

    /// Text as it is (a table, a paragraph already laid out).
    pub fn text(&mut self, text: &str) -> &mut Record {
        self.out.push_str(text);
        self
    }

    /// A blank line.
    pub fn blank(&mut self) -> &mut Record {
        self.out.push('\n');
        self
    }

    pub fn style(&self) -> Style {
        self.style
    }

    pub fn finish(self) -> String {
        self.out
    }
}

/// The items joined with `, `, or `none`.
pub fn list_or_none(v: Vec<String>) -> String {
    if v.is_empty() {
        "none".into()
    } else {
        v.join(", ")
    }
}

/// `text` without its final line breaks, every line after the first
/// indented by `pad`: a value that holds line breaks (a description written
/// as a block) stays inside its field instead of running on at the margin,
/// where it would read as the record's next line.
fn hang(text: &str, pad: &str) -> String {
    let text = text.trim_end_matches(['\n', '\r']);
    if !text.contains('\n') {
        return text.to_string();
    }
    text.replace('\n', &format!("\n{pad}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toy(style: Style) -> String {
        let mut r = Record::new(style, 8);
        r.title("ID-1", Some("A thing"))
            .field("owner", "team-a")
            .field_opt("docs", None::<&str>)
            .field_opt("runbook", Some("https://x"))
            .section("Items")
            .items_or_none(["one", "two"])
            .section("Empty")
            .items_or_none(Vec::<String>::new());
        r.finish()
    }

    #[test]
    fn keys_align_missing_values_skip_and_sections_are_titled() {
        assert_eq!(
            toy(Style { color: false }),
            "ID-1 — A thing\n  owner    team-a\n  runbook  https://x\n\nItems\n  one\n  two\n\nEmpty\n  none\n"
        );
        assert_eq!(
            toy(Style { color: true }),
            "\u{1b}[1mID-1\u{1b}[0m — A thing\n  \u{1b}[2mowner   \u{1b}[0m team-a\n  \u{1b}[2mrunbook \u{1b}[0m https://x\n\n\u{1b}[1mItems\u{1b}[0m\n  one\n  two\n\n\u{1b}[1mEmpty\u{1b}[0m\n  none\n"
        );
        let mut flush = Record::new(Style::default(), 6).flush_left();
        flush.field("id", "INT-1").field("title", "x");
        assert_eq!(flush.finish(), "id    INT-1\ntitle x\n");
    }

    #[test]
    fn a_value_with_line_breaks_stays_inside_its_field() {
        let mut r = Record::new(Style::default(), 6);
        r.title("s", Some("A\n::error::t"))
            .item("one\n::error::i\n")
            .field("notes", "a\n::error::f\nc\n")
            .line("brief\n::error::l");
        let out = r.finish();
        assert_eq!(
            out,
            "s — A\n  ::error::t\n  one\n  ::error::i\n  notes  a\n         ::error::f\n         c\nbrief\n  ::error::l\n"
        );
        let mut flush = Record::new(Style::default(), 4).flush_left();
        flush.field("title", "x\ny");
        assert_eq!(flush.finish(), "titlex\n     y\n");
    }
}
