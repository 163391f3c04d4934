//! One renderer for every listing.
//!
//! A listing view (`capability list`, `exception list`, `kpi`, ...)
//! implements [`Listing`] once: its columns, its rows' cells, and what a
//! table says when there is no row. [`render`] then writes it in any format
//! the command offers:
//!
//! - a table for people, fitted to the terminal's width (free-text columns
//!   are cut, ids never), in colour when colour is on, catalog text made
//!   harmless for the terminal ([`super::table`]);
//! - CSV (RFC 4180, every cell neutralised against spreadsheet formulas);
//! - Markdown (cells escaped so that catalog text cannot become markup);
//! - JSON, the view itself (`"version": 1`, snake_case keys).
//!
//! Adding a format means one function here; adding a listing means one
//! `impl Listing`.

use super::style::Style;
use super::table;
use super::terminal::Terminal;
use comfy_table::{Attribute, Color};
use serde::Serialize;
use std::borrow::Cow;

/// What a listing is being rendered to: rows may read differently in each
/// (a rate as "75%" in a table, as 0.75 in CSV; colour only in a table).
#[derive(Clone, Copy, Debug)]
pub enum To {
    /// A table for people, coloured when the style says so.
    Table(Style),
    Csv,
    Markdown,
}

impl To {
    /// The colours to use: none but in a table with colour on.
    pub fn style(self) -> Style {
        match self {
            To::Table(s) => s,
            To::Csv | To::Markdown => Style::default(),
        }
    }

    pub fn is_csv(self) -> bool {
        matches!(self, To::Csv)
    }

    pub fn is_table(self) -> bool {
        matches!(self, To::Table(_))
    }
}

/// The format a command was asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Table,
    Csv,
    Markdown,
    Json,
}

/// One column: its name in CSV (snake_case), its header in a table or in
/// Markdown, whether it holds free text, and how Markdown aligns it.
#[derive(Clone, Debug)]
pub struct Column {
    name: Cow<'static, str>,
    header: Option<Cow<'static, str>>,
    free: bool,
    right: bool,
}

impl Column {
    /// A column named `name`; its table header is the name in capitals,
    /// `_` read as a space (`days_left` → `DAYS LEFT`).
    pub fn new(name: impl Into<Cow<'static, str>>) -> Column {
        Column {
            name: name.into(),
            header: None,
            free: false,
            right: false,
        }
    }

    /// A header other than the one derived from the name.
    pub fn header(mut self, h: impl Into<Cow<'static, str>>) -> Column {
        self.header = Some(h.into());
        self
    }

    /// Free text (a title, a name, a message): on a terminal too narrow for
    /// the table, these columns are cut with `…`; the others never are.
    pub fn free(mut self) -> Column {
        self.free = true;
        self
    }

    /// Right-aligned in Markdown (numbers).
    pub fn right(mut self) -> Column {
        self.right = true;
        self
    }

    fn shown(&self) -> Cow<'_, str> {
        match &self.header {
            Some(h) => Cow::Borrowed(h),
            None => Cow::Owned(self.name.replace('_', " ").to_uppercase()),
        }
    }
}

/// How a cell is painted in a table when colour is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paint {
    Fg(Color),
    Dim,
}

/// One cell: its text, and optionally a paint (tables with colour only) or
/// the mark that the text is Markdown already (written as is in Markdown).
#[derive(Clone, Debug, Default)]
pub struct Cell {
    text: String,
    paint: Option<Paint>,
    markdown: bool,
}

impl Cell {
    /// A cell painted with `paint` (when there is one).
    pub fn painted(text: impl Into<String>, paint: Option<Paint>) -> Cell {
        Cell {
            text: text.into(),
            paint,
            markdown: false,
        }
    }

    /// A cell that is Markdown already (catalog text inside it escaped by
    /// the listing): not escaped again in Markdown.
    pub fn markdown(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            paint: None,
            markdown: true,
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }
}

impl From<String> for Cell {
    fn from(text: String) -> Cell {
        Cell {
            text,
            ..Cell::default()
        }
    }
}

impl From<&str> for Cell {
    fn from(text: &str) -> Cell {
        Cell::from(text.to_string())
    }
}

/// The cells of a row, from anything that reads as text.
pub fn row<const N: usize>(cells: [String; N]) -> Vec<Cell> {
    cells.into_iter().map(Cell::from).collect()
}

/// A listing view: implemented once, rendered by [`render`] in every format.
pub trait Listing: Serialize {
    /// The columns, for a table, CSV or Markdown.
    fn columns(&self, to: To) -> Vec<Column>;

    /// One row of cells per line, as many as [`Listing::columns`] gives.
    fn rows(&self, to: To) -> Vec<Vec<Cell>>;

    /// What a table says instead of itself when there is no row, each line
    /// ending with `\n` (empty: nothing); `None`: the table is printed with
    /// its header only.
    fn empty(&self) -> Option<Cow<'_, str>> {
        None
    }

    /// Lines before the table or the Markdown table (a title), each ending
    /// with `\n`.
    fn head(&self, _to: To) -> String {
        String::new()
    }

    /// Lines after the table or the Markdown table (notes).
    fn foot(&self, _to: To) -> String {
        String::new()
    }
}

/// The listing in the format asked for; a table in `style`, fitted to
/// `width` (the terminal's, when on one: free text is cut to it).
pub fn render<L: Listing>(
    v: &L,
    f: Format,
    style: Style,
    width: Option<u16>,
) -> Result<String, serde_json::Error> {
    Ok(match f {
        Format::Json => return super::json_document(v),
        Format::Csv => csv(v),
        Format::Markdown => markdown(v),
        Format::Table => table_text(v, style, width),
    })
}

/// Renders the listing for the terminal and prints it: a table through the
/// terminal guard, the data formats (JSON, CSV, Markdown) as they are.
pub fn print<L: Listing>(term: &Terminal, v: &L, f: Format) -> anyhow::Result<()> {
    let out = render(v, f, term.style, term.width())?;
    term.print_as(&out, f == Format::Table)
}

/// CSV: the columns' names, then the rows' cells, RFC 4180 and
/// spreadsheet-safe.
pub fn csv<L: Listing>(v: &L) -> String {
    let cols = v.columns(To::Csv);
    let header: Vec<&str> = cols.iter().map(|c| c.name.as_ref()).collect();
    let rows: Vec<Vec<String>> = v
        .rows(To::Csv)
        .into_iter()
        .map(|r| r.into_iter().map(|c| c.text).collect())
        .collect();
    table::csv(&header, &rows)
}

/// A table for people: the head, the table (or the empty message), the foot.
pub fn table_text<L: Listing>(v: &L, style: Style, width: Option<u16>) -> String {
    let to = To::Table(style);
    let rows = v.rows(to);
    let mut out = v.head(to);
    match v.empty() {
        Some(msg) if rows.is_empty() => out.push_str(&msg),
        _ => {
            let cols = v.columns(to);
            let shown: Vec<Cow<'_, str>> = cols.iter().map(Column::shown).collect();
            let header: Vec<&str> = shown.iter().map(AsRef::as_ref).collect();
            let free: Vec<usize> = cols
                .iter()
                .enumerate()
                .filter(|(_, c)| c.free)
                .map(|(i, _)| i)
                .collect();
            let cells = rows
                .into_iter()
                .map(|r| r.into_iter().map(|c| comfy(c, style)).collect())
                .collect();
            out.push_str(&table::table_cells_fit(
                &header,
                cells,
                width,
                style.color,
                &free,
            ));
        }
    }
    out.push_str(&v.foot(to));
    out
}

/// A table cell: the text made safe for the terminal, painted when colour is on.
fn comfy(c: Cell, style: Style) -> comfy_table::Cell {
    let cell = comfy_table::Cell::new(table::term(&c.text));
    match c.paint.filter(|_| style.color) {
        Some(Paint::Fg(color)) => cell.fg(color),
        Some(Paint::Dim) => cell.add_attribute(Attribute::Dim),
        None => cell,
    }
}

/// A Markdown (GitHub) table: header, alignment row, one line per row;
/// catalog text escaped.
pub fn markdown<L: Listing>(v: &L) -> String {
    let to = To::Markdown;
    let cols = v.columns(to);
    let mut out = v.head(to);
    let line = |cells: Vec<String>| format!("| {} |\n", cells.join(" | "));
    out.push_str(&line(
        cols.iter()
            .map(|c| super::md_text::escape(&c.shown()))
            .collect(),
    ));
    out.push('|');
    for c in &cols {
        out.push_str(if c.right { "---:|" } else { "---|" });
    }
    out.push('\n');
    for r in v.rows(to) {
        out.push_str(&line(
            r.into_iter()
                .map(|c| {
                    if c.markdown {
                        c.text
                    } else {
                        super::md_text::escape(&c.text)
                    }
                })
                .collect(),
        ));
    }
    out.push_str(&v.foot(to));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A toy listing: fruit with a price and a free-text note.
    #[derive(Serialize)]
    struct Fruit {
        version: u32,
        fruit: Vec<(&'static str, f64, &'static str)>,
    }

    impl Listing for Fruit {
        fn columns(&self, to: To) -> Vec<Column> {
            let price = Column::new("price_eur").right();
            vec![
                Column::new("id"),
                if to.is_csv() {
                    price
                } else {
                    price.header("PRICE")
                },
                Column::new("note").free(),
            ]
        }
        fn rows(&self, to: To) -> Vec<Vec<Cell>> {
            self.fruit
                .iter()
                .map(|(id, price, note)| {
                    let paint = (*price > 5.0).then_some(Paint::Fg(Color::Red));
                    let price = if to.is_csv() {
                        price.to_string()
                    } else {
                        format!("€{price:.2}")
                    };
                    vec![
                        Cell::from(*id),
                        Cell::painted(price, paint),
                        Cell::from(*note),
                    ]
                })
                .collect()
        }
        fn empty(&self) -> Option<Cow<'_, str>> {
            Some("no fruit\n".into())
        }
    }

    fn toy() -> Fruit {
        Fruit {
            version: 1,
            fruit: vec![
                ("apple", 1.5, "crisp, red"),
                ("=cmd", 9.0, "a \u{1b}]0;title\u{7} *bold* |pipe|"),
            ],
        }
    }

    #[test]
    fn a_toy_listing_renders_in_every_format() {
        let v = toy();
        let plain = Style { color: false };
        let render = |f| render(&v, f, plain, None);
        assert_eq!(
            render(Format::Csv).ok().as_deref(),
            Some(
                "id,price_eur,note\n\
                 apple,1.5,\"crisp, red\"\n\
                 '=cmd,9,a \u{1b}]0;title\u{7} *bold* |pipe|\n"
            )
        );
        assert_eq!(
            render(Format::Table).ok().as_deref(),
            Some(
                "┌───────┬───────┬────────────────────────────┐\n\
                 │ ID    ┆ PRICE ┆ NOTE                       │\n\
                 ╞═══════╪═══════╪════════════════════════════╡\n\
                 │ apple ┆ €1.50 ┆ crisp, red                 │\n\
                 │ =cmd  ┆ €9.00 ┆ a \u{FFFD}]0;title\u{FFFD} *bold* |pipe| │\n\
                 └───────┴───────┴────────────────────────────┘\n"
            )
        );
        assert_eq!(
            render(Format::Markdown).ok().as_deref(),
            Some(
                "| ID | PRICE | NOTE |\n\
                 |---|---:|---|\n\
                 | apple | €1.50 | crisp, red |\n\
                 | =cmd | €9.00 | a \\u{1b}\\]0;title\\u{7} \\*bold\\* \\|pipe\\| |\n"
            )
        );
        assert_eq!(
            render(Format::Json).ok().as_deref(),
            Some(
                "{\n  \"version\": 1,\n  \"fruit\": [\n    [\n      \"apple\",\n      1.5,\n      \"crisp, red\"\n    ],\n    [\n      \"=cmd\",\n      9.0,\n      \"a \\u001b]0;title\\u0007 *bold* |pipe|\"\n    ]\n  ]\n}\n"
            )
        );
    }

    #[test]
    fn free_text_is_cut_to_the_terminal_and_colour_only_when_on() {
        let v = toy();
        let narrow =
            render(&v, Format::Table, Style { color: false }, Some(30)).unwrap_or_default();
        // 5 + 5 + 10 (borders and padding) = 20: the note keeps 10 columns,
        // `…` included; "crisp, red" fits whole.
        assert!(
            narrow.contains("│ apple ┆ €1.50 ┆ crisp, red │"),
            "{narrow}"
        );
        assert!(
            narrow.contains("│ =cmd  ┆ €9.00 ┆ a \u{FFFD}]0;tit… │"),
            "{narrow}"
        );
        assert!(!narrow.contains('\u{1b}'), "{narrow}");
        let coloured = render(&v, Format::Table, Style { color: true }, None).unwrap_or_default();
        assert!(
            coloured.contains("\u{1b}[38;5;9m €9.00 \u{1b}[39m"),
            "{coloured}"
        );
        assert!(!coloured.contains("\u{1b}]0;"), "{coloured}");
    }

    #[test]
    fn an_empty_table_says_so_and_csv_keeps_its_header() {
        let v = Fruit {
            version: 1,
            fruit: vec![],
        };
        let t = render(&v, Format::Table, Style::default(), None);
        assert_eq!(t.ok().as_deref(), Some("no fruit\n"));
        assert_eq!(
            render(&v, Format::Csv, Style::default(), None)
                .ok()
                .as_deref(),
            Some("id,price_eur,note\n")
        );
    }
}
