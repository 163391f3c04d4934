//! The scorecard report as Markdown and as one self-contained HTML page:
//! distribution, roll-up by team, per-rule pass rates, a trend chart and
//! "why this level" per entity. Catalog text is escaped for each format.

use super::fmt::percent_or_dash;
use super::html::{page, tiles, Page, Tile, Tone};
use super::md::{code, escape, table, table_aligned};
use crate::scorecard::view::{ReportCard, ReportView, SummaryView, TrendPoint};
use maud::{html, Markup};

fn levels_line(s: &SummaryView) -> String {
    s.distribution
        .iter()
        .map(|d| format!("{} {}", d.level, d.count))
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn markdown(v: &ReportView) -> String {
    let mut o = format!(
        "# Scorecards — {}\n\nAs of {}.\n",
        escape(&v.catalog),
        v.as_of
    );
    if v.scorecards.is_empty() {
        o.push_str("\nNo scorecard in the catalog.\n");
    }
    for c in &v.scorecards {
        card_md(&mut o, c);
    }
    o
}

fn card_md(o: &mut String, c: &ReportCard) {
    card_head_md(o, c);
    o.push_str("\n\n### Distribution\n\n");
    let rows: Vec<Vec<String>> = c
        .summary
        .distribution
        .iter()
        .map(|d| vec![escape(&d.level), d.count.to_string()])
        .collect();
    o.push_str(&table_aligned(&["level", "entities"], &[1], &rows));
    o.push_str("\n### Trend (counts per level at each quarter's end)\n\n");
    o.push_str(&trend_md(c));
    o.push_str("\n### By team (each with the teams below it)\n\n");
    o.push_str(&teams_md(c));
    o.push_str("\n### Rules\n\n");
    o.push_str(&rules_md(&c.summary));
    o.push_str("\n### Why this level\n\n");
    o.push_str(&entities_md(c));
}

/// The scorecard's title, description, summary sentence and target.
fn card_head_md(o: &mut String, c: &ReportCard) {
    let s = &c.summary;
    o.push_str(&format!(
        "\n## {} ({})\n\n",
        escape(&c.scorecard.name),
        code(&c.scorecard.id)
    ));
    if let Some(d) = &c.scorecard.description {
        o.push_str(&format!("{}\n\n", escape(d)));
    }
    o.push_str(&format!(
        "Applies to {}; {} scored. Median level **{}**, progress (above none) {}.",
        c.scorecard.applies_to,
        s.scored,
        escape(s.median.as_deref().unwrap_or("—")),
        percent_or_dash(s.progress)
    ));
    if let Some(t) = &c.target {
        o.push_str(&format!(
            " Target: {} at {} or above — now {}{}.",
            percent_or_dash(Some(t.share)),
            escape(&t.level),
            percent_or_dash(t.value),
            match t.met {
                Some(true) => " (met)",
                Some(false) => " (not met)",
                None => "",
            }
        ));
    }
}

/// Counts per level at each period's end, or why a period has none.
fn trend_md(c: &ReportCard) -> String {
    let mut head: Vec<String> = vec!["period".into(), "none".into()];
    head.extend(c.scorecard.levels.iter().map(|l| escape(l)));
    head.push("progress".into());
    let rows: Vec<Vec<String>> = c
        .trend
        .iter()
        .map(|p| match &p.summary {
            Some(s) => {
                let mut r = vec![p.period.clone()];
                r.extend(s.distribution.iter().map(|d| d.count.to_string()));
                r.push(percent_or_dash(s.progress));
                r
            }
            None => {
                let mut r = vec![p.period.clone()];
                r.extend((0..=c.scorecard.levels.len()).map(|_| "—".to_string()));
                r.push(escape(p.note.as_deref().unwrap_or("no data")));
                r
            }
        })
        .collect();
    let h: Vec<&str> = head.iter().map(String::as_str).collect();
    table(&h, &rows)
}

fn teams_md(c: &ReportCard) -> String {
    let rows: Vec<Vec<String>> = c
        .teams
        .iter()
        .map(|t| {
            vec![
                code(&t.team),
                t.summary.scored.to_string(),
                escape(t.summary.median.as_deref().unwrap_or("—")),
                percent_or_dash(t.summary.progress),
                escape(&levels_line(&t.summary)),
            ]
        })
        .collect();
    table(&["team", "scored", "median", "progress", "levels"], &rows)
}

fn rules_md(s: &SummaryView) -> String {
    let rows: Vec<Vec<String>> = s
        .rules
        .iter()
        .map(|r| {
            vec![
                code(&r.id),
                escape(&r.name),
                escape(&r.level),
                format!("{} / {}", r.passing, r.counted),
                percent_or_dash(r.pass_rate),
                r.enable_on
                    .map(|d| format!("counts from {d}"))
                    .unwrap_or_default(),
            ]
        })
        .collect();
    table(
        &["rule", "name", "level", "passing", "pass rate", "note"],
        &rows,
    )
}

/// Each entity's level, what does not pass, and what the next level needs.
fn entities_md(c: &ReportCard) -> String {
    let rows: Vec<Vec<String>> = c
        .entities
        .iter()
        .map(|e| {
            vec![
                code(&e.id),
                e.team.as_deref().map(code).unwrap_or_default(),
                escape(&e.level),
                percent_or_dash(e.score),
                e.failing
                    .iter()
                    .map(|f| format!("{} ({})", code(&f.rule), f.outcome.as_str()))
                    .collect::<Vec<_>>()
                    .join(", "),
                match &e.next_level {
                    None => "top level".into(),
                    Some(l) => format!(
                        "{}: {}",
                        escape(l),
                        e.next_step
                            .iter()
                            .map(|r| code(r))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                },
            ]
        })
        .collect();
    table(
        &["entity", "team", "level", "score", "not passing", "next"],
        &rows,
    )
}

const COLORS: &[&str] = &[
    "#cf222e", "#bf8700", "#8c959f", "#0969da", "#1a7f37", "#8250df", "#116329",
];

/// The colour of the i-th level, `none` first (the site's charts use the same).
pub(crate) fn color(i: usize) -> &'static str {
    COLORS.get(i).copied().unwrap_or("#57606a")
}

fn f(x: f64) -> String {
    format!("{x:.1}")
}

/// Horizontal bars, one per level ("none" first).
fn distribution_svg(s: &SummaryView) -> Markup {
    let n = s.distribution.len() as f64;
    let max = s
        .distribution
        .iter()
        .map(|d| d.count)
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let (w, row) = (520.0, 24.0);
    let h = n * row + 8.0;
    html! {
        svg.chart viewBox=(format!("0 0 {} {}", f(w), f(h))) width=(f(w)) height=(f(h)) role="img" aria-label="entities per level" {
            title { "Entities per level" }
            @for (i, d) in s.distribution.iter().enumerate() {
                @let y = 4.0 + i as f64 * row;
                @let bw = (d.count as f64 / max) * 360.0;
                text x="0" y=(f(y + 15.0)) font-size="12" fill="#1f2328" { (d.level) }
                rect x="110" y=(f(y + 3.0)) width=(f(bw.max(1.0))) height="16" rx="3" fill=(color(i)) {}
                text x=(f(116.0 + bw)) y=(f(y + 15.0)) font-size="12" fill="#59636e" { (d.count) }
            }
        }
    }
}

/// Stacked columns: counts per level at each period's end.
pub(crate) fn trend_svg(points: &[TrendPoint], levels: usize) -> Markup {
    let (w, h, top, bottom) = (520.0, 200.0, 10.0, 30.0);
    let max = points
        .iter()
        .filter_map(|p| p.summary.as_ref().map(|s| s.scored))
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let n = points.len().max(1) as f64;
    let slot = (w - 20.0) / n;
    let scale = (h - top - bottom) / max;
    html! {
        svg.chart viewBox=(format!("0 0 {} {}", f(w), f(h))) width=(f(w)) height=(f(h)) role="img" aria-label="entities per level at each period's end" {
            title { "Entities per level at each period's end" }
            line x1="10" y1=(f(h - bottom)) x2=(f(w - 10.0)) y2=(f(h - bottom)) stroke="#d8dee4" {}
            @for (i, p) in points.iter().enumerate() {
                @let x = 10.0 + i as f64 * slot + slot * 0.2;
                @let bw = slot * 0.6;
                text x=(f(x + bw / 2.0)) y=(f(h - 10.0)) font-size="11" text-anchor="middle" fill="#59636e" { (p.period) }
                @if let Some(s) = &p.summary {
                    @for (j, d) in s.distribution.iter().enumerate().take(levels + 1) {
                        @let bh = d.count as f64 * scale;
                        @let below: usize = s.distribution.iter().take(j + 1).map(|d| d.count).sum();
                        @let y = h - bottom - below as f64 * scale;
                        rect x=(f(x)) y=(f(y)) width=(f(bw)) height=(f(bh)) fill=(color(j)) {
                            title { (format!("{}: {} {}", p.period, d.level, d.count)) }
                        }
                    }
                } @else {
                    text x=(f(x + bw / 2.0)) y=(f(h - bottom - 6.0)) font-size="10" text-anchor="middle" fill="#8c959f" { "no data" }
                }
            }
        }
    }
}

/// Which colour is which level.
pub(crate) fn legend(levels: &[String]) -> Markup {
    html! {
        div.legend {
            @for (i, l) in std::iter::once("none".to_string()).chain(levels.iter().cloned()).enumerate() {
                span.chip style=(format!("border-left: 10px solid {}", color(i))) { (l) }
                " "
            }
        }
    }
}

fn card_html(c: &ReportCard) -> Markup {
    let s = &c.summary;
    let target_tile = c.target.as_ref().map(|t| Tile {
        label: "Target",
        value: percent_or_dash(t.value),
        note: format!("{} at {} or above", percent_or_dash(Some(t.share)), t.level),
        tone: match t.met {
            Some(true) => Tone::Good,
            Some(false) => Tone::Bad,
            None => Tone::Neutral,
        },
    });
    let mut ts = vec![
        Tile {
            label: "Scored",
            value: s.scored.to_string(),
            note: c.scorecard.applies_to.to_string(),
            tone: Tone::Neutral,
        },
        Tile {
            label: "Median level",
            value: s.median.clone().unwrap_or_else(|| "—".into()),
            note: String::new(),
            tone: Tone::Info,
        },
        Tile {
            label: "Progress",
            value: percent_or_dash(s.progress),
            note: "above none".into(),
            tone: Tone::Neutral,
        },
    ];
    ts.extend(target_tile);
    html! {
        section {
            h2 { (c.scorecard.name) " " span.muted { "(" (c.scorecard.id) ")" } }
            @if let Some(d) = &c.scorecard.description { p { (d) } }
            (tiles(&ts))
            h3 { "Distribution" }
            (distribution_svg(s))
            h3 { "Trend" }
            (legend(&c.scorecard.levels))
            (trend_svg(&c.trend, c.scorecard.levels.len()))
            h3 { "By team" }
            table {
                thead { tr { th { "team" } th { "scored" } th { "median" } th { "progress" } th { "levels" } } }
                tbody {
                    @for t in &c.teams {
                        tr { td { (t.team) } td { (t.summary.scored) } td { (t.summary.median.as_deref().unwrap_or("—")) } td { (percent_or_dash(t.summary.progress)) } td { (levels_line(&t.summary)) } }
                    }
                }
            }
            h3 { "Rules" }
            table {
                thead { tr { th { "rule" } th { "level" } th { "passing" } th { "pass rate" } th { "note" } } }
                tbody {
                    @for r in &s.rules {
                        tr {
                            td { (r.name) @if r.name != r.id { " " span.muted { "(" (r.id) ")" } } }
                            td { (r.level) } td { (r.passing) " / " (r.counted) } td { (percent_or_dash(r.pass_rate)) }
                            td { @if let Some(d) = r.enable_on { "counts from " (d.to_string()) } }
                        }
                    }
                }
            }
            h3 { "Why this level" }
            table {
                thead { tr { th { "entity" } th { "team" } th { "level" } th { "score" } th { "not passing" } th { "next" } } }
                tbody {
                    @for e in &c.entities {
                        tr {
                            td { (e.id) } td { (e.team.as_deref().unwrap_or("")) } td { (e.level) } td { (percent_or_dash(e.score)) }
                            td { @for (i, fl) in e.failing.iter().enumerate() { @if i > 0 { ", " } (fl.rule) " (" (fl.outcome.as_str()) ")" } }
                            td { @match &e.next_level { None => "top level", Some(l) => { (l) ": " (e.next_step.join(", ")) } } }
                        }
                    }
                }
            }
        }
    }
}

pub fn html(v: &ReportView) -> String {
    let heading = format!("Scorecards — {}", v.catalog);
    page(
        &Page {
            title: &heading,
            eyebrow: "platctl · scorecard report",
            heading: &heading,
            meta: html! { "As of " (v.as_of.to_string()) },
            footer: "Generated by platctl from the catalog in git; past levels are read from its history.",
        },
        html! {
            @if v.scorecards.is_empty() { p { "No scorecard in the catalog." } }
            @for c in &v.scorecards { (card_html(c)) }
        },
    )
}
