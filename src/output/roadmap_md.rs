//! The quarterly roadmap report in Markdown (GitHub-flavoured), and the
//! words both the Markdown and the HTML report use.

use super::fmt::{date, date_range, percent, percent_or_dash, plural};
use super::md::{code, escape, table, table_aligned};
use crate::model::{Commitment, ItemStatus};
use crate::report::roadmap::{
    status_word, ItemRow, Phase, RiskKind, RoadmapReport, Standing, Target, ThemeRow,
};
use crate::report::scope::Change;

// ---------------------------------------------------------------------------
// Words shared with the HTML report.
// ---------------------------------------------------------------------------

/// "In progress, 34 days left", "Over", "Not started, begins in 12 days".
pub fn phase_text(r: &RoadmapReport) -> String {
    match r.phase {
        Phase::InProgress => {
            let left = (r.end - r.as_of).num_days();
            format!("In progress, {} left", plural(left as usize, "day", "days"))
        }
        Phase::Over => "Quarter over".into(),
        Phase::NotStarted => {
            let to = (r.start - r.as_of).num_days();
            format!(
                "Not started, begins in {}",
                plural(to as usize, "day", "days")
            )
        }
    }
}

/// The quarter's dates, with the fiscal year when it does not start in January.
pub fn quarter_dates(r: &RoadmapReport) -> String {
    let range = date_range(r.start, r.end);
    if r.fiscal_year_start_month > 1 {
        let month = chrono::NaiveDate::from_ymd_opt(2000, r.fiscal_year_start_month, 1)
            .map(|d| d.format("%B").to_string())
            .unwrap_or_default();
        format!(
            "{range} (fiscal year {} starting in {month})",
            r.quarter.get(..4).unwrap_or("")
        )
    } else {
        range
    }
}

/// "70.0%–85.0%", "at least 70.0%", "at most 85.0%", "none".
pub fn target_text(t: Target) -> String {
    match (t.min, t.max) {
        (Some(a), Some(b)) => format!("{}–{}", percent(a), percent(b)),
        (Some(a), None) => format!("at least {}", percent(a)),
        (None, Some(b)) => format!("at most {}", percent(b)),
        (None, None) => "none".into(),
    }
}

/// How a predictability stands against the target, in words.
pub fn standing_text(s: Standing, phase: Phase) -> &'static str {
    match (s, phase) {
        (Standing::OnTarget, _) => "within the target range",
        (Standing::AboveTarget, _) => "above the target range: possible sandbagging",
        (Standing::BelowTarget, Phase::Over) => "below the target range: missed",
        (Standing::BelowTarget, _) => "below the target range so far",
        (Standing::NoData, _) => "no committed items",
    }
}

/// A short label for a chip: "on target", "sandbagging?", "missed", "behind".
pub fn standing_short(s: Standing, phase: Phase) -> &'static str {
    match (s, phase) {
        (Standing::OnTarget, _) => "on target",
        (Standing::AboveTarget, _) => "above target",
        (Standing::BelowTarget, Phase::Over) => "missed",
        (Standing::BelowTarget, _) => "below target",
        (Standing::NoData, _) => "nothing committed",
    }
}

/// The headline sentence about predictability.
pub fn summary_sentence(r: &RoadmapReport) -> String {
    let so_far = if r.phase == Phase::Over {
        ""
    } else {
        " so far"
    };
    let Some(p) = r.predictability else {
        return format!(
            "Nothing was committed for {}: predictability is not defined for this quarter{}.",
            r.quarter,
            if r.stretch > 0 {
                format!(
                    " ({} of {} stretch items delivered)",
                    r.stretch_delivered, r.stretch
                )
            } else {
                String::new()
            }
        );
    };
    let mut s = format!(
        "Predictability{so_far} is {}: {} of {} committed items delivered by {} — {} ({}).",
        percent(p),
        r.delivered,
        r.committed,
        date(r.end),
        standing_text(r.standing, r.phase),
        target_text(r.target)
    );
    if r.phase != Phase::Over && r.open > 0 {
        if let Some(b) = r.best_case {
            s.push_str(&format!(
                " If the {} still open land in time, it ends at {}.",
                plural(r.open, "committed item", "committed items"),
                percent(b)
            ));
        }
    }
    s
}

/// "delivered 20 Nov 2026", "slipped to 2027-Q1", "in progress".
pub fn status_text(i: &ItemRow) -> String {
    let it = &i.item;
    match it.status.value {
        ItemStatus::Delivered => match &it.delivered {
            Some(d) => format!("delivered {}", date(d.value)),
            None => "delivered (no date)".into(),
        },
        ItemStatus::Slipped => match &it.slipped_to {
            Some(q) => format!("slipped to {}", q.value),
            None => "slipped (no new quarter)".into(),
        },
        s => status_word(s).into(),
    }
}

/// What a reader must know beyond the status: a delivery that does not count.
pub fn status_note(i: &ItemRow) -> Option<&'static str> {
    i.delivered_late
        .then_some("after the quarter's last day: not counted")
}

pub fn risk_word(k: RiskKind) -> &'static str {
    match k {
        RiskKind::DependencyLaterQuarter => "depends on a later quarter",
        RiskKind::DependencySlipped => "dependency slipped",
        RiskKind::DependencyDropped => "dependency dropped",
        RiskKind::DependencyAtRisk => "dependency at risk",
        RiskKind::AtRisk => "at risk",
        RiskKind::WithoutOutcome => "no outcome",
        RiskKind::SlippedWithoutTarget => "slipped, no new quarter",
        RiskKind::OpenAfterQuarter => "not closed",
    }
}

pub fn change_word(c: Change) -> &'static str {
    match c {
        Change::Added => "added",
        Change::Removed => "removed",
        Change::Recommitted => "stretch → committed",
        Change::Decommitted => "committed → stretch",
    }
}

/// Where the scope baseline comes from, or why there is none.
pub fn baseline_text(r: &RoadmapReport) -> String {
    let h = &r.history;
    let text = baseline_only(r);
    if h.shallow && h.baseline.as_ref().is_none_or(|b| b.after_start) {
        return format!(
            "{text} The repository is a shallow clone, so older history may be missing: run git fetch --unshallow for an exact baseline."
        );
    }
    text
}

fn baseline_only(r: &RoadmapReport) -> String {
    let h = &r.history;
    if !h.in_git {
        return "The catalog is not in a git repository with commits, so scope changes cannot be read from history.".into();
    }
    match &h.baseline {
        Some(b) if b.after_start => format!(
            "Baseline: commit {} of {}, the first commit that has this quarter (none on or before {} did).",
            b.commit.get(..12).unwrap_or(&b.commit),
            date(b.date),
            date(r.start)
        ),
        Some(b) => format!(
            "Baseline: commit {} of {}, the last commit on or before the quarter's first day ({}).",
            b.commit.get(..12).unwrap_or(&b.commit),
            date(b.date),
            date(r.start)
        ),
        None => "This quarter's roadmap is not committed yet: there is no baseline to compare with.".into(),
    }
}

pub fn theme_line(t: &ThemeRow) -> String {
    match t.predictability {
        Some(p) => format!(
            "{} of {} committed delivered ({})",
            t.delivered,
            t.committed,
            percent(p)
        ),
        None => "nothing committed".into(),
    }
}

pub fn footer_text(r: &RoadmapReport) -> String {
    format!(
        "Generated by platctl from the catalog “{}” as of {}. Predictability = committed items delivered by the quarter's last day ÷ committed items; deliveries after the last day and stretch items are not counted.",
        r.catalog,
        date(r.as_of)
    )
}

// ---------------------------------------------------------------------------
// Markdown.
// ---------------------------------------------------------------------------

fn owner(i: &ItemRow) -> String {
    escape(i.owner_name.as_deref().unwrap_or(&i.item.owner.value))
}

fn outcome_or_kpi(i: &ItemRow) -> String {
    let mut parts = Vec::new();
    if let Some(o) = &i.item.outcome {
        parts.push(escape(o));
    }
    if let Some(k) = &i.item.kpi {
        parts.push(format!("KPI {}", code(&k.value)));
    }
    parts.join(" · ")
}

fn item_cell(i: &ItemRow) -> String {
    let title = escape(&i.item.title.value);
    let title = if i.item.status.value == ItemStatus::Dropped {
        format!("~~{title}~~")
    } else {
        format!("**{title}**")
    };
    format!("{title}<br>{}", code(&i.item.id.value))
}

/// The whole report in Markdown.
pub fn render(r: &RoadmapReport) -> String {
    let mut o = String::new();
    o.push_str(&format!(
        "# {} — roadmap report {}\n\n",
        escape(&r.catalog),
        r.quarter
    ));
    o.push_str(&format!(
        "**Quarter:** {} ({}) · **As of:** {} · **{}**\n\n",
        r.quarter,
        escape(&quarter_dates(r)),
        r.as_of,
        phase_text(r)
    ));

    summary(&mut o, r);
    themes(&mut o, r);
    items_by_theme(&mut o, r);
    risks(&mut o, r);
    scope_changes(&mut o, r);
    intake(&mut o, r);
    o.push_str(&format!("---\n\n*{}*\n", escape(&footer_text(r))));
    o
}

/// The summary: the measures leaders ask for first.
fn summary(o: &mut String, r: &RoadmapReport) {
    o.push_str("## Summary\n\n");
    o.push_str(&format!("{}\n\n", summary_sentence(r)));
    let mut facts = vec![
        vec!["Predictability".into(), percent_or_dash(r.predictability)],
        vec!["Target range".into(), target_text(r.target)],
        vec![
            "Committed items delivered".into(),
            format!("{} of {}", r.delivered, r.committed),
        ],
    ];
    if r.phase != Phase::Over {
        facts.push(vec![
            "Committed items still open".into(),
            r.open.to_string(),
        ]);
        facts.push(vec!["Best case".into(), percent_or_dash(r.best_case)]);
    }
    facts.push(vec![
        "Stretch items delivered".into(),
        format!("{} of {}", r.stretch_delivered, r.stretch),
    ]);
    facts.push(vec!["Risks".into(), r.risks.len().to_string()]);
    facts.push(vec![
        "Scope changes since the quarter began".into(),
        if r.history.in_git {
            r.scope_changes.len().to_string()
        } else {
            "not in git".into()
        },
    ]);
    o.push_str(&table_aligned(&["Measure", "Value"], &[1], &facts));
    o.push('\n');
}

/// Predictability by theme.
fn themes(o: &mut String, r: &RoadmapReport) {
    o.push_str("## Predictability by theme\n\n");
    let rows: Vec<Vec<String>> = r
        .themes_in_order()
        .iter()
        .map(|t| {
            vec![
                escape(&t.name),
                t.committed.to_string(),
                t.delivered.to_string(),
                t.open.to_string(),
                format!("{} of {}", t.stretch_delivered, t.stretch),
                percent_or_dash(t.predictability),
                standing_short(t.standing, r.phase).into(),
            ]
        })
        .collect();
    o.push_str(&table_aligned(
        &[
            "Theme",
            "Committed",
            "Delivered",
            "Open",
            "Stretch delivered",
            "Predictability",
            "Standing",
        ],
        &[1, 2, 3, 4, 5],
        &rows,
    ));
    o.push('\n');
}

/// Each theme's items.
fn items_by_theme(o: &mut String, r: &RoadmapReport) {
    o.push_str("## Items by theme\n\n");
    for t in r.themes_in_order() {
        o.push_str(&format!("### {}\n\n", escape(&t.name)));
        let mut line = Vec::new();
        if let Some(out) = &t.outcome {
            line.push(format!("*Outcome: {}*", escape(out)));
        }
        line.push(theme_line(t));
        if !t.declared && t.id.is_some() {
            line.push("this theme is not declared in the quarter's file".into());
        }
        o.push_str(&format!("{}.\n\n", line.join(" — ")));
        let rows: Vec<Vec<String>> = t
            .items
            .iter()
            .filter_map(|id| r.item(id))
            .map(|i| {
                vec![
                    item_cell(i),
                    match i.item.commitment.value {
                        Commitment::Committed => "committed".into(),
                        Commitment::Stretch => "stretch".into(),
                    },
                    match status_note(i) {
                        Some(n) => format!("{}, {n}", status_text(i)),
                        None => status_text(i),
                    },
                    owner(i),
                    i.item
                        .capability
                        .as_ref()
                        .map(|c| code(&c.value))
                        .unwrap_or_default(),
                    outcome_or_kpi(i),
                    i.requests
                        .iter()
                        .map(|x| code(x))
                        .collect::<Vec<_>>()
                        .join(", "),
                ]
            })
            .collect();
        o.push_str(&table(
            &[
                "Item",
                "Commitment",
                "Status",
                "Owner",
                "Capability",
                "Outcome or KPI",
                "Requests",
            ],
            &rows,
        ));
        o.push('\n');
    }
}

/// The delivery risks.
fn risks(o: &mut String, r: &RoadmapReport) {
    o.push_str("## Risks\n\n");
    if r.risks.is_empty() {
        o.push_str("No delivery risks found.\n\n");
    } else {
        let rows: Vec<Vec<String>> = r
            .risks
            .iter()
            .map(|k| {
                let title = r
                    .item(&k.item)
                    .map(|i| escape(&i.item.title.value))
                    .unwrap_or_default();
                vec![
                    format!("{title}<br>{}", code(&k.item)),
                    risk_word(k.kind).into(),
                    escape(&k.message),
                ]
            })
            .collect();
        o.push_str(&table(&["Item", "Risk", "Detail"], &rows));
        o.push('\n');
    }
}

/// Scope changes since the quarter began, from git.
fn scope_changes(o: &mut String, r: &RoadmapReport) {
    o.push_str("## Scope changes since the quarter began\n\n");
    o.push_str(&format!("{}\n\n", baseline_text(r)));
    if r.history.in_git && r.history.baseline.is_some() {
        if r.scope_changes.is_empty() {
            o.push_str("No item was added, removed, or moved between stretch and committed since the baseline.\n\n");
        } else {
            let rows: Vec<Vec<String>> = r
                .scope_changes
                .iter()
                .map(|c| {
                    vec![
                        c.date.to_string(),
                        change_word(c.change).into(),
                        format!(
                            "{}<br>{}",
                            c.title.as_deref().map(escape).unwrap_or_default(),
                            code(&c.item)
                        ),
                        c.commit
                            .as_deref()
                            .map(|x| code(x.get(..12).unwrap_or(x)))
                            .unwrap_or_else(|| "not committed".into()),
                    ]
                })
                .collect();
            o.push_str(&table(&["Date", "Change", "Item", "Commit"], &rows));
            o.push('\n');
        }
        if r.history.uncommitted {
            o.push_str("The working tree holds uncommitted edits to this quarter; they are listed as \"not committed\".\n\n");
        }
    }
}

/// The intake requests the quarter answers.
fn intake(o: &mut String, r: &RoadmapReport) {
    o.push_str("## Intake traceability\n\n");
    if r.requests.is_empty() {
        o.push_str("No item of this quarter is linked to an intake request.\n\n");
    } else {
        let rows: Vec<Vec<String>> = r
            .requests
            .iter()
            .map(|q| {
                vec![
                    code(&q.id),
                    q.title
                        .as_deref()
                        .map(escape)
                        .unwrap_or_else(|| "*not in the catalog*".into()),
                    q.team_name
                        .as_deref()
                        .or(q.team.as_deref())
                        .map(escape)
                        .unwrap_or_default(),
                    q.status.map(|s| s.as_str().to_string()).unwrap_or_default(),
                    q.items
                        .iter()
                        .map(|x| code(x))
                        .collect::<Vec<_>>()
                        .join(", "),
                ]
            })
            .collect();
        o.push_str(&table(
            &["Request", "Title", "Requested by", "Status", "Answered by"],
            &rows,
        ));
        o.push('\n');
    }
}
