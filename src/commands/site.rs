//! `platctl site build`: the portal, a static website of the whole catalog.

use super::sources::{open, snapshots};
use super::Env;
use crate::catalog::Catalog;
use crate::history::changelog;
use crate::model::{Period, Quarter};
use crate::report::deprecation_status::{burn_down, from_file, BurnPoint};
use crate::site::{self, Recent, RECENT_DAYS};
use crate::store::tree::{write_tree, OutFile};
use crate::Outcome;
use anyhow::{anyhow, Context, Result};
use chrono::NaiveDate;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Build the static site: every capability, service, team, deprecation, the roadmap, the KPIs
    Build(BuildArgs),
}

#[derive(clap::Args, Debug)]
#[command(after_help = "Examples:
  platctl site build -o public
  platctl site build -o public --since 2026-10-01
  platctl --today 2026-11-27 site build -o site --since 2w

Pages: index.html (counts, search, what needs attention, what changed lately), capabilities/,
services/, teams/, deprecations/, exceptions/, intake/, roadmap/<quarter>.html, kpis.html,
scorecards/ and campaigns/ (with trends and burn-ups from git), radar.html, search.html, and
data/*.json (the data behind the pages). Every link is relative
and names a file, so the site works from any sub-path and opened from disk. Nothing is loaded
from elsewhere; only the search page runs a script.

DIR is replaced whole on every build (written beside it, synced once, then swapped in); platctl
refuses a DIR that is not empty and that it did not build. See docs/site.md to publish on
GitHub Pages or GitLab Pages.

Exit status: 0 the site was written (whatever the catalog's findings: each is shown on its
entry's page), 2 it could not be.")]
pub struct BuildArgs {
    /// The directory to write the site to (replaced whole)
    #[arg(short, long, value_name = "DIR")]
    pub output: PathBuf,
    /// "What changed" on the home page starts here: a number of days or weeks back (30d, 2w),
    /// a date (2026-10-01), or a quarter or month (its first day); default 30d
    #[arg(long, value_name = "PERIOD")]
    pub since: Option<String>,
}

pub fn run(env: &Env, c: Command) -> Result<Outcome> {
    match c {
        Command::Build(a) => build(env, a),
    }
}

/// How many past versions of a deprecation's file its burn-down reads at most.
const HISTORY_LIMIT: usize = 500;

fn since_arg(s: Option<&str>, today: NaiveDate, fy: u32) -> Result<NaiveDate> {
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

fn build(env: &Env, a: BuildArgs) -> Result<Outcome> {
    let started = std::time::Instant::now();
    let out = if a.output.is_absolute() {
        a.output.clone()
    } else {
        env.cwd.join(&a.output)
    };
    let mut src = open(env, None)?;
    let fy = src.config.fiscal_year_start_month;
    let since = since_arg(a.since.as_deref(), env.today, fy)?;
    let period = Period::Quarter(Quarter::of(env.today, fy));
    let snaps = snapshots(env, &mut src, &crate::report::kpi::spark_periods(period))?;
    let cat = src.current();
    let mut phases: Vec<(&str, std::time::Duration)> =
        vec![("load and history", started.elapsed())];
    let lap = std::time::Instant::now();
    let findings = crate::lint::lint(&cat, env.today, &crate::lint::Options::default());
    phases.push(("lint", lap.elapsed()));
    let lap = std::time::Instant::now();
    let kpis = crate::kpi::registry::for_catalog(&cat);
    let dashboard = {
        let ctx = crate::kpi::Ctx::new(&cat, env.today, &snaps);
        crate::report::kpi::build(&kpis, &ctx, &src.config.name, period, src.history_note())
    };
    let recent = match &mut src.history {
        Ok(h) => recent(h, &cat, since, env.today)?,
        Err(why) => Recent {
            since,
            available: false,
            reason: Some(why.to_string()),
            from_commit: None,
            changes: Vec::new(),
        },
    };
    let in_git = src.history.is_ok();
    let mut quarters: Vec<Quarter> = cat.roadmap.iter().map(|r| r.quarter.value).collect();
    quarters.sort();
    quarters.dedup();
    let mut roadmaps = Vec::new();
    for q in quarters {
        if let Some(rq) = cat.quarter(q) {
            let scope = super::report_roadmap::scope_from_history(env, &cat, q)?;
            roadmaps.push(crate::report::roadmap::build(&cat, rq, env.today, scope));
        }
    }
    let burn_downs = if in_git {
        burn_downs(&cat, env.today)?
    } else {
        BTreeMap::new()
    };
    phases.push(("kpis, changes, roadmaps, burn-downs", lap.elapsed()));
    let lap = std::time::Instant::now();
    let scorecard_history = if in_git {
        scorecard_history(&mut src.history, &cat, env.today)?
    } else {
        site::scorecards::History::default()
    };
    phases.push(("scorecard trends and burn-ups", lap.elapsed()));
    let lap = std::time::Instant::now();
    let s = site::build(site::Input {
        cat: &cat,
        today: env.today,
        findings: &findings,
        recent,
        roadmaps,
        kpis: dashboard,
        burn_downs,
        in_git,
        scorecard_history,
    });
    phases.push(("page data", lap.elapsed()));
    let lap = std::time::Instant::now();
    let files: Vec<OutFile> = crate::output::site::render(&s)
        .into_iter()
        .map(|(path, bytes)| OutFile { path, bytes })
        .collect();
    phases.push(("render", lap.elapsed()));
    let lap = std::time::Instant::now();
    let n = files.len();
    env.spinning(&format!("writing {n} files"), || write_tree(&out, &files))
        .with_context(|| format!("cannot write the site to {}", out.display()))?;
    phases.push(("write and sync", lap.elapsed()));
    if env.verbose {
        let p: Vec<String> = phases.iter().map(|(w, d)| format!("{w} {d:.0?}")).collect();
        env.note(&format!("site: {}", p.join(", ")));
    }
    env.note(&format!(
        "wrote {n} files to {} ({} pages of services, {} of capabilities, {} of teams){}",
        out.display(),
        s.services.len(),
        s.capabilities.len(),
        s.teams.len(),
        if env.verbose {
            format!(" in {:.0?}", started.elapsed())
        } else {
            String::new()
        }
    ));
    // The process ends here; the OS frees the catalog faster than Drop would.
    std::mem::forget(src);
    std::mem::forget(s);
    Ok(Outcome::Ok)
}

/// What changed from the last commit on or before `since` to the catalog as it stands.
fn recent(
    h: &mut crate::history::History,
    cat: &Catalog,
    since: NaiveDate,
    today: NaiveDate,
) -> Result<Recent> {
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
    history: &mut crate::history::Opened,
    cat: &Catalog,
    today: NaiveDate,
) -> Result<site::scorecards::History> {
    let mut out = site::scorecards::History::default();
    let now = Period::Quarter(Quarter::of(today, cat.fy()));
    let periods = crate::kpi::periods_between((0..3).fold(now, |p, _| p.prev()), now);
    for sc in &cat.scorecards {
        if out.trends.contains_key(&sc.id.value) {
            continue;
        }
        let t = super::scorecard::trend::collect(history, cat, &sc.id.value, &periods, today)?;
        out.trends.insert(sc.id.value.clone(), t);
    }
    for c in &cat.campaigns {
        if out.burnups.contains_key(&c.id.value) {
            continue;
        }
        let b = super::campaign::burnup(history, cat, c, today)?;
        out.burnups.insert(c.id.value.clone(), b);
    }
    Ok(out)
}
