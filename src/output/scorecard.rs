//! Scorecard and campaign listings, and the texts of `scorecard check` and
//! `campaign show`.

use super::fmt::percent_or_dash;
use super::listing::{Cell, Column, Listing, To};
use super::record::Record;
use super::safe::term_line;
use super::style::Style;
use crate::scorecard::campaign::ListView as CampaignList;
use crate::scorecard::view::{CheckView, ListView, ShowView, TrendView};
use crate::scorecard::Outcome;
use std::borrow::Cow;

fn ratio(r: Option<f64>) -> String {
    percent_or_dash(r)
}

/// A table's cells go through [`term`]; CSV's are plain.
fn cells(to: To, cells: Vec<String>) -> Vec<Cell> {
    cells
        .into_iter()
        .map(|c| {
            Cell::from(if to.is_table() {
                term_line(&c).into_owned()
            } else {
                c
            })
        })
        .collect()
}

fn columns(names: &[&'static str]) -> Vec<Column> {
    names.iter().copied().map(Column::new).collect()
}

impl Listing for ListView {
    fn columns(&self, _to: To) -> Vec<Column> {
        columns(&[
            "id",
            "applies_to",
            "scored",
            "levels",
            "median",
            "progress",
            "target",
        ])
    }

    fn rows(&self, to: To) -> Vec<Vec<Cell>> {
        let csv = to.is_csv();
        self.scorecards
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
                cells(
                    to,
                    vec![
                        s.id.clone(),
                        s.applies_to.to_string(),
                        s.summary.scored.to_string(),
                        levels,
                        s.summary.median.clone().unwrap_or_default(),
                        ratio(s.summary.progress),
                        target,
                    ],
                )
            })
            .collect()
    }

    fn empty(&self) -> Option<Cow<'_, str>> {
        Some("no scorecard in the catalog (add one under scorecards/)\n".into())
    }
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

/// The entities of one scorecard; a table opens with the scorecard, its
/// distribution and its target.
impl Listing for ShowView {
    fn columns(&self, _to: To) -> Vec<Column> {
        columns(&["id", "team", "level", "score", "failing"])
    }

    fn rows(&self, to: To) -> Vec<Vec<Cell>> {
        self.entities
            .iter()
            .map(|e| {
                cells(
                    to,
                    vec![
                        e.id.clone(),
                        e.team.clone().unwrap_or_default(),
                        e.level.clone(),
                        ratio(e.score),
                        e.failing
                            .iter()
                            .map(|f| format!("{} ({})", f.rule, f.outcome.as_str()))
                            .collect::<Vec<_>>()
                            .join(csv_sep(to.is_csv())),
                    ],
                )
            })
            .collect()
    }

    fn empty(&self) -> Option<Cow<'_, str>> {
        Some("no entity matches\n".into())
    }

    fn head(&self, to: To) -> String {
        if !to.is_table() {
            return String::new();
        }
        let mut s = format!(
            "{} — {} ({}), as of {}\n",
            term_line(&self.scorecard.id),
            term_line(&self.scorecard.name),
            self.scorecard.applies_to,
            self.as_of
        );
        let dist = self
            .summary
            .distribution
            .iter()
            .map(|l| format!("{} {}", l.level, l.count))
            .collect::<Vec<_>>()
            .join(", ");
        s.push_str(&format!(
            "scored {}: {dist}; median {}; progress {}\n",
            self.summary.scored,
            self.summary.median.as_deref().unwrap_or("-"),
            ratio(self.summary.progress)
        ));
        if let Some(t) = &self.target {
            s.push_str(&format!(
                "target: {} at {} or above, now {}\n",
                ratio(Some(t.share)),
                t.level,
                ratio(t.value)
            ));
        }
        s
    }
}

/// What `scorecard check` prints: not a record of one thing but a verdict
/// per scorecard with its rules, like lint's findings, so it keeps its own
/// layout.
pub fn check_text(v: &CheckView, style: Style) -> String {
    let mut s = String::new();
    for c in &v.scorecards {
        if !c.scored {
            s.push_str(&format!(
                "{} on {}: not scored (the scorecard's `when` leaves it out)\n\n",
                term_line(&v.entity),
                term_line(&c.scorecard)
            ));
            continue;
        }
        let level = c.level.as_deref().unwrap_or("none");
        s.push_str(&format!(
            "{} on {}: {} (score {})",
            term_line(&v.entity),
            term_line(&c.scorecard),
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
                term_line(&r.id)
            );
            if let Some(w) = r.would {
                line.push_str(&format!(" (would be {}", w.as_str()));
                if let Some(d) = r.enable_on {
                    line.push_str(&format!("; counts from {d}"));
                }
                line.push(')');
            }
            if let Some(x) = &r.exception {
                line.push_str(&format!(" (exception {})", term_line(x)));
            }
            if let Some(d) = &r.detail {
                line.push_str(&format!(" — {}", term_line(d)));
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
                            term_line(&f.rule),
                            f.outcome.as_str(),
                            f.fix
                                .as_ref()
                                .map(|x| format!(": {}", term_line(x)))
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

/// One row per period; a column per level of the scorecard.
impl Listing for TrendView {
    fn columns(&self, _to: To) -> Vec<Column> {
        let mut c = columns(&["period", "date", "scored", "none"]);
        c.extend(self.scorecard.levels.iter().cloned().map(Column::new));
        c.extend(columns(&["median", "progress", "target_value"]));
        c
    }

    fn rows(&self, to: To) -> Vec<Vec<Cell>> {
        let csv = to.is_csv();
        self.points
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
                        let n = self.scorecard.levels.len() + 5;
                        r.extend((0..n).map(|i| {
                            if i == 0 {
                                p.note.clone().unwrap_or_default()
                            } else {
                                String::new()
                            }
                        }));
                    }
                }
                cells(to, r)
            })
            .collect()
    }
}

/// `campaign list`; a table with no campaign says so.
impl Listing for CampaignList {
    fn columns(&self, _to: To) -> Vec<Column> {
        columns(&[
            "id",
            "scorecard",
            "rules",
            "status",
            "due",
            "done",
            "in_scope",
            "progress",
            "overdue",
        ])
    }

    fn rows(&self, to: To) -> Vec<Vec<Cell>> {
        self.campaigns
            .iter()
            .map(|r| {
                cells(
                    to,
                    vec![
                        r.id.clone(),
                        r.scorecard.clone(),
                        r.rules.join(" "),
                        r.status.as_str().to_string(),
                        r.due.to_string(),
                        r.done.map(|d| d.to_string()).unwrap_or_default(),
                        r.in_scope.map(|d| d.to_string()).unwrap_or_default(),
                        if to.is_csv() {
                            r.progress.map(|x| x.to_string()).unwrap_or_default()
                        } else {
                            ratio(r.progress)
                        },
                        if r.overdue { "yes".into() } else { "no".into() },
                    ],
                )
            })
            .collect()
    }

    fn empty(&self) -> Option<Cow<'_, str>> {
        Some("no campaign in the catalog (add one under campaigns/)\n".into())
    }
}

/// What `campaign show` prints: the campaign, its progress, what is left
/// and the weekly burn-up.
pub fn campaign_text(v: &crate::scorecard::campaign::ShowView, style: Style) -> String {
    let c = &v.campaign;
    let mut o = Record::new(style, 0);
    o.title(&term_line(&c.id), Some(&term_line(&c.name)))
        .line(format!(
            "owner {}, scorecard {}, rules {}",
            term_line(&c.owner),
            term_line(&c.scorecard),
            term_line(&c.rules.join(", "))
        ))
        .line(format!(
            "{} from {} to {} ({} days {})",
            c.status.as_str(),
            c.start,
            c.due,
            c.days_left.abs(),
            if c.days_left >= 0 { "left" } else { "past due" }
        ));
    if let Some(b) = &c.brief {
        // The brief is prose: its own line breaks kept, under the title.
        o.line(super::safe::term(b));
    }
    match (c.in_scope, c.done) {
        (Some(n), Some(d)) => o.line(format!(
            "progress: {d} of {n} done ({}){}",
            ratio(c.progress),
            if c.overdue {
                format!(" — {}", style.red("overdue"))
            } else {
                String::new()
            }
        )),
        _ => o.line("progress: the scorecard does not exist"),
    };
    if !c.left.is_empty() {
        o.line("left:");
        for l in &c.left {
            let team = l.team.as_deref().unwrap_or("-");
            o.item(format!("{} ({})", term_line(&l.id), term_line(team)));
        }
    }
    if !v.burnup.is_empty() {
        o.line("burn-up:");
        for b in &v.burnup {
            let bar = b
                .progress
                .map(|x| "#".repeat((x * 20.0).round() as usize))
                .unwrap_or_default();
            o.item(format!(
                "{}  {:>6}  {bar}{}",
                b.date,
                ratio(b.progress),
                b.note
                    .as_deref()
                    .map(|n| format!(" ({})", term_line(n)))
                    .unwrap_or_default()
            ));
        }
    }
    o.finish()
}
