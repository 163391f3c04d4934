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

#[cfg(test)]
mod tests {
    use super::*;

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
}
