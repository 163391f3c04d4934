//! Tables for listings (comfy-table), fitted to the terminal.

use comfy_table::{presets::UTF8_FULL_CONDENSED, Cell, ContentArrangement, Table};

/// A table with a header row; `width` is the terminal's, when on one.
pub fn table(header: &[&str], rows: Vec<Vec<String>>, width: Option<u16>) -> String {
    let rows = rows
        .into_iter()
        .map(|r| {
            r.into_iter()
                .map(|c| Cell::new(super::safe::term(&c)))
                .collect()
        })
        .collect();
    table_cells(header, rows, width, false)
}

/// A table of cells that may carry colour (`styled`: colour is on), which
/// comfy-table keeps out of the column widths.
pub fn table_cells(
    header: &[&str],
    rows: Vec<Vec<Cell>>,
    width: Option<u16>,
    styled: bool,
) -> String {
    let mut t = Table::new();
    if styled {
        t.enforce_styling();
    } else {
        t.force_no_tty();
    }
    t.load_preset(UTF8_FULL_CONDENSED);
    match width {
        Some(w) => {
            t.set_content_arrangement(ContentArrangement::Dynamic);
            t.set_width(w);
        }
        None => {
            t.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    t.set_header(header.iter().copied());
    for r in rows {
        t.add_row(r);
    }
    format!("{t}\n")
}

/// CSV with RFC 4180 quoting, every cell neutralised against formula
/// injection ([`super::safe::csv_field`]).
pub fn csv(header: &[&str], rows: &[Vec<String>]) -> String {
    use super::safe::csv_field as cell;
    let mut out = header.iter().map(|h| cell(h)).collect::<Vec<_>>().join(",");
    out.push('\n');
    for r in rows {
        out.push_str(&r.iter().map(|c| cell(c)).collect::<Vec<_>>().join(","));
        out.push('\n');
    }
    out
}
