//! The questions of `team new`, and the flags that answer them.

use super::{known_id, new_slug, one_line, sorted_ids, Console, Prompter, Question};
use crate::catalog::{Catalog, Kind};
use crate::lifecycle::fields::{slug_of, Fields};
use crate::model::TeamType;
use anyhow::Result;

#[derive(clap::Args, Debug)]
pub struct Flags {
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
}

/// A new team's fields, and what its messages name.
pub struct NewTeam {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub fields: Fields,
}

/// Asks (or takes from flags) every field of a new team.
pub fn ask(term: &dyn Console, cat: &Catalog, p: &Prompter, f: &Flags) -> Result<NewTeam> {
    p.intro(term, "team");
    let name = p.text(
        f.name.clone(),
        &Question::new("--name", "Name:").check(&one_line),
    )?;
    let kind = p.select(
        f.kind.clone(),
        &Question::new("--type", "Type:").default("other"),
        TeamType::NAMES,
    )?;
    let contact = p.optional(
        f.contact.clone(),
        &Question::new("--contact", "Contact (optional):")
            .help("a channel or address, e.g. #devex; Enter skips")
            .check(&one_line),
    )?;
    let teams = sorted_ids(cat.teams.iter().map(|t| t.id.value.as_str()));
    let team_ok = known_id("team", &teams);
    let parent = p.optional(
        f.parent.clone(),
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
    let id = super::ask_id(p, f.id.clone(), &proposed, &id_ok)?;
    let fields = Fields::new()
        .text("id", &id)
        .text("name", &name)
        .raw("type", &kind)
        .opt_text("contact", contact.as_deref())
        .opt_text("parent", parent.as_deref());
    Ok(NewTeam {
        id,
        name,
        kind,
        fields,
    })
}
