//! `platctl show KIND ID`: one entity of any kind, with what points at it.

use super::writing::check_id_form;
use super::{Env, ShowFormat};
use crate::catalog::Kind;
use crate::cli::Command;
use crate::report::entity;
use crate::Outcome;
use anyhow::Result;

#[derive(clap::Args, Debug)]
#[command(
    after_help = "capability, deprecation, exception and request print what `platctl capability
show`, `deprecation show`, `exception show` and `intake show` print. A service is
shown with its team, the capabilities it uses, the deprecations it must migrate
off and its exceptions; a team with the services and capabilities it owns, its
roadmap items, the requests it filed and its exceptions.

Examples:
  platctl show service payments-api
  platctl show team team-devex --format json
  platctl show capability ci-pipelines"
)]
pub struct Args {
    /// The kind of entity
    #[arg(value_enum)]
    pub kind: ShowKind,
    /// Its id
    pub id: String,
    /// Output format
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ShowKind {
    Capability,
    Service,
    Team,
    Deprecation,
    Exception,
    Request,
}

pub fn run(env: &Env, a: Args) -> Result<Outcome> {
    let (id, format) = (a.id, a.format);
    match a.kind {
        ShowKind::Capability => super::dispatch(
            env,
            Command::Capability(super::capability::Command::Show(
                super::capability::ShowArgs { id, format },
            )),
        ),
        ShowKind::Deprecation => super::dispatch(
            env,
            Command::Deprecation(super::deprecation::Command::Show(
                super::deprecation::ShowArgs { id, format },
            )),
        ),
        ShowKind::Exception => super::dispatch(
            env,
            Command::Exception(super::exception::Command::Show(
                super::exception::ShowArgs { id, format },
            )),
        ),
        ShowKind::Request => super::dispatch(
            env,
            Command::Intake(super::intake::Command::Show(super::intake::ShowArgs {
                id,
                format,
            })),
        ),
        ShowKind::Service => {
            let cat = env.load()?;
            check_id_form(Kind::Service, &id)?;
            let s = cat
                .service(&id)
                .ok_or_else(|| missing(&cat, Kind::Service, &id))?;
            let v = entity::service(&cat, s, env.today);
            match format {
                ShowFormat::Json => env.print(&crate::output::json_document(&v)?)?,
                ShowFormat::Text => {
                    env.print_text(&crate::output::entity::service(&v, env.style))?
                }
            }
            Ok(Outcome::Ok)
        }
        ShowKind::Team => {
            let cat = env.load()?;
            check_id_form(Kind::Team, &id)?;
            let t = cat
                .team(&id)
                .ok_or_else(|| missing(&cat, Kind::Team, &id))?;
            let v = entity::team(&cat, t, env.today);
            match format {
                ShowFormat::Json => env.print(&crate::output::json_document(&v)?)?,
                ShowFormat::Text => env.print_text(&crate::output::entity::team(&v, env.style))?,
            }
            Ok(Outcome::Ok)
        }
    }
}

/// No such service or team: say so, with the nearest id or where to look.
fn missing(cat: &crate::catalog::Catalog, kind: Kind, id: &str) -> anyhow::Error {
    let hint = crate::suggest::did_you_mean(id, cat.ids_of(kind))
        .unwrap_or_else(|| format!("`platctl search` finds them; they live in {}/", kind.dir()));
    anyhow::anyhow!(
        "no {} `{id}` in the catalog at {} ({hint})",
        kind.noun(),
        cat.root.display()
    )
}
