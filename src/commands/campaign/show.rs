//! `platctl campaign show ID`: progress, what is left, the weekly burn-up.

use crate::commands::{Env, ShowFormat};
use crate::history::History;
use crate::scorecard::campaign::BurnPoint;
use crate::Outcome;
use anyhow::Result;
use chrono::NaiveDate;
use serde::Serialize;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The campaign's id
    pub id: String,
    /// Output format
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

#[derive(Serialize)]
struct ShowJson {
    version: u32,
    as_of: NaiveDate,
    campaign: super::list::Row,
    burnup: Vec<BurnPoint>,
}

pub fn run(env: &Env, a: Args) -> Result<Outcome> {
    let root = env.root()?;
    let mut history = History::open(&root, None)?;
    let cat = match &mut history {
        Ok(h) => h.working_catalog()?,
        Err(_) => env.load()?,
    };
    let c = cat
        .campaigns
        .iter()
        .find(|c| c.id.value == a.id)
        .ok_or_else(|| {
            crate::commands::writing::unknown(&cat, crate::catalog::Kind::Campaign, &a.id)
        })?;
    let burnup: Vec<BurnPoint> = super::burnup(&mut history, &cat, c, env.today)?;
    let row = super::list::row(&cat, c, env.today);
    let out = match a.format {
        ShowFormat::Json => crate::output::json_document(&ShowJson {
            version: 1,
            as_of: env.today,
            campaign: row,
            burnup,
        })?,
        ShowFormat::Text => crate::output::scorecard::campaign_text(
            &crate::output::scorecard::CampaignText {
                id: &row.id,
                name: &row.name,
                owner: &row.owner,
                scorecard: &row.scorecard,
                rules: row.rules.join(", "),
                status: row.status.as_str(),
                start: row.start,
                due: row.due,
                days_left: row.days_left,
                brief: row.brief.as_deref(),
                in_scope: row.in_scope,
                done: row.done,
                progress: row.progress,
                overdue: row.overdue,
                left: row
                    .left
                    .iter()
                    .map(|l| (l.id.as_str(), l.team.as_deref()))
                    .collect(),
                burnup: burnup
                    .iter()
                    .map(|b| (b.date, b.progress, b.note.as_deref()))
                    .collect(),
            },
            env.style,
        ),
    };
    env.print(&out)?;
    Ok(Outcome::Ok)
}
