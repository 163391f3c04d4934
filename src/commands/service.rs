//! `platctl service new|adopt`: add a service, record that it adopted a
//! capability, without opening an editor.

use crate::catalog::Kind;
use crate::commands::prompt::{date_check, known_id, sorted_ids, to_date, Prompter, Question};
use crate::commands::writing::{
    check_id_form, create_entity, new_slug, one_line, unknown, update_entity, WriteFlags,
};
use crate::commands::Env;
use crate::lifecycle::fields::{slug_of, Fields};
use crate::store::edit::Entry;
use crate::store::writer::{self, Edit, WriteError};
use crate::store::yaml_text;
use crate::Outcome;
use anyhow::{anyhow, bail, Result};

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Add a service (asks on a terminal)
    #[command(
        verbatim_doc_comment,
        after_long_help = "On a terminal it asks for what is missing; every question has a flag. With --yes,
or without a terminal, it asks nothing and fails naming each missing required flag
(--name, --team). The id defaults to the name made a slug; the tier to 2; created
to today.

Examples:
  platctl service new
  platctl service new --yes --name \"Invoice API\" --team team-checkout --tier 1
  platctl service new --yes --id invoice-api --name \"Invoice API\" \\
      --team team-checkout --first-deploy 2026-11-30 --commit
  platctl service new --yes --name \"Invoice API\" --team team-checkout \\
      --description \"Issues invoices\" --system checkout \\
      --repo https://git.example.com/checkout/invoice-api \\
      --oncall pagerduty:checkout"
    )]
    New(NewArgs),
    /// Record that a service adopted a capability (added to its `uses`, with `since`)
    #[command(
        verbatim_doc_comment,
        after_long_help = "Appends the capability to the service's `uses` list in the style the file
already uses (block or flow), with `since` (default: today) and the interface
`version` when given; the rest of the file is kept as written.

Examples:
  platctl service adopt checkout-api preview-environments
  platctl service adopt search-api observability --version v2 --since 2026-11-20
  platctl service adopt gift-cards identity-sso --commit"
    )]
    Adopt(AdoptArgs),
}

#[derive(clap::Args, Debug)]
pub struct NewArgs {
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
    /// Ask nothing: fail on a missing required flag
    #[arg(short = 'y', long)]
    pub yes: bool,
    #[command(flatten)]
    pub write: WriteFlags,
}

#[derive(clap::Args, Debug)]
pub struct AdoptArgs {
    /// The service's id
    pub service: String,
    /// The capability it adopted
    pub capability: String,
    /// When it adopted it, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// The interface version it uses, e.g. v2
    #[arg(long)]
    pub version: Option<String>,
    #[command(flatten)]
    pub write: WriteFlags,
}

pub fn run(env: &Env, c: Command) -> Result<Outcome> {
    match c {
        Command::New(a) => new(env, a),
        Command::Adopt(a) => adopt(env, a),
    }
}

fn new(env: &Env, a: NewArgs) -> Result<Outcome> {
    let cat = env.load()?;
    let p = Prompter::new(env, a.yes);
    p.require(&[("--name", a.name.is_some()), ("--team", a.team.is_some())])?;
    if let Some(id) = &a.id {
        check_id_form(Kind::Service, id)?;
    }
    a.write.ensure_can_commit(&cat.root)?;
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
    let taken: Vec<String> = cat
        .ids_of(Kind::Service)
        .into_iter()
        .map(str::to_string)
        .collect();
    let id_ok = new_slug("service", &taken);
    let proposed = slug_of(&name);
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

fn adopt(env: &Env, a: AdoptArgs) -> Result<Outcome> {
    check_id_form(Kind::Service, &a.service)?;
    check_id_form(Kind::Capability, &a.capability)?;
    let since = match &a.since {
        Some(d) => to_date("--since", d)?,
        None => env.today,
    };
    if let Some(v) = &a.version {
        one_line(v).map_err(|e| anyhow!("--version: {e}"))?;
        if v.trim().is_empty() {
            bail!("--version is empty: give a version, e.g. v2, or leave the flag out");
        }
    }
    let (sid, cid) = (a.service.clone(), a.capability.clone());
    let mut entry = vec![
        ("capability".to_string(), yaml_text::scalar(&cid)),
        ("since".to_string(), since.format("%Y-%m-%d").to_string()),
    ];
    if let Some(v) = &a.version {
        entry.push(("version".to_string(), yaml_text::scalar(v.trim())));
    }
    let entry = Entry::Map(entry);
    update_entity(
        env,
        Kind::Service,
        a.write,
        &|cat| {
            let s = cat
                .service(&sid)
                .ok_or_else(|| WriteError::Plan(unknown(cat, Kind::Service, &sid)))?;
            if cat.capability(&cid).is_none() {
                return Err(WriteError::Plan(unknown(cat, Kind::Capability, &cid)));
            }
            if s.use_of(&cid).is_some() {
                return Err(WriteError::Plan(anyhow!(
                    "{sid} already uses {cid}; nothing to change"
                )));
            }
            let text = writer::append_at(
                cat,
                s.meta.file,
                s.meta.span,
                "uses",
                &entry,
                crate::model::Service::FIELDS,
            )?;
            Ok(Edit {
                id: sid.clone(),
                path: cat.path(s.meta.file).to_string(),
                text,
                message: format!("service: {sid} adopted {cid}"),
            })
        },
        &format!("{sid} uses {cid} since {since}"),
        &format!("platctl capability show {cid}"),
    )
}
