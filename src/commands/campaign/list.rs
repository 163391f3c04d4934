//! `platctl campaign list`.

use crate::app::Env;
use crate::cli::campaign::ListArgs;
use crate::output::listing::{self};
use crate::scorecard::campaign::list_view;
use crate::Outcome;
use anyhow::Result;

pub fn run(env: &Env, a: ListArgs) -> Result<Outcome> {
    let cat = env.load()?;
    let v = list_view(&cat, env.today);
    listing::print(env, &v, a.format.into())?;
    Ok(Outcome::Ok)
}
