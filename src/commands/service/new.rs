//! `platctl service new`: add a service (asks on a terminal).

use crate::app::Env;
use crate::catalog::{Catalog, Kind};
use crate::cli::service::NewArgs;
use crate::commands::prompt::{date_check, known_id, sorted_ids, to_date, Prompter, Question};
use crate::commands::writing::{create_entity, new_slug, one_line};
use crate::lifecycle::fields::{slug_of, Fields};
use crate::Outcome;
use anyhow::{bail, Result};

pub(super) fn new(env: &Env, a: NewArgs) -> Result<Outcome> {
    let id = a.id.as_deref().map(|i| (Kind::Service, i));
    let (cat, p) = crate::commands::writing::start_new(
        env,
        a.yes,
        &[("--name", a.name.is_some()), ("--team", a.team.is_some())],
        id,
        a.write,
    )?;
    p.intro(env, "service");
    let name = p.text(
        a.name.clone(),
        &Question::new("--name", "Name:").check(&one_line),
    )?;
    let teams = sorted_ids(cat.teams.iter().map(|t| t.id.value.as_str()));
    let team_ok = known_id("team", &teams);
    let team = p.text(
        a.team.clone(),
        &Question::new("--team", "Owning team:")
            .help("a team id; type to filter, Tab completes")
            .check(&team_ok)
            .suggest(&teams),
    )?;
    let tier = p.select(
        a.tier.map(|t| t.to_string()),
        &Question::new("--tier", "Tier:")
            .default("2")
            .help("1 is the most critical, 3 the least"),
        &["1", "2", "3"],
    )?;
    let today = env.today.format("%Y-%m-%d").to_string();
    let created = p.text(
        a.created.clone(),
        &Question::new("--created", "Created on:")
            .default(&today)
            .check(&date_check),
    )?;
    let created = to_date("--created", &created)?;
    let description = p.optional(
        a.description.clone(),
        &Question::new("--description", "Description (optional):")
            .help("one line: what the service does; Enter skips")
            .check(&one_line),
    )?;
    let first_deploy = a
        .first_deploy
        .as_deref()
        .map(|d| to_date("--first-deploy", d))
        .transpose()?;
    let id = ask_id(&p, &cat, a.id.clone(), &name)?;
    let fields = Fields::new()
        .text("id", &id)
        .text("name", &name)
        .text("team", &team)
        .raw("tier", &tier)
        .date("created", created)
        .opt_date("first_deploy", first_deploy)
        .opt_text("description", description.as_deref())
        .opt_text("system", a.system.as_deref())
        .opt_text("lifecycle", a.lifecycle.as_deref())
        .opt_text("repo", a.repo.as_deref())
        .opt_text("docs", a.docs.as_deref())
        .opt_text("runbook", a.runbook.as_deref())
        .opt_text("oncall", a.oncall.as_deref());
    create_entity(
        env,
        &cat.root,
        &p,
        Kind::Service,
        &id,
        &fields,
        a.write,
        &format!("service: {id} {name}"),
        &format!("added service {id} (tier {tier}), owned by {team}"),
        &format!("platctl service adopt {id} CAPABILITY"),
    )
}

/// The id: `--id`, or asked with the name made a slug as the default;
/// one the catalog does not hold yet.
fn ask_id(p: &Prompter, cat: &Catalog, given: Option<String>, name: &str) -> Result<String> {
    let taken: Vec<String> = cat
        .ids_of(Kind::Service)
        .into_iter()
        .map(str::to_string)
        .collect();
    let id_ok = new_slug("service", &taken);
    let proposed = slug_of(name);
    let id = p.text(
        given,
        &Question::new("--id", "Id:")
            .default_opt((!proposed.is_empty()).then_some(proposed.as_str()))
            .check(&id_ok),
    )?;
    if let Err(why) = id_ok(&id) {
        bail!("--id `{id}`: {why}");
    }
    Ok(id)
}
