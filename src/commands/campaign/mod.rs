//! `platctl campaign list|show ID`: time-boxed pushes on scorecard rules.

mod list;
mod show;

use super::Env;
use crate::catalog::Catalog;
use crate::model::Campaign;
use crate::scorecard::campaign::{burn_point, burnup_days, BurnPoint};
use crate::Outcome;
use anyhow::Result;
use chrono::NaiveDate;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Each campaign: scorecard, rules, due date, progress, overdue
    #[command(
        after_help = "Examples:\n  platctl campaign list\n  platctl campaign list --format json\n\nProgress = entities done / entities in scope (the scorecard's entities that\nthe campaign's `when` admits). Done: each of its rules passes (pass, exempt or\nskip), whatever the rule's enable_on. Overdue: active, past due, progress below 1."
    )]
    List(list::Args),
    /// One campaign: progress, the entities left with their team, and a weekly burn-up from git history
    #[command(
        after_help = "Examples:\n  platctl campaign show sso-everywhere\n  platctl campaign show sso-everywhere --format json"
    )]
    Show(show::Args),
}

pub fn run(env: &Env, c: Command) -> Result<Outcome> {
    match c {
        Command::List(a) => list::run(env, a),
        Command::Show(a) => show::run(env, a),
    }
}

/// A campaign's burn-up: its progress at each week's end from its start to
/// `min(today, due)`, each past day read from the catalog as it was then
/// (the last commit on or before it); today's from `cat`.
pub(crate) fn burnup(
    history: &mut crate::history::Opened,
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
