//! Small inline SVG charts: a timeline of dated rows and a ratio meter with
//! its target band.
//!
//! Hand-written rather than plotters: two chart shapes do not need a
//! plotting library, the output is a few dozen elements that inherit the
//! page's fonts (no font files, no fontconfig), it is byte-for-byte
//! deterministic, and every text in it goes through maud's escaping like
//! the rest of the page. Coordinates are printed with one decimal.

use chrono::NaiveDate;
use maud::{html, Markup};

/// One decimal, the unit of every coordinate.
fn f(x: f64) -> String {
    format!("{x:.1}")
}

/// Cuts a label to `max` characters, with an ellipsis.
pub fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fill {
    Solid,
    /// A lighter tint: planned or remaining time.
    Faded,
    /// Only an outline (stretch items).
    Outline,
}

/// A bar over days `from..=to`.
#[derive(Clone, Debug)]
pub struct Segment {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub color: &'static str,
    pub fill: Fill,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Diamond,
    Cross,
}

/// A point in time on a row (a delivery).
#[derive(Clone, Debug)]
pub struct Marker {
    pub at: NaiveDate,
    pub color: &'static str,
    pub shape: Shape,
    /// Drawn hollow (a delivery that does not count).
    pub hollow: bool,
}

#[derive(Clone, Debug, Default)]
pub struct Row {
    pub label: String,
    /// The full text shown on hover.
    pub tooltip: String,
    pub segments: Vec<Segment>,
    pub marker: Option<Marker>,
    /// A short note after the bar ("→ 2027-Q1").
    pub note: Option<String>,
    /// Greyed and struck through (dropped).
    pub dim: bool,
}

pub struct Timeline<'a> {
    /// What the chart shows, for screen readers.
    pub title: &'a str,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub today: Option<NaiveDate>,
    pub rows: Vec<Row>,
}

const W: f64 = 960.0;
const LABEL_W: f64 = 300.0;
const X0: f64 = 310.0;
const X1: f64 = 850.0;
/// Room above the rows: month labels, then the "today" label under them.
const TOP: f64 = 38.0;
const ROW_H: f64 = 24.0;
const BAR_H: f64 = 12.0;
/// How far past the quarter's end the chart reaches to show late
/// deliveries: at least far enough for its label, at most this far.
const MIN_OVERFLOW_DAYS: u64 = 21;
const MAX_OVERFLOW_DAYS: u64 = 45;
const LABEL_CHARS: usize = 46;

/// A timeline: one row per entry, month gridlines, today's date, and a
/// shaded zone after the last day when a marker falls past it.
pub fn timeline(t: &Timeline) -> Markup {
    let latest = t
        .rows
        .iter()
        .filter_map(|r| r.marker.as_ref().map(|m| m.at))
        .max();
    let overflow_to = latest.filter(|d| *d > t.end).map(|d| {
        let min = t.end + chrono::Days::new(MIN_OVERFLOW_DAYS);
        let max = t.end + chrono::Days::new(MAX_OVERFLOW_DAYS);
        (d + chrono::Days::new(3)).clamp(min, max)
    });
    let view_end = overflow_to.unwrap_or(t.end);
    let days = ((view_end - t.start).num_days() + 1).max(1) as f64;
    let x = |d: NaiveDate| -> f64 {
        let n = (d - t.start).num_days().clamp(0, days as i64) as f64;
        X0 + n / days * (X1 - X0)
    };
    let day_w = (X1 - X0) / days;
    let h = TOP + ROW_H * t.rows.len().max(1) as f64 + 8.0;
    // Months of the quarter only: the zone after it has its own label.
    let months = month_starts(t.start, t.end);
    let end_x = x(t.end + chrono::Days::new(1));
    html! {
        svg viewBox=(format!("0 0 {} {}", f(W), f(h))) role="img" aria-label=(t.title) font-size="12" {
            title { (t.title) }
            // Month bands and labels.
            @for (i, m) in months.iter().enumerate() {
                @let mx = x(*m);
                @let next = months.get(i + 1).map(|n| x(*n)).unwrap_or(end_x);
                @if i % 2 == 1 {
                    rect x=(f(mx)) y=(f(TOP - 6.0)) width=(f((next - mx).max(0.0))) height=(f(h - TOP - 2.0)) fill="#f6f8fa" {}
                }
                line x1=(f(mx)) y1=(f(TOP - 6.0)) x2=(f(mx)) y2=(f(h - 8.0)) stroke="#d8dee4" stroke-width="1" {}
                @if next - mx > 28.0 {
                    text x=(f((mx + next) / 2.0)) y="14" text-anchor="middle" fill="#59636e" { (m.format("%b")) }
                }
            }
            @if overflow_to.is_some() {
                rect x=(f(end_x)) y=(f(TOP - 6.0)) width=(f(X1 - end_x)) height=(f(h - TOP - 2.0)) fill="#fff1e5" {}
                text x=(f((end_x + X1) / 2.0)) y="14" text-anchor="middle" fill="#9a6700" font-size="10.5" { "after the quarter" }
            }
            line x1=(f(X0)) y1=(f(TOP - 6.0)) x2=(f(X0)) y2=(f(h - 8.0)) stroke="#8c959f" stroke-width="1" {}
            line x1=(f(end_x)) y1=(f(TOP - 6.0)) x2=(f(end_x)) y2=(f(h - 8.0)) stroke="#57606a" stroke-width="1.5" {}
            @for (i, r) in t.rows.iter().enumerate() {
                @let y = TOP + ROW_H * i as f64;
                @let cy = y + ROW_H / 2.0;
                g {
                    title { (r.tooltip) }
                    text x=(f(LABEL_W)) y=(f(cy + 4.0)) text-anchor="end" fill=(if r.dim { "#8c959f" } else { "#1f2328" })
                        text-decoration=[r.dim.then_some("line-through")] {
                        (truncate(&r.label, LABEL_CHARS))
                    }
                    line x1=(f(X0)) y1=(f(cy)) x2=(f(end_x)) y2=(f(cy)) stroke="#eaeef2" stroke-width="1" {}
                    @for s in &r.segments {
                        @let sx = x(s.from);
                        @let sw = (x(s.to + chrono::Days::new(1)) - sx).max(2.0);
                        @match s.fill {
                            Fill::Solid => rect x=(f(sx)) y=(f(cy - BAR_H / 2.0)) width=(f(sw)) height=(f(BAR_H)) rx="3" fill=(s.color) {},
                            Fill::Faded => rect x=(f(sx)) y=(f(cy - BAR_H / 2.0)) width=(f(sw)) height=(f(BAR_H)) rx="3" fill=(s.color) fill-opacity="0.28" {},
                            Fill::Outline => rect x=(f(sx + 0.75)) y=(f(cy - BAR_H / 2.0 + 0.75)) width=(f((sw - 1.5).max(1.0))) height=(f(BAR_H - 1.5)) rx="3" fill="#ffffff" stroke=(s.color) stroke-width="1.5" stroke-dasharray="4 2" {},
                        }
                    }
                    @if let Some(m) = &r.marker {
                        @let mx = x(m.at) + day_w / 2.0;
                        @match m.shape {
                            Shape::Diamond => path d=(format!("M{} {}l6 6l-6 6l-6 -6z", f(mx), f(cy - 6.0)))
                                fill=(if m.hollow { "#ffffff" } else { m.color }) stroke=(m.color) stroke-width="1.5" {},
                            Shape::Cross => path d=(format!("M{} {}l8 8m0 -8l-8 8", f(mx - 4.0), f(cy - 4.0))) stroke=(m.color) stroke-width="2" {},
                        }
                    }
                    @if let Some(n) = &r.note {
                        @let end = r.segments.iter().map(|s| x(s.to + chrono::Days::new(1)))
                            .chain(r.marker.iter().map(|m| x(m.at) + day_w / 2.0 + 6.0)).fold(X0, f64::max);
                        text x=(f((end + 6.0).min(W - 100.0))) y=(f(cy + 4.0)) fill="#59636e" font-size="11" { (n) }
                    }
                }
            }
            @if let Some(td) = t.today.filter(|d| *d >= t.start && *d <= view_end) {
                @let tx = x(td) + day_w / 2.0;
                line x1=(f(tx)) y1=(f(TOP - 10.0)) x2=(f(tx)) y2=(f(h - 4.0)) stroke="#cf222e" stroke-width="1.25" stroke-dasharray="3 3" {}
                text x=(f(tx)) y=(f(TOP - 12.0)) text-anchor="middle" fill="#cf222e" font-size="10.5" font-weight="600" { "today" }
            }
        }
    }
}

/// First days of the months that start inside `start..=end`, with `start` first.
fn month_starts(start: NaiveDate, end: NaiveDate) -> Vec<NaiveDate> {
    use chrono::Datelike;
    let mut out = vec![start];
    let mut m = NaiveDate::from_ymd_opt(start.year(), start.month(), 1)
        .and_then(|d| d.checked_add_months(chrono::Months::new(1)));
    while let Some(d) = m.filter(|d| *d <= end) {
        out.push(d);
        m = d.checked_add_months(chrono::Months::new(1));
    }
    out
}

/// A horizontal meter for a ratio in 0..1, with the target band shaded and
/// the value as a bar in `color`. No value draws only the track.
pub fn meter(
    value: Option<f64>,
    min: Option<f64>,
    max: Option<f64>,
    color: &str,
    title: &str,
) -> Markup {
    const MW: f64 = 200.0;
    const MH: f64 = 18.0;
    let x = |v: f64| v.clamp(0.0, 1.0) * MW;
    let band =
        (min.is_some() || max.is_some()).then(|| (x(min.unwrap_or(0.0)), x(max.unwrap_or(1.0))));
    html! {
        svg.meter viewBox=(format!("0 0 {} {}", f(MW), f(MH))) width=(f(MW)) height=(f(MH)) role="img" aria-label=(title) {
            title { (title) }
            rect x="0" y="5" width=(f(MW)) height="8" rx="4" fill="#eaeef2" {}
            @if let Some((a, b)) = band {
                rect x=(f(a)) y="2" width=(f((b - a).max(1.0))) height="14" fill="#1a7f37" fill-opacity="0.14" {}
                line x1=(f(a)) y1="1" x2=(f(a)) y2="17" stroke="#1a7f37" stroke-width="1" {}
                @if max.is_some() { line x1=(f(b)) y1="1" x2=(f(b)) y2="17" stroke="#1a7f37" stroke-width="1" {} }
            }
            @if let Some(v) = value {
                rect x="0" y="5" width=(f(x(v).max(1.5))) height="8" rx="4" fill=(color) {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        crate::model::parse_date(s).expect("date")
    }

    fn chart(rows: Vec<Row>) -> String {
        timeline(&Timeline {
            title: "Q4 <all>",
            start: d("2026-10-01"),
            end: d("2026-12-31"),
            today: Some(d("2026-11-27")),
            rows,
        })
        .into_string()
    }

    #[test]
    fn months_and_today_are_drawn_and_text_is_escaped() {
        let row = Row {
            label: "A <b>bold</b> & long title".into(),
            tooltip: "full".into(),
            ..Default::default()
        };
        let s = chart(vec![row]);
        assert!(s.starts_with("<svg viewBox=\"0 0 960.0 70.0\""));
        assert!(
            s.contains(">Oct</text>") && s.contains(">Nov</text>") && s.contains(">Dec</text>")
        );
        assert!(s.contains(">today</text>"));
        assert!(s.contains("A &lt;b&gt;bold&lt;/b&gt; &amp; long title"));
        assert!(s.contains("aria-label=\"Q4 &lt;all&gt;\""));
        assert!(!s.contains("after the quarter"));
    }

    #[test]
    fn a_bar_spans_its_days_and_a_late_marker_opens_the_after_zone() {
        let seg = Segment {
            from: d("2026-10-01"),
            to: d("2026-12-31"),
            color: "#000",
            fill: Fill::Solid,
        };
        let s = chart(vec![Row {
            segments: vec![seg.clone()],
            ..Default::default()
        }]);
        // 92 days over 540 px: the whole quarter is the whole axis.
        assert!(
            s.contains("<rect x=\"310.0\" y=\"44.0\" width=\"540.0\" height=\"12.0\""),
            "{s}"
        );
        let late = Marker {
            at: d("2027-01-01"),
            color: "#0a0",
            shape: Shape::Diamond,
            hollow: true,
        };
        let s = chart(vec![Row {
            segments: vec![seg],
            marker: Some(late),
            ..Default::default()
        }]);
        assert!(s.contains("after the quarter"));
        assert!(s.contains("fill=\"#ffffff\" stroke=\"#0a0\""));
    }

    #[test]
    fn a_far_late_marker_is_clamped() {
        let m = Marker {
            at: d("2027-09-01"),
            color: "#0a0",
            shape: Shape::Diamond,
            hollow: false,
        };
        let s = chart(vec![Row {
            marker: Some(m),
            ..Default::default()
        }]);
        assert!(s.contains("after the quarter"));
        // The marker stays on the chart (clamped at the overflow end).
        assert!(!s.contains("M9"), "marker outside the chart: {s}");
    }

    #[test]
    fn month_starts_cover_the_range() {
        let m = month_starts(d("2026-07-01"), d("2026-09-30"));
        assert_eq!(m, [d("2026-07-01"), d("2026-08-01"), d("2026-09-01")]);
        let m = month_starts(d("2026-11-01"), d("2027-01-31"));
        assert_eq!(m.len(), 3);
    }

    #[test]
    fn meter_shows_band_and_value() {
        let s = meter(Some(0.5), Some(0.7), Some(0.85), "#cf222e", "50.0%").into_string();
        assert!(
            s.contains("<rect x=\"140.0\" y=\"2\" width=\"30.0\""),
            "{s}"
        );
        assert!(
            s.contains("width=\"100.0\" height=\"8\" rx=\"4\" fill=\"#cf222e\""),
            "{s}"
        );
        let none = meter(None, None, None, "#000", "none").into_string();
        assert_eq!(none.matches("<rect").count(), 1);
    }

    #[test]
    fn labels_are_truncated_with_an_ellipsis() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 4), "abc");
    }
}
