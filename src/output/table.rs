//! Tables for listings (comfy-table), fitted to the terminal.
//!
//! On a terminal (`width` given) the table is laid out for that width the
//! way gh does it: ids, dates, numbers and statuses are never broken; the
//! free-text columns (titles, names, messages) share what is left and are
//! cut with `…`. Piped (`width` None) every cell is printed whole.

use comfy_table::{presets::UTF8_FULL_CONDENSED, Cell, ContentArrangement, Table};
use unicode_width::UnicodeWidthStr;

/// Headers of free-text columns: the ones cut to fit a terminal.
const FREE_TEXT: &[&str] = &[
    "TITLE",
    "NAME",
    "SUMMARY",
    "WHAT",
    "OUTCOME",
    "REASON",
    "MESSAGE",
    "REMAINING BY TEAM",
    "KPI",
];

/// Catalog text made safe for a terminal: control and bidirectional
/// characters ([`crate::chars::acts_on_display`]) are shown as `�` and line
/// breaks as spaces, so no escape sequence (cursor moves, screen
/// clears, window titles) reaches the terminal. Colour (SGR, `ESC [ … m`),
/// which the listings add themselves, is kept.
pub fn term(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '\n' | '\r' | '\t' => out.push(' '),
            '\u{1b}' => {
                let rest = &s[i + 1..];
                let sgr = rest.strip_prefix('[').and_then(|r| {
                    let n = r.find(|x: char| !(x.is_ascii_digit() || x == ';'))?;
                    (r.as_bytes().get(n) == Some(&b'm')).then_some(n + 2)
                });
                match sgr {
                    Some(len) => {
                        out.push('\u{1b}');
                        out.push_str(&rest[..len]);
                        for _ in 0..len {
                            chars.next();
                        }
                    }
                    None => out.push('\u{FFFD}'),
                }
            }
            c if crate::chars::acts_on_display(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// A table with a header row; `width` is the terminal's, when on one.
pub fn table(header: &[&str], rows: Vec<Vec<String>>, width: Option<u16>) -> String {
    let rows = rows
        .into_iter()
        .map(|r| r.into_iter().map(|c| Cell::new(term(&c))).collect())
        .collect();
    table_cells(header, rows, width, false)
}

/// A table of cells that may carry colour (`styled`: colour is on), which
/// comfy-table keeps out of the column widths. Free-text columns are the
/// ones whose header is a title, name, summary or message.
pub fn table_cells(
    header: &[&str],
    rows: Vec<Vec<Cell>>,
    width: Option<u16>,
    styled: bool,
) -> String {
    let free: Vec<usize> = header
        .iter()
        .enumerate()
        .filter(|(_, h)| FREE_TEXT.contains(h))
        .map(|(i, _)| i)
        .collect();
    table_cells_fit(header, rows, width, styled, &free)
}

/// Cuts `s` to at most `max` columns of the terminal, ending with `…` when cut.
pub fn truncate(s: &str, max: usize) -> String {
    if s.width() <= max {
        return s.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut w = 0;
    for ch in s.chars() {
        let cw = unicode_width::UnicodeWidthChar::width(ch).unwrap_or(0);
        if w + cw + 1 > max {
            break;
        }
        out.push(ch);
        w += cw;
    }
    out.push('…');
    out
}

/// Like [`table_cells`], with the free-text columns named by index.
pub fn table_cells_fit(
    header: &[&str],
    rows: Vec<Vec<Cell>>,
    width: Option<u16>,
    styled: bool,
    free: &[usize],
) -> String {
    let mut t = Table::new();
    if styled {
        t.enforce_styling();
    } else {
        t.force_no_tty();
    }
    t.load_preset(UTF8_FULL_CONDENSED);
    t.set_content_arrangement(ContentArrangement::Disabled);
    let rows = match width {
        Some(w) => fit(header, rows, usize::from(w), free),
        None => rows,
    };
    t.set_header(header.iter().copied());
    for r in rows {
        t.add_row(r);
    }
    format!("{t}\n")
}

/// Cuts the free-text cells so that the table is at most `width` wide.
/// When even the other columns do not fit, nothing is cut below the
/// header's width and the terminal wraps the line: an id is never broken.
fn fit(header: &[&str], rows: Vec<Vec<Cell>>, width: usize, free: &[usize]) -> Vec<Vec<Cell>> {
    let n = header.len();
    let mut widths: Vec<usize> = header.iter().map(|h| h.width()).collect();
    for r in &rows {
        for (i, c) in r.iter().enumerate().take(n) {
            let w = c.content().lines().map(|l| l.width()).max().unwrap_or(0);
            widths[i] = widths[i].max(w);
        }
    }
    // `│ a ┆ b │`: one space each side of every cell and n+1 borders.
    let overhead = 3 * n + 1;
    let fixed: usize = (0..n)
        .filter(|i| !free.contains(i))
        .map(|i| widths[i])
        .sum();
    let free_now: usize = free.iter().filter(|i| **i < n).map(|i| widths[*i]).sum();
    if overhead + fixed + free_now <= width || free.is_empty() {
        return rows;
    }
    let mut budget = width.saturating_sub(overhead + fixed);
    // Share the room: narrow free columns keep their width, the widest are cut.
    let mut cols: Vec<usize> = free.iter().copied().filter(|i| *i < n).collect();
    cols.sort_by_key(|i| widths[*i]);
    let mut limit = vec![usize::MAX; n];
    let mut left = cols.len();
    for i in cols {
        let share = budget / left.max(1);
        let min = header[i].width().max(6);
        let w = widths[i].min(share).max(min);
        limit[i] = w;
        budget = budget.saturating_sub(w);
        left -= 1;
    }
    rows.into_iter()
        .map(|r| {
            r.into_iter()
                .enumerate()
                .map(|(i, c)| {
                    if limit.get(i).is_some_and(|l| *l != usize::MAX) {
                        let text = c.content().replace('\n', " ");
                        if text.width() > limit[i] {
                            return Cell::new(truncate(&text, limit[i]));
                        }
                    }
                    c
                })
                .collect()
        })
        .collect()
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

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(s: &str) -> Vec<&str> {
        s.lines().collect()
    }

    #[test]
    fn cuts_free_text_and_never_ids() {
        let rows = vec![vec![
            "capability-with-a-long-id".to_string(),
            "A title that is much too long for a narrow terminal".to_string(),
        ]];
        let out = table(&["ID", "TITLE"], rows.clone(), Some(50));
        // 25 (id) + 7 overhead = 32; 18 left for the title: 17 chars and `…`.
        assert!(
            out.contains("│ capability-with-a-long-id ┆ A title that is m… │"),
            "{out}"
        );
        assert!(lines(&out).iter().all(|l| l.width() <= 50), "{out}");
        // Piped: nothing cut.
        let piped = table(&["ID", "TITLE"], rows.clone(), None);
        assert!(piped.contains("much too long for a narrow terminal"));
        // Wide enough: nothing cut either.
        let wide = table(&["ID", "TITLE"], rows, Some(200));
        assert_eq!(wide, piped);
    }

    #[test]
    fn truncates_by_display_width() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 3), "abc");
        assert_eq!(truncate("日本語です", 5), "日本…");
        assert_eq!(truncate("x", 0), "");
    }

    #[test]
    fn terminal_escapes_are_defused() {
        assert_eq!(term("a\u{1b}[2Jb\nc"), "a\u{FFFD}[2Jb c");
        assert_eq!(term("\u{1b}]0;owned\u{7}x"), "\u{FFFD}]0;owned\u{FFFD}x");
        // Colour is kept.
        assert_eq!(term("\u{1b}[1;31mred\u{1b}[0m"), "\u{1b}[1;31mred\u{1b}[0m");
        assert_eq!(term("\u{1b}["), "\u{FFFD}[");
    }
}
