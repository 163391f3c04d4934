//! `platctl status`: what needs attention today, ranked.

use super::Env;
use crate::model::{Period, Quarter};
use crate::output::listing;
use crate::output::status as out;
use crate::Outcome;
use anyhow::Result;

#[derive(clap::Args, Debug)]
#[command(
    verbatim_doc_comment,
    after_long_help = "Lists, most pressing first: requests past the triage SLA, exceptions expired or
expiring, sunsets passed or approaching with consumers left, roadmap items overdue
(their quarter ended) or at risk, KPIs off target this quarter, and ga capabilities
that fail their readiness checklist. Windows come from the catalog's policy
(intake_triage_sla_days, exception_warn_days, deprecation_warn_days). With
scorecards: active campaigns past due, and entities whose level is lower than at
the previous quarter's end (read from git history).

With --team, the same for the services, capabilities, requests, exceptions and
roadmap items of one team (KPIs are platform-wide and left out).

Examples:
  platctl status
  platctl status --team team-security
  platctl status --format md > weekly.md
  platctl status --format json | jq '.items[] | select(.severity == \"high\")'

Exit status: 0 whatever it shows (a listing, not a check)."
)]
pub struct Args {
    /// Only what one team owns or asked for (a team id)
    #[arg(long, value_name = "TEAM")]
    pub team: Option<String>,
    /// Output format: a ranked table, Markdown with headings (a weekly post), or JSON
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Md,
}

pub fn run(env: &Env, a: Args) -> Result<Outcome> {
    let mut src = super::sources::open(env, None)?;
    let fy = src.config.fiscal_year_start_month;
    let period = Period::Quarter(Quarter::of(env.today, fy));
    let snaps = if a.team.is_none() {
        super::sources::snapshots(env, &mut src, &[period])?
    } else {
        Default::default()
    };
    let cat = src.current();
    if let Some(t) = &a.team {
        if cat.team(t).is_none() {
            return Err(super::writing::unknown(&cat, crate::catalog::Kind::Team, t));
        }
    }
    // Scorecard levels are compared with the catalog at the previous
    // quarter's end (the last commit on or before it); none outside git.
    let before =
        crate::ops::read_scorecard::catalog_last_quarter(&mut src.history, &cat, env.today)?;
    let view = crate::status::build(
        &cat,
        env.today,
        a.team.as_deref(),
        &snaps,
        before.as_deref(),
    );
    match a.format {
        Format::Table => listing::print(env, &view, listing::Format::Table)?,
        Format::Json => listing::print(env, &view, listing::Format::Json)?,
        // A weekly post by kind, not a table.
        Format::Md => env.print(&out::markdown(&view))?,
    }
    Ok(Outcome::Ok)
}
