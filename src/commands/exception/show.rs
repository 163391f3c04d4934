//! `exception show`.

use crate::commands::{Env, ShowFormat};
use crate::output::exception as render;
use crate::report::exception_view as view;
use crate::Outcome;
use anyhow::Result;

#[derive(clap::Args, Debug)]
pub struct ShowArgs {
    /// The exception's id (EXC-…)
    pub id: String,
    /// Output format
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

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
