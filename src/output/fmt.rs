//! Numbers and dates as people read them, shared by the text, Markdown and
//! HTML renderers.

use chrono::NaiveDate;

/// A ratio as a percentage with one decimal: `0.7521` → `75.2%`.
pub fn percent(r: f64) -> String {
    let p = r * 100.0;
    // Avoid "-0.0%" for tiny negative rounding noise.
    let p = if p.abs() < 0.05 { 0.0 } else { p };
    format!("{p:.1}%")
}

/// A ratio, or a dash when there is none.
pub fn percent_or_dash(r: Option<f64>) -> String {
    r.map_or_else(|| "—".to_string(), percent)
}

/// A number with at most two decimals and no trailing zeros: `99.9`, `4`, `0.25`.
pub fn number(v: f64) -> String {
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".into()
    } else {
        s.to_string()
    }
}

/// `1 Oct – 31 Dec 2026`, or with both years when they differ.
pub fn date_range(a: NaiveDate, b: NaiveDate) -> String {
    use chrono::Datelike;
    if a.year() == b.year() {
        format!("{} – {}", a.format("%-d %b"), b.format("%-d %b %Y"))
    } else {
        format!("{} – {}", a.format("%-d %b %Y"), b.format("%-d %b %Y"))
    }
}

/// `27 Nov 2026`.
pub fn date(d: NaiveDate) -> String {
    d.format("%-d %b %Y").to_string()
}

/// "1 item", "3 items".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Text wrapped at `width` columns for a terminal: a long line breaks at
/// spaces and its continuations keep its indentation (and a list item's
/// `- `). Lines of tables and bars (box-drawing characters) are left whole:
/// they are laid out already.
pub fn wrap(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    let mut out = String::with_capacity(text.len() + 16);
    for line in text.split_inclusive('\n') {
        let (body, nl) = match line.strip_suffix('\n') {
            Some(b) => (b, "\n"),
            None => (line, ""),
        };
        let laid_out = body.contains(['│', '┆', '─', '═', '█', '░', '\u{1b}']);
        if body.width() <= width || laid_out {
            out.push_str(line);
            continue;
        }
        let lead = body.len() - body.trim_start().len();
        let mut indent = body[..lead].to_string();
        if body[lead..].starts_with("- ") {
            indent.push_str("  ");
        }
        let mut cur = body[..lead].to_string();
        let mut cur_w = cur.width();
        let mut first_word = true;
        for word in body[lead..].split(' ').filter(|w| !w.is_empty()) {
            let w = word.width();
            if !first_word && cur_w + 1 + w > width {
                out.push_str(cur.trim_end());
                out.push('\n');
                cur = indent.clone();
                cur_w = cur.width();
                first_word = true;
            }
            if !first_word {
                cur.push(' ');
                cur_w += 1;
            }
            cur.push_str(word);
            cur_w += w;
            first_word = false;
        }
        out.push_str(cur.trim_end());
        out.push_str(nl);
    }
    out
}

/// A progress bar of `width` cells and the percentage: `██████░░░░  60%`.
pub fn bar(ratio: f64, width: usize) -> String {
    let r = if ratio.is_finite() {
        ratio.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let full = (r * width as f64).round() as usize;
    format!(
        "{}{} {:>3.0}%",
        "█".repeat(full),
        "░".repeat(width - full.min(width)),
        r * 100.0
    )
}

/// "in 3 days", "today", "2 days ago".
pub fn relative_days(n: i64) -> String {
    match n {
        0 => "today".into(),
        1 => "tomorrow".into(),
        -1 => "yesterday".into(),
        n if n > 0 => format!("in {n} days"),
        n => format!("{} days ago", -n),
    }
}

/// Text indented by two spaces, for previews and `show`.
pub fn indent(text: &str) -> String {
    text.lines()
        .map(|l| format!("  {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// What a listing shows, for standard error: "3 deprecations: state
/// overdue, team team-growth", or "15 capabilities: all" when no filter
/// (a filter with an empty value) was given.
pub fn what_it_shows(n: usize, one: &str, many: &str, filters: &[(&str, String)]) -> String {
    let what: Vec<String> = filters
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k} {v}"))
        .collect();
    let scope = if what.is_empty() {
        "all".to_string()
    } else {
        what.join(", ")
    };
    format!("{}: {scope}", plural(n, one, many))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_the_width_and_keeps_indentation() {
        assert_eq!(wrap("short\n", 20), "short\n");
        assert_eq!(
            wrap("  one two three four five six\n", 14),
            "  one two\n  three four\n  five six\n"
        );
        assert_eq!(wrap("- alpha beta gamma", 12), "- alpha beta\n  gamma");
        // A word longer than the width stays whole (an id, a URL).
        assert_eq!(
            wrap("see https://example.com/a/long/path now", 10),
            "see\nhttps://example.com/a/long/path\nnow"
        );
        // Tables are left as they are.
        let t = "│ a very long cell that goes on and on │\n";
        assert_eq!(wrap(t, 10), t);
    }

    #[test]
    fn percentages_have_one_decimal() {
        assert_eq!(percent(0.7521), "75.2%");
        assert_eq!(percent(3.0 / 7.0), "42.9%");
        assert_eq!(percent(1.0), "100.0%");
        assert_eq!(percent(0.0), "0.0%");
        assert_eq!(percent(-0.0001), "0.0%");
        assert_eq!(percent_or_dash(None), "—");
    }

    #[test]
    fn numbers_drop_trailing_zeros() {
        assert_eq!(number(99.9), "99.9");
        assert_eq!(number(500.0), "500");
        assert_eq!(number(0.25), "0.25");
        assert_eq!(number(1.006), "1.01");
    }

    #[test]
    fn dates_read_like_prose() {
        let d = |s| crate::model::parse_date(s).expect("date");
        assert_eq!(
            date_range(d("2026-10-01"), d("2026-12-31")),
            "1 Oct – 31 Dec 2026"
        );
        assert_eq!(
            date_range(d("2026-11-01"), d("2027-01-31")),
            "1 Nov 2026 – 31 Jan 2027"
        );
        assert_eq!(date(d("2026-11-27")), "27 Nov 2026");
        assert_eq!(plural(1, "item", "items"), "1 item");
    }

    #[test]
    fn bars() {
        assert_eq!(bar(0.5, 10), "█████░░░░░  50%");
        assert_eq!(bar(1.0, 4), "████ 100%");
        assert_eq!(bar(0.0, 4), "░░░░   0%");
        assert_eq!(bar(f64::NAN, 2), "░░   0%");
    }

    #[test]
    fn a_listing_says_its_filters_or_all() {
        let none = [("state", String::new()), ("team", String::new())];
        assert_eq!(
            what_it_shows(15, "capability", "capabilities", &none),
            "15 capabilities: all"
        );
        let some = [
            ("state", "overdue".to_string()),
            ("capability", String::new()),
            ("team", "team-growth".to_string()),
        ];
        assert_eq!(
            what_it_shows(1, "deprecation", "deprecations", &some),
            "1 deprecation: state overdue, team team-growth"
        );
    }
}
