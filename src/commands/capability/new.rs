//! `capability new`: add a capability (asks on a terminal).

use crate::catalog::Kind;
use crate::commands::writing::{ask_new_id, create_entity, start_new, WriteFlags};
use crate::commands::Env;
use crate::lifecycle::fields::Fields;
use crate::model::Lifecycle;
use crate::prompt::{one_line, sorted_ids, Question};
use crate::Outcome;
use anyhow::Result;

pub const NEW_HELP: &str =
    "On a terminal it asks for what is missing; every question has a flag. With --yes,
or without a terminal, it asks nothing and fails naming each missing required flag
(--name, --summary, --owner). The id defaults to the name made a slug; the
lifecycle to proposed.

Examples:
  platctl capability new
  platctl capability new --yes --name \"Object storage\" \\
      --summary \"S3-compatible buckets with lifecycle rules\" \\
      --owner team-runtime --category runtime --lifecycle experimental
  platctl capability new --yes --id queues --name Queues \\
      --summary \"Managed queues\" --owner team-data-platform --dry-run";

#[derive(clap::Args, Debug)]
pub struct NewArgs {
    /// The capability's name
    #[arg(long)]
    pub name: Option<String>,
    /// One line: what it gives its users
    #[arg(long)]
    pub summary: Option<String>,
    /// The owning team's id
    #[arg(long, value_name = "TEAM")]
    pub owner: Option<String>,
    /// The id [default: the name as a slug]
    #[arg(long)]
    pub id: Option<String>,
    /// Where it starts [default: proposed]
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(Lifecycle::NAMES))]
    pub lifecycle: Option<String>,
    /// A category slug: delivery, runtime, identity, data, observability, security, ...
    #[arg(long)]
    pub category: Option<String>,
    /// Documentation URL
    #[arg(long, value_name = "URL")]
    pub docs: Option<String>,
    /// Runbook URL
    #[arg(long, value_name = "URL")]
    pub runbook: Option<String>,
    /// Ask nothing: fail on a missing required flag
    #[arg(short = 'y', long)]
    pub yes: bool,
    #[command(flatten)]
    pub write: WriteFlags,
}

pub fn new(env: &Env, a: NewArgs) -> Result<Outcome> {
    let required = [
        ("--name", a.name.is_some()),
        ("--summary", a.summary.is_some()),
        ("--owner", a.owner.is_some()),
    ];
    let id = a.id.as_deref().map(|id| (Kind::Capability, id));
    let (cat, p) = start_new(env, a.yes, &required, id, a.write)?;
    p.intro(env, "capability");
    let name = p.text(
        a.name.clone(),
        &Question::new("--name", "Name:").check(&one_line),
    )?;
    let summary = p.text(
        a.summary.clone(),
        &Question::new("--summary", "Summary:")
            .help("one line: what it gives its users")
            .check(&one_line),
    )?;
    let teams = sorted_ids(cat.teams.iter().map(|t| t.id.value.as_str()));
    let owner = p.known(
        a.owner.clone(),
        Question::new("--owner", "Owning team:").help("a team id; type to filter, Tab completes"),
        "team",
        &teams,
    )?;
    let lifecycle = p.select(
        a.lifecycle.clone(),
        &Question::new("--lifecycle", "Lifecycle:").default("proposed"),
        Lifecycle::NAMES,
    )?;
    let category = p.optional(
        a.category.clone(),
        &Question::new("--category", "Category (optional):")
            .help("delivery, runtime, identity, data, observability, security, ...; Enter skips")
            .check(&one_line),
    )?;
    let id = ask_new_id(&cat, &p, a.id.clone(), Kind::Capability, &name)?;
    let fields = Fields::new()
        .text("id", &id)
        .text("name", &name)
        .text("summary", &summary)
        .text("owner", &owner)
        .raw("lifecycle", &lifecycle)
        .opt_text("category", category.as_deref())
        .opt_text("docs", a.docs.as_deref())
        .opt_text("runbook", a.runbook.as_deref());
    create_entity(
        env,
        &cat.root,
        &p,
        Kind::Capability,
        &id,
        &fields,
        a.write,
        &format!("capability: {id} {name} ({lifecycle})"),
        &format!("added capability {id} ({lifecycle}), owned by {owner}"),
        &format!("platctl capability show {id}"),
    )
}
