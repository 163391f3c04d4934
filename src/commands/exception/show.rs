//! `exception show`.

use crate::app::Env;
use crate::cli::exception::ShowArgs;
use crate::cli::ShowFormat;
use crate::output::exception as render;
use crate::report::exception_view as view;
use crate::Outcome;
use anyhow::Result;

pub fn run(env: &Env, a: ShowArgs) -> Result<Outcome> {
    let cat = env.load()?;
    let e = super::find(&cat, &a.id)?;
    let v = view::show(&cat, e, env.today);
    match a.format {
        ShowFormat::Json => env.print_as(&crate::output::json_document(&v)?, false)?,
        ShowFormat::Text => env.print_prose(&render::show_text(&v, env.style))?,
    }
    Ok(Outcome::Ok)
}
