//! `platctl show KIND ID`: one entity of any kind, with what points at it.

use crate::app::Env;
use crate::catalog::Kind;
use crate::cli::show::{Args, ShowKind};
use crate::cli::{Command, ShowFormat};
use crate::ops::{check_id_form, unknown};
use crate::report::entity;
use crate::Outcome;
use anyhow::Result;

pub fn run(env: &Env, a: Args) -> Result<Outcome> {
    let (id, format) = (a.id, a.format);
    match a.kind {
        ShowKind::Capability => super::dispatch(
            env,
            Command::Capability(crate::cli::capability::Command::Show(
                crate::cli::capability::ShowArgs { id, format },
            )),
        ),
        ShowKind::Deprecation => super::dispatch(
            env,
            Command::Deprecation(crate::cli::deprecation::Command::Show(
                crate::cli::deprecation::ShowArgs { id, format },
            )),
        ),
        ShowKind::Exception => super::dispatch(
            env,
            Command::Exception(crate::cli::exception::Command::Show(
                crate::cli::exception::ShowArgs { id, format },
            )),
        ),
        ShowKind::Request => super::dispatch(
            env,
            Command::Intake(crate::cli::intake::Command::Show(
                crate::cli::intake::ShowArgs { id, format },
            )),
        ),
        ShowKind::Service => {
            let cat = env.load()?;
            check_id_form(Kind::Service, &id)?;
            let s = cat
                .service(&id)
                .ok_or_else(|| unknown(&cat, Kind::Service, &id))?;
            let v = entity::service(&cat, s, env.today);
            match format {
                ShowFormat::Json => env.print_data(&crate::output::json_document(&v)?)?,
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
                .ok_or_else(|| unknown(&cat, Kind::Team, &id))?;
            let v = entity::team(&cat, t, env.today);
            match format {
                ShowFormat::Json => env.print_data(&crate::output::json_document(&v)?)?,
                ShowFormat::Text => env.print_text(&crate::output::entity::team(&v, env.style))?,
            }
            Ok(Outcome::Ok)
        }
    }
}
