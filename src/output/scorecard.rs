//! Scorecard listings, tables and texts for the terminal (JSON is the
//! views themselves).

use super::fmt::percent_or_dash;
use super::style::Style;
use super::table;
use crate::scorecard::view::{CheckView, ListView, ShowView};
use crate::scorecard::Outcome;

/// Catalog text made safe for a terminal: control characters (escape
/// sequences included) are shown as `\u{..}`, never sent.
pub fn term(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_control() && c != '\n' {
                format!("\\u{{{:x}}}", c as u32)
            } else {
                c.to_string()
            }
        })
        .collect()
}

fn ratio(r: Option<f64>) -> String {
    percent_or_dash(r)
}

fn out(csv: bool, header: &[&str], rows: Vec<Vec<String>>, width: Option<u16>) -> String {
    if csv {
        table::csv(header, &rows)
    } else {
        let rows = rows
            .into_iter()
            .map(|r| r.into_iter().map(|c| term(&c)).collect())
            .collect();
        let up: Vec<String> = header
            .iter()
            .map(|h| h.replace('_', " ").to_uppercase())
            .collect();
        table::table(
            &up.iter().map(String::as_str).collect::<Vec<_>>(),
            rows,
            width,
        )
    }
}

pub fn list_table(v: &ListView, csv: bool, width: Option<u16>) -> String {
    if v.scorecards.is_empty() && !csv {
        return "no scorecard in the catalog (add one under scorecards/)\n".into();
    }
    let header = [
        "id",
        "applies_to",
        "scored",
        "levels",
        "median",
        "progress",
        "target",
    ];
    let rows = v
        .scorecards
        .iter()
        .map(|s| {
            let levels = s
                .summary
                .distribution
                .iter()
                .map(|l| format!("{} {}", l.level, l.count))
                .collect::<Vec<_>>()
                .join(csv_sep(csv));
            let target = match &s.target {
                None => String::new(),
                Some(t) => format!(
                    "{} {} of {} ({})",
                    ratio(t.value),
                    t.level,
                    ratio(Some(t.share)),
                    match t.met {
                        Some(true) => "met",
                        Some(false) => "not met",
                        None => "no data",
                    }
                ),
            };
            vec![
                s.id.clone(),
                s.applies_to.to_string(),
                s.summary.scored.to_string(),
                levels,
                s.summary.median.clone().unwrap_or_default(),
                ratio(s.summary.progress),
                target,
            ]
        })
        .collect();
    out(csv, &header, rows, width)
}

fn csv_sep(csv: bool) -> &'static str {
    if csv {
        "; "
    } else {
        ", "
    }
}

fn outcome_text(o: Outcome, style: Style) -> String {
    match o {
        Outcome::Pass | Outcome::Exempt => style.green(o.as_str()),
        Outcome::Fail | Outcome::Error => style.red(o.as_str()),
        Outcome::Unknown => style.yellow(o.as_str()),
        _ => o.as_str().to_string(),
    }
}

pub fn show_table(v: &ShowView, csv: bool, width: Option<u16>) -> String {
    let header = ["id", "team", "level", "score", "failing"];
    let rows: Vec<Vec<String>> = v
        .entities
        .iter()
        .map(|e| {
            vec![
                e.id.clone(),
                e.team.clone().unwrap_or_default(),
                e.level.clone(),
                ratio(e.score),
                e.failing
                    .iter()
                    .map(|f| format!("{} ({})", f.rule, f.outcome.as_str()))
                    .collect::<Vec<_>>()
                    .join(csv_sep(csv)),
            ]
        })
        .collect();
    if csv {
        return out(true, &header, rows, width);
    }
    let mut s = format!(
        "{} — {} ({}), as of {}\n",
        term(&v.scorecard.id),
        term(&v.scorecard.name),
        v.scorecard.applies_to,
        v.as_of
    );
    let dist = v
        .summary
        .distribution
        .iter()
        .map(|l| format!("{} {}", l.level, l.count))
        .collect::<Vec<_>>()
        .join(", ");
    s.push_str(&format!(
        "scored {}: {dist}; median {}; progress {}\n",
        v.summary.scored,
        v.summary.median.as_deref().unwrap_or("-"),
        ratio(v.summary.progress)
    ));
    if let Some(t) = &v.target {
        s.push_str(&format!(
            "target: {} at {} or above, now {}\n",
            ratio(Some(t.share)),
            t.level,
            ratio(t.value)
        ));
    }
    if rows.is_empty() {
        s.push_str("no entity matches\n");
    } else {
        s.push_str(&out(false, &header, rows, width));
    }
    s
}

pub fn check_text(v: &CheckView, style: Style) -> String {
    let mut s = String::new();
    for c in &v.scorecards {
        if !c.scored {
            s.push_str(&format!(
                "{} on {}: not scored (the scorecard's `when` leaves it out)\n\n",
                term(&v.entity),
                term(&c.scorecard)
            ));
            continue;
        }
        let level = c.level.as_deref().unwrap_or("none");
        s.push_str(&format!(
            "{} on {}: {} (score {})",
            term(&v.entity),
            term(&c.scorecard),
            style.bold(level),
            ratio(c.score)
        ));
        match (c.min_level.as_deref(), c.reached) {
            (Some(m), Some(true)) => s.push_str(&format!(" — reaches {m}")),
            (Some(m), Some(false)) => {
                s.push_str(&format!(" — {}", style.red(&format!("below {m}"))))
            }
            _ => {}
        }
        s.push('\n');
        for r in &c.rules {
            let mut line = format!(
                "  {:<8} {:<7} {}",
                outcome_text(r.outcome, style),
                r.level,
                term(&r.id)
            );
            if let Some(w) = r.would {
                line.push_str(&format!(" (would be {}", w.as_str()));
                if let Some(d) = r.enable_on {
                    line.push_str(&format!("; counts from {d}"));
                }
                line.push(')');
            }
            if let Some(x) = &r.exception {
                line.push_str(&format!(" (exception {})", term(x)));
            }
            if let Some(d) = &r.detail {
                line.push_str(&format!(" — {}", term(d)));
            }
            s.push_str(&line);
            s.push('\n');
        }
        match &c.next_step {
            None => s.push_str("  next: nothing, this is the top level\n"),
            Some(n) => {
                let lv = n.level.as_deref().unwrap_or("");
                if n.rules.is_empty() {
                    s.push_str(&format!("  next: {lv} needs nothing more\n"));
                } else {
                    s.push_str(&format!("  next, for {lv}:\n"));
                    for f in &n.rules {
                        s.push_str(&format!(
                            "    - {} ({}){}\n",
                            term(&f.rule),
                            f.outcome.as_str(),
                            f.fix
                                .as_ref()
                                .map(|x| format!(": {}", term(x)))
                                .unwrap_or_default()
                        ));
                    }
                }
            }
        }
        s.push('\n');
    }
    s
}

pub fn trend_table(v: &crate::scorecard::view::TrendView, csv: bool, width: Option<u16>) -> String {
    let mut header: Vec<String> = vec![
        "period".into(),
        "date".into(),
        "scored".into(),
        "none".into(),
    ];
    header.extend(v.scorecard.levels.iter().cloned());
    header.extend(["median".into(), "progress".into(), "target_value".into()]);
    let rows = v
        .points
        .iter()
        .map(|p| {
            let mut r = vec![p.period.clone(), p.date.to_string()];
            match &p.summary {
                Some(s) => {
                    r.push(s.scored.to_string());
                    r.extend(s.distribution.iter().map(|d| d.count.to_string()));
                    r.push(s.median.clone().unwrap_or_default());
                    r.push(if csv {
                        s.progress.map(|x| x.to_string()).unwrap_or_default()
                    } else {
                        ratio(s.progress)
                    });
                    r.push(if csv {
                        p.target_value.map(|x| x.to_string()).unwrap_or_default()
                    } else {
                        ratio(p.target_value)
                    });
                }
                None => {
                    let n = v.scorecard.levels.len() + 5;
                    r.extend((0..n).map(|i| {
                        if i == 0 {
                            p.note.clone().unwrap_or_default()
                        } else {
                            String::new()
                        }
                    }));
                }
            }
            r
        })
        .collect();
    let h: Vec<&str> = header.iter().map(String::as_str).collect();
    out(csv, &h, rows, width)
}

/// `campaign list` as a table or CSV (a table with no campaign says so).
pub fn campaign_table(
    v: &crate::scorecard::campaign::ListView,
    csv: bool,
    width: Option<u16>,
) -> String {
    if v.campaigns.is_empty() && !csv {
        return "no campaign in the catalog (add one under campaigns/)\n".into();
    }
    let header = [
        "id",
        "scorecard",
        "rules",
        "status",
        "due",
        "done",
        "in_scope",
        "progress",
        "overdue",
    ];
    let cells = v
        .campaigns
        .iter()
        .map(|r| {
            vec![
                r.id.clone(),
                r.scorecard.clone(),
                r.rules.join(" "),
                r.status.as_str().to_string(),
                r.due.to_string(),
                r.done.map(|d| d.to_string()).unwrap_or_default(),
                r.in_scope.map(|d| d.to_string()).unwrap_or_default(),
                if csv {
                    r.progress.map(|x| x.to_string()).unwrap_or_default()
                } else {
                    ratio(r.progress)
                },
                if r.overdue { "yes".into() } else { "no".into() },
            ]
        })
        .collect();
    out(csv, &header, cells, width)
}

/// What `campaign show` prints.
pub fn campaign_text(v: &crate::scorecard::campaign::ShowView, style: Style) -> String {
    let c = &v.campaign;
    let mut s = format!("{} — {}\n", term(&c.id), term(&c.name));
    s.push_str(&format!(
        "owner {}, scorecard {}, rules {}\n{} from {} to {} ({} days {})\n",
        term(&c.owner),
        term(&c.scorecard),
        term(&c.rules.join(", ")),
        c.status.as_str(),
        c.start,
        c.due,
        c.days_left.abs(),
        if c.days_left >= 0 { "left" } else { "past due" }
    ));
    if let Some(b) = &c.brief {
        s.push_str(&format!("{}\n", term(b)));
    }
    match (c.in_scope, c.done) {
        (Some(n), Some(d)) => s.push_str(&format!(
            "progress: {d} of {n} done ({}){}\n",
            ratio(c.progress),
            if c.overdue {
                format!(" — {}", style.red("overdue"))
            } else {
                String::new()
            }
        )),
        _ => s.push_str("progress: the scorecard does not exist\n"),
    }
    if !c.left.is_empty() {
        s.push_str("left:\n");
        for l in &c.left {
            let team = l.team.as_deref().unwrap_or("-");
            s.push_str(&format!("  {} ({})\n", term(&l.id), term(team)));
        }
    }
    if !v.burnup.is_empty() {
        s.push_str("burn-up:\n");
        for b in &v.burnup {
            let bar = b
                .progress
                .map(|x| "#".repeat((x * 20.0).round() as usize))
                .unwrap_or_default();
            s.push_str(&format!(
                "  {}  {:>6}  {bar}{}\n",
                b.date,
                ratio(b.progress),
                b.note
                    .as_deref()
                    .map(|n| format!(" ({})", term(n)))
                    .unwrap_or_default()
            ));
        }
    }
    s
}
