//! `platctl team new`: add a team without opening an editor.

use crate::app::Env;
use crate::catalog::Kind;
use crate::cli::team::{Command, NewArgs};
use crate::commands::prompt::Question;
use crate::commands::writing::{create_entity, new_slug, one_line};
use crate::lifecycle::fields::{slug_of, Fields};
use crate::model::TeamType;
use crate::Outcome;
use anyhow::{bail, Result};

pub fn run(env: &Env, c: Command) -> Result<Outcome> {
    match c {
        Command::New(a) => new(env, a),
    }
}

fn new(env: &Env, a: NewArgs) -> Result<Outcome> {
    let id = a.id.as_deref().map(|i| (Kind::Team, i));
    let (cat, p) = crate::commands::writing::start_new(
        env,
        a.yes,
        &[("--name", a.name.is_some())],
        id,
        a.write,
    )?;
    p.intro(env, "team");
    let name = p.text(
        a.name.clone(),
        &Question::new("--name", "Name:").check(&one_line),
    )?;
    let kind = p.select(
        a.kind.clone(),
        &Question::new("--type", "Type:").default("other"),
        TeamType::NAMES,
    )?;
    let contact = p.optional(
        a.contact.clone(),
        &Question::new("--contact", "Contact (optional):")
            .help("a channel or address, e.g. #devex; Enter skips")
            .check(&one_line),
    )?;
    let teams = crate::commands::prompt::sorted_ids(cat.teams.iter().map(|t| t.id.value.as_str()));
    let team_ok = crate::commands::prompt::known_id("team", &teams);
    let parent = p.optional(
        a.parent.clone(),
        &Question::new("--parent", "Part of team (optional):")
            .help("the team it belongs to, for roll-ups; Enter skips")
            .check(&team_ok)
            .suggest(&teams),
    )?;
    let taken: Vec<String> = cat
        .ids_of(Kind::Team)
        .into_iter()
        .map(str::to_string)
        .collect();
    let id_ok = new_slug("team", &taken);
    let base = slug_of(&name);
    let proposed = if base.is_empty() || base.starts_with("team-") {
        base
    } else {
        format!("team-{base}")
    };
    let id = p.text(
        a.id.clone(),
        &Question::new("--id", "Id:")
            .default_opt((!proposed.is_empty()).then_some(proposed.as_str()))
            .check(&id_ok),
    )?;
    if let Err(why) = id_ok(&id) {
        bail!("--id `{id}`: {why}");
    }
    let fields = Fields::new()
        .text("id", &id)
        .text("name", &name)
        .raw("type", &kind)
        .opt_text("contact", contact.as_deref())
        .opt_text("parent", parent.as_deref());
    create_entity(
        env,
        &cat.root,
        &p,
        Kind::Team,
        &id,
        &fields,
        a.write,
        &format!("team: {id} {name}"),
        &format!("added team {id} ({kind})"),
        &format!("platctl service new --team {id}"),
    )
}
