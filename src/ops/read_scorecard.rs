//! Scorecards and campaigns over git history: a scorecard's counts per level
//! at each period's end, a campaign's weekly burn-up, the level drops since a
//! revision, and the scorecard report that gathers them. Each past state is
//! the catalog as it was at the last commit on or before the day.

use crate::catalog::Catalog;
use crate::history::History;
use crate::lint::Diagnostic;
use crate::model::{Campaign, Level, Period, Quarter, Scorecard};
use crate::scorecard::campaign::{self, burn_point, burnup_days, BurnPoint};
use crate::scorecard::view::{self, ReportView, TrendPoint, TrendView};
use crate::scorecard::{self as sc, Memo};
use anyhow::{anyhow, bail, Result};
use chrono::{Datelike, NaiveDate};

/// A catalog's history as a command opened it: readable, or why not.
pub type Past = crate::history::Opened;

/// The month that holds a day.
fn month_of(d: NaiveDate) -> Period {
    Period::Month {
        year: d.year(),
        month: d.month(),
    }
}

/// The periods of a trend: from `since` (default four quarters or twelve
/// months back) to the one that holds today, one per quarter or, with
/// `monthly`, per month.
pub fn trend_periods(
    since: Option<&str>,
    monthly: bool,
    today: NaiveDate,
    fy: u32,
) -> Result<Vec<Period>> {
    let until = if monthly {
        month_of(today)
    } else {
        Period::Quarter(Quarter::of(today, fy))
    };
    let since = match since {
        Some(s) => {
            let p = Period::parse(s.trim()).ok_or_else(|| {
                anyhow!(
                    "--since `{s}` is not a period: write a quarter (2026-Q1) or a month (2026-01)"
                )
            })?;
            match (monthly, p) {
                (false, _) => Period::Quarter(p.quarter(fy)),
                (true, Period::Month { .. }) => p,
                (true, Period::Quarter(q)) => month_of(q.start(fy)),
            }
        }
        None => {
            let back = if monthly { 11 } else { 3 };
            (0..back).fold(until, |p, _| p.prev())
        }
    };
    if since > until {
        bail!("--since {since} is after the current period {until}");
    }
    Ok(crate::kpi::periods_between(since, until))
}

/// The quarter that holds today and the three before it: the trend of the
/// scorecard report and of the site.
pub fn last_four_quarters(today: NaiveDate, fy: u32) -> Vec<Period> {
    let now = Period::Quarter(Quarter::of(today, fy));
    crate::kpi::periods_between((0..3).fold(now, |p, _| p.prev()), now)
}

/// The trend points of one scorecard: each period's end read from history
/// (the current period from the catalog as it stands, on `today`).
pub fn trend_points(
    history: &mut Past,
    current: &Catalog,
    id: &str,
    ps: &[Period],
    today: NaiveDate,
) -> Result<Vec<TrendPoint>> {
    let fy = current.fy();
    let memo = Memo::default();
    let mut points = Vec::new();
    for p in ps {
        let end = p.end(fy);
        if end >= today {
            let point =
                view::trend_point(Some(current), id, p.to_string(), today, None, None, &memo);
            points.push(point);
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

/// `scorecard show ID --trend`: counts per level at each period's end.
pub fn trend_view(
    history: &mut Past,
    current: &Catalog,
    card: &Scorecard,
    since: Option<&str>,
    monthly: bool,
    today: NaiveDate,
) -> Result<TrendView> {
    let ps = trend_periods(since, monthly, today, current.fy())?;
    let points = trend_points(history, current, &card.id.value, &ps, today)?;
    Ok(TrendView {
        version: 1,
        as_of: today,
        scorecard: view::head(card),
        every: if monthly { "month" } else { "quarter" }.into(),
        points,
    })
}

/// `report scorecard`: each card (sorted by id, the first of a duplicated
/// id) with its roll-ups and its last four quarters.
pub fn report(
    history: &mut Past,
    cat: &Catalog,
    mut cards: Vec<&Scorecard>,
    today: NaiveDate,
) -> Result<ReportView> {
    cards.sort_by(|x, y| x.id.value.cmp(&y.id.value));
    cards.dedup_by(|x, y| x.id.value == y.id.value);
    let periods = last_four_quarters(today, cat.fy());
    let inp = sc::inputs::Inputs::new(cat, today);
    let mut out = Vec::new();
    for card in cards {
        let ev = sc::compile(card).evaluate(&inp);
        let trend = trend_points(history, cat, &card.id.value, &periods, today)?;
        out.push(view::report_card(cat, &ev, trend));
    }
    Ok(ReportView {
        version: 1,
        catalog: cat.config.name.clone(),
        as_of: today,
        scorecards: out,
    })
}

/// A campaign's burn-up: its progress at each week's end from its start to
/// `min(today, due)`, each past day read from the catalog as it was then
/// (the last commit on or before it); today's from `cat`.
pub fn burnup(
    history: &mut Past,
    cat: &Catalog,
    c: &Campaign,
    today: NaiveDate,
) -> Result<Vec<BurnPoint>> {
    let mut out = Vec::new();
    for d in burnup_days(c, today) {
        if d >= today {
            out.push(burn_point(Some(cat), c, d, None, None));
            continue;
        }
        let p = match history {
            Err(why) => burn_point(None, c, d, None, Some(why.to_string())),
            Ok(h) => match h.commit_on_or_before(d)? {
                None => burn_point(
                    None,
                    c,
                    d,
                    None,
                    Some(format!("no commit on or before {d}")),
                ),
                Some(ci) => {
                    let past = h.catalog_at(&ci)?;
                    burn_point(
                        past.as_deref(),
                        c,
                        d,
                        Some(ci.id.clone()),
                        Some("the catalog did not exist yet".into()),
                    )
                }
            },
        };
        out.push(p);
    }
    Ok(out)
}

/// `campaign show ID`: the campaign on `today` and its burn-up.
pub fn campaign_view(
    history: &mut Past,
    cat: &Catalog,
    c: &Campaign,
    today: NaiveDate,
) -> Result<campaign::ShowView> {
    let burnup = burnup(history, cat, c, today)?;
    Ok(campaign::ShowView {
        version: 1,
        as_of: today,
        campaign: campaign::row(cat, c, today),
        burnup,
    })
}

/// scorecard-level-regressed findings against `rev` (none outside git or
/// without scorecards), at their final level.
pub fn regressions(cat: &Catalog, rev: &str, today: NaiveDate) -> Result<Vec<Diagnostic>> {
    if cat.scorecards.is_empty() {
        return Ok(Vec::new());
    }
    let Ok(mut h) = History::open(&cat.root, Some(rev))? else {
        return Ok(Vec::new());
    };
    let tip = h.tip().clone();
    let Some(before) = h.catalog_at(&tip)? else {
        return Ok(Vec::new());
    };
    let mut v = crate::lint::rules::regressions(cat, &before, rev, today);
    let level = cat
        .config
        .lint
        .rules
        .iter()
        .find(|(id, _)| id.value == "scorecard-level-regressed")
        .map(|(_, l)| l.value)
        .unwrap_or(Level::Warning);
    for d in &mut v {
        d.level = level;
    }
    v.retain(|d| d.level != Level::Off);
    Ok(v)
}

/// The catalog at the end of the quarter before today's (the last commit on
/// or before it), which `status` compares scorecard levels with; none
/// outside git, without scorecards, or before the history starts.
pub fn catalog_last_quarter(
    history: &mut Past,
    cat: &Catalog,
    today: NaiveDate,
) -> Result<Option<std::sync::Arc<Catalog>>> {
    let h = match history {
        Ok(h) if !cat.scorecards.is_empty() => h,
        _ => return Ok(None),
    };
    let fy = cat.fy();
    let end = Quarter::of(today, fy).prev().end(fy);
    Ok(match h.commit_on_or_before(end)? {
        Some(c) => h.catalog_at(&c)?,
        None => None,
    })
}

/// The scorecard with this id, or an error naming the closest.
pub fn find<'c>(cat: &'c Catalog, id: &str) -> Result<&'c Scorecard> {
    cat.scorecards
        .iter()
        .find(|s| s.id.value == id)
        .ok_or_else(|| crate::ops::unknown(cat, crate::catalog::Kind::Scorecard, id))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        crate::model::parse_date(s).unwrap()
    }

    fn names(ps: &[Period]) -> Vec<String> {
        ps.iter().map(|p| p.to_string()).collect()
    }

    #[test]
    fn a_trend_runs_from_since_to_the_period_holding_today() {
        let today = day("2026-11-27");
        let q = trend_periods(None, false, today, 1).unwrap();
        assert_eq!(names(&q), ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]);
        let m = trend_periods(None, true, today, 1).unwrap();
        assert_eq!(m.len(), 12);
        assert_eq!(m[0].to_string(), "2025-12");
        assert_eq!(m[11].to_string(), "2026-11");
        // A quarter counted in months starts at its first month; a month
        // counted in quarters is its quarter.
        let m = trend_periods(Some("2026-Q3"), true, today, 1).unwrap();
        assert_eq!(
            names(&m),
            ["2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]
        );
        let q = trend_periods(Some(" 2026-08 "), false, today, 1).unwrap();
        assert_eq!(names(&q), ["2026-Q3", "2026-Q4"]);
        assert_eq!(
            names(&last_four_quarters(today, 1)),
            ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]
        );
    }

    #[test]
    fn a_trend_refuses_a_bad_or_future_since() {
        let today = day("2026-11-27");
        let e = trend_periods(Some("soon"), false, today, 1).unwrap_err();
        assert_eq!(
            e.to_string(),
            "--since `soon` is not a period: write a quarter (2026-Q1) or a month (2026-01)"
        );
        let e = trend_periods(Some("2027-Q1"), false, today, 1).unwrap_err();
        assert_eq!(
            e.to_string(),
            "--since 2027-Q1 is after the current period 2026-Q4"
        );
    }
}
