//! The portal's inputs: lint findings, what changed lately, every quarter's
//! roadmap report, the deprecations' burn-downs and the scorecard trends and
//! campaign burn-ups, read from the catalog and its git history, then the
//! page data built from them.

use super::read_scorecard::{burnup, last_four_quarters, trend_points, Past};
use crate::catalog::Catalog;
use crate::history::changelog;
use crate::model::{Period, Quarter};
use crate::report::deprecation_status::{burn_down, from_file, BurnPoint};
use crate::report::kpi::Dashboard;
use crate::report::scope::Scope;
use crate::site::{self, Recent, Site, RECENT_DAYS};
use anyhow::{anyhow, Result};
use chrono::NaiveDate;
use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How many past versions of a deprecation's file its burn-down reads at most.
const HISTORY_LIMIT: usize = 500;

/// `--since`: a number of days or weeks back (30d, 2w), a date, or a quarter
/// or month (its first day); default [`RECENT_DAYS`] back.
pub fn since_arg(s: Option<&str>, today: NaiveDate, fy: u32) -> Result<NaiveDate> {
    let Some(s) = s.map(str::trim) else {
        return Ok(today - chrono::Duration::days(RECENT_DAYS));
    };
    let back = |n: &str, unit: i64| {
        n.parse::<i64>()
            .ok()
            .filter(|n| (0..=36_500).contains(n))
            .map(|n| today - chrono::Duration::days(n * unit))
    };
    let d = if let Some(n) = s.strip_suffix('d') {
        back(n, 1)
    } else if let Some(n) = s.strip_suffix('w') {
        back(n, 7)
    } else if let Some(d) = crate::model::parse_date(s) {
        Some(d)
    } else {
        Period::parse(s).map(|p| p.start(fy))
    };
    d.ok_or_else(|| {
        anyhow!("--since `{s}`: write a number of days or weeks back (30d, 2w), a date (2026-10-01), a quarter (2026-Q4) or a month (2026-11)")
    })
}

/// The site's page data and how long each phase took (for `-v`).
pub struct Built {
    pub site: Site,
    pub phases: Vec<(&'static str, Duration)>,
}

/// Everything the site shows, from the catalog as it stands (`cat`), its
/// history, the KPI dashboard, and `scope` (a quarter's scope changes).
pub fn build(
    history: &mut Past,
    cat: &Catalog,
    today: NaiveDate,
    since: NaiveDate,
    kpis: Dashboard,
    scope: &dyn Fn(Quarter) -> Result<Option<Scope>>,
) -> Result<Built> {
    let mut phases = Vec::new();
    let lap = Instant::now();
    let findings = crate::lint::lint(cat, today, &crate::lint::Options::default());
    phases.push(("lint", lap.elapsed()));
    let lap = Instant::now();
    let recent = recent(history, cat, since, today)?;
    let in_git = history.is_ok();
    let roadmaps = roadmaps(cat, today, scope)?;
    let burn_downs = if in_git {
        burn_downs(cat, today)?
    } else {
        BTreeMap::new()
    };
    phases.push(("kpis, changes, roadmaps, burn-downs", lap.elapsed()));
    let lap = Instant::now();
    let scorecard_history = if in_git {
        scorecard_history(history, cat, today)?
    } else {
        site::scorecards::History::default()
    };
    phases.push(("scorecard trends and burn-ups", lap.elapsed()));
    let lap = Instant::now();
    let site = site::build(site::Input {
        cat,
        today,
        findings: &findings,
        recent,
        roadmaps,
        kpis,
        burn_downs,
        in_git,
        scorecard_history,
    });
    phases.push(("page data", lap.elapsed()));
    Ok(Built { site, phases })
}

/// Every planned quarter's roadmap report, oldest first.
fn roadmaps(
    cat: &Catalog,
    today: NaiveDate,
    scope: &dyn Fn(Quarter) -> Result<Option<Scope>>,
) -> Result<Vec<crate::report::roadmap::RoadmapReport>> {
    let mut quarters: Vec<Quarter> = cat.roadmap.iter().map(|r| r.quarter.value).collect();
    quarters.sort();
    quarters.dedup();
    let mut out = Vec::new();
    for q in quarters {
        if let Some(rq) = cat.quarter(q) {
            out.push(crate::report::roadmap::build(cat, rq, today, scope(q)?));
        }
    }
    Ok(out)
}

/// What changed from the last commit on or before `since` to the catalog as
/// it stands (nothing outside git, saying why).
fn recent(history: &mut Past, cat: &Catalog, since: NaiveDate, today: NaiveDate) -> Result<Recent> {
    let h = match history {
        Ok(h) => h,
        Err(why) => {
            return Ok(Recent {
                since,
                available: false,
                reason: Some(why.to_string()),
                from_commit: None,
                changes: Vec::new(),
            })
        }
    };
    let base = h.commit_on_or_before(since)?;
    let (old, old_day, from_commit) = match &base {
        Some(c) => match h.catalog_at(c)? {
            Some(old) => (old, c.date(), Some(c.id.clone())),
            None => (Arc::new(Catalog::default()), c.date(), Some(c.id.clone())),
        },
        // The history starts after `since`: everything in it is recent.
        None => (Arc::new(Catalog::default()), since, None),
    };
    Ok(Recent {
        since,
        available: true,
        reason: None,
        from_commit,
        changes: changelog::diff(&old, cat, old_day, today),
    })
}

/// Each deprecation's burn-down from the past versions of its file.
fn burn_downs(cat: &Catalog, today: NaiveDate) -> Result<BTreeMap<String, Vec<BurnPoint>>> {
    let mut out = BTreeMap::new();
    for d in &cat.deprecations {
        if out.contains_key(&d.id.value) {
            continue;
        }
        let file = cat.path(d.meta.file).to_string();
        let versions = crate::git::file_versions(&cat.root, &file, HISTORY_LIMIT)?;
        let past: Vec<(NaiveDate, String, crate::model::Deprecation)> = versions
            .unwrap_or_default()
            .into_iter()
            .rev()
            .filter_map(|v| Some((v.date, v.commit, from_file(&v.bytes?, &d.id.value)?)))
            .collect();
        out.insert(d.id.value.clone(), burn_down(past, Some(d), today));
    }
    Ok(out)
}

/// Each scorecard's counts per level at the end of the last four quarters
/// (as `report scorecard` shows them) and each campaign's weekly burn-up (as
/// `campaign show` gives it), from git history.
fn scorecard_history(
    history: &mut Past,
    cat: &Catalog,
    today: NaiveDate,
) -> Result<site::scorecards::History> {
    let mut out = site::scorecards::History::default();
    let periods = last_four_quarters(today, cat.fy());
    for sc in &cat.scorecards {
        if out.trends.contains_key(&sc.id.value) {
            continue;
        }
        let t = trend_points(history, cat, &sc.id.value, &periods, today)?;
        out.trends.insert(sc.id.value.clone(), t);
    }
    for c in &cat.campaigns {
        if out.burnups.contains_key(&c.id.value) {
            continue;
        }
        let b = burnup(history, cat, c, today)?;
        out.burnups.insert(c.id.value.clone(), b);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        crate::model::parse_date(s).unwrap()
    }

    #[test]
    fn since_takes_days_weeks_dates_and_periods() {
        let today = day("2026-11-27");
        assert_eq!(since_arg(None, today, 1).unwrap(), day("2026-10-28"));
        assert_eq!(since_arg(Some("30d"), today, 1).unwrap(), day("2026-10-28"));
        assert_eq!(since_arg(Some("2w"), today, 1).unwrap(), day("2026-11-13"));
        assert_eq!(since_arg(Some("0d"), today, 1).unwrap(), today);
        assert_eq!(
            since_arg(Some("2026-10-01"), today, 1).unwrap(),
            day("2026-10-01")
        );
        assert_eq!(
            since_arg(Some("2026-Q4"), today, 1).unwrap(),
            day("2026-10-01")
        );
        assert_eq!(
            since_arg(Some("2026-11"), today, 1).unwrap(),
            day("2026-11-01")
        );
    }

    #[test]
    fn since_refuses_what_it_cannot_read() {
        let today = day("2026-11-27");
        for bad in ["-1d", "36501d", "xw", "last week", ""] {
            let e = since_arg(Some(bad), today, 1).unwrap_err().to_string();
            assert!(
                e.starts_with(&format!("--since `{bad}`: write")),
                "{bad}: {e}"
            );
        }
    }
}
