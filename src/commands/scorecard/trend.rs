//! `platctl scorecard show ID --trend`: counts per level at each period's
//! end, each from the catalog as it was then (git history).

use crate::commands::{Env, ListFormat};
use crate::history::History;
use crate::model::{Period, Quarter};
use crate::scorecard::view::{self, TrendPoint, TrendView};
use crate::Outcome;
use anyhow::{anyhow, bail, Result};
use chrono::NaiveDate;

pub use crate::commands::kpi::Every;

/// The periods of a trend: from `since` (default four quarters or twelve
/// months back) to the one that holds today.
pub fn periods(
    since: Option<&str>,
    every: Every,
    today: NaiveDate,
    fy: u32,
) -> Result<Vec<Period>> {
    let until = match every {
        Every::Quarter => Period::Quarter(Quarter::of(today, fy)),
        Every::Month => Period::Month {
            year: chrono::Datelike::year(&today),
            month: chrono::Datelike::month(&today),
        },
    };
    let since = match since {
        Some(s) => {
            let p = Period::parse(s.trim()).ok_or_else(|| {
                anyhow!(
                    "--since `{s}` is not a period: write a quarter (2026-Q1) or a month (2026-01)"
                )
            })?;
            match (every, p) {
                (Every::Quarter, _) => Period::Quarter(p.quarter(fy)),
                (Every::Month, Period::Month { .. }) => p,
                (Every::Month, Period::Quarter(q)) => {
                    let d = q.start(fy);
                    Period::Month {
                        year: chrono::Datelike::year(&d),
                        month: chrono::Datelike::month(&d),
                    }
                }
            }
        }
        None => {
            let back = if every == Every::Quarter { 3 } else { 11 };
            (0..back).fold(until, |p, _| p.prev())
        }
    };
    if since > until {
        bail!("--since {since} is after the current period {until}");
    }
    Ok(crate::kpi::periods_between(since, until))
}

/// The trend points of one scorecard: each period's end read from history
/// (the current period from the catalog as it stands, on `today`).
pub fn collect(
    history: &mut crate::history::Opened,
    current: &crate::catalog::Catalog,
    id: &str,
    ps: &[Period],
    today: NaiveDate,
) -> Result<Vec<TrendPoint>> {
    let fy = current.fy();
    let memo = crate::scorecard::Memo::default();
    let mut points = Vec::new();
    for p in ps {
        let end = p.end(fy);
        if end >= today {
            points.push(view::trend_point(
                Some(current),
                id,
                p.to_string(),
                today,
                None,
                None,
                &memo,
            ));
            continue;
        }
        let point: TrendPoint = match history {
            Err(why) => view::trend_point(
                None,
                id,
                p.to_string(),
                end,
                None,
                Some(why.to_string()),
                &memo,
            ),
            Ok(h) => match h.commit_on_or_before(end)? {
                None => view::trend_point(
                    None,
                    id,
                    p.to_string(),
                    end,
                    None,
                    Some(format!(
                        "no commit on or before {end} (the history starts later)"
                    )),
                    &memo,
                ),
                Some(c) => {
                    let cat = h.catalog_at(&c)?;
                    view::trend_point(
                        cat.as_deref(),
                        id,
                        p.to_string(),
                        end,
                        Some(c.id.clone()),
                        Some("the catalog did not exist yet".into()),
                        &memo,
                    )
                }
            },
        };
        points.push(point);
    }
    Ok(points)
}

pub fn run(
    env: &Env,
    id: &str,
    since: Option<&str>,
    every: Every,
    format: ListFormat,
) -> Result<Outcome> {
    let root = env.root()?;
    let mut history = History::open(&root, None)?;
    let current = match &mut history {
        Ok(h) => h.working_catalog()?,
        Err(_) => env.load()?,
    };
    let sc = super::find(&current, id)?;
    let head = view::head(sc);
    let fy = current.fy();
    let ps = periods(since, every, env.today, fy)?;
    let points = collect(&mut history, &current, id, &ps, env.today)?;
    let v = TrendView {
        version: 1,
        as_of: env.today,
        scorecard: head,
        every: match every {
            Every::Quarter => "quarter".into(),
            Every::Month => "month".into(),
        },
        points,
    };
    let out = match format {
        ListFormat::Json => crate::output::json_document(&v)?,
        ListFormat::Table => crate::output::scorecard::trend_table(&v, false, env.width()),
        ListFormat::Csv => crate::output::scorecard::trend_table(&v, true, None),
    };
    env.print_as(&out, format == ListFormat::Table)?;
    Ok(Outcome::Ok)
}
