//! The KPI dashboard as Markdown, or as one self-contained HTML page (inline
//! CSS, inline SVG sparklines, no scripts, every text escaped).

use super::kpi::{arrow, change, is_good, target_text, value};
use super::md_text::escape as md;
use crate::report::kpi::{Card, Dashboard};
use std::fmt::Write as _;

/// Escapes text for HTML content and attribute values.
pub fn html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A sparkline in block characters; `·` where a period has no value.
pub fn spark_text(values: &[Option<f64>]) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let known: Vec<f64> = values.iter().flatten().copied().collect();
    let (lo, hi) = known
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
            (a.min(*v), b.max(*v))
        });
    values
        .iter()
        .map(|v| match v {
            None => '·',
            Some(_) if hi <= lo => BARS[3],
            Some(v) => {
                let i = ((v - lo) / (hi - lo) * 7.0).round() as usize;
                BARS.get(i).copied().unwrap_or('█')
            }
        })
        .collect()
}

fn change_text(c: &Card) -> String {
    match c.change {
        None => "—".into(),
        Some(x) => format!("{} {}", arrow(x), change(c.unit, Some(x))),
    }
}

/// The dashboard as Markdown: a table per group.
pub fn markdown(d: &Dashboard) -> String {
    let mut out = format!("# {}: KPIs for {}\n\n", md(&d.name), d.period);
    let _ = writeln!(
        out,
        "As of {}. Change is against {}. Trend: {} to {}, oldest first.",
        d.as_of,
        d.previous_period,
        d.periods.first().map_or("", String::as_str),
        d.periods.last().map_or("", String::as_str)
    );
    if let Some(why) = &d.history.reason {
        let _ = writeln!(
            out,
            "\nPast states of snapshot KPIs are not shown: {}.",
            md(why)
        );
    }
    for g in &d.groups {
        let _ = write!(out, "\n## {}\n\n| KPI | Value | Target | Status | Change | Trend |\n|---|---:|---|---|---:|---|\n", g.title);
        for c in &g.kpis {
            let _ = writeln!(
                out,
                "| {} (`{}`) | {} | {} | {} | {} | {} |",
                md(&c.name),
                c.id,
                value(c.unit, c.value),
                md(&target_text(c.unit, c.target)),
                c.status,
                change_text(c),
                spark_text(&c.sparkline)
            );
        }
    }
    out
}

/// An inline SVG sparkline: a line through the known values (broken where
/// a period has none) and a dot on the last one.
pub fn spark_svg(values: &[Option<f64>], periods: &[String], c: &Card) -> String {
    const W: f64 = 160.0;
    const H: f64 = 36.0;
    const PAD: f64 = 4.0;
    let known: Vec<f64> = values.iter().flatten().copied().collect();
    let title: Vec<String> = periods
        .iter()
        .zip(values)
        .map(|(p, v)| format!("{p}: {}", value(c.unit, *v)))
        .collect();
    let mut svg = format!(
        "<svg class=\"spark\" viewBox=\"0 0 {W} {H}\" width=\"{W}\" height=\"{H}\" role=\"img\" aria-label=\"trend\"><title>{}</title>",
        html(&title.join(", "))
    );
    if known.is_empty() {
        svg.push_str("<text x=\"0\" y=\"22\" class=\"none\">no trend yet</text></svg>");
        return svg;
    }
    let (lo, hi) = known
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
            (a.min(*v), b.max(*v))
        });
    let n = values.len().max(2) as f64 - 1.0;
    let x = |i: usize| PAD + (W - 2.0 * PAD) * i as f64 / n;
    let y = |v: f64| {
        if hi > lo {
            H - PAD - (H - 2.0 * PAD) * (v - lo) / (hi - lo)
        } else {
            H / 2.0
        }
    };
    let mut runs: Vec<Vec<(f64, f64)>> = vec![Vec::new()];
    for (i, v) in values.iter().enumerate() {
        match (v, runs.last_mut()) {
            (Some(v), Some(r)) => r.push((x(i), y(*v))),
            _ => runs.push(Vec::new()),
        }
    }
    for r in &runs {
        match r.as_slice() {
            [] => {}
            [(a, b)] => {
                let _ = write!(svg, "<circle cx=\"{a:.1}\" cy=\"{b:.1}\" r=\"1.5\"/>");
            }
            _ => {
                let pts: Vec<String> = r.iter().map(|(a, b)| format!("{a:.1},{b:.1}")).collect();
                let _ = write!(svg, "<polyline points=\"{}\"/>", pts.join(" "));
            }
        }
    }
    if let Some((i, Some(v))) = values.iter().enumerate().next_back() {
        let _ = write!(
            svg,
            "<circle class=\"last\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"2.5\"/>",
            x(i),
            y(*v)
        );
    }
    svg.push_str("</svg>");
    svg
}

const CSS: &str = "
:root { --ok: #1a7f37; --bad: #cf222e; --muted: #656d76; --warn: #9a6700; --line: #d0d7de; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; margin: 0 auto; max-width: 1200px; padding: 24px; color: #1f2328; background: #fff; }
h1 { font-size: 1.6em; margin: 0 0 4px; }
h2 { font-size: 1.15em; margin: 28px 0 10px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.meta, .note, .formula, .id { color: var(--muted); font-size: 0.85em; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(250px, 1fr)); gap: 12px; }
.card { border: 1px solid var(--line); border-left: 5px solid var(--line); border-radius: 6px; padding: 10px 12px; }
.card.on-target { border-left-color: var(--ok); }
.card.off-target { border-left-color: var(--bad); }
.card.no-target { border-left-color: var(--warn); }
.card h3 { font-size: 1em; margin: 0; }
.card p { margin: 2px 0; }
.value { font-size: 1.8em; font-weight: 600; }
.status { font-size: 0.8em; font-weight: 600; text-transform: uppercase; letter-spacing: 0.03em; }
.on-target .status { color: var(--ok); } .off-target .status { color: var(--bad); }
.no-data .status { color: var(--muted); } .no-target .status { color: var(--warn); }
.good { color: var(--ok); } .bad { color: var(--bad); }
svg.spark { display: block; margin: 6px 0 2px; }
svg.spark polyline { fill: none; stroke: #0969da; stroke-width: 1.5; }
svg.spark circle { fill: #0969da; }
svg.spark text.none { font-size: 11px; fill: var(--muted); }
@media print { .card { break-inside: avoid; } }
";

fn card_html(c: &Card, periods: &[String], previous: &str) -> String {
    let change = match c.change {
        None => "<p class=\"change\">change: —</p>".to_string(),
        Some(x) => {
            let class = if x == 0.0 {
                ""
            } else if is_good(c.better, x) {
                "good"
            } else {
                "bad"
            };
            format!(
                "<p class=\"change {class}\">{} vs {}</p>",
                html(&change_text(c)),
                html(previous)
            )
        }
    };
    let note = c
        .note
        .as_deref()
        .map(|n| format!("<p class=\"note\">{}</p>", html(n)))
        .unwrap_or_default();
    format!(
        "<article class=\"card {status}\" id=\"kpi-{id}\"><h3>{name}</h3><p class=\"id\">{id} · {source}</p>\
<p class=\"value\">{value}</p><p class=\"status\">{status}</p><p>Target: {target}</p>{change}{svg}\
<p class=\"formula\">{formula}</p>{note}</article>\n",
        status = html(c.status),
        id = html(&c.id),
        name = html(&c.name),
        source = html(c.source),
        value = html(&value(c.unit, c.value)),
        target = html(&target_text(c.unit, c.target)),
        svg = spark_svg(&c.sparkline, periods, c),
        formula = html(&c.formula),
    )
}

/// The dashboard as one HTML page that needs nothing else.
pub fn page(d: &Dashboard) -> String {
    let mut out =
        String::from("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = writeln!(
        out,
        "<title>{} — KPIs {}</title>",
        html(&d.name),
        html(&d.period)
    );
    let _ = writeln!(out, "<style>{CSS}</style>\n</head>\n<body>");
    out.push_str(&sections(d));
    out.push_str("</body>\n</html>\n");
    super::safe::in_page(out)
}

/// The dashboard's heading, notes and cards, for any page shell (the
/// dashboard's own page, the portal).
pub fn sections(d: &Dashboard) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<header><h1>{}: KPIs for {}</h1>",
        html(&d.name),
        html(&d.period)
    );
    let _ = writeln!(
        out,
        "<p class=\"meta\">As of {}. Change is against {}. Sparklines: {} to {}, oldest first.</p>",
        html(&d.as_of),
        html(&d.previous_period),
        html(d.periods.first().map_or("", String::as_str)),
        html(d.periods.last().map_or("", String::as_str))
    );
    if let Some(why) = &d.history.reason {
        let _ = writeln!(
            out,
            "<p class=\"note\">Past states of snapshot KPIs are not shown: {}.</p>",
            html(why)
        );
    }
    out.push_str("</header>\n");
    for g in &d.groups {
        let _ = writeln!(
            out,
            "<section id=\"{}\"><h2>{}</h2>\n<div class=\"cards\">",
            html(g.id),
            html(g.title)
        );
        for c in &g.kpis {
            out.push_str(&card_html(c, &d.periods, &d.previous_period));
        }
        out.push_str("</div></section>\n");
    }
    out
}

pub fn json(d: &Dashboard) -> String {
    let mut s = serde_json::to_string_pretty(d).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_html() {
        assert_eq!(
            html("<a href=\"x\">R&D's</a>"),
            "&lt;a href=&quot;x&quot;&gt;R&amp;D&#39;s&lt;/a&gt;"
        );
    }

    #[test]
    fn text_sparklines() {
        assert_eq!(spark_text(&[None, Some(0.0), Some(0.5), Some(1.0)]), "·▁▅█");
        assert_eq!(spark_text(&[Some(2.0), Some(2.0)]), "▄▄");
        assert_eq!(spark_text(&[None, None]), "··");
    }
}
