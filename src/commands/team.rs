//! `platctl team new`: add a team without opening an editor.

use crate::catalog::Kind;
use crate::commands::prompt::Question;
use crate::commands::writing::{create_entity, new_slug, one_line, WriteFlags};
use crate::commands::Env;
use crate::lifecycle::fields::{slug_of, Fields};
use crate::model::TeamType;
use crate::Outcome;
use anyhow::{bail, Result};

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Add a team (asks on a terminal)
    #[command(
        verbatim_doc_comment,
        after_long_help = "On a terminal it asks for what is missing; every question has a flag. With --yes,
or without a terminal, it asks nothing and fails naming each missing required flag
(--name). The id defaults to `team-` and the name made a slug.

Examples:
  platctl team new
  platctl team new --yes --name \"Payments\" --type product \\
      --contact \"#team-payments\"
  platctl team new --yes --id team-ml --name \"ML Platform\" \\
      --type platform --parent team-platform --commit"
    )]
    New(NewArgs),
}

#[derive(clap::Args, Debug)]
pub struct NewArgs {
    /// The team's name, as people say it
    #[arg(long)]
    pub name: Option<String>,
    /// The id [default: team-<name as a slug>]
    #[arg(long)]
    pub id: Option<String>,
    /// What kind of team it is [default: other]
    #[arg(long = "type", value_name = "TYPE", value_parser = clap::builder::PossibleValuesParser::new(TeamType::NAMES))]
    pub kind: Option<String>,
    /// A channel or address to reach the team, e.g. "#devex"
    #[arg(long)]
    pub contact: Option<String>,
    /// The team it is part of (a team id), for roll-ups
    #[arg(long, value_name = "TEAM")]
    pub parent: Option<String>,
    /// Ask nothing: fail on a missing required flag
    #[arg(short = 'y', long)]
    pub yes: bool,
    #[command(flatten)]
    pub write: WriteFlags,
}

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
