//! The questions of `service new`, and the flags that answer them.

use super::{date_check, known_id, one_line, sorted_ids, to_date, Console, Prompter, Question};
use crate::catalog::{Catalog, Kind};
use crate::lifecycle::fields::Fields;
use anyhow::Result;
use chrono::NaiveDate;

#[derive(clap::Args, Debug)]
pub struct Flags {
    /// The service's name
    #[arg(long)]
    pub name: Option<String>,
    /// The owning team's id
    #[arg(long, value_name = "TEAM")]
    pub team: Option<String>,
    /// The id [default: the name as a slug]
    #[arg(long)]
    pub id: Option<String>,
    /// 1 is the most critical, 3 the least [default: 2]
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=3))]
    pub tier: Option<u8>,
    /// When the repository was created, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE")]
    pub created: Option<String>,
    /// The first deploy to a non-production environment, YYYY-MM-DD
    #[arg(long, value_name = "DATE")]
    pub first_deploy: Option<String>,
    /// One line: what the service does
    #[arg(long)]
    pub description: Option<String>,
    /// The system it belongs to (a slug, e.g. checkout)
    #[arg(long)]
    pub system: Option<String>,
    /// Its own lifecycle stage (a slug, e.g. production, experimental)
    #[arg(long)]
    pub lifecycle: Option<String>,
    /// The repository's URL
    #[arg(long, value_name = "URL")]
    pub repo: Option<String>,
    /// Documentation URL
    #[arg(long, value_name = "URL")]
    pub docs: Option<String>,
    /// Runbook URL
    #[arg(long, value_name = "URL")]
    pub runbook: Option<String>,
    /// Where pages go, e.g. pagerduty:payments
    #[arg(long)]
    pub oncall: Option<String>,
}

/// A new service's fields, and what its messages name.
pub struct NewService {
    pub id: String,
    pub name: String,
    pub team: String,
    pub tier: String,
    pub fields: Fields,
}

/// Asks (or takes from flags) every field of a new service.
pub fn ask(
    term: &dyn Console,
    cat: &Catalog,
    p: &Prompter,
    f: &Flags,
    today: NaiveDate,
) -> Result<NewService> {
    p.intro(term, "service");
    let name = p.text(
        f.name.clone(),
        &Question::new("--name", "Name:").check(&one_line),
    )?;
    let teams = sorted_ids(cat.teams.iter().map(|t| t.id.value.as_str()));
    let team_ok = known_id("team", &teams);
    let team = p.text(
        f.team.clone(),
        &Question::new("--team", "Owning team:")
            .help("a team id; type to filter, Tab completes")
            .check(&team_ok)
            .suggest(&teams),
    )?;
    let tier = p.select(
        f.tier.map(|t| t.to_string()),
        &Question::new("--tier", "Tier:")
            .default("2")
            .help("1 is the most critical, 3 the least"),
        &["1", "2", "3"],
    )?;
    let today = today.format("%Y-%m-%d").to_string();
    let created = p.text(
        f.created.clone(),
        &Question::new("--created", "Created on:")
            .default(&today)
            .check(&date_check),
    )?;
    let created = to_date("--created", &created)?;
    let description = p.optional(
        f.description.clone(),
        &Question::new("--description", "Description (optional):")
            .help("one line: what the service does; Enter skips")
            .check(&one_line),
    )?;
    let first_deploy = f
        .first_deploy
        .as_deref()
        .map(|d| to_date("--first-deploy", d))
        .transpose()?;
    let id = super::ask_new_id(cat, p, f.id.clone(), Kind::Service, &name)?;
    let fields = Fields::new()
        .text("id", &id)
        .text("name", &name)
        .text("team", &team)
        .raw("tier", &tier)
        .date("created", created)
        .opt_date("first_deploy", first_deploy)
        .opt_text("description", description.as_deref())
        .opt_text("system", f.system.as_deref())
        .opt_text("lifecycle", f.lifecycle.as_deref())
        .opt_text("repo", f.repo.as_deref())
        .opt_text("docs", f.docs.as_deref())
        .opt_text("runbook", f.runbook.as_deref())
        .opt_text("oncall", f.oncall.as_deref());
    Ok(NewService {
        id,
        name,
        team,
        tier,
        fields,
    })
}
