//! The quarterly roadmap report as one self-contained HTML page: headline
//! tiles, predictability per theme against the target band, a timeline per
//! theme coloured by status with delivery markers, and the tables.

use super::fmt::{date, percent_or_dash, plural};
use super::html::{chip, page, tiles, Page, Tile, Tone};
use super::roadmap_md::{
    baseline_text, change_word, footer_text, phase_text, quarter_dates, risk_word, standing_short,
    status_note, status_text, summary_sentence, target_text, theme_line,
};
use super::svg::{self, Fill, Marker, Row, Segment, Shape, Timeline};
use crate::model::{Commitment, ItemStatus};
use crate::report::roadmap::{ItemRow, Phase, RiskKind, RoadmapReport, Standing, ThemeRow};
use crate::report::scope::Change;
use chrono::{Days, NaiveDate};
use maud::{html, Markup};

pub const DELIVERED: &str = "#1a7f37";
pub const IN_PROGRESS: &str = "#0969da";
pub const AT_RISK: &str = "#d4a72c";
pub const PLANNED: &str = "#8c959f";
pub const SLIPPED: &str = "#cf222e";
pub const DROPPED: &str = "#6e7781";

fn status_color(s: ItemStatus) -> &'static str {
    match s {
        ItemStatus::Delivered => DELIVERED,
        ItemStatus::InProgress => IN_PROGRESS,
        ItemStatus::AtRisk => AT_RISK,
        ItemStatus::Planned => PLANNED,
        ItemStatus::Slipped => SLIPPED,
        ItemStatus::Dropped => DROPPED,
    }
}

fn status_tone(i: &ItemRow) -> Tone {
    match i.item.status.value {
        ItemStatus::Delivered if i.delivered_late => Tone::Warn,
        ItemStatus::Delivered => Tone::Good,
        ItemStatus::InProgress => Tone::Info,
        ItemStatus::AtRisk => Tone::Warn,
        ItemStatus::Slipped => Tone::Bad,
        ItemStatus::Planned | ItemStatus::Dropped => Tone::Neutral,
    }
}

fn standing_tone(s: Standing, phase: Phase) -> Tone {
    match (s, phase) {
        (Standing::OnTarget, _) => Tone::Good,
        (Standing::AboveTarget, _) => Tone::Warn,
        (Standing::BelowTarget, Phase::Over) => Tone::Bad,
        (Standing::BelowTarget, _) => Tone::Warn,
        (Standing::NoData, _) => Tone::Neutral,
    }
}

fn standing_color(s: Standing, phase: Phase) -> &'static str {
    match standing_tone(s, phase) {
        Tone::Good => DELIVERED,
        Tone::Warn => AT_RISK,
        Tone::Bad => SLIPPED,
        Tone::Info | Tone::Neutral => PLANNED,
    }
}

fn risk_tone(k: RiskKind) -> Tone {
    match k {
        RiskKind::AtRisk | RiskKind::DependencyAtRisk | RiskKind::DependencyLaterQuarter => {
            Tone::Warn
        }
        RiskKind::DependencySlipped | RiskKind::DependencyDropped | RiskKind::OpenAfterQuarter => {
            Tone::Bad
        }
        RiskKind::WithoutOutcome | RiskKind::SlippedWithoutTarget => Tone::Neutral,
    }
}

fn change_tone(c: Change) -> Tone {
    match c {
        Change::Added | Change::Recommitted => Tone::Info,
        Change::Removed | Change::Decommitted => Tone::Warn,
    }
}

/// One timeline row for an item: a bar from the quarter's start to its
/// delivery (or to today, then faded to the end while open), a diamond on
/// the delivery date (hollow when after the quarter), a note for slips.
fn timeline_row(r: &RoadmapReport, i: &ItemRow) -> Row {
    let it = &i.item;
    let (start, end) = (r.start, r.end);
    let color = status_color(it.status.value);
    let stretch = it.commitment.value == Commitment::Stretch;
    let solid = if stretch { Fill::Outline } else { Fill::Solid };
    let seg = |from: NaiveDate, to: NaiveDate, fill: Fill| {
        (from <= to).then_some(Segment {
            from,
            to,
            color,
            fill,
        })
    };
    // The last day that has passed, within the quarter.
    let elapsed_to = r.as_of.min(end);
    let mut row = Row {
        label: it.title.value.clone(),
        tooltip: format!(
            "{} ({}) — {}{}",
            it.title.value,
            it.id.value,
            status_text(i),
            if stretch { ", stretch" } else { "" }
        ),
        dim: it.status.value == ItemStatus::Dropped,
        ..Default::default()
    };
    match it.status.value {
        ItemStatus::Delivered => {
            if let Some(d) = &it.delivered {
                row.segments.extend(seg(start, d.value.min(end), solid));
                row.marker = Some(Marker {
                    at: d.value,
                    color,
                    shape: Shape::Diamond,
                    hollow: i.delivered_late,
                });
                row.note = Some(if i.delivered_late {
                    "late".into()
                } else {
                    d.value.format("%-d %b").to_string()
                });
            }
        }
        ItemStatus::InProgress | ItemStatus::AtRisk => {
            if r.as_of >= start {
                row.segments.extend(seg(start, elapsed_to, solid));
            }
            let rest_from = if r.as_of >= start {
                elapsed_to + Days::new(1)
            } else {
                start
            };
            row.segments.extend(seg(rest_from, end, Fill::Faded));
            if r.phase == Phase::Over {
                row.note = Some("still open".into());
            }
        }
        ItemStatus::Planned => {
            row.segments.extend(seg(
                start,
                end,
                if stretch { Fill::Outline } else { Fill::Faded },
            ));
            if r.phase == Phase::Over {
                row.note = Some("never started".into());
            }
        }
        ItemStatus::Slipped => {
            row.segments.extend(seg(start, end, Fill::Faded));
            row.note = Some(match &it.slipped_to {
                Some(q) => format!("→ {}", q.value),
                None => "slipped".into(),
            });
        }
        ItemStatus::Dropped => {
            row.marker = Some(Marker {
                at: elapsed_to,
                color: DROPPED,
                shape: Shape::Cross,
                hollow: false,
            });
            row.note = Some("dropped".into());
        }
    }
    row
}

fn legend() -> Markup {
    let sw = |c: &str| format!("background:{c}");
    html! {
        div.legend {
            span { i.swatch style=(sw(DELIVERED)) {} "Delivered" }
            span { i.swatch style=(sw(IN_PROGRESS)) {} "In progress" }
            span { i.swatch style=(sw(AT_RISK)) {} "At risk" }
            span { i.swatch style=(sw(PLANNED)) {} "Planned" }
            span { i.swatch style=(sw(SLIPPED)) {} "Slipped" }
            span { "◆ delivered on · ◇ delivered after the quarter (not counted) · ✕ dropped" }
            span { i.swatch style="border:1.5px dashed #57606a;background:#fff" {} "stretch" }
            span { i.swatch style="background:rgba(9,105,218,.28)" {} "time left" }
            span { i.swatch style="border-left:2px dashed #cf222e;width:2px;border-radius:0" {} "today" }
        }
    }
}

fn item_cell(i: &ItemRow) -> Markup {
    let dropped = i.item.status.value == ItemStatus::Dropped;
    html! {
        span.item-title.strike[dropped] { (i.item.title.value) }
        " "
        @if i.item.commitment.value == Commitment::Stretch { (chip("stretch", Tone::Neutral)) }
        br;
        span.id { (i.item.id.value) }
    }
}

fn theme_section(r: &RoadmapReport, t: &ThemeRow) -> Markup {
    let items: Vec<&ItemRow> = t.items.iter().filter_map(|id| r.item(id)).collect();
    let chart = svg::timeline(&Timeline {
        title: &format!("Timeline of {} in {}", t.name, r.quarter),
        start: r.start,
        end: r.end,
        today: Some(r.as_of),
        rows: items.iter().map(|i| timeline_row(r, i)).collect(),
    });
    html! {
        section.theme {
            div.theme-head {
                div {
                    h3 { (t.name) }
                    @if let Some(o) = &t.outcome { div.muted.small { "Outcome: " (o) } }
                    @if !t.declared && t.id.is_some() { div.muted.small { "This theme is not declared in the quarter's file." } }
                }
                div.small {
                    (theme_line(t)) " "
                    @if t.predictability.is_some() { (chip(standing_short(t.standing, r.phase), standing_tone(t.standing, r.phase))) }
                }
            }
            @if !items.is_empty() { figure { (chart) } }
            table.data {
                thead { tr { th { "Item" } th { "Status" } th { "Owner" } th { "Capability" } th { "Outcome or KPI" } th { "Requests" } } }
                tbody {
                    @for i in &items {
                        tr {
                            td { (item_cell(i)) }
                            td {
                                (chip(&status_text(i), status_tone(i)))
                                @if let Some(n) = status_note(i) { div.small.muted { (n) } }
                            }
                            td { (i.owner_name.as_deref().unwrap_or(&i.item.owner.value)) }
                            td {
                                @if let Some(c) = &i.item.capability {
                                    (i.capability_name.as_deref().unwrap_or(&c.value)) br; span.id { (c.value) }
                                }
                            }
                            td {
                                @if let Some(o) = &i.item.outcome { (o) }
                                @if let Some(k) = &i.item.kpi {
                                    @if i.item.outcome.is_some() { br; }
                                    span.muted { "KPI " } code { (k.value) }
                                }
                                @if i.item.outcome.is_none() && i.item.kpi.is_none() { span.dim { "—" } }
                            }
                            td.nowrap { @for (n, q) in i.requests.iter().enumerate() { @if n > 0 { br; } code { (q) } } }
                        }
                    }
                }
            }
        }
    }
}

fn headline(r: &RoadmapReport) -> Markup {
    let so_far = if r.phase == Phase::Over {
        ""
    } else {
        " so far"
    };
    let mut ts = vec![Tile {
        label: "Predictability",
        value: percent_or_dash(r.predictability),
        note: match r.predictability {
            Some(_) => format!(
                "{} of {} committed delivered{so_far} · target {}",
                r.delivered,
                r.committed,
                target_text(r.target)
            ),
            None => "nothing committed: not defined".into(),
        },
        tone: standing_tone(r.standing, r.phase),
    }];
    if r.phase != Phase::Over {
        ts.push(Tile {
            label: "Best case",
            value: percent_or_dash(r.best_case),
            note: format!(
                "if the {} still open land by {}",
                plural(r.open, "committed item", "committed items"),
                date(r.end)
            ),
            tone: Tone::Info,
        });
    } else {
        let late = r.items.iter().filter(|i| i.delivered_late).count();
        ts.push(Tile {
            label: "Delivered late",
            value: late.to_string(),
            note: "after the quarter's last day, not counted".into(),
            tone: if late > 0 { Tone::Warn } else { Tone::Neutral },
        });
    }
    let at_risk = r
        .risks
        .iter()
        .filter(|k| k.kind == RiskKind::AtRisk)
        .count();
    let risky_items = {
        let mut v: Vec<&str> = r.risks.iter().map(|k| k.item.as_str()).collect();
        v.dedup();
        v.len()
    };
    ts.push(Tile {
        label: "Risks",
        value: r.risks.len().to_string(),
        note: if r.risks.is_empty() {
            "none found".into()
        } else {
            format!(
                "on {} · {} marked at risk",
                plural(risky_items, "item", "items"),
                at_risk
            )
        },
        tone: if r.risks.is_empty() {
            Tone::Good
        } else {
            Tone::Warn
        },
    });
    ts.push(Tile {
        label: "Scope changes",
        value: if r.history.in_git {
            r.scope_changes.len().to_string()
        } else {
            "—".into()
        },
        note: match (&r.history.baseline, r.history.in_git) {
            (Some(b), _) => format!("since {}", date(b.date)),
            (None, true) => "quarter not committed yet".into(),
            (None, false) => "not in a git repository".into(),
        },
        tone: if r.scope_changes.is_empty() {
            Tone::Neutral
        } else {
            Tone::Info
        },
    });
    ts.push(Tile {
        label: "Stretch delivered",
        value: format!("{} of {}", r.stretch_delivered, r.stretch),
        note: "shown, never counted".into(),
        tone: Tone::Neutral,
    });
    tiles(&ts)
}

fn themes_table(r: &RoadmapReport) -> Markup {
    html! {
        table.data {
            thead { tr {
                th { "Theme" } th.num { "Committed" } th.num { "Delivered" } th.num { "Open" } th.num { "Stretch" }
                th.num { "Predictability" } th { "Against the target " span.muted { "(" (target_text(r.target)) ")" } } th { "Standing" }
            } }
            tbody {
                @for t in r.themes_in_order() {
                    tr {
                        td.name { strong { (t.name) } }
                        td.num { (t.committed) }
                        td.num { (t.delivered) }
                        td.num { (t.open) }
                        td.num { (t.stretch_delivered) " of " (t.stretch) }
                        td.num { strong { (percent_or_dash(t.predictability)) } }
                        td { (svg::meter(t.predictability, r.target.min, r.target.max, standing_color(t.standing, r.phase),
                            &format!("{}: {}", t.name, percent_or_dash(t.predictability)))) }
                        td { @if t.predictability.is_some() { (chip(standing_short(t.standing, r.phase), standing_tone(t.standing, r.phase))) }
                             @else { span.muted { "nothing committed" } } }
                    }
                }
                tr {
                    td { strong { "All themes" } }
                    td.num { strong { (r.committed) } }
                    td.num { strong { (r.delivered) } }
                    td.num { strong { (r.open) } }
                    td.num { strong { (r.stretch_delivered) " of " (r.stretch) } }
                    td.num { strong { (percent_or_dash(r.predictability)) } }
                    td { (svg::meter(r.predictability, r.target.min, r.target.max, standing_color(r.standing, r.phase),
                        &format!("All themes: {}", percent_or_dash(r.predictability)))) }
                    td { @if r.predictability.is_some() { (chip(standing_short(r.standing, r.phase), standing_tone(r.standing, r.phase))) }
                         @else { span.muted { "nothing committed" } } }
                }
            }
        }
    }
}

fn risks_section(r: &RoadmapReport) -> Markup {
    html! {
        h2 { "Risks" }
        @if r.risks.is_empty() {
            p.callout.good { "No delivery risks found: no item depends on a later, slipped, dropped or at-risk item, nothing is marked at risk, and every committed item says what it changes." }
        } @else {
            table.data {
                thead { tr { th { "Item" } th { "Risk" } th { "Detail" } } }
                tbody {
                    @for k in &r.risks {
                        tr {
                            td {
                                @if let Some(i) = r.item(&k.item) { span.item-title { (i.item.title.value) } br; }
                                span.id { (k.item) }
                            }
                            td.nowrap { (chip(risk_word(k.kind), risk_tone(k.kind))) }
                            td { (k.message) }
                        }
                    }
                }
            }
        }
    }
}

fn scope_section(r: &RoadmapReport) -> Markup {
    html! {
        h2 { "Scope changes since the quarter began" }
        p.muted { (baseline_text(r)) }
        @if r.history.baseline.is_some() {
            @if r.scope_changes.is_empty() {
                p.callout.good { "No item was added, removed, or moved between stretch and committed since the baseline." }
            } @else {
                table.data {
                    thead { tr { th { "Date" } th { "Change" } th { "Item" } th { "Commit" } } }
                    tbody {
                        @for c in &r.scope_changes {
                            tr {
                                td.nowrap { (date(c.date)) }
                                td.nowrap { (chip(change_word(c.change), change_tone(c.change))) }
                                td { @if let Some(t) = &c.title { span.item-title { (t) } br; } span.id { (c.item) } }
                                td { @match &c.commit { Some(x) => code { (x.get(..12).unwrap_or(x)) }, None => span.muted { "not committed" } } }
                            }
                        }
                    }
                }
            }
            @if r.history.uncommitted {
                p.muted.small { "The working tree holds uncommitted edits to this quarter; they are listed as “not committed”." }
            }
        }
    }
}

fn requests_section(r: &RoadmapReport) -> Markup {
    html! {
        h2 { "Intake traceability" }
        @if r.requests.is_empty() {
            p.muted { "No item of this quarter is linked to an intake request." }
        } @else {
            p.muted.small { "Requests from product teams that this quarter's items answer (an item's " code { "intake" } " list, or a request's " code { "roadmap_item" } ")." }
            table.data {
                thead { tr { th { "Request" } th { "Title" } th { "Requested by" } th { "Status" } th { "Answered by" } } }
                tbody {
                    @for q in &r.requests {
                        tr {
                            td.nowrap { code { (q.id) } }
                            td { @match &q.title { Some(t) => (t), None => span.muted { "not in the catalog" } } }
                            td { (q.team_name.as_deref().or(q.team.as_deref()).unwrap_or("")) }
                            td.nowrap { @if let Some(s) = q.status { (chip(s.as_str(), Tone::Neutral)) } }
                            td {
                                @for (n, id) in q.items.iter().enumerate() {
                                    @if n > 0 { br; }
                                    @match r.item(id) { Some(i) => { (i.item.title.value) " " span.id { (id) } }, None => span.id { (id) } }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The whole report as one HTML document.
pub fn render(r: &RoadmapReport) -> String {
    let (head, body) = parts(r);
    page(
        &Page {
            title: &head.title,
            eyebrow: &head.eyebrow,
            heading: &head.heading,
            meta: head.meta,
            footer: &head.footer,
        },
        body,
    )
}

/// What goes in a page's head, for a page shell other than [`page`].
pub struct Head {
    pub title: String,
    pub eyebrow: String,
    pub heading: String,
    pub meta: Markup,
    pub footer: String,
}

/// The report's head and body, for any page shell (the report, the portal).
pub fn parts(r: &RoadmapReport) -> (Head, Markup) {
    let phase_tone = match r.phase {
        Phase::InProgress => Tone::Info,
        Phase::Over => Tone::Neutral,
        Phase::NotStarted => Tone::Neutral,
    };
    let meta = html! {
        (quarter_dates(r)) " · as of " (date(r.as_of)) " " (chip(&phase_text(r), phase_tone))
    };
    let summary_tone = standing_tone(r.standing, r.phase);
    let body = html! {
        section {
            p.lede.callout.(summary_tone.class()) { (summary_sentence(r)) }
            (headline(r))
        }
        h2 { "Predictability by theme" }
        (themes_table(r))
        h2 { "Items by theme" }
        (legend())
        @for t in r.themes_in_order() { (theme_section(r, t)) }
        (risks_section(r))
        (scope_section(r))
        (requests_section(r))
    };
    (
        Head {
            title: format!("{} — roadmap report {}", r.catalog, r.quarter),
            eyebrow: format!("{} · quarterly roadmap review", r.catalog),
            heading: format!("Roadmap report {}", r.quarter),
            meta,
            footer: footer_text(r),
        },
        body,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_has_a_colour_and_a_tone() {
        for s in [
            ItemStatus::Planned,
            ItemStatus::InProgress,
            ItemStatus::AtRisk,
            ItemStatus::Delivered,
            ItemStatus::Slipped,
            ItemStatus::Dropped,
        ] {
            assert!(status_color(s).starts_with('#'));
        }
        assert_eq!(standing_tone(Standing::BelowTarget, Phase::Over), Tone::Bad);
        assert_eq!(
            standing_tone(Standing::BelowTarget, Phase::InProgress),
            Tone::Warn
        );
        assert_eq!(
            standing_tone(Standing::AboveTarget, Phase::Over),
            Tone::Warn
        );
    }
}
