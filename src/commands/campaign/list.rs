//! `platctl campaign list`.

use crate::catalog::Catalog;
use crate::commands::{Env, ListFormat};
use crate::model::{Campaign, CampaignStatus};
use crate::scorecard::campaign::{overdue, progress, Left, Progress};
use crate::Outcome;
use anyhow::Result;
use chrono::NaiveDate;
use serde::Serialize;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Output format
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

/// A campaign with its progress on one day.
#[derive(Serialize)]
pub struct Row {
    pub id: String,
    pub name: String,
    pub owner: String,
    pub scorecard: String,
    pub rules: Vec<String>,
    pub status: CampaignStatus,
    pub start: NaiveDate,
    pub due: NaiveDate,
    pub brief: Option<String>,
    /// Days to due (negative once passed).
    pub days_left: i64,
    /// null when the scorecard does not exist.
    pub in_scope: Option<usize>,
    pub done: Option<usize>,
    pub progress: Option<f64>,
    pub overdue: bool,
    pub left: Vec<Left>,
}

pub fn row(cat: &Catalog, c: &Campaign, today: NaiveDate) -> Row {
    let p: Option<Progress> = progress(cat, c, today);
    Row {
        id: c.id.value.clone(),
        name: c.name.value.clone(),
        owner: c.owner.value.clone(),
        scorecard: c.scorecard.value.clone(),
        rules: c.rules.iter().map(|r| r.value.clone()).collect(),
        status: c.status.value,
        start: c.start.value,
        due: c.due.value,
        brief: c.brief.clone(),
        days_left: (c.due.value - today).num_days(),
        overdue: overdue(c, p.as_ref(), today),
        in_scope: p.as_ref().map(|p| p.in_scope),
        done: p.as_ref().map(|p| p.done),
        progress: p.as_ref().and_then(|p| p.progress),
        left: p.map(|p| p.left).unwrap_or_default(),
    }
}

#[derive(Serialize)]
struct ListJson {
    version: u32,
    as_of: NaiveDate,
    campaigns: Vec<Row>,
}

pub fn run(env: &Env, a: Args) -> Result<Outcome> {
    let cat = env.load()?;
    let mut cs: Vec<&Campaign> = cat.campaigns.iter().collect();
    cs.sort_by(|a, b| a.id.value.cmp(&b.id.value));
    cs.dedup_by(|a, b| a.id.value == b.id.value);
    let rows: Vec<Row> = cs.iter().map(|c| row(&cat, c, env.today)).collect();
    let out = match a.format {
        ListFormat::Json => crate::output::json_document(&ListJson {
            version: 1,
            as_of: env.today,
            campaigns: rows,
        })?,
        ListFormat::Table if rows.is_empty() => {
            "no campaign in the catalog (add one under campaigns/)\n".into()
        }
        f => crate::output::scorecard::campaign_table(
            &rows
                .iter()
                .map(|r| crate::output::scorecard::CampaignCells {
                    id: &r.id,
                    scorecard: &r.scorecard,
                    rules: r.rules.join(" "),
                    status: r.status.as_str(),
                    due: r.due,
                    in_scope: r.in_scope,
                    done: r.done,
                    progress: r.progress,
                    overdue: r.overdue,
                })
                .collect::<Vec<_>>(),
            f == ListFormat::Csv,
            env.width(),
        ),
    };
    env.print(&out)?;
    Ok(Outcome::Ok)
}
