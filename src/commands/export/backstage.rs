//! `platctl export backstage -o DIR`.

use crate::commands::Env;
use crate::Outcome;
use anyhow::{Context, Result};
use std::path::PathBuf;

pub const HELP: &str = "Examples:
  platctl export backstage -o backstage-catalog
  platctl -C catalog export backstage -o /srv/backstage/platform

Writes DIR/all.yaml, a Location listing every file (register that one URL in
Backstage), and one file per entity: teams as Groups (teams/ID.yaml), services
and capabilities as Components (services/, capabilities/). Every file follows
Backstage's entity schemas and naming rules. Each entity carries the annotation
platctl.dev/level.<scorecard>: <level> for every scorecard that scores it
(`none` below the first level), as `platctl scorecard show` gives it for --today. DIR is replaced whole, never merged;
the same catalog gives the same bytes.";

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The directory to write (replaced whole)
    #[arg(short, long, value_name = "DIR")]
    pub output: PathBuf,
}

pub fn run(env: &Env, a: Args) -> Result<Outcome> {
    let cat = env.load()?;
    let files: Vec<(String, Vec<u8>)> = crate::interop::export::backstage(&cat, env.today)
        .into_iter()
        .map(|(p, v)| (p, crate::output::yaml::document(&v).into_bytes()))
        .collect();
    let dir = if a.output.is_absolute() {
        a.output.clone()
    } else {
        env.cwd.join(&a.output)
    };
    crate::store::atomic::replace_dir(&dir, &files)
        .with_context(|| format!("cannot write {}", dir.display()))?;
    env.note(&format!(
        "wrote {} entities and {}/all.yaml",
        files.len() - 1,
        a.output.display()
    ));
    Ok(Outcome::Ok)
}
