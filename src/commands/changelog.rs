//! `platctl changelog`: what changed in the catalog between two revisions.

use crate::app::Env;
use crate::cli::changelog::{Args, Format};
use crate::ops::read_changelog;
use crate::output::changelog as out;
use crate::Outcome;
use anyhow::Result;

pub fn run(env: &Env, a: Args) -> Result<Outcome> {
    let root = env.root()?;
    let note = |s: &str| env.note(s);
    let c = read_changelog::compare(&root, a.from.as_deref(), a.to.as_deref(), env.today, &note)?;
    if env.verbose {
        env.note(&out::stats_line(&c.stats));
    }
    let format = a.format.unwrap_or(Format::Md);
    let text = match format {
        Format::Md => out::markdown(&c.name, &c.from, &c.to, &c.changes),
        Format::Json => out::json(&c.from, &c.to, &c.changes),
    };
    env.print_as(&text, format == Format::Md)?;
    Ok(Outcome::Ok)
}
