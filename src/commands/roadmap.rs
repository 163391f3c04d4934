//! `platctl roadmap`: the quarterly roadmap.

use super::Env;
use crate::catalog::Catalog;
use crate::model::{Item, Quarter, RoadmapQuarter};
use crate::output::table::table;
use crate::report::roadmap::delivered_by;
use crate::Outcome;
use anyhow::{anyhow, Result};
use chrono::NaiveDate;
use serde::Serialize;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// List a quarter's items with theme, owner, commitment and status
    #[command(
        after_help = "Examples:\n  platctl roadmap list\n  platctl roadmap list --quarter 2027-Q1\n  platctl roadmap list --format json\n\nThe quarter defaults to the one that holds today (--today), in the catalog's fiscal year."
    )]
    List(ListArgs),
    /// Change the roadmap: add an item, set its status, deliver it, slip it
    #[command(subcommand)]
    Item(Box<item::Command>),
}

#[path = "roadmap_item.rs"]
pub mod item;

#[derive(clap::Args, Debug)]
pub struct ListArgs {
    /// The quarter, YYYY-Qn (fiscal-year aware); default: the quarter that holds today
    #[arg(long, value_name = "QUARTER")]
    pub quarter: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ListFormat {
    Table,
    Json,
}

pub fn run(env: &Env, c: Command) -> Result<Outcome> {
    match c {
        Command::List(a) => list(env, a),
        Command::Item(c) => item::run(env, *c),
    }
}

/// The quarter named by `--quarter`, or the one that holds today.
pub fn quarter_arg(env: &Env, cat: &Catalog, q: Option<&str>) -> Result<Quarter> {
    match q {
        Some(s) => Quarter::parse(s.trim()).ok_or_else(|| {
            anyhow!("--quarter `{s}` is not a quarter: write YYYY-Qn, e.g. 2026-Q4")
        }),
        None => Ok(Quarter::of(env.today, cat.fy())),
    }
}

/// The quarters the catalog plans, for messages: "2026-Q3, 2026-Q4".
pub fn planned_quarters(cat: &Catalog) -> String {
    let mut qs: Vec<String> = cat
        .roadmap
        .iter()
        .map(|r| r.quarter.value.to_string())
        .collect();
    qs.sort();
    qs.dedup();
    if qs.is_empty() {
        "none yet (add roadmap/<quarter>.yaml)".into()
    } else {
        qs.join(", ")
    }
}

#[derive(Serialize)]
struct ListItem<'a> {
    #[serde(flatten)]
    item: &'a Item,
    delivered_in_quarter: bool,
}

#[derive(Serialize)]
struct ListJson<'a> {
    version: u32,
    quarter: String,
    start: NaiveDate,
    end: NaiveDate,
    items: Vec<ListItem<'a>>,
}

fn list(env: &Env, a: ListArgs) -> Result<Outcome> {
    let cat = env.load()?;
    let q = quarter_arg(env, &cat, a.quarter.as_deref())?;
    let rq: Option<&RoadmapQuarter> = cat.quarter(q);
    if rq.is_none() {
        env.note(&format!(
            "no roadmap for {q}; quarters planned: {}",
            planned_quarters(&cat)
        ));
    }
    let items: Vec<&Item> = rq.map(|r| r.items.iter().collect()).unwrap_or_default();
    let end = q.end(cat.fy());
    let out = match a.format {
        ListFormat::Json => {
            let mut v: Vec<ListItem> = items
                .iter()
                .map(|it| ListItem {
                    item: it,
                    delivered_in_quarter: delivered_by(it, end),
                })
                .collect();
            v.sort_by(|x, y| x.item.id.value.cmp(&y.item.id.value));
            let j = ListJson {
                version: 1,
                quarter: q.to_string(),
                start: q.start(cat.fy()),
                end,
                items: v,
            };
            format!("{}\n", serde_json::to_string_pretty(&j)?)
        }
        ListFormat::Table => {
            // The order the quarter's file gives: themes as declared, items as written.
            let theme_pos = |it: &Item| {
                let rq = rq.map(|r| r.themes.as_slice()).unwrap_or_default();
                it.theme.as_ref().map_or(usize::MAX, |t| {
                    rq.iter()
                        .position(|x| x.id.value == t.value)
                        .unwrap_or(usize::MAX - 1)
                })
            };
            let mut ordered: Vec<(usize, &Item)> = items.iter().copied().enumerate().collect();
            ordered.sort_by_key(|(i, it)| (theme_pos(it), *i));
            let rows: Vec<Vec<String>> = ordered
                .iter()
                .map(|(_, it)| {
                    let status = match (&it.delivered, &it.slipped_to) {
                        (Some(d), _) if !delivered_by(it, end) => {
                            format!("{} {} (after the quarter)", it.status.value, d.value)
                        }
                        (Some(d), _) => format!("{} {}", it.status.value, d.value),
                        (None, Some(s)) => format!("{} to {}", it.status.value, s.value),
                        _ => it.status.value.to_string(),
                    };
                    vec![
                        it.id.value.clone(),
                        it.title.value.clone(),
                        it.theme
                            .as_ref()
                            .map(|t| t.value.clone())
                            .unwrap_or_default(),
                        cat.team(&it.owner.value)
                            .map_or_else(|| it.owner.value.clone(), |t| t.name.value.clone()),
                        it.commitment.value.to_string(),
                        status,
                    ]
                })
                .collect();
            table(
                &["ID", "TITLE", "THEME", "OWNER", "COMMITMENT", "STATUS"],
                rows,
                env.width(),
            )
        }
    };
    env.print_as(&out, a.format == ListFormat::Table)?;
    if a.format == ListFormat::Table {
        env.note(&format!(
            "{} of {q} ({})",
            crate::output::fmt::plural(items.len(), "item", "items"),
            crate::output::fmt::date_range(q.start(cat.fy()), end)
        ));
    }
    Ok(Outcome::Ok)
}
